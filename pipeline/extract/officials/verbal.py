"""Roles named by a verb: "Ida Muster leitet seit 2019 das Ordnungsamt" (Leiterin), "Thomas
Muster, der das Ordnungsamt leitet" (Leiter)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.officials.names import NameMention
from pipeline.extract.officials.phrase import RolePhrase
from pipeline.lang.role_cues import RELATIVE_PRONOUNS, ROLE_VERBS
from pipeline.text.docview import doc_view

#: Most tokens between a relative pronoun and its verb, a line break of wrapped text included
#: ("die beim Landratsamt das Referat\nSoziale Dienste leitet").
MAX_RELATIVE_TOKENS = 10


def verb_role(doc: Doc, mention: NameMention) -> RolePhrase | None:
    """The role the verb after a name gives it: "Ida Muster leitet seit 2019 das Ordnungsamt"
    ("Leiterin"), the verb before it where the subject follows its verb ("Seit Januar leitet Ida
    Muster das Revier"), or the verb of a relative clause after it (:func:`_relative_role`)."""
    words = doc_view(doc).words
    ending = "in" if mention.gender == "f" else ""
    for i in (mention.tok_end, mention.tok_start - 1):
        if 0 < i < len(doc) and words[i] in ROLE_VERBS:
            return RolePhrase(i, i + 1, (ROLE_VERBS[words[i]] + ending,), None, False)
    return _relative_role(doc, mention.tok_end)


def _relative_role(doc: Doc, i: int) -> RolePhrase | None:
    """ "Thomas Muster, der das Ordnungsamt leitet, ...": a relative clause after the name at ``i``
    whose verb names a function gives the agent noun of the verb ("Leiter", "Leiterin")."""
    words = doc_view(doc).words
    if i + 2 >= len(doc) or words[i] != "," or words[i + 1] not in RELATIVE_PRONOUNS:
        return None
    for j in range(i + 2, min(len(doc) - 1, i + 2 + MAX_RELATIVE_TOKENS)):
        text = words[j]
        if text in (",", ".", ";") or text.count("\n") > 1:
            return None  # the clause ends; a hard-wrapped line break does not end it
        if text in ROLE_VERBS and doc[j + 1].is_punct:
            role = ROLE_VERBS[text] + RELATIVE_PRONOUNS[words[i + 1]]
            return RolePhrase(i + 1, j + 1, (role,), None, False)
    return None
