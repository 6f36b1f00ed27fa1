"""Tests of the joinings extractor: every form of joining, every form that is none (made-up articles)."""

from __future__ import annotations

import pytest

from pipeline.extract.dates import extract_dates
from pipeline.extract.joinings import extract_joinings
from pipeline.extract.milestones import extract_milestones
from pipeline.extract.officials import extract_officials
from pipeline.extract.places import extract_places
from pipeline.records import JoiningRecord
from tests.conftest import Analyse

#: A sentence naming the network, for articles whose sentence under test does not.
NETWORK = "Die Allianz Sichere Sächsische Kommunen (ASSKomm) des Landespräventionsrates berät Kommunen."


def joinings(analyse: Analyse, text: str) -> list[JoiningRecord]:
    """The joinings of an article, with the facts they are built on, as a run extracts them."""
    doc, layout = analyse(text)
    people = extract_officials(doc, layout)
    return extract_joinings(
        doc,
        layout,
        article_id="a",
        dates=extract_dates(doc, layout, article_id="a"),
        places=extract_places(doc, layout, article_id="a", people=people),
        milestones=extract_milestones(doc, layout, article_id="a"),
    )


def assert_joinings(analyse: Analyse, text: str, expected: list[tuple[str, str | None]]) -> None:
    """The joinings of ``text`` are ``expected`` ((member, date) each, in order), and every one's
    evidence text stands at its offsets."""
    found = joinings(analyse, text)
    assert [(j.municipality or j.member, j.date) for j in found] == expected
    assert all(text[j.start : j.end] == j.text for j in found)


JOINING_FORMS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    (
        "signing, stated day",
        "12.03.2024\n\nNeue Partnerschaft\n\nAm 11. März 2024 unterzeichneten der Bürgermeister der Stadt "
        "Oederan, die Polizeidirektion Chemnitz und der Landespräventionsrat Sachsen eine "
        "Kooperationsvereinbarung im Rahmen der Allianz Sichere Sächsische Kommunen (ASSKomm).\n",
        [("Oederan", "2024-03-11")],
    ),
    (
        "tritt bei, heute",
        "05.06.2023\n\nMittweida tritt dem ASSKomm-Verbund bei\n\nHeute trat die Stadt Mittweida der "
        "Allianz Sichere Sächsische Kommunen bei. Oberbürgermeister Ralf Schreiber freut sich.\n",
        [("Mittweida", "2023-06-05")],
    ),
    (
        "wird Teil des Netzwerkes, weekday",
        "14.09.2022\n\nGlauchau wird Teil des ASSKomm-Netzwerkes\n\nAm Montag hat Oberbürgermeister Peter "
        "Muster die Kooperationsvereinbarung mit dem Landespräventionsrat unterschrieben.\n",
        [("Glauchau", "2022-09-12")],
    ),
    (
        "neues Mitglied, no date",
        "20.05.2021\n\nNeues Mitglied im Erzgebirge\n\nDie Gemeinde Grünhainichen ist neues Mitglied der "
        "Allianz Sichere Sächsische Kommunen.\n",
        [("Grünhainichen", None)],
    ),
    (
        "die Nummer 60",
        "02.02.2024\n\nKamenz ist die Nummer 60\n\nKamenz ist die Nummer 60 im ASSKomm-Netzwerk.\n",
        [("Kamenz", None)],
    ),
    (
        "earlier joining in passing, year",
        "10.10.2023\n\nPräventionstag\n\nDie Stadt Oschatz, die bereits im Jahr 2021 der Allianz Sichere "
        "Sächsische Kommunen beigetreten ist, lädt zum Präventionstag ein.\n",
        [("Oschatz", "2021")],
    ),
    (
        "month without year, in the year before",
        "15.01.2022\n\nRückblick\n\nDie Stadt Markranstädt hat im Dezember die Kooperationsvereinbarung mit "
        "dem Landespräventionsrat unterschrieben.\n",
        [("Markranstädt", "2021-12")],
    ),
    (
        "mayor's town adjective, gestern",
        "16.11.2022\n\nUnterschrift\n\nDie Pirnaer Oberbürgermeisterin unterzeichnete gestern die "
        "ASSKomm-Kooperationsvereinbarung.\n",
        [("Pirna", "2022-11-15")],
    ),
    (
        "schließt sich an",
        "01.07.2022\n\nAuch Riesa\n\nAuch Riesa schließt sich der Allianz Sichere Sächsische Kommunen an.\n",
        [("Riesa", None)],
    ),
    (
        "dazu gehört jetzt auch",
        "01.07.2022\n\nNeu im Netzwerk\n\n„Allianz Sichere Sächsische Kommunen“ – dazu gehört jetzt auch "
        "Radebeul.\n",
        [("Radebeul", None)],
    ),
    (
        "founding members on the day",
        "28.02.2019\n\nAllianz gegründet\n\nDie Städte Leipzig, Dresden und Chemnitz gründen heute die "
        "Allianz Sichere Sächsische Kommunen.\n",
        [("Leipzig", "2019-02-28"), ("Dresden", "2019-02-28"), ("Chemnitz", "2019-02-28")],
    ),
    (
        "the town referred to, not named",
        "08.02.2021\n\nZittau gegen Kriminalität\n\nZittau will Kriminalität vorbeugen. Eine entsprechende "
        "Kooperationsvereinbarung unterschrieben Stadt, Görlitzer Polizei und Landespräventionsrat am "
        "Freitag, wie das Innenministerium in Dresden mitteilte.\n",
        [("Zittau", "2021-02-05")],
    ),
    (
        "last of a running total",
        "01.03.2023\n\nBilanz\n\nMittlerweile sind 29 Kommunen dem ASSKomm-Verbund beigetreten, zuletzt die "
        "Stadt Coswig.\n",
        [("Coswig", None)],
    ),
    (
        "belonging in a relative clause",
        "01.03.2023\n\nWorkshop\n\nDie Stadt Freital, die seit 2020 zum ASSKomm-Netzwerk gehört, lud zum "
        "Workshop ein.\n",
        [("Freital", "2020")],
    ),
    (
        "joined, among them",
        "01.03.2023\n\nBilanz\n\nMittlerweile sind 29 Kommunen dem ASSKomm-Verbund beigetreten, darunter "
        "Zwickau und Plauen.\n",
        [("Zwickau", None), ("Plauen", None)],
    ),
    (
        "the town's administration",
        "01.03.2023\n\nVerwaltung\n\nDie Stadtverwaltung Zittau hat die Kooperationsvereinbarung mit dem "
        "Landespräventionsrat unterzeichnet.\n",
        [("Zittau", None)],
    ),
    (
        "founders named on the day",
        "28.02.2019\n\nAuftakt\n\nDie Oberbürgermeister der Städte Chemnitz, Plauen und Zwickau haben heute "
        "in Dresden gemeinsam mit dem Landespräventionsrat die Allianz Sichere Sächsische Kommunen ins Leben "
        "gerufen.\n",
        [("Chemnitz", "2019-02-28"), ("Plauen", "2019-02-28"), ("Zwickau", "2019-02-28")],
    ),
    (
        "founders named after the founding",
        "28.02.2019\n\nAuftakt\n\nInnenminister Roland Wöller und acht Oberbürgermeister gründen heute die "
        "Allianz Sichere Sächsische Kommunen. Die Städte Plauen, Zwickau und Görlitz wollen damit gemeinsam "
        "Kriminalität vorbeugen.\n",
        [("Plauen", "2019-02-28"), ("Zwickau", "2019-02-28"), ("Görlitz", "2019-02-28")],
    ),
    (
        "founding member",
        "01.03.2023\n\nJubiläum\n\nTorgau ist Gründungsmitglied der Allianz Sichere Sächsische Kommunen.\n",
        [("Torgau", None)],
    ),
    (
        "joining noun after a preposition, modal of the clause",
        "01.03.2023\n\nSicherheit\n\nMit dem Beitritt zur Allianz Sichere Sächsische Kommunen will die Stadt "
        "Oelsnitz/Erzgeb. die Sicherheit erhöhen.\n",
        [("Oelsnitz/Erzgeb.", None)],
    ),
    (
        "macht mit",
        "01.03.2023\n\nPlauen\n\nAuch Plauen macht bei der Allianz Sichere Sächsische Kommunen mit.\n",
        [("Plauen", None)],
    ),
    (
        "nimmt teil",
        "01.03.2023\n\nRiesa\n\nDie Stadt Riesa nimmt an der Allianz Sichere Sächsische Kommunen teil.\n",
        [("Riesa", None)],
    ),
    (
        "part of it, in a quote",
        "01.03.2023\n\nStimmen\n\n„Wir freuen uns, Teil der ASSKomm-Familie zu sein“, sagte Bürgermeister "
        "Max Muster aus Kamenz.\n",
        [("Kamenz", None)],
    ),
    (
        "new partner",
        "01.03.2023\n\nMeerane\n\nDie Stadt Meerane ist neuer Partner der Allianz Sichere Sächsische "
        "Kommunen.\n",
        [("Meerane", None)],
    ),
    (
        "member, the verb last",
        "01.03.2023\n\nTreffen\n\nGastgeber war die Stadt Zittau, die seit 2021 Mitglied der Allianz Sichere "
        "Sächsische Kommunen ist.\n",
        [("Zittau", "2021")],
    ),
    (
        "as a member",
        "01.03.2023\n\nCoaching\n\nAls ASSKomm-Kommune nutzt Reichenbach im Vogtland das Coaching.\n",
        [("Reichenbach im Vogtland", None)],
    ),
    (
        "the member named in passing",
        "01.03.2023\n\nTreffen\n\nDas Treffen fand in der ASSKomm-Kommune Grimma statt. Zu den "
        "ASSKomm-Kommunen zählt auch Wurzen. Brandis ist eine der ASSKomm-Kommunen im Landkreis.\n",
        [("Grimma", None), ("Wurzen", None), ("Brandis", None)],
    ),
    (
        "cooperating with the Landespräventionsrat",
        "01.03.2023\n\nKooperation\n\nDie Stadt Oederan kooperiert seit 2022 mit dem Landespräventionsrat.\n",
        [("Oederan", "2022")],
    ),
    (
        "an agreement made",
        "01.03.2023\n\nVereinbarung\n\nDie Stadt Flöha und der Landespräventionsrat haben eine Vereinbarung "
        "getroffen.\n",
        [("Flöha", None)],
    ),
    (
        "an article on its town's signing that names no town there",
        "01.03.2023\n\nMehr Sicherheit durch Zusammenarbeit\n\nIn Mittweida leben viele junge Menschen. "
        "Innenminister Armin Schuster lobte die Kooperationsvereinbarung mit dem Landespräventionsrat, die im "
        "Beisein vieler Gäste unterzeichnet wurde. Mittweida ist Hochschulstadt.\n",
        [("Mittweida", None)],
    ),
    (
        "the network's founding date is not the member's",
        "Zittau will vorbeugen\n\nEine Kooperationsvereinbarung unterschrieben Stadt, Polizei und "
        "Landespräventionsrat am Freitag. Laut Innenministerium wurde die Allianz Sichere Sächsische "
        "Kommunen Anfang 2019 gegründet.\n",
        [("Zittau", None)],
    ),
    (
        "weekday without a release date",
        "Rückblick\n\nDie Gemeinde Ottendorf-Okrilla hat am Dienstag die Kooperationsvereinbarung mit dem "
        "Landespräventionsrat unterschrieben.\n",
        [("Ottendorf-Okrilla", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in JOINING_FORMS], ids=[c[0] for c in JOINING_FORMS]
)
def test_joining_forms(analyse: Analyse, text: str, expected: list[tuple[str, str | None]]) -> None:
    found = joinings(analyse, text)
    assert [(j.municipality, j.date) for j in found] == expected
    for joining in found:
        assert text[joining.start : joining.end] == joining.text
        assert joining.ags is not None and len(joining.ags) == 8


NOT_JOININGS: list[tuple[str, str]] = [
    (
        "advised",
        f"01.03.2023\n\nBeratung\n\n{NETWORK} Der Landespräventionsrat hat die Stadt Delitzsch beraten.\n",
    ),
    (
        "council founded",
        "01.03.2023\n\nPräventionsrat\n\nDie Stadt Meerane hat einen Kommunalen Präventionsrat gegründet. Er "
        "arbeitet im Rahmen der Allianz Sichere Sächsische Kommunen.\n",
    ),
    (
        "another programme",
        f"01.03.2023\n\nPiT\n\n{NETWORK} Die Stadt Zwönitz unterzeichnete eine Kooperationsvereinbarung im "
        "Rahmen der Landesstrategie Prävention im Team.\n",
    ),
    (
        "with the police alone",
        f"01.03.2023\n\nStadt und Polizei\n\n{NETWORK}\n\nDie Stadt Frankenberg und das Polizeirevier "
        "Mittweida haben eine Kooperationsvereinbarung unterzeichnet.\n",
    ),
    (
        "declined",
        "01.03.2023\n\nAbsage\n\nDie Gemeinde Lichtenau hat sich gegen einen Beitritt zur Allianz Sichere "
        "Sächsische Kommunen entschieden. Der Stadtrat von Brandis lehnte den Beitritt zu ASSKomm ab.\n",
    ),
    (
        "planned",
        "01.03.2023\n\nPläne\n\nDie Stadt Wurzen will im Herbst der Allianz Sichere Sächsische Kommunen "
        "beitreten. Die Kooperationsvereinbarung mit Grimma soll im Mai unterzeichnet werden.\n",
    ),
    (
        "future tense",
        "01.03.2023\n\nBald\n\nDie Gemeinde Neukirch/Lausitz wird der Allianz Sichere Sächsische Kommunen "
        "im Juni beitreten.\n",
    ),
    (
        "pre-agreement",
        "01.03.2023\n\nAbsicht\n\nDie Stadt Coswig und der Landespräventionsrat unterzeichneten eine "
        "Absichtserklärung zum Beitritt zur Allianz Sichere Sächsische Kommunen.\n",
    ),
    (
        "under discussion",
        "01.03.2023\n\nStadtrat\n\nÜber einen Beitritt zur Allianz Sichere Sächsische Kommunen wird im "
        "Stadtrat von Zwenkau beraten. Die Stadt Markranstädt prüft derzeit einen Beitritt zu ASSKomm.\n",
    ),
    (
        "not a member",
        "01.03.2023\n\nNoch nicht\n\nDie Stadt Brandis ist noch kein Mitglied der Allianz Sichere Sächsische "
        "Kommunen.\n",
    ),
    (
        "list of the network's members",
        "01.03.2023\n\nDas Netzwerk\n\nASSKomm ist ein Netzwerk aus acht Städten, darunter Plauen und Görlitz.\n",
    ),
    (
        "requested",
        "01.03.2023\n\nAntrag\n\nDie Fraktion hat beantragt, dass Taucha der Allianz Sichere Sächsische "
        "Kommunen beitrete.\n",
    ),
    (
        "a district",
        "01.03.2023\n\nLandkreis\n\nDer Landkreis Görlitz unterzeichnete eine Kooperationsvereinbarung mit "
        "dem Landespräventionsrat. In Görlitz fand das Treffen statt.\n",
    ),
    (
        "council founded within the programme",
        "01.03.2023\n\nRat\n\nIm Rahmen von ASSKomm hat die Stadt Zwickau einen Kommunalen Präventionsrat "
        "gegründet.\n",
    ),
    (
        "the network founded by its council, no town named",
        "01.03.2023\n\nGrimma\n\nDie Allianz Sichere Sächsische Kommunen wurde 2019 vom "
        "Landespräventionsrat gegründet. Grimma liegt an der Mulde.\n",
    ),
    (
        "the network's composition",
        "01.03.2019\n\nAuch Plauen dabei\n\nIn Sachsen hat sich jetzt die Allianz Sichere Sächsische "
        "Kommunen gegründet. Das ist ein Netzwerk aus acht Städten, darunter Plauen, Chemnitz und Zwickau.\n",
    ),
    (
        "wish in a quote",
        "01.03.2023\n\nGrimma\n\n„Wir wollen Teil der Allianz Sichere Sächsische Kommunen werden“, sagte "
        "Bürgermeister Max Muster aus Grimma.\n",
    ),
    (
        "cooperating with the police",
        f"01.03.2023\n\nPolizei\n\n{NETWORK} Die Stadt Flöha kooperiert eng mit der Polizei.\n",
    ),
    (
        "agreeing verbs without an agreement",
        f"01.03.2023\n\nWorkshop\n\n{NETWORK} In Dresden beschlossen die Teilnehmenden den Tag mit "
        "Gruppenarbeiten. Die Bürgermeister haben sich in Pirna getroffen, um über die Zusammenarbeit zu "
        "sprechen.\n",
    ),
    (
        "members in general",
        f"01.03.2023\n\nFörderung\n\n{NETWORK} Die Kommunen, die die Kooperationsvereinbarung unterzeichnet "
        "haben, erhalten Fördermittel. Jede Kommune, die der Allianz beitritt, bekommt ein Coaching.\n",
    ),
    (
        "another network",
        "01.03.2023\n\nAbwasser\n\nDie Stadt Torgau ist dem Zweckverband Abwasser beigetreten.\n",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_JOININGS], ids=[c[0] for c in NOT_JOININGS])
def test_not_joinings(analyse: Analyse, text: str) -> None:
    assert joinings(analyse, text) == []


def test_group_with_its_municipalities(analyse: Analyse) -> None:
    text = (
        "01.03.2023\n\nDer Städtebund\n\nDer Städtebund Silber-berg ist am 1. März 2023 der Allianz Sichere "
        "Sächsische Kommunen beigetreten. Zum Städtebund gehören die Städte Lößnitz und Schneeberg.\n"
    )
    (found,) = joinings(analyse, text)
    assert (found.member, found.municipality, found.ags) == ("Städtebund Silberberg", None, None)
    assert found.members == "Lößnitz (14521370); Schneeberg (14521530)"
    assert found.date == "2023-03-01"


def test_verwaltungsgemeinschaft_in_one_sentence(analyse: Analyse) -> None:
    text = (
        "03.05.2022\n\nUnterzeichnung\n\nDie Verwaltungsgemeinschaft Olbersdorf mit den Gemeinden Olbersdorf "
        "und Bertsdorf-Hörnitz hat am 2. Mai 2022 die Kooperationsvereinbarung mit dem "
        "Landespräventionsrat unterzeichnet.\n"
    )
    (found,) = joinings(analyse, text)
    assert found.member == "Verwaltungsgemeinschaft Olbersdorf"
    assert found.members == "Olbersdorf (14626400); Bertsdorf-Hörnitz (14626050)"


def test_one_record_per_member_with_the_best_evidence(analyse: Analyse) -> None:
    text = (
        "05.04.2023\n\nHartmannsdorf unterzeichnet Kooperationsvereinbarung\n\nDie Gemeinde Hartmannsdorf "
        "unterzeichnet die Kooperationsvereinbarung. Am 5. April 2023 trat die fünfte Kommune aus dem "
        "Landkreis Mittelsachsen dem »ASSKomm«-Verbund bei.\n"
    )
    (found,) = joinings(analyse, text)
    assert found.text == "Hartmannsdorf unterzeichnet Kooperationsvereinbarung"  # the headline
    assert (found.date, found.rank, found.regional_rank, found.region) == (
        "2023-04-05",
        None,
        5,
        "Mittelsachsen",
    )


def test_member_rank_of_the_network(analyse: Analyse) -> None:
    text = (
        "09.08.2023\n\nMehr als nur die Nummer 53\n\nHeidenau ist neu in der ASSKomm-Familie. Die "
        "Kooperationsvereinbarung wurde am 9. August 2023 unterzeichnet.\n"
    )
    (found,) = joinings(analyse, text)
    assert (found.municipality, found.rank, found.date) == ("Heidenau", 53, "2023-08-09")
    assert found.text == "Heidenau ist neu in der ASSKomm-Familie"


def test_newest_member_without_the_meetings_date(analyse: Analyse) -> None:
    text = (
        "17.04.2024\n\nVernetzung\n\nAm 17. April 2024 trafen sich die ASSKomm-Kommunen in Radeberg, der "
        "neuesten Mitgliedskommune in der Region Ostsachsen.\n"
    )
    (found,) = joinings(analyse, text)
    assert (found.municipality, found.date) == ("Radeberg", None)


def test_an_article_that_never_names_the_network_has_none(analyse: Analyse) -> None:
    text = "01.03.2023\n\nVertrag\n\nDie Stadt Torgau unterzeichnete eine Kooperationsvereinbarung mit dem Verbund.\n"
    assert joinings(analyse, text) == []


def test_doc_is_not_changed(analyse: Analyse) -> None:
    text = JOINING_FORMS[0][1]
    doc, layout = analyse(text)
    before = [(t.text, t.ent_type_, t.is_sent_start) for t in doc]
    extract_joinings(doc, layout, article_id="a", places=extract_places(doc, layout, article_id="a"))
    assert [(t.text, t.ent_type_, t.is_sent_start) for t in doc] == before
