"""Name lines: the short line under a quote or pull quote that names who said it, or right above
a quote set off on its own line.

`Volker Pfitzner: Dezernat IV`, `Conny Hanspach, Koordinierung ASSKomm Wurzen`, `Torsten Schultze
Präsident Polizeidirektion Leipzig`: the name, then a short context. See
:mod:`pipeline.extract.quotes.attribution` for the other places a quote is attributed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.quotes.marks import Quoted, fills_line, line_bounds, next_line
from pipeline.lang.layout import CREDIT_MARKER
from pipeline.lang.names import HONORIFIC
from pipeline.lang.quotes import DOUBLE_QUOTE_MARKS
from pipeline.lang.speech import ARTICLES, PARTICLES, PULL_CUES, PULL_LINKERS
from pipeline.records import Person
from pipeline.text.lexicon import is_office_word

#: Longest name line under a pull quote.
MAX_PULL_LINE_WORDS = 12
#: Quotation marks; a line holding one is no name line.
MARKS = re.compile("[" + re.escape("".join(sorted(DOUBLE_QUOTE_MARKS))) + "]")
#: A word of a person's name in a name line: `Conny`, `Ruban-Zeh`, a middle initial `M.`.
NAME_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)*|[A-ZÄÖÜ]\.")


def is_pull_attribution(line: str, people: Sequence[Person]) -> bool:
    """True for a short line naming who said the paragraph above it; with ``people``, it must name one."""
    words = line.split()
    if (
        not words
        or len(words) > MAX_PULL_LINE_WORDS
        or line.rstrip()[-1] in ".!?:;"
        or words[0].casefold() in ARTICLES
        or MARKS.search(line)
    ):
        return False
    if words[0] in PULL_CUES:
        return True
    if people:
        bare_words = {w.strip(".,:;()") for w in words}
        return any(p.family in bare_words for p in people) and words[0][:1].isupper()
    # Without known people: a name of two to four capitalised words before any context.
    name = []
    for word in words:
        if word.casefold() in PULL_LINKERS or word.endswith((",", ":")):
            name.append(word.rstrip(",:"))
            break
        name.append(word)
    bare = [w for w in name if w.casefold() not in PULL_LINKERS]
    return 2 <= len(bare) <= 4 and all(w[:1].isupper() for w in bare)


def is_name_line(line: str) -> bool:
    """True for a name line of the form `Given Family, <short context>`, `Given Family: <…>` or
    `Given Family Office <…>`.

    Such a line under a set-off statement names who made it (`Conny Hanspach, Koordinierung
    ASSKomm Wurzen`, `Volker Pfitzner: Dezernat IV Soziales`); it needs no known person. A caption
    with its photo credit is no name line, nor is a sentence.
    """
    stripped = line.strip()
    if not stripped or stripped[-1] in ".!?:;" or CREDIT_MARKER.search(stripped) or MARKS.search(stripped):
        return False
    match = re.fullmatch(r"([^,:]+)[,:]\s*(\S.*)", stripped)
    if match:
        name = [w for w in match.group(1).split() if not HONORIFIC.match(w)]
        context = match.group(2).split()
    else:  # `Torsten Schultze Präsident Polizeidirektion Leipzig`: the office word ends the name
        words = [w for w in stripped.split() if not HONORIFIC.match(w)]
        office = next((i for i, w in enumerate(words) if is_office_word(w)), None)
        if office is None:
            return False
        name, context = words[:office], words[office:]
    return (
        2 <= len(name) <= 3
        and all(NAME_WORD.fullmatch(w) or w in PARTICLES for w in name)
        and NAME_WORD.fullmatch(name[0]) is not None
        and not any(is_office_word(w) for w in name)
        and len(name) + len(context) <= MAX_PULL_LINE_WORDS
    )


def attribution_below(text: str, quote: Quoted, people: Sequence[Person]) -> str | None:
    """The name line under a quote that fills its own line (`»…«` / `Volker Pfitzner: Dezernat IV`)."""
    below = next_line(text, quote.open_at)
    if not fills_line(text, quote) or below is None:
        return None
    line = text[below[0] : below[1]].strip()
    return line if is_pull_attribution(line, people) or is_name_line(line) else None


def attribution_above(text: str, quote: Quoted, people: Sequence[Person]) -> str | None:
    """The name line right above a quote that fills its own line (`Eva Probe, Leiterin des Amtes` /
    `»…«`), with no blank line between: a name line, or the full name of a person of the article."""
    start, _ = line_bounds(text, quote.open_at)
    if not fills_line(text, quote) or start < 2 or text[start - 1] != "\n" or text[start - 2] == "\n":
        return None
    line = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].strip()
    bare = " ".join(w for w in line.split() if not HONORIFIC.match(w))
    return line if is_name_line(line) or any(p.name == bare for p in people) else None
