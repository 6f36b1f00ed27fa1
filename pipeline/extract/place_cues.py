"""Cues that a name of the data beyond Saxony stands for a place in this sentence.

A city's name beyond Saxony is often a German word too ("Halle", "Forst"); the place extractor
takes it only where the text treats it as a place. Small towns near Saxony need a strong cue: a
type word or a noun of location before them ("die Stadt Aš", "Nachbarstadt Šluknov"), the
adjective of their country or state ("im polnischen Zgorzelec", "dem brandenburgischen
Spremberg"), or their country after them ("Łęknica in Polen").
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.lang.layout import AGENCY_MARKS
from pipeline.lang.places import (
    DATELINE_MARKS,
    HOME_COUNTRY,
    LIST_JOINERS,
    LOCATION_HEADS,
    LOCATIVE_PREPOSITIONS,
    ORIGIN_ADJECTIVE,
    POSSESSOR_BARRIERS,
)
from pipeline.nlp.gazetteer import Gazetteer

_ORIGIN_ADJECTIVE = re.compile(ORIGIN_ADJECTIVE)


def origin_adjective_before(doc: Doc, start: int) -> bool:
    """ "im polnischen Wrocław": an adjective of a country or state right before the name."""
    return start > 0 and _ORIGIN_ADJECTIVE.fullmatch(doc[start - 1].text) is not None


def listed_after(doc: Doc, start: int, last_end: int) -> bool:
    """In a list right after another place: "Bayern und München", "mit Spremberg und mit Cottbus"
    (the preposition repeated after the joiner)."""
    prev = doc[start - 1].text if start > 0 else ""
    if prev in LIST_JOINERS and last_end == start - 1:
        return True
    return (
        start > 1
        and (prev.casefold() in LOCATIVE_PREPOSITIONS or prev.casefold() == "mit")
        and doc[start - 2].text in LIST_JOINERS
        and last_end == start - 2
    )


def country_after(doc: Doc, end: int, gaz: Gazetteer) -> bool:
    """ "Zgorzelec in Polen": the country or state the town lies in, right after it."""
    after = doc[end : end + 2]
    if len(after) < 2 or after[0].lower_ != "in":
        return False
    entry = gaz.places.get(after[1].text)
    return entry is not None and entry.type in ("country", "state")


def country_in_sentence(doc: Doc, start: int, country: str | None, gaz: Gazetteer) -> bool:
    """The country a city lies in, named in the city's sentence: "Partner in Tschechien und Polen,
    insbesondere mit Liberec und Bogatynia"; not a German city with Germany (its name is often a
    German word)."""
    if country is None or country == HOME_COUNTRY:
        return False
    for token in doc[start].sent:
        entry = gaz.places.get(token.text) if token.text[:1].isupper() else None
        if entry is not None and entry.type == "country" and entry.name == country:
            return True
    return False


def strong_cue(doc: Doc, start: int, end: int, type_word: bool, gaz: Gazetteer) -> bool:
    """Whether a small town's name near Saxony is a place here: a type word or a noun of location
    before it, the adjective of its country, or its country after it; a bare preposition is not
    enough ("im Forst" is a forest)."""
    prev = doc[start - 1].text if start > 0 else ""
    noun_of_location = prev[:1].isupper() and prev.casefold().endswith(LOCATION_HEADS)
    return (
        type_word or noun_of_location or origin_adjective_before(doc, start) or country_after(doc, end, gaz)
    )


def opens_dateline(doc: Doc, start: int, end: int) -> bool:
    """A name opening a paragraph before a dash, an agency's mark or a bracket with one: the
    dateline of a news item ("Hannover (dpa) - Der Landtag", "Essen - Die Stadt", "Köln taz"),
    also one of several names joined by slashes ("Berlin/Mülheim/Ruhr (dpa)")."""
    while start > 1 and doc[start - 1].text == "/" and doc[start - 2].text[:1].isupper():
        start -= 2
    if start > 0 and not (doc[start - 1].is_space and "\n" in doc[start - 1].text):
        return False
    while end + 1 < len(doc) and doc[end].text == "/" and doc[end + 1].text[:1].isupper():
        end += 2
    after = [t.text for t in doc[end : end + 3]]
    if not after:
        return False
    if after[0] in ("-", "–", "—") or after[0] in AGENCY_MARKS or after[0] in DATELINE_MARKS:
        return True
    return after[0] == "(" and len(after) == 3 and after[2] == ")" and len(after[1]) <= 5


def genitive_possessor(doc: Doc, start: int, end: int, name: str) -> bool:
    """A name in the -s genitive before the noun it qualifies, with no article or preposition of
    its own: "Kölns Oberbürgermeisterin", "Roms Altstadt"; "des Essens" is a meal."""
    written = doc[end - 1].text
    if end >= len(doc) or not (written.endswith("s") and not name.endswith("s")):
        return False
    if not doc[end].text[:1].isupper():
        return False
    return start == 0 or doc[start - 1].lower_ not in POSSESSOR_BARRIERS
