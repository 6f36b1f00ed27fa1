"""The ``pressefakten`` command.

Exit status of ``pressefakten extract``:

* 0 — every article was processed;
* 1 — some articles failed (listed in ``articles.csv``, ``run.json`` and on standard error);
  all others were processed and published;
* 2 — usage error: no such input folder or no ``*.txt`` in it, model not installed, bad
  option, an output folder that is not Pressefakten's or that another run holds, Dask missing
  or its scheduler unreachable;
* 3 — the disk is full (or the quota exceeded): one line names the file; finished articles
  are stored, nothing partial is published, and the previous tables stay as they were;
* 130 — interrupted (Ctrl-C); the articles done so far are stored and the next run resumes.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import warnings
from pathlib import Path

from pipeline import __version__
from pipeline.nlp.modelinfo import ModelError
from pipeline.run.archive import RunOptions, run_archive
from pipeline.run.dask_engine import EngineError
from pipeline.run.outdir import OutputError
from pipeline.run.tasks import InputError
from pipeline.run.versions import PublishError
from pipeline.views.query import add_query_subcommand, query_main
from pipeline.views.verify import add_verify_subcommand, verify_main
from pipeline.write.files import is_disk_full

EXIT_OK, EXIT_FAILED_ARTICLES, EXIT_USAGE, EXIT_DISK_FULL, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


def _positive(value: str) -> int:
    """A count of 1 or more, with a message that says what is allowed."""
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be a whole number of 1 or more (e.g. 2), not {value!r}")
    return number


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
    extract.add_argument("--workers", type=_positive, default=1, help="worker processes (default: 1)")
    extract.add_argument(
        "--engine", choices=("local", "dask"), default="local", help="local processes or a Dask cluster"
    )
    extract.add_argument(
        "--scheduler", default=None, help="Dask scheduler address (default: start a local cluster)"
    )
    extract.add_argument("--quiet", action="store_true", help="no progress bar and no summary")
    extract.add_argument(
        "--wait",
        action="store_true",
        help="if another run is writing the same output folder, wait for it (default: exit 2 naming it)",
    )
    add_query_subcommand(sub)
    add_verify_subcommand(sub)
    return parser


def extract_command(
    input_dir: Path,
    out: Path,
    model: str | None,
    quiet: bool = False,
    *,
    workers: int = 1,
    engine: str = "local",
    scheduler: str | None = None,
    wait: bool = False,
) -> int:
    """Run the extraction and print a summary; returns the exit status."""
    options = RunOptions(
        input_dir=input_dir,
        out_dir=out,
        model=model,
        workers=workers,
        engine=engine,  # type: ignore[arg-type]
        scheduler=scheduler,
        progress=not quiet,
        wait=wait,
    )
    try:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            report = run_archive(options)
    except (InputError, ModelError, EngineError, OutputError, PublishError) as err:
        print(f"pressefakten: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("pressefakten: interrupted; finished articles are stored, run again to resume", file=sys.stderr)
        return EXIT_INTERRUPTED
    except OSError as err:
        if not is_disk_full(err):
            raise
        print(
            f"pressefakten: error: no space left on device while writing {err.filename or out}; "
            "free some space and run again (finished articles are stored, the published tables "
            "are unchanged)",
            file=sys.stderr,
        )
        return EXIT_DISK_FULL
    for message in report.warnings + [
        str(w.message) for w in caught if str(w.message) not in report.warnings
    ]:
        print(f"pressefakten: warning: {message}", file=sys.stderr)
    if not quiet:
        manifest = report.manifest
        model_desc = manifest["model"]
        print(
            f"{report.seen} articles: {report.processed} processed, {report.reused} unchanged, "
            f"{len(report.failed)} failed, in {manifest['timings_s']['total']:.1f}s "
            f"with {model_desc['name']} {model_desc['version']} -> {out}"
        )
        print("  " + ", ".join(f"{name}: {n}" for name, n in report.rows.items()))
    for item in report.failed:
        print(f"pressefakten: failed: {item['source']}: {item['error']}", file=sys.stderr)
    return EXIT_FAILED_ARTICLES if report.failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point of the ``pressefakten`` command."""
    args = _parser().parse_args(argv)
    logging.basicConfig(level=logging.ERROR, format="%(message)s")
    # Arrow's default allocator (mimalloc) keeps what it frees for Arrow alone; with the system
    # allocator the memory that writing the tables frees serves the views built next (peak of
    # the write phase over 10,000 articles: 210 MB instead of 265 MB). Set before pyarrow loads.
    os.environ.setdefault("ARROW_DEFAULT_MEMORY_POOL", "system")
    if args.command == "extract":
        return extract_command(
            args.input_dir,
            args.out,
            args.model,
            args.quiet,
            workers=args.workers,
            engine=args.engine,
            scheduler=args.scheduler,
            wait=args.wait,
        )
    if args.command == "query":
        return query_main(args)
    if args.command == "verify-quotes":
        return verify_main(args)
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
