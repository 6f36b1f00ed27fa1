"""Faster scanning with Python's ``re``: word alternations as tries, leading lookaheads.

Python's ``re`` tries the branches of an alternation one after the other at every
position, and with ``re.IGNORECASE`` it cannot skip a branch by its first letter. A list
of 145 ordinals ("erste", "ersten", ..., "dreißigstes") made one pattern scan the
archive at a tenth of the speed of the same words as a trie ("erste(?:m|n|r|s)?"),
which fails at the first letter that fits no word.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

#: Marks a word's end inside a trie node (no character is empty).
_END = ""


def word_alternation(words: Iterable[str], *, space: str = r"\s+") -> str:
    """One regex that matches exactly ``words``, preferring the longest (as a trie).

    The preference equals a plain alternation sorted longest first: words that match at
    the same position are prefixes of each other, and every trie node tries its longer
    continuations before it ends.

    Args:
        words: Literal words (regex syntax is escaped).
        space: What a space inside a word matches (default: any run of whitespace).

    Returns:
        The pattern, as a non-capturing group; ``(?!)`` (never matches) for no words.

    Raises:
        ValueError: when a word is empty.
    """
    trie: dict[str, dict] = {}
    for word in words:
        if not word:
            raise ValueError("word_alternation: an empty word matches everywhere; remove it from the list")
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[_END] = {}
    if not trie:
        return "(?!)"
    return f"(?:{_pattern(trie, space)})"


def _pattern(node: dict[str, dict], space: str) -> str:
    branches = [
        (space if char == " " else re.escape(char)) + _pattern(child, space)
        for char, child in sorted(node.items())
        if char != _END
    ]
    if not branches:
        return ""
    body = "|".join(branches)
    if _END in node:
        return f"(?:{body})?"
    return body if len(branches) == 1 else f"(?:{body})"


def lead(words: Iterable[str] = (), *, digits: bool = False) -> str:
    """A lookahead for what a match can start with: the first letters of ``words``, or a digit.

    ``re`` scans a pattern that opens with a lookbehind or a long alternation by trying the
    whole pattern at every position of the text; a leading one-character lookahead rejects
    most positions at once (three times faster on the archive for a number pattern). The
    lookahead admits both cases of each letter, so it never rejects a match the rest of the
    pattern would find, with or without ``re.IGNORECASE``.

    Args:
        words: Literal words a match may start with.
        digits: Whether a match may start with a digit.

    Returns:
        A pattern such as ``(?=[\\dAaDd])``.

    Raises:
        ValueError: when neither ``words`` nor ``digits`` give a character.
    """
    letters = sorted({c for word in words if word for c in (word[0].lower(), word[0].upper())})
    if not letters and not digits:
        raise ValueError("lead: give words or digits=True; an empty lookahead matches nothing")
    return "(?=[" + (r"\d" if digits else "") + "".join(re.escape(c) for c in letters) + "])"


def matches_at(pattern: re.Pattern[str], text: str, starts: Iterable[int]) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text)`` yields, trying ``pattern`` only at ``starts``.

    For a pattern whose every match starts at one of ``starts`` (ascending), such as the
    number patterns of the date rules at the starts of numbers, the result is the same as
    ``finditer``; several patterns share one scan for the starts instead of one scan each.
    Lookbehinds and ``\\b`` still see the text before a start.

    Args:
        pattern: The compiled pattern.
        text: The text.
        starts: Candidate offsets, ascending.
    """
    end = 0
    for start in starts:
        if start < end:
            continue  # inside the previous match: finditer resumes after it
        match = pattern.match(text, start)
        if match:
            yield match
            end = match.end() if match.end() > start else start + 1
