"""Faster scanning with Python's ``re``: word alternations as tries, leading lookaheads; and
``difflib``'s closest name without comparing names too long or too short to be close.

Python's ``re`` tries the branches of an alternation one after the other at every
position, and with ``re.IGNORECASE`` it cannot skip a branch by its first letter. A list
of 145 ordinals ("erste", "ersten", ..., "dreißigstes") made one pattern scan the
archive at a tenth of the speed of the same words as a trie ("erste(?:m|n|r|s)?"),
which fails at the first letter that fits no word.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Collection, Iterable, Iterator, Sequence
from re import _constants as sre  # the parse tree of a pattern: what its matches can start with
from re import _parser
from types import MappingProxyType

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


def alternatives_lead(alternatives: Iterable[str], flags: int = 0) -> str:
    """A lookahead for where one of ``alternatives`` (regex sources) can start to match.

    For a named group of many alternatives inside a larger alternation: ``re`` tries every
    alternative of every group at each position it gets to, and the lookahead lets a group
    that cannot start there fail at once. It lists the first characters of the alternatives
    (as :func:`with_lead` finds them); an alternative whose first character is not listed
    (one that opens with a class such as ``[\\w-]*``, or may match the empty string) is
    repeated inside the lookahead as it is, so the lookahead never rejects a position where an
    alternative matches.

    Args:
        alternatives: Regex sources without named groups (they are repeated in the lookahead).
        flags: The flags the pattern is compiled with.

    Returns:
        A pattern such as ``(?=[AaBb]|(?:[\\w-]*Mitglied))``; the empty string when no
        alternative has first characters (then a lookahead would only cost time).
    """
    chars: set[str] = set()
    verbatim: list[str] = []
    for alternative in alternatives:
        found: set[str] = set()
        try:
            empty = _firsts(list(_parser.parse(alternative, flags)), found, bool(flags & re.IGNORECASE))
        except (ValueError, re.error):  # re.error: global flags inside the alternative
            empty = True
        if empty:
            verbatim.append(alternative)
        else:
            chars |= found
    if not chars:
        return ""
    return "(?=" + "|".join([*_lead_body(chars), *(f"(?:{alternative})" for alternative in verbatim)]) + ")"


def led_groups(groups: Iterable[tuple[str, Sequence[str]]], flags: int = 0) -> str:
    """One alternation of named groups of alternatives, each group behind its
    :func:`alternatives_lead`: ``(?:(?P<join>(?=[Bb])(?:beitr\\w*|Beitritt))|(?P<sign>...))``.

    Matches as the plain alternation of the groups (the same group wins at each position).

    Args:
        groups: (name, alternatives) in the order the groups are tried.
        flags: The flags the pattern is compiled with.
    """
    return (
        "(?:"
        + "|".join(
            f"(?P<{name}>{alternatives_lead(alts, flags)}(?:{'|'.join(alts)}))" for name, alts in groups
        )
        + ")"
    )


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


#: Most collections of names kept grouped (a run has two: the places and the districts).
MAX_GROUPED = 8
#: Most answers kept per collection of names (a long run must not grow without bound).
MAX_REMEMBERED = 4096
#: Names grouped by length, per collection of names (kept with it, so that its id stays its own).
_BY_LENGTH: dict[int, tuple[Collection[str], dict[int, list[str]], dict[tuple[str, float], list[str]]]] = {}


def closest_name(word: str, names: Collection[str], cutoff: float) -> list[str]:
    """What ``difflib.get_close_matches(word, list(names), n=1, cutoff=cutoff)`` returns.

    ``difflib`` bounds a pair's similarity by the lengths alone (``real_quick_ratio``: twice
    the shorter length over the sum) and drops a name below ``cutoff`` by that bound before
    comparing letters; here the names of lengths the bound drops are not even handed over.
    Names are unique, so their order decides no tie.

    Args:
        word: The word as written.
        names: The names it may be a misspelling of (the same collection on every call is
            grouped by length once).
        cutoff: The least similarity, from 0 to 1.
    """
    cached = _BY_LENGTH.get(id(names))
    if cached is None or cached[0] is not names:
        if len(_BY_LENGTH) >= MAX_GROUPED:
            _BY_LENGTH.clear()  # gazetteers built by tests, one after another
        groups: dict[int, list[str]] = {}
        for name in names:
            groups.setdefault(len(name), []).append(name)
        cached = _BY_LENGTH[id(names)] = (names, groups, {})
    known = cached[2].get((word, cutoff))
    if known is not None:  # a misspelt name comes back in article after article: compared once
        return list(known)
    size = len(word)
    candidates = [
        name
        for length, group in cached[1].items()
        if (2.0 * min(length, size) / (length + size) if length + size else 1.0) >= cutoff
        for name in group
    ]
    close = difflib.get_close_matches(word, candidates, n=1, cutoff=cutoff)
    if len(cached[2]) >= MAX_REMEMBERED:
        cached[2].clear()
    cached[2][(word, cutoff)] = close
    return list(close)


#: Widest character range whose characters a leading lookahead lists one by one.
MAX_LEAD_RANGE = 256


def with_lead(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` behind a lookahead for every character its matches can start with.

    The same matches, found faster where the pattern opens with a lookbehind or a long
    alternation (see :func:`lead`). The characters come from the pattern's parse tree; where
    a match may start with any of a class (``\\w``, ``.``) or with nothing, and where the
    pattern opens with ``^`` (tried at the start alone), the pattern is returned as it is.

    Args:
        pattern: A compiled pattern.
    """
    chars: set[str] = set()
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        anchors = [(sre.AT, sre.AT_BEGINNING_STRING)]
        if not pattern.flags & re.MULTILINE:
            anchors.append((sre.AT, sre.AT_BEGINNING))  # "^" of the text, not of every line
        if len(tree) and tree[0] in anchors:
            return pattern  # anchored at the start: ``re`` tries it at the start alone
        if _firsts(list(tree), chars, bool(pattern.flags & re.IGNORECASE)):
            return pattern  # it may match the empty string anywhere
        return re.compile(f"(?={'|'.join(_lead_body(chars))})(?:{pattern.pattern})", pattern.flags)
    except (ValueError, re.error):  # re.error: global flags inside the pattern
        return pattern


#: Stands for ``\\d`` (any decimal digit, as the pattern's flags define it) among first characters.
_DIGIT = r"\d"
#: Stand for a branch anchored at a line's start (``^``, as the pattern's flags define it) or at
#: the text's start (``\\A``) among first characters: such a branch starts there, whatever follows.
_ANCHORS = MappingProxyType({"(^)": "^", "(\\A)": r"\A"})


def _lead_body(chars: set[str]) -> list[str]:
    """The alternatives of a lookahead for ``chars`` (first characters, :data:`_DIGIT` and
    :data:`_ANCHORS` among them): a class such as ``[\\dAa]``, then the anchors."""
    listed = sorted(c for c in chars if c not in _ANCHORS)
    body = ["[" + "".join(c if c == _DIGIT else re.escape(c) for c in listed) + "]"] if listed else []
    return body + [regex for anchor, regex in _ANCHORS.items() if anchor in chars]


def _add_char(chars: set[str], code: int) -> None:
    char = chr(code)
    chars.update(c for c in (char, char.lower(), char.upper()) if len(c) == 1)


def _firsts(items: list[tuple], chars: set[str], ignorecase: bool) -> bool:
    """Add the first characters of the sequence ``items`` to ``chars``; True when it may match nothing.

    Raises:
        ValueError: for an item whose first characters are not listed (a class, any character,
            a back reference) or a group that turns case folding on.
    """
    for op, arg in items:
        if op is sre.LITERAL:
            _add_char(chars, arg)
            return False
        if op is sre.AT and arg in (sre.AT_BEGINNING, sre.AT_BEGINNING_STRING):
            chars.add("(^)" if arg is sre.AT_BEGINNING else "(\\A)")  # "^[ \t]*Mitteilung": at a line's start
            return False
        if op is sre.IN:
            for kind, value in arg:
                if kind is sre.LITERAL:
                    _add_char(chars, value)
                elif kind is sre.RANGE and value[1] - value[0] < MAX_LEAD_RANGE:
                    for code in range(value[0], value[1] + 1):
                        _add_char(chars, code)
                elif kind is sre.CATEGORY and value is sre.CATEGORY_DIGIT:
                    chars.add(_DIGIT)  # the lookahead's \d means what the pattern's does
                else:
                    raise ValueError(f"no first characters of {kind}")
            return False
        if op is sre.BRANCH:
            empty = [_firsts(list(branch), chars, ignorecase) for branch in arg[1]]
            if not any(empty):
                return False
        elif op is sre.SUBPATTERN:
            if arg[1] & re.IGNORECASE and not ignorecase:
                raise ValueError("case folding turned on inside")  # "ſ" would match an "s"
            if not _firsts(list(arg[3]), chars, ignorecase):
                return False
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            if not _firsts(list(arg[2]), chars, ignorecase) and arg[0] > 0:
                return False
        elif op not in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):  # the zero-width ones match no character
            raise ValueError(f"no first characters of {op}")
    return True
