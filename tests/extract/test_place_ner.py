"""Tests of towns that no list of the gazetteer names but GeoNames and the sentence confirm: a
name after a preposition of place that the NER tags a place, or tags nothing after "in", "aus"
or "nach" (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.extract.test_places import places


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # small towns abroad and in Germany beyond Saxony, after a preposition of place
        ("Der Radprofi lebt heute in Zandvoort an der Küste.", ["Zandvoort"]),
        ("Die Mannschaft spielte in Wolfhagen vor 500 Zuschauern.", ["Wolfhagen"]),
        ("Er siegte in Assen vor großem Publikum.", ["Assen"]),
        # German names of foreign cities (GeoNames' other names)
        ("Die Schwimmerin gewann in Mailand die Silbermedaille.", ["Mailand"]),
        ("Die Delegation reiste nach Kairo weiter.", ["Kairo"]),
        ("Der Kanute wurde in Peking Vierter.", ["Peking"]),
        # beside places the gazetteer knows, in order of mention
        ("Er stammt aus Kopenhagen und lebt in Zandvoort.", ["Kopenhagen", "Zandvoort"]),
        # a word is no town, though the NER may tag it a place
        ("Die Schüler arbeiteten in Kleingruppen an Plakaten.", []),
        ("Die Teams tagten in Arbeitsgruppen bis zum Abend.", []),
        # no preposition of place, or a month, a given name after one: no town
        ("Die Gruppe traf sich im Mai zum dritten Mal.", []),
        ("Wolfhagen ist ein Familienname.", []),
        ("Das Lob kam von Martin und nicht aus Berg.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_towns_geonames_and_the_sentence_confirm(
    analyse: Analyse, sentence: str, expected: list[str]
) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


def test_a_confirmed_town_has_its_coordinates_and_type(analyse: Analyse) -> None:
    (record,) = places(analyse, "Der Radprofi lebt heute in Zandvoort an der Küste.")
    assert (record.type, record.ags, record.district) == ("municipality", None, None)
    assert record.lat == pytest.approx(52.37, abs=0.01)
    assert record.lon == pytest.approx(4.53, abs=0.01)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # regions of other countries under their German names (ISO 3166-2), also with an article
        ("Im Sommer wandern sie im Tessin und in der Toskana.", ["Tessin", "Toskana"]),
        ("Sie arbeitet in der Lombardei, Urlaub macht sie auf Sardinien.", ["Lombardei", "Sardinien"]),
        # a town after an article is none; a type word of the gazetteer is no foreign region
        ("Im Mai ging es auf Reisen, im Saal war es warm.", []),
        ("Die Kommunen im Freistaat arbeiten zusammen.", ["Sachsen"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_regions_with_german_names(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [(r.name, r.type) for r in places(analyse, sentence)] == [
        (name, "state" if name == "Sachsen" else "region") for name in expected
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a city the NER tags a place needs no preposition: subject, object, list, genitive
        ("London und Paris sind teure Städte.", ["London", "Paris"]),
        ("Moskau hat scharf reagiert, Washington schweigt.", ["Moskau", "Washington"]),
        ("Die Regierung verhandelt über Kandahar, Pekings Führung schweigt.", ["Kandahar", "Peking"]),
        # a city for its team or an event after "für" or "gegen", or ending an organisation's
        # name after a capitalised noun: no place
        ("Er schoss zwei Tore für Birmingham.", []),
        ("Sie qualifizierte sich für Olympia.", []),
        ("Ein Kollege im Börse-Vorstand Wien widersprach.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_cities_the_ner_tags_a_place(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a type word or a noun of location before a name the NER tags a place: GeoNames' town,
        # or a town of the type word's type that no list knows
        ("Die Stadt Wolfhagen plant ein Fest.", [("Wolfhagen", "municipality")]),
        ("Die Gemeinde Römerstein liegt auf der Alb.", [("Römerstein", "municipality")]),
        ("Der Bürgermeister und die Stadt Zandvoort kooperieren.", [("Zandvoort", "municipality")]),
        # a known name inside an organisation's name stays no place
        ("Ein Projekt des Landespräventionsrates des Freistaates Sachsen (LPR) startet.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_names_after_a_type_word(analyse: Analyse, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(r.name, r.type) for r in places(analyse, sentence)] == expected
