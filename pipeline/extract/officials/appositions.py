"""A full name in commas after a role phrase: "Der Präsident des Verbandes, Amadou Diallo, sagte".

German news names a holder after the office, as an apposition set off by commas. The apposition
itself shows it is a person's name, so a given name missing from the gazetteer (a foreign name
the statistical model may also miss) is found by the structure: a noun phrase headed by a role
title, a comma, two name words, a comma.
"""

from __future__ import annotations

from spacy.lang.de.stop_words import STOP_WORDS

from pipeline.extract.officials.name_words import is_family, is_name_word
from pipeline.lang.names import ADDRESS_WORDS
from pipeline.lang.roles import DETERMINERS
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.text.docview import DocView
from pipeline.text.lexicon import ADJ_ENDINGS, is_role_word

#: Tokens that end the phrase before the apposition (and line breaks): the role phrase lies within them.
_PHRASE_BOUNDS = frozenset({",", ".", ";", ":", "(", ")", "!", "?"})
#: The longest role phrase searched back from the comma ("Staatssekretär im Ministerium für …").
_MAX_PHRASE = 12


def apposition_spans(view: DocView, gaz: Gazetteer) -> list[tuple[int, int]]:
    """Token spans ``[start, end)`` of "Given Family" names in commas after a role phrase.

    Args:
        view: The article's words.
        gaz: The gazetteer (a place is no name word here: "Bürgermeister von Riesa, Bad Düben,").

    Returns:
        The spans in text order.
    """
    words = view.words
    spans = []
    for i in [k for k, w in enumerate(words) if w == ","]:
        if i + 3 >= len(words) or words[i + 3] != ",":
            continue
        given, family = words[i + 1], words[i + 2]
        if not (is_name_word(given) and is_family(given) and is_family(family)):
            continue
        if given in gaz.places or family in gaz.places or given in ADDRESS_WORDS:
            continue
        if _role_phrase_before(words, i):
            spans.append((i + 1, i + 3))
    return spans


def _role_phrase_before(words: list[str], comma: int) -> bool:
    """True when the phrase before ``comma`` opens with a role title, only an article or lower-case
    adjectives before it ("Der frühere Präsident …", "Staatssekretär im …")."""
    start = comma
    while (
        start > 0
        and comma - start < _MAX_PHRASE
        and words[start - 1] not in _PHRASE_BOUNDS
        and not words[start - 1].isspace()
    ):
        start -= 1
    for k in range(start, comma):
        if is_role_word(words[k]) and words[k][:1].isupper():
            opening = all(w in DETERMINERS or w.islower() or not w.isalnum() for w in words[start:k])
            return opening and _complement(words, k + 1, comma)
    return False


def _complement(words: list[str], start: int, end: int) -> bool:
    """True when words ``[start, end)`` after the title are its complement, no clause: nouns,
    function words, and adjectives before a noun ("im Ministerium für ländliche Entwicklung"), no
    verb ("Der Vorsitzende lobte die Vereine, …")."""
    for k in range(start, end):
        word = words[k]
        if not word.islower() or word in STOP_WORDS:
            continue
        if not (word.endswith(ADJ_ENDINGS) and words[k + 1][:1].isupper()):
            return False
    return True
