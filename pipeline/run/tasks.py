"""The units of a run: which files, under which ids, and the record of one that failed.

A light module (no spaCy) so that planning a run, and a run with nothing to do, start fast.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.records import ArticleExtraction, ArticleRecord

log = logging.getLogger("pipeline.run.process")

#: Texts per ``nlp.pipe`` batch and files per chunk of work: large enough for spaCy's batching,
#: small enough for memory.
PIPE_BATCH = 32


@dataclass(frozen=True)
class Task:
    """One input file to process."""

    path: Path
    source: str  # path relative to the input folder, POSIX style

    @property
    def article_id(self) -> str:
        """The article's stable id."""
        return article_id(self.source)


def article_id(source: str) -> str:
    """A stable id from the article's path relative to the input directory."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:12]


def discover(input_dir: Path) -> list[Path]:
    """Every ``*.txt`` (any case) below ``input_dir``, recursively, in a stable order."""
    if not input_dir.is_dir():
        raise NotADirectoryError(f"{input_dir}: not a directory (expected a folder of *.txt articles)")
    return sorted(
        p for p in input_dir.rglob("*") if p.suffix.lower() == ".txt" and (p.is_file() or p.is_symlink())
    )


def tasks_for(input_dir: Path, paths: Iterable[Path] | None = None) -> list[Task]:
    """Tasks for the given paths (default: every article of ``input_dir``)."""
    return [Task(p, p.relative_to(input_dir).as_posix()) for p in (paths or discover(input_dir))]


def failed(task: Task, error: str, sha256: str | None = None) -> ArticleExtraction:
    """The result of an article that could not be processed."""
    log.warning("%s: %s", task.source, error)
    return ArticleExtraction(
        article=ArticleRecord(
            article_id=task.article_id, source=task.source, status="failed", error=error, sha256=sha256
        )
    )
