"""Find role phrases: a role word with its modifiers and complement ("der Leiter des Polizeireviers
Aue", "die Staatsministerin für Soziales und Gesellschaftlichen Zusammenhalt", "Familien- und
Sozialministerin"), the roles it names, in the nominative, and the body it names. Which names
they describe is decided in :mod:`.binding`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.extract.officials.bodies import bare_org, organization
from pipeline.extract.officials.names import NameMention
from pipeline.extract.officials.phrase import RolePhrase
from pipeline.extract.officials.verbal import verb_role
from pipeline.lang.names import ADDRESS_WORDS, HONORIFIC_TOKENS
from pipeline.lang.numbers import CARDINALS
from pipeline.lang.professions import TRADE_FAMILY_NAMES
from pipeline.lang.quotes import QUOTE_MARKS
from pipeline.lang.role_cues import ADDING_ADVERBS, BYLINE_NOUNS, DETERMINER_FORM, LABEL_JOINERS, LABEL_ROLES
from pipeline.lang.role_endings import AGENT_SUFFIXES, ROLE_SUFFIXES
from pipeline.lang.roles import DETERMINERS, DROPPED_MODIFIERS, NOT_ROLES, ROLE_LINKS, ROLE_MODIFIERS
from pipeline.text.docview import doc_view
from pipeline.text.lexicon import ADJ_ENDINGS, adjective, demonym, is_role_word, role_base
from pipeline.text.wraps import hard_wrapped

#: Longest complement between a determiner role phrase and the comma before its name.
MAX_APPOSITION_TOKENS = 12
#: Most words of a bare field of work between a title and its name.
MAX_FIELD_TOKENS = 5
#: "Kriminalhauptkommissar a. D.", "Pfarrer i. R.": out of service, part of the title before the name.
_RETIRED = (("a.", "D."), ("i.", "R."))
#: Most adjectives between an article and its role ("der neuen ehrenamtlichen Ortsvorsteherin").
MAX_DESCRIBING_WORDS = 2
#: The articles of a role phrase, with the accusative and dative of "ein" ("einen Streetworker").
_ARTICLES = DETERMINERS | {"einen", "einem"}
_DETERMINER = re.compile(DETERMINER_FORM)
#: A lower-case word and a capitalised one run together where a space was lost ("sagteExperte").
_GLUED = re.compile(r"[a-zäöüß]{2,}([A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜ]?[a-zäöüß]+)?)")
#: The heads of compounds that are titles right before a name: trades that are also family names
#: ("Sternekoch"), and councils, whose member the compound names there ("Nationalrat").
_TRADE_HEADS = (*(trade.casefold() for trade in TRADE_FAMILY_NAMES), "rat")
#: Shortest compound with such a head ("Torjäger"; "Unrat" is none).
MIN_COMPOUND = 6
_ORDINAL = re.compile(r"^\d{1,2}\.$")  # "die 2. Bürgermeister"


def find_role_phrases(doc: Doc, names: Sequence[NameMention]) -> list[RolePhrase]:
    """Every role phrase of the text, anchored on role words, not overlapping a name."""
    in_name = {i for m in names if m.tok_start >= 0 for i in range(m.tok_start, m.tok_end)}
    phrases: list[RolePhrase] = []
    words = doc_view(doc).words
    # Only a label, a role word or a trade opens a phrase: each distinct word is tested once.
    openers = {w for w in set(words) if _opener(w)}
    after = 0  # where the last phrase ends: the next one starts there or later
    for i in [k for k, word in enumerate(words) if word in openers]:
        if i < after:
            continue
        label = _label_at(words, i) if words[i] in LABEL_ROLES or words[i] in BYLINE_NOUNS else None
        if label is not None:
            phrases.append(label)
        glued = _glued_role(words[i])
        if glued and i + 1 in in_name:  # "sagteDevisenexperte Max Muster"
            phrases.append(RolePhrase(i, i + 1, (glued,), None, False))
            continue
        trade = _trade(words[i]) and _trade_before_name(doc, i, in_name)
        if i in in_name or not (trade or is_role_word(words[i])):
            continue
        phrase = _phrase_at(doc, i, in_name)
        if not _academic_title(words, phrase, in_name):
            phrases.append(phrase)
        after = max(phrase.end, i + 1)
    starts = {m.tok_start for m in names if m.tok_start >= 0}
    verbal = (verb_role(doc, m, starts) for m in names if m.tok_start >= 0)
    return sorted([*phrases, *(p for p in verbal if p is not None)], key=lambda p: p.start)


@lru_cache(maxsize=65536)  # asked for every distinct word of every article: one cached call
def _opener(word: str) -> bool:
    """True for a word that may open a role phrase: a label, a role word, a trade, a glued title."""
    return (
        word in LABEL_ROLES
        or word in BYLINE_NOUNS
        or _trade(word)
        or is_role_word(word)
        or bool(_glued_role(word))
    )


@lru_cache(maxsize=65536)
def _glued_role(word: str) -> str:
    """The role word glued to a lower-case word before it where a page lost a space ("sagteDevisen-
    experte", "undBürgermeisterin"); "" for any other word."""
    glued = _GLUED.fullmatch(word)
    return glued[1] if glued and is_role_word(glued[1]) else ""


@lru_cache(maxsize=65536)
def _trade(word: str) -> bool:
    """A trade that is also a family name ("Koch"), alone or as the head of a compound ("Profi-Koch",
    "Sternekoch", "Torjäger"), or a member of a council named after it ("SVP-Nationalrat")."""
    head = word.rpartition("-")[2]
    if head in TRADE_FAMILY_NAMES:
        return True
    folded = head.casefold()
    return (
        len(folded) > MIN_COMPOUND
        and head[:1].isupper()
        and folded.endswith(_TRADE_HEADS)
        and word not in NOT_ROLES
        and head not in NOT_ROLES
    )


def _trade_before_name(doc: Doc, i: int, in_name: set[int]) -> bool:
    """ "der Koch Max Muster", "dem Schäfer Karl Muster": a trade that is also a family name is a
    role after an article (lower-case adjectives between) and right before a name; a compound
    with it ("Sterne-Koch Max Muster") needs no article: a family name stands after a given name,
    never before one."""
    words = doc_view(doc).words
    if i + 1 not in in_name:
        return False
    if words[i] not in TRADE_FAMILY_NAMES:
        return True  # a compound: no family name
    j = _before(doc, i)
    while j >= 0 and adjective(words[j]):
        j = _before(doc, j)
    return j >= 0 and words[j] in DETERMINERS


def _academic_title(words: Sequence[str], phrase: RolePhrase, in_name: set[int]) -> bool:
    """True for "Professor" written out right before a name ("Professor Dr. Karl Muster"): an
    academic title like "Prof.", kept as the honorific; with an article or a complement
    ("die Professorin für Soziologie") it is a position, a role."""
    if phrase.has_determiner or phrase.end - phrase.start != 1 or words[phrase.start] not in HONORIFIC_TOKENS:
        return False
    j = phrase.end
    while j < len(words) and words[j] in HONORIFIC_TOKENS:
        j += 1
    return j in in_name


def _label_at(words: Sequence[str], i: int) -> RolePhrase | None:
    """ "Verantwortlich:", "Text und Fotos:" (labels before a colon), "Beitrag von" (a byline)."""
    if words[i] in BYLINE_NOUNS:
        return RolePhrase(i, i + 2, ("Autor",), None, False) if words[i + 1 : i + 2] == ["von"] else None
    j, roles = i, []
    while j < len(words) and (words[j] in LABEL_ROLES or (roles and words[j] in LABEL_JOINERS)):
        if words[j] in LABEL_ROLES and LABEL_ROLES[words[j]] not in roles:
            roles.append(LABEL_ROLES[words[j]])
        j += 1
    if j >= len(words) or words[j] != ":" or words[j - 1] in LABEL_JOINERS:
        return None
    return RolePhrase(i, j, tuple(roles), None, False)


def _phrase_at(doc: Doc, head: int, in_name: set[int]) -> RolePhrase:
    words = doc_view(doc).words
    start = head
    while (before := _before(doc, start)) >= 0 and (
        words[before] in ROLE_MODIFIERS or _ORDINAL.match(words[before])
    ):
        start = before
    # "Gleichstellungs- und Justizministerin", "Behinderten- und Ausländerbeauftragte"
    if start > 1 and words[start - 1] in ("und", "sowie") and words[start - 2].endswith("-"):
        start -= 2
    begin = start
    while (before := _before(doc, begin)) >= 0 and (
        demonym(words[before]) or words[before] in ROLE_MODIFIERS
    ):
        begin = before
    begin = _described_from(doc, begin)
    before = _before(doc, begin)
    has_det = before >= 0 and words[before] in _ARTICLES  # the token before ``begin``
    segments = [(start, _complement_end(doc, head + 1, in_name))]
    # Coordinated roles: "Ausländerbeauftragte und Vorsitzende des Weißen Rings", "nicht nur
    # Bürgermeister, sondern auch Vorsitzender"; in brackets after a name also a list with commas:
    # "Max Muster (Berater, Mentor und Coach)".
    joiners = ("und", "sowie", "/", ",") if in_brackets(doc, begin) else ("und", "sowie", "/")
    while segments[-1][1] + 1 < len(doc) and (
        words[segments[-1][1]] in joiners or words[segments[-1][1] : segments[-1][1] + 2] == [",", "sondern"]
    ):
        first = segments[-1][1] + (2 if words[segments[-1][1]] == "," and not in_brackets(doc, begin) else 1)
        while first < len(doc) and (words[first] in ADDING_ADVERBS or wrap_at(doc, first)):
            first += 1  # "und zugleich Vorsitzender", over the line break of a wrapped page
        nxt = first
        while nxt < len(doc) and (words[nxt] in ROLE_MODIFIERS or wrap_at(doc, nxt)):
            nxt += 1
        if nxt >= len(doc) or nxt in in_name or not is_role_word(words[nxt]):
            break
        segments.append((first, _complement_end(doc, nxt + 1, in_name)))
    if has_det:  # "die Sachgebietsleiterin ASSKomm im Staatsministerium des Innern, Anke Sandvoß"
        comma = _apposition_comma(doc, segments[-1][1], in_name)
        if comma is not None:
            segments[-1] = (segments[-1][0], comma)
    roles = tuple(role for s, e in segments for role in _split_compounds(doc, s, e, _role_text(doc, s, e)))
    org = next((o for s, e in segments if (o := organization(doc, s, e))), None)
    return RolePhrase(before if has_det else begin, segments[-1][1], roles, org, has_det)


def _described_from(doc: Doc, begin: int) -> int:
    """Where lower-case adjectives between an article and a role begin ("der neuen
    Ortsvorsteherin", "einen erfahrenen Streetworker"): they belong to the phrase, not the role."""
    words = doc_view(doc).words
    j = begin
    while (
        (before := _before(doc, j)) >= 0
        and begin - before <= MAX_DESCRIBING_WORDS
        and adjective(words[before])
        and _DETERMINER.fullmatch(words[before]) is None  # "einen", "ihren": no adjectives
    ):
        j = before
    before = _before(doc, j)
    return j if before >= 0 and words[before] in _ARTICLES else begin


def _before(doc: Doc, i: int) -> int:
    """The token before ``i``, over the line break of a hard-wrapped page ("die\nLeiterin"); -1 at the start."""
    return i - 2 if i > 1 and wrap_at(doc, i - 1) else i - 1


def in_brackets(doc: Doc, i: int) -> bool:
    """True when token ``i`` opens a bracket, lower-case modifiers aside ("(zugewiesener Berater")."""
    words = doc_view(doc).words
    while _before(doc, i) >= 0 and words[_before(doc, i)].isalpha() and words[_before(doc, i)].islower():
        i = _before(doc, i)
    return i > 0 and words[i - 1] == "("


def _split_compounds(doc: Doc, start: int, end: int, role: str) -> tuple[str, ...]:
    """ "Sport- und Innenminister" names two offices: "Sportminister" and "Innenminister".

    The role as written comes first, then each office it names: the first part takes the role
    ending of the second compound (its head: "minister", "beauftragte"); the complement after
    the head belongs to both.
    """
    words = doc_view(doc).words
    if end - start < 3 or not words[start].endswith("-") or words[start + 1] not in ("und", "sowie"):
        return (role,)
    second = words[start + 2]
    base = role_base(second) or second
    suffix = max(
        (x for x in ROLE_SUFFIXES + AGENT_SUFFIXES if base.casefold().endswith(x) and len(x) < len(base)),
        key=len,
        default=None,
    )
    if suffix is None:
        return (role,)
    rest = role[role.find(base) + len(base) :] if base in role else ""
    first = words[start][:-1] + base[len(base) - len(suffix) :]
    return (role, first + rest, base + rest)


def _apposition_comma(doc: Doc, i: int, in_name: set[int]) -> int | None:
    """Where a determiner role phrase ends at the comma before the name it introduces: the
    complement runs over nouns, links and adjectives only, up to ``MAX_APPOSITION_TOKENS``."""
    words = doc_view(doc).words
    for j in range(i, min(len(doc), i + MAX_APPOSITION_TOKENS)):
        text = words[j]
        if j in in_name:
            return None
        if text == ",":
            k = j + 1
            while k < len(doc) and (
                words[k] in ADDRESS_WORDS or words[k] in HONORIFIC_TOKENS or wrap_at(doc, k)
            ):
                k += 1
            return j if k in in_name else None
        if not (
            wrap_at(doc, j)
            or text[:1].isupper()
            or text in ROLE_LINKS
            or text in DETERMINERS
            or text in "/-"
            or adjective(text)
        ):
            return None
    return None


def _complement_end(doc: Doc, i: int, in_name: set[int]) -> int:
    """Extend a role over its complement ("des Polizeireviers Aue", "für die Region Ostsachsen")."""
    words = doc_view(doc).words
    end = i + 2 if tuple(words[i : i + 2]) in _RETIRED else i
    while end < len(doc) and end not in in_name:
        link = end + 1 if wrap_at(doc, end) else end  # "Leiterin\ndes Amtes": a hard-wrapped line
        if link >= len(doc) or words[link] not in ROLE_LINKS:
            break
        j = link + 1
        while j < len(doc) and j not in in_name and _np_token(doc, j):
            if words[j] == "und" and (j + 1 in in_name or not _np_token(doc, j + 1)):
                break  # "und" ends the complement where no noun phrase goes on
            if words[j] in LABEL_ROLES and j + 1 < len(doc) and words[j + 1] == ":":
                break  # "… der Allianz Verantwortlich: X": a label of its own begins
            j += 1
        if j == link + 1 or not any(words[k][:1].isupper() for k in range(link + 1, j)):
            break
        end = j
    # A bare organisation after the title: "Geschäftsführer Landespräventionsrat", "Revierleiter Freital",
    # or a bare field of work before the name: "Sachgebietsleiter Ordnung und Soziales Jens Rühling".
    if end == i and end < len(doc) and end not in in_name:
        wrapped = int(end + 1 < len(doc) and wrap_at(doc, end))  # "(Bürgermeisterin\nMusterstadt)"
        if bare_org(doc, end + wrapped):
            end += 1 + wrapped
        else:
            end = _bare_field(doc, end, in_name)
    return end


def _bare_field(doc: Doc, i: int, in_name: set[int]) -> int:
    """The end of capitalised nouns right after a title that run into the name it precedes
    ("Fachbereichsleiterin Sicherheit/Ordnung, Anja Ullmann"); ``i`` where there are none."""
    words = doc_view(doc).words
    j = i
    while j < len(doc) and j - i < MAX_FIELD_TOKENS and j not in in_name:
        text = words[j]
        cue = text in ADDRESS_WORDS or text in HONORIFIC_TOKENS or is_role_word(text)
        if cue or not (text[:1].isupper() or text in ("und", "/", "-")):
            break
        j += 1
    if j == i or words[j - 1] in ("und", "/", "-"):
        return i
    after = j + 1 if j < len(doc) and words[j] == "," else j
    while after < len(doc) and (words[after] in ADDRESS_WORDS or words[after] in HONORIFIC_TOKENS):
        after += 1
    return j if after in in_name else i


def wrap_at(doc: Doc, i: int) -> bool:
    """True for the line break of a hard-wrapped paragraph at token ``i`` (its sentence goes on
    in the next line), on a page cut at a fixed column; a paragraph per line never wraps."""
    view = doc_view(doc)
    return view.words[i] == "\n" and i > 0 and view.wraps_after(i - 1) and hard_wrapped(view.text)


def _np_token(doc: Doc, j: int) -> bool:
    words = doc_view(doc).words
    text = words[j]
    if text == "\n":  # "des\nPolizeireviers": the phrase goes on in the next line of a wrapped page
        return wrap_at(doc, j) and j + 1 < len(doc) and _np_token(doc, j + 1)
    if text in QUOTE_MARKS or text == "-" or text.endswith("-"):
        return True
    if text == "und" and j + 1 < len(doc) and words[j - 1][:1].isupper():
        nxt = words[j + 1]
        # "Städte- und Gemeindetages", "für Soziales und Gesellschaftlichen Zusammenhalt"
        return (nxt[:1].isupper() and not is_role_word(nxt)) or (
            adjective(nxt) and j + 2 < len(doc) and words[j + 2][:1].isupper()
        )
    if text[:1].isupper():
        return not is_role_word(text) and text not in ADDRESS_WORDS and text not in HONORIFIC_TOKENS
    if text in DETERMINERS:  # only right after a link: "für die Region", not "... eine Vereinbarung"
        return words[j - 1] in ROLE_LINKS
    if (text in CARDINALS or text == "beiden") and words[j - 1] in DETERMINERS:
        return j + 1 < len(doc) and words[j + 1][:1].isupper()  # "der drei Gemeinden", "der beiden Städte"
    if text in ROLE_LINKS:
        return True
    # a lowercase adjective inside the complement ("des sächsischen Landtages"): after an
    # article or link and before a noun; a verb ("begrüßte die Gäste", "Moderatoren der
    # Veranstaltung führten Norbert Poppe") is neither
    before = j - 2 if j > 1 and words[j - 1] == "\n" else j - 1  # across a wrapped line
    after = j + 2 if j + 2 < len(doc) and words[j + 1] == "\n" else j + 1
    prev = words[before] if before >= 0 else ""
    nxt = words[after] if after < len(doc) else ""
    return (
        text.endswith(ADJ_ENDINGS)
        and text.isalpha()
        and len(text) > 3
        and text not in STOP_WORDS
        and nxt[:1].isupper()
        and (prev in DETERMINERS or prev in ROLE_LINKS)
    )


def _role_text(doc: Doc, start: int, end: int) -> str:
    """The role as written, without dropped modifiers, head in the nominative ("Leiters" -> "Leiter")."""
    view = doc_view(doc)  # plain lists: no Token objects
    kept = [k for k in range(start, end) if view.words[k] not in DROPPED_MODIFIERS and view.words[k] != "\n"]
    words = []
    head_seen = False
    for n, k in enumerate(kept):
        text = view.words[k]
        if not head_seen and is_role_word(text):
            text, head_seen = role_base(text) or text, True
        if n + 1 < len(kept):  # a token's own whitespace, or a space for a wrapped page's line break
            text += " " if view.words[k + 1] == "\n" else view.text[view.end(k) : view.starts[k + 1]]
        words.append(text)
    return "".join(words).strip(" ,")
