"""Pull quotes: a statement set off as a paragraph of its own, with a name line under it.

The LPR pages put them at the end of the body; elsewhere a paragraph that speaks in the first
person or judges (`Wichtig und hilfreich ist für uns …`) above a `Given Family, Function` line is
one too. Quotes in marks are found by :mod:`pipeline.extract.quotes.extractor`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from itertools import pairwise

from pipeline.extract.quotes.marks import line_bounds
from pipeline.extract.quotes.name_lines import MARKS, is_name_line, is_pull_attribution
from pipeline.extract.quotes.speakers import Speaker, name_from_phrase, resolve
from pipeline.lang.pull_quotes import CONTACT_WORDS, EVALUATIVE_WORDS, READER_WORDS
from pipeline.lang.speech import FIRST_PERSON, PULL_CUES, PULL_LINKERS
from pipeline.records import Person
from pipeline.text.layout import ArticleLayout

#: Fewest words of a set-off statement.
MIN_SPEECH_WORDS = 6
#: Longest set-off paragraph taken as a pull quote away from the end of the body.
MAX_PULL_WORDS = 80
#: A pull quote: its span without surrounding space, its speaker and its kind (`pull`).
Voice = tuple[int, int, Speaker, str]


def end_pull_quotes(text: str, layout: ArticleLayout, people: Sequence[Person]) -> list[Voice]:
    """Set-off pull quotes at the end of the body: paragraph, then the name line under it."""
    if layout.layout != "lpr" and not layout.of_kind("footer"):
        return []
    lines = [(s.start, s.end) for s in layout.of_kind("body") if text[s.start : s.end].strip()]
    found: list[Voice] = []
    index = len(lines) - 1
    while index >= 1:
        (p_start, p_end), (a_start, a_end) = lines[index - 1], lines[index]
        paragraph, attribution = text[p_start:p_end], text[a_start:a_end].strip()
        sentence = paragraph.rstrip()[-1:] in ".!?" and len(paragraph.split()) >= MIN_SPEECH_WORDS
        if not (sentence and is_pull_attribution(attribution, people)) or MARKS.search(paragraph):
            break
        start = p_start + len(paragraph) - len(paragraph.lstrip())
        found.append((start, p_start + len(paragraph.rstrip()), pull_speaker(attribution, people), "pull"))
        index -= 2
    return found[::-1]


def _is_statement(paragraph: str) -> bool:
    """True for a paragraph that speaks for somebody or judges, not one that reports or gives a contact."""
    words = re.findall(r"[\w-]+", paragraph)
    folded = {w.casefold() for w in words}
    if set(words) & READER_WORDS or folded & CONTACT_WORDS:
        return False
    return bool(folded & (FIRST_PERSON | EVALUATIVE_WORDS))


def set_off_pull_quotes(text: str, layout: ArticleLayout, people: Sequence[Person]) -> list[Voice]:
    """Pull quotes anywhere in the body: a statement, then a `Given Family, Function` line under it."""
    lines = [s for s in layout.segments if text[s.start : s.end].strip()]
    found: list[Voice] = []
    for above, below in pairwise(lines):
        if above.kind != "body" or below.kind != "body":
            continue
        paragraph = text[above.start : above.end]
        if line_bounds(text, above.start)[0] != above.start:
            continue  # the last line of a hard-wrapped paragraph is no statement of its own
        # The name line with any credit the layout split off, never joined to the quote above it
        # (a short quote line of a hard-wrapped page looks cut at its column).
        line = text[below.start : line_bounds(text, below.start)[1]].strip()
        body = paragraph.strip()
        if (
            body[-1:] in ".!?"
            and MIN_SPEECH_WORDS <= len(body.split()) <= MAX_PULL_WORDS
            and not MARKS.match(body)
            and is_name_line(line)
            and _is_statement(body)
        ):
            start = above.start + len(paragraph) - len(paragraph.lstrip())
            found.append((start, start + len(body), pull_speaker(line, people), "pull"))
    return found


def pull_quotes(text: str, layout: ArticleLayout, people: Sequence[Person]) -> list[Voice]:
    """The pull quotes of an article: at the end of the body, then set off anywhere in it."""
    return [*end_pull_quotes(text, layout, people), *set_off_pull_quotes(text, layout, people)]


def pull_speaker(line: str, people: Sequence[Person]) -> Speaker:
    """The speaker of a name line (see :func:`pipeline.extract.quotes.name_lines.is_pull_attribution`): the line as written, the name in it.

    A voice cue line (`Teilnehmerstimme aus der Veranstaltung`) names nobody.
    """
    if line.split()[0] in PULL_CUES:
        return Speaker(line, None, None)
    who = resolve(line, len(line), people, Speaker())
    if who.name and any(p.name == who.name for p in people):
        return who
    # The context after a linker (`stellvertretend für den Städtebund X`) is no part of the name.
    linked = re.split(r"\s+(?:" + "|".join(sorted(PULL_LINKERS)) + r")\s+|[,:]", line)[0]
    return Speaker(line, name_from_phrase(linked), who.role)
