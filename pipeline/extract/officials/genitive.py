"""A name in the genitive before the noun it governs ("Hermann Müllers Rede", "Johannes Keplers
Entdeckung"): the person is Hermann Müller, not "Hermann Müllers".

German marks the genitive of a name with a bare "-s" (an apostrophe only after s, ß, x, z:
"Hans Fuchs' Rede"). A family name may end in "-s" itself (Peters, Jakobs, Fuchs), so the ending
is taken off only where the structure says it is the case ending: the name stands before a noun
and is written with the "-s" nowhere else, or the article names the person without it too.
"""

from __future__ import annotations

from dataclasses import replace

from spacy.lang.de.stop_words import STOP_WORDS

from pipeline.extract.officials.names import NameMention
from pipeline.lang.names import (
    ADDRESS_WORDS,
    HONORIFIC_TOKENS,
    NAME_BLOCKERS,
    NOUN_ARTICLES,
    PERSON_NOUN_ENDINGS,
    RELATION_NOUNS,
)
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.text.docview import DocView
from pipeline.text.lexicon import adjective, is_role_word

#: Stem endings after which a genitive takes an apostrophe, not "-s" ("Fuchs'"), or whose "-s"
#: belongs to the name ("Haas", "Kraus", "Julius"): such a name keeps its "s".
_KEEPS_S = ("s", "ß", "x", "z", "ch", "aa", "ee", "oo", "au", "u")
#: Tokens that close the phrase a genitive name ends.
_PHRASE_ENDS = frozenset({".", ",", ";", ":", "!", "?", ")"})
#: Shortest stem a genitive "-s" is taken from ("Ecks" stays, "Keplers" -> "Kepler").
MIN_STEM = 4


def in_nominative(view: DocView, mention: NameMention, gaz: Gazetteer) -> NameMention:
    """``mention`` without the genitive "-s" of its family name, where the structure shows one.

    Args:
        view: The article's words.
        mention: A full name in running text.
        gaz: The gazetteer (a given name or a place ending in "-s" is no genitive: "Klaus").

    Returns:
        The mention with name, family and end in the nominative, or ``mention`` unchanged.
    """
    family = mention.family
    if mention.tok_end < 0 or mention.source != "text" or not _genitive_form(family, gaz):
        return mention
    words = view.words
    stem = family[:-1]
    if not (
        _named_without_s(words, stem, words[mention.tok_start])
        or _governs_noun(words, mention, gaz)
        or _follows_noun(words, mention, gaz)
    ):
        return mention
    return replace(mention, end=mention.end - 1, name=mention.name[:-1], family=stem)


def _genitive_form(family: str, gaz: Gazetteer) -> bool:
    stem = family[:-1]
    return (
        family.endswith("s")
        and len(stem) >= MIN_STEM
        and not stem.casefold().endswith(_KEEPS_S)
        and family not in gaz.given_names
        and family not in gaz.places
    )


def _named_without_s(words: list[str], stem: str, given: str) -> bool:
    """True when the article names the person without the "-s" too: the same given name or a
    form of address or a title before the stem ("Hermann Müller", "Herr Müller")."""
    return any(
        word == stem and k > 0 and (words[k - 1] in (given, *ADDRESS_WORDS) or is_role_word(words[k - 1]))
        for k, word in enumerate(words)
    )


def _follows_noun(words: list[str], mention: NameMention, gaz: Gazetteer) -> bool:
    """True when the name closes a phrase after an article and a noun ("zu den Reden Helmut
    Kohls.", "das Werk Thomas Manns,"): German puts a name's genitive after the noun too. The
    article never writes the family name with its "-s" elsewhere; a relation or a title before
    the name, or a noun of a person, is its apposition ("die Schwester Jana Peters", "dem Schäfer
    Jan Jakobs")."""
    start, end = mention.tok_start, mention.tok_end
    if start < 2 or words[start - 2] not in NOUN_ARTICLES or words.count(mention.family) > 1:
        return False
    if end < len(words) and words[end] not in _PHRASE_ENDS and not words[end].isspace():
        return False
    noun = words[start - 1]
    return _common_noun(noun, gaz) and noun not in RELATION_NOUNS and not noun.endswith(PERSON_NOUN_ENDINGS)


def _common_noun(noun: str, gaz: Gazetteer) -> bool:
    """A capitalised common noun: no title, name, place, form of address or function word."""
    return (
        noun[:1].isupper()
        and not is_role_word(noun)
        and noun.isalpha()
        and noun.casefold() not in STOP_WORDS
        and noun not in gaz.given_names
        and noun not in gaz.places
        and noun not in ADDRESS_WORDS
        and noun not in HONORIFIC_TOKENS
        and noun not in NAME_BLOCKERS
    )


def _governs_noun(words: list[str], mention: NameMention, gaz: Gazetteer) -> bool:
    """True when a noun follows the name, adjectives between ("Keplers einzigartige Entdeckung"),
    and the article never writes the family name with its "-s" elsewhere (a name of its own:
    "Jana Peters sagte"). A title after it is an apposition without its comma ("Uwe Peters
    Bürgermeister der Stadt"), no noun the name governs."""
    i = mention.tok_end
    while i < len(words) and adjective(words[i]):
        i += 1
    if i >= len(words) or words.count(mention.family) > 1:
        return False
    return _common_noun(words[i], gaz)
