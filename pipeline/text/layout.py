"""Parse an article's layout: release date, title, photo caption, credit, body, debris.

Three layouts occur in the archive:

* ``lpr`` (asskomm.sachsen.de, lpr.sachsen.de): a ``DD.MM.YYYY`` line, the title, a photo
  caption (often ending in "(v. l. n. r.)"), a "© credit" line, the body, and the footer
  "zurück zum Seitenanfang";
* ``medienservice`` (medienservice.sachsen.de): the title, then
  "18.12.2023, 17:15 Uhr — Erstveröffentlichung", then the body;
* ``other``: newspaper and municipal pages with no date line and menu debris.

Everything keeps character offsets into the original text: a :class:`Segment` is a span of
one line (or part of one), never a copy.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Container
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Literal

from pipeline.lang.layout import (
    BREADCRUMB_ARROW,
    BREADCRUMB_HOME,
    BREADCRUMB_LABEL,
    BYLINE,
    COMMENTS_OPENER,
    CRUMB_SEPARATOR,
    DEBRIS_LINES,
    DEBRIS_PATTERNS,
    FOOTER_LINES,
    MAX_BYLINE_WORDS,
    MAX_CRUMB_ITEM_WORDS,
    MAX_MENU_ITEM_WORDS,
    MAX_WIDGET_CHARS,
    MENU_BULLETS,
    MENU_SEPARATOR,
    MIN_BREADCRUMB_ITEMS,
    MIN_INLINE_MENU_ITEMS,
    MIN_MENU_ITEMS,
    SPACED_MENU_ITEM,
    SPACED_MENU_SEPARATOR,
    WIDGET_LINE,
)
from pipeline.lang.names import HONORIFIC_TOKENS, MAX_AUTHOR_CHARS, MAX_AUTHOR_WORDS, NAME_WORD
from pipeline.lang.page_widgets import WIDGET_LABELS, WIDGET_PATTERN
from pipeline.text.credits import credit_marker, credit_start
from pipeline.text.fastre import with_lead
from pipeline.text.headline import mark_title_and_caption, strip_scrape_date, title_parts
from pipeline.text.headline_shape import MIN_SENTENCE_WORDS, heads_paragraph, is_headline
from pipeline.text.release import (
    SCRAPE_DATE,
    ReleaseSource,
    date_line,
    find_release,
    is_dated_byline,
    is_event_entry,
    is_furniture_date_line,
    opens_with_date_stamp,
    opens_with_release_label,
)
from pipeline.text.spans import line_spans
from pipeline.text.teasers import mark_teasers

SegmentKind = Literal["dateline", "title", "caption", "credit", "byline", "body", "debris", "footer"]

#: Kinds whose text is part of the article (the extractors read these).
CONTENT_KINDS = frozenset({"title", "caption", "credit", "byline", "body", "dateline"})

#: The debris patterns, each behind a lookahead for its first letters (asked of every line).
_DEBRIS_PATTERNS = tuple(with_lead(pattern) for pattern in DEBRIS_PATTERNS)


@dataclass(frozen=True)
class Segment:
    """A span of the article text with its role in the layout."""

    kind: SegmentKind
    start: int
    end: int


@dataclass(frozen=True)
class ArticleLayout:
    """The parsed structure of one article."""

    text: str
    layout: Literal["lpr", "medienservice", "other"]
    segments: tuple[Segment, ...]
    published: date | None = None
    published_span: tuple[int, int] | None = None
    published_from: ReleaseSource = "none"
    title_span: tuple[int, int] | None = None
    credit_spans: tuple[tuple[int, int], ...] = field(default=())

    @property
    def title(self) -> str | None:
        """The headline (a wrapped one joined into one line), or None when none was found."""
        return " ".join(self.text[slice(*self.title_span)].split()) if self.title_span else None

    @cached_property
    def _starts(self) -> list[int]:
        return [seg.start for seg in self.segments]

    def kind_at(self, offset: int) -> SegmentKind | None:
        """The kind of the segment holding ``offset`` (None between lines).

        A binary search: extractors ask once per token, and a long file has many segments.
        """
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.segments[i].end:
            return self.segments[i].kind
        return None

    def is_content(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` lies in article content, not in debris or footer."""
        kind = self.kind_at(start)
        return kind in CONTENT_KINDS and self.kind_at(max(start, end - 1)) in CONTENT_KINDS

    def of_kind(self, *kinds: SegmentKind) -> list[Segment]:
        """The segments of the given kinds, in text order."""
        return [seg for seg in self.segments if seg.kind in kinds]


def _is_debris(line: str) -> bool:
    stripped = line.strip()
    return (
        stripped.casefold() in DEBRIS_LINES
        or stripped.casefold() in WIDGET_LABELS
        or WIDGET_PATTERN.match(stripped) is not None
        or (len(stripped) <= MAX_WIDGET_CHARS and WIDGET_LINE.match(stripped) is not None)
        or any(p.search(stripped) for p in _DEBRIS_PATTERNS)
        or is_furniture_date_line(stripped)
        or is_event_entry(stripped)
        or _is_inline_menu(stripped)
        or _is_breadcrumb(stripped)
    )


def _is_breadcrumb(line: str) -> bool:
    """A breadcrumb trail: labelled ("Sie sind hier: ..."), opening with the home page ("Startseite
    / Aktuelles / Meldungen") or of items parted by arrows ("Rathaus » Aktuelles » Headline"),
    each item but the last a few words; the last may be the page's whole headline."""
    if BREADCRUMB_LABEL.match(line):
        return True
    line = line.lstrip("»›> ")  # "» Startseite » Aktuelles"
    home = line.split(maxsplit=1)[0].casefold() in BREADCRUMB_HOME if line else False
    if not home and "»" not in line and "›" not in line and ">" not in line:
        return False  # most lines: no split
    items = (CRUMB_SEPARATOR if home else BREADCRUMB_ARROW).split(line)
    return len(items) >= MIN_BREADCRUMB_ITEMS - home and all(
        0 < len(item.split()) <= MAX_CRUMB_ITEM_WORDS and item[-1] not in ".!?" for item in items[:-1]
    )


def _is_inline_menu(line: str) -> bool:
    """Items of a few words parted by bars ("Region | Sport | Kultur", "Landkreis Musterau |
    Freistaat Sachsen"): a menu or a footer, not a headline with its section ("Headline of
    many words | Section"); a photo credit with a bar ("© LPR | Max Muster") is no menu. Two
    items are a menu only when they are names (capitalised words): "Pirna | Neuer Rat gegründet"
    is a headline."""
    spaced = SPACED_MENU_SEPARATOR.split(line.strip())
    if len(spaced) >= MIN_INLINE_MENU_ITEMS - 1 and all(SPACED_MENU_ITEM.fullmatch(item) for item in spaced):
        return True  # "LVZ   Region   Muldental", "Abo   Anmelden   Suche"
    items = MENU_SEPARATOR.split(line)
    if len(items) < MIN_INLINE_MENU_ITEMS - 1 or credit_marker(line) is not None:
        return False
    if len(items) < MIN_INLINE_MENU_ITEMS and not all(
        word[:1].isupper() or word[:1].isdigit() for word in MENU_SEPARATOR.sub(" ", line).split()
    ):
        return False
    return all(0 < len(item.split()) <= MAX_MENU_ITEM_WORDS and item[-1] not in ".!?" for item in items)


def _is_footer(line: str, begun: bool) -> bool:
    """A footer line, or the readers' comments opening after the article has begun (above its
    first sentence, "Kommentare (3)" is a counter among the page's widgets)."""
    stripped = line.strip()
    return stripped.casefold() in FOOTER_LINES or (begun and COMMENTS_OPENER.match(stripped) is not None)


def parse_layout(text: str, given_names: Container[str] = frozenset()) -> ArticleLayout:
    """Split an article into its parts, keeping offsets into ``text``.

    Args:
        text: The article as decoded from its file.
        given_names: Given names (the gazetteer's): a line naming a person alone right above the
            date line is the author's byline, never the headline.

    Returns:
        The layout; the text itself is kept unchanged in ``ArticleLayout.text``.
    """
    lines = line_spans(text)
    kinds = _classify_lines(text, lines, given_names)
    release = find_release(
        text,
        lines,
        frozenset(i for i, kind in enumerate(kinds) if kind in ("debris", "footer")),
        next((lines[i] for i, kind in enumerate(kinds) if kind == "title"), None),
    )
    if release is not None:
        _keep_release_line(lines, kinds, release.span[0])
    segments, credits = _segments(text, lines, kinds)
    titles = [(s.start, s.end) for s in segments if s.kind == "title"]
    title = (titles[0][0], titles[-1][1]) if titles else None  # a headline wrapped over two lines
    return ArticleLayout(
        text=text,
        layout=release.layout if release else "other",
        segments=tuple(segments),
        published=release.date if release else None,
        published_span=release.span if release else None,
        published_from=release.source if release else "none",
        title_span=title,
        credit_spans=tuple(credits),
    )


def _keep_release_line(lines: list[tuple[int, int]], kinds: list[SegmentKind | None], offset: int) -> None:
    """The line stating the release date is part of the article, however furniture-like it looks
    ("Stand: 17.10.2019, 10:41 Uhr", "Datum: 15.10.2021" among menu lines)."""
    for i, (start, end) in enumerate(lines):
        if start <= offset < end:
            if kinds[i] in ("debris", None):
                kinds[i] = "dateline"
            return


def _classify_lines(
    text: str, lines: list[tuple[int, int]], given_names: Container[str] = frozenset()
) -> list[SegmentKind | None]:
    """One kind per line (None for blank lines)."""
    kinds: list[SegmentKind | None] = [None] * len(lines)
    in_footer = begun = False
    for i, (start, end) in enumerate(lines):
        line = text[start:end]
        if not line.strip():
            continue
        if in_footer or _is_footer(line, begun):
            in_footer = True
            kinds[i] = "footer"
        elif COMMENTS_OPENER.match(line.strip()):
            kinds[i] = "debris"  # a comment counter above the article
        elif _is_date_only(line):
            kinds[i] = "dateline"  # also a malformed one ("31.02.2024"): never the title
        elif _is_debris(strip_scrape_date(line)):
            kinds[i] = "debris"
        elif (BYLINE.match(line) and len(line.split()) <= MAX_BYLINE_WORDS) or is_dated_byline(line):
            kinds[i] = "byline"
        else:
            kinds[i] = "body"
            begun = begun or (line.rstrip()[-1:] in '.!?“”"' and len(line.split()) >= MIN_SENTENCE_WORDS)
    mark_teasers(text, lines, kinds)
    _mark_lead_debris(text, lines, kinds)
    _mark_menus(text, lines, kinds)
    _mark_author_lines(text, lines, kinds, given_names)
    mark_title_and_caption(text, lines, kinds)
    return kinds


def _mark_author_lines(
    text: str, lines: list[tuple[int, int]], kinds: list[SegmentKind | None], given_names: Container[str]
) -> None:
    """A person's name alone is the author's byline right above the date line ("Eva Probe" /
    "12.03.2021"), or as the page's first line right above a longer headline ("Dr. Eva Probe" /
    "Rat tritt bei"): two or three capitalised words, the first a given name."""
    top = True
    for i in range(len(lines) - 1):
        if kinds[i] != "body":
            continue
        if (kinds[i + 1] == "dateline" or top) and lines[i][1] - lines[i][0] <= MAX_AUTHOR_CHARS:
            words = [w for w in text[slice(*lines[i])].split() if w not in HONORIFIC_TOKENS]
            named = 2 <= len(words) <= MAX_AUTHOR_WORDS and words[0] in given_names
            if (
                named
                and all(map(NAME_WORD.fullmatch, words))
                and (kinds[i + 1] == "dateline" or _heads(text, lines, i))
            ):
                kinds[i] = "byline"
        top = False


def _heads(text: str, lines: list[tuple[int, int]], i: int) -> bool:
    """Whether the line below line ``i`` is a longer headline (no sentence)."""
    below = text[slice(*lines[i + 1])].rstrip()
    return (
        len(below.split()) > len(text[slice(*lines[i])].split())
        and is_headline(below)
        and not below.endswith(".")
    )


def _mark_menus(text: str, lines: list[tuple[int, int]], kinds: list[SegmentKind | None]) -> None:
    """A run of short bulleted lines is a navigation menu ("• Sachsen", "• Chemnitz", ...)."""
    run: list[int] = []
    for i, (start, end) in enumerate(lines):
        if kinds[i] is None:
            continue  # blank lines do not end a menu
        line = text[start:end].strip()
        if line[:1] in MENU_BULLETS and len(line.split()) <= MAX_MENU_ITEM_WORDS + 1:
            run.append(i)
            continue
        _mark_run(run, kinds)
        run = []
    _mark_run(run, kinds)


def _mark_run(run: list[int], kinds: list[SegmentKind | None]) -> None:
    if len(run) >= MIN_MENU_ITEMS:
        for i in run:
            kinds[i] = "debris"


def _is_date_only(line: str) -> bool:
    return (
        opens_with_date_stamp(line) is not None
        or date_line(line) is not None
        or opens_with_release_label(line)
    )


def _mark_lead_debris(text: str, lines: list[tuple[int, int]], kinds: list[SegmentKind | None]) -> None:
    """Short lines before the first real sentence of a web page are widgets ("14 C", "Leipzig").

    Not a line repeated right below it (a headline and its page title or image alt text), nor a
    headline of a few words right above the first paragraph ("Anzeige / 01099 Musterau / Rat
    gegründet / paragraph").
    """
    filled = [i for i, k in enumerate(kinds) if k is not None]
    lead: list[int] = []
    stop = None
    for n, i in enumerate(filled[:8]):
        line = text[slice(*lines[i])].strip()
        if kinds[i] == "debris":
            lead.append(i)
            continue
        repeated = n + 1 < len(filled) and text[slice(*lines[filled[n + 1]])].strip() == line
        if kinds[i] != "body" or len(line.split()) > 3 or line.endswith((".", "!", "?", ":")) or repeated:
            stop = i
            break
        lead.append(i)
    if (
        lead
        and stop is not None
        and kinds[lead[-1]] == "body"
        and heads_paragraph(text, lines[lead[-1]], lines[stop])
    ):
        lead.pop()
    # Only when debris surrounds them: a short first line alone is a title.
    if any(kinds[i] == "debris" for i in lead):
        for i in lead:
            kinds[i] = "debris"


def _segments(
    text: str, lines: list[tuple[int, int]], kinds: list[SegmentKind | None]
) -> tuple[list[Segment], list[tuple[int, int]]]:
    """Segments from classified lines; a credit inside a caption or body line is split off, and a
    title line is split into its date stamp, headline and glued byline."""
    segments: list[Segment] = []
    credits: list[tuple[int, int]] = []
    for (start, end), kind in zip(lines, kinds, strict=True):
        if kind is None:
            continue
        scraped = SCRAPE_DATE.match(text[start:end])
        if scraped:
            segments.append(Segment("dateline", start, start + scraped.end()))
            start += scraped.end()
        parts = title_parts(text[start:end]) if kind == "title" else [(kind, 0, end - start)]
        for part, lo, hi in parts:
            _add_segment(text, Segment(part, start + lo, start + hi), segments, credits)
    return segments, credits


def _add_segment(text: str, seg: Segment, segments: list[Segment], credits: list[tuple[int, int]]) -> None:
    """Add ``seg``, a caption, body or title part with a credit split into two segments."""
    line = text[seg.start : seg.end]
    cut = credit_start(line) if seg.kind in ("caption", "body", "title") else None
    if cut is not None and (cut == 0 or len(line) - cut < 80):
        if cut > 0:
            segments.append(Segment(seg.kind, seg.start, seg.start + cut))
        segments.append(Segment("credit", seg.start + cut, seg.end))
        credits.append((seg.start + cut, seg.end))
    else:
        segments.append(seg)
