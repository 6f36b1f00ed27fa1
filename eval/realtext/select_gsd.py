"""Select a real-text set from the UD German GSD treebank (dev and test).

A development tool, run once per set (it reads the evaluation kit beside the checkout, never at
run time). GSD's sentences are German web text (news, reviews, encyclopaedic pages) with their
original spacing in ``# text``. The pool is every sentence with a quotation mark or with two
proper nouns in a row (a person's name, mostly); of it the tool draws ``--quoted`` sentences
with a quotation mark and ``--others`` of the rest with a fixed seed, shuffles them and puts
every other one into ``develop`` and ``heldout``. GSD writes quotation marks as ```` `` ```` and
``''`` (a converter's habit, not German typography); they become ``"`` as in web text. The set
of the project was made with::

    python eval/realtext/select_gsd.py eval/realtext/gsd --seed 19 --quoted 100 --others 100 \
        --prefix ud
"""

from __future__ import annotations

import argparse
import gzip
import itertools
import random
import re
from pathlib import Path

from select_germeval import write_set

#: Where the kit keeps UD German GSD, relative to the checkout's parent folder.
GSD = Path("shared/data/ud_german_gsd")
SPLITS = ("dev", "test")
QUOTE = re.compile(r"``|''|[\"„“”»«]")


def read_sentences(path: Path) -> list[dict]:
    """The sentences of a CoNLL-U file: id, text and the UPOS tag of each word."""
    sentences: list[dict] = []
    current: dict = {"upos": []}
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("# sent_id ="):
                current["id"] = line.split("=", 1)[1].strip()
            elif line.startswith("# text ="):
                current["text"] = line.split("=", 1)[1].strip()
            elif not line.strip():
                if "text" in current:
                    sentences.append(current)
                current = {"upos": []}
            elif not line.startswith("#") and "-" not in line.split("\t")[0]:
                current["upos"].append(line.split("\t")[3])
    return sentences


def _has_name(sentence: dict) -> bool:
    """Whether two proper nouns stand in a row."""
    tags = sentence["upos"]
    return any(a == b == "PROPN" for a, b in itertools.pairwise(tags))


def select(sentences: list[dict], seed: int, quoted: int, others: int) -> list[dict]:
    """The drawn sentences in their shuffled order."""
    with_quote = [s for s in sentences if QUOTE.search(s["text"])]
    rest = [s for s in sentences if _has_name(s) and not QUOTE.search(s["text"])]
    rng = random.Random(seed)
    chosen = rng.sample(with_quote, min(quoted, len(with_quote))) + rng.sample(rest, others)
    rng.shuffle(chosen)
    return chosen


def plain_marks(text: str) -> str:
    """GSD's ```` `` ```` and ``''`` as the straight double quotes of web text."""
    return text.replace("``", '"').replace("''", '"')


def main() -> None:
    """Parse the arguments and write the set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--quoted", type=int, required=True)
    parser.add_argument("--others", type=int, required=True)
    parser.add_argument("--prefix", required=True)
    args = parser.parse_args()
    kit = Path(__file__).resolve().parents[3] / GSD
    sentences = [s for split in SPLITS for s in read_sentences(kit / f"de_gsd-ud-{split}.conllu.gz")]
    chosen = select(sentences, args.seed, args.quoted, args.others)
    texts = [plain_marks(sentence["text"]) for sentence in chosen]
    write_set(texts, [[sentence["id"]] for sentence in chosen], ["sent_id"], args.out, args.prefix)


if __name__ == "__main__":
    main()
