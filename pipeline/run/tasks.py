"""The units of a run: which files, under which ids, and the record of one that failed.

A light module (no spaCy) so that planning a run, and a run with nothing to do, start fast.
"""

from __future__ import annotations

import hashlib
import logging
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from pipeline.records import ArticleExtraction, ArticleRecord

log = logging.getLogger("pipeline.run.process")

#: Texts per ``nlp.pipe`` batch and files per chunk of work: large enough for spaCy's batching,
#: small enough for memory.
PIPE_BATCH = 32


class InputError(ValueError):
    """The input folder cannot be run: it is missing or holds no article."""


@dataclass(frozen=True)
class Task:
    """One input file to process."""

    path: Path
    source: str  # path relative to the input folder, POSIX style
    #: Why the file's name cannot be recorded (bytes that are not UTF-8), or None.
    name_error: str | None = None

    @property
    def article_id(self) -> str:
        """The article's stable id."""
        return article_id(self.source)


def article_id(source: str) -> str:
    """A stable id from the article's path relative to the input directory."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:12]


def _is_article(entry: os.DirEntry[str]) -> bool:
    """A ``*.txt`` (any case) that is not a real folder: regular files, and also links, FIFOs and
    devices, which the run lists as failed with the reason instead of passing over them."""
    return os.path.splitext(entry.name)[1].lower() == ".txt" and (
        entry.is_symlink() or not entry.is_dir(follow_symlinks=False)
    )


def discover(input_dir: Path, exclude: Path | None = None) -> list[Path]:
    """Every ``*.txt`` (any case) below ``input_dir``, recursively, in a stable order.

    Args:
        input_dir: The archive.
        exclude: A folder inside the archive whose files are not articles (the output folder,
            when it lies inside the input folder); never searched.

    Raises:
        InputError: ``input_dir`` is not a folder.
    """
    if not input_dir.is_dir():
        raise InputError(f"{input_dir}: not a directory (expected a folder of *.txt articles)")
    skip = os.path.realpath(exclude) if exclude is not None else None
    found: list[Path] = []
    pending = [str(input_dir)]
    while pending:  # os.scandir, not rglob: a folder can be left out before it is searched
        folder = pending.pop()
        try:
            with os.scandir(folder) as entries:
                for entry in entries:
                    if entry.is_dir(follow_symlinks=False) and os.path.realpath(entry.path) != skip:
                        pending.append(entry.path)
                    if _is_article(entry):
                        found.append(Path(entry.path))
        except OSError as err:
            if folder == str(input_dir):
                raise InputError(f"{input_dir}: cannot be read: {err.strerror or err}") from err
            log.warning(
                "%s: folder cannot be read, its articles are left out: %s", folder, err.strerror or err
            )
    return sorted(found)


def source_of(path: Path, input_dir: Path) -> tuple[str, str | None]:
    """The path relative to the input folder as text, and why it is not the file's real name.

    A name with bytes that are not UTF-8 (possible on Linux) cannot go into the UTF-8 tables:
    it is recorded with those bytes written as ``\\xNN`` and the article is listed as failed.
    """
    relative = path.relative_to(input_dir).as_posix()
    try:
        relative.encode("utf-8")
    except UnicodeEncodeError:
        shown = os.fsencode(relative).decode("utf-8", "backslashreplace")
        return shown, "file name is not valid UTF-8; rename the file to process it"
    return relative, None


def tasks_for(
    input_dir: Path, paths: Iterable[Path] | None = None, exclude: Path | None = None
) -> list[Task]:
    """Tasks for the given paths (default: every article of ``input_dir`` outside ``exclude``)."""
    return [Task(p, *source_of(p, input_dir)) for p in (paths or discover(input_dir, exclude))]


def failed(task: Task, error: str, sha256: str | None = None) -> ArticleExtraction:
    """The result of an article that could not be processed."""
    log.warning("%s: %s", task.source, error)
    return ArticleExtraction(
        article=ArticleRecord(
            article_id=task.article_id, source=task.source, status="failed", error=error, sha256=sha256
        )
    )
