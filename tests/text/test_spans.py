"""Tests of the span helpers: lines with their offsets, the longest of overlapping spans."""

from __future__ import annotations

import pytest

from pipeline.text.spans import line_spans, without_overlaps


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", []),
        ("Titel", ["Titel"]),
        ("Titel\n\nText der Meldung.\n", ["Titel", "", "Text der Meldung."]),
        ("Zeile eins\r\nZeile zwei", ["Zeile eins", "Zeile zwei"]),
    ],
)
def test_line_spans_index_the_text(text: str, lines: list[str]) -> None:
    spans = line_spans(text)
    assert [text[s:e] for s, e in spans] == lines


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([(0, 5), (3, 20)], [(3, 20)]),  # the longer wins, also when it starts later
        ([(0, 10), (2, 12)], [(0, 10)]),  # a tie goes to the earlier
        ([(10, 14), (0, 4), (5, 9)], [(0, 4), (5, 9), (10, 14)]),  # sorted by start
        ([(0, 4), (4, 8)], [(0, 4), (4, 8)]),  # touching spans do not overlap
        ([], []),
    ],
)
def test_without_overlaps_keeps_the_longest(
    spans: list[tuple[int, int]], kept: list[tuple[int, int]]
) -> None:
    assert without_overlaps(spans, lambda s: s) == kept
