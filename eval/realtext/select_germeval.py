"""Select a real-text set: news sentences with persons from a split of GermEval 2014.

A development tool, run once per set (it reads the evaluation kit beside the checkout, never at
run time). Of the split's news sentences (not Wikipedia) that contain a person entity, it draws
``--quoted`` sentences with a quotation mark (all of them when there are fewer) and ``--others``
of the rest with a fixed seed, shuffles them and puts every other one into ``develop`` and
``heldout``. The tokens are rejoined with simple rules, so spacing around some quotation marks
stays odd. The sets of the project were made with::

    python eval/realtext/select_germeval.py eval/realtext/germeval --split test --seed 17 \
        --quoted 110 --others 130 --prefix gs
    python eval/realtext/select_germeval.py eval/realtext/germeval_dev --split dev --seed 18 \
        --quoted 110 --others 125 --prefix gd
"""

from __future__ import annotations

import argparse
import gzip
import random
from pathlib import Path

#: Where the kit keeps GermEval 2014, relative to the checkout's parent folder.
GERMEVAL = Path("shared/data/germeval2014_ner")
#: Tokens that are quotation marks; ``"``, ``'``, ``«`` and ``»`` open and close alike.
SYMMETRIC_MARKS = ('"', "«", "»", "'")
QUOTE_MARKS = ('"', "„", "“", "»", "«")
OPENING = ("„", "(", "[")
CLOSING = (",", ".", ":", ";", "!", "?", ")", "]", "“")


def read_sentences(path: Path) -> list[dict]:
    """The sentences of a GermEval file: source URL, crawl date, tokens and NER tags."""
    sentences: list[dict] = []
    with gzip.open(path, "rt", encoding="utf-8") as lines:
        for line in lines:
            line = line.rstrip("\n")
            if line.startswith("#\t"):
                parts = line.split("\t")
                sentences.append({"url": parts[1], "date": parts[2].strip("[]"), "toks": [], "tags": []})
            elif line.strip():
                parts = line.split("\t")
                sentences[-1]["toks"].append(parts[1])
                sentences[-1]["tags"].append(parts[2])
    return sentences


def _opens(token: str, seen: dict[str, int]) -> bool:
    """Whether a symmetric mark opens a quotation: every other one does, unless its pair is open."""
    count = seen.get(token, 0)
    seen[token] = count + 1
    if token == "»" and seen.get("«", 0) % 2 == 1:
        return False
    if token == "«" and seen.get("»", 0) % 2 == 1:
        return False
    return count % 2 == 0


def detokenize(tokens: list[str]) -> str:
    """The sentence as running text: no space after an opening mark or before a closing one."""
    out, glue, seen = "", True, {}
    for token in tokens:
        if token in SYMMETRIC_MARKS:
            if _opens(token, seen):
                out += ("" if glue else " ") + token
                glue = True
            else:
                out += token
                glue = False
            continue
        if token in OPENING:
            out += ("" if glue else " ") + token
            glue = True
            continue
        out += token if token in CLOSING or glue else " " + token
        glue = False
    return out


def select(sentences: list[dict], seed: int, quoted: int, others: int) -> list[dict]:
    """The drawn sentences in their shuffled order."""
    news = [s for s in sentences if "wikipedia" not in s["url"]]
    with_person = [s for s in news if "B-PER" in s["tags"]]
    with_quote = [s for s in with_person if any(t in QUOTE_MARKS for t in s["toks"])]
    rng = random.Random(seed)
    drawn = rng.sample(with_quote, min(quoted, len(with_quote)))
    rest = [s for s in with_person if s not in drawn]
    chosen = drawn + rng.sample(rest, others)
    rng.shuffle(chosen)
    return chosen


def write_set(texts: list[str], meta: list[list[str]], header: list[str], out: Path, prefix: str) -> None:
    """One text file per sentence into ``out/<part>/articles`` and the ``manifest.tsv``.

    Args:
        texts: The sentences in their drawn order.
        meta: The manifest columns of each sentence after ``stem`` and ``split``.
        header: The names of those columns.
        out: The set's folder.
        prefix: The stems' prefix (``gs``, ``gd``, ...).
    """
    for part in ("develop", "heldout"):
        (out / part / "articles").mkdir(parents=True, exist_ok=True)
    rows = []
    for i, (text, columns) in enumerate(zip(texts, meta, strict=True)):
        part = "develop" if i % 2 == 0 else "heldout"
        stem = f"{prefix}{i:03d}"
        (out / part / "articles" / f"{stem}.txt").write_text(text + "\n", encoding="utf-8")
        rows.append("\t".join([stem, part, *columns]))
    manifest = "\t".join(["stem", "split", *header]) + "\n" + "\n".join(rows) + "\n"
    (out / "manifest.tsv").write_text(manifest, encoding="utf-8")


def main() -> None:
    """Parse the arguments and write the set."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--split", choices=("dev", "test"), required=True)
    parser.add_argument("--seed", type=int, required=True)
    parser.add_argument("--quoted", type=int, required=True)
    parser.add_argument("--others", type=int, required=True)
    parser.add_argument("--prefix", required=True)
    args = parser.parse_args()
    kit = Path(__file__).resolve().parents[3] / GERMEVAL / f"NER-de-{args.split}.tsv.gz"
    chosen = select(read_sentences(kit), args.seed, args.quoted, args.others)
    texts = [detokenize(sentence["toks"]) for sentence in chosen]
    meta = [[sentence["url"], sentence["date"]] for sentence in chosen]
    write_set(texts, meta, ["source_url", "crawled"], args.out, args.prefix)


if __name__ == "__main__":
    main()
