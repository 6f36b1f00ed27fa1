"""Tests of full dates of history (a day, a month and a year before 1900) and of years after
the noun of an election (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.extract.test_dates import DATED, body_dates, pairs


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a day, a month and a year before 1900 name a day of history
        ("Der Dichter wurde am 14. Februar 1832 in Weimar geboren.", [("14. Februar 1832", "1832-02-14")]),
        ("Am 2. Oktober 1756, einem Sonntag, brannte die Mühle ab.", [("2. Oktober 1756", "1756-10-02")]),
        ("Die Brücke stürzte am 9. Juni 1891 ein.", [("9. Juni 1891", "1891-06-09")]),
        # a number before a noun, money or a percentage counts it: the day stays without a year
        ("Bis zum 3. Mai 1500 Unterschriften sammeln, das ist das Ziel.", []),
        ("Bis zum 3. Mai 1200 € sammeln, das ist das Ziel.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_full_dates_of_history(analyse: Analyse, sentence: str, expected: list[tuple[str, str]]) -> None:
    found = pairs(body_dates(analyse, DATED, sentence))
    assert [pair for pair in found if pair[1] < "1900"] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an election named with its year is held in it
        ("Der Bürgermeister tritt zur Kommunalwahl 2019 nicht mehr an.", [("2019", "2019")]),
        ("Nach den Landtagswahlen 2014 bildete sich eine Koalition.", [("2014", "2014")]),
        ("Für die Oberbürgermeisterwahl 2022 kandidieren drei Bewerber.", [("2022", "2022")]),
        # a number after another noun names or counts, no election
        ("Die Wahlurne 2019 steht im Keller.", []),
        ("Die Stadt zählte bei der Wahl 2000 Briefwähler.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_years_after_an_election(analyse: Analyse, sentence: str, expected: list[tuple[str, str]]) -> None:
    assert pairs(body_dates(analyse, DATED, sentence)) == expected
