"""Tests of the data dictionary: generated from the models, committed, never drifting."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.records import ALL_CONTRACT_COLUMNS, ALL_DATASETS, column_types
from pipeline.views.dictionary import (
    DEFAULT_PATH,
    REGENERATE,
    column_type,
    main,
    render_dictionary,
    render_table,
)
from tests.conftest import ROOT


def test_committed_dictionary_is_up_to_date() -> None:
    committed = (ROOT / "docs" / "DATA_DICTIONARY.md").read_text(encoding="utf-8")
    assert committed == render_dictionary(), (
        f"docs/DATA_DICTIONARY.md is out of date with pipeline/records.py; regenerate it with `{REGENERATE}`"
    )


def test_default_path_is_the_committed_file() -> None:
    assert DEFAULT_PATH == ROOT / "docs" / "DATA_DICTIONARY.md"


@pytest.mark.parametrize("name", list(ALL_DATASETS))
def test_every_table_and_column_is_documented(name: str) -> None:
    section = render_table(name, ALL_DATASETS[name])
    assert section.startswith(f"## `{name}`\n")
    for column in ALL_DATASETS[name].model_fields:
        assert f"\n| `{column}` | " in section, column
    assert f"## `{name}`" in render_dictionary()


@pytest.mark.parametrize("name", list(ALL_DATASETS))
def test_every_column_has_a_description(name: str) -> None:
    missing = [c for c, info in ALL_DATASETS[name].model_fields.items() if not info.description]
    assert not missing, f"add Field(description=...) to {name}: {missing}"


@pytest.mark.parametrize(
    ("table", "column", "expected"),
    [
        ("articles", "published", "date (YYYY-MM-DD)"),
        ("articles", "status", "text: one of `ok`, `failed`"),
        ("articles", "chars", "integer ≥ 0"),
        ("dates", "text", "non-empty text"),
        ("dates", "end", "integer > 0"),
        ("dates", "relative", "boolean"),
        ("places", "lat", "float"),
        ("officials", "person_id", "integer ≥ 1"),
        ("people", "first_seen", "date (YYYY-MM-DD)"),
        ("person_roles", "role", "non-empty text"),
    ],
)
def test_column_types(table: str, column: str, expected: str) -> None:
    model = ALL_DATASETS[table]
    assert column_type(model.model_fields[column], column_types(model)[column][0]) == expected


@pytest.mark.parametrize(
    ("table", "row"),
    [
        ("articles", "| `published` | date (YYYY-MM-DD) | yes | ✓ | `datetime64[ns]` |"),
        ("articles", "| `layout` | text | yes |  | `string` |"),
        ("officials", "| `person_id` | integer ≥ 1 | no | ✓ | `Int64` |"),
        ("people", "| `roles` | text | yes | ✓ | `string` |"),
        ("person_roles", "| `articles` | integer ≥ 1 | no | ✓ | `Int64` |"),
    ],
)
def test_rows_give_type_null_contract_and_pandas_dtype(table: str, row: str) -> None:
    assert row in render_table(table, ALL_DATASETS[table])


@pytest.mark.parametrize("name", list(ALL_DATASETS))
def test_contract_columns_are_marked(name: str) -> None:
    section = render_table(name, ALL_DATASETS[name])
    contract = ALL_CONTRACT_COLUMNS[name]
    marked = {
        line.split("`")[1] for line in section.splitlines() if line.startswith("| `") and " ✓ |" in line
    }
    assert marked == set(contract)


def test_pipes_in_descriptions_cannot_break_the_table() -> None:
    for name, model in ALL_DATASETS.items():
        for line in render_table(name, model).splitlines():
            if line.startswith("| `"):
                assert line.replace("\\|", "").count("|") == 7, line


def test_main_writes_the_file(tmp_path: Path) -> None:
    target = tmp_path / "docs" / "dd.md"
    assert main([str(target)]) == 0
    assert target.read_text(encoding="utf-8") == render_dictionary()


def test_main_prints_with_dash(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["-"]) == 0
    assert capsys.readouterr().out == render_dictionary()
