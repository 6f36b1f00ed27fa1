"""Find the calendar days, months and years an article mentions and normalise them to ISO.

Spans are found with regular expressions on ``doc.text`` (character offsets into the original
article). Each rule yields :class:`_Candidate` objects; where rules overlap the longest span
wins ("17. April 2024", not also "2024"). Expressions without a year ("am 26. August",
"im Juli") take it from a dated expression they run into ("vom 21. April bis 2. Mai 2025"),
else from the publication date; relative words ("heute", "im vergangenen Jahr") need the
publication date and are left out without one. The word lists live in
:mod:`pipeline.lang.calendar`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Literal

from spacy.tokens import Doc

from pipeline.extract.date_patterns import (
    BARE_DAY,
    BARE_YEAR,
    CONNECTOR,
    COUNT_WORDS,
    DAY_MONTH,
    DAY_MONTH_NUMERIC,
    HISTORICAL_YEAR,
    HISTORICAL_YEAR_PASSIVE,
    HISTORICAL_YEAR_PLACE,
    ISO_DATE,
    MAX_YEAR,
    MIN_NAMED_YEAR,
    MIN_YEAR,
    MONTH_ALONE,
    MONTH_BEFORE_SPAN,
    MONTH_COMPOUND,
    MONTH_YEAR,
    NUMBER_START,
    NUMERIC_DATE,
    QUARTER,
    RELATIVE_DAY,
    RELATIVE_DAY_ADJECTIVE,
    RELATIVE_YEAR,
    SEQUENCE_ORDINALS,
    SHORT_YEAR_DATE,
    SPLIT_MONTH_DATE,
    YEAR_NOUN,
    YEAR_PART,
    YEAR_RANGE_TAIL,
    YEARS_AGO,
    after_a_verb,
    changes_an_amount,
    counts_plural,
)
from pipeline.lang.calendar import (
    ACTOR_PLURAL_ENDINGS,
    APPROXIMATORS,
    COUNT_NOUNS,
    ELECTION_NOUN_ENDINGS,
    MONTHS,
    NUMBER_ABBREVIATIONS,
    RELATIVE_DAY_ADJECTIVES,
    RELATIVE_DAYS,
    RELATIVE_YEAR_ADJECTIVES,
    RELATIVE_YEAR_WORDS,
    YEAR_LEAD_WORDS,
    YEAR_NOUN_ENDINGS,
)
from pipeline.lang.quotes import CLOSERS, OPENERS
from pipeline.lang.tense import FUTURE_MARKERS, PAST_LEADS, PAST_MARKERS
from pipeline.records import DateRecord
from pipeline.text.fastre import matches_at
from pipeline.text.layout import ArticleLayout
from pipeline.text.release import to_date
from pipeline.text.spans import without_overlaps


@dataclass(frozen=True)
class _Candidate:
    """A date span with its parts; ``year`` None until resolved, ``month`` None for a bare day."""

    start: int
    end: int
    year: int | None
    month: int | None = None
    day: int | None = None
    relative: bool = False
    bare_day: bool = False
    floor: int = MIN_YEAR  # the earliest year this kind of expression may denote

    @property
    def precision(self) -> Literal["day", "month", "year"]:
        return "day" if self.day else "month" if self.month else "year"

    def value(self) -> str:
        parts = [f"{self.year:04d}", *(f"{p:02d}" for p in (self.month, self.day) if p)]
        return "-".join(parts)


def _month(name: str) -> int:
    return MONTHS[name.casefold().rstrip(".")]


def _valid(year: int | None, month: int | None, day: int | None, floor: int = MIN_YEAR) -> bool:
    """True where the parts can form a date (an absent year is checked as a leap year)."""
    try:
        date(year or 2000, month or 1, day or 1)
    except ValueError:
        return False
    return year is None or floor <= year <= MAX_YEAR


def _number_starts(text: str) -> list[int]:
    """Where the number patterns can match: the start of every number (one scan for all)."""
    return [m.start() for m in NUMBER_START.finditer(text)]


def _absolute(text: str, published: date | None) -> Iterator[_Candidate]:
    """Dates written out with their own day, month or year (the year may be missing)."""
    numbers = _number_starts(text)
    for m in matches_at(NUMERIC_DATE, text, numbers):
        yield _Candidate(m.start(), m.end(), int(m["year"]), int(m["mon"]), int(m["day"]))
    for m in matches_at(SHORT_YEAR_DATE, text, numbers):
        if found := to_date(m["day"], m["mon"], m["yy"]):
            yield _Candidate(m.start(), m.end(), found.year, found.month, found.day)
    for m in matches_at(ISO_DATE, text, numbers):
        day = m["day"] or m["day2"]
        yield _Candidate(m.start(), m.end(), int(m["year"]), int(m["mon"]), int(day) if day else None)
    for m in matches_at(DAY_MONTH, text, numbers):
        year = int(m["year"]) if m["year"] else None
        if year is None and "." not in text[m.start() : m.start("month")]:
            continue  # "1 November" reads as a date only with its year ("1 November 2021")
        month, day = _month(m["month"]), int(m["day"])
        yield _Candidate(m.start(), m.end(), year, month, day, relative=year is None, floor=MIN_NAMED_YEAR)
    for m in matches_at(SPLIT_MONTH_DATE, text, numbers):
        if (month := MONTHS.get(f"{m['head']}{m['tail']}".casefold())) is not None:
            yield _Candidate(m.start(), m.end(), int(m["year"]), month, int(m["day"]))
    for m in DAY_MONTH_NUMERIC.finditer(text):
        yield _Candidate(m.start("day"), m.end(), None, int(m["mon"]), int(m["day"]), relative=True)
    for m in MONTH_YEAR.finditer(text):
        yield _Candidate(m.start(), m.end(), int(m["year"]), _month(m["month"]))
    for m in matches_at(BARE_DAY, text, numbers):
        yield _Candidate(m.start(), m.end(), None, None, int(m["day"]), bare_day=True)
    for m in QUARTER.finditer(text):
        yield _Candidate(m.start(), m.end(), int(m["year"]))
    for m in YEAR_NOUN.finditer(text):
        yield _Candidate(m.start(), m.end(), int(m["year"]), floor=MIN_NAMED_YEAR)
    for m in HISTORICAL_YEAR.finditer(text):
        yield _Candidate(
            m.start("year") if not m["lead"] else m.start(), m.end(), int(m["year"]), floor=MIN_NAMED_YEAR
        )
    for m in HISTORICAL_YEAR_PASSIVE.finditer(text):
        yield _Candidate(m.start("year"), m.end(), int(m["year"]), floor=MIN_NAMED_YEAR)
    for m in matches_at(HISTORICAL_YEAR_PLACE, text, numbers):
        if after_a_verb(text, m.start()):
            yield _Candidate(m.start(), m.end(), int(m["year"]), floor=MIN_NAMED_YEAR)
    for m in MONTH_COMPOUND.finditer(text):
        yield _Candidate(m.start(), m.end(), int(m["year"]), _month(m["month"]))
    for m in matches_at(BARE_YEAR, text, numbers):
        if _is_year_context(text, m.start(), m.end()):
            yield _Candidate(m.start(), m.end(), int(m["year"]))
    yield from _yearless_months(text, published, numbers)


def _yearless_months(text: str, published: date | None, numbers: list[int]) -> Iterator[_Candidate]:
    """Months without a year ("im Juli", "Ende September") and the tail of "2019-2022".

    A month without a year is kept open here; it borrows the year of a date it runs into
    ("im April und Mai 2019") or takes the publication year later.
    """
    for m in MONTH_ALONE.finditer(text):
        if m["adj"] and published is None:
            continue
        year = published.year + RELATIVE_YEAR_ADJECTIVES[m["adj"]] if m["adj"] and published else None
        yield _Candidate(m.start(), m.end(), year, _month(m["month"]), relative=True)
    for m in MONTH_BEFORE_SPAN.finditer(text):
        yield _Candidate(m.start(), m.end(), None, _month(m["month"]), relative=True)
    for m in matches_at(YEAR_RANGE_TAIL, text, numbers):
        # the tail of a span of years counts where its head does ("der Jahre 2019-2022")
        if _is_year_context(text, m.start("head"), m.end("head")) or YEAR_NOUN.search(
            text, m.start() - 30, m.end()
        ):
            yield _Candidate(m.start("year"), m.end("year"), int(m["year"]))


def _relative(text: str, published: date | None) -> Iterator[_Candidate]:
    """Expressions resolved against the publication date; none without one."""
    if published is None:
        return
    for m in RELATIVE_DAY.finditer(text):
        if m["word"] == "Morgen" or _is_noun_morgen(text, m.start()):
            continue
        day = published + timedelta(days=RELATIVE_DAYS[m["word"].casefold()])
        yield _Candidate(m.start(), m.end(), day.year, day.month, day.day, relative=True)
    for m in RELATIVE_DAY_ADJECTIVE.finditer(text):
        day = published + timedelta(days=RELATIVE_DAY_ADJECTIVES[m["adj"]])
        yield _Candidate(m.start(), m.end(), day.year, day.month, day.day, relative=True)
    for m in RELATIVE_YEAR.finditer(text):
        offset = (
            RELATIVE_YEAR_ADJECTIVES[m["adj"].casefold()]
            if m["adj"]
            else RELATIVE_YEAR_WORDS[m["word"].casefold()]
        )
        yield _Candidate(m.start(), m.end(), published.year + offset, relative=True)
    for m in YEARS_AGO.finditer(text):
        count = m["count"]
        years = int(count) if count.isdigit() else COUNT_WORDS[count]
        yield _Candidate(m.start(), m.end(), published.year - years, relative=True)


def _year_parts(text: str, published: date | None) -> Iterator[_Candidate]:
    """Vague parts of a year keep the year: "Anfang 2019", "Ende des vergangenen Jahres"."""
    for m in YEAR_PART.finditer(text):
        if m["year"]:
            yield _Candidate(m.start(), m.end(), int(m["year"]))
        elif published is not None:
            offset = RELATIVE_YEAR_ADJECTIVES[m["adj"]] if m["adj"] else 0
            yield _Candidate(m.start(), m.end(), published.year + offset, relative=True)


RULES: tuple[Callable[[str, date | None], Iterator[_Candidate]], ...] = (_absolute, _relative, _year_parts)


def _is_noun_morgen(text: str, start: int) -> bool:
    """True for the time of day ("am Morgen", "heute morgen"), which is not tomorrow."""
    before = text[max(0, start - 8) : start].split()
    return bool(before) and before[-1].casefold() in {"am", "heute", "gestern", "jeden", "diesen", "guten"}


#: Quotation marks around a name; a quoted name has fewer words than this before its year.
OPENING_QUOTES = ("»", "„", "“", '"')
CLOSING_QUOTES = frozenset('«“”"')
MAX_QUOTED_NAME_WORDS = 5


def _is_year_context(text: str, start: int, end: int) -> bool:
    """True where a bare four-digit number reads as a year, not a count, code or name part.

    Counts are followed by what they count or preceded by "rund"; names put a noun directly
    before the number ("Bedarfsabfrage 2026", "Sachsen 2030"), unless that noun is itself a
    span of time ("Schuljahr 2022", "Herbst 2021").
    """
    after = text[end : end + 20].split()
    if (after and after[0].casefold().strip(".,;:!?)") in COUNT_NOUNS) or changes_an_amount(text, end):
        return False
    if after and counts_plural(text[start:end], after[0]):
        return False
    if _closes_quoted_name(text, start, end):
        return False
    head = text[max(0, start - 40) : start]
    # a copyright's year ("© 2023 Stadt Musterau") dates the page, not the article's events
    if head.endswith(("§ ", "Nr. ", "Tel. ")) or head.rstrip().endswith("©") or re.search(r"[\d€]\s*$", head):
        return False
    words = head.split()
    if not words or not head[-1:].isspace():
        return True  # text start or an opening bracket or quote
    line_end = text.find("\n", end)
    line_rest = text[end : line_end if line_end >= 0 else len(text)]
    if "\n" in head[len(head.rstrip()) :] and any(c.isalpha() for c in line_rest):
        return True  # a line opens with the year and goes on ("2022 stieg die Zahl"); alone it may be a menu
    ending = words[-1][:-1]
    if words[-1][-1] in ".!?:" and ending.isalpha() and ending.casefold() not in NUMBER_ABBREVIATIONS:
        return True  # a sentence opens with the year ("... der Rat. 2022 stieg die Zahl")
    previous = words[-1].casefold().strip('(„"»')
    if previous in APPROXIMATORS:
        return False
    # a noun before a comma ends its phrase ("Das Schloss, 1992 saniert, ..."): no name part
    if words[-1][:1].isupper() and previous not in YEAR_LEAD_WORDS and not words[-1].endswith((",", ";")):
        if previous.endswith(ELECTION_NOUN_ENDINGS):  # "zur Wahl 2021", not "bei der Wahl 2000 Briefwähler"
            return not (after and after[0][:1].isupper())
        # "zur ersten Sitzung 2020": an ordinal word counts the events of that year
        return previous.endswith(YEAR_NOUN_ENDINGS + ACTOR_PLURAL_ENDINGS) or (
            len(words) > 1 and words[-2].casefold() in SEQUENCE_ORDINALS
        )
    return True


def _closes_quoted_name(text: str, start: int, end: int) -> bool:
    """A year closing a short quoted name is part of it (a campaign, a motto: "»Sicher radeln
    2022«"); a longer quote is speech, whose years are dates."""
    if text[end : end + 1] not in CLOSERS:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    opened = max(text.rfind(mark, line_start, start) for mark in OPENERS)
    return opened >= 0 and len(text[opened:start].split()) < MAX_QUOTED_NAME_WORDS


def _runs_into(text: str, cand: _Candidate, following: _Candidate | None) -> bool:
    """True where only a connector ("und", "bis", "–") separates ``cand`` from ``following``."""
    if following is None:
        return False
    match = CONNECTOR.fullmatch(text, cand.end, following.start)
    return match is not None or (cand.bare_day and not text[cand.end : following.start].strip())


def _complete(text: str, cands: list[_Candidate], doc: Doc, published: date | None) -> list[_Candidate]:
    """Give every yearless date a year and every bare day its month; drop what stays open.

    Runs from the end so that "14." sees "15. November 2022" already resolved.
    """
    done: list[_Candidate] = []
    following: _Candidate | None = None
    for cand in reversed(cands):
        if cand.year is None or cand.bare_day:
            cand = _borrow(text, cand, following) or _from_published(cand, doc, published)
        if cand is not None and cand.year is not None and _valid(cand.year, cand.month, cand.day, cand.floor):
            done.append(cand)
        following = cand
    return done[::-1]


def _borrow(text: str, cand: _Candidate, following: _Candidate | None) -> _Candidate | None:
    """Take the missing month and year from the date ``cand`` runs into ("14. und 15. November")."""
    if not _runs_into(text, cand, following) or following is None or following.year is None:
        return None
    if following.month is None:
        return None
    month = cand.month or following.month
    year = following.year
    # "vom 21. Dezember bis 2. Januar 2025": the first day lies in the year before.
    if (month, cand.day or 1) > (following.month, following.day or 31):
        year -= 1
    return replace(cand, year=year, month=month, relative=following.relative)


def _from_published(cand: _Candidate, doc: Doc, published: date | None) -> _Candidate | None:
    """A yearless month or day takes the publication year, shifted where the tense demands.

    A month after the publication date that the sentence reports as past lies in the year
    before ("im Dezember wurde ... unterzeichnet" in January); one before it that the
    sentence announces lies in the year after.
    """
    if published is None or cand.month is None:
        return None
    year = published.year
    later = (cand.month, cand.day or 1) > (published.month, published.day)
    earlier = (cand.month, cand.day or 31) < (published.month, published.day)
    if later or earlier:
        words = _sentence_words(doc, cand.start, cand.end)
        # "seit" before the date (or opening its span: "seit Februar") settles the tense
        # (a span's text, not doc.text: building the whole text per date is quadratic)
        near = doc.char_span(max(0, cand.start - 20), cand.end, alignment_mode="expand")
        nearby = near.text.split() if near is not None else []
        since = any(w.casefold() in PAST_LEADS for w in nearby[-3:-1])
        past = since or bool(words & PAST_MARKERS)
        future = not since and bool(words & FUTURE_MARKERS)
        if later and past and not future:
            year -= 1
        elif earlier and future and not past:
            year += 1
    return replace(cand, year=year, relative=True)


def _sentence_words(doc: Doc, start: int, end: int) -> set[str]:
    """The lower-cased words of the sentence holding ``[start, end)``."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return set()
    sent = span.sent if doc.has_annotation("SENT_START") else doc[:]
    return {token.lower_ for token in sent}


def extract_dates(doc: Doc, layout: ArticleLayout, *, article_id: str) -> list[DateRecord]:
    """Every calendar day, month and year the article mentions.

    Args:
        doc: The processed article; only ``doc.text`` and its sentences are read.
        layout: Its layout; gives the publication date and tells content from page furniture.
        article_id: Id written into every record.

    Returns:
        One record per date expression, sorted by start, spans not overlapping.
    """
    text = layout.text  # == doc.text, which spaCy would rebuild from the tokens
    found = [c for rule in RULES for c in rule(text, layout.published)]
    found = [
        c for c in found if _valid(c.year, c.month, c.day, c.floor) and layout.is_content(c.start, c.end)
    ]
    resolved = _complete(text, without_overlaps(found, lambda c: (c.start, c.end)), doc, layout.published)
    return [
        DateRecord(
            article_id=article_id,
            text=text[c.start : c.end],
            start=c.start,
            end=c.end,
            value=c.value(),
            precision=c.precision,
            relative=c.relative,
        )
        for c in resolved
    ]
