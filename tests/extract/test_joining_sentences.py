"""Tests of the sentences and the headline the joining rules read (made-up texts)."""

from __future__ import annotations

import pytest

from pipeline.extract.joining_sentences import article_sentences, headline
from tests.conftest import Analyse, hard_wrapped


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a hard-wrapped paragraph's sentence is one again
        (
            "10.05.2022\n\nZuwachs\n\nDie Stadt Oederan ist am Montag der Allianz Sichere Sächsische Kommunen "
            "beigetreten, wie das Rathaus mitteilte. Oberbürgermeister Max Beispiel freut sich sehr darüber.\n",
            [
                "Die Stadt Oederan ist am Montag der Allianz Sichere Sächsische Kommunen beigetreten, wie das "
                "Rathaus mitteilte.",
                "Oberbürgermeister Max Beispiel freut sich sehr darüber.",
            ],
        ),
    ],
)
def test_wrapped_sentences_are_whole(analyse: Analyse, text: str, expected: list[str]) -> None:
    wrapped = hard_wrapped(text)
    doc, layout = analyse(wrapped)
    found = [" ".join(wrapped[s:e].split()) for s, e in article_sentences(wrapped, doc, layout)]
    assert found[-2:] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Zittau tritt ASSKomm bei\n\nDie Stadt will mehr tun.\n", "Zittau tritt ASSKomm bei"),
        # under a site's label, the first short line that closes no sentence
        (
            "Vogtland-Anzeiger.de – Nachrichten aus Plauen\n\nHome > Region > Treuen\n\nTreuen ist neues Mitglied "
            "der Sicherheitsallianz\n\n09.11.2022\n\nDie Vereinbarung wurde am Montag unterzeichnet.\n",
            "Treuen ist neues Mitglied der Sicherheitsallianz",
        ),
    ],
)
def test_the_headline(analyse: Analyse, text: str, expected: str) -> None:
    doc, layout = analyse(text)
    span = headline(text, layout.title_span, article_sentences(text, doc, layout))
    assert span is not None and text[slice(*span)] == expected
