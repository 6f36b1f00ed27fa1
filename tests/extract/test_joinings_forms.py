"""Tests of the joinings extractor on the words and phrasings of joining a German press text uses
beyond the first rules (verbs, nouns, idioms; the party as subject, object, genitive, in the
headline), as written and hard-wrapped (made-up articles: the towns are real Saxon
municipalities, everything else is invented)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, hard_wrapped
from tests.extract.test_joinings import NETWORK, assert_joinings, joinings

JOINING_FORMS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # cue words and phrasings
    (
        "the network's name without 'Allianz'",
        "10.05.2022\n\nOschatz\n\nOschatz ist dem Netzwerk „Sichere Sächsische Kommunen“ beigetreten.\n",
        [("Oschatz", None)],
    ),
    (
        "aufgenommen",
        "10.05.2022\n\nNeu im Netzwerk\n\nDie Stadt Borna wurde am Montag in die Allianz Sichere Sächsische Kommunen aufgenommen.\n",
        [("Borna", "2022-05-09")],
    ),
    (
        "Neumitglied",
        "10.05.2022\n\nNeumitglied Brandis\n\nBrandis ist das jüngste Neumitglied der Allianz Sichere Sächsische Kommunen.\n",
        [("Brandis", None)],
    ),
    (
        "mit im Boot",
        "10.05.2022\n\nOelsnitz\n\nNun ist auch die Stadt Oelsnitz/Vogtl. bei ASSKomm mit im Boot.\n",
        [("Oelsnitz/Vogtl.", None)],
    ),
    (
        "ins Boot geholt",
        "10.05.2022\n\nKamenz\n\nDer Landespräventionsrat hat die Stadt Kamenz in das ASSKomm-Netzwerk ins Boot geholt.\n",
        [("Kamenz", None)],
    ),
    (
        "Beitritt der Stadt besiegelt",
        "10.05.2022\n\nZittau\n\nDer Beitritt der Stadt Zittau zur Allianz Sichere Sächsische Kommunen wurde am 9. Mai 2022 besiegelt.\n",
        [("Zittau", "2022-05-09")],
    ),
    (
        "genitive inflected",
        "10.05.2022\n\nRiesas Beitritt zur Allianz\n\nRiesas Beitritt zur Allianz Sichere Sächsische Kommunen ist besiegelt.\n",
        [("Riesa", None)],
    ),
    (
        "seit Mitglied",
        "10.05.2022\n\nPräventionstag\n\nGörlitz ist seit 2019 Mitglied der Allianz Sichere Sächsische Kommunen. Am Samstag lädt die Stadt zum Präventionstag.\n",
        [("Görlitz", "2019")],
    ),
    (
        "seit dem Mitglied",
        "10.05.2022\n\nMeißen\n\nSeit dem 12. April 2022 ist die Stadt Meißen Mitglied im ASSKomm-Netzwerk.\n",
        [("Meißen", "2022-04-12")],
    ),
    (
        "als 45. Kommune",
        "10.05.2022\n\nBautzen\n\nAls 45. Kommune unterzeichnete Bautzen am Montag die Kooperationsvereinbarung mit dem Landespräventionsrat.\n",
        [("Bautzen", "2022-05-09")],
    ),
    (
        "Unterzeichnung zwischen",
        "10.05.2022\n\nDelitzsch\n\n"
        + NETWORK
        + " Die Unterzeichnung der Kooperationsvereinbarung zwischen der Stadt Delitzsch und dem Landespräventionsrat fand am Dienstag statt.\n",
        [("Delitzsch", "2022-05-10")],
    ),
    (
        "passive von",
        "10.05.2022\n\nVereinbarung\n\n"
        + NETWORK
        + " Die Kooperationsvereinbarung wurde am 9. Mai 2022 von Oberbürgermeister Jan Muster für die Stadt Döbeln unterzeichnet.\n",
        [("Döbeln", "2022-05-09")],
    ),
    (
        "headline colon",
        "10.05.2022\n\nKooperationsvereinbarung unterzeichnet: Werdau jetzt Teil der Allianz\n\nDer Landespräventionsrat freut sich über den Zuwachs.\n",
        [("Werdau", None)],
    ),
    (
        "headline unterschreibt Vertrag",
        "10.05.2022\n\nLimbach-Oberfrohna unterschreibt Vertrag mit Landespräventionsrat\n\nDie Stadt will mehr für die Sicherheit tun.\n",
        [("Limbach-Oberfrohna", None)],
    ),
    (
        "hinzugekommen",
        "10.05.2022\n\nWachstum\n\n"
        + NETWORK
        + " Im März 2022 ist die Stadt Wilsdruff als neue Mitgliedskommune hinzugekommen.\n",
        [("Wilsdruff", "2022-03")],
    ),
    (
        "kam dazu",
        "10.05.2022\n\nWachstum\n\n" + NETWORK + " Im März 2022 kam die Stadt Wilsdruff zum Netzwerk dazu.\n",
        [("Wilsdruff", "2022-03")],
    ),
    (
        "sind bereits beigetreten",
        "10.05.2022\n\nRegion\n\n" + NETWORK + " Markkleeberg und Zwenkau sind bereits beigetreten.\n",
        [("Markkleeberg", None), ("Zwenkau", None)],
    ),
    (
        "two towns signed",
        "10.05.2022\n\nHainichen und Frankenberg\n\nDie Städte Hainichen und Frankenberg/Sa. haben am Donnerstag die Kooperationsvereinbarung mit dem Landespräventionsrat unterzeichnet.\n",
        [("Hainichen", "2022-05-05"), ("Frankenberg/Sa.", "2022-05-05")],
    ),
    (
        "mit X ist die 40. Kommune dabei",
        "10.05.2022\n\nDas Netzwerk wächst\n\nMit Wurzen ist nun die 40. Kommune bei ASSKomm dabei.\n",
        [("Wurzen", None)],
    ),
    (
        "gratulierte zum Beitritt",
        "10.05.2022\n\nGlückwunsch\n\nInnenminister Armin Schuster gratulierte der Stadt Schkeuditz zum Beitritt zur Allianz Sichere Sächsische Kommunen.\n",
        [("Schkeuditz", None)],
    ),
    (
        "Innenministerium only",
        "10.05.2022\n\nPirna\n\nDie Stadt Pirna hat am Montag eine Kooperationsvereinbarung mit dem Innenministerium und dem Landespräventionsrat geschlossen.\n",
        [("Pirna", "2022-05-09")],
    ),
    (
        "Große Kreisstadt",
        "10.05.2022\n\nRadebeul\n\n"
        + NETWORK
        + " Die Große Kreisstadt Radebeul hat am 9. Mai 2022 die Kooperationsvereinbarung unterzeichnet.\n",
        [("Radebeul", "2022-05-09")],
    ),
    (
        "subject after verb",
        "10.05.2022\n\nUnterschrift\n\n"
        + NETWORK
        + " Unterzeichnet haben die Vereinbarung am Montag Oberbürgermeister Tim Muster aus Grimma und LPR-Geschäftsführer Max Beispiel.\n",
        [("Grimma", "2022-05-09")],
    ),
    (
        "quote gehört jetzt",
        "10.05.2022\n\nZwenkau\n\n„Wir sind stolz, dass Zwenkau jetzt zur Allianz Sichere Sächsische Kommunen gehört“, sagte der Bürgermeister.\n",
        [("Zwenkau", None)],
    ),
    (
        "Partner geworden",
        "10.05.2022\n\nNossen\n\nDie Stadt Nossen ist am 2. Mai 2022 Partner der Allianz Sichere Sächsische Kommunen geworden.\n",
        [("Nossen", "2022-05-02")],
    ),
    (
        "Mitglied geworden",
        "10.05.2022\n\nNossen\n\nNossen ist im April Mitglied der Allianz Sichere Sächsische Kommunen geworden.\n",
        [("Nossen", "2022-04")],
    ),
    (
        "unterzeichnet headline Gemeinde",
        "10.05.2022\n\nGemeinde Ottendorf-Okrilla unterzeichnet Kooperationsvereinbarung\n\nDer Landespräventionsrat Sachsen und die Gemeinde haben am Montag den Vertrag unterzeichnet.\n",
        [("Ottendorf-Okrilla", "2022-05-09")],
    ),
    (
        "VG beigetreten",
        "10.05.2022\n\nVG\n\nDie Verwaltungsgemeinschaft Jöhstadt ist am 4. Mai 2022 der Allianz Sichere Sächsische Kommunen beigetreten.\n",
        [("Verwaltungsgemeinschaft Jöhstadt", "2022-05-04")],
    ),
    (
        "haben sich angeschlossen",
        "10.05.2022\n\nZuwachs\n\n"
        + NETWORK
        + " Der Allianz haben sich inzwischen auch Plauen und Reichenbach im Vogtland angeschlossen.\n",
        [("Plauen", None), ("Reichenbach im Vogtland", None)],
    ),
    (
        "genitive network Mitglied plural",
        "10.05.2022\n\nVogtland\n\nAuch Auerbach/Vogtl. und Falkenstein/Vogtl. sind Mitglieder der Allianz Sichere Sächsische Kommunen.\n",
        [("Auerbach/Vogtl.", None), ("Falkenstein/Vogtl.", None)],
    ),
    (
        "jüngstes Mitglied",
        "10.05.2022\n\nNeues\n\nJüngstes Mitglied der Allianz Sichere Sächsische Kommunen ist die Stadt Coswig.\n",
        [("Coswig", None)],
    ),
    (
        "LPR heißt willkommen",
        "10.05.2022\n\nWillkommen\n\nDer Landespräventionsrat begrüßt die Gemeinde Moritzburg als neues Mitglied im Netzwerk ASSKomm.\n",
        [("Moritzburg", None)],
    ),
    (
        "Aufnahme",
        "10.05.2022\n\nAufnahme\n\nDie Aufnahme der Stadt Lößnitz in die Allianz Sichere Sächsische Kommunen erfolgte am 3. Mai 2022.\n",
        [("Lößnitz", "2022-05-03")],
    ),
    (
        "als Mitglied der Allianz",
        "10.05.2022\n\nFreital\n\nAls Mitglied der Allianz Sichere Sächsische Kommunen hat Freital einen Präventionsrat gegründet.\n",
        [("Freital", None)],
    ),
    (
        "headline jetzt ASSKomm-Kommune",
        "10.05.2022\n\nBischofswerda jetzt ASSKomm-Kommune\n\nDer Landespräventionsrat freut sich.\n",
        [("Bischofswerda", None)],
    ),
    (
        "Neu im Netzwerk: X",
        "10.05.2022\n\nNeu im Netzwerk: Stadt Ebersbach-Neugersdorf\n\n" + NETWORK + "\n",
        [("Ebersbach-Neugersdorf", None)],
    ),
    (
        "nahm in das Netzwerk auf",
        "10.05.2022\n\nAufnahme\n\nDer Landespräventionsrat nahm die Gemeinde Ottendorf-Okrilla am Montag in das ASSKomm-Netzwerk auf.\n",
        [("Ottendorf-Okrilla", "2022-05-09")],
    ),
    (
        "Innenministerium only agreement",
        "10.05.2022\n\nZittau\n\nDie Stadt Zittau hat am Montag eine Kooperationsvereinbarung zur Kriminalprävention mit dem Innenministerium unterzeichnet.\n",
        [("Zittau", "2022-05-09")],
    ),
    (
        "als 20. Mitglied angeschlossen",
        "10.05.2022\n\nZwanzig\n\nAls 20. Mitglied hat sich die Stadt Brand-Erbisdorf der Allianz angeschlossen. "
        + NETWORK
        + "\n",
        [("Brand-Erbisdorf", None)],
    ),
    (
        "erste Kommune im Landkreis die beigetreten",
        "10.05.2022\n\nErste\n\nBautzen ist die erste Kommune im Landkreis, die der Allianz Sichere Sächsische Kommunen beigetreten ist.\n",
        [("Bautzen", None)],
    ),
    (
        "Vertrag unterschrieben genitive",
        "10.05.2022\n\nVertrag\n\n"
        + NETWORK
        + " Mit der Unterschrift von Bürgermeisterin Anna Muster ist die Gemeinde Großpösna nun offiziell Teil des Netzwerkes.\n",
        [("Großpösna", None)],
    ),
    (
        "Oberbürgermeister der Stadt X unterzeichnete",
        "10.05.2022\n\nVertrag\n\n"
        + NETWORK
        + " Der Oberbürgermeister der Stadt Hoyerswerda unterzeichnete am 9. Mai 2022 die Kooperationsvereinbarung.\n",
        [("Hoyerswerda", "2022-05-09")],
    ),
    (
        "Rathauschef von X setzte Unterschrift",
        "10.05.2022\n\nVertrag\n\n"
        + NETWORK
        + " Am Montag setzte der Bürgermeister von Wilthen seine Unterschrift unter die Kooperationsvereinbarung.\n",
        [("Wilthen", "2022-05-09")],
    ),
    (
        "zweite Kommune aus dem Landkreis (rank)",
        "10.05.2022\n\nLöbau\n\nLöbau ist nach Zittau die zweite Kommune aus dem Landkreis Görlitz im ASSKomm-Netzwerk.\n",
        [("Löbau", None)],
    ),
    (
        "mit der Stadt X hat das Netzwerk",
        "10.05.2022\n\nWachstum\n\nMit der Stadt Lommatzsch hat das ASSKomm-Netzwerk nun 45 Mitglieder.\n",
        [("Lommatzsch", None)],
    ),
    (
        "Beitritt von X",
        "10.05.2022\n\nBeitritt\n\nDer Beitritt von Pulsnitz zur Allianz Sichere Sächsische Kommunen wurde am Freitag vollzogen.\n",
        [("Pulsnitz", "2022-05-06")],
    ),
    (
        "Kooperationsvereinbarung X headline",
        "10.05.2022\n\nKooperationsvereinbarung mit Stadt Stollberg unterzeichnet\n\n" + NETWORK + "\n",
        [("Stollberg/Erzgeb.", None)],
    ),
    (
        "unterzeichneten ... für die Gemeinde",
        "10.05.2022\n\nVertrag\n\n"
        + NETWORK
        + " Für die Gemeinde Königswartha unterschrieb Bürgermeister Max Muster.\n",
        [("Königswartha", None)],
    ),
    (
        "Unterschriften unter die Vereinbarung",
        "10.05.2022\n\nVertrag\n\n"
        + NETWORK
        + " Am Montag setzten Bürgermeister der Gemeinde Wachau und LPR-Chef ihre Unterschriften unter die Kooperationsvereinbarung.\n",
        [("Wachau", "2022-05-09")],
    ),
    (
        "sind es nun",
        "10.05.2022\n\nWachstum\n\n" + NETWORK + " Mit Lunzenau sind es nun 46 Mitgliedskommunen.\n",
        [("Lunzenau", None)],
    ),
    (
        "reiht sich ein",
        "10.05.2022\n\nWachstum\n\nDie Stadt Penig reiht sich damit in das Netzwerk der Allianz Sichere Sächsische Kommunen ein.\n",
        [("Penig", None)],
    ),
    (
        "Beitritt bietet Möglichkeiten",
        "10.05.2022\n\nChancen\n\nDer Beitritt der Stadt Wurzen zur Allianz Sichere Sächsische Kommunen bietet viele Möglichkeiten.\n",
        [("Wurzen", None)],
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in JOINING_FORMS], ids=[c[0] for c in JOINING_FORMS]
)
def test_joining_forms(analyse: Analyse, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert_joinings(analyse, text, expected)


@pytest.mark.parametrize(
    ("text", "expected"), [c[1:] for c in JOINING_FORMS], ids=[c[0] for c in JOINING_FORMS]
)
def test_hard_wrapped_joining_forms(
    analyse: Analyse, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert_joinings(analyse, hard_wrapped(text), expected)


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        (
            "10.05.2022\n\nBilanz\n\nNach langer Diskussion im Stadtrat ist Oschatz der Allianz Sichere Sächsische "
            "Kommunen beigetreten, wie die Stadt mitteilte.\n",
            "Nach langer Diskussion im Stadtrat ist Oschatz der Allianz Sichere Sächsische Kommunen beigetreten",
        ),
        (
            "10.05.2022\n\nTag\n\nDie Stadt Torgau, die bereits 2021 der Allianz Sichere Sächsische Kommunen "
            "beigetreten ist, lädt zum Präventionstag ein.\n",
            "Die Stadt Torgau, die bereits 2021 der Allianz Sichere Sächsische Kommunen beigetreten ist",
        ),
        # the headline, where it states the joining, stays whole
        (
            "10.05.2022\n\nZwenkau tritt ASSKomm bei\n\nDie Stadt will mehr für die Sicherheit tun.\n",
            "Zwenkau tritt ASSKomm bei",
        ),
    ],
)
def test_the_text_is_the_shortest_phrase(analyse: Analyse, text: str, phrase: str) -> None:
    (found,) = joinings(analyse, text)
    assert found.text == phrase
    assert text[found.start : found.end] == phrase


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a site's label or a breadcrumb above the headline is no title: the headline's town is meant
        (
            "Riesa-News.de – Nachrichten aus Riesa\n\nHome > Region > Nünchritz\n\nNünchritz ist neues Mitglied "
            "der Sicherheitsallianz\n\n09.11.2022\n\nDie Kooperationsvereinbarung wurde am Montag vom Bürgermeister "
            "und dem Leiter des Polizeireviers Riesa unterzeichnet. Mit ihr ist die Gemeinde der Allianz Sichere "
            "Sächsische Kommunen beigetreten.\n",
            [("Nünchritz", "2022-11-07")],
        ),
    ],
)
def test_the_headline_under_a_site_label(
    analyse: Analyse, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(j.municipality, j.date) for j in joinings(analyse, text)] == expected
