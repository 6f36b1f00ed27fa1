"""How the ASSKomm network grew: membership milestones placed on a time line.

Reads the Parquet tables of an extraction run and writes

- ``figures/network.png`` and ``figures/network.svg``: member ranks (``die Nummer 53``) and
  totals (``49 Kommunen``) at their dates, labelled with the municipality where known;
- ``network.csv``: the plotted series, one row per point, sorted by date.

Every figure is drawn as extracted: conflicting numbers from different articles stay
visible side by side (same day, different value: joined by a dotted line), nothing is
averaged. Ranks of events (``5. Vernetzungstreffen``, ``4. ASSKomm-Fachtag``) and counts of
other bodies (``Kommunale Präventionsräte``) are not membership figures and are left out;
the footnote of the figure counts everything left out.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.lang.milestones import UNIT_CLASSES
from pipeline.views.network_plot import conflict_groups, plot_network
from pipeline.write.csvsafe import CsvWriter, neutralise
from pipeline.write.files import naming

#: Columns of ``network.csv``: the point, its source, and how its date was found.
CSV_COLUMNS = ("date", "kind", "value", "unit", "label", "article_id", "source", "text", "dated_by")


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
    csv: Path
    png: Path
    svg: Path


def classify_unit(unit: object) -> str:
    """Say what a milestone's unit counts (see :data:`pipeline.lang.milestones.UNIT_CLASSES`).

    Args:
        unit: The milestone's ``unit`` (may be missing).

    Returns:
        ``"member"`` (municipalities, towns, agreements), ``"event"`` (meetings, Fachtage)
        or ``"other"`` (other bodies such as Präventionsräte, or an unknown or missing unit).
    """
    return UNIT_CLASSES.get(unit, "other") if isinstance(unit, str) else "other"


def select_membership(milestones: pd.DataFrame) -> tuple[pd.DataFrame, dict[str, int]]:
    """Keep the ranks and totals that count members of the network.

    Args:
        milestones: The ``milestones`` table.

    Returns:
        The membership milestones, and counts of what was left out: ``event_ranks``,
        ``other_counts`` and ``newest_without_value``.
    """
    numeric = milestones["kind"].isin(["rank", "total"]) & milestones["value"].notna()
    classes = milestones["unit"].map(classify_unit)
    left_out = {
        "event_ranks": int((numeric & (classes == "event")).sum()),
        "other_counts": int((numeric & (classes != "member") & (classes != "event")).sum()),
        "newest_without_value": int((~numeric).sum()),
    }
    return milestones[numeric & (classes == "member")].copy(), left_out


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
        points: Membership milestones (``select_membership``).
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
    """Name the municipality of each milestone.

    Args:
        points: Milestones with ``article_id`` and ``subject``.
        places: The ``places`` table.

    Returns:
        The milestone's ``subject`` where stated, else the first municipality the article
        names, else an empty string.
    """
    towns = places[places["type"] == "municipality"].sort_values(["article_id", "start"])
    first_town = towns.drop_duplicates("article_id").set_index("article_id")["name"]
    labels = []
    for article_id, subject in zip(points["article_id"], points["subject"], strict=True):
        if isinstance(subject, str) and subject.strip():
            labels.append(subject.strip())
        else:
            labels.append(str(first_town.get(article_id, "")))
    return pd.Series(labels, index=points.index, dtype="object")


def network_table(tables: dict[str, pd.DataFrame]) -> tuple[pd.DataFrame, dict[str, int]]:
    """The plotted series: dated, labelled membership milestones, sorted by date.

    Args:
        tables: ``milestones``, ``articles``, ``dates`` and ``places`` tables of a run.

    Returns:
        The series (``CSV_COLUMNS``, ``date`` as Timestamp) and the counts of milestones left
        out (``select_membership``'s, plus ``undated``).
    """
    points, left_out = select_membership(tables["milestones"])
    points = date_points(points, tables["articles"], tables["dates"])
    points["label"] = label_points(points, tables["places"])
    left_out["undated"] = int(points["date"].isna().sum())
    points = points[points["date"].notna()]
    points = points.sort_values(["date", "kind", "value", "article_id", "start"], kind="stable")
    points["value"] = points["value"].astype("int64")
    return points[list(CSV_COLUMNS)].reset_index(drop=True), left_out


#: The columns of the other tables that dating and labelling the milestones read.
_CONTEXT_COLUMNS = {
    "articles": ("article_id", "source", "published"),
    "dates": ("article_id", "value", "relative", "start"),
    "places": ("article_id", "type", "start", "name"),
}


def read_tables(out_dir: Path) -> dict[str, pd.DataFrame]:
    """Read the Parquet tables the network needs from a run's output folder.

    Raises:
        FileNotFoundError: When ``milestones.parquet`` or ``articles.parquet`` is missing.
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
        A summary of the points drawn and the milestones left out.
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
    return NetworkSummary(
        points=len(series),
        ranks=int((series["kind"] == "rank").sum()),
        totals=int((series["kind"] == "total").sum()),
        conflicts=len(conflict_groups(series)),
        csv=csv,
        png=png,
        svg=svg,
        **left_out,
    )
