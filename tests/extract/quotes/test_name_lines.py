"""Tests of name lines: the short line under a quote that names who said it."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes.name_lines import is_name_line


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Rita Kolb, Ortsvorsteherin von Nordheim", True),
        ("Bernd Sauer: Fachbereich Ordnung", True),
        ("Dr. Bernd Sauer Präsident Polizeidirektion Musterstadt", True),
        # a sentence, a credit, a quote or a lone word is no name line
        ("Rita Kolb eröffnete die Sitzung.", False),
        ("© Stadt Nordheim", False),
        ("„Wir schaffen das“, Rita Kolb", False),
        ("Nordheim", False),
    ],
)
def test_is_name_line(line: str, expected: bool) -> None:
    assert is_name_line(line) is expected
