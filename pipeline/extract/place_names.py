"""Whether a place name in an article is part of a longer name: of an organisation, a venue or
an event ("Polizeidirektion Görlitz", "Haus Vogtland", "Hochschule Zittau Görlitz"), so that it
names no place itself, or part of a quoted title; and the names that a type word of nature
makes a region ("Halbinsel Jandia") (:mod:`pipeline.extract.places` asks)."""

from __future__ import annotations

from spacy.lang.de.stop_words import STOP_WORDS
from spacy.tokens import Doc

from pipeline.extract.place_ner import entity_end, entity_label, entity_start
from pipeline.extract.quotes.marks import pair_quotes
from pipeline.lang.calendar import MONTH_NAMES, WEEKDAY_WORDS
from pipeline.lang.organisations import ORG_HEAD_SUFFIXES, ORG_HEAD_WORDS, ORG_TAILS
from pipeline.lang.place_context import COALITION_COUNTRIES, PARTY_WORDS, STATE_PEOPLES, TEAM_MEMBER_NOUNS
from pipeline.lang.places import (
    ABBREVIATION,
    FREE_STATE_FORMS,
    LOCATION_HEADS,
    NOUN_SUFFIXES,
    TOWN_TITLE_HEADS,
    TYPE_WORDS,
)
from pipeline.lang.speech import SPEECH_VERBS
from pipeline.nlp.gazetteer import Gazetteer, PlaceEntry
from pipeline.text.docview import doc_view
from pipeline.text.lexicon import is_role_word
from pipeline.text.wraps import goes_on

#: A short quoted name ("»Weltoffenes Sachsen«") of at most this many words: a place inside it
#: is part of a title.
MAX_TITLE_WORDS = 5


def is_organisation(
    doc: Doc, start: int, end: int, entry: PlaceEntry, type_word: str | None, gaz: Gazetteer
) -> bool:
    """A place that is part of a name: of an organisation, a venue, an event ("Polizeidirektion
    Görlitz", "PD Dresden", "Verbraucherzentrale Sachsen", "Haus Vogtland", "Landespräventionsrat
    (LPR) Sachsen", "Hochschule Zittau Görlitz"), or before a company suffix ("... GmbH").

    The name's head is the capitalised noun right before the place; a type word or a noun of
    location ("Landkreis", "Partnerstadt", "Großraum", "Standort") makes the place itself meant,
    and so does a genitive ("die Kommunen Sachsens"). A town's genitive before a member of a team
    names its club ("Bremens Stürmer"), a name after a speech verb that the NER tags a person is
    the speaker ("sagte Schönberg,"), and the tail of a compound broken by a space is part of a
    word ("Ex-Mister- Schweiz").
    """
    if _part_of_word(doc, start, end, entry, gaz):
        return True
    if doc[start].text in FREE_STATE_FORMS and start > 1 and doc[start - 1].lower_ == "des":
        # "Landespräventionsrat des Freistaates Sachsen": the official name; "das Netzwerk des
        # Freistaates" with no state's name after it means the state itself
        return end - start > 1 and is_org_head(doc[start - 2].text)
    genitive = doc[end - 1].text.endswith("s") and not entry.name.endswith("s")
    if genitive and type_word is None and start > 1:
        title = f"{doc[start - 2].text} {doc[start - 1].text}".casefold()
        if title.endswith(TOWN_TITLE_HEADS):
            return True  # "Kulturhauptstadt Europas": a town's title
    if type_word is None and _named_with_zu(doc, start, gaz):
        return True
    if type_word is None and start > 0 and not genitive:
        head = _name_head(doc, start)
        if head is not None and (_heads_a_name(doc, head, gaz) or _ends_an_organisation(doc, start, end)):
            return True
    tail = doc[end : end + 3]
    return any(t.text in ORG_TAILS for t in tail) and not any(t.is_punct and t.text != "/" for t in tail[:1])


def _part_of_word(doc: Doc, start: int, end: int, entry: PlaceEntry, gaz: Gazetteer) -> bool:
    """A team's member ("Bremens Stürmer"), a speaker ("sagte Schönberg,"), a people ("die
    Bayern") or a compound's tail ("Ex-Mister- Schweiz"; "Sächsische Schweiz- Osterzgebirge" is
    one place, wrapped)."""
    before = doc[start - 1].text if start > 0 else ""
    if entry.type != "country" and end < len(doc) and doc[end].text in TEAM_MEMBER_NOUNS:
        return doc[end - 1].text.endswith("s") and not entry.name.endswith("s")
    if before.casefold() in SPEECH_VERBS and entity_label(doc, start, end) == "PER":
        return True
    if before.casefold() in ("die", "den", "der") and doc[start:end].text in STATE_PEOPLES:
        return True  # "die Bayern gewannen": the people or the club
    if doc[start:end].text in COALITION_COUNTRIES and _on_parties(doc, start):
        return True  # "Wenn FDP und Grüne nach Jamaika wollen": the coalition
    head = before[:-1].rpartition("-")[2]
    return before.endswith("-") and head.isalpha() and head not in gaz.places


def _on_parties(doc: Doc, i: int) -> bool:
    """Whether the sentence of token ``i`` names a party or a coalition."""
    sentence = doc[i].sent if doc.has_annotation("SENT_START") else doc[max(0, i - 30) : i + 30]
    return any(token.text in PARTY_WORDS for token in sentence)


def _ends_an_organisation(doc: Doc, start: int, end: int) -> bool:
    """A place ending a name the NER reads as an organisation's, after capitalised words that are
    no type word or noun of location: a club's ("Werder Bremen", "Hertha BSC Berlin"), though
    its first word is a town's name elsewhere."""
    first = entity_start(doc, start)
    if first is None or first == start or doc[start].ent_type_ != "ORG" or entity_end(doc, start) != end:
        return False
    words = [t.text for t in doc[first:start]]
    return all(
        w[:1].isupper() and w not in TYPE_WORDS and not w.casefold().endswith(LOCATION_HEADS) for w in words
    )


def _one_name(doc: Doc, i: int) -> bool:
    """Whether the NER reads tokens ``i`` and ``i + 1`` as one person's or organisation's name."""
    return i + 1 < len(doc) and doc[i + 1].ent_iob_ == "I" and doc[i].ent_type_ in ("PER", "ORG")


def _named_with_zu(doc: Doc, start: int, gaz: Gazetteer) -> bool:
    """A place after "zu" and an institution: the old form of a seat in a name ("Jüdische Gemeinde
    zu Leipzig", "Universität zu Köln"). The head is an organisation's or follows a capitalised
    adjective of the name; "die Grenze zu Polen" and "von Pirna zu Heidenau" are no names."""
    if start < 2 or doc[start - 1].text != "zu":
        return False
    head = doc[start - 2].text
    if is_org_head(head):
        return True
    if not (head.isalpha() and head.istitle()) or head in gaz.places or start < 3:
        return False
    adjective = doc[start - 3]
    return (
        adjective.text.istitle()
        and adjective.text.endswith(("e", "en", "er", "es"))
        and not (adjective.is_sent_start or adjective.i == 0)
        and adjective.lower_ not in STOP_WORDS
    )


def _name_head(doc: Doc, start: int) -> int | None:
    """The token before a place, skipping an abbreviation in brackets ("Landespräventionsrat (LPR) Sachsen")."""
    i = start - 1
    if doc[i].text == ")" and i >= 3 and doc[i - 2].text == "(" and doc[i - 1].text.isupper():
        i -= 3
    return i if i >= 0 else None


def is_org_head(word: str) -> bool:
    """A word that heads an organisation's name: "Polizeidirektion", "Landespräventionsrates", "PD"."""
    return (
        word in ORG_HEAD_WORDS
        or (word[:1].isupper() and word.casefold().endswith(ORG_HEAD_SUFFIXES))
        or ABBREVIATION.fullmatch(word) is not None
    )


def _heads_a_name(doc: Doc, i: int, gaz: Gazetteer) -> bool:
    """True when token ``i`` heads a name the following place belongs to."""
    word = doc[i].text
    lowered = word.casefold()
    if is_org_head(word):
        return True
    if word in gaz.places and i > 0 and _heads_a_name(doc, i - 1, gaz):
        return True  # the second place of one name: "Hochschule Zittau Görlitz"
    if not (word.isalpha() and word[:1].isupper() and word[1:].islower()):
        return False
    if len(word) < 4 and not _one_name(doc, i):
        return False  # a short word heads a name where the NER reads both as one ("Tui Mali")
    sentence_start = i == 0 or (
        (doc[i].is_sent_start or doc[i - 1].text in ".!?:\n") and not _wrapped(doc, i)
    )
    return not (
        sentence_start
        or lowered in STOP_WORDS
        or word in TYPE_WORDS
        or lowered.endswith(LOCATION_HEADS)
        or word in gaz.places
        or word in MONTH_NAMES
        or word in WEEKDAY_WORDS
        or is_role_word(word)
    )


def _wrapped(doc: Doc, i: int) -> bool:
    """Token ``i`` opens a line that goes on the sentence of the line before (a newspaper's hard
    wrapping: "Gäste im\nHaus Vogtland"), as :func:`pipeline.text.wraps.goes_on` decides."""
    view, j = doc_view(doc), i - 1  # the view: ``doc.text`` would rebuild the whole text per call
    while j > 0 and view.words[j].isspace():
        j -= 1
    return goes_on(view.text, view.end(j))


def quoted_titles(text: str) -> list[tuple[int, int]]:
    """Spans of short quoted names of several words (project titles, slogans); a quote that opens
    with a lower-case word is a piece of speech ("von »einem guten Tag für Sachsen«"), no name."""
    spans = []
    for quote in pair_quotes(text):
        words = text[quote.start : quote.end].split()
        if quote.close_at is not None and 1 < len(words) <= MAX_TITLE_WORDS and not _opens_lower(words[0]):
            spans.append((quote.start, quote.end))
    return spans


def _opens_lower(word: str) -> bool:
    """The first letter of a quote's first word is lower case (quote marks before it skipped)."""
    letters = [c for c in word if c.isalpha()]
    return bool(letters) and letters[0].islower()


def natural_region(words: list[str], i: int) -> PlaceEntry | None:
    """The region a name after a type word of nature stands for, where no gazetteer knows it
    ("Halbinsel Jandia", "Insel Hiddensee"): a capitalised word that is no function word, month
    or common noun of German word formation ("Insel Anfang Mai", "Halbinsel Erholung")."""
    word = words[i]
    if not (word.isalpha() and word.istitle() and len(word) > 2) or word.casefold() in STOP_WORDS:
        return None
    if word in MONTH_NAMES or word in WEEKDAY_WORDS or word.casefold().endswith(NOUN_SUFFIXES):
        return None
    if i + 1 < len(words) and words[i + 1] in MONTH_NAMES:
        return None  # "auf der Insel Anfang Mai": a time
    return PlaceEntry(name=word, type="region")


def names_a_country(text: str, gaz: Gazetteer) -> bool:
    """Whether ``text`` is a country's name ("Sri Lanka"), which never names a person."""
    entry = gaz.places.get(text)
    return entry is not None and entry.type == "country"
