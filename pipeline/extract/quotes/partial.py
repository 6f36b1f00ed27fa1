"""Partial quotes: a few words of somebody's speech quoted inside a sentence of reporting.

News text quotes a judgement or a phrase mid-sentence, in a frame that marks it as speech:

* a verb of saying or judging before the marks, the person named before it (`X nannte die
  Zusammenarbeit „vorbildlich“`, `X warnte vor „übertriebenen Erwartungen“`);
* `als` right before the marks with a person named before it (`X bezeichnete die Idee als
  „ökonomischen Selbstmord“`, `X hat die Ziele als „realistisch“ verteidigt`);
* `von` right before the marks and a form of `sprechen` in the sentence (`Von „einem guten Tag“
  sprach X`, `X sprach von „einem Meilenstein“`);
* reported speech, the Konjunktiv I right before the marks (`Die Lage sei „völlig unter Kontrolle“`);
* `laut X` earlier in the sentence (`Das lässt sich laut X „nicht sagen“`);
* a voice later in the same sentence: its speaker said the earlier pieces too (`Beim „stark
  bewaffneten Mandat“ sei nicht auszuschließen, „dass …“, sagte X`).

The quoted words open in lower case: a title, name or motto in marks opens with a capital.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import MappingProxyType

from pipeline.extract.quotes.marks import (
    CUE_WINDOW_BEFORE,
    TERM_CUES,
    Quoted,
    has_cue,
    line_bounds,
    sentence_before,
)
from pipeline.extract.quotes.speakers import mention_near, phrase_at
from pipeline.lang.attribution_forms import FRAMING_VERBS, NAMING_VERBS, REPORTED_SPEECH_VERBS, VERB_PARTICLES
from pipeline.lang.quotes import DOCUMENT_HEADS
from pipeline.lang.speech import ADVERBIAL_OPENERS, ARTICLES, PREPOSITIONS, SPEECH_VERBS
from pipeline.records import Person
from pipeline.text.lexicon import is_office_word

#: Pronoun subjects between the Konjunktiv and the quote it predicates (`Deshalb sei es „…“`).
SUBJECT_PRONOUNS = frozenset({"es", "das", "dies", "er", "sie", "man"})
#: Most words between a framing verb and the marks (`nannte die Zusammenarbeit „…“`).
MAX_FRAMED_GAP = 3
#: Contracted prepositions before the name of an event or place in marks (`zum „Tag der …“`).
NAMING_CONTRACTIONS = frozenset({"zum", "zur", "beim", "am", "im", "ins", "ans", "aufs"})
#: Forms of `sprechen` that make `von „…“` a phrase somebody used.
SPEAK_FORMS = frozenset({"sprach", "spricht", "sprachen", "sprechen", "gesprochen"}) | frozenset(
    {
        "berichtete",
        "berichtet",
        "berichten",
        "erzählte",
        "erzählt",
        "schwärmte",
        "schwärmt",
        "redete",
        "redet",
    }
)
#: Indefinite articles between `von` and the marks (`berichtete von einer „breiten Zustimmung“`).
INDEFINITE = frozenset({"ein", "einem", "einer", "einen"})
#: `laut X`, `nach Angaben von X` in the sentence before the marks: X speaks.
ACCORDING_TO = re.compile(
    r"\b(?:[Ll]aut|[Nn]ach\s+(?:Angaben|Worten|Ansicht|Einschätzung|Auffassung)(?:\s+von)?)\s+(?=[A-ZÄÖÜ]|de[rs]\s|eine[mr]\s)"
)
#: A sentence opening with an office as its subject (`Die Kanzlerin nannte …`, `Ein Sprecher sagte …`).
OFFICE_OPENING = re.compile(r"\s*(?P<article>Der|Die|Ein|Eine)\s+(?P<office>[A-ZÄÖÜ][\w-]+)\s+[a-zäöüß]")
#: A pronoun subject opening a sentence before its verb (`Er nannte …`, `Sie sprach von …`).
PRONOUN_SUBJECT = re.compile(r"\s*(?P<pronoun>Er|Sie)\s+(?=[a-zäöüß])")
#: A pronoun holding the view of the sentence: `Ihm zufolge`, `Laut ihr`, `Seiner Ansicht nach`.
PRONOUN_ACCORDING = re.compile(
    r"\s*(?:(?P<dative>Ihm|Ihr)\s+zufolge|(?:Laut|Nach)\s+(?P<laut>ihm|ihr)\b"
    r"|(?P<possessive>Seiner|Ihrer)\s+(?:Ansicht|Meinung|Auffassung|Einschätzung|Überzeugung)\s+nach)"
)
#: The subject pronoun of the person a dative or possessive pronoun stands for.
HOLDER_PRONOUNS = MappingProxyType({"ihm": "er", "ihr": "sie", "seiner": "er", "ihrer": "sie"})
#: Verbs of saying and judging that attribute reported speech (`X betonte, dass „…“`, `…, betonte
#: X.`); not `weiter`, `zufolge`, which only follow a speaker, nor `so`, which opens many clauses.
REPORTING_VERBS = (FRAMING_VERBS | SPEECH_VERBS) - {"so", "weiter", "zufolge"}
#: Conjunctions opening a clause of reported content (`teilte mit, dass …`).
THAT_WORDS = frozenset({"dass", "daß"})
#: Fewest words of a piece of speech in marks that a voice later in its sentence claims.
MIN_FRAGMENT_WORDS = 2
#: A sentence break between two quotes: end punctuation, space, then a capital or an opening mark.
SENTENCE_BREAK = re.compile(r"[.!?][«»“”\"]?\s+[A-ZÄÖÜ„»«\"]")
#: An impersonal attribution right after the closing mark (`„…“, heißt es in der Stadt`).
HEARSAY = re.compile(r"\s*,\s*(?:heißt|hieß)\s+es\b")
#: The end of a sentence after the marks.
SENTENCE_STOP = re.compile(r"[.!?](?:\s|$)")


def _names_person(phrase: str, people: Sequence[Person]) -> bool:
    """True for a phrase with a known family name, an office word or a given and family name."""
    words = phrase.split()
    families = {p.family for p in people}
    return bool(families & set(words)) or is_office_word(words[0]) or len(words) >= 2


def _framed(text: str, mention: str, start: int, quote: Quoted) -> bool:
    """True when a framing verb follows the person's mention shortly before the marks (`X nannte die
    Zusammenarbeit „`, `X warnte vor „`); not before the name of an event (`zum „Tag der …“`)."""
    at = text.find(mention, start, quote.open_at)
    words = [w.casefold() for w in re.findall(r"\w+", text[at + len(mention) : quote.open_at])]
    verb = max((i for i, w in enumerate(words) if w in FRAMING_VERBS), default=-1)
    return (
        at >= 0
        and verb >= 0
        and len(words) - verb - 1 <= MAX_FRAMED_GAP
        and not (words and words[-1] in NAMING_CONTRACTIONS)
    )


def _office_opening(text: str, start: int, quote: Quoted) -> str | None:
    """An office the sentence opens with as its subject, nobody named (`Die Kanzlerin nannte den
    Kompromiss „…“`): the holder is for :func:`pipeline.extract.quotes.speakers.resolve` to find."""
    opening = OFFICE_OPENING.match(text, start, quote.open_at)
    if opening is None or not is_office_word(opening["office"]):
        return None
    return phrase_at(text, opening.start("article"), quote.open_at)


def _according_phrase(text: str, pos: int, stop: int) -> str | None:
    """The speaker phrase after `laut`, also after the dative `einem` (`laut einem Sprecher`)."""
    dative = re.compile(r"einem\s+").match(text, pos, stop)
    if dative is None:
        return phrase_at(text, pos, stop)
    rest = phrase_at(text, dative.end(), stop)
    return text[pos : dative.end()] + rest if rest else None


def _pronoun_opening(sentence: str) -> str | None:
    """`Er`/`Sie` opening the sentence before a verb in lower case: the subject, a pronoun for the
    person named before (`Er nannte den Beitritt „…“`)."""
    opening = PRONOUN_SUBJECT.match(sentence)
    return opening["pronoun"] if opening else None


def _judged_after(text: str, quote: Quoted) -> bool:
    """True when a participle of judging follows the marks (`als „realistisch“ verteidigt`), no
    verb that names (`als „lebendiges Museum“ gilt`)."""
    after = re.match(
        r"\W*(\w+)", text[(quote.close_at or quote.end) + 1 : (quote.close_at or quote.end) + 40]
    )
    word = after.group(1) if after else ""
    if word.casefold() in VERB_PARTICLES:  # `wies die Vorwürfe als „völlig haltlos“ zurück`
        return True
    return word[:1].islower() and word.endswith("t") and word.casefold() not in NAMING_VERBS


def _sentence_end(text: str, quote: Quoted) -> int:
    """Where the sentence holding the quote ends (at the latest the paragraph end)."""
    after = (quote.close_at or quote.end) + 1
    stop = line_bounds(text, quote.open_at)[1]
    found = SENTENCE_STOP.search(text, after, stop)
    return found.start() if found else stop


def partial_quote(text: str, quote: Quoted, people: Sequence[Person]) -> tuple[bool, str | None]:
    """Whether a quoted phrase inside a sentence is a partial quote, and who said it.

    Args:
        text: the article text.
        quote: the quoted stretch.
        people: the persons the officials extractor found.

    Returns:
        (True, speaker as written or None) for a partial quote in a frame of speech, else (False, None).
    """
    inside = text[quote.start : quote.end].strip().lstrip(";,. ")  # `";wirklich …`: a mark garbled
    cut_off = quote.close_at is None and quote.end >= len(text.rstrip())  # the text ends inside it
    start, sentence = sentence_before(text, quote)
    that = sentence.rstrip().casefold().endswith(("dass", "daß"))  # a clause's content: no title
    before = re.findall(r"[\w-]+", sentence)
    folded = [w.casefold() for w in before[-2:]]
    reported_that = quote.close_at is not None and _reported_that(text, quote, sentence)
    # one noun after an indefinite article in reported speech is the speaker's word (`zu einem
    # „Machtvakuum“ gekommen sei`); after a definite one, or of more words, it may name something
    # (`der Aktion „…“`, `einen „Runden Tisch“`)
    characterised = reported_that and len(inside.split()) == 1 and bool(folded) and folded[-1] in INDEFINITE
    if (quote.close_at is None and not cut_off) or not (inside[:1].islower() or that or characterised):
        return False, None
    if not before:
        return False, None
    end = _sentence_end(text, quote)
    whole = {w.casefold() for w in re.findall(r"\w+", text[start:end])}
    ahead = (
        mention_near(people, start, quote.open_at, quote.open_at)
        or _office_opening(text, start, quote)
        or _pronoun_opening(sentence)
    )
    held = PRONOUN_ACCORDING.match(sentence)
    if held:  # `Ihm zufolge ist …`, `Seiner Ansicht nach ist …`: the person the pronoun stands for
        return True, HOLDER_PRONOUNS[(held["dative"] or held["laut"] or held["possessive"]).casefold()]
    if that and ahead and {w.casefold() for w in before} & REPORTING_VERBS:
        return True, ahead  # `X betonte, dass „…“`
    if reported_that:
        return True, ahead  # `X teilte mit, dass der Plan „gut“ ankomme`: the subject, if named, speaks
    according = ACCORDING_TO.search(sentence)
    phrase = _according_phrase(text, start + according.end(), quote.open_at) if according else None
    if phrase and _names_person(phrase, people):
        return True, phrase  # `Laut Polizeisprecher X war der Abend „ruhig“`; not `Laut Satzung`
    if folded[-1] == "als" and ahead and (whole & FRAMING_VERBS or _judged_after(text, quote)):
        return True, ahead  # `X bezeichnete die Idee als „…“`, `X hat es als „…“ verteidigt`
    if ahead and _framed(text, ahead, start, quote):
        return True, ahead  # `X nannte die Zusammenarbeit „vorbildlich“`, `X warnte vor „…“`
    # `von einer „…“` only with a person named before it: `Die Stadt sprach von einem „…“` names nobody
    of = folded[-2:-1] if folded[-1] in INDEFINITE and ahead else folded[-1:]
    if of and of[0] in ("von", "vom") and whole & SPEAK_FORMS:
        return True, mention_near(people, start, end, quote.open_at) or ahead  # `Von „…“ sprach X`
    if folded[-1] in REPORTED_SPEECH_VERBS or (
        folded[0] in REPORTED_SPEECH_VERBS and folded[-1] in SUBJECT_PRONOUNS
    ):
        # `Es sei „kein Problem“`, `sei es „…“`: the quote is what the reported speech predicates,
        # not a term quoted inside it (`Zwar sei X „in Summe“ sicher`)
        return True, ahead
    if _reported(sentence, inside) or hearsay(text, quote):
        return (
            True,
            None,
        )  # `…, sei bei X „völlig kritiklos“ hingenommen worden`: whose, the sentence does not say
    return False, None


def _reported_that(text: str, quote: Quoted, sentence: str) -> bool:
    """True for a quote inside a `dass` clause of reported speech: a verb of saying before `dass`
    and the Konjunktiv I closing the clause after the marks (`X teilte mit, dass der Rat den Plan
    „sehr wohlwollend“ aufgenommen habe`); the indicative (`hat`) reports no speech."""
    that = [m for m in re.finditer(r"[\w-]+", sentence) if m.group().casefold() in THAT_WORDS]
    said = {w.casefold() for w in re.findall(r"[\w-]+", sentence[: that[-1].start()])} if that else set()
    if not said & REPORTING_VERBS or re.search(r"[,;:]", sentence[that[-1].end() :]):
        return False  # no verb of saying before `dass`, or another clause opens before the marks
    tail = re.split(r"[,;:]", text[(quote.close_at or quote.end) + 1 : _sentence_end(text, quote)])[0]
    return bool({w.casefold() for w in re.findall(r"\w+", tail)} & REPORTED_SPEECH_VERBS)


def hearsay(text: str, quote: Quoted) -> bool:
    """True for the last words of a sentence of reported speech, its Konjunktiv I anywhere before
    the marks, closed by an impersonal `heißt es` (`Der Gast sei bei allen Vereinen „gut
    angekommen“, heißt es im Rathaus`); there `heißt` names no title. Not where a document
    follows (`heißt es in der Studie`)."""
    before = re.findall(r"[\w-]+", sentence_before(text, quote)[1])
    if quote.close_at is None or not {w.casefold() for w in before} & REPORTED_SPEECH_VERBS:
        return False
    if has_cue(before[-CUE_WINDOW_BEFORE:], TERM_CUES):
        return False  # `Das Fest solle den Namen „…“ tragen, heißt es`: a name all the same
    found = HEARSAY.match(text, quote.close_at + 1)
    source = re.findall(r"[\w-]+", text[found.end() : _sentence_end(text, quote)]) if found else []
    return found is not None and not any(
        w.casefold().removesuffix("s").endswith(DOCUMENT_HEADS) for w in source
    )


def _reported(sentence: str, inside: str) -> bool:
    """True for a phrase of speech in marks inside a clause of reported speech, its Konjunktiv I
    earlier in the clause (`sei bei seinem Vorgänger „völlig kritiklos“ hingenommen worden`): not a
    term after an article or one of the prepositions the rules list (`sei eine „sichere Kommune“`,
    `habe vor „falschen Polizisten“ gewarnt`), nor a prepositional idiom (`„im Grunde“`)."""
    clause = [w.casefold() for w in re.findall(r"[\w-]+", re.split(r"[,;:]", sentence)[-1])]
    words = inside.split()
    return (
        len(words) >= MIN_FRAGMENT_WORDS
        and bool(set(clause[:-1]) & REPORTED_SPEECH_VERBS)
        and bool(clause)
        and clause[-1] not in ARTICLES | NAMING_CONTRACTIONS | PREPOSITIONS | ADVERBIAL_OPENERS
        and words[0].casefold() not in PREPOSITIONS | ADVERBIAL_OPENERS | ARTICLES
    )


def is_fragment(text: str, quote: Quoted) -> bool:
    """True for a closed quote of at least two words opening in lower case: a piece of speech
    (`„stark bewaffneten Mandat“`) that a voice later in its sentence may claim."""
    words = text[quote.start : quote.end].split()
    return quote.close_at is not None and len(words) >= MIN_FRAGMENT_WORDS and words[0][:1].islower()


def same_sentence(text: str, end: int, start: int) -> bool:
    """True when ``text[end:start]`` stays in one sentence of one paragraph."""
    between = text[end:start]
    return "\n" not in between and SENTENCE_BREAK.search(between) is None
