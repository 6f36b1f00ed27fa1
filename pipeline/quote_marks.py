"""Pair quotation marks in a text: `»…«`, `„…“`, `"…"`, `‚…‘`, and the slips real pages make.

Pairing runs line by line (a paragraph is one line in the corpus), keeps a stack so that a
nested term (`»… im »ASSKomm«-Netzwerk …«`) stays inside the quote around it, and returns
only the outermost stretches. A mark opened in the last line of a text that ends before the
mark closes is a quote cut off by truncation and runs to the end of the text.

The second half reads the context of a paired stretch: its line, the line below it, the
clause a colon ends before it and cue nouns beside it. Both the voice test
(:mod:`pipeline.quotes`) and the attribution (:mod:`pipeline.speakers`) look there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang.speech import HONORIFIC

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
#: A sentence boundary inside a line: end punctuation, space, capital or quotation mark.
SENTENCE_END = re.compile(r"(?<=[.!?«“”\"])\s+(?=[A-ZÄÖÜ„»\"])|(?<=[a-zäöüß]{2}[.!?])(?=[A-ZÄÖÜ])|\s[–—]\s")
#: Words of context searched for a cue noun before and after the marks.
CUE_WINDOW_BEFORE, CUE_WINDOW_AFTER = 3, 4


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


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line holding ``pos`` (a paragraph is one line in the corpus)."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def next_line(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the first non-empty line after the line holding ``pos``, or None at the end."""
    _, end = line_bounds(text, pos)
    while end < len(text):
        start, end = line_bounds(text, end + 1)
        if text[start:end].strip():
            return start, end
    return None


def fills_line(text: str, quote: Quoted) -> bool:
    """True when the quote fills its line (a subheading, or a quote set off with a name below)."""
    line_start, line_end = line_bounds(text, quote.open_at)
    after = (quote.close_at if quote.close_at is not None else quote.end) + 1
    return not text[line_start : quote.open_at].strip() and not text[after:line_end].strip(" .!?")


def has_cue(words: Sequence[str], cues: Sequence[str]) -> bool:
    """True when one of ``words`` is, or ends in, one of the cue nouns (genitive -s allowed).

    Matching word endings catches compounds (`Jahresmotto`, `Präventionsprojekt`) without
    listing them.
    """
    for word in words:
        folded = word.strip(".,:;()–-").casefold()
        if any(folded.endswith(cue) or folded.removesuffix("s").endswith(cue) for cue in cues):
            return True
    return False


def _abbreviation(word: str) -> bool:
    """True for a title or an initial whose full stop ends no sentence (`Dr.`, `M.`)."""
    return bool(HONORIFIC.match(word)) or bool(re.fullmatch(r"[A-ZÄÖÜ]\.", word))


def clause_before(text: str, quote: Quoted) -> str | None:
    """The clause that a colon ends before the opening mark (`X erklärte: »`), also on the line above.

    Args:
        text: the article text.
        quote: the quoted stretch.

    Returns:
        The last sentence before the colon, without the colon; None when no colon precedes.
    """
    line_start, _ = line_bounds(text, quote.open_at)
    left = text[line_start : quote.open_at].rstrip()
    if not left:  # `Polizeipräsident X:` on a line of its own, the quote below
        above = text[:line_start].rstrip()
        left = above[above.rfind("\n") + 1 :]
    if not left.endswith(":"):
        return None
    # `Prof. Dr. X:` must not be cut at the title's full stop.
    starts = [m.end() for m in SENTENCE_END.finditer(left)]
    starts = [s for s in starts if not _abbreviation(left[:s].split()[-1])]
    return left[(starts[-1] if starts else 0) : -1].strip()
