"""DVC stage ``evaluate``: score the pipeline on the dev set and on the annotated archive.

Extracts ``corpus/dev/articles`` and ``corpus/archive`` of the evaluation kit (``../shared``) and
scores them with the kit's ``score.py`` against the dev gold and the project's archive gold
(``eval/gold/archive``), the archive split into its development part and its held-out part
(``eval/split.tsv``: no rule is tuned on the held-out articles). Scores the two independent
annotation passes against each other too: the inter-annotator agreement. Scores the project's
challenge sets too (``eval/challenge``: made-up articles written blind from the specification,
one set per group of fields, in rounds: ``challenge_round1`` to ``challenge_round3``; which of
them were read while rules were written is in ``eval/challenge/README.md``), and the real-text
sets (``eval/realtext``: real sentences of other sources with gold for officials, quotes, places
and dates, each split into ``develop`` and a ``heldout`` part nobody reads; one pair of sections
per set, ``REALTEXT_SECTIONS``). Writes it all to
``metrics.json`` and prints a table.

The stage is a development tool: without the evaluation kit beside the checkout it says so
and exits with status 2.

Usage:
    python -m pipeline.stages.evaluate [--params params.yaml]
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import subprocess
import sys
from collections.abc import Mapping
from pathlib import Path

from pipeline.cli import extract_command
from pipeline.stages.gold import load_gold, read_split, write_score_tables
from pipeline.stages.params import EvaluateParams, load_params
from pipeline.stages.titles import read_title_gold, score_titles

EXIT_NO_KIT = 2
#: The sections of metrics.json, in the order they are printed.
SECTIONS = (
    "dev",
    "archive_develop",
    "archive_heldout",
    "agreement",
    "challenge_round1",
    "challenge_round2",
    "challenge_round3",
    "realtext_develop",
    "realtext_heldout",
    "realtext_gdev_develop",
    "realtext_gdev_heldout",
    "realtext_gsd_develop",
    "realtext_gsd_heldout",
)
#: The rounds of challenge sets, folders of ``eval/challenge``.
CHALLENGE_ROUNDS = ("round1", "round2", "round3")
#: The challenge sets and the fields each was written for (the others are left empty in its gold).
CHALLENGE_FIELDS = {
    "joinings": ("joinings",),
    "people": ("officials", "quotes"),
    "pages": ("published", "dates", "places", "milestones"),
    # round 3 wrote every field but joinings into one set of whole pages
    "mixed": ("published", "dates", "places", "officials", "milestones", "quotes"),
}
#: The real-text sets (``eval/realtext/<set>/<part>``: real sentences of other sources with gold
#: for some fields) and the fields each has gold for; ``develop`` may be read, ``heldout`` not.
REALTEXT_FIELDS = {
    "germeval": ("dates", "places", "officials", "quotes"),
    "germeval_dev": ("dates", "places", "officials", "quotes"),
    "gsd": ("dates", "places", "officials", "quotes"),
}
#: The section of ``metrics.json`` each real-text set is scored into (``<prefix>_<part>``).
REALTEXT_SECTIONS = {"germeval": "realtext", "germeval_dev": "realtext_gdev", "gsd": "realtext_gsd"}


class KitMissingError(Exception):
    """The evaluation kit (``../shared``) is not where the settings say."""


def kit_paths(shared: Path) -> dict[str, Path]:
    """The parts of the evaluation kit the stage reads.

    Raises:
        KitMissingError: naming what is missing.
    """
    paths = {
        "scorer": shared / "eval" / "score.py",
        "dev_articles": shared / "corpus" / "dev" / "articles",
        "dev_gold": shared / "corpus" / "dev" / "gold",
        "archive": shared / "corpus" / "archive",
    }
    missing = [str(p) for p in paths.values() if not p.exists()]
    if missing:
        raise KitMissingError(
            f"the evaluation kit is not available ({', '.join(missing)} missing). `make evaluate` needs "
            f"the team's kit beside the checkout ({shared}: corpus/dev, corpus/archive, eval/score.py); "
            "extraction itself does not."
        )
    return paths


def score(scorer: Path, gold_dir: Path, out_dir: Path) -> dict[str, dict[str, object]]:
    """The scorer's figures for the articles of ``gold_dir`` in the tables of ``out_dir``."""
    done = subprocess.run(
        [sys.executable, str(scorer), str(gold_dir), str(out_dir), "--json"],
        check=True,
        capture_output=True,
        text=True,
    )
    return json.loads(done.stdout)


def _gold_subset(gold_dir: Path, stems: list[str], target: Path) -> Path:
    """A folder holding only the gold files of ``stems`` (the scorer scores a whole folder)."""
    shutil.rmtree(target, ignore_errors=True)
    target.mkdir(parents=True)
    for stem in stems:
        shutil.copyfile(gold_dir / f"{stem}.json", target / f"{stem}.json")
    return target


def extracted_titles(out_dir: Path) -> dict[str, str]:
    """The title extracted for each article stem of an extraction's ``articles.csv``."""
    with (out_dir / "articles.csv").open(encoding="utf-8", newline="") as handle:
        return {Path(row["source"]).stem: row["title"] for row in csv.DictReader(handle)}


def agreement(params: EvaluateParams, scorer: Path) -> dict[str, dict[str, object]]:
    """Pass B scored against pass A on the double-annotated articles."""
    work = params.output_dir / "agreement"
    passes = {name: sorted((params.annotations / name).glob("*.json")) for name in ("A", "B")}
    write_score_tables({p.stem: load_gold(p) for p in passes["B"]}, work / "B-tables")
    return score(scorer, params.annotations / "A", work / "B-tables")


def set_fields(
    scores: dict[str, dict[str, dict[str, object]]],
    fields_of: Mapping[str, tuple[str, ...]] = CHALLENGE_FIELDS,
) -> dict[str, dict[str, object]]:
    """One section from the scores of several sets: of each set only the fields it has gold for.

    Args:
        scores: the scorer's figures per set name (``joinings``, ``people``, ``pages``, ...).
        fields_of: the fields of each set (``CHALLENGE_FIELDS`` or ``REALTEXT_FIELDS``).
    """
    return {
        field: scores[name][field]
        for name, fields in fields_of.items()
        if name in scores
        for field in fields
        if field in scores[name]
    }


def extract_and_score(
    params: EvaluateParams, scorer: Path, folder: Path, out: Path
) -> dict[str, dict[str, object]]:
    """Extract ``folder/articles`` into ``out`` and score it against ``folder/gold``."""
    if extract_command(folder / "articles", out, params.model, quiet=True) == 2:
        raise RuntimeError(f"extracting the articles of {folder} failed")
    return score(scorer, folder / "gold", out)


def score_sets(
    params: EvaluateParams,
    scorer: Path,
    folders: Mapping[str, Path],
    out: Path,
    fields_of: Mapping[str, tuple[str, ...]],
) -> dict[str, dict[str, object]]:
    """One section from the sets of ``folders`` (name -> folder) that have gold, each extracted into
    ``out/<name>``; of each only the fields ``fields_of`` gives it."""
    scores = {
        name: extract_and_score(params, scorer, folder, out / name)
        for name, folder in folders.items()
        if (folder / "gold").is_dir()
    }
    return set_fields(scores, fields_of)


def challenge(params: EvaluateParams, scorer: Path, part: str) -> dict[str, dict[str, object]]:
    """The figures on the challenge sets of round ``part`` that exist."""
    folders = {name: params.challenge / part / name for name in CHALLENGE_FIELDS}
    return score_sets(params, scorer, folders, params.output_dir / "challenge" / part, CHALLENGE_FIELDS)


def realtext(params: EvaluateParams, scorer: Path, name: str, part: str) -> dict[str, dict[str, object]]:
    """The figures on part ``part`` (``develop``/``heldout``) of the real-text set ``name``, its fields only."""
    folders = {name: params.realtext / name / part}
    return score_sets(params, scorer, folders, params.output_dir / "realtext" / part, REALTEXT_FIELDS)


def evaluate(params: EvaluateParams) -> dict[str, dict[str, dict[str, object]]]:
    """Every figure of ``metrics.json``.

    Raises:
        KitMissingError: the evaluation kit is not there.
    """
    kit = kit_paths(params.shared_dir)
    out = params.output_dir
    metrics: dict[str, dict[str, dict[str, object]]] = {}
    if extract_command(kit["dev_articles"], out / "dev", params.model, quiet=True) == 2:
        raise RuntimeError("extracting the dev articles failed")
    metrics["dev"] = score(kit["scorer"], kit["dev_gold"], out / "dev")
    if extract_command(kit["archive"], out / "archive", params.model, quiet=True) == 2:
        raise RuntimeError("extracting the archive failed")
    split = read_split(params.split)
    for part in ("develop", "heldout"):
        stems = sorted(stem for stem, name in split.items() if name == part)
        gold = _gold_subset(params.archive_gold, stems, out / "gold" / part)
        metrics[f"archive_{part}"] = score(kit["scorer"], gold, out / "archive")
        if params.titles.exists():
            metrics[f"archive_{part}"]["title"] = score_titles(
                read_title_gold(params.titles), extracted_titles(out / "archive"), stems
            )
    metrics["agreement"] = agreement(params, kit["scorer"])
    for part in CHALLENGE_ROUNDS:
        metrics[f"challenge_{part}"] = challenge(params, kit["scorer"], part)
    for name, prefix in REALTEXT_SECTIONS.items():
        for part in ("develop", "heldout"):
            metrics[f"{prefix}_{part}"] = realtext(params, kit["scorer"], name, part)
    return metrics


def _table_row(label: str, cells: list[object]) -> str:
    """One line of the table: numbers to three places, ``-`` for none, each column as wide as its
    section's name so that long names never run into each other."""
    texts = (f"{c:.3f}" if isinstance(c, float) else "-" if c is None else str(c) for c in cells)
    return f"{label:<13}" + "".join(
        f"{text:>{max(18, len(s) + 2)}}" for text, s in zip(texts, SECTIONS, strict=True)
    )


def table(metrics: dict[str, dict[str, dict[str, object]]]) -> str:
    """The F1 (and accuracies) of every field per section, one row per field."""
    fields = ["published", "dates", "places", "officials", "milestones", "quotes", "joinings"]
    lines = [_table_row("field", list(SECTIONS))]
    for field in fields:
        rows = [metrics.get(section, {}).get(field) for section in SECTIONS]
        lines.append(_table_row(field, [row["f1"] if isinstance(row, dict) else None for row in rows]))
    for field, key, label in (("officials", "role_acc", "role acc"), ("quotes", "speaker_acc", "speaker acc"),
                              ("joinings", "date_acc", "join date acc"), ("title", "acc", "title acc")):  # fmt: skip
        lines.append(_table_row(label, [metrics.get(s, {}).get(field, {}).get(key) for s in SECTIONS]))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Run the stage; 2 when the evaluation kit is missing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--params", type=Path, default=Path("params.yaml"))
    params = load_params(parser.parse_args(argv).params).evaluate
    try:
        metrics = evaluate(params)
    except KitMissingError as err:
        print(f"pressefakten evaluate: {err}", file=sys.stderr)
        return EXIT_NO_KIT
    params.metrics.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(table(metrics))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
