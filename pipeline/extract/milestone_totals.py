"""Whether a count of municipalities is a running total of the programme (the ``total`` kind of
:mod:`pipeline.extract.milestones`): a verb of reaching or a cumulative marker, and nothing that
makes it the count of one event, of something else the towns did, or of another programme."""

from __future__ import annotations

import re

from pipeline.extract.counting import elsewhere
from pipeline.extract.milestone_ranks import CARDINAL_START, FLAGS, PROGRAMME
from pipeline.lang.milestone_others import (
    GOAL_MARKERS,
    NETWORK_NAMES,
    ONE_EVENT_MARKERS,
    OTHER_UNDERTAKINGS,
    SUPERLATIVE,
)
from pipeline.lang.milestones import (
    CONCLUDED_AGREEMENT,
    CUMULATIVE_MARKERS,
    DEFINITE_ARTICLES,
    EVENT_COUNT_BLOCKERS,
    EVENT_SENTENCE_MARKERS,
    GENERIC_REACH_VERBS,
    MEMBERSHIP_AMONG,
    MEMBERSHIP_OF,
    OBJECT_PREPOSITIONS,
    OBJECT_REACH_VERBS,
    OTHER_PROGRAMMES,
    REACH_VERBS,
    RELATIVE_LEADS,
    SUBSET_LEADS,
)

#: Verbs saying the programme reached the counted members overall ("beigetreten", "beraten").
REACH = re.compile(rf"\b(?:{'|'.join(REACH_VERBS)})\b", FLAGS)
#: Verbs of setting something up, whose object says what was set up.
_OBJECT_REACH = re.compile(rf"\b(?:{'|'.join(OBJECT_REACH_VERBS)})\b", FLAGS)
#: A capitalised word and the word before it: an object unless a preposition leads it.
_CAPITALISED = re.compile(r"(?P<before>\w+)?\s+(?P<word>[A-ZÄÖÜ][\w-]+)")
_OTHER_PROGRAMME = re.compile(rf"\b(?:{'|'.join(OTHER_PROGRAMMES)})\b")
#: Verbs that count anything ("gibt es", "umfasst"): a total only about the programme.
_GENERIC_REACH = re.compile(rf"\b(?:{'|'.join(GENERIC_REACH_VERBS)})\b", FLAGS)
#: A year, which counts nothing ("die 2019 gestartet sind").
_YEAR = re.compile(r"(?:19|20)\d\d")
#: Punctuation that ends a clause inside a sentence.
_CLAUSE_MARK = re.compile(r"[,;:–]")
#: "davon", "darunter": what follows is a part of the count before.
_SUBSET_LEAD = re.compile(rf"\b(?:{'|'.join(SUBSET_LEADS)})\b", FLAGS)
_MARKER = re.compile(rf"\b(?:{'|'.join(CUMULATIVE_MARKERS)})\b", FLAGS)
_MEMBERSHIP = re.compile(rf"\b{MEMBERSHIP_OF}$", FLAGS)
_MEMBERSHIP_AMONG = re.compile(MEMBERSHIP_AMONG, FLAGS)
_BLOCKER = re.compile(rf"\b(?:{'|'.join(EVENT_COUNT_BLOCKERS)})\b", FLAGS)
_EVENT_SENTENCE = re.compile(rf"\b(?:{'|'.join((*EVENT_SENTENCE_MARKERS, *ONE_EVENT_MARKERS))})\b", FLAGS)
_RELATIVE_PRONOUN = re.compile(r"\s*(?:de[mnr]|die|das|denen|dessen|deren)\b")
_GOAL = re.compile(rf"\b(?:{'|'.join(GOAL_MARKERS)})\b", FLAGS)
_RELATIVE = re.compile(rf"\s*,\s*(?:{'|'.join(RELATIVE_LEADS)})\b")
_CONCLUDED = re.compile(rf"\b{CONCLUDED_AGREEMENT}\b", FLAGS)
_SUPERLATIVE = re.compile(rf"\b{SUPERLATIVE}\b")
_UNDERTAKING = re.compile(rf"\b(?:{'|'.join(OTHER_UNDERTAKINGS)})\b")
#: The network's own names ("Allianz", "ASSKomm-Verbund", "Netzwerk").
PROGRAMME_NAME = re.compile(rf"\b(?:{'|'.join(NETWORK_NAMES)})\b")


def is_total(
    text: str, match: re.Match[str], sentence: tuple[int, int], before_sentence: tuple[int, int]
) -> bool:
    """True when the count is a running total: a reach verb or a cumulative marker, no event cue.

    Args:
        text: The article text.
        match: A ``_TOTAL`` match (number, words between, count noun).
        sentence: The span of the sentence holding the match.
        before_sentence: The span of the sentence before it (the programme a marker's count
            refers to may be named there: "... tritt ASSKomm bei. Inzwischen sind es 60 Kommunen.").
    """
    before = text[max(sentence[0], match.start() - 40) : match.start()].split()[-3:]
    # "zu den zehn sichersten Städten": a ranking of size or safety, no count of members
    stop = _CLAUSE_MARK.search(text, match.end(), sentence[1])
    if _SUPERLATIVE.search(match["between"]) or elsewhere(
        text, _clause_start(text, match.start(), sentence), stop.start() if stop else sentence[1]
    ):
        return False  # or another body's members, another state's programme
    if _UNDERTAKING.search(text, *sentence) and not PROGRAMME_NAME.search(text, *sentence):
        return False  # the entrants of a competition, a campaign, a funding round
    opening = max(
        (m.end() for m in _CLAUSE_MARK.finditer(text, sentence[0], match.start())), default=sentence[0]
    )
    if _GOAL.search(text, opening, stop.start() if stop else sentence[1]):
        return False  # a goal, not reached yet
    if _MEMBERSHIP_AMONG.search(text, sentence[0], match.start()):
        return True
    if before and before[-1].casefold() in DEFINITE_ARTICLES and _defined_by_reaching(text, match, sentence):
        return True
    # "fünf weitere Städte", "alle drei Kommunen", "die beiden Kommunen": one event or a subset.
    if (before and _BLOCKER.fullmatch(before[-1])) or _BLOCKER.search(match["between"]):
        return False
    sentence_text = text[sentence[0] : sentence[1]]
    if _sets_up_something_else(text, match, sentence):
        return False
    if _OTHER_PROGRAMME.search(sentence_text) or _MEMBERSHIP.search(" ".join(before[-2:])):
        return not _OTHER_PROGRAMME.search(sentence_text)
    if _MARKER.search(" ".join(before)) or _MARKER.search(match["between"]):
        # "Bereits 18 Kommunen haben Fördermittel beantragt" counts something else
        return bool(REACH.search(sentence_text) or PROGRAMME.search(text, before_sentence[0], sentence[1]))
    # Without a marker a reach verb decides, unless the sentence reports today's signing; a verb
    # that counts anything ("gibt es", "umfasst") only where the sentence is about the programme.
    if _EVENT_SENTENCE.search(sentence_text):
        return False
    # the programme named only after "davon" or in a clause of its own is another count's ("hat 53
    # Gemeinden, davon sind 20 Mitglied", "gibt es 419 Gemeinden, von denen 70 der Allianz beigetreten sind")
    lead = _SUBSET_LEAD.search(text, match.end(), sentence[1])
    stop = _CLAUSE_MARK.search(text, match.end(), sentence[1])
    own_clause = text[
        sentence[0] : min(lead.start() if lead else sentence[1], stop.start() if stop else sentence[1])
    ]
    return _reached(text, match, sentence) or bool(
        _GENERIC_REACH.search(sentence_text) and PROGRAMME.search(own_clause)
    )


def _clause_start(text: str, offset: int, sentence: tuple[int, int]) -> int:
    """Where the clause holding ``offset`` starts; a relative clause takes in the clause before it,
    whose noun it refers to ("Mitglied im Städtetag, dem 200 Städte angehören")."""
    marks = [m.end() for m in _CLAUSE_MARK.finditer(text, sentence[0], offset)]
    start = marks[-1] if marks else sentence[0]
    if len(marks) > 0 and _RELATIVE_PRONOUN.match(text, start):
        return marks[-2] if len(marks) > 1 else sentence[0]
    return start


def _reached(text: str, match: re.Match[str], sentence: tuple[int, int]) -> bool:
    """A reach verb in the sentence that belongs to this count: not one in another clause that has
    a number of its own ("14 Kommunen haben sich beworben, ausgewählt wurden sechs")."""
    for verb in REACH.finditer(text, sentence[0], sentence[1]):
        start = max(
            (m.end() for m in _CLAUSE_MARK.finditer(text, sentence[0], verb.start())), default=sentence[0]
        )
        stop = _CLAUSE_MARK.search(text, verb.end(), sentence[1])
        end = stop.start() if stop else sentence[1]
        if start <= match.start() < end or not any(
            not _YEAR.fullmatch(m.group()) for m in CARDINAL_START.finditer(text, start, end)
        ):
            return True  # a year in that clause is no count ("die 2019 gestartet sind")
    return False


def _sets_up_something_else(text: str, match: re.Match[str], sentence: tuple[int, int]) -> bool:
    """ "45 Städte haben Waffenverbotszonen eingerichtet": between the count and a verb of setting
    up stands an object (a capitalised word after no preposition) that is not the programme."""
    verb = _OBJECT_REACH.search(text, match.end(), sentence[1])
    if verb is None:
        return False
    between = text[match.end() : verb.start()]
    if PROGRAMME.search(between):
        return False
    return any(
        (m["before"] or "").casefold() not in OBJECT_PREPOSITIONS
        for m in _CAPITALISED.finditer(" " + between)
    )


def _defined_by_reaching(text: str, match: re.Match[str], sentence: tuple[int, int]) -> bool:
    """ "die 65 Kommunen, die bereits eine Kooperationsvereinbarung geschlossen haben": a definite
    count that a relative clause right after it defines by what the programme has reached, with
    a cumulative marker ("bereits", "inzwischen")."""
    relative = _RELATIVE.match(text, match.end(), sentence[1])
    if relative is None:
        return False
    stop = _CLAUSE_MARK.search(text, relative.end(), sentence[1])
    clause = text[relative.end() : stop.start() if stop else sentence[1]]
    return bool(_MARKER.search(clause) and (REACH.search(clause) or _CONCLUDED.search(clause)))
