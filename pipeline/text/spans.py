"""Character spans of a text: its lines, lines cut at a fixed column, and a choice among
overlapping spans."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import lru_cache
from itertools import pairwise
from typing import TypeVar

_S = TypeVar("_S")
#: Length range of a line that a newspaper page cut at a fixed column (hard-wrapped): such a
#: line goes on in the line right below it (a paragraph ends with a blank line there).
WRAP_MIN_CHARS, WRAP_MAX_CHARS = 45, 100
#: Lines breaking mid-sentence that make a text hard-wrapped.
MIN_WRAPPED_LINES = 3
#: The end of a line that breaks mid-sentence: a word, a number, a comma or a hyphen.
MID_SENTENCE = re.compile(r"[\w,-]$")


def line_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of ``text``, without its line break, blank lines included."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


def without_overlaps(items: Iterable[_S], span: Callable[[_S], tuple[int, int]]) -> list[_S]:
    """Keep the longest of overlapping items (the earlier one on a tie), sorted by start.

    Args:
        items: Anything with a character span.
        span: The (start, end) of an item.
    """
    kept: list[tuple[int, int, _S]] = []
    for item in sorted(items, key=lambda x: (span(x)[0] - span(x)[1], span(x)[0])):
        start, end = span(item)
        if all(end <= k_start or start >= k_end for k_start, k_end, _ in kept):
            kept.append((start, end, item))
    return [item for _, _, item in sorted(kept, key=lambda k: k[0])]


def wrap_length(text: str, line: tuple[int, int], below: tuple[int, int]) -> bool:
    """True when ``line`` has the width of a line cut at a fixed column and text follows below."""
    length = len(text[line[0] : line[1]].rstrip())
    return WRAP_MIN_CHARS <= length <= WRAP_MAX_CHARS and bool(text[below[0] : below[1]].strip())


@lru_cache(maxsize=8)
def hard_wrapped(text: str) -> bool:
    """True for a page cut at a fixed column: several lines of about one width break mid-sentence
    into the next line (a text with a paragraph per line ends its lines with a sentence)."""
    lines = line_spans(text)
    full = [(line, below) for line, below in pairwise(lines) if wrap_length(text, line, below)]
    open_ends = sum(MID_SENTENCE.search(text[line[0] : line[1]].rstrip()) is not None for line, _ in full)
    return open_ends >= MIN_WRAPPED_LINES and 2 * open_ends >= len(full)


@lru_cache(maxsize=8)
def wrapped_line_ends(text: str) -> frozenset[int]:
    """The offsets of the line breaks of a hard-wrapped text whose sentence goes on in the next
    line (the line cut mid-sentence at its column); empty for a text with a paragraph per line."""
    if not hard_wrapped(text):
        return frozenset()
    lines = line_spans(text)
    return frozenset(
        line[1]
        for line, below in pairwise(lines)
        if wrap_length(text, line, below) and MID_SENTENCE.search(text[line[0] : line[1]].rstrip())
    )
