"""Tests of words shaped like a given and a family name that name no person: a firm named after
its founder ("die Firma Max Muster Logistik"), a place of two words ("Costa Rica")."""

from __future__ import annotations

import pytest

from pipeline.extract.officials.extractor import extract_officials
from tests.conftest import RELEASE_HEAD, Analyse


def names(analyse: Analyse, body: str) -> list[str]:
    doc, layout = analyse(RELEASE_HEAD + body + "\n")
    return [p.name for p in extract_officials(doc, layout)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a company noun before the name, a legal form after it: the firm
        ("Sie übernahm über ihre Firma Doris Kellermann Immobilien das Haus.", []),
        ("Das Unternehmen Anton Weber baut die Halle.", []),
        ("Die Anton Weber GmbH stellt zehn Leute ein.", []),
        # the founder as a person
        ("Anton Weber gründete 1990 eine Firma in Leipzig.", ["Anton Weber"]),
        ("Firmenchef Anton Weber stellte die Pläne vor.", ["Anton Weber"]),
    ],
)
def test_a_name_in_a_firms_name(analyse: Analyse, body: str, expected: list[str]) -> None:
    assert names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Sri Lanka", []),
        ("Die Reise führte die Gruppe nach Costa Rica und nach Sri Lanka.", []),
        # a person named like a place's first word
        ("Sri Widodo sprach über die Reise.", ["Sri Widodo"]),
    ],
)
def test_a_place_of_two_words_is_no_person(analyse: Analyse, body: str, expected: list[str]) -> None:
    assert names(analyse, body) == expected
