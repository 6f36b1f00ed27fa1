"""Tests of the dates extractor on German sentences built like LPR releases."""

from __future__ import annotations

from itertools import pairwise

import pytest

from pipeline.extract.dates import extract_dates
from pipeline.records import DateRecord
from tests.conftest import Analyse

#: An LPR release opens with its date line and a title; the body follows.
DATED = "17.04.2024\n\nTitel der Meldung\n\n"
UNDATED = "Titel der Meldung\n\n"


def body_dates(analyse: Analyse, head: str, sentence: str) -> list[DateRecord]:
    """The date records found in ``sentence`` placed under ``head`` (date line excluded)."""
    text = head + sentence + "\n"
    doc, layout = analyse(text)
    records = extract_dates(doc, layout, article_id="t")
    for record in records:
        assert text[record.start : record.end] == record.text
    return [r for r in records if r.start >= len(head)]


def pairs(records: list[DateRecord]) -> list[tuple[str, str]]:
    return [(r.text, r.value) for r in records]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Daher trafen sich am 17. April 2024 alle Beteiligten.", [("17. April 2024", "2024-04-17")]),
        ("Die Mitteilung vom 09.08.2023 gilt weiter.", [("09.08.2023", "2023-08-09")]),
        ("Unterzeichnet wurde am 1 November 2021 in Dippoldiswalde.", [("1 November 2021", "2021-11-01")]),
        ("Am 2.November 2022 traf sich die Arbeitsgruppe.", [("2.November 2022", "2022-11-02")]),
        ("Die nächste Sitzung ist für den Mai 2023 geplant.", [("Mai 2023", "2023-05")]),
        ("Bereits im Februar 2019 nahmen sie an einer Tagung teil.", [("Februar 2019", "2019-02")]),
        ("Die Tagung findet am 26. August in Chemnitz statt.", [("26. August", "2024-08-26")]),
        ("Im März wurde die Vereinbarung unterzeichnet.", [("Im März", "2024-03")]),
        # a month after the release date that the text reports as past lies in the year before
        ("Das erste Treffen im Juli fand großen Anklang.", [("im Juli", "2023-07")]),
        # one before it that the text announces lies in the year after
        ("Im Februar soll das nächste Treffen stattfinden.", [("Im Februar", "2025-02")]),
        ("Heute unterzeichneten die Bürgermeister die Vereinbarung.", [("Heute", "2024-04-17")]),
        ("Gestern wurde der Rat gegründet.", [("Gestern", "2024-04-16")]),
        ("Die Experten diskutieren noch bis morgen.", [("morgen", "2024-04-18")]),
        ("Im vergangenen Jahr wurden 20 Kommunen beraten.", [("Im vergangenen Jahr", "2023")]),
        ("Im Vorjahr waren es weniger.", [("Im Vorjahr", "2023")]),
        ("Es ist das zweite Treffen in diesem Jahr.", [("in diesem Jahr", "2024")]),
        ("Eine Analyse ist im nächsten Jahr geplant.", [("im nächsten Jahr", "2025")]),
        ("Sie soll im kommenden Jahr folgen.", [("im kommenden Jahr", "2025")]),
        ("Die Allianz wurde vor einem Jahr gegründet.", [("vor einem Jahr", "2023")]),
        ("Der Verein entstand vor zwei Jahren.", [("vor zwei Jahren", "2022")]),
        ("Radeberg war im Jahr 2022 beigetreten.", [("im Jahr 2022", "2022")]),
        ("Die Erhebung für das Jahr 2026 ist abgeschlossen.", [("für das Jahr 2026", "2026")]),
        ("105 Kommunen beteiligen sich an dem 2019 initiierten Projekt.", [("2019", "2019")]),
        ("Anfang 2019 wurde ASSKomm gegründet.", [("Anfang 2019", "2019")]),
        ("Mitte 2022 lag der Bericht vor.", [("Mitte 2022", "2022")]),
        ("Das Projekt lief bis Ende des Jahres 2021.", [("Ende des Jahres 2021", "2021")]),
        ("Das geschah Ende des vergangenen Jahres.", [("Ende des vergangenen Jahres", "2023")]),
        ("Den Rat bilden wir im 1. Quartal 2021.", [("im 1. Quartal 2021", "2021")]),
        ("Die Meldung vom 22.07.2022, 12:44 Uhr wurde ergänzt.", [("22.07.2022", "2022-07-22")]),
        (
            "Der Landespräventionstag fand am 14. und 15. November 2022 statt.",
            [("14.", "2022-11-14"), ("15. November 2022", "2022-11-15")],
        ),
        (
            "In der Zeit vom 21. April bis 2. Mai 2025 fand das Projekt statt.",
            [("21. April", "2025-04-21"), ("2. Mai 2025", "2025-05-02")],
        ),
        ("Im April und Mai 2019 wurden Bürger befragt.", [("Im April", "2019-04"), ("Mai 2019", "2019-05")]),
        (
            "Im Oktober vergangenen Jahres beantragte die Fraktion den Beitritt.",
            [("Im Oktober vergangenen Jahres", "2023-10")],
        ),
        (
            "In der Retrospektive der Jahre 2019-2022 wurde berichtet.",
            [("Jahre 2019", "2019"), ("2022", "2022")],
        ),
        ("Im Frühjahr 2022 startete die Aktion.", [("Frühjahr 2022", "2022")]),
        # numeric dates without year: after a word that introduces them, or before a dash
        (
            "Die Straße ist vom 21.03. bis 25.03. gesperrt.",
            [("21.03.", "2024-03-21"), ("25.03.", "2024-03-25")],
        ),
        (
            "Sperrung wegen Deckensanierung - 21.03. - 24.03. - dann frei.",
            [("21.03.", "2024-03-21"), ("24.03.", "2024-03-24")],
        ),
        ("Das geschah im ersten Quartal 2021.", [("im ersten Quartal 2021", "2021")]),
        ("Der Verein entstand vor 3 Jahren.", [("vor 3 Jahren", "2021")]),
        (
            "Am 3. Mai 2023 und am 4.5.2023 tagte der Rat.",
            [("3. Mai 2023", "2023-05-03"), ("4.5.2023", "2023-05-04")],
        ),
    ],
)
def test_dates_in_dated_release(analyse: Analyse, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Der Rat arbeitet seit drei Jahrzehnten und tagt zwei Tage lang.",
        "Am Freitag und am Mittwoch trafen sich die Akteure.",
        "Am Montagabend kamen sie zusammen.",
        "Im Herbst soll die Analyse vorliegen.",
        "Das Treffen beginnt um 14:30 Uhr und endet gegen 16 Uhr.",
        "Das Land stellt 1,3 Millionen Euro bereit.",
        "Die Stadt hat 7.300 Einwohner und 2.000 Haushalte.",
        "Rund 2000 Besucher kamen, dazu 1990 Euro Spenden.",
        "Es ist die 47. ASSKomm-Kooperationsvereinbarung.",
        "Die Strecke entlang der B96 ist betroffen.",
        "Die Ergebnisse der Bedarfsabfrage 2026 liegen vor.",
        "Telefon: 0351 5643990, Landespräventionsrat Sachsen, 01097 Dresden",
        "Gemäß § 12 Abs. 2 SächsPolG ist das zulässig.",
        "In den vergangenen Jahren wuchs das Netzwerk, jetzt zählt es 50 Mitglieder.",
        "Am Morgen begann die Veranstaltung, die drei Stunden dauerte.",
        "Die Strategie »Bildungsland Sachsen 2030« wurde vorgestellt.",
        "Impressum | Kontakt | © 2021 Gemeinde Musterau",
        "Alle Rechte vorbehalten. © 2019 Stadt Beispielstadt",
        "Start > Aktuelles > Meldungen > 2021",
        "Startseite › Rathaus › Archiv 2018",
    ],
)
def test_not_dates(analyse: Analyse, sentence: str) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == []


def test_relative_dates_need_a_publication_date(analyse: Analyse) -> None:
    sentence = (
        "Heute wurde im vergangenen Jahr vor zwei Jahren gestern im Juli am 26. August "
        "gesprochen, am 17. April 2024 unterschrieben."
    )
    records = body_dates(analyse, UNDATED, sentence)
    assert pairs(records) == [("17. April 2024", "2024-04-17")]


def test_relative_dates_resolve_against_the_publication_date(analyse: Analyse) -> None:
    head = "03.11.2022\n\nTitel der Meldung\n\n"
    sentence = "Die Teilnehmer erinnerten sich an das Treffen im Juli und das in diesem Jahr."
    records = body_dates(analyse, head, sentence)
    assert pairs(records) == [("im Juli", "2022-07"), ("in diesem Jahr", "2022")]
    assert all(r.relative for r in records)
    assert [r.precision for r in records] == ["month", "year"]


def test_media_service_date_line(analyse: Analyse) -> None:
    text = "Titel der Meldung\n22.07.2022, 12:44 Uhr — Erstveröffentlichung\nDas ist heute geschehen.\n"
    doc, layout = analyse(text)
    assert layout.published is not None
    assert pairs(extract_dates(doc, layout, article_id="t")) == [
        ("22.07.2022", "2022-07-22"),
        ("heute", "2022-07-22"),
    ]


def test_scraper_month_line(analyse: Analyse) -> None:
    text = (
        " date 2021-01 Taucha\n\nUm die Sicherheit zu verbessern, hat die Stadt im Dezember unterzeichnet.\n"
    )
    doc, layout = analyse(text)
    assert layout.published is None
    assert pairs(extract_dates(doc, layout, article_id="t")) == [("2021-01", "2021-01")]


def test_release_line_is_a_date_and_records_are_clean(analyse: Analyse) -> None:
    text = DATED + "Daher trafen sich am 17. April 2024 in Dresden. Anfang 2019 begann es.\n"
    doc, layout = analyse(text)
    records = extract_dates(doc, layout, article_id="a1")
    assert pairs(records) == [
        ("17.04.2024", "2024-04-17"),
        ("17. April 2024", "2024-04-17"),
        ("Anfang 2019", "2019"),
    ]
    assert [r.precision for r in records] == ["day", "day", "year"]
    assert all(r.article_id == "a1" and not r.relative for r in records)
    assert all(a.end <= b.start for a, b in pairwise(records))
    assert doc.text == text


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Am 16. Dezember erfolgte dann die Unterschrift.", [("16. Dezember", "2021-12-16")]),
        ("Er ist seit Februar dabei.", [("seit Februar", "2021-02")]),
        ("Am 24. Oktober wird es einen Präventionstag geben.", [("24. Oktober", "2022-10-24")]),
        ("Ein Treffen ist für Anfang Dezember vorgesehen.", [("Anfang Dezember", "2022-12")]),
        ("Die Sitzung ist für den 3. Januar angesetzt.", [("3. Januar", "2023-01-03")]),
        ("Die Sitzung fand am 3. Januar statt.", [("3. Januar", "2022-01-03")]),
    ],
)
def test_yearless_dates_follow_the_tense(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    head = "05.01.2022\n\nTitel der Meldung\n\n"
    assert pairs(body_dates(analyse, head, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Nach dem Augusthochwasser 2002 wurde die Brücke erneuert.", [("Augusthochwasser 2002", "2002-08")]),
        ("Die Kirche wurde im Jahr 1485 geweiht.", [("im Jahr 1485", "1485")]),
        ("Die Stadt erhielt anno 1250 ihr Stadtrecht.", [("anno 1250", "1250")]),
        ("Rund 1485 Besucher kamen.", []),
        ("Der Ort wurde 1367 erstmals urkundlich erwähnt.", [("1367", "1367")]),
        ("Seit 1650 ist Musterau eine Stadt.", [("Seit 1650", "1650")]),
        ("Der Brauch ist seit 1200 Jahren belegt.", []),
        ("Von 1800 Befragten antwortete die Hälfte.", []),
        ("Ende Juli wird der Bericht vorgestellt.", [("Ende Juli", "2024-07")]),
        # a flood named by its year; the current or past year as "das laufende/vergangene Jahr"
        ("Seit der Flut 2013 steht das Haus leer.", [("2013", "2013")]),
        ("Das Elbehochwasser 2006 traf den Ort.", [("2006", "2006")]),
        ("Für das laufende Jahr sind Mittel eingeplant.", [("Für das laufende Jahr", "2024")]),
        ("Das vergangene Jahr war ruhig.", [("vergangene Jahr", "2023")]),
        ("Der laufende Betrieb kostet 2000 Euro.", []),
    ],
)
def test_month_compounds_and_historical_years(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Am 12.03.19 unterzeichneten beide den Vertrag.", [("12.03.19", "2019-03-12")]),
        ("Im Sept. 2020 gab es ein Fest.", [("Sept. 2020", "2020-09")]),
        ("Am 3. Jan. 2019 begann es.", [("3. Jan. 2019", "2019-01-03")]),
        ("Der Zeitstempel 2019-03-12T10:00 steht im Protokoll.", [("2019-03-12", "2019-03-12")]),
        ("Siehe Abschnitt 3.4.10 und Nummer 1.2.19 der Satzung.", []),
        ("Zur ersten Sitzung 2020 kamen alle Mitglieder.", [("2020", "2020")]),
        ("Die zweite Unterzeichnung 2019 folgte im Herbst.", [("2019", "2019")]),
        ("Der Fachtag 2025 wird vorbereitet.", []),
        ("In den Sommerferien 2019 blieb die Schule zu.", [("2019", "2019")]),
        ("Zu Ostern 2020 fiel das Fest aus.", [("2020", "2020")]),
        ("Die Bedarfsabfrage 2026 läuft.", []),
        (
            "Der Zeitraum Oktober bis Dezember 2019 war ruhig.",
            [("Oktober", "2019-10"), ("Dezember 2019", "2019-12")],
        ),
        ("Juni/Juli 2020 blieb es ruhig.", [("Juni", "2020-06"), ("Juli 2020", "2020-07")]),
        ("Am Montag, 12.3., trafen sich alle.", [("12.3.", "2024-03-12")]),
        ("Siehe Seite 12.3. im Heft.", []),
    ],
)
def test_short_years_abbreviations_and_years_in_a_sequence(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year closing a short quoted name belongs to the name
        ("Geplant ist die Aktion »Sicher radeln 2025« an Schulen.", []),
        ("Die Kampagne „Gemeinsam stark 2022“ läuft an.", []),
        # a year at the end of a speech quote is a date
        (
            "»Wir wollen den Rat bis zum Sommer gründen, spätestens aber 2025«, sagte sie.",
            [("2025", "2025")],
        ),
        # a noun before a comma ends its phrase: the year after it is no name part
        ("Die Schule, 1995 gebaut, wird saniert.", [("1995", "1995")]),
        ("Der Sportplatz, 2012 erneuert, ist wieder offen.", [("2012", "2012")]),
        ("Die Bedarfsabfrage 2026 liegt vor.", []),
    ],
)
def test_years_in_quoted_names_and_after_a_comma(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two days joined by a slash share the month and year of the second
        (
            "Die Tagung am 3./4. Mai 2023 war gut besucht.",
            [("3.", "2023-05-03"), ("4. Mai 2023", "2023-05-04")],
        ),
        ("Am 17./18. Juni treffen sich alle.", [("17.", "2024-06-17"), ("18. Juni", "2024-06-18")]),
        # a numeric day and month after a capitalised lead at the sentence start
        ("Am 12.3. traf sich der Rat.", [("12.3.", "2024-03-12")]),
        ("Vom 2.5. bis 6.5. bleibt das Amt zu.", [("2.5.", "2024-05-02"), ("6.5.", "2024-05-06")]),
        # "im Laufe des Jahres": this year, or the year named
        ("Im Laufe des Jahres sollen weitere Kommunen folgen.", [("Laufe des Jahres", "2024")]),
        ("Im Laufe des Jahres 2023 kamen zwei hinzu.", [("Laufe des Jahres 2023", "2023")]),
        # a span of years named as such
        ("Der Zeitraum 2018 bis 2020 wurde ausgewertet.", [("2018", "2018"), ("2020", "2020")]),
        ("Die Förderperiode 2021-2027 beginnt.", [("2021", "2021"), ("2027", "2027")]),
        # a span with an abbreviated second year: its first year
        ("Im Schuljahr 2022/23 nehmen zehn Schulen teil.", [("2022", "2022")]),
        # a year after the bodies reported on says when, it labels nothing
        ("Der Freistaat fördert die Mitgliedskommunen 2023 mit einer Million Euro.", [("2023", "2023")]),
        ("Die Schulen 2021 erhielten neue Technik.", [("2021", "2021")]),
    ],
)
def test_day_pairs_year_spans_and_years_after_bodies(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Drucksache 7/2022/23 liegt vor.",
        "Die Gruppen 3/4 und 5/6 tagten.",
        "Bitte schreiben Sie an Postfach 2022/23.",
        "Am Ende des Laufes waren alle müde.",
        "Der Fachtag 2025 der Kommunen wird vorbereitet.",
        "Die Nummern 12./13. des Heftes fehlen.",
    ],
)
def test_codes_and_labels_stay_no_dates(analyse: Analyse, sentence: str) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day joined to the next by a dash, or by "bzw."/"oder", takes its month and year
        (
            "Am 12.-14. Mai 2023 findet das Fest statt.",
            [("12.", "2023-05-12"), ("14. Mai 2023", "2023-05-14")],
        ),
        (
            "Der Rat wurde am 30. September bzw. 1. Oktober 2020 gegründet.",
            [("30. September", "2020-09-30"), ("1. Oktober 2020", "2020-10-01")],
        ),
        ("Er tagt am 2. oder 3. März 2022.", [("2.", "2022-03-02"), ("3. März 2022", "2022-03-03")]),
        # a year opening a sentence or a line
        ("Der Bericht liegt dem Rat vor. 2022 stieg die Zahl.", [("2022", "2022")]),
        ("Der Rat tagte.\n2021 kamen drei Städte hinzu.", [("2021", "2021")]),
        # not: a reference after an abbreviation, a year alone on a line under a menu word
        ("Geprüft wurde Abs. 2019 der Satzung.", []),
        ("Archiv\n2019", []),
        ("Musterstraße 12\n2019 Musterau", []),
    ],
)
def test_day_ranges_with_dashes_and_years_opening_a_sentence(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the day named by an adjective of its relation to the publication
        ("Am gestrigen Dienstag traf sich der Rat.", [("Am gestrigen Dienstag", "2024-04-16")]),
        ("Am heutigen Mittwoch unterzeichnet die Stadt.", [("Am heutigen Mittwoch", "2024-04-17")]),
        ("Die Ergebnisse des gestrigen Tages liegen vor.", [("des gestrigen Tages", "2024-04-16")]),
        # a relative year in the dative or opening the sentence
        ("Seit vergangenem Jahr ist die Stadt dabei.", [("Seit vergangenem Jahr", "2023")]),
        ("Letztes Jahr trat die Stadt bei.", [("Letztes Jahr", "2023")]),
        ("Dieses Jahr kommen weitere hinzu.", [("Dieses Jahr", "2024")]),
        # not: a weekday alone, the word without its noun
        ("Am vergangenen Freitag unterzeichnete die Stadt.", []),
        ("Das ist die heutige Lage, die gestrige war anders.", []),
    ],
)
def test_relative_day_adjectives_and_years_in_the_dative(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a month name split by a space, as text taken from a PDF is
        ("In der Sitzung am 14. Nov ember 2023 stimmte der Rat zu.", [("14. Nov ember 2023", "2023-11-14")]),
        ("Der Vertrag gilt seit dem 3. Feb ruar 2021.", [("3. Feb ruar 2021", "2021-02-03")]),
        ("Am 9. Ok tober 2019 kam der Rat zusammen.", [("9. Ok tober 2019", "2019-10-09")]),
        # two words that make no month stay apart
        ("Bis zum 5. Tag von 2020 blieb es ruhig.", [("2020", "2020")]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_a_month_split_by_a_space(analyse: Analyse, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a round number before a plural that no singular has counts it
        ("Der Konzern plant 2000 Neueinstellungen im Werk.", []),
        ("Das Klinikum hat 1900 Mitarbeiterinnen.", []),
        ("Geplant sind 2000 Wohneinheiten am Stadtrand.", []),
        # a year before a singular, a year that is not round, a named year stay years
        ("Sie wurde bereits 2000 Meisterin im Kugelstoßen.", [("2000", "2000")]),
        ("Die Parteien haben 2021 Verhandlungen aufgenommen.", [("2021", "2021")]),
        ("Im Jahr 2000 Neueinstellungen zu planen, war mutig.", [("Jahr 2000", "2000")]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_round_numbers_before_plurals_are_counts(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year before 1900 after a verb and before where it happened
        ("Die Pilgerin, die sich 1398 nach Rom begab, schrieb darüber.", [("1398", "1398")]),
        ("Der Maler starb 1827 in Paris.", [("1827", "1827")]),
        ("Der Komponist zog 1792 nach Wien.", [("1792", "1792")]),
        # after an article, a preposition or an approximator it counts
        ("Es kamen die 1200 aus Polen.", []),
        ("Rund 1500 in Dresden lebende Menschen feierten.", []),
        ("Mit 1200 in Leipzig startete die Serie.", []),
        ("Die Halle fasst 1500 in der Spitze.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_historical_years_before_a_place(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year of history before its participle, also a few words on, after a passive's auxiliary
        ("Die Kapelle wurde 1512 geweiht.", [("1512", "1512")]),
        ("Der Turm wurde 1704 vollendet und 1890 umgebaut.", [("1704", "1704"), ("1890", "1890")]),
        ("Die Burg wurde 1547 im Schmalkaldischen Krieg erobert.", [("1547", "1547")]),
        ("Das Kloster war 1280 von Mönchen besiedelt worden.", [("1280", "1280")]),
        # a count takes its noun, also after the auxiliary
        ("Im Park wurden 1200 Bäume gepflanzt.", []),
        ("Insgesamt wurden 1500 Wohnungen neu gebaut.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_historical_years_after_a_passive(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a year of birth or of make
        ("Der Zeuge ist Jahrgang 1968 und wohnt in Pirna.", [("Jahrgang 1968", "1968")]),
        ("Das Fahrzeug, Baujahr 1999, wurde sichergestellt.", [("Baujahr 1999", "1999")]),
        # an amount that changes to one that is no year is no year itself
        ("Die Zahl der Fälle stieg von 2000 auf 2500.", []),
        ("Die Zahl sank von 1900 auf knapp 1.700.", []),
        ("Der Termin wurde von 2020 auf 2021 verschoben.", [("2020", "2020"), ("2021", "2021")]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_years_of_birth_and_changes_of_amounts(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a number before a unit of measure, money or a crowd counts it
        ("Der Tank fasste 2000 Liter mehr als geplant.", []),
        ("Das Paket wog 2000 Gramm.", []),
        ("Vor 2010 Zuschauern gewann die Mannschaft.", []),
        ("Die Firma hat 2006 Mitarbeiter in Sachsen.", []),
        # a year before another noun stays a year
        ("Die Firma wurde 2006 in Sachsen gegründet.", [("2006", "2006")]),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_numbers_before_units_are_counts(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str]]
) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected
