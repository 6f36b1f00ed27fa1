"""Roles that a quote's attribution gives a person named only before it: "Eva Probe und Max Muster
unterschrieben. „…“, betonte die Polizeipräsidentin." The role phrase names no one by itself;
the speaker it describes is the one person of the paragraph before it who fits and has no role
yet (see :mod:`.binding` for the roles bound to a name directly)."""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from pipeline.extract.officials.names import NameMention
from pipeline.extract.officials.roles import RolePhrase
from pipeline.lang.quotes import CLOSERS
from pipeline.lang.speech import DESCRIPTION_GENDERS, PRONOUN_GENDERS, SPEECH_VERBS
from pipeline.text.docview import doc_view
from pipeline.text.lexicon import is_role_word


def bind_speaker_descriptions(
    doc: Doc, names: Sequence[NameMention], phrases: Sequence[RolePhrase], bound: dict[int, list[RolePhrase]]
) -> dict[int, list[RolePhrase]]:
    """``bound`` with each unbound role phrase after a speech verb ("sagte der Revierleiter",
    "so die Bürgermeisterin") added to the one fitting person of its paragraph without a role."""
    used = {p for ps in bound.values() for p in ps}
    result = {k: list(ps) for k, ps in bound.items()}
    for phrase in phrases:
        gender = _speaker_gender(doc, phrase) if phrase not in used else None
        if gender is None:
            continue
        roled = {names[k].family for k in result} | {m.family for m in names if m.roles}
        before = [k for k in _paragraph_before(doc, names, phrase.start) if names[k].gender in (gender, "")]
        fitting = [k for k in before if names[k].family not in roled]
        if len({names[k].family for k in fitting}) == 1:
            result.setdefault(fitting[-1], []).append(phrase)
    return result


def _speaker_gender(doc: Doc, phrase: RolePhrase) -> str | None:
    """The gender of a described speaker ("„…“, betonte die Polizeipräsidentin" -> "f"), or None
    when the phrase attributes no quote or its article and role form disagree (a plural, a dative)."""
    if not phrase.has_determiner or phrase.start < 1:
        return None
    verb, article = doc[phrase.start - 1].text, doc[phrase.start].text
    if not verb.islower() or verb.casefold() not in SPEECH_VERBS or article not in DESCRIPTION_GENDERS:
        return None
    if not any(t.text in CLOSERS for t in doc[max(0, phrase.start - 4) : phrase.start - 1]):
        return None  # only the attribution of a quote ("„…“, sagte der X"), not "Danach sprach der X"
    head = next((t.text for t in doc[phrase.start : phrase.end] if is_role_word(t.text)), "")
    feminine = head.endswith("in") or (head.endswith("e") and not head.endswith("en"))
    gender = PRONOUN_GENDERS[DESCRIPTION_GENDERS[article]]  # "die" -> "sie" -> "f"
    return gender if feminine == (gender == "f") else None


def _paragraph_before(doc: Doc, names: Sequence[NameMention], i: int) -> list[int]:
    """Indices of the names in running text of the paragraph holding token ``i``, before it."""
    view = doc_view(doc)
    start = view.text.rfind("\n\n", 0, view.starts[i]) + 1
    return [k for k, m in enumerate(names) if m.tok_start >= 0 and start <= m.start and m.tok_end <= i]
