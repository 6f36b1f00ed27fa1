"""Tests of the sentence after a quote that points back at it and names who said it."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes.marks import pair_quotes
from pipeline.extract.quotes.next_sentence import attribution_next
from tests.conftest import Analyse, release_voices


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "„Die Zahl der Einbrüche ist gesunken.“ Davon ist Bürgermeister Tom Roth überzeugt.",
            "Bürgermeister Tom Roth",
        ),
        ("„Die Zahl der Einbrüche ist gesunken.“ Dessen ist sich auch Eva Probe sicher.", "Eva Probe"),
        (
            "„Die Zahl der Einbrüche ist gesunken.“ Davon zeigte sich die Landrätin fest überzeugt.",
            "die Landrätin",
        ),
        ("„Wir brauchen mehr Streetworker.“ Diese Forderung stellte Eva Probe am Mittwoch auf.", "Eva Probe"),
        (
            "„Wir brauchen mehr Streetworker.“ Dieses Fazit zog Bürgermeister Tom Roth.",
            "Bürgermeister Tom Roth",
        ),
        ("„Wir brauchen mehr Streetworker.“ Diesen Appell richtete Eva Probe an den Stadtrat.", "Eva Probe"),
        ("„Heute ist ein guter Tag“ – mit diesen Worten begrüßte Eva Probe die Gäste.", "Eva Probe"),
        ("„Heute ist ein guter Tag“ – das sagte Eva Probe am Montag.", "Eva Probe"),
        # negatives: somebody agreeing with a statement, a body concerned, no pointer at the quote
        ("„Wir brauchen mehr Streetworker.“ Diese Einschätzung teilt auch Tom Roth.", None),
        ("„Wir brauchen mehr Streetworker.“ Diese Einschätzung bestätigte Tom Roth.", None),
        ("„Die Zahl der Einbrüche ist gesunken.“ Davon ist auch die Polizei betroffen.", None),
        ("„Wir brauchen mehr Streetworker.“ Diese Stadtteile liegen im Norden.", None),
        ("„Heute ist ein guter Tag“ – mit diesem Motto lud die Stadt ein.", None),
    ],
)
def test_the_sentence_after_the_quote_names_its_speaker(text: str, expected: str | None) -> None:
    assert attribution_next(text, pair_quotes(text)[0]) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bürgermeister Tom Roth stellte die Bilanz vor.\n\n„Die Zahl der Einbrüche ist im vergangenen "
            "Jahr gesunken.“ Davon ist der Rathauschef überzeugt.",
            [("Die Zahl der Einbrüche ist im vergangenen Jahr gesunken.", "Tom Roth")],
        ),
        (
            "„Wir brauchen mehr Streetworker in den Stadtteilen.“ Diese Forderung stellte "
            "Sozialbürgermeisterin Eva Probe auf.",
            [("Wir brauchen mehr Streetworker in den Stadtteilen.", "Eva Probe")],
        ),
        # agreeing is no saying: the quote stays without a speaker
        (
            "Polizeipräsident Jan Kowalski war zu Gast.\n\n„Wir brauchen mehr Streetworker in den "
            "Stadtteilen.“ Diese Einschätzung teilt auch Bürgermeister Tom Roth.",
            [("Wir brauchen mehr Streetworker in den Stadtteilen.", None)],
        ),
    ],
)
def test_speakers_named_in_the_next_sentence_of_a_release(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert [(text, name) for text, _, name in release_voices(analyse, body)] == expected
