"""Conversion of GermEval 2014 into spaCy training data."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

from pipeline.stages.prepare_ner import MODEL_META, convert, finalize_model, map_tag, read_bio, repair_bio


@pytest.mark.parametrize(
    ("tag", "mapped"),
    [
        ("B-PER", "B-PER"),
        ("I-LOC", "I-LOC"),
        ("B-OTH", "B-MISC"),
        ("B-LOCderiv", "O"),  # "sächsische": a derivation, not a place name
        ("I-ORGpart", "O"),  # "ASSKomm-Netzwerk"
        ("O", "O"),
    ],
)
def test_map_tag(tag: str, mapped: str) -> None:
    assert map_tag(tag) == mapped


@pytest.mark.parametrize(
    ("tags", "repaired"),
    [
        (["O", "I-PER", "I-PER"], ["O", "B-PER", "I-PER"]),
        (["B-LOC", "I-PER"], ["B-LOC", "B-PER"]),
        (["B-ORG", "I-ORG"], ["B-ORG", "I-ORG"]),
    ],
)
def test_repair_bio(tags: list[str], repaired: list[str]) -> None:
    assert repair_bio(tags) == repaired


def test_convert_reads_sentences_and_entities(tmp_path: Path) -> None:
    source = tmp_path / "mini.bio.tsv.gz"
    with gzip.open(source, "wt", encoding="utf-8") as handle:
        handle.write(
            "Armin\tB-PER\nSchuster\tI-PER\nbesuchte\tO\nHeidenau\tB-LOC\n\nsächsische\tB-LOCderiv\nOrte\tO\n"
        )
    assert [words for words, _ in read_bio(source)] == [
        ["Armin", "Schuster", "besuchte", "Heidenau"],
        ["sächsische", "Orte"],
    ]
    target = tmp_path / "mini.spacy"
    assert convert(source, target) == 2
    docs = list(DocBin().from_disk(target).get_docs(spacy.blank("de").vocab))
    assert [(e.text, e.label_) for e in docs[0].ents] == [("Armin Schuster", "PER"), ("Heidenau", "LOC")]
    assert list(docs[1].ents) == []


def test_finalize_model_records_source_and_license(tmp_path: Path) -> None:
    (tmp_path / "meta.json").write_text(json.dumps({"name": "pipeline", "lang": "de"}), encoding="utf-8")
    finalize_model(tmp_path)
    meta = json.loads((tmp_path / "meta.json").read_text(encoding="utf-8"))
    assert meta["name"] == MODEL_META["name"] and meta["license"] == "CC BY 4.0"
    assert meta["sources"][0]["name"] == "GermEval 2014 NER (NoSta-D)"
