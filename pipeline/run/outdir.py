"""The output folder belongs to Pressefakten: claimed once, locked while a run works in it.

* **Ownership.** ``extract`` writes only into a folder that is new, empty or already a
  Pressefakten output (marked by :data:`MARKER`, or by ``.versions`` from earlier releases). A
  folder with anything else in it (``--out .`` in a project folder, ``--out`` the archive
  itself) is refused before anything in it is touched. Inside its own folder a run replaces
  only links it made; a real file or folder under a published name stops the run instead.
* **One run at a time.** An exclusive lock (:mod:`filelock`, an OS lock released even when
  the holder is killed) is held on ``OUT/.lock`` for the whole run. A second run exits naming
  the holder, or with ``wait`` waits for it, saying so.
"""

from __future__ import annotations

import json
import os
import socket
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from pipeline.run.versions import VERSIONS, PublishError, published_names, refuse_foreign
from pipeline.write.files import naming

MARKER = ".pressefakten"
LOCK = ".lock"
HOLDER = ".lock-holder.json"
#: Entries an otherwise empty folder may hold (version control and file managers put them there).
HARMLESS = frozenset({".gitignore", ".gitkeep", ".DS_Store"})
_MARKER_TEXT = (
    "This folder is an output of pressefakten extract: every run replaces its tables.\n"
    "Keep your own files elsewhere.\n"
)


class OutputError(Exception):
    """The output folder cannot be used; the message names it and says what to do."""


def _inside(path: Path, folder: Path) -> bool:
    return path == folder or folder in path.parents


def claim(out_dir: Path, input_dir: Path) -> None:
    """Make sure ``out_dir`` is Pressefakten's to write (creating and marking it if new).

    Raises:
        OutputError: ``out_dir`` is the input folder or holds it, is not a folder, or holds
            files that are not a Pressefakten output.
    """
    out, archive = out_dir.resolve(), input_dir.resolve()
    if _inside(archive, out):
        raise OutputError(
            f"--out {out_dir} holds the input folder {input_dir}; choose an output folder of its own"
        )
    if out_dir.exists() and not out_dir.is_dir():
        raise OutputError(f"--out {out_dir} is a file, not a folder")
    if out_dir.is_dir() and not is_owned(out_dir):
        strangers = sorted(e.name for e in out_dir.iterdir() if e.name not in HARMLESS)
        if strangers:
            shown = ", ".join(strangers[:3]) + (", ..." if len(strangers) > 3 else "")
            raise OutputError(
                f"--out {out_dir} is not empty and not a Pressefakten output (it holds {shown}); "
                "nothing was changed. Choose a new or empty folder: a run replaces what its "
                "output folder holds"
            )
    marker = out_dir / MARKER
    with naming(marker):
        out_dir.mkdir(parents=True, exist_ok=True)
        if not marker.exists():
            marker.write_text(_MARKER_TEXT, encoding="utf-8")


def is_owned(out_dir: Path) -> bool:
    """True for a folder that a Pressefakten run has written (now or with an earlier release)."""
    return (out_dir / MARKER).is_file() or (out_dir / VERSIONS).is_dir()


def check_published_names(out_dir: Path, formats: tuple[str, ...]) -> None:
    """Refuse to start when a name the run publishes is taken by something it did not make.

    Raises:
        OutputError: naming the first such entry.
    """
    try:
        refuse_foreign(out_dir, published_names(formats))
    except PublishError as err:
        raise OutputError(str(err)) from None


def _holder(out_dir: Path) -> str:
    """Who holds the lock, as far as the holder wrote it down."""
    try:
        info = json.loads((out_dir / HOLDER).read_text(encoding="utf-8"))
        return f"pid {info['pid']} on {info['host']}, started {info['started']}: {' '.join(info['command'])}"
    except (OSError, ValueError, KeyError, TypeError):
        return "a process that has not yet said who it is"


def _write_holder(out_dir: Path) -> None:
    info = {
        "pid": os.getpid(),
        "host": socket.gethostname(),
        "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "command": ["pressefakten", *sys.argv[1:]],
    }
    with naming(out_dir / HOLDER):
        (out_dir / HOLDER).write_text(json.dumps(info, ensure_ascii=False) + "\n", encoding="utf-8")


@contextmanager
def exclusive(
    out_dir: Path, *, wait: bool = False, say: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the output folder's lock for the block.

    Args:
        out_dir: The (claimed) output folder.
        wait: Wait for a run that holds the lock instead of failing.
        say: Where to tell that this run waits (default: standard error).

    Raises:
        OutputError: another run holds the lock (and ``wait`` is false); the message names it.
    """
    from filelock import FileLock, Timeout  # imported on use: only runs need it

    lock = FileLock(str(out_dir / LOCK))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        holder = _holder(out_dir)
        if not wait:
            raise OutputError(
                f"{out_dir} is in use by another run ({holder}); wait for it to finish, "
                "run again with --wait, or choose another --out"
            ) from None
        (say or (lambda text: print(text, file=sys.stderr)))(
            f"pressefakten: waiting for the run that holds {out_dir} ({holder})"
        )
        lock.acquire()
    try:
        _write_holder(out_dir)
        yield
    finally:
        (out_dir / HOLDER).unlink(missing_ok=True)
        lock.release()
