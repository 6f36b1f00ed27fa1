"""What a milestone counts, and whether it counts across the whole network or within a region.

A count or rank is about members of the network, its agreements, municipalities advised,
Kommunale Präventionsräte, participants of a sub-project or the programme's events
(:data:`pipeline.records.Counted`). The unit noun decides where it is unambiguous (an event,
a council, an agreement); otherwise the cue word of the sentence nearest to the number does
("64 Städte ... beraten": advised; "In 16 Kommunen hat sich ein Präventionsrat konstituiert":
councils; "29 Kommunen beigetreten": members).

A milestone is regional where a district or region qualifies it: a locative phrase after its
noun ("die fünfte Kommune aus dem Landkreis Mittelsachsen", "zehn Kommunen in Ostsachsen",
"zweites Vernetzungstreffen der Region Westsachsen"), one opening a share that refers back
("Im Landkreis Mittelsachsen sind es elf") or a regional adjective inside it ("die dritte
ostsächsische Hochschulstadt").
"""

from __future__ import annotations

import re

from pipeline.lang.milestone_others import (
    CITY_STATES,
    NETWORK_NAMES,
    OTHER_BODIES,
    OTHER_STATE_ADJECTIVES,
    OTHER_STATE_PREPOSITIONS,
)
from pipeline.lang.milestones import (
    AGREEMENT_UNITS,
    COUNTED_CUES,
    MEMBER_CUES,
    REGIONAL_ADJECTIVES,
    UNIT_CLASSES,
)
from pipeline.lang.places import STATES, TYPE_WORDS
from pipeline.nlp.gazetteer import Gazetteer, load_gazetteer
from pipeline.records import Counted, Scope

_CUES = tuple(
    (counted, re.compile(rf"\b(?:{'|'.join(patterns)})\b", re.IGNORECASE))
    for counted, patterns in (("members", MEMBER_CUES), *COUNTED_CUES)
)
_REGION_TYPE_WORDS = "|".join(
    re.escape(w)
    for w in sorted(
        (w for w, kind in TYPE_WORDS.items() if kind in ("district", "region") and " " not in w), key=len
    )[::-1]
)
#: A district or region after its type word, or a name the gazetteer tells apart.
_PLACE_NAME = (
    rf"(?:(?P<type>{_REGION_TYPE_WORDS})\s+)?"
    r"(?P<name>[A-ZÄÖÜ][\w-]+(?:(?:/|\s(?=[A-ZÄÖÜ]))[A-ZÄÖÜ][\w-]+)?)"
)
#: A locative phrase after a milestone's noun: "aus dem Landkreis Mittelsachsen", "in Ostsachsen".
_LOCATIVE = re.compile(rf"\s+(?:(?:im|in|aus|des|der|dem|innerhalb)\s+){{1,2}}{_PLACE_NAME}")
#: A locative phrase opening a milestone that refers back: "Im Landkreis Mittelsachsen sind es elf".
_LEADING_LOCATIVE = re.compile(rf"(?:(?:Allein|Davon)\s+)?(?:Im|In\s+de[rmn])\s+{_PLACE_NAME}")
#: The same inside the clause before the milestone: "Mittlerweile sind im Vogtlandkreis neun Kommunen".
_INNER_LOCATIVE = re.compile(rf"\b(?:[Ii]m|[Ii]n\s+de[rmn])\s+{_PLACE_NAME}")
_ADJECTIVE = re.compile(rf"\b(?P<stem>{'|'.join(REGIONAL_ADJECTIVES)})(?:e|er|en|es|em)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;:.!?]")
_OTHER_STATE_NAMES = sorted(
    {n for n, state in STATES.items() if state not in CITY_STATES}, key=len, reverse=True
)
#: Another body than the network, or another German state: the count in its clause is theirs.
_ELSEWHERE = re.compile(
    rf"\b(?:{'|'.join(OTHER_BODIES)})\b"
    rf"|\b(?:{'|'.join(OTHER_STATE_PREPOSITIONS)})\s+(?:dem\s+)?(?:{'|'.join(map(re.escape, _OTHER_STATE_NAMES))})\b"
    rf"|\b(?i:{'|'.join(OTHER_STATE_ADJECTIVES)})(?:e|er|en|es|em)\b"
)


def counted_by(unit: str, text: str, start: int, end: int, sentence: tuple[int, int]) -> Counted:
    """What the milestone ``text[start:end]`` with ``unit`` counts.

    Args:
        unit: The milestone's canonical unit.
        text: The article text.
        start: Where the milestone starts.
        end: Where it ends.
        sentence: The span of its sentence (the cue words are looked for there).
    """
    unit_class = UNIT_CLASSES.get(unit, "member")
    if unit_class == "event":
        return "events"
    if unit_class == "other":
        return "councils"
    nearest: tuple[int, int, Counted] | None = None
    for rank, (counted, pattern) in enumerate(_CUES):
        for match in pattern.finditer(text, *sentence):
            distance = max(0, match.start() - end, start - match.end())
            if nearest is None or (distance, rank) < nearest[:2]:
                nearest = (distance, rank, counted)  # type: ignore[assignment]
    if nearest is not None and nearest[2] != "members":
        return nearest[2]
    return "agreements" if unit in AGREEMENT_UNITS else "members"


def scope_of(
    text: str, start: int, end: int, gazetteer: Gazetteer | None = None, *, sentence_start: int | None = None
) -> tuple[Scope, str | None]:
    """Whether the milestone ``text[start:end]`` is network-wide or regional, and its region.

    Args:
        text: The article text.
        start: Where the milestone starts.
        end: Where it ends (the locative phrase is looked for after it, within its clause).
        gazetteer: For telling districts and regions from towns; the bundled one by default.
        sentence_start: Where its sentence starts: a district named before the milestone in its
            clause places it too ("Im Erzgebirgskreis sind 18 Kommunen beigetreten", "Mittlerweile
            sind im Vogtlandkreis neun Kommunen beigetreten").
    """
    adjective = _ADJECTIVE.search(text, start, end)
    if adjective:
        return "region", REGIONAL_ADJECTIVES[adjective["stem"].casefold()]
    clause_end = _CLAUSE_END.search(text, end)
    places = [
        _LEADING_LOCATIVE.match(text, start, end)
        or _LOCATIVE.match(text, end, clause_end.start() if clause_end else len(text))
    ]
    if sentence_start is not None and sentence_start < start:
        inner = [m for m in _INNER_LOCATIVE.finditer(text, sentence_start, start)]
        if inner and not _CLAUSE_END.search(text, inner[-1].end(), start):
            places.append(inner[-1])
    gaz = gazetteer or load_gazetteer()
    for place in filter(None, places):
        name = place["name"]
        entry = gaz.districts.get(name) or gaz.places.get(name)
        if place["type"] or (entry is not None and entry.type in ("district", "region")):
            return "region", entry.name if entry is not None else name
    return "network", None


_NETWORK = re.compile(rf"\b(?:{'|'.join(NETWORK_NAMES)})\b")


def elsewhere(text: str, start: int, end: int, *, near: int | None = None) -> bool:
    """True when ``text[start:end]`` names another body than the network ("im Sächsischen
    Heimatbund", "dem Deutschen Städtetag") or another German state ("in Bayern", "die hessischen
    Kommunen"): a count or rank there is theirs, not the network's.

    Args:
        text: The article text.
        start: Where the span to look at starts.
        end: Where it ends.
        near: The offset of the count: when given, a name of the network nearer to it than the
            other body or state makes it the network's after all.
    """
    others = [m.start() for m in _ELSEWHERE.finditer(text, start, end)]
    if not others or near is None:
        return bool(others)
    own = [m.start() for m in _NETWORK.finditer(text, start, end)]
    return min(abs(o - near) for o in others) < min((abs(o - near) for o in own), default=len(text))
