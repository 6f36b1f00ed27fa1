"""Tests of the typed settings read from ``params.yaml``."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from pipeline.stages.params import Params, load_params
from tests.conftest import ROOT


def test_params_yaml_loads() -> None:
    params = load_params(ROOT / "params.yaml")
    raw = yaml.safe_load((ROOT / "params.yaml").read_text(encoding="utf-8"))
    assert params.extract.input_dir == Path(raw["extract"]["input_dir"])
    assert params.extract.output_dir == Path(raw["extract"]["output_dir"])
    assert params.extract.model == raw["extract"]["model"]
    assert params.evaluate.archive_gold == Path(raw["evaluate"]["archive_gold"])
    assert params.evaluate.split == Path(raw["evaluate"]["split"])
    assert params.ner.max_steps == raw["ner"]["max_steps"]
    assert set(raw) == set(Params.model_fields)


def test_params_yaml_points_at_the_bundled_corpus_and_the_gold() -> None:
    params = load_params(ROOT / "params.yaml")
    assert (ROOT / params.extract.input_dir).is_dir()
    assert (ROOT / params.evaluate.archive_gold).is_dir()
    assert (ROOT / params.evaluate.split).is_file()
    assert (ROOT / params.evaluate.annotations / "A").is_dir()


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_params(tmp_path / "params.yaml") == Params()


@pytest.mark.parametrize("text", ["", "# nur ein Kommentar\n"], ids=["empty", "comment"])
def test_empty_file_gives_defaults(tmp_path: Path, text: str) -> None:
    path = tmp_path / "params.yaml"
    path.write_text(text, encoding="utf-8")
    assert load_params(path) == Params()


@pytest.mark.parametrize(
    ("text", "location"),
    [
        ("extract:\n  modle: default\n", "extract.modle"),
        ("extrakt:\n  model: default\n", "extrakt"),
        ("ner:\n  max_step: 10\n", "ner.max_step"),
        ("evaluate:\n  gold: x\n", "evaluate.gold"),
    ],
    ids=["typo-in-stage-key", "unknown-stage", "ner", "evaluate"],
)
def test_unknown_key_gives_a_clear_error(tmp_path: Path, text: str, location: str) -> None:
    path = tmp_path / "params.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError) as info:
        load_params(path)
    message = str(info.value)
    assert location in message
    assert "Extra inputs are not permitted" in message


def test_mistyped_value_gives_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "params.yaml"
    path.write_text("ner:\n  max_steps: viele\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"ner\.max_steps") as info:
        load_params(path)
    assert "integer" in str(info.value)


def test_invalid_yaml_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "params.yaml"
    path.write_text("extract: [unclosed\n", encoding="utf-8")
    with pytest.raises(ValueError, match="not valid YAML") as info:
        load_params(path)
    assert str(path) in str(info.value)
