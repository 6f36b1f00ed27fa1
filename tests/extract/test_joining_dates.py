"""Tests of the date of joining: the dates of a joining sentence and its weekdays."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.joining_dates import date_in, resolve_weekday
from pipeline.records import DateRecord

WEDNESDAY = date(2022, 9, 14)


@pytest.mark.parametrize(
    ("weekday", "week", "expected"),
    [
        (0, None, date(2022, 9, 12)),  # "am Montag": the last Monday up to the release
        (2, None, WEDNESDAY),  # the release day itself
        (4, None, date(2022, 9, 9)),  # "am Freitag": the Friday before
        (4, "this", date(2022, 9, 16)),  # "an diesem Freitag": the release's own week
        (2, "this", WEDNESDAY),  # "am heutigen Mittwoch"
        (0, "next", date(2022, 9, 19)),  # "am kommenden Montag"
        (2, "next", date(2022, 9, 21)),
        (2, "last", date(2022, 9, 7)),  # "am vergangenen Mittwoch" on a Wednesday: a week before
        (0, "last", date(2022, 9, 12)),
    ],
)
def test_resolve_weekday(weekday: int, week: str | None, expected: date) -> None:
    assert resolve_weekday(WEDNESDAY, weekday, week) == expected


def record(text: str, value: str, start: int) -> DateRecord:
    precision = {4: "year", 7: "month", 10: "day"}[len(value)]
    return DateRecord(
        article_id="a", text=text, start=start, end=start + len(text), value=value, precision=precision
    )


SENTENCE = "Im Jahr 2019 gestartet, unterzeichnete die Stadt am 5. Mai 2021 die Vereinbarung."


def test_a_day_beats_a_year() -> None:
    dates = [record("2019", "2019", 8), record("5. Mai 2021", "2021-05-05", SENTENCE.index("5. Mai"))]
    found = date_in(SENTENCE, (0, len(SENTENCE)), SENTENCE.index("unterzeichnete"), dates, None)
    assert found is not None and found.value == "2021-05-05"


def test_dates_outside_the_sentence_or_after_the_release_are_no_date_of_joining() -> None:
    dates = [record("5. Mai 2021", "2021-05-05", SENTENCE.index("5. Mai"))]
    assert date_in(SENTENCE, (0, 20), 10, dates, None) is None
    assert date_in(SENTENCE, (0, len(SENTENCE)), 10, dates, date(2021, 5, 1)) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Am Montag unterschrieb die Stadt.", "2022-09-12"),
        ("Am heutigen Mittwoch unterschrieb die Stadt.", "2022-09-14"),
        ("An diesem Freitag unterzeichnet die Stadt.", "2022-09-16"),
        ("Am vergangenen Mittwoch unterschrieb die Stadt.", "2022-09-07"),
        ("Die Stadt unterschrieb am Montagabend.", None),  # no weekday of its own
    ],
)
def test_weekdays_against_the_release_date(text: str, expected: str | None) -> None:
    found = date_in(text, (0, len(text)), 0, [], WEDNESDAY)
    assert (found.value if found else None) == expected


def test_weekdays_need_a_release_date() -> None:
    text = "Am Montag unterschrieb die Stadt."
    assert date_in(text, (0, len(text)), 0, [], None) is None


@pytest.mark.parametrize(
    ("text", "member", "expected"),
    [
        # the member's own clause gives its date, not the event the sentence reports
        ("Riesa, seit Juni 2021 Mitglied der Allianz, lädt am Montag ein.", "Riesa", "2021-06"),
        # each member of a sentence its clause's
        ("Im März 2021 unterzeichnete Roßwein, im Juni 2021 folgte Hainichen.", "Hainichen", "2021-06"),
        ("Im März 2021 unterzeichnete Roßwein, im Juni 2021 folgte Hainichen.", "Roßwein", "2021-03"),
        # a clause without a date: the joining word's, else the sentence's
        ("Am Montag, dem 12. September 2022, unterschrieb die Stadt Riesa.", "Riesa", "2022-09-12"),
    ],
)
def test_the_date_of_the_members_clause(text: str, member: str, expected: str) -> None:
    dates = [
        record(m, v, text.index(m))
        for m, v in (("Juni 2021", "2021-06"), ("März 2021", "2021-03"), ("12. September 2022", "2022-09-12"))
        if m in text
    ]
    anchor = text.index("Mitglied") if "Mitglied" in text else text.index("unter")
    found = date_in(text, (0, len(text)), anchor, dates, WEDNESDAY, member=text.index(member))
    assert found is not None and found.value == expected


@pytest.mark.parametrize(
    ("member", "expected"),
    [
        # a clause without a date does not take the date of a clause naming another member
        ("Brandis", None),
        ("Naunhof", None),
        ("Grimma", "2020"),
    ],
)
def test_no_date_of_another_members_clause(member: str, expected: str | None) -> None:
    text = "Brandis und Naunhof sind neu Mitglied, Grimma bereits seit 2020."
    dates = [record("2020", "2020", text.index("2020"))]
    others = [text.index(m) for m in ("Brandis", "Naunhof", "Grimma") if m != member]
    found = date_in(
        text, (0, len(text)), text.index("sind"), dates, None, member=text.index(member), others=others
    )
    assert (found.value if found else None) == expected
