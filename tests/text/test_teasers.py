"""Tests of teaser blocks: read-more links, repeated teaser headlines, calls to read elsewhere,
and the readers' comments (made-up pages)."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.text.layout import parse_layout

READ_MORE_SIDEBAR = (
    "Baustelleninfos\n"
    "\n"
    "Sperrung der Hauptstraße in Musterau vom 14.05. bis Ende Juni 2022\n"
    "\n"
    "Wegen Bauarbeiten ist die Hauptstraße in Musterau ab dem 14.05. voll gesperrt.\n"
    "Weiterlesen Alle Baustelleninfos\n"
    "\n"
    "Neuer Präventionsrat in Beispielstadt\n"
    "\n"
    "Die Stadt Beispielstadt hat am Dienstag ihren Kommunalen Präventionsrat gegründet und lädt alle ein.\n"
)

PAYWALL = (
    "Neuer Präventionsrat in Beispielstadt\n"
    "\n"
    "Die Stadt Beispielstadt hat am Dienstag ihren Kommunalen Präventionsrat in Musterau gegründet.\n"
    "Weiterlesen\n"
    "Impressum\n"
)

REPEATED_TEASER = (
    "Neuer Präventionsrat in Beispielstadt\n"
    "\n"
    "Die Stadt Beispielstadt hat am Dienstag ihren Kommunalen Präventionsrat gegründet und lädt ein.\n"
    "\n"
    "Sommerfest\n"
    "Großes Sommerfest am 3. Juli 2021 in Musterau\n"
    "Großes Sommerfest am 3. Juli 2021 in Musterau\n"
    "\n"
    "Der Rat trifft sich viermal im Jahr und berät den Stadtrat in allen Fragen der Sicherheit.\n"
)

READER_CALL = (
    "Neuer Präventionsrat in Beispielstadt\n"
    "\n"
    "Die Stadt Beispielstadt hat am Dienstag ihren Kommunalen Präventionsrat gegründet und lädt ein.\n"
    "\n"
    "Was kostet das Wohnen im Landkreis Musterau? Hier finden Sie alle Zahlen.\n"
    "\n"
    "Der Rat trifft sich viermal im Jahr und berät den Stadtrat in allen Fragen der Sicherheit.\n"
)

REPEATED_CAPTION = (
    "Neuer Präventionsrat in Beispielstadt\n"
    "\n"
    "Die Stadt Beispielstadt hat am Dienstag ihren Kommunalen Präventionsrat gegründet und lädt ein.\n"
    "\n"
    "Bürgermeisterin Erika Beispiel bei der Sitzung in Musterau. Foto: Max Muster\n"
    "Bürgermeisterin Erika Beispiel bei der Sitzung in Musterau. Foto: Max Muster\n"
)

COMMENTS = (
    "Neuer Präventionsrat in Beispielstadt\n"
    "\n"
    "Die Stadt Beispielstadt hat am Dienstag ihren Kommunalen Präventionsrat gegründet und lädt ein.\n"
    "\n"
    "Keine Kommentare bisher\n"
    "\n"
    "Schreiben Sie einen Kommentar\n"
    "Ich war am 5. Mai 2020 in Musterau dabei.\n"
)


def _offset(text: str, needle: str) -> int:
    return text.index(needle) + 1


@pytest.mark.parametrize(
    ("text", "needle", "content"),
    [
        pytest.param(READ_MORE_SIDEBAR, "Sperrung der", False, id="teaser-headline-before-link"),
        pytest.param(READ_MORE_SIDEBAR, "Wegen Bauarbeiten", False, id="teaser-text-before-link"),
        pytest.param(READ_MORE_SIDEBAR, "Weiterlesen Alle", False, id="the-link-itself"),
        pytest.param(READ_MORE_SIDEBAR, "Die Stadt Beispielstadt", True, id="the-article-after"),
        pytest.param(PAYWALL, "Die Stadt Beispielstadt", True, id="paywall-link-closes-the-article"),
        pytest.param(REPEATED_TEASER, "Großes Sommerfest", False, id="repeated-headline"),
        pytest.param(REPEATED_TEASER, "Sommerfest\n", False, id="its-kicker"),
        pytest.param(REPEATED_TEASER, "Der Rat trifft", True, id="article-goes-on"),
        pytest.param(REPEATED_CAPTION, "Bürgermeisterin Erika", True, id="repeated-caption-stays"),
        pytest.param(READER_CALL, "Was kostet", False, id="call-to-read-elsewhere"),
        pytest.param(READER_CALL, "Der Rat trifft", True, id="article-after-call"),
        pytest.param(COMMENTS, "Ich war am", False, id="readers-comment"),
        pytest.param(COMMENTS, "Die Stadt Beispielstadt", True, id="article-before-comments"),
        pytest.param(
            COMMENTS.replace("Keine Kommentare bisher", "0Kommentare"), "Ich war am", False, id="count"
        ),
        pytest.param(
            COMMENTS.replace("Keine Kommentare bisher", "Kommentieren Sie den Artikel"),
            "Ich war am",
            False,
            id="call",
        ),
    ],
)
def test_teaser_blocks_are_not_content(text: str, needle: str, content: bool) -> None:
    layout = parse_layout(text)
    start = _offset(text, needle)
    assert layout.is_content(start, start + 3) is content


@pytest.mark.parametrize(
    ("text", "title"),
    [
        pytest.param(
            "Neuer Rat in Musterau\nNeuer Rat in Musterau\n\nDie Stadt hat ihn heute gegründet.\n",
            "Neuer Rat in Musterau",
            id="repeated-at-the-top-is-the-title",
        ),
        pytest.param(READ_MORE_SIDEBAR, "Neuer Präventionsrat in Beispielstadt", id="after-a-sidebar"),
    ],
)
def test_the_title_is_the_article_headline(text: str, title: str) -> None:
    assert parse_layout(text).title == title


@pytest.mark.parametrize(
    ("line", "content"),
    [
        pytest.param("Logo der Stadt Musterau", False, id="logo-alt-text"),
        pytest.param("Wappen Beispielstadt", False, id="coat-of-arms-alt-text"),
        # a logo described by its parts: a wordmark, a shape and its lettering
        pytest.param("Kreis und Schrift Sicheres Beispielstadt", False, id="shape-and-lettering"),
        pytest.param("Schriftzug Netzwerk Prävention", False, id="wordmark"),
        pytest.param("Wort-Bild-Marke des Präventionsrates", False, id="word-picture-mark"),
        pytest.param("Schrift und Bild im Wandel der Zeit", True, id="headline-on-lettering"),
        pytest.param("Der Schriftzug am Rathaus wurde im Mai erneuert.", True, id="wordmark-sentence"),
        pytest.param(
            "Das Logo der Allianz zeigt drei Häuser und eine Brücke über die Elbe.", True, id="sentence"
        ),
    ],
)
def test_logo_alt_texts_are_debris(line: str, content: bool) -> None:
    text = f"Neuer Präventionsrat in Beispielstadt\n\nDie Stadt hat heute ihren Rat gegründet.\n\n{line}\n"
    start = text.index(line)
    assert parse_layout(text).is_content(start, start + 3) is content


NEWS_PAGE = (
    "Musterauer Anzeiger\n"
    "Region | Beispielstadt | Sport | Kultur\n"
    "\n"
    "Beispielstadt gründet Präventionsrat\n"
    "\n"
    "Von Erika Muster\n"
    "04.05.2021 · 08:15 Uhr · Lesedauer 2 Min.\n"
    "\n"
    "Beispielstadt. Die Stadt hat am Montag ihren Kommunalen Präventionsrat gegründet und lädt ein.\n"
    "\n"
    "Weitere Artikel aus dem Umland\n"
    "Kleinhausen: Neues Feuerwehrhaus eingeweiht (02.05.2021)\n"
    "Großdorf: Gemeinderat streitet über Haushalt 2022\n"
    "\n"
    "Der Rat trifft sich viermal im Jahr und berät den Stadtrat in allen Fragen der Sicherheit.\n"
    "Landkreis Musterau | Freistaat Sachsen\n"
)

ARCHIVE_LISTING = (
    "Pressemitteilungen\n"
    "\n"
    "[012/2016 - 21.04.2016] Beispielstadt tritt der Allianz bei\n"
    "\n"
    "Die Stadt Beispielstadt hat am Mittwoch die Kooperationsvereinbarung unterzeichnet und feiert.\n"
    "\n"
    "[011/2016 - 19.04.2016] Sperrung zwischen Kleinhausen und Großdorf\n"
    "Die Straße ist ab dem 25.04.2016 gesperrt.\n"
    "\n"
    "[010/2016 - 12.04.2016] Frühjahrsputz in Musterau\n"
)


#: A list of other articles, each headline with its date line below it.
DATED_TEASERS = (
    "Neuer Rat in Musterau\n"
    "\n"
    "04.07.2022\n"
    "\n"
    "Musterau. Die Stadt hat am Montag ihren Kommunalen Präventionsrat gegründet und lädt alle ein.\n"
    "\n"
    "Mehr aus der Region\n"
    "\n"
    "Kleinhausen: Fest am Dorfteich\n"
    "01.07.2022\n"
    "\n"
    "Großdorf: Brücke wird saniert\n"
    "30.06.2022\n"
    "\n"
    "Der Haushalt wurde nach langer Debatte im Stadtrat von Musterau mit großer Mehrheit beschlossen.\n"
)


@pytest.mark.parametrize(
    ("text", "needle", "content"),
    [
        pytest.param(NEWS_PAGE, "Region | Beispielstadt", False, id="menu-in-one-line"),
        pytest.param(NEWS_PAGE, "Landkreis Musterau |", False, id="footer-in-one-line"),
        pytest.param(NEWS_PAGE, "Weitere Artikel aus", False, id="teaser-list-heading"),
        pytest.param(NEWS_PAGE, "Kleinhausen: Neues", False, id="teaser-list-headline"),
        pytest.param(NEWS_PAGE, "Großdorf: Gemeinderat", False, id="teaser-list-last-headline"),
        pytest.param(NEWS_PAGE, "Der Rat trifft", True, id="a-sentence-ends-the-list"),
        pytest.param(NEWS_PAGE, "Beispielstadt. Die Stadt", True, id="article-before-list"),
        pytest.param(
            NEWS_PAGE.replace("Weitere Artikel aus dem Umland", "Mehr aus Musterau"),
            "Großdorf: Gemeinderat",
            False,
            id="more-from-a-town",
        ),
        pytest.param(DATED_TEASERS, "Kleinhausen: Fest", False, id="dated-teaser-headline"),
        pytest.param(DATED_TEASERS, "01.07.2022", False, id="teaser-date-line"),
        pytest.param(DATED_TEASERS, "Großdorf: Brücke", False, id="headline-after-a-teaser-date"),
        pytest.param(DATED_TEASERS, "30.06.2022", False, id="second-teaser-date"),
        pytest.param(DATED_TEASERS, "Der Haushalt wurde", True, id="sentence-after-dated-teasers"),
        pytest.param(DATED_TEASERS, "04.07.2022", True, id="the-article-date-line-above"),
        pytest.param(ARCHIVE_LISTING, "Die Stadt Beispielstadt", True, id="first-entry-is-the-article"),
        pytest.param(ARCHIVE_LISTING, "[011/2016", False, id="second-entry"),
        pytest.param(ARCHIVE_LISTING, "Die Straße ist", False, id="second-entry-text"),
        pytest.param(ARCHIVE_LISTING, "[010/2016", False, id="third-entry"),
    ],
)
def test_lists_of_other_articles_are_not_content(text: str, needle: str, content: bool) -> None:
    layout = parse_layout(text)
    start = _offset(text, needle)
    assert layout.is_content(start, start + 3) is content


@pytest.mark.parametrize(
    ("line", "content"),
    [
        pytest.param("Sport | Kultur | Abo", False, id="menu"),
        pytest.param("Seite 1 von 9 | Zurück | Weiter", False, id="pagination"),
        pytest.param("Ortsteile: Kleinhausen · Großdorf · Musterau", False, id="menu-with-dots"),
        pytest.param("Landkreis Musterau | Freistaat Sachsen", False, id="two-names"),
        pytest.param("Musterau | Neuer Rat gegründet", True, id="two-items-headline"),
        pytest.param(
            "Die Stadt · das Amt · der Rat: alle haben heute zugestimmt.", True, id="sentence-with-dots"
        ),
        pytest.param("© LPR | Max Muster", True, id="credit-with-bar"),
        pytest.param(
            "Musterau will einen Präventionsrat gründen | Musterau kompakt", True, id="headline-section"
        ),
        pytest.param(
            "Die Stadt liegt zwischen A | B und hat heute ihren Rat gegründet.", True, id="sentence"
        ),
    ],
)
def test_inline_menus_are_debris(line: str, content: bool) -> None:
    text = f"Neuer Präventionsrat in Beispielstadt\n\nDie Stadt hat heute ihren Rat gegründet.\n\n{line}\n"
    start = text.index(line)
    assert parse_layout(text).is_content(start, start + 3) is content


def test_the_release_date_beside_a_reading_time() -> None:
    layout = parse_layout(NEWS_PAGE)
    assert (layout.published, layout.published_from) == (date(2021, 5, 4), "date_line")
    assert parse_layout(ARCHIVE_LISTING).published == date(2016, 4, 21)


MENU_BLOCK = "Rathaus & Politik\nLeben in Kleinhausen\nWirtschaft & Tourismus\nBürgerservice online\nKultur und Freizeit\n"
LINK_PARAGRAPH = (
    "Die Gemeinde und das Polizeirevier wollen künftig enger zusammenarbeiten, um das Sicherheitsgefühl "
    "der Einwohner zu stärken."
)


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(
            f"{MENU_BLOCK}\nNeuer Rat gegründet\n\n{LINK_PARAGRAPH}\n", "Neuer Rat gegründet", id="menu-block"
        ),
        pytest.param(
            f"{MENU_BLOCK}\n12.03.2022\n\nNeuer Rat gegründet\n\n{LINK_PARAGRAPH}\n",
            "Neuer Rat gegründet",
            id="menu-then-date",
        ),
        pytest.param(
            "Neues Feuerwehrhaus eingeweiht\nStraße am Markt gesperrt\nWeihnachtsmarkt öffnet am Freitag\n"
            f"Schulhof wird saniert\n\nNeuer Rat gegründet\n\n{LINK_PARAGRAPH}\n",
            "Neuer Rat gegründet",
            id="links-to-other-news",
        ),
        # negatives: the headline right above its paragraph stays; three short lines are no block
        pytest.param(
            f"Rathaus & Politik\nLeben in Kleinhausen\nWirtschaft\nBürgerservice\nRat tagt in Kleinhausen\n{LINK_PARAGRAPH}\n",
            "Rat tagt in Kleinhausen",
            id="headline-closing-the-block",
        ),
        pytest.param(
            f"Für den Sport\nRat tagt\nPolizei berichtet\n\n{LINK_PARAGRAPH}\n",
            "Für den Sport",
            id="three-short-lines",
        ),
    ],
)
def test_a_block_of_short_link_lines_above_the_article_is_debris(page: str, title: str) -> None:
    assert parse_layout(page).title == title
