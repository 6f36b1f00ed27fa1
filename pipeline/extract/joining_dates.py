"""When a municipality joined: the date a joining sentence gives.

The dates of the article (:func:`pipeline.extract.dates.extract_dates`, with ``heute`` and
``gestern`` already resolved against the release date) are read inside the sentence; a weekday
("am Montag", "am heutigen Montag", "An diesem Freitag"), which is no date of its own
(ANNOTATION.md), is resolved here against the release date. A day beats a month, a month a year;
among equals the date nearest to the joining word wins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from pipeline.lang.calendar import WEEKDAY_LEADS, WEEKDAYS
from pipeline.records import DateRecord
from pipeline.text.patterns import either_case

_WEEKDAY = re.compile(
    rf"\b(?:[Aa][mn]\s+)?(?:(?P<lead>{either_case(list(WEEKDAY_LEADS))})\s+)?"
    rf"(?P<day>{either_case(list(WEEKDAYS))})\b(?![-–])"
)
_PRECISION = {10: 3, 7: 2, 4: 1}
#: Marks between clauses ("Roßwein unterzeichnete im März, im Juni folgte Hainichen"); found
#: with str.rfind / str.find, as a sentence may be long.
CLAUSE_MARKS = (",", ";", ":", "(", ")", "–", "—")


@dataclass(frozen=True)
class DateFound:
    """A date of joining and how good it is (higher is better)."""

    value: str
    precision: int
    distance: int

    def rank(self) -> tuple[int, int]:
        """Sort key: the more precise, then the nearer to the joining word."""
        return (self.precision, -self.distance)


def date_in(
    text: str,
    span: tuple[int, int],
    anchor: int,
    dates: Sequence[DateRecord],
    published: date | None,
    *,
    member: int | None = None,
    others: Sequence[int] = (),
) -> DateFound | None:
    """The best date of joining inside ``span`` (a joining sentence): the one of the member's
    clause, else of the joining word's clause, else of the whole sentence ("Limbach-Oberfrohna,
    seit Juni neues Mitglied der Allianz, lädt am Samstag ein" joined in June), but not of a
    clause naming another member ("A und B sind neu dabei, C bereits seit 2020").

    Args:
        text: The article text.
        span: The sentence's (start, end).
        anchor: Where the joining word stands (the nearest date wins a tie).
        dates: The article's dates, in text order.
        published: The release date: weekdays are resolved against it; a date after it is
            no date of joining.
        member: Where the sentence names the member, if it does.
        others: Where it names other members.
    """
    clauses = [_clause(text, span, at) for at in (member, anchor) if at is not None]
    theirs = [_clause(text, span, at) for at in others]
    for part in [*clauses, span]:
        found = [*_from_dates(part, anchor, dates, published), *_weekdays(text, part, anchor, published)]
        if part == span:  # the whole sentence: not the dates of another member's clause
            found = [f for f, at in found if not any(c[0] <= at < c[1] for c in theirs if c not in clauses)]
        else:
            found = [f for f, _ in found]
        if found:
            return max(found, key=DateFound.rank)
    return None


def _clause(text: str, span: tuple[int, int], at: int) -> tuple[int, int]:
    """The clause around ``at``: between the punctuation marks of the sentence before and after it."""
    start = max(text.rfind(mark, span[0], at) + 1 for mark in CLAUSE_MARKS) or span[0]
    stops = [i for i in (text.find(mark, at, span[1]) for mark in CLAUSE_MARKS) if i >= 0]
    return max(start, span[0]), min(stops, default=span[1])


def _from_dates(
    span: tuple[int, int], anchor: int, dates: Sequence[DateRecord], published: date | None
) -> Iterator[tuple[DateFound, int]]:
    for record in dates:
        if not (span[0] <= record.start and record.end <= span[1]):
            continue
        if published is not None and record.value > published.isoformat():
            continue  # "2024" > "2023-08-09" too: a later year is no past joining either
        found = DateFound(
            record.value, _PRECISION[len(record.value)], _distance(record.start, record.end, anchor)
        )
        yield found, record.start


def _weekdays(
    text: str, span: tuple[int, int], anchor: int, published: date | None
) -> Iterator[tuple[DateFound, int]]:
    if published is None:
        return
    for match in _WEEKDAY.finditer(text, *span):
        wanted = WEEKDAYS[match["day"].casefold()]
        week = WEEKDAY_LEADS.get((match["lead"] or "").casefold())
        day = resolve_weekday(published, wanted, week)
        yield DateFound(day.isoformat(), 3, _distance(match.start(), match.end(), anchor)), match.start()


def resolve_weekday(published: date, weekday: int, week: str | None) -> date:
    """The day a weekday names, seen from the release date.

    Args:
        published: The release date.
        weekday: Monday 0 ... Sunday 6.
        week: ``"this"`` (the release's own week: "an diesem Freitag", "am heutigen Montag"),
            ``"next"`` (the first one after it: "am kommenden Montag"), ``"last"`` (the last one
            before it: "am vergangenen Freitag"), or None (the last one up to the release day:
            a report looks back).
    """
    back = (published.weekday() - weekday) % 7
    if week == "this":
        return published + timedelta(days=weekday - published.weekday())
    if week == "next":
        return published + timedelta(days=(weekday - published.weekday()) % 7 or 7)
    return published - timedelta(days=back or (7 if week == "last" else 0))


def _distance(start: int, end: int, anchor: int) -> int:
    return max(0, start - anchor, anchor - end)
