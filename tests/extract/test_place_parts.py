"""Tests of parts of towns joined by a hyphen beyond Saxony (made-up sentences)."""

from __future__ import annotations

import pytest

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
