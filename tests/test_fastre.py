"""Tests of the regex helpers: trie alternations match exactly the words, longest first."""

from __future__ import annotations

import re

import pytest

from pipeline.fastre import lead, word_alternation
from pipeline.lang.numbers import CARDINALS, ORDINALS


def flat(words: list[str]) -> str:
    """The plain alternation the trie replaces: escaped words, longest first."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


@pytest.mark.parametrize(
    "words",
    [
        ["erste", "ersten", "erster", "zweite"],
        ["ab", "abc", "abcd", "b"],
        ["seit dem", "seit", "bis zum", "bis"],
        ["Jan.", "Feb.", "c++", "a|b"],
        sorted(ORDINALS),
        sorted(CARDINALS),
    ],
)
@pytest.mark.parametrize(
    "text",
    [
        "Die ersten drei und der zweite Punkt, erster Rang, Erste Hilfe.",
        "ab abc abcd abcde b bb",
        "seit dem Jahr, seit  dem Tag, bis zum Ende, bis\\nzum Schluss",
        "Jan. Feb. c++ a|b a",
        "Die dreizehnte, zwanzigste und einunddreißigste Kommune; zwölf Städte, hundert Gäste.",
    ],
)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_trie_matches_like_the_flat_alternation(words: list[str], text: str, flags: int) -> None:
    trie = re.compile(rf"\b{word_alternation(words)}\b", flags)
    plain = re.compile(rf"\b(?:{flat(words)})\b", flags)
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        (["erste", "ersten"], "die ersten", "ersten"),  # the longest, not the first listed
        (["seit dem", "seit"], "seit   dem Tag", "seit   dem"),  # a space matches any whitespace
        (["a.b"], "axb a.b", "a.b"),  # regex syntax is escaped
    ],
)
def test_trie_prefers_the_longest_and_escapes(words: list[str], text: str, expected: str) -> None:
    match = re.search(word_alternation(words), text)
    assert match is not None and match.group() == expected


def test_no_words_matches_nothing() -> None:
    assert re.search(word_alternation([]), "irgendein Text") is None


def test_an_empty_word_is_refused() -> None:
    with pytest.raises(ValueError, match="empty word"):
        word_alternation(["eins", ""])


@pytest.mark.parametrize(
    ("words", "digits", "starts", "not_starts"),
    [
        (["Januar", "März"], False, ["J", "j", "M", "m"], ["F", "1"]),
        (["vor"], True, ["V", "v", "7"], ["x", " "]),
        ([], True, ["0", "9"], ["a"]),
    ],
)
def test_lead_admits_both_cases_and_digits(
    words: list[str], digits: bool, starts: list[str], not_starts: list[str]
) -> None:
    pattern = re.compile(lead(words, digits=digits))
    assert all(pattern.match(c) for c in starts)
    assert not any(pattern.match(c) for c in not_starts)


def test_lead_without_characters_is_refused() -> None:
    with pytest.raises(ValueError, match="digits=True"):
        lead([])
