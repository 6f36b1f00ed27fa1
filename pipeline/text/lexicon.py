"""Word classes of the role lexicon (:mod:`pipeline.lang.roles`, :mod:`pipeline.lang.role_endings`),
shared by every extractor.

A role word is a title, office, rank or function ("Bürgermeisterin", "OB", "Polizeihauptkommissar"),
recognised as a listed word or by the ending of a compound, in any case form ("des Moderators").
An office word of a speaker phrase is a role word or a word that qualifies one ("Sachsens",
"Erster"): dropped from the phrase, the name remains.
"""

from __future__ import annotations

from functools import lru_cache

from pipeline.lang.names import FAMILY_NAME_ROLES
from pipeline.lang.professions import PROFESSION_SUFFIXES
from pipeline.lang.role_cues import FEMININE_ENDINGS, GENDERLESS_ENDINGS, RANKING_LEADER_ENDINGS
from pipeline.lang.role_endings import AGENT_SUFFIXES, ROLE_SUFFIXES
from pipeline.lang.roles import (
    MINISTRY_OFFICES,
    NOT_ROLES,
    OFFICE_NAMES,
    OFFICE_QUALIFIERS,
    ROLE_MODIFIERS,
    ROLE_WORDS,
)

#: Endings of agent nouns and professions: roles, but no title before a bare family name.
_AGENT_ENDINGS = AGENT_SUFFIXES + PROFESSION_SUFFIXES


#: Endings of role nouns formed from adjectives or participles ("die Vorsitzende", "der Beauftragte").
_ADJECTIVAL = (
    "vorsitzende",
    "beauftragte",
    "abgeordnete",
    "beigeordnete",
    "bedienstete",
    "verantwortliche",
    "delegierte",
)


#: Every ending of a role word, in one tuple for one ``endswith`` call.
_ROLE_ENDINGS = ROLE_SUFFIXES + _AGENT_ENDINGS


def _is_base_role(text: str) -> bool:
    folded = text.casefold()
    return text in ROLE_WORDS or (
        folded.endswith(_ROLE_ENDINGS) and not folded.endswith(RANKING_LEADER_ENDINGS)
    )


def is_agent_noun(text: str) -> bool:
    """True for a role word formed as an agent noun ("Projektmitarbeiterin"), not an office title."""
    base = role_base(text)
    return base is not None and base not in ROLE_WORDS and base.casefold().endswith(_AGENT_ENDINGS)


@lru_cache(maxsize=65536)
def role_base(text: str) -> str | None:
    """The nominative singular of a role word ("Moderators", "Bürgermeistern" -> base), or None."""
    if text in NOT_ROLES or not text[:1].isupper() or text.partition("-")[2] in FAMILY_NAME_ROLES:
        return None  # "Meyer-Richter": a double family name, its second part a family name too
    if _is_base_role(text):
        # "Vorsitzenden", "Beauftragten": a nominalised adjective in the oblique case
        weak = text[:-1] if text.endswith("en") and text[:-1].casefold().endswith(_ADJECTIVAL) else None
        return weak or text
    if text.endswith("em") and text[:-1].casefold().endswith(_ADJECTIVAL) and _is_base_role(text[:-2] + "er"):
        return text[:-2] + "er"  # "(mit) Vorsitzendem": the strong dative of a nominalised adjective
    for ending in ("s", "n", "en"):  # genitive and dative/plural forms
        base = text[: -len(ending)]
        if text.endswith(ending) and len(base) > 3 and _is_base_role(base) and base not in NOT_ROLES:
            return base
    # plurals that change more: "Stadträte" (-rat), "Bürgermeisterinnen" (-in)
    base = text[:-4] + "rat" if text.endswith("räte") else text[:-3] if text.endswith("innen") else ""
    if len(base) > 3 and _is_base_role(base) and base not in NOT_ROLES:
        return base
    return _hyphen_compound_base(text)


def _hyphen_compound_base(text: str) -> str | None:
    """ "Alt-OB", "CDU-Landrat", "Ex-Landrats": a compound whose last part is a role word."""
    head, _, tail = text.rpartition("-")
    if not head or not tail[:1].isupper():
        return None
    base = role_base(tail)
    return head + "-" + base if base is not None else None


@lru_cache(maxsize=65536)  # asked for nearly every token: one cached call instead of two
def is_role_word(text: str) -> bool:
    """True for a role title in any case form ("Bürgermeisterin", "OB", "des Moderators")."""
    return role_base(text) is not None


def is_office_word(word: str) -> bool:
    """True for a word of an office in a speaker phrase (`Innenminister`, `OB`, `Sachsens`, `Erster`),
    with surrounding punctuation."""
    bare = word.strip(".,()")
    return is_role_word(bare) or bare.casefold() in OFFICE_QUALIFIERS


def canonical_role(role: str) -> str:
    """The head of a role in a canonical form, for comparing and counting roles.

    The head noun in the nominative ("des Bürgermeisters" -> "Bürgermeister"), a short or
    colloquial office name expanded ("OBM" -> "Oberbürgermeister"), a minister named by the
    ministry given its usual title ("Staatsministerin des Innern" -> "Innenministerin"); the
    words around the head (complements, qualifiers) are dropped.
    """
    words = [w.strip(",.()") for w in role.split()]
    heads = [i for i, w in enumerate(words) if role_base(w) is not None]
    if not heads:
        return role.strip()
    head = role_base(words[heads[0]]) or words[heads[0]]
    head = OFFICE_NAMES.get(head, head)
    if head.casefold().startswith("staatsminister"):
        feminine = head.endswith("in")
        for word in words[heads[0] + 1 :]:
            office = MINISTRY_OFFICES.get(word.casefold())
            if office:
                return office + ("in" if feminine else "")
    return head


def feminine_role(role: str) -> str:
    """The role with its head in the feminine form, for a woman the text gives a role in the
    masculine or generic form ("Bürgermeister der Stadt X" -> "Bürgermeisterin der Stadt X",
    "Landtagsabgeordneter" -> "Landtagsabgeordnete", "Landrat" -> "Landrätin").

    An inflected head ("des Bürgermeisters"), a head already feminine or without a feminine
    form ("Vorsitzende", "Coach"), and a head whose feminine is no role word stay as written.
    """
    words = role.split(" ")
    for i, word in enumerate(words):
        base = role_base(word)
        if base is None:
            continue
        if base != word or word.endswith(GENDERLESS_ENDINGS):
            return role
        folded = word.casefold()
        ending = next((e for e in FEMININE_ENDINGS if folded.endswith(e)), "")
        female = word[: len(word) - len(ending)] + FEMININE_ENDINGS[ending] if ending else word + "in"
        female = word[:1] + female[1:]  # "Beamter" -> "Beamtin", not "beamtin"
        if not is_role_word(female):
            return role
        # a strong adjective before the head agrees: "stellvertretender Bürgermeister"
        before = [w[:-1] if w.islower() and w.endswith("er") and len(w) > 4 else w for w in words[:i]]
        return " ".join([*before, female, *words[i + 1 :]])
    return role


def masculine_role(role: str) -> str:
    """The role with a nominalised adjective as its head in the strong masculine form, for a man
    the text names with an article ("der Vorsitzende des Rates" -> "Vorsitzender des Rates",
    "Beauftragte" -> "Beauftragter"); any other role stays as written."""
    words = role.split(" ")
    for i, word in enumerate(words):
        if role_base(word) is None:
            continue
        if word.endswith("e") and word.casefold().endswith(_ADJECTIVAL):
            # the adjectives before it agree: "stellvertretende Vorsitzende" -> "stellvertretender Vorsitzender"
            before = [
                w + "r" if w.endswith("e") and (w.islower() or w in ROLE_MODIFIERS) else w for w in words[:i]
            ]
            return " ".join([*before, word + "r", *words[i + 1 :]])
        return role
    return role


#: The endings of an inflected adjective ("sächsischen", "erfahrene").
ADJ_ENDINGS = ("e", "en", "er", "es", "em")


def adjective(text: str) -> bool:
    """ "sächsischen", "erfahrene": an inflected adjective in lower case."""
    return text.isalpha() and text.islower() and text.endswith(ADJ_ENDINGS) and len(text) > 3


def demonym(text: str) -> bool:
    """ "Krauschwitzer", "Freiberger": a town adjective before a title (not part of the role)."""
    return len(text) > 4 and text[:1].isupper() and text.endswith("er") and text not in ROLE_MODIFIERS
