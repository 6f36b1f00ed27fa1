"""How the clauses around a joining word govern it: what the sentence structure says beyond the
joining word's own clause.

* A purpose clause of a reported past event is the event's purpose fulfilled ("Am Montag trafen
  sich die Bürgermeister, um die Kooperationsvereinbarung zu unterzeichnen"), not a plan.
* A dass-clause takes the mood of the clause that governs it: "Er würde sich wünschen, dass die
  Stadt der Allianz beitritt" wishes the joining.
* A present "wird"/"werden" with a later time plans it ("Unterschrieben wird erst im neuen Jahr").
* A relative clause under a clause in the subjunctive II supposes the joining ("Stollberg wäre
  die sechste Kommune, die sich dem Netzwerk anschließt").
* An agenda item of a council ("TOP 7 – Beitritt zur Allianz") names what is to be decided.

The words are the rule data of :mod:`pipeline.lang.joining_vetoes` and :mod:`pipeline.lang.tense`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.lang.joining_vetoes import (
    AGENDA_ITEMS,
    COMPLEMENT_LEADS,
    INTENT_WORDS,
    LATER_TIMES,
    MODAL_VERBS,
    NEGATION_WORDS,
    PRESENT_WERDEN,
    PURPOSE_LEAD,
    RELATIVE_LEADS,
    SUBJUNCTIVE_II,
    WISH_WORDS,
)
from pipeline.lang.tense import FUTURE_MARKERS, PAST_MARKERS


def words_pattern(patterns: Sequence[str], flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """One pattern matching any of ``patterns`` as whole words (hyphens belong to a word)."""
    return re.compile(rf"(?<![\w-])(?:{'|'.join(patterns)})(?![\w-])", flags)


_AGENDA = re.compile(rf"\s*(?:{'|'.join(AGENDA_ITEMS)})(?![\w-])", re.IGNORECASE)
_PURPOSE = re.compile(rf"\s*{PURPOSE_LEAD}\s", re.IGNORECASE)
_COMPLEMENT = re.compile(rf"\s*(?:{'|'.join(COMPLEMENT_LEADS)})\s", re.IGNORECASE)
_GOVERNING_VETO = words_pattern([*INTENT_WORDS, *MODAL_VERBS, *NEGATION_WORDS, *WISH_WORDS])
_LATER = words_pattern(LATER_TIMES)
_RELATIVE = re.compile(rf"\s*(?:sich\s+)?(?:{'|'.join(RELATIVE_LEADS)})\s", re.IGNORECASE)
_SUBJUNCTIVE = words_pattern(SUBJUNCTIVE_II)
_WERDEN = words_pattern(PRESENT_WERDEN)
_CLAUSE_MARK = re.compile(r"[,;:()–—]")
_WORD = re.compile(r"\w+")


def is_agenda_item(text: str, sentence: tuple[int, int]) -> bool:
    """True where the sentence is an agenda item or a draft resolution ("TOP 7 – Beitritt zur
    Allianz", "Tagesordnungspunkt 3: Unterzeichnung der Kooperationsvereinbarung")."""
    return _AGENDA.match(text, *sentence) is not None


def reports_purpose(text: str, sentence: tuple[int, int], clause_start: int) -> bool:
    """True where the clause from ``clause_start`` is a purpose clause ("um ... zu unterzeichnen")
    of a main clause reporting the past ("trafen sich", "kamen zusammen") with nothing of the
    future, a plan or a denial in it: the purpose was fulfilled."""
    if not _PURPOSE.match(text, clause_start, sentence[1]):
        return False
    words = {w.casefold() for w in _WORD.findall(text, sentence[0], clause_start)}
    governing = text[sentence[0] : clause_start]
    return bool(words & PAST_MARKERS) and not (words & FUTURE_MARKERS or _GOVERNING_VETO.search(governing))


def wished(text: str, sentence: tuple[int, int], clause_start: int) -> bool:
    """True where the clause from ``clause_start`` is a dass-clause whose governing clause (the
    one before it) wishes, asks, plans or denies ("Er würde sich wünschen, dass ..."); not where
    it reports ("Er freut sich, dass die Stadt beigetreten ist")."""
    return _governed(text, sentence, clause_start, _COMPLEMENT, _GOVERNING_VETO, own_clause=True)


def supposed(text: str, sentence: tuple[int, int], clause_start: int) -> bool:
    """True where the clause from ``clause_start`` is a relative clause of a sentence whose
    clause before it is in the subjunctive II ("X wäre nach Angaben des Landespräventionsrates
    die sechste Kommune, die sich dem Netzwerk anschließt"); not of one that reports ("X ist die
    sechste Kommune, die sich dem Netzwerk anschließt")."""
    return _governed(text, sentence, clause_start, _RELATIVE, _SUBJUNCTIVE, own_clause=False)


def _governed(
    text: str,
    sentence: tuple[int, int],
    clause_start: int,
    lead: re.Pattern[str],
    mood: re.Pattern[str],
    *,
    own_clause: bool,
) -> bool:
    """True where the subordinate clause from ``clause_start`` opens with ``lead`` (a dass, a
    relative pronoun) and the text before its comma says ``mood`` (a wish, the subjunctive II):
    only the clause right before the comma where ``own_clause`` (a dass-clause takes the mood of
    the clause governing it), else all of the sentence before it (a relative clause that of its
    sentence)."""
    if not lead.match(text, clause_start, sentence[1]):
        return False
    end = text.rfind(",", sentence[0], clause_start)
    if end < 0:
        return False
    begin = sentence[0]
    if own_clause:
        begin = max((m.end() for m in _CLAUSE_MARK.finditer(text, sentence[0], end)), default=begin)
    return mood.search(text, begin, end) is not None


def supposes(text: str, start: int, end: int) -> bool:
    """True where the text from ``start`` to ``end`` holds a verb in the subjunctive II ("wäre",
    "würde", "könnte"): what it says is supposed, not reported."""
    return _SUBJUNCTIVE.search(text, start, end) is not None


def later(window: str) -> bool:
    """True where a clause puts its joining word later with a present "wird"/"werden"
    ("Die Vereinbarung wird erst im Januar unterzeichnet")."""
    return _LATER.search(window) is not None and _WERDEN.search(window) is not None
