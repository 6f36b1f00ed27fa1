"""The network figure: which milestones count, their dates and labels, the files written."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from pipeline.lang.milestones import UNIT_CLASSES
from pipeline.records import MemberRecord
from pipeline.views.network import (
    CSV_COLUMNS,
    build_network,
    date_points,
    label_points,
    network_table,
    register_steps,
    split_milestones,
)
from pipeline.views.network_plot import (
    EMPTY_MESSAGE,
    OTHER_STYLE,
    STEP_STYLE,
    STYLE,
    conflict_groups,
    membership_legend,
    other_legend,
)

#: What a unit counts where the sentence says nothing else (the milestones extractor's default).
COUNTED = {"member": "members", "event": "events", "other": "councils"}


def milestone(
    article_id: str,
    kind: str,
    value: int | None,
    unit: str,
    subject: str | None = None,
    counted: str | None = None,
    region: str | None = None,
) -> dict:
    """One milestones row."""
    counted = counted or COUNTED[UNIT_CLASSES.get(unit, "other")]
    return {"article_id": article_id, "kind": kind, "value": value, "unit": unit, "subject": subject,
            "text": f"{value} {unit}", "start": 10, "end": 20, "counted": counted,
            "scope": "region" if region else "network", "region": region}  # fmt: skip


MILESTONE_COLUMNS = ["article_id", "kind", "value", "unit", "subject", "text", "start", "end", "counted", "scope",
                     "region"]  # fmt: skip


def member(
    municipality: str | None, joined: str | None, article_ids: str = "m", via: str | None = None
) -> dict:
    """One members row."""
    return {"municipality": municipality, "ags": None, "district": None, "joined": joined, "rank": None,
            "via": via, "article_ids": article_ids, "first_reported": None, "last_reported": None}  # fmt: skip


def tables(
    milestones: list[dict],
    published: dict[str, date | None],
    dates: list[tuple],
    places: list[tuple],
    members: list[dict] | None = None,
) -> dict:
    """A run's tables as the Parquet files hold them (nullable dtypes)."""
    ms = pd.DataFrame(milestones, columns=MILESTONE_COLUMNS)
    ms = ms.astype(
        {"value": "Int64", "unit": "string", "subject": "string", "start": "Int64", "end": "Int64",
         "counted": "string", "scope": "string", "region": "string"}
    )  # fmt: skip
    articles = pd.DataFrame(
        [{"article_id": a, "source": f"{a}.txt", "published": p} for a, p in published.items()],
        columns=["article_id", "source", "published"],
    )
    dts = pd.DataFrame(dates, columns=["article_id", "value", "relative", "start"]).astype(
        {"value": "string"}
    )
    pls = pd.DataFrame(places, columns=["article_id", "name", "type", "start"])
    run = {"milestones": ms, "articles": articles, "dates": dts, "places": pls}
    if members is not None:
        run["members"] = pd.DataFrame(members, columns=list(MemberRecord.model_fields)).astype("string")
    return run


def write_run(folder: Path, run: dict) -> Path:
    """Write the tables as Parquet, like an extraction run."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, frame in run.items():
        frame.to_parquet(folder / f"{name}.parquet", index=False)
    return folder


def test_only_network_wide_membership_goes_into_the_main_series() -> None:
    run = tables(
        [
            milestone("a", "rank", 53, "Mitgliedskommune"),
            milestone("a", "rank", 5, "Vernetzungstreffen"),
            milestone("a", "newest", None, "Mitgliedskommune", "Radeberg"),
            milestone("b", "total", 49, "Kommunen"),
            milestone("b", "total", 52, "Kooperationsvereinbarungen", counted="agreements"),
            milestone("b", "rank", 30, "Kommunaler Präventionsrat"),
            milestone("c", "total", 64, "Städte", counted="advised"),
            milestone("c", "total", 6, "Städte", region="Landkreis Zwickau"),
            milestone("c", "total", 13, "Modellkommunen", counted="participants"),
        ],
        {},
        [],
        [],
    )
    membership, other, left_out = split_milestones(run["milestones"])
    assert sorted(membership["value"]) == [49, 52, 53]
    assert sorted(other["value"]) == [6, 13, 30, 64]  # region, participants, councils, advised
    assert left_out == {"event_ranks": 1, "newest_without_value": 1}


@pytest.mark.parametrize(
    ("published", "dates", "expected", "dated_by"),
    [
        (date(2023, 8, 9), [("a", "2024-01-01", False, 5)], "2023-08-09", "published"),
        (
            None,
            [("a", "2021-05-12", False, 5), ("a", "2021-10-18", False, 50)],
            "2021-10-18",
            "text: 2021-10-18",
        ),
        (None, [("a", "2021-04", False, 5), ("a", "2004", False, 50)], "2021-04-01", "text: 2021-04"),
        (None, [("a", "2019", False, 5)], None, ""),
        (None, [("a", "2022-07", True, 5)], None, ""),
        (None, [], None, ""),
    ],
    ids=["published", "latest-day", "month", "year-only", "relative-only", "no-dates"],
)
def test_date_points(published: date | None, dates: list[tuple], expected: str | None, dated_by: str) -> None:
    run = tables([milestone("a", "total", 13, "Kommunen")], {"a": published}, dates, [])
    dated = date_points(run["milestones"], run["articles"], run["dates"])
    day = dated["date"].iloc[0]
    assert pd.isna(day) if expected is None else day == pd.Timestamp(expected)
    assert dated["dated_by"].iloc[0] == dated_by


@pytest.mark.parametrize(
    ("subject", "places", "expected"),
    [
        ("Heidenau", [("a", "Dresden", "municipality", 3)], "Heidenau"),
        (None, [("a", "Sachsen", "state", 1), ("a", "Zittau", "municipality", 9), ("a", "Görlitz", "municipality", 4)],
         "Görlitz"),
        (None, [("a", "Bautzen", "district", 1), ("b", "Zittau", "municipality", 2)], ""),
        ("  ", [("a", "Freiberg", "municipality", 2)], "Freiberg"),
    ],
    ids=["subject", "first-municipality", "none", "blank-subject"],
)  # fmt: skip
def test_label_points(subject: str | None, places: list[tuple], expected: str) -> None:
    run = tables([milestone("a", "rank", 42, "Kommune", subject)], {"a": None}, [], places)
    assert label_points(run["milestones"], run["places"]).tolist() == [expected]


def test_register_steps_count_the_members_joined_by_date() -> None:
    members = tables([], {}, [], [], [
        member("Zittau", "2021-02-05", "z; y"), member("Görlitz", "2020-07"), member("Taucha", "2020"),
        member(None, "2021-12-17", via="Städtebund Silberberg"), member("Pirna", None)])["members"]  # fmt: skip
    steps, left_out = register_steps(members)
    assert steps[["date", "value", "label", "article_id"]].values.tolist() == [
        [pd.Timestamp("2020-07-01"), 1, "Görlitz", "m"],
        [pd.Timestamp("2021-02-05"), 2, "Zittau", "z"],
        [pd.Timestamp("2021-12-17"), 3, "Städtebund Silberberg", "m"],
    ]
    assert set(steps["panel"]) == {"members"} and set(steps["kind"]) == {"joined"}
    assert left_out == 2  # a year only, no date


def test_each_legend_shows_exactly_the_styles_drawn() -> None:
    series, _ = network_table(sample_run())
    members, others = series[series["panel"] == "members"], series[series["panel"] == "other"]
    handles = membership_legend(members)
    drawn = {(h.get_marker(), h.get_color()) for h in handles if h.get_linestyle() == "None"}
    assert {(marker, colour) for marker, colour, _ in STYLE.values()} <= drawn
    assert handles[0].get_label() == STEP_STYLE["label"] and handles[0].get_drawstyle() == "steps-post"
    assert any(h.get_linestyle() == ":" for h in handles)  # the conflict of 2023-04-05
    (advised,) = other_legend(others)
    assert (advised.get_marker(), advised.get_color(), advised.get_label()) == OTHER_STYLE["advised"]
    ranks_only = members[members["kind"] != "total"]
    assert STYLE["total"][2] not in {h.get_label() for h in membership_legend(ranks_only)}


def test_conflicting_figures_are_kept_not_averaged() -> None:
    run = tables(
        [milestone("a", "total", 100, "Kommunen"), milestone("b", "total", 49, "Kommunen"),
         milestone("c", "total", 49, "Kommunen"), milestone("d", "total", 8, "Modellkommunen")],
        {"a": date(2023, 4, 5), "b": date(2023, 4, 5), "c": date(2023, 4, 5), "d": None},
        [("d", "2019-02-06", False, 1)],
        [],
    )  # fmt: skip
    series, left_out = network_table(run)
    assert series["value"].tolist() == [8, 49, 49, 100]
    assert series["date"].is_monotonic_increasing
    assert left_out["undated"] == 0
    groups = conflict_groups(series)
    assert len(groups) == 1 and sorted(groups[0]["article_id"]) == ["a", "b", "c"]


def test_different_counts_in_one_article_are_no_conflict() -> None:
    run = tables(
        [milestone("a", "total", 8, "Modellkommunen"), milestone("a", "total", 16, "Kommunen")],
        {"a": date(2020, 2, 12)},
        [],
        [],
    )
    series, _ = network_table(run)
    assert len(series) == 2 and conflict_groups(series) == []


def test_undated_points_are_left_out_and_counted() -> None:
    run = tables(
        [milestone("a", "total", 13, "Modellkommunen"), milestone("b", "rank", 53, "Mitgliedskommune")],
        {"a": None, "b": date(2023, 8, 9)},
        [("a", "2019", False, 1)],
        [],
    )
    series, left_out = network_table(run)
    assert series["article_id"].tolist() == ["b"]
    assert left_out["undated"] == 1


def sample_run() -> dict:
    """A small run: a rank, a conflict, an event rank, an undated total, an advised count, members."""
    return tables(
        [milestone("a", "rank", 53, "Mitgliedskommune"), milestone("a", "rank", 5, "Vernetzungstreffen"),
         milestone("b", "total", 49, "Kommunen"), milestone("c", "total", 52, "Kommunen", "=Bad"),
         milestone("d", "total", 13, "Modellkommunen"), milestone("b", "total", 64, "Städte", counted="advised")],
        {"a": date(2023, 8, 9), "b": date(2023, 4, 5), "c": date(2023, 4, 5), "d": None},
        [("a", "2023-08-26", False, 3)],
        [("a", "Heidenau", "municipality", 40), ("b", "Hartmannsdorf", "municipality", 12)],
        [member("Hartmannsdorf", "2023-04-05", "b"), member("Heidenau", "2023-08", "a"),
         member("Taucha", "2020"), member(None, None, via="Städtebund Silberberg")],
    )  # fmt: skip


def test_build_network_writes_files(tmp_path: Path) -> None:
    out = write_run(tmp_path / "run", sample_run())
    summary = build_network(out, tmp_path / "target")
    assert summary.png == tmp_path / "target" / "figures" / "network.png"
    assert summary.png.read_bytes().startswith(b"\x89PNG")
    assert summary.svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    csv = pd.read_csv(summary.csv, dtype=str, keep_default_na=False)
    assert tuple(csv.columns) == CSV_COLUMNS
    members = csv[csv["panel"] == "members"]
    assert members[["date", "kind", "value", "label"]].values.tolist() == [
        ["2023-04-05", "joined", "1", "Hartmannsdorf"],
        ["2023-04-05", "total", "49", "Hartmannsdorf"],
        ["2023-04-05", "total", "52", "'=Bad"],
        ["2023-08-01", "joined", "2", "Heidenau"],  # a month counts from its first day
        ["2023-08-09", "rank", "53", "Heidenau"],
    ]
    assert csv[csv["panel"] == "other"][["value", "counted"]].values.tolist() == [["64", "advised"]]
    assert (summary.points, summary.ranks, summary.totals, summary.conflicts) == (3, 1, 2, 1)
    assert (summary.undated, summary.event_ranks, summary.other_counts) == (1, 1, 1)
    assert (summary.members, summary.members_without_date) == (2, 2)


def test_target_defaults_to_out_dir(tmp_path: Path) -> None:
    out = write_run(tmp_path / "run", sample_run())
    summary = build_network(out)
    assert summary.csv == out / "network.csv" and summary.svg.exists()


def test_empty_run(tmp_path: Path) -> None:
    out = write_run(tmp_path / "run", tables([], {}, [], []))
    summary = build_network(out)
    assert summary.csv.read_text(encoding="utf-8") == ",".join(CSV_COLUMNS) + "\n"
    assert summary.points == 0 and summary.png.exists()
    assert "no membership milestones yet" in EMPTY_MESSAGE
    assert summary.svg.exists()


def test_only_event_ranks_is_empty(tmp_path: Path) -> None:
    out = write_run(
        tmp_path / "run", tables([milestone("a", "rank", 5, "Vernetzungstreffen")], {"a": None}, [], [])
    )
    summary = build_network(out)
    assert summary.points == 0 and summary.event_ranks == 1


def test_missing_tables(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        build_network(tmp_path)


def test_deterministic(tmp_path: Path) -> None:
    out = write_run(tmp_path / "run", sample_run())
    first, second = build_network(out, tmp_path / "one"), build_network(out, tmp_path / "two")
    assert first.csv.read_bytes() == second.csv.read_bytes()
    assert first.svg.read_bytes() == second.svg.read_bytes()
    assert first.png.read_bytes() == second.png.read_bytes()
    assert b"<dc:date>" not in first.svg.read_bytes()


def test_read_tables_keeps_only_the_rows_and_columns_the_series_needs(tmp_path: Path) -> None:
    from pipeline.views.network import read_tables

    run = sample_run()
    run["places"] = pd.concat(
        [run["places"], pd.DataFrame([("z", "Görlitz", "municipality", 5)], columns=run["places"].columns)]
    )
    run["articles"]["title"] = "Titel"  # a column the series never reads
    read = read_tables(write_run(tmp_path / "run", run))
    assert set(read["places"]["article_id"]) == {"a", "b"}  # "z" has no milestone
    assert list(read["articles"].columns) == ["article_id", "source", "published"]
    assert len(read["members"]) == 4
    assert network_table(read)[0].equals(network_table(sample_run())[0])
