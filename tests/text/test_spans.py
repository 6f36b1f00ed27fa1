"""Tests of the span helpers: lines with their offsets, the longest of overlapping spans."""

from __future__ import annotations

import pytest

from pipeline.text.spans import hard_wrapped, line_spans, without_overlaps, wrapped_line_ends


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("", []),
        ("Titel", ["Titel"]),
        ("Titel\n\nText der Meldung.\n", ["Titel", "", "Text der Meldung."]),
        ("Zeile eins\r\nZeile zwei", ["Zeile eins", "Zeile zwei"]),
    ],
)
def test_line_spans_index_the_text(text: str, lines: list[str]) -> None:
    spans = line_spans(text)
    assert [text[s:e] for s, e in spans] == lines


@pytest.mark.parametrize(
    ("spans", "kept"),
    [
        ([(0, 5), (3, 20)], [(3, 20)]),  # the longer wins, also when it starts later
        ([(0, 10), (2, 12)], [(0, 10)]),  # a tie goes to the earlier
        ([(10, 14), (0, 4), (5, 9)], [(0, 4), (5, 9), (10, 14)]),  # sorted by start
        ([(0, 4), (4, 8)], [(0, 4), (4, 8)]),  # touching spans do not overlap
        ([], []),
    ],
)
def test_without_overlaps_keeps_the_longest(
    spans: list[tuple[int, int]], kept: list[tuple[int, int]]
) -> None:
    assert without_overlaps(spans, lambda s: s) == kept


WRAPPED = (
    "Die Stadt und die Polizei wollen die Sicherheit in den Wohngebieten\n"
    "weiter verbessern, wie es am Montag in einer Mitteilung der Stadt\n"
    "hieß. Zur Sitzung im großen Saal des Rathauses kamen der Landrat und\n"
    "die Leiterin des Polizeireviers, die ihre Arbeit ausführlich vorstellte.\n"
    "Im Anschluss diskutierten die Gäste noch lange weiter."
)


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        # the lines cut mid-sentence; the one ending its sentence with a full stop is no wrap
        (WRAPPED, ["Wohngebieten", "Stadt", "und"]),
        # a paragraph per line: nothing wraps, however long the lines
        (
            "Die Stadt und die Polizei wollen die Sicherheit in den Wohngebieten verbessern.\n"
            "Zur Sitzung im großen Saal des Rathauses kamen der Landrat und viele Gäste.\n"
            "Bürgermeisterin Karin Vollmer, Vorsitzende des Kommunalen Präventionsrates\n"
            "Die nächste Sitzung findet im Herbst statt.",
            [],
        ),
    ],
)
def test_wrapped_line_ends(text: str, ends: list[str]) -> None:
    found = sorted(wrapped_line_ends(text))
    assert [text[:at].split()[-1] for at in found] == ends
    assert hard_wrapped(text) is bool(ends)
