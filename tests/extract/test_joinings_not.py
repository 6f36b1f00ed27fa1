"""Tests of the joinings extractor on what is no joining, next to the joining forms: presence at
an event, a council's people, plans, questions, refusals, other programmes', associations' and
the police's agreements, other documents signed, the network's composition; as written and
hard-wrapped (made-up articles)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, hard_wrapped
from tests.extract.test_joinings import NETWORK, joinings

NOT_JOININGS: list[tuple[str, str]] = [
    (
        "members listed by their membership",
        "10.05.2022\n\nTreffen\n\nKoordinatoren der ASSKomm-Kommunen Riesa, Meißen und Coswig trafen sich am Montag.\n",
    ),
    (
        "contact taken",
        "10.05.2022\n\nKontakt\n\n"
        + NETWORK
        + " Die Stadt Borna hat Kontakt mit dem Landespräventionsrat aufgenommen.\n",
    ),
    (
        "work taken up",
        "10.05.2022\n\nArbeit\n\n" + NETWORK + " In Borna hat der Präventionsrat seine Arbeit aufgenommen.\n",
    ),
    (
        "records taken up into the programme",
        "10.05.2022\n\nProgramm\n\n"
        + NETWORK
        + " Die Stadt Borna wurde in das Förderprogramm Soziale Stadt aufgenommen.\n",
    ),
    (
        "boat intention",
        "10.05.2022\n\nBoot\n\nDer Landespräventionsrat will künftig auch die Stadt Kamenz ins Boot holen. "
        + NETWORK
        + "\n",
    ),
    (
        "new tasks added",
        "10.05.2022\n\nAufgaben\n\n" + NETWORK + " In Riesa sind neue Aufgaben hinzugekommen.\n",
    ),
    (
        "members in meeting",
        "10.05.2022\n\nTreffen\n\n"
        + NETWORK
        + " Beim Vernetzungstreffen in Riesa tauschten sich Vertreter aus Döbeln und Oschatz aus.\n",
    ),
    (
        "advised first consultation",
        "10.05.2022\n\nBeratung\n\n"
        + NETWORK
        + " Am Montag fand in Oederan das erste Beratungsgespräch statt.\n",
    ),
    (
        "belongs to district",
        "10.05.2022\n\nKreis\n\n" + NETWORK + " Die Stadt Oederan gehört zum Landkreis Mittelsachsen.\n",
    ),
    (
        "member of association",
        "10.05.2022\n\nVerein\n\n"
        + NETWORK
        + " Die Stadt Oederan ist Mitglied im Städte- und Gemeindetag.\n",
    ),
    (
        "dabei busy",
        "10.05.2022\n\nBusy\n\n"
        + NETWORK
        + " Die Stadt Oederan ist gerade dabei, ein Konzept zu erstellen.\n",
    ),
    (
        "KPR member",
        "10.05.2022\n\nRat\n\n"
        + NETWORK
        + " Bürgermeister Max Muster ist Mitglied des Kommunalen Präventionsrates in Lunzenau.\n",
    ),
    (
        "police agreement",
        "10.05.2022\n\nPolizei\n\n"
        + NETWORK
        + " Die Stadt Oederan und die Polizeidirektion Chemnitz unterzeichneten am Montag eine Sicherheitspartnerschaft.\n",
    ),
    (
        "planned signing",
        "10.05.2022\n\nPlan\n\n"
        + NETWORK
        + " Die Unterzeichnung der Kooperationsvereinbarung mit der Stadt Oederan ist für Juni geplant.\n",
    ),
    (
        "council decided to join",
        "10.05.2022\n\nStadtrat\n\n"
        + NETWORK
        + " Der Stadtrat von Oederan hat beschlossen, der Allianz beizutreten.\n",
    ),
    ("wants to be member", "10.05.2022\n\nWunsch\n\n" + NETWORK + " Auch Oederan möchte Mitglied werden.\n"),
    (
        "list of members composition",
        "10.05.2022\n\nNetzwerk\n\nDem ASSKomm-Netzwerk gehören Kommunen wie Plauen, Zwickau und Görlitz an.\n",
    ),
    (
        "PiT join",
        "10.05.2022\n\nPiT\n\n"
        + NETWORK
        + " Die Stadt Zwönitz ist dem Netzwerk Prävention im Team beigetreten.\n",
    ),
    (
        "declined boat",
        "10.05.2022\n\nNein\n\n" + NETWORK + " Die Gemeinde Lichtenau ist nicht mit im Boot.\n",
    ),
    (
        "signatures collected",
        "10.05.2022\n\nPetition\n\n"
        + NETWORK
        + " In Oederan haben Bürger Unterschriften gegen die Schließung gesammelt. Der Vertrag für die Kita läuft aus.\n",
    ),
    (
        "late plan",
        "10.05.2022\n\nNoch nicht\n\n"
        + NETWORK
        + " Die Unterzeichnung der Kooperationsvereinbarung durch die Stadt Oederan steht noch aus.\n",
    ),
    (
        "event presence dabei",
        "10.05.2022\n\nFachtag\n\n" + NETWORK + " Aus Görlitz ist Bürgermeister Max Muster dabei.\n",
    ),
    (
        "took part in ASSKomm-Fachtag",
        "10.05.2022\n\nFachtag\n\n" + NETWORK + " Vertreter aus Zittau nahmen am ASSKomm-Fachtag teil.\n",
    ),
    (
        "person apposition member",
        "10.05.2022\n\nTreffen\n\nMax Muster, Mitglied des Landespräventionsrates, sprach in Riesa.\n",
    ),
    (
        "gremium composition",
        "10.05.2022\n\nRat\n\nDem Lenkungskreis der Allianz Sichere Sächsische Kommunen gehören Vertreter der Stadt Riesa und der Polizei an.\n",
    ),
    (
        "council people members",
        "10.05.2022\n\nRat\n\n"
        + NETWORK
        + " Der Präventionsrat hat sich gegründet. Mitglieder sind Vertreter der Stadt Riesa und der Polizei.\n",
    ),
    (
        "connected to a grid",
        "10.05.2022\n\nNetz\n\n"
        + NETWORK
        + " In Riesa wurde die Schule an das Glasfasernetz angeschlossen.\n",
    ),
    (
        "police partnership with the ministry",
        "10.05.2022\n\nPartnerschaft\n\nDie Stadt Leipzig, die Polizeidirektion und das Innenministerium haben eine Kooperationsvereinbarung zur Sicherheitspartnerschaft unterzeichnet.\n",
    ),
    (
        "Fachtag report",
        "12.05.2023\n\nASSKomm-Fachtag in Chemnitz\n\nRund 120 Teilnehmerinnen und Teilnehmer aus 40 Kommunen kamen am 11. Mai 2023 zum dritten ASSKomm-Fachtag nach Chemnitz. Aus Görlitz war Oberbürgermeister Octavian Ursu dabei, aus Zwickau die Ordnungsamtsleiterin. Innenminister Armin Schuster betonte: „Die Allianz Sichere Sächsische Kommunen wächst.“ In Workshops ging es um Sicherheit an Bahnhöfen. Vertreter aus Plauen und Freiberg stellten ihre Präventionskonzepte vor. Die Stadt Pirna berichtete über ihren Kommunalen Präventionsrat.\n",
    ),
    (
        "KPR founding with members",
        "02.03.2022\n\nPräventionsrat in Döbeln gegründet\n\nIn Döbeln hat sich am Dienstag der Kommunale Präventionsrat gegründet. Mitglieder sind Vertreter der Stadt, des Polizeireviers Döbeln, der Schulen und Vereine. Oberbürgermeister Sven Liebhauser unterzeichnete die Geschäftsordnung. Der Landespräventionsrat Sachsen hatte die Stadt beraten. Bürgermeister aus Roßwein und Leisnig informierten sich über das Gremium.\n",
    ),
    (
        "advice article",
        "20.09.2022\n\nBeratung zur Allianz\n\nDer Landespräventionsrat Sachsen berät derzeit die Städte Kamenz, Bischofswerda und Radeberg zu einem möglichen Beitritt zur Allianz Sichere Sächsische Kommunen. In Kamenz fand dazu am Montag ein erstes Gespräch statt. Eine Entscheidung über die Unterzeichnung der Kooperationsvereinbarung will der Stadtrat im Dezember treffen. „Wir prüfen das sorgfältig“, sagte Oberbürgermeister Roland Dantz.\n",
    ),
    (
        "police partnership article",
        "20.09.2022\n\nSicherheitspartnerschaft in Plauen verlängert\n\nDie Stadt Plauen und die Polizeidirektion Zwickau haben ihre Sicherheitspartnerschaft um drei Jahre verlängert. Oberbürgermeister Steffen Zenner und Polizeipräsident Lutz Rodig unterschrieben am Montag den Vertrag. Plauen arbeitet zudem im Landesprogramm Prävention im Team mit. Der Landespräventionsrat war nicht beteiligt.\n",
    ),
    (
        "network description",
        "20.09.2022\n\nWas ist ASSKomm?\n\nDie Allianz Sichere Sächsische Kommunen wurde 2019 vom Landespräventionsrat gegründet. Ihr gehören inzwischen über 50 Kommunen an, darunter große Städte wie Leipzig und Dresden. Kommunen, die beitreten, erhalten eine Sicherheitsanalyse. Interessierte Gemeinden wie Wilsdruff können sich an die Geschäftsstelle wenden.\n",
    ),
    (
        "Vernetzungstreffen host",
        "20.09.2022\n\nVernetzungstreffen in Meißen\n\nZum fünften Vernetzungstreffen der ASSKomm-Kommunen aus dem Landkreis Meißen lud die Stadt Meißen am Mittwoch ins Rathaus ein. Vertreter aus Riesa, Coswig und Radebeul tauschten sich über Alkoholverbote aus. Gäste aus Großenhain, das noch nicht Mitglied ist, hörten zu.\n",
    ),
    # welcomes of guests, not of members: the host welcomes, or the town is where the welcome is
    (
        "welcome to a host town",
        "10.05.2022\n\nWillkommen in Annaberg-Buchholz!\n\nDie Teilnehmer des Vernetzungstreffens der Allianz "
        "Sichere Sächsische Kommunen wurden am Montag im Rathaus begrüßt.\n",
    ),
    (
        "a town welcoming its guests",
        "10.05.2022\n\nFachtag\n\n"
        + NETWORK
        + " Die Stadt Grimma heißt die Gäste des Fachtags herzlich willkommen.\n",
    ),
    (
        "welcome to all guests in a town",
        "10.05.2022\n\nFachtag\n\n"
        + NETWORK
        + " Herzlich willkommen an alle Gäste des Fachtags in Chemnitz!\n",
    ),
    (
        "a town welcoming guests in the network's meeting",
        "10.05.2022\n\nTreffen\n\nDie Stadt Oschatz begrüßte die Gäste im Netzwerktreffen der Allianz Sichere "
        "Sächsische Kommunen.\n",
    ),
    (
        "welcome to a municipal page",
        "Startseite | Rathaus | Aktuelles\n\nHerzlich willkommen auf der Internetseite der Stadt Zittau!\n\n"
        "Hier finden Sie Informationen zur Allianz Sichere Sächsische Kommunen und zum Präventionsrat.\n",
    ),
    (
        "a mayor welcoming guests from towns",
        "10.05.2022\n\nTreffen\n\n" + NETWORK + " Bürgermeister Jens Beispiel hieß die Gäste aus Zittau und "
        "Görlitz herzlich willkommen.\n",
    ),
    # on board, but not as a member
    (
        "the police on board",
        "10.05.2022\n\nVerkehr\n\n" + NETWORK + " Die Polizei ist in Freiberg mit an Bord, wenn es um "
        "Verkehrssicherheit geht.\n",
    ),
    (
        "on board at an event, in the past",
        "10.05.2022\n\nFachtag\n\n"
        + NETWORK
        + " Mit an Bord waren Vertreter der Städte Torgau und Oschatz.\n",
    ),
    (
        "new at an event, in the past",
        "10.05.2022\n\nPräventionstag\n\n" + NETWORK + " Neu dabei war in diesem Jahr ein Stand der Stadt "
        "Werdau.\n",
    ),
    (
        "taking part in an event",
        "10.05.2022\n\nPräventionstag\n\nAm Samstag findet der Präventionstag der Allianz Sichere Sächsische "
        "Kommunen statt. Auch die Stadt Meißen ist dabei, mit einem Stand zur Verkehrssicherheit.\n",
    ),
    (
        "a model municipality of another programme",
        "10.05.2022\n\nDigitales\n\n" + NETWORK + " Die Stadt Zwickau ist zudem Modellkommune für die "
        "Digitalisierung der Verwaltung.\n",
    ),
    (
        "the state's network of another kind, no joining word",
        "10.05.2022\n\nNetzwerk\n\nDer Freistaat Sachsen fördert das Netzwerk für Suchtprävention. Die Stadt "
        "Pirna stellte dort am Montag ihre Projekte vor.\n",
    ),
    (
        "something new at an event, in a title town's article",
        "10.05.2022\n\nPräventionstag in Zwickau\n\nDie Allianz Sichere Sächsische Kommunen lädt ein. Neu "
        "dabei ist in diesem Jahr ein Workshop zur Mediensucht.\n",
    ),
    # members of a council, a twin town, a former municipality as a part of its successor
    (
        "members of the council",
        "10.05.2022\n\nPräventionsrat\n\n" + NETWORK + " Zu den Mitgliedern des Kommunalen Präventionsrates "
        "gehören Vertreter der Stadt Plauen und der Polizei.\n",
    ),
    (
        "twin town compound",
        "10.05.2022\n\nBesuch\n\n" + NETWORK + " Die Stadt Olbernhau ist Partnerstadt von Most.\n",
    ),
    (
        "former municipality as a part of its successor",
        "10.05.2022\n\nPräventionstag\n\n" + NETWORK + " Im Ortsteil Aue fand am Samstag ein Präventionstag "
        "statt. In Aue gab es dazu einen Stand der Polizei.\n",
    ),
    # founding a council with partners, a survey started under the network
    (
        "council founded together with partners",
        "10.05.2022\n\nRat\n\n" + NETWORK + " Die Städte Aue und Schneeberg gründen gemeinsam mit dem "
        "Landkreis einen Kommunalen Präventionsrat.\n",
    ),
    (
        "a survey started within the network",
        "10.05.2022\n\nBefragung\n\nDie Stadt Pirna startet im Rahmen der Allianz Sichere Sächsische "
        "Kommunen eine Bürgerbefragung.\n",
    ),
    # a security partnership with the state's police names no network
    (
        "security partnership with the police and the minister",
        "10.05.2022\n\nSicherheitspartnerschaft\n\nDie Stadt Riesa und die Polizeidirektion Dresden haben "
        "eine Sicherheitspartnerschaft geschlossen. Innenminister Karl Muster lobte die Prävention vor Ort.\n",
    ),
    # a rank in the subjunctive II supposes a joining still to come
    (
        "rank supposed",
        "02.06.2021\n\nStadtrat\n\nDer Stadtrat hat beschlossen, der Allianz Sichere Sächsische Kommunen "
        "beizutreten. Zschopau wäre nach Angaben des Landespräventionsrates die siebte Kommune im "
        "Erzgebirgskreis, die sich dem Netzwerk anschließt.\n",
    ),
    # a relative clause describes the complement of "Teil": a part of a concept, not of the network
    (
        "part of a concept the town drew up within the network",
        "02.06.2023\n\nStreife\n\n" + NETWORK + " Die neue Fußstreife ist Teil des Sicherheitskonzeptes, "
        "das die Stadt Sebnitz im Rahmen der Allianz erarbeitet hat.\n",
    ),
    # many signed: the town where it was announced is no member
    (
        "count of signings announced in a town",
        "05.02.2025\n\nBilanz\n\nSechs Jahre nach dem Start der Allianz Sichere Sächsische Kommunen haben "
        "66 Städte und Gemeinden eine Kooperationsvereinbarung unterzeichnet, wie die Geschäftsführerin am "
        "Mittwoch in Leipzig mitteilte.\n",
    ),
    # taking part in an event of the network is no joining
    (
        "mit von der Partie at an event",
        "10.05.2022\n\nFachtag\n\nDie Allianz Sichere Sächsische Kommunen lädt zum Fachtag nach Meißen. "
        "Auch die Stadt Nossen ist mit von der Partie.\n",
    ),
    (
        "intention article",
        "20.09.2022\n\nOschatz will beitreten\n\nDer Stadtrat von Oschatz hat am Donnerstag beschlossen, der Allianz Sichere Sächsische Kommunen beizutreten. Die Unterzeichnung der Kooperationsvereinbarung soll im November erfolgen. Bürgermeister David Schmidt sagte, man habe sich in Torgau und Delitzsch informiert.\n",
    ),
]


@pytest.mark.parametrize("text", [c[1] for c in NOT_JOININGS], ids=[c[0] for c in NOT_JOININGS])
def test_not_joinings(analyse: Analyse, text: str) -> None:
    assert joinings(analyse, text) == []


@pytest.mark.parametrize("text", [c[1] for c in NOT_JOININGS], ids=[c[0] for c in NOT_JOININGS])
def test_hard_wrapped_not_joinings(analyse: Analyse, text: str) -> None:
    assert joinings(analyse, hard_wrapped(text)) == []
