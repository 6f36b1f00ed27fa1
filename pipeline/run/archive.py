"""Archive-scale runs: incremental, resumable, parallel, atomic, with a run manifest.

A run (1) lists the archive and hashes every file, (2) reuses the cached result of each
article whose content and pipeline are unchanged, (3) processes the rest on the chosen
engine, storing each result the moment it is done, (4) writes all tables into a fresh
version folder by streaming over the stored results, and (5) publishes that folder
atomically (see :mod:`pipeline.run.versions`), with ``run.json`` describing the run.
"""

from __future__ import annotations

import hashlib
import importlib
import json
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from pipeline import __version__
from pipeline.nlp.modelinfo import model_identity, resolve_model_name
from pipeline.records import ArticleExtraction
from pipeline.run.cache import Kept, ResultCache, Storage, pipeline_fingerprint
from pipeline.run.outdir import check_published_names, claim, exclusive
from pipeline.run.tasks import InputError, Task, failed, tasks_for
from pipeline.run.versions import CURRENT, VERSIONS, discard, link_published, new_version, publish
from pipeline.text.reading import file_sha256
from pipeline.write.files import write_json
from pipeline.write.person_ids import PersonIds

if TYPE_CHECKING:
    from tqdm import tqdm

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
    wait: bool = False  # wait for another run that holds the output folder instead of failing


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


@dataclass(frozen=True)
class _Run:
    """What one run knows once it has planned: for the manifest and the publishing."""

    options: RunOptions
    started: datetime
    model: str
    model_meta: dict[str, str]
    fingerprint: str
    digest: str


def _kept(options: RunOptions, model: str, pending: list[Task], storage: Storage) -> Iterator[Kept]:
    if options.engine == "dask":
        from pipeline.run.dask_engine import run_dask  # optional dependency, imported on demand

        # Dask workers may run on machines without this file system: the results come here.
        for result in run_dask(model, pending, workers=options.workers, scheduler=options.scheduler):
            yield storage.keep(result)
    else:
        from pipeline.run.engines import store_local  # spaCy is imported only when there is work

        yield from store_local(model, pending, storage, workers=options.workers, forked=_start_import_writers)


def _progress(options: RunOptions, total: int, initial: int) -> tqdm:
    from tqdm import tqdm  # imported only when there is work to show

    show = options.progress and sys.stderr.isatty()
    return tqdm(
        total=total, initial=initial, unit="art", desc="extract", disable=not show, dynamic_ncols=True
    )


def run_archive(options: RunOptions) -> RunReport:
    """Run the extraction over an archive and publish the datasets.

    Nothing in the output folder is touched before the inputs, the model and the folder itself
    are found usable; then the run holds the folder's lock to its end.

    Raises:
        InputError: the input folder does not exist or holds no ``*.txt`` file.
        ModelError: the model cannot be loaded.
        OutputError: the output folder is not Pressefakten's, or another run holds it.
        PublishError: a published name was taken by something else during the run.
        KeyboardInterrupt: the run was interrupted; what was done is stored and resumed next time.
    """
    started = datetime.now(timezone.utc)
    tasks = tasks_for(options.input_dir, exclude=options.out_dir)
    if not tasks:
        raise InputError(
            f"no *.txt files under {options.input_dir}; nothing to extract (the tables are unchanged)"
        )
    model = resolve_model_name(options.model)
    meta = model_identity(model)  # the model itself is loaded only if there is work
    claim(options.out_dir, options.input_dir)
    with exclusive(options.out_dir, wait=options.wait):
        check_published_names(options.out_dir, options.formats)
        return _run_locked(options, tasks, started, model, meta)


def _run_locked(
    options: RunOptions, tasks: list[Task], started: datetime, model: str, meta: dict[str, str]
) -> RunReport:
    """The run itself, in an output folder this process holds."""
    clock, report = time.perf_counter(), RunReport()
    cache = ResultCache(options.out_dir / CACHE_DIR, pipeline_fingerprint(meta, {"model": model}))
    hashes = {t.source: file_sha256(t.path) for t in tasks}
    run = _Run(options, started, model, meta, cache.fingerprint, inputs_digest(cache.fingerprint, hashes))
    pending = [t for t in tasks if not cache.has(t.article_id, hashes[t.source])]
    report.seen, report.reused = len(tasks), len(tasks) - len(pending)
    report.timings["plan_s"] = time.perf_counter() - clock
    unstored = _process(options, model, pending, cache, hashes, report)
    report.timings["extract_s"] = time.perf_counter() - clock - report.timings["plan_s"]
    report.removed = cache.prune({t.article_id for t in tasks})  # articles deleted from the archive
    if pending or not _refresh_if_unchanged(run, report):
        _publish(run, tasks, cache, unstored, report)
    return report


def inputs_digest(fingerprint: str, hashes: dict[str, str | None]) -> str:
    """One hash of the pipeline and every input file: equal digests, equal tables."""
    digest = hashlib.sha256(fingerprint.encode())
    for source, sha in sorted(hashes.items()):
        digest.update(f"{source}\0{sha}\n".encode())
    return digest.hexdigest()


def _process(
    options: RunOptions,
    model: str,
    pending: list[Task],
    cache: ResultCache,
    hashes: dict[str, str | None],
    report: RunReport,
) -> dict[str, ArticleExtraction]:
    """Process the pending tasks, each result stored as it comes; returns the unstorable ones."""
    unstored: dict[str, ArticleExtraction] = {}
    if not pending:
        return unstored  # nothing to do: do not even import spaCy
    with _progress(options, report.seen, report.reused) as bar:
        for kept in _kept(options, model, pending, Storage(cache, hashes)):
            if kept.unstored is not None:
                unstored[kept.source] = kept.unstored  # unreadable: nothing to key it on
            if kept.warning:  # raised in a worker process: carried back with the outcome
                report.warnings.append(kept.warning)
            report.processed += 1
            bar.update(1)
    return unstored


def _start_import_writers() -> None:
    """With worker processes, this process idles while they import spaCy and extract: import
    what writing needs meanwhile, in a thread started after the workers were forked (so that
    none of them inherits a half-done import)."""
    threading.Thread(target=_import_writers, daemon=True).start()


def _import_writers() -> None:
    """Import what writing needs: pandas, pyarrow and matplotlib, through the writers."""
    # import_module, not import statements: a linter's autofix would drop "unused" imports.
    for name in (
        "pipeline.write.tables",
        "pipeline.views.quote_index",
        "pipeline.views.network",
        "pipeline.views.members_map",
    ):
        importlib.import_module(name)


def _refresh_if_unchanged(run: _Run, report: RunReport) -> bool:
    """When nothing changed since the published run, keep its tables and only renew run.json."""
    current = run.options.out_dir / VERSIONS / CURRENT
    try:
        previous = json.loads((current / "run.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    if not isinstance(previous, dict) or previous.get("inputs_digest") != run.digest:
        return False
    report.rows, report.failed = previous.get("rows", {}), previous.get("failed", [])
    report.timings["write_s"] = 0.0
    report.manifest = _manifest(run, report)
    write_json(current.resolve() / "run.json", report.manifest)
    link_published(run.options.out_dir, current.resolve())  # links may have been deleted
    return True


def _publish(
    run: _Run,
    tasks: list[Task],
    cache: ResultCache,
    unstored: dict[str, ArticleExtraction],
    report: RunReport,
) -> None:
    """Write all tables and views into a fresh version folder and publish it atomically."""
    from pipeline.write.tables import write_tables  # pandas and pyarrow: imported on use

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

    version = new_version(run.options.out_dir)
    try:
        write_start = time.perf_counter()
        report.rows = write_tables(
            version, results, formats=run.options.formats, person_ids=_person_ids(tasks, cache, unstored)
        )
        report.failed = [{"source": source, "error": error} for source, error in failures.items()]
        if "parquet" in run.options.formats:  # the views are built from the Parquet tables
            build_reports(version, run.options.input_dir)
        report.timings["write_s"] = time.perf_counter() - write_start
        report.manifest = _manifest(run, report)
        write_json(version / "run.json", report.manifest)
        publish(run.options.out_dir, version)
    except BaseException:
        discard(version)
        raise


def _person_ids(tasks: list[Task], cache: ResultCache, unstored: dict[str, ArticleExtraction]) -> PersonIds:
    """Person ids over the archive, from the names alone: one cheap pass over the stored results."""

    def names() -> Iterator[str]:
        for task in tasks:
            if task.source in unstored:
                yield from (p.name for p in unstored[task.source].people)
            else:
                try:
                    yield from cache.person_names(task.article_id)
                except (OSError, ValueError, KeyError):
                    continue  # reported as lost when the tables are written

    return PersonIds(names())


def build_reports(version: Path, input_dir: Path) -> None:
    """The views built from the tables: the quote index page, the network figure, the members map."""
    from pipeline.views.members_map import build_members_map  # matplotlib: imported on use
    from pipeline.views.network import build_network
    from pipeline.views.quote_index import build_quote_index

    build_quote_index(version, input_dir, target=version / "quotes.html")
    build_network(version)
    build_members_map(version)


def _manifest(run: _Run, report: RunReport) -> dict[str, object]:
    finished = datetime.now(timezone.utc)
    seconds = (finished - run.started).total_seconds()
    extract_s = report.timings.get("extract_s")
    return {
        "pressefakten_version": __version__,
        "pipeline_fingerprint": run.fingerprint,
        "inputs_digest": run.digest,
        "model": {"setting": run.model, **run.model_meta},
        "engine": run.options.engine,
        "workers": run.options.workers,
        "input_dir": str(run.options.input_dir),
        "started": run.started.isoformat(timespec="seconds"),
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
        "articles_per_s": round(report.processed / extract_s, 2) if report.processed and extract_s else None,
    }
