"""Long articles in windows: paragraphs taken together up to a bounded length.

spaCy's memory grows steeply with the length of one Doc (about 2 GB per MB of text with the
embedded model), and some rules compare every mention with every other. An article longer
than :data:`WINDOW_CHARS` is therefore processed window by window: each window is a run of
whole paragraphs, processed like a short article of its own with the article's layout cut to
it (:func:`window_layout`), and its offsets are then moved back by the window's start. Memory
stays bounded by the window and time grows linearly with the article. Articles up to
:data:`WINDOW_CHARS` characters, all real press releases, are processed whole as before.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.text.layout import ArticleLayout, Segment

#: Articles longer than this are processed in windows of at most this many characters.
WINDOW_CHARS = 50_000
#: Where a window may end, in order of preference: after a blank line (a paragraph), after a
#: line break, after a space; a text without any of them is cut where it must be.
_BREAKS = ("\n\n", "\n", " ")


def windows(text: str, size: int = WINDOW_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of consecutive windows covering ``text``, each at most ``size`` long.

    A window ends after the last paragraph break in its second half (else a line break, else a
    space), so that paragraphs, lines and words stay whole wherever the text allows.
    """
    if size < 2:
        raise ValueError(f"a window holds at least 2 characters, not {size}")
    spans, start = [], 0
    while len(text) - start > size:
        limit = start + size
        end = next(
            (cut + len(mark) for mark in _BREAKS if (cut := text.rfind(mark, start + size // 2, limit)) >= 0),
            limit,
        )
        end = min(end, limit)
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    return spans


def _inside(span: tuple[int, int] | None, start: int, end: int) -> tuple[int, int] | None:
    """``span`` moved to the window's offsets, or None when it is not wholly inside it."""
    if span is None or span[0] < start or span[1] > end:
        return None
    return span[0] - start, span[1] - start


def window_layout(layout: ArticleLayout, start: int, end: int) -> ArticleLayout:
    """The article's layout as seen from the window ``[start, end)``: its text, the segments
    that overlap it (cut to it), and the title, date line and credits that lie in it, all with
    offsets counted from the window's start. The publication date stays the article's, so that
    relative dates resolve against it in every window."""
    segments = tuple(
        Segment(seg.kind, max(seg.start, start) - start, min(seg.end, end) - start)
        for seg in layout.segments
        if seg.start < end and seg.end > start
    )
    credits = tuple(span for span in (_inside(c, start, end) for c in layout.credit_spans) if span)
    return replace(
        layout,
        text=layout.text[start:end],
        segments=segments,
        published_span=_inside(layout.published_span, start, end),
        title_span=_inside(layout.title_span, start, end),
        credit_spans=credits,
    )
