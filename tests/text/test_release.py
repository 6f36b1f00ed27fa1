"""Tests of the release date on made-up pages: the meta lines of blogs, portals and municipal
sites (a post's label, a sender beside the date, a reading time, a comment count, a day
without its dot), above or below the headline, and what stays no release date."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.text.layout import parse_layout

PARAGRAPH = (
    "Die Gemeinde und das Polizeirevier wollen künftig enger zusammenarbeiten, um das Sicherheitsgefühl "
    "der Einwohner zu stärken. Beide Seiten unterzeichneten dazu eine Vereinbarung."
)
HEADLINE = "Kleinhausen schließt sich dem Präventionsnetzwerk an"

META_LINES = [
    pytest.param("Gepostet am 07.09.2022 von redaktion", "07.09.2022", id="posted"),
    pytest.param("Geschrieben am 07.09.2022", "07.09.2022", id="written"),
    pytest.param("Verfasst am 7. September 2022", "7. September 2022", id="composed"),
    pytest.param("Geschrieben von Erika Beispiel am 07.09.2022", "07.09.2022", id="written-by"),
    pytest.param("Datum der Meldung: 07.09.2022", "07.09.2022", id="date-of-report"),
    pytest.param("07 September 2022", "07 September 2022", id="day-without-dot"),
    pytest.param("07.09.2022, Pressestelle der Gemeinde Kleinhausen", "07.09.2022", id="sender-after"),
    pytest.param("07.09.2022 | Stadtverwaltung Kleinhausen", "07.09.2022", id="office-after"),
    pytest.param("Landratsamt Musterkreis, 07.09.2022", "07.09.2022", id="office-before"),
    pytest.param("Erika Beispiel · 07.09.2022 · 3 min", "07.09.2022", id="reading-time"),
    pytest.param("07.09.2022 | 2 Kommentare", "07.09.2022", id="comments"),
    pytest.param(
        "Pressemitteilung Nr. 12/2022, 07. September 2022", "07. September 2022", id="numbered-release"
    ),
    pytest.param("Veröffentlicht am 07.09.2022 in Pressemitteilungen", "07.09.2022", id="published-in"),
    pytest.param("Kleinhausen / 07.09.2022", "07.09.2022", id="place-slash"),
    pytest.param("📅 07.09.2022", "07.09.2022", id="icon"),
    pytest.param("07.09.2022 (aktualisiert 08.09.2022, 10:15 Uhr)", "07.09.2022", id="update-beside"),
    pytest.param("07.09.2022 | aktualisiert 08.09.2022", "07.09.2022", id="update-after-bar"),
    pytest.param("07.09.2022, zuletzt geändert: 08.09.2022", "07.09.2022", id="change-after-comma"),
    pytest.param("Ausgabe 9/2022 vom 07.09.2022", "07.09.2022", id="issue"),
    pytest.param("Amtsblatt Nr. 18 vom 07.09.2022", "07.09.2022", id="gazette-issue"),
]


@pytest.mark.parametrize("above", [True, False], ids=["above-headline", "below-headline"])
@pytest.mark.parametrize(("meta", "span_text"), META_LINES)
def test_a_meta_line_states_the_release_date_and_is_never_the_title(
    meta: str, span_text: str, above: bool
) -> None:
    page = f"{meta}\n\n{HEADLINE}\n\n{PARAGRAPH}\n" if above else f"{HEADLINE}\n\n{meta}\n\n{PARAGRAPH}\n"
    parsed = parse_layout(page)
    assert parsed.published == date(2022, 9, 7)
    assert parsed.published_span is not None and page[slice(*parsed.published_span)] == span_text
    assert parsed.title == HEADLINE


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("Pressestelle der Gemeinde Kleinhausen, 07.09.2022\n", id="sender"),
        pytest.param("Kleinhausen, den 07.09.2022\n\nErika Beispiel\nBürgermeisterin\n", id="signed"),
    ],
)
def test_a_closing_line_states_the_release_date(closing: str) -> None:
    parsed = parse_layout(f"{HEADLINE}\n\n" + f"{PARAGRAPH}\n\n" * 8 + closing)
    assert parsed.published == date(2022, 9, 7)
    assert parsed.published_from == "dateline"


@pytest.mark.parametrize(
    "line",
    [
        pytest.param("07.09.2022, Sitzung des Gemeinderates im Rathaus", id="event-after-comma"),
        pytest.param("07.09.2022 | Fest der Vereine", id="event-after-bar"),
        pytest.param("Sommerfest der Vereine, 07.09.2022", id="event-before"),
        pytest.param("Anmeldeschluss: 07.09.2022", id="deadline"),
        pytest.param("Termin: 07.09.2022, 18 Uhr, Rathaus", id="appointment"),
        pytest.param("Die Stadt hat am 07 September 2022 den Vertrag geschlossen.", id="event-in-sentence"),
        pytest.param("+++ 07.09.2022 Straße gesperrt +++", id="ticker"),
        pytest.param("Wie geschrieben am 07.09.2022 im Amtsblatt, tagte der Rat.", id="written-in-sentence"),
        pytest.param("07.09.2022 (Sitzung 08.09.2022)", id="two-dates"),
        pytest.param("Die nächste Ausgabe vom 07.09.2022 berichtet weiter.", id="issue-in-sentence"),
    ],
)
def test_event_dates_beside_a_headline_are_no_release_date(line: str) -> None:
    parsed = parse_layout(f"{HEADLINE}\n\n{line}\n\n{PARAGRAPH}\n")
    assert parsed.published is None


@pytest.mark.parametrize(
    ("closing", "span_text"),
    [
        pytest.param("Erschienen in: Kleinhausener Anzeiger, 07.09.2022", "07.09.2022", id="printed-in"),
        pytest.param(
            "Quelle: Kleinhausener Anzeiger vom 7. September 2022", "7. September 2022", id="source"
        ),
        pytest.param("Artikel aus der Ausgabe vom 07.09.2022", "07.09.2022", id="from-issue"),
        pytest.param("Ausgabe: 07.09.2022", "07.09.2022", id="issue-label"),
    ],
)
def test_where_a_newspaper_printed_the_article(closing: str, span_text: str) -> None:
    page = f"{HEADLINE}\n\n" + f"{PARAGRAPH}\n\n" * 6 + f"{closing}\n\nImpressum\n"
    parsed = parse_layout(page)
    assert parsed.published == date(2022, 9, 7)
    assert parsed.published_span is not None and page[slice(*parsed.published_span)] == span_text


@pytest.mark.parametrize(
    "closing",
    [
        pytest.param("Quelle: Polizeibericht, Einsatz am 07.09.2022 in Kleinhausen", id="source-of-event"),
        pytest.param("Quelle: Statistisches Landesamt, Stand 31.12.2021", id="source-of-figures"),
        pytest.param("Erschienen in: Heft 3, Seite 4", id="no-date"),
    ],
)
def test_a_source_line_without_a_print_date_is_no_release(closing: str) -> None:
    page = f"{HEADLINE}\n\n" + f"{PARAGRAPH}\n\n" * 6 + f"{closing}\n"
    assert parse_layout(page).published is None


@pytest.mark.parametrize(
    ("opening", "span_text"),
    [
        pytest.param("Kleinhausen – 07.09.2022 – ", "07.09.2022", id="dashes"),
        pytest.param("KLEINHAUSEN (pm), 07.09.2022 – ", "07.09.2022", id="agency-after-town"),
        pytest.param("Kleinhausen, 7. September 2022, 10.30 Uhr – ", "7. September 2022", id="with-time"),
        pytest.param("Kleinhausen, 07.09.2022 (ots) - ", "07.09.2022", id="press-portal-mark"),
    ],
)
def test_a_newspaper_dateline_opening_the_body(opening: str, span_text: str) -> None:
    page = f"{HEADLINE}\n\n{opening}{PARAGRAPH}\n"
    parsed = parse_layout(page)
    assert parsed.published == date(2022, 9, 7)
    assert parsed.published_from == "dateline"
    assert page[slice(*parsed.published_span or (0, 0))] == span_text


@pytest.mark.parametrize(
    "opening",
    [
        pytest.param("Montag – 07.09.2022 – Sitzung des Rates. ", id="weekday-dashes"),
        pytest.param("Kleinhausen – 07.09.2022 bis 09.09.2022 Festwoche. ", id="date-range"),
        pytest.param("Kleinhausen (ots) - ", id="no-date"),
    ],
)
def test_no_dateline_opening_the_body(opening: str) -> None:
    assert parse_layout(f"{HEADLINE}\n\n{opening}{PARAGRAPH}\n").published is None


@pytest.mark.parametrize(
    "calendar",
    [
        pytest.param("Termine\n07.09.2022 Stadtfest\n08.09.2022 Ratssitzung\n", id="events"),
        pytest.param("Nächste Veranstaltungen:\n07.09.2022\nFest der Vereine\n", id="next-events"),
        pytest.param("Veranstaltungskalender\n7. September 2022 Kleinhausen\n", id="calendar"),
    ],
)
def test_the_dates_of_an_event_calendar_are_no_release_date(calendar: str) -> None:
    assert parse_layout(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{calendar}").published is None


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("07.09.2022 Stadtfest", id="fest"),
        pytest.param("07.09.2022 Frühjahrsputz", id="compound-putz"),
        pytest.param("Sa, 07.09.2022 Seniorennachmittag", id="weekday-nachmittag"),
        pytest.param("7. September 2022, 18 Uhr Einwohnerversammlung", id="named-month-time"),
        pytest.param("07.09.2022 Tag der offenen Tür", id="several-words"),
    ],
)
def test_a_calendar_entry_at_the_top_is_no_release_date_nor_the_title(entry: str) -> None:
    parsed = parse_layout(f"{entry}\n\n{PARAGRAPH}\n")
    assert parsed.published is None
    assert parsed.title is None
    with_headline = parse_layout(f"{entry}\n08.09.2022 Ratssitzung\n\n{HEADLINE}\n\n{PARAGRAPH}\n")
    assert (with_headline.title, with_headline.published) == (HEADLINE, None)


@pytest.mark.parametrize(
    ("line", "span_text"),
    [
        # a date with its place is a date line; the place may end in a syllable of an event's name
        pytest.param("07.09.2022 Kleinhausen", "07.09.2022", id="place-after"),
        pytest.param("7. September 2022 Bad Musterau", "7. September 2022", id="two-word-place"),
        pytest.param("07.09.2022 Musterfelde", "07.09.2022", id="place-in-felde"),
        # an author or a place before the date, parted by a dash
        pytest.param("Erika Beispiel – 07.09.2022", "07.09.2022", id="author-dash"),
        pytest.param("Kleinhausen — 07.09.2022", "07.09.2022", id="place-long-dash"),
    ],
)
def test_a_date_line_with_a_place_or_author(line: str, span_text: str) -> None:
    parsed = parse_layout(f"{HEADLINE}\n{line}\n\n{PARAGRAPH}\n")
    assert parsed.title == HEADLINE
    assert parsed.published_span is not None
    assert parsed.text[slice(*parsed.published_span)] == span_text


@pytest.mark.parametrize(
    ("calendar", "title"),
    [
        # a calendar ends at a line set apart with no date on it or below it: the page's headline
        pytest.param("Termine\n07.09.2022 Stadtfest\n\n", HEADLINE, id="entry-then-headline"),
        pytest.param("Veranstaltungskalender\n07.09.2022 Tag der offenen Tür\n\n", HEADLINE, id="calendar"),
        pytest.param(
            "Kommende Veranstaltungen:\nFest der Vereine\n07.09.2022\n\n", HEADLINE, id="name-then-date"
        ),
        # negatives: an entry whose date stands below its name is the calendar's
        pytest.param("Termine\n\nFest der Vereine\n07.09.2022\n\n", HEADLINE, id="entry-set-apart"),
    ],
)
def test_the_headline_below_an_event_calendar(calendar: str, title: str) -> None:
    parsed = parse_layout(f"{calendar}{HEADLINE}\n\n{PARAGRAPH}\n")
    assert (parsed.title, parsed.published) == (title, None)
    assert "Fest der Vereine" not in (parsed.title or "")


@pytest.mark.parametrize(
    ("page", "title", "published"),
    [
        # a date before a dash or a bar opening the headline's line dates the article
        pytest.param(f"12.03.2022 – {HEADLINE}\n\n{PARAGRAPH}\n", HEADLINE, date(2022, 3, 12), id="dash"),
        pytest.param(
            f"Gemeinde Kleinhausen\n\nAktuelles\n\n12.03.2022 | {HEADLINE}\n\n{PARAGRAPH}\n",
            HEADLINE,
            date(2022, 3, 12),
            id="bar-below-site-name",
        ),
        # negatives: below the headline it dates a teaser; an event's name after it is a calendar's
        pytest.param(
            f"{HEADLINE}\n\n12.03.2022 – Neuer Spielplatz eröffnet\n\n{PARAGRAPH}\n",
            HEADLINE,
            None,
            id="teaser",
        ),
        pytest.param(f"12.03.2022 – Sommerfest\n\n{PARAGRAPH}\n", None, None, id="event"),
        pytest.param(f"12.03.2022 – Kleinhausen\n\n{PARAGRAPH}\n", None, date(2022, 3, 12), id="place"),
    ],
)
def test_a_date_stamp_before_the_headline(page: str, title: str | None, published: date | None) -> None:
    parsed = parse_layout(page)
    assert (parsed.title, parsed.published) == (title, published)


@pytest.mark.parametrize(
    ("closing", "published"),
    [
        pytest.param("Letzte Aktualisierung: 12.03.2022", date(2022, 3, 12), id="last-update"),
        pytest.param("zuletzt geändert am 12. März 2022", date(2022, 3, 12), id="last-changed"),
        pytest.param("Aktualisiert: Sa, 12.03.2022", date(2022, 3, 12), id="updated-weekday"),
        # negatives: an update inside a sentence, a price list's date
        pytest.param("Die Liste wurde zuletzt am 12.03.2022 aktualisiert.", None, id="in-sentence"),
        pytest.param("Preise (Stand: 01.01.2022)", None, id="price-list"),
        pytest.param("© 2022 Gemeinde Kleinhausen", None, id="copyright"),
    ],
)
def test_an_update_date_alone_is_the_release_date(closing: str, published: date | None) -> None:
    assert parse_layout(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{closing}\n").published == published


def test_a_stated_release_date_wins_over_an_update() -> None:
    page = f"{HEADLINE}\n\nLetzte Aktualisierung: 15.03.2022\n\n{PARAGRAPH}\n\nErschienen am 12.03.2022\n"
    assert parse_layout(page).published == date(2022, 3, 12)


@pytest.mark.parametrize(
    ("where", "line", "span_text"),
    [
        # a date beside the page's share and print widgets, at the top or closing the page
        pytest.param("end", "Teilen Drucken 12.03.2022", "12.03.2022", id="widgets-before-at-end"),
        pytest.param(
            "end", "12.03.2022 | Drucken | Facebook | WhatsApp", "12.03.2022", id="widgets-after-at-end"
        ),
        pytest.param("top", "Artikel teilen | 12.03.2022", "12.03.2022", id="share-article-at-top"),
        # a byline with the author's label or a middle dot
        pytest.param("end", "Text und Foto: Eva Probe, 12.03.2022", "12.03.2022", id="text-and-photo"),
        pytest.param("top", "Autorin: Eva Probe | 12. März 2022", "12. März 2022", id="author-label"),
        pytest.param(
            "top", "von Eva Probe · 12. März 2022 · 3 min Lesezeit", "12. März 2022", id="middle-dot"
        ),
        # a dateline with a sender's mark in capitals, or in brackets
        pytest.param("body", "Dresden, 12.03.2022 (SMI) – ", "12.03.2022", id="sender-mark"),
        pytest.param("body", "(Kleinhausen, 12. März 2022) ", "12. März 2022", id="bracketed"),
    ],
)
def test_a_release_date_beside_widgets_in_a_byline_or_dateline(where: str, line: str, span_text: str) -> None:
    page = {
        "top": f"{HEADLINE}\n{line}\n\n{PARAGRAPH}\n",
        "end": f"{HEADLINE}\n\n{PARAGRAPH}\n\n{PARAGRAPH}\n\n{line}\n",
        "body": f"{HEADLINE}\n\n{line}{PARAGRAPH}\n",
    }[where]
    parsed = parse_layout(page)
    assert parsed.published_span is not None
    assert parsed.text[slice(*parsed.published_span)] == span_text


@pytest.mark.parametrize(
    "closing",
    [
        # negatives: sentences with the widgets' words and a date, brackets without a date
        pytest.param("Teilen Sie uns bis zum 12.03.2022 Ihre Meinung mit.", id="share-sentence"),
        pytest.param("Die Stadt (Rathaus, Zimmer 12) lädt ein.", id="brackets-without-date"),
        pytest.param(
            "Drucken Sie das Formular bis 12.03.2022 aus und senden Sie es uns", id="print-sentence"
        ),
    ],
)
def test_no_release_date_beside_widgets_or_credits(closing: str) -> None:
    assert parse_layout(f"{HEADLINE}\n\n{PARAGRAPH}\n\n{closing}\n").published is None
