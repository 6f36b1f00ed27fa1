"""DVC stage ``evaluate``: extract the dev articles and score them against the gold files.

Writes ``metrics.json`` (per field: precision, recall, F1; role and speaker accuracy). The
scorer is the team's shared ``score.py`` beside the gold folder (``<gold>/../../eval``); the
stage needs ``../shared`` and is a development tool, not part of the product.

Usage:
    python -m pipeline.stages.evaluate [--params params.yaml]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

from pipeline.cli import extract_command
from pipeline.stages.params import load_params


def find_scorer(gold_dir: Path) -> Path:
    """The shared scorer: ``eval/score.py`` of the corpus tree that holds ``gold_dir``."""
    for parent in gold_dir.resolve().parents:
        candidate = parent / "eval" / "score.py"
        if candidate.exists():
            return candidate
    raise FileNotFoundError(f"no eval/score.py above {gold_dir}: is ../shared beside the checkout?")


def main(argv: list[str] | None = None) -> int:
    """Run the stage."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--params", type=Path, default=Path("params.yaml"))
    params = load_params(parser.parse_args(argv).params).evaluate
    status = extract_command(params.articles_dir, params.output_dir, params.model, quiet=True)
    if status == 2:
        return status
    scored = subprocess.run(
        [
            sys.executable,
            str(find_scorer(params.gold_dir)),
            str(params.gold_dir),
            str(params.output_dir),
            "--json",
        ],
        check=True,
        capture_output=True,
        text=True,
    )
    metrics = json.loads(scored.stdout)
    params.metrics.write_text(json.dumps(metrics, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    for name, row in metrics.items():
        print(f"{name:11s} " + "  ".join(f"{k}={v}" for k, v in row.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
