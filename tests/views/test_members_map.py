"""The members map: which municipalities it places, how it colours them, the files written (data, not pixels)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from pipeline.records import MemberRecord
from pipeline.views.members_map import (
    UNKNOWN_COLOUR,
    build_members_map,
    district_labels,
    map_table,
    municipalities,
    year_colours,
)

TOWNS = municipalities()


def members(*rows: tuple[str | None, str | None, str | None]) -> pd.DataFrame:
    """A members table of (ags, joined, via) rows."""
    records = [
        {"municipality": "x", "ags": ags, "district": None, "joined": joined, "rank": None, "via": via,
         "article_ids": "a", "first_reported": None, "last_reported": None}
        for ags, joined, via in rows
    ]  # fmt: skip
    return pd.DataFrame(records, columns=list(MemberRecord.model_fields)).astype("string")


def test_every_saxon_municipality_once_with_coordinates() -> None:
    assert len(TOWNS) == 418 and TOWNS["ags"].is_unique
    assert TOWNS[["lat", "lon"]].notna().all().all()
    assert set(TOWNS["ags"]) >= {"14521040", "14523020"}  # both Auerbachs, though they share a name
    assert TOWNS["lat"].between(50.1, 51.7).all() and TOWNS["lon"].between(11.8, 15.1).all()


def test_members_are_marked_with_their_year() -> None:
    table = map_table(
        members(("14522180", "2022-11-28", None), ("14521370", "2021", "Städtebund Silberberg"),
                ("14730300", None, None), (None, None, "Verwaltungsgemeinschaft X")),
        TOWNS,
    )  # fmt: skip
    assert len(table) == 418 and table["member"].sum() == 3
    by_ags = table.set_index("ags")
    assert by_ags.loc["14522180", "year"] == 2022
    assert (by_ags.loc["14521370", "year"], by_ags.loc["14521370", "via"]) == (2021, "Städtebund Silberberg")
    assert pd.isna(by_ags.loc["14730300", "year"])
    assert not by_ags.loc["14511000", "member"]


@pytest.mark.parametrize("register", [None, members()])
def test_no_members_yet(register: pd.DataFrame | None) -> None:
    table = map_table(register, TOWNS)
    assert not table["member"].any() and len(table) == 418


def test_district_names_at_the_middle_of_their_municipalities() -> None:
    labels = district_labels(TOWNS).set_index("district")
    assert len(labels) == 13
    assert {
        "Erzgebirgskreis",
        "Görlitz",
        "Leipzig",
        "Vogtlandkreis",
        "Sächsische Schweiz-Osterzgebirge",
    } <= set(labels.index)
    assert labels.loc["Görlitz", "lon"] > labels.loc["Dresden", "lon"] > labels.loc["Vogtlandkreis", "lon"]
    assert labels.loc["Nordsachsen", "lat"] > labels.loc["Erzgebirgskreis", "lat"]


def test_years_run_along_the_colour_scale_in_order() -> None:
    colours = year_colours([2022, 2019, 2021, 2022])
    assert list(colours) == [2019, 2021, 2022]
    assert len(set(colours.values())) == 3 and UNKNOWN_COLOUR not in colours.values()
    assert year_colours([2020]) == {2020: year_colours([2020, 2021])[2020]}


def test_build_members_map(tmp_path: Path) -> None:
    out = tmp_path / "run"
    out.mkdir()
    members(("14522180", "2022-11-28", None), ("14730300", None, None), (None, None, "VG X")).to_parquet(
        out / "members.parquet", index=False
    )
    summary = build_members_map(out)
    assert summary.png == out / "figures" / "members_map.png"
    assert summary.png.read_bytes().startswith(b"\x89PNG")
    assert summary.svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    assert (summary.municipalities, summary.members, summary.not_placed) == (418, 2, 1)
    assert (summary.years, summary.without_year) == ((2022,), 1)
    svg = summary.svg.read_text(encoding="utf-8")
    assert "Erzgebirgskreis" in svg and "2022 (1)" in svg and "Jahr unbekannt (1)" in svg  # text stays text


def test_without_a_register_every_town_is_faint(tmp_path: Path) -> None:
    summary = build_members_map(tmp_path, tmp_path / "target")
    assert (summary.members, summary.years) == (0, ())
    assert (tmp_path / "target" / "figures" / "members_map.svg").exists()


def test_deterministic(tmp_path: Path) -> None:
    out = tmp_path / "run"
    out.mkdir()
    members(("14522180", "2022-11-28", None)).to_parquet(out / "members.parquet", index=False)
    first, second = build_members_map(out, tmp_path / "one"), build_members_map(out, tmp_path / "two")
    assert first.svg.read_bytes() == second.svg.read_bytes()
    assert first.png.read_bytes() == second.png.read_bytes()
