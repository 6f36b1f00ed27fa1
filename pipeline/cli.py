"""The ``pressefakten`` command.

Exit status: 0 when every article was processed, 1 when some article failed (see
``articles.csv``), 2 for a usage error (missing input folder, unknown model).
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
import warnings
from pathlib import Path

from pipeline import __version__
from pipeline.nlp import ModelError, load_nlp, model_info
from pipeline.runner import discover, run
from pipeline.writer import write_datasets

EXIT_OK, EXIT_FAILED_ARTICLES, EXIT_USAGE = 0, 1, 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="pressefakten", description="Facts from German press releases.")
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    extract = sub.add_parser("extract", help="extract datasets from a folder of *.txt articles")
    extract.add_argument("input_dir", type=Path, help="folder of articles (*.txt, searched recursively)")
    extract.add_argument("--out", type=Path, default=Path("outputs"), help="output folder (default: outputs)")
    extract.add_argument(
        "--model",
        default=None,
        help="spaCy pipeline: 'default' (embedded), or a package name/path such as de_core_news_md "
        "(default: $PRESSEFAKTEN_MODEL or 'default')",
    )
    extract.add_argument("--quiet", action="store_true", help="print nothing but errors")
    return parser


def extract_command(input_dir: Path, out: Path, model: str | None, quiet: bool = False) -> int:
    """Run the extraction and print a summary; returns the exit status."""
    try:
        paths = discover(input_dir)
        nlp = load_nlp(model)
    except (NotADirectoryError, ModelError) as err:
        print(f"pressefakten: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    started = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        results = list(run(nlp, input_dir, paths))
    for warning in caught:
        print(f"pressefakten: warning: {warning.message}", file=sys.stderr)
    counts = write_datasets(out, results)
    failed = [r.article for r in results if r.article.status == "failed"]
    if not quiet:
        info = model_info(nlp)
        print(
            f"{len(results)} articles ({len(failed)} failed) in {time.perf_counter() - started:.1f}s "
            f"with {info['name']} {info['version']} -> {out}"
        )
        print("  " + ", ".join(f"{name}: {n}" for name, n in counts.items()))
    for article in failed:
        print(f"pressefakten: failed: {article.source}: {article.error}", file=sys.stderr)
    return EXIT_FAILED_ARTICLES if failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pressefakten`` command."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.ERROR, format="%(message)s")
    if args.command == "extract":
        return extract_command(args.input_dir, args.out, args.model, args.quiet)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
