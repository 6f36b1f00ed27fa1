"""Tests of the milestones extractor: ranks, running totals, the newest member."""

from __future__ import annotations

import pytest

from pipeline.extract.milestones import extract_milestones
from pipeline.lang.numbers import CARDINALS, ORDINALS, number_value
from tests.conftest import Analyse

#: A neutral opening line, so that the sentence under test is body text, not the title.
LEAD = "17.04.2024\nPressemitteilung des Landespräventionsrates\n\n"

CASES: list[tuple[str, set[tuple[str, int | None]]]] = [
    # rank: members
    ("Heidenau ist damit die Nummer 53 im Netzwerk.", {("rank", 53)}),
    ("Unterzeichnet wurde die 47. ASSKomm-Kooperationsvereinbarung.", {("rank", 47)}),
    ("In Görlitz wurde Sachsens 46. Kommunaler Präventionsrat gegründet.", {("rank", 46)}),
    ("Der 30. Kommunaler Präventionsrat Sachsens wurde in Görlitz begründet.", {("rank", 30)}),
    ("Kamenz tritt als 4. Kommune des Landkreises dem Verbund bei.", {("rank", 4)}),
    ("Zittau ist als nunmehr 56. Kommune dabei.", {("rank", 56)}),
    (
        "Die Stadt Freiberg ist die 42. Kommune die eine Kooperationsvereinbarung unterschreibt.",
        {("rank", 42)},
    ),
    ("Am 5. April 2023 trat die fünfte Kommune aus dem Landkreis Mittelsachsen bei.", {("rank", 5)}),
    ("Es ist die zweite Unterzeichnung in diesem Jahr.", {("rank", 2)}),
    ("Zittau ist die dritte ostsächsische Hochschulstadt im Verbund.", {("rank", 3)}),
    ("Kamenz ist die vierte Kommune der Region Ostsachsen.", {("rank", 4)}),
    ("Hartmannsdorf ist die zweite Kommune, die der Allianz beitritt.", {("rank", 2)}),
    # rank: programme events
    ("Das 5. Vernetzungstreffen fand in Radeberg statt.", {("rank", 5)}),
    ("Das 5. ASSKomm-Vernetzungstreffen der Region Ostsachsen war ein Erfolg.", {("rank", 5)}),
    ("Das fünfte Vernetzungstreffen widmete sich der Fokusgruppe Kinder.", {("rank", 5)}),
    (
        "Bereits zum zweiten Vernetzungstreffen der Region Westsachsen in diesem Jahr kamen alle.",
        {("rank", 2)},
    ),
    ("Am 6. Mai 2021 fand das erste digitale Vernetzungstreffen statt.", {("rank", 1)}),
    ("Anlässlich der 2. ASSKomm-Fachtagung wurde der Ordner vorgestellt.", {("rank", 2)}),
    ("Der 4. ASSKomm-Fachtag war gut besucht.", {("rank", 4)}),
    ("Die 7. AG ASSKomm tagte in Dresden.", {("rank", 7)}),
    ("Viele Gäste kamen zum 6. Landespräventionstag nach Chemnitz.", {("rank", 6)}),
    ("Die 20. Plenarsitzung des Landespräventionsrates fand in Dresden statt.", {("rank", 20)}),
    # total
    ("Mittlerweile sind 29 Kommunen dem ASSKomm-Verbund beigetreten.", {("total", 29)}),
    ("Seit dem Start wurden 126 Kommunen kontaktiert.", {("total", 126)}),
    ("Es gibt viele Partner, wovon ein Drittel (43) eng zusammenarbeiten.", {("total", 43)}),
    ("Mit Seifhennersdorf beteiligen sich nun 105 Kommunen.", {("total", 105)}),
    ("Die Kreisstadt ist eine von 13 Modellkommunen im Freistaat.", {("total", 13)}),
    ("Sechs der aktuell zehn ASSKomm Kommunen in Ostsachsen kamen nach Bautzen.", {("total", 10)}),
    ("Bislang wurden 58 Kooperationsvereinbarungen unterzeichnet.", {("total", 58)}),
    ("Damit haben sich jetzt bereits 49 Kommunen in Sachsen dazu entschlossen.", {("total", 49)}),
    (
        "Der Landespräventionsrat hat inzwischen bereits 64 Städte zu Fragen der Prävention beraten.",
        {("total", 64)},
    ),
    ("In 16 Kommunen hat sich zudem ein Kommunaler Präventionsrat konstituiert.", {("total", 16)}),
    ("Die Allianz wurde zusammen mit acht sächsischen Modellkommunen ins Leben gerufen.", {("total", 8)}),
    (
        "„20 von über 400 Kommunen in Sachsen haben die Vereinbarung unterzeichnet“, sagte er.",
        {("total", 20)},
    ),
    # newest
    ("Das Treffen fand in Radeberg, der neuesten Mitgliedskommune in der Region, statt.", {("newest", None)}),
    # negatives
    ("Damit ist Heidenau die erste Kommune in Sachsen, die diesen Schritt geht.", set()),
    ("Das erste Beratungsgespräch fand im Rathaus statt.", set()),
    ("Die Teilnehmenden erinnerten sich gern an das erste Treffen im Juli.", set()),
    ("Sachsen war Gastgeber für den 23. Deutschen Präventionstag.", set()),
    ("Der Rat tagte nach der 38. Sicherheitskonferenz des Präventionsrates.", set()),
    ("Das Stadtfest findet zum 30. Mal statt.", set()),
    ("Leipzig ist die zweitgrößte Stadt der Region.", set()),
    ("Leipzig ist nach Dresden die zweite Stadt, die ein Alkoholverbot erlässt.", set()),
    ("Sachsens erster Kommunaler Präventionsrat entstand 1994 in Leipzig.", set()),
    ("Der Stadtrat hat 22 Mitglieder, die alle zugestimmt haben.", set()),
    ("Damit ist Torgau eine von nur neun sächsischen Gemeinden mit hoher Kriminalität.", set()),
    ("Der 4. Präventionstag für Senioren findet im Rathaus statt.", set()),
    ("Die 2. Sitzung des Kommunalen Präventionsrates der Stadt Zwickau begann.", set()),
    ("Am 17. April trafen sich die Koordinatoren.", set()),
    ("Am Workshop nahmen 19 Studierende und 46 Gäste teil.", set()),
    ("Das Land stellt jährlich 1,3 Millionen Euro Fördermittel bereit.", set()),
    ("Am 17. Dezember 2021 traten fünf weitere Städte der Allianz bei.", set()),
    ("Im Rathaus unterzeichneten drei Kommunen die Vereinbarung.", set()),
    ("Drei Städte im Vogtland gehen heute einen wichtigen Schritt.", set()),
    ("Es gibt Herausforderungen, die alle drei Kommunen beschäftigen.", set()),
    ("Sachsen hat über 400 Kommunen.", set()),
    ("Hainichen ist ein neues Mitglied der Allianz.", set()),
    ("Rufen Sie unter der Telefonnummer 0351 56412 an.", set()),
    # totals and parts of them in more phrasings, and counts of other things
    (
        "Der Verbund berät inzwischen 110 Kommunen, davon arbeiten 35 eng mit ihm zusammen.",
        {("total", 110), ("total", 35)},
    ),
    ("Die Allianz zählt mittlerweile mehr als 80 Mitglieds-Kommunen.", {("total", 80)}),
    ("Zum Treffen kamen 90 Gäste aus 31 Kommunen, die sich am Netzwerk beteiligen.", set()),
    ("In Sachsen gibt es 418 Gemeinden.", set()),
    ("Der Landkreis umfasst 57 Städte und Gemeinden.", set()),
    ("Im Netzwerk gibt es 44 Kommunen.", {("total", 44)}),
    ("Musterau ist die dritte Kommune im Landkreis Bautzen, die ein Alkoholverbot erlässt.", set()),
    ("Musterau ist die dritte Kommune im Landkreis Bautzen, die der Allianz beitritt.", {("rank", 3)}),
    ("Der Präventionsrat traf sich zur ersten Sitzung 2020 im Rathaus.", set()),
    # the first member within a district; a second ordinal coordinated with a rank
    ("Als erste Kommune im Landkreis Musterau unterzeichnete Beispielstadt die Vereinbarung.", {("rank", 1)}),
    ("Kleinhausen war 2018 die erste Gemeinde des Landkreises im Verbund der Allianz.", {("rank", 1)}),
    ("Musterau ist die erste Stadt im Landkreis, die ein Alkoholverbot erlässt.", set()),
    ("Musterau ist die erste Kommune in Ostsachsen im Verbund der Allianz.", {("rank", 1)}),
    ("Musterau ist die erste Kommune in Sachsen im Verbund der Allianz.", set()),
    ("Als erste Kommune im Landkreis eröffnete Musterau ein Jugendzentrum.", set()),
    (
        "Es ist der 61. Kommunale Präventionsrat in Sachsen und der dritte im Vogtlandkreis.",
        {("rank", 61), ("rank", 3)},
    ),
    ("Es ist die 40. Kommune im Verbund und die zweite Sitzung im Rathaus.", {("rank", 40)}),
    ("Das ist die 12. Unterzeichnung und der Bürgermeister freut sich.", {("rank", 12)}),
    # a total named by its noun of counting, parts after their number, councils referred back to
    ("Die Zahl der Mitgliedskommunen wächst damit auf 71.", {("total", 71)}),
    ("Die Zahl der ASSKomm-Kommunen liegt nun bei dreiundsechzig.", {("total", 63)}),
    ("Die Zahl der Gemeinden im Landkreis sank auf 38.", set()),
    (
        "Insgesamt sind damit 47 Kommunen der Allianz beigetreten, sieben davon im Landkreis Musterau.",
        {("total", 47), ("total", 7)},
    ),
    (
        "Der Kommunale Präventionsrat tagt monatlich. Im Landkreis gibt es inzwischen neun solcher Gremien.",
        {("total", 9)},
    ),
    ("Der Seniorenbeirat tagt monatlich. Im Landkreis gibt es inzwischen neun solcher Gremien.", set()),
    # a sentence wrapped over lines (newspaper pages) is one sentence
    ("Landesweit haben\nmehr als 70 Kommunen einen Kommunalen Präventionsrat.", {("total", 70)}),
    # an ordinal whose noun comes with the rank joined after it
    ("Die Feier im Rathaus war die 51. und 52. Kooperationsvereinbarung.", {("rank", 51), ("rank", 52)}),
    ("Musterau ist die 63., Kleinhausen die 64. Mitgliedskommune.", {("rank", 63), ("rank", 64)}),
    ("Musterau ist die sechste, Kleinhausen die siebte Kommune im Verbund.", {("rank", 6), ("rank", 7)}),
    ("Am 5. und 6. Mai tagte der Rat zum dritten Mal.", set()),
    ("Die erste und zweite Kommune im Verbund feierten.", {("rank", 2)}),
    # membership as the ranked noun
    (
        "Sie ist die 31. Mitgliedschaft im Netzwerk und die fünfte im Kreis Musterau.",
        {("rank", 31), ("rank", 5)},
    ),
    # membership among a counted whole; a count with "damit"; councils that exist in municipalities
    ("Beispielstadt zählt nun zu den zwölf Modellkommunen der Allianz.", {("total", 12)}),
    ("Die Gäste kamen zu den zwölf Modellkommunen der Allianz.", set()),
    ("Im Landkreis Musterau sind damit sieben Städte und Gemeinden im Netzwerk.", {("total", 7)}),
    ("In 27 Kommunen bestehen inzwischen Kommunale Präventionsräte.", {("total", 27)}),
    ("In Sachsen bestehen 418 Gemeinden.", set()),
    ("Mittlerweile sind dreiunddreißig Kommunen dem Verbund beigetreten.", {("total", 33)}),
]


def _kinds_and_values(analyse: Analyse, sentence: str) -> set[tuple[str, int | None]]:
    """The (kind, value) of every milestone of ``sentence`` in a release of the LPR."""
    doc, layout = analyse(LEAD + sentence)
    return {(r.kind, r.value) for r in extract_milestones(doc, layout, article_id="t")}


@pytest.mark.parametrize(("sentence", "expected"), CASES, ids=[c[0][:40] for c in CASES])
def test_kind_and_value(analyse: Analyse, sentence: str, expected: set[tuple[str, int | None]]) -> None:
    assert _kinds_and_values(analyse, sentence) == expected


@pytest.mark.parametrize(
    "title",
    ["Mehr als nur die Nummer 53", "7. AG ASSKomm", "3. Vernetzungstreffen der Region Westsachsen"],
)
def test_titles_count(analyse: Analyse, title: str) -> None:
    doc, layout = analyse(f"17.04.2024\n{title}\n\nDer Text des Artikels folgt hier.")
    records = extract_milestones(doc, layout, article_id="t")
    assert len(records) == 1 and records[0].kind == "rank"
    assert layout.title_span and layout.title_span[0] <= records[0].start < layout.title_span[1]


def test_offsets_match_text(analyse: Analyse) -> None:
    text = LEAD + " ".join(sentence for sentence, _ in CASES)
    doc, layout = analyse(text)
    records = extract_milestones(doc, layout, article_id="t")
    assert records
    for record in records:
        assert doc.text[record.start : record.end] == record.text
        assert record.article_id == "t"


def test_same_kind_and_value_once_first_kept(analyse: Analyse) -> None:
    text = LEAD + "Das 5. Vernetzungstreffen war gut. Auch das fünfte Vernetzungstreffen hatte Gäste."
    doc, layout = analyse(text)
    records = extract_milestones(doc, layout, article_id="t")
    assert [(r.kind, r.value, r.text) for r in records] == [("rank", 5, "5. Vernetzungstreffen")]


def test_newest_names_subject(analyse: Analyse) -> None:
    doc, layout = analyse(LEAD + "Man traf sich in Radeberg, der neuesten Mitgliedskommune der Region.")
    (record,) = extract_milestones(doc, layout, article_id="t")
    assert record.subject == "Radeberg" and record.value is None


def test_footer_is_skipped(analyse: Analyse) -> None:
    text = LEAD + "Ein Satz ohne Zahlen.\n\nzurück zum Seitenanfang\n\nDas 5. Vernetzungstreffen folgt."
    doc, layout = analyse(text)
    assert extract_milestones(doc, layout, article_id="t") == []


def test_doc_is_not_mutated(analyse: Analyse) -> None:
    doc, layout = analyse(LEAD + "Mittlerweile sind 29 Kommunen dem Verbund beigetreten.")
    before = [(t.text, t.is_sent_start) for t in doc]
    extract_milestones(doc, layout, article_id="t")
    assert [(t.text, t.is_sent_start) for t in doc] == before


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("53.", 53),
        ("acht", 8),
        ("Fünfte", 5),
        ("ersten", 1),
        ("siebten", 7),
        ("zwanzigstes", 20),
        ("fünfunddreißig", 35),
        ("Dreißigste", 30),
        ("Haus", None),
    ],
)
def test_number_value(word: str, value: int | None) -> None:
    assert number_value(word) == value


def test_number_tables_are_read_only() -> None:
    with pytest.raises(TypeError):
        CARDINALS["zwei"] = 3  # type: ignore[index]
    with pytest.raises(TypeError):
        ORDINALS["erste"] = 2  # type: ignore[index]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a share of the total before it, referring back with "sind es"
        ("Damit beteiligen sich nun 64 Kommunen an der Allianz. Im Landkreis Beispielkreis sind es neun.",
         {("total", 64), ("total", 9)}),
        ("Inzwischen hat das Team 130 Kommunen beraten. In der Region Ostsachsen waren es 31.",
         {("total", 130), ("total", 31)}),
        # the count a joining results in, without its noun
        ("Musterau ist seit heute Mitglied der Allianz. Damit sind es 71.", {("total", 71)}),
        ("Musterau ist seit heute Mitglied im Verbund. Somit sind es nun zweiundsiebzig.", {("total", 72)}),
        # not: a share of something else, a percentage, a count after something else
        ("Die Stadt hat 30 Ortsteile. Im Landkreis Beispielkreis sind es 400.", set()),
        ("Mittlerweile sind 40 Kommunen beigetreten. Im Landkreis Beispielkreis sind es zehn Prozent.",
         {("total", 40)}),
        ("Der Rat tagte dieses Jahr viermal. Damit sind es 12.", set()),
        ("Im Landkreis Beispielkreis sind es elf.", set()),
        # a marker alone makes no total of something else the towns did
        ("Bisher haben 18 Kommunen Fördermittel beantragt.", set()),
        ("Schon 25 Städte haben Anträge gestellt.", set()),
        ("Musterau ist neu im Verbund. Bislang haben 18 Kommunen mitgemacht.", {("total", 18)}),
        # other programmes' meetings and agreements are no milestones of ASSKomm
        ("Beim 5. PiT-Landestreffen waren alle Regionen vertreten.", set()),
        ("Im Programm Prävention im Team wurden bereits 30 Kooperationsvereinbarungen geschlossen.", set()),
        ("Bereits 30 Kooperationsvereinbarungen wurden mit der Allianz unterzeichnet.", {("total", 30)}),
        # the programme's model municipalities
        ("Musterau gehört zu den ersten acht Modellkommunen, die 2019 gestartet sind.", {("total", 8)}),
    ],
)  # fmt: skip
def test_shares_counts_after_joinings_and_other_programmes(
    analyse: Analyse, sentence: str, expected: set[tuple[str, int | None]]
) -> None:
    assert _kinds_and_values(analyse, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a verb of setting up whose object is something else
        ("Bereits 45 Städte haben Waffenverbotszonen eingerichtet.", set()),
        ("Inzwischen haben 30 Gemeinden Bürgerbüros eingeführt.", set()),
        ("Mittlerweile haben 34 Kommunen einen Kommunalen Präventionsrat gegründet.", {("total", 34)}),
        ("Bislang wurden in 20 Kommunen in Sachsen Präventionsräte gebildet.", {("total", 20)}),
        ("Bisher haben 14 Städte seit Mai im Verbund Präventionsräte gegründet.", {("total", 14)}),
        # a member rank qualified by what the town has
        ("Die Stadt war 2019 die 3. Kommune mit einer Videoüberwachung.", set()),
        ("Musterau ist Sachsens 45. Kommune mit einem solchen Gremium.", {("rank", 45)}),
        ("Musterau ist die 45. Kommune mit einem Kommunalen Präventionsrat.", {("rank", 45)}),
    ],
)  # fmt: skip
def test_objects_and_qualifiers_of_something_else(
    analyse: Analyse, sentence: str, expected: set[tuple[str, int | None]]
) -> None:
    assert _kinds_and_values(analyse, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the members among a whole that is no total itself
        ("Der Landkreis hat 53 Gemeinden, davon sind bereits 20 Mitglied der Allianz.", {("total", 20)}),
        ("Die Region zählt 40 Städte, davon sind schon zwölf im Netzwerk.", {("total", 12)}),
        ("Der Landkreis hat 53 Gemeinden, davon sind 20 sehr klein.", set()),
        # the count a signing results in, stated with "sind es"
        ("Mit der heutigen Unterzeichnung sind es 64 Mitgliedskommunen.", {("total", 64)}),
        ("Im Landkreis sind es 53 Gemeinden.", set()),
        # a reach verb in another clause with a number of its own belongs to that number
        ("Für das Projekt haben sich 14 Kommunen beworben, ausgewählt wurden sechs.", set()),
        ("Seit 2019 hat das Team 120 Kommunen, meist kleine, beraten.", {("total", 120)}),
        ("Musterau zählt zu den ersten acht Modellkommunen, die 2019 gestartet sind.", {("total", 8)}),
    ],
)
def test_members_among_a_whole_and_the_clause_of_the_reach_verb(
    analyse: Analyse, sentence: str, expected: set[tuple[str, int | None]]
) -> None:
    assert _kinds_and_values(analyse, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a count reached by now, its noun in the sentence before
        ("Beispielstadt war 2020 die 30. Kommune im Verbund. Inzwischen sind es 58.", {("rank", 30), ("total", 58)}),
        ("Die Allianz wächst stetig. Mittlerweile sind es schon siebzig.", {("total", 70)}),
        ("Der Chor probt jeden Dienstag. Inzwischen sind es 40.", set()),
        # a part of the total before, referring back with "von ihnen"
        ("Inzwischen arbeiten 50 Kommunen im Netzwerk mit. In 31 von ihnen gibt es einen Kommunalen Präventionsrat.",
         {("total", 50), ("total", 31)}),
        ("Inzwischen arbeiten 50 Kommunen im Netzwerk mit. 20 von ihnen wurden bereits beraten.",
         {("total", 50), ("total", 20)}),
        ("Inzwischen arbeiten 50 Kommunen im Netzwerk mit. 12 von ihnen kamen zum Treffen.", {("total", 50)}),
        ("Am Fest nahmen 300 Gäste teil. In 31 von ihnen gibt es einen Präventionsrat.", set()),
        # a definite count defined by a relative clause of reaching
        ("Förderfähig sind die 61 Kommunen, die bereits eine Kooperationsvereinbarung abgeschlossen haben.",
         {("total", 61)}),
        ("Eingeladen sind die 40 Städte, die dem Verbund inzwischen beigetreten sind.", {("total", 40)}),
        ("Eingeladen sind die 40 Städte, die sich beworben haben.", set()),
        ("Eingeladen sind die 40 Städte, die bereits Fördermittel beantragt haben.", set()),
        # an ordinal of the programme's event in the genitive
        ("Die Planung des sechsten Vernetzungstreffens hat begonnen.", {("rank", 6)}),
        ("Die Ergebnisse des 3. Koordinatorentreffens liegen vor.", {("rank", 3)}),
    ],
)  # fmt: skip
def test_counts_that_refer_back_and_genitive_events(
    analyse: Analyse, sentence: str, expected: set[tuple[str, int | None]]
) -> None:
    assert _kinds_and_values(analyse, sentence) == expected
