"""Nouns that look like a family name after a role title but are the object of the verb:
"Im Anschluss zog der Bürgermeister Bilanz", "Dann nahm die Landrätin Stellung"."""

from __future__ import annotations

from collections.abc import Sequence

from pipeline.lang.names import LIGHT_VERB_OBJECTS, MAX_LIGHT_VERB_DISTANCE

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
