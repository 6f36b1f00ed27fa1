"""Tests of the joinings extractor on members named in passing: earlier joinings, lists, members
before the reported one, members named by their membership, towns that are also districts, and
whole articles with distractors; as written and hard-wrapped (made-up articles)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, hard_wrapped
from tests.extract.test_joinings import NETWORK, assert_joinings

JOINING_FORMS: list[tuple[str, str, list[tuple[str, str | None]]]] = [
    # members named in passing, earlier joinings, lists
    (
        "the date of the event the sentence before tells",
        "10.05.2022\n\nTaucha tritt ASSKomm bei\n\nAm Freitag kamen Bürgermeister und Vertreter des "
        "Landespräventionsrates im Rathaus zusammen. Nach der Unterzeichnung der Kooperationsvereinbarung gab es "
        "Beifall.\n",
        [("Taucha", "2022-05-06")],
    ),
    (
        "the town's mayor speaking of 'wir'",
        "10.05.2022\n\nPräventionstag\n\nDer Präventionstag in Mittweida war gut besucht. „Wir sind seit "
        "2020 Mitglied der Allianz Sichere Sächsische Kommunen“, sagte Max Muster. Mittweida lädt wieder ein.\n",
        [("Mittweida", "2020")],
    ),
    (
        "gehört seit zur",
        "10.05.2022\n\nStadtfest\n\nDie Stadt Zschopau gehört seit 2020 zur Allianz Sichere Sächsische Kommunen. Am Samstag feiert sie.\n",
        [("Zschopau", "2020")],
    ),
    (
        "seit Teil von",
        "10.05.2022\n\nStadtfest\n\nSeit Oktober 2021 ist Lugau Teil von ASSKomm.\n",
        [("Lugau/Erzgeb.", "2021-10")],
    ),
    (
        "ASSKomm-Mitglied apposition",
        "10.05.2022\n\nTreffen\n\nDas Treffen fand im Rathaus des ASSKomm-Mitglieds Stollberg statt.\n",
        [("Stollberg/Erzgeb.", None)],
    ),
    (
        "relative unterzeichnet hat",
        "10.05.2022\n\nTreffen\n\n"
        + NETWORK
        + " Die Stadt Eilenburg, die im Jahr 2021 die Kooperationsvereinbarung unterzeichnet hatte, lud ein.\n",
        [("Eilenburg", "2021")],
    ),
    (
        "nach Unterzeichnung im vergangenen Jahr",
        "10.05.2022\n\nBilanz\n\n"
        + NETWORK
        + " Nach der Unterzeichnung der Kooperationsvereinbarung im vergangenen Jahr hat die Stadt Oschatz einen Präventionsrat gegründet.\n",
        [("Oschatz", "2021")],
    ),
    (
        "Zittaus inflected",
        "10.05.2022\n\nBilanz\n\n" + NETWORK + " Mit Zittaus Beitritt im Februar 2021 wuchs das Netzwerk.\n",
        [("Zittau", "2021-02")],
    ),
    (
        "qualifier",
        "10.05.2022\n\nGroßenhain\n\nGroßenhain/Sachsen ist der Allianz Sichere Sächsische Kommunen beigetreten.\n",
        [("Großenhain", None)],
    ),
    (
        "headline tritt bei, body signs",
        "08.03.2023\n\nCrimmitschau tritt ASSKomm bei\n\nAm Dienstag unterschrieben Oberbürgermeister Max Muster und Torsten Beispiel vom Landespräventionsrat die Vereinbarung.\n",
        [("Crimmitschau", "2023-03-07")],
    ),
    (
        "neue Mitgliedskommune headline",
        "08.03.2023\n\nNeue Mitgliedskommune: Annaberg-Buchholz\n\n"
        + NETWORK
        + " Die Kooperationsvereinbarung wurde am 6. März 2023 unterzeichnet.\n",
        [("Annaberg-Buchholz", "2023-03-06")],
    ),
    (
        "Städtebund members",
        "08.03.2023\n\nStädtebund\n\nDer Städtebund Silberberg mit den Städten Lößnitz und Schneeberg hat die Kooperationsvereinbarung mit dem Landespräventionsrat unterzeichnet.\n",
        [("Städtebund Silberberg", None)],
    ),
    (
        "VG name only",
        "08.03.2023\n\nVG\n\nAuch die VG Jöhstadt-Königswalde ist ASSKomm beigetreten.\n",
        [("VG Jöhstadt-Königswalde", None)],
    ),
    (
        "signed by mayors apposition list",
        "08.03.2023\n\nDrei Kommunen\n\n"
        + NETWORK
        + " Am 7. März 2023 unterzeichneten die Bürgermeister von Lengenfeld, Treuen und Netzschkau die Kooperationsvereinbarung.\n",
        [("Lengenfeld", "2023-03-07"), ("Treuen", "2023-03-07"), ("Netzschkau", "2023-03-07")],
    ),
    (
        "bürgermeister der Gemeinde",
        "08.03.2023\n\nUnterschrift\n\n"
        + NETWORK
        + " Bürgermeister Max Muster unterzeichnete für die Gemeinde Neukirch/Lausitz die Kooperationsvereinbarung.\n",
        [("Neukirch/Lausitz", None)],
    ),
    (
        "dative gratulieren",
        "08.03.2023\n\nGlückwunsch\n\nDer Landespräventionsrat gratuliert Kamenz zur Mitgliedschaft in der Allianz Sichere Sächsische Kommunen.\n",
        [("Kamenz", None)],
    ),
    (
        "network named LPR headline",
        "08.03.2023\n\nStadt Pulsnitz kooperiert mit Landespräventionsrat\n\nDie Vereinbarung wurde am Montag unterzeichnet.\n",
        [("Pulsnitz", "2023-03-06")],
    ),
    (
        "seit dem Beitritt",
        "08.03.2023\n\nBilanz\n\n"
        + NETWORK
        + " Seit ihrem Beitritt im Jahr 2020 hat die Stadt Markneukirchen viel erreicht.\n",
        [("Markneukirchen", "2020")],
    ),
    (
        "Stadt X ist dabei",
        "08.03.2023\n\nDabei\n\nSeit diesem Jahr ist auch die Stadt Rochlitz bei ASSKomm dabei.\n",
        [("Rochlitz", "2023")],
    ),
    (
        "zweite Kommune im Landkreis",
        "08.03.2023\n\nLandkreis\n\nAls zweite Kommune im Landkreis Meißen ist Gröditz der Allianz beigetreten. "
        + NETWORK
        + "\n",
        [("Gröditz", None)],
    ),
    (
        "passive unterzeichnet, town in genitive of mayor",
        "08.03.2023\n\nVertrag\n\n"
        + NETWORK
        + " Am Montag wurde die Kooperationsvereinbarung vom Bürgermeister der Stadt Geringswalde unterzeichnet.\n",
        [("Geringswalde", "2023-03-06")],
    ),
    (
        "heute Unterzeichnung",
        "08.03.2023\n\nSchkeuditz\n\nHeute unterzeichnet die Stadt Schkeuditz als 50. Kommune die Kooperationsvereinbarung mit dem Landespräventionsrat Sachsen.\n",
        [("Schkeuditz", "2023-03-08")],
    ),
    (
        "gehört an",
        "10.05.2022\n\nTag\n\nDie Stadt Pirna gehört der Allianz Sichere Sächsische Kommunen seit 2019 an.\n",
        [("Pirna", "2019")],
    ),
    (
        "angehört relative",
        "10.05.2022\n\nTag\n\nDie Stadt Pirna, die seit 2019 dem ASSKomm-Netzwerk angehört, lud ein.\n",
        [("Pirna", "2019")],
    ),
    (
        "beteiligt sich am",
        "10.05.2022\n\nTag\n\nSeit 2021 beteiligt sich Wurzen am ASSKomm-Programm.\n",
        [("Wurzen", "2021")],
    ),
    (
        "Präventionsallianz",
        "10.05.2022\n\nAllianz\n\n" + NETWORK + " Auch Oschatz ist der Präventionsallianz beigetreten.\n",
        [("Oschatz", None)],
    ),
    (
        "apposition Mitglied of other",
        "10.05.2022\n\nTag\n\n" + NETWORK + " Zwickau, Mitglied im Städtetag, lud ein.\n",
        [],
    ),
    (
        "gehört zum Landkreis an",
        "10.05.2022\n\nTag\n\n" + NETWORK + " Die Stadt Pirna gehört dem Zweckverband seit 2019 an.\n",
        [],
    ),
    (
        "Allianz-Mitglied",
        "10.05.2022\n\nTreffen\n\nDas Treffen der Allianz Sichere Sächsische Kommunen fand beim Allianz-Mitglied Stollberg statt.\n",
        [("Stollberg/Erzgeb.", None)],
    ),
    # towns, cities and their districts
    (
        "big cities founders",
        "28.02.2019\n\nAllianz gegründet\n\nDie Städte Chemnitz, Dresden, Leipzig, Görlitz und Zwickau gründen heute die Allianz Sichere Sächsische Kommunen.\n",
        [
            ("Chemnitz", "2019-02-28"),
            ("Dresden", "2019-02-28"),
            ("Leipzig", "2019-02-28"),
            ("Görlitz", "2019-02-28"),
            ("Zwickau", "2019-02-28"),
        ],
    ),
    (
        "Leipzig seit Mitglied",
        "10.05.2022\n\nLeipzig\n\nDie Stadt Leipzig ist seit 2019 Mitglied der Allianz Sichere Sächsische Kommunen.\n",
        [("Leipzig", "2019")],
    ),
    (
        "Landeshauptstadt",
        "10.05.2022\n\nDresden\n\nAuch die Landeshauptstadt Dresden ist der Allianz Sichere Sächsische Kommunen beigetreten.\n",
        [("Dresden", None)],
    ),
    (
        "Chemnitz after Landkreis",
        "10.05.2022\n\nRegion\n\nIm Landkreis Leipzig ist Grimma bei ASSKomm dabei. Auch Leipzig ist Mitglied der Allianz Sichere Sächsische Kommunen.\n",
        [("Grimma", None), ("Leipzig", None)],
    ),
    (
        "Gründungsmitglieder list",
        "10.05.2022\n\nRückblick\n\nZu den Gründungsmitgliedern der Allianz Sichere Sächsische Kommunen gehörten 2019 Leipzig, Chemnitz und Plauen.\n",
        [("Leipzig", "2019"), ("Chemnitz", "2019"), ("Plauen", "2019")],
    ),
    (
        "Modellkommune",
        "10.05.2022\n\nModell\n\nFreital gehört zu den Modellkommunen der Allianz Sichere Sächsische Kommunen.\n",
        [("Freital", None)],
    ),
    (
        "KPR article in-passing with ASSKomm-Kommune",
        "10.05.2022\n\nRat gegründet\n\nIn Zwickau hat sich ein Kommunaler Präventionsrat gegründet. Die Stadt hatte im Oktober 2020 die Kooperationsvereinbarung mit dem Landespräventionsrat unterzeichnet.\n",
        [("Zwickau", "2020-10")],
    ),
    (
        "nominal headline Beitritt",
        "10.05.2022\n\nBeitritt zur Sicherheitsallianz: Freiberg ist dabei\n\nDer Landespräventionsrat freut sich.\n",
        [("Freiberg", None)],
    ),
    (
        "wir sind jetzt Mitglied quote",
        "10.05.2022\n\nMeißen\n\n„Wir sind jetzt Mitglied der Allianz Sichere Sächsische Kommunen“, sagte Meißens Oberbürgermeister Olaf Raschke.\n",
        [("Meißen", None)],
    ),
    (
        "unterschrieben haben",
        "10.05.2022\n\nMeißen\n\nDen Kooperationsvertrag mit dem Landespräventionsrat unterschrieben haben Oberbürgermeister Olaf Raschke für die Stadt Meißen und Polizeipräsident Lutz Rodig.\n",
        [("Meißen", None)],
    ),
    (
        "Kooperationspartner",
        "10.05.2022\n\nMeißen\n\nMeißen ist seit Montag Kooperationspartner des Landespräventionsrates.\n",
        [("Meißen", "2022-05-09")],
    ),
    (
        "Kooperation vereinbart",
        "10.05.2022\n\nMeißen\n\nDie Stadt Meißen und der Landespräventionsrat haben am Montag eine Kooperation vereinbart.\n",
        [("Meißen", "2022-05-09")],
    ),
    # whole articles with distractors
    (
        "long signing article",
        "21.06.2023\n\nMehr Sicherheit für Lichtenstein\n\nLichtenstein. Die Stadt Lichtenstein/Sa. ist seit Dienstag Mitglied der Allianz Sichere Sächsische Kommunen (ASSKomm). Bürgermeister Thomas Nordheim unterzeichnete im Rathaus gemeinsam mit dem Geschäftsführer des Landespräventionsrates Sachsen, Sven Forkert, und dem Leiter des Polizeireviers Glauchau die Kooperationsvereinbarung. „Prävention ist eine Gemeinschaftsaufgabe“, sagte Nordheim. Zuvor hatten sich bereits die Nachbarstädte Glauchau und Meerane dem Netzwerk angeschlossen. Im Landkreis Zwickau sind damit sieben Kommunen Mitglied. Als nächstes will die Gemeinde Callenberg beitreten.\n",
        [("Lichtenstein/Sa.", "2023-06-20"), ("Glauchau", None), ("Meerane", None)],
    ),
    (
        "long KPR article with in-passing",
        "14.09.2022\n\nPräventionsrat gegründet\n\nAm Montagabend hat sich in Mittweida der Kommunale Präventionsrat konstituiert. Oberbürgermeister Ralf Schreiber leitet das Gremium. Die Hochschulstadt ist seit Juni 2021 Teil der Allianz Sichere Sächsische Kommunen. Beraten wurde sie dabei vom Landespräventionsrat. Auch die Stadt Rochlitz lässt sich derzeit beraten.\n",
        [("Mittweida", "2021-06")],
    ),
    (
        "long Vernetzungstreffen",
        "05.05.2023\n\nVernetzungstreffen in Radebeul\n\nAm 4. Mai 2023 trafen sich die Koordinatorinnen und Koordinatoren der ASSKomm-Kommunen aus Ostsachsen in Radebeul. Gastgeber Bert Wendsche begrüßte Vertreter aus Bautzen, Görlitz, Zittau und Kamenz. Thema war die Sicherheit im öffentlichen Raum. Das nächste Treffen findet im Herbst in Löbau statt.\n",
        [],
    ),
    (
        "long advised",
        "05.05.2023\n\nBeratung in Großenhain\n\nDer Landespräventionsrat Sachsen hat die Stadt Großenhain zu einem ersten Gespräch über die Allianz Sichere Sächsische Kommunen besucht. Bürgermeister Sven Mißbach zeigte Interesse an einem Beitritt. Eine Entscheidung soll der Stadtrat im Herbst treffen. Bereits Mitglied sind die Nachbarkommunen Riesa und Meißen.\n",
        [("Riesa", None), ("Meißen", None)],
    ),
    (
        "long passive signing",
        "12.10.2022\n\nKooperationsvereinbarung unterzeichnet\n\nAm 11. Oktober 2022 wurde im Rathaus Werdau die Kooperationsvereinbarung zur Allianz Sichere Sächsische Kommunen unterzeichnet. Für die Stadt unterschrieb Oberbürgermeister Sergio Muster, für den Landespräventionsrat Geschäftsführer Sven Forkert. Werdau ist damit die 48. Mitgliedskommune.\n",
        [("Werdau", "2022-10-11")],
    ),
    (
        "long police and town separately",
        "12.10.2022\n\nSicherheit in Plauen\n\nDie Stadt Plauen und die Polizeidirektion Zwickau haben am Montag eine Sicherheitspartnerschaft vereinbart. Plauen gehört seit 2019 zur Allianz Sichere Sächsische Kommunen. Geplant sind gemeinsame Streifen.\n",
        [("Plauen", "2019")],
    ),
    # found among the distractors
    (
        "declaration signed",
        "10.05.2022\n\nErklärung\n\n"
        + NETWORK
        + " Die Stadt Riesa hat 2020 die Kooperationsvereinbarung mit dem Landespräventionsrat unterzeichnet. In Döbeln unterzeichneten die Mitglieder des Präventionsrates die Gründungserklärung.\n",
        [("Riesa", "2020")],
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
