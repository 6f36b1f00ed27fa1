"""The members on a map: Saxony's municipalities as points, the network's members coloured by year.

Writes ``figures/members_map.png`` and ``figures/members_map.svg`` from the members register
(``members.parquet``) and the bundled gazetteer: all 418 municipalities at their coordinates
(faint), every member municipality coloured by the year it joined (a separate colour where no
article gives one), and the district names at the middle of their municipalities. Drawn with
Matplotlib alone: no map tiles, nothing loaded from the internet. The projection is the plain
equirectangular one, east-west shrunk by the cosine of Saxony's latitude, so that the state has
its true shape.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

import matplotlib as mpl
import pandas as pd
from matplotlib.axes import Axes
from matplotlib.figure import Figure
from matplotlib.lines import Line2D

from pipeline.nlp.gazetteer import Gazetteer, load_gazetteer

#: The colour scale of the years of joining, earliest to latest (its pale yellow end left out).
YEAR_SCALE = "viridis"
YEAR_SCALE_END = 0.85
UNKNOWN_COLOUR = "#222222"
UNKNOWN_LABEL = "Jahr unbekannt"
FAINT = "#c8c8c8"
SOURCE = "Gemeinden: © Statistisches Bundesamt (Destatis), GV100AD / GV-ISys, dl-de/by-2.0"


@dataclass(frozen=True)
class MapSummary:
    """What :func:`build_members_map` drew."""

    municipalities: int
    members: int
    not_placed: int
    years: tuple[int, ...]
    without_year: int
    png: Path
    svg: Path


def municipalities(gazetteer: Gazetteer | None = None) -> pd.DataFrame:
    """Every Saxon municipality of the gazetteer once: ``ags``, ``name``, ``district``, ``lat``, ``lon``."""
    gaz = gazetteer or load_gazetteer()
    rows = [(e.ags, e.name, e.district, e.lat, e.lon) for e in gaz.municipalities]
    frame = pd.DataFrame(rows, columns=["ags", "name", "district", "lat", "lon"])
    return frame.sort_values("ags").reset_index(drop=True)


def map_table(members: pd.DataFrame | None, towns: pd.DataFrame) -> pd.DataFrame:
    """Every municipality with whether it is a member and the year it joined.

    Args:
        members: The ``members`` table (None or empty: no members yet).
        towns: :func:`municipalities`.

    Returns:
        ``towns`` with ``member`` (bool), ``year`` (Int64, missing where no date is reported)
        and ``via`` (the group it joined with).
    """
    table = towns.copy()
    table["member"] = False
    table["year"] = pd.array([pd.NA] * len(table), dtype="Int64")
    table["via"] = pd.array([pd.NA] * len(table), dtype="string")
    if members is None or members.empty:
        return table
    placed = members[members["ags"].notna()].drop_duplicates("ags").set_index("ags")
    is_member = table["ags"].isin(placed.index)
    table.loc[is_member, "member"] = True
    joined = placed["joined"].astype("string").str[:4]
    table.loc[is_member, "year"] = pd.to_numeric(table.loc[is_member, "ags"].map(joined)).astype("Int64")
    table.loc[is_member, "via"] = table.loc[is_member, "ags"].map(placed["via"]).astype("string")
    return table


def district_labels(towns: pd.DataFrame) -> pd.DataFrame:
    """Where each district's name goes: the mean position of its municipalities.

    Districts are told apart by their key (the AGS's first five digits): the city of Leipzig and
    the Landkreis Leipzig share a name, so the Landkreis is labelled "Landkreis Leipzig".
    """
    located = towns.dropna(subset=["lat", "lon"]).assign(key=lambda t: t["ags"].str[:5])
    labels = located.groupby("key", as_index=False).agg(
        district=("district", "first"), towns=("ags", "size"), lat=("lat", "mean"), lon=("lon", "mean")
    )
    shared = labels["district"].duplicated(keep=False) & (labels["towns"] > 1)
    labels.loc[shared, "district"] = "Landkreis " + labels.loc[shared, "district"]
    return labels[["district", "lat", "lon"]].sort_values("district").reset_index(drop=True)


def year_colours(years: list[int]) -> dict[int, str]:
    """A colour per year of joining, evenly along the colour scale from the earliest year to the latest."""
    scale = mpl.colormaps[YEAR_SCALE]
    ordered = sorted(set(years))
    steps = max(len(ordered) - 1, 1)
    return {year: mpl.colors.to_hex(scale(YEAR_SCALE_END * i / steps)) for i, year in enumerate(ordered)}


def _x(lon: pd.Series | float, shrink: float) -> pd.Series | float:
    return lon * shrink


def plot_members_map(table: pd.DataFrame, labels: pd.DataFrame, png: Path, svg: Path) -> dict[int, str]:
    """Draw the map to PNG and SVG, deterministically; returns the colour of each year drawn."""
    located = table.dropna(subset=["lat", "lon"])
    shrink = math.cos(math.radians(float(located["lat"].mean()))) if not located.empty else 1.0
    fig = Figure(figsize=(10, 7.4), dpi=100)
    ax = fig.add_axes((0.02, 0.08, 0.74, 0.84))
    ax.set_aspect("equal")
    ax.set_axis_off()
    colours, handles = _draw_towns(ax, located, shrink)
    for row in labels.itertuples():
        ax.text(_x(row.lon, shrink), row.lat, row.district, fontsize=7.5, color="#555555", ha="center", va="center",
                zorder=2, style="italic")  # fmt: skip
    fig.legend(handles=handles, title="Beitrittsjahr", loc="upper left", bbox_to_anchor=(0.77, 0.9), fontsize=8,
               title_fontsize=9, frameon=False)  # fmt: skip
    fig.suptitle("Mitglieder des ASSKomm-Netzwerks nach Beitrittsjahr", x=0.02, ha="left", fontsize=13)
    members = int(located["member"].sum())
    fig.text(0.02, 0.02, f"Quelle: Pressefakten, Mitgliederregister ({members} Kommunen). {SOURCE}.",
             fontsize=7, color="#555555")  # fmt: skip
    png.parent.mkdir(parents=True, exist_ok=True)
    with mpl.rc_context({"svg.hashsalt": "pressefakten-members-map", "svg.fonttype": "none"}):
        fig.savefig(png, format="png", dpi=150, metadata={"Software": None})
        fig.savefig(svg, format="svg", metadata={"Date": None, "Creator": None})
    return colours


def _draw_towns(ax: Axes, located: pd.DataFrame, shrink: float) -> tuple[dict[int, str], list[Line2D]]:
    """Every town faint, the members by year of joining; the colours and the legend entries."""
    others = located[~located["member"]]
    ax.scatter(_x(others["lon"], shrink), others["lat"], s=7, c=FAINT, linewidths=0, zorder=1)
    members = located[located["member"]]
    colours = year_colours(sorted({int(y) for y in members["year"].dropna()}))
    handles = []
    for year, colour in colours.items():
        group = members[members["year"] == year]
        ax.scatter(_x(group["lon"], shrink), group["lat"], s=42, c=colour, edgecolors="white", linewidths=0.6,
                   zorder=3)  # fmt: skip
        handles.append(_handle(colour, f"{year} ({len(group)})"))
    unknown = members[members["year"].isna()]
    if not unknown.empty:
        ax.scatter(_x(unknown["lon"], shrink), unknown["lat"], s=42, c=UNKNOWN_COLOUR, marker="D", zorder=3)
        handles.append(_handle(UNKNOWN_COLOUR, f"{UNKNOWN_LABEL} ({len(unknown)})", "D"))
    handles.append(_handle(FAINT, f"keine Beitrittsmeldung ({len(others)})", size=4))
    return colours, handles


def _handle(colour: str, label: str, marker: str = "o", size: float = 7) -> Line2D:
    return Line2D([], [], ls="", marker=marker, color=colour, markersize=size, label=label)


def build_members_map(out_dir: Path, target_dir: Path | None = None) -> MapSummary:
    """Draw the members map of a run's output folder.

    Args:
        out_dir: Output folder of an extraction run (``members.parquet`` is read if present).
        target_dir: Where to write ``figures/members_map.png`` and ``.svg``; defaults to ``out_dir``.
    """
    target = Path(target_dir if target_dir is not None else out_dir)
    path = Path(out_dir) / "members.parquet"
    members = pd.read_parquet(path) if path.exists() else None
    towns = municipalities()
    table = map_table(members, towns)
    png, svg = target / "figures" / "members_map.png", target / "figures" / "members_map.svg"
    colours = plot_members_map(table, district_labels(towns), png, svg)
    placed = table[table["member"]]
    return MapSummary(
        municipalities=len(table),
        members=len(placed),
        not_placed=0 if members is None else int(members["ags"].isna().sum()),
        years=tuple(colours),
        without_year=int(placed["year"].isna().sum()),
        png=png,
        svg=svg,
    )
