"""Tests of the cues before a bare family name: abbreviated forms of address ("Fr. Dr. Heise"),
military ranks ("der frühere General Muster"), and titles of heads of government and trades."""

from __future__ import annotations

import pytest

from pipeline.extract.officials.extractor import extract_officials
from tests.conftest import RELEASE_HEAD, Analyse, release_roles


def people(analyse: Analyse, body: str) -> list[tuple[str, str | None, tuple[str, ...]]]:
    doc, layout = analyse(RELEASE_HEAD + body + "\n")
    return [(p.name, p.honorific, p.roles) for p in extract_officials(doc, layout)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an abbreviated form of address is dropped like "Frau"/"Herr"; an academic title is kept
        ("Fr. Dr. Wendlandt hat die Sprechstunde verlegt.", [("Wendlandt", "Dr.", ())]),
        ("Die Führung übernimmt Hr. Kaltofen.", [("Kaltofen", None, ())]),
        ("Hr. Kaltofen und Fr. Bräuer leiten den Kurs.", [("Kaltofen", None, ()), ("Bräuer", None, ())]),
        # a rank after an article or an adjective
        ("Der frühere General Brückmann sprach vor Schülern.", [("Brückmann", None, ("General",))]),
        ("Die Übung leitete der Oberst Grabowski.", [("Grabowski", None, ("Oberst",))]),
    ],
)
def test_a_family_name_after_a_cue(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None, tuple[str, ...]]]
) -> None:
    assert people(analyse, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # "Fr." for Friday in a date, no name after it
        "Am Fr. 12.04. bleibt das Büro geschlossen.",
        "Beratung gibt es Di. und Fr. Nachmittag im Rathaus.",
        "Die Ausgabe ist Mo. bis Fr. Vormittags geöffnet.",
        # a rank after a preposition opens a firm's name
        "Der Zulieferer liefert seit Jahren an General Motors.",
        "Bei General Dynamics arbeiten viele Ingenieure.",
    ],
)
def test_no_family_name_without_a_person(analyse: Analyse, body: str) -> None:
    assert people(analyse, body) == []


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Der kanadische Premier Ravi Mohindra traf die Delegation.", {"Ravi Mohindra": ("Premier",)}),
        ("Der Textilfabrikant Otto Lindemann stiftete den Preis.", {"Otto Lindemann": ("Textilfabrikant",)}),
    ],
)
def test_a_head_of_government_and_a_manufacturer_are_roles(
    analyse: Analyse, body: str, expected: dict[str, tuple[str, ...]]
) -> None:
    assert release_roles(analyse, body) == expected
