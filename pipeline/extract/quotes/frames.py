"""Frames of attribution that news text uses beyond the listed speech verbs.

* the inverted verb after a quote: a quote in the first place of a sentence is followed by the
  finite verb and its subject (`„…“, ermuntert X seine Zuhörer`, `„…“, fuhr X fort`), so a verb
  in that place attributes the quote whichever verb it is, unless it names (`„…“, lautet das Motto`);
* `wie X es formuliert` after a quote;
* a quote interrupted by its attribution goes on after it (`„A“, sagt X, „B“`, `„A“, sagt X: „B“`);
* a whole sentence in marks after a colon clause with no speech verb (`X blieb dabei: „…“`).

The functions take the article text and return the speaker phrase as written, or None.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from pipeline.extract.quotes.marks import (
    Quoted,
    clause_before,
    has_cue,
    line_bounds,
    sentence_before,
)
from pipeline.extract.quotes.named import label_name
from pipeline.extract.quotes.partial import REPORTING_VERBS
from pipeline.extract.quotes.speakers import WORD, mention_near, phrase_at
from pipeline.lang.attribution_forms import (
    AS_PUT_VERBS,
    CITING_VERBS,
    FINITE_ENDINGS,
    NAMING_VERBS,
    NOT_INVERTED_VERBS,
    OBJECT_DETERMINERS,
    PASSIVE_AUXILIARIES,
    STATEMENT_NOUNS,
    VERB_PARTICLES,
)
from pipeline.lang.quotes import QUOTE_MARKS, WRITTEN_CUES
from pipeline.lang.speech import (
    ADVERBIAL_OPENERS,
    ARTICLES,
    CLAUSE_OPENERS,
    NON_VOICE_CUES,
    PRONOUNS,
    SPEAKER_LEADERS,
    SPEECH_VERBS,
)
from pipeline.records import Person
from pipeline.text.lexicon import is_office_word

#: Most lower-case adjectives between an article and the noun or name of a speaker (`der
#: fünfjährige Nico`, `die sonst so nüchterne Kanzlerin`).
MAX_ADJECTIVES = 3
#: Most words of the attribution between two stretches of one quote (`„A“, sagt X, Leiter des Amtes, „B“`).
MAX_INTERRUPTION_WORDS = 12
#: Fewest letters of a finite verb after a quote (`bat`, `rief`).
MIN_VERB_CHARS = 3
#: Capitalised words of a given and a family name.
MIN_NAME_WORDS = 2
#: Fewest words of a whole sentence in marks after a colon clause that count as a voice.
MIN_SENTENCE_WORDS = 3
#: Words in the place after `“,` that are no finite verb attributing the quote: verbs that name or
#: attribute nothing, articles and clause openers.
NO_ATTRIBUTING_VERB = NOT_INVERTED_VERBS | NAMING_VERBS | ARTICLES | ADVERBIAL_OPENERS | CLAUSE_OPENERS
#: Inflected endings of an attributive adjective (`fünfjährige`, `neuen`, `sächsischer`).
ADJECTIVE = re.compile(r"(?:\d+-)?[a-zäöüß][\w-]*(?:e|en|er|es|em)")
#: An adjective of age, which describes a person (`der 28-jährige Stürmer`).
AGE_ADJECTIVE = re.compile(r"\d+-jährige[nrs]?")


def _clause_words(words: Sequence[re.Match[str]], text: str) -> list[re.Match[str]]:
    """The words of ``words`` up to the end of their clause (a comma or sentence end after a word)."""
    kept: list[re.Match[str]] = []
    for word in words:
        kept.append(word)
        after = text[word.end() : word.end() + 1]
        if word.group().endswith(".") or after in (",", ";", ":", "!", "?", ")"):
            break
    return kept


def _verb_place(words: Sequence[re.Match[str]]) -> bool:
    """True when ``words[0]`` may be a finite verb in the place after `“,`: a lower-case word of
    letters that is no function word and no verb that names."""
    verb = words[0].group()
    folded = verb.casefold()
    return (
        verb.isalpha()
        and verb[:1].islower()
        and len(verb) >= MIN_VERB_CHARS
        and folded not in NO_ATTRIBUTING_VERB
    )


def _finite_verb(words: Sequence[re.Match[str]], text: str) -> bool:
    """True when ``words[0]``, in the place after `“,`, is a finite verb by its form: a present or
    weak-past form (`beteuert`, `wirkte`), or the verb of a particle closing the clause (`fuhr X fort`)."""
    if not _verb_place(words):
        return False
    clause = _clause_words(words, text)
    particle = len(clause) > 2 and clause[-1].group().rstrip(".").casefold() in VERB_PARTICLES
    return words[0].group().casefold().endswith(FINITE_ENDINGS) or particle


def _person_like(phrase: str) -> bool:
    """True for a speaker phrase that holds an office, a given and a family name (`Landrat X`) or
    an age (`der 28-jährige Stürmer`)."""
    capitals = [w for w in phrase.split() if w[:1].isupper()]
    aged = any(AGE_ADJECTIVE.fullmatch(w) for w in phrase.split())
    return aged or any(is_office_word(w) for w in capitals) or len(capitals) >= MIN_NAME_WORDS


def described_phrase(text: str, words: Sequence[re.Match[str]], stop: int) -> str | None:
    """`der fünfjährige Nico`, `ein sichtlich enttäuschter X`: an article, lower-case adjectives (an
    adverb may stand before one), then a capitalised noun or name."""
    index = 1
    while index < len(words) and index <= MAX_ADJECTIVES and _describes(words, index):
        index += 1
    if index == 1 or index >= len(words) or not words[index].group()[:1].isupper():
        return None
    if not ADJECTIVE.fullmatch(words[index - 1].group()):
        return None  # an adverb right before the noun describes no person
    rest = phrase_at(text, words[index].start(), stop)
    return text[words[0].start() : words[index].start() + len(rest)] if rest else None


def _describes(words: Sequence[re.Match[str]], index: int) -> bool:
    """True for an inflected adjective at ``index``, or a word of letters in lower case before one."""
    word = words[index].group()
    if ADJECTIVE.fullmatch(word):
        return True
    following = words[index + 1].group() if index + 1 < len(words) else ""
    return word.isalpha() and word.islower() and ADJECTIVE.fullmatch(following) is not None


def inverted_speaker(text: str, words: Sequence[re.Match[str]], stop: int) -> str | None:
    """The subject after the finite verb that follows a quote (`„…“, ermuntert X seine Zuhörer`).

    Args:
        text: the article text.
        words: the words after the closing mark and its comma; the first is the verb.
        stop: the end of the paragraph.

    Returns:
        The subject as written (a pronoun, a name, `der fünfjährige Nico`), or None when the first
        word is no finite verb, names (`lautet`, `heißt`) or the subject is a title's cue noun.
    """
    if not words or not _verb_place(words):
        return None
    by_form = _finite_verb(words, text)  # else a strong past (`schrieb`, `bat`): a person must follow
    index = 1
    while index < len(words) and words[index].group().casefold() in SPEAKER_LEADERS:
        index += 1
    if index >= len(words):
        return None
    first = words[index].group()
    if first.rstrip(".").casefold() in PRONOUNS:
        return first.rstrip(".")  # `schrieb sie`: a pronoun subject makes any word there a verb
    if first.casefold() in ARTICLES:
        phrase = phrase_at(text, words[index].start(), stop) or described_phrase(text, words[index:], stop)
    else:
        phrase = phrase_at(text, words[index].start(), stop) if first[:1].isupper() else None
    if phrase is None or has_cue(phrase.split(), NON_VOICE_CUES) or phrase.casefold() in ARTICLES:
        return None
    return phrase if by_form or _person_like(phrase) else None


def _object_after(text: str, words: Sequence[re.Match[str]], stop: int) -> str | None:
    """The object that follows the subject phrase opening ``words`` (`die Stadt ihren Bürgermeister X`)."""
    subject = phrase_at(text, words[0].start(), stop) if words else None
    if not subject:
        return None
    end = words[0].start() + len(subject)
    rest = [w for w in words if w.start() >= end]
    while rest and rest[0].group().casefold() in OBJECT_DETERMINERS | ARTICLES:
        rest = rest[1:]
    while rest and ADJECTIVE.fullmatch(rest[0].group()):
        rest = rest[1:]  # `ihren langjährigen Bürgermeister X`
    phrase = phrase_at(text, rest[0].start(), stop) if rest else None
    return phrase if phrase and _person_like(phrase) else None


def cited_speaker(text: str, words: Sequence[re.Match[str]], stop: int) -> str | None:
    """Who a verb of quoting after a quote names as the speaker: the object in the active (`„…“,
    zitiert die Stadt ihren Bürgermeister X`), the subject in the passive (`„…“, wird
    Bürgermeister X in der Mitteilung zitiert`).

    Args:
        text: the article text.
        words: the words after the closing mark and its comma.
        stop: the end of the paragraph.

    Returns:
        The speaker phrase as written, or None where no verb of quoting stands there.
    """
    if not words:
        return None
    verb = words[0].group().casefold()
    if verb in CITING_VERBS:
        return _object_after(text, words[1:], stop)
    clause = _clause_words(words, text)
    if verb not in PASSIVE_AUXILIARIES or clause[-1].group().rstrip(".").casefold() not in CITING_VERBS:
        return None
    subject = clause[1:-1]
    if subject and subject[0].group().casefold() in PRONOUNS:
        return subject[0].group()
    phrase = phrase_at(text, subject[0].start(), stop) if subject else None
    return phrase if phrase and _person_like(phrase) else None


def statement_speaker(text: str, words: Sequence[re.Match[str]], stop: int) -> str | None:
    """Whose statement a naming verb after a quote makes it (`„…“, war das Resümee von X`,
    `„…“, lautete das Fazit des Bürgermeisters`): the person after `von` or in the genitive."""
    if len(words) < 5 or words[0].group().casefold() not in NAMING_VERBS:
        return None
    if words[1].group().casefold() not in ARTICLES or words[2].group().casefold() not in STATEMENT_NOUNS:
        return None
    owner = words[4] if words[3].group().casefold() in ("von", "vom") else words[3]
    if owner is words[3] and owner.group().casefold() not in ("des", "der"):
        return None
    phrase = phrase_at(text, owner.start(), stop)
    if not phrase or phrase.casefold() in ARTICLES:
        return None
    # `des Bürgermeisters X`, `von X`; not `der Veranstaltung`: an event's summary, nobody's statement
    return phrase if phrase.split()[0].casefold() not in ARTICLES or _person_like(phrase) else None


def as_put_speaker(text: str, words: Sequence[re.Match[str]], stop: int) -> str | None:
    """`„…“, wie X es formuliert`: the person named between `wie` and a verb of putting it."""
    if len(words) < 3 or words[0].group() != "wie":
        return None
    phrase = phrase_at(text, words[1].start(), stop)
    if not phrase:
        return None
    rest = [w.group().rstrip(".").casefold() for w in words if w.start() >= words[1].start() + len(phrase)]
    rest = rest[1:] if rest[:1] == ["es"] else rest
    return phrase if rest[:1] and rest[0] in AS_PUT_VERBS else None


def interrupts(gap: str) -> bool:
    """True when the text between two quoted stretches is the first one's attribution, ending with
    a comma or colon before the second (`“, sagt X, „`, `“, sagt X, den Y quält: „`)."""
    stripped = gap.strip().lstrip("".join(QUOTE_MARKS)).strip()
    if (
        not stripped
        or stripped[0] not in ",–—"
        or stripped[-1] not in ",:"
        or re.search(r"[.!?]\s", stripped)
    ):
        return False
    words = list(WORD.finditer(stripped))
    return 0 < len(words) <= MAX_INTERRUPTION_WORDS and (
        words[0].group().casefold() in SPEECH_VERBS or _finite_verb(words, stripped)
    )


def colon_sentence(text: str, quote: Quoted, people: Sequence[Person]) -> tuple[bool, str | None]:
    """A whole sentence in marks after a clause that a colon ends (`X blieb bei seiner Aussage:
    „Er war dabei.“`, `X hob in seinem Grußwort hervor: „…“`): a voice, said by the person the
    clause names (None where it names nobody the officials extractor knows).

    Returns:
        Whether it is such a voice, and the person's mention as written.
    """
    inside = text[quote.start : quote.end].strip()
    if quote.close_at is None or not inside[:1].isupper() or inside[-1:] not in ".!?":
        return False, None
    if clause_before(text, quote) is None or len(inside.split()) < MIN_SENTENCE_WORDS:
        return False, None
    after = text[quote.close_at + 1 : line_bounds(text, quote.close_at)[1]].lstrip()
    if after and not (after[:1].isupper() or after[:1] in QUOTE_MARKS):
        return False, None  # the sentence goes on after the marks: `: „…“ und weiter …`
    start, _ = sentence_before(text, quote)
    who = mention_near(people, start, quote.open_at, start)
    if who is None and has_cue(text[start : quote.open_at].split(), WRITTEN_CUES):
        return False, None  # `Auf den Plakaten ist zu lesen: „…“`: words on a thing, nobody speaks
    return True, who


def colon_subject(text: str, quote: Quoted) -> str | None:
    """A family name alone as the subject of the colon clause before a quote, before or right after
    its finite verb (`Onken blieb dabei: «…»`, `Aus dieser Sicht begrüsst Onken das Engagement: «…»`),
    or an office the clause opens with (`Der Rathauschef ist sich sicher: „…“`), which
    :func:`pipeline.extract.quotes.speakers.resolve` gives to the person holding it.

    Returns:
        The name as written, or None where the clause has no such subject.
    """
    left = text[line_bounds(text, quote.open_at)[0] : quote.open_at].rstrip()
    if not left.endswith(":"):
        return None
    clause = re.split(r"[.!?]\s+", left[:-1])[-1]  # a dash in it ends no sentence here (`X – irgendwie:`)
    words = list(WORD.finditer(clause))
    if len(words) > 2 and words[0].group() in ("Der", "Die") and is_office_word(words[1].group()):
        return phrase_at(clause, words[0].start(), len(clause))  # `Der Rathauschef ist sich sicher:`
    for number, word in enumerate(words[:-1]):
        verb, subject = (words[number + 1], word) if number == 0 else (word, words[number + 1])
        if _by_form(verb) and label_name(subject.group()):
            return subject.group()
        if number and _verb_place([word]) and word.group().casefold().endswith(FINITE_ENDINGS):
            return None  # only the word right after the first finite verb can be its subject
    return None


def _by_form(word: re.Match[str]) -> bool:
    """True for a verb of saying or judging in a verb's place (`begrüsst`, `betonte`): a verb of
    another kind may have a noun without article as its subject (`Hier hilft Vorsicht:`)."""
    folded = word.group().casefold()
    return _verb_place([word]) and folded in REPORTING_VERBS
