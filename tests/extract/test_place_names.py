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


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # a town's genitive before a member of a team names its club
        ("Kölns Stürmer traf zweimal in der ersten Halbzeit.", []),
        ("Nach dem Spiel lobte Bremens Trainer die Abwehr.", []),
        ("Kölns Oberbürgermeisterin lobte das Projekt.", ["Köln"]),
        # a country's team is the country, by the annotators' convention
        ("Deutschlands Trainer war mit dem Spiel zufrieden.", ["Deutschland"]),
        # a name after a speech verb that the NER tags a person is the speaker
        ('"Das bringt nichts", sagte Schönberg, der das Amt seit Jahren führt.', []),
        ("In Schönberg wurde gestern ein Fest gefeiert.", ["Schönberg"]),
        # a compound broken by a space is one word; a district's name wrapped so is one place
        ("In der Jury saßen ein Ex-Mister- Schweiz und eine Bäuerin.", []),
        ("Der Landkreis Sächsische Schweiz- Osterzgebirge lädt ein.", ["Sächsische Schweiz-Osterzgebirge"]),
        # a short word that the NER reads as one name with the place heads a name
        ("Wer ankommt, muss sich bei Tui Mali bedanken.", []),
        ("Die Kinder aus Bad Elster sind dabei.", ["Bad Elster"]),
        # a town ending a club's name the NER reads as an organisation's
        ("Er wechselte vom VfB Stuttgart zu Werder Bremen.", []),
        ("Die Borussia Dortmund gewann gegen Eintracht Frankfurt.", []),
        ("Der Landkreis Görlitz und die Partnerstadt Liberec kooperieren.", ["Görlitz", "Liberec"]),
        # a state whose name is its people's plural, after "die" or "den": the people or the club
        ("Die Bayern gewannen das Spiel mit 3:1.", []),
        ("Die Sachsen feiern gern, in Sachsen wird viel gefeiert.", ["Sachsen"]),
        ("Das Land Bayern und die Kommunen in Hessen helfen.", ["Bayern", "Hessen"]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_teams_clubs_peoples_speakers_and_compounds(
    analyse: Analyse, sentence: str, names: list[str]
) -> None:
    assert [r.name for r in places(analyse, sentence)] == names
