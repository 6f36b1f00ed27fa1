"""The Dask engine, on local clusters: same tables as the local engine, one model load per
worker, clear errors for a missing Dask or an unreachable scheduler."""

from __future__ import annotations

import logging
import shutil
import socket
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

distributed = pytest.importorskip("distributed")

from pipeline.cli import main  # noqa: E402
from pipeline.nlp.loading import load_nlp  # noqa: E402
from pipeline.run import dask_engine  # noqa: E402
from pipeline.run.dask_engine import EngineError, chunk_size, run_dask  # noqa: E402
from pipeline.run.engines import chunks  # noqa: E402
from pipeline.run.tasks import PIPE_BATCH, tasks_for  # noqa: E402
from tests.conftest import ROOT  # noqa: E402

CORPUS = ROOT / "corpus" / "releases"
N_FILES = 8


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A small archive: the first few official releases, one of them in a subfolder."""
    root = tmp_path_factory.mktemp("archiv")
    files = sorted(CORPUS.glob("*.txt"))[:N_FILES]
    assert len(files) == N_FILES
    for i, path in enumerate(files):
        target = root / ("sub" if i % 3 == 0 else "") / path.name
        target.parent.mkdir(exist_ok=True)
        shutil.copyfile(path, target)
    return root


@pytest.fixture(scope="module")
def cluster() -> Iterator[distributed.LocalCluster]:
    """A running two-worker cluster, as someone else's scheduler would be."""
    with distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        scheduler_kwargs={"dashboard_address": ":0"},
        silence_logs=logging.ERROR,
    ) as running:
        yield running


def free_address() -> str:
    """A local TCP address nobody listens on."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"tcp://127.0.0.1:{port}"


def tables(out: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(out.glob("*.csv"))}


def test_dask_run_writes_the_same_tables_as_the_local_engine(archive: Path, tmp_path: Path) -> None:
    local, dask = tmp_path / "local", tmp_path / "dask"
    assert main(["extract", str(archive), "--out", str(local), "--engine", "local", "--quiet"]) == 0
    status = main(
        ["extract", str(archive), "--out", str(dask), "--engine", "dask", "--workers", "2", "--quiet"]
    )
    assert status == 0
    expected = tables(local)
    assert {"articles.csv", "dates.csv", "places.csv", "officials.csv"} <= expected.keys()
    assert tables(dask) == expected
    assert '"engine": "dask"' in (dask / "run.json").read_text()


def test_model_is_loaded_once_per_worker_and_the_cluster_is_left_running(
    archive: Path, cluster: distributed.LocalCluster
) -> None:
    tasks = tasks_for(archive)
    with distributed.Client(cluster, set_as_default=False) as client:
        before = client.run(load_nlp.cache_info)
        results = list(run_dask("default", tasks, scheduler=cluster.scheduler_address))
        after = client.run(load_nlp.cache_info)
        assert len(client.nthreads()) == 2  # a cluster we connected to is not closed
    assert sorted(r.article.source for r in results) == sorted(t.source for t in tasks)
    n_chunks = len(chunks(tasks, chunk_size(len(tasks), 2)))
    assert n_chunks > 2  # so that some worker processes several chunks
    loads = {w: after[w].misses - before[w].misses for w in after}
    calls = {w: after[w].hits + after[w].misses - before[w].hits - before[w].misses for w in after}
    assert sum(calls.values()) == n_chunks  # load_nlp is asked once per chunk ...
    assert all(n <= 1 for n in loads.values())  # ... and loads the model at most once per worker
    assert sum(loads.values()) == sum(1 for n in calls.values() if n)


def test_unreachable_scheduler_is_a_clear_error(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1.0)
    address = free_address()
    with pytest.raises(EngineError, match=r"cannot connect to the Dask scheduler at .*127\.0\.0\.1"):
        list(run_dask("default", tasks_for(archive), scheduler=address))
    with pytest.raises(EngineError, match="unknown address scheme"):
        list(run_dask("default", tasks_for(archive), scheduler="htp://127.0.0.1:8786"))


def test_unreachable_scheduler_exits_2(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(dask_engine, "CONNECT_TIMEOUT", 1.0)
    argv = ["extract", str(archive), "--out", str(tmp_path / "out"), "--engine", "dask", "--quiet"]
    assert main([*argv, "--scheduler", free_address()]) == 2
    assert "cannot connect to the Dask scheduler" in capsys.readouterr().err


def test_missing_dask_is_a_clear_error(archive: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(EngineError, match=r"pip install .*pressefakten\[dask\]"):
        list(run_dask("default", tasks_for(archive)))


def test_nothing_to_do_starts_no_cluster() -> None:
    assert list(run_dask("default", [], scheduler=free_address())) == []


@pytest.mark.parametrize(
    ("n_tasks", "threads", "size"),
    [(0, 2, PIPE_BATCH), (1, 2, 1), (8, 2, 1), (80, 2, 10), (10_000, 8, PIPE_BATCH), (100, 0, 25)],
)
def test_chunk_size_spreads_small_archives_and_batches_large_ones(
    n_tasks: int, threads: int, size: int
) -> None:
    assert chunk_size(n_tasks, threads) == size
