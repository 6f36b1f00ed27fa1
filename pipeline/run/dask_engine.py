"""The Dask engine: the same extraction on a Dask cluster, for archives beyond one machine.

``run_dask`` starts a local cluster (one single-threaded worker process per ``workers``) or
connects to a running scheduler, submits one Dask task per chunk of files
(:func:`pipeline.run.engines.chunks`), each running :func:`pipeline.run.engines.process_chunk`, and
yields the results as chunks complete. ``process_chunk`` loads the spaCy model through the
per-process cache of :func:`pipeline.nlp.loading.load_nlp`, so every worker process loads it once,
on its first chunk. The caller (:mod:`pipeline.run.archive`) stores the results and writes the
tables in input order, so the outputs are the same as with the local engine.

Dask is an optional dependency: ``pip install pressefakten[dask]``.

On a real cluster (``scheduler`` given), every worker must

* see the input files under the **same paths** as the machine that starts the run (a shared
  or network file system mounted at the same place): tasks carry paths, not file contents;
* have the same version of Pressefakten and the same spaCy model installed.

Results travel back to the client, which writes the cache and the tables locally. The run
waits for workers: a scheduler without any keeps it waiting (until interrupted).

The local cluster starts its workers with ``spawn``: a script (not the ``pressefakten``
command) that calls ``run_dask`` without ``scheduler`` needs an ``if __name__ == "__main__":``
guard, as for :mod:`multiprocessing`.
"""

from __future__ import annotations

import logging
import math
from collections.abc import Iterator, Sequence
from contextlib import ExitStack
from typing import TYPE_CHECKING, Any

from pipeline.records import ArticleExtraction
from pipeline.run.tasks import PIPE_BATCH, Task

if TYPE_CHECKING:
    from distributed import Client

#: Seconds to wait for a scheduler before giving up (read at call time; tests lower it).
CONNECT_TIMEOUT = 5.0
#: Chunks per worker thread to aim for, so the work spreads evenly when there are few files.
CHUNKS_PER_THREAD = 4

INSTALL_HINT = 'pip install "pressefakten[dask]"'


class EngineError(RuntimeError):
    """The Dask engine cannot run: Dask missing, scheduler unreachable, workers lost."""


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError as err:
        raise EngineError(
            f"--engine dask needs Dask, which is not installed: {INSTALL_HINT} ({err})"
        ) from err
    return distributed


def chunk_size(n_tasks: int, threads: int) -> int:
    """Files per chunk: ``PIPE_BATCH`` for large archives, smaller so every worker gets work."""
    if n_tasks <= 0:
        return PIPE_BATCH
    wanted = math.ceil(n_tasks / (max(threads, 1) * CHUNKS_PER_THREAD))
    return max(1, min(PIPE_BATCH, wanted))


def _quiet_logs(stack: ExitStack) -> None:
    """Only errors from Dask's loggers in this process while the run lasts (workers: ``silence_logs``)."""
    logger = logging.getLogger("distributed")
    stack.callback(logger.setLevel, logger.level)
    logger.setLevel(logging.ERROR)


def _check_address(address: str) -> None:
    """Raise ``ValueError`` for an address Dask cannot speak (unknown scheme)."""
    from distributed.comm import parse_address
    from distributed.comm.registry import get_backend

    scheme, _ = parse_address(address)
    get_backend(scheme)


def _connect(distributed: Any, stack: ExitStack, workers: int, scheduler: str | None) -> Client:
    """A client for the given scheduler, or for a local cluster closed when ``stack`` closes."""
    if not scheduler:
        try:
            cluster = distributed.LocalCluster(
                n_workers=workers,
                threads_per_worker=1,
                processes=True,
                dashboard_address=None,  # no dashboard ...
                scheduler_kwargs={"dashboard_address": ":0"},  # ... and no fixed port (8787) either
                silence_logs=logging.ERROR,
            )
        except Exception as err:  # any failure to start the cluster (ports, resources)
            raise EngineError(f"could not start a local Dask cluster with {workers} workers: {err}") from err
        stack.callback(cluster.close)
        client = distributed.Client(cluster, set_as_default=False)
    else:
        try:
            _check_address(scheduler)  # a client that fails on a bad scheme hangs at exit
            client = distributed.Client(scheduler, timeout=CONNECT_TIMEOUT, set_as_default=False)
        except (OSError, TimeoutError, ValueError) as err:
            raise EngineError(
                f"cannot connect to the Dask scheduler at {scheduler!r}: {err} (check the address, "
                "e.g. tcp://host:8786, and that the scheduler is running and reachable from here)"
            ) from err
    stack.callback(client.close)  # closes only the connection; a remote cluster keeps running
    return client


def run_dask(
    model: str, tasks: Sequence[Task], *, workers: int = 1, scheduler: str | None = None
) -> Iterator[ArticleExtraction]:
    """Results of ``tasks``, processed on Dask, in completion order.

    Args:
        model: the resolved model setting (``"default"`` or a spaCy package name or path),
            loaded once in every worker process.
        tasks: the files to process; their paths must be valid on the workers.
        workers: worker processes of the local cluster (ignored with ``scheduler``).
        scheduler: address of a running Dask scheduler (``tcp://host:8786``); ``None`` (or
            empty) starts a local cluster, closed when the run ends. A cluster connected to is
            left running.

    Raises:
        EngineError: Dask is not installed, the scheduler cannot be reached, or the
            workers were lost.
        ModelError: a worker cannot load the model.
    """
    if not tasks:
        return  # nothing to do: do not start a cluster
    from pipeline.run.engines import chunks, process_chunk  # spaCy: imported only when there is work

    distributed = _import_distributed()
    with ExitStack() as stack:
        _quiet_logs(stack)
        client = _connect(distributed, stack, workers, scheduler)
        threads = sum(client.nthreads().values()) or workers
        size = chunk_size(len(tasks), threads)
        # as_completed keeps each future only until it is handed out: memory stays flat
        futures = [client.submit(process_chunk, model, chunk, pure=False) for chunk in chunks(tasks, size)]
        done = distributed.as_completed(futures, loop=client.loop)
        del futures
        for future in done:
            try:
                results = future.result()
            except (distributed.KilledWorker, OSError, TimeoutError) as err:
                raise EngineError(f"the Dask cluster failed while processing a chunk: {err}") from err
            future.release()  # let the cluster forget the result; it is ours now
            yield from results
