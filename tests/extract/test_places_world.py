"""Tests of places beyond Saxony in news prose: regions of the world, subdivisions, far cities,
genitive possessors, datelines, names with "zu", natural regions (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.extract.test_places import places

Expected = list[tuple[str, str]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # regions of the world: continents (GeoNames) and the inflected "Naher Osten"
        ("Die Lage im Nahen Osten bleibt angespannt.", [("Naher Osten", "region")]),
        ("Die Händler kamen aus Asien nach Afrika.", [("Asien", "region"), ("Afrika", "region")]),
        ("Die Zukunft des Fernen Ostens beschäftigt die Experten.", [("Ferner Osten", "region")]),
        ("Die Wolken zogen nach Osten ab.", []),
        # parts of a continent by a compass word, and regions of several countries
        (
            "Firmen aus Osteuropa und Südostasien investieren.",
            [("Osteuropa", "region"), ("Südostasien", "region")],
        ),
        (
            "Die Reise führt durch Skandinavien und das Baltikum.",
            [("Skandinavien", "region"), ("Baltikum", "region")],
        ),
        ("Der Ostwind und die Westeuropäer kamen.", []),
        # the nations of the United Kingdom are countries, the states of the USA states
        (
            "Der Boxer aus Schottland trifft auf einen Gegner aus Texas.",
            [("Schottland", "country"), ("Texas", "state")],
        ),
        ("Den Titelkampf Max Muster (Wales) gegen Tom Probe gab es schon.", [("Wales", "country")]),
        ("Kaliforniens Gouverneur sprach.", [("Kalifornien", "state")]),
        ("Er wohnt in England.", [("England", "country")]),
        # the usual German names of countries
        ("Die Gespräche mit Iran und Russland stocken.", [("Iran", "country"), ("Russland", "country")]),
        ("Der Präsident Südkoreas reiste ab.", [("Südkorea", "country")]),
        ("Die Rolle der USA wird kleiner.", [("USA", "country")]),
        ("Er lebte lange in den Vereinigten Staaten.", [("USA", "country")]),
        # the larger cities of Europe and the largest of the world
        (
            "Die Delegation flog nach Edinburgh und dann nach Lyon.",
            [("Edinburgh", "municipality"), ("Lyon", "municipality")],
        ),
        ("Der Zug fährt weiter nach Basel.", [("Basel", "municipality")]),
        ("Die Messe in Chicago war ein Erfolg.", [("Chicago", "municipality")]),
        # a small city far away whose name is a word is not in the data
        ("Seit Corona arbeiten viele zu Hause.", []),
        # German names for states and for Germany
        ("Die Schulen in NRW werden saniert.", [("Nordrhein-Westfalen", "state")]),
        ("In der Bundesrepublik leben viele Menschen.", [("Deutschland", "country")]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_places_of_the_world(analyse: Analyse, sentence: str, expected: Expected) -> None:
    assert [(r.name, r.type) for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name in the -s genitive before its noun is a place, also a city's beyond Saxony
        ("Kölns Oberbürgermeisterin und Hessens Ministerpräsident kamen.", ["Köln", "Hessen"]),
        ("Nordrhein-Westfalens Innenminister lobte die Polizei.", ["Nordrhein-Westfalen"]),
        ("Londons Bürgermeister kam zu Besuch.", ["London"]),
        # with an article it is a noun: the meal, not the city
        ("Der Duft des Essens zog durch das Haus.", []),
        ("Nach dem Ende des Essens gingen alle.", []),
        # a dateline: a city opening the item before a dash or an agency's mark
        ("Hannover (dpa) - Der Landtag tagte bis spät.", ["Hannover"]),
        ("Essen - Die Stadt plant einen neuen Park.", ["Essen"]),
        ("Köln taz Die Domstadt wählt.", ["Köln"]),
        ("HANNOVER taz Die Koalition streitet.", ["Hannover"]),  # a dateline in capitals
        ("Bremen/Oldenburg (dpa) Die Polizei ermittelt.", ["Bremen", "Oldenburg"]),  # joined by slashes
        ("Essen/Ruhr - Die Stadt plant einen Park.", ["Essen"]),
        ("Die Woche in Bremen/Oldenburg (dpa) war ruhig.", ["Bremen"]),  # no paragraph's start
        ("ESSEN Speisen und Getränke", []),  # a word in capitals, no dateline
        ("Wir gehen zum ESSEN in die Mensa.", []),
        # inside a paragraph a dash after a word is no dateline
        ("Wir kochen heute. Essen - das ist unser Thema.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_genitives_and_datelines(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the seat of an institution after "zu" is part of its name
        ("Sie leitet die Jüdische Gemeinde zu Chemnitz seit Jahren.", []),
        ("Er lehrt an der Universität zu Köln.", []),
        ("Die Evangelische Kirche zu Dresden lädt ein.", []),
        # "zu" after a common noun or a place is no name
        ("Das Dorf liegt an der Grenze zu Tschechien.", ["Tschechien"]),
        ("Die Strecke führt von Pirna zu Heidenau.", ["Pirna", "Heidenau"]),
        # speech quoted in a sentence is no title: its places count
        ("Er sprach von »einem guten Tag für Polen« in Görlitz.", ["Polen", "Görlitz"]),
        ("Das Projekt »Weltoffenes Sachsen« startet in Görlitz.", ["Görlitz"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_names_with_zu_and_quoted_speech(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name after "Halbinsel" or "Insel" is a region, known to a gazetteer or not
        ("Ein Investor kaufte die gesamte Halbinsel Peloponnes.", [("Halbinsel Peloponnes", "Peloponnes")]),
        ("Die Familie urlaubt auf der Insel Hiddensee.", [("Insel Hiddensee", "Hiddensee")]),
        # a time or a common noun after the type word is no name
        ("Wir waren auf der Insel Anfang Mai.", []),
        ("Das Café Insel Erholung öffnet.", []),
        ("Die Insel Montag war ein Scherz.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_natural_regions(analyse: Analyse, sentence: str, expected: list[tuple[str, str]]) -> None:
    records = places(analyse, sentence)
    assert [(r.text, r.name) for r in records] == expected
    assert all(r.type == "region" for r in records)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a unit of another country: the name after its type word, known to a gazetteer or not
        ("Die Provinz Gelderland liegt im Osten der Niederlande.", ["Gelderland", "Niederlande"]),
        ("Im Kanton Uri wurde abgestimmt.", ["Uri"]),
        ("Im Kanton Genf und im Kanton Bern wurde abgestimmt.", ["Genf", "Bern"]),
        ("Der Bundesstaat Ohio wählte republikanisch.", ["Ohio"]),
        ("Die Woiwodschaft Lebus grenzt an Brandenburg.", ["Lebus", "Brandenburg"]),
        # a time or a common noun after the type word is no name
        ("Die Provinz Anfang Mai zu besuchen lohnt sich.", []),
        ("Der Kanton Bildung sei wichtig, sagte er.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_units_of_other_countries(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # in a sentence on parties a country of a coalition's colours is the coalition
        ("Wenn Union und FDP nach Jamaika wollen, müssen die Grünen mitziehen.", []),
        ("SPD und Grüne schielen nach Kenia, die CDU zögert.", []),
        ("Die Sondierungen für Jamaika in Kiel sind gescheitert.", ["Kiel"]),
        # without parties it is the country
        ("Die Delegation flog nach Kenia und besuchte Nairobi.", ["Kenia", "Nairobi"]),
        ("Der Sprinter aus Jamaika gewann in Berlin.", ["Jamaika", "Berlin"]),
        # a party in the sentence makes no other country a coalition
        ("Die SPD-Delegation reiste nach Polen.", ["Polen"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_coalitions_named_after_flags(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # after "am", "beim", "zum" a name is a square, a street or a venue: a town takes no article
        ("Am Neumarkt in Dresden und am Altmarkt wurde gefeiert.", ["Dresden"]),
        ("Wir trafen uns beim Brühl in Leipzig.", ["Leipzig"]),
        ("Die Gäste reisten aus Neumarkt in der Oberpfalz an.", ["Neumarkt in der Oberpfalz"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_names_after_an_article_preposition(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected
