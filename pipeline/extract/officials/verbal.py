"""Roles named by a verb: "Ida Muster leitet seit 2019 das Ordnungsamt" (Leiterin), "Thomas
Muster, der das Ordnungsamt leitet" (Leiter)."""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Doc

from pipeline.extract.officials.names import NameMention
from pipeline.extract.officials.phrase import RolePhrase
from pipeline.lang.names import ADDRESS_WORDS, HONORIFIC_TOKENS
from pipeline.lang.role_cues import RELATIVE_PRONOUNS, ROLE_VERBS
from pipeline.text.docview import doc_view
from pipeline.text.lexicon import is_role_word

#: Most tokens between a relative pronoun and its verb, a line break of wrapped text included
#: ("die beim Landratsamt das Referat\nSoziale Dienste leitet").
MAX_RELATIVE_TOKENS = 10


def verb_role(doc: Doc, mention: NameMention, name_starts: Collection[int] = ()) -> RolePhrase | None:
    """The role the verb after a name gives it: "Ida Muster leitet seit 2019 das Ordnungsamt"
    ("Leiterin"), the verb before it where the subject follows its verb ("Seit Januar leitet Ida
    Muster das Revier"), or the verb of a relative clause after it (:func:`_relative_role`).
    A name right after the verb (one of ``name_starts``) is its subject, the name before it part
    of a fronted phrase ("Mit ihrem Stellvertreter Karl Muster leitet Ida Muster das Revier")."""
    words = doc_view(doc).words
    ending = "in" if mention.gender == "f" else ""
    before = mention.tok_start - 1
    while before > 0 and (words[before] in ADDRESS_WORDS or words[before] in HONORIFIC_TOKENS):
        before -= 1  # "Seit Januar leitet Frau Dr. Eva Muster das Revier"
    for i in (mention.tok_end, before):
        if i == mention.tok_end and _subject_after(doc, i + 1, name_starts):
            continue
        if 0 < i < len(doc) and words[i] in ROLE_VERBS:
            return RolePhrase(i, i + 1, (ROLE_VERBS[words[i]] + ending,), None, False)
    return _relative_role(doc, mention.tok_end)


def _subject_after(doc: Doc, i: int, name_starts: Collection[int]) -> bool:
    """True when a name, titles and forms of address before it allowed, starts at token ``i``."""
    words = doc_view(doc).words
    while i < len(doc) and (
        words[i] in ADDRESS_WORDS or words[i] in HONORIFIC_TOKENS or is_role_word(words[i])
    ):
        i += 1
    return i in name_starts


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
