"""Tests of names in the genitive ("Hermann Müllers Rede" names Hermann Müller)."""

from __future__ import annotations

import pytest

from pipeline.extract.officials.extractor import extract_officials
from tests.conftest import RELEASE_HEAD, Analyse


def names(analyse: Analyse, sentence: str) -> list[str]:
    text = RELEASE_HEAD + sentence + "\n"
    doc, layout = analyse(text)
    found = extract_officials(doc, layout)
    for person in found:
        for mention in person.mentions:
            assert text[mention.start : mention.end] == mention.text
    return [p.name for p in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the genitive before the noun it governs, adjectives between
        ("Gerlinde Tauberts Rede wurde mit Beifall aufgenommen.", ["Gerlinde Taubert"]),
        ("Johannes Brenners erster Entwurf lag im Rathaus aus.", ["Johannes Brenner"]),
        ("Der Plan folgte Anja Herold-Beckmanns Vorschlag vom Frühjahr.", ["Anja Herold-Beckmann"]),
        # named without the ending elsewhere: the same person
        (
            "Die Rede hielt Sabine Hofmann. Sabine Hofmanns Vorschlag fand Zustimmung.",
            ["Sabine Hofmann"],
        ),
        (
            "Herr Lindemann war verhindert. Doch Kurt Lindemanns Brief wurde verlesen.",
            ["Kurt Lindemann"],
        ),
        # the genitive after the noun it qualifies, closing the phrase
        ("Im Foyer hängen die Skizzen Gustav Wernickes.", ["Gustav Wernicke"]),
        (
            "Der Plan ging auf einen Vorschlag zurück, auf den Entwurf Marion Eckhardts, die nun lobte.",
            ["Marion Eckhardt"],
        ),
        ("Das Museum zeigt das Frühwerk Helmut Brendels.", ["Helmut Brendel"]),
    ],
)
def test_a_genitive_name_is_given_in_the_nominative(
    analyse: Analyse, sentence: str, expected: list[str]
) -> None:
    assert names(analyse, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a family name ending in -s: a verb follows, or the name recurs with the -s
        ("Klaus Jakobs eröffnete das Fest.", ["Klaus Jakobs"]),
        ("Jana Peters sagte, sie freue sich. Jana Peters Team gewann.", ["Jana Peters"]),
        # after s, x, z, ch the genitive takes an apostrophe: "Fuchs" is the name itself
        ("Jana Fuchs Team gewann den Preis.", ["Jana Fuchs"]),
        ("Heike Haas Antrag wurde vertagt.", ["Heike Haas"]),
        ("Hans Peters' Rede war kurz.", ["Hans Peters"]),
        # a given name ending in -s is no genitive ("Uwe Jonas", "Bernd Thomas")
        ("Die Polizei dankte Bernd Thomas für den Hinweis.", ["Bernd Thomas"]),
        # a title after the name is an apposition without its comma, not a noun it governs
        ("Im Beisein von Uwe Peters Bürgermeister der Stadt wurde unterschrieben.", ["Uwe Peters"]),
        # the line ends after the name
        ("Ein Gespräch mit Lena Mertens\nDie Fragen stellte die Redaktion.", ["Lena Mertens"]),
        # after a noun of a person, a relation or "der" the name is an apposition, no genitive
        ("Geehrt wurde der Imker Ralf Jakobs.", ["Ralf Jakobs"]),
        ("Wir gratulieren dem Görlitzer Ralf Jakobs.", ["Ralf Jakobs"]),
        ("Den Preis nahm die Schwester Jana Peters entgegen, stellvertretend.", ["Jana Peters"]),
        ("Am Abend sprach die Tochter Jana Peters.", ["Jana Peters"]),
        ("Neu im Verein ist die Seniorin Jana Peters.", ["Jana Peters"]),
    ],
)
def test_a_family_name_in_s_keeps_its_s(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert names(analyse, sentence) == expected
