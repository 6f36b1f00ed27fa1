"""Tests of archive runs (:mod:`pipeline.run.archive`): incremental reuse, the run manifest
``run.json``, exit status, and resumable, atomic runs that survive ``SIGKILL``."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline import __version__
from pipeline.cli import EXIT_FAILED_ARTICLES, EXIT_OK, main
from pipeline.records import DATASETS, columns
from pipeline.run import archive as batch
from pipeline.run import engines
from pipeline.run.archive import CACHE_DIR, RunOptions, RunReport, run_archive
from pipeline.run.tasks import article_id
from pipeline.run.versions import CURRENT, VERSIONS
from tests.conftest import ROOT

CORPUS = ROOT / "corpus"
CORPUS_FILES = sorted(CORPUS.rglob("*.txt"))
SEED_A = CORPUS / "seeds" / "000_e6bc6a443aa861cb.txt"
TABLES = [f"{name}.{fmt}" for name in DATASETS for fmt in ("csv", "parquet")]


@pytest.fixture(autouse=True)
def _no_model_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESSEFAKTEN_MODEL", raising=False)


def run(input_dir: Path, out: Path, **options: object) -> RunReport:
    return run_archive(RunOptions(input_dir, out, model="default", progress=False, **options))  # type: ignore[arg-type]


def cli(input_dir: Path, out: Path) -> tuple[int, str]:
    """``pressefakten extract`` in-process; returns (status, stderr)."""
    stderr = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
        status = main(["extract", str(input_dir), "--out", str(out), "--model", "default"])
    return status, stderr.getvalue()


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def tables_bytes(out: Path) -> dict[str, bytes]:
    """Every published table and schema, as bytes (run.json excluded: it holds timings)."""
    found = {name: (out / name).read_bytes() for name in TABLES}
    for schema in sorted((out / "schema").iterdir()):
        found[f"schema/{schema.name}"] = schema.read_bytes()
    return found


def manifest(out: Path) -> dict:
    return json.loads((out / "run.json").read_text(encoding="utf-8"))


def ids_in(out: Path) -> dict[str, set[str]]:
    """The article ids in every table, CSV and Parquet."""
    found = {}
    for name in DATASETS:
        found[f"{name}.csv"] = {row["article_id"] for row in read_rows(out / f"{name}.csv")}
        found[f"{name}.parquet"] = set(
            pq.read_table(out / f"{name}.parquet").column("article_id").to_pylist()
        )
    return found


def copy_files(files: list[Path], root: Path, edit: Callable[[int, bytes], bytes] | None = None) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for i, path in enumerate(files):
        data = path.read_bytes()
        (root / path.name).write_bytes(edit(i, data) if edit else data)
    return root


# --- incremental runs ------------------------------------------------------------------------

SMALL = CORPUS_FILES[:6]


@pytest.fixture
def small(tmp_path: Path) -> tuple[Path, Path, RunReport]:
    """A first complete run over six corpus articles: (archive, out, report)."""
    archive, out = copy_files(SMALL, tmp_path / "archiv"), tmp_path / "out"
    return archive, out, run(archive, out)


def test_first_run_processes_everything(small: tuple[Path, Path, RunReport]) -> None:
    _, out, report = small
    assert (report.seen, report.processed, report.reused) == (6, 6, 0)
    assert manifest(out)["inputs"] == {
        "seen": 6,
        "processed": 6,
        "reused": 0,
        "failed": 0,
        "removed_since_last_run": 0,
    }
    assert len(list((out / CACHE_DIR).glob("*.json"))) == 6


def test_unchanged_archive_reprocesses_nothing_and_gives_identical_tables(
    small: tuple[Path, Path, RunReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, out, _ = small
    before = tables_bytes(out)
    called: list[int] = []
    real = engines.store_local

    def spy(model: str, tasks: list, *args: object, **kwargs: object):  # type: ignore[no-untyped-def]
        called.append(len(tasks))
        return real(model, tasks, *args, **kwargs)

    monkeypatch.setattr(engines, "store_local", spy)  # batch imports it when there is work
    report = run(archive, out)
    assert manifest(out)["inputs"]["processed"] == 0
    assert manifest(out)["inputs"]["reused"] == 6
    assert report.processed == 0 and report.reused == 6
    assert called in ([], [0])  # the engine got no work
    assert tables_bytes(out) == before


def test_changing_one_article_reprocesses_that_one_only(small: tuple[Path, Path, RunReport]) -> None:
    archive, out, _ = small
    before = {row["source"]: row for row in read_rows(out / "articles.csv")}
    before_dates = read_rows(out / "dates.csv")
    changed = archive / SMALL[2].name
    title = before[changed.name]["title"]
    text = changed.read_text(encoding="utf-8")
    assert title and title in text
    changed.write_text(text.replace(title, "Geänderte Überschrift: " + title, 1), encoding="utf-8")
    report = run(archive, out)
    assert (report.processed, report.reused) == (1, 5)
    assert manifest(out)["inputs"]["processed"] == 1
    after = {row["source"]: row for row in read_rows(out / "articles.csv")}
    assert list(after) == list(before)
    assert after[changed.name]["title"].startswith("Geänderte Überschrift: ")
    assert after[changed.name]["sha256"] != before[changed.name]["sha256"]
    assert {k: v for k, v in after.items() if k != changed.name} == {
        k: v for k, v in before.items() if k != changed.name
    }
    changed_id = article_id(changed.name)
    assert [r for r in read_rows(out / "dates.csv") if r["article_id"] != changed_id] == [
        r for r in before_dates if r["article_id"] != changed_id
    ]


def test_a_deleted_article_disappears_from_every_table_and_the_cache(
    small: tuple[Path, Path, RunReport],
) -> None:
    archive, out, _ = small
    gone = SMALL[0].name
    gone_id = article_id(gone)
    assert gone_id in ids_in(out)["articles.csv"]
    assert any(gone_id in ids for name, ids in ids_in(out).items() if not name.startswith("articles"))
    (archive / gone).unlink()
    report = run(archive, out)
    assert report.removed == 1 and manifest(out)["inputs"]["removed_since_last_run"] == 1
    assert (report.seen, report.processed, report.reused) == (5, 0, 5)
    for table, ids in ids_in(out).items():
        assert gone_id not in ids, table
    assert not (out / CACHE_DIR / f"{gone_id}.json").exists()
    assert len(list((out / CACHE_DIR).glob("*.json"))) == 5


def test_a_new_pipeline_fingerprint_reprocesses_everything(
    small: tuple[Path, Path, RunReport], monkeypatch: pytest.MonkeyPatch
) -> None:
    archive, out, _ = small
    before = tables_bytes(out)
    old_fingerprint = manifest(out)["pipeline_fingerprint"]
    monkeypatch.setattr(batch, "pipeline_fingerprint", lambda *args, **kwargs: "0123456789abcdef")
    report = run(archive, out)
    assert (report.processed, report.reused) == (6, 0)
    assert manifest(out)["pipeline_fingerprint"] == "0123456789abcdef" != old_fingerprint
    assert tables_bytes(out) == before  # same code in truth: same results
    again = run(archive, out)
    assert (again.processed, again.reused) == (0, 6)  # stored under the new fingerprint


def test_a_damaged_cache_entry_is_recomputed(small: tuple[Path, Path, RunReport]) -> None:
    archive, out, _ = small
    before = tables_bytes(out)
    (out / CACHE_DIR / f"{article_id(SMALL[1].name)}.json").write_text('{"key": "trunc', encoding="utf-8")
    report = run(archive, out)
    assert (report.processed, report.reused) == (1, 5)
    assert tables_bytes(out) == before


def test_a_cache_entry_that_is_not_an_object_is_recomputed(small: tuple[Path, Path, RunReport]) -> None:
    archive, out, _ = small
    (out / CACHE_DIR / f"{article_id(SMALL[1].name)}.json").write_text("[]", encoding="utf-8")
    report = run(archive, out)
    assert (report.processed, report.reused) == (1, 5)


# --- run.json and exit status ----------------------------------------------------------------


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, int, str]:
    """A CLI run over three good articles and two broken files: (archive, out, status, stderr)."""
    root = tmp_path_factory.mktemp("mixed")
    archive = copy_files(CORPUS_FILES[:3], root / "archiv")
    (archive / "leer.txt").write_bytes(b"")
    (archive / "seite.txt").write_bytes(b"<!DOCTYPE html>\n<html><body>x</body></html>\n")
    status, stderr = cli(archive, root / "out")
    return archive, root / "out", status, stderr


def test_run_json_counts_inputs_and_lists_failures_with_reasons(mixed: tuple[Path, Path, int, str]) -> None:
    _, out, _, _ = mixed
    data = manifest(out)
    assert data["inputs"] == {
        "seen": 5,
        "processed": 5,
        "reused": 0,
        "failed": 2,
        "removed_since_last_run": 0,
    }
    failed = {item["source"]: item["error"] for item in data["failed"]}
    assert set(failed) == {"leer.txt", "seite.txt"}
    assert "empty" in failed["leer.txt"]
    assert "HTML" in failed["seite.txt"]
    assert data["rows"]["articles"] == 5


def test_run_json_names_pipeline_and_model_versions(mixed: tuple[Path, Path, int, str]) -> None:
    _, out, _, _ = mixed
    data = manifest(out)
    assert data["pressefakten_version"] == __version__
    assert len(data["pipeline_fingerprint"]) == 16
    model = data["model"]
    assert model["setting"] == "default"
    assert model["name"] and model["version"] and model["spacy_version"]
    assert (data["engine"], data["workers"]) == ("local", 1)


def test_run_json_records_timings(mixed: tuple[Path, Path, int, str]) -> None:
    _, out, _, _ = mixed
    data = manifest(out)
    timings = data["timings_s"]
    assert {"plan_s", "extract_s", "write_s", "total"} <= set(timings)
    assert all(isinstance(v, (int, float)) and v >= 0 for v in timings.values())
    assert timings["total"] >= timings["write_s"]
    assert data["started"] <= data["finished"]
    assert data["articles_per_s"] is None or data["articles_per_s"] > 0


def test_some_failed_articles_give_exit_1_and_are_named(mixed: tuple[Path, Path, int, str]) -> None:
    _, out, status, stderr = mixed
    assert status == EXIT_FAILED_ARTICLES
    assert "leer.txt" in stderr and "seite.txt" in stderr
    ok = [row for row in read_rows(out / "articles.csv") if row["status"] == "ok"]
    assert len(ok) == 3


def test_failed_articles_are_retried_and_still_give_exit_1(mixed: tuple[Path, Path, int, str]) -> None:
    archive, out, _, _ = mixed
    status, _ = cli(archive, out)
    assert status == EXIT_FAILED_ARTICLES
    inputs = manifest(out)["inputs"]
    assert (inputs["reused"], inputs["processed"], inputs["failed"]) == (3, 2, 2)


def test_all_succeeded_gives_exit_0(tmp_path: Path) -> None:
    archive = copy_files(CORPUS_FILES[:2], tmp_path / "archiv")
    status, stderr = cli(archive, tmp_path / "out")
    assert status == EXIT_OK, stderr
    assert manifest(tmp_path / "out")["failed"] == []
    assert manifest(tmp_path / "out")["inputs"]["failed"] == 0


# --- resumable and atomic: SIGKILL a real run -------------------------------------------------

KILL_ARCHIVE_SIZE = 60

# Runs the CLI with a write phase that pauses half-way (the pass that writes the rows), and
# touches a marker file then, so that a SIGKILL lands in the middle of writing the tables.
SLOW_WRITE = """
import os, sys, time
from pathlib import Path
import pipeline.write.tables as writer
real_write, marker = writer.write_tables, Path(sys.argv[1])
def slow_write(directory, results, **kwargs):
    passes = []
    def slowly():
        passes.append(1)
        for i, result in enumerate(results()):
            if len(passes) == 1 and i == 20:
                # written aside and renamed: the test must never read a half-written marker
                aside = marker.with_name(marker.name + ".part")
                aside.write_text(str(directory))
                os.replace(aside, marker)
                time.sleep(120)
            yield result
    return real_write(directory, slowly, **kwargs)
writer.write_tables = slow_write
from pipeline.cli import main
sys.exit(main(sys.argv[2:]))
"""

# Runs the CLI and SIGKILLs it the moment it has stored its N-th result (argv[1]): a kill at a
# known point of the run, whatever the machine's load.
KILL_AFTER_STORES = """
import os, signal, sys
from pipeline.run.cache import ResultCache
real_put, limit, stored = ResultCache.put, int(sys.argv[1]), []
def put(self, *args, **kwargs):
    real_put(self, *args, **kwargs)
    stored.append(1)
    if len(stored) == limit:
        os.kill(os.getpid(), signal.SIGKILL)
ResultCache.put = put
from pipeline.cli import main
sys.exit(main(sys.argv[2:]))
"""


def unique_edit(tag: str) -> Callable[[int, bytes], bytes]:
    return lambda i, data: data + f"\n\nRedaktionshinweis {tag} {i:03d}\n".encode()


def build_kill_archive(root: Path, tag: str) -> list[str]:
    """~60 articles: the corpus plus renamed copies, each with a small unique edit."""
    root.mkdir(parents=True, exist_ok=True)
    names = []
    for i in range(KILL_ARCHIVE_SIZE):
        source = CORPUS_FILES[i % len(CORPUS_FILES)]
        name = source.name if i < len(CORPUS_FILES) else f"kopie {i:03d} {source.name}"
        (root / name).write_bytes(unique_edit(tag)(i, source.read_bytes()))
        names.append(name)
    return sorted(names)


def command(archive: Path, out: Path) -> list[str]:
    return [
        sys.executable,
        "-m",
        "pipeline",
        "extract",
        str(archive),
        "--out",
        str(out),
        "--model",
        "default",
        "--quiet",
    ]


def environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k != "PRESSEFAKTEN_MODEL"}
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    return env


def start(args: list[str]) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        args, cwd=ROOT, env=environment(), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
    )


def kill(proc: subprocess.Popen[bytes]) -> bool:
    """SIGKILL the run; True when it was still running (False: it had already finished)."""
    running = proc.poll() is None
    if running:
        proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    assert proc.stderr is not None
    proc.stderr.close()
    return running


def run_and_kill_after(archive: Path, out: Path, seconds: float) -> bool:
    proc = start(command(archive, out))
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.01)
    return kill(proc)


def run_and_kill_when(archive: Path, out: Path, condition: Callable[[], bool], timeout: float = 60) -> bool:
    proc = start(command(archive, out))
    deadline = time.monotonic() + timeout
    while not condition() and proc.poll() is None:
        assert time.monotonic() < deadline, "the run never reached the moment to kill it"
        time.sleep(0.001)
    return kill(proc)


def published_files(out: Path) -> dict[str, bytes]:
    """Everything a reader sees under the published names, links followed."""
    found: dict[str, bytes] = {}
    if not out.exists():
        return found
    for entry in sorted(out.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            for sub in sorted(entry.rglob("*")):
                if sub.is_file():
                    found[sub.relative_to(out).as_posix()] = sub.read_bytes()
        elif entry.exists():
            found[entry.name] = entry.read_bytes()
    return found


def cached_entries(out: Path) -> int:
    return len(list((out / CACHE_DIR).glob("*.json"))) if (out / CACHE_DIR).exists() else 0


def assert_whole_or_absent(out: Path, expected: dict[str, bytes] | None, sources: list[str]) -> None:
    """Published tables are the expected snapshot (or absent), never half-written or temporary."""
    seen = published_files(out)
    visible = [p.name for p in out.iterdir() if not p.name.startswith(".")] if out.exists() else []
    assert not [n for n in visible if "tmp" in n], visible
    if expected is None:
        assert seen == {}, "a first run that was killed published something"
        return
    assert seen == expected
    current = out / VERSIONS / CURRENT
    assert not [p.name for p in current.resolve().rglob("*") if p.name.endswith(".tmp")]
    assert_complete(out, sources)


def assert_complete(out: Path, sources: list[str]) -> None:
    """Every published CSV parses, has its header, and the run's articles exactly once."""
    articles = read_rows(out / "articles.csv")
    assert sorted(row["source"] for row in articles) == sorted(sources)
    ids = {row["article_id"] for row in articles}
    for name, model in DATASETS.items():
        with (out / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.reader(handle))
        assert rows[0] == columns(model)
        assert all(len(row) == len(rows[0]) for row in rows)
        assert {row[0] for row in rows[1:]} <= ids
        assert pq.read_table(out / f"{name}.parquet").num_rows == len(rows) - 1


def assert_rerun_completes(archive: Path, out: Path, sources: list[str], stored_before: int) -> dict:
    done = subprocess.run(
        command(archive, out), cwd=ROOT, env=environment(), capture_output=True, timeout=120
    )
    assert done.returncode == EXIT_OK, done.stderr.decode()
    assert_complete(out, sources)
    data = manifest(out)
    assert data["inputs"]["seen"] == len(sources)
    assert data["inputs"]["reused"] == stored_before
    assert data["inputs"]["processed"] == len(sources) - stored_before
    leftovers = {p.name for p in (out / VERSIONS).iterdir()} - {
        CURRENT,
        os.readlink(out / VERSIONS / CURRENT),
    }
    assert len(leftovers) <= 1  # at most the version before, kept for readers still on it
    assert not list((out / CACHE_DIR).glob(".*.tmp"))
    return data


def test_killed_first_run_publishes_nothing_and_the_rerun_resumes(tmp_path: Path) -> None:
    archive, out = tmp_path / "archiv", tmp_path / "out"
    sources = build_kill_archive(archive, "a")
    for seconds in (0.5, 1.5):
        if run_and_kill_after(archive, out, seconds):
            assert_whole_or_absent(out, None, sources)
    # a third run SIGKILLs itself right after storing its tenth result: at the same point on an
    # idle machine and on a busy one (polling from here would race a busy scheduler)
    before = cached_entries(out)
    proc = start([sys.executable, "-c", KILL_AFTER_STORES, "10", *command(archive, out)[3:]])
    proc.wait(timeout=120)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.read().decode() if proc.stderr else ""
    kill(proc)
    assert_whole_or_absent(out, None, sources)
    stored = cached_entries(out)
    assert stored == before + 10 < len(sources)
    data = assert_rerun_completes(archive, out, sources, stored)
    assert data["inputs"]["reused"] > 0


def test_killed_rerun_keeps_the_previous_complete_tables(tmp_path: Path) -> None:
    archive, out = tmp_path / "archiv", tmp_path / "out"
    first_sources = build_kill_archive(archive, "a")
    done = subprocess.run(
        command(archive, out), cwd=ROOT, env=environment(), capture_output=True, timeout=120
    )
    assert done.returncode == EXIT_OK, done.stderr.decode()
    snapshot = published_files(out)
    assert_complete(out, first_sources)
    shutil.rmtree(archive)
    sources = build_kill_archive(archive, "b")  # every article changed: all to be redone
    assert sources == first_sources
    kills = 0
    for seconds in (0.5, 2.0):
        if run_and_kill_after(archive, out, seconds):
            kills += 1
            assert_whole_or_absent(out, snapshot, first_sources)
    assert kills >= 1

    # during the write phase: as soon as the new version folder appears
    versions = out / VERSIONS
    existing = set(os.listdir(versions))
    hit = run_and_kill_when(archive, out, lambda: bool(set(os.listdir(versions)) - existing))
    if hit:
        assert_whole_or_absent(out, snapshot, first_sources)
    assert cached_entries(out) == len(sources)  # every article was stored before the write phase

    # deterministically half-way through writing the tables
    marker = tmp_path / "writing"
    proc = start([sys.executable, "-c", SLOW_WRITE, str(marker), *command(archive, out)[3:]])
    deadline = time.monotonic() + 60
    while not marker.exists():
        assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else ""
        assert time.monotonic() < deadline
        time.sleep(0.01)
    assert kill(proc)
    half_written = Path(marker.read_text())
    assert half_written.is_dir() and half_written.parent == versions
    assert os.readlink(versions / CURRENT) != half_written.name
    assert_whole_or_absent(out, snapshot, first_sources)

    data = assert_rerun_completes(archive, out, sources, len(sources))
    assert data["inputs"]["processed"] == 0
    assert not half_written.exists()
    new_sha = {row["source"]: row["sha256"] for row in read_rows(out / "articles.csv")}
    assert all(new_sha[name] for name in sources)
    assert published_files(out)["articles.csv"] != snapshot["articles.csv"]


def test_import_writers_imports_what_writing_needs() -> None:
    code = (
        "import sys; from pipeline.run import archive; archive._import_writers(); "
        "print(all(m in sys.modules for m in ('pandas', 'pyarrow', 'matplotlib', 'pipeline.write.tables')))"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=environment(), capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "True"
