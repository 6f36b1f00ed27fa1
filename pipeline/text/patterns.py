"""Regex fragments built from the rule data of :mod:`pipeline.lang`, shared by several rules."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.lang.calendar import MONTH_NAMES
from pipeline.text.fastre import word_alternation

#: Any full month name, longest first (compiled as a trie, see :mod:`pipeline.text.fastre`).
MONTH_PATTERN = word_alternation(MONTH_NAMES)


def either_case(words: Iterable[str]) -> str:
    """An alternation of ``words`` that also accepts each word capitalised (at a sentence start)."""
    return word_alternation(sorted({w for word in words for w in (word, word[:1].upper() + word[1:])}))
