"""Tests of roles given by what a person holds: a function named as a noun and its holder."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, release_roles

#: A sentence before the one tested, so that no name opens a one-sentence line.
BEFORE = "Am Montag traf sich der Kreis im Rathaus. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the function before its holder
        ("Den Vorsitz hat Bernd Kolbe inne.", {"Bernd Kolbe": ("Vorsitzender",)}),
        (
            "Den Vorsitz des Rates übernimmt künftig Frau Dr. Maria Sommer.",
            {"Maria Sommer": ("Vorsitzende des Rates",)},
        ),
        ("Die Leitung liegt bei Maria Sommer.", {"Maria Sommer": ("Leiterin",)}),
        (
            "Die Leitung des Projekts liegt weiterhin bei Timo Rade.",
            {"Timo Rade": ("Leiter des Projekts",)},
        ),
        (
            "Die Schirmherrschaft hat Landrätin Petra Lange übernommen.",
            {"Petra Lange": ("Schirmherrin", "Landrätin")},
        ),
        # the holder before the function
        ("Bernd Kolbe hat den Vorsitz inne.", {"Bernd Kolbe": ("Vorsitzender",)}),
        (
            "Bernd Kolbe hat seit 2019 den Vorsitz des Präventionsrates inne.",
            {"Bernd Kolbe": ("Vorsitzender des Präventionsrates",)},
        ),
        (
            "Anke Brandt übernimmt die Geschäftsführung der Arbeitsgruppe.",
            {"Anke Brandt": ("Geschäftsführerin der Arbeitsgruppe",)},
        ),
        # negatives: a function given up or handed over, a noun that is no function, a body as subject
        ("Bernd Kolbe hat den Vorsitz abgegeben.", {"Bernd Kolbe": ()}),
        ("Bernd Kolbe hat den Vorsitz an Maria Sommer übergeben.", {"Bernd Kolbe": (), "Maria Sommer": ()}),
        ("Bernd Kolbe übernimmt die Kosten des Festes.", {"Bernd Kolbe": ()}),
        ("Die Leitung lobte Bernd Kolbe für seine Arbeit.", {"Bernd Kolbe": ()}),
        ("Die Leitung hat Bernd Kolbe gelobt.", {"Bernd Kolbe": ()}),
        ("Den Besuchern dankte Bernd Kolbe für ihr Kommen.", {"Bernd Kolbe": ()}),
        # chairing one meeting is an action, no office the text gives
        (
            "Unter dem Vorsitz von Bürgermeister Jens Pohl tagte der Rat.",
            {"Jens Pohl": ("Bürgermeister",)},
        ),
        ("Unter der Leitung von Anja Wolf trafen sich die Koordinatoren.", {"Anja Wolf": ()}),
    ],
)
def test_a_held_function_gives_its_holder(
    analyse: Analyse, text: str, expected: dict[str, tuple[str, ...]]
) -> None:
    assert release_roles(analyse, BEFORE + text) == expected
