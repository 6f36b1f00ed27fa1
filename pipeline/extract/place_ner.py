"""Places that the gazetteer's lists miss but the sentence, GeoNames and the NER agree on: a name
after a preposition of place that GeoNames knows as a town ("in Zandvoort", "aus Peking"; the
German names of foreign cities are among GeoNames' other names), where the NER tags it a place
(LOC) or, right after "in", "aus" or "nach", tags it nothing else; and a region of a country
with a German name (ISO 3166-2), also after an article ("in der Toskana", "im Tessin")."""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span

from pipeline.lang.calendar import MONTH_NAMES
from pipeline.lang.places import BARE_PLACE_PREPOSITIONS, NER_PLACE_PREPOSITIONS, REGION_PREPOSITIONS
from pipeline.nlp.gazetteer import Gazetteer, PlaceEntry, load_world_names

#: A name of at most this many words ("Den Haag", "Old Trafford").
MAX_NAME_WORDS = 3


def confirmed_by_ner(doc: Doc, gaz: Gazetteer) -> Iterator[tuple[Span, PlaceEntry]]:
    """The towns GeoNames knows named right after a preposition of place, and the regions with a
    German name also after one with an article ("in der Toskana"), each with its entry.

    GeoNames' names are words too ("Adler", "Mai"): the NER must tag the name a place ("nach
    Kairo", though Kairo is a given name too), or tag nothing where the preposition leaves no
    other reading ("in Wolfhagen") and the name is no given name or month.
    """
    names = load_world_names()
    for span in _after_prepositions(doc):
        entry = names.get(span.text)
        if entry is None:
            continue
        labels = {token.ent_type_ for token in span}
        preposition = doc[span.start - 1].lower_
        bare = labels == {""} and span.text not in MONTH_NAMES and span.text not in gaz.given_names
        if preposition not in NER_PLACE_PREPOSITIONS:  # "in der Toskana": a region takes an article
            if entry.type == "region" and (labels == {"LOC"} or bare):
                yield span, entry
        elif labels == {"LOC"} or (bare and preposition in BARE_PLACE_PREPOSITIONS):
            yield span, entry


def _after_prepositions(doc: Doc) -> Iterator[Span]:
    """The NER's names and single capitalised words right after a preposition of place."""
    for ent in doc.ents:
        if ent.start > 0 and _name(ent) and _after_preposition(doc, ent.start):
            yield ent
    for token in doc[1:]:
        bare = not token.ent_type_ and token.text[:1].isupper() and token.is_alpha
        if bare and _after_preposition(doc, token.i):
            yield doc[token.i : token.i + 1]


def _after_preposition(doc: Doc, start: int) -> bool:
    """Right after a preposition of place, or after one and an article ("in der", "im", "auf")."""
    before = doc[start - 1].lower_
    if before in NER_PLACE_PREPOSITIONS or before in REGION_PREPOSITIONS:
        return True
    return start > 1 and before in ("der", "dem", "den") and doc[start - 2].lower_ in NER_PLACE_PREPOSITIONS


def _name(ent: Span) -> bool:
    """A name of a few capitalised words."""
    return len(ent) <= MAX_NAME_WORDS and all(t.text[:1].isupper() or t.text == "-" for t in ent)


def overlaps(span: Span, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of the character spans ``spans``."""
    return any(s < span.end_char and span.start_char < e for s, e in spans)
