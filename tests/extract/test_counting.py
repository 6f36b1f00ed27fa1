"""Tests of what a milestone counts and its scope, on made-up German sentences."""

from __future__ import annotations

import pytest

from pipeline.extract.milestones import extract_milestones
from pipeline.records import MilestoneRecord
from tests.conftest import Analyse

LEAD = "17.04.2024\nMeldung des Landespräventionsrates\n\n"


def only(analyse: Analyse, sentence: str) -> MilestoneRecord:
    doc, layout = analyse(LEAD + sentence)
    (record,) = extract_milestones(doc, layout, article_id="a")
    return record


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("Mittlerweile sind 31 Kommunen dem Verbund beigetreten.", "members"),
        ("Dem Netzwerk gehören inzwischen 58 Städte und Gemeinden an.", "members"),
        ("Markersdorf ist die 61. Kommune im Bündnis.", "members"),
        ("Mit Lunzenau wurde die 48. Kooperationsvereinbarung unterzeichnet.", "agreements"),
        ("Seit dem Start hat das Team bereits 87 Städte zu Fragen der Sicherheit beraten.", "advised"),
        ("Insgesamt wurden bislang 140 Kommunen kontaktiert.", "advised"),
        ("In 23 Kommunen hat sich inzwischen ein Kommunaler Präventionsrat gegründet.", "councils"),
        ("In Aue wurde der 51. Kommunale Präventionsrat Sachsens konstituiert.", "councils"),
        (
            "Sie ist eine von 13 Modellkommunen, in denen derzeit eine Sicherheitsanalyse läuft.",
            "participants",
        ),
        ("Das 9. Vernetzungstreffen fand in Kamenz statt.", "events"),
    ],
)
def test_what_a_milestone_counts(analyse: Analyse, sentence: str, counted: str) -> None:
    assert only(analyse, sentence).counted == counted


@pytest.mark.parametrize(
    ("sentence", "scope", "region"),
    [
        ("Mittlerweile sind 31 Kommunen dem Verbund beigetreten.", "network", None),
        ("Mittlerweile sind 31 Kommunen in Sachsen dem Verbund beigetreten.", "network", None),
        ("Lauta ist die siebte Kommune aus dem Landkreis Bautzen, die beitritt.", "region", "Bautzen"),
        (
            "Im Vogtland sind nun 9 Kommunen im Landkreis Vogtlandkreis beigetreten.",
            "region",
            "Vogtlandkreis",
        ),
        ("Aktuell arbeiten zwölf Kommunen in Ostsachsen im Verbund mit.", "region", "Ostsachsen"),
        ("Zum dritten Vernetzungstreffen der Region Nordsachsen kamen viele.", "region", "Nordsachsen"),
        ("Zittau ist die dritte ostsächsische Hochschulstadt im Verbund.", "region", "Ostsachsen"),
        (
            "Oschatz ist der Allianz beigetreten. Es ist als 62. Kommune der Stadt Leipzig nicht benachbart.",
            "network",
            None,
        ),
    ],
)
def test_network_wide_or_regional(analyse: Analyse, sentence: str, scope: str, region: str | None) -> None:
    record = only(analyse, sentence)
    assert (record.scope, record.region) == (scope, region)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Dem Bündnis gehören schon mehr als 90 Mitglieds-Kommunen an.", ("total", 90)),
        ("An der Allianz beteiligen sich nun 87 Kommunen.", ("total", 87)),
        ("Markkleeberg ist als 33. Gebietskörperschaft dabei.", ("rank", 33)),
        ("Das Team berät inzwischen 120 Kommunen.", ("total", 120)),
        ("Davon arbeiten bereits 40 Kommunen eng mit dem Rat zusammen.", ("total", 40)),
        ("Mittlerweile sind siebenundachtzig Kommunen beigetreten.", ("total", 87)),
        ("Es ist die 61. Unterzeichnung.", ("rank", 61)),
    ],
)
def test_more_phrasings_of_milestones(analyse: Analyse, sentence: str, expected: tuple[str, int]) -> None:
    record = only(analyse, sentence)
    assert (record.kind, record.value) == expected


@pytest.mark.parametrize(
    ("text", "region"),
    [
        (
            "Damit beteiligen sich nun 64 Kommunen an ASSKomm. Im Landkreis Mittelsachsen sind es elf.",
            "Mittelsachsen",
        ),
        ("Das Team hat 130 Kommunen beraten. In der Region Ostsachsen waren es 31.", "Ostsachsen"),
    ],
)
def test_a_share_referring_back_is_regional(analyse: Analyse, text: str, region: str) -> None:
    doc, layout = analyse(LEAD + text)
    first, share = extract_milestones(doc, layout, article_id="a")
    assert (first.scope, share.scope, share.region, share.unit) == ("network", "region", region, first.unit)


@pytest.mark.parametrize(
    ("sentence", "scope", "region"),
    [
        (
            "Im Erzgebirgskreis sind mittlerweile 18 Kommunen der Allianz beigetreten.",
            "region",
            "Erzgebirgskreis",
        ),
        ("Im Landkreis Görlitz ist Kleinbach die 7. Kommune im Netzwerk.", "region", "Görlitz"),
        ("In Sachsen sind inzwischen 90 Kommunen der Allianz beigetreten.", "network", None),
        # the district stands in a clause of its own: the total is the network's
        (
            "Im Landkreis Meißen wurde gefeiert, denn inzwischen sind 70 Kommunen beigetreten.",
            "network",
            None,
        ),
    ],
)
def test_a_district_opening_the_clause_makes_it_regional(
    analyse: Analyse, sentence: str, scope: str, region: str | None
) -> None:
    record = only(analyse, sentence)
    assert (record.scope, record.region) == (scope, region)


@pytest.mark.parametrize(
    ("sentence", "scope", "region"),
    [
        (
            "Mittlerweile sind im Vogtlandkreis neun Kommunen der Allianz beigetreten.",
            "region",
            "Vogtlandkreis",
        ),
        ("Bislang haben in der Region Ostsachsen zwölf Kommunen unterzeichnet.", "region", "Ostsachsen"),
        ("Mittlerweile sind im Netzwerk 60 Kommunen beigetreten.", "network", None),
    ],
)
def test_a_district_inside_the_clause_makes_it_regional(
    analyse: Analyse, sentence: str, scope: str, region: str | None
) -> None:
    record = only(analyse, sentence)
    assert (record.scope, record.region) == (scope, region)


@pytest.mark.parametrize(
    ("sentence", "counted"),
    [
        ("An der Bürgerbefragung der Allianz haben sich bereits 22 Kommunen beteiligt.", "participants"),
        ("An der Allianz beteiligen sich inzwischen 87 Kommunen.", "members"),
    ],
)
def test_taking_part_is_counted_by_what_is_taken_part_in(
    analyse: Analyse, sentence: str, counted: str
) -> None:
    assert only(analyse, sentence).counted == counted
