"""Names in a list: a span the statistical model tags as a person counts as one when it stands in a
list beside a name already found ("Simon Fischhaber (30.), Greg Leeb (43.) und Adrian Grygiel"):
items of one list are of one kind, so a given name missing from the gazetteer is still a name."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

#: Words that join the items of a list of names.
LIST_JOINTS = frozenset({",", "und", "sowie"})
#: Most tokens of a bracket after a list item ("(30.)", "(Bürgermeister Kottmar)").
MAX_BRACKET = 6


def beside_listed(doc: Doc, start: int, end: int, ends: Collection[int], starts: Collection[int]) -> bool:
    """True when tokens ``start:end`` are an item of a list of names and a name found before
    (ending at a token of ``ends``) or after (starting at one of ``starts``) is its neighbour; an
    item goes on with a bracket, a punctuation mark or the next joint, not with its own verb."""
    k = _bracket_end(doc, end)
    if k < len(doc) and not (doc[k].is_punct or doc[k].text in LIST_JOINTS):
        return False  # "A und Hate Speech war Thema": a clause of its own
    i = start - 1
    if i > 0 and doc[i].text in LIST_JOINTS:
        j = _bracket_start(doc, i - 1)
        if j in ends:
            return True
    return k + 1 < len(doc) and doc[k].text in LIST_JOINTS and k + 1 in starts


def _bracket_start(doc: Doc, i: int) -> int:
    """The token after the item before a bracket ending at token ``i``, or ``i + 1`` without one."""
    if doc[i].text != ")":
        return i + 1
    for j in range(i - 1, max(-1, i - MAX_BRACKET), -1):
        if doc[j].text == "(":
            return j
    return i + 1


def _bracket_end(doc: Doc, k: int) -> int:
    """The token after a bracket opening at token ``k``, or ``k`` without one."""
    if k >= len(doc) or doc[k].text != "(":
        return k
    for j in range(k + 1, min(len(doc), k + MAX_BRACKET)):
        if doc[j].text == ")":
            return j + 1
    return k
