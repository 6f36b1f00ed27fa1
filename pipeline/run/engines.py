"""Where articles are processed: in this process, in a pool of processes, or on Dask.

Each engine takes tasks and yields as they finish (any order); the caller assembles the
tables in input order from the stored results, so the outputs do not depend on the engine
or the number of workers. Every worker process loads the spaCy model once.

This module imports spaCy only where articles are processed: a parent that hands all work
to worker processes never loads it (the workers import it, in parallel, after the fork).
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterator, Sequence

from pipeline.records import ArticleExtraction
from pipeline.run.cache import Kept, Storage
from pipeline.run.tasks import PIPE_BATCH, Task

_WORKER_MODEL: str | None = None
_WORKER_STORAGE: Storage | None = None


def chunks(tasks: Sequence[Task], size: int = PIPE_BATCH, *, workers: int = 1) -> list[list[Task]]:
    """Tasks in chunks of ``size`` (a chunk is one unit of work for a worker), in order.

    With several workers the last ``workers * size`` tasks (or up to ``size - 1`` more) go in
    quarter-size chunks: the workers then finish within a few articles of each other instead
    of one idling while another works through a whole last chunk.
    """
    n = len(tasks)
    # The head: whole chunks only, leaving at least ``workers * size`` tasks for the tail.
    head = max(0, (n - workers * size) // size * size) if workers > 1 else n
    small = max(1, size // 4) if workers > 1 else size
    return [list(tasks[i : i + size]) for i in range(0, head, size)] + [
        list(tasks[i : i + small]) for i in range(head, len(tasks), small)
    ]


def _here(model: str, tasks: Sequence[Task]) -> Iterator[ArticleExtraction]:
    """Results of ``tasks`` processed in this process, streamed (the model loaded once, cached)."""
    from pipeline.nlp.loading import load_nlp  # spaCy: imported where the articles are processed
    from pipeline.run.process import process_tasks

    yield from process_tasks(load_nlp(model), tasks)


def process_chunk(model: str, tasks: Sequence[Task]) -> list[ArticleExtraction]:
    """Process one chunk with the worker's model (loaded once per process, then cached)."""
    return list(_here(model, tasks))


def _init_worker(model: str, storage: Storage) -> None:
    global _WORKER_MODEL, _WORKER_STORAGE
    _WORKER_MODEL, _WORKER_STORAGE = model, storage
    from pipeline.nlp.loading import load_nlp

    load_nlp(model)  # load now, once, not inside the first chunk's timing


def _work_and_store(tasks: list[Task]) -> list[Kept]:
    if _WORKER_STORAGE is None:
        raise RuntimeError("a storing worker was started without storage")
    return [_WORKER_STORAGE.keep(result) for result in _here(_WORKER_MODEL or "default", tasks)]


def _pooled(
    model: str,
    tasks: Sequence[Task],
    workers: int,
    storage: Storage,
    forked: Callable[[], None] | None = None,
) -> Iterator[Kept]:
    # Forked workers inherit the model name and the storage (with its table of file hashes)
    # without pickling them; only chunks of tasks go out and their outcomes come back.
    with multiprocessing.get_context("fork").Pool(
        workers, initializer=_init_worker, initargs=(model, storage)
    ) as pool:
        if forked is not None:
            forked()  # every worker exists now: safe to start threads in this process
        for outcomes in pool.imap_unordered(_work_and_store, chunks(tasks, workers=workers)):
            yield from outcomes


def store_local(
    model: str,
    tasks: Sequence[Task],
    storage: Storage,
    workers: int = 1,
    forked: Callable[[], None] | None = None,
) -> Iterator[Kept]:
    """Process ``tasks`` and store each result in the process that made it (see :class:`Storage`).

    Args:
        model: The model setting (see :func:`pipeline.nlp.loading.load_nlp`).
        tasks: The articles.
        storage: Where results go.
        workers: Worker processes; 1 processes here.
        forked: Called once the worker processes exist (not with one worker), e.g. to
            prepare the writing in this otherwise idle process.

    Yields:
        One :class:`Kept` per task, as chunks finish (any order).
    """
    if workers <= 1 or len(tasks) <= PIPE_BATCH:
        yield from (storage.keep(result) for result in _here(model, tasks))
    else:
        yield from _pooled(model, tasks, workers, storage, forked)
