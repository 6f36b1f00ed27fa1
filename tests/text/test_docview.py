"""Tests of the read-only Doc view the rule loops use instead of Token objects."""

from __future__ import annotations

import pytest
from spacy.language import Language

from pipeline.text.docview import doc_view


@pytest.mark.parametrize(
    "text",
    [
        "Bürgermeister Sven Forkert (CDU) sagte: „Wir sind dabei.“",
        "17.04.2024\n\nTitel der Meldung\n\nEin Satz  mit   Leerraum.\n",
        "",
        "  führender Leerraum und ein Ende ohne Punkt",
    ],
)
def test_view_equals_the_tokens(nlp: Language, text: str) -> None:
    doc = nlp.make_doc(text)
    view = doc_view(doc)
    assert view.text == doc.text == text
    assert view.words == [t.text for t in doc]
    assert view.starts == [t.idx for t in doc]
    assert [view.end(i) for i in range(len(doc))] == [t.idx + len(t) for t in doc]
    for start in range(len(doc)):
        for end in range(start + 1, min(len(doc), start + 4) + 1):
            assert view.span_text(start, end) == doc[start:end].text


def test_view_is_built_once_per_doc(nlp: Language) -> None:
    first, second = nlp.make_doc("Herr Steinke kam."), nlp.make_doc("Frau Heise kam.")
    assert doc_view(first) is doc_view(first)
    assert doc_view(second).words == ["Frau", "Heise", "kam", "."]
    assert doc_view(first).words == ["Herr", "Steinke", "kam", "."]  # rebuilt, not confused


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # A long line cut at a column goes on below: the name runs over the break.
        ("Zum Abend hatte der Landrat des Kreises Anna\nBeispiel geladen.", "Anna", True),
        # A short line (a list, a caption, a heading) ends with its last word.
        ("Anna\nBeispiel geladen.", "Anna", False),
        # A blank line ends the paragraph.
        ("Zum Abend hatte der Landrat des Kreises Anna\n\nBeispiel geladen.", "Anna", False),
    ],
)
def test_wraps_after(nlp: Language, text: str, word: str, expected: bool) -> None:
    view = doc_view(nlp.make_doc(text))
    assert view.wraps_after(view.words.index(word)) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt tritt bei. Der Rat stimmte zu.",
        "Am 3. Mai 2021 unterschrieb sie.\n\nDanach gab es Kaffee!  Wer kommt?",
        "Ein Satz ohne Punkt",
        "",
    ],
)
def test_sentences_equal_the_docs_sentences(nlp: Language, text: str) -> None:
    doc = nlp(text)
    expected = [(sent.start_char, sent.end_char) for sent in doc.sents] if len(doc) else []
    assert doc_view(doc).sentences == expected


def test_a_doc_without_sentence_boundaries_has_no_sentences(nlp: Language) -> None:
    assert doc_view(nlp.make_doc("Zwei Sätze. Ohne Grenzen.")).sentences == []


@pytest.mark.parametrize(
    "text",
    [
        "Die Stadt tritt bei. Der Rat stimmte zu.",
        "Am 3. Mai 2021 unterschrieb sie.\n\nDanach gab es Kaffee!  Wer kommt?",
        "Ein Satz ohne Punkt",
        "  Leerraum davor. Und ein zweiter Satz.\n",
    ],
)
def test_sentence_of_equals_the_tokens_sentence(nlp: Language, text: str) -> None:
    doc = nlp(text)
    view = doc_view(doc)
    assert [view.sentence_of(t.i) for t in doc] == [(t.sent.start, t.sent.end) for t in doc]
    assert view.sentence_firsts == [sent.start for sent in doc.sents]
