"""Quotes: the voices of an article with their speakers, told apart from quoted names and titles.

A quoted stretch (see :mod:`pipeline.quote_marks`) is a voice when somebody says it
(`»…«, so Innenminister X`, `Oberbürgermeister Y: »…«`, `„…“, sagte er`), when it stands alone
on its line as a subheading, or when it reads like spoken sentences. Titles, mottos, names and
terms (`Landesstrategie »Prävention im Team«`, `mit dem Slogan "Prävention wirkt"`) are not.
The LPR pages also set off pull quotes at the end of the body: a paragraph without marks and a
short line under it naming who said it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from pipeline.lang.speech import (
    ARTICLES,
    CLAUSE_OPENERS,
    HONORIFIC,
    NON_VOICE_CUES,
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
from pipeline.models import Person, QuoteRecord
from pipeline.quote_marks import Quoted, pair_quotes
from pipeline.structure import ArticleLayout

#: A word of a speaker phrase: anything up to a space or clause punctuation.
WORD = re.compile(r"[^\s,;:!?]+")
#: Name particles that may sit inside a name (`Ursula von der Leyen`).
PARTICLES = frozenset({"von", "van", "de", "zu", "vom"})
#: A sentence boundary inside a line: end punctuation, space, capital or quotation mark.
SENTENCE_END = re.compile(r"(?<=[.!?«“”\"])\s+(?=[A-ZÄÖÜ„»\"])|(?<=[a-zäöüß]{2}[.!?])(?=[A-ZÄÖÜ])|\s[–—]\s")
#: Layout kinds whose quotes are never voices (photo captions, credits, page furniture).
NO_VOICE_KINDS = frozenset({"caption", "credit", "byline", "debris", "footer"})
#: Unattributed quoted text needs this many words to count as speech.
MIN_SPEECH_WORDS = 6
#: Words of context searched for a cue noun before and after the marks.
CUE_WINDOW_BEFORE, CUE_WINDOW_AFTER = 3, 4
#: A name is the given and the family name; longer runs of capitals hold a place or body.
MAX_NAME_WORDS = 2
#: Prepositions opening a clause that is about somebody, not said by them (`Für X ist klar:`).
PREPOSITIONS = frozenset({"für", "laut", "nach", "bei", "mit", "von", "aus", "zu", "über", "gegenüber"})
#: At most this many words between two quotes of one speaker (`»A«, sagte X. »B«`).
MAX_GAP_WORDS = 15
#: Words that may follow the speaker in an attribution clause (`X fügte hinzu:`).
CLAUSE_TAIL = SPEECH_VERBS | SPEAKER_LEADERS | frozenset({"hinzu", "fest", "mit", "noch", "dabei"})


@dataclass(frozen=True)
class Speaker:
    """Who said a quote: the attribution as written, the bare name and the role."""

    speaker: str | None = None
    name: str | None = None
    role: str | None = None


def is_role(word: str) -> bool:
    """True for an office or rank word (`Innenminister`, `OB`, `Kriminaldirektorin`)."""
    folded = word.strip(".,()").casefold()
    return folded in ROLE_WORDS or (len(folded) > 6 and folded.endswith(ROLE_SUFFIXES))


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    """Start and end of the line holding ``pos``."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, len(text) if end < 0 else end


def _has_cue(words: Sequence[str], cues: Sequence[str]) -> bool:
    """True when one of ``words`` is, or ends in, one of the cue nouns (genitive -s allowed)."""
    for word in words:
        folded = word.strip(".,:;()–-").casefold()
        if any(folded.endswith(cue) or folded.removesuffix("s").endswith(cue) for cue in cues):
            return True
    return False


def phrase_at(text: str, pos: int, stop: int) -> str | None:
    """The capitalised speaker phrase starting at ``pos`` (`der Innenminister`, `OB Ralf X`)."""
    start = end = None
    for number, match in enumerate(WORD.finditer(text, pos, stop)):
        word = match.group()
        if number == 0 and word.casefold() in ARTICLES:
            start = match.start()
            continue
        if word.startswith("(") or not (word[:1].isupper() or word in PARTICLES):
            break
        bare = word.rstrip(".")
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

    `Zittaus Oberbürgermeister Thomas Zenker (parteilos)` -> `Thomas Zenker`; a phrase that
    opens in lower case (`einer gemeindlichen Vollzugsbediensteten …`) names nobody.
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


def _expand(name: str | None, text: str, before: int) -> str | None:
    """A family name alone (`Weißbach`) with the given name the text gave it earlier."""
    if not name or " " in name:
        return name
    for match in reversed(
        list(
            re.finditer(
                rf"\b([A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?) {re.escape(name)}\b",
                text[:before],
            )
        )
    ):
        given = match.group(1)
        if not (is_role(given) or given.casefold() in ARTICLES or HONORIFIC.match(given)):
            return f"{given} {name}"
    return name


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
    """
    if not speaker:
        return Speaker()
    role = next((w.strip(".,") for w in speaker.split() if is_role(w)), None)
    if speaker.casefold() in PRONOUNS:
        person = _last_mentioned(people, at)
        if person is None:
            return previous
        return Speaker(person.name, person.name, person.roles[0] if person.roles else None)
    words = {w.strip(".,()").casefold() for w in speaker.split()}
    person = next((p for p in people if p.family.casefold() in words), None)
    name = name_from_phrase(speaker)
    if person is None and role and name is None:
        holders = [p for p in people if any(_same_office(role, r) for r in p.roles)]
        person = _last_mentioned(holders, at) or (holders[0] if holders else None)
        if person is None and previous.name and previous.role and _same_office(role, previous.role):
            return Speaker(speaker, previous.name, role)
    if person:
        return Speaker(speaker, person.name, role or (person.roles[0] if person.roles else None))
    return Speaker(speaker, _expand(name, text, at), role)


def _attribution_after(text: str, quote: Quoted) -> str | None:
    """The speaker named after the closing mark: `«, so Innenminister X.`, `“, sagte er.`."""
    if quote.close_at is None:
        return None
    _, stop = _line_bounds(text, quote.close_at)
    rest = text[quote.close_at + 1 : stop]
    comma = re.match(r"\s*,\s*", rest)
    if not comma and not re.search(r"[!?]\s*$", text[quote.start : quote.end]):
        return None
    pos = quote.close_at + 1 + (comma.end() if comma else 0)
    words = list(WORD.finditer(text, pos, stop))
    if not words or words[0].group().casefold() not in SPEECH_VERBS - {"weiter"}:
        return None
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


def _abbreviation(word: str) -> bool:
    """True for a title or an initial whose full stop ends no sentence (`Dr.`, `M.`)."""
    return bool(HONORIFIC.match(word)) or bool(re.fullmatch(r"[A-ZÄÖÜ]\.", word))


def _next_line(text: str, pos: int) -> tuple[int, int] | None:
    """Span of the first non-empty line after the line holding ``pos``."""
    _, end = _line_bounds(text, pos)
    while end < len(text):
        start, end = _line_bounds(text, end + 1)
        if text[start:end].strip():
            return start, end
    return None


def _alone(text: str, quote: Quoted) -> bool:
    """True when the quote fills its line (a subheading, or a quote set off with a name below)."""
    line_start, line_end = _line_bounds(text, quote.open_at)
    after = (quote.close_at if quote.close_at is not None else quote.end) + 1
    return not text[line_start : quote.open_at].strip() and not text[after:line_end].strip(" .!?")


def _clause_before(text: str, quote: Quoted) -> str | None:
    """The clause that a colon ends before the opening mark (`X erklärte: »`), also on the line above."""
    line_start, _ = _line_bounds(text, quote.open_at)
    left = text[line_start : quote.open_at].rstrip()
    if not left:  # `Polizeipräsident X:` on a line of its own, the quote below
        above = text[:line_start].rstrip()
        left = above[above.rfind("\n") + 1 :]
    if not left.endswith(":"):
        return None
    starts = [m.end() for m in SENTENCE_END.finditer(left)]
    starts = [s for s in starts if not _abbreviation(left[:s].split()[-1])]
    return left[(starts[-1] if starts else 0) : -1].strip()


def _attribution_previous(text: str, quote: Quoted) -> str | None:
    """The speaker of the sentence right before the quote (`…, ergänzte X. „…“`)."""
    line_start, _ = _line_bounds(text, quote.open_at)
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


def _speaker_words(words: list[str], people: Sequence[Person]) -> list[str] | None:
    """The words of a colon clause that name the speaker, or None when it names nobody."""
    while words and words[-1].casefold() in CLAUSE_TAIL:
        words = words[:-1]
    if not words:
        return None
    if len(words) <= 8 and _names_somebody(words, people):
        return words
    verb = next(
        (i for i, w in enumerate(words) if i and w.casefold() in SPEECH_VERBS - {"so"}),
        None,
    )
    if verb and _names_somebody(words[:verb], people):
        return words[:verb]  # `Frank M. Zabel skizziert seine Tätigkeit wie folgt:`
    trailing = next((i for i, w in enumerate(reversed(words)) if not w[:1].isupper()), len(words))
    lower = {w.casefold() for w in words if not w[:1].isupper()}
    office = any(is_role(w) for w in words[:3])
    if len(words) <= 12 and office and trailing >= 2 and not lower & (VOICE_WORDS | SPEECH_VERBS):
        return words  # `Innenminister und Vorsitzender des Landespräventionsrates Prof. Dr. X:`
    first_lower = next((i for i, w in enumerate(words) if not w[:1].isupper()), 0)
    if is_role(words[0]) and first_lower >= 2 and _names_somebody(words[:first_lower], people):
        return words[:first_lower]  # `Staatsminister Prof. Dr. Wöller zum Erfolg:`
    return None


def _attribution_below(text: str, quote: Quoted, people: Sequence[Person]) -> str | None:
    """The name line under a quote that fills its own line (`»…«` / `Volker Pfitzner: Dezernat IV`)."""
    below = _next_line(text, quote.open_at)
    if not _alone(text, quote) or below is None:
        return None
    line = text[below[0] : below[1]].strip()
    return line if _is_pull_attribution(line, people) else None


def _attribution_before(text: str, quote: Quoted, people: Sequence[Person]) -> str | None:
    """The speaker of a clause ending in a colon before the quote, or None when it names nobody."""
    clause = _clause_before(text, quote)
    if not clause or _has_cue(clause.split()[-CUE_WINDOW_BEFORE:], NON_VOICE_CUES):
        return None
    for cue in VOICE_CUES:
        found = re.search(rf"\b{cue}\b\s*", clause)
        if found:
            return clause[found.end() :].strip() or cue
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


def _looks_like_speech(text: str, quote: Quoted) -> bool:
    """True for a quoted stretch that reads like spoken sentences rather than a name or term."""
    words = re.findall(r"\w+", text[quote.start : quote.end])
    folded = {w.casefold() for w in words}
    if _alone(text, quote) and len(words) >= 3 and folded & VOICE_WORDS:
        return True  # a subheading quoting a sentence: `„Es wird höchste Zeit“`
    needed = 4 if quote.close_at is None else MIN_SPEECH_WORDS
    return len(words) >= needed and bool(folded & VOICE_WORDS)


def _is_term(text: str, quote: Quoted) -> bool:
    """True when a cue noun beside the marks makes the quote a title, motto or term."""
    line_start, line_end = _line_bounds(text, quote.open_at)
    before = text[line_start : quote.open_at].split()[-CUE_WINDOW_BEFORE:]
    after_at = (quote.close_at if quote.close_at is not None else quote.end) + 1
    after = text[after_at:line_end].split()[:CUE_WINDOW_AFTER]
    below = _next_line(text, quote.open_at)
    if _alone(text, quote) and below:  # `„Prävention ist Chefsache“` / `Diesem Leitspruch folgten …`
        after = text[below[0] : below[1]].split()[:CUE_WINDOW_AFTER]
    return _has_cue(before, NON_VOICE_CUES) or _has_cue(after, NON_VOICE_CUES)


def _voice(
    text: str, layout: ArticleLayout, quote: Quoted, people: Sequence[Person]
) -> tuple[bool, str | None]:
    """Whether a quoted stretch is a voice, and its attribution as written (if any)."""
    if layout.kind_at(quote.open_at) in NO_VOICE_KINDS or not layout.is_content(quote.start, quote.end):
        return False, None
    words = len(re.findall(r"\w+", text[quote.start : quote.end]))
    after, before = (
        _attribution_after(text, quote),
        _attribution_before(text, quote, people),
    )
    speaker = before if before and (not after or after.casefold() in PRONOUNS) else after
    speaker = speaker or _attribution_previous(text, quote) or _attribution_below(text, quote, people)
    if speaker and words >= 3 and (words >= MIN_SPEECH_WORDS or not _is_term(text, quote)):
        return True, speaker
    if layout.kind_at(quote.open_at) == "title" or _is_term(text, quote):
        return False, None
    clause = _clause_before(text, quote)
    if clause is not None and _has_cue(clause.split(), VOICE_CUES):
        return True, None
    return _looks_like_speech(text, quote), None


def _direct_quotes(
    text: str, layout: ArticleLayout, people: Sequence[Person]
) -> list[tuple[int, int, Speaker]]:
    """The quoted voices of the text with their speakers."""
    found: list[tuple[int, int, Speaker]] = []
    previous, previous_end = Speaker(), -1
    for quote in pair_quotes(text):
        is_voice, speaker = _voice(text, layout, quote, people)
        chunk = text[quote.start : quote.end]
        start = quote.start + len(chunk) - len(chunk.lstrip())
        end = quote.start + len(chunk.rstrip())
        if not is_voice or end <= start:
            continue
        if speaker and speaker == _attribution_below(text, quote, people):
            who = _pull_speaker(speaker, people)
        else:
            who = resolve(speaker, quote.open_at, people, previous, text)
        gap = text[previous_end : quote.open_at] if previous_end >= 0 else "\n"
        if (
            speaker is None
            and "\n" not in gap
            and len(gap.split()) <= MAX_GAP_WORDS
            and not gap.rstrip().endswith(":")
        ):
            who = previous  # `»A«, sagte X. »B«`: the second stretch is X's too
        found.append((start, end, who))
        previous, previous_end = who, end
    return found


def _is_pull_attribution(line: str, people: Sequence[Person]) -> bool:
    """True for a short line naming who said the paragraph above it."""
    words = line.split()
    if (
        not words
        or len(words) > 12
        or line.rstrip()[-1] in ".!?:;"
        or words[0].casefold() in ARTICLES
        or re.search(r"[»«„“\"]", line)
    ):
        return False
    if words[0] in PULL_CUES:
        return True
    if people:
        return any(p.family in words for p in people) and words[0][:1].isupper()
    name = []
    for word in words:
        if word.casefold() in PULL_LINKERS or word.endswith((",", ":")):
            name.append(word.rstrip(",:"))
            break
        name.append(word)
    bare = [w for w in name if w.casefold() not in PULL_LINKERS]
    return 2 <= len(bare) <= 4 and all(w[:1].isupper() for w in bare)


def _pull_speaker(line: str, people: Sequence[Person]) -> Speaker:
    """The speaker of an attribution line under a quote: the line as written, the name in it."""
    if line.split()[0] in PULL_CUES:
        return Speaker(line, None, None)
    who = resolve(line, len(line), people, Speaker())
    if who.name and any(p.name == who.name for p in people):
        return who
    linked = re.split(r"\s+(?:" + "|".join(sorted(PULL_LINKERS)) + r")\s+|[,:]", line)[0]
    return Speaker(line, name_from_phrase(linked), who.role)


def _pull_quotes(
    text: str, layout: ArticleLayout, people: Sequence[Person]
) -> list[tuple[int, int, Speaker]]:
    """Set-off pull quotes at the end of the body: paragraph, then the name line under it."""
    if layout.layout != "lpr" and not layout.of_kind("footer"):
        return []
    lines = [(s.start, s.end) for s in layout.of_kind("body") if text[s.start : s.end].strip()]
    found: list[tuple[int, int, Speaker]] = []
    index = len(lines) - 1
    while index >= 1:
        (p_start, p_end), (a_start, a_end) = lines[index - 1], lines[index]
        paragraph, attribution = text[p_start:p_end], text[a_start:a_end].strip()
        sentence = paragraph.rstrip()[-1:] in ".!?" and len(paragraph.split()) >= MIN_SPEECH_WORDS
        if not (sentence and _is_pull_attribution(attribution, people)) or re.search(r"[»«„“\"]", paragraph):
            break
        start = p_start + len(paragraph) - len(paragraph.lstrip())
        found.append(
            (
                start,
                p_start + len(paragraph.rstrip()),
                _pull_speaker(attribution, people),
            )
        )
        index -= 2
    return found[::-1]


def extract_quotes(
    doc: Doc, layout: ArticleLayout, *, article_id: str, people: Sequence[Person] = ()
) -> list[QuoteRecord]:
    """Find the voices of an article: quotes in marks and set-off pull quotes.

    Args:
        doc: the analysed article; ``doc.text`` is the original text (never changed).
        layout: the article's parsed layout.
        article_id: id of the article, for the records and the quote ids.
        people: the persons the officials extractor found, to resolve speakers.

    Returns:
        One record per quoted stretch, in text order, numbered ``<article_id>-q1`` ….
    """
    text = doc.text
    spans = [(s, e, w, "direct") for s, e, w in _direct_quotes(text, layout, people)]
    taken = [(s, e) for s, e, _, _ in spans]
    spans += [
        (s, e, w, "pull")
        for s, e, w in _pull_quotes(text, layout, people)
        if not any(s < te and ts < e for ts, te in taken)
    ]
    spans.sort(key=lambda item: item[0])
    return [
        QuoteRecord(
            article_id=article_id,
            quote_id=f"{article_id}-q{number}",
            text=text[start:end],
            start=start,
            end=end,
            speaker=who.speaker,
            speaker_name=who.name,
            speaker_role=who.role,
            kind=kind,
        )
        for number, (start, end, who, kind) in enumerate(spans, 1)
    ]
