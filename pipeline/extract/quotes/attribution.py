"""Attribution: where an article names who said a quote, and the speaker phrase as written there.

A quoted stretch (see :mod:`pipeline.extract.quotes.marks`) can be attributed

* after the closing mark: `»…«, so Innenminister X`, `„…“, sagte er`;
* in a clause a colon ends before it: `Oberbürgermeister Y: »…«`, `X erklärte: „…“`;
* in the sentence right before it: `…, ergänzte X. „…“` (also at the end of the paragraph above);
* on the short name line under a quote or pull quote: `Volker Pfitzner: Dezernat IV`,
  `Conny Hanspach, Koordinierung ASSKomm Wurzen` (:mod:`pipeline.extract.quotes.name_lines`).

The ``attribution_*`` functions take the article text and a quoted stretch and return the
speaker phrase as written, or None when that place names nobody. :mod:`pipeline.extract.quotes.speakers`
turns the phrase into a person.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from types import MappingProxyType

from pipeline.extract.quotes.frames import (
    as_put_speaker,
    cited_speaker,
    described_phrase,
    inverted_speaker,
    statement_speaker,
)
from pipeline.extract.quotes.marks import (
    CUE_WINDOW_BEFORE,
    Quoted,
    clause_before,
    has_cue,
    line_bounds,
    opens_sentence,
)
from pipeline.extract.quotes.named import given_name, label_name
from pipeline.extract.quotes.speakers import WORD, phrase_at
from pipeline.lang.attribution_forms import (
    DEMONSTRATIVES,
    POSSESSIVES,
    SAYING_VERBS,
    STATEMENT_NOUNS,
)
from pipeline.lang.calendar import WEEKDAY_WORDS
from pipeline.lang.places import TYPE_WORDS
from pipeline.lang.speech import (
    ADVERBIAL_OPENERS,
    ARTICLES,
    CLAUSE_OPENERS,
    CLAUSE_TAIL,
    DAY_TIMES,
    DEMONSTRATIVE_SUBJECTS,
    NON_VOICE_CUES,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    SPEAKER_LEADERS,
    SPEECH_VERBS,
    VOICE_CUES,
    VOICE_WORDS,
)
from pipeline.records import Person
from pipeline.text.lexicon import is_office_word

#: Longest colon clause that is taken whole as the speaker (`Anja Herold-Beckmann:`).
MAX_NAME_CLAUSE_WORDS = 8
#: Longest colon clause of an office with a long name (`Innenminister und Vorsitzender … Prof. Dr. X:`).
MAX_OFFICE_CLAUSE_WORDS = 12
#: Longest name before a speech verb and a colon that is taken without knowing the person (`Max Muster sagt:`).
MAX_BARE_NAME_WORDS = 3
#: Longest apposition after a speaker ending the sentence before a quote (`…, sagte X, Leiter des Amtes.`).
MAX_APPOSITION_WORDS = 8
#: Adverbs pointing back at the quote before a state verb (`„…“ – davon ist X überzeugt`).
POINTERS = frozenset({"davon", "da", "darin", "dessen", "darüber", "daran"})
#: Object pronouns after `für` and the subject pronoun of the same person (`Für sie ist klar:`).
OBJECT_PRONOUNS = MappingProxyType({"ihn": "er", "sie": "sie"})
#: A speaker in brackets right after the closing mark: `„…“ (Max Muster, Bürgermeister)`.
BRACKETED_SPEAKER = re.compile(r"\s*\(([A-ZÄÖÜ][^()]{2,60})\)\s*[.!?]?\s*$")
#: A speaker after a dash that ends the paragraph: `„…“ – Max Muster, Bürgermeister von X`.
DASHED_SPEAKER = re.compile(r"\s*[–—]\s*([A-ZÄÖÜ][^()„“»«\"!?]{2,80}?)\s*$")
#: Verbs of a state that attribute a quote with `sich` (`„…“, ist sich X sicher`).
STATE_VERBS = frozenset({"ist", "war", "sind", "waren", "zeigt", "zeigte", "zeigen", "zeigten"})


def speaker_after_verb(text: str, words: list[re.Match[str]], stop: int) -> str | None:
    """The speaker following the speech verb ``words[0]`` (`so der Innenminister`, `sagte er`)."""
    index = 1
    while index < len(words) and (
        words[index].group().casefold() in SPEAKER_LEADERS
        or (index > 1 and words[index].group() in DAY_TIMES | WEEKDAY_WORDS)  # `sagte heute Abend X`
    ):
        index += 1
    if (
        index < len(words)
        and words[index].group().rstrip(".").casefold() in PRONOUNS | DEMONSTRATIVE_SUBJECTS.keys()
    ):
        return words[index].group().rstrip(".")
    if index >= len(words):
        return None
    phrase = phrase_at(text, words[index].start(), stop)
    if phrase is None and words[index].group().casefold() in ARTICLES:
        phrase = described_phrase(text, words[index:], stop)  # `sagt der sächsische Innenminister X`
    if phrase is None or (not words[index].group()[:1].isupper() and words[index].group() not in ARTICLES):
        office = next((w for w in words[index : index + 6] if is_office_word(w.group())), None)
        phrase = phrase_at(text, office.start(), stop) if office else phrase  # `sagt dabei Bürgermeister X`
    return phrase


def said_after(text: str, quote: Quoted) -> bool:
    """True when a quote opens its sentence and a verb that only says follows the closing mark
    (`„Nein“, sagte X`, `„…“ so X`); a quote inside a sentence before a verb is its subject, a
    title (`Das Stück „Kein Ort“ meint …`)."""
    if quote.close_at is None or not opens_sentence(text, quote.open_at, line_bounds(text, quote.open_at)[0]):
        return False
    verb = re.match(r"\s*(?:,|\s[–—])?\s*([a-zäöüß]+)\b", text[quote.close_at + 1 : quote.close_at + 40])
    return verb is not None and verb.group(1).casefold() in SAYING_VERBS


def attribution_after(text: str, quote: Quoted) -> str | None:
    """The speaker (or pronoun) named after the closing mark: `«, so Innenminister X.`, `“, sagte er.`."""
    if quote.close_at is None:
        return None
    _, stop = line_bounds(text, quote.close_at)
    rest = text[quote.close_at + 1 : stop]
    # `„…“ (Max Muster, Bürgermeister)`, `„…“ – Max Muster, Bürgermeister` (a given name or an office
    # after the dash: `„…“ – Neue Wege in der Prävention` is a headline's second part)
    dash = DASHED_SPEAKER.match(rest)
    first = dash.group(1).split()[0] if dash else ""
    bracket = BRACKETED_SPEAKER.match(rest) or (dash if given_name(first) or is_office_word(first) else None)
    if bracket and sum(w[:1].isupper() for w in bracket.group(1).split()[:2]) == 2:
        return bracket.group(1)
    comma = re.match(r"\s*(?:,|\s[–—])\s*", rest)  # `“, sagte X` or `“ – so X`
    # Without a comma or dash only a quote ending in `!` or `?` can go on with its speaker, or one
    # a verb that only says follows (`„…“ sagte X`: the comma left out).
    if (
        not comma
        and not re.search(r"[!?]\s*$", text[quote.start : quote.end])
        and not said_after(text, quote)
    ):
        return None
    pos = quote.close_at + 1 + (comma.end() if comma else 0)
    words = list(WORD.finditer(text, pos, stop))
    # `weiter` only leads into a quote (`X weiter: »…«`), it does not follow one.
    if len(words) > 1 and words[0].group().casefold() in POINTERS and words[1].group() in STATE_VERBS:
        words = words[1:]  # `„…“ – davon ist X überzeugt`, `– da ist sich X sicher`
    elif words and words[0].group() in STATE_VERBS and words[1:2] and words[1].group() == "sich":
        words = words[1:]  # `„…“, ist sich X sicher`: the state verb and its reflexive
    elif not words or words[0].group().casefold() not in SPEECH_VERBS - {"weiter"}:
        # `„…“, ermuntert X seine Zuhörer`, `„…“, wie X es formuliert`: the verb known by its place
        return (
            cited_speaker(text, words, stop)
            or statement_speaker(text, words, stop)
            or inverted_speaker(text, words, stop)
            or as_put_speaker(text, words, stop)
        )
    return speaker_after_verb(text, words, stop)


def _sentence_before(text: str, open_at: int) -> tuple[int, str]:
    """Offset and text before the mark on its line; the paragraph above when the mark opens its line."""
    line_start, _ = line_bounds(text, open_at)
    left = text[line_start:open_at].rstrip()
    if left:
        return line_start, left
    above = text[:line_start].rstrip()
    start = above.rfind("\n") + 1
    return start, above[start:]


def _ends_sentence(text: str, end: int, stop: int) -> bool:
    """True when the speaker phrase ending at ``end`` ends its sentence (full stop at ``stop``).

    A party or place in brackets (`X (CDU).`) and a short apposition (`X, Leiter des Amtes.`) may
    follow the name; another clause with a speech verb may not.
    """
    rest = text[end:stop]
    if not rest.strip() or re.fullmatch(r"\s*\([^()]*\)", rest):
        return True
    words = rest.split()
    return (
        re.fullmatch(r",\s*[^,;:!?()]+", rest) is not None
        and len(words) <= MAX_APPOSITION_WORDS
        and not {w.casefold() for w in words} & SPEECH_VERBS
    )


def attribution_previous(text: str, quote: Quoted) -> str | None:
    """The speaker ending the sentence right before the quote (`…, ergänzte X. „…“`, `…, sagte er. „…“`).

    A quote with no attribution of its own goes on with the speaker of the sentence before it,
    also when it opens the next paragraph. `so` attributes only a named person or an office
    (`…, so Innenminister X.`).
    """
    start, left = _sentence_before(text, quote.open_at)
    if not left.endswith("."):
        return None
    stop = start + len(left) - 1  # before the full stop
    for match in re.finditer(r",\s*(\w+)\s+", left):
        verb = match.group(1).casefold()
        if verb not in SPEECH_VERBS - {"weiter", "zufolge"}:
            continue
        words = list(WORD.finditer(text, start + match.start(1), stop))
        phrase = speaker_after_verb(text, words, stop)
        at = text.find(phrase, words[0].end()) if phrase else -1
        if not phrase or not _ends_sentence(text, at + len(phrase), stop):
            continue
        named = (
            any(is_office_word(w) for w in phrase.split())
            or sum(w[:1].isupper() for w in phrase.split()) >= 2
        )
        if verb != "so" or named:
            return phrase
    return None


def _names_somebody(words: Sequence[str], people: Sequence[Person]) -> bool:
    """True when capitalised ``words`` hold a known family name, an office or a full name."""
    body = [w for w in words[1:] if w.casefold() not in ARTICLES]
    if words[0] in TYPE_WORDS or words[0].casefold() in DEMONSTRATIVES | POSSESSIVES.keys():
        return False  # `Stadt Musterstadt:` names a town, `Diesen Zusammenhalt hob X hervor:` an object
    if not all(w[:1].isupper() or w in PARTICLES or w.startswith("(") for w in [words[0], *body]):
        return False
    families = {p.family.casefold() for p in people}
    named = any(w.strip(".,").casefold() in families for w in words)
    return named or any(is_office_word(w) for w in words) or len([w for w in words if w[:1].isupper()]) >= 2


def _bare_name(words: Sequence[str]) -> bool:
    """True for one to three capitalised words with no article or place type (`Michael`, `Frau Li`)."""
    return (
        len(words) <= MAX_BARE_NAME_WORDS
        and words[0].casefold() not in ARTICLES
        and words[0] not in TYPE_WORDS
        and all(w[:1].isupper() or w in PARTICLES for w in words)
    )


def _long_office_phrase(words: list[str]) -> bool:
    """True for an office with a long name (`Innenminister und Vorsitzender des … Prof. Dr. X`)."""
    trailing = next((i for i, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))
    lower = {w.casefold() for w in words if not w[:1].isupper()}
    office = any(is_office_word(w) for w in words[:3])
    return (
        len(words) <= MAX_OFFICE_CLAUSE_WORDS
        and office
        and trailing >= 2
        and not lower & (VOICE_WORDS | SPEECH_VERBS)
    )


def _speaker_words(words: list[str], people: Sequence[Person]) -> list[str] | None:
    """The words of a colon clause that name the speaker, or None when it names nobody."""
    spoke = False
    while words and words[-1].casefold() in CLAUSE_TAIL:
        spoke = spoke or words[-1].casefold() in SPEECH_VERBS
        words = words[:-1]
    if not words:
        return None
    if len(words) == 1 and words[0].casefold() in PRONOUNS:
        return words  # `Er sagte:`: the pronoun, resolved to the person it stands for
    if len(words) <= MAX_NAME_CLAUSE_WORDS and _names_somebody(words, people):
        return words
    if spoke and _bare_name(words):
        return words  # `Michael sagt:`: a name nobody else in the text carries
    opener = max((i for i, w in enumerate(words) if w.casefold() in CLAUSE_OPENERS), default=-1)
    last = words[opener + 1 :]  # `…, und wie Goethe schon sagte:`: the clause of the speech verb
    if (
        spoke
        and opener >= 0
        and last
        and (_names_somebody(last, people) or (len(last) == 1 and label_name(last[0])))
    ):
        return last
    verb = next(
        (i for i, w in enumerate(words) if i and w.casefold() in SPEECH_VERBS - {"so"}),
        None,
    )
    subject = words[:verb] if verb else []
    while subject and subject[-1].casefold() in CLAUSE_OPENERS:
        subject = subject[:-1]  # `Stadträtin X und freut sich:`
    if subject and _names_somebody(subject, people):
        return subject  # `Frank M. Zabel skizziert seine Tätigkeit wie folgt:`
    if _long_office_phrase(words):
        return words
    first_lower = next((i for i, w in enumerate(words) if not w[:1].isupper()), 0)
    if is_office_word(words[0]) and first_lower >= 2 and _names_somebody(words[:first_lower], people):
        return words[:first_lower]  # `Staatsminister Prof. Dr. Wöller zum Erfolg:`
    return None


def _speaker_in_clause(clause: str, people: Sequence[Person]) -> str | None:
    """The speaker phrase of a colon clause with no voice cue (`Und Polizeipräsident X erklärte`)."""
    head, _, apposition = clause.partition(",")
    words = head.split()
    while words and words[0].casefold() in CLAUSE_OPENERS | SPEECH_VERBS:
        words.pop(0)
    if len(words) > 1 and words[0].casefold() in POSSESSIVES and words[1].casefold() in STATEMENT_NOUNS:
        return POSSESSIVES[words[0].casefold()]  # `Ihr Fazit:`, `Sein Appell an die Bürger:`: her, his
    if words and words[0].casefold() == "für" and len(words) > 1:
        if words[1] in OBJECT_PRONOUNS:  # `Für ihn ist klar:`: the person the pronoun stands for
            return OBJECT_PRONOUNS[words[1]]
        return phrase_at(clause, clause.index(words[1]), len(clause))  # `Für OB X ist klar:`
    if words and words[0].casefold() in ADVERBIAL_OPENERS:
        # `Bei der Konferenz erklärte Landrätin X:`: the subject after the verb in second place
        verbs = SPEECH_VERBS - {"so", "weiter"}  # a verb in lower case: "erklärte", "weiß"
        verb = next(
            (m for m in WORD.finditer(head) if m.group().islower() and m.group().casefold() in verbs), None
        )
        if verb:
            return phrase_at(head, verb.end(), len(head))
        # `Auf die Frage, ob …, sagte X:`: the adverbial holds a clause of its own, the verb follows
        verb = next(
            (m for m in WORD.finditer(clause) if m.group().islower() and m.group().casefold() in verbs), None
        )
        if verb and clause[: verb.start()].rstrip().endswith(","):
            return phrase_at(clause, verb.end(), len(clause))
    if not words or words[0].casefold() in PREPOSITIONS:
        return None
    name_part, comma, rest = apposition.partition(",")
    named = name_part.split()
    office = words[0].casefold() in ARTICLES or is_office_word(words[0])
    verb = rest.split()[0].casefold() if rest.split() else ""
    said = not comma or verb in SPEECH_VERBS  # the apposition closed by a comma before `betonte`
    if office and said and 2 <= len(named) <= 4 and all(w[:1].isupper() for w in named):
        first = clause.index(words[0])
        # `der Leiter der Polizeidirektion, Manfred Weißbach`, `Der Vorsitzende …, X, betonte`
        return clause[first : len(head) + 1 + len(name_part.rstrip())]
    if len(clause.split()) == 1 and given_name(clause.strip()):
        return clause.strip()  # `Michael: „…“`: a given name alone, the whole clause
    kept, base = _speaker_words(words, people), 0
    if not kept and "," in clause:  # `Wir fangen an, und wie X schon sagte:`: the last clause speaks
        base = clause.rindex(",") + 1
        last = clause[base:].split()
        if last and last[0].casefold() in SPEECH_VERBS - {"so", "weiter", "zufolge"}:
            # `Gefragt, ob er bleibe, sagte X:`: a clause put first, the verb, then the speaker
            return phrase_at(clause, clause.index(last[0], base) + len(last[0]), len(clause))
        kept = _speaker_words(last, people)
    if not kept:
        return None
    first = clause.index(kept[0], base)
    return clause[first : clause.index(kept[-1], first) + len(kept[-1])]


def attribution_before(text: str, quote: Quoted, people: Sequence[Person]) -> str | None:
    """The speaker of a clause a colon ends before the quote (`Oberbürgermeister Y: »…«`).

    After a voice cue (`Teilnehmerstimme einer X:`) the speaker is what follows the cue, or the
    cue itself. ``people`` (from the officials extractor) make family names alone count as names.
    """
    clause = clause_before(text, quote)
    if not clause or has_cue(clause.split()[-CUE_WINDOW_BEFORE:], NON_VOICE_CUES):
        return None  # `unter dem Motto:` announces a title, not a speaker
    for cue in VOICE_CUES:
        found = re.search(rf"\b{cue}\b\s*", clause)
        if found:
            return clause[found.end() :].strip() or cue
    return _speaker_in_clause(clause, people)
