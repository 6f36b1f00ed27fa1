"""Find where people are named in running text (credits, bylines and e-mail addresses: :mod:`.authors`).

A name is anchored on a given name from the gazetteer ("Sven Forkert", "Maria J. Schubert"),
on a form of address ("Herr Steinke"), on a role title before a family name
("Landrat Keil"), or on the statistical NER's PER entities where the model has one.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from spacy.tokens import Doc

from pipeline.extract.officials.appositions import apposition_spans
from pipeline.extract.officials.name_words import (
    INITIAL,
    gender_of,
    honorific_before,
    is_cue,
    is_family,
    is_given,
    is_name_word,
    party_cue_fits,
)
from pipeline.extract.officials.objects import is_light_verb_object, is_namesake, is_object_after_title
from pipeline.extract.officials.siblings import beside_listed
from pipeline.lang.calendar import WEEKDAY_WORDS
from pipeline.lang.names import (
    ADDRESS_GENDERS,
    ADDRESS_WORDS,
    ADJECTIVE_FORM,
    ADJECTIVE_STRONG,
    BUILDING_WORDS,
    FAMILY_NAME_ROLES,
    HONORIFIC_TOKENS,
    NAME_BLOCKERS,
    NAME_PARTICLES,
    SINGULAR_ADDRESS,
)
from pipeline.lang.organisations import COMPANY_NOUNS, ORG_HEAD_SUFFIXES, ORG_HEAD_WORDS, ORG_TAILS
from pipeline.lang.quotes import DOUBLE_QUOTE_MARKS
from pipeline.lang.roles import DETERMINERS, ROLE_MODIFIERS
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.text.docview import DocView, doc_view
from pipeline.text.layout import ArticleLayout
from pipeline.text.lexicon import is_role_word
from pipeline.text.spans import without_overlaps

Source = Literal["text", "credit", "byline", "email", "family"]


@dataclass(frozen=True)
class NameMention:
    """One place in the text that names a person."""

    start: int
    end: int
    name: str
    family: str
    honorific: str | None = None
    gender: str = ""
    source: Source = "text"
    tok_start: int = -1  # first token of the name (honorifics excluded); -1 outside running text
    tok_end: int = -1
    roles: tuple[str, ...] = field(default=())
    organization: str | None = None


def _full_name_at(view: DocView, i: int, gaz: Gazetteer) -> NameMention | None:
    """A "Given [Middle] Family" name starting at token ``i``."""
    words = view.words
    if not is_given(words[i], gaz) or is_namesake(words, i):
        return None
    j = i + 2 if view.wraps_after(i) else i + 1  # "Martin\nSchwalbe": a wrapped line breaks the name
    while j < len(words) and j - i < 3 and (INITIAL.match(words[j]) or is_given(words[j], gaz)):
        if j + 1 < len(words) and not is_family(words[j + 1]) and is_family(words[j], cued=True):
            # "Sven Hans", "Sina Jung": a given name at the end is the family name, any ending
            return _mention(view, i, j + 1, gaz) if words[j + 1] not in NAME_BLOCKERS else None
        j += 1
    # "Konstanze von Stetten": the particle is part of the family name; before a place only after
    # an academic title ("Dr. Max von Schönberg"), else it says where the person is from.
    titled = honorific_before(view, i)[0] is not None
    if j + 1 < len(words) and words[j] in NAME_PARTICLES and (words[j + 1] not in gaz.places or titled):
        j += 1
    if j >= len(words) or not (
        is_family(words[j]) or _role_as_family(words, j) or _cued_family(view, i, words[j])
    ):
        # "Andreas R. (47)": a family name cut to its initial, as courts and police write it
        return _mention(view, i, j, gaz) if j == i + 2 and INITIAL.match(words[i + 1]) else None
    if j + 1 < len(words) and words[j + 1] in NAME_BLOCKERS:
        return None
    return _mention(view, i, j + 1, gaz)


def _cued_family(view: DocView, i: int, word: str) -> bool:
    """A family name shaped like a derived noun ("Hartung", "Jung") after a given name that a role
    or a form of address introduces ("Oberbürgermeister Daniel Hartung"): the cue makes it a name."""
    _, cue_start = honorific_before(view, i)
    before = view.words[cue_start - 1] if cue_start > 0 else ""
    return (before in ADDRESS_WORDS or is_role_word(before)) and is_family(word, cued=True)


def _role_as_family(words: list[str], j: int) -> bool:
    """ "Norbert Richter", "Anna Pfleger": a role word right after a given name is a family
    name (a title stands before the name, never between given and family name)."""
    after = words[j + 1] if j + 1 < len(words) else ""
    return is_role_word(words[j]) and is_name_word(words[j]) and not (after[:1].isupper() and after.isalpha())


def _family_only_at(view: DocView, i: int, gaz: Gazetteer) -> NameMention | None:
    """ "Herr Steinke", "Frau Polizeioberrätin Heise", "Landrat Keil": a family name after a cue."""
    words = view.words
    cue = words[i]
    if not is_cue(cue) or not party_cue_fits(words, i):
        return None
    j = _after_rank_abbreviation(words, i + 1)
    while j < len(words) and words[j] in HONORIFIC_TOKENS:
        j += 1
    if j < len(words) and words[j] in FAMILY_NAME_ROLES:  # "Frau Richter": no title, a family name
        return _addressed_family(view, i, j, gaz)
    while j < len(words) and (words[j] in HONORIFIC_TOKENS or is_role_word(words[j])):
        j += 1
    if j < len(words) and words[j] in NAME_PARTICLES:
        return _addressed_family(view, i, j, gaz)
    if j >= len(words) or not is_family(words[j]) or words[j].casefold().endswith(ORG_HEAD_SUFFIXES):
        return None
    if is_light_verb_object(words, j) or is_object_after_title(words, i, j):
        return None  # "zog der Bürgermeister Bilanz": the verb's object, no titled person
    # "Eva Probe (Erste Bürgermeisterin Talheim)": the bracket gives the name before it role and town.
    k = i - 1 if i and words[i - 1] in ROLE_MODIFIERS else i
    named = [w for w in words[max(0, k - 5) : k - 1] if w != "\n"]  # "Eva\nProbe (Erste …": wrapped
    if words[j + 1 : j + 2] == [")"] and len(named) > 1 and words[k - 1] == "(" and is_given(named[-2], gaz):
        return None
    if cue not in ADDRESS_WORDS and _two_name_words(words, j, gaz):
        return _mention(view, j, j + 2, gaz)  # "Polizeihauptkommissar Berko Thomas": given name not listed
    if cue in SINGULAR_ADDRESS and _two_name_words(words, j, gaz) and "-" in words[j + 1]:
        return _mention(view, j, j + 2, gaz)  # "Frau Zanele Okonjo-Iweala": a double family name
    if is_given(words[j], gaz) and (cue not in ADDRESS_WORDS or _full_name_at(view, j, gaz)):
        return None  # "Bürgermeister Jürgen ..." is a full name; "Herr Wilke" is a family name
    if words[j] in gaz.places or (
        j + 1 < len(words)
        and words[j + 1][:1].isupper()
        and (words[j + 1].isalpha() or is_name_word(words[j + 1]))
    ):
        return None  # "Bürgermeister Jürgen ...", "Landrat Landkreis ..."
    honorific, _ = honorific_before(view, j)
    gender = ADDRESS_GENDERS.get(cue, "")
    return NameMention(
        start=view.starts[j],
        end=view.end(j),
        name=words[j],
        family=words[j],
        honorific=honorific,
        gender=gender,
        source="family",
        tok_start=j,
        tok_end=j + 1,
    )


def _addressed_family(view: DocView, i: int, j: int, gaz: Gazetteer) -> NameMention | None:
    """After a singular form of address, a family name with its particle ("Frau von Saher",
    "Herrn Dr. von Stetten") or one that is also a role word ("Frau Richter"); not "eine Frau von
    Welt", "Frau von Max Muster", "Herr von Kamenz", "Herr Richter Max Muster"."""
    words = view.words
    particle = words[j] in NAME_PARTICLES
    end = j + 2 if particle else j + 1
    family = words[end - 1] if end - 1 < len(words) else ""
    if words[i] not in SINGULAR_ADDRESS or (i > 0 and words[i - 1] in DETERMINERS):
        return None
    if particle and (
        words[j] == "vom" or not is_family(family) or family.casefold().endswith(ORG_HEAD_SUFFIXES)
    ):
        return None  # "Herr vom Ordnungsamt", "Frau von Stadtverwaltung": where they work
    if family in gaz.places:
        return None
    if end < len(words) and words[end][:1].isupper() and words[end].isalpha():
        return None  # a name after it ("Frau von Eva Probe", "Herr Richter Max Muster"), a body
    honorific, _ = honorific_before(view, j)
    return NameMention(
        start=view.starts[j],
        end=view.end(end - 1),
        name=" ".join(words[j:end]),
        family=family,
        honorific=honorific,
        gender=ADDRESS_GENDERS[words[i]],
        source="family",
        tok_start=j,
        tok_end=end,
    )


def _after_rank_abbreviation(words: list[str], j: int) -> int:
    """Skip a rank abbreviation in brackets after a title: "Polizeihauptkommissar (PHK) Max Muster"."""
    if j + 2 < len(words) and words[j] == "(" and words[j + 2] == ")" and words[j + 1].isupper():
        return j + 3
    return j


def _two_name_words(words: list[str], j: int, gaz: Gazetteer) -> bool:
    """True when words j and j+1 after a title are a given and a family name and nothing more
    capitalised follows (no place, no body, no third name word)."""
    if (
        j + 1 >= len(words)
        or not is_family(words[j + 1])
        or words[j + 1].casefold().endswith(ORG_HEAD_SUFFIXES)
    ):
        return False
    if words[j] in gaz.places or words[j + 1] in gaz.places or words[j + 1] in WEEKDAY_WORDS:
        return False
    after = words[j + 2] if j + 2 < len(words) else ""
    return not (after[:1].isupper() and after.isalpha())


def _mention(view: DocView, j: int, end: int, gaz: Gazetteer) -> NameMention:
    """The full name of tokens [j, end)."""
    honorific, _ = honorific_before(view, j)
    return NameMention(
        start=view.starts[j],
        end=view.end(end - 1),
        name=" ".join(view.span_text(j, end).split()),
        family=view.words[end - 1],
        honorific=honorific,
        gender=gender_of(view.words[j], gaz),
        tok_start=j,
        tok_end=end,
    )


def find_names(doc: Doc, layout: ArticleLayout, gaz: Gazetteer) -> list[NameMention]:
    """All name mentions of an article, in text order, without overlaps.

    Args:
        doc: The processed article.
        layout: Its layout (credits and bylines are read by :mod:`.authors`; debris is skipped).
        gaz: The gazetteer with given names.
    """
    found: list[NameMention] = []
    skip_kinds = {"credit", "byline"}
    view = doc_view(doc)
    words = view.words
    # Every anchor is a capitalised given name or cue word: each distinct word is tested once,
    # before the layout.
    anchors = {w for w in set(words) if w[:1].isupper() and (is_given(w, gaz) or is_cue(w))}
    after = 0  # where the last name ends: the next one starts there or later
    for i in [k for k, word in enumerate(words) if word in anchors]:
        if i < after:
            continue
        start = view.starts[i]
        kind = layout.kind_at(start)
        if kind is None or kind in skip_kinds or not layout.is_content(start, start + 1):
            continue
        mention = _full_name_at(view, i, gaz) or _family_only_at(view, i, gaz)
        # A particle name ("Art von Nachbarschaftshilfe" looks like one) needs a title, role or
        # repetition, or the statistical model's tag of a person on its family name.
        if mention and words[mention.tok_end - 2] in NAME_PARTICLES and not mention.honorific:
            tagged = _tagged_person(doc, mention.tok_end - 1)
            mention = mention if tagged or _person_context(doc, mention.tok_start, mention.tok_end) else None
        if mention:
            found.append(mention)
            after = mention.tok_end
    found += _apposition_names(view, layout, found, gaz)
    found += _ner_names(doc, layout, found, gaz)
    # A "name" standing alone in quotation marks names a project or title ("Helle Zeiten"), not a person.
    # A place of two words looks like a given and a family name ("Sri Lanka", "Costa Rica").
    found = [
        m
        for m in found
        if not {view.text[m.start - 1 : m.start], view.text[m.end : m.end + 1]} <= DOUBLE_QUOTE_MARKS
        and not (" " in m.name and m.name in gaz.places)
        and not _names_firm(words, m)
    ]
    return without_overlaps(found, lambda m: (m.start, m.end))


def _names_firm(words: list[str], mention: NameMention) -> bool:
    """True when a full name is a firm's name: a company noun before it ("die Firma Max Muster
    Finance"), a legal form after it ("Max Muster GmbH")."""
    start, end = mention.tok_start, mention.tok_end
    if start <= 0 or mention.source != "text":
        return False
    while start > 0 and words[start - 1] in HONORIFIC_TOKENS:
        start -= 1
    return (start > 0 and words[start - 1] in COMPANY_NOUNS) or (end < len(words) and words[end] in ORG_TAILS)


def _apposition_names(
    view: DocView, layout: ArticleLayout, found: list[NameMention], gaz: Gazetteer
) -> list[NameMention]:
    """Names in commas after a role phrase (:mod:`.appositions`) that no anchor found."""
    taken = [(m.tok_start, m.tok_end) for m in found]
    return [
        _mention(view, s, e, gaz)
        for s, e in apposition_spans(view, gaz)
        if layout.is_content(view.starts[s], view.end(e - 1)) and not any(a < e and s < b for a, b in taken)
    ]


def _ner_names(
    doc: Doc, layout: ArticleLayout, found: list[NameMention], gaz: Gazetteer
) -> list[NameMention]:
    """PER entities of the statistical model that the gazetteer rules missed."""
    extra = []
    taken = [(m.start, m.end) for m in found]
    ends, starts = {m.tok_end for m in found}, {m.tok_start for m in found}  # a list's other names
    for ent in doc.ents:
        if ent.label_ not in ("PER", "PERSON") or len(ent) < 2 or len(ent) > 4:
            continue
        if any(s < ent.end_char and ent.start_char < e for s, e in taken):
            continue
        if not layout.is_content(ent.start_char, ent.end_char) or layout.kind_at(ent.start_char) == "credit":
            continue
        tokens = list(ent)
        if not all(is_name_word(t.text) or INITIAL.match(t.text) for t in tokens):
            continue
        if any(is_role_word(t.text) or t.text in gaz.places or t.text in ADDRESS_WORDS for t in tokens):
            continue
        if ADJECTIVE_FORM.search(tokens[0].text) or ADJECTIVE_STRONG.search(tokens[0].text):
            continue  # an adjective and a noun: "Vertreter Kommunaler Präventionsräte"
        widget = any(t.text in WEEKDAY_WORDS or len(t.text) < 3 for t in tokens)
        if widget or tokens[0].text in BUILDING_WORDS:
            continue  # a calendar widget ("Di Mi Do Fr"), a building ("Villa Postplatz")
        known = tokens[0].text in gaz.given_names
        listed = beside_listed(doc, ent.start, ent.end, ends, starts)  # "A (30.), B (43.) und C"
        if not is_family(tokens[-1].text) or not (
            listed
            or _person_context(doc, ent.start, ent.end, repeated=known)
            or _named_again_alone(doc, ent.start, ent.end)
        ):
            continue
        if any(t.text in ORG_HEAD_WORDS or t.text.casefold().endswith(ORG_HEAD_SUFFIXES) for t in tokens):
            continue
        honorific, _ = honorific_before(doc_view(doc), ent.start)
        gender = gender_of(tokens[0].text, gaz)
        at = (ent.start_char, ent.end_char, ent.text, tokens[-1].text)
        extra.append(NameMention(*at, honorific, gender, tok_start=ent.start, tok_end=ent.end))
    return extra


def _tagged_person(doc: Doc, i: int) -> bool:
    """True when the statistical model tags token ``i`` as part of a person's name."""
    return any(ent.label_ in ("PER", "PERSON") and ent.start <= i < ent.end for ent in doc.ents)


def _person_context(doc: Doc, start: int, end: int, *, repeated: bool = True) -> bool:
    """Evidence beyond the model that a PER span is a person: a title or form of address before
    it, a role apposition after it, or (with ``repeated``) its family name named again elsewhere."""
    view = doc_view(doc)
    _, cue_start = honorific_before(view, start)
    before = view.words[cue_start - 1] if cue_start > 0 else ""
    if before in ADDRESS_WORDS or is_role_word(before):
        return True
    if (
        end + 1 < len(doc)
        and doc[end].text == ","
        and any(is_role_word(t.text) for t in doc[end + 1 : end + 4])
    ):
        return True  # "Sindy Krambeer, ausgebildete Diplom-Psychologin"
    return repeated and view.words.count(view.words[end - 1]) > 1


def _named_again_alone(doc: Doc, start: int, end: int) -> bool:
    """True when a full name the model tags (given name unknown to the table: "Nkechi Okafor") is
    taken up later by its family name alone, which the model tags as a person too ("… Okafor
    dankte"), as press texts name a person once in full and then by the last word; the same two
    words repeated ("Villa Postplatz … Villa Postplatz") or a noun repeated ("Welle um Welle")
    are no such evidence."""
    words = doc_view(doc).words
    family, first = words[end - 1], words[start]
    return any(
        words[i] == family and words[i - 1] != first and _tagged_person(doc, i)
        for i in range(end, len(words))
    )
