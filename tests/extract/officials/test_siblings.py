"""Tests of names in a list: a person the model tags beside names found is one of them."""

from __future__ import annotations

import pytest

from pipeline.extract.officials.extractor import extract_officials
from tests.conftest import RELEASE_HEAD, Analyse

DATED = RELEASE_HEAD + "Am Montag traf sich der Kreis im Rathaus. "


def names(analyse: Analyse, text: str) -> list[str]:
    doc, layout = analyse(DATED + text + "\n")
    return [p.name for p in extract_officials(doc, layout)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name the gazetteer lacks, in a list beside names it knows
        (
            "Es sprachen Karl Muster, Lwazi Ndlovu und Eva Probe.",
            ["Karl Muster", "Lwazi Ndlovu", "Eva Probe"],
        ),
        (
            "Ausgezeichnet wurden Anna Roth (Chor), Zanele Mokoena (Theater) und Uwe Sieg (Tanz).",
            ["Anna Roth", "Zanele Mokoena", "Uwe Sieg"],
        ),
        # an item that goes on with a verb of its own is no item of the list
        ("Es kamen Karl Muster und Hate Speech war Thema.", ["Karl Muster"]),
        ("Es kamen Karl Muster und Fake News waren Thema.", ["Karl Muster"]),
    ],
)
def test_a_name_in_a_list_of_names(analyse: Analyse, text: str, expected: list[str]) -> None:
    assert names(analyse, text) == expected
