"""Tests of words with ß in running text: the lookups that fold a word before looking it up find
them (made-up sentences; the towns are real Saxon municipalities, everything else is invented)."""

from __future__ import annotations

import pytest

from pipeline.extract.milestones import extract_milestones
from tests.conftest import Analyse
from tests.extract.officials.test_extractor import people
from tests.extract.test_dates import DATED, body_dates, pairs
from tests.extract.test_joinings import NETWORK, joinings
from tests.extract.test_places import places


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an ordinal word with ß counts the events of the year after its noun
        ("Zur dreißigsten Sitzung 2020 kamen alle Mitglieder.", [("2020", "2020")]),
        ("Die Dreißigste Sitzung 2019 folgte im Herbst.", [("2019", "2019")]),
        # a year after a name alone labels it
        ("Die Straßenfest-Reihe 2025 wird vorbereitet.", []),
    ],
)
def test_years_after_ordinal_words_with_sharp_s(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Musterau ist die dreißigste Mitgliedskommune im Netzwerk.", {("rank", 30)}),
        ("Mittlerweile sind dreißig Kommunen dem ASSKomm-Verbund beigetreten.", {("total", 30)}),
        ("Inzwischen sind einunddreißig Kommunen dem ASSKomm-Verbund beigetreten.", {("total", 31)}),
        ("Die Straße ist dreißig Meter lang.", set()),
    ],
)
def test_number_words_with_sharp_s(analyse: Analyse, sentence: str, expected: set[tuple[str, int]]) -> None:
    doc, layout = analyse(DATED + sentence + "\n")
    assert {(r.kind, r.value) for r in extract_milestones(doc, layout, article_id="t")} == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Große Kreisstadt Großenhain lädt zum Präventionstag ein.", ["Großenhain"]),
        ("In der Großen Kreisstadt Weißwasser/O.L. tagte der Rat.", ["Weißwasser/O.L."]),
        # a street names no place
        ("Die Gäste trafen sich in der Meißner Straße.", []),
    ],
)
def test_town_qualifiers_with_sharp_s(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Straßenmeisterin Anna Beispiel stellte den Plan vor.", ("Anna Beispiel", "Straßenmeisterin")),
        ("Außenstellenleiter Jens Muster begrüßte die Gäste.", ("Jens Muster", "Außenstellenleiter")),
    ],
)
def test_role_nouns_with_sharp_s(analyse: Analyse, sentence: str, expected: tuple[str, str]) -> None:
    found = people(analyse, DATED + sentence + "\n")
    assert [(p.name, p.roles[0] if p.roles else None) for p in found] == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        # "wird" before an infinitive with ß announces the joining, as before "beitreten"
        "Die Stadt Großenhain wird sich der Allianz anschließen.",
        "Großenhain wird sich dem Netzwerk anschließen.",
        "Großenhain wird der Allianz beitreten.",
    ],
)
def test_announced_joinings_with_sharp_s(analyse: Analyse, sentence: str) -> None:
    assert joinings(analyse, f"{DATED}{NETWORK} {sentence}\n") == []
