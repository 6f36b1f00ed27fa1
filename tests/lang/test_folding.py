"""Tests of case folding: the rules fold a word with ``str.casefold`` (which spells ß as ss) before
they look it up, and the word lists they look words up in are folded the same way, so that words
with ß are found ("dreißig", "Große Kreisstadt", "Straßenmeisterin", "anschließen")."""

from __future__ import annotations

from collections.abc import Iterable

import pytest

from pipeline.extract.date_patterns import SEQUENCE_ORDINALS
from pipeline.lang.attribution_forms import (
    AS_PUT_VERBS,
    CITING_VERBS,
    DEMONSTRATIVES,
    FRAMING_VERBS,
    NAMING_VERBS,
    NOT_INVERTED_VERBS,
    OBJECT_DETERMINERS,
    PASSIVE_AUXILIARIES,
    REPORTED_SPEECH_VERBS,
    SAYING_VERBS,
    STATEMENT_NOUNS,
    VERB_PARTICLES,
)
from pipeline.lang.calendar import MONTHS
from pipeline.lang.joining_vetoes import INFINITIVES
from pipeline.lang.numbers import FOLDED_NUMBER_WORDS, number_value
from pipeline.lang.organisations import ORG_HEAD_SUFFIXES
from pipeline.lang.places import TYPE_WORDS
from pipeline.lang.pull_quotes import EVALUATIVE_WORDS
from pipeline.lang.quotes import CONTINUATION_WORDS
from pipeline.lang.speech import CLAUSE_OPENERS, CLAUSE_TAIL, SPEAKER_LEADERS, SPEECH_VERBS
from pipeline.text.lexicon import feminine_role, is_role_word


@pytest.mark.parametrize(
    "table",
    [
        pytest.param(FOLDED_NUMBER_WORDS, id="number words"),
        pytest.param(SEQUENCE_ORDINALS, id="sequence ordinals"),
        pytest.param(MONTHS, id="months"),
        pytest.param(INFINITIVES, id="joining infinitives"),
        pytest.param(ORG_HEAD_SUFFIXES, id="organisation heads"),
        pytest.param(CONTINUATION_WORDS, id="quote continuations"),
        pytest.param(SPEECH_VERBS, id="speech verbs"),
        pytest.param(SPEAKER_LEADERS, id="speaker leaders"),
        pytest.param(CLAUSE_OPENERS, id="clause openers"),
        pytest.param(CLAUSE_TAIL, id="clause tails"),
        pytest.param(EVALUATIVE_WORDS, id="evaluative words"),
        pytest.param(NOT_INVERTED_VERBS, id="verbs that attribute no quote"),
        pytest.param(NAMING_VERBS, id="naming verbs"),
        pytest.param(VERB_PARTICLES, id="verb particles"),
        pytest.param(REPORTED_SPEECH_VERBS, id="reported speech verbs"),
        pytest.param(AS_PUT_VERBS, id="as-put verbs"),
        pytest.param(DEMONSTRATIVES, id="demonstratives"),
        pytest.param(FRAMING_VERBS, id="framing verbs"),
        pytest.param(SAYING_VERBS, id="saying verbs"),
        pytest.param(CITING_VERBS, id="citing verbs"),
        pytest.param(PASSIVE_AUXILIARIES, id="passive auxiliaries"),
        pytest.param(OBJECT_DETERMINERS, id="object determiners"),
        pytest.param(STATEMENT_NOUNS, id="statement nouns"),
    ],
)
def test_tables_looked_up_folded_hold_folded_words(table: Iterable[str]) -> None:
    assert [w for w in table if w != w.casefold()] == []


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("dreißig", 30),
        ("Dreißig", 30),
        ("DREISSIG", 30),
        ("dreissig", 30),  # the Swiss spelling
        ("einunddreißig", 31),
        ("Sechsunddreißig", 36),
        ("dreißigste", 30),
        ("Dreißigsten", 30),
        ("zwölf", 12),
        ("Erste", 1),
        ("53.", 53),
        ("Straße", None),
        ("dreißigmal", None),
    ],
)
def test_number_words_with_sharp_s(word: str, value: int | None) -> None:
    assert number_value(word) == value


@pytest.mark.parametrize(
    ("word", "folded"),
    [
        ("dreißigsten", True),
        ("Dreißigste", True),
        ("letzten", True),
        ("Straße", False),
    ],
)
def test_sequence_ordinals_with_sharp_s(word: str, folded: bool) -> None:
    assert (word.casefold() in SEQUENCE_ORDINALS) is folded


@pytest.mark.parametrize(
    ("word", "month"),
    [("März", 3), ("MÄRZ", 3), ("Maerz", 3), ("Jänner", 1), ("Dezember", 12), ("DEZ", 12)],
)
def test_month_names_in_any_case(word: str, month: int) -> None:
    assert MONTHS[word.casefold()] == month


@pytest.mark.parametrize(
    ("word", "role"),
    [
        ("Straßenmeister", True),
        ("Straßenmeisterin", True),
        ("Außenministerin", True),
        ("Außenstellenleiter", True),
        ("Großstadtbeauftragte", True),
        ("Straße", False),
        ("Großstadt", False),
    ],
)
def test_role_nouns_with_sharp_s(word: str, role: bool) -> None:
    assert is_role_word(word) is role


@pytest.mark.parametrize(
    ("role", "female"),
    [("Straßenmeister", "Straßenmeisterin"), ("Außenstellenleiter", "Außenstellenleiterin")],
)
def test_feminine_of_role_nouns_with_sharp_s(role: str, female: str) -> None:
    assert feminine_role(role) == female


@pytest.mark.parametrize(
    ("words", "kind"),
    [("Große Kreisstadt", "municipality"), ("Kreisstadt", "municipality"), ("Landkreis", "district")],
)
def test_town_qualifiers_are_type_words(words: str, kind: str) -> None:
    assert TYPE_WORDS[words] == kind


@pytest.mark.parametrize(
    ("word", "head"),
    [("Hauptstraße", True), ("Bahnhofstrasse", True), ("HAUPTSTRASSE", True), ("Straßenfest", False)],
)
def test_organisation_heads_with_sharp_s(word: str, head: bool) -> None:
    assert word.casefold().endswith(ORG_HEAD_SUFFIXES) is head


def test_joining_infinitives_with_sharp_s() -> None:
    assert {"anschließen".casefold(), "abschließen".casefold(), "beitreten"} <= INFINITIVES
