"""Drawing the network's growth: the series of :mod:`pipeline.views.network` as PNG and SVG.

Two panels on one time axis: the network-wide membership (the register's step line, the stated
totals and ranks as points) and, below it and never mixed in, the other counts. Each panel's
legend is made from the very styles its artists are drawn with, so legend and markers match.
"""

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
#: Marker, colour and legend text of the membership points, by kind.
STYLE = {
    "rank": ("o", "#1b6ca8", "genannter Rang (n-te Kommune)"),
    "total": ("s", "#d95f02", "genannte Gesamtzahl"),
}
#: The register's step line.
STEP_STYLE = {"color": "#2e7d32", "linewidth": 1.8, "label": "Mitglieder mit Beitrittsdatum (Register)"}
#: Marker, colour and legend text of the other counts, by what they count.
OTHER_STYLE = {
    "region": ("P", "#7b3294", "Mitglieder einer Region/eines Landkreises"),
    "advised": ("^", "#e6ab02", "beratene Kommunen"),
    "councils": ("D", "#a6761d", "Kommunale Präventionsräte"),
    "participants": ("v", "#666666", "Teilnehmer von Teilprojekten"),
}
#: Most text labels in one figure (more would not be readable, and placing them is quadratic).
MAX_LABELS = 40
#: Offsets (points) tried in turn for a point's label: right, above, below, left, further out.
LABEL_OFFSETS = ((7, 0), (7, 9), (7, -9), (-7, 0), (-7, 9), (-7, -9), (7, 18), (7, -18), (-7, 18), (-7, -18))
EMPTY_MESSAGE = "Noch keine Meilensteine zur Mitgliedschaft\n(no membership milestones yet)"
EMPTY_OTHER = "keine anderen Zählungen"


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


def other_key(row: pd.Series) -> str:
    """The style key of a point of the second panel: regional membership, or what it counts."""
    return "region" if row["scope"] == "region" else str(row["counted"])


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


def _draw_steps(ax: Axes, steps: pd.DataFrame, end: pd.Timestamp) -> None:
    """The register's members joined by date, a step up at each joining, held to ``end``."""
    if steps.empty:
        return
    x = [*mdates.date2num(steps["date"].to_numpy()), mdates.date2num(end)]
    y = [*steps["value"], steps["value"].iloc[-1]]
    ax.step(x, y, where="post", zorder=2, **{k: v for k, v in STEP_STYLE.items() if k != "label"})


def _draw_points(
    ax: Axes, points: pd.DataFrame, styles: dict[str, tuple[str, str, str]], key: str
) -> pd.Series:
    """Scatter the points, one style per ``key`` value (hollow when dated from the text); return
    their plot positions."""
    x = _dodged_x(points)
    for (style, published), group in points.groupby([key, points["dated_by"] == "published"], sort=True):
        marker, colour, _ = styles[style]  # one scatter call per style: fast with many points
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
    return x


def _draw_conflicts(ax: Axes, points: pd.DataFrame) -> None:
    for group in conflict_groups(points):
        day, low, high = group["date"].iloc[0], group["value"].min(), group["value"].max()
        ax.vlines(mdates.date2num(day), low, high, colors="#999999", linestyles=":", linewidth=1.2, zorder=1)


def _labels(ax: Axes, points: pd.DataFrame, x: pd.Series) -> list[Text]:
    """A text label per point ("53 · Heidenau"), for a bounded number of points."""
    labels = []
    for index in _labelled(points):
        row = points.loc[index]
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


def membership_legend(series: pd.DataFrame) -> list[Line2D]:
    """Legend entries of the membership panel, in the styles its artists are drawn with."""
    handles = []
    if (series["kind"] == "joined").any():
        handles.append(Line2D([], [], drawstyle="steps-post", **STEP_STYLE))
    points = series[series["kind"] != "joined"]
    handles += [
        Line2D([], [], ls="", marker=marker, color=colour, markersize=7, label=text)
        for kind, (marker, colour, text) in STYLE.items()
        if (points["kind"] == kind).any()
    ]
    if not points.empty:
        handles.append(
            Line2D(
                [], [], ls="", marker="o", color="#777777", markersize=7, label="gefüllt: Erscheinungsdatum"
            )
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
    if conflict_groups(points):
        handles.append(Line2D([], [], ls=":", color="#999999", label="Widerspruch am selben Tag"))
    return handles


def other_legend(others: pd.DataFrame) -> list[Line2D]:
    """Legend entries of the second panel: one per kind of count it shows."""
    keys = set(others.apply(other_key, axis=1)) if not others.empty else set()
    return [
        Line2D([], [], ls="", marker=marker, color=colour, markersize=7, label=text)
        for key, (marker, colour, text) in OTHER_STYLE.items()
        if key in keys
    ]


def _footnote(series: pd.DataFrame, left_out: dict[str, int]) -> str:
    """The footnote: source, and every milestone and member that is not drawn."""
    parts = {
        "undated": "Zahlen ohne Datum (kein Erscheinungsdatum, kein Tag oder Monat im Text)",
        "event_ranks": "Ränge von Veranstaltungen (Vernetzungstreffen, Fachtage …)",
        "newest_without_value": "„neueste Mitgliedskommune“ ohne Zahl",
        "members_without_date": "Mitglieder ohne Beitrittstag oder -monat",
    }
    missing = [f"{left_out[key]} {text}" for key, text in parts.items() if left_out.get(key)]
    lines = [
        f"Quelle: Pressefakten, {series['article_id'].nunique()} Artikel; oben nur das ganze Netzwerk: "
        "Mitglieder laut Beitrittsmeldungen im Archiv (eine Untergrenze) und genannte Zahlen, jede wie "
        "berichtet, nichts gemittelt; unten, nie mitgezählt: Regionen, Beratungen, Präventionsräte.",
        "Nicht gezeigt: " + ("; ".join(missing) if missing else "nichts") + ".",
    ]
    return "\n".join(textwrap.fill(line, 150) for line in lines)


def _format_axis(ax: Axes, first: pd.Timestamp, last: pd.Timestamp, ylabel: str, bins: int = 8) -> None:
    pad = max((last - first) * 0.06, pd.Timedelta(days=45))
    ax.xaxis_date()
    ax.set_xlim(mdates.date2num(first - pad), mdates.date2num(last + pad))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(minticks=3, maxticks=9))
    ax.xaxis.set_major_formatter(FuncFormatter(_german_date))
    ax.yaxis.set_major_locator(MaxNLocator(nbins=bins, integer=True))
    ax.set_ylabel(ylabel, fontsize=9)
    ax.grid(True, color="#e5e5e5", linewidth=0.8)
    ax.set_axisbelow(True)
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)


def _draw_panel(fig: Figure, ax: Axes, series: pd.DataFrame, span: tuple[pd.Timestamp, pd.Timestamp]) -> None:
    """The membership panel: steps, points, conflicts, labels, legend."""
    points = series[series["kind"] != "joined"]
    _draw_steps(ax, series[series["kind"] == "joined"], span[1])
    _draw_conflicts(ax, points)
    x = _draw_points(ax, points, STYLE, "kind")
    ax.set_ylim(0, series["value"].max() * 1.12 + 1)
    _format_axis(ax, *span, "Mitgliedskommunen (Netzwerk)")
    handles = membership_legend(series)
    ax.legend(handles=handles, loc="upper left", fontsize=7.5, frameon=False, ncol=2)
    _place_labels(fig, ax, _labels(ax, points, x))


def _draw_others(ax: Axes, others: pd.DataFrame, span: tuple[pd.Timestamp, pd.Timestamp]) -> None:
    """The second panel: the other counts, each kind in its own style."""
    if others.empty:
        ax.text(0.5, 0.5, EMPTY_OTHER, transform=ax.transAxes, ha="center", va="center", color="#777777")
    else:
        keyed = others.assign(style=others.apply(other_key, axis=1))
        _draw_points(ax, keyed, OTHER_STYLE, "style")
        ax.set_ylim(0, others["value"].max() * 1.15 + 1)
        ax.legend(handles=other_legend(others), loc="upper left", fontsize=7.5, frameon=False, ncol=2)
    _format_axis(ax, *span, "andere Zählungen", bins=4)


def plot_network(series: pd.DataFrame, left_out: dict[str, int], png: Path, svg: Path) -> None:
    """Draw the series (or the empty-state message) to PNG and SVG, deterministically."""
    fig = Figure(figsize=(10, 7.5), dpi=100)
    top = fig.add_axes((0.08, 0.42, 0.9, 0.48))
    bottom = fig.add_axes((0.08, 0.14, 0.9, 0.2))
    members = series[series["panel"] == "members"]
    if members.empty:
        top.set_axis_off()
        top.text(0.5, 0.5, EMPTY_MESSAGE, ha="center", va="center", fontsize=14, color="#555555")
    if series.empty:
        bottom.set_axis_off()
    else:
        span = (series["date"].min(), series["date"].max())
        if not members.empty:
            _draw_panel(fig, top, members, span)
        _draw_others(bottom, series[series["panel"] == "other"], span)
    fig.suptitle("Wachstum des ASSKomm-Netzwerks laut Pressemitteilungen", x=0.08, ha="left", fontsize=13)
    fig.text(0.08, 0.015, _footnote(series, left_out), fontsize=7, color="#555555", va="bottom")
    png.parent.mkdir(parents=True, exist_ok=True)
    # SVG text stays text (selectable, searchable, a fifth of the file, faster to write); the
    # fixed hash salt keeps the file identical from run to run.
    with mpl.rc_context({"svg.hashsalt": "pressefakten-network", "svg.fonttype": "none"}):
        with naming(png):
            fig.savefig(png, format="png", dpi=150, metadata={"Software": None})
        with naming(svg):
            fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
