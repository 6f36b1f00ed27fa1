"""A person named around a quote that nothing else attributes: the subject of the sentence the
quote stands in (`Innenminister X nannte die Prävention «aus kriminologischer Sicht
unverzichtbar».`), or the person the sentence after it opens with (`„Wir schaffen das.“
Bürgermeister Max Muster ist zuversichtlich.`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.quotes.marks import CUE_WINDOW_BEFORE, Quoted, has_cue, line_bounds, sentence_before
from pipeline.extract.quotes.speakers import mention_near, phrase_at
from pipeline.lang.speech import NON_VOICE_CUES
from pipeline.records import Person

#: A quoted phrase in a sentence about a person: least words, least share of lower-case words (less
#: for a whole sentence or a fragment opening in lower case: no title), most words before the mark.
MIN_EMBEDDED_WORDS, MIN_LOWER_SHARE, MIN_SPEECH_SHARE, MAX_SUBJECT_WORDS = 5, 0.7, 0.5, 25


def attribution_subject(text: str, quote: Quoted, people: Sequence[Person]) -> str | None:
    """The person the sentence around a quoted phrase is about (`Innenminister X nannte die
    Prävention «aus kriminologischer Sicht unverzichtbar».`, `Oberbürgermeister X baut auf die
    Bürger, denn »nur durch …«`): a named person in the words before the mark.

    Only a phrase of speech counts: at least ``MIN_EMBEDDED_WORDS`` words, mostly in lower case
    (a title or name in marks is mostly capitalised nouns: `»Tag der offenen Tür«`).
    """
    words = re.findall(r"\w+", text[quote.start : quote.end])
    lower = sum(w[:1].islower() for w in words)
    spoken = text[quote.start : quote.end].rstrip()[-1:] in ".!?" or (bool(words) and words[0][:1].islower())
    if len(words) < MIN_EMBEDDED_WORDS or lower < (MIN_SPEECH_SHARE if spoken else MIN_LOWER_SHARE) * len(
        words
    ):
        return None
    start, sentence = sentence_before(text, quote)
    if not sentence.strip() or len(sentence.split()) > MAX_SUBJECT_WORDS:
        return None  # the mark opens its sentence, or the person is far from the quote
    # `X leitet das Projekt »gemeinsam statt einsam …«`: a title (not after the sentence before ends, nor
    # opening an aside: `X lobte das Projekt („Das sollte Schule machen“)`)
    if sentence.rstrip()[-1:] not in ".!?(" and has_cue(
        sentence.split()[-CUE_WINDOW_BEFORE:], NON_VOICE_CUES
    ):
        return None
    return mention_near(people, start, quote.open_at, start)  # the first person the sentence names


def attribution_following(text: str, quote: Quoted, people: Sequence[Person]) -> str | None:
    """A person the sentence after a quote opens with, where nothing else attributes it
    (`„Wir schaffen das.“ Bürgermeister Max Muster ist zuversichtlich.`)."""
    if quote.close_at is None or text[quote.start : quote.end].rstrip()[-1:] not in ".!?":
        return None
    _, stop = line_bounds(text, quote.close_at)
    start = quote.close_at + 1
    while start < stop and text[start] in " \t":
        start += 1
    phrase = phrase_at(text, start, stop) if start < stop else None
    if not phrase:
        return None
    families = {p.family for p in people}
    return phrase if any(w.strip(".,") in families for w in phrase.split()) else None
