"""Tests of the layout parser: segments, release date, title and offsets of all three layouts."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from pipeline.text.layout import CONTENT_KINDS, ArticleLayout, Segment, find_release_date, parse_layout
from pipeline.text.reading import read_article

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
                ("title", " Taucha"),
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
        (" date 2021-01 Taucha\n\nDie Stadt handelt.\n", "other", None, None, "Taucha"),
        (
            " date 2021-01-15 Taucha\n\nDie Stadt handelt.\n",
            "other",
            date(2021, 1, 15),
            "2021-01-15",
            "Taucha",
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


def test_find_release_date_prefers_date_line_over_stated_date() -> None:
    text = "Pressemitteilung vom 12. Februar 2020\n03.11.2022\n\nTitel\n"
    lines = [(0, 37), (38, 48), (49, 49), (50, 55)]
    assert find_release_date(text, lines) == (date(2022, 11, 3), (38, 48), "lpr")


def test_find_release_date_none() -> None:
    assert find_release_date("Titel\n", [(0, 5)]) is None


@pytest.mark.parametrize(
    ("needle", "kind", "content"),
    [
        ("17.04.2024", "dateline", True),
        ("Vernetzungstreffen", "title", True),
        ("Jürgen Opitz", "caption", True),
        ("Roy Schlesinger", "credit", True),
        ("Vertreter", "body", True),
        ("Seitenanfang", "footer", False),
        ("Impressum", "footer", False),
    ],
)
def test_kind_at_and_is_content_lpr(needle: str, kind: str, content: bool) -> None:
    layout = parse_layout(LPR)
    start = LPR.index(needle)
    assert layout.kind_at(start) == kind
    assert layout.is_content(start, start + len(needle)) is content


@pytest.mark.parametrize(
    ("needle", "kind", "content"),
    [
        ("Weißwasser", "debris", False),
        ("Merken", "debris", False),
        ("Sabine Larbig", "byline", True),
        ("4 Min.", "debris", False),
        ("NEU!", "debris", False),
        ("Gestern", "body", True),
    ],
)
def test_kind_at_and_is_content_newspaper(needle: str, kind: str, content: bool) -> None:
    layout = parse_layout(NEWSPAPER)
    start = NEWSPAPER.index(needle)
    assert layout.kind_at(start) == kind
    assert layout.is_content(start, start + len(needle)) is content


def test_blank_line_has_no_kind_and_span_into_footer_is_no_content() -> None:
    layout = parse_layout(LPR)
    blank = LPR.index("\n\n")
    assert layout.kind_at(blank + 1) is None
    body = LPR.index("Daher")
    footer_end = LPR.index("Seitenanfang") + len("Seitenanfang")
    assert layout.is_content(body, footer_end) is False


def test_of_kind_and_credit_spans() -> None:
    layout = parse_layout(LPR)
    caption = "Bürgermeister Jürgen Opitz, Sven Forkert (v. l. n. r.)"
    assert layout.of_kind("caption", "credit") == [
        Segment("caption", LPR.index(caption), LPR.index(caption) + len(caption)),
        Segment("credit", LPR.index("©"), LPR.index("©") + len("© LPR | Roy Schlesinger")),
    ]
    assert [LPR[s:e] for s, e in layout.credit_spans] == ["© LPR | Roy Schlesinger"]
    assert layout.of_kind("byline") == []


@pytest.mark.parametrize("text", [LPR, MEDIENSERVICE, NEWSPAPER, SHOP], ids=["lpr", "ms", "news", "shop"])
def test_segment_offsets_are_ordered_single_line_spans(text: str) -> None:
    layout = parse_layout(text)
    assert layout.text is text
    previous_end = 0
    for seg in layout.segments:
        assert previous_end <= seg.start < seg.end <= len(text)
        assert "\n" not in text[seg.start : seg.end]
        previous_end = seg.end


def test_content_kinds() -> None:
    assert frozenset({"title", "caption", "credit", "byline", "body", "dateline"}) == CONTENT_KINDS


def test_dev_corpus_release_dates_match_gold(shared_dev: Path) -> None:
    articles = sorted((shared_dev / "articles").glob("*.txt"))
    assert len(articles) >= 20
    for path in articles:
        gold = json.loads((shared_dev / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        layout = parse_layout(read_article(path).text)
        published = layout.published.isoformat() if layout.published else None
        assert published == gold["published"], path.name
        for seg in layout.segments:
            assert 0 <= seg.start < seg.end <= len(layout.text), path.name
