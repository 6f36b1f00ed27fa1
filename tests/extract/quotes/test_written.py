"""Tests of quotation marks as pages write them: typed, HTML entities, mojibake, half decoded."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes.marks import pair_quotes
from pipeline.extract.quotes.written import garbled_marks, typed_marks
from tests.conftest import Analyse, release_voices


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Er sagte: &bdquo;Wir bleiben am Ball.&ldquo; Dann ging er.", ["Wir bleiben am Ball."]),
        ("Er sagte: &quot;Wir bleiben am Ball.&quot; Dann ging er.", ["Wir bleiben am Ball."]),
        (
            "Sie schrieb: &#8222;Der Park ist sicherer geworden&#8220;, und lachte.",
            ["Der Park ist sicherer geworden"],
        ),
        ("Er rief &raquo;Alle mitmachen!&laquo; in den Saal.", ["Alle mitmachen!"]),
        ("Er sagte: â€žWir bleiben am Ball.â€œ Dann ging er.", ["Wir bleiben am Ball."]),
        ("Er sagte: Â»Wir bleiben am Ball.Â« Dann ging er.", ["Wir bleiben am Ball."]),
        ('Das lasse sich laut Amt ";kaum vorhersagen&ldquo;.', ["kaum vorhersagen"]),
        # no marks: an ampersand, an entity of another character, a semicolon after a closing mark
        ("Müller &amp; Söhne liefern die Bänke.", []),
        ("Die Kosten liegen bei 5&nbsp;Euro je Kopf.", []),
        ('Er nannte es "gut"; dann ging er.', ["gut"]),
    ],
)
def test_garbled_marks_pair_where_the_page_meant_them(text: str, inside: list[str]) -> None:
    normal = typed_marks(text)
    assert len(normal) == len(text)
    assert [normal[q.start : q.end].strip() for q in pair_quotes(normal)] == inside


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x&ldquo;.", "x“      ."),  # closing: the mark first, where the quote ends
        ("&bdquo;x", "      „x"),  # opening: the mark last, right before the words
        (" &quot;x", '      "x'),
        ("x&quot; ", 'x"      '),
    ],
)
def test_a_garbled_mark_keeps_its_length_and_stands_beside_the_words(text: str, expected: str) -> None:
    assert garbled_marks(text) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bürgermeister Tom Roth sagte: &bdquo;Die neuen Laternen haben viel verändert.&ldquo;",
            [("Die neuen Laternen haben viel verändert.", "Tom Roth")],
        ),
        (
            "&quot;Wir lassen niemanden im Regen stehen&quot;, betonte Landrätin Eva Probe.",
            [("Wir lassen niemanden im Regen stehen", "Eva Probe")],
        ),
        (
            "Revierleiterin Ida Sommer: â€žDie Zahl der Einbrüche sinkt seit zwei Jahren.â€œ",
            [("Die Zahl der Einbrüche sinkt seit zwei Jahren.", "Ida Sommer")],
        ),
        # a title in garbled marks stays a title
        ("Die Stadt stellte die Broschüre &bdquo;Sicher im Alter&ldquo; vor.", []),
    ],
)
def test_voices_in_garbled_marks_keep_their_speakers_and_the_verbatim_text(
    analyse: Analyse, body: str, expected: list[tuple[str, str]]
) -> None:
    assert [(text, name) for text, _, name in release_voices(analyse, body)] == expected
