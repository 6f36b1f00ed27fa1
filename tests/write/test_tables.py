"""Tests of writing the datasets: CSV, Parquet, JSON Schemas, officials rows and person ids."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

from pipeline.records import (
    CONTRACT_COLUMNS,
    DATASETS,
    ArticleExtraction,
    ArticleRecord,
    Mention,
    Person,
    columns,
)
from pipeline.write.person_ids import PersonIds
from pipeline.write.tables import official_records
from tests.conftest import ROOT, extract_folder, write_results

ARTICLES = {
    "innen.txt": (
        "01.03.2024\n\nBesuch in Pirna\n\n"
        "Innenminister Armin Schuster besuchte am 1. März 2024 die Stadt Pirna. "
        "Bürgermeister Jürgen Opitz begrüßte ihn.\n"
    ),
    "staat.txt": (
        "02.03.2024\n\nBesuch in Heidenau\n\n"
        "Staatsminister Armin Schuster besuchte am 2. März 2024 die Stadt Heidenau. "
        "Polizeirätin Maria Schuster begrüßte ihn.\n"
    ),
    "seed.txt": (ROOT / "corpus" / "seeds" / "002_cd03c32f2fda7624.txt").read_text(encoding="utf-8"),
}


@pytest.fixture(scope="module")
def written(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, int]]:
    root = tmp_path_factory.mktemp("writer")
    archive = root / "archiv"
    archive.mkdir()
    for name, text in ARTICLES.items():
        (archive / name).write_text(text, encoding="utf-8")
    (archive / "leer.txt").write_bytes(b"")
    results = extract_folder(nlp, archive)
    return root / "out", write_results(root / "out", results)


@pytest.fixture(scope="module")
def out(written: tuple[Path, dict[str, int]]) -> Path:
    return written[0]


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def officials(out: Path, source: str) -> list[dict[str, str]]:
    aid = next(r["article_id"] for r in read_csv(out / "articles.csv") if r["source"] == source)
    return [r for r in read_csv(out / "officials.csv") if r["article_id"] == aid]


@pytest.mark.parametrize("name", list(DATASETS))
def test_every_dataset_is_written(out: Path, name: str) -> None:
    for path in (out / f"{name}.csv", out / f"{name}.parquet", out / "schema" / f"{name}.schema.json"):
        assert path.is_file() and path.stat().st_size > 0, path


def test_no_temporary_files_are_left(out: Path) -> None:
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp") or p.name.startswith(".")]


@pytest.mark.parametrize("name", list(DATASETS))
def test_csv_header_has_the_contract_columns(out: Path, name: str) -> None:
    with (out / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert header == columns(DATASETS[name])
    assert set(CONTRACT_COLUMNS[name]) <= set(header)


@pytest.mark.parametrize("name", list(DATASETS))
def test_row_counts_match(written: tuple[Path, dict[str, int]], name: str) -> None:
    out, counts = written
    assert len(read_csv(out / f"{name}.csv")) == counts[name] == len(pd.read_parquet(out / f"{name}.parquet"))
    if name in ("articles", "dates", "places", "officials"):
        assert counts[name] > 0


@pytest.mark.parametrize("name", list(DATASETS))
def test_schema_file_is_the_models_schema(out: Path, name: str) -> None:
    schema = json.loads((out / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert schema == DATASETS[name].model_json_schema()
    assert set(CONTRACT_COLUMNS[name]) <= set(schema["properties"])


@pytest.mark.parametrize(
    ("name", "column", "dtype"),
    [
        *((n, c, "Int64") for n in DATASETS if n != "articles" for c in ("start", "end")),
        ("officials", "person_id", "Int64"),
        ("milestones", "value", "Int64"),
        ("articles", "chars", "Int64"),
        ("places", "lat", "Float64"),
        ("places", "lon", "Float64"),
        ("dates", "relative", "boolean"),
        ("places", "ags", "string"),
        ("articles", "error", "string"),
        ("quotes", "speaker_name", "string"),
    ],
)
def test_parquet_dtypes_are_nullable(out: Path, name: str, column: str, dtype: str) -> None:
    frame = pd.read_parquet(out / f"{name}.parquet")
    assert list(frame.columns) == columns(DATASETS[name])
    assert str(frame[column].dtype) == dtype


def test_parquet_keeps_missing_values_missing(out: Path) -> None:
    places = pd.read_parquet(out / "places.parquet")
    assert places.loc[places["type"] == "state", "ags"].isna().all()
    articles = pd.read_parquet(out / "articles.parquet")
    failed = articles[articles["status"] == "failed"]
    assert len(failed) == 1
    assert failed["chars"].isna().all() and failed["title"].isna().all()
    assert (articles.loc[articles["status"] == "ok", "error"].isna()).all()


def test_csv_and_parquet_hold_the_same_values(out: Path) -> None:
    for name in DATASETS:
        from_csv = pd.read_csv(out / f"{name}.csv", dtype=str, keep_default_na=False)
        from_parquet = pd.read_parquet(out / f"{name}.parquet").astype(object)
        from_parquet = from_parquet.map(lambda v: "" if pd.isna(v) else str(v))
        pd.testing.assert_frame_equal(from_csv, from_parquet.astype(str), check_dtype=False, obj=name)


def test_officials_one_row_per_person_and_role(out: Path) -> None:
    rows = [(r["name"], r["role"]) for r in officials(out, "seed.txt")]
    assert rows.count(("Armin Schuster", "Staatsminister")) == 1
    assert rows.count(("Armin Schuster", "Innenminister")) == 1
    assert len([r for r in rows if r[0] == "Armin Schuster"]) == 2


@pytest.mark.parametrize("name", ["Hans Tuschling", "Lutz Michen", "Stefanie Hennig"])
def test_person_without_role_has_one_row_with_empty_role(out: Path, name: str) -> None:
    rows = [r for r in officials(out, "seed.txt") if r["name"] == name]
    assert len(rows) == 1
    assert rows[0]["role"] == ""


def test_same_person_same_id_across_articles(out: Path) -> None:
    innen = {r["name"]: r for r in officials(out, "innen.txt")}
    staat = {r["name"]: r for r in officials(out, "staat.txt")}
    seed = [r for r in officials(out, "seed.txt") if r["name"] == "Armin Schuster"]
    assert innen["Armin Schuster"]["role"] == "Innenminister"
    assert staat["Armin Schuster"]["role"] == "Staatsminister"
    ids = {innen["Armin Schuster"]["person_id"], staat["Armin Schuster"]["person_id"]}
    ids |= {r["person_id"] for r in seed}
    assert len(ids) == 1


def test_different_people_sharing_a_family_name_get_different_ids(out: Path) -> None:
    staat = {r["name"]: r for r in officials(out, "staat.txt")}
    assert staat["Maria Schuster"]["person_id"] != staat["Armin Schuster"]["person_id"]
    assert staat["Maria Schuster"]["role"] == "Polizeirätin"


def test_person_ids_name_one_person_each(out: Path) -> None:
    names: dict[str, set[str]] = {}
    for row in read_csv(out / "officials.csv"):
        names.setdefault(row["person_id"], set()).add(row["name"])
    assert all(len(v) == 1 for v in names.values()), names


def _person(name: str, roles: tuple[str, ...] = (), start: int = 0) -> Person:
    family = name.split()[-1]
    return Person(
        name=name,
        family=family,
        roles=roles,
        mentions=(Mention(start=start, end=start + len(name), text=name),),
    )


@pytest.mark.parametrize(
    ("roles", "expected"),
    [
        ((), [None]),
        (("Bürgermeister",), ["Bürgermeister"]),
        (("Staatsminister", "Innenminister", "MdL"), ["Staatsminister", "Innenminister", "MdL"]),
    ],
    ids=["no-role", "one-role", "three-roles"],
)
def test_official_records_per_role(roles: tuple[str, ...], expected: list[str | None]) -> None:
    person = _person("Armin Schuster", roles, start=5)
    rows = official_records("a1", [person], PersonIds([person.name]))
    assert [r.role for r in rows] == expected
    assert {(r.person_id, r.name, r.start, r.end, r.text) for r in rows} == {
        (1, "Armin Schuster", 5, 19, "Armin Schuster")
    }


def test_tables_keep_article_order_and_assign_ids_over_the_archive(tmp_path: Path) -> None:
    def result(aid: str, people: list[Person]) -> ArticleExtraction:
        article = ArticleRecord(article_id=aid, source=f"{aid}.txt", status="ok")
        return ArticleExtraction(article=article, people=people)

    write_results(
        tmp_path,
        [
            result("a", [_person("Armin Schuster", ("Innenminister",))]),
            result("b", [_person("Maria Schuster"), _person("Armin Schuster", ("Staatsminister",))]),
        ],
        ("parquet",),
    )
    officials = pd.read_parquet(tmp_path / "officials.parquet").astype(object)
    rows = [
        (r.article_id, r.name, None if pd.isna(r.role) else r.role, r.person_id)
        for r in officials.itertuples()
    ]
    armin = rows[0][3]
    assert rows == [
        ("a", "Armin Schuster", "Innenminister", armin),
        ("b", "Maria Schuster", None, rows[1][3]),
        ("b", "Armin Schuster", "Staatsminister", armin),
    ]
    assert rows[1][3] != armin
    assert pd.read_parquet(tmp_path / "articles.parquet")["article_id"].tolist() == ["a", "b"]


@pytest.mark.parametrize("row_group", [1, 2, 5000])
def test_table_writer_streams_in_row_groups_without_changing_the_rows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, row_group: int
) -> None:
    import pyarrow.parquet as pq

    import pipeline.write.tables as writer

    monkeypatch.setattr(writer, "ROW_GROUP", row_group)
    records = [
        ArticleRecord(article_id=f"a{i}", source=f"{i}.txt", status="ok", title="=Formel" if i == 1 else None)
        for i in range(5)
    ]
    assert writer.write_table(tmp_path, "articles", ArticleRecord, iter(records), ("csv", "parquet")) == 5
    parquet = pq.ParquetFile(tmp_path / "articles.parquet")
    assert parquet.metadata.num_row_groups == -(-5 // row_group)
    frame = pd.read_parquet(tmp_path / "articles.parquet")
    assert frame["article_id"].tolist() == [f"a{i}" for i in range(5)]
    assert frame["title"].isna().tolist() == [True, False, True, True, True]
    assert frame.loc[1, "title"] == "=Formel"  # Parquet keeps the verbatim text
    rows = read_csv(tmp_path / "articles.csv")
    assert [r["title"] for r in rows] == ["", "'=Formel", "", "", ""]


def test_table_writer_writes_an_empty_table_with_its_columns(tmp_path: Path) -> None:
    import pipeline.write.tables as writer

    assert writer.write_table(tmp_path, "articles", ArticleRecord, [], ("csv", "parquet")) == 0
    assert list(pd.read_parquet(tmp_path / "articles.parquet").columns) == columns(ArticleRecord)
    assert (tmp_path / "articles.csv").read_text(encoding="utf-8").strip() == ",".join(columns(ArticleRecord))
