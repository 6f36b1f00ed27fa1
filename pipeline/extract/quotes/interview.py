"""Interviews: answers in quotation marks under the interviewer's questions.

An interview puts each question on a line of its own, ending with a question mark or after a
`Frage:` label, and the answer in marks on the line under it (or after an `Antwort:` label).
Nobody is named at the answer: the person interviewed is the one the questions address
(`Frau Bär, warum …?`) or the one a line with `Interview` or `Gespräch` names first (`Im
Interview: Ilka Bär, Bürgermeisterin`, `Das Gespräch mit Bürgermeister X führte Y`, `Bürgermeister
X im Gespräch`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.quotes.marks import Quoted, line_bounds
from pipeline.lang.names import ADDRESS_WORDS
from pipeline.lang.quotes import ANSWER_LABELS, INTERVIEW_WORDS, QUESTION_LABELS
from pipeline.records import Person

#: `Frau Bär, warum …?`: a question that addresses the person by family name.
_ADDRESSED = re.compile(r"(?:" + "|".join(sorted(ADDRESS_WORDS)) + r")\s+(?:\w+\.\s+)*(?P<family>[\w-]+)\s*,")
_LABEL = re.compile(r"\s*(?P<label>\w+)\s*:")
#: A line with an interview word (`Im Interview: X`, `Bürgermeister X im Gespräch`), the whole line.
_INTRO = re.compile("(?im)^[^\n]*(?:" + "|".join(INTERVIEW_WORDS) + ")[^\n]*")


def is_answer(text: str, quote: Quoted) -> bool:
    """True for a quote that opens its line after an `Antwort:` label or right under a question."""
    start, _ = line_bounds(text, quote.open_at)
    before = text[start : quote.open_at]
    label = _LABEL.match(before)
    if label and label["label"] in ANSWER_LABELS and not before[label.end() :].strip():
        return True
    if before.strip() or start == 0:
        return False
    above = text[:start].rstrip()  # the paragraph above, past any blank line between
    above = text[line_bounds(text, len(above) - 1)[0] : len(above)].strip() if above else ""
    question = _LABEL.match(above)
    return above.endswith("?") or (question is not None and question["label"] in QUESTION_LABELS)


def interviewee(text: str, people: Sequence[Person]) -> Person | None:
    """The person an interview questions: addressed in a question, else named on its intro line."""
    by_family = {p.family: p for p in people}
    for match in _ADDRESSED.finditer(text):
        _, end = line_bounds(text, match.start())
        if text[match.start() : end].rstrip().endswith("?") and match["family"] in by_family:
            return by_family[match["family"]]
    for line in _INTRO.finditer(text):
        named = [(m.start, p) for p in people for m in p.mentions if line.start() <= m.start < line.end()]
        if named:
            return min(named, key=lambda item: item[0])[1]
    return None
