"""Drawing the network's growth: the series of :mod:`pipeline.views.network` as PNG and SVG."""

from __future__ import annotations

import textwrap
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

from pipeline.write.files import naming

MONTHS_DE = ("Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez.")
STYLE = {"rank": ("o", "#1b6ca8", "Rang (n-te Kommune)"), "total": ("s", "#d95f02", "Gesamtzahl")}
#: Offsets (points) tried in turn for a point's label: right, above, below, left, further out.
#: Most text labels in one figure (more would not be readable, and placing them is quadratic).
MAX_LABELS = 40
LABEL_OFFSETS = ((7, 0), (7, 9), (7, -9), (-7, 0), (-7, 9), (-7, -9), (7, 18), (7, -18), (-7, 18), (-7, -18))
EMPTY_MESSAGE = "Noch keine Meilensteine zur Mitgliedschaft\n(no membership milestones yet)"


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
        with naming(png):
            fig.savefig(png, format="png", dpi=150, metadata={"Software": None})
        with naming(svg):
            fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
