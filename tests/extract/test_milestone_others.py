"""Tests of counts and ranks that belong to someone else than the network (other bodies, other
German states, rankings of size), and of phrasings of the network's own milestones, on made-up
German sentences (:mod:`pipeline.lang.milestone_others`)."""

from __future__ import annotations

import pytest

from pipeline.extract.counting import elsewhere
from pipeline.extract.milestones import extract_milestones
from pipeline.records import MilestoneRecord
from tests.conftest import Analyse

LEAD = "17.04.2024\nPressemitteilung des Landespräventionsrates\n\n"


def records(analyse: Analyse, body: str) -> list[MilestoneRecord]:
    doc, layout = analyse(LEAD + body + "\n")
    return extract_milestones(doc, layout, article_id="t")


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "In Niedersachsen sind bereits 200 Kommunen dem Landesprogramm beigetreten.", id="other-state"
        ),
        pytest.param(
            "Aus Thüringen haben sich inzwischen 45 Kommunen dem Programm angeschlossen.", id="from-state"
        ),
        pytest.param(
            "Mittlerweile sind 120 hessische Kommunen dem Landesprogramm beigetreten.", id="state-adjective"
        ),
        pytest.param(
            "Die Allianz sicherer Städte in Nordrhein-Westfalen zählt 90 Mitgliedskommunen.",
            id="other-alliance",
        ),
        pytest.param(
            "Die Stadt ist Mitglied im Deutschen Städtetag, dem 200 Städte angehören.", id="staedtetag"
        ),
        pytest.param("Dem Sächsischen Städte- und Gemeindetag gehören 419 Kommunen an.", id="gemeindetag"),
        pytest.param("Dem Landessportbund sind inzwischen 70 Städte beigetreten.", id="sports-federation"),
        pytest.param("Dem Zweckverband gehören mittlerweile 14 Gemeinden an.", id="special-purpose-union"),
        pytest.param(
            "Die Gemeinde ist seit 2019 das 45. Mitglied im Sächsischen Heimatbund.", id="rank-in-club"
        ),
        pytest.param(
            "Musterau ist die 45. Kommune in Thüringen, die dem Landesprogramm beitritt.", id="rank-state"
        ),
        pytest.param(
            "Am 5. Vernetzungstreffen der Polizei in Bayern nahmen 30 Kommunen teil.", id="event-state"
        ),
        pytest.param("Die Stadt gehört zu den 20 größten Städten Sachsens.", id="largest"),
        pytest.param("Musterdorf zählt zu den zehn sichersten Gemeinden im Freistaat.", id="safest"),
        pytest.param("Musterau ist die 3. größte Stadt im Landkreis.", id="rank-of-size"),
        pytest.param(
            "Musterau ist die zweite Stadt im Landkreis mit einem Alkoholverbot.", id="first-with-after-place"
        ),
    ],
)
def test_counts_of_others_give_no_milestone(analyse: Analyse, sentence: str) -> None:
    assert records(analyse, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Damit wächst das ASSKomm-Netzwerk auf 100 Mitgliedskommunen.", ("total", 100), id="grows-hyphen"
        ),
        pytest.param(
            "Die Zahl der ASSKomm-Mitglieder steigt damit auf 80.", ("total", 80), id="programme-members"
        ),
        pytest.param(
            "Mit Großdorf hat die ASSKomm-Kooperationsvereinbarung nun 75 Unterzeichner.",
            ("total", 75),
            id="signers",
        ),
        pytest.param(
            "Die Stadt tritt der Allianz als 50. Kommune bei und ist Mitglied im Städtetag.",
            ("rank", 50),
            id="body-in-other-clause",
        ),
        pytest.param(
            "Neustädtel ist die 4. Kommune im Landkreis mit einem Präventionsrat.",
            ("rank", 4),
            id="with-council",
        ),
        pytest.param(
            "Der Allianz gehören inzwischen 66 Kommunen in Sachsen an.", ("total", 66), id="in-saxony"
        ),
    ],
)
def test_own_milestones_stay(analyse: Analyse, sentence: str, expected: tuple[str, int]) -> None:
    assert [(r.kind, r.value) for r in records(analyse, sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Seit 2016 sind bereits 63 Kommunen der Allianz beigetreten, davon 12 im Landkreis Zwickau.",
            [63, 12],
        ),
        ("Insgesamt 40 Städte gehören dem Verbund an, darunter fünf im Vogtlandkreis.", [40, 5]),
    ],
)
def test_a_placed_part_of_a_total(analyse: Analyse, sentence: str, expected: list[int]) -> None:
    found = records(analyse, sentence)
    assert [r.value for r in found] == expected
    assert (found[-1].scope, found[0].scope) == ("region", "network")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mitglied im Sächsischen Heimatbund", True),
        ("Vertreter des Landesverbandes", True),
        ("Kommunen in Bayern", True),
        ("die hessischen Städte", True),
        ("Mitglied im ASSKomm-Verbund", False),
        ("die Kooperationsvereinbarung unterzeichnet", False),
        ("Kommunen in Sachsen", False),
        ("Fachtag in Berlin", False),
        ("aus Sachsen-Anhalt", True),
    ],
)
def test_elsewhere(text: str, expected: bool) -> None:
    assert elsewhere(text, 0, len(text)) is expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Chemnitz ist nach Dresden die zweite Partnerstadt von Liberec.", id="partner-town"),
        pytest.param("Die 3. Innenstadt mit Waffenverbot liegt in Bayern.", id="inner-city"),
        pytest.param("Am Wettbewerb haben sich bereits 45 Kommunen beteiligt.", id="competition"),
        pytest.param("An der Aktionswoche beteiligen sich 30 Kommunen aus ganz Sachsen.", id="campaign-week"),
        pytest.param(
            "In der dritten Runde des Förderprogramms wurden 12 Kommunen ausgewählt.", id="funding-round"
        ),
        pytest.param(
            "Musterdorf ist die 2. Kommune nach Beispielstadt, die eine Videoüberwachung hat.",
            id="after-town",
        ),
        pytest.param("Jede dritte Kommune in Sachsen ist inzwischen Mitglied der Allianz.", id="every-third"),
        pytest.param("Bis Ende des Jahres sollen 100 Kommunen dem Netzwerk angehören.", id="goal"),
        pytest.param("Ziel sind 150 Kommunen, die bis 2026 dem Verbund beigetreten sind.", id="goal-noun"),
        pytest.param(
            "Im Rahmen einer Feierstunde haben vier Kommunen die Vereinbarung unterzeichnet.", id="ceremony"
        ),
    ],
)
def test_relations_undertakings_shares_and_goals_give_no_milestone(analyse: Analyse, sentence: str) -> None:
    assert records(analyse, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Zittau ist die 5. Kreisstadt im Verbund.", ("rank", 5), id="district-town"),
        pytest.param(
            "Beim Wettbewerb der Allianz sind bereits 40 Kommunen beigetreten.",
            ("total", 40),
            id="network-named",
        ),
        pytest.param(
            "Kleinbach ist die 9. Kommune nach Großbach, die der Allianz beitritt.",
            ("rank", 9),
            id="after-town-joins",
        ),
        pytest.param(
            "Am 3. März 2018 wurde das Netzwerk mit neun Modellkommunen ins Leben gerufen.",
            ("total", 9),
            id="founding-on-a-day",
        ),
        pytest.param(
            "Inzwischen sind 60 Kommunen beigetreten, bis Jahresende sollen es mehr werden.",
            ("total", 60),
            id="goal-in-other-clause",
        ),
        pytest.param(
            "Dem Netzwerk gehören 60 Kommunen und zahlreiche Vereine an.", ("total", 60), id="clubs-beside"
        ),
        pytest.param(
            "Der Allianz, die vom Landesverband unterstützt wird, gehören inzwischen 80 Kommunen an.",
            ("total", 80),
            id="body-in-other-clause-total",
        ),
    ],
)
def test_the_networks_own_milestones_among_those_words(
    analyse: Analyse, sentence: str, expected: tuple[str, int]
) -> None:
    assert [(r.kind, r.value) for r in records(analyse, sentence)] == [expected]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a member noun of any body is the network's newest only where the network is its body
        pytest.param(
            "Frau Beispiel ist das neueste Mitglied des Kommunalen Präventionsrates.", [], id="council-member"
        ),
        pytest.param("Als neuestes Mitglied im Stadtrat wurde Herr Muster vereidigt.", [], id="town-council"),
        pytest.param(
            "Die neueste Gemeinde im Landkreis ist durch eine Fusion entstanden.", [], id="merged-town"
        ),
        pytest.param("Der Verein ist neuester Partner des Präventionsrates.", [], id="club-partner"),
        pytest.param("Kleinbach ist das neueste Mitglied der Allianz.", ["newest"], id="of-the-alliance"),
        pytest.param("Die neueste Gemeinde im Verbund ist Kleinbach.", ["newest"], id="in-the-network"),
        pytest.param(
            "Kleinbach, die neueste Mitgliedskommune, feierte.", ["newest"], id="member-municipality"
        ),
        pytest.param(
            "Großbach ist der Allianz beigetreten. Es ist die neueste Stadt.", ["newest"], id="network-before"
        ),
    ],
)
def test_the_newest_member_is_the_networks(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.kind for r in records(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a member's rank with nothing of the network around it is a list's or a table's
        pytest.param("Die zweite Kommune, Kleinbach, meldete einen Rückgang der Einbrüche.", [], id="list"),
        pytest.param("In der Tabelle steht Musterau als 12. Stadt.", [], id="table"),
        pytest.param("Als 4. Stadt führte Musterau die Sperrstunde ein.", [], id="first-to-do"),
        # the network named in the sentence or the two before, joining, a district, Saxony, "dabei"
        pytest.param(
            "Musterau hat die Vereinbarung unterschrieben. Die Feier war kurz. Es ist die 47. Kommune.",
            [("rank", 47)],
            id="two-sentences-before",
        ),
        pytest.param("Am Montag trat die sechste Kommune aus dem Landkreis bei.", [("rank", 6)], id="joins"),
        pytest.param("Kleinbach ist die vierte Kommune der Region Westsachsen.", [("rank", 4)], id="region"),
        pytest.param(
            "Großbach ist Sachsens 52. Kommune mit einem solchen Gremium.", [("rank", 52)], id="saxony"
        ),
        pytest.param("Kleinbach ist als 57. Kommune dabei.", [("rank", 57)], id="dabei"),
        pytest.param(
            "Kleinbach ist der neueste Partner im Präventionsnetzwerk.", [("newest", None)], id="compound"
        ),
    ],
)
def test_a_members_rank_needs_the_network_around_it(
    analyse: Analyse, text: str, expected: list[tuple[str, int | None]]
) -> None:
    assert [(r.kind, r.value) for r in records(analyse, text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a town's number or ordinal in a ranking or a table is no member's
        pytest.param("Beim Städteranking ist Großbach die Nummer 3 in Sachsen.", [], id="number-in-ranking"),
        pytest.param("Der Verein steht als Nummer 1 in der Tabelle.", [], id="number-one"),
        pytest.param("Kleinbach ist im Ranking der Allianz die 5. Kommune.", [], id="ordinal-in-ranking"),
        pytest.param("Großbach ist die Nummer 61 im Netzwerk.", [("rank", 61)], id="member-number"),
    ],
)
def test_numbers_in_rankings(analyse: Analyse, sentence: str, expected: list[tuple[str, int]]) -> None:
    assert [(r.kind, r.value) for r in records(analyse, sentence)] == expected
