"""Groups of municipalities that join as one: Verwaltungsgemeinschaften, Verwaltungsverbände,
Städtebünde ("Der Städtebund Silberberg tritt ... bei", "Unser Verwaltungsverband ist ...").

A group is named by its word and its name; its municipalities are the ones its name is made of
and the ones the text names after it (:func:`group_members`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.joining_members import find_mentions
from pipeline.lang.joining_parties import GROUP_WORDS
from pipeline.nlp.gazetteer import Gazetteer, PlaceEntry

#: A group's word and its name: an adjective ("Oberes Erzgebirge") or a preposition ("Am
#: Klosterwasser") may open it, quotation marks may enclose it ("Städtebund „Silberberg“").
_GROUP = re.compile(
    rf"\b(?P<word>{'|'.join(sorted(GROUP_WORDS, key=len, reverse=True))})\s+[»„\"‚']?"
    r"(?P<name>(?:[A-ZÄÖÜ]\w*(?:es|er|en|e)\s+|(?:Am|Im|An\s+der|An\s+den|Auf\s+dem)\s+)?"
    r"[A-ZÄÖÜ][\w]*(?:-[A-ZÄÖÜa-zäöüß][\w]*)*)[«“\"‘']?"
)
_OWN_GROUP = re.compile(
    rf"\b(?:[Uu]nser(?:e[mnrs]?)?|[Dd]e[rnms]|[Dd]ieser?|[Zz]um|[Ii]m)\s+(?:{'|'.join(GROUP_WORDS)})\b(?!\s+[»„\"‚']?[A-ZÄÖÜ])"
)


@dataclass(frozen=True)
class Group:
    """A Verwaltungsgemeinschaft or Städtebund named in the text ("Städtebund Silberberg")."""

    start: int
    end: int
    name: str


def find_groups(text: str, start: int, end: int) -> list[Group]:
    """Verwaltungsgemeinschaften and Städtebünde named between ``start`` and ``end``."""
    groups = []
    for match in _GROUP.finditer(text, start, end):
        name = re.sub(r"-(?=[a-zäöüß])", "", match["name"])  # "Silber-berg": a line-end hyphen
        groups.append(Group(match.start(), match.end(), f"{GROUP_WORDS[match['word']]} {name}"))
    return groups


def _name_parts(name: str, gaz: Gazetteer) -> dict[str, PlaceEntry]:
    """The municipalities a group's name is made of: "Verwaltungsgemeinschaft Dohna-Müglitztal" of
    Dohna and Müglitztal (a name that is one municipality, "Bertsdorf-Hörnitz", is not split)."""
    own = name.split(" ", 1)[-1]
    whole = gaz.places.get(own)
    parts = [own] if whole is not None and whole.type == "municipality" else re.split(r"[-/]", own)
    found = {}
    for part in parts:
        entry = gaz.places.get(part.strip())
        if entry is not None and entry.type == "municipality" and entry.ags:
            found[entry.ags] = entry
    return found if len(parts) > 1 else {}


def own_group(text: str, start: int, end: int) -> int | None:
    """Where the sentence speaks of a group without naming it ("Unser Städtebund ist ..."), or None."""
    match = _OWN_GROUP.search(text, start, end)
    return match.start() if match else None


def group_members(
    text: str,
    sentences: Sequence[tuple[int, int]],
    forms: dict[str, PlaceEntry],
    groups: Sequence[Group],
    gaz: Gazetteer,
) -> dict[str, list[PlaceEntry]]:
    """The municipalities of each group: those its name is made of ("Verwaltungsgemeinschaft
    Dohna-Müglitztal"), and those a sentence names after the group (named, or "der Städtebund"
    where the article names one group), unless only as a scene ("im Ratssaal in X").

    Args:
        text: The article text.
        sentences: Its sentences.
        forms: Its municipality forms (:func:`municipality_entries`).
        groups: The groups it names.
        gaz: The gazetteer, for the parts of a group's name.
    """
    names = list(dict.fromkeys(g.name for g in groups))
    members: dict[str, dict[str, PlaceEntry]] = {name: _name_parts(name, gaz) for name in names}
    for start, end in sentences:
        refs = [(g.name, g.start) for g in find_groups(text, start, end)]
        unnamed = own_group(text, start, end) if len(names) == 1 and not refs else None
        if unnamed is not None:
            refs = [(names[0], unnamed)]
        for name, at in refs:
            for mention in find_mentions(text, forms, at, end):
                if mention.subject:
                    members[name].setdefault(mention.entry.ags or mention.entry.name, mention.entry)
    return {name: list(found.values()) for name, found in members.items()}
