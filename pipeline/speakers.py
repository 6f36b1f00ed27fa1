"""Speakers: who said a quote, as written beside it and resolved to a person.

Attribution finds the speaker phrase around a quoted stretch (see :mod:`pipeline.quote_marks`):

* after the closing mark: `»…«, so Innenminister X`, `„…“, sagte er`;
* in a clause a colon ends before it: `Oberbürgermeister Y: »…«`, `X erklärte: „…“`;
* in the sentence right before it: `…, ergänzte X. „…“`;
* on the short name line under a quote or pull quote: `Volker Pfitzner: Dezernat IV`.

The ``attribution_*`` functions take the article text and a quoted stretch and return the
speaker phrase as written, or None when that place names nobody.

:func:`resolve` turns the phrase into a :class:`Speaker` (bare name, office), using the persons
the officials extractor found; pronouns and bare offices take the person named last before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from pipeline.lang.speech import (
    ARTICLES,
    CLAUSE_OPENERS,
    CLAUSE_TAIL,
    HONORIFIC,
    NON_VOICE_CUES,
    PARTICLES,
    PREPOSITIONS,
    PRONOUNS,
    PULL_CUES,
    PULL_LINKERS,
    ROLE_SUFFIXES,
    ROLE_WORDS,
    SPEAKER_LEADERS,
    SPEECH_VERBS,
    VOICE_CUES,
    VOICE_WORDS,
)
from pipeline.models import Person
from pipeline.quote_marks import (
    CUE_WINDOW_BEFORE,
    Quoted,
    clause_before,
    fills_line,
    has_cue,
    line_bounds,
    next_line,
)

#: A word of a speaker phrase: anything up to a space or clause punctuation.
WORD = re.compile(r"[^\s,;:!?]+")
#: A name is the given and the family name; longer runs of capitals hold a place or body.
MAX_NAME_WORDS = 2
#: Longest colon clause that is taken whole as the speaker (`Anja Herold-Beckmann:`).
MAX_NAME_CLAUSE_WORDS = 8
#: Longest colon clause of an office with a long name (`Innenminister und Vorsitzender … Prof. Dr. X:`).
MAX_OFFICE_CLAUSE_WORDS = 12
#: Longest name line under a pull quote.
MAX_PULL_LINE_WORDS = 12


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


def is_role(word: str) -> bool:
    """True for an office or rank word (`Innenminister`, `OB`, `Kriminaldirektorin`), any case."""
    folded = word.strip(".,()").casefold()
    # Short words only by the list: a suffix like `rat` would make `Format` an office.
    return folded in ROLE_WORDS or (len(folded) > 6 and folded.endswith(ROLE_SUFFIXES))


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
    for number, match in enumerate(WORD.finditer(text, pos, stop)):
        word = match.group()
        if number == 0 and word.casefold() in ARTICLES:
            start = match.start()
            continue
        if word.startswith("(") or not (word[:1].isupper() or word in PARTICLES):
            break
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
    words = speaker.split()
    if not words or not (words[0][:1].isupper() or words[0].casefold() in ("der", "die")):
        return None
    run: list[str] = []
    for word in words:
        if word.startswith("(") or (len(run) >= 2 and not word[:1].isupper()):
            break
        bare = word.rstrip(",:") if re.fullmatch(r"[A-ZÄÖÜ]\.", word) else word.strip(".,:")
        if is_role(word) or HONORIFIC.match(word) or word.casefold() in ARTICLES or not bare[:1].isupper():
            run = []  # the name follows the office, titles and articles
            continue
        run.append(bare)
    size = MAX_NAME_WORDS + (len(run) > MAX_NAME_WORDS and run[-MAX_NAME_WORDS].endswith("."))
    return " ".join(run[-size:]) or None


def _same_office(role: str, other: str) -> bool:
    """`Staatsminister` ~ `Innenminister`: the same word, or the same office suffix."""
    a, b = role.casefold(), other.casefold()
    if a == b or a in b.split() or b in a.split():
        return True
    head = b.split()[0] if b.split() else b
    return any(a.endswith(s) and head.endswith(s) for s in ROLE_SUFFIXES if len(s) > 5)


def _last_mentioned(people: Sequence[Person], before: int) -> Person | None:
    """The person named last before offset ``before``."""
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
        if not (is_role(given) or given.casefold() in ARTICLES or HONORIFIC.match(given)):
            return f"{given} {name}"
    return name


def _office_holder(role: str, at: int, people: Sequence[Person]) -> Person | None:
    """Who holds the office of a bare office phrase: the holder named last before ``at``, else any."""
    holders = [p for p in people if any(_same_office(role, r) for r in p.roles)]
    return _last_mentioned(holders, at) or (holders[0] if holders else None)


def _held_by_previous(role: str, previous: Speaker) -> bool:
    """True when the previous speaker is named and held the same office (`Der Staatsminister weiter:`)."""
    return bool(previous.name and previous.role and _same_office(role, previous.role))


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
    role = next((w.strip(".,") for w in speaker.split() if is_role(w)), None)
    if speaker.casefold() in PRONOUNS:
        antecedent = _last_mentioned(people, at)
        if antecedent is None:
            return previous
        return Speaker(antecedent.name, antecedent.name, _first_role(antecedent))
    words = {w.strip(".,()").casefold() for w in speaker.split()}
    person = next((p for p in people if p.family.casefold() in words), None)
    name = name_from_phrase(speaker)
    if person is None and role and name is None:
        person = _office_holder(role, at, people)
        if person is None and _held_by_previous(role, previous):
            return Speaker(speaker, previous.name, role)
    if person:
        return Speaker(speaker, person.name, role or _first_role(person))
    return Speaker(speaker, _expand(name, text, at), role)


def _speaker_after_verb(text: str, words: list[re.Match[str]], stop: int) -> str | None:
    """The speaker following the speech verb ``words[0]`` (`so der Innenminister`, `sagte er`)."""
    index = 1
    while index < len(words) and words[index].group().casefold() in SPEAKER_LEADERS:
        index += 1
    if index < len(words) and words[index].group().rstrip(".").casefold() in PRONOUNS:
        return words[index].group().rstrip(".")
    if index >= len(words):
        return None
    phrase = phrase_at(text, words[index].start(), stop)
    if phrase is None or (not words[index].group()[:1].isupper() and words[index].group() not in ARTICLES):
        office = next((w for w in words[index : index + 6] if is_role(w.group())), None)
        phrase = phrase_at(text, office.start(), stop) if office else phrase  # `sagt dabei Bürgermeister X`
    return phrase


def attribution_after(text: str, quote: Quoted) -> str | None:
    """The speaker (or pronoun) named after the closing mark: `«, so Innenminister X.`, `“, sagte er.`."""
    if quote.close_at is None:
        return None
    _, stop = line_bounds(text, quote.close_at)
    rest = text[quote.close_at + 1 : stop]
    comma = re.match(r"\s*,\s*", rest)
    # Without a comma only a quote ending in `!` or `?` can go on with its speaker.
    if not comma and not re.search(r"[!?]\s*$", text[quote.start : quote.end]):
        return None
    pos = quote.close_at + 1 + (comma.end() if comma else 0)
    words = list(WORD.finditer(text, pos, stop))
    # `weiter` only leads into a quote (`X weiter: »…«`), it does not follow one.
    if not words or words[0].group().casefold() not in SPEECH_VERBS - {"weiter"}:
        return None
    return _speaker_after_verb(text, words, stop)


def attribution_previous(text: str, quote: Quoted) -> str | None:
    """The speaker ending the sentence right before the quote (`…, ergänzte X. „…“`)."""
    line_start, _ = line_bounds(text, quote.open_at)
    left = text[line_start : quote.open_at].rstrip()
    if not left.endswith("."):
        return None
    for match in re.finditer(r",\s*(\w+)\s+", left):
        if match.group(1).casefold() in SPEECH_VERBS - {"so", "weiter", "zufolge"}:
            phrase = phrase_at(text, line_start + match.end(), line_start + len(left))
            if phrase and left.endswith(phrase + "."):
                return phrase
    return None


def _names_somebody(words: Sequence[str], people: Sequence[Person]) -> bool:
    """True when capitalised ``words`` hold a known family name, an office or a full name."""
    body = [w for w in words[1:] if w.casefold() not in ARTICLES]
    if not all(w[:1].isupper() or w in PARTICLES or w.startswith("(") for w in [words[0], *body]):
        return False
    families = {p.family.casefold() for p in people}
    named = any(w.strip(".,").casefold() in families for w in words)
    return named or any(is_role(w) for w in words) or len([w for w in words if w[:1].isupper()]) >= 2


def _long_office_phrase(words: list[str]) -> bool:
    """True for an office with a long name (`Innenminister und Vorsitzender des … Prof. Dr. X`)."""
    trailing = next((i for i, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))
    lower = {w.casefold() for w in words if not w[:1].isupper()}
    office = any(is_role(w) for w in words[:3])
    return (
        len(words) <= MAX_OFFICE_CLAUSE_WORDS
        and office
        and trailing >= 2
        and not lower & (VOICE_WORDS | SPEECH_VERBS)
    )


def _speaker_words(words: list[str], people: Sequence[Person]) -> list[str] | None:
    """The words of a colon clause that name the speaker, or None when it names nobody."""
    while words and words[-1].casefold() in CLAUSE_TAIL:
        words = words[:-1]
    if not words:
        return None
    if len(words) <= MAX_NAME_CLAUSE_WORDS and _names_somebody(words, people):
        return words
    verb = next(
        (i for i, w in enumerate(words) if i and w.casefold() in SPEECH_VERBS - {"so"}),
        None,
    )
    if verb and _names_somebody(words[:verb], people):
        return words[:verb]  # `Frank M. Zabel skizziert seine Tätigkeit wie folgt:`
    if _long_office_phrase(words):
        return words
    first_lower = next((i for i, w in enumerate(words) if not w[:1].isupper()), 0)
    if is_role(words[0]) and first_lower >= 2 and _names_somebody(words[:first_lower], people):
        return words[:first_lower]  # `Staatsminister Prof. Dr. Wöller zum Erfolg:`
    return None


def _speaker_in_clause(clause: str, people: Sequence[Person]) -> str | None:
    """The speaker phrase of a colon clause with no voice cue (`Und Polizeipräsident X erklärte`)."""
    head, _, apposition = clause.partition(",")
    words = head.split()
    while words and words[0].casefold() in CLAUSE_OPENERS | SPEECH_VERBS:
        words.pop(0)
    if words and words[0].casefold() == "für" and len(words) > 1:
        return phrase_at(clause, clause.index(words[1]), len(clause))  # `Für OB X ist klar:`
    if not words or words[0].casefold() in PREPOSITIONS:
        return None
    named = apposition.split()
    if words[0].casefold() in ARTICLES and 2 <= len(named) <= 4 and all(w[:1].isupper() for w in named):
        first = clause.index(words[0])
        return clause[first:]  # `der Leiter der Polizeidirektion, Manfred Weißbach`
    kept = _speaker_words(words, people)
    if not kept:
        return None
    first = clause.index(kept[0])
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


def is_pull_attribution(line: str, people: Sequence[Person]) -> bool:
    """True for a short line naming who said the paragraph above it; with ``people``, it must name one."""
    words = line.split()
    if (
        not words
        or len(words) > MAX_PULL_LINE_WORDS
        or line.rstrip()[-1] in ".!?:;"
        or words[0].casefold() in ARTICLES
        or re.search(r"[»«„“\"]", line)
    ):
        return False
    if words[0] in PULL_CUES:
        return True
    if people:
        return any(p.family in words for p in people) and words[0][:1].isupper()
    # Without known people: a name of two to four capitalised words before any context.
    name = []
    for word in words:
        if word.casefold() in PULL_LINKERS or word.endswith((",", ":")):
            name.append(word.rstrip(",:"))
            break
        name.append(word)
    bare = [w for w in name if w.casefold() not in PULL_LINKERS]
    return 2 <= len(bare) <= 4 and all(w[:1].isupper() for w in bare)


def attribution_below(text: str, quote: Quoted, people: Sequence[Person]) -> str | None:
    """The name line under a quote that fills its own line (`»…«` / `Volker Pfitzner: Dezernat IV`)."""
    below = next_line(text, quote.open_at)
    if not fills_line(text, quote) or below is None:
        return None
    line = text[below[0] : below[1]].strip()
    return line if is_pull_attribution(line, people) else None


def pull_speaker(line: str, people: Sequence[Person]) -> Speaker:
    """The speaker of a name line (see :func:`is_pull_attribution`): the line as written, the name in it.

    A voice cue line (`Teilnehmerstimme aus der Veranstaltung`) names nobody.
    """
    if line.split()[0] in PULL_CUES:
        return Speaker(line, None, None)
    who = resolve(line, len(line), people, Speaker())
    if who.name and any(p.name == who.name for p in people):
        return who
    # The context after a linker (`stellvertretend für den Städtebund X`) is no part of the name.
    linked = re.split(r"\s+(?:" + "|".join(sorted(PULL_LINKERS)) + r")\s+|[,:]", line)[0]
    return Speaker(line, name_from_phrase(linked), who.role)
