"""Tests of roles that refer across a sentence boundary: the role's gender picks one of the names."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, release_roles

#: A sentence before the ones tested, so that no name opens a one-sentence line.
BEFORE = "Am Montag wurde die Vereinbarung unterzeichnet. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two persons in the sentence before: the role's gender picks one
        (
            "Jens Pohl und Anja Wolf unterzeichneten. Der Bürgermeister lobte die Polizei.",
            {"Jens Pohl": ("Bürgermeister",), "Anja Wolf": ()},
        ),
        (
            "Jens Pohl und Anja Wolf unterzeichneten. Die Revierleiterin lobte die Stadt.",
            {"Jens Pohl": (), "Anja Wolf": ("Revierleiterin",)},
        ),
        # negatives: two persons of the role's gender, a visitor, a role somebody else holds
        (
            "Jens Pohl und Tom Seidel unterzeichneten. Der Bürgermeister lobte die Polizei.",
            {"Jens Pohl": (), "Tom Seidel": ()},
        ),
        (
            "Jens Pohl und Anja Wolf unterzeichneten. Der Besucher lobte die Polizei.",
            {"Jens Pohl": (), "Anja Wolf": ()},
        ),
        (
            "Jens Pohl traf Anja Wolf und den Bürgermeister. Der Bürgermeister lobte die Polizei.",
            {"Jens Pohl": (), "Anja Wolf": ()},
        ),
    ],
)
def test_the_role_gender_picks_the_antecedent(
    analyse: Analyse, text: str, expected: dict[str, tuple[str, ...]]
) -> None:
    assert release_roles(analyse, BEFORE + text) == expected
