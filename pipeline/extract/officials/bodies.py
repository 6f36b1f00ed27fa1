"""The body a role phrase names: in its complement ("Leiter des Polizeireviers Aue" ->
"Polizeirevier Aue") or bare after the title ("Geschäftsführer Landespräventionsrat")."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.lang.organisations import (
    NOT_ORGANISATIONS,
    ORG_HEAD_SUFFIXES,
    ORG_HEAD_WORDS,
    ORGANISATION_GENITIVES,
)
from pipeline.lang.quotes import QUOTE_MARKS
from pipeline.lang.roles import DETERMINERS, MINISTRY_OFFICES, ROLE_LINKS
from pipeline.text.lexicon import is_role_word


def bare_org(doc: Doc, j: int) -> bool:
    token = doc[j]
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return (
        token.text[:1].isupper()
        and token.is_alpha
        and not is_role_word(token.text)
        and (nxt is None or nxt.is_punct or nxt.is_space)
    )


def organization(doc: Doc, start: int, end: int) -> str | None:
    """The body named in a role's complement ("des Polizeireviers Aue" -> "Polizeirevier Aue")."""
    tokens = [t for t in doc[start:end] if t.text != "\n"]
    for k, token in enumerate(tokens):
        if token.text in ROLE_LINKS or (k > 0 and k == 1 and bare_org(doc, token.i)):
            rest = tokens[k + 1 :] if token.text in ROLE_LINKS else tokens[k:]
            while rest and (rest[0].text in DETERMINERS or not rest[0].text[:1].isupper()):
                rest = rest[1:]
            if rest and (rest[0].text in NOT_ORGANISATIONS or rest[0].text.casefold() in MINISTRY_OFFICES):
                # "Ansprechpartner für die Region Ostsachsen": a region acts for nobody; "Staatsminister
                # des Innern", "für Soziales": a portfolio, no body; "im Rahmen des Projektes": a frame
                return None
            if token.text == "für" and rest and not _body_word(rest[0].text):
                continue  # "Referentin für Suchtprävention beim Landratsamt": a field, then the body
            if rest:
                words = [_nominative(rest[0].text)] + [t.text for t in rest[1:]]
                return " ".join(w for w in words if w not in QUOTE_MARKS).replace(" - ", "-") or None
    return None


def _nominative(word: str) -> str:
    lowered = word.casefold()
    for genitive, base in ORGANISATION_GENITIVES.items():
        if lowered.endswith(genitive):
            stem = word[: len(word) - len(genitive)] + base
            return stem[:1].upper() + stem[1:]  # "Vereins" -> "Verein", not "verein"
    return word


def _body_word(word: str) -> bool:
    """A word naming a body by its head ("Landratsamt", "Polizeidirektion", "Verein"), not a field
    of work ("Suchtprävention", "Senioren")."""
    return word in ORG_HEAD_WORDS or word.casefold().endswith(ORG_HEAD_SUFFIXES)
