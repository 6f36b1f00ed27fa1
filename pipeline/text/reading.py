"""Read an article file: decode it, and refuse what is not article text with a clear reason."""

from __future__ import annotations

import hashlib
import os
import re
import stat
import warnings
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO

#: Decodings tried in order; cp1252 covers latin-1 text from Windows editors.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
# An HTML page, also behind an XML declaration or a browser's "saved from" comment.
_HTML = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype html|<html\b)", re.IGNORECASE | re.DOTALL
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
MAX_BYTES = 20_000_000
#: Bytes read at a time while hashing.
HASH_CHUNK = 1 << 20
_KINDS = (
    (stat.S_ISDIR, "a directory"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


class ArticleReadError(Exception):
    """The file cannot be read as an article; the message names the file and the problem."""


@dataclass(frozen=True)
class ArticleText:
    """A decoded article."""

    text: str
    encoding: str
    sha256: str
    warning: str | None = None


def _decode(data: bytes, path: Path) -> tuple[str, str, str | None]:
    """Text, encoding and the warning to give (None for UTF-8/UTF-16)."""
    if not data.strip():
        raise ArticleReadError(f"{path}: file is empty")
    if data.startswith(_UTF16_BOMS):  # Windows "Unicode" text: UTF-16 with its byte-order mark
        try:
            return data.decode("utf-16"), "utf-16", None
        except UnicodeDecodeError as err:
            raise ArticleReadError(f"{path}: UTF-16 byte-order mark but undecodable: {err.reason}") from err
    if b"\x00" in data[:8192]:
        raise ArticleReadError(f"{path}: binary file (contains NUL bytes), not article text")
    try:
        return data.decode("utf-8-sig"), "utf-8", None
    except UnicodeDecodeError as err:
        for encoding in FALLBACK_ENCODINGS:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                continue
            return (
                text,
                encoding,
                f"{path}: not valid UTF-8 ({err.reason} at byte {err.start}); decoded as {encoding}",
            )
    raise ArticleReadError(f"{path}: cannot be decoded as UTF-8 or cp1252")


def _check_regular(path: Path, info: os.stat_result, limit: int) -> None:
    """Raise :class:`ArticleReadError` naming what ``path`` is unless it is a regular file of at
    most ``limit`` bytes."""
    if not stat.S_ISREG(info.st_mode):
        kind = next((kind for test, kind in _KINDS if test(info.st_mode)), "a special file")
        raise ArticleReadError(f"{path}: {kind}, not a regular file; only regular files are read")
    if info.st_size > limit:
        raise ArticleReadError(f"{path}: file is {info.st_size:,} bytes, more than the {limit:,} allowed")


def open_regular(path: Path, limit: int | None = None) -> BinaryIO:
    """Open ``path`` for reading if it is a regular file of at most ``limit`` bytes
    (default :data:`MAX_BYTES`).

    A symbolic link is followed, but a FIFO, a device or a directory is never opened: reading
    a FIFO blocks forever and ``/dev/zero`` never ends. The file is checked again once open, so
    that swapping it for a FIFO after the first check cannot block either.

    Raises:
        ArticleReadError: the file is missing, not a regular file, too large or unreadable.
    """
    limit = MAX_BYTES if limit is None else limit
    try:
        _check_regular(path, os.stat(path), limit)
        handle = os.fdopen(os.open(path, os.O_RDONLY | os.O_NONBLOCK | os.O_CLOEXEC), "rb")
        info = os.fstat(handle.fileno())
    except OSError as err:
        raise ArticleReadError(f"{path}: cannot be read: {err.strerror or err}") from err
    try:
        _check_regular(path, info, limit)
    except ArticleReadError:
        handle.close()
        raise
    return handle


def read_regular(path: Path, limit: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes (see :func:`open_regular`).

    Raises:
        ArticleReadError: as :func:`open_regular`, or the file grew past ``limit`` while read.
    """
    limit = MAX_BYTES if limit is None else limit
    with open_regular(path, limit) as handle:
        try:
            data = handle.read(limit + 1)  # never more than the limit, even from a growing file
        except OSError as err:
            raise ArticleReadError(f"{path}: cannot be read: {err.strerror or err}") from err
    if len(data) > limit:
        raise ArticleReadError(f"{path}: file is more than the {limit:,} bytes allowed")
    return data


def file_sha256(path: Path) -> str | None:
    """The SHA-256 of a file's bytes, read in chunks; None when it is not a readable regular file
    within the size limit (reading the article then reports why)."""
    digest = hashlib.sha256()
    try:
        with open_regular(path) as handle:
            for chunk in iter(lambda: handle.read(HASH_CHUNK), b""):
                digest.update(chunk)
    except (ArticleReadError, OSError):
        return None
    return digest.hexdigest()


def read_article(path: Path) -> ArticleText:
    """Read one article file.

    Raises:
        ArticleReadError: when the file is missing, unreadable, not a regular file, too large,
            empty, binary or HTML.
    """
    data = read_regular(path)
    text, encoding, warning = _decode(data, path)
    if warning:  # a warning for callers, and kept with the article (worker processes lose warnings)
        warnings.warn(warning, stacklevel=2)
    if not text.strip():  # a byte-order mark or Unicode spaces only
        raise ArticleReadError(f"{path}: file is empty (only whitespace)")
    if _HTML.match(text):
        raise ArticleReadError(f"{path}: an HTML page, not article text (save the page as plain text)")
    return ArticleText(text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), warning=warning)
