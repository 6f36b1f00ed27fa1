"""Speakers: who said a quote, resolved from the attribution as written to a person.

Where the attribution stands beside a quote (after it, in a colon clause, in the sentence
before, on a name line under it) is found by :mod:`pipeline.extract.quotes.attribution`. This module reads the
phrase it finds: the office and the bare name in it (:func:`name_from_phrase`), and
:func:`resolve` turns it into a :class:`Speaker` using the persons the officials extractor
found; pronouns and bare offices take the person named last before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.extract.quotes.named import NAME_ARTICLES, name_follows, names_body, no_name, with_particles
from pipeline.lang.names import HONORIFIC, SINGULAR_ADDRESS
from pipeline.lang.organisations import ORG_HEAD_SUFFIXES, ORG_HEAD_WORDS
from pipeline.lang.places import TYPE_WORDS
from pipeline.lang.role_cues import HEAD_OF_ENDINGS, LEADING_OFFICE_HEADS
from pipeline.lang.role_endings import ROLE_SUFFIXES
from pipeline.lang.speech import (
    ADVERBIAL_OPENERS,
    ARTICLES,
    CLAUSE_OPENERS,
    DEMONSTRATIVE_SUBJECTS,
    DESCRIPTION_GENDERS,
    PARTICLES,
    PRONOUN_GENDERS,
    PRONOUNS,
    PULL_LINKERS,
)
from pipeline.records import Person
from pipeline.text.lexicon import canonical_role, is_office_word

#: A word of a speaker phrase: anything up to a space or clause punctuation.
WORD = re.compile(r"[^\s,;:!?]+")
#: A noun of age that describes a speaker (`der 45-Jährige`).
AGE_NOUN = re.compile(r"\d+-[A-ZÄÖÜ]")
#: Shortest first part of a head-of compound that names a body (`Amt` in `Amtschef`).
MIN_BODY_CHARS = 3
#: A name is the given and the family name; longer runs of capitals hold a place or body.
MAX_NAME_WORDS = 2
#: A person named by a given name after an age (`der 16-jährige Lukas`, `die 45-jährige Anna`).
AGED_GIVEN_NAME = re.compile(r"\b(?P<article>[Dd]er|[Dd]ie)\s+\d+-jährige\s+(?P<name>[A-ZÄÖÜ][a-zäöüß]+)\b")
#: The strong ending of a role made of an adjective or participle (`Vorsitzender`, `Beauftragter`).
STRONG_ENDING = re.compile(r"(?<=[dt]e)r$")
#: An office referred to by a definite article of the subject (`die Bürgermeisterin`, `der
#: Revierleiter`); `des Ministers`, `dem Revierleiter`, `der Bürgermeisterin` are objects or genitives.
DEFINITE_OFFICE = re.compile(r"\b(?:[Dd]er\s+(?![\w-]+in\b)|[Dd]ie\s+)([A-ZÄÖÜ][\w-]+)")


#: The first word of a sentence inside a paragraph (after a full stop and a closing mark, if any).
SENTENCE_OPENING = re.compile(r"[.!?][«»“”\"]?\s+(?P<word>\w+)")

#: A lower-case word before a name that describes it: an inflected adjective (`sächsische`).
ADJECTIVE_ENDING = re.compile(r"^[a-zäöüß][\w-]*(?:e|en|er)$")

#: Words that may stand capitalised before a family name without being a given name.
NO_GIVEN_NAMES = ARTICLES | ADVERBIAL_OPENERS | CLAUSE_OPENERS


@dataclass(frozen=True)
class Speaker:
    """Who said a quote.

    Attributes:
        speaker: the attribution as written (`OB Ralf Oberdorfer`), or None for an unattributed voice.
        name: the bare name of the person (`Ralf Oberdorfer`), or None when nobody is named.
        role: the office word of the attribution or of the resolved person (`OB`).
    """

    speaker: str | None = None
    name: str | None = None
    role: str | None = None


def phrase_at(text: str, pos: int, stop: int) -> str | None:
    """The capitalised speaker phrase starting at ``pos`` (`der Innenminister`, `OB Ralf X`).

    Args:
        text: the article text.
        pos: where the phrase starts; one leading article is allowed.
        stop: the phrase never runs past this offset (usually the end of the line).

    Returns:
        The phrase up to the first lower-case word, bracket or clause end, or None.
    """
    start = end = None
    previous = ""
    for number, match in enumerate(WORD.finditer(text, pos, stop)):
        word = match.group()
        if number == 0 and word.casefold() in ARTICLES:
            start = match.start()
            continue
        inside = word in PARTICLES or (
            previous in PARTICLES and word in NAME_ARTICLES and name_follows(text, match.end(), stop)
        )
        if word.startswith("(") or not (word[:1].isupper() or inside or AGE_NOUN.match(word)):
            break
        previous = word
        if inside:  # a particle belongs to the phrase only with the name after it (`van der Vaart`)
            start = match.start() if start is None else start
            continue
        bare = word.rstrip(".")
        # A title's or initial's full stop belongs to the name; any other one ends the sentence.
        keep_dot = bare != word and (HONORIFIC.match(word) or len(bare) == 1)
        start = match.start() if start is None else start
        end = match.end() if keep_dot else match.start() + len(bare)
        if end < match.end() or (end < stop and text[end] in ",;:!?"):
            break  # the clause or sentence ends with this word
    if start is None or end is None:
        return None
    return text[start:end]


def name_from_phrase(speaker: str) -> str | None:
    """The bare name in a speaker phrase: the capitalised words after the last office word.

    `Zittaus Oberbürgermeister Thomas Zenker (parteilos)` -> `Thomas Zenker`; at most two words,
    three with a middle initial (`Frank M. Zabel`). A phrase that opens in lower case
    (`einer gemeindlichen Vollzugsbediensteten …`) names nobody: None.
    """
    words = with_particles(speaker.split())
    if not words or not (words[0].split()[-1][:1].isupper() or words[0].casefold() in ("der", "die")):
        return None
    run: list[str] = []
    before_run = ""
    for word in words:
        if word.startswith("(") or (len(run) >= 2 and not word[:1].isupper() and " " not in word):
            break
        bare = word.rstrip(",:") if re.fullmatch(r"[A-ZÄÖÜ]\.", word) else word.strip(".,:")
        if (
            is_office_word(word)
            or HONORIFIC.match(word)
            or word in SINGULAR_ADDRESS
            or word.casefold() in ARTICLES
            or not bare.split()[-1][:1].isupper()
        ):
            run, before_run = [], word  # the name follows the office, titles and articles
            continue
        run.append(bare)
    if len(run) == 1 and before_run.casefold() in PULL_LINKERS | ARTICLES:
        return None  # `Bürgermeisterin von Musterstadt`, `die Mutter`: a place, body or description
    if len(run) == 1 and before_run[:1].islower() and not before_run.endswith("jährige"):
        return None  # `die zuständige Sachbearbeiterin`: a description; `der fünfjährige Nico` names him
    if run and run[0] in TYPE_WORDS:
        return None  # `Die Stadt Musterhausen teilte mit`: a town speaks, no person
    size = MAX_NAME_WORDS + (len(run) > MAX_NAME_WORDS and run[-MAX_NAME_WORDS].endswith("."))
    return " ".join(run[-size:]) or None


def _masculine(role: str) -> str:
    """ "oberbürgermeisterin" -> "oberbürgermeister": one office, whoever holds it."""
    head, _, rest = role.partition(" ")
    if head.endswith("in") and head[:-2].endswith(ROLE_SUFFIXES):
        head = head[:-2]
    return f"{head} {rest}".strip()


def _uninflected(role: str) -> str:
    """`vorsitzender` -> `vorsitzende`: a role made of an adjective or participle (`der Vorsitzende`,
    `Vorsitzender des Rates`, `Beauftragter`) without its strong ending, whichever the article."""
    return " ".join(STRONG_ENDING.sub("", word) for word in role.split())


def _same_word(role: str, other: str) -> bool:
    """`Bürgermeisterin` ~ `Bürgermeister der Stadt X`: the same office word, either gender; the
    office after a hyphen of a compound too (`die Kreisrätin` ~ `CDU-Kreisrätin`, `der Coach` ~
    `Präventions-Coach`)."""
    a, b = (_uninflected(_masculine(canonical_role(r).casefold().rsplit("-", 1)[-1])) for r in (role, other))
    return a == b or a in b.split() or b in a.split()


def _same_office(role: str, other: str) -> bool:
    """`Staatsminister` ~ `Innenminister`: the same word, or the same office suffix."""
    if _same_word(role, other):
        return True
    a, b = _masculine(canonical_role(role).casefold()), _masculine(canonical_role(other).casefold())
    head = b.split()[0] if b.split() else b
    return any(a.endswith(s) and head.endswith(s) for s in ROLE_SUFFIXES if len(s) > 5)


def _last_mentioned(people: Sequence[Person], before: int, pronoun: str = "") -> Person | None:
    """The person named last before offset ``before``; for a pronoun the last one it fits
    (`sie` a woman, `er` a man) where the gender is known."""
    gender = PRONOUN_GENDERS.get(pronoun.casefold())
    fitting = [p for p in people if p.gender == gender] if gender else []
    if fitting and any(p.gender and p.gender != gender for p in people):
        people = fitting
    best: tuple[int, Person] | None = None
    for person in people:
        for mention in person.mentions:
            if mention.end <= before and (best is None or mention.end > best[0]):
                best = (mention.end, person)
    return best[1] if best else None


def _first_role(person: Person) -> str | None:
    """The person's first office, if the officials extractor found one."""
    return person.roles[0] if person.roles else None


def _expand(name: str | None, text: str, before: int) -> str | None:
    """A family name alone (`Weißbach`) with the given name the text gave it earlier."""
    if not name or " " in name:
        return name
    earlier = re.finditer(
        rf"\b([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?) {re.escape(name)}\b",
        text[:before],
    )
    for match in reversed(list(earlier)):  # the nearest mention wins
        given = match.group(1)
        # `Laut Müller …`, `Auch Kowalski kam`: a word opening the sentence is no given name
        if not (is_office_word(given) or given.casefold() in NO_GIVEN_NAMES or HONORIFIC.match(given)):
            return f"{given} {name}"
    return name


def _office_holder(role: str, at: int, people: Sequence[Person]) -> Person | None:
    """Who holds the office of a bare office phrase: the holder named last before ``at``, else any.

    A holder of the very office word wins over one of a kindred office (`der Bürgermeister` is the
    mayor, not the Polizeiobermeister named after him; `der Staatsminister` may be the Innenminister).
    """
    for same in (_same_word, _same_office, heads_body):
        holders = [p for p in people if any(same(role, r) for r in p.roles)]
        if holders:
            return _last_mentioned(holders, at) or holders[0]
    return None


def heads_body(role: str, other: str) -> bool:
    """`Polizeichef` ~ `Polizeipräsident`, `Leiter der Polizeidirektion`: a colloquial head of a body
    (the compound's first part) and a leading office whose role names that body."""
    word = role.casefold()
    ending = next((e for e in HEAD_OF_ENDINGS if word.endswith(e)), None)
    body = word[: -len(ending)].rstrip("-") if ending else ""
    if len(body) < MIN_BODY_CHARS:
        return False
    body = body[:-1] if body.endswith("s") and body[:-1].endswith(("amt", "ung", "heit", "keit")) else body
    words = other.casefold().split()
    leads = bool(words) and _masculine(words[0]).endswith(LEADING_OFFICE_HEADS)
    return leads and body in other.casefold()


def _sentence_opening(text: str, at: int) -> tuple[int, int] | None:
    """Start and end of the first word of the sentence that offset ``at`` stands in."""
    paragraph = text.rfind("\n", 0, at) + 1
    openings = list(SENTENCE_OPENING.finditer(text, paragraph, at))
    if openings:
        return openings[-1].span("word")
    first = re.compile(r"\s*(\w+)").match(text, paragraph, at)
    return first.span(1) if first else None


def _subject_named(people: Sequence[Person], text: str, start: int, end: int, pronoun: str) -> Person | None:
    """The person a sentence opens with as its subject, before offset ``end`` (only titles, articles
    and adjectives before the name: `Der sächsische Innenminister X …`), if the pronoun fits."""
    opening = [(m.start, p) for p in people for m in p.mentions if start <= m.start and m.end < end]
    if not opening:
        return None
    first, person = min(opening, key=lambda item: item[0])
    before = text[start:first].split()
    lead = all(w[:1].isupper() or w.casefold() in ARTICLES or ADJECTIVE_ENDING.search(w) for w in before)
    gender = PRONOUN_GENDERS.get(pronoun.casefold())
    return person if lead and person.gender in (None, gender) else None


def _antecedent(people: Sequence[Person], at: int, pronoun: str, text: str) -> Person | None:
    """The person a pronoun stands for: the last one named, or the holder of an office the text
    refers to after that name (`Die Bürgermeisterin dankte allen. „…“, sagte sie.`)."""
    person = _last_mentioned(people, at, pronoun)
    named_at = max((m.end for m in person.mentions if m.end <= at), default=-1) if person else -1
    opening = _sentence_opening(text, named_at) if person else None
    if opening and text[opening[0] : opening[1]].casefold() == pronoun.casefold():
        # `Er dankte Otto. „…“, sagte er.`: the person named is the object of a sentence the same
        # pronoun opens; the pronoun goes on standing for whom it stood for there
        person = _last_mentioned(people, opening[0], pronoun) or person
    elif opening:  # `Minister X übergab Bürgermeister Y die Urkunde. Er sagte:`: the subject, X
        person = _subject_named(people, text, opening[0], named_at, pronoun) or person
    gender = PRONOUN_GENDERS.get(pronoun.casefold())
    for match in reversed(list(DEFINITE_OFFICE.finditer(text, 0, at))):
        if match.end() <= named_at:
            break
        if not is_office_word(match.group(1)):
            continue
        holder = _office_holder(match.group(1), match.start(), people)
        if holder and not (gender and holder.gender and holder.gender != gender):
            return holder
    return person


def _named_in_paragraph(people: Sequence[Person], at: int, text: str, pronoun: str) -> Person | None:
    """For an office nobody in the article holds (`erzählt der Bürgerpolizist`): the fitting person
    named last in the same paragraph, whom the office describes; else the first one named after
    it there with no role of their own (`„…“, so die Präsidentin. Eva Probe lobte …`)."""
    paragraph_start = text.rfind("\n\n", 0, at) + 1
    paragraph_end = len(text) if text.find("\n\n", at) < 0 else text.find("\n\n", at)
    gender = PRONOUN_GENDERS.get(pronoun)
    fitting = [p for p in people if p.gender in (None, gender)]
    nearby = [p for p in fitting if any(paragraph_start <= m.start < at for m in p.mentions)]
    if nearby:
        return _last_mentioned(nearby, at)
    later = [(m.start, p) for p in fitting if not p.roles for m in p.mentions if at < m.start < paragraph_end]
    return min(later, key=lambda item: item[0])[1] if later else None


def _described_by_age(text: str, at: int, pronoun: str, person: Person | None) -> Speaker | None:
    """`der 16-jährige Lukas. … „…“, erzählt er.`: a voice named only by a given name after an age,
    when the pronoun fits it and no person of the article is named after it."""
    named_at = max((m.end for m in person.mentions if m.end <= at), default=-1) if person else -1
    for match in reversed(list(AGED_GIVEN_NAME.finditer(text, 0, at))):
        fits = DESCRIPTION_GENDERS[match["article"].casefold()] == pronoun.casefold()
        if match.end() > named_at and fits:
            return Speaker(match.group(), match["name"], None)
    return None


def _held_by_previous(role: str, previous: Speaker) -> bool:
    """True when the previous speaker is named and held the same office (`Der Staatsminister weiter:`)."""
    return bool(previous.name and previous.role and _same_office(role, previous.role))


def _by_given_name(speaker: str, people: Sequence[Person]) -> Person | None:
    """The one person of the article whose given name the attribution is (`meinte Robert`): a blog
    or club page calls somebody named in full before by the given name alone."""
    if len(speaker.split()) != 1:
        return None
    matches = {p.name: p for p in people if p.name.split()[0].casefold() == speaker.casefold()}
    return next(iter(matches.values())) if len(matches) == 1 else None


def resolve(
    speaker: str | None,
    at: int,
    people: Sequence[Person],
    previous: Speaker,
    text: str = "",
) -> Speaker:
    """Turn an attribution into a :class:`Speaker`, using the article's people where given.

    Args:
        speaker: the attribution as written, a pronoun, or None.
        at: offset of the quote (antecedents are searched before it).
        people: the persons the officials extractor found.
        previous: the speaker of the previous voice, for a pronoun or a bare office
            (`Der Staatsminister weiter:`) when no person is known.
        text: the article text, to find the given name of a family name alone.

    Returns:
        The speaker; an empty :class:`Speaker` when ``speaker`` is None.
    """
    if not speaker:
        return Speaker()
    role = next((w.strip(".,") for w in speaker.split() if is_office_word(w)), None)
    article = speaker.split()[0].casefold()
    if speaker.casefold() in DEMONSTRATIVE_SUBJECTS:  # `sagte dieser`: the one named last
        named = _last_mentioned(people, at, DEMONSTRATIVE_SUBJECTS[speaker.casefold()])
        return Speaker(speaker, named.name, _first_role(named)) if named else Speaker(speaker)
    if speaker.casefold() in PRONOUNS:
        antecedent = _antecedent(people, at, speaker, text)
        described = _described_by_age(text, at, speaker, antecedent)
        if described:
            return described
        if antecedent is None:  # the previous voice's speaker, else the pronoun as written
            return previous if previous.speaker else Speaker(speaker)
        return Speaker(antecedent.name, antecedent.name, _first_role(antecedent))
    words = {w.strip(".,:()").casefold() for w in speaker.split()}
    person = next((p for p in people if p.family.casefold() in words), None) or _by_given_name(
        speaker, people
    )
    name = name_from_phrase(speaker)
    if person is None and role and name is None:
        person = _office_holder(role, at, people)
        if person is None and _held_by_previous(role, previous):
            return Speaker(speaker, previous.name, role)
        if person is None and article in DESCRIPTION_GENDERS:
            person = _named_in_paragraph(people, at, text, DESCRIPTION_GENDERS[article])
    head = speaker.split()[-1]
    body = head in ORG_HEAD_WORDS or head.casefold().endswith(ORG_HEAD_SUFFIXES)
    if person is None and role is None and name is None and article in DESCRIPTION_GENDERS and not body:
        # `sagt der 45-Jährige`, `so die Mutter zweier Kinder`: a description of somebody named before
        person = _last_mentioned(people, at, DESCRIPTION_GENDERS[article])
    if person:
        return Speaker(speaker, person.name, role or _first_role(person))
    if name and (no_name(name) or any(names_body(w) for w in name.split())):
        name = None  # `„…“, heißt es aus Musterstadt`, `warnte Polizei:`: a town or body speaks, no person
    return Speaker(speaker, _expand(name, text, at), role)


def mention_near(people: Sequence[Person], start: int, end: int, at: int) -> str | None:
    """The text of the mention of a person within ``start``-``end`` nearest to offset ``at`` (the
    first of those as near), or None where the span names nobody the officials extractor knows."""
    named = [m for p in people for m in p.mentions if start <= m.start and m.end <= end]
    return min(named, key=lambda m: abs(m.start - at)).text if named else None
