"""Roles an article gives by what a person does or holds rather than by a title: the person who
moderated an event ("Moderiert wurde der Abend von Dr. Eva Probe", "Die Moderation übernahm Karl
Muster", "Karl Muster moderierte") is its Moderator or Moderatorin; the person who holds or takes
over a function the text names as a noun ("Den Vorsitz hat Eva Probe inne", "Karl Muster übernimmt
die Leitung des Projekts", "Die Schirmherrschaft liegt bei Eva Probe") is its holder
("Vorsitzende", "Leiter des Projekts", "Schirmherrin")."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.officials.names import NameMention
from pipeline.lang.role_cues import (
    FUNCTION_AFTER,
    FUNCTION_BEFORE,
    HELD_FUNCTIONS,
    HOLDING_CLOSERS,
    MODERATED,
    MODERATED_BY,
    MODERATOR_ROLES,
)

_BY = re.compile(MODERATED_BY)
_DID = re.compile(MODERATED)
_HELD_BEFORE = re.compile(FUNCTION_BEFORE)
_HELD_AFTER = re.compile(FUNCTION_AFTER)
#: The rest of a clause up to "inne" or "übernommen" ("hat den Vorsitz seit 2019 inne").
_CLOSED = re.compile(r"[^.,;:!?\n]{0,60}?\b(?:" + "|".join(HOLDING_CLOSERS) + r")\b")
#: Characters before a name searched for the cue.
WINDOW = 120


def with_activity_roles(text: str, names: Sequence[NameMention]) -> list[NameMention]:
    """``names`` with the role of an activity added to each mention named as its agent.

    Args:
        text: The article text the mentions index.
        names: The name mentions of the article.

    Returns:
        The mentions in the same order; a moderator's mention carries ``Moderator``/``Moderatorin``.
    """
    found = []
    for mention in names:
        before = text[max(0, mention.start - WINDOW) : mention.start]
        if _BY.search(before) or _DID.match(text, mention.end):
            role = MODERATOR_ROLES.get(mention.gender, MODERATOR_ROLES[""])
            mention = replace(mention, roles=(*mention.roles, role))
        held = _held_function(text, before, mention)
        if held and held not in mention.roles:
            mention = replace(mention, roles=(*mention.roles, held))
        found.append(mention)
    return found


def _held_function(text: str, before: str, mention: NameMention) -> str:
    """The holder of the function the text names around the mention ("Den Vorsitz hat X inne" ->
    "Vorsitzender"; "X übernimmt die Leitung des Projekts" -> "Leiter des Projekts"), by the
    gender of the name; "" where there is none. "hat"/"hatte" holds only with "inne" (or
    "übernommen") closing its clause: "X hat den Vorsitz abgegeben" gives nothing. A meeting held
    "unter dem Vorsitz von X" is an action of chairing it, no office the text gives X."""
    match = _HELD_BEFORE.search(before)
    closing_at = mention.end
    if match is None:
        match = _HELD_AFTER.match(text, mention.end)
        closing_at = match.end() if match else mention.end
    if match is None:
        return ""
    groups = match.groupdict()
    if groups.get("verb") in ("hat", "hatte") and not (groups.get("inne") or _CLOSED.match(text, closing_at)):
        return ""
    holder = HELD_FUNCTIONS[groups["function"]][1 if mention.gender == "f" else 0]
    return f"{holder} {' '.join(groups['of'].split())}" if groups.get("of") else holder
