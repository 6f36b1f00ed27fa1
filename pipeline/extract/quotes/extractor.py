"""Quotes: the voices of an article with their speakers, told apart from quoted names and titles.

A quoted stretch (see :mod:`pipeline.extract.quotes.marks`) is a voice when somebody says it
(`»…«, so Innenminister X`, `Oberbürgermeister Y: »…«`, `„…“, sagte er`), when it stands alone
on its line as a subheading, or when it reads like spoken sentences. Titles, mottos, names and
terms (`Landesstrategie »Prävention im Team«`, `mit dem Slogan "Prävention wirkt"`) are not.
Pull quotes are set off: a paragraph and a short line under it naming who said it
(:mod:`pipeline.extract.quotes.pulls`); a quote in marks that fills its line above such a name
line is one too. Where a voice is
attributed is found in :mod:`pipeline.extract.quotes.attribution`, who it is in :mod:`pipeline.extract.quotes.speakers`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from functools import cache

from spacy.tokens import Doc

from pipeline.extract.quotes.around import attribution_following, attribution_subject
from pipeline.extract.quotes.attribution import (
    attribution_after,
    attribution_before,
    attribution_previous,
    said_after,
)
from pipeline.extract.quotes.frames import colon_sentence, colon_subject, interrupts
from pipeline.extract.quotes.interview import interviewee, is_answer
from pipeline.extract.quotes.marks import (
    CUE_WINDOW_AFTER,
    CUE_WINDOW_BEFORE,
    TERM_CUES,
    Quoted,
    clause_before,
    fills_line,
    has_cue,
    line_bounds,
    next_line,
    opens_sentence,
    pair_quotes,
)
from pipeline.extract.quotes.name_lines import attribution_above, attribution_below
from pipeline.extract.quotes.named import fitting_named, named_label, named_persons, refers
from pipeline.extract.quotes.next_sentence import attribution_next
from pipeline.extract.quotes.partial import hearsay, is_fragment, partial_quote, same_sentence
from pipeline.extract.quotes.pulls import pull_quotes, pull_speaker
from pipeline.extract.quotes.reported import aside_speaker, reporting_subject, said_later
from pipeline.extract.quotes.speakers import Speaker, resolve
from pipeline.extract.quotes.written import typed_marks
from pipeline.lang.attribution_forms import NAMING_VERBS
from pipeline.lang.quotes import CONTINUATION_WORDS, DOCUMENT_HEADS, IMPERSONAL_SOURCE, OPENERS
from pipeline.lang.speech import (
    ARTICLES,
    PRONOUNS,
    VOICE_CUES,
    VOICE_WORDS,
)
from pipeline.records import Person, QuoteRecord
from pipeline.text.layout import ArticleLayout
from pipeline.text.wraps import wrapped_line_ends

#: Layout kinds whose quotes are never voices (photo captions, credits, page furniture).
NO_VOICE_KINDS = frozenset({"caption", "credit", "byline", "debris", "footer"})
#: Unattributed quoted text needs this many words to count as speech.
MIN_SPEECH_WORDS = 6
#: At most this many words between two quotes of one speaker (`»A«, sagte X. »B«`).
MAX_GAP_WORDS = 15
#: Fewest words of sentences in marks that go on a voice before them in the paragraph.
MIN_CONTINUED_WORDS = 3
_IMPERSONAL = re.compile(IMPERSONAL_SOURCE)
#: A quote: its span without surrounding space, its speaker and its kind (`direct`, `pull`).
Voice = tuple[int, int, Speaker, str]


def _looks_like_speech(text: str, quote: Quoted) -> bool:
    """True for a quoted stretch that reads like spoken sentences rather than a name or term."""
    words = re.findall(r"\w+", text[quote.start : quote.end])
    folded = {w.casefold() for w in words}
    if fills_line(text, quote) and len(words) >= 3 and folded & VOICE_WORDS:
        return True  # a subheading quoting a sentence: `„Es wird höchste Zeit“`
    needed = 4 if quote.close_at is None else MIN_SPEECH_WORDS
    return len(words) >= needed and bool(folded & VOICE_WORDS)


def _continues_below(text: str, quote: Quoted) -> bool:
    """True when the next paragraph opens with a quotation mark: a quote going on over paragraphs."""
    _, end = line_bounds(text, quote.open_at)
    below = next_line(text, end - 1) if end > 0 else None
    return below is not None and text[below[0] : below[1]].lstrip()[:1] in OPENERS


def _headline_voice(text: str, quote: Quoted) -> bool:
    """A headline `Topic: »a spoken sentence«` quotes a voice of the article (`Sicherheit: »Prävention
    ist Chefsache«`); a name or motto in a headline (`Stadt X: „Gemeinsam für mehr Sicherheit“`) does not.
    A headline that is one whole sentence of speech in marks, its full stop inside, is a voice too."""
    if fills_line(text, quote) and text[quote.start : quote.end].rstrip()[-1:] in ".!?":
        return (
            _looks_like_speech(text, quote) and len(text[quote.start : quote.end].split()) >= MIN_SPEECH_WORDS
        )
    line_start, line_end = line_bounds(text, quote.open_at)
    after = text[(quote.close_at or quote.end) + 1 : line_end]
    words = {w.casefold() for w in re.findall(r"\w+", text[quote.start : quote.end])}
    return (
        text[line_start : quote.open_at].rstrip().endswith(":")
        and not after.strip(" .!?")
        and len(words) >= 3
        and bool(words & VOICE_WORDS)
    )


def _is_term(text: str, quote: Quoted) -> bool:
    """True when a cue noun beside the marks makes the quote a title, motto or term."""
    line_start, line_end = line_bounds(text, quote.open_at)
    before = text[line_start : quote.open_at].split()[-CUE_WINDOW_BEFORE:]
    ends = [i for i, w in enumerate(before) if w[-1] in ".!?"]
    before = before[ends[-1] + 1 :] if ends else before  # a cue of the sentence before names nothing here
    tail = before[-1] if before else ""
    naming = any(w.strip(":").casefold() in NAMING_VERBS for w in before)  # `Das Motto lautet:`, `heißt es:`
    if tail.endswith(":") and tail[:1].islower() and not naming:
        before = []  # `Für X ist die Vereinbarung wichtig: „…“`: a predicate, the noun names no quote
    after_at = (quote.close_at if quote.close_at is not None else quote.end) + 1
    after = text[after_at:line_end].split()[:CUE_WINDOW_AFTER]
    below = next_line(text, quote.open_at)
    if fills_line(text, quote) and below:  # `„Prävention ist Chefsache“` / `Diesem Leitspruch folgten …`
        after = text[below[0] : below[1]].split()[:CUE_WINDOW_AFTER]
    return has_cue(before, TERM_CUES) or has_cue(after, TERM_CUES)


def _document(speaker: str) -> bool:
    """True when the attribution's first noun is a document (`das Gutachten`, `der Bericht der
    Kommission`): the spec counts passages quoted from documents as no voices."""
    head = next(
        (w for w in re.findall(r"[\w-]+", speaker) if w[:1].isupper() and w.casefold() not in ARTICLES), ""
    )
    return head.casefold().removesuffix("s").endswith(DOCUMENT_HEADS)


def _impersonal_source(text: str, quote: Quoted) -> str | None:
    """The body an impersonal attribution names: `„…“, heißt es von der Stadtverwaltung`."""
    if quote.close_at is None:
        return None
    found = _IMPERSONAL.match(text, quote.close_at + 1, line_bounds(text, quote.close_at)[1])
    return found.group("source").strip() if found else None


def _unwrapped(text: str, start: int, end: int) -> str:
    """``text[start:end]`` with the line breaks of a hard-wrapped page as spaces (no paragraph ends there)."""
    chars = list(text[start:end])
    for at in wrapped_line_ends(text):
        if start <= at < end:
            chars[at - start] = " "
    return "".join(chars)


def _hands_on(gap: str) -> bool:
    """True for a colon clause of continuation words only before a quote, after the quote or
    sentence before it (`“ Und weiter: „`, `“, sagte X. Weiter: „`)."""
    words = re.findall(r"\w+", re.split(r"[.!?«»“”\"]", gap)[-1])
    return (
        bool(words) and gap.rstrip().endswith(":") and all(w.casefold() in CONTINUATION_WORDS for w in words)
    )


def _voice(
    text: str,
    layout: ArticleLayout,
    quote: Quoted,
    people: Sequence[Person],
    named: Callable[[], Sequence[Person]],
) -> tuple[bool, str | None]:
    """Whether a quoted stretch is a voice, and its attribution as written (if any); ``named`` adds
    the persons the model tags by family name alone (computed when first needed), who may speak in
    a frame that names a person."""
    if layout.kind_at(quote.open_at) in NO_VOICE_KINDS or not layout.is_content(quote.start, quote.end):
        return False, None
    words = len(re.findall(r"\w+", text[quote.start : quote.end]))
    after, before = (
        attribution_after(text, quote),
        attribution_before(text, quote, people) or named_label(text, quote, named),
    )
    if quote.close_at is None and text[: quote.open_at].rstrip().endswith("("):
        return False, None  # `der Autor X ("Titel …`: a title in an aside that never closes
    if quote.close_at is None and quote.end < len(text.rstrip()):
        # Never closed in its paragraph (not cut off by the end of the text): a voice where the
        # clause before names its speaker (`Name: „…`), or a sentence of speech that opens with
        # its mark and runs to the paragraph end (the closing mark left out, or the quote going
        # on in the next paragraph that opens with a mark again); annotated as far as it goes.
        if before:
            return words >= 3, before
        if (
            opens_sentence(text, quote.open_at, line_bounds(text, quote.open_at)[0])
            and _looks_like_speech(text, quote)
            and words >= MIN_SPEECH_WORDS
        ):
            return True, attribution_previous(text, quote)
        return False, None
    source = _impersonal_source(text, quote)
    if source and words >= 3:
        return True, source  # `„…“, heißt es aus dem Rathaus`: no title that "heißt" names
    speaker = before if before and (not after or after.casefold() in PRONOUNS) else after
    below = attribution_below(text, quote, people) if fills_line(text, quote) else None
    speaker = (
        speaker
        or attribution_next(text, quote)
        or below  # a name line right under a quote set off on its line wins over the sentence above
        or aside_speaker(text, quote, people)
        or attribution_previous(text, quote)
        or attribution_below(text, quote, people)
        or attribution_above(text, quote, people)
        or attribution_subject(text, quote, people)
        or attribution_following(text, quote, people)
    )
    if speaker and _document(speaker):
        return False, None
    fewest = 1 if speaker and speaker == after and said_after(text, quote) else 3  # `„Nein“, sagte X`
    if speaker and words >= fewest and (words >= MIN_SPEECH_WORDS or not _is_term(text, quote)):
        return True, speaker
    if _is_term(text, quote) and not hearsay(text, quote):
        return False, None
    said, subject = _framed(text, quote, people)
    if subject is None:  # nobody the officials extractor knows: a family name the model tags
        said_by_named, subject = _framed(text, quote, named())
        said = said or said_by_named
    if said and subject is None:  # or one the clause has as its subject, or the sentence names
        subject = colon_subject(text, quote) or said_later(text, quote) or reporting_subject(text, quote)
    if said:
        return True, subject
    if layout.kind_at(quote.open_at) == "title":
        return _headline_voice(text, quote), None
    clause = clause_before(text, quote)
    nouns = [w for w in clause.split() if w[:1].isupper()] if clause else []
    if has_cue(nouns, VOICE_CUES):  # `Eine Stimme aus dem Publikum:`
        return True, None
    return _looks_like_speech(text, quote), None


def _framed(text: str, quote: Quoted, people: Sequence[Person]) -> tuple[bool, str | None]:
    """Whether a quote is speech by its frame (a colon clause, a partial quote), and who said it."""
    said, subject = colon_sentence(text, quote, people)
    return (said, subject) if said else partial_quote(text, quote, people)


def _direct_quotes(
    text: str, layout: ArticleLayout, people: Sequence[Person], named: Callable[[], Sequence[Person]]
) -> list[Voice]:
    """The quoted voices of the text with their speakers; one set off above a name line is a pull quote."""
    found: list[Voice] = []
    fragments: list[tuple[int, int, int]] = []  # pieces of speech no voice claimed yet: start, end, close
    previous, previous_end, previous_open = Speaker(), -1, False
    pending: int | None = None  # a quote going on in the next paragraph, its speaker named there
    asked = interviewee(text, people) if "?" in text else None
    for quote in pair_quotes(text):
        is_voice, speaker = _voice(text, layout, quote, people, named)
        answer = asked is not None and speaker is None and is_answer(text, quote)
        if answer and asked is not None:  # an interview's answer: the person questioned speaks
            is_voice, speaker = True, asked.name
        gap = _unwrapped(text, previous_end, quote.open_at) if previous_end >= 0 else "\n"
        if not is_voice and previous.speaker and _goes_on(text, layout, quote, gap):
            is_voice = True  # `„A“, sagte X. Report. „B.“`: X goes on speaking
        if not is_voice and previous_open and not gap.strip() and _reopens(text, layout, quote):
            is_voice = True  # `X sagte: „A …` / `„B …“`: a quote over paragraphs opens each with a mark
        # `„A“ Und weiter: „B“`, `„A“, sagt X, „B“`: X goes on
        handed_on = bool(previous.speaker) and (_hands_on(gap) or (speaker is None and interrupts(gap)))
        is_voice = is_voice or handed_on
        chunk = text[quote.start : quote.end]
        start = quote.start + len(chunk) - len(chunk.lstrip())
        end = quote.start + len(chunk.rstrip())
        if not is_voice or end <= start:
            if end > start and _is_fragment(text, layout, quote):
                fragments.append((start, end, quote.close_at or end))
            continue
        kind = "direct"
        if speaker and speaker == attribution_below(text, quote, people):
            who, kind = pull_speaker(speaker, people), "pull"
        else:
            who = resolve(speaker, quote.open_at, people, previous, text)
        if who.speaker and who.name is None and refers(who.speaker):
            # nobody in the officials: a person the model tags that the pronoun or description fits
            fitting = fitting_named(named(), who.speaker, quote.open_at)
            who = resolve(speaker, quote.open_at, fitting, previous, text) if fitting else who
        # `»A«, sagte X. »B«`: the second stretch is X's too; also a paragraph that is all quote under
        # the paragraph of X's voice (`„A“, sagte X. Er verwies auf Y.` / `„B.“`)
        below = gap.count("\n\n") == 1 and fills_line(text, quote) and gap.strip().endswith(".")
        if (
            speaker is None
            and ("\n" not in gap or below)
            and len(gap.split()) <= MAX_GAP_WORDS
            and not gap.rstrip().endswith(":")
        ):
            who = previous
        if (speaker is None and previous_open and not gap.strip()) or handed_on:
            who = previous  # `X sagte: „A …` / `„B …“`: a quote left open goes on in this paragraph
        if pending is not None and who.speaker:  # `„A …` / `„B …“, sagte X`: A is X's too
            found[pending] = (*found[pending][:2], who, found[pending][3])
        pending = (
            len(found)
            if quote.close_at is None and not who.speaker and _continues_below(text, quote)
            else None
        )
        found.append((start, end, who, kind))
        previous, previous_end, previous_open = who, end, quote.close_at is None
    return _claim_fragments(text, found, fragments)


def _is_fragment(text: str, layout: ArticleLayout, quote: Quoted) -> bool:
    """True for a piece of speech in the content (`„stark bewaffneten Mandat“`), no title or term."""
    return (
        layout.kind_at(quote.open_at) not in NO_VOICE_KINDS
        and layout.is_content(quote.start, quote.end)
        and is_fragment(text, quote)
        and not _is_term(text, quote)
    )


def _claim_fragments(text: str, found: list[Voice], fragments: list[tuple[int, int, int]]) -> list[Voice]:
    """Pieces of speech and voices without a speaker take the speaker of the next voice in their
    sentence (`Bei dem „stark bewaffneten Mandat“ sei nicht auszuschließen, „dass …“, sagte X.`)."""
    claimed = []
    for number, (start, end, who, kind) in enumerate(found):
        later = found[number + 1] if number + 1 < len(found) else None
        if not who.speaker and later and later[2].speaker and same_sentence(text, end, later[0]):
            who = later[2]
        claimed.append((start, end, who, kind))
    for start, end, close in fragments:
        later = next((voice for voice in found if voice[0] > end), None)
        if later and later[2].speaker and later[3] == "direct" and same_sentence(text, close + 1, later[0]):
            claimed.append((start, end, later[2], "direct"))
    return sorted(claimed, key=lambda voice: voice[0])


def _reopens(text: str, layout: ArticleLayout, quote: Quoted) -> bool:
    """True for a paragraph that opens with a mark and a sentence in the content: German sets the
    opening mark again at each paragraph of a quote that runs over paragraphs."""
    line_start, _ = line_bounds(text, quote.open_at)
    return (
        not text[line_start : quote.open_at].strip()
        and layout.kind_at(quote.open_at) not in NO_VOICE_KINDS
        and text[quote.start : quote.end].lstrip()[:1].isupper()
        and len(text[quote.start : quote.end].split()) >= MIN_CONTINUED_WORDS
        and not _is_term(text, quote)
    )


def _goes_on(text: str, layout: ArticleLayout, quote: Quoted, gap: str) -> bool:
    """True for whole sentences in marks shortly after a voice in the same paragraph: the speaker
    goes on (`„…“, sagte X. Sie verwies auf Y. „Die Menschen fühlen sich sicherer.“`)."""
    inside = text[quote.start : quote.end].rstrip()
    return (
        "\n" not in gap
        and len(gap.split()) <= MAX_GAP_WORDS
        and layout.kind_at(quote.open_at) not in NO_VOICE_KINDS
        and opens_sentence(text, quote.open_at, line_bounds(text, quote.open_at)[0])
        and inside[-1:] in ".!?"
        and len(inside.split()) >= MIN_CONTINUED_WORDS
        and not _is_term(text, quote)
    )


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
    original = layout.text  # == doc.text, which spaCy would rebuild from the tokens
    text = typed_marks(original)  # the same offsets, typed and garbled marks as one mark
    spans = _direct_quotes(text, layout, people, cache(lambda: named_persons(doc, people)))
    for pull in pull_quotes(text, layout, people):
        if not any(pull[0] < end and start < pull[1] for start, end, _, _ in spans):
            spans.append(pull)
    spans.sort(key=lambda item: item[0])
    return [
        QuoteRecord(
            article_id=article_id,
            quote_id=f"{article_id}-q{number}",
            text=original[start:end],
            start=start,
            end=end,
            speaker=who.speaker,
            speaker_name=who.name,
            speaker_role=who.role,
            kind=kind,
        )
        for number, (start, end, who, kind) in enumerate(spans, 1)
    ]
