"""How the ASSKomm network grew: membership over time, and apart from it everything else counted.

Reads the Parquet tables of an extraction run and writes

- ``figures/network.png`` and ``figures/network.svg``: two panels. The upper one is the
  network-wide membership only: the members of the register (``members``) joined by date as a
  step line, and the network-wide member totals and ranks the articles state (milestones that
  count ``members`` or ``agreements`` with ``scope == "network"``) as points, labelled with the
  municipality where known. The lower panel holds the other counts, never mixed into the
  membership: regional counts and ranks, municipalities advised, Kommunale Präventionsräte,
  participants of sub-projects. Ranks of the programme's events are no growth at all: the
  footnote counts them, with everything else left out.
- ``network.csv``: every plotted point and step, one row each, sorted by panel and date.

Every figure is drawn as extracted: conflicting numbers from different articles stay visible
side by side (same day, different value: joined by a dotted line), nothing is averaged.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.views.network_plot import conflict_groups, plot_network
from pipeline.write.csvsafe import CsvWriter, neutralise
from pipeline.write.files import naming

#: Columns of ``network.csv``: the point, its source, how its date was found, and what it counts.
CSV_COLUMNS = (
    "date", "kind", "value", "unit", "label", "article_id", "source", "text", "dated_by",
    "panel", "counted", "scope", "region",
)  # fmt: skip
#: What the membership panel counts: member municipalities and their cooperation agreements.
MEMBERSHIP = frozenset({"members", "agreements"})
#: Precision of a ``members.joined`` date that places a member on the step line (a year is too vague).
STEP_PRECISION = (7, 10)


@dataclass(frozen=True)
class NetworkSummary:
    """What :func:`build_network` drew and what it left out."""

    points: int
    ranks: int
    totals: int
    conflicts: int
    undated: int
    event_ranks: int
    other_counts: int
    newest_without_value: int
    members: int
    members_without_date: int
    csv: Path
    png: Path
    svg: Path


def split_milestones(milestones: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame, dict[str, int]]:
    """Sort the numeric milestones into network-wide membership and everything else counted.

    Args:
        milestones: The ``milestones`` table (with ``counted`` and ``scope``).

    Returns:
        The membership milestones (member or agreement ranks and totals of the whole network),
        the other counts (regional, advised, councils, participants), and the numbers left out:
        ``event_ranks`` (ranks of the programme's events) and ``newest_without_value``.
    """
    numeric = milestones["kind"].isin(["rank", "total"]) & milestones["value"].notna()
    events = milestones["counted"] == "events"
    membership = numeric & milestones["counted"].isin(list(MEMBERSHIP)) & (milestones["scope"] == "network")
    other = numeric & ~events & ~membership
    left_out = {
        "event_ranks": int((numeric & events).sum()),
        "newest_without_value": int((~numeric).sum()),
    }
    return milestones[membership].copy(), milestones[other].copy(), left_out


def _text_date(article_dates: pd.DataFrame) -> tuple[pd.Timestamp, str] | None:
    """The latest absolute day or month an article mentions, as (day, dated_by)."""
    if article_dates.empty:
        return None
    usable = article_dates[article_dates["value"].str.len().isin([7, 10])]
    if "relative" in usable:
        usable = usable[~usable["relative"].fillna(False).astype(bool)]
    if usable.empty:
        return None
    latest = usable.sort_values(["value", "start"], ascending=[False, True]).iloc[0]["value"]
    day = latest if len(latest) == 10 else f"{latest}-01"
    return pd.Timestamp(day), f"text: {latest}"


def date_points(points: pd.DataFrame, articles: pd.DataFrame, dates: pd.DataFrame) -> pd.DataFrame:
    """Give each milestone the date of its article.

    The date is the article's publication date; where the article has none, the latest
    absolute day or month it mentions (an article reports the state of the network at the
    time of writing, which is no earlier than the dates it looks back on). Year-only and
    relative expressions are too vague (or derive from the missing publication date).

    Args:
        points: Milestones.
        articles: The ``articles`` table (``article_id``, ``source``, ``published``).
        dates: The ``dates`` table.

    Returns:
        ``points`` with ``source``, ``date`` (Timestamp or NaT) and ``dated_by``.
    """
    meta = articles[["article_id", "source", "published"]].drop_duplicates("article_id")
    out = points.merge(meta, on="article_id", how="left")
    published = pd.to_datetime(out["published"], errors="coerce")
    found: list[pd.Timestamp | None] = []
    dated_by: list[str] = []
    for article_id, day in zip(out["article_id"], published, strict=True):
        if pd.notna(day):
            found.append(day)
            dated_by.append("published")
            continue
        guess = _text_date(dates[dates["article_id"] == article_id])
        found.append(guess[0] if guess else None)
        dated_by.append(guess[1] if guess else "")
    out["date"] = pd.to_datetime(pd.Series(found, index=out.index, dtype="object"))
    out["dated_by"] = dated_by
    return out.drop(columns=["published"])


def label_points(points: pd.DataFrame, places: pd.DataFrame) -> pd.Series:
    """Name the municipality of each milestone: its ``subject`` where stated, else the first
    municipality its article names, else an empty string."""
    towns = places[places["type"] == "municipality"].sort_values(["article_id", "start"])
    first_town = towns.drop_duplicates("article_id").set_index("article_id")["name"]
    labels = []
    for article_id, subject in zip(points["article_id"], points["subject"], strict=True):
        if isinstance(subject, str) and subject.strip():
            labels.append(subject.strip())
        else:
            labels.append(str(first_town.get(article_id, "")))
    return pd.Series(labels, index=points.index, dtype="object")


def register_steps(members: pd.DataFrame) -> tuple[pd.DataFrame, int]:
    """The step line of the members register: the number of members joined by each date.

    Args:
        members: The ``members`` table.

    Returns:
        One row per member with a day or month of joining (a month counts from its first day),
        in order of joining, ``value`` the running count; and the number of members left out
        (no date of joining, or a year only).
    """
    joined = members["joined"].astype("string")
    dated = members[joined.str.len().isin(STEP_PRECISION).fillna(False)].copy()
    dated["date"] = pd.to_datetime(dated["joined"].map(lambda v: v if len(v) == 10 else f"{v}-01"))
    dated = dated.sort_values(["date", "municipality"], kind="stable").reset_index(drop=True)
    steps = pd.DataFrame(
        {
            "date": dated["date"],
            "kind": "joined",
            "value": range(1, len(dated) + 1),
            "unit": "Mitgliedskommunen",
            "label": dated["municipality"].fillna(dated["via"]).astype("object"),
            "article_id": dated["article_ids"].str.split("; ").str[0],
            "source": "",
            "text": "",
            "dated_by": "register: " + dated["joined"].astype(str),
            "panel": "members",
            "counted": "members",
            "scope": "network",
            "region": pd.NA,
        }
    )
    return steps, len(members) - len(dated)


def network_table(tables: dict[str, pd.DataFrame]) -> tuple[pd.DataFrame, dict[str, int]]:
    """The plotted series: register steps and dated, labelled milestones, by panel and date.

    Args:
        tables: ``milestones``, ``articles``, ``dates``, ``places`` and (optional) ``members``.

    Returns:
        The series (:data:`CSV_COLUMNS`, ``date`` as Timestamp) and the counts of what was left
        out (``event_ranks``, ``newest_without_value``, ``undated``, ``members_without_date``)
        or put in the second panel (``other_counts``).
    """
    membership, other, left_out = split_milestones(tables["milestones"])
    frames = []
    for panel, points in (("members", membership), ("other", other)):
        points = date_points(points, tables["articles"], tables["dates"])
        points["label"] = label_points(points, tables["places"])
        points["panel"] = panel
        frames.append(points)
    points = pd.concat(frames, ignore_index=True)
    left_out["undated"] = int(points["date"].isna().sum())
    left_out["other_counts"] = int(((points["panel"] == "other") & points["date"].notna()).sum())
    members = tables.get("members")
    steps, left_out["members_without_date"] = (
        register_steps(members) if members is not None else (pd.DataFrame(columns=list(CSV_COLUMNS)), 0)
    )
    points = points[points["date"].notna()][list(CSV_COLUMNS)]
    parts = [frame for frame in (steps, points) if not frame.empty]
    series = pd.concat(parts, ignore_index=True) if parts else pd.DataFrame(columns=list(CSV_COLUMNS))
    series = series.sort_values(["panel", "date", "kind", "value", "article_id"], kind="stable")
    series["value"] = series["value"].astype("int64")
    series["date"] = pd.to_datetime(series["date"])
    return series.reset_index(drop=True), left_out


#: The columns of the other tables that dating and labelling the milestones read.
_CONTEXT_COLUMNS = {
    "articles": ("article_id", "source", "published"),
    "dates": ("article_id", "value", "relative", "start"),
    "places": ("article_id", "type", "start", "name"),
}


def read_tables(out_dir: Path) -> dict[str, pd.DataFrame]:
    """Read the Parquet tables the network needs from a run's output folder.

    Raises:
        FileNotFoundError: When ``milestones.parquet`` or another table it needs is missing.
    """
    paths = {name: out_dir / f"{name}.parquet" for name in ("milestones", *_CONTEXT_COLUMNS)}
    for path in paths.values():
        if not path.exists():
            raise FileNotFoundError(f"{path} not found: run `pressefakten extract` first")
    tables = {"milestones": pd.read_parquet(paths["milestones"])}
    # Of the other tables only the rows of articles with milestones, and only the columns
    # used: the dates and places of a whole archive would otherwise all be in memory.
    wanted = set(tables["milestones"]["article_id"])
    for name, cols in _CONTEXT_COLUMNS.items():
        frame = pd.read_parquet(paths[name], columns=list(cols))
        tables[name] = frame[frame["article_id"].isin(wanted)].reset_index(drop=True)
    if (out_dir / "members.parquet").exists():  # an output folder of an earlier release has none
        tables["members"] = pd.read_parquet(out_dir / "members.parquet")
    return tables


def write_csv(series: pd.DataFrame, path: Path) -> None:
    """Write the series as ``network.csv`` (ISO dates, formula-like text neutralised)."""
    out = series.copy()
    out["date"] = out["date"].dt.strftime("%Y-%m-%d")
    for column in ("unit", "label", "source", "text"):
        out[column] = out[column].map(lambda v: neutralise(v) if isinstance(v, str) else v)
    path.parent.mkdir(parents=True, exist_ok=True)
    rows = out[list(CSV_COLUMNS)].astype(object)
    # CsvWriter, not DataFrame.to_csv: pandas' writer leaves a cell with a lone CR unquoted
    with naming(path), path.open("w", encoding="utf-8", newline="") as handle:
        writer = CsvWriter(handle)
        writer.writerow(CSV_COLUMNS)
        writer.writerows(rows.where(rows.notna(), None).itertuples(index=False, name=None))


def build_network(out_dir: Path, target_dir: Path | None = None) -> NetworkSummary:
    """Plot how the ASSKomm network grew and write the series behind the plot.

    Args:
        out_dir: Output folder of an extraction run (its Parquet tables are read).
        target_dir: Where to write ``figures/network.png``, ``figures/network.svg`` and
            ``network.csv``; defaults to ``out_dir``.

    Returns:
        A summary of what was drawn and what was left out.
    """
    target = Path(target_dir if target_dir is not None else out_dir)
    series, left_out = network_table(read_tables(Path(out_dir)))
    csv, png, svg = (
        target / "network.csv",
        target / "figures" / "network.png",
        target / "figures" / "network.svg",
    )
    write_csv(series, csv)
    plot_network(series, left_out, png, svg)
    points = series[series["kind"] != "joined"]
    membership = points[points["panel"] == "members"]
    return NetworkSummary(
        points=len(membership),
        ranks=int((membership["kind"] == "rank").sum()),
        totals=int((membership["kind"] == "total").sum()),
        conflicts=len(conflict_groups(membership)),
        members=int((series["kind"] == "joined").sum()),
        csv=csv,
        png=png,
        svg=svg,
        **left_out,
    )
