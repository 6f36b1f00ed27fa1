"""Tests of milestones in forms that official and newspaper pages use: compound ordinal words
(``einundzwanzigste``), a network that grows to a count, and the counts that stay none
(participants, years of existence, an event's recurrence, other networks, page numbers, the
towns of a district, the articles a teaser advertises)."""

from __future__ import annotations

import pytest

from pipeline.extract.milestones import extract_milestones
from pipeline.lang.numbers import number_value
from tests.conftest import Analyse

LEAD = "17.04.2024\nPressemitteilung des Landespräventionsrates\n\n"


def milestones(analyse: Analyse, body: str) -> set[tuple[str, int | None]]:
    doc, layout = analyse(LEAD + body + "\n")
    return {(m.kind, m.value) for m in extract_milestones(doc, layout, article_id="t")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Kleinhausen ist die einundzwanzigste Kommune im Netzwerk.", {("rank", 21)}, id="21st"),
        pytest.param("Großdorf ist die zweiundfünfzigste Mitgliedskommune.", {("rank", 52)}, id="52nd"),
        pytest.param(
            "Es ist die vierundzwanzigste Kooperationsvereinbarung.", {("rank", 24)}, id="24th-agreement"
        ),
        pytest.param(
            "Das dreiundzwanzigste Vernetzungstreffen fand in Kleinhausen statt.",
            {("rank", 23)},
            id="23rd-meeting",
        ),
        pytest.param(
            "Kleinhausen tritt als 33. Gebietskörperschaft der Allianz bei.", {("rank", 33)}, id="33rd-body"
        ),
        pytest.param("Das Netzwerk wächst damit auf 71 Kommunen.", {("total", 71)}, id="grows-to"),
        pytest.param(
            "Die Allianz ist inzwischen auf 72 Mitgliedskommunen angewachsen.", {("total", 72)}, id="grown-to"
        ),
        pytest.param("An der Allianz beteiligen sich nun 87 Kommunen.", {("total", 87)}, id="take-part"),
        pytest.param(
            "Im Freistaat gibt es 419 Gemeinden, von denen bereits 70 der Allianz beigetreten sind.",
            {("total", 70)},
            id="members-in-relative-clause",
        ),
        pytest.param(
            "Der Kreis hat 57 Gemeinden, von denen 12 Mitglied im Netzwerk sind.",
            {("total", 12)},
            id="members-of-district",
        ),
    ],
)
def test_ranks_and_totals_in_more_forms(
    analyse: Analyse, sentence: str, expected: set[tuple[str, int | None]]
) -> None:
    assert milestones(analyse, sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Am Fachtag nahmen 120 Teilnehmer aus 40 Kommunen teil.", id="participants"),
        pytest.param("Der Verein besteht seit 25 Jahren und hat 300 Mitglieder.", id="years-members"),
        pytest.param("Das Stadtfest fand bereits zum einundzwanzigsten Mal statt.", id="event-recurrence"),
        pytest.param(
            "Das Netzwerk gesunder Städte hat 90 Mitgliedsstädte in ganz Deutschland.", id="other-network"
        ),
        pytest.param("Weitere Hinweise stehen auf Seite 12 der Broschüre.", id="page-number"),
        pytest.param("Im Landkreis gibt es 57 Gemeinden.", id="district-towns"),
        pytest.param("Die Zahl der Einbrüche stieg auf 71 in den Kommunen des Kreises.", id="crimes-rise"),
        pytest.param("Der Sportbund wuchs auf 71 Kommunen im Kreis.", id="other-body-grows"),
        pytest.param(
            "Der einundzwanzigste Deutsche Präventionstag fand in Kassel statt.", id="other-congress"
        ),
        pytest.param("Die Gemeinde feiert ihr einhundertfünfzigstes Jubiläum.", id="jubilee"),
        pytest.param(
            "Bundesweit gibt es ähnliche Netzwerke mit über 200 Mitgliedskommunen.", id="networks-elsewhere"
        ),
        pytest.param("In anderen Bundesländern umfasst das Netzwerk 120 Kommunen.", id="other-states"),
        pytest.param(
            "Im Freistaat gibt es 419 Gemeinden, von denen 70 mehr als 10.000 Einwohner haben.",
            id="relative-not-members",
        ),
        pytest.param(
            "Es kamen Vertreter aus 40 Kommunen, von denen 12 einen Vortrag hielten.", id="relative-talks"
        ),
    ],
)
def test_counts_that_are_no_milestone(analyse: Analyse, sentence: str) -> None:
    assert milestones(analyse, sentence) == set()


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("einundzwanzigste", 21),
        ("Dreiundvierzigsten", 43),
        ("hundertzweite", 102),
        ("hundertzwanzigstes", 120),
        ("neunundneunzigster", 99),
    ],
)
def test_compound_ordinal_words(word: str, value: int) -> None:
    assert number_value(word) == value
