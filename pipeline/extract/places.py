"""Extract places and normalise them to the gazetteer (AGS for Saxon municipalities/districts)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from itertools import chain

from spacy.tokens import Doc, Span

from pipeline.extract.place_cues import (
    country_after,
    country_in_sentence,
    genitive_possessor,
    listed_after,
    opens_dateline,
    origin_adjective_before,
    strong_cue,
)
from pipeline.extract.place_names import is_organisation, names_a_country, natural_region, quoted_titles
from pipeline.extract.place_ner import confirmed_by_ner, overlaps, tagged_place
from pipeline.extract.place_parts import (
    after_part_preposition,
    continues_parts,
    demonym_part,
    hyphenated_part,
    in_capitals,
    looks_like_toponym,
    may_open_place,
    names_a_part,
    part_of,
    previous_word,
    quarter_with_article,
    town_after,
    town_of_demonym,
    with_qualifier,
)
from pipeline.extract.place_structure import structural_places
from pipeline.lang.place_parts import (
    ARTICLE_PREPOSITIONS,
    DIRECTIONS,
    PART_PREPOSITIONS,
    PART_TYPE_WORDS,
    SETTLEMENT_ENDINGS,
)
from pipeline.lang.places import (
    AMBIGUOUS_NAMES,
    FOREIGN_UNIT_WORDS,
    LIST_JOINERS,
    LOCATION_HEADS,
    LOCATIVE_PREPOSITIONS,
    NATURAL_REGION_WORDS,
    SINGULAR_TYPE_WORDS,
    TYPE_WORDS,
)
from pipeline.nlp.gazetteer import Gazetteer, PlaceEntry, load_gazetteer
from pipeline.records import Person, PlaceRecord
from pipeline.text.docview import DocView, doc_view
from pipeline.text.fastre import closest_name
from pipeline.text.layout import ArticleLayout

MAX_NAME_TOKENS = 5
FUZZY_CUTOFF = 0.88


@dataclass(frozen=True)
class _Match:
    start: int  # token index where the mention (type word included) starts
    name_start: int  # token index where the name starts
    end: int  # token index after the name
    entry: PlaceEntry
    type_word: str | None


def extract_places(
    doc: Doc,
    layout: ArticleLayout,
    *,
    article_id: str,
    people: Sequence[Person] = (),
    gazetteer: Gazetteer | None = None,
) -> list[PlaceRecord]:
    """Find the places of an article, each distinct place once (its first mention).

    Args:
        doc: The processed article.
        layout: Its parsed layout (debris and footers are skipped).
        article_id: Id written into the records.
        people: Persons found in the article; a place word inside a name ("Peter Darmstadt")
            is no place.
        gazetteer: The gazetteer; the bundled one by default.

    Returns:
        One record per distinct place name, in order of first mention.
    """
    gaz = gazetteer or load_gazetteer()
    # a country's name is never a person's ("Sri Lanka" read as given and family name)
    person_spans = [(m.start, m.end) for p in people for m in p.mentions if not names_a_country(m.text, gaz)]
    person_spans += quoted_titles(layout.text)
    seen: set[str] = set()
    records: list[PlaceRecord] = []
    last_end = -1
    town: PlaceEntry | None = None  # the last municipality named: the town of a part named alone
    for match, list_type in _scan(doc, gaz):
        span = doc[match.start : match.end]
        if not layout.is_content(span.start_char, span.end_char) or overlaps(span, person_spans):
            continue
        if is_organisation(doc, match.start, match.end, match.entry, match.type_word, gaz) or (
            match.entry.name in AMBIGUOUS_NAMES
            and not (_has_place_cue(doc, match) or listed_after(doc, match.start, last_end))
        ):
            continue
        if match.entry.world and not _world_city_cue(doc, match, last_end, gaz):
            # "der Sonnenberg" in a sentence on quarters: a quarter, though a town elsewhere has the name
            quarter = (
                quarter_with_article(doc_view(doc), match.start, gaz) if match.type_word is None else None
            )
            if quarter is None:
                continue  # "beim Essen", "die Lage", "Mitte Mai": a word, not a city beyond Saxony
            match = _Match(match.start, match.start, match.start + 1, quarter, None)
        last_end = match.end
        entry = _typed(match, gaz, list_type)
        if entry.type == "district_part" and entry.ags is None:
            entry = part_of(town_after(layout.text, span.end_char, gaz) or town, entry.name)
            if entry.ags is None and _named_with_article(doc, match):
                continue  # "der Edelstein" with no town named: no quarter to speak of
        elif entry.type == "municipality" and not entry.world:
            if doc[match.name_start : match.end].text.casefold() in seen:
                continue  # "die Neustadt" after "Dresdner Neustadt": the part again, not the town
            town = entry
        if entry.name.casefold() in seen:
            continue
        seen.add(entry.name.casefold())
        if entry.type == "district_part":
            seen.add(entry.name.casefold().rpartition("-")[2])  # "die Neustadt" after "Dresden-Neustadt"
        records.append(_record(article_id, span, entry))
    taken = person_spans + [(r.start, r.end) for r in records]
    # names no list knows: a dateline's, a town's before its office, the NER's ("in Zandvoort")
    for span, entry in chain(
        structural_places(doc, layout.text, gaz), confirmed_by_ner(doc, layout.text, gaz)
    ):
        if not layout.is_content(span.start_char, span.end_char) or overlaps(span, taken):
            continue
        taken.append((span.start_char, span.end_char))
        if entry.name.casefold() not in seen:
            seen.add(entry.name.casefold())
            records.append(_record(article_id, span, entry))
    return sorted(records, key=lambda record: record.start)


def _record(article_id: str, span: Span, entry: PlaceEntry) -> PlaceRecord:
    return PlaceRecord(
        article_id=article_id,
        text=span.text,
        start=span.start_char,
        end=span.end_char,
        name=entry.name,
        type=entry.type,
        ags=entry.ags,
        district=entry.district if entry.type in ("municipality", "district_part") else None,
        lat=entry.lat,
        lon=entry.lon,
    )


def _scan(doc: Doc, gaz: Gazetteer) -> Iterator[tuple[_Match, str | None]]:
    """Yield gazetteer matches, longest first at each position, left to right, each with the
    type of the list it stands in.

    A plural type word opens a list ("Landkreise Bautzen, Görlitz und Meißen": every item is a
    district) that runs on while only joiners stand between the items; inside it a misspelt
    item is still matched ("Landkreisen Bautzen, Görlitz und Sächsische Schweiz-Ostergebirge").
    """
    view = doc_view(doc)
    words = view.words
    i, opener, chain_end, part_end = 0, None, -1, -1
    while i < len(words):
        word = words[i]  # every place name and type word is capitalised; most such words open none
        if not word[:1].isupper() or (opener is None and part_end < 0 and not may_open_place(word, gaz)):
            i += 1
            continue
        match = _match_at(doc, i, gaz, view)
        # a hard-wrapped page breaks a list at a line end: "Gablenz und\nMitteldorf"
        between = [w for w in words[chain_end:i] if not w.isspace()] if opener is not None else []
        in_list = opener is not None and 0 < len(between) <= 2 and all(w in LIST_JOINERS for w in between)
        # "Stadtteile Gorbitz und Prohlis": parts of a Saxon town, also where a town elsewhere has the name
        part_list = in_list and opener.type_word in PART_TYPE_WORDS and words[i].isalpha()
        if part_list and (match is None or match.entry.world):
            match = _Match(i, i, i + 1, part_of(None, words[i]), None)
        elif match is None and in_list:
            fuzzy = _fuzzy(doc, i, i, gaz, opener.type_word)
            match = fuzzy and _Match(fuzzy.start, fuzzy.name_start, fuzzy.end, fuzzy.entry, None)
        elif continues_parts(words, part_end, i) and (
            (match is None and looks_like_toponym(words[i]))
            or (match is not None and _may_be_part(match, words[i]))
        ):
            # "aus Brockwitz und Kötitz", "von Boxdorf bis Reichenberg": the next part of the list
            match = _Match(i, i, i + 1, part_of(None, words[i]), None)
        if match:
            yield match, _list_type_of(match, opener if in_list else None)
            part_end = match.end if _named_as_part(words, match) else -1
            if match.type_word and match.type_word not in SINGULAR_TYPE_WORDS:
                opener = match
            elif not (in_list and match.type_word is None):
                opener = None
            chain_end = match.end
            i = match.end
        else:
            i += 1


def _match_at(doc: Doc, i: int, gaz: Gazetteer, view: DocView) -> _Match | None:
    words = view.words
    word = words[i]
    if not word[:1].isupper() or not may_open_place(word, gaz):
        return None  # most capitalised words: no rule below can read them, skip the lookups
    if i + 1 < len(words) and words[i + 1] == "Land" and town_of_demonym(word, gaz):
        return _Match(i, i, i + 2, PlaceEntry(name=f"{word} Land", type="region"), None)  # "Wurzener Land"
    type_word, name_start = _type_word_at(view, i)
    # A longer span names a place only where every shorter one starts a place's name (it is the
    # start of the longer one's text): look up the spans up to the first that starts none.
    last = name_start + 1 if name_start < len(words) and words[name_start] in gaz.prefixes else name_start
    limit = min(len(words), name_start + MAX_NAME_TOKENS)
    while name_start < last < limit and view.span_text(name_start, last + 1) in gaz.prefixes:
        last += 1
    for j in range(last, name_start, -1):
        text = view.span_text(name_start, j)
        entry = gaz.places.get(text)
        if entry and entry.world and type_word in PART_TYPE_WORDS:
            break  # "Stadtteil Gesundbrunnen": a part of a Saxon town, not a city elsewhere
        if entry:
            end = with_qualifier(doc, j) if "/" in entry.name and "/" not in text else j
            if entry.type == "municipality" and end < len(words) and words[end] in DIRECTIONS:
                part = view.span_text(name_start, end + 1)  # "Zwickau Nord"
                return _Match(i, name_start, end + 1, part_of(entry, part), type_word)
            if entry.type == "municipality" and end < len(words) and names_a_part(words[end], gaz):
                return _Match(i, name_start, end + 1, part_of(entry, f"{text}-{words[end]}"), type_word)
            return _Match(i, name_start, end, entry, type_word)
    shouted = in_capitals(words[name_start], gaz) if name_start < len(words) else None
    if shouted is not None:
        return _Match(i, name_start, name_start + 1, shouted, type_word)
    part = _part_at(view, i, name_start, type_word, gaz)
    if part is not None:
        return part
    if type_word and name_start < len(doc):
        natural = type_word in NATURAL_REGION_WORDS or type_word in FOREIGN_UNIT_WORDS
        region = natural_region(words, name_start) if natural else None
        if region is not None:
            return _Match(i, name_start, name_start + 1, region, type_word)  # "Halbinsel Jandia"
        return _fuzzy(doc, i, name_start, gaz, type_word)
    if type_word == "Freistaat" or word in ("Freistaat", "Freistaates", "Freistaats"):
        return _Match(i, i, i + 1, gaz.places["Sachsen"], None)
    return None


def _part_at(view: DocView, i: int, name_start: int, type_word: str | None, gaz: Gazetteer) -> _Match | None:
    """A part of a town at token ``i``: "Leipzig-Grünau", "Pirnaer Sonnenstein", "Pirna Sonnenstein",
    "Ortsteil Cunnersdorf" (see :mod:`pipeline.extract.place_parts`)."""
    words = view.words
    if name_start >= len(words):
        return None
    word = words[name_start]
    part = hyphenated_part(word, gaz)
    if part is not None:
        cue = (type_word and TYPE_WORDS[type_word] == "municipality") or (
            i > 0 and words[i - 1].casefold() in LOCATIVE_PREPOSITIONS
        )
        tail = word.partition("-")[2]
        if cue or (looks_like_toponym(tail) and gaz.places.get(tail, part).type == "district_part"):
            return _Match(i, name_start, name_start + 1, part, type_word)
        return None
    following = words[name_start + 1] if name_start + 1 < len(words) else ""
    if type_word is None and following[:1].isupper() and (part := demonym_part(word, following, gaz)):
        return _Match(i, name_start, name_start + 2, part, None)
    known = gaz.places.get(word)
    if type_word in PART_TYPE_WORDS and (known is None or known.world) and word.isalpha():
        return _Match(i, name_start, name_start + 1, part_of(None, word), type_word)
    if (
        type_word is None
        and known is None
        and word.endswith(SETTLEMENT_ENDINGS)  # "aus Backstein" is a material
        and looks_like_toponym(word)
        and f"{word}-" not in gaz.prefixes  # "in Annaberg": the town Annaberg-Buchholz, not a part
        and after_part_preposition(words, i, gaz)
    ):
        return _Match(i, i, i + 1, part_of(None, word), None)  # "Anwohner aus Brockwitz"
    quarter = quarter_with_article(view, i, gaz) if type_word is None else None
    return _Match(i, i, i + 1, quarter, None) if quarter is not None else None


def _may_be_part(match: _Match, word: str) -> bool:
    """A name of the data beyond Saxony that a Saxon part may bear too: a small town's near Saxony
    ("Lauterbach"), a locality's, or a foreign city's German name ("Reichenberg"); never a city
    under its own name ("von Boxdorf bis Hamburg")."""
    entry = match.entry
    return entry.world and (entry.strong_cue or entry.type == "district_part" or entry.name != word)


def _named_as_part(words: list[str], match: _Match) -> bool:
    """A part of a town named by its structure (a type word, a list of parts or a preposition), which
    a list of further parts may follow."""
    if match.entry.type != "district_part" or match.end - match.start != 1:
        return False
    before = previous_word(words, match.start)
    return not match.entry.world or (before >= 0 and words[before].casefold() in PART_PREPOSITIONS)


def _type_word_at(view: DocView, i: int) -> tuple[str | None, int]:
    """A type word starting at token ``i`` ("Landkreis", "Große Kreisstadt", "Lkr."), and where the name starts."""
    words = view.words
    if i + 2 < len(words) and (f"{words[i]} {words[i + 1]}" in TYPE_WORDS or words[i + 1] == "."):
        two = view.span_text(i, i + 2)
        if two in TYPE_WORDS:
            return two, i + 2
    if words[i] in TYPE_WORDS and i + 1 < len(words) and words[i + 1][:1].isupper():
        return words[i], i + 1
    return None, i


def _fuzzy(doc: Doc, i: int, name_start: int, gaz: Gazetteer, type_word: str) -> _Match | None:
    """A misspelt name after a type word ("Landkreis Sächsische Schweiz-Ostergebirge")."""
    view = doc_view(doc)  # plain lists: no Token objects
    words = view.words
    for j in range(min(len(words), name_start + MAX_NAME_TOKENS), name_start, -1):
        if not all(w[:1].isupper() or w in "-/" for w in words[name_start:j]):
            continue
        text = view.span_text(name_start, j)
        if len(text) < 6:
            continue
        pool = gaz.districts if TYPE_WORDS[type_word] == "district" else (gaz.near or gaz.places)
        close = closest_name(text, pool, FUZZY_CUTOFF)
        if close:
            return _Match(i, name_start, j, pool[close[0]], type_word)
    return None


def _named_with_article(doc: Doc, match: _Match) -> bool:
    """A part found by its article alone ("der Kaßberg"), not by a type word or its town."""
    return (
        match.type_word is None and match.start > 0 and doc[match.start - 1].lower_ in ("der", "dem", "den")
    )


def _world_city_cue(doc: Doc, match: _Match, last_end: int, gaz: Gazetteer) -> bool:
    """Whether the text treats a city name of the world data as a place: after a locative
    preposition, a type word or a noun of location ("in Hannover", "Partnerstadt Liberec"), in a
    list after another place ("Bayern und München"), or before the country it lies in ("Zgorzelec
    in Polen")."""
    if "(" in doc[match.name_start : match.end].text:
        return True  # an official qualifier in brackets: "Halle (Saale)", "Frankfurt (Oder)"
    if match.type_word is None and match.start > 0 and doc[match.start - 1].lower_ in ARTICLE_PREPOSITIONS:
        return False  # a town's name takes no article: "im Hof des Jugendclubs", "beim Essen"
    if country_in_sentence(doc, match.start, match.entry.country, gaz):
        return True  # "Partner in Tschechien und Polen, insbesondere mit Liberec und Bogatynia"
    if match.entry.strong_cue:
        return strong_cue(doc, match.start, match.end, match.type_word is not None, gaz)
    if _has_place_cue(doc, match) or origin_adjective_before(doc, match.start):
        return True
    if opens_dateline(doc, match.start, match.end):
        return True  # "Hannover (dpa) - Der Landtag ..."
    if genitive_possessor(doc, match.start, match.end, match.entry.name):
        return True  # "Kölns Oberbürgermeisterin"
    if tagged_place(doc, match.name_start, match.end):
        return True  # "Moskau hat reagiert": the NER reads the name as a place
    prev = doc[match.start - 1].text if match.start > 0 else ""
    if prev[:1].isupper() and prev.casefold().endswith(LOCATION_HEADS):
        return True
    return listed_after(doc, match.start, last_end) or country_after(doc, match.end, gaz)


def _has_place_cue(doc: Doc, match: _Match) -> bool:
    """A type word or a locative preposition before the name; before a part of a town also with its
    article ("in der Äußeren Neustadt", "auf dem Kaßberg"; "in der Lage" is no city)."""
    prev = doc[match.start - 1].lower_ if match.start > 0 else ""
    if match.entry.type == "district_part" and prev in PART_PREPOSITIONS:
        return True  # "ein Bus ab Pobershau"
    if prev in ("der", "dem", "den") and match.start > 1 and match.entry.type == "district_part":
        prev = doc[match.start - 2].lower_
        return prev in LOCATIVE_PREPOSITIONS or prev == "auf"
    return match.type_word is not None or prev in LOCATIVE_PREPOSITIONS


def _list_type_of(match: _Match, opener: _Match | None) -> str | None:
    """The place type a list gives ``match``: its own plural type word's, or its opener's."""
    if match.type_word:
        return None if match.type_word in SINGULAR_TYPE_WORDS else TYPE_WORDS[match.type_word]
    return TYPE_WORDS[opener.type_word] if opener is not None and opener.type_word else None


def _typed(match: _Match, gaz: Gazetteer, list_type: str | None) -> PlaceEntry:
    """The entry with the type the context gives: "Landkreis Bautzen" is the district."""
    wanted = TYPE_WORDS[match.type_word] if match.type_word else list_type
    if wanted == "district" and match.entry.type != "district":
        district = gaz.district_of(match.entry.name)
        if district:
            return district
    return match.entry
