"""Roles an article gives by what a person does rather than by a title: the person who moderated
an event ("Moderiert wurde der Abend von Dr. Eva Probe", "Die Moderation übernahm Karl Muster",
"Karl Muster moderierte") is its Moderator or Moderatorin."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from pipeline.extract.officials.names import NameMention
from pipeline.lang.role_cues import MODERATED, MODERATED_BY, MODERATOR_ROLES

_BY = re.compile(MODERATED_BY)
_DID = re.compile(MODERATED)
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
        found.append(mention)
    return found
