"""Tests of the processing engines (:mod:`pipeline.run.engines`): chunking, and ``--workers N``
giving the same tables, byte for byte and in the same order, as one worker."""

from __future__ import annotations

import contextlib
import csv
import io
from pathlib import Path

import pyarrow.parquet as pq
import pytest

from pipeline.cli import main
from pipeline.records import DATASETS
from pipeline.run import engines
from pipeline.run.archive import RunOptions, RunReport, file_sha256, run_archive
from pipeline.run.cache import ResultCache, Storage
from pipeline.run.engines import chunks, store_local
from pipeline.run.tasks import PIPE_BATCH, Task, tasks_for
from tests.conftest import ROOT

CORPUS_FILES = sorted((ROOT / "corpus").rglob("*.txt"))
ARCHIVE_SIZE = 40


@pytest.fixture(autouse=True)
def _no_model_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESSEFAKTEN_MODEL", raising=False)


def build_archive(root: Path) -> list[str]:
    """40 articles: corpus files, in two sub-folders, so that the pool gets several chunks."""
    names = []
    for i, source in enumerate(CORPUS_FILES[:ARCHIVE_SIZE]):
        name = f"{'2023' if i % 2 else '2024'}/{source.name}"
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(source.read_bytes())
        names.append(name)
    return sorted(names)


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[str]]:
    root = tmp_path_factory.mktemp("engines-archive")
    return root, build_archive(root)


@pytest.fixture(scope="module")
def runs(
    archive: tuple[Path, list[str]], tmp_path_factory: pytest.TempPathFactory
) -> dict[int, tuple[Path, RunReport, list[int]]]:
    """The same archive run with one and with two workers: {workers: (out, report, chunk sizes)}."""
    root, _ = archive
    found = {}
    real_chunks = engines.chunks
    for workers in (1, 2):
        sizes: list[int] = []

        def spy(tasks, size=PIPE_BATCH, sizes=sizes, **kwargs):  # type: ignore[no-untyped-def]
            parts = real_chunks(tasks, size, **kwargs)
            sizes.extend(len(p) for p in parts)
            return parts

        engines.chunks = spy
        try:
            out = tmp_path_factory.mktemp(f"out-{workers}")
            report = run_archive(RunOptions(root, out, model="default", workers=workers, progress=False))
        finally:
            engines.chunks = real_chunks
        found[workers] = (out, report, sizes)
    return found


def test_chunks_cover_every_task_once_in_order() -> None:
    tasks = [Task(Path(f"{i}.txt"), f"{i}.txt") for i in range(70)]
    parts = chunks(tasks, 32)
    assert [len(p) for p in parts] == [32, 32, 6]
    assert [t for p in parts for t in p] == tasks
    assert chunks([], 32) == []


@pytest.mark.parametrize(
    ("n", "workers", "sizes"),
    [
        (70, 1, [32, 32, 6]),
        (200, 2, [32, 32, 32, 32, *[8] * 9]),  # 128 in chunks of 32, the last 72 in chunks of 8
        (10, 2, [8, 2]),
        (5, 3, [5]),
    ],
)
def test_chunks_cut_the_tail_finer_for_several_workers(n: int, workers: int, sizes: list[int]) -> None:
    tasks = [Task(Path(f"{i}.txt"), f"{i}.txt") for i in range(n)]
    parts = chunks(tasks, 32, workers=workers)
    assert [len(p) for p in parts] == sizes
    assert [t for p in parts for t in p] == tasks


def test_two_workers_really_use_the_pool(runs: dict[int, tuple[Path, RunReport, list[int]]]) -> None:
    assert runs[1][2] == []  # one worker: processed in this process
    assert runs[2][2] == [8, 8, 8, 8, 8]  # 40 tasks, all in the finely cut tail of two workers
    assert runs[2][1].processed == ARCHIVE_SIZE


@pytest.mark.parametrize("name", list(DATASETS))
def test_csv_identical_for_one_and_two_workers(
    runs: dict[int, tuple[Path, RunReport, list[int]]], name: str
) -> None:
    one, two = runs[1][0] / f"{name}.csv", runs[2][0] / f"{name}.csv"
    assert one.read_bytes() == two.read_bytes()


@pytest.mark.parametrize("name", list(DATASETS))
def test_parquet_identical_for_one_and_two_workers(
    runs: dict[int, tuple[Path, RunReport, list[int]]], name: str
) -> None:
    one, two = runs[1][0] / f"{name}.parquet", runs[2][0] / f"{name}.parquet"
    assert pq.read_table(one).equals(pq.read_table(two), check_metadata=True)
    assert one.read_bytes() == two.read_bytes()


def test_rows_are_in_archive_order(
    runs: dict[int, tuple[Path, RunReport, list[int]]], archive: tuple[Path, list[str]]
) -> None:
    _, names = archive
    for out, _, _ in runs.values():
        with (out / "articles.csv").open(encoding="utf-8", newline="") as handle:
            articles = list(csv.DictReader(handle))
        assert [row["source"] for row in articles] == names
        order = {row["article_id"]: i for i, row in enumerate(articles)}
        for name in DATASETS:
            ids = pq.read_table(out / f"{name}.parquet").column("article_id").to_pylist()
            positions = [order[i] for i in ids]
            assert positions == sorted(positions), name


def test_nonempty_tables(runs: dict[int, tuple[Path, RunReport, list[int]]]) -> None:
    # Identical empty tables would prove nothing.
    rows = runs[2][1].rows
    assert rows["articles"] == ARCHIVE_SIZE
    assert all(rows[name] > 0 for name in ("dates", "places", "officials", "quotes"))


@pytest.mark.parametrize("workers", [1, 2])
def test_store_local_stores_in_the_worker_and_returns_only_what_could_not_be_stored(
    archive: tuple[Path, list[str]], tmp_path: Path, workers: int
) -> None:
    root, names = archive
    tasks = tasks_for(root)
    hashes: dict[str, str | None] = {t.source: file_sha256(t.path) for t in tasks}
    hashes[names[0]] = None  # as if the file had vanished after planning: nothing to key it on
    cache = ResultCache(tmp_path / "cache", "fp")
    kept = list(store_local("default", tasks, Storage(cache, hashes), workers=workers))
    assert sorted(k.source for k in kept) == names
    unstored = {k.source: k.unstored for k in kept if k.unstored is not None}
    assert list(unstored) == [names[0]] and unstored[names[0]].article.source == names[0]
    for task in tasks[1:]:
        stored = cache.get(task.article_id, hashes[task.source])
        assert stored is not None and stored.article.source == task.source
    assert cache.get(tasks[0].article_id, "any") is None


@pytest.fixture(scope="module")
def cp1252_runs(tmp_path_factory: pytest.TempPathFactory) -> dict[int, tuple[Path, int, str]]:
    """The 40 articles plus one cp1252 file, with one and two workers: {workers: (out, status, stderr)}."""
    tmp = tmp_path_factory.mktemp("cp1252")
    root = tmp / "archiv"
    root.mkdir()
    build_archive(root)
    # An article without quotes: the quote index re-reads (and so re-decodes) only articles
    # with quotes in this process, which would hide what the worker did.
    text = (ROOT / "corpus" / "releases" / "009_7-ag-asskomm.txt").read_text(encoding="utf-8")
    (root / "alt cp1252.txt").write_bytes((text + "\nKosten: 5 € – Übergabe in Görlitz.\n").encode("cp1252"))
    found = {}
    for workers in (1, 2):
        err = io.StringIO()
        out = tmp / f"out-{workers}"
        args = ["extract", str(root), "--out", str(out), "--model", "default", "--quiet"]
        with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(err):
            status = main([*args, "--workers", str(workers)])
        found[workers] = (out, status, err.getvalue())
    return found


def test_a_cp1252_file_is_recorded_alike_with_any_number_of_workers(
    cp1252_runs: dict[int, tuple[Path, int, str]],
) -> None:
    (one, status_one, _), (two, status_two, _) = cp1252_runs[1], cp1252_runs[2]
    assert status_one == status_two == 0
    assert (one / "articles.csv").read_bytes() == (two / "articles.csv").read_bytes()
    with (two / "articles.csv").open(encoding="utf-8", newline="") as handle:
        row = next(r for r in csv.DictReader(handle) if r["source"] == "alt cp1252.txt")
    assert (row["status"], row["encoding"]) == ("ok", "cp1252")
    with (two / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        assert row["article_id"] not in {r["article_id"] for r in csv.DictReader(handle)}


def test_one_worker_prints_the_cp1252_warning(cp1252_runs: dict[int, tuple[Path, int, str]]) -> None:
    assert "alt cp1252.txt: not valid UTF-8" in cp1252_runs[1][2]
    assert "decoded as cp1252" in cp1252_runs[1][2]


def test_two_workers_print_the_cp1252_warning(cp1252_runs: dict[int, tuple[Path, int, str]]) -> None:
    assert "decoded as cp1252" in cp1252_runs[2][2]


def test_a_parent_with_worker_processes_never_loads_spacy(
    archive: tuple[Path, list[str]], tmp_path: Path
) -> None:
    import os
    import subprocess
    import sys

    root, _ = archive
    code = (
        "import sys; from pathlib import Path; from pipeline.run.archive import RunOptions, run_archive; "
        f"report = run_archive(RunOptions(Path({str(root)!r}), Path({str(tmp_path / 'out')!r}), "
        "model='default', workers=2, progress=False)); "
        "print(report.processed, 'spacy' in sys.modules, 'matplotlib' in sys.modules)"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    env.pop("PRESSEFAKTEN_MODEL", None)
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == [str(ARCHIVE_SIZE), "False", "True"]
