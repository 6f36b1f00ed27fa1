"""Tests of roles given by a quote's attribution to a person named before it."""

from __future__ import annotations

import pytest

from pipeline.extract.officials.extractor import extract_officials
from tests.conftest import RELEASE_HEAD, Analyse


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Rita Kolb und Bernd Sauer unterschrieben. „Das ist ein starkes Signal“, betonte die Polizeipräsidentin.",
            [("Rita Kolb", ("Polizeipräsidentin",)), ("Bernd Sauer", ())],
        ),
        (
            "Rita Kolb und Bernd Sauer unterschrieben. „Das ist ein starkes Signal“, so der Ortsvorsteher.",
            [("Rita Kolb", ()), ("Bernd Sauer", ("Ortsvorsteher",))],
        ),
        # two people who fit: nobody is guessed
        (
            "Rita Kolb und Eva Sauer unterschrieben. „Das ist ein starkes Signal“, betonte die Polizeipräsidentin.",
            [("Rita Kolb", ()), ("Eva Sauer", ())],
        ),
        # the person who fits has a role already: the description is somebody else's
        (
            "Landrätin Rita Kolb unterschrieb. „Das ist ein starkes Signal“, betonte die Polizeipräsidentin.",
            [("Rita Kolb", ("Landrätin",))],
        ),
        # no speech verb before the role: no description of a speaker
        (
            "Rita Kolb und Bernd Sauer unterschrieben. Danach traf die Polizeipräsidentin ein.",
            [("Rita Kolb", ()), ("Bernd Sauer", ())],
        ),
        # a speech verb that attributes no quote: somebody else may speak
        (
            "Rita Kolb und Bernd Sauer kamen. Danach sprach die Polizeipräsidentin über die Lage.",
            [("Rita Kolb", ()), ("Bernd Sauer", ())],
        ),
        # a new paragraph: the people above are out of reach
        (
            "Rita Kolb und Bernd Sauer unterschrieben.\n\n„Das ist ein starkes Signal“, betonte die Polizeipräsidentin.",
            [("Rita Kolb", ()), ("Bernd Sauer", ())],
        ),
    ],
)
def test_speaker_descriptions_give_roles(
    analyse: Analyse, body: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    doc, layout = analyse(RELEASE_HEAD + body + "\n")
    assert [(p.name, p.roles) for p in extract_officials(doc, layout)] == expected
