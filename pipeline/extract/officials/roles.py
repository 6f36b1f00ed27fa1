"""Find role phrases ("der Leiter des Polizeireviers Aue") and bind them to the names they describe.

Binding follows German press style:

* a title right before a name is that person's ("Polizeipräsident Lutz Rodig"); in a photo
  caption "Role Name, Role Name, Name" a title binds only to the name right after it;
* an apposition after "Name," without article is that person's ("Sven Forkert,
  Geschäftsführer Landespräventionsrat");
* a phrase with article between two names introduces the next one ("Ursu, der Leiter der
  Polizeidirektion Görlitz, Polizeipräsident Manfred Weißbach");
* a group title before a dash or colon applies to every name of the list after it ("Die
  Oberbürgermeister und Bürgermeister des Städtebundes – A (X), B (Y)").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.extract.lexicon import is_role_word, role_base
from pipeline.extract.officials.names import NameMention
from pipeline.lang.quotes import QUOTE_MARKS
from pipeline.lang.roles import (
    ADDRESS_WORDS,
    DETERMINERS,
    DROPPED_MODIFIERS,
    HONORIFIC_TOKENS,
    ROLE_LINKS,
    ROLE_MODIFIERS,
)
from pipeline.text.docview import doc_view

MAX_NAME_LINE_TOKENS = 25
#: Longest complement between a determiner role phrase and the comma before its name.
MAX_APPOSITION_TOKENS = 12
#: Words that count two people under one title ("die beiden Bürgermeister A und B").
PAIR_WORDS = frozenset({"beiden", "beide", "zwei"})
#: Most words of a bare field of work between a title and its name.
MAX_FIELD_TOKENS = 5
_NOT_ORGANISATIONS = frozenset({"Region", "Regionen", "Landkreis", "Landkreises", "Bereich", "Themen"})
_ORDINAL = re.compile(r"^\d{1,2}\.$")  # "die 2. Bürgermeister"
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_ORG_GENITIVE = {
    "rates": "rat",
    "rats": "rat",
    "reviers": "revier",
    "amtes": "amt",
    "amts": "amt",
    "bundes": "bund",
    "tages": "tag",
    "verbandes": "verband",
    "ministeriums": "ministerium",
    "präsidiums": "präsidium",
    "instituts": "institut",
    "vereins": "verein",
    "landtages": "landtag",
}


@dataclass(frozen=True)
class RolePhrase:
    """A role phrase: tokens [start, end), the roles it names and the body it names."""

    start: int
    end: int
    roles: tuple[str, ...]
    organization: str | None
    has_determiner: bool


def find_role_phrases(doc: Doc, names: Sequence[NameMention]) -> list[RolePhrase]:
    """Every role phrase of the text, anchored on role words, not overlapping a name."""
    in_name = {i for m in names if m.tok_start >= 0 for i in range(m.tok_start, m.tok_end)}
    phrases: list[RolePhrase] = []
    words = doc_view(doc).words
    i = 0
    while i < len(doc):
        if i in in_name or not is_role_word(words[i]):
            i += 1
            continue
        phrase = _phrase_at(doc, i, in_name)
        phrases.append(phrase)
        i = max(phrase.end, i + 1)
    return phrases


def _phrase_at(doc: Doc, head: int, in_name: set[int]) -> RolePhrase:
    start = head
    while start > 0 and (doc[start - 1].text in ROLE_MODIFIERS or _ORDINAL.match(doc[start - 1].text)):
        start -= 1
    # "Gleichstellungs- und Justizministerin", "Behinderten- und Ausländerbeauftragte"
    if start > 1 and doc[start - 1].text in ("und", "sowie") and doc[start - 2].text.endswith("-"):
        start -= 2
    begin = start
    while begin > 0 and (_is_demonym(doc[begin - 1].text) or doc[begin - 1].text in ROLE_MODIFIERS):
        begin -= 1
    has_det = begin > 0 and doc[begin - 1].text in DETERMINERS
    segments = [(start, _complement_end(doc, head + 1, in_name))]
    # Coordinated roles: "Ausländerbeauftragte und Vorsitzende des Weißen Rings".
    while segments[-1][1] + 1 < len(doc) and doc[segments[-1][1]].text in ("und", "sowie", "/"):
        nxt = segments[-1][1] + 1
        while nxt < len(doc) and doc[nxt].text in ROLE_MODIFIERS:
            nxt += 1
        if nxt >= len(doc) or nxt in in_name or not is_role_word(doc[nxt].text):
            break
        segments.append((segments[-1][1] + 1, _complement_end(doc, nxt + 1, in_name)))
    if has_det:  # "die Sachgebietsleiterin ASSKomm im Staatsministerium des Innern, Anke Sandvoß"
        comma = _apposition_comma(doc, segments[-1][1], in_name)
        if comma is not None:
            segments[-1] = (segments[-1][0], comma)
    roles = tuple(_role_text(doc, s, e) for s, e in segments)
    org = next((o for s, e in segments if (o := _organization(doc, s, e))), None)
    return RolePhrase(begin - int(has_det), segments[-1][1], roles, org, has_det)


def _apposition_comma(doc: Doc, i: int, in_name: set[int]) -> int | None:
    """Where a determiner role phrase ends at the comma before the name it introduces: the
    complement runs over nouns, links and adjectives only, up to ``MAX_APPOSITION_TOKENS``."""
    for j in range(i, min(len(doc), i + MAX_APPOSITION_TOKENS)):
        text = doc[j].text
        if j in in_name:
            return None
        if text == ",":
            k = j + 1
            while k < len(doc) and (doc[k].text in ADDRESS_WORDS or doc[k].text in HONORIFIC_TOKENS):
                k += 1
            return j if k in in_name else None
        if not (
            text[:1].isupper()
            or text in ROLE_LINKS
            or text in DETERMINERS
            or text in "/-"
            or _adjective(text)
        ):
            return None
    return None


def _adjective(text: str) -> bool:
    return text.isalpha() and text.islower() and text.endswith(_ADJ_ENDINGS) and len(text) > 3


def _is_demonym(text: str) -> bool:
    """ "Krauschwitzer", "Freiberger": a town adjective before a title (not part of the role)."""
    return len(text) > 4 and text[:1].isupper() and text.endswith("er") and text not in ROLE_MODIFIERS


def _complement_end(doc: Doc, i: int, in_name: set[int]) -> int:
    """Extend a role over its complement ("des Polizeireviers Aue", "für die Region Ostsachsen")."""
    end = i
    while end < len(doc) and end not in in_name and doc[end].text in ROLE_LINKS:
        j = end + 1
        while j < len(doc) and j not in in_name and _np_token(doc, j):
            if doc[j].text == "und" and (j + 1 in in_name or not _np_token(doc, j + 1)):
                break  # "und" ends the complement where no noun phrase goes on
            j += 1
        if j == end + 1 or not any(doc[k].text[:1].isupper() for k in range(end + 1, j)):
            break
        end = j
    # A bare organisation after the title: "Geschäftsführer Landespräventionsrat", "Revierleiter Freital",
    # or a bare field of work before the name: "Sachgebietsleiter Ordnung und Soziales Jens Rühling".
    if end == i and end < len(doc) and end not in in_name:
        if _bare_org(doc, end):
            end += 1
        else:
            end = _bare_field(doc, end, in_name)
    return end


def _bare_field(doc: Doc, i: int, in_name: set[int]) -> int:
    """The end of capitalised nouns right after a title that run into the name it precedes
    ("Fachbereichsleiterin Sicherheit/Ordnung, Anja Ullmann"); ``i`` where there are none."""
    j = i
    while j < len(doc) and j - i < MAX_FIELD_TOKENS and j not in in_name:
        text = doc[j].text
        cue = text in ADDRESS_WORDS or text in HONORIFIC_TOKENS or is_role_word(text)
        if cue or not (text[:1].isupper() or text in ("und", "/", "-")):
            break
        j += 1
    if j == i or doc[j - 1].text in ("und", "/", "-"):
        return i
    after = j + 1 if j < len(doc) and doc[j].text == "," else j
    while after < len(doc) and (doc[after].text in ADDRESS_WORDS or doc[after].text in HONORIFIC_TOKENS):
        after += 1
    return j if after in in_name else i


def _np_token(doc: Doc, j: int) -> bool:
    text = doc[j].text
    if text in QUOTE_MARKS or text == "-" or text.endswith("-"):
        return True
    if text == "und" and j + 1 < len(doc) and doc[j - 1].text[:1].isupper():
        nxt = doc[j + 1].text
        # "Städte- und Gemeindetages", "für Soziales und Gesellschaftlichen Zusammenhalt"
        return (nxt[:1].isupper() and not is_role_word(nxt)) or (
            _adjective(nxt) and j + 2 < len(doc) and doc[j + 2].text[:1].isupper()
        )
    if text[:1].isupper():
        return not is_role_word(text) and text not in ADDRESS_WORDS and text not in HONORIFIC_TOKENS
    if text in DETERMINERS:  # only right after a link: "für die Region", not "... eine Vereinbarung"
        return doc[j - 1].text in ROLE_LINKS
    if text in ROLE_LINKS:
        return True
    # a lowercase adjective inside the complement ("des sächsischen Landtages"): after an
    # article or link and before a noun; a verb ("begrüßte die Gäste", "Moderatoren der
    # Veranstaltung führten Norbert Poppe") is neither
    prev = doc[j - 1].text if j > 0 else ""
    nxt = doc[j + 1].text if j + 1 < len(doc) else ""
    return (
        text.endswith(_ADJ_ENDINGS)
        and text.isalpha()
        and len(text) > 3
        and text not in STOP_WORDS
        and nxt[:1].isupper()
        and (prev in DETERMINERS or prev in ROLE_LINKS)
    )


def _bare_org(doc: Doc, j: int) -> bool:
    token = doc[j]
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    return (
        token.text[:1].isupper()
        and token.is_alpha
        and not is_role_word(token.text)
        and (nxt is None or nxt.is_punct or nxt.is_space)
    )


def _role_text(doc: Doc, start: int, end: int) -> str:
    """The role as written, without dropped modifiers, head in the nominative ("Leiters" -> "Leiter")."""
    tokens = [t for t in doc[start:end] if t.text not in DROPPED_MODIFIERS]
    words = []
    head_seen = False
    for k, token in enumerate(tokens):
        text = token.text
        if not head_seen and is_role_word(text):
            text, head_seen = role_base(text) or text, True
        words.append(text + (token.whitespace_ if k + 1 < len(tokens) else ""))
    return "".join(words).strip(" ,")


def _organization(doc: Doc, start: int, end: int) -> str | None:
    """The body named in a role's complement ("des Polizeireviers Aue" -> "Polizeirevier Aue")."""
    tokens = list(doc[start:end])
    for k, token in enumerate(tokens):
        if token.text in ROLE_LINKS or (k > 0 and k == 1 and _bare_org(doc, token.i)):
            rest = tokens[k + 1 :] if token.text in ROLE_LINKS else tokens[k:]
            while rest and (rest[0].text in DETERMINERS or not rest[0].text[:1].isupper()):
                rest = rest[1:]
            if rest and rest[0].text in _NOT_ORGANISATIONS:
                return None  # "Ansprechpartner für die Region Ostsachsen": a region acts for nobody
            if rest:
                words = [_nominative(rest[0].text)] + [t.text for t in rest[1:]]
                return " ".join(w for w in words if w not in QUOTE_MARKS).replace(" - ", "-") or None
    return None


def _nominative(word: str) -> str:
    lowered = word.casefold()
    for genitive, base in _ORG_GENITIVE.items():
        if lowered.endswith(genitive):
            return word[: len(word) - len(genitive)] + base
    return word


def bind_roles(
    doc: Doc, names: Sequence[NameMention], phrases: Sequence[RolePhrase]
) -> dict[int, list[RolePhrase]]:
    """Which role phrases describe which name (index into ``names``)."""
    by_start = {m.tok_start: k for k, m in enumerate(names) if m.tok_start >= 0}
    by_end = {m.tok_end: k for k, m in enumerate(names) if m.tok_start >= 0}
    bound: dict[int, list[RolePhrase]] = {}
    for phrase in phrases:
        targets = _targets(doc, phrase, names, by_start, by_end) or _line_owner(doc, phrase, by_start)
        for k in targets:
            bound.setdefault(k, []).append(phrase)
    return bound


def _line_owner(doc: Doc, phrase: RolePhrase, by_start: dict[int, int]) -> list[int]:
    """On a short name line ("Volker Pfitzner: Dezernat IV – Präventionsmanager der Stadt Torgau")
    a role describes the name that opens the line."""
    # spaCy keeps line breaks as tokens of their own (a token's trailing whitespace is " " or "").
    words = doc_view(doc).words
    first, last = phrase.start, phrase.end
    while first > 0 and "\n" not in words[first - 1]:
        first -= 1
        if last - first > MAX_NAME_LINE_TOKENS:
            return []  # a line of running text, not a name line: stop walking it
    while last < len(words) and "\n" not in words[last]:
        last += 1
        if last - first > MAX_NAME_LINE_TOKENS:
            return []
    if last - first > MAX_NAME_LINE_TOKENS or first not in by_start:
        return []
    return [by_start[first]]


def _skip_cues(doc: Doc, i: int) -> int:
    """Skip address words, honorifics and role titles of the next name ("Herr Dr.")."""
    while i < len(doc) and (doc[i].text in ADDRESS_WORDS or doc[i].text in HONORIFIC_TOKENS):
        i += 1
    return i


def _name_after(doc: Doc, i: int, by_start: dict[int, int], titles: bool = False) -> int | None:
    """The name starting at token i (after cues), or after a title when ``titles``."""
    i = _skip_cues(doc, i)
    if i in by_start:
        return by_start[i]
    if titles:
        while i < len(doc) and (is_role_word(doc[i].text) or doc[i].text in ROLE_MODIFIERS):
            i += 1
        i = _skip_cues(doc, i)
        return by_start.get(i)
    return None


def _after_parenthesis(doc: Doc, i: int) -> int:
    """Skip an abbreviation in parentheses after a phrase ("des Landespräventionsrates (LPR),")."""
    if i < len(doc) and doc[i].text == "(":
        j = i
        while j < len(doc) and doc[j].text != ")" and j - i < 6:
            j += 1
        if j < len(doc) and doc[j].text == ")":
            return j + 1
    return i


def _name_before(doc: Doc, i: int, by_end: dict[int, int]) -> int | None:
    """The name ending right before token i, a parenthesis after it allowed ("Ursu (CDU),")."""
    if i > 0 and doc[i - 1].text == ")":
        j = i - 1
        while j > 0 and doc[j].text != "(":
            j -= 1
        i = j
    return by_end.get(i)


def _targets(
    doc: Doc,
    phrase: RolePhrase,
    names: Sequence[NameMention],
    by_start: dict[int, int],
    by_end: dict[int, int],
) -> list[int]:
    """The names a phrase describes, by the binding rules of the module docstring."""
    end = _after_parenthesis(doc, phrase.end)
    direct = _name_after(doc, end, by_start)
    if direct is not None:  # "den Bürgermeistern A (X), B (Y)" gives the title to the whole list
        listed = _listed(doc, names[direct].tok_start, by_start, names, with_places=True)
        return listed or _pair(doc, phrase, direct, names, by_start) or [direct]
    before = _name_before(doc, phrase.start, by_end)
    if before is not None:  # "Thomas Krahl der Bürgermeister der Stadt Bad Muskau"
        return [before]
    after_comma = (
        _name_after(doc, end + 1, by_start, titles=True) if end < len(doc) and doc[end].text == "," else None
    )
    comma_before = phrase.start > 0 and doc[phrase.start - 1].text == ","
    left = _name_before(doc, phrase.start - 1, by_end) if comma_before else None
    if left is not None and (not phrase.has_determiner or after_comma is None):
        return _coordinated(doc, left, names, by_end) if doc[phrase.start].lower_ == "die" else [left]
    if after_comma is not None:
        return [after_comma]
    if end < len(doc) and doc[end].text in ("–", "-", ":", "—"):
        return _listed(doc, end + 1, by_start, names)
    if end + 1 < len(doc) and doc[end].text in ("unter", "per", "via"):
        at = doc[end + 1]
        return [
            k for k, m in enumerate(names) if m.source == "email" and at.idx <= m.start < at.idx + len(at)
        ]
    return []


def _pair(
    doc: Doc, phrase: RolePhrase, k: int, names: Sequence[NameMention], by_start: dict[int, int]
) -> list[int]:
    """ "die beiden Bürgermeister A und B": a title counted for two names gives both of them."""
    if not any(doc[i].lower_ in PAIR_WORDS for i in range(max(0, phrase.start - 2), phrase.end)):
        return []
    after = names[k].tok_end
    if after < len(doc) and doc[after].text in ("und", "sowie"):
        other = _name_after(doc, after + 1, by_start)
        if other is not None:
            return [k, other]
    return []


def _coordinated(doc: Doc, k: int, names: Sequence[NameMention], by_end: dict[int, int]) -> list[int]:
    """ "A und B, die Bürgermeister ...": a plural apposition describes both names."""
    start = names[k].tok_start
    if start > 1 and doc[start - 1].text in ("und", "sowie"):
        other = _name_before(doc, start - 1, by_end)
        if other is not None:
            return [other, k]
    return [k]


def _listed(
    doc: Doc, i: int, by_start: dict[int, int], names: Sequence[NameMention], with_places: bool = False
) -> list[int]:
    """Names of a list after a group title: "– A (X), B (Y) und C (Z) –".

    With ``with_places`` every item must carry its town in parentheses (a list of mayors),
    so that an ordinary enumeration of people does not inherit the first one's title.
    """
    found = []
    while i < len(doc):
        k = _name_after(doc, i, by_start)
        if k is None:
            break
        i = names[k].tok_end
        if with_places and (i >= len(doc) or doc[i].text != "("):
            break
        found.append(k)
        if i < len(doc) and doc[i].text == "(":
            while i < len(doc) and doc[i].text != ")":
                i += 1
            i += 1
        if i < len(doc) and doc[i].text in (",", "und", "sowie"):
            i += 1
        else:
            break
    return found if len(found) > 1 else []
