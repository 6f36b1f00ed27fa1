"""Where articles are processed: in this process, in a pool of processes, or on Dask.

Each engine takes tasks and yields results as they finish (any order); the caller stores
them and assembles the tables in input order, so the outputs do not depend on the engine or
the number of workers. Every worker process loads the spaCy model once.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Iterator, Sequence

from pipeline.models import ArticleExtraction
from pipeline.nlp import load_nlp
from pipeline.runner import PIPE_BATCH, Task, process_tasks

_WORKER_MODEL: str | None = None


def chunks(tasks: Sequence[Task], size: int = PIPE_BATCH) -> list[list[Task]]:
    """Tasks in chunks of ``size`` (a chunk is one unit of work for a worker)."""
    return [list(tasks[i : i + size]) for i in range(0, len(tasks), size)]


def process_chunk(model: str, tasks: list[Task]) -> list[ArticleExtraction]:
    """Process one chunk with the worker's model (loaded once per process, then cached)."""
    return list(process_tasks(load_nlp(model), tasks))


def _init_worker(model: str) -> None:
    global _WORKER_MODEL
    _WORKER_MODEL = model
    load_nlp(model)  # load now, once, not inside the first chunk's timing


def _work(tasks: list[Task]) -> list[ArticleExtraction]:
    return process_chunk(_WORKER_MODEL or "default", tasks)


def run_local(model: str, tasks: Sequence[Task], workers: int = 1) -> Iterator[ArticleExtraction]:
    """Results of ``tasks``: in this process (``workers == 1``) or in a process pool."""
    if workers <= 1 or len(tasks) <= PIPE_BATCH:
        yield from process_tasks(load_nlp(model), tasks)
        return
    with multiprocessing.get_context("fork").Pool(
        workers, initializer=_init_worker, initargs=(model,)
    ) as pool:
        for results in pool.imap_unordered(_work, chunks(tasks)):
            yield from results
