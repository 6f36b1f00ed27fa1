"""Titles shared by several names: a pair ("die beiden Bürgermeister A und B"), a plural
apposition ("A und B, die Bürgermeister"), a list after a group title ("– A (X), B (Y) –"), and
one person picked out of a group ("zwei Streetworker, einer davon ist A")."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from pipeline.extract.officials.anchors import after_parenthesis, name_after, name_before, sentence_bounds
from pipeline.extract.officials.names import NameMention
from pipeline.extract.officials.roles import RolePhrase
from pipeline.lang.role_cues import COPULAS, MAX_ONE_OF_GAP, ONE_OF
from pipeline.lang.roles import DETERMINERS, OFFICE_NAMES
from pipeline.text.docview import doc_view
from pipeline.text.lexicon import adjective, is_role_word, role_base

#: Words that count two people under one title ("die beiden Bürgermeister A und B").
PAIR_WORDS = frozenset({"beiden", "beide", "zwei"})
#: Most words of a pick out of a group ("einer von ihnen").
_LONGEST_PICK = max(len(words) for words in ONE_OF)


def pair(
    doc: Doc, phrase: RolePhrase, k: int, names: Sequence[NameMention], by_start: dict[int, int]
) -> list[int]:
    """ "die beiden Bürgermeister A und B", "die Bürgermeister A und B": a title counted for two
    names, or in the plural, gives both of them."""
    words = doc_view(doc).words
    counted = any(doc[i].lower_ in PAIR_WORDS for i in range(max(0, phrase.start - 2), phrase.end))
    if not counted and not plural(doc, phrase):
        return []
    after = after_parenthesis(doc, names[k].tok_end)  # "die Abgeordneten A (MdL) und B (CDU)"
    if after < len(doc) and words[after] in ("und", "sowie"):
        other = name_after(doc, after + 1, by_start)
        if other is not None and (counted or not _one_woman(doc, phrase, names[k], names[other])):
            return [k, other]
    return []


def _one_woman(doc: Doc, phrase: RolePhrase, first: NameMention, second: NameMention) -> bool:
    """ "die OB Kerstin Muster und Tom Probe": "die" before an abbreviated title, which has no
    feminine form, is the singular of the woman it names when a man follows her; a plural would
    count them ("die beiden OB")."""
    head = next((t.text for t in doc[phrase.start : phrase.end] if is_role_word(t.text)), "")
    abbreviated = head in OFFICE_NAMES or (len(head) > 1 and head.isupper())
    return abbreviated and first.gender == "f" and second.gender == "m"


def plural(doc: Doc, phrase: RolePhrase) -> bool:
    """ "die Bürgermeister": "die" before a masculine title is the plural ("die Bürgermeisterin",
    "die Vorsitzende" are one woman)."""
    if not phrase.has_determiner or doc[phrase.start].lower_ != "die":
        return False
    head = next((t.text for t in doc[phrase.start : phrase.end] if is_role_word(t.text)), "")
    return bool(head) and (not head.endswith(("in", "e")) or role_base(head) != head)  # "die Stadträte"


def coordinated(doc: Doc, k: int, names: Sequence[NameMention], by_end: dict[int, int]) -> list[int]:
    """ "A und B, die Bürgermeister ...": a plural apposition describes both names."""
    words = doc_view(doc).words
    start = names[k].tok_start
    if start > 1 and words[start - 1] in ("und", "sowie"):
        other = name_before(doc, start - 1, by_end)
        if other is not None:
            return [other, k]
    return [k]


def town_like(doc: Doc, i: int) -> bool:
    """A bracket opening with a capitalised word ("(Aue)"), not an acronym of a party or an
    office ("(CDU)", "(MdL)") nor a lower-case label ("(parteilos)")."""
    words = doc_view(doc).words
    word = words[i] if i < len(doc) else ""
    return word[:1].isupper() and sum(c.isupper() for c in word) < 2


def listed(
    doc: Doc, i: int, by_start: dict[int, int], names: Sequence[NameMention], with_places: bool = False
) -> list[int]:
    """Names of a list after a group title: "– A (X), B (Y) und C (Z) –".

    With ``with_places`` every item must carry its town in parentheses (a list of mayors),
    so that an ordinary enumeration of people does not inherit the first one's title.
    """
    words = doc_view(doc).words
    found = []
    while i < len(doc):
        k = name_after(doc, i, by_start)
        if k is None:
            break
        i = names[k].tok_end
        if with_places and (i >= len(doc) or words[i] != "(" or not town_like(doc, i + 1)):
            break
        if i < len(doc) and words[i] == "(":
            while i < len(doc) and words[i] != ")":
                if is_role_word(words[i]):
                    return found if len(found) > 1 else []  # the item names its own office
                i += 1
            i += 1
        found.append(k)
        if i < len(doc) and words[i] in (",", "und", "sowie"):
            i += 1
        else:
            break
    return found if len(found) > 1 else []


def one_of(doc: Doc, phrase: RolePhrase, by_start: dict[int, int]) -> list[int]:
    """ "Im Viertel sind zwei Streetworker unterwegs, einer davon ist Karl Muster": a person picked
    out of the group a plural role names holds that role."""
    view = doc_view(doc)
    sent_end = sentence_bounds(doc, phrase.start)[1]
    # the words the group's picks may span, lowered once as ``Token.lower_`` (``str.lower``) has them
    lowered = [w.lower() for w in view.words[phrase.end : phrase.end + MAX_ONE_OF_GAP + _LONGEST_PICK]]
    for i in range(phrase.end, min(phrase.end + MAX_ONE_OF_GAP, sent_end)):
        for words in ONE_OF:
            j = i + len(words)
            picked = tuple(lowered[i - phrase.end : j - phrase.end]) == words
            if picked and j < sent_end and view.words[j] in COPULAS:
                k = name_after(doc, j + 1, by_start)
                return [k] if k is not None else []
    return []


def names_listed_after(doc: Doc, i: int, names: Sequence[NameMention], by_start: dict[int, int]) -> list[int]:
    """The names of a list from token ``i`` on, each with its own article, adjectives and titles
    or not ("der Oberbürgermeisterin A und dem Polizeipräsidenten B", "A, B und C")."""
    words = doc_view(doc).words
    found: list[int] = []
    while i < len(doc):
        while i < len(doc) and (words[i] in DETERMINERS or adjective(words[i])):
            i += 1
        k = name_after(doc, i, by_start, titles=True)
        if k is None:
            break
        found.append(k)
        i = after_parenthesis(doc, names[k].tok_end)
        if i >= len(doc) or words[i] not in (",", "und", "sowie"):
            break
        i += 1
    return found


def plural_apposition(
    doc: Doc, phrase: RolePhrase, names: Sequence[NameMention], by_start: dict[int, int]
) -> list[int]:
    """ "Die beiden Vorsitzenden, A und B, …", "mit den Vorsitzenden des Rates, der
    Oberbürgermeisterin A und dem Polizeipräsidenten B": a plural role before a comma and a list
    of two or more names is each one's."""
    words = doc_view(doc).words
    counted = any(doc[i].lower_ in PAIR_WORDS for i in range(max(0, phrase.start - 2), phrase.end))
    article = words[phrase.start].lower() if phrase.has_determiner else ""
    if (
        phrase.end >= len(doc)
        or words[phrase.end] != ","
        or not (counted or article == "den" or plural(doc, phrase))
    ):
        return []
    found = names_listed_after(doc, phrase.end + 1, names, by_start)
    return found if len(found) > 1 else []
