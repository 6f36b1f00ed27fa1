"""Tests of the layout parser: segments, release date, title and offsets of all three layouts."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.lang.layout import CREDIT_MARKER
from pipeline.text.credits import credit_marker
from pipeline.text.layout import ArticleLayout, parse_layout
from pipeline.text.release import Release, find_release
from pipeline.text.spans import line_spans

LPR = (
    "17.04.2024\n"
    "\n"
    "5. Vernetzungstreffen in Radeberg\n"
    "\n"
    "Bürgermeister Jürgen Opitz, Sven Forkert (v. l. n. r.)\n"
    "© LPR | Roy Schlesinger\n"
    "\n"
    "Daher trafen sich am 17. April 2024 die Vertreter in Radeberg.\n"
    "\n"
    "zurück zum Seitenanfang\n"
    "Impressum\n"
    "Datenschutz\n"
)

MEDIENSERVICE = (
    "Dreifache Verstärkung aus dem Vogtland\n"
    "\n"
    "22.07.2022, 12:44 Uhr — Erstveröffentlichung (aktuell)\n"
    "\n"
    "Drei Städte im Vogtland gehen heute einen wichtigen Schritt.\n"
)

NEWSPAPER = (
    "Partner im RedaktionsNetzwerk Deutschland\n"
    "Weißwasser\n"
    "Merken\n"
    "\n"
    "Krauschwitz ist Teil des Prävention-Netzwerkes\n"
    "\n"
    "Die Flächengemeinde hat klare Ziele.\n"
    "\n"
    "Von Sabine Larbig\n"
    " 4 Min.\n"
    "Teilen\n"
    "Folgen\n"
    "NEU!\n"
    "Gestern wurde die Vereinbarung unterzeichnet.\n"
)

SHOP = (
    "14 C\n"
    "Leipzig\n"
    "0,00 EUR\n"
    "\n"
    "Es befinden sich keine Produkte im Warenkorb.\n"
    "\n"
    "Bilanz ein Jahr Allianz\n"
    "\n"
    "Anzeige\n"
    "\n"
    "Immer mehr Städte setzen auf Prävention.\n"
)


def spans(layout: ArticleLayout) -> list[tuple[str, str]]:
    """(kind, text) of every segment, in order."""
    return [(seg.kind, layout.text[seg.start : seg.end]) for seg in layout.segments]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            LPR,
            [
                ("dateline", "17.04.2024"),
                ("title", "5. Vernetzungstreffen in Radeberg"),
                ("caption", "Bürgermeister Jürgen Opitz, Sven Forkert (v. l. n. r.)"),
                ("credit", "© LPR | Roy Schlesinger"),
                ("body", "Daher trafen sich am 17. April 2024 die Vertreter in Radeberg."),
                ("footer", "zurück zum Seitenanfang"),
                ("footer", "Impressum"),
                ("footer", "Datenschutz"),
            ],
            id="lpr",
        ),
        pytest.param(
            MEDIENSERVICE,
            [
                ("title", "Dreifache Verstärkung aus dem Vogtland"),
                ("dateline", "22.07.2022, 12:44 Uhr — Erstveröffentlichung (aktuell)"),
                ("body", "Drei Städte im Vogtland gehen heute einen wichtigen Schritt."),
            ],
            id="medienservice",
        ),
        pytest.param(
            NEWSPAPER,
            [
                ("debris", "Partner im RedaktionsNetzwerk Deutschland"),
                ("debris", "Weißwasser"),
                ("debris", "Merken"),
                ("title", "Krauschwitz ist Teil des Prävention-Netzwerkes"),
                ("body", "Die Flächengemeinde hat klare Ziele."),
                ("byline", "Von Sabine Larbig"),
                ("debris", " 4 Min."),
                ("debris", "Teilen"),
                ("debris", "Folgen"),
                ("debris", "NEU!"),
                ("body", "Gestern wurde die Vereinbarung unterzeichnet."),
            ],
            id="newspaper-menu-debris",
        ),
        pytest.param(
            SHOP,
            [
                ("debris", "14 C"),
                ("debris", "Leipzig"),
                ("debris", "0,00 EUR"),
                ("debris", "Es befinden sich keine Produkte im Warenkorb."),
                ("title", "Bilanz ein Jahr Allianz"),
                ("debris", "Anzeige"),
                ("body", "Immer mehr Städte setzen auf Prävention."),
            ],
            id="weather-and-cart-debris",
        ),
        pytest.param(
            " date 2021-01 Taucha\n\nUm die Sicherheitslage in Taucha zu verbessern, handelt die Stadt.\n",
            [
                ("dateline", " date 2021-01"),
                ("debris", " Taucha"),  # the section the page stood in, no headline
                ("body", "Um die Sicherheitslage in Taucha zu verbessern, handelt die Stadt."),
            ],
            id="scraper-prefix",
        ),
        pytest.param(
            "17.04.2024\n\nTitel\n\nZeile eins\nZeile zwei\n© SMI/SvenRogge\n\nText.\n",
            [
                ("dateline", "17.04.2024"),
                ("title", "Titel"),
                ("caption", "Zeile eins"),
                ("caption", "Zeile zwei"),
                ("credit", "© SMI/SvenRogge"),
                ("body", "Text."),
            ],
            id="two-caption-lines",
        ),
        pytest.param(
            "Titel\n\nDas Bild zeigt alle Gäste. Foto: Max Mustermann\n",
            [
                ("title", "Titel"),
                ("body", "Das Bild zeigt alle Gäste. "),
                ("credit", "Foto: Max Mustermann"),
            ],
            id="credit-split-off-body-line",
        ),
        pytest.param(
            "Titel\n\nDer Text erwähnt ein Foto: es hängt im Rathaus\n",
            [("title", "Titel"), ("body", "Der Text erwähnt ein Foto: es hängt im Rathaus")],
            id="foto-colon-mid-sentence-no-credit",
        ),
        pytest.param(
            "Titel\n05.05.2021 | 13:30 Uhr\nText hier.\n",
            [("title", "Titel"), ("dateline", "05.05.2021 | 13:30 Uhr"), ("body", "Text hier.")],
            id="timestamp-line",
        ),
        pytest.param(
            " ".join(["Wort"] * 31) + "\n\nText.\n",
            [("body", " ".join(["Wort"] * 31)), ("body", "Text.")],
            id="paragraph-is-no-title",
        ),
        pytest.param(
            "Titel\n\nDer Rat tagte am Montag.\n\nEr beschloss neue Wege.\n\nFoto: Stadt Talheim\n\nnach oben\n",
            [
                ("title", "Titel"),
                ("body", "Der Rat tagte am Montag."),
                ("body", "Er beschloss neue Wege."),
                ("credit", "Foto: Stadt Talheim"),
                ("footer", "nach oben"),
            ],
            id="credit-closing-the-page-leaves-the-body",
        ),
        pytest.param(
            "Titel\n\nZeile eins\nTitelfoto: Greta Holm\n\nText.\n",
            [
                ("title", "Titel"),
                ("caption", "Zeile eins"),
                ("credit", "Titelfoto: Greta Holm"),
                ("body", "Text."),
            ],
            id="compound-photo-label",
        ),
        pytest.param(
            "Titel\n\nFoto: v. l. n. r. Greta Holm, Jonas Brede\n\nText.\n",
            [("title", "Titel"), ("body", "Foto: v. l. n. r. Greta Holm, Jonas Brede"), ("body", "Text.")],
            id="photo-label-before-who-is-pictured-is-no-credit",
        ),
        pytest.param(
            "Titel\n\nInterview: Greta Holm\n\nText.\n",
            [("title", "Titel"), ("byline", "Interview: Greta Holm"), ("body", "Text.")],
            id="interview-byline",
        ),
        pytest.param("", [], id="empty"),
    ],
)
def test_segments(text: str, expected: list[tuple[str, str]]) -> None:
    assert spans(parse_layout(text)) == expected


@pytest.mark.parametrize(
    ("text", "layout", "published", "published_text", "title"),
    [
        (LPR, "lpr", date(2024, 4, 17), "17.04.2024", "5. Vernetzungstreffen in Radeberg"),
        (
            MEDIENSERVICE,
            "medienservice",
            date(2022, 7, 22),
            "22.07.2022",
            "Dreifache Verstärkung aus dem Vogtland",
        ),
        (NEWSPAPER, "other", None, None, "Krauschwitz ist Teil des Prävention-Netzwerkes"),
        # a month-only scraper date is no release day
        (
            " date 2021-01 Neuer Rat in Taucha\n\nDie Stadt handelt.\n",
            "other",
            None,
            None,
            "Neuer Rat in Taucha",
        ),
        (
            " date 2021-01-15 Neuer Rat in Taucha\n\nDie Stadt handelt.\n",
            "other",
            date(2021, 1, 15),
            "2021-01-15",
            "Neuer Rat in Taucha",
        ),
        (
            "Görlitz tritt bei\n\nDie Stadt ist dabei. Pressemitteilung vom 12. Februar 2020\n",
            "other",
            date(2020, 2, 12),
            "12. Februar 2020",
            "Görlitz tritt bei",
        ),
        (
            "Titel\n\nMitteilung vom 09.08.2023: Die Stadt tritt bei.\n",
            "other",
            date(2023, 8, 9),
            "09.08.2023",
            "Titel",
        ),
        (
            "Titel\n\nveröffentlicht am: 28.03.2022\n\nText.\n",
            "other",
            date(2022, 3, 28),
            "28.03.2022",
            "Titel",
        ),
        ("Titel\n05.05.2021 | 13:30 Uhr\nText.\n", "other", date(2021, 5, 5), "05.05.2021", "Titel"),
        # an impossible date line gives no release date, and is no headline either
        pytest.param(
            "31.02.2024\n\nTitel\n\nText.\n",
            "other",
            None,
            None,
            "Titel",
        ),
        # a date inside a sentence is no date line
        ("Titel\n\nAm 17.04.2024 trafen sich alle.\n", "other", None, None, "Titel"),
        ("Titel\r\n\r\nText hier.\r\n", "other", None, None, "Titel"),
    ],
)
def test_release_date_layout_and_title(
    text: str, layout: str, published: date | None, published_text: str | None, title: str
) -> None:
    parsed = parse_layout(text)
    assert parsed.layout == layout
    assert parsed.published == published
    assert parsed.title == title
    if published_text is None:
        assert parsed.published_span is None
    else:
        assert parsed.published_span is not None
        assert text[slice(*parsed.published_span)] == published_text


def test_find_release_prefers_date_line_over_stated_date() -> None:
    text = "Pressemitteilung vom 12. Februar 2020\n03.11.2022\n\nTitel\n"
    found = find_release(text, line_spans(text))
    assert found == Release(date(2022, 11, 3), (38, 48), "date_line", "lpr")


def test_find_release_none() -> None:
    assert find_release("Titel\n", [(0, 5)]) is None


#: Made-up pages with their release date, the text of its span and where it stands.
RELEASE_FORMS = [
    ("Gipfel der Prävention\n\nDienstag, 14. März 2017, 09:30 Uhr\n\nDie Stadt lud ein.\n",
     date(2017, 3, 14), "14. März 2017", "date_line"),
    ("Neue Sicherheitsstrategie\nPressemitteilung 41/2018 vom 03.05.2018\nDie Stadt lud ein.\n",
     date(2018, 5, 3), "03.05.2018", "release_line"),
    ("Medieninformation 77/2016 - 11.08.2016\nTitel der Meldung\nText.\n",
     date(2016, 8, 11), "11.08.2016", "release_line"),
    ("[031/2014 - 17.03.2014]\nTitel der Meldung\nText.\n", date(2014, 3, 17), "17.03.2014", "date_line"),
    ("Titel\n\nStadt Musterhausen, den 09. 04. 2020\n\nDer Rat tagte.\n",
     date(2020, 4, 9), "09. 04. 2020", "date_line"),
    ("Menü\nTitel der Seite\n\n22. Mai 2024 Musterstadt\n\nAm Vortag trafen sich alle.\n",
     date(2024, 5, 22), "22. Mai 2024", "date_line"),
    ("Titel\n\nLeipzig (3. März 2019) – Die Stadt und die Polizei arbeiten zusammen.\n",
     date(2019, 3, 3), "3. März 2019", "dateline"),
    ("Titel\n\nErstveröffentlicht: 12.01.2018\n\nText der Meldung.\n",
     date(2018, 1, 12), "12.01.2018", "release_line"),
    ("Titel\n\nDer Rat tagte lange.\n\nErschienen am 15.11.2019\n", date(2019, 11, 15), "15.11.2019", "release_line"),
    ("Titel\nStand: 17.10.2019, 10:41 Uhr\nDer Rat tagte.\n", date(2019, 10, 17), "17.10.2019", "release_line"),
    ("Titel\n\nVon Max Muster | 12.03.2019\n\nDer Rat tagte.\n", date(2019, 3, 12), "12.03.2019", "byline"),
    ("Titel\n\nDer Rat tagte lange.\nerstellt am 14.06.2019\n", date(2019, 6, 14), "14.06.2019", "release_line"),
    ("Titel\nErstellt am: 14.06.2019 von Redaktion\nDer Rat tagte.\n",
     date(2019, 6, 14), "14.06.2019", "release_line"),
    ("Titel\n2019-03-12\nDer Rat tagte.\n", date(2019, 3, 12), "2019-03-12", "date_line"),
    ("Titel\nVeröffentlicht: 2019-03-12T10:00\nDer Rat tagte.\n", date(2019, 3, 12), "2019-03-12", "release_line"),
    ("Titel\n3. Jan. 2019\nDer Rat tagte.\n", date(2019, 1, 3), "3. Jan. 2019", "date_line"),
    ("Titel\nMittwoch, 4. Sept. 2019\nDer Rat tagte.\n", date(2019, 9, 4), "4. Sept. 2019", "date_line"),
    ("Titel\n12.03.19\nDer Rat tagte.\n", date(2019, 3, 12), "12.03.19", "date_line"),
    ("Titel\nMusterstadt, 12.03.19 - Der Rat tagte lange.\n", date(2019, 3, 12), "12.03.19", "dateline"),
    ("Titel\n12. März 2019 um 18:45 Uhr\nDer Rat tagte.\n", date(2019, 3, 12), "12. März 2019", "date_line"),
    ("Titel\nMUSTERSTADT, 5. Mai 2021 – Der Rat tagte lange.\n", date(2021, 5, 5), "5. Mai 2021", "dateline"),
    ("Titel\nMusterau/Beispielstadt, 05.05.2021: Der Rat tagte.\n", date(2021, 5, 5), "05.05.2021", "dateline"),
    ("Titel\n05.05.2021 von Erika Beispiel\nDer Rat tagte.\n", date(2021, 5, 5), "05.05.2021", "byline"),
    ("Titel\nErika Beispiel | 05.05.2021\nDer Rat tagte.\n", date(2021, 5, 5), "05.05.2021", "date_line"),
    ("Titel\n\nDer Rat tagte lange.\n\nVeröffentlicht am Dienstag, 12. März 2019\n",
     date(2019, 3, 12), "12. März 2019", "release_line"),
    ("".join(f"• Punkt {n}\n" for n in range(10)) + "Titel\nMusterau, 12.03.2019\nDer Rat tagte.\n",
     date(2019, 3, 12), "12.03.2019", "date_line"),
    ("Titel\n" + "".join(f"Der Rat tagte zum {n}. Mal in Musterau.\n" for n in range(2, 12))
     + "Musterau, den 09.04.2020\nErika Beispiel\nzurück zum Seitenanfang\nAm 01.01.2021\n",
     date(2020, 4, 9), "09.04.2020", "dateline"),
    ("Titel\nPM 12/2019 – 12.03.2019\nDer Rat tagte.\n", date(2019, 3, 12), "12.03.2019", "release_line"),
    ("Titel\n\nDer Rat tagte lange und gut.\n\nVeröffentlichungsdatum: 12.03.2019\n",
     date(2019, 3, 12), "12.03.2019", "release_line"),
    ("Titel\nPresseinformation vom 12.03.2019\nDer Rat tagte.\n", date(2019, 3, 12), "12.03.2019", "release_line"),
    ("Titel\nPressemitteilung Nr. 12 vom 05.05.2021\nDer Rat tagte.\n",
     date(2021, 5, 5), "05.05.2021", "release_line"),
    ("Titel\n\nGemeinde Musterau · Aktuelles · 04.11.2021\n\nDer Rat tagte.\n",
     date(2021, 11, 4), "04.11.2021", "date_line"),
    ("Startseite > Presse > 12.03.2019\nTitel\nDer Rat tagte.\n", date(2019, 3, 12), "12.03.2019", "date_line"),
    ("Titel\nRathaus | 3. Mai 2022\nDer Rat tagte.\n", date(2022, 5, 3), "3. Mai 2022", "date_line"),
    ("Titel\n\nDer Rat tagte.\n\nArtikel vom 25.01.2024 · Foto: Erika Muster · 3 Min. Lesezeit\n",
     date(2024, 1, 25), "25.01.2024", "release_line"),
    ("Titel\n\nDer Rat tagte.\n\nBeitrag vom 7. Juni 2023\n", date(2023, 6, 7), "7. Juni 2023", "release_line"),
    # a portal's meta line: place, date and reading time in either order
    ("Titel\nMusterau · 12.03.2021 · 3 Min. Lesezeit\nDer Rat tagte.\n",
     date(2021, 3, 12), "12.03.2021", "date_line"),
    ("Titel\nBeispielstadt • 4. Mai 2022 • Lesezeit: 2 Minuten\nDer Rat tagte.\n",
     date(2022, 5, 4), "4. Mai 2022", "date_line"),
    # a byline naming the day with "am"
    ("Titel\nerstellt von Erika Beispiel am 12.03.2021\nDer Rat tagte.\n",
     date(2021, 3, 12), "12.03.2021", "byline"),
    ("Titel\n\nVon Max Muster am 3. Juni 2020\n\nDer Rat tagte.\n", date(2020, 6, 3), "3. Juni 2020", "byline"),
    # a newspaper dateline closed by the short mark of who wrote it
    ("Titel\nMusterau, 12.03.2021 (pm) Die Stadt hat einen Rat gegründet.\n",
     date(2021, 3, 12), "12.03.2021", "dateline"),
    ("Titel\nBeispielstadt, 8. Mai 2019 (red) Der Rat tagte.\n", date(2019, 5, 8), "8. Mai 2019", "dateline"),
    # an update date above the release date yields to it
    ("Titel\nAktualisiert: 14.03.2021, 10:12 Uhr\nVeröffentlicht: 12.03.2021, 08:00 Uhr\nDer Rat tagte.\n",
     date(2021, 3, 12), "12.03.2021", "release_line"),
    ("Titel\nZuletzt geändert am 20.05.2020\n\nDer Rat tagte.\n\nErschienen am 18.05.2020\n",
     date(2020, 5, 18), "18.05.2020", "release_line"),
    # more labels of a release line
    ("Titel\nEingestellt am 12.03.2021 von Erika Beispiel\nDer Rat tagte.\n",
     date(2021, 3, 12), "12.03.2021", "release_line"),
    ("Titel\nPubliziert am 4. Mai 2022\nDer Rat tagte.\n", date(2022, 5, 4), "4. Mai 2022", "release_line"),
    ("Titel\nOnline seit: 04.05.2022\nDer Rat tagte.\n", date(2022, 5, 4), "04.05.2022", "release_line"),
    ("Titel\nPressemitteilung der Stadt Musterau vom 12. März 2021\nDer Rat tagte.\n",
     date(2021, 3, 12), "12. März 2021", "release_line"),
    # a place with "am" before the date; a byline opening with "Ein Bericht von"
    ("Titel\nMusterau, am 12.03.2021\nDer Rat tagte.\n", date(2021, 3, 12), "12.03.2021", "date_line"),
    ("Titel\nEin Bericht von Erika Beispiel, 12. März 2021\nDer Rat tagte.\n",
     date(2021, 3, 12), "12. März 2021", "byline"),
    # a date line under the author's name, or under an image caption after the title
    ("Titel\n\nVon Erika Beispiel\n12.03.2021\n\nDer Rat tagte lange.\n", date(2021, 3, 12), "12.03.2021", "date_line"),
    ("Titel\n\nDer Bürgermeister bei der Unterzeichnung. Foto: Stadt Musterau\n\n12.03.2021\n\nDer Rat tagte.\n",
     date(2021, 3, 12), "12.03.2021", "date_line"),
    # a release line in an indented content block
    ("Titel\n\n    Der Rat tagte lange.\n\n    Pressemitteilung der Gemeinde Kleinhausen vom 4. Mai 2023\n",
     date(2023, 5, 4), "4. Mai 2023", "release_line"),
    ("Titel\n\n  Datum: 02.02.2022\n\nDer Rat tagte.\n", date(2022, 2, 2), "02.02.2022", "release_line"),
    # the issue date of a print header, with the page number after it
    ("Mitteilungsblatt der Stadt Musterau · 7. Jahrgang · Nr. 3 · 14. März 2021          Seite 5\n\nTitel\n\n"
     "Der Rat tagte.\n", date(2021, 3, 14), "14. März 2021", "date_line"),
    ("Gemeindeanzeiger Kleinhausen | Ausgabe 11 | 02.11.2020 S. 2\nTitel\nDer Rat tagte.\n",
     date(2020, 11, 2), "02.11.2020", "date_line"),
    # a labelled release beats the dates of a teaser list further down
    ("Titel\n\nErschienen am 09.05.2022\n\nDer Rat tagte lange und beschloss den Haushalt.\n\n"
     "Mehr aus der Region\n\nGroßdorf: Neues Feuerwehrhaus\n08.05.2022\n\nKleinhausen: Straße gesperrt\n07.05.2022\n",
     date(2022, 5, 9), "09.05.2022", "release_line"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "span_text", "source"), RELEASE_FORMS)
def test_release_date_forms(text: str, published: date, span_text: str, source: str) -> None:
    parsed = parse_layout(text)
    assert parsed.published == published
    assert parsed.published_span is not None and text[slice(*parsed.published_span)] == span_text
    assert parsed.published_from == source


@pytest.mark.parametrize(
    "text",
    [
        "+++ 18. 10. 2021 Testzentrum öffnet +++\nTitel\nDer Rat tagte.\n",
        "Donnerstag, 20.06.2024 (25.KW)\nTitel\nDer Rat tagte.\n",
        "Stadtportal - www.stadt.de 29.05.2015 01:19:42 Uhr\nTitel\nDer Rat tagte.\n",
        "Titel\n\nSitzung am 12.03.2019\n\nDer Rat tagte.\n",
        "Titel\n\nChemnitz, 14. und 15.11.2022: zwei Tage Fachtag.\n",
        "Titel\n\nDie Stadt hat am 12.03.19 den Vertrag unterzeichnet.\n",
        "Meldungen\nSommerfest am 14.06.2019\nTitel\nDer Rat tagte.\n",
        "Titel\n\nWie im Artikel vom 12.03.2019 berichtet, tagte der Rat.\n",
        "Startseite > Presse > 2019\nTitel\nDer Rat tagte.\n",
        "Titel\nSommerfest | Kinderfest am 12.03.2019\nDer Rat tagte.\n",
        "Titel\nTermine | 12.03.2019 | 19.03.2019\nDer Rat tagte.\n",
        "Titel\n\nTermine\n12.03.2021: Sitzung des Rates im Rathaus\n\nDer Rat tagte.\n",
        "Titel\nDer Rat tagte.\n\nWeitere Meldungen\nSpielplatz eröffnet (12.03.2021)\n",
        "Titel\n\nVon Max Muster am Montag\n\nDer Rat tagte am 12.03.2021 (pm) lange.\n",
        "Titel\nMusterau, 12.03.2021 (Sitzung) Der Rat tagte.\n",
        "Titel\n\nWie die Pressemitteilung der Polizei vom 12.03.2021 meldet, tagte der Rat.\n",
        "Titel\n\nDer Rat wird am 12.03.2021 online seit langem erwartet.\n",
    ],
    ids=[
        "ticker",
        "calendar-week",
        "print-header",
        "event-date",
        "two-days",
        "event-short-year",
        "teaser",
        "other-article",
        "crumb-year",
        "crumb-event",
        "crumb-two-dates",
        "event-list",
        "teaser-dates",
        "byline-weekday",
        "bracket-no-mark",
        "other-release-in-sentence",
        "online-in-sentence",
    ],
)
def test_furniture_and_event_dates_are_no_release_date(text: str) -> None:
    parsed = parse_layout(text)
    assert parsed.published is None
    assert parsed.published_from == "none"


def test_a_bulleted_menu_is_debris() -> None:
    text = "• Nachrichten\n  • Sachsen\n  • Chemnitz\n  • Vogtland\n\nTitel der Meldung\n\nDer Rat tagte in Plauen.\n"
    parsed = parse_layout(text)
    assert [s.kind for s in parsed.segments][:4] == ["debris"] * 4
    assert parsed.title == "Titel der Meldung"


@pytest.mark.parametrize(
    ("line", "debris"),
    [
        ("Start > Aktuelles > Meldungen > 2021", True),
        ("Startseite › Rathaus › Archiv", True),
        ("Aus 5 > 3 folgt, dass der Rat die Mehrheit hat und weiter tagen wird.", False),
        ("Tags: Westsachsen, Sicherheit, Ehrenamt", True),
        ("Schlagwörter: Prävention, Vogtland", True),
        ("Die Tags über war es warm in Plauen und Zwickau.", False),
        # a page head whose items a scraper parted by runs of spaces
        ("SZ   Lokales   Oberland", True),
        ("Anmelden   Abo", True),
        ("Amtsblatt Musterau   Nr. 4   12. Mai 2023   Seite 2", False),
        ("Der Rat tagte   lange in Plauen.", False),
    ],
)
def test_a_breadcrumb_or_tag_list_is_debris(line: str, debris: bool) -> None:
    parsed = parse_layout(f"Titel der Meldung\n\n{line}\n\nDer Rat tagte in Plauen.\n")
    assert ("debris" in {s.kind for s in parsed.segments}) is debris


def test_a_bulleted_list_of_sentences_stays_content() -> None:
    text = "Titel\n\n• Die Stadt lädt alle Bürger herzlich zur Versammlung ein.\n• Der Rat tagt danach.\n"
    assert "debris" not in {s.kind for s in parse_layout(text).segments}


@pytest.mark.parametrize(
    "furniture",
    [
        "Hauptinhalt",
        "Advertisement",
        "Diese Website verwendet Cookies, um Ihnen einen optimalen Service zu bieten.",
        "1. Hauptnavigation",
        "Link zur Seite versenden   Druckansicht öffnen",
        "Logo-Stadt 378255 1920",
        " date 2021-02 Anzeige",
    ],
)
def test_page_furniture_is_never_the_title(furniture: str) -> None:
    text = f"{furniture}\n\nKommunen gründen ein Netzwerk\n\nDie Städte arbeiten zusammen.\n"
    assert parse_layout(text).title == "Kommunen gründen ein Netzwerk"


def test_a_page_without_headline_has_no_title() -> None:
    text = "Ein Mann stiehlt einer Frau an der Haltestelle eine Handtasche.\n\nDie Polizei ermittelt.\n"
    assert parse_layout(text).title is None


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            " date 2021-01 Musterau\n\nUm die Sicherheit in Musterau zu verbessern, hat die Stadt einen Vertrag geschlossen.\n",
            None,
            id="section-label-after-the-scraper-date",
        ),
        pytest.param(
            " date 2021-01 Neuer Rat für mehr Sicherheit in Musterau\n\nDie Stadt hat einen Rat gegründet.\n",
            "Neuer Rat für mehr Sicherheit in Musterau",
            id="headline-after-the-scraper-date",
        ),
    ],
)
def test_a_section_label_is_no_title(text: str, title: str | None) -> None:
    parsed = parse_layout(text)
    assert parsed.title == title
    label = text.index("Musterau")
    assert parsed.is_content(label, label + 3) is (title is not None)


@pytest.mark.parametrize(
    "line",
    [
        "Foto: Max Muster",
        "© LPR Sachsen",
        "Ein Bild (c) Musterstadt",
        "Quelle (C) Musterstadt",
        "Pressefotos: Stadt Musterau",
        "Die Stadt tritt der Allianz bei.",
        "Grafik zeigt: mehr Kommunen",
        "Bildrechte beim Verein",
        "",
    ],
)
def test_credit_marker_skips_only_lines_without_a_marker(line: str) -> None:
    found = credit_marker(line)
    expected = CREDIT_MARKER.search(line)
    assert (found and found.span()) == (expected and expected.span())
