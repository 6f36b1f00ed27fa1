"""Tests of cutting a long article into windows (:mod:`pipeline.text.windows`)."""

from __future__ import annotations

import itertools

import pytest

from pipeline.text.layout import parse_layout
from pipeline.text.windows import window_layout, windows

PARAGRAPHS = "17.04.2024\n\nTitel der Meldung\n\n" + "\n\n".join(
    f"Absatz {i}: " + "Wort " * (5 + i % 7) + "Ende." for i in range(60)
)


@pytest.mark.parametrize("size", [2, 7, 40, 100, 333, 10_000])
def test_windows_cover_the_text_in_order_and_are_never_longer_than_the_size(size: int) -> None:
    spans = windows(PARAGRAPHS, size)
    assert spans[0][0] == 0 and spans[-1][1] == len(PARAGRAPHS)
    assert all(a[1] == b[0] for a, b in itertools.pairwise(spans))
    assert all(0 < end - start <= size for start, end in spans)


def test_windows_end_after_a_paragraph_where_there_is_one() -> None:
    spans = windows(PARAGRAPHS, 200)
    assert len(spans) > 5
    assert all(PARAGRAPHS[:end].endswith("\n\n") for _, end in spans[:-1])


@pytest.mark.parametrize(
    ("text", "ends"),
    [("eine Zeile\n" * 30, "\n"), ("Wort " * 60, " "), ("x" * 100, "x")],
    ids=["lines", "words", "one-long-word"],
)
def test_windows_fall_back_to_lines_words_and_a_hard_cut(text: str, ends: str) -> None:
    spans = windows(text, 40)
    assert all(text[:end].endswith(ends) for _, end in spans[:-1])
    assert "".join(text[start:end] for start, end in spans) == text


def test_a_short_text_is_one_window() -> None:
    assert windows("kurz", 100) == [(0, 4)]
    with pytest.raises(ValueError, match="at least 2"):
        windows("kurz", 1)


def test_the_window_layout_is_the_article_layout_cut_to_the_window() -> None:
    layout = parse_layout(PARAGRAPHS)
    first, second = windows(PARAGRAPHS, 300)[:2]
    head = window_layout(layout, *first)
    assert head.text == PARAGRAPHS[slice(*first)]
    assert head.title == layout.title == "Titel der Meldung"
    assert head.published == layout.published and head.published_span == layout.published_span
    later = window_layout(layout, *second)
    assert later.text == PARAGRAPHS[slice(*second)]
    assert later.title is None and later.published_span is None
    assert later.published == layout.published  # relative dates resolve against the article's date
    for seg in later.segments:
        assert 0 <= seg.start < seg.end <= len(later.text)
        assert layout.kind_at(seg.start + second[0]) == seg.kind
