"""Quotation marks as pages write them, written over with the marks the pairing knows.

Every function returns a text of the same length as its input, so that every offset found in
it indexes the original text: double marks typed on a plain keyboard (`,,Wir …''`), straight
single marks (`'Wir …'`), HTML entities left undecoded (`&bdquo;Wir …&ldquo;`), UTF-8 marks read
as cp1252 (`â€žWir …â€œ`) and an entity decoded by half (`";wirklich`).
"""

from __future__ import annotations

import re

from pipeline.lang.quotes import (
    GARBLED_MARKS,
    HALF_DECODED_OPENER,
    LONE_SINGLE_OPENER,
    TYPED_CLOSER,
    TYPED_OPENER,
    TYPED_SINGLE,
)

_TYPED_OPENER, _TYPED_CLOSER = re.compile(TYPED_OPENER), re.compile(TYPED_CLOSER)
_TYPED_SINGLE = re.compile(TYPED_SINGLE)
_GARBLED = re.compile("|".join(re.escape(k) for k in sorted(GARBLED_MARKS, key=len, reverse=True)))
_HALF_DECODED = re.compile(HALF_DECODED_OPENER)
_LONE_SINGLE = re.compile(LONE_SINGLE_OPENER, re.MULTILINE)


def _padded(text: str, match: re.Match[str]) -> str:
    """The mark of a garbled sequence padded with spaces to its length: the mark last where the
    sequence opens (after a space, a bracket or the line start), else first (`Tor&ldquo;.`)."""
    mark = GARBLED_MARKS.get(match.group(), '"')
    pad = " " * (len(match.group()) - 1)
    before = text[match.start() - 1] if match.start() else " "
    return pad + mark if before.isspace() or before in "([" else mark + pad


def garbled_marks(text: str) -> str:
    """``text`` with HTML entities, cp1252 mojibake and half-decoded entities of quotation marks
    written over by the marks themselves, padded with spaces (every offset stays)."""
    if "&" in text or "â€" in text or "Â" in text:
        text = _GARBLED.sub(lambda m: _padded(text, m), text)
    if '";' in text:
        text = _HALF_DECODED.sub(' "', text)
    return text


def typed_marks(text: str) -> str:
    """``text`` with marks typed on a plain keyboard or garbled by a web page written over so that
    every offset stays: double marks typed as two characters (`,,Wir …''`, `''Wir …''`) as one mark
    and a space (`„` opens, `“` closes), a pair of straight single marks as `‚…‘` (one after a colon
    that nothing closes as `‚`), and the marks of
    :func:`garbled_marks`."""
    text = garbled_marks(text)
    if ",," in text or "''" in text:
        text = _TYPED_CLOSER.sub("“ ", _TYPED_OPENER.sub(" „", text))
    if "'" in text:
        text = _LONE_SINGLE.sub("‚", _TYPED_SINGLE.sub(lambda m: f"‚{m.group(1)}‘", text))
    return text
