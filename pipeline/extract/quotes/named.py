"""Persons the NER tags that the officials extractor leaves out, as candidate speakers.

The officials table lists a person by given and family name; a news text quotes people it names
by family name alone (`laut Schaar „…“`, `Schaar blieb dabei: „…“`). Such a name, tagged as a
person by the model and looking like a name (capitalised words or initials, no office, no
organisation head, no place type), may be a quote's speaker even though it is no official.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from pipeline.extract.quotes.marks import Quoted, clause_before, has_cue, line_bounds
from pipeline.lang.attribution_forms import NOT_INVERTED_VERBS
from pipeline.lang.names import FAMILY_NAME_ROLES
from pipeline.lang.organisations import ORG_HEAD_SUFFIXES, ORG_HEAD_WORDS
from pipeline.lang.places import TYPE_WORDS
from pipeline.lang.quotes import COLON_LABELS, MEDIA_NAMES, NOT_NAME_ENDINGS, PLACE_NAME_ENDINGS
from pipeline.lang.speech import (
    ADVERBIAL_OPENERS,
    CLAUSE_OPENERS,
    DESCRIPTION_GENDERS,
    NON_VOICE_CUES,
    PARTICLES,
    PRONOUN_GENDERS,
    PRONOUNS,
    VOICE_CUES,
)
from pipeline.nlp.gazetteer import load_gazetteer
from pipeline.records import Mention, Person
from pipeline.text.lexicon import is_office_word

#: A word of a bare name: a capitalised word (hyphenated parts allowed) or an initial.
NAME_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüßéèáàíóúñç]+(?:-[A-ZÄÖÜ][a-zäöüßéèáàíóúñç]+)*|[A-ZÄÖÜ]\.")
#: Most words of such a name (`Andreas R.`, `Fischer Boel`).
MAX_WORDS = 3
#: Articles inside a name, after its particle (`van der Vaart`, `von der Leyen`, `de la Cruz`).
NAME_ARTICLES = frozenset({"der", "den", "la", "le", "di", "da"})
#: A word of a speaker phrase, as :mod:`pipeline.extract.quotes.speakers` reads them.
NAME_WORD_SPAN = re.compile(r"[^\s,;:!?]+")
#: Fewest letters of a name standing alone before a colon.
MIN_LABEL_CHARS = 3


def _name_like(words: Sequence[str]) -> bool:
    """True for words that can only be a name: name-shaped, no office, body or place type."""
    return (
        0 < len(words) <= MAX_WORDS
        and all(NAME_WORD.fullmatch(w) for w in words)
        and not any(is_office_word(w) or w in ORG_HEAD_WORDS or w in TYPE_WORDS for w in words)
        and not words[-1].casefold().endswith(ORG_HEAD_SUFFIXES)
    )


def names_body(word: str) -> bool:
    """True for a word that names an office, a body or a place type, never part of a person's name
    (`Polizei`, `Landratsamt`, `Stadtverwaltung`, `Stadt`); an office that is a common family name
    too (`Richter`, `Meister`) may be one."""
    return word not in FAMILY_NAME_ROLES and (
        is_office_word(word)
        or word in ORG_HEAD_WORDS
        or word in TYPE_WORDS
        or word.casefold().endswith(ORG_HEAD_SUFFIXES)
    )


def no_name(word: str) -> bool:
    """True for a single word that names an office, a body, a place type, a place or a news medium,
    never a person (`Polizei`, `Landratsamt`, `Stadt`, `Dresden`, `Musterstadt`, `Spiegel`)."""
    return names_body(word) or place_word(word) or word in MEDIA_NAMES


def named_persons(doc: Doc, people: Sequence[Person]) -> tuple[Person, ...]:
    """``people`` and, after them, every person-tagged name of ``doc`` that none of them covers.

    Args:
        doc: the analysed article.
        people: the persons the officials extractor found.

    Returns:
        The persons, the added ones with the one mention the model tagged, no role, and the gender
        of their given name where the gazetteer knows it.
    """
    covered = [(m.start, m.end) for p in people for m in p.mentions]
    added: dict[str, Person] = {}
    for ent in doc.ents:
        if ent.label_ != "PER" or any(s < ent.end_char and ent.start_char < e for s, e in covered):
            continue
        words = ent.text.split()
        after = doc[ent.end].text if ent.end < len(doc) else ""
        if not _name_like(words) or ent.text in added or is_office_word(after) or ent.text in MEDIA_NAMES:
            continue  # `Römersteins Bürgermeister X`: a genitive before an office names a place
        mention = Mention(start=ent.start_char, end=ent.end_char, text=ent.text)
        gender = load_gazetteer().given_names.get(words[0]) if len(words) > 1 else None
        added[ent.text] = Person(name=ent.text, family=words[-1], gender=gender or None, mentions=(mention,))
    return (*people, *added.values())


def label_name(word: str) -> bool:
    """True for a single word before a colon and a quote that can only be somebody's name
    (`Tihinen: «Das war …»`, `Michael: „…“`): a given name, or a capitalised word that is no
    label (`Fazit:`), cue, office, body, place, adverb or noun by its ending (`Einladung:`)."""
    gazetteer = load_gazetteer()
    if word in gazetteer.given_names:
        return True
    folded = word.casefold()
    return (
        len(word) >= MIN_LABEL_CHARS
        and _name_like([word])
        and word not in COLON_LABELS
        and word not in gazetteer.places
        and not has_cue([word], (*NON_VOICE_CUES, *VOICE_CUES))
        and not folded.endswith(NOT_NAME_ENDINGS)
        and folded not in ADVERBIAL_OPENERS | CLAUSE_OPENERS | NOT_INVERTED_VERBS
    )


def place_word(word: str) -> bool:
    """True for a single word that names a place, never a person: a town, district, state or
    country of the gazetteer that is no German word or given name too, or a word formed like a
    town's name (`Musterstadt`, `Erzgebirgskreis`)."""
    gazetteer = load_gazetteer()
    if word in gazetteer.given_names:
        return False
    entry = gazetteer.places.get(word)
    return (entry is not None and not entry.world) or word.casefold().endswith(PLACE_NAME_ENDINGS)


def name_follows(text: str, pos: int, stop: int) -> bool:
    """True when the next word after ``pos`` is capitalised and names no place or body (`der Vaart`)."""
    following = NAME_WORD_SPAN.search(text, pos, stop)
    word = following.group().strip(".") if following else ""
    return word[:1].isupper() and not no_name(word)


def with_particles(words: list[str]) -> list[str]:
    """``words`` with a name's particles joined to the family name after them (`van der Vaart`,
    `Ursula von der Leyen`); not after an office, whose complement they open (`Bürgermeisterin von
    X`), nor before a place or body (`Tom Roth von der Polizeidirektion`)."""
    joined: list[str] = []
    pending: list[str] = []
    for word in words:
        article = bool(pending) and word in NAME_ARTICLES
        if (word in PARTICLES or article) and not (joined and is_office_word(joined[-1])):
            pending.append(word)
            continue
        if pending and word[:1].isupper() and not no_name(word.strip(".,:")):
            word = " ".join([*pending, word])
        else:
            joined.extend(pending)
        pending = []
        joined.append(word)
    return [*joined, *pending]


def given_name(word: str) -> bool:
    """True for a given name of the gazetteer (`Michael`, `Eva`)."""
    return word in load_gazetteer().given_names


def named_label(text: str, quote: Quoted, named: Callable[[], Sequence[Person]]) -> str | None:
    """A family name alone before a colon: one the model tags as a person (`Tihinen: «…»`), or the
    label opening the line of an answer under an interviewer's question (`Wie geht es weiter?` /
    `Okonkwo: „…“`). Elsewhere a single capitalised word there is as often a topic (`Ausblick:`,
    `Schulweg:`), so the tag must say so."""
    clause = clause_before(text, quote)
    if not clause or len(clause.split()) != 1 or not label_name(clause):
        return None
    line_start, _ = line_bounds(text, quote.open_at)
    labels_line = text[line_start : quote.open_at].split() == [f"{clause}:"]
    above = text[:line_start].rstrip()
    answers = labels_line and above.endswith("?")
    return clause if answers or any(p.family == clause for p in named()) else None


def refers(speaker: str) -> bool:
    """True for a pronoun (`sagte sie`) or a description by article and noun (`sagte der Anwalt`)."""
    words = speaker.split()
    described = len(words) == 2 and words[0].casefold() in DESCRIPTION_GENDERS and words[1][:1].isupper()
    return speaker.casefold() in PRONOUNS or described


def fitting_named(persons: Sequence[Person], speaker: str, before: int) -> list[Person]:
    """The ``persons`` a pronoun or description (see :func:`refers`) may stand for: named before
    offset ``before`` (not inside the quote), of the pronoun's gender; a description fits a person
    of unknown gender too (a family name alone: `Schmidt … „…“, sagte der Anwalt`)."""
    pronoun = DESCRIPTION_GENDERS.get(speaker.split()[0].casefold(), speaker.casefold())
    gender = PRONOUN_GENDERS[pronoun]
    return [
        p
        for p in persons
        if (p.gender == gender or (p.gender is None and pronoun != speaker.casefold()))
        and any(m.end <= before for m in p.mentions)
    ]
