"""The spaCy backbone: the embedded model, a user's own pipeline, and the sentence rules."""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from pipeline.nlp.loading import (
    EMBEDDED_MODEL,
    MODEL_ENV,
    ModelError,
    load_nlp,
    model_info,
    resolve_model_name,
)


def test_embedded_model_is_bundled_and_loaded(nlp: spacy.Language) -> None:
    assert (EMBEDDED_MODEL / "config.cfg").exists()
    assert "ner" in nlp.pipe_names
    assert model_info(nlp)["name"] == "de_pressefakten_ner"
    assert set(nlp.get_pipe("ner").labels) == {"PER", "LOC", "ORG", "MISC"}


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        # a title without punctuation must not run into the paragraph under it
        ("5. Vernetzungstreffen in Radeberg\n\nDaher trafen sich alle.", 2),
        ("Ruben Gehart\nzurück zum Seitenanfang", 2),
        ("Erster Satz. Zweiter Satz.", 2),
        ("Ein Satz ohne Umbruch", 1),
    ],
)
def test_a_line_break_ends_a_sentence(nlp: spacy.Language, text: str, sentences: int) -> None:
    assert len(list(nlp(text).sents)) == sentences


#: A page cut at a fixed column: its sentences go on over the line breaks.
WRAPPED_PAGE = (
    "Die Stadt und die Polizei wollen die Sicherheit in den Wohngebieten\n"
    "weiter verbessern, wie es am Montag in einer Mitteilung der Stadt\n"
    "hieß. Zur Sitzung im großen Saal des Rathauses kamen der Landrat und\n"
    "die Leiterin des Polizeireviers, die ihre Arbeit ausführlich vorstellte.\n"
    "Im Anschluss an die Vorträge diskutierten die Gäste noch lange weiter.\n\n"
    "Die nächste Sitzung findet im Herbst statt."
)


def test_a_wrapped_line_break_inside_a_sentence_ends_nothing(nlp: spacy.Language) -> None:
    sentences = [" ".join(s.text.split()) for s in nlp(WRAPPED_PAGE).sents if s.text.strip()]
    assert sentences == [
        "Die Stadt und die Polizei wollen die Sicherheit in den Wohngebieten weiter verbessern, "
        "wie es am Montag in einer Mitteilung der Stadt hieß.",
        "Zur Sitzung im großen Saal des Rathauses kamen der Landrat und die Leiterin des "
        "Polizeireviers, die ihre Arbeit ausführlich vorstellte.",
        "Im Anschluss an die Vorträge diskutierten die Gäste noch lange weiter.",
        "Die nächste Sitzung findet im Herbst statt.",
    ]


def test_model_name_from_argument_environment_or_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(MODEL_ENV, raising=False)
    assert resolve_model_name(None) == "default"
    monkeypatch.setenv(MODEL_ENV, "de_core_news_md")
    assert resolve_model_name(None) == "de_core_news_md"
    assert resolve_model_name("default") == "default"


def test_any_german_pipeline_on_disk_can_be_used(tmp_path: Path) -> None:
    """Stands in for de_core_news_md: a German pipeline with a parser-free config, by path."""
    path = tmp_path / "my_pipeline"
    spacy.blank("de").to_disk(path)
    nlp = load_nlp(str(path))
    assert nlp.lang == "de"
    assert nlp.pipe_names == ["sentencizer", "pressefakten_line_breaks"]


def test_a_model_that_is_not_installed_says_how_to_get_it() -> None:
    with pytest.raises(ModelError, match=r"de_core_news_xx' is not installed.*--model default"):
        load_nlp("de_core_news_xx")


def test_a_pipeline_for_another_language_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "english"
    spacy.blank("en").to_disk(path)
    with pytest.raises(ModelError, match="language 'en'"):
        load_nlp(str(path))
