"""Places of names that no list may know, found by the structure of the text: a newspaper's
dateline ("Wolfhagen (dpa) -", "KASSEL Die Stadt ...", "Kassel/Wolfhagen (ots)") and a town's
genitive before one of its offices ("Römersteins Bürgermeister")."""

from __future__ import annotations

import re
from collections.abc import Iterator

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span

from pipeline.lang.layout import AGENCY_MARKS
from pipeline.lang.place_context import TOWN_OFFICE_NOUNS
from pipeline.lang.places import DATELINE_MARKS, POSSESSOR_BARRIERS
from pipeline.nlp.gazetteer import Gazetteer, PlaceEntry, load_world_names

#: A name in capitals of at least this many letters opens a dateline ("BOCHUM"; "EU" is none).
MIN_CAPITALS = 3
#: The marks after a dateline: the agencies' and the newspapers'.
MARKS = frozenset(AGENCY_MARKS) | DATELINE_MARKS
_MARKS = "|".join(re.escape(mark) for mark in sorted(MARKS))
#: The first name of a paragraph that may open a dateline: names joined by slashes before a
#: bracket or a mark ("Wolfhagen (dpa)", "Kassel/Wolfhagen ots"), or a word in capitals before
#: the next word ("BOCHUM Dass").
_PARAGRAPH_OPENER = re.compile(
    rf"(?:\A|\n)[ \t]*(?=([A-ZÄÖÜ][\w-]*))"
    rf"(?:[\w-]+(?:/[A-ZÄÖÜ][\w-]*)*[ \t]*(?:\(|(?:{_MARKS})\b)|[A-ZÄÖÜ-]{{3,}}(?:/[A-ZÄÖÜ-]+)*[ \t]+[A-ZÄÖÜ])"
)
#: A name of two or three words in capitals opening a paragraph before the date or the mark of
#: an agency's dateline ("DEN HAAG, 5. November (dpa)", "BAD SCHANDAU (dpa)").
_SHOUTED_NAMES = re.compile(
    rf"(?:\A|\n)[ \t]*([A-ZÄÖÜ]{{2,}}(?:[ \t]+[A-ZÄÖÜ]{{2,}}){{1,2}})"
    rf"(?=,[ \t]*\d{{1,2}}\.[ \t]*[A-ZÄÖÜ]|[ \t]*\((?:{_MARKS})\))"
)
#: A capitalised word in the -s genitive before an office of a town ("Römersteins Bürgermeister").
_OFFICE_GENITIVE = re.compile(rf"\b([A-ZÄÖÜ][\w-]{{3,}}s) (?:{'|'.join(sorted(TOWN_OFFICE_NOUNS))})\b")


def structural_places(doc: Doc, text: str, gaz: Gazetteer) -> Iterator[tuple[Span, PlaceEntry]]:
    """The places named in a dateline or as a town's genitive before its office, each with its
    entry (the gazetteer's, GeoNames', or a town of its own name); ``text`` is the Doc's text."""
    for match in _PARAGRAPH_OPENER.finditer(text):
        first = doc.char_span(match.start(1), match.end(1))
        if first is not None:
            yield from _dateline(doc, first.start, gaz)
    for match in _SHOUTED_NAMES.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        entry = _entry(" ".join(match[1].split()).title(), gaz)
        if span is not None and entry is not None:
            yield span, entry
    for match in _OFFICE_GENITIVE.finditer(text):
        span = doc.char_span(match.start(1), match.end(1))
        if span is not None and _office_genitive(doc, span.start, gaz):
            name = span.text[:-1]
            yield span, _entry(name, gaz) or PlaceEntry(name=name, type="municipality")


def _dateline(doc: Doc, i: int, gaz: Gazetteer) -> Iterator[tuple[Span, PlaceEntry]]:
    """The names of a dateline opening a paragraph at token ``i``: names joined by slashes before
    an agency's mark, bare or in brackets ("Wolfhagen (dpa)", "Kassel/Wolfhagen (ots)", "BERLIN
    taz"), or known towns in capitals before the text ("BOCHUM Dass er ...")."""
    names = [i]
    end = i + 1
    while end + 1 < len(doc) and doc[end].text == "/" and _name_word(doc[end + 1].text):
        names.append(end + 1)
        end += 2
    if not _name_word(doc[i].text):
        return
    after = [t.text for t in doc[end : end + 3]]
    marked = bool(after) and (
        after[0] in MARKS or (after[:1] == ["("] and after[1:3] in ([m, ")"] for m in MARKS))
    )
    shouted = all(len(doc[n].text) >= MIN_CAPITALS and doc[n].text.isupper() for n in names)
    # a sentence goes on after the name: "BOCHUM Dass er ...", not "ESSEN Speisen und Getränke"
    opens_text = shouted and bool(after) and after[0][:1].isupper() and after[0].lower() in STOP_WORDS
    if not (marked or opens_text):
        return
    for n in names:
        word = doc[n].text
        entry = _entry(word.title() if word.isupper() else word, gaz)
        if entry is None and marked and (n == i or doc[n].ent_type_ == "LOC"):
            # a later name no list knows must be the NER's place: "Mülheim/Ruhr" names a river
            entry = PlaceEntry(name=word.title() if word.isupper() else word, type="municipality")
        if entry is not None:
            yield doc[n : n + 1], entry


def _name_word(word: str) -> bool:
    return word[:1].isupper() and word.replace("-", "").isalpha()


def _entry(name: str, gaz: Gazetteer) -> PlaceEntry | None:
    """The town or state ``name`` of the gazetteer or of GeoNames; no country (a menu's item)."""
    entry = gaz.places.get(name) or load_world_names().get(name)
    return entry if entry is not None and entry.type in ("municipality", "state") else None


def _office_genitive(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """ "Römersteins Bürgermeister": a capitalised name in the -s genitive, with no article or
    preposition of its own, right before an office of a town; not a given name ("Peters")."""
    word = doc[i].text
    if (
        not _name_word(word)
        or word.isupper()
        or i + 1 >= len(doc)
        or doc[i + 1].text not in TOWN_OFFICE_NOUNS
    ):
        return False
    return (i == 0 or doc[i - 1].lower_ not in POSSESSOR_BARRIERS) and word[:-1] not in gaz.given_names
