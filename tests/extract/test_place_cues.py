"""Tests of the cues that make a name beyond Saxony a place: small towns near Saxony need a
strong one (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.extract.test_places import places


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # small towns near Saxony, by their native names, with a strong cue
        ("Mit der Nachbarstadt Varnsdorf gibt es einen Austausch.", ["Varnsdorf"]),
        ("Auch die Stadt Bogatynia ist eingeladen.", ["Bogatynia"]),
        ("Eine Gruppe aus dem tschechischen Rumburk war zu Gast.", ["Rumburk"]),
        ("Der Fachtag mit dem brandenburgischen Guben war gut besucht.", ["Guben"]),
        # a town beyond the regions near Saxony: GeoNames and the preposition confirm it
        ("Gäste kamen aus Krnov in Tschechien.", ["Krnov", "Tschechien"]),
        ("Die Partnergemeinde Hrádek nad Nisou liegt nahe.", ["Hrádek nad Nisou"]),
        # a bare preposition is no strong cue; a word stays a word
        ("Der Weg führt durch den Forst bis zum Rathaus.", []),
        ("Die Kinder spielten im Forst hinter der Schule.", []),
        # larger cities beyond Saxony: an adjective of their country, a list with a repeated
        # preposition
        ("Vorbild ist ein Projekt im polnischen Wrocław.", ["Wrocław"]),
        ("Es gibt Gespräche mit Görlitz und mit Cottbus.", ["Görlitz", "Cottbus"]),
        # a town's name that is also a word, in a list right after another place
        ("Zuvor waren Plauen und Treuen beigetreten.", ["Plauen", "Treuen"]),
        ("Plauen und treuen Partnern gilt der Dank.", ["Plauen"]),
        ("Den Treuen Partnern gilt der Dank.", []),
        # adjectives of something else are no cue ("der geografischen Lage")
        ("Wegen der geografischen Lage ist das Gebiet gefragt.", []),
        ("Das ist in der historischen Halle geschehen.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_towns_beyond_saxony_need_a_cue(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a city abroad whose country the sentence names, also after "mit"
        (
            "Die Stadt sucht Partner in Polen, etwa mit Wrocław und Bogatynia.",
            ["Polen", "Wrocław", "Bogatynia"],
        ),
        ("Mit Liberec will man in Tschechien neue Wege gehen.", ["Liberec", "Tschechien"]),
        # another country, or Germany, is no cue: the name stays a word
        ("Die Schüler reisten nach Polen und spielten mit Liberec-Karten.", ["Polen"]),
        ("Die größte Halle in ganz Deutschland steht leer.", ["Deutschland"]),
        ("Mit Bogatynia hat die Stadt in Tschechien nichts zu tun.", ["Tschechien"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_a_city_abroad_with_its_country_in_the_sentence(
    analyse: Analyse, sentence: str, expected: list[str]
) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected
