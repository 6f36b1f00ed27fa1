"""Tests of the joinings extractor on how a text greets a newcomer to the network: founding it
with partners named between, a former municipality merged since, member nouns compounded with the
network's name, idioms of coming on board and of welcome, the newest members listed, the state
as the agreement's partner; as written and hard-wrapped (made-up articles: the towns are real
Saxon municipalities, everything else is invented). What must stay empty is in
:mod:`tests.extract.test_joinings_not`."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, hard_wrapped
from tests.extract.test_joinings import NETWORK, assert_joinings

NEWCOMERS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # founding with the founders' partners between the verb and the network
    (
        "founding together with partners",
        "02.03.2016\n\nNeues Netzwerk\n\nDie Städte Plauen, Zwickau und Chemnitz starten heute zusammen mit dem "
        "Innenministerium das Netzwerk Allianz Sichere Sächsische Kommunen.\n",
        [("Plauen", "2016-03-02"), ("Zwickau", "2016-03-02"), ("Chemnitz", "2016-03-02")],
    ),
    (
        "founding members named beside the network",
        "10.05.2022\n\nRückblick\n\nDie Allianz Sichere Sächsische Kommunen entstand 2016. Zu ihren "
        "Gründungsmitgliedern zählten unter anderem Zwickau und Plauen.\n",
        [("Zwickau", "2016"), ("Plauen", "2016")],
    ),
    # a former municipality merged since, called a town or listed with towns: its successor's AGS
    (
        "former municipality with its type word",
        "10.05.2018\n\nNeues Mitglied\n\nDie Stadt Aue hat am Montag die Kooperationsvereinbarung mit dem "
        "Landespräventionsrat unterzeichnet.\n",
        [("Aue", "2018-05-07")],
    ),
    (
        "former municipality in a list of towns",
        "10.05.2018\n\nErzgebirge\n\n"
        + NETWORK
        + " Die Oberbürgermeister von Aue, Schneeberg und Lößnitz unterzeichneten am Montag die "
        "Kooperationsvereinbarung.\n",
        [("Aue", "2018-05-07"), ("Schneeberg", "2018-05-07"), ("Lößnitz", "2018-05-07")],
    ),
    (
        "another form of the town in the gazetteer's parts",
        "10.05.2022\n\n"
        + NETWORK
        + "\n\nIn Kurort Oberwiesenthal wurde am Montag die Kooperationsvereinbarung unterzeichnet.\n",
        [("Oberwiesenthal", "2022-05-09")],
    ),
    (
        "another spelling of the town in the gazetteer's parts",
        "10.05.2022\n\n" + NETWORK + "\n\nDie Stadt Meissen ist der Allianz beigetreten.\n",
        [("Meißen", None)],
    ),
    # a title noun phrase names the town, the body speaks of one more member
    (
        "title noun phrase, one more member",
        "10.05.2022\n\nKooperationsvereinbarung mit der Stadt Kamenz\n\nDer Landespräventionsrat Sachsen freut "
        "sich über ein weiteres Mitglied in der Allianz Sichere Sächsische Kommunen.\n",
        [("Kamenz", None)],
    ),
    # welcomes
    (
        "welcome to the town named after it",
        "10.05.2022\n\nEin herzliches Willkommen an die Gemeinde Neukirchen/Pleiße!\n\nDie Allianz Sichere "
        "Sächsische Kommunen freut sich über Zuwachs im Landkreis Zwickau.\n",
        [("Neukirchen/Pleiße", None)],
    ),
    (
        "welcome in the network, then the town",
        "10.05.2022\n\nWillkommen im Netzwerk, Hartha!\n\nDer Landespräventionsrat und die Stadt Hartha arbeiten "
        "künftig im Rahmen der ASSKomm zusammen.\n",
        [("Hartha", None)],
    ),
    (
        "heißt willkommen, the one welcomed after the verb",
        "10.05.2022\n\nZuwachs\n\nDie Allianz Sichere Sächsische Kommunen heißt die Stadt Waldheim herzlich "
        "willkommen.\n",
        [("Waldheim", None)],
    ),
    (
        "begrüßen im Netzwerk",
        "10.05.2022\n\nZuwachs\n\nWir begrüßen die Große Kreisstadt Schkeuditz in der ASSKomm-Familie.\n",
        [("Schkeuditz", None)],
    ),
    # idioms of coming on board
    (
        "offiziell mit an Bord",
        "10.05.2022\n\nZuwachs für die Allianz\n\nDie Allianz Sichere Sächsische Kommunen wächst. Seit Montag ist "
        "auch Mügeln offiziell mit an Bord.\n",
        [("Mügeln", "2022-05-09")],
    ),
    (
        "neu dabei",
        "10.05.2022\n\n" + NETWORK + "\n\nNeu dabei ist die Gemeinde Lichtenau.\n",
        [("Lichtenau", None)],
    ),
    (
        "verstärkt das Netzwerk",
        "10.05.2022\n\nMittelsachsen\n\nSeit April verstärkt die Stadt Roßwein das ASSKomm-Netzwerk.\n",
        [("Roßwein", "2022-04")],
    ),
    (
        "jetzt ist auch dabei, the network in the sentence before",
        "10.05.2022\n\nZuwachs\n\nDie Allianz Sichere Sächsische Kommunen wächst im Landkreis Bautzen. Jetzt sind "
        "auch Kamenz und Radeberg dabei.\n",
        [("Kamenz", None), ("Radeberg", None)],
    ),
    (
        "seit Montag dabei",
        "10.05.2022\n\n" + NETWORK + "\n\nOschatz ist seit Montag dabei.\n",
        [("Oschatz", "2022-05-09")],
    ),
    (
        "the town referred back to is on board",
        "10.05.2022\n\nZwönitz\n\nDie Allianz Sichere Sächsische Kommunen wächst. Die Stadt ist seit Montag "
        "dabei.\n",
        [("Zwönitz", "2022-05-09")],
    ),
    (
        "model municipality of the network",
        "10.05.2022\n\nVorbeugung\n\nDie Stadt Görlitz arbeitet im Rahmen der Allianz Sichere Sächsische Kommunen "
        "mit dem Freistaat zusammen. Dort ist Görlitz nun Modellkommune.\n",
        [("Görlitz", None)],
    ),
    (
        "macht mit bei der Allianz",
        "10.05.2022\n\nGlauchau macht mit bei der Allianz Sichere Sächsische Kommunen\n\nDie Stadt will mehr "
        "für die Sicherheit tun.\n",
        [("Glauchau", None)],
    ),
    (
        "membership certificate received",
        "10.05.2022\n\n" + NETWORK + "\n\nDie Stadt Brandis hat am Montag ihre Mitgliedsurkunde erhalten.\n",
        [("Brandis", "2022-05-09")],
    ),
    (
        "the town's leadership by its adjective, a prevention contract",
        "10.05.2022\n\n"
        + NETWORK
        + "\n\nDie Bautzener Stadtspitze hat den Präventionsvertrag mit dem Landespräventionsrat unterschrieben.\n",
        [("Bautzen", None)],
    ),
    # member nouns compounded with the network's name
    (
        "ASSKomm-Partnerkommune",
        "10.05.2022\n\n" + NETWORK + "\n\nDie Stadt Lauta ist jetzt ASSKomm-Partnerkommune.\n",
        [("Lauta", None)],
    ),
    (
        "ASSKomm-Mitgliedsstadt",
        "10.05.2022\n\n" + NETWORK + "\n\nGroßschirma ist seit dieser Woche ASSKomm-Mitgliedsstadt.\n",
        [("Großschirma", None)],
    ),
    (
        "neue Allianz-Kommune",
        "10.05.2022\n\n" + NETWORK + "\n\nSeit dem 2. Mai 2022 ist Zschopau neue Allianz-Kommune.\n",
        [("Zschopau", "2022-05-02")],
    ),
    (
        "als ASSKomm-Mitglied in passing",
        "10.05.2022\n\nBeratung\n\nAls ASSKomm-Mitglied nutzt Oederan die Beratung durch den "
        "Landespräventionsrat.\n",
        [("Oederan", None)],
    ),
    (
        "taking part: Teilnehmerkommune",
        "10.05.2022\n\nKreis Zwickau\n\nWerdau ist jetzt Teilnehmerkommune der Allianz Sichere Sächsische "
        "Kommunen.\n",
        [("Werdau", None)],
    ),
    (
        "one of the taking part municipalities",
        "10.05.2022\n\n" + NETWORK + "\n\nRochlitz ist eine der teilnehmenden Kommunen der Allianz.\n",
        [("Rochlitz", None)],
    ),
    # the newspaper's place line names the article's own town, before a town named more often
    (
        "place line before a town named more often",
        "10.05.2022\n\nMehr Sicherheit für die Stadt\n\nVon Anna Beispiel\n\nLöbau. Die Stadt hat am "
        "Montag die Vereinbarung zur Allianz Sichere Sächsische Kommunen unterzeichnet. Auch die Polizeidirektion "
        "Görlitz und das Landratsamt in Görlitz waren beteiligt.\n",
        [("Löbau", "2022-05-09")],
    ),
    # the newest members listed
    (
        "zu den jüngsten Mitgliedern gehören",
        "10.05.2022\n\nJahresrückblick\n\nZu den jüngsten Mitgliedern der Allianz Sichere Sächsische Kommunen "
        "gehören Wilsdruff und Stolpen.\n",
        [("Wilsdruff", None), ("Stolpen", None)],
    ),
    (
        "a meeting report naming members with their own years",
        "Muldental\n\nVernetzungstreffen in Grimma\n\nDie ASSKomm-Kommunen des Landkreises trafen sich am Dienstag "
        "in Grimma. Brandis und Naunhof sind seit diesem Jahr Mitglied, Grimma bereits seit 2020.\n",
        [("Brandis", None), ("Naunhof", None), ("Grimma", "2020")],
    ),
    # the state as the agreement's partner, named in the sentence before the signing
    (
        "the state as partner, signing in the next sentence",
        "10.05.2022\n\nMehr Prävention\n\nDie Stadt Sebnitz und der Freistaat Sachsen arbeiten in der Prävention "
        "enger zusammen. Dazu unterzeichneten Oberbürgermeister Max Beispiel und Staatssekretär Karl Muster "
        "am Montag eine Kooperationsvereinbarung.\n",
        [("Sebnitz", "2022-05-09")],
    ),
    (
        "a contract with the Land, in a newspaper page",
        "SZ + Zittau\nMerken\n\nZittau unterschreibt Vertrag mit dem Land\n\nDie Stadt Zittau hat mit dem Land "
        "Sachsen einen Vertrag für mehr Sicherheit unterschrieben.\n\nVon Max Beispiel\n 3 Min.\nTeilen\nFolgen\n",
        [("Zittau", None)],
    ),
    (
        "the state's security network",
        "10.05.2022\n\nZittau tritt Präventionsnetzwerk des Freistaates bei\n\nDie Stadt Zittau ist am Montag dem "
        "Sicherheitsnetzwerk des Freistaates Sachsen beigetreten.\n",
        [("Zittau", "2022-05-09")],
    ),
    (
        "the Sicherheits-Allianz hyphenated",
        "10.05.2022\n\nReichenbach tritt Sicherheits-Allianz bei\n\nReichenbach. Die Stadt ist der "
        "Sicherheits-Allianz des Freistaates beigetreten. Oberbürgermeister Raphael Beispiel unterschrieb am "
        "Montag die Vereinbarung.\n",
        [("Reichenbach im Vogtland", "2022-05-09")],
    ),
    (
        "welcome listing two towns",
        "10.05.2022\n\nHerzlich willkommen, Lengenfeld und Treuen!\n\nDie Allianz Sichere Sächsische "
        "Kommunen wächst im Vogtland.\n",
        [("Lengenfeld", None), ("Treuen", None)],
    ),
    (
        "a security pact with the ministry",
        "10.05.2022\n\nPirna schließt Sicherheitspakt\n\nDie Stadt Pirna hat mit dem Innenministerium einen "
        "Sicherheitspakt für mehr Prävention geschlossen.\n",
        [("Pirna", None)],
    ),
    # groups named in quotation marks or by a preposition
    (
        "group name in quotation marks",
        "10.05.2022\n\n" + NETWORK + "\n\nDer Städtebund „Silberberg“ ist der Allianz beigetreten.\n",
        [("Städtebund Silberberg", None)],
    ),
    (
        "group name opened by a preposition",
        "10.05.2022\n\n"
        + NETWORK
        + "\n\nDer Verwaltungsverband Am Klosterwasser ist der Allianz beigetreten.\n",
        [("Verwaltungsverband Am Klosterwasser", None)],
    ),
    (
        "security partnership with the state",
        "10.05.2022\n\nSicherheitspartnerschaft mit dem Freistaat\n\nDie Stadt Meerane und der Freistaat Sachsen "
        "haben am Montag eine Sicherheitspartnerschaft für mehr Prävention geschlossen.\n",
        [("Meerane", "2022-05-09")],
    ),
    # a headline's last word is no locative of the names opening the text under it
    (
        "towns listed under a headline ending in 'bei'",
        "14.11.2024\n\nDrei Städte treten dem Netzwerk bei\n\nKirchberg, Wildenfels und Hartenstein haben "
        "heute im Rathaus Kirchberg die Kooperationsvereinbarung mit dem Landespräventionsrat Sachsen "
        "unterzeichnet.\n",
        [("Kirchberg", "2024-11-14"), ("Wildenfels", "2024-11-14"), ("Hartenstein", "2024-11-14")],
    ),
    # a welcome or an idiom yields to a plain joining word later in its sentence
    (
        "welcome before the belonging of a town",
        "10.05.2022\n\nZuwachs\n\nHerzlich willkommen im Netzwerk: Die Gemeinde Bobritzsch-Hilbersdorf ist "
        "neues Mitglied der Allianz Sichere Sächsische Kommunen.\n",
        [("Bobritzsch-Hilbersdorf", None)],
    ),
    (
        "on board before the signing of a town",
        "10.05.2022\n\n"
        + NETWORK
        + "\n\nNun ist auch Rechenberg-Bienenmühle mit an Bord: Bürgermeister Karl "
        "Muster unterzeichnete am Montag die Kooperationsvereinbarung.\n",
        [("Rechenberg-Bienenmühle", "2022-05-09")],
    ),
    (
        "mit von der Partie, said of something new",
        "10.05.2022\n\n"
        + NETWORK
        + "\n\nSeit dieser Woche ist auch die Stadt Wilsdruff mit von der Partie.\n",
        [("Wilsdruff", None)],
    ),
]


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NEWCOMERS], ids=[c[0] for c in NEWCOMERS])
def test_newcomer_forms(analyse: Analyse, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert_joinings(analyse, text, expected)


@pytest.mark.parametrize(("text", "expected"), [c[1:] for c in NEWCOMERS], ids=[c[0] for c in NEWCOMERS])
def test_hard_wrapped_newcomer_forms(
    analyse: Analyse, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert_joinings(analyse, hard_wrapped(text), expected)
