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

import textwrap
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib import dates as mdates
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.text import Text
from matplotlib.ticker import FuncFormatter, MaxNLocator
from matplotlib.transforms import Bbox

from pipeline.lang.milestones import UNIT_CLASSES
from pipeline.write.csvsafe import neutralise

#: Columns of ``network.csv``: the issue's columns, then how the date was found.
CSV_COLUMNS = ("date", "kind", "value", "unit", "label", "article_id", "source", "text", "dated_by")

MONTHS_DE = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")
STYLE = {"rank": ("o", "#1b6ca8", "Rang (n-te Kommune)"), "total": ("s", "#d95f02", "Gesamtzahl")}
#: Offsets (points) tried in turn for a point's label: right, above, below, left, further out.
#: Most text labels in one figure (more would not be readable, and placing them is quadratic).
MAX_LABELS = 40
LABEL_OFFSETS = ((7, 0), (7, 9), (7, -9), (-7, 0), (-7, 9), (-7, -9), (7, 18), (7, -18), (-7, 18), (-7, -18))
EMPTY_MESSAGE = "Noch keine Meilensteine zur Mitgliedschaft\n(no membership milestones yet)"


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


def conflict_groups(series: pd.DataFrame) -> list[pd.DataFrame]:
    """The points of each (date, kind) for which different articles give different numbers.

    Different numbers of the same kind within one article (``8 Modellkommunen``,
    ``16 Kommunen``) count different things and are no conflict.
    """
    groups = []
    for _key, group in series.groupby(["date", "kind"], sort=True):
        if group["article_id"].nunique() > 1 and group["value"].nunique() > 1:
            groups.append(group)
    return groups


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
    out.to_csv(path, index=False, columns=list(CSV_COLUMNS), lineterminator="\n")


def _german_date(x: float, _pos: int | None = None) -> str:
    """Tick label: ``2023`` at a new year, ``Apr. 2023`` otherwise."""
    day = mdates.num2date(x)
    return str(day.year) if day.month == 1 else f"{MONTHS_DE[day.month - 1]} {day.year}"


def _dodged_x(series: pd.DataFrame) -> pd.Series:
    """Plot positions (Matplotlib day numbers): identical (date, value) points from several articles side by side."""
    rank = series.groupby(["date", "value"]).cumcount()
    size = series.groupby(["date", "value"])["value"].transform("size")
    shift_days = (rank - (size - 1) / 2) * 12
    return pd.Series(mdates.date2num(series["date"].to_numpy()), index=series.index) + shift_days


def _draw_points(ax: Axes, series: pd.DataFrame) -> list[Text]:
    """Scatter ranks and totals (hollow when dated from the text); return the point labels."""
    x = _dodged_x(series)
    for group in conflict_groups(series):
        day, low, high = group["date"].iloc[0], group["value"].min(), group["value"].max()
        ax.vlines(mdates.date2num(day), low, high, colors="#999999", linestyles=":", linewidth=1.2, zorder=1)
    for (kind, published), group in series.groupby(["kind", series["dated_by"] == "published"], sort=True):
        marker, colour, _ = STYLE[kind]  # one scatter call per style: fast with many points
        ax.scatter(
            [x[i] for i in group.index],
            group["value"],
            marker=marker,
            s=46,
            c=colour if published else "white",
            edgecolors=colour,
            linewidths=1.4,
            zorder=3,
        )
    labels = []
    for index in _labelled(series):
        row = series.loc[index]
        text = f"{row['value']} · {row['label']}" if row["label"] else str(row["value"])
        labels.append(
            ax.annotate(
                text,
                (x[index], row["value"]),
                xytext=(7, 0),
                textcoords="offset points",
                fontsize=7.5,
                color="#333333",
                va="center",
                ha="left",
            )
        )
    return labels


def _labelled(series: pd.DataFrame) -> list[object]:
    """The points that get a text label: all of them in a small figure; in a crowded one the
    latest point of each municipality, highest values first, at most ``MAX_LABELS`` (labels
    are placed one by one against all earlier ones, so their number must stay bounded)."""
    if len(series) <= MAX_LABELS:
        return list(series.index)
    latest = series.sort_values("date").drop_duplicates(subset=["label"], keep="last")
    chosen = latest.sort_values("value", ascending=False, kind="stable").head(MAX_LABELS)
    return sorted(chosen.index, key=lambda i: series.index.get_loc(i))


def _place_labels(fig: Figure, ax: Axes, labels: list[Text]) -> None:
    """Move each point label to the first offset where it overlaps no earlier label or point."""
    renderer = FigureCanvasAgg(fig).get_renderer()
    inside = ax.get_window_extent(renderer)
    marker_boxes = [
        Bbox.from_bounds(px - 5, py - 5, 10, 10)
        for px, py in ax.transData.transform([label.xy for label in labels])
    ]
    placed: list[Bbox] = []
    for label in labels:
        for dx, dy in LABEL_OFFSETS:
            label.set_position((dx, dy))
            label.set_horizontalalignment("left" if dx > 0 else "right")
            box = label.get_window_extent(renderer)
            clear = not any(box.overlaps(other) for other in placed + marker_boxes)
            if clear and inside.contains(box.x0, box.y0) and inside.contains(box.x1, box.y1):
                break
        placed.append(label.get_window_extent(renderer))


def _legend_handles(series: pd.DataFrame) -> list[Line2D]:
    """Legend entries for the marker shapes, the fill and the conflict line."""
    handles = [
        Line2D([], [], ls="", marker=marker, color=colour, markersize=7, label=text)
        for kind, (marker, colour, text) in STYLE.items()
        if (series["kind"] == kind).any()
    ]
    handles.append(
        Line2D([], [], ls="", marker="o", color="#777777", markersize=7, label="gefüllt: Erscheinungsdatum")
    )
    handles.append(
        Line2D(
            [],
            [],
            ls="",
            marker="o",
            mfc="white",
            color="#777777",
            markersize=7,
            label="hohl: Datum aus Text",
        )
    )
    if conflict_groups(series):
        handles.append(Line2D([], [], ls=":", color="#999999", label="Widerspruch am selben Tag"))
    return handles


def _footnote(series: pd.DataFrame, left_out: dict[str, int]) -> str:
    """The footnote: source, and every milestone that is not drawn."""
    parts = {
        "undated": "ohne Datum (kein Erscheinungsdatum, kein Tag oder Monat im Text)",
        "event_ranks": "Ränge von Veranstaltungen (Vernetzungstreffen, Fachtage …)",
        "other_counts": "andere Zählungen (z. B. Präventionsräte)",
        "newest_without_value": "„neueste Mitgliedskommune“ ohne Zahl",
    }
    missing = [f"{left_out[key]} {text}" for key, text in parts.items() if left_out.get(key)]
    lines = [
        f"Quelle: Pressefakten, Meilensteine aus {series['article_id'].nunique()} Artikeln; "
        "jede Zahl wie berichtet, nichts gemittelt.",
        "Nicht gezeigt: " + ("; ".join(missing) if missing else "nichts") + ".",
    ]
    return "\n".join(textwrap.fill(line, 140) for line in lines)


def plot_network(series: pd.DataFrame, left_out: dict[str, int], png: Path, svg: Path) -> None:
    """Draw the series (or the empty-state message) to PNG and SVG, deterministically."""
    fig = Figure(figsize=(10, 6), dpi=100)
    ax = fig.add_axes((0.08, 0.19, 0.9, 0.7))
    if series.empty:
        ax.set_axis_off()
        ax.text(0.5, 0.5, EMPTY_MESSAGE, ha="center", va="center", fontsize=14, color="#555555")
    else:
        labels = _draw_points(ax, series)
        ax.set_ylim(0, series["value"].max() * 1.12 + 1)
        first, last = series["date"].min(), series["date"].max()
        pad = max((last - first) * 0.06, pd.Timedelta(days=45))
        ax.xaxis_date()
        ax.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad))
        ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=9))
        ax.xaxis.set_major_formatter(FuncFormatter(_german_date))
        ax.yaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_ylabel("Kommunen (Gesamtzahl bzw. Rang)")
        ax.grid(True, color="#e5e5e5", linewidth=0.8)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        handles = _legend_handles(series)
        fig.legend(
            handles=handles,
            loc="upper left",
            bbox_to_anchor=(0.075, 0.945),
            ncol=len(handles),
            fontsize=8,
            frameon=False,
            handletextpad=0.3,
            columnspacing=1.4,
        )
        _place_labels(fig, ax, labels)
    fig.suptitle("Wachstum des ASSKomm-Netzwerks laut Pressemitteilungen", x=0.08, ha="left", fontsize=13)
    fig.text(0.08, 0.03, _footnote(series, left_out), fontsize=7.5, color="#555555", va="bottom")
    png.parent.mkdir(parents=True, exist_ok=True)
    # SVG text stays text (selectable, searchable, a fifth of the file, faster to write); the
    # fixed hash salt keeps the file identical from run to run.
    with mpl.rc_context({"svg.hashsalt": "pressefakten-network", "svg.fonttype": "none"}):
        fig.savefig(png, format="png", dpi=150, metadata={"Software": None})
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})


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
