"""Tests of places inside names and titles (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.extract.test_places import places


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # "des Freistaates" with no state's name after it means the state
        ("Die Stadt ist nun Teil des Präventionsnetzwerkes des Freistaates.", ["Sachsen"]),
        ("Das Förderprogramm des Freistaates hilft den Kommunen.", ["Sachsen"]),
        # the official name with the state's name is the body's name
        ("Der Präventionsrat des Freistaates Sachsen lud ein.", []),
        # a town's title names no place; the same area elsewhere is one
        ("Als Kulturhauptstadt Europas hat Görlitz sich beworben.", ["Görlitz"]),
        ("Die Stadt war 2010 Grüne Hauptstadt Europas.", []),
        ("Viele Städte in Europa kennen das Problem.", ["Europa"]),
        ("Dresden ist die Landeshauptstadt Sachsens.", ["Dresden", "Sachsen"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_state_and_titles(analyse: Analyse, sentence: str, names: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == names
