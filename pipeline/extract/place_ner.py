"""Places that the gazetteer's lists miss but GeoNames, the NER and the sentence agree on: a town
GeoNames knows that the NER tags a place (LOC) where it stands without an article ("über
Kandahar", "Rom und Neapel", "Pekings Führung"), or that the NER tags nothing right after "in",
"aus" or "nach" ("in Wolfhagen"); the German names of foreign cities are among GeoNames' other
names ("Peking", "Kairo"). And a region of a country under its German name (ISO 3166-2), also
after a preposition with an article ("in der Toskana", "im Tessin")."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence

import numpy
from spacy.tokens import Doc, Span

from pipeline.lang.calendar import MONTH_NAMES
from pipeline.lang.place_context import TEAM_PREPOSITIONS
from pipeline.lang.place_parts import ARTICLE_PREPOSITIONS
from pipeline.lang.places import (
    BARE_PLACE_PREPOSITIONS,
    LOCATION_HEADS,
    NER_PLACE_PREPOSITIONS,
    POSSESSOR_BARRIERS,
    REGION_PREPOSITIONS,
    SETTLEMENT_TITLES,
    TYPE_WORDS,
)
from pipeline.nlp.gazetteer import Gazetteer, PlaceEntry, load_world_names
from pipeline.text.docview import DocView, doc_view

#: The codes of ``ENT_IOB`` for a token that begins an entity, and one inside it.
BEGIN = 3
INSIDE = 1
#: A name of at most this many words ("Den Haag", "Old Trafford").
MAX_NAME_WORDS = 3
_PREPOSITIONS = "|".join(sorted(NER_PLACE_PREPOSITIONS | REGION_PREPOSITIONS))
#: A capitalised word after a preposition of place, or after one and an article ("in der").
_AFTER_PREPOSITION = re.compile(rf"(?i:\b(?:{_PREPOSITIONS})(?:\s+(?:der|dem|den))?)\s+([A-ZÄÖÜ][^\W\d_]+)\b")


def confirmed_by_ner(doc: Doc, text: str, gaz: Gazetteer) -> Iterator[tuple[Span, PlaceEntry]]:
    """The towns and regions of GeoNames and ISO 3166-2 the sentence and the NER confirm, each
    with its entry (``text`` is the Doc's text, which ``doc.text`` would rebuild).

    GeoNames' names are words too ("Adler", "Mai"): the NER must tag the name a place ("nach
    Kairo", though Kairo is a given name too), or tag nothing where a preposition of place leaves
    no other reading ("in Wolfhagen") and the name is no given name or month. A town takes no
    article ("die Elf" is a team); a region does ("in der Toskana").
    """
    names = load_world_names()
    view = doc_view(doc)
    for start, end, label, name in _candidates(doc, text, view):
        # a name the gazetteer knows was judged by its cues already ("des Freistaates Sachsen" in a name)
        entry = names.get(name)
        if entry is None and label == "LOC" and view.span_text(start, end) not in gaz.places:
            entry = _after_type_word(view, start, end) or _titled_settlement(doc, view, start, end)
        if entry is None:
            continue
        span = Span(doc, start, end, label=label)
        before = doc[span.start - 1].lower_ if span.start > 0 else ""
        if span.label_ == "LOC":
            # "am Neumarkt in Dresden": a square or street; a town takes no article
            with_article = (
                before in POSSESSOR_BARRIERS
                or before in REGION_PREPOSITIONS
                or before in ARTICLE_PREPOSITIONS
            )
            if entry.type == "region" or (not with_article and _for_the_place(doc, span.start, span.end)):
                yield span, entry
        elif (
            span.text not in MONTH_NAMES
            and span.text not in gaz.given_names
            and _bare_place(doc, span, entry)
        ):
            yield span, entry


def _after_type_word(view: DocView, start: int, end: int) -> PlaceEntry | None:
    """A one-word name no list knows that the NER tags a place (the caller's test) right after
    the type word of a town or district ("die Gemeinde Römerstein"), as a place of the type
    word's type."""
    kind = TYPE_WORDS.get(view.words[start - 1] if start > 0 else "")
    text = view.span_text(start, end)
    if kind not in ("municipality", "district") or not text.isalpha():
        return None  # a region needs a list; "Region Chemnitz-Zwickau" joins two towns
    return PlaceEntry(name=text, type=kind)  # type: ignore[arg-type]


def _titled_settlement(doc: Doc, view: DocView, start: int, end: int) -> PlaceEntry | None:
    """A name the NER tags a place that opens with a settlement's title right after a bare
    preposition of place ("in Fort Robinson"), as a locality of its own name; not after an
    article ("im Fort Knox" is the post's grounds)."""
    bare = start > 0 and doc[start - 1].lower_ in BARE_PLACE_PREPOSITIONS
    if not bare or end - start < 2 or view.words[start] not in SETTLEMENT_TITLES:
        return None
    return PlaceEntry(name=view.span_text(start, end), type="municipality")


def tagged_place(doc: Doc, start: int, end: int) -> bool:
    """Whether the NER tags the tokens ``[start, end)`` as one place (LOC) that stands for the
    place (see :func:`_for_the_place`)."""
    return entity_label(doc, start, end) == "LOC" and _for_the_place(doc, start, end)


def entity_label(doc: Doc, start: int, end: int) -> str:
    """The NER's label of the tokens ``[start, end)`` where they are one entity, else ""."""
    if start >= end or doc[start].ent_iob_ != "B" or entity_end(doc, start) != end:
        return ""
    return doc[start].ent_type_


def entity_start(doc: Doc, i: int) -> int | None:
    """Where the NER's entity that holds token ``i`` starts (None: in no entity)."""
    if not doc[i].ent_type_:
        return None
    while i > 0 and doc[i].ent_iob_ == "I":
        i -= 1
    return i


def entity_end(doc: Doc, i: int) -> int:
    """Where the NER's entity that holds token ``i`` ends (after ``i`` where it holds none)."""
    end = i + 1
    while end < len(doc) and doc[end].ent_iob_ == "I":
        end += 1
    return end


def _for_the_place(doc: Doc, start: int, end: int) -> bool:
    """A name the NER tags a place stands for it, unless for a team or an event after "für" or
    "gegen" ("Tore für Birmingham", "für Olympia qualifiziert"), or as the end of a name whose
    capitalised noun comes before it inside a sentence ("Börse-Vorstand Wien")."""
    if start == 0 or doc[start - 1].is_punct or doc[start - 1].is_space:
        # opening a sentence a name goes on with its verb or a joiner ("Moskau hat reagiert",
        # "London und Paris") or is a genitive before its noun ("Pekings Führung"); a word is a
        # heading's ("Essen - das ist unser Thema")
        after = doc[end].text if end < len(doc) else ""
        genitive = doc[end - 1].text.endswith("s") and after[:1].isupper()
        return after.isalpha() and (after.islower() or genitive)
    before = doc[start - 1]
    if before.lower_ in TEAM_PREPOSITIONS:
        return False
    if before.text in TYPE_WORDS or before.text.casefold().endswith(LOCATION_HEADS):
        return True  # "die Stadt Zandvoort", "die Partnerstadt Wolfhagen"
    return not (before.text[:1].isupper() and not before.is_sent_start)


def _bare_place(doc: Doc, span: Span, entry: PlaceEntry) -> bool:
    """A name the NER tags nothing right after "in", "aus" or "nach", or a region's after any
    preposition of place."""
    before = doc[span.start - 1].lower_
    return before in BARE_PLACE_PREPOSITIONS or (
        entry.type == "region" and _after_preposition(doc, span.start)
    )


def _candidates(doc: Doc, text: str, view: DocView) -> Iterator[tuple[int, int, str, str]]:
    """The NER's places (a genitive before its noun also under the name's nominative: "Pekings
    Führung"), and capitalised words the NER tags nothing after a preposition of place, each as
    its tokens ``[start, end)``, the NER's label and the name to look up; read from the token
    arrays (most candidates are names the lists know, which need no Span)."""
    words = view.words
    tags = doc.to_array(["ENT_IOB", "ENT_TYPE"])
    iob, types = tags[:, 0].tolist(), tags[:, 1].tolist()
    loc = doc.vocab.strings["LOC"]
    for start in numpy.flatnonzero((tags[:, 0] == BEGIN) & (tags[:, 1] == loc)).tolist():
        end = start + 1
        while end < len(iob) and iob[end] == INSIDE:
            end += 1
        if end - start <= MAX_NAME_WORDS and all(w[:1].isupper() or w == "-" for w in words[start:end]):
            name = view.span_text(start, end)
            yield start, end, "LOC", name
            if name.endswith("s") and end < len(words) and words[end][:1].isupper():
                yield start, end, "LOC", name[:-1]
    for match in _AFTER_PREPOSITION.finditer(text):
        # the word must be one token the NER tags nothing (as ``doc.char_span`` of one token)
        k = bisect_left(view.starts, match.start(1))
        if (
            k < len(words)
            and view.starts[k] == match.start(1)
            and view.end(k) == match.end(1)
            and not types[k]
        ):
            yield k, k + 1, "", match.group(1)


def _after_preposition(doc: Doc, start: int) -> bool:
    """Right after a preposition of place, or after one and an article ("in der", "im", "auf")."""
    before = doc[start - 1].lower_
    if before in NER_PLACE_PREPOSITIONS or before in REGION_PREPOSITIONS:
        return True
    return start > 1 and before in ("der", "dem", "den") and doc[start - 2].lower_ in NER_PLACE_PREPOSITIONS


def overlaps(span: Span, spans: Sequence[tuple[int, int]]) -> bool:
    """Whether ``span`` overlaps any of the character spans ``spans``."""
    return any(s < span.end_char and span.start_char < e for s, e in spans)
