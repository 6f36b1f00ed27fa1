"""Tests of the headline choice on made-up pages: where a headline stands on a page saved as text
(under a lead photo, after a date stamp, among widgets, above the release date line, repeated
below the HTML title) and what never is one (captions, credits, lead-ins, widgets, menus,
banners, teasers of other articles)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.text.layout import ArticleLayout, parse_layout

PARAGRAPH = "Die Stadt und die Polizei wollen künftig enger zusammenarbeiten, um die Sicherheit zu stärken."


def kinds_of(layout: ArticleLayout) -> list[tuple[str, str]]:
    """(kind, stripped text) of every segment, in order."""
    return [(seg.kind, layout.text[seg.start : seg.end].strip()) for seg in layout.segments]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            f"© Erika Beispiel\n\nMusterau tritt dem Netzwerk bei\n\n{PARAGRAPH}\n",
            "Musterau tritt dem Netzwerk bei",
            id="credit-line",
        ),
        pytest.param(
            f"Der Rat tagte im Festsaal des Rathauses.\nBildrechte: dpa\n\nNeuer Rat in Musterau\n\n{PARAGRAPH}\n",
            "Neuer Rat in Musterau",
            id="caption-sentence-and-credit-line",
        ),
        pytest.param(
            "• Der Bürgermeister bei der Unterzeichnung im Rathaus. © Stadt Musterau\n\n"
            "    Der Bürgermeister bei der Unterzeichnung im Rathaus. © Stadt Musterau\n\n"
            f"Vertrag für mehr Sicherheit unterzeichnet\n\n{PARAGRAPH}\n",
            "Vertrag für mehr Sicherheit unterzeichnet",
            id="bulleted-gallery-captions",
        ),
        pytest.param(
            f"Foto: Max Muster\n\nDie Polizei zieht Bilanz!\n\n{PARAGRAPH}\n",
            "Die Polizei zieht Bilanz!",
            id="foto-credit",
        ),
        # negatives: the caption is no title; a page whose lead photo stands above the text has none
        pytest.param(
            f"Der Rat tagte im Festsaal des Rathauses.\nBildrechte: dpa\n\n{PARAGRAPH}\n",
            None,
            id="no-headline-below-photo",
        ),
        pytest.param(
            "Sieben Kommunen unterzeichneten am Montag die Vereinbarung. © Stadt Musterau\n\n"
            "Alle wollen die Präventionsarbeit in den kommenden Jahren gemeinsam ausbauen.\n",
            None,
            id="caption-with-credit-then-sentence",
        ),
        # a headline with its caption below is no lead photo: the headline stays the title
        pytest.param(
            f"Netzwerk wächst weiter\n\nAnna Probe, Max Muster (v. l. n. r.)\n© LPR\n\n{PARAGRAPH}\n",
            "Netzwerk wächst weiter",
            id="headline-above-its-photo",
        ),
    ],
)
def test_the_headline_below_a_lead_photo(page: str, title: str | None) -> None:
    parsed = parse_layout(page)
    assert parsed.title == title
    assert all(kind != "title" or text == title for kind, text in kinds_of(parsed))


@pytest.mark.parametrize(
    ("page", "title", "published", "stamp"),
    [
        pytest.param(
            f"12.03.2021 | 09:15 Uhr Stadt und Polizei schließen Vertrag\n\n{PARAGRAPH}\n",
            "Stadt und Polizei schließen Vertrag",
            date(2021, 3, 12),
            "12.03.2021 | 09:15 Uhr",
            id="glued-after-date-and-time",
        ),
        pytest.param(
            "Die Oberbürgermeisterin bei der Unterzeichnung im Rathaus.\nFoto: Eva Probe\n\n"
            f"07.11.2022 | 16:02 Uhr „Gemeinsam sicher“ in Musterau\n\n{PARAGRAPH}\n",
            "„Gemeinsam sicher“ in Musterau",
            date(2022, 11, 7),
            "07.11.2022 | 16:02 Uhr",
            id="after-lead-photo",
        ),
        # negatives: a stamp's own label, a stamp alone, a sentence after the stamp
        pytest.param(
            f"Kreis tritt bei\n\n22.07.2022, 12:44 Uhr — Erstveröffentlichung (aktuell)\n\n{PARAGRAPH}\n",
            "Kreis tritt bei",
            date(2022, 7, 22),
            None,
            id="medienservice-label",
        ),
        pytest.param(
            f"05.05.2021 | 13:30 Uhr\n\n{PARAGRAPH}\n", None, date(2021, 5, 5), None, id="stamp-alone"
        ),
        pytest.param(
            "05.05.2021 | 13:30 Uhr Die Stadt Musterau hat am Montag gemeinsam mit der Polizei einen Vertrag geschlossen.\n",
            None,
            date(2021, 5, 5),
            None,
            id="sentence-after-stamp",
        ),
    ],
)
def test_a_headline_glued_after_a_date_stamp(
    page: str, title: str | None, published: date, stamp: str | None
) -> None:
    parsed = parse_layout(page)
    assert parsed.title == title
    assert parsed.published == published
    if stamp is not None:
        assert kinds_of(parsed)[-3:-1] == [("dateline", stamp), ("title", title)]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            f"Anzeige\n\n04109 & Umland\n\nNachtlotsen: Bilanz positiv\n\n{PARAGRAPH}\n",
            "Nachtlotsen: Bilanz positiv",
            id="after-ad-and-postcode",
        ),
        pytest.param(
            f"Werbung\n14 C\nRat wird gegründet\n\n{PARAGRAPH}\n", "Rat wird gegründet", id="after-weather"
        ),
        pytest.param(
            "1. Navigation\n  2. Inhalt\nInhalt\n\nPräventionsnetzwerk\n\nPräventionsnetzwerk\n(© Landkreis Musterau)\n\n"
            f"{PARAGRAPH}\n",
            "Präventionsnetzwerk",
            id="headline-and-its-alt-text",
        ),
        # negatives: widgets of a place, a price or the weather are no headline
        pytest.param(f"Anzeige\n\nLokales Musterau\n\n{PARAGRAPH}\n", None, id="section-widget"),
        pytest.param(f"Werbung\n\nMusterau\n\n{PARAGRAPH}\n", None, id="place-widget"),
        pytest.param(f"Anzeige\n\n12 °C\n\n{PARAGRAPH}\n", None, id="weather-widget"),
        pytest.param(
            f"Anzeige\n\nRat wird gegründet\n\nMehr Sicherheit in Musterau\n\n{PARAGRAPH}\n",
            "Mehr Sicherheit in Musterau",
            id="short-line-above-the-headline",
        ),
    ],
)
def test_a_headline_among_page_widgets(page: str, title: str | None) -> None:
    assert parse_layout(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            f"{PARAGRAPH} Das kündigte der Bürgermeister an.\nSicherheitspakt - Stadt und Polizei rücken zusammen\n"
            "Erschienen am 03.04.2022\nMusterau.\n",
            "Sicherheitspakt - Stadt und Polizei rücken zusammen",
            id="below-a-teaser-paragraph",
        ),
        pytest.param(
            "Verein für Prävention und Bildung in Sachsen e.V.\nStart | Über uns | Projekte | Kontakt\n\n"
            f"Wir beim Präventionstag\n\nVeröffentlicht am 4. Juni 2024\n\n{PARAGRAPH}\n",
            "Wir beim Präventionstag",
            id="below-an-organisation-name",
        ),
        # negatives: a sentence above the date line, and a teaser of other articles
        pytest.param(
            f"{PARAGRAPH}\nDie Stadt lädt ein.\nErschienen am 03.04.2022\n",
            None,
            id="sentence-above-the-date",
        ),
        pytest.param(
            f"{PARAGRAPH}\n\nMehr aus Musterau\n\nNeue Kita eröffnet\n07.06.2021\n",
            None,
            id="teaser-of-another-article",
        ),
        pytest.param(f"{PARAGRAPH}\n\n{PARAGRAPH}\nKreis tritt bei\n12.03.2021\n", None, id="too-far-down"),
    ],
)
def test_the_headline_above_the_release_date_line(page: str, title: str | None) -> None:
    assert parse_layout(page).title == title


@pytest.mark.parametrize(
    ("page", "title", "tail"),
    [
        pytest.param(
            f"Stadt und Polizei: „Gemeinsam sicher“ Verantwortlich: Max Muster\nStand: 12.03.2021\n\n{PARAGRAPH}\n",
            "Stadt und Polizei: „Gemeinsam sicher“",
            ("body", "Verantwortlich: Max Muster"),
            id="responsible",
        ),
        pytest.param(
            f"Neuer Rat für Musterau Autorin: Eva Maria Probe\n\n{PARAGRAPH}\n",
            "Neuer Rat für Musterau",
            ("byline", "Autorin: Eva Maria Probe"),
            id="author",
        ),
        # negatives: a headline with a colon before capitalised words keeps them
        pytest.param(
            f"Neue Redaktion: Leitbild Sicherheit\n\n{PARAGRAPH}\n",
            "Neue Redaktion: Leitbild Sicherheit",
            None,
            id="label-in-headline",
        ),
        pytest.param(
            f"Kinder schreiben Text: Sicherheit geht vor\n\n{PARAGRAPH}\n",
            "Kinder schreiben Text: Sicherheit geht vor",
            None,
            id="text-in-headline",
        ),
    ],
)
def test_a_byline_glued_to_the_headline(page: str, title: str, tail: tuple[str, str] | None) -> None:
    parsed = parse_layout(page)
    assert parsed.title == title
    if tail is not None:
        assert tail in kinds_of(parsed)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            "Rat gegründet: Musterau handelt | Musterauer Anzeiger\n\nLesefortschritt\nVeröffentlicht am 14.01.2021\n\n"
            f"Rat gegründet: Musterau handelt\n\n{PARAGRAPH}\n",
            "Rat gegründet: Musterau handelt",
            id="html-title-with-site-name",
        ),
        pytest.param(
            f"Neuer Präventionsrat – Stadtportal Musterau\n\nNeuer Präventionsrat\n\n{PARAGRAPH}\n",
            "Neuer Präventionsrat",
            id="dash-separator",
        ),
        # negatives: a section before the headline, a headline with no repetition below
        pytest.param(
            f"Pirna | Neuer Rat gegründet\n\n{PARAGRAPH}\n",
            "Pirna | Neuer Rat gegründet",
            id="section-and-headline",
        ),
        pytest.param(
            f"Neuer Rat gegründet | Musterauer Anzeiger\n\n{PARAGRAPH}\n\nNeuer Rat\n",
            "Neuer Rat gegründet | Musterauer Anzeiger",
            id="no-repetition",
        ),
    ],
)
def test_the_headline_repeated_below_the_html_title(page: str, title: str) -> None:
    parsed = parse_layout(page)
    assert parsed.title == title
    assert [kind for kind, _ in kinds_of(parsed)].count("title") == 1


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Die Stadtverwaltung informiert:", None),
        ("Der Bürgermeister sagte dazu:", None),
        ("Das Ordnungsamt teilt mit:", None),
        ("Erfolgreicher Auftakt in der Altstadt:", "Erfolgreicher Auftakt in der Altstadt:"),
        ("Sicherheit: Musterau zieht Bilanz", "Sicherheit: Musterau zieht Bilanz"),
    ],
)
def test_a_lead_in_is_no_headline(first_line: str, title: str | None) -> None:
    assert parse_layout(f"{first_line}\n{PARAGRAPH}\n").title == title


@pytest.mark.parametrize(
    "furniture",
    [
        "Diese Website verwendet Cookies, um Ihnen einen optimalen Service zu bieten.",
        "• Start\n• Rathaus\n• Aktuelles\n• Kontakt",
        "Startseite › Rathaus › Aktuelles",
        "Logo der Stadt Musterau",
    ],
)
def test_furniture_before_a_lead_photo_is_never_the_title(furniture: str) -> None:
    page = f"{furniture}\n\n© Max Muster\n\nKommunen gründen ein Netzwerk\n\n{PARAGRAPH}\n"
    assert parse_layout(page).title == "Kommunen gründen ein Netzwerk"


KICKED = "Kleinhausen tritt der Sicherheitsallianz bei"


@pytest.mark.parametrize(
    ("top", "title"),
    [
        # a site's section, a region or a topic over the headline, also set apart by a blank line
        pytest.param("Politik\n\n", KICKED, id="section-apart"),
        pytest.param("Region\n\n", KICKED, id="region-section-apart"),
        pytest.param("Sachsen\n\n", KICKED, id="state-apart"),
        pytest.param("Prävention\n\n", KICKED, id="topic-apart"),
        pytest.param("Blaulicht\n", KICKED, id="police-section-stacked"),
        pytest.param("Kommunen / Sicherheit\n\n", KICKED, id="topics-with-slash"),
        pytest.param("Soziales / Bildung / Familie\n", KICKED, id="three-topics-with-slash"),
        pytest.param("Kommunen | Sicherheit\n\n", KICKED, id="topics-with-bar"),
        # a paper's name over the headline
        pytest.param("Kleinhausener Zeitung\n\n", KICKED, id="paper-name"),
        pytest.param("Sächsischer Bote\n", KICKED, id="paper-name-bote"),
        pytest.param("Amtsblatt der Gemeinde Kleinhausen\n\n", KICKED, id="gazette-name"),
        # a reading time is a widget
        pytest.param("Lesedauer 2 Minuten\n\n", KICKED, id="reading-time"),
        pytest.param("Lesedauer: 4 Min.\n", KICKED, id="reading-time-colon"),
        pytest.param("3 Minuten Lesezeit\n\n", KICKED, id="reading-time-after"),
        pytest.param("Freie Presse\n\n", KICKED, id="paper-name-presse"),
        pytest.param("Kleinhausen - Aktuell\n\n", KICKED, id="town-portal"),
        pytest.param("Amtliche Bekanntmachungen\n\n", KICKED, id="gazette-section"),
        # a meta label over the headline
        pytest.param("Herausgeber: Staatsministerium des Innern\n\n", KICKED, id="publisher"),
        pytest.param("Pressekontakt: Eva Probe\n", KICKED, id="press-contact"),
        # negatives: a one-word headline set apart over its subtitle, or over the paragraph
        pytest.param(
            "Landespräventionstag\n\n", "Landespräventionstag", id="one-word-headline-over-subtitle"
        ),
        pytest.param("Zeitung für alle\n\n", "Zeitung für alle", id="headline-with-media-word"),
        pytest.param(
            "Kleinhausen / Rat tritt bei\n\n", "Kleinhausen / Rat tritt bei", id="headline-with-slash"
        ),
    ],
)
def test_a_kicker_or_section_over_the_headline_is_never_the_title(top: str, title: str) -> None:
    assert parse_layout(f"{top}{KICKED}\n\n{PARAGRAPH}\n").title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(f"Lesedauer: 2 Min.\n\n{PARAGRAPH}\n", None, id="reading-time-alone"),
        pytest.param(f"Lesezeit 3 Minuten\n{PARAGRAPH}\n", None, id="reading-time-alone-stacked"),
        pytest.param(f"Herausgeber: Landratsamt Musterkreis\n\n{PARAGRAPH}\n", None, id="publisher-alone"),
    ],
)
def test_a_reading_time_alone_is_no_title(page: str, title: str | None) -> None:
    assert parse_layout(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a slogan opening with a preposition right on top of the headline is its kicker
        pytest.param(f"Für den Sport unterwegs\n{KICKED}\n{PARAGRAPH}\n", KICKED, id="fuer"),
        pytest.param(f"Mit Herz und Verstand\n{KICKED}\n\n{PARAGRAPH}\n", KICKED, id="mit"),
        pytest.param(f"Im Einsatz für Kinder\n{KICKED}\n\n{PARAGRAPH}\n", KICKED, id="im"),
        # negatives: set apart, a longer headline opening with a preposition, a headline over its
        # subtitle, a preposition phrase over a sentence
        pytest.param(
            f"Für den Sport unterwegs\n\n{KICKED}\n\n{PARAGRAPH}\n", "Für den Sport unterwegs", id="apart"
        ),
        pytest.param(
            f"Für mehr Sicherheit in Kleinhausen\n{KICKED}\n\n{PARAGRAPH}\n",
            "Für mehr Sicherheit in Kleinhausen",
            id="long-headline",
        ),
        pytest.param(
            f"Präventionstag für Senioren\nSenioren gut informiert und gut unterhalten\n{PARAGRAPH}\n",
            "Präventionstag für Senioren",
            id="headline-over-subtitle",
        ),
        pytest.param(f"Mit Sicherheit mehr\n{PARAGRAPH}\n", "Mit Sicherheit mehr", id="over-paragraph"),
    ],
)
def test_a_phrase_kicker_right_on_top_of_the_headline(page: str, title: str) -> None:
    assert parse_layout(page).title == title


@pytest.mark.parametrize(
    "top",
    [
        # a media box's label, a paywall's mark, skip links, paging links, a page number
        pytest.param("Bildergalerie\n\n", id="gallery"),
        pytest.param("Video\n", id="video"),
        pytest.param("Exklusiv\n\n", id="exclusive"),
        pytest.param("Premium\n\n", id="premium"),
        pytest.param("Sprungmarken\nInhaltsbereich\n\n", id="skip-links"),
        pytest.param("« Vorheriger Artikel\nNächster Beitrag »\n\n", id="paging"),
        pytest.param("Seite 3\n\n", id="page-number"),
        pytest.param("Diese Seite teilen\n\n", id="share-page"),
        # a release label with its number, a contact line, an image's role in brackets
        pytest.param("Pressemitteilung Nr. 41/2022\n\n", id="release-number"),
        pytest.param("Medieninformation 41 / 2022\n", id="release-number-spaced"),
        pytest.param("Tel.: 0351 123456\nE-Mail: presse@kleinhausen.de\n\n", id="contact"),
        pytest.param("(Symbolbild)\n\n", id="stock-photo-in-brackets"),
        pytest.param("(Archivfoto: Gemeinde Kleinhausen)\n\n", id="archive-photo"),
        # a comment counter above the article, a town in capitals set apart
        pytest.param("Kommentare (3)\n\n", id="comment-counter"),
        pytest.param("12 Kommentare\n", id="comment-count"),
        pytest.param("KLEINHAUSEN\n\n", id="town-in-capitals"),
    ],
)
def test_widgets_above_the_headline_are_never_the_title(top: str) -> None:
    parsed = parse_layout(f"{top}{KICKED}\n\n{PARAGRAPH}\n")
    assert parsed.title == KICKED
    assert all(kind != "footer" for kind, _ in kinds_of(parsed))


@pytest.mark.parametrize(
    ("page", "needle", "kind"),
    [
        # the readers' comments after the article are its footer
        pytest.param(
            f"{KICKED}\n\n{PARAGRAPH}\n\nKommentare (3)\nSehr gut!\n", "Sehr gut!", "footer", id="comments"
        ),
        # negatives: a headline naming a video or a page stays, a sentence about a gallery stays
        pytest.param(
            f"Video zeigt neue Streife\n\n{PARAGRAPH}\n",
            "Video zeigt neue Streife",
            "title",
            id="video-headline",
        ),
        pytest.param(
            f"{KICKED}\n\nDie Bildergalerie zeigt das Fest.\n",
            "Die Bildergalerie zeigt das Fest.",
            "body",
            id="gallery-sentence",
        ),
        pytest.param(
            f"{KICKED}\n\nTel.: siehe unten\n", "Tel.: siehe unten", "body", id="contact-without-number"
        ),
    ],
)
def test_widget_words_in_the_article(page: str, needle: str, kind: str) -> None:
    assert (kind, needle) in kinds_of(parse_layout(page))


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a long caption without its full stop, its credit right below it, then the headline
        pytest.param(
            f"Anna Probe und Max Muster bei der Unterzeichnung im Rathaus\n© Gemeinde Kleinhausen\n{KICKED}\n\n{PARAGRAPH}\n",
            KICKED,
            id="caption-credit-headline",
        ),
        # a site's name with its address, a paper's paywall mark before the town
        pytest.param(
            f"Kleinhausen.de – Portal https://www.kleinhausen.de/presse\n{KICKED}\n\n{PARAGRAPH}\n",
            KICKED,
            id="url",
        ),
        pytest.param(f"PLUS Kleinhausen\n{KICKED}\n{PARAGRAPH}\n", KICKED, id="paywall-mark"),
        # a caption sentence below its credit, over the headline
        pytest.param(
            f"Foto: Max Muster\n\nDie Bürgermeisterin und der Revierleiter bei der Unterzeichnung.\n\n{KICKED}\n\n{PARAGRAPH}\n",
            KICKED,
            id="credit-caption-headline",
        ),
        # negatives: a headline over its photo's credit set apart; a short headline over its credit
        pytest.param(
            f"Anna Probe und Max Muster von der Gemeinde Kleinhausen im Gespräch\n\n© Gemeinde Kleinhausen\n\n{KICKED}\n\n{PARAGRAPH}\n",
            "Anna Probe und Max Muster von der Gemeinde Kleinhausen im Gespräch",
            id="headline-credit-apart",
        ),
        pytest.param(
            f"Neuer Rat gegründet\n© Gemeinde Kleinhausen\n\n{PARAGRAPH}\n",
            "Neuer Rat gegründet",
            id="short-headline-credit",
        ),
        pytest.param(
            f"© Gemeinde Kleinhausen\n\nDer Rat tagte gestern zum ersten Mal im Rathaus der Gemeinde.\n\n{PARAGRAPH}\n",
            None,
            id="credit-caption-paragraph",
        ),
    ],
)
def test_a_caption_or_site_line_above_the_headline(page: str, title: str | None) -> None:
    assert parse_layout(page).title == title


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # a long headline cut after an article, a conjunction or a preposition goes on below
        pytest.param(
            f"Stadt und Polizei schließen eine Vereinbarung für mehr Sicherheit in der\nInnenstadt von Kleinhausen\n\n{PARAGRAPH}\n",
            "Stadt und Polizei schließen eine Vereinbarung für mehr Sicherheit in der Innenstadt von Kleinhausen",
            id="after-article",
        ),
        pytest.param(
            f"Kleinhausen gründet einen Präventionsrat und\nstärkt das Ehrenamt\n\n{PARAGRAPH}\n",
            "Kleinhausen gründet einen Präventionsrat und stärkt das Ehrenamt",
            id="after-conjunction",
        ),
        # negatives: a separable verb's particle ends a headline; a sentence or a longer line below
        pytest.param(f"{KICKED}\nUntertitel für die Presse\n\n{PARAGRAPH}\n", KICKED, id="particle-bei"),
        pytest.param(
            f"Kleinhausen lädt zum Sicherheitstag ein\nAlle Bürger sind willkommen\n\n{PARAGRAPH}\n",
            "Kleinhausen lädt zum Sicherheitstag ein",
            id="particle-ein",
        ),
        pytest.param(f"Neuer Rat für die\n{PARAGRAPH}\n", "Neuer Rat für die", id="sentence-below"),
    ],
)
def test_a_headline_wrapped_over_two_lines(page: str, title: str) -> None:
    assert parse_layout(page).title == title


@pytest.mark.parametrize(
    "body",
    [
        # a paragraph cut at the page's column below a section's name is no headline to hand the
        # title to: a sentence ends inside its first line, or that line ends in a comma or an article
        pytest.param(
            "Im Landkreis Musterau ist Kleinhausen dabei. Auch Beispielstadt ist\nMitglied des Netzwerks.",
            id="sentence-inside",
        ),
        pytest.param(
            "Seit Jahren arbeiten Stadt und Polizei in Kleinhausen eng zusammen,\nnun auch im Netzwerk.",
            id="comma",
        ),
        pytest.param(
            "Gemeinsam mit der Polizei will Kleinhausen die Sicherheit in der\nInnenstadt stärken.",
            id="article",
        ),
    ],
)
def test_no_kicker_over_a_wrapped_paragraph(body: str) -> None:
    parsed = parse_layout(f"12.03.2022\n\nRegion\n\n{body}\n")
    assert parsed.title == "Region"
    assert ("body", body.splitlines()[0]) in kinds_of(parsed)
