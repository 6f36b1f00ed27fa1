"""Pair quotation marks in a text: `»…«`, `„…“`, `"…"`, `‚…‘`, and the slips real pages make.

Pairing runs line by line (a paragraph is one line in the corpus), keeps a stack so that a
nested term (`»… im »ASSKomm«-Netzwerk …«`) stays inside the quote around it, and returns
only the outermost stretches. A mark opened in the last line of a text that ends before the
mark closes is a quote cut off by truncation and runs to the end of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: Opening mark -> closing marks that end it. Mismatches seen in the wild (`»ASSKomm"`) are
#: allowed: a straight quote closes any open curly mark where it stands like a closing mark.
#: Reversed guillemets (`«…»`, news agency style) and English quotes (`“…”`) pair too.
OPENERS: dict[str, frozenset[str]] = {
    "»": frozenset({"«", '"'}),
    "«": frozenset({"»", '"'}),
    "„": frozenset({"“", "”", '"'}),
    "“": frozenset({"”", "“", '"'}),
    "‚": frozenset({"‘", "’"}),
    '"': frozenset({'"', "“", "«"}),
}
#: The regular closing mark of each opening mark; it closes wherever it stands.
CANONICAL = {"»": "«", "«": "»", "„": "“", "“": "”", "‚": "‘", '"': '"'}
#: Marks that open in one style and close in another: their position decides.
AMBIGUOUS = frozenset({'"', "«", "»", "“"})
CLOSERS = frozenset({"«", "“", "”", "‘", "’", '"'})
#: A comma standing in for a low single mark: `,ASSKomm‘` (comma glued to a word, closed by ‘).
COMMA_QUOTE = re.compile(r"(?<=\s),(?=\w)([^,‘’\n]{1,60})[‘’]")


@dataclass(frozen=True)
class Quoted:
    """An outermost quoted stretch: marks at ``open_at`` and ``close_at`` (None if cut off)."""

    open_at: int
    start: int
    end: int
    close_at: int | None


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line, without its line break."""
    spans, pos = [], 0
    for line in text.splitlines(keepends=True):
        spans.append((pos, pos + len(line.rstrip("\r\n"))))
        pos += len(line)
    return spans


def _closing_like(text: str, i: int) -> bool:
    """A straight quote after a word and before a space or punctuation closes."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _opening_like(text: str, i: int) -> bool:
    """A straight quote after a space or bracket and before a word opens."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([–-/") and not after.isspace()


def _step(text: str, i: int, stack: list[tuple[str, int]]) -> tuple[int, int] | None:
    """Feed the mark at ``i`` to the stack; return (open_at, i) when it closes an outer quote."""
    ch = text[i]
    top = stack[-1][0] if stack else None
    if top is not None and ch in OPENERS[top]:
        regular = ch == CANONICAL[top] and ch != top
        if regular or _closing_like(text, i) or not _opening_like(text, i):
            open_at = stack.pop()[1]
            return (open_at, i) if not stack else None
    if ch in OPENERS and (ch not in AMBIGUOUS - {"»"} or _opening_like(text, i)):
        stack.append((ch, i))
    return None


def _pair_line(text: str, start: int, end: int, last: bool) -> list[Quoted]:
    """The outermost quoted stretches of one line."""
    found: list[Quoted] = []
    stack: list[tuple[str, int]] = []
    for i in range(start, end):
        if text[i] in OPENERS or text[i] in CLOSERS:
            pair = _step(text, i, stack)
            if pair:
                found.append(Quoted(pair[0], pair[0] + 1, pair[1], pair[1]))
    if stack and last:
        open_at = stack[0][1]
        stop = len(text.rstrip())
        if stop > open_at + 1:
            found.append(Quoted(open_at, open_at + 1, stop, None))
    for match in COMMA_QUOTE.finditer(text, start, end):
        if not any(q.start <= match.start() < q.end for q in found):
            found.append(Quoted(match.start(), match.start(1), match.end(1), match.end(1)))
    return sorted(found, key=lambda q: q.start)


def pair_quotes(text: str) -> list[Quoted]:
    """All outermost quoted stretches of ``text``, in text order.

    Args:
        text: the article text.

    Returns:
        One :class:`Quoted` per stretch; inner (nested) quotes are part of their outer one.
    """
    lines = _lines(text)
    last_content = max((i for i, (s, e) in enumerate(lines) if text[s:e].strip()), default=-1)
    found: list[Quoted] = []
    for number, (start, end) in enumerate(lines):
        found.extend(_pair_line(text, start, end, number == last_content))
    return found
