"""Which spaCy model a run uses, by name and version, without importing spaCy.

Kept apart from :mod:`pipeline.nlp.loading` so that a run with nothing to process (every article
unchanged) never pays for importing spaCy.
"""

from __future__ import annotations

import importlib.util
import json
import os
from importlib import metadata
from pathlib import Path

EMBEDDED_MODEL = Path(__file__).resolve().parents[2] / "models" / "ner-germeval"
MODEL_ENV = "PRESSEFAKTEN_MODEL"


class ModelError(RuntimeError):
    """The requested spaCy pipeline cannot be loaded."""


def resolve_model_name(model: str | None) -> str:
    """The model to use: the argument, else ``$PRESSEFAKTEN_MODEL``, else ``default``."""
    return model or os.environ.get(MODEL_ENV) or "default"


def _spacy_version() -> str:
    try:
        return metadata.version("spacy")
    except metadata.PackageNotFoundError:
        return ""


def looks_like_path(name: str) -> bool:
    """True when a model setting is meant as a folder (``./m``, ``/opt/m``, ``~/m``, ``m/``)."""
    return name.startswith((".", "~")) or "/" in name or os.sep in name


def _package_path(name: str) -> Path:
    if looks_like_path(name):
        raise ModelError(
            f"no such path: {name} (--model takes 'default', the name of an installed spaCy "
            "package such as de_core_news_md, or the folder of a spaCy pipeline)"
        )
    spec = importlib.util.find_spec(name) if name.isidentifier() else None
    if spec is None or not spec.submodule_search_locations:
        raise ModelError(
            f"spaCy model {name!r} is not installed. Install its wheel "
            f"(e.g. `pip install de_core_news_md-3.8.0-py3-none-any.whl`) or use "
            f"--model default for the embedded model."
        )
    package = Path(next(iter(spec.submodule_search_locations)))
    # a spaCy model package holds its pipeline in a versioned subfolder with config.cfg
    inner = sorted(p.parent for p in package.glob("*/config.cfg"))
    return inner[-1] if inner else package


def model_identity(model: str | None = None) -> dict[str, str]:
    """Name and version of a model from its meta.json, without loading it.

    Raises:
        ModelError: when a named model is not installed.
    """
    name = resolve_model_name(model)
    if name == "default":
        path = EMBEDDED_MODEL
        if not (path / "meta.json").exists():
            return {"name": "blank_de", "version": _spacy_version(), "spacy_version": _spacy_version()}
    elif Path(name).exists():
        path = Path(name)
    else:
        path = _package_path(name)
    meta_path = path / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.exists() else {}
    return {
        "name": f"{meta.get('lang', 'de')}_{meta.get('name', 'pipeline')}",
        "version": str(meta.get("version", "")),
        "spacy_version": _spacy_version(),
    }
