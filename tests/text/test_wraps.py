"""Tests of the one rule for hard-wrapped lines: which line breaks wrap a paragraph and which a
sentence goes on across (made-up pages)."""

from __future__ import annotations

import re

import pytest

from pipeline.text.wraps import continues, goes_on, hard_wrapped, wrap_width, wrapped_line_ends, wraps

#: A newspaper page cut at about 64 columns with a ragged right margin: a heading right above the
#: text, paragraphs, a list, a caption line.
PAGE = (
    "Neue Wege für mehr Sicherheit in Musterhausen\n"
    "Der Gemeinderat von Musterhausen hat am Dienstagabend mit großer\n"
    "Mehrheit beschlossen, einen Kommunalen Präventionsrat zu gründen.\n"
    "Bürgermeister Holger Beispiel sprach von einem wichtigen Signal\n"
    "für die ganze Region und dankte den Vereinen für ihre Mitarbeit.\n"
    "Künftig sollen sich diese Gruppen regelmäßig austauschen:\n"
    "• Polizeirevier und Ordnungsamt\n"
    "• Schulen, Horte und Jugendclubs\n"
    "Die erste Sitzung ist für den Herbst geplant, teilte die\n"
    "Verwaltung mit. Eingeladen sind auch die Ortsvorsteher\n"
    "und Nachbargemeinden.\n"
    "\n"
    "Foto: Der Gemeinderat bei der Abstimmung\n"
    "Gäste aus dem Nachbarort Beispielsdorf waren ebenfalls gekommen.\n"
)

#: A press release with a paragraph per line: the page's column is unknown.
RELEASE = (
    "Stadtrat beschließt Beitritt\n"
    "Der Stadtrat von Beispielstadt hat am Donnerstag den Beitritt beschlossen.\n"
    "Oberbürgermeisterin Anna Muster, Vorsitzende des Präventionsrates\n"
    "freut sich über die breite Zustimmung im Rat.\n"
    "- Beitritt zum 1. Januar\n"
    "- Erste Sitzung im Februar\n"
)


def _break_after(text: str, words: str) -> int:
    """The offset of the line break right after ``words``."""
    return text.index(words + "\n") + len(words)


def test_the_page_is_hard_wrapped_at_its_column() -> None:
    assert hard_wrapped(PAGE)
    assert wrap_width(PAGE) == 64
    assert not hard_wrapped(RELEASE)
    assert wrap_width(RELEASE) is None


@pytest.mark.parametrize(
    ("text", "words", "wrap", "goes"),
    [
        # full lines of a paragraph: the sentence goes on, or ends at the line's end
        (PAGE, "mit großer", True, True),
        (PAGE, "wichtigen Signal", True, True),
        (PAGE, "zu gründen.", True, False),
        (PAGE, "ihre Mitarbeit.", True, False),
        # a ragged line: far from the column, but the next word would not have fitted
        (PAGE, "teilte die", True, True),
        (PAGE, "die Ortsvorsteher", True, True),
        # a heading right above the text: its next word would have fitted on its line
        (PAGE, "in Musterhausen", False, False),
        # the line before a list, a list item, a caption: no wrap
        (PAGE, "austauschen:", False, False),
        (PAGE, "und Ordnungsamt", False, False),
        (PAGE, "Foto: Der Gemeinderat bei der Abstimmung", False, False),
        # a blank line ends the paragraph; the last line has nothing below
        (PAGE, "und Nachbargemeinden.", False, False),
        (PAGE, "ebenfalls gekommen.", False, False),
        # a paragraph per line: a short heading or list item ends where it ends, a long line
        # without final punctuation goes on below
        (RELEASE, "Stadtrat beschließt Beitritt", False, False),
        (RELEASE, "Vorsitzende des Präventionsrates", True, True),
        (RELEASE, "Beitritt beschlossen.", True, False),
        (RELEASE, "Zustimmung im Rat.", False, False),
        (RELEASE, "- Beitritt zum 1. Januar", False, False),
    ],
)
def test_wraps_and_continues(text: str, words: str, wrap: bool, goes: bool) -> None:
    at = _break_after(text, words)
    assert wraps(text, at) is wrap
    assert continues(text, at) is goes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the line below opens in lower case or with a continuation mark: the sentence goes on
        # even after a closing quotation mark or a colon
        ("Der Leiter des Reviers nannte das Projekt ein „Vorbild für alle“\nund lobte die Stadt.", True),
        ("Die Polizei stellte am Abend ihre neue Kampagne im Rathaus vor:\n– mit Plakaten", False),
        ("Zahlreiche Gäste aus allen Ortsteilen der Gemeinde kamen (darunter\nauch der Landrat).", True),
        # an ordinal at the line's end closes no sentence
        ("Die Vereinbarung unterzeichneten die beiden Bürgermeister am 5.\nMärz im Rathaus.", True),
        # after a short line only an open end and a line below in lower case go on
        ("Landesweit haben\nmehr als siebzig Kommunen einen Präventionsrat.", True),
        ("Neue Regeln für den Stadtpark\nDie Stadt hat die Parkordnung geändert.", False),
        ("Neue Regeln im Stadtpark.\nund wer sich nicht daran hält, zahlt.", False),
        # a short line ending in a word that binds it to the next: an article, a fused
        # preposition, a conjunction, a comma, a hyphen
        ("Zur Eröffnung sprachen Vertreter der\nSparkasse und der Polizei.", True),
        ("Die Gäste trafen sich im\nHaus am Markt.", True),
        ("Es kamen Landrat, Bürgermeister und\nPolizeichef.", True),
        ("Zum Netzwerk gehören Sachsen-\nAnhalts Nachbarkreise nicht.", True),
        # a headline ending in a separable particle is no such word
        ("Musterstadt tritt Allianz bei\nDie Stadt hat den Vertrag unterzeichnet.", False),
        # a blank line ends the sentence
        ("Die Vereinbarung unterzeichneten die beiden Bürgermeister und\n\ndie Polizei.", False),
    ],
)
def test_goes_on_after_a_sentence_end(text: str, expected: bool) -> None:
    end = text.index("\n")
    assert goes_on(text, end) is expected
    assert goes_on(text, end + 1) is expected  # the line break may belong to the span


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        (PAGE, ["großer", "Signal", "die", "Ortsvorsteher"]),
        # a paragraph per line: nothing wraps, however long the lines
        (RELEASE, []),
    ],
)
def test_wrapped_line_ends(text: str, ends: list[str]) -> None:
    found = sorted(wrapped_line_ends(text))
    assert [text[:at].split()[-1] for at in found] == ends
    assert all(text[at] == "\n" and continues(text, at) for at in found)


def test_every_break_of_the_page_is_asked() -> None:
    breaks = [m.start() for m in re.finditer("\n", PAGE)]
    assert {at for at in breaks if continues(PAGE, at)} == set(wrapped_line_ends(PAGE))


@pytest.mark.parametrize(
    "text",
    [
        "Stand 2019-04\n\nDie Allianz startet mit dreizehn Modellkommunen.",
        "Die Sitzung beginnt um neun Uhr und endet gegen Mittag mit einem\n \nImbiss im Foyer.",
    ],
)
def test_a_span_ending_after_a_blank_line_goes_on_nowhere(text: str) -> None:
    end = text.index("\n") + 2  # the Doc gives a sentence its trailing blank line
    while text[end].isspace():
        end += 1
    assert not goes_on(text, end)
