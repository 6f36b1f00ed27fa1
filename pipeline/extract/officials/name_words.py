"""What a single word can be in a person's name: a name word, a given name of the gazetteer, a
family name, a cue (form of address, title) a bare family name may follow. Finding whole names in
the text: :mod:`.names`."""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.de.stop_words import STOP_WORDS

from pipeline.lang.calendar import MONTH_NAMES, WEEKDAY_WORDS
from pipeline.lang.names import (
    ADDRESS_WORDS,
    ADJECTIVE_FORM,
    HONORIFIC_TOKENS,
    NAME_BLOCKERS,
    NOBLE_TITLES,
    NOUN_ENDINGS,
    PARTY_PREFIX,
)
from pipeline.lang.organisations import ORG_HEAD_WORDS
from pipeline.lang.places import TYPE_WORDS
from pipeline.lang.role_cues import GENERIC_ROLE_CUES
from pipeline.lang.roles import DETERMINERS, RANK_WORDS, ROLE_WORDS
from pipeline.lang.speech import DAY_TIMES
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.text.docview import DocView
from pipeline.text.lexicon import ADJ_ENDINGS, is_agent_noun, is_role_word

#: An initial standing for a name word ("Maria J. Schubert", "Andreas R.").
INITIAL = re.compile(r"^[A-ZÄÖÜ]\.$")
#: A Gaelic family name with its capital after "Mc" ("McAllister"), no acronym.
_GAELIC = re.compile(r"^Mc[A-Z][a-z]{2,}$")
#: A party's short name before a hyphen ("CSU-", "AfD-", "Grünen-"): its politician is a title.
_PARTY_PREFIX = re.compile(PARTY_PREFIX)


@lru_cache(maxsize=65536)
def is_name_word(text: str) -> bool:
    """A capitalised name word in any alphabet ("Weißbach", "Nováková", "Herold-Beckmann",
    "McAllister"), not an acronym ("ASSKomm") and not a number."""
    parts = text.split("-")
    return len(parts) <= 2 and all(
        len(p) >= 2 and p.isalpha() and p[0].isupper() and (p[1:].islower() or _GAELIC.match(p) is not None)
        for p in parts
    )


def is_family(text: str, *, cued: bool = False) -> bool:
    """A family name word; one shaped like a derived noun ("Hartung") only ``cued`` by a role."""
    if not is_name_word(text) or text in ROLE_WORDS or text in TYPE_WORDS or text in MONTH_NAMES:
        return False
    if text in ORG_HEAD_WORDS or text in ADDRESS_WORDS or text in NAME_BLOCKERS or is_role_word(text):
        return False
    if text in DETERMINERS:
        return False  # "Jens Albrecht Die Arbeit …": an article opening the next sentence
    return (cued or not text.casefold().endswith(NOUN_ENDINGS)) and not ADJECTIVE_FORM.search(text)


def is_given(text: str, gaz: Gazetteer) -> bool:
    """A given name of the gazetteer (each part of a hyphenated one), no function word or noble title."""
    if "-" not in text:  # the common case, tested for every capitalised word: one set lookup first
        return (
            text in gaz.given_names
            and text[:1].isupper()
            and text.casefold() not in STOP_WORDS
            and text not in NOBLE_TITLES
        )
    parts = text.split("-")
    if not text[:1].isupper() or text.casefold() in STOP_WORDS:
        return False  # "Von Seiten der Polizei": a sentence-initial function word
    return all(p in gaz.given_names for p in parts)


def gender_of(given: str, gaz: Gazetteer) -> str:
    """The gender the gazetteer gives the (first part of a) given name: "f", "m" or ""."""
    return gaz.given_names.get(given.split("-")[0], "")


def honorific_before(view: DocView, i: int) -> tuple[str | None, int]:
    """Academic titles right before token ``i`` and where they start."""
    j = i
    while j > 0 and view.words[j - 1] in HONORIFIC_TOKENS:
        j -= 1
    return (view.span_text(j, i) if j < i else None), j


@lru_cache(maxsize=65536)  # asked for every distinct capitalised word of every article
def is_cue(word: str) -> bool:
    """A word a bare family name may follow: "Herr", "Frau", a specific role title, a party's
    politician ("CSU-Politiker", only after a singular article: :func:`party_cue_fits`)."""
    return (
        word in ADDRESS_WORDS
        or word in RANK_WORDS
        or (
            is_role_word(word)
            and word not in GENERIC_ROLE_CUES
            and (not is_agent_noun(word) or _PARTY_PREFIX.match(word) is not None)
        )
    )


def party_cue_fits(words: list[str], i: int) -> bool:
    """True unless the cue at ``i`` is a party's agent noun without a singular article before it:
    "der CSU-Politiker Muster", not "die SPD-Politiker Bedenken" (a plural and its object); a
    military rank after no article or adjective ("bei General Motors"); a weekday's abbreviation
    beside another weekday or before a time of day ("Mi. und Fr. Abend")."""
    cue = words[i]
    if cue in WEEKDAY_WORDS:  # "Fr." for "Frau" or for Friday ("Mo. bis Fr. Vormittag")
        after = words[i + 1] if i + 1 < len(words) else ""
        return after.removesuffix("s") not in DAY_TIMES and not WEEKDAY_WORDS.intersection(
            words[max(0, i - 3) : i]
        )
    if cue in RANK_WORDS:
        return _after_article_or_adjective(words, i)
    if not is_agent_noun(cue):
        return True
    article = words[i - 1] if i > 0 else ""
    return article in ("der", "dem", "des") or (cue.endswith("in") and article in ("die", "Die"))


def _after_article_or_adjective(words: list[str], i: int) -> bool:
    """True when an article or an inflected adjective stands before the rank at ``i`` ("Der
    frühere General Muster"), no preposition ("bei General Motors")."""
    before = words[i - 1] if i > 0 else ""
    return before in DETERMINERS or (before.islower() and before.isalpha() and before.endswith(ADJ_ENDINGS))
