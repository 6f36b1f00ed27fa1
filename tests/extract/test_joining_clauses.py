"""Tests of how the clauses around a joining word govern it (sentence structure): a fulfilled
purpose clause, a dass-clause under a wish, a present "wird" with a later time, a council's agenda
item; and the joining forms whose verb and particle or subject stand far apart (made-up articles:
the towns are real Saxon municipalities, everything else is invented)."""

from __future__ import annotations

import pytest

from pipeline.extract.joining_clauses import is_agenda_item, later, reports_purpose, supposed, wished
from tests.conftest import Analyse, hard_wrapped
from tests.extract.test_joinings import NETWORK, assert_joinings, joinings

#: 10 May 2022 is a Tuesday.
RELEASE = "10.05.2022\n\n"

JOINED: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "purpose clause of a past meeting",
        RELEASE
        + "Neues Mitglied\n\nAm vergangenen Donnerstag kamen Bürgermeister Erik Beispiel und Vertreter "
        "des Landespräventionsrates im Rathaus von Zschopau zusammen, um die Kooperationsvereinbarung der "
        "Allianz Sichere Sächsische Kommunen zu unterzeichnen.\n",
        [("Zschopau", "2022-05-05")],
    ),
    (
        "long middle field of tritt ... bei",
        RELEASE + "Verbund wächst\n\nAm 2. Mai 2022 trat die Verwaltungsgemeinschaft Wilsdruff-Tharandt mit "
        "ihren beiden Mitgliedsstädten, der Stadt Wilsdruff und der Stadt Tharandt, nach langer Beratung in "
        "den Stadträten dem Netzwerk »Allianz Sichere Sächsische Kommunen« bei.\n",
        [("Verwaltungsgemeinschaft Wilsdruff-Tharandt", "2022-05-02")],
    ),
    (
        "long middle field of schließt sich ... an",
        RELEASE + "Verbund wächst\n\nIm April 2022 schloss sich die Große Kreisstadt Annaberg-Buchholz nach "
        "einer Sicherheitsanalyse, zwei Bürgerversammlungen und einer langen Debatte im Stadtrat über Kosten "
        "und Nutzen dem Netzwerk »Allianz Sichere Sächsische Kommunen« an.\n",
        [("Annaberg-Buchholz", "2022-04")],
    ),
    (
        "subject after gehört",
        RELEASE
        + "Coaching beginnt\n\nSeit dem Herbst 2021 gehört Lugau zu den ASSKomm-Kommunen. Nun startet "
        "das Coaching.\n",
        [("Lugau/Erzgeb.", "2021")],
    ),
    (
        "subject after gehört, member noun",
        RELEASE + "Bilanz\n\nSeit März 2021 gehört die Stadt Mügeln zu den Mitgliedern der Allianz Sichere "
        "Sächsische Kommunen.\n",
        [("Mügeln", "2021-03")],
    ),
]

NOT_JOINED: list[tuple[str, str]] = [
    (
        "purpose clause of a meeting to come",
        RELEASE
        + "Termin\n\nAm kommenden Donnerstag treffen sich Bürgermeister Erik Beispiel und Vertreter des "
        "Landespräventionsrates in Zschopau, um die Kooperationsvereinbarung der Allianz Sichere Sächsische "
        "Kommunen zu unterzeichnen.\n",
    ),
    (
        "purpose clause of a planned meeting",
        RELEASE + "Termin\n\nDie Stadt Zschopau will sich mit dem Landespräventionsrat treffen, um die "
        "Kooperationsvereinbarung der Allianz Sichere Sächsische Kommunen zu unterzeichnen.\n",
    ),
    (
        "decided to sign",
        RELEASE + "Beschluss\n\n" + NETWORK + " Der Stadtrat von Zschopau hat am Montag beschlossen, die "
        "Kooperationsvereinbarung zu unterzeichnen.\n",
    ),
    (
        "dass-clause under a wish",
        RELEASE + "Bürgerforum in Penig\n\nDer Bürgermeister sagte, er würde sich wünschen, dass Penig der "
        "Allianz Sichere Sächsische Kommunen beitritt.\n",
    ),
    (
        "dass-clause under a demand",
        RELEASE + "Stadtrat Penig\n\nDie Fraktion fordert, dass die Stadt Penig dem ASSKomm-Netzwerk "
        "beitritt.\n",
    ),
    (
        "dass-clause under a hope",
        RELEASE
        + "Stadtrat Penig\n\nWir hoffen, dass Penig bald Teil der Allianz Sichere Sächsische Kommunen "
        "wird.\n",
    ),
    (
        "passive with a later time",
        RELEASE + "Penig will zur Allianz\n\n" + NETWORK + " Der Stadtrat von Penig hat zugestimmt. "
        "Unterschrieben wird aber erst im kommenden Jahr.\n",
    ),
    (
        "present wird with next month",
        RELEASE + "Penig\n\n" + NETWORK + " Die Vereinbarung mit der Stadt Penig wird erst im Juni "
        "unterzeichnet.\n",
    ),
    (
        "agenda item",
        "Ratsinformation\nGemeinde Jahnsdorf/Erzgeb.\n\nTOP 4 – Beitritt zur Allianz Sichere Sächsische "
        "Kommunen (ASSKomm)\n\nDer Gemeinderat vertagt die Entscheidung.\n",
    ),
    (
        "draft resolution",
        "Ratsinformation\nGemeinde Jahnsdorf/Erzgeb.\n\nBeschlussvorlage: Unterzeichnung der "
        "Kooperationsvereinbarung mit dem Landespräventionsrat\n\nDie Vorlage wurde zurückgezogen.\n",
    ),
    (
        "subject after gehört, not the network",
        RELEASE
        + "Statistik\n\n"
        + NETWORK
        + " Seit Jahren gehört Lugau zu den kleinsten Städten im Kreis.\n",
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in JOINED], ids=[c[0] for c in JOINED])
def test_joined(analyse: Analyse, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert_joinings(analyse, text, expected)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in JOINED], ids=[c[0] for c in JOINED])
def test_hard_wrapped_joined(analyse: Analyse, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert_joinings(analyse, hard_wrapped(text), expected)


@pytest.mark.parametrize("text", [c[1] for c in NOT_JOINED], ids=[c[0] for c in NOT_JOINED])
def test_not_joined(analyse: Analyse, text: str) -> None:
    assert joinings(analyse, text) == []


@pytest.mark.parametrize(
    ("sentence", "clause", "expected"),
    [
        ("Am Montag trafen sich alle im Rathaus, um den Vertrag zu unterzeichnen.", "um", True),
        ("Gestern kamen die Räte zusammen, um die Vereinbarung zu unterschreiben.", "um", True),
        ("Am Montag treffen sich alle im Rathaus, um den Vertrag zu unterzeichnen.", "um", False),
        ("Am Montag trafen sich alle, aber nicht, um den Vertrag zu unterzeichnen.", "um", False),
        ("Die Räte wollten sich treffen, um den Vertrag zu unterzeichnen.", "um", False),
        ("Die Räte trafen sich, weil sie den Vertrag unterzeichnen.", "weil", False),
    ],
)
def test_reports_purpose(sentence: str, clause: str, expected: bool) -> None:
    start = sentence.rindex(", " + clause) + 1
    assert reports_purpose(sentence, (0, len(sentence)), start) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Er würde sich wünschen, dass die Stadt beitritt.", True),
        ("Die Räte hoffen, dass die Stadt bald beitritt.", True),
        ("Die Räte berichten, dass die Stadt nun beitritt.", False),
        ("Der Bürgermeister freut sich, dass die Stadt beigetreten ist.", False),
        ("Er bestätigte, dass die Stadt beigetreten ist.", False),
        ("Er wünscht sich mehr Geld, weil die Stadt beigetreten ist.", False),
    ],
)
def test_wished(sentence: str, expected: bool) -> None:
    start = sentence.index(",") + 1
    assert wished(sentence, (0, len(sentence)), start) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the subjunctive II anywhere before the relative clause's comma supposes the joining
        ("Waldheim wäre damit die zwölfte Kommune, die sich dem Verbund anschließt.", True),
        ("Nach dem Beschluss könnte Lunzenau die nächste Gemeinde sein, die der Allianz beitritt.", True),
        ("Mit dem Ja des Rates, so der Kämmerer, wäre es die erste Stadt, die beitritt.", True),
        # a report in the indicative, or a dass-clause instead of a relative clause: nothing supposed
        ("Waldheim ist damit die zwölfte Kommune, die sich dem Verbund anschließt.", False),
        ("Lunzenau war die erste Gemeinde des Kreises, die der Allianz beitrat.", False),
        ("Es wäre schön, dass die Stadt der Allianz beitritt.", False),
    ],
)
def test_supposed(sentence: str, expected: bool) -> None:
    start = sentence.rindex(",") + 1
    assert supposed(sentence, (0, len(sentence)), start) is expected


@pytest.mark.parametrize(
    ("sentence", "wish", "supposition"),
    [
        # a dass-clause reads only its governing clause, a relative clause all of the sentence
        ("Die Räte hoffen auf mehr, und Geithain meldet, dass die Stadt beitritt.", False, False),
        ("Die Räte hoffen, dass die Stadt beitritt.", True, False),
        ("Geithain wäre, wie die Räte meinen, eine Stadt, die beitritt.", False, True),
    ],
)
def test_wish_and_supposition_read_their_governing_clauses(
    sentence: str, wish: bool, supposition: bool
) -> None:
    start = sentence.rindex(",") + 1
    assert wished(sentence, (0, len(sentence)), start) is wish
    assert supposed(sentence, (0, len(sentence)), start) is supposition


@pytest.mark.parametrize(
    ("window", "expected"),
    [
        ("Unterschrieben wird aber erst im neuen Jahr", True),
        ("Die Vereinbarung wird kommende Woche unterzeichnet", True),
        ("Die Stadt wird in den nächsten Wochen beitreten", True),
        ("Die Vereinbarung wurde erst im Januar unterzeichnet", False),
        ("Heute wird die Vereinbarung unterzeichnet", False),
        ("Die Stadt ist erst seit Montag Mitglied", False),
    ],
)
def test_later(window: str, expected: bool) -> None:
    assert later(window) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("TOP 7 – Beitritt zur Allianz", True),
        ("Tagesordnungspunkt 3: Unterzeichnung der Kooperationsvereinbarung", True),
        ("Beschlussvorlage Nr. 12/2023: Beitritt zum Netzwerk", True),
        ("Top-Thema: Beitritt zur Allianz", False),
        ("Der Beitritt zur Allianz steht als TOP 7 auf der Tagesordnung", False),
    ],
)
def test_is_agenda_item(sentence: str, expected: bool) -> None:
    assert is_agenda_item(sentence, (0, len(sentence))) is expected
