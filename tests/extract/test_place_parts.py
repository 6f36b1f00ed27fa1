"""Tests of parts of towns: joined by a hyphen beyond Saxony, named alone (made-up sentences)."""

from __future__ import annotations

import pytest

import pipeline.extract.places as places_module
from pipeline.extract.place_parts import may_open_place
from pipeline.nlp.gazetteer import load_gazetteer
from tests.conftest import Analyse
from tests.extract.test_places import places


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ein ähnliches Projekt läuft in Berlin-Neukölln.", [("Berlin-Neukölln", "district_part")]),
        ("Die Gruppe reiste nach Hamburg-Altona.", [("Hamburg-Altona", "district_part")]),
        ("Wir lernen von einem Quartier in München-Hasenbergl.", [("München-Hasenbergl", "district_part")]),
        # two places joined, a state, a Saxon town, or a compound are no quarter
        ("Wir waren in Berlin-Brandenburg unterwegs.", []),
        ("Die Strecke Berlin-Leipzig ist voll.", []),
        ("Der Berlin-Besuch der Klasse war schön.", []),
        ("Die Leute im Sachsen-Anhalt-Ticket fahren weit.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_quarters_of_cities_beyond_saxony(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(r.name, r.type) for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Treff liegt in Bautzen-Altstadt.", [("Bautzen-Altstadt", "district_part")]),
        ("Die Schule in Pirna-Neustadt bekommt eine Mensa.", [("Pirna-Neustadt", "district_part")]),
        # another town's name after the hyphen stays two towns
        ("Die Buslinie Pirna-Heidenau fährt wieder.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_a_usual_quarter_name_after_a_town_is_its_quarter(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(r.name, r.type) for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a quarter named alone with its article where the sentence speaks of quarters, or after "auf"
        (
            "In Chemnitz hat sich viel getan: Der Kaßberg und der Sonnenberg gelten als gelungene Quartiere.",
            [("Chemnitz", "municipality"), ("Kaßberg", "district_part"), ("Sonnenberg", "district_part")],
        ),
        (
            "Zwickau nimmt neben dem Rosenhain auch dieses Wohnviertel in den Blick.",
            [("Zwickau", "municipality"), ("Rosenhain", "district_part")],
        ),
        (
            "Der Treff liegt auf dem Kaßberg in Chemnitz.",
            [("Kaßberg", "district_part"), ("Chemnitz", "municipality")],
        ),
        # no quarter: no sentence on quarters, a common noun, no town to belong to
        ("In Chemnitz hat der Bürgermeister den Weinberg gelobt.", [("Chemnitz", "municipality")]),
        ("In Chemnitz wurde der Grundstein für den Stadtteiltreff gelegt.", [("Chemnitz", "municipality")]),
        ("Der Edelstein bleibt im Stadtteil.", []),
        # the second half of a merged town's name, named alone with a cue
        (
            "Schon 1950 wurden Limbach und Oberfrohna zusammengelegt.",
            [("Limbach", "municipality"), ("Oberfrohna", "district_part")],
        ),
        ("Der Treff ist in Kirschau.", [("Kirschau", "district_part")]),
        ("Annaberg startet eine Befragung.", []),
        # an official qualifier in brackets makes a city beyond Saxony a place
        ("Die Stadt arbeitet mit Halle (Saale) zusammen.", [("Halle", "municipality")]),
        ("Die Stadt arbeitet mit Halle zusammen.", []),
        # a region of the Oberlausitz
        ("Die Gemeinde will einen Präventionsrat für das Oberland bilden.", [("Oberland", "region")]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_quarters_named_alone_merged_halves_and_bracket_qualifiers(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(r.name, r.type) for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a part of a town named alone after a preposition of place, and the parts listed with it
        (
            "Der Stadtrat von Frohburg hört Eltern aus Wüstenhain und Greifenhain an.",
            [("Frohburg", "14729140"), ("Wüstenhain", "14729140"), ("Greifenhain", "14729140")],
        ),
        ("In Lunzenau wohnen auch Familien aus Elsdorf, Kolkau oder Rochsburg.", None),
        ("Ein Rufbus verkehrt in Rochlitz ab Noßwitz und Zaßnitz.", None),
        ("In Zwenkau werden alle Haushalte von Zeschwitz bis Kleinstorkwitz befragt.", None),
        # "Ortschaft(en)" names parts like "Ortsteil(e)"
        ("In Waldheim sollen auch die Ortschaften Massanei und Gebersbach mitreden.", None),
        # a list of parts broken at a line end of a hard-wrapped page
        ("In Geringswalde sind die Ortsteile Altgeringswalde und\nSchönborn dabei.", None),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_parts_of_towns_named_alone(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str | None]] | None
) -> None:
    """Each part gets its town's AGS (the town is named first); ``None``: every name but the
    town's is a part of it."""
    found = [(r.name, r.ags) for r in places(analyse, sentence)]
    if expected is not None:
        assert found == expected
        return
    town_ags = found[0][1]
    assert town_ags is not None and len(found) >= 3
    parts = places(analyse, sentence)[1:]
    assert all(p.type == "district_part" and p.ags == town_ags for p in parts), found


@pytest.mark.parametrize(
    "sentence",
    [
        # common nouns on place-forming words, names with a particle, and an article fused in
        "Die Kinder bauten aus Backstein und Holz eine Mauer.",
        "Die Rede von Gerhard von Hardenberg war kurz.",
        "Die Jugendlichen trafen sich im Hof des Jugendclubs.",
        "Wir standen lange im Verkehrsstau.",
        "Die Preise wurden beim Essen verliehen.",
        "Der Kuchen kam frisch aus Omas Backofen.",
    ],
    ids=lambda v: v[:40],
)
def test_no_parts_named_alone(analyse: Analyse, sentence: str) -> None:
    assert places(analyse, sentence) == []


def test_a_city_listed_after_a_part_stays_a_city(analyse: Analyse) -> None:
    found = places(analyse, "Zum Fest in Penig kamen Gäste aus Wernsdorf und Potsdam.")
    assert [(r.name, r.type) for r in found] == [
        ("Penig", "municipality"),
        ("Wernsdorf", "district_part"),
        ("Potsdam", "municipality"),
    ]


@pytest.mark.parametrize(
    ("word", "opens"),
    [
        ("Landkreis", True),  # a type word
        ("Große", True),  # the first word of "Große Kreisstadt"
        ("Lkr", True),  # "Lkr." split by the tokenizer
        ("Freistaat", True),
        ("Dresdens", True),  # a known name's form
        ("Dresdner", True),  # a demonym before a part
        ("PIRNA", True),  # a name in capitals
        ("Leipzig-Grünau", True),  # a town and its part
        ("Kaßberg", True),  # looks like a part's name
        ("Bürgermeister", False),
        ("Veranstaltung", False),
        ("Polizei", False),
        ("Meilenstein", False),
    ],
)
def test_which_capitalised_words_may_open_a_place(word: str, opens: bool) -> None:
    assert may_open_place(word, load_gazetteer()) is opens


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Landkreis Bautzen und die Große Kreisstadt Radebeul laden ein.",
        "Im Lkr. Görlitz und im Wurzener Land wird gewählt.",
        "Die Dresdner Neustadt und der Freistaat feiern.",
        "PIRNA. Anwohner aus Brockwitz und Kötitz kamen nach Leipzig-Grünau.",
        "Auf dem Kaßberg trafen sich Gäste aus den Stadtteilen Gorbitz und Prohlis.",
        "Die Polizei sucht Zeugen, Bürgermeister Jens Ott dankt der Feuerwehr.",
    ],
    ids=lambda v: v[:40],
)
def test_the_pre_check_drops_no_place(
    analyse: Analyse, sentence: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    found = [(r.text, r.name, r.type) for r in places(analyse, sentence)]
    monkeypatch.setattr(places_module, "may_open_place", lambda word, gaz: True)
    assert [(r.text, r.name, r.type) for r in places(analyse, sentence)] == found


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a Saxon city's quarter that bears the name of a small town beyond Saxony
        ("Die Befragung lief in Chemnitz-Sonnenberg.", [("Chemnitz-Sonnenberg", "district_part")]),
        (
            "Bürger aus Leipzig-Sonnenberg und Plauen kamen.",
            [("Leipzig-Sonnenberg", "district_part"), ("Plauen", "municipality")],
        ),
        # a large city beyond Saxony after the hyphen stays a route
        ("Die Strecke Dresden-Prag ist gesperrt.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_saxon_quarters_named_like_small_towns_elsewhere(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert [(r.name, r.type) for r in places(analyse, sentence)] == expected
