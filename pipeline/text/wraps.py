"""Hard-wrapped lines: whether a line break of a page is a wrap inside a paragraph, and whether
the sentence before it goes on across it.

Newspaper pages taken from print are cut at a fixed column (about 60-75 characters); their
paragraphs run over several lines and end with a blank line. Most press releases hold a
paragraph per line instead, where a lone line break closes a title, a caption, a list item or a
name line. Every rule that reads across a line break asks here:

* :func:`wraps`: the break is a wrap of its paragraph (the line before is full, text follows, no
  list item opens below). The question of a paragraph (quotes running over lines, a name or a
  role phrase cut by the column).
* :func:`continues`: the sentence goes on across it: a wrap where the line before closes no
  sentence or the line below opens in lower case or with a continuation mark; after a line
  that is not full, only both, or a line end that binds (a comma, a hyphen, an article). The
  question of a sentence (sentence starts, sentences to be joined again).
* :func:`goes_on`: the same, asked at the end of a sentence span the Doc cut there.

A line is full by the page's layout: on a hard-wrapped page (:func:`hard_wrapped`) when the first
word of the line below would not have fitted into it at the page's column (:func:`wrap_width`;
a ragged right margin allowed for), else when it is long (:data:`MIN_LINE_CHARS`): a heading, a
caption, a list item or a name line is short, or ends a line its next word would have fitted on.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from statistics import quantiles

from pipeline.lang.layout import LINE_BINDING_WORDS
from pipeline.text.spans import line_spans

#: Length range of a line that a newspaper page cut at a fixed column: the lines that measure
#: the page's column (a longer line is a paragraph of its own).
WRAP_MIN_CHARS, WRAP_MAX_CHARS = 45, 100
#: Lines breaking mid-sentence that make a page hard-wrapped.
MIN_WRAPPED_LINES = 3
#: Shortest line that can be cut at a column, where the page's column is unknown.
MIN_LINE_CHARS = 40
#: The share of the column a ragged right margin may leave empty: proportional type fits more
#: narrow letters in one line than wide ones.
RAGGED_MARGIN = 0.15
#: The end of a line that breaks mid-sentence, as counted to find a hard-wrapped page.
MID_SENTENCE = re.compile(r"[\w,-]$")
#: The end of a line that closes no sentence: no final punctuation or closing quotation mark, or
#: an ordinal ("am 5.").
_OPEN_END = re.compile(r"(?:[^.!?:;\"“”«»]|\b\d{1,2}\.)$")
#: The end of a line that binds it to the line below, however short: a comma, a hyphen (a word
#: hyphenated at the line's end), a word a noun phrase or a clause must follow.
_BOUND_END = re.compile(rf"(?:[,-]|(?<![\w-])(?:{'|'.join(LINE_BINDING_WORDS)}))$")
#: Characters that open no sentence: a line starting with one goes on the one before.
_GOES_ON = frozenset(",;)–-")
#: The blanks after a line break up to the first character of the line below (none: a blank line).
_BELOW = re.compile(r"[^\S\n]*(?=\S)")
#: The blanks after the end of a sentence up to the first line break.
_GAP = re.compile(r"[^\S\n]*\n")
#: A list item's marker at the start of a line: a bullet, a dash or an arrow before a space.
_LIST_ITEM = re.compile(r"[ \t]*(?:[•·*>»–-][ \t]|[•·])")


@lru_cache(maxsize=8)
def _full_lines(text: str) -> tuple[tuple[int, ...], int]:
    """The lengths of the lines of the column's width that break mid-sentence into a line below,
    and how many lines of that width have a line below at all."""
    full, wide = [], 0
    for line, below in pairwise(line_spans(text)):
        length = len(text[line[0] : line[1]].rstrip())
        if WRAP_MIN_CHARS <= length <= WRAP_MAX_CHARS and text[below[0] : below[1]].strip():
            wide += 1
            if MID_SENTENCE.search(text, line[0], line[0] + length):
                full.append(length)
    return tuple(full), wide


def hard_wrapped(text: str) -> bool:
    """True for a page cut at a fixed column: several lines of about one width break mid-sentence
    into the next line (a text with a paragraph per line ends its lines with a sentence)."""
    full, wide = _full_lines(text)
    return len(full) >= MIN_WRAPPED_LINES and 2 * len(full) >= wide


@lru_cache(maxsize=8)
def wrap_width(text: str) -> int | None:
    """The column a hard-wrapped page is cut at (the 90th percentile of the lengths of its lines
    breaking mid-sentence, so that one overlong line does not widen it); None for a page with a
    paragraph per line."""
    if not hard_wrapped(text):
        return None
    lengths = _full_lines(text)[0]
    return round(quantiles(lengths, n=10, method="inclusive")[-1]) if len(lengths) > 1 else lengths[0]


def wraps(text: str, at: int) -> bool:
    """True when the line break at offset ``at`` is a wrap inside a paragraph: text follows in the
    line below, which opens no list item, and the line before is full (see the module)."""
    if text[at : at + 1] != "\n":
        return False
    start = text.rfind("\n", 0, at) + 1
    length = len(text[start:at].rstrip())
    end = text.find("\n", at + 1)
    below = text[at + 1 : end if end >= 0 else len(text)].split(None, 1)
    if not below or length < MIN_LINE_CHARS or _LIST_ITEM.match(text, at + 1):
        return False
    width = wrap_width(text)
    if width is None:
        return True
    return length <= WRAP_MAX_CHARS and length + 1 + len(below[0]) > width * (1 - RAGGED_MARGIN)


def continues(text: str, at: int) -> bool:
    """True when the sentence before the line break at offset ``at`` goes on after it: the break
    is a wrap (:func:`wraps`), and the line before closes no sentence or the line below opens in
    lower case or with a continuation mark (",", ";", ")", a dash). After a line that is not
    full, a heading, a caption or a list item may end open, but the next line opens in capitals
    (a German sentence never opens in lower case): there both are needed, or a line end that
    binds it to the next line (a comma, a hyphen, an article: "trafen sich im\nHaus am Markt")."""
    below = _BELOW.match(text, at + 1)
    if text[at : at + 1] != "\n" or below is None or _LIST_ITEM.match(text, at + 1):
        return False
    first = text[below.end()]
    goes = first.islower() or first in _GOES_ON
    line = text[text.rfind("\n", 0, at) + 1 : at].rstrip()
    open_end = _OPEN_END.search(line) is not None
    if wraps(text, at):
        return goes or open_end
    return (goes and open_end) or _BOUND_END.search(line) is not None


def goes_on(text: str, end: int) -> bool:
    """True when the sentence span ending at ``end`` (trailing blanks allowed) is cut at a line
    break its sentence goes on across (:func:`continues`); a blank line always ends it."""
    stop = end
    while stop > 0 and text[stop - 1].isspace():
        stop -= 1
    gap = _GAP.match(text, stop)
    return gap is not None and continues(text, gap.end() - 1)


@lru_cache(maxsize=8)
def wrapped_line_ends(text: str) -> frozenset[int]:
    """The offsets of the line breaks of a hard-wrapped page whose sentence goes on in the next
    line (:func:`continues`); empty for a page with a paragraph per line."""
    if not hard_wrapped(text):
        return frozenset()
    return frozenset(end for (_, end), _ in pairwise(line_spans(text)) if continues(text, end))
