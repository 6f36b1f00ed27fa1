"""Tests of the people tables: people and person_roles across the archive."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from spacy.language import Language

from pipeline.records import (
    PEOPLE_DATASETS,
    ArticleExtraction,
    ArticleRecord,
    Mention,
    Person,
    PersonSummary,
    columns,
)
from pipeline.write.person_ids import person_ids_of
from pipeline.write.tables import official_records
from tests.conftest import extract_folder, people_tables, write_results


def person(name: str, *roles: str, honorific: str | None = None, gender: str | None = None) -> Person:
    return Person(
        name=name,
        family=name.split()[-1],
        honorific=honorific,
        roles=roles,
        gender=gender,  # type: ignore[arg-type]
        mentions=(Mention(start=0, end=len(name), text=name),),
    )


def article(aid: str, published: str | None, *people: Person) -> ArticleExtraction:
    record = ArticleRecord(
        article_id=aid,
        source=f"{aid}.txt",
        published=date.fromisoformat(published) if published else None,
        status="ok",
    )
    return ArticleExtraction(article=record, people=people)


def summaries(*results: ArticleExtraction) -> dict[str, PersonSummary]:
    return {row.name: row for row in people_tables(results)["people"]}


@pytest.mark.parametrize(
    ("first", "second", "fullest"),
    [
        (person("Roland Wöller", honorific="Prof. Dr."), person("Roland Wöller"), "Roland Wöller"),
        (person("Maria J. Schubert"), person("Maria Schubert"), "Maria J. Schubert"),
        (person("Maria Schubert"), person("Maria J. Schubert"), "Maria J. Schubert"),
        (person("Hans Peter Tuschling"), person("Hans Tuschling"), "Hans Peter Tuschling"),
        (person("Roland Wöller"), person("Wöller", "Innenminister"), "Roland Wöller"),
        (person("Wöller", "Innenminister"), person("Roland Wöller"), "Roland Wöller"),
    ],
)
def test_name_variants_are_one_person_with_the_fullest_name(
    first: Person, second: Person, fullest: str
) -> None:
    rows = summaries(article("a1", "2018-06-13", first), article("a2", "2021-11-01", second))
    assert list(rows) == [fullest]
    assert rows[fullest].articles == 2
    assert set(rows[fullest].variants.split("; ")) == {first.name, second.name}
    assert rows[fullest].variants.split("; ")[0] == fullest


def test_fullest_honorific_is_kept() -> None:
    rows = summaries(
        article("a1", None, person("Roland Wöller", honorific="Dr.")),
        article("a2", None, person("Roland Wöller", honorific="Prof. Dr.")),
        article("a3", None, person("Roland Wöller")),
    )
    assert rows["Roland Wöller"].honorific == "Prof. Dr."


@pytest.mark.parametrize(
    "names",
    [("Armin Schuster", "Maria Schuster"), ("Maria Schubert", "Maria Schuster"), ("Jan Kühn", "Anja Kühn")],
)
def test_shared_family_name_stays_two_people(names: tuple[str, str]) -> None:
    rows = summaries(article("a1", "2024-03-02", *(person(n) for n in names)))
    assert sorted(rows) == sorted(names)
    assert len({row.person_id for row in rows.values()}) == 2


def test_family_name_alone_stays_apart_where_ambiguous() -> None:
    rows = summaries(
        article("a1", "2024-03-02", person("Armin Schuster"), person("Maria Schuster")),
        article("a2", "2024-03-05", person("Schuster", "Innenminister")),
    )
    assert sorted(rows) == ["Armin Schuster", "Maria Schuster", "Schuster"]
    assert rows["Schuster"].roles == "Innenminister"


def test_roles_with_first_and_last_date_across_articles() -> None:
    results = [
        article("a1", "2021-11-01", person("Roland Wöller", "Staatsminister")),
        article("a2", "2018-06-13", person("Roland Wöller", "Innenminister")),
        article("a3", "2021-09-22", person("Wöller", "innenminister", "Staatsminister")),
        article("a4", None, person("Roland Wöller", "Minister")),
    ]
    tables = people_tables(results)
    (summary,) = tables["people"]
    assert summary.model_dump() == {
        "person_id": 1,
        "name": "Roland Wöller",
        "variants": "Roland Wöller; Wöller",
        "honorific": None,
        "gender": None,
        "roles": "Innenminister; Staatsminister; Minister",
        "role_heads": "Innenminister; Staatsminister; Minister",
        "first_seen": date(2018, 6, 13),
        "last_seen": date(2021, 11, 1),
        "articles": 4,
    }
    roles = {r.role: (r.first_seen, r.last_seen, r.articles) for r in tables["person_roles"]}
    assert roles == {
        "Innenminister": (date(2018, 6, 13), date(2021, 9, 22), 2),  # "innenminister" merged
        "Staatsminister": (date(2021, 9, 22), date(2021, 11, 1), 2),
        "Minister": (None, None, 1),  # seen only in an undated article
    }


def test_undated_articles_count_but_give_no_date() -> None:
    rows = summaries(
        article("a1", None, person("Maria Schubert", "Polizeirätin")),
        article("a2", None, person("Maria Schubert")),
    )
    assert rows["Maria Schubert"].articles == 2
    assert rows["Maria Schubert"].first_seen is None and rows["Maria Schubert"].last_seen is None


def test_person_without_role_has_no_roles_and_no_role_rows() -> None:
    results = [article("a1", "2022-01-01", person("Michael Funke", honorific="Dr."))]
    tables = people_tables(results)
    assert tables["people"][0].roles is None
    assert tables["person_roles"] == []


def test_two_mentions_in_one_article_count_once() -> None:
    rows = summaries(article("a1", "2024-01-01", person("Maria Schubert"), person("Maria J. Schubert")))
    assert rows["Maria J. Schubert"].articles == 1


def test_gender_is_the_most_frequent() -> None:
    rows = summaries(
        article("a1", None, person("Kim Neubert", gender="f")),
        article("a2", None, person("Kim Neubert", gender="f")),
        article("a3", None, person("Kim Neubert", gender="m")),
    )
    assert rows["Kim Neubert"].gender == "f"


def test_ids_are_those_of_the_officials_table() -> None:
    results = [
        article("a1", "2024-03-02", person("Armin Schuster", "Innenminister"), person("Maria Schuster")),
        article("a2", None, person("Schubert"), person("Maria J. Schubert")),
    ]
    ids = person_ids_of(results)
    official = {(o.name, o.person_id) for r in results for o in official_records("x", r.people, ids)}
    people = {(row.person_id, row.variants) for row in people_tables(results)["people"]}
    for name, pid in official:
        assert any(p == pid and name in variants.split("; ") for p, variants in people)
    assert [row.person_id for row in people_tables(results)["people"]] == [1, 2, 3]


def test_failed_and_empty_articles_give_no_people() -> None:
    failed = ArticleExtraction(
        article=ArticleRecord(article_id="f", source="f.txt", status="failed", error="empty file")
    )
    assert people_tables([failed])["people"] == []


GERMAN = {
    "woeller.txt": (
        "13.06.2018\n\nInnenminister besucht Torgau\n\n"
        "Innenminister Prof. Dr. Roland Wöller besuchte am 13. Juni 2018 die Stadt Torgau. "
        "Bürgermeisterin Romina Barth begrüßte ihn im Rathaus.\n"
    ),
    "freiberg.txt": (
        "01.11.2021\n\nFreiberg tritt der Allianz bei\n\n"
        "Staatsminister Roland Wöller gratulierte Oberbürgermeister Sven Krüger zum Beitritt.\n"
    ),
    "pirna.txt": (
        "Präventionstag in Pirna\n\n"
        "Polizeirätin Maria J. Schubert sprach in Pirna über Einbruchschutz. "
        "Auch Innenminister Wöller kam vorbei.\n"
    ),
    "heidenau.txt": (
        "02.03.2024\n\nBesuch in Heidenau\n\n"
        "Innenminister Armin Schuster besuchte am 2. März 2024 die Stadt Heidenau. "
        "Polizeirätin Maria Schuster und Polizeidirektorin Maria Schubert begrüßten ihn.\n"
    ),
}


@pytest.fixture(scope="module")
def extracted(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> list[ArticleExtraction]:
    archive = tmp_path_factory.mktemp("people") / "archiv"
    archive.mkdir()
    for name, text in GERMAN.items():
        (archive / name).write_text(text, encoding="utf-8")
    return list(extract_folder(nlp, archive))


@pytest.fixture(scope="module")
def german_people(extracted: list[ArticleExtraction]) -> dict[str, PersonSummary]:
    return {row.name: row for row in people_tables(extracted)["people"]}


def test_real_articles_merge_titles_middle_names_and_family_names(
    german_people: dict[str, PersonSummary],
) -> None:
    woeller = german_people["Roland Wöller"]
    assert (woeller.honorific, woeller.articles) == ("Prof. Dr.", 3)
    assert (woeller.first_seen, woeller.last_seen) == (date(2018, 6, 13), date(2021, 11, 1))
    assert set(woeller.roles.split("; ")) == {"Innenminister", "Staatsminister"}  # type: ignore[union-attr]
    assert german_people["Maria J. Schubert"].articles == 2
    assert "Wöller" not in german_people and "Maria Schubert" not in german_people


def test_real_articles_keep_people_with_one_family_name_apart(
    german_people: dict[str, PersonSummary],
) -> None:
    assert {"Armin Schuster", "Maria Schuster"} <= set(german_people)
    assert german_people["Armin Schuster"].person_id != german_people["Maria Schuster"].person_id


@pytest.fixture(scope="module")
def written(extracted: list[ArticleExtraction], tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("people-out")
    tables = people_tables(extracted)
    counts = write_results(out, extracted)
    assert {name: counts[name] for name in tables} == {name: len(rows) for name, rows in tables.items()}
    return out


@pytest.mark.parametrize("name", list(PEOPLE_DATASETS))
def test_tables_are_written_as_csv_parquet_and_schema(written: Path, name: str) -> None:
    with (written / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == columns(PEOPLE_DATASETS[name])
    frame = pd.read_parquet(written / f"{name}.parquet")
    assert list(frame.columns) == rows[0] and len(frame) == len(rows) - 1
    assert str(frame["person_id"].dtype) == "Int64"
    schema = json.loads((written / "schema" / f"{name}.schema.json").read_text(encoding="utf-8"))
    assert schema == PEOPLE_DATASETS[name].model_json_schema()
    assert not [p for p in written.rglob("*.tmp")]


def test_csv_dates_are_iso_and_empty_when_unknown(written: Path) -> None:
    with (written / "person_roles.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert {"first_seen": "", "last_seen": ""} in [
        {"first_seen": r["first_seen"], "last_seen": r["last_seen"]} for r in rows
    ]
    assert all(r["first_seen"] == "" or date.fromisoformat(r["first_seen"]) for r in rows)


def test_csv_cells_are_spreadsheet_safe(tmp_path: Path) -> None:
    results = [article("a1", None, person("Eva Lange", "=HYPERLINK(1)"))]
    write_results(tmp_path, results)
    text = (tmp_path / "person_roles.csv").read_text(encoding="utf-8")
    assert "'=HYPERLINK(1)" in text
    assert pd.read_parquet(tmp_path / "person_roles.parquet")["role"].tolist() == ["=HYPERLINK(1)"]


def test_csv_only(tmp_path: Path) -> None:
    results = [article("a1", None, person("Eva Lange"))]
    write_results(tmp_path, results, ("csv",))
    assert (tmp_path / "people.csv").is_file() and not (tmp_path / "people.parquet").exists()


def test_two_mentions_of_one_person_in_one_article_count_one_article() -> None:
    results = [
        article(
            "a1", "2023-01-05", person("Armin Schuster", "Innenminister"), person("Schuster", "Minister")
        ),
        article("a2", "2023-02-05", person("Armin Schuster", "Innenminister")),
        article("a3", None, person("Schuster", "Innenminister")),
    ]
    tables = people_tables(results)
    (row,) = tables["people"]
    assert (row.name, row.articles) == ("Armin Schuster", 3)
    assert (row.first_seen, row.last_seen) == (date(2023, 1, 5), date(2023, 2, 5))
    roles = {r.role: r.articles for r in tables["person_roles"]}
    assert roles == {"Innenminister": 3, "Minister": 1}
