"""Files written atomically: a reader sees the old content or the new, never half of it.

A full disk (or an exceeded quota) while writing becomes a :class:`DiskFullError` that names the
file (the operating system's error on a write names none), so that the command can say in one
line where it ran out of space.
"""

from __future__ import annotations

import errno
import json
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

#: The operating system's ways of saying that nothing more can be written.
DISK_FULL = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG})
_DISK_FULL_TEXT = ("No space left on device", "Disk quota exceeded")


class DiskFullError(OSError):
    """No space was left while writing ``filename`` (``errno``, ``strerror`` as the system's)."""


def is_disk_full(err: BaseException) -> bool:
    """True for an error that says the disk (or the quota) is full; also one from pyarrow, which
    carries the system's message without its number."""
    return isinstance(err, OSError) and (
        err.errno in DISK_FULL or any(text in str(err) for text in _DISK_FULL_TEXT)
    )


@contextmanager
def naming(path: Path) -> Iterator[None]:
    """Turn a full disk while the block writes ``path`` into a :class:`DiskFullError` naming it."""
    try:
        yield
    except DiskFullError:
        raise
    except OSError as err:
        if not is_disk_full(err):
            raise
        number = err.errno if err.errno in DISK_FULL else errno.ENOSPC
        raise DiskFullError(number, os.strerror(number), str(err.filename or path)) from err


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` and rename it into place when the block succeeds."""
    with naming(path):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
        try:
            with os.fdopen(
                fd, mode, **({"encoding": "utf-8", "newline": ""} if "b" not in mode else {})
            ) as handle:
                yield handle
                handle.flush()
                os.fsync(handle.fileno())
            os.chmod(tmp, 0o644)  # mkstemp creates 0600; outputs are meant to be shared
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)  # also when closing the file failed: never left behind
            raise


def write_json(path: Path, data: object) -> None:
    """Write ``data`` as indented UTF-8 JSON, atomically."""
    with atomic_write(path) as handle:
        json.dump(data, handle, indent=2, ensure_ascii=False)
        handle.write("\n")
