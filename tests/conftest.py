"""Shared fixtures: the pipeline, small Docs from German sentences, the corpora."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.nlp.loading import load_nlp
from pipeline.text.layout import ArticleLayout, parse_layout

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The embedded default pipeline, loaded once."""
    return load_nlp("default")


@pytest.fixture(scope="session")
def analyse(nlp: Language) -> Callable[[str], tuple[Doc, ArticleLayout]]:
    """Turn an article text into (Doc, layout), as the extraction run does."""

    def _analyse(text: str) -> tuple[Doc, ArticleLayout]:
        return nlp(text), parse_layout(text)

    return _analyse


@pytest.fixture(scope="session")
def bundled_corpus() -> Path:
    """The project's own corpus (seeds and official releases)."""
    return ROOT / "corpus"


@pytest.fixture(scope="session")
def shared_dev() -> Path:
    """``../shared/corpus/dev``: articles with gold annotations; skips where absent."""
    path = SHARED / "corpus" / "dev"
    if not path.exists():
        pytest.skip("../shared is not beside the checkout")
    return path
