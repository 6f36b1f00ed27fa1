"""Tests of territories and historical regions, of datelines of names in capitals, and of
country names read as persons' names (made-up sentences)."""

from __future__ import annotations

import pytest

from pipeline.records import Mention, Person
from tests.conftest import Analyse
from tests.extract.test_places import DATED, places

Expected = list[tuple[str, str]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # disputed and occupied territories, also with a hyphen before the head noun
        ("Die Hilfsgüter kamen im Gazastreifen an.", [("Gazastreifen", "region")]),
        ("Der Konvoi erreichte den Gaza-Streifen am Abend.", [("Gazastreifen", "region")]),
        ("Im Westjordanland wurde ein Dorf geräumt.", [("Westjordanland", "region")]),
        ("Die Lage auf der Krim bleibt gespannt.", [("Krim", "region")]),
        # historical regions, in the genitive and with a compass word
        ("Die Weinberge Dalmatiens locken Urlauber.", [("Dalmatien", "region")]),
        ("Die Armee zog sich aus Ostslawonien zurück.", [("Ostslawonien", "region")]),
        ("Der Winter in Westsibirien war hart.", [("Westsibirien", "region")]),
        # adjectives and peoples are no places
        ("Die dalmatinische Küste und die sibirische Kälte sind bekannt.", []),
        ("Die Kurden feierten das Neujahrsfest.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_territories_and_historical_regions(analyse: Analyse, sentence: str, expected: Expected) -> None:
    assert [(r.name, r.type) for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name of two words in capitals before an agency's date or mark opens a dateline
        ("DEN HAAG, 12. März (dpa). Das Gericht tagte.", ["Den Haag"]),
        ("BAD SCHANDAU (dpa) Die Fähre fährt wieder.", ["Bad Schandau"]),
        # words in capitals that name no place, or no dateline, stay none
        ("DIE STADT, 3. Mai (dpa) Der Rat tagte.", []),
        ("GROSSE FREUDE, 5 Gäste kamen.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_datelines_of_names_in_capitals(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        # a country's name taken as a person's does not hide the place
        ("Die Spenden gingen nach Sri Lanka.", "Sri Lanka", ["Sri Lanka"]),
        ("Der Minister reiste nach Costa Rica.", "Costa Rica", ["Costa Rica"]),
        # a person's name still hides a place word inside it
        ("Der Trainer Peter Darmstadt lobte das Team.", "Peter Darmstadt", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_a_country_is_never_a_person(analyse: Analyse, sentence: str, name: str, expected: list[str]) -> None:
    start = len(DATED) + sentence.index(name)
    mention = Mention(start=start, end=start + len(name), text=name)
    person = Person(name=name, family=name.split()[-1], mentions=(mention,))
    assert [r.name for r in places(analyse, sentence, (person,))] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a country named like its people: after an article the people, else the country
        ("Der Widerstand der Polen gegen die Besatzung war zäh.", []),
        ("Die Schweden stimmten gegen den Vorschlag.", []),
        ("Die Grenze zu Polen ist wieder offen.", ["Polen"]),
        ("Das heutige Polen ist ein Mitglied der Nato.", ["Polen"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_a_people_named_like_its_country(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a name opening with a settlement's title that the NER tags a place, after "in"
        ("Die Siedler wurden in Fort Mercer versorgt.", ["Fort Mercer"]),
        ("Der Händler wurde in Port Arthur geboren.", ["Port Arthur"]),
        # after an article it is the post's grounds, no locality
        ("Das Gold lagert im Fort Knox.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_settlements_opening_with_a_title(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected
