"""Speakers of quotes inside a sentence of reporting, named elsewhere in that sentence.

News text quotes a few words inside reported speech and names the speaker away from the marks:

* at the end of the sentence, after the words that follow the quote (`Die Lage sei „zu keinem
  Zeitpunkt gefährlich“ gewesen, betonte Polizeisprecher X.`);
* as the subject of a verb of saying that opens the sentence (`Geithner betonte, die Lage sei „…“`,
  `Der Polizeisprecher sagte, man werde „…“`);
* before a quote in brackets right after the name (`Bürgermeister X („Wir schaffen das“) blieb
  optimistisch.`).

The functions return the speaker phrase as written, or None where the sentence names nobody there.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.quotes.attribution import speaker_after_verb
from pipeline.extract.quotes.marks import Quoted, line_bounds, sentence_before
from pipeline.extract.quotes.named import given_name, label_name
from pipeline.extract.quotes.partial import REPORTING_VERBS, SENTENCE_STOP
from pipeline.extract.quotes.speakers import WORD, phrase_at
from pipeline.lang.quotes import OPENERS
from pipeline.lang.speech import PRONOUNS, VOICE_WORDS
from pipeline.records import Person
from pipeline.text.lexicon import is_office_word

#: `, betonte X.` after a quote in its sentence: a comma, then the verb.
LATER_VERB = re.compile(r",\s*(?P<verb>[a-zäöüß]+)\s")
#: The subject and verb of saying that open a sentence of reported speech, up to the comma before
#: the reported clause (`Geithner betonte am Montag, …`, `Der Polizeisprecher sagte, …`).
REPORTING_OPENING = re.compile(
    r"(?P<who>(?:(?:Der|Die)\s+)?[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*){0,3})\s+(?P<verb>[a-zäöüß]+)\b[^,;:„“»«\"]{0,40},"
)
#: Fewest words of a quote in brackets after a name that count as that person's voice.
MIN_ASIDE_WORDS = 3


def said_later(text: str, quote: Quoted) -> str | None:
    """The speaker of a verb of saying after a comma later in the quote's sentence (`Die Lage sei „…“
    gewesen, betonte X.`); None when another quote or no such verb comes first."""
    if quote.close_at is None:
        return None
    after = quote.close_at + 1
    stop = line_bounds(text, quote.open_at)[1]
    found = SENTENCE_STOP.search(text, after, stop)
    end = found.start() if found else stop
    for match in LATER_VERB.finditer(text, after, end):
        if any(mark in text[after : match.start()] for mark in OPENERS):
            return None  # the verb attributes the next quote of the sentence
        if match["verb"].casefold() in REPORTING_VERBS | {"so"}:
            return speaker_after_verb(text, list(WORD.finditer(text, match.start("verb"), end)), end)
    return None


def reporting_subject(text: str, quote: Quoted) -> str | None:
    """The subject of a verb of saying opening the quote's sentence before a comma (`Geithner betonte,
    die Lage sei „…“`, `Der Polizeisprecher sagte, …`): a family name alone, an office, or a name."""
    _, sentence = sentence_before(text, quote)
    opening = REPORTING_OPENING.match(sentence.lstrip())
    if opening is None or opening["verb"].casefold() not in REPORTING_VERBS:
        return None
    after = list(WORD.finditer(sentence, opening.end("verb"), opening.end()))
    first = after[0].group() if after else ""
    if first.casefold() in PRONOUNS:
        return first  # `Deshalb betonte er, …`: the subject after the verb, an adverb before it
    if first[:1].isupper() or (
        first in ("der", "die") and len(after) > 1 and is_office_word(after[1].group())
    ):
        inverted = phrase_at(sentence, after[0].start(), opening.end() - 1)
        if inverted and (any(is_office_word(w) for w in inverted.split()) or len(inverted.split()) > 1):
            return inverted  # `Deshalb betonte Polizeisprecher X, …`
    who = opening["who"]
    words = who.split()
    if words[0] in ("Der", "Die"):
        return who if is_office_word(words[1]) else None
    if len(words) == 1:
        return who if who.casefold() in PRONOUNS or label_name(who) else None
    return who if any(is_office_word(w) for w in words) or given_name(words[0]) else None


def aside_speaker(text: str, quote: Quoted, people: Sequence[Person]) -> str | None:
    """The person named right before a quote in brackets (`Bürgermeister X („Wir schaffen das“)
    blieb optimistisch.`): words of speech, not a title in brackets after its author."""
    if quote.close_at is None:
        return None
    before = text[: quote.open_at].rstrip()
    after = text[quote.close_at + 1 : quote.close_at + 3].lstrip(".!? ")
    words = re.findall(r"\w+", text[quote.start : quote.end])
    if not before.endswith("(") or not after.startswith(")") or len(words) < MIN_ASIDE_WORDS:
        return None
    if not {w.casefold() for w in words} & VOICE_WORDS:
        return None
    name_end = len(before[:-1].rstrip())
    for person in people:
        for mention in person.mentions:
            if mention.end == name_end:
                return phrase_at(text, mention.start, name_end) or mention.text
    return None
