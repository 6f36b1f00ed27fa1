"""Teasers of other content on a web page: blocks that link away from the article.

A page saved as text carries, around the article, short blocks that advertise other pages of
the site. Three structures mark them, independently of what they are about:

* a read-more link closing a block ("Weiterlesen", "Alle Termine"): the few lines before it
  are the teaser it closes;
* a headline repeated on the next line after the article has begun (a teaser's image alt
  text and its link text), with a short kicker above it; a repeated photo caption is no teaser;
* a paragraph that sends the reader elsewhere ("Hier finden Sie alle Infos.");
* a heading over a list of other articles ("Mehr aus Musterau", "Weitere Nachrichten aus der
  Region") and the headlines below it;
* a press-release archive listing: the entry after the article's own ("[030/2014 - 14.03.2014]
  Other headline") opens other releases, down to the end of the page.

Their dates and places are other news, never the article's.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.headlines import CALENDAR_HEADING
from pipeline.lang.layout import (
    CREDIT_MARKER,
    LISTING_ENTRY,
    MAX_KICKER_WORDS,
    MAX_TEASER_HEADLINE_WORDS,
    MAX_TEASER_LINES,
    MAX_TEASER_WORDS,
    MENU_BULLETS,
    READ_MORE_LINK,
    READER_CALL,
    TEASER_LIST_HEADING,
)
from pipeline.text.headline_shape import heads_paragraph
from pipeline.text.release import holds_date

if TYPE_CHECKING:
    from pipeline.text.layout import SegmentKind as Kind

#: A block of at least this many lines of at most MAX_LINK_WORDS words, with no blank line
#: between them, above the article's first sentence is a menu or a list of links.
MIN_LINK_BLOCK_LINES = 4
MAX_LINK_WORDS = 4
#: A line this long that ends in a full stop is a sentence: the article has begun.
MIN_SENTENCE_WORDS = 8


def mark_teasers(text: str, lines: list[tuple[int, int]], kinds: list[Kind | None]) -> None:
    """Mark the lines of teaser blocks as debris, in place (``kinds`` holds one kind per line)."""
    filled = [i for i, kind in enumerate(kinds) if kind is not None]
    words = {i: text[slice(*lines[i])].split() for i in filled}
    _mark_read_more(text, lines, kinds, filled)
    _mark_repeated_headlines(text, lines, kinds, filled, words)
    _mark_teaser_lists(text, lines, kinds, filled)
    _mark_later_listing_entries(text, lines, kinds, filled)
    _mark_link_blocks(text, lines, kinds, filled, words)
    for i in filled:
        if kinds[i] == "body" and len(words[i]) <= MAX_TEASER_WORDS and READER_CALL.search(text, *lines[i]):
            kinds[i] = "debris"


def _mark_read_more(
    text: str, lines: list[tuple[int, int]], kinds: list[Kind | None], filled: list[int]
) -> None:
    """The lines before a read-more link, back to the previous debris, are the teaser it closes.

    Only where the article goes on after the link: a link at the end of the content ("Weiterlesen"
    under a paywalled article's opening) closes the article itself.
    """
    for n, i in enumerate(filled):
        if not READ_MORE_LINK.match(text[slice(*lines[i])].strip()):
            continue
        if not any(_is_sentence(text, lines[j]) for j in filled[n + 1 :] if kinds[j] == "body"):
            continue
        kinds[i] = "debris"
        for j in reversed(filled[max(0, n - MAX_TEASER_LINES) : n]):
            if kinds[j] != "body":
                break
            kinds[j] = "debris"


def _mark_repeated_headlines(
    text: str,
    lines: list[tuple[int, int]],
    kinds: list[Kind | None],
    filled: list[int],
    words: dict[int, list[str]],
) -> None:
    """A headline standing twice in a row after the article has begun is another article's teaser;
    the short kicker lines right above it belong to it.

    At the top of a page a repeated line is the article's own title (headline and page title).
    """
    begun = False
    for n, i in enumerate(filled[:-1]):
        line, following = text[slice(*lines[i])].strip(), text[slice(*lines[filled[n + 1]])].strip()
        if kinds[i] == "body" and begun and line == following and _is_teaser_headline(line):
            for j in (i, filled[n + 1]):
                kinds[j] = "debris"
            for j in reversed(filled[max(0, n - 2) : n]):
                if kinds[j] != "body" or len(words[j]) > MAX_KICKER_WORDS:
                    break
                kinds[j] = "debris"
        begun = begun or (kinds[i] == "body" and _is_sentence(text, lines[i]))


def _mark_teaser_lists(
    text: str, lines: list[tuple[int, int]], kinds: list[Kind | None], filled: list[int]
) -> None:
    """A heading over a list of other articles, and the headlines right below it, are teasers.

    The list ends at the first line that is a sentence: the article may go on after it. A date
    line under a listed headline is that teaser's date ("Neue Kita eröffnet" / "07.06.2021"), one
    under the heading an event's ("Termine" / "12.03.2021 Stadtfest").
    """
    listing = calendar = False
    for n, i in enumerate(filled):
        line = text[slice(*lines[i])].strip()
        if kinds[i] in ("body", "debris") and TEASER_LIST_HEADING.match(line):
            listing, kinds[i] = True, "debris"
            calendar = CALENDAR_HEADING.match(line) is not None
        elif calendar and _ends_calendar(text, lines, kinds, filled[n : n + 2]):
            listing = calendar = False
        elif (
            listing and kinds[i] == "body" and _is_teaser_headline(line) and not _is_sentence(text, lines[i])
        ) or (listing and kinds[i] == "dateline"):
            kinds[i] = "debris"
        else:
            listing = calendar = False


def _ends_calendar(
    text: str, lines: list[tuple[int, int]], kinds: list[Kind | None], line_and_next: list[int]
) -> bool:
    """Whether a line ends a calendar of events: every entry carries its date on its own line, on
    the line below or after its name ("12.03.2021 Stadtfest", "Stadtfest / 12.03.2021"), so a line
    set apart by a blank line with no date on it or below it is the page's own (its headline)."""
    i = line_and_next[0]
    if i == 0 or kinds[i - 1] is not None or kinds[i] != "body":
        return False
    return not any(holds_date(text[slice(*lines[j])]) for j in line_and_next)


def _mark_later_listing_entries(
    text: str, lines: list[tuple[int, int]], kinds: list[Kind | None], filled: list[int]
) -> None:
    """On a press-release archive page the first entry is the article; from the second entry on,
    the lines are other releases (footer lines stay footer)."""
    entries = [i for i in filled if LISTING_ENTRY.match(text[slice(*lines[i])])]
    if len(entries) < 2:
        return
    for i in filled:
        if i >= entries[1] and kinds[i] != "footer":
            kinds[i] = "debris"


def _mark_link_blocks(
    text: str,
    lines: list[tuple[int, int]],
    kinds: list[Kind | None],
    filled: list[int],
    words: dict[int, list[str]],
) -> None:
    """Above the article's first sentence, a block of short lines with no blank line between them
    is a menu or a list of links to other pages ("Rathaus & Politik / Leben in Musterau / ..."),
    however many it holds; its last line stays where it heads the paragraph right below it.

    A line is short when it has a few words and no sentence end; the page's own headline stands
    apart from such a block, or is longer.
    """
    run: list[int] = []
    for i in filled:
        if kinds[i] == "body" and _is_sentence(text, lines[i]):
            break
        joined = not run or i == run[-1] + 1 or all(k == "debris" for k in kinds[run[-1] + 1 : i])
        if kinds[i] == "debris" and joined:
            continue
        if not joined or not _is_link_line(kinds[i], words[i]):
            _mark_block(text, lines, kinds, run)
            run = []
        if _is_link_line(kinds[i], words[i]):
            run.append(i)
    _mark_block(text, lines, kinds, run)


def _is_link_line(kind: Kind | None, line_words: list[str]) -> bool:
    """A short line of a block of links; bulleted ones are left to the menu rule of the layout."""
    return (
        kind == "body"
        and 0 < len(line_words) <= MAX_LINK_WORDS
        and line_words[-1][-1] not in ".!?:;,"
        and line_words[0][0] not in MENU_BULLETS
    )


def _mark_block(text: str, lines: list[tuple[int, int]], kinds: list[Kind | None], run: list[int]) -> None:
    if len(run) < MIN_LINK_BLOCK_LINES:
        return
    below = run[-1] + 1
    if below < len(lines) and kinds[below] == "body" and heads_paragraph(text, lines[run[-1]], lines[below]):
        run = run[:-1]
    for i in run:
        kinds[i] = "debris"


def _is_teaser_headline(line: str) -> bool:
    """A headline: a few words, no full stop; a photo caption (repeated as the image's alt text)
    carries a credit instead ("… Foto: Max Muster")."""
    return (
        len(line.split()) <= MAX_TEASER_HEADLINE_WORDS
        and not line.endswith(".")
        and CREDIT_MARKER.search(line) is None
    )


def _is_sentence(text: str, span: tuple[int, int]) -> bool:
    line = text[slice(*span)].rstrip()
    return len(line.split()) >= MIN_SENTENCE_WORDS and line.endswith(".")
