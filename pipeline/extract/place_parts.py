"""Parts of towns (Ortsteile, Stadtteile, quarters) recognised by how German names them, and
place names in capitals.

No bundled list names every Ortsteil, so a part is recognised by the structures that name one:

* the town's demonym before a name: "Pirnaer Sonnenstein", "Dresdner Neustadt" (a demonym
  never stands before another town: "Neustadt" here is Dresden's, not Neustadt in Sachsen);
* the town and the part joined by a hyphen or a space: "Leipzig-Grünau", "Pirna Sonnenstein";
* a type word before the name: "Ortsteil Cunnersdorf", "Stadtteile Gorbitz und Prohlis";
* its article alone where the sentence speaks of quarters or after "auf" ("der Kaßberg und der
  Sonnenberg gelten als gelungene Quartiere", "auf dem Kaßberg");
* a preposition of place before a name that ends as settlements' names do ("Anwohner aus
  Brockwitz"), and the names listed after such a part ("und Kötitz", "von Boxdorf bis
  Reichenberg").

The second half of a merged town's name ("Oberfrohna" of "Limbach-Oberfrohna") is a part the
gazetteer knows (:func:`pipeline.nlp.gazetteer.load_gazetteer`).

Where the name itself is no known place, it must look like one: a compound on a word that
forms place names ("-stein", "-berg", "-dorf", "-au", "-itz"), see
:data:`pipeline.lang.place_parts.TOPONYM_ENDINGS`.
"""

from __future__ import annotations

import bisect
import re
from functools import lru_cache

from spacy.tokens import Doc

from pipeline.lang.place_parts import (
    NON_TOPONYM_ENDINGS,
    PART_LIST_JOINERS,
    PART_PREPOSITIONS,
    QUARTER_NAMES,
    QUARTER_NOUN_STEMS,
    TOPONYM_ENDINGS,
)
from pipeline.lang.places import CITY_STATES, TYPE_WORDS
from pipeline.nlp.gazetteer import Gazetteer, PlaceEntry
from pipeline.text.docview import DocView

#: A part's name is a word of at least this many letters ("Grünau", not "Bau").
MIN_PART_LETTERS = 5
#: The town a part belongs to, named right after it (or after the other parts of a list):
#: "Ortsteil Oberlosa der Stadt Plauen", "Stadtteile Grünau und Paunsdorf in Leipzig".
_TOWN_AFTER = re.compile(
    r"(?:\s*(?:,|und|sowie)\s*[A-ZÄÖÜ][\w-]*)*\s+(?:der\s+(?:Stadt|Gemeinde)|von|in|im)\s+"
    r"(?P<town>[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*)?)"
)
#: A name in capitals has at least this many letters ("PIRNA"; "AUE" may be an acronym).
MIN_CAPITALS_LETTERS = 4


def part_of(town: PlaceEntry | None, name: str) -> PlaceEntry:
    """A part of ``town`` named ``name``: its municipality's key, district and coordinates
    (none where the town is not known)."""
    if town is None:
        return PlaceEntry(name=name, type="district_part")
    return PlaceEntry(
        name=name, type="district_part", ags=town.ags, district=town.district, lat=town.lat, lon=town.lon
    )


@lru_cache(maxsize=4096)  # asked for most capitalised words of every article
def looks_like_toponym(word: str) -> bool:
    """A capitalised compound on a place-forming word ("Sonnenstein", "Kaßberg", "Grünau"), not a
    common noun on one ("Meilenstein", "Neubau")."""
    lowered = word.casefold()
    return (
        len(word) >= MIN_PART_LETTERS
        and word[:1].isupper()
        and word.isalpha()
        and lowered.endswith(TOPONYM_ENDINGS)
        and not lowered.endswith(NON_TOPONYM_ENDINGS)
    )


#: The first tokens of type words ("Landkreis", "Große" of "Große Kreisstadt", "Lkr" of "Lkr."), and
#: "Freistaat", which names Saxony alone.
_OPENING_WORDS = frozenset(
    {*TYPE_WORDS, *(w.split(" ")[0] for w in TYPE_WORDS), *(w[:-1] for w in TYPE_WORDS if w.endswith("."))}
    | {"Freistaat", "Freistaates", "Freistaats"}
)


def may_open_place(word: str, gaz: Gazetteer) -> bool:
    """Whether a capitalised word may open a place for any rule of
    :func:`pipeline.extract.places._match_at`: a type word's first token, the start of a known name,
    a name in capitals, a town and its part joined by a hyphen, a town's demonym, a word that looks
    like a part's name, or "Freistaat". A cheap test that rules out most capitalised words."""
    return (
        word in gaz.prefixes
        or word in _OPENING_WORDS
        or "-" in word
        or word.isupper()
        or looks_like_toponym(word)
        or town_of_demonym(word, gaz) is not None
    )


def town_of_demonym(word: str, gaz: Gazetteer) -> PlaceEntry | None:
    """The municipality whose inhabitants' adjective ``word`` is ("Pirnaer", "Dresdner", "Görlitzer")."""
    if not word.endswith("er") or len(word) < MIN_PART_LETTERS or not word[:1].isupper():
        return None
    stem = word[:-2]
    for name in (stem, stem[:-1] + "e" + stem[-1]):  # Pirna-er, Dresd(e)n-er
        entry = gaz.places.get(name)
        if entry is not None and entry.type == "municipality" and not entry.world:
            return entry
    return None


def demonym_part(word: str, name: str, gaz: Gazetteer) -> PlaceEntry | None:
    """ "Dresdner Neustadt", "Pirnaer Sonnenstein": a part named after its town's demonym.

    The name must be a known place name or look like one; "Dresdner Polizei" is no part.
    """
    town = town_of_demonym(word, gaz)
    if town is None or name in gaz.districts:
        return None
    known = gaz.places.get(name)
    if known is not None and known.type not in ("municipality", "district_part"):
        return None  # "Leipziger Land" is a region
    if known is None and not looks_like_toponym(name):
        return None
    return part_of(town, name)


def hyphenated_part(word: str, gaz: Gazetteer) -> PlaceEntry | None:
    """ "Pirna-Sonnenstein", "Leipzig-Grünau", "Berlin-Marzahn": a town and one of its parts,
    joined by a hyphen.

    Two places joined by a hyphen ("Chemnitz-Erzgebirge", "Pirna-Heidenau") are no part of a town,
    unless the first is a city (kreisfreie Stadt) and the second a town's name; the caller asks
    for a locative cue ("in Leipzig-Grünau") unless the part looks like a place name, since a
    town also opens compounds ("Pirna-Gutscheine").
    """
    town, _, part = word.partition("-")
    if not part[:1].isupper():
        return None  # the common case, tested for every capitalised word: no lookups
    entry, known = gaz.places.get(town), gaz.places.get(part)
    if entry is None or entry.strong_cue:
        return None
    if entry.world or entry.name in CITY_STATES:
        # a city's quarter beyond Saxony ("Berlin-Marzahn", "Hamburg-Altona"): the part is unknown
        # or listed as a city itself, never a Saxon town, a state or a country ("Berlin-Brandenburg")
        city = entry.type == "municipality" or entry.name in CITY_STATES
        quarter = known is None or (known.world and known.type == "municipality")
        return part_of(entry, word) if city and quarter else None
    if entry.type != "municipality":
        return None
    # a city's quarters may bear another town's name ("Dresden-Neustadt", "Dresden-Plauen")
    city = entry.district == entry.name
    town_name = known is not None and known.type == "municipality" and not known.world
    quarter = part in QUARTER_NAMES  # "Hoyerswerda-Neustadt": a quarter's usual name
    # a small town beyond Saxony may share its name with a Saxon quarter ("Chemnitz-Sonnenberg")
    beyond = known is not None and known.strong_cue
    if (
        known is not None
        and known.type != "district_part"
        and not (city and town_name)
        and not (quarter or beyond)
    ):
        return None
    return part_of(entry, word)


def in_capitals(word: str, gaz: Gazetteer) -> PlaceEntry | None:
    """A Saxon place, a state or a city beyond Saxony written in capitals, as newspapers open an
    article ("PIRNA. Die Stadt ...", "GÖRLITZ –", "HANNOVER taz"); never a short acronym. A city
    beyond Saxony still needs its cue (a dateline's); a country in capitals is a menu's item."""
    if len(word) < MIN_CAPITALS_LETTERS or not word.isupper() or not word.replace("-", "").isalpha():
        return None
    entry = gaz.places.get(word.title())
    if entry is None or entry.type == "country" or (entry.world and entry.type != "municipality"):
        return None
    return entry


def names_a_part(word: str, gaz: Gazetteer) -> bool:
    """ "Pirna Sonnenstein": a word after a town that is no place of its own but looks like one."""
    known = gaz.places.get(word)
    return (known is None or known.type == "district_part") and looks_like_toponym(word)


def town_after(text: str, end: int, gaz: Gazetteer) -> PlaceEntry | None:
    """The municipality named right after a part of a town that ends at ``end``, if any."""
    match = _TOWN_AFTER.match(text, end)
    if match is None:
        return None
    for name in (match["town"], match["town"].split()[0]):
        entry = gaz.places.get(name)
        if entry is not None and entry.type == "municipality" and not entry.world:
            return entry
    return None


#: Articles before a quarter named alone ("der Kaßberg", "dem Sonnenberg").
_QUARTER_ARTICLES = frozenset({"der", "dem", "den"})


def quarter_with_article(view: DocView, i: int, gaz: Gazetteer) -> PlaceEntry | None:
    """ "der Kaßberg", "dem Sonnenberg": a quarter named alone with its article, where its sentence
    speaks of a town's quarters or "auf" stands before it ("auf dem Kaßberg"); the name must look
    like a place name and be no Saxon town's. The caller finds its town."""
    words = view.words
    if i < 1 or words[i - 1].casefold() not in _QUARTER_ARTICLES or not looks_like_toponym(words[i]):
        return None
    known = gaz.places.get(words[i])
    if known is not None and not known.world:
        return None
    if not (i > 1 and words[i - 2].casefold() == "auf") and not _speaks_of_quarters(view, i):
        return None
    return part_of(None, words[i])


def _speaks_of_quarters(view: DocView, i: int) -> bool:
    """Whether the sentence holding token ``i`` has a noun for a town's quarters."""
    if not view.sentences:
        return False
    index = max(0, bisect.bisect_right([s for s, _ in view.sentences], view.starts[i]) - 1)
    start, end = view.sentences[index]
    sentence = view.text[start:end].casefold()
    return any(stem in sentence for stem in QUARTER_NOUN_STEMS)


def previous_word(words: list[str], i: int) -> int:
    """The index of the last token before ``i`` that is no line break or space (-1 if none)."""
    i -= 1
    while i >= 0 and words[i].isspace():
        i -= 1
    return i


def after_part_preposition(words: list[str], i: int, gaz: Gazetteer) -> bool:
    """A preposition of place right before token ``i`` ("aus Brockwitz", "ab Pobershau"), not the
    particle of a name ("Hans von Hardenberg")."""
    before = previous_word(words, i)
    if before < 0 or words[before].casefold() not in PART_PREPOSITIONS:
        return False
    return not (words[before] == "von" and before > 0 and words[before - 1] in gaz.given_names)


def continues_parts(words: list[str], part_end: int, i: int) -> bool:
    """Whether only one joiner of a list stands between the part that ends at ``part_end`` and ``i``."""
    if part_end < 0 or not words[i].isalpha():
        return False
    between = [w for w in words[part_end:i] if not w.isspace()]
    return len(between) == 1 and between[0] in PART_LIST_JOINERS


def with_qualifier(doc: Doc, j: int) -> int:
    """Extend a name over its official qualifier written out: "Oelsnitz/Erzgebirge", "Weißwasser/O.L.".

    Only for towns whose official name has one; "Wurzen/Wurzener Land" names two places.
    """
    if (
        j + 1 < len(doc)
        and doc[j].text == "/"
        and not doc[j - 1].whitespace_
        and doc[j + 1].text[:1].isupper()
    ):
        end = j + 2
        while end < len(doc) and doc[end].text == "." and not doc[end - 1].whitespace_:
            end += 1
        return end
    return j
