"""Extract the people an article names, with their roles and organisations."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from spacy.tokens import Doc

from pipeline.extract.officials.activities import with_activity_roles
from pipeline.extract.officials.anchors import sentence_bounds
from pipeline.extract.officials.authors import (
    name_line_authors,
    page_names,
    with_agency_credits,
    with_print_author,
)
from pipeline.extract.officials.binding import bind_roles
from pipeline.extract.officials.descriptions import bind_speaker_descriptions
from pipeline.extract.officials.genitive import in_nominative
from pipeline.extract.officials.names import NameMention, find_names
from pipeline.extract.officials.roles import RolePhrase, find_role_phrases
from pipeline.lang.organisations import ORG_HEAD_SUFFIXES
from pipeline.lang.places import LOCATIVE_PREPOSITIONS
from pipeline.lang.role_cues import LABEL_ROLES
from pipeline.lang.roles import DETERMINERS, OFFICE_NAMES
from pipeline.nlp.gazetteer import Gazetteer, load_gazetteer
from pipeline.records import Mention, Person, near_spelling, person_key
from pipeline.text.docview import doc_view
from pipeline.text.layout import ArticleLayout
from pipeline.text.lexicon import feminine_role, masculine_role
from pipeline.text.spans import without_overlaps

_FROM = frozenset({"vom", "von", "beim"})
#: Longest abbreviated title expanded to its office ("OBM").
MAX_ABBREVIATION = 3


def extract_officials(doc: Doc, layout: ArticleLayout, *, gazetteer: Gazetteer | None = None) -> list[Person]:
    """Find every person the article names, once each, with all roles the article gives.

    Args:
        doc: The processed article.
        layout: Its parsed layout.
        gazetteer: The gazetteer with given names; the bundled one by default.

    Returns:
        Persons in order of first mention. A person named by family name only ("Herr
        Steinke", "Innenminister Wöller") is merged with the full name of the same family
        name where the article gives one.
    """
    gaz = gazetteer or load_gazetteer()
    names = name_mentions(doc, layout, gaz)
    phrases = find_role_phrases(doc, names)
    bound = bind_speaker_descriptions(doc, names, phrases, bind_roles(doc, names, phrases))
    groups = _group(names)
    people = [_person(doc, names, ks, bound) for ks in groups]
    return _with_later_mentions(doc, layout, people, gaz)


def name_mentions(doc: Doc, layout: ArticleLayout, gaz: Gazetteer) -> list[NameMention]:
    """Every mention of a person in the article, in text order, without overlaps: running text,
    and the page's credits, bylines, name lines and e-mail addresses."""
    # An author's name line or a date line's author may also be read as running text: the author wins.
    view = doc_view(doc)
    in_text = [in_nominative(view, m, gaz) for m in find_names(doc, layout, gaz)]  # "Hermann Müllers Rede"
    found = [*name_line_authors(layout, gaz), *page_names(layout, gaz), *in_text]
    named = with_activity_roles(layout.text, without_overlaps(found, _span))
    return with_agency_credits(layout.text, with_print_author(layout.text, named))


def _span(mention: NameMention) -> tuple[int, int]:
    return mention.start, mention.end


def _group(names: Sequence[NameMention]) -> list[list[int]]:
    """Indices of ``names`` per person: same given+family name, or a family name alone."""
    groups: dict[str, list[int]] = {}
    families: dict[str, list[str]] = {}
    for k, mention in enumerate(names):
        if _is_full(mention):
            key = person_key(mention.name)
            groups.setdefault(key, []).append(k)
            families.setdefault(mention.family.casefold(), []).append(key)
    _merge_slips(groups, families)
    for k, mention in enumerate(names):
        if not _is_full(mention):
            family = mention.family.casefold()
            full = sorted(set(families.get(family, [])))
            if not full:  # "Zenker" beside the one "Thomas Zenler": a slip of one letter
                full = sorted(
                    {key for f, keys in families.items() if near_spelling(f, family) for key in keys}
                )
            key = full[0] if len(full) == 1 else family
            groups.setdefault(key, []).append(k)
    return sorted((sorted(ks) for ks in groups.values()), key=lambda ks: names[ks[0]].start)


def _is_full(mention: NameMention) -> bool:
    """A given and a family name; not a family name alone, with its particle or not ("von Saher")."""
    return len(mention.name.split()) > 1 and mention.source != "family"


def _merge_slips(groups: dict[str, list[int]], families: dict[str, list[str]]) -> None:
    """Join full names whose given names agree and whose family names differ by one letter."""
    for key in sorted(groups):
        given, _, family = key.rpartition(" ")
        for other in sorted(groups):
            o_given, _, o_family = other.rpartition(" ")
            if other != key and key in groups and o_given == given and near_spelling(family, o_family):
                groups[key] += groups.pop(other)
                families[family] = [key if k == other else k for k in families.get(family, [])] + [key]
                families.pop(o_family, None)


def _person(
    doc: Doc, names: Sequence[NameMention], ks: list[int], bound: dict[int, list[RolePhrase]]
) -> Person:
    mentions = [names[k] for k in ks]
    full = [m for m in mentions if _is_full(m)] or mentions
    spellings = Counter(m.family for m in mentions)
    family = max(
        spellings, key=lambda f: (spellings[f], -mentions.index(next(m for m in mentions if m.family == f)))
    )
    name = full[0].name if full[0].family == family else full[0].name[: -len(full[0].family)] + family
    roles: list[str] = []
    organization = None
    named_gender = next((m.gender for m in mentions if m.gender), None)
    for k in ks:
        for role in names[k].roles:
            _add(roles, role)
        for phrase in bound.get(k, []):
            # A title on a line of its own does not agree with the name: the name's gender decides.
            across = named_gender == "f" and _across_lines(doc, names[k], phrase)
            for role in phrase.roles:
                # a label's role ("Verantwortlich: X") was not chosen for the person either
                generic = across or (named_gender == "f" and role in LABEL_ROLES.values())
                _add(
                    roles,
                    feminine_role(role) if generic else masculine_role(role) if named_gender == "m" else role,
                )
                _add(roles, _expanded(role, named_gender))
            organization = organization or phrase.organization or _org_acted_for(doc, phrase.start)
        organization = organization or names[k].organization or _org_after(doc, names[k])
    honorific = max((m.honorific for m in mentions if m.honorific), key=len, default=None)
    gender = named_gender or _gender_of_roles(roles)
    return Person(
        name=name,
        family=family,
        variants=tuple(sorted({m.name for m in full} - {name})),
        honorific=honorific,
        roles=tuple(roles),
        organization=organization,
        gender=gender or None,
        mentions=tuple(Mention(start=m.start, end=m.end, text=_span_text(doc, m)) for m in mentions),
    )


def _span_text(doc: Doc, mention: NameMention) -> str:
    """The mention as written; via a span, since ``doc.text`` rebuilds the whole text each call."""
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    text = span.text if span is not None else ""
    if span is None or span.start_char != mention.start or span.end_char != mention.end:
        text = doc[:].text[mention.start : mention.end]  # a mention inside a token (e-mail, credit)
    return text


def _add(roles: list[str], role: str) -> None:
    if role and role.casefold() not in {r.casefold() for r in roles}:
        roles.append(role)


def _expanded(role: str, gender: str | None) -> str:
    """The office an abbreviated title names ("OB" -> "Oberbürgermeister", "MdL" ->
    "Landtagsabgeordneter", for a woman "Landtagsabgeordnete"); "" for any other role."""
    office = OFFICE_NAMES.get(role, "") if len(role) <= MAX_ABBREVIATION else ""
    return feminine_role(office) if office and gender == "f" else office


def _across_lines(doc: Doc, mention: NameMention, phrase: RolePhrase) -> bool:
    """True when a line break stands between a name and its role phrase ("Bürgermeister" above
    "Karin Muster"): the title's form was not chosen for that person."""
    if mention.tok_start < 0:
        return False
    words = doc_view(doc).words
    if phrase.end <= mention.tok_start:
        gap = range(phrase.end, mention.tok_start)
    else:
        gap = range(mention.tok_end, phrase.start)
    return any("\n" in words[i] for i in gap)


def _gender_of_roles(roles: Sequence[str]) -> str | None:
    heads = [r.split()[0] for r in roles if r]
    if any((h.endswith("in") and not h.endswith(("rin", "ein"))) or h.endswith("erin") for h in heads):
        return "f"
    return None


def _org_acted_for(doc: Doc, start: int) -> str | None:
    """ "Für das Kultusministerium war der zuständige Referatsleiter ...": the body a clause
    opening with "Für <organisation>" says the person acts for."""
    tokens = doc_view(doc).words[sentence_bounds(doc, start)[0] : start]
    if len(tokens) < 3 or tokens[0].casefold() not in ("für", "seitens") or len(tokens) > 8:
        return None
    words = [t for t in tokens[1:] if t not in DETERMINERS]
    head = words[0] if words else ""
    if head[:1].isupper() and head.casefold().endswith(ORG_HEAD_SUFFIXES):
        return head
    return None


def _org_after(doc: Doc, mention: NameMention) -> str | None:
    """ "Torsten Kosuch vom Landespräventionsrat Sachsen", "Bernd Stracke vom B3 Institut"."""
    i = mention.tok_end
    if i < 0 or i >= len(doc):
        return None
    if doc[i].text == "(":  # "Manfred Weißbach (l.) von der Direktion Görlitz"
        while i < len(doc) and doc[i].text != ")":
            i += 1
        i += 1
    if i >= len(doc) or doc[i].text not in _FROM:
        return None
    j = i + 1
    while j < len(doc) and doc[j].text in DETERMINERS:
        j += 1
    words = []
    while j < len(doc) and (doc[j].text[:1].isupper() or doc[j].text[:1].isdigit()) and not doc[j].is_punct:
        words.append(doc[j].text)
        j += 1
    return " ".join(words) or None


def _with_later_mentions(
    doc: Doc, layout: ArticleLayout, people: list[Person], gaz: Gazetteer
) -> list[Person]:
    """Add bare family-name mentions ("so Meier") to the person of that name, if unique."""
    by_family: dict[str, list[int]] = {}
    for k, person in enumerate(people):
        by_family.setdefault(person.family, []).append(k)
    taken = {(m.start, m.end) for p in people for m in p.mentions}
    extra: dict[int, list[Mention]] = {}
    view = doc_view(doc)
    for i, word in enumerate(view.words):
        ks = by_family.get(word)
        if not ks or len(ks) != 1:
            continue  # most words: no family name of one person
        span = (view.starts[i], view.end(i))
        if not layout.is_content(*span):
            continue
        if any(s <= span[0] and span[1] <= e for s, e in taken):
            continue
        if i > 0 and view.words[i - 1].casefold() in LOCATIVE_PREPOSITIONS and word in gaz.places:
            continue  # "Bürgermeister Peter Freiberg kam aus Freiberg": the town, not the man
        extra.setdefault(ks[0], []).append(Mention(start=span[0], end=span[1], text=word))
    return [
        p.model_copy(
            update={"mentions": tuple(sorted(p.mentions + tuple(extra.get(k, ())), key=lambda m: m.start))}
        )
        for k, p in enumerate(people)
    ]
