"""Pair quotation marks in a text: `»…«`, `„…“`, `"…"`, `‚…‘`, and the slips real pages make.

Pairing runs line by line (a paragraph is one line in the corpus), keeps a stack so that a
nested term (`»… im »ASSKomm«-Netzwerk …«`) stays inside the quote around it, and returns
only the outermost stretches. Two opening marks side by side (`„»`, `»„`, `"»`) open one quote,
which either of their closing marks ends. A mark opened in the last line of a text that ends
before the mark closes is a quote cut off by truncation and runs to the end of the text; one
opened after a colon (`Name: „…`) or at the start of a sentence and never closed in its
paragraph runs to the end of the paragraph (whether that is a voice is for the attribution to
decide). A paragraph is a line, or the lines of a paragraph hard-wrapped at a fixed column.

The second half reads the context of a paired stretch: its line, the line below it, the
clause a colon ends before it and cue nouns beside it. Both the voice test
(:mod:`pipeline.extract.quotes.extractor`) and the attribution (:mod:`pipeline.extract.quotes.speakers`) look there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lang.names import HONORIFIC
from pipeline.lang.quotes import (
    AMBIGUOUS,
    CANONICAL,
    CLOSERS,
    DOUBLE_QUOTE_MARKS,
    OPENERS,
    SAID_BEFORE_MARKS,
    WRITTEN_CUES,
)
from pipeline.lang.speech import NON_VOICE_CUES, SPEECH_INTRODUCERS
from pipeline.text.spans import line_spans
from pipeline.text.wraps import hard_wrapped, wraps

#: Any quotation mark: the pairing visits only these characters, not every character of a line.
_MARKS = re.compile("[" + re.escape("".join(sorted(set(OPENERS) | CLOSERS))) + "]")
#: A comma standing in for a low single mark: `,ASSKomm‘` (comma glued to a word, closed by ‘).
COMMA_QUOTE = re.compile(r"(?<=\s),(?=\w)([^,‘’\n]{1,60})[‘’]")
#: A sentence boundary inside a line: end punctuation, space, capital or quotation mark; also a
#: full stop set apart from its sentence and glued to the next (`spricht Bände .Nun will X`).
_DOUBLE_CLOSERS = re.escape("".join(sorted(DOUBLE_QUOTE_MARKS & CLOSERS)))
_DOUBLE_OPENERS = re.escape("".join(sorted(DOUBLE_QUOTE_MARKS & set(OPENERS))))
SENTENCE_END = re.compile(
    rf"(?<=[.!?{_DOUBLE_CLOSERS}])\s+(?=[A-ZÄÖÜ{_DOUBLE_OPENERS}])|(?<=[a-zäöüß]{{2}}[.!?])(?=[A-ZÄÖÜ])|(?<=\w\s[.!?])(?=[A-ZÄÖÜ])|\s[–—]\s"
)
#: Words that announce the speech following them, like a colon: "mit den Worten «…»".
INTRODUCER = re.compile(rf"\b(?:{'|'.join((*SPEECH_INTRODUCERS, *SAID_BEFORE_MARKS))})\s*$")
#: Most paragraphs a quote opened after `Name:` may run on before its closing mark.
MAX_CONTINUED_PARAGRAPHS = 3
#: What follows a closing mark that hands on to its speaker: a comma or a dash (`“, sagt X.`).
ATTRIBUTION_AFTER_CLOSE = re.compile(r"\s*(?:,|[–—])\s*[\w\s]")
#: Marks that close a quote a paragraph opens inside of: the double closing marks and `»`, which
#: closes in the reversed style (single marks serve as apostrophes too).
CUT_CLOSERS = frozenset(DOUBLE_QUOTE_MARKS & (CLOSERS | {"»"}))
#: What follows that closing mark: a comma and a lower-case word, the inverted verb of the
#: attribution (`Da kann er zum Profi werden ", sagt X.`).
CUT_ATTRIBUTION = re.compile(r"\s*,\s*[a-zäöüß]")
#: Characters a quote never opens onto: a mark before them closes (`… werden ", sagt X`).
NEVER_OPENED_BY = ","
#: Cue nouns of a quoted title, motto or term, or of a thing bearing written words: no voice.
TERM_CUES = (*NON_VOICE_CUES, *WRITTEN_CUES)
#: Words of context searched for a cue noun before and after the marks.
CUE_WINDOW_BEFORE, CUE_WINDOW_AFTER = 3, 4


@dataclass(frozen=True)
class Quoted:
    """An outermost quoted stretch: marks at ``open_at`` and ``close_at`` (None if cut off)."""

    open_at: int
    start: int
    end: int
    close_at: int | None


def _closing_like(text: str, i: int) -> bool:
    """A straight quote after a word and before a space or punctuation closes."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return not before.isspace() and (after.isspace() or not after.isalnum())


def _opening_like(text: str, i: int) -> bool:
    """A straight quote after a space or bracket and before a word opens (never before a comma)."""
    before = text[i - 1] if i > 0 else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return (before.isspace() or before in "([–-/") and not after.isspace() and after not in NEVER_OPENED_BY


def _opens_set_apart(text: str, i: int, end: int) -> bool:
    """A mark with a space after it, after a space, comma or colon, that nothing open can close and
    whose closing mark follows on the line opens a quote: `" Wir …", sagt X`, `sagt X,« B …»`,
    `schrieb:« Die …»` (marks of a text whose spaces were set apart from the words)."""
    before = text[i - 1] if i > 0 else " "
    return (
        (before.isspace() or before in ",:")
        and text[i + 1 : i + 2].isspace()
        and text[i + 2 : i + 3].isalnum()
        and CANONICAL.get(text[i], "") in text[i + 2 : end]
    )


def _closes(marks: str, ch: str) -> bool:
    """True when ``ch`` may close a quote opened by ``marks`` (one mark, or two side by side)."""
    return any(ch in OPENERS[mark] for mark in marks)


def _regular_close(marks: str, ch: str) -> bool:
    """True when ``ch`` is the regular closing mark of one of ``marks`` (it closes wherever it stands)."""
    return any(ch == CANONICAL[mark] and ch != mark for mark in marks)


def _outer_closes_later(text: str, marks: str, i: int, end: int) -> bool:
    """For a doubled opener closed at ``i`` by its inner mark only: does the outer mark close later?

    `„»ASSKomm« ist dabei“` is a quote that starts with a quoted term, not a doubled opener.
    """
    outer = marks[0]
    if len(marks) < 2 or text[i] in OPENERS[outer]:
        return False
    rest = text[i + 1 : end]
    closer = rest.find(CANONICAL[outer])
    reopened = rest.find(outer) if outer != CANONICAL[outer] else -1
    return closer >= 0 and (reopened < 0 or closer < reopened)


def _step(text: str, i: int, end: int, stack: list[tuple[str, int]]) -> tuple[int, int, int] | None:
    """Feed the mark at ``i`` to the stack; return (open_at, start, i) when it closes an outer quote."""
    ch = text[i]
    top, top_at = stack[-1] if stack else (None, -1)
    after = text[i + 1] if i + 1 < end else " "
    if (
        top is not None
        and len(top) == 1
        and top_at == i - 1
        and ch in OPENERS
        and not _regular_close(top, ch)
        and not after.isspace()
    ):
        stack[-1] = (top + ch, top_at)  # `„»Unsere Stadt …“`: two marks open one quote
        return None
    if top is not None and _closes(top, ch):
        regular = _regular_close(top, ch)
        if regular or _closing_like(text, i) or not _opening_like(text, i):
            if _outer_closes_later(text, top, i, end):
                stack[-1] = (top[0], top_at)  # the inner mark closed a term: `„»ASSKomm« ist …“`
                return None
            marks, open_at = stack.pop()
            return (open_at, open_at + len(marks), i) if not stack else None
    if (not stack and ch in OPENERS and _opens_set_apart(text, i, end)) or (
        ch in OPENERS
        and after not in NEVER_OPENED_BY
        and (ch not in AMBIGUOUS - {"»"} or _opening_like(text, i))
    ):
        stack.append((ch, i))
    return None


def _after_colon(text: str, open_at: int, line_start: int) -> bool:
    """True when a colon or words announcing speech ("mit den Worten") end the text before the
    mark, on its line or on the line above."""
    left = text[line_start:open_at].rstrip()
    if not left:
        left = text[:line_start].rstrip()
    return left.endswith(":") or INTRODUCER.search(left) is not None


def opens_sentence(text: str, open_at: int, line_start: int) -> bool:
    """True when the mark at ``open_at`` opens its paragraph or a sentence (`… gelöst. „Wir …`)."""
    left = text[line_start:open_at].rstrip()
    return not left or left[-1] in ".!?"


def _cut_at_start(text: str, start: int, end: int) -> Quoted | None:
    """A paragraph that opens inside a quote: no opening mark, then a closing mark and the quote's
    attribution (`… zum Profi werden ", sagt X.`): a text cut out of a longer one, or a quote going
    on from a paragraph above that never opened it again. It runs from the paragraph start."""
    mark = _MARKS.search(text, start, end)
    if mark is None or text[mark.start()] not in CUT_CLOSERS:
        return None
    at = mark.start()
    inside = start + len(text[start:at]) - len(text[start:at].lstrip())
    if not re.search(r"\w", text[inside:at]) or not CUT_ATTRIBUTION.match(text, at + 1, end):
        return None
    return Quoted(inside, inside, at, at)


def _pair_line(text: str, start: int, end: int, last: bool, cut: bool = False) -> list[Quoted]:
    """The outermost quoted stretches of one line (``cut``: the line may open inside a quote)."""
    found: list[Quoted] = []
    stack: list[tuple[str, int]] = []
    opened = _cut_at_start(text, start, end) if cut else None
    if opened is not None:
        found.append(opened)
        start = opened.end + 1
    for mark in _MARKS.finditer(text, start, end):
        pair = _step(text, mark.start(), end, stack)
        if pair:
            found.append(Quoted(pair[0], pair[1], pair[2], pair[2]))
    if stack:
        marks, open_at = stack[0]
        # Cut off by the end of a truncated text, or never closed in its paragraph after `Name:`.
        stop = len(text.rstrip()) if last else start + len(text[start:end].rstrip())
        opens = last or _after_colon(text, open_at, start) or opens_sentence(text, open_at, start)
        if stop > open_at + len(marks) and opens:
            found.append(Quoted(open_at, open_at + len(marks), stop, None))
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
    return list(_paired(text))  # a list of its own per caller: the cached pairs stay as they are


# The places and the quotes of an article both pair its marks: pair them once per text.
@lru_cache(maxsize=2)
def _paired(text: str) -> tuple[Quoted, ...]:
    lines = paragraph_spans(text)
    last_content = max((i for i, (s, e) in enumerate(lines) if text[s:e].strip()), default=-1)
    found: list[Quoted] = []
    for number, (start, end) in enumerate(lines):
        cut = not found or found[-1].end < start  # no quote continued from above runs into it
        quotes = _pair_line(text, start, end, number == last_content, cut)
        if quotes and quotes[-1].close_at is None and number != last_content:
            quotes[-1] = _continued(text, quotes[-1], lines[number + 1 :])
        found.extend(quotes)
    return tuple(found)


def _wraps(text: str, at: int) -> bool:
    """True when the line break at ``at`` is cut at a fixed column of a hard-wrapped page and its
    paragraph goes on below."""
    return hard_wrapped(text) and wraps(text, at)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) of every paragraph: a line, or the lines of a hard-wrapped paragraph joined.

    Most texts of the corpus hold a paragraph per line; pages taken from print are cut at about
    70 columns, where a quote opened on one line closes lines further down.
    """
    spans: list[tuple[int, int]] = []
    lines = line_spans(text)
    for number, line in enumerate(lines):
        if number and spans and _wraps(text, lines[number - 1][1]):
            spans[-1] = (spans[-1][0], line[1])
        else:
            spans.append(line)
    return spans


def _continued(text: str, quote: Quoted, below: list[tuple[int, int]]) -> Quoted:
    """An open quote that a later paragraph closes: `X: „…` / `… .“` or `… lassen“, sagt X.` (no
    other mark between).

    Without such a close, the quote ends with its own paragraph.
    """
    marks = text[quote.open_at : quote.start]
    paragraphs = [(s, e) for s, e in below if text[s:e].strip()][:MAX_CONTINUED_PARAGRAPHS]
    for start, end in paragraphs:
        line = text[start:end].rstrip()
        inside = [mark.start() for mark in _MARKS.finditer(text, start, start + len(line))]
        if not inside:
            continue
        last = inside[-1]
        # The close ends the paragraph, or its attribution follows it (`… lassen“, sagt X.`).
        rest = text[last + 1 : end]
        closes = any(text[last] in OPENERS[mark] for mark in marks) and (
            not rest.strip(" .!?") or ATTRIBUTION_AFTER_CLOSE.match(rest) is not None
        )
        if len(inside) == 1 and closes:
            return Quoted(quote.open_at, quote.start, last, last)
        break
    return quote


def _one_line(text: str, pos: int) -> tuple[int, int]:
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the paragraph holding ``pos``: its line, or the lines of a hard-wrapped
    paragraph (see :func:`paragraph_spans`)."""
    start, end = _one_line(text, pos)
    while start > 0:
        if not _wraps(text, start - 1):
            break
        start = _one_line(text, start - 1)[0]
    while end < len(text):
        if not _wraps(text, end):
            break
        end = _one_line(text, end + 1)[1]
    return start, end


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
    listing them. Words and cues are compared case-insensitively.
    """
    folded_cues = _folded(tuple(cues))
    for word in words:
        folded = word.strip(".,:;()–-").casefold()
        if folded.endswith(folded_cues) or folded.removesuffix("s").endswith(folded_cues):
            return True
    return False


@lru_cache(maxsize=16)
def _folded(cues: tuple[str, ...]) -> tuple[str, ...]:
    """The cue nouns case-folded, once per list of cues."""
    return tuple(cue.casefold() for cue in cues)


def _abbreviation(word: str) -> bool:
    """True for a title, an initial or an ordinal whose full stop ends no sentence (`Dr.`, `M.`, `3.`)."""
    return bool(HONORIFIC.match(word)) or bool(re.fullmatch(r"[A-ZÄÖÜ]\.|\d{1,2}\.", word))


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
    introducer = INTRODUCER.search(left)
    if introducer:  # `X wirbt für die Teilnahme mit den Worten «…`: the clause before the words
        left = left[: introducer.start()] + ":"
    if not left.endswith(":"):
        return None
    if left.rfind("(") > left.rfind(")"):  # `… in den Parks (Bürgermeister X: „…“)`: the aside's clause
        left = left[left.rfind("(") + 1 :]
    return left[_last_sentence(left) : -1].strip()


def _last_sentence(left: str) -> int:
    """Where the last sentence of ``left`` starts (`Prof. Dr. X:` is not cut at a title's full stop)."""
    starts = [m.end() for m in SENTENCE_END.finditer(left)]
    starts = [s for s in starts if not _abbreviation(left[:s].split()[-1])]
    return starts[-1] if starts else 0


def sentence_before(text: str, quote: Quoted) -> tuple[int, str]:
    """Offset and text of the sentence up to the opening mark, within its paragraph."""
    line_start, _ = line_bounds(text, quote.open_at)
    left = text[line_start : quote.open_at]
    start = _last_sentence(left)
    return line_start + start, left[start:]
