"""Archive-scale runs: incremental, resumable, parallel, atomic, with a run manifest.

A run (1) lists the archive and hashes every file, (2) reuses the cached result of each
article whose content and pipeline are unchanged, (3) processes the rest on the chosen
engine, storing each result the moment it is done, (4) writes all tables into a fresh
version folder by streaming over the stored results, and (5) publishes that folder
atomically (see :mod:`pipeline.outputs`), with ``run.json`` describing the run.
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Literal

from tqdm import tqdm

from pipeline import __version__
from pipeline.cache import ResultCache, pipeline_fingerprint
from pipeline.engines import run_local
from pipeline.models import ArticleExtraction
from pipeline.network import build_network
from pipeline.nlp import model_identity, resolve_model_name
from pipeline.outputs import discard, new_version, publish
from pipeline.quote_index import build_quote_index
from pipeline.runner import Task, failed, tasks_for
from pipeline.writer import write_tables

CACHE_DIR = ".cache"
Engine = Literal["local", "dask"]


@dataclass(frozen=True)
class RunOptions:
    """What to run and how."""

    input_dir: Path
    out_dir: Path
    model: str | None = None
    workers: int = 1
    engine: Engine = "local"
    scheduler: str | None = None  # Dask scheduler address; None starts a local cluster
    progress: bool = True
    formats: tuple[str, ...] = ("csv", "parquet")


@dataclass
class RunReport:
    """What a run did; written as ``run.json``."""

    seen: int = 0
    processed: int = 0
    reused: int = 0
    removed: int = 0
    failed: list[dict[str, str]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)
    manifest: dict[str, object] = field(default_factory=dict)


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, or None when it cannot be read (reported later)."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _results(options: RunOptions, model: str, pending: list[Task]) -> Iterator[ArticleExtraction]:
    if options.engine == "dask":
        from pipeline.dask_engine import run_dask  # optional dependency, imported on demand

        yield from run_dask(model, pending, workers=options.workers, scheduler=options.scheduler)
    else:
        yield from run_local(model, pending, workers=options.workers)


def _progress(options: RunOptions, total: int, initial: int) -> tqdm:
    show = options.progress and sys.stderr.isatty()
    return tqdm(
        total=total, initial=initial, unit="art", desc="extract", disable=not show, dynamic_ncols=True
    )


def run_archive(options: RunOptions) -> RunReport:
    """Run the extraction over an archive and publish the datasets.

    Raises:
        NotADirectoryError: the input folder does not exist.
        ModelError: the model cannot be loaded.
        KeyboardInterrupt: the run was interrupted; what was done is stored and resumed next time.
    """
    started, clock = datetime.now(timezone.utc), time.perf_counter()
    report = RunReport()
    tasks = tasks_for(options.input_dir)
    model = resolve_model_name(options.model)
    info = model_identity(model)  # the model itself is loaded only if there is work
    cache = ResultCache(options.out_dir / CACHE_DIR, pipeline_fingerprint(info, {"model": model}))
    hashes = {t.source: file_sha256(t.path) for t in tasks}
    pending = [t for t in tasks if cache.get(t.article_id, hashes[t.source]) is None]
    report.seen, report.reused = len(tasks), len(tasks) - len(pending)
    report.timings["plan_s"] = time.perf_counter() - clock
    unstored = _process(options, model, pending, cache, hashes, report)
    report.timings["extract_s"] = time.perf_counter() - clock - report.timings["plan_s"]
    report.removed = cache.prune({t.article_id for t in tasks})  # articles deleted from the archive
    _publish(options, tasks, cache, unstored, report, started, info, model)
    return report


def _process(
    options: RunOptions,
    model: str,
    pending: list[Task],
    cache: ResultCache,
    hashes: dict[str, str | None],
    report: RunReport,
) -> dict[str, ArticleExtraction]:
    """Process the pending tasks, storing each result as it comes; returns the unstorable ones."""
    unstored: dict[str, ArticleExtraction] = {}
    with _progress(options, report.seen, report.reused) as bar:
        for result in _results(options, model, pending):
            source = result.article.source
            sha = hashes.get(source)
            if sha is None or (result.article.sha256 is None and result.article.status == "failed"):
                unstored[source] = result  # unreadable: nothing to key it on, retried next run
            else:
                cache.put(result.article.article_id, sha, result)
            if result.article.warning:  # raised in a worker process: carried by the result
                report.warnings.append(result.article.warning)
            report.processed += 1
            bar.update(1)
    return unstored


def _publish(
    options: RunOptions,
    tasks: list[Task],
    cache: ResultCache,
    unstored: dict[str, ArticleExtraction],
    report: RunReport,
    started: datetime,
    info: dict[str, str],
    model: str,
) -> None:
    failures: dict[str, str] = {}

    def results() -> Iterator[ArticleExtraction]:
        for task in tasks:
            try:
                result = unstored.get(task.source) or cache.load(task.article_id)
            except (OSError, ValueError):
                result = failed(task, "result lost during the run; run again")
            if result.article.status == "failed":
                failures[task.source] = result.article.error or ""
            yield result

    version = new_version(options.out_dir)
    try:
        write_start = time.perf_counter()
        report.rows = write_tables(version, results, formats=options.formats)
        report.failed = [{"source": source, "error": error} for source, error in failures.items()]
        if "parquet" in options.formats:  # the views are built from the Parquet tables
            build_reports(version, options.input_dir)
        report.timings["write_s"] = time.perf_counter() - write_start
        report.manifest = _manifest(options, report, started, info, model, cache.fingerprint)
        (version / "run.json").write_text(json.dumps(report.manifest, indent=2, ensure_ascii=False) + "\n")
        publish(options.out_dir, version)
    except BaseException:
        discard(version)
        raise


def build_reports(version: Path, input_dir: Path) -> None:
    """The views built from the tables: the quote index page and the network figure."""
    build_quote_index(version, input_dir, target=version / "quotes.html")
    build_network(version)


def _manifest(
    options: RunOptions,
    report: RunReport,
    started: datetime,
    info: dict[str, str],
    model: str,
    fingerprint: str,
) -> dict[str, object]:
    finished = datetime.now(timezone.utc)
    seconds = (finished - started).total_seconds()
    return {
        "pressefakten_version": __version__,
        "pipeline_fingerprint": fingerprint,
        "model": {"setting": model, **info},
        "engine": options.engine,
        "workers": options.workers,
        "input_dir": str(options.input_dir),
        "started": started.isoformat(timespec="seconds"),
        "finished": finished.isoformat(timespec="seconds"),
        "inputs": {
            "seen": report.seen,
            "processed": report.processed,
            "reused": report.reused,
            "failed": len(report.failed),
            "removed_since_last_run": report.removed,
        },
        "failed": report.failed,
        "warnings": report.warnings,
        "rows": report.rows,
        "timings_s": {k: round(v, 3) for k, v in report.timings.items()} | {"total": round(seconds, 3)},
        "articles_per_s": round(report.processed / report.timings["extract_s"], 2)
        if report.processed and report.timings.get("extract_s")
        else None,
    }
