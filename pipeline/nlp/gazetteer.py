"""The bundled gazetteers: Saxon municipalities and districts, German given names.

Read once per process from ``pipeline/data`` (see its PROVENANCE.md for sources and licenses).
"""

from __future__ import annotations

import csv
from bisect import bisect_left
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from itertools import pairwise
from pathlib import Path
from types import MappingProxyType

from pipeline.lang.calendar import MONTH_NAMES, WEEKDAY_WORDS
from pipeline.lang.names import BUILDING_WORDS
from pipeline.lang.places import COUNTRY_ALIASES, DISTRICT_INFLECTIONS, OFFICIAL_QUALIFIER, REGIONS, STATES
from pipeline.lang.world_places import NEAR_COUNTRIES, WORLD_REGIONS
from pipeline.records import PlaceType

#: Places beyond Saxony, derived from maintained data by ``python -m pipeline.stages.world_places``.
WORLD_PLACES = Path(__file__).resolve().parent.parent / "data" / "world_places.tsv"
#: Towns beyond Saxony that only a place's NER tag confirms (built beside ``WORLD_PLACES``).
WORLD_NAMES = WORLD_PLACES.with_name("world_names.tsv")


@dataclass(frozen=True)
class PlaceEntry:
    """A place of the gazetteer."""

    name: str
    type: PlaceType
    ags: str | None = None
    district: str | None = None
    lat: float | None = None
    lon: float | None = None
    population: int = 0
    #: From the data beyond Saxony: a name that may also be a German word ("Essen", "Halle").
    world: bool = False
    #: A small town near Saxony: a place only with a strong cue ("Nachbarstadt Šluknov").
    strong_cue: bool = False
    #: The German name of the country a city beyond Saxony lies in ("Tschechien").
    country: str | None = None


@dataclass(frozen=True)
class Gazetteer:
    """Surface form -> place, and given name -> gender."""

    places: MappingProxyType[str, PlaceEntry]
    districts: MappingProxyType[str, PlaceEntry]
    given_names: MappingProxyType[str, str]
    #: Every prefix of every place name: a token that is none cannot start a place (a fast test).
    prefixes: frozenset[str] = frozenset()
    #: Every municipality once, by AGS (``places`` cannot reach a small town whose name a larger
    #: one has too: "Auerbach" is Auerbach/Vogtl., not Auerbach in the Erzgebirge).
    municipalities: tuple[PlaceEntry, ...] = ()
    #: The places a misspelt name after a type word may mean: all but the cities far from Saxony
    #: (beyond Germany and its neighbours of :data:`pipeline.lang.world_places.NEAR_COUNTRIES`), which
    #: would only slow the comparison down. Empty: all places.
    near: MappingProxyType[str, PlaceEntry] = field(default_factory=lambda: MappingProxyType({}))

    def district_of(self, name: str) -> PlaceEntry | None:
        """The district (Landkreis or kreisfreie Stadt) called ``name``, if any."""
        return self.districts.get(name)


def _read(name: str) -> list[dict[str, str]]:
    with resources.files("pipeline.data").joinpath(name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t" if name.endswith(".tsv") else ","))


def _columns(name: str, *columns: str) -> Iterator[tuple[str | None, ...]]:
    """The values of ``columns`` in every row of a bundled table, as :func:`_read`'s dicts hold them,
    without a dict per row: the given names' 26,000 rows read as dicts took a third of the
    gazetteer's load time."""
    with resources.files("pipeline.data").joinpath(name).open(encoding="utf-8") as handle:
        yield from _pick(csv.reader(handle, delimiter="\t" if name.endswith(".tsv") else ","), columns)


def _pick(rows: Iterator[list[str]], columns: tuple[str, ...]) -> Iterator[tuple[str | None, ...]]:
    """``columns`` of the rows after the header row, as ``csv.DictReader`` reads them: blank rows
    skipped, a column the header or a short row lacks None, a repeated column's last value."""
    header = next(rows, [])
    last = {column: k for k, column in enumerate(header)}
    at = [last.get(column, len(header)) for column in columns]
    whole = len(header) if all(column in last for column in columns) else -1
    for row in rows:
        if len(row) == whole:  # the common case: a full row, every column in the header
            yield tuple([row[k] for k in at])
        elif row:
            yield tuple([row[k] if k < min(len(row), len(header)) else None for k in at])


def genitive(name: str) -> str | None:
    """The -s genitive of a place name ("Dresdens"), or None where German uses none."""
    return None if name[-1] in "sßxz" else name + "s"


def _municipality_rows() -> list[tuple[PlaceEntry, dict[str, str]]]:
    """Every municipality with its row, larger towns first (they win an ambiguous short form)."""
    rows = sorted(_read("sachsen_gemeinden.csv"), key=lambda r: -int(r["einwohner_2022_12_31"] or 0))
    return [
        (
            PlaceEntry(
                name=row["name_de"],
                type="municipality",
                ags=row["ags"],
                district=row["kreis_name"],
                lat=float(row["lat"]) if row["lat"] else None,
                lon=float(row["lon"]) if row["lon"] else None,
                population=int(row["einwohner_2022_12_31"] or 0),
            ),
            row,
        )
        for row in rows
    ]


def _municipalities(rows: list[tuple[PlaceEntry, dict[str, str]]]) -> dict[str, PlaceEntry]:
    places: dict[str, PlaceEntry] = {}
    for entry, row in rows:
        short = OFFICIAL_QUALIFIER.split(row["name_de"])[0].strip()
        for form in (row["name_de"], row["name_sorbisch"], short, genitive(short)):
            if form and form not in places:
                places[form] = entry
    return places


def _districts() -> dict[str, PlaceEntry]:
    districts: dict[str, PlaceEntry] = {}
    for row in _read("sachsen_kreise.csv"):
        if row["typ"] != "Landkreis":
            continue  # kreisfreie Städte are municipalities first
        entry = PlaceEntry(name=row["name"], type="district", ags=row["kreis_schluessel"])
        districts[row["name"]] = entry
    for inflected, name in DISTRICT_INFLECTIONS.items():
        districts[inflected] = districts[name]
    return districts


def _given_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for file in ("vornamen.tsv", "vornamen_faker.tsv"):
        for name, gender in _columns(file, "name", "gender"):
            names.setdefault(name, gender or "")  # type: ignore[arg-type]
    # "26. August", "im Mai", "Di Mi Do Fr", "Villa Postplatz": never given names in these texts
    for word in (*MONTH_NAMES, *WEEKDAY_WORDS, *BUILDING_WORDS):
        names.pop(word, None)
    return names


def saxon_municipalities() -> list[PlaceEntry]:
    """Saxony's municipalities from the official gazetteer alone, larger towns first."""
    return [entry for entry, _ in _municipality_rows()]


def _add_merged_half(places: dict[str, PlaceEntry], town: PlaceEntry) -> None:
    """The second half of a merged town's name ("Oberfrohna" of "Limbach-Oberfrohna") is a part of
    it, named alone only with a cue ("in Oberfrohna", "Limbach und Oberfrohna"); the first half
    often stands for the whole town ("Annaberg") and is left alone."""
    second = town.name.partition("-")[2]
    if second and second[:1].isupper() and second.replace(" ", "").isalpha():
        places.setdefault(
            second,
            PlaceEntry(
                name=second,
                type="district_part",
                ags=town.ags,
                district=town.district,
                lat=town.lat,
                lon=town.lon,
                world=True,
            ),
        )


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """Load the bundled gazetteers (cached)."""
    rows = _municipality_rows()
    places = _municipalities(rows)
    districts = _districts()
    for name, entry in districts.items():
        places.setdefault(name, entry)  # "Erzgebirgskreis", "Mittelsachsen"
    for table, kind in ((REGIONS, "region"), (WORLD_REGIONS, "region"), (STATES, "state")):
        for form, name in table.items():
            places[form] = PlaceEntry(name=name, type=kind)  # type: ignore[arg-type]
    for form, name in COUNTRY_ALIASES.items():
        places.setdefault(form, PlaceEntry(name=name, type="country"))
    by_ags = {entry.ags: entry for entry, _ in rows}
    columns = ("form", "name", "type", "lat", "lon", "ags", "cue", "country")
    for form, name, kind, lat, lon, ags, cue, country in _columns(WORLD_PLACES.name, *columns):
        if form in places:
            continue  # a form named above keeps its place (no entry built for nothing)
        # cities beyond Saxony and Saxon localities are also German words: a place only with a cue
        town = by_ags.get(ags or None)
        places[form] = PlaceEntry(  # type: ignore[index]
            name=name,  # type: ignore[arg-type]
            type=kind,  # type: ignore[arg-type]
            ags=town.ags if town else None,
            district=town.district if town else None,
            lat=float(lat) if lat else None,
            lon=float(lon) if lat else None,  # type: ignore[arg-type]
            world=kind in ("municipality", "district_part"),
            strong_cue=cue == "strong",
            country=country or None,
        )
    for entry, _ in rows:
        _add_merged_half(places, entry)
    prefixes = frozenset(name[:k] for name in places for k in range(1, len(name) + 1))
    towns = tuple(sorted((entry for entry, _ in rows), key=lambda e: e.ags or ""))
    near_countries = {None, *NEAR_COUNTRIES}  # built once, not once per entry
    near = {form: entry for form, entry in places.items() if entry.country in near_countries}
    return Gazetteer(
        MappingProxyType(places),
        MappingProxyType(districts),
        MappingProxyType(_given_names()),
        prefixes,
        towns,
        MappingProxyType(near),
    )


class WorldNames(Mapping[str, PlaceEntry]):
    """The towns and regions beyond Saxony a NER tag confirms, by name: the rows of
    ``world_names.tsv`` kept as the file's bytes, sorted by name, found by bisection and read into
    a :class:`PlaceEntry` when looked up (a few names an article; building all 68,000 entries
    took longer than the rest of the extraction, a dict of them a tenth of it)."""

    def __init__(self, rows: list[bytes]) -> None:
        self._rows = rows  # "name\ttype\tlat\tlon\tcountry", ascending, one per name

    def _row(self, name: str) -> bytes | None:
        encoded = name.encode("utf-8")
        key = encoded + b"\t"
        k = bisect_left(self._rows, key)
        while k < len(self._rows) and self._rows[k].startswith(key):
            if self._rows[k].rsplit(b"\t", 4)[0] == encoded:  # not a longer name with a tab
                return self._rows[k]
            k += 1
        return None

    def get(self, name: str, default: PlaceEntry | None = None) -> PlaceEntry | None:  # type: ignore[override]
        """The entry of ``name``, or ``default`` where GeoNames has no such name."""
        row = self._row(name)
        return default if row is None else _world_entry(row)

    def __getitem__(self, name: str) -> PlaceEntry:
        row = self._row(name)
        if row is None:
            raise KeyError(name)
        return _world_entry(row)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self._row(name) is not None

    def __iter__(self) -> Iterator[str]:
        return (row.rsplit(b"\t", 4)[0].decode("utf-8") for row in self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _world_entry(row: bytes) -> PlaceEntry:
    """The entry of a row of ``world_names.tsv``: name, type, lat, lon, country."""
    name, kind, lat, lon, country = row.decode("utf-8").rsplit("\t", 4)
    return PlaceEntry(
        name=name,
        type=kind,  # type: ignore[arg-type]
        lat=float(lat) if lat else None,
        lon=float(lon) if lat else None,
        world=True,
        country=country or None,
    )


@lru_cache(maxsize=1)
def load_world_names() -> WorldNames:
    """The towns and regions beyond Saxony a NER tag confirms, by name ("Zandvoort", "Peking",
    "Toskana"); read on first use, which only an unknown name the NER tags a place after a
    preposition needs. The file is written sorted by name, one row a name; a file edited by hand
    out of order, or with a quoted field, is read row by row (a later row of a name wins)."""
    data = resources.files("pipeline.data").joinpath(WORLD_NAMES.name).read_bytes()
    rows = data.split(b"\n")[1:]
    if rows and not rows[-1]:
        rows.pop()
    if b'"' in data or b"\r" in data or b"\n\n" in data or not all(a < b for a, b in pairwise(rows)):
        text = data.decode("utf-8")
        by_name = {row[0]: row for row in csv.reader(text.splitlines()[1:], delimiter="\t") if row}
        rows = sorted("\t".join(row).encode("utf-8") for row in by_name.values())
    return WorldNames(rows)
