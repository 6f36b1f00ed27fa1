"""Read an article file: decode it, and refuse what is not article text with a clear reason."""

from __future__ import annotations

import hashlib
import re
import warnings
from dataclasses import dataclass
from pathlib import Path

#: Decodings tried in order; cp1252 covers latin-1 text from Windows editors.
FALLBACK_ENCODINGS = ("cp1252", "latin-1")
# An HTML page, also behind an XML declaration or a browser's "saved from" comment.
_HTML = re.compile(
    r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*(?:<!doctype html|<html\b)", re.IGNORECASE | re.DOTALL
)
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
MAX_BYTES = 20_000_000


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


def read_article(path: Path) -> ArticleText:
    """Read one article file.

    Raises:
        ArticleReadError: when the file is missing, unreadable, too large, empty, binary or HTML.
    """
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise ArticleReadError(f"{path}: file is {size:,} bytes, more than the {MAX_BYTES:,} allowed")
        data = path.read_bytes()
    except OSError as err:
        raise ArticleReadError(f"{path}: cannot be read: {err.strerror or err}") from err
    text, encoding, warning = _decode(data, path)
    if warning:  # a warning for callers, and kept with the article (worker processes lose warnings)
        warnings.warn(warning, stacklevel=2)
    if not text.strip():  # a byte-order mark or Unicode spaces only
        raise ArticleReadError(f"{path}: file is empty (only whitespace)")
    if _HTML.match(text):
        raise ArticleReadError(f"{path}: an HTML page, not article text (save the page as plain text)")
    return ArticleText(text=text, encoding=encoding, sha256=hashlib.sha256(data).hexdigest(), warning=warning)
