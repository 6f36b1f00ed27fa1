"""Tests of ``pipeline.load``: the datasets as pandas DataFrames with proper dtypes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.records import (
    ALL_DATASETS,
    DATASETS,
    ArticleExtraction,
    ArticleRecord,
    DateRecord,
    Mention,
    MilestoneRecord,
    Person,
    PlaceRecord,
    QuoteRecord,
    columns,
)
from pipeline.run.versions import new_version, publish
from pipeline.views import load as load_module
from pipeline.views.load import dtypes, load
from tests.conftest import write_results

TEXT = "Innenminister Armin Schuster besuchte am 2. März 2024 Heidenau, die Nummer 53."


def span(text: str) -> dict[str, object]:
    start = TEXT.index(text)
    return {"article_id": "a1", "text": text, "start": start, "end": start + len(text)}


def results() -> list[ArticleExtraction]:
    armin = Person(
        name="Armin Schuster",
        family="Schuster",
        roles=("Innenminister",),
        gender="m",
        mentions=(Mention(start=14, end=28, text="Armin Schuster"),),
    )
    dated = ArticleExtraction(
        article=ArticleRecord(
            article_id="a1", source="a1.txt", published=date(2024, 3, 2), status="ok", chars=len(TEXT)
        ),
        dates=(DateRecord(**span("2. März 2024"), value="2024-03-02", precision="day"),),  # type: ignore[arg-type]
        places=(PlaceRecord(**span("Heidenau"), name="Heidenau", type="municipality", ags="14628150"),),  # type: ignore[arg-type]
        people=(armin,),
        milestones=(
            MilestoneRecord(
                **span("die Nummer 53"), kind="rank", value=53, counted="members", scope="network"
            ),  # type: ignore[arg-type]
        ),
        quotes=(QuoteRecord(**span("Heidenau"), quote_id="a1-q1", kind="pull"),),  # type: ignore[arg-type]
    )
    undated = ArticleExtraction(
        article=ArticleRecord(article_id="a2", source="a2.txt", status="ok"), people=(armin,)
    )
    failed = ArticleExtraction(
        article=ArticleRecord(article_id="a3", source="a3.txt", status="failed", error="leere Datei")
    )
    return [dated, undated, failed]


@pytest.fixture(scope="module")
def out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("api")
    items = results()
    write_results(folder, items)
    return folder


@pytest.fixture(scope="module")
def data(out: Path) -> dict[str, pd.DataFrame]:
    return load(out)


def test_every_table_is_loaded_in_order(data: dict[str, pd.DataFrame]) -> None:
    assert list(data) == list(ALL_DATASETS)


@pytest.mark.parametrize("name", list(ALL_DATASETS))
def test_columns_follow_the_models(data: dict[str, pd.DataFrame], name: str) -> None:
    assert list(data[name].columns) == columns(ALL_DATASETS[name])
    assert {c: str(t) for c, t in data[name].dtypes.items()} == dtypes(ALL_DATASETS[name])


@pytest.mark.parametrize(
    ("table", "column", "dtype"),
    [
        ("articles", "article_id", "string"),
        ("articles", "published", "datetime64[ns]"),
        ("articles", "chars", "Int64"),
        ("articles", "status", "string"),
        ("dates", "relative", "boolean"),
        ("dates", "value", "string"),
        ("places", "lat", "Float64"),
        ("places", "ags", "string"),
        ("officials", "person_id", "Int64"),
        ("officials", "start", "Int64"),
        ("milestones", "value", "Int64"),
        ("quotes", "quote_id", "string"),
        ("quotes", "article_id", "string"),
        ("people", "person_id", "Int64"),
        ("people", "first_seen", "datetime64[ns]"),
        ("people", "articles", "Int64"),
        ("person_roles", "last_seen", "datetime64[ns]"),
    ],
)
def test_dtypes(data: dict[str, pd.DataFrame], table: str, column: str, dtype: str) -> None:
    assert str(data[table][column].dtype) == dtype


def test_dates_are_dates_and_missing_ones_nat(data: dict[str, pd.DataFrame]) -> None:
    published = data["articles"].set_index("article_id")["published"]
    assert published["a1"] == pd.Timestamp("2024-03-02")
    assert published[["a2", "a3"]].isna().all()
    assert data["articles"]["published"].dt.year.tolist()[0] == 2024


def test_missing_values_are_nullable_not_nan(data: dict[str, pd.DataFrame]) -> None:
    articles = data["articles"].set_index("article_id")
    assert articles.loc["a2", "chars"] is pd.NA
    assert articles.loc["a1", "error"] is pd.NA
    assert data["places"]["lat"].isna().all() and str(data["places"]["lat"].dtype) == "Float64"


def test_ids_are_integers_that_join(data: dict[str, pd.DataFrame]) -> None:
    merged = data["officials"].merge(data["people"], on="person_id", suffixes=("", "_p"))
    assert merged["name_p"].tolist() == ["Armin Schuster", "Armin Schuster"]
    assert data["people"].loc[0, "articles"] == 2


def test_people_dates(data: dict[str, pd.DataFrame]) -> None:
    row = data["people"].iloc[0]
    assert (row["first_seen"], row["last_seen"]) == (pd.Timestamp("2024-03-02"), pd.Timestamp("2024-03-02"))


def test_loads_from_a_string_path(out: Path) -> None:
    assert len(load(str(out))["articles"]) == 3


def test_derived_tables_are_optional(tmp_path: Path) -> None:
    write_results(tmp_path, results())
    for path in [*tmp_path.glob("people.*"), *tmp_path.glob("person_roles.*"), *tmp_path.glob("members.*")]:
        path.unlink()  # an output folder of an earlier release had no people tables and no register
    assert list(load(tmp_path)) == list(DATASETS)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError, match="no such output folder"):
        load(tmp_path / "nirgends")


def test_folder_without_tables(tmp_path: Path) -> None:
    (tmp_path / "articles.csv").write_text("article_id\n", encoding="utf-8")
    with pytest.raises(FileNotFoundError, match="no tables in"):
        load(tmp_path)


def test_empty_tables_keep_their_dtypes(tmp_path: Path) -> None:
    write_results(tmp_path, results()[2:])  # only the failed article
    data = load(tmp_path)
    assert data["officials"].empty
    assert str(data["officials"]["person_id"].dtype) == "Int64"
    assert str(data["articles"]["published"].dtype) == "datetime64[ns]"


def test_a_publish_during_load_gives_tables_of_one_version(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    first, second = results(), results()[:1]
    publish(out, _version(out, first))
    real_read = load_module.read_table
    published_during: list[Path] = []

    def read_then_publish(path: Path, model):  # type: ignore[no-untyped-def]
        if not published_during:  # a run publishes between the first table and the rest
            published_during.append(out)
            publish(out, _version(out, second))
        return real_read(path, model)

    monkeypatch.setattr(load_module, "read_table", read_then_publish)
    data = load(out)
    assert published_during
    assert sorted(data["articles"]["article_id"]) == ["a1", "a2", "a3"]  # the first run's...
    assert len(data["officials"]) == 2  # ...and so are all its other tables
    assert sorted(load(out)["articles"]["article_id"]) == ["a1"]  # the next load: the new run


def _version(out: Path, items: list[ArticleExtraction]) -> Path:
    version = new_version(out)
    write_results(version, items)
    return version
