"""The sentence after a quote that points back at it and names who said it.

`„…“ Das sagte Eva Probe am Montag.`, `„…“ Dies betonte der Bürgermeister.`, `„…“ So fasste sie es
zusammen.`, `„…“ Diese Forderung stellte X auf.`, `„…“ – mit diesen Worten begrüßte X die Gäste`,
`„…“ Davon ist X überzeugt.`; also in the paragraph under a quote that fills its own line.
"""

from __future__ import annotations

import re

from pipeline.extract.quotes.attribution import speaker_after_verb
from pipeline.extract.quotes.marks import Quoted, fills_line, line_bounds, next_line
from pipeline.extract.quotes.speakers import WORD
from pipeline.lang.attribution_forms import (
    AGREEING_VERBS,
    CONVICTION_POINTERS,
    CONVICTION_VERBS,
    CONVICTION_WORDS,
    STATEMENT_MAKING_VERBS,
)
from pipeline.lang.speech import BACK_POINTERS, OBJECT_PRONOUN_VERBS, PRONOUNS, SPEECH_VERBS

#: The pointers in lower case, as they follow a dash inside the sentence (`„…“ – das sagte X`).
_LOWER_POINTERS = "|".join(p[0].lower() + p[1:] for p in BACK_POINTERS)

#: The opening of a sentence that points back at the quote before it: `“ Das sagte …`, `“. Dies betonte …`,
#: `“ – Das sagte …`, `“ – das sagte …`.
NEXT_SENTENCE = re.compile(
    rf"(?:[.!?]?\s+(?:[–—]\s+)?(?:{'|'.join(BACK_POINTERS)})|\s*[–—]\s+(?:{_LOWER_POINTERS}))\s+(?P<verb>\w)"
)
#: The sentence after a quote that says somebody holds it true: `“ Davon ist X überzeugt.`,
#: `“ Dessen ist sich auch X sicher.`; the speaker is read from the verb on.
NEXT_CONVICTION = re.compile(
    rf"[.!?]?\s+(?:{'|'.join(CONVICTION_POINTERS)})\s+(?P<verb>(?:{'|'.join(CONVICTION_VERBS)})\s[^.!?\n]{{2,80}}?)"
    rf"\s+(?:fest\s+)?(?:{'|'.join(CONVICTION_WORDS)})\s*[.!]"
)
#: Pointers of the sentence after a quote that are a pronoun or adverb, not a noun of a statement.
PRONOUN_POINTERS = frozenset({"Das", "Dies", "So", "das", "dies", "so"})


def attribution_next(text: str, quote: Quoted) -> str | None:
    """The speaker of the sentence right after the quote that points back at it (`„…“ Das sagte Eva
    Probe.`, `„…“ Dies betonte der Bürgermeister.`, `„…“ So fasste sie es zusammen.`), also in the
    paragraph under a quote that fills its own (`„…“` / `Mit diesen Worten eröffnete X …`)."""
    if quote.close_at is None:
        return None
    start, stop = quote.close_at + 1, line_bounds(text, quote.close_at)[1]
    below = next_line(text, quote.close_at) if fills_line(text, quote) else None
    if below is not None and not text[start:stop].strip():
        start, stop = below[0] - 1, below[1]  # from the line break, which the pattern's space takes
    convinced = NEXT_CONVICTION.match(text, start, stop)
    if convinced:  # `„…“ Davon ist X überzeugt.`: the speaker between the verb and the adjective
        return speaker_after_verb(text, list(WORD.finditer(text, convinced.start("verb"), stop)), stop)
    match = NEXT_SENTENCE.match(text, start, stop)
    if match is None:
        return None
    words = list(WORD.finditer(text, match.start("verb"), stop))
    pointer = match.group(0).split()[-2]
    any_verb = pointer == "Worten"  # `Mit diesen Worten eröffnete X …`
    verbs = SPEECH_VERBS - {"so", "weiter", "zufolge"}
    if pointer not in PRONOUN_POINTERS:  # `Diese Forderung stellte X auf.`, `Dieses Fazit zog X.`
        verbs = (verbs | STATEMENT_MAKING_VERBS) - AGREEING_VERBS
    if not words or not (any_verb or words[0].group().casefold() in verbs):
        return None
    phrase = speaker_after_verb(text, words, stop)
    # A pronoun speaks (`So fasste sie …`) unless the verb takes it as its object (`Das freut sie.`).
    if phrase is not None and phrase.casefold() in PRONOUNS and words[0].group() in OBJECT_PRONOUN_VERBS:
        return None
    return phrase
