"""Tests of the number-word patterns of the milestone rules: built from their parts, they match the
same words, and the same text, as a plain alternation of every word."""

from __future__ import annotations

import re

import pytest

from pipeline.extract import milestone_ranks
from pipeline.lang.numbers import CARDINALS, COMPOUND_CARDINALS, ORDINALS
from pipeline.text.fastre import word_alternation

_CASES = (
    ("cardinal", milestone_ranks.CARDINAL_WORD, (*CARDINALS, *COMPOUND_CARDINALS)),
    ("ordinal", milestone_ranks._ORDINAL_WORD, tuple(ORDINALS)),
)


@pytest.mark.parametrize(("kind", "pattern", "words"), _CASES, ids=[kind for kind, _, _ in _CASES])
def test_the_pattern_matches_exactly_the_words(kind: str, pattern: str, words: tuple[str, ...]) -> None:
    compiled = re.compile(rf"{pattern}\Z", re.IGNORECASE)
    assert all(compiled.match(word) and compiled.match(word.capitalize()) for word in words)
    # near misses: a word cut short, run on or joined wrongly is none of them
    wrong = (
        {w[:-1] for w in words} | {w + "x" for w in words} | {"einund", "hundertund", "ersteste", "zweitund"}
    )
    assert [w for w in wrong - set(words) if compiled.match(w)] == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Mit Auerbach sind es nun siebenundachtzig Kommunen, hundertzwanzig wollen folgen.",
        "Die dreiundvierzigste Mitgliedskommune ist die Stadt, die einhundertste folgt.",
        "Einundzwanzig, zweiundzwanzigsten und Hundertzweite: alles Zahlen; Einhundertelf auch.",
        "Achtzehnte Achtzehnhundert Acht achtens Erstere Zweitens Vierzigerjahre Sechsundsechzig.",
    ],
)
def test_the_pattern_finds_what_the_plain_alternation_finds(sentence: str) -> None:
    for _, pattern, words in _CASES:
        plain = re.compile(rf"\b{word_alternation(words)}\b", re.IGNORECASE)
        built = re.compile(rf"\b{pattern}\b", re.IGNORECASE)
        assert [m.span() for m in built.finditer(sentence)] == [m.span() for m in plain.finditer(sentence)]
