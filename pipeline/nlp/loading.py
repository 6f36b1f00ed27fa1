"""Load the spaCy pipeline the extractors run on.

``model="default"`` loads the embedded model shipped in ``models/ner-germeval`` (a small NER
the project trains on GermEval 2014, see ``dvc.yaml``); any other value is a spaCy package
name or path (``de_core_news_md``, ``de_core_news_lg``, ``/path/to/pipeline``). The
environment variable ``PRESSEFAKTEN_MODEL`` sets the default for every command.

Whatever the model, the pipeline gets the same sentence rules: a blank line or a line that
ends without punctuation (a title, a caption) closes a sentence, so that a heading never
runs into the paragraph after it.
"""

from __future__ import annotations

import warnings
from functools import lru_cache

import spacy
from spacy.language import Language

from pipeline.nlp import components  # noqa: F401  (registers the factories)

#: Where the embedded model lives (the project's top-level ``models/`` folder).
# Names, paths and errors live in the light module (no spaCy import); re-exported here.
from pipeline.nlp.modelinfo import (  # noqa: F401  (re-exported: the names users import from here)
    EMBEDDED_MODEL,
    MODEL_ENV,
    ModelError,
    model_identity,
    resolve_model_name,
)


@lru_cache(maxsize=4)
def load_nlp(model: str | None = None) -> Language:
    """Load (once per process and model) the spaCy pipeline for German articles.

    Args:
        model: ``"default"`` for the embedded model, or a spaCy package name or path.

    Returns:
        The pipeline, with Pressefakten's sentence rules added.

    Raises:
        ModelError: when a named model is not installed; the message says how to install it.
    """
    name = resolve_model_name(model)
    if name == "default":
        nlp = _load_embedded()
    else:
        model_identity(name)  # a missing path or package: the same message as when planning
        try:
            nlp = spacy.load(name)
        except OSError as err:
            raise ModelError(
                f"spaCy model {name!r} is not installed. Install its wheel "
                f"(e.g. `pip install de_core_news_md-3.8.0-py3-none-any.whl`) or use "
                f"--model default for the embedded model. ({err})"
            ) from err
    if nlp.lang != "de":
        raise ModelError(f"model {name!r} is for language {nlp.lang!r}; a German ('de') pipeline is needed")
    return _add_sentence_rules(nlp)


def _load_embedded() -> Language:
    if (EMBEDDED_MODEL / "config.cfg").exists():
        return spacy.load(EMBEDDED_MODEL)
    warnings.warn(
        f"embedded model not found at {EMBEDDED_MODEL}; running on rules alone "
        "(run `dvc repro train_ner` to build it)",
        stacklevel=3,
    )
    return spacy.blank("de")


def _add_sentence_rules(nlp: Language) -> Language:
    first_parser = next((n for n in ("parser", "senter") if n in nlp.pipe_names), None)
    if first_parser:
        nlp.add_pipe("pressefakten_line_breaks", before=first_parser)
    else:
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("pressefakten_line_breaks", after="sentencizer")
    return nlp


def model_info(nlp: Language) -> dict[str, str]:
    """Name, version and components of a pipeline, for run manifests and the README."""
    meta = nlp.meta
    return {
        "name": f"{meta.get('lang', 'de')}_{meta.get('name', 'pipeline')}",
        "version": str(meta.get("version", "")),
        "spacy_version": spacy.__version__,
        "components": ",".join(nlp.pipe_names),
    }
