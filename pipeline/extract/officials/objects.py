"""Words that look like a person's name but are something else: a noun after a role title that is
the object of the verb ("Im Anschluss zog der Bürgermeister Bilanz", "Dann nahm die Landrätin
Stellung", "Danach gab der Revierleiter Tipps zum Einbruchschutz"), and the namesake of an
institution ("Oberschule Georg Schumann")."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.names import (
    LIGHT_VERB_OBJECTS,
    MAX_LIGHT_VERB_DISTANCE,
    NAMESAKE_ENDINGS,
    NAMESAKE_HEADS,
    OBJECT_FOLLOWERS,
    PLURAL_QUANTIFIERS,
)
from pipeline.lang.roles import DETERMINERS, ROLE_MODIFIERS
from pipeline.text.lexicon import is_role_word

#: Most words before an institution searched for a role it completes ("Leiterin der Oberschule X").
MAX_ROLE_LOOKBACK = 3

_CLAUSE_ENDS = frozenset({".", "!", "?", ";", ":"})


def is_light_verb_object(words: Sequence[str], j: int) -> bool:
    """True when word ``j`` is the object of a light-verb phrase whose verb stands in the same
    clause ("zog ... Bilanz", "Bilanz ziehen"); a family name that happens to be such a noun
    ("Landrat Wort sagte") has no such verb beside it.

    Args:
        words: The token texts of the Doc.
        j: The index of the candidate word.
    """
    stems = LIGHT_VERB_OBJECTS.get(words[j])
    if stems is None:
        return False
    return _verb_near(words, j, stems, -1) or _verb_near(words, j, stems, 1)


def _verb_near(words: Sequence[str], j: int, stems: tuple[str, ...], step: int) -> bool:
    """A lower-case verb form with one of ``stems`` within the clause, walking by ``step``."""
    k = j + step
    while 0 <= k < len(words) and abs(k - j) <= MAX_LIGHT_VERB_DISTANCE:
        word = words[k]
        if word in _CLAUSE_ENDS or word.count("\n") > 1:
            return False
        if word.islower() and word.startswith(stems):
            return True
        k += step
    return False


def is_object_after_title(words: Sequence[str], cue: int, j: int) -> bool:
    """True when word ``j`` after the role title at ``cue`` reads as the object of the verb: the
    title has its article (the subject after the verb: "gab der Revierleiter Tipps"), a
    preposition or article goes on after the word ("Tipps zum Schutz", "Besuch aus X") and the
    article never names it again. A person named so ("sagte der Bürgermeister Kuhn") is followed
    by a verb or punctuation, or is named again.
    """
    start = cue
    while start > 0 and words[start - 1] in ROLE_MODIFIERS:
        start -= 1
    if start == 0 or words[start - 1] not in DETERMINERS or j + 1 >= len(words):
        return False
    return words[j + 1] in OBJECT_FOLLOWERS and words.count(words[j]) == 1


def is_namesake(words: Sequence[str], i: int) -> bool:
    """True when the name starting at word ``i`` names the institution right before it
    ("Oberschule Georg Schumann", "Stiftung Friedrich Ebert"), or stands in a plural noun phrase
    after a quantifier ("mit mehreren Tony Awards"). Where a role takes the institution as its
    complement, the name is the role holder's ("die Leiterin der Oberschule Anja Muster").
    """
    head = words[i - 1] if i > 0 else ""
    if head in PLURAL_QUANTIFIERS:
        return True  # "mit mehreren Tony Awards": a plural noun phrase, nobody's name
    if not (head in NAMESAKE_HEADS or (head[:1].isupper() and head.casefold().endswith(NAMESAKE_ENDINGS))):
        return False
    return not any(is_role_word(w) for w in words[max(0, i - 1 - MAX_ROLE_LOOKBACK) : i])
