"""The forms of a full date on a page (numeric, with a month's name, ISO) and their values: the
regex fragments every rule about release dates builds on."""

from __future__ import annotations

import re
from datetime import date

from pipeline.lang.calendar import MONTH_ABBREVIATION_PATTERN, MONTHS
from pipeline.text.fastre import with_lead
from pipeline.text.patterns import MONTH_PATTERN

#: "12.03.2019", "09. 04. 2020", and with a two-digit year "12.03.19".
NUMERIC = r"(?P<d>\d{1,2})\.\s?(?P<m>\d{1,2})\.\s?(?P<y>\d{4}|\d{2}(?![\d:]))"
#: "3. März 2019", "3. Jan. 2019", "3.Sept. 2019", a page template's "04 März 2019".
NAMED = (
    rf"(?P<d2>\d{{1,2}})(?:\.\s?|\s)(?P<mn>{MONTH_PATTERN}|{MONTH_ABBREVIATION_PATTERN})\s*(?P<y2>\d{{4}})"
)
#: "2019-03-12", also as a time stamp ("2019-03-12T10:00").
ISO = r"(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)(?=T|\b)"
DATE = with_lead(re.compile(rf"(?<![\d.]){NUMERIC}(?!\d)|(?<![\d.]){NAMED}\b|(?<![\d.-]){ISO}"))

#: Two-digit years up to this one are of the 2000s ("12.03.19"), later ones of the 1900s.
TWO_DIGIT_PIVOT = 69


def to_date(day: str, month: str, year: str) -> date | None:
    """A date from its parts, or None when they do not form one (31.02.).

    A two-digit year is of this century up to ``TWO_DIGIT_PIVOT``, else of the last ("12.03.19").
    """
    try:
        number = int(month) if month.isdigit() else MONTHS[month.casefold().rstrip(".")]
        full = int(year) if len(year) == 4 else int(year) + (2000 if int(year) <= TWO_DIGIT_PIVOT else 1900)
        return date(full, number, int(day))
    except (ValueError, KeyError):
        return None


def date_value(match: re.Match[str], offset: int = 0) -> tuple[date, tuple[int, int]] | None:
    """The date a match names (numeric, with a month name, or ISO) and its span (shifted by ``offset``)."""
    groups = match.groupdict()
    if groups.get("d"):
        value, span = to_date(match["d"], match["m"], match["y"]), (match.start("d"), match.end("y"))
    elif groups.get("d2"):
        value, span = to_date(match["d2"], match["mn"], match["y2"]), (match.start("d2"), match.end("y2"))
    elif groups.get("iy"):
        value, span = to_date(match["id"], match["im"], match["iy"]), (match.start("iy"), match.end("id"))
    else:
        return None
    return (value, (span[0] + offset, span[1] + offset)) if value else None
