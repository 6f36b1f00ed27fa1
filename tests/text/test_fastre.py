"""Tests of the regex helpers: trie alternations match exactly the words, longest first."""

from __future__ import annotations

import difflib
import re

import pytest

from pipeline.lang.numbers import CARDINALS, ORDINALS
from pipeline.text.fastre import (
    alternatives_lead,
    closest_name,
    lead,
    led_groups,
    with_lead,
    word_alternation,
)


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


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?<![\w.])\d{1,2}\.\d{1,2}\.(?:\d{4})?", "am 1.2.2023 und 3.4. sowie x5.6. und 7.8.9.10."),
        (r"\b\d+ Kommunen\b", "29 Kommunen, 3 Städte, 12 Kommunen und 4 Kommunenverbände"),
        (r"\d*", "a1b22c"),  # empty matches advance by one, as in finditer
    ],
)
def test_matches_at_number_starts_equals_finditer(pattern: str, text: str) -> None:
    from pipeline.text.fastre import matches_at

    compiled = re.compile(pattern)
    starts = range(len(text) + 1)  # every position: the result must be finditer's
    assert [m.span() for m in matches_at(compiled, text, starts)] == [
        m.span() for m in compiled.finditer(text)
    ]
    digits = [m.start() for m in re.finditer(r"(?<![\w.])\d", text)]
    if pattern.startswith(r"(?<![\w.])"):  # every match starts at a number: those starts suffice
        assert [m.span() for m in matches_at(compiled, text, digits)] == [
            m.span() for m in compiled.finditer(text)
        ]


def test_matches_at_sees_the_text_before_a_start() -> None:
    from pipeline.text.fastre import matches_at

    # the lookbehind rejects "5" in "x5": the text before the start is seen, not cut off
    assert [m.group() for m in matches_at(re.compile(r"(?<![a-z])\d"), "x5 6", [1, 3])] == ["6"]


_TOWNS = (
    "Sächsische Schweiz-Osterzgebirge",
    "Görlitz",
    "Bautzen",
    "Meißen",
    "Mittelsachsen",
    "Zwickau",
    "Erzgebirgskreis",
)


@pytest.mark.parametrize(
    ("word", "cutoff"),
    [
        ("Sächsische Schweiz-Ostergebirge", 0.88),  # one letter missing: found
        ("Mittelsachsn", 0.88),
        ("Görlitz", 0.88),  # exact
        ("Bautzener Land", 0.88),  # too long to be close: nothing
        ("Zwi", 0.5),
        ("", 0.6),
        ("Erzgebirge", 0.0),  # every name is close enough: the closest wins
    ],
)
def test_closest_name_equals_difflib(word: str, cutoff: float) -> None:
    expected = difflib.get_close_matches(word, list(_TOWNS), n=1, cutoff=cutoff)
    assert closest_name(word, _TOWNS, cutoff) == expected
    assert closest_name(word, _TOWNS, cutoff) == expected  # and again, from the grouped names


def test_closest_name_of_other_names_is_not_confused() -> None:
    assert closest_name("Bautzn", ("Bautzen",), 0.8) == ["Bautzen"]
    assert closest_name("Bautzn", ("Pirna",), 0.8) == []


_SAMPLE = (
    "Pressemitteilung vom 3. Mai 2022. Die Stadt tritt bei.\n  Mitteilung des Rates vom 4. Mai\n"
    "Wir nutzen Cookies. Die Datenschutzerklärung finden Sie hier. ſtraße STRASSE straße 2021\n"
    "Stand 12. KW, 3.KW 2022, kalenderwoche 9; Preis 1,50 EUR, 20€, ٣. KW"
)


@pytest.mark.parametrize(
    ("pattern", "leads"),
    [
        (re.compile(r"(?<![\w-])(?:Presse)?[Mm]itteilung\s+(?:vom|des)"), True),
        (re.compile(r"^[ \t]*(?:Presse)?mitteilung\b", re.MULTILINE | re.IGNORECASE), True),
        (re.compile(r"\bCookies?\b|Datenschutzerklärung|\bimg Tag\b", re.IGNORECASE), True),
        (re.compile(r"(?:herzlich\s+)?[Ww]illkommen|Stra(?-i:ß)e", re.IGNORECASE), True),
        (re.compile(r"[a-z]{2}(?:ß|ss)e"), True),
        (re.compile(r"stra(?i:ße)"), True),  # case folding only after the first letter
        (re.compile(r"(?i:s)traße"), False),  # folded first letter: "ſtraße" matches, no lead
        (re.compile(r"[\w-]*Mitglied|Teil"), False),  # a class opens a branch: no lead
        (re.compile(r"(?<![\d.])\d{1,2}\.\s?KW|Kalenderwoche", re.IGNORECASE), True),  # a digit leads
        (re.compile(r"(?<!\d)[\d,]+\s*(?:EUR|€)"), True),
        (re.compile(r"[^\d]2021"), False),  # a negated class: no lead
        # a branch anchored at a line's start may start there with anything ("  Mitteilung")
        (re.compile(r"Datenschutz|^[ \t]*Mitteilung\s+des", re.MULTILINE), True),
        (re.compile(r"Cookies|^[ \t]*Mitteilung\s+des"), True),  # "^" of the text only
        (re.compile(r"Stand|\A\s*Pressemitteilung", re.IGNORECASE), True),
        (re.compile(r"^\d+\s*Min\.?$"), False),  # anchored at the start: tried there alone
        (re.compile(r"x*"), False),  # matches nothing: everywhere
        (re.compile(r".ass"), False),
    ],
)
def test_with_lead_finds_the_same_matches(pattern: re.Pattern[str], leads: bool) -> None:
    faster = with_lead(pattern)
    assert (faster is not pattern) is leads
    assert faster.flags == pattern.flags
    assert [m.span() for m in faster.finditer(_SAMPLE)] == [m.span() for m in pattern.finditer(_SAMPLE)]
    assert [m.groups() for m in faster.finditer(_SAMPLE)] == [m.groups() for m in pattern.finditer(_SAMPLE)]


_GROUPS = (
    ("join", (r"beitr(?:itt|eten|at|aten)", r"Beitritt\w*", r"mit\s+im\s+Boot")),
    ("part", (r"(?:ist|sind)\s+(?:[\w-]+\s+){0,4}?Teil\s+der", r"(?:[\w-]*Mitglied|Teil)\s+(?:des|der)")),
    ("agreed", (r"(?:ab)?geschlossen", r"(?-i:schlo(?:ss|ß)(?:en)?)")),
    ("welcome", (r"(?:herzlich\s+)?[Ww]illkommen",)),
)
_JOINING_TEXT = (
    "Die Stadt ist seit Mai Teil der Allianz. Neumitglied Pirna, Vereinsmitglied des Netzes; der "
    "Beitritt wurde beschlossen, sie schloss sich an und SCHLOSS ab. Herzlich willkommen, ſchloss! "
    "Sie tritt bei, ist mit im Boot; das Mitglied der Runde, Ratsmitglied des Kreises, Teil des Ganzen."
)


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
@pytest.mark.parametrize("text", [_JOINING_TEXT, _SAMPLE, "Mitglied der Allianz", ""])
def test_alternatives_lead_finds_the_same_matches(flags: int, text: str) -> None:
    plain = re.compile(
        r"(?<![\w-])(?:" + "|".join(f"(?P<{n}>{'|'.join(a)})" for n, a in _GROUPS) + r")(?![\w-])", flags
    )
    led = re.compile(rf"(?<![\w-]){led_groups(_GROUPS, flags)}(?![\w-])", flags)
    found = [(m.span(), m.lastgroup) for m in led.finditer(text)]
    assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)]
    if text == _JOINING_TEXT:  # every group found something (also where its lookahead lists no letter)
        assert {kind for _, kind in found} == {"join", "part", "agreed", "welcome"}


@pytest.mark.parametrize(
    ("alternatives", "flags", "expected"),
    [
        ((r"beitr\w*", r"mit\s+im"), re.IGNORECASE, "(?=[BMbm])"),
        ((r"beitr\w*", r"Mit\s+im"), 0, "(?=[BMbm])"),  # both cases: a cheap superset
        ((r"ist", r"[\w-]*Mitglied"), 0, r"(?=[Ii]|(?:[\w-]*Mitglied))"),  # a class: the alternative itself
        ((r"x*", r"[\w-]*Mitglied"), 0, ""),  # nothing to list: no lookahead
        ((r"(?i:s)traße", r"Teil"), 0, r"(?=[Tt]|(?:(?i:s)traße))"),  # folded inside: kept whole
    ],
)
def test_alternatives_lead_lists_first_letters(
    alternatives: tuple[str, ...], flags: int, expected: str
) -> None:
    assert alternatives_lead(alternatives, flags) == expected
