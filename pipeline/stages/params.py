"""Typed settings of the DVC stages, read from ``params.yaml``."""

from __future__ import annotations

from pathlib import Path

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class ExtractParams(_Strict):
    """Settings of the ``extract`` stage (bundled corpus -> datasets)."""

    input_dir: Path = Path("corpus")
    output_dir: Path = Path("outputs")
    model: str = Field(
        "default",
        description="'default' (the embedded model), or a spaCy package name or path, e.g. 'de_core_news_md'",
    )


class EvaluateParams(_Strict):
    """Settings of the ``evaluate`` stage (dev set and annotated archive -> metrics.json)."""

    shared_dir: Path = Field(
        Path("../shared"),
        description="The evaluation kit: corpus/dev (articles, gold), corpus/archive (articles), eval/score.py",
    )
    archive_gold: Path = Path("eval/gold/archive")
    split: Path = Path("eval/split.tsv")
    titles: Path = Field(
        Path("eval/titles.tsv"),
        description="The headline of each archive article (stem, title, note; empty title: the page has none)",
    )
    annotations: Path = Field(
        Path("eval/annotations"),
        description="The two independent passes (A/, B/) of the double-annotated articles",
    )
    challenge: Path = Field(
        Path("eval/challenge"),
        description="Made-up articles with gold, written blind from the spec, in rounds (round1/, round2/), "
        "each with joinings/, people/, pages/",
    )
    realtext: Path = Field(
        Path("eval/realtext"),
        description="Real sentences of other sources with gold for some fields: <set>/develop, <set>/heldout",
    )
    output_dir: Path = Path("build/eval")
    metrics: Path = Path("metrics.json")
    model: str = "default"


class NerParams(_Strict):
    """Settings of the NER training stages (GermEval 2014 -> models/)."""

    train_data: Path = Path("data/germeval2014/germeval2014_train.bio.tsv.gz")
    dev_data: Path = Path("data/germeval2014/germeval2014_dev.bio.tsv.gz")
    spacy_dir: Path = Path("build/ner")
    config: Path = Path("configs/ner.cfg")
    output: Path = Path("models/ner-germeval")
    max_steps: int = 5000


class Params(_Strict):
    """All stage settings."""

    extract: ExtractParams = ExtractParams()
    evaluate: EvaluateParams = EvaluateParams()
    ner: NerParams = NerParams()


def load_params(path: Path) -> Params:
    """Read ``params.yaml``; a missing file gives the defaults.

    Raises:
        ValueError: when the file is not valid YAML or has unknown or mistyped keys.
    """
    if not path.exists():
        return Params()
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise ValueError(f"{path}: not valid YAML: {err}") from err
    try:
        return Params.model_validate(raw)
    except ValidationError as err:
        raise ValueError(f"{path}: invalid settings: {err}") from err
