"""DVC stage: convert GermEval 2014 (BIO, outer level) into spaCy DocBin files.

The embedded default NER is trained on GermEval 2014 NER (NoSta-D), CC BY 4.0,
D. Benikova, C. Biemann, M. Reznicek (LREC 2014); see ``data/germeval2014/PROVENANCE.md``.

Only the four base types are kept (PER, LOC, ORG, OTH -> MISC, the label spaCy's German
pipelines use); ``*deriv`` and ``*part`` tags ("sächsische", "ASSKomm-Netzwerk") become O,
because the extractors need whole names, not derivations.

Usage:
    python -m pipeline.stages.prepare_ner [--params params.yaml]
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

import spacy
from spacy.tokens import Doc, DocBin

from pipeline.stages.params import load_params

LABEL_MAP = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "OTH": "MISC"}


def read_bio(path: Path) -> Iterator[tuple[list[str], list[str]]]:
    """Yield (words, BIO tags) per sentence of a gzipped ``token<TAB>tag`` file."""
    words: list[str] = []
    tags: list[str] = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line.strip():
                if words:
                    yield words, tags
                words, tags = [], []
                continue
            token, _, tag = line.partition("\t")
            words.append(token)
            tags.append(map_tag(tag.strip() or "O"))
    if words:
        yield words, tags


def map_tag(tag: str) -> str:
    """Map a GermEval tag to the reduced label set ('B-LOCderiv' -> 'O')."""
    if tag == "O" or "-" not in tag:
        return "O"
    prefix, label = tag.split("-", 1)
    mapped = LABEL_MAP.get(label)
    return f"{prefix}-{mapped}" if mapped else "O"


def repair_bio(tags: list[str]) -> list[str]:
    """Turn an I- tag that does not continue an entity of its type into B- (after mapping)."""
    fixed: list[str] = []
    for i, tag in enumerate(tags):
        if tag.startswith("I-") and (i == 0 or fixed[i - 1][2:] != tag[2:]):
            tag = "B-" + tag[2:]
        fixed.append(tag)
    return fixed


def convert(source: Path, target: Path) -> int:
    """Convert one BIO file into a DocBin; return the number of sentences."""
    vocab = spacy.blank("de").vocab
    doc_bin = DocBin(store_user_data=False)
    count = 0
    for words, tags in read_bio(source):
        doc = Doc(vocab, words=words, ents=repair_bio(tags))
        doc_bin.add(doc)
        count += 1
    target.parent.mkdir(parents=True, exist_ok=True)
    doc_bin.to_disk(target)
    return count


MODEL_META = {
    "name": "pressefakten_ner",
    "version": "0.1.0",
    "description": "Pressefakten's embedded German NER (PER, LOC, ORG, MISC), spaCy CPU efficiency config.",
    "license": "CC BY 4.0",
    "sources": [
        {
            "name": "GermEval 2014 NER (NoSta-D)",
            "url": "https://sites.google.com/site/germeval2014ner/data",
            "license": "CC BY 4.0",
            "author": "D. Benikova, C. Biemann, M. Reznicek (LREC 2014)",
        }
    ],
}


def finalize_model(path: Path) -> None:
    """Name the trained model and record its data source and license in its meta.json."""
    meta_path = path / "meta.json"
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    meta.update(MODEL_META)
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run the stage with the settings of ``params.yaml``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--params", type=Path, default=Path("params.yaml"))
    parser.add_argument("--finalize", type=Path, help="only write the meta.json of a trained model")
    args = parser.parse_args(argv)
    if args.finalize:
        finalize_model(args.finalize)
        return 0
    params = load_params(args.params).ner
    for split, source in (("train", params.train_data), ("dev", params.dev_data)):
        target = params.spacy_dir / f"{split}.spacy"
        print(f"{split}: {convert(source, target)} sentences -> {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
