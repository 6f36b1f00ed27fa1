"""Character spans of a text: its lines and a choice among overlapping spans (the lines cut at a
fixed column are :mod:`pipeline.text.wraps`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

_S = TypeVar("_S")


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
