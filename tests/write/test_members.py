"""Tests of the members register: one row per member municipality across the archive."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.records import ArticleExtraction, ArticleRecord, JoiningRecord, MemberRecord, columns
from pipeline.write.members import MembersCollector, earliest, parse_members
from tests.conftest import write_results

FREIBERG = ("Freiberg", "14522180")
TAUCHA = ("Taucha", "14730300")


def joining(
    aid: str,
    town: tuple[str, str] | None,
    joined: str | None = None,
    rank: int | None = None,
    group: str | None = None,
    members: str | None = None,
) -> JoiningRecord:
    member = group or (town[0] if town else "?")
    return JoiningRecord(
        article_id=aid,
        text=member,
        start=0,
        end=len(member),
        member=member,
        municipality=town[0] if town else None,
        ags=town[1] if town else None,
        members=members,
        date=joined,
        rank=rank,
    )


def article(aid: str, published: str | None, *joinings: JoiningRecord) -> ArticleExtraction:
    record = ArticleRecord(
        article_id=aid,
        source=f"{aid}.txt",
        published=date.fromisoformat(published) if published else None,
        status="ok",
    )
    return ArticleExtraction(article=record, joinings=joinings)


def register(*results: ArticleExtraction) -> list[MemberRecord]:
    collector = MembersCollector()
    for result in results:
        collector.add(result)
    return list(collector.rows())


def test_one_row_per_municipality_across_articles() -> None:
    rows = register(
        article("a", "2022-11-28", joining("a", FREIBERG, "2022-11-28", rank=42)),
        article("b", "2023-01-10", joining("b", FREIBERG, "2022-11", rank=43), joining("b", TAUCHA)),
        article("c", None, joining("c", FREIBERG, "2022")),
    )
    freiberg, taucha = rows
    assert (freiberg.municipality, freiberg.ags, freiberg.district) == (
        "Freiberg",
        "14522180",
        "Mittelsachsen",
    )
    assert freiberg.joined == "2022-11-28"
    assert freiberg.rank == "42; 43"  # two articles disagree: both stay visible
    assert freiberg.article_ids == "a; b; c"
    assert (freiberg.first_reported, freiberg.last_reported) == (date(2022, 11, 28), date(2023, 1, 10))
    assert (taucha.joined, taucha.rank, taucha.article_ids) == (None, None, "b")


def test_a_groups_municipalities_join_via_it() -> None:
    cell = "Lößnitz (14521370); Schneeberg (14521530)"
    rows = register(
        article(
            "a", "2021-12-17", joining("a", None, "2021-12-17", group="Städtebund Silberberg", members=cell)
        ),
        article("b", None, joining("b", None, group="Verwaltungsgemeinschaft Unbekannt")),
    )
    assert [(r.municipality, r.ags, r.via, r.joined) for r in rows] == [
        ("Lößnitz", "14521370", "Städtebund Silberberg", "2021-12-17"),
        ("Schneeberg", "14521530", "Städtebund Silberberg", "2021-12-17"),
        (None, None, "Verwaltungsgemeinschaft Unbekannt", None),  # its towns are named nowhere
    ]


def test_rows_are_ordered_by_date_of_joining() -> None:
    rows = register(
        article("a", None, joining("a", TAUCHA, "2020-12-16")),
        article("b", None, joining("b", FREIBERG, "2019")),
    )
    assert [r.municipality for r in rows] == ["Freiberg", "Taucha"]


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({"2021", "2021-12-17"}, "2021-12-17"),
        ({"2021-12", "2021-12-17", "2022"}, "2021-12-17"),
        ({"2020", "2021-03-01"}, "2020"),
        ({"2021-03", "2021-02-15"}, "2021-02-15"),
        (set(), None),
    ],
)
def test_earliest_prefers_the_precise_date_it_contains(values: set[str], expected: str | None) -> None:
    assert earliest(values) == expected


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Lößnitz (14521370); Schneeberg (14521530)", [("Lößnitz", "14521370"), ("Schneeberg", "14521530")]),
        ("Schwarzenberg/Erzgeb. (14521550)", [("Schwarzenberg/Erzgeb.", "14521550")]),
        (None, []),
    ],
)
def test_parse_members(cell: str | None, expected: list[tuple[str, str]]) -> None:
    assert parse_members(cell) == expected


def test_written_with_the_tables(tmp_path: Path) -> None:
    counts = write_results(tmp_path, [article("a", "2022-11-28", joining("a", FREIBERG, "2022-11-28"))])
    assert counts["members"] == counts["joinings"] == 1
    table = pd.read_parquet(tmp_path / "members.parquet")
    assert list(table.columns) == columns(MemberRecord)
    assert (tmp_path / "schema" / "members.schema.json").exists()
    assert (
        (tmp_path / "members.csv")
        .read_text(encoding="utf-8")
        .splitlines()[1]
        .startswith("Freiberg,14522180,")
    )
