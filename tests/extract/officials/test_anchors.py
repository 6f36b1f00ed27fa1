"""Tests of the helpers the binding rules share: where a token's sentence starts and ends."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.extract.officials.anchors import sentence_bounds


@pytest.mark.parametrize(
    "text",
    [
        "Bürgermeister Max Muster eröffnete. Einer davon ist Karl Probe.",
        "Für das Ministerium sprach die Referentin.\n\nDanach gab es Fragen!",
        "Ein Satz ohne Punkt",
    ],
)
def test_sentence_bounds_equal_the_tokens_sentence(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert [sentence_bounds(doc, t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]


def test_a_doc_without_sentences_fails_as_spacy_does(nlp: Language) -> None:
    doc = nlp.make_doc("Zwei Sätze. Ohne Grenzen.")
    with pytest.raises(ValueError, match="E030"):
        _ = doc[0].sent
    with pytest.raises(ValueError, match="E030"):
        sentence_bounds(doc, 0)
