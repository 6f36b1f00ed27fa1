"""The result cache that makes runs incremental and resumable.

Each processed article is stored as ``<cache>/<article_id>.json`` the moment it is done
(written atomically), under a key made of the file's SHA-256 and the pipeline fingerprint
(code, rule data, model and settings). A later run reuses a result whose key still matches;
a run that was killed resumes from what it had stored.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from pydantic import ValidationError

from pipeline import __version__
from pipeline.records import ArticleExtraction
from pipeline.text.reading import ArticleReadError, read_regular
from pipeline.write.files import naming

_FINGERPRINTED = frozenset({".py", ".csv", ".tsv", ".json", ".jsonl"})


def pipeline_fingerprint(model_info: dict[str, str], settings: dict[str, str] | None = None) -> str:
    """A hash of everything that shapes a result: the package's code and rule data, the model
    and the settings. Any change to them invalidates every cached result."""
    digest = hashlib.sha256(__version__.encode())
    root = Path(str(resources.files("pipeline")))
    for path in sorted(_package_files(root)):
        digest.update(path.relative_to(root).as_posix().encode())
        digest.update(path.read_bytes())
    digest.update(json.dumps(model_info, sort_keys=True).encode())
    digest.update(json.dumps(settings or {}, sort_keys=True).encode())
    return digest.hexdigest()[:16]


def _package_files(root: Path) -> list[Path]:
    return [
        p
        for p in root.rglob("*")
        if p.is_file() and p.suffix in _FINGERPRINTED and "__pycache__" not in p.parts
    ]


#: A cache entry larger than this is damaged (results of the largest articles are far smaller).
MAX_ENTRY_BYTES = 1 << 30
_KEY_PREFIX = '{"key": '
_RESULT_SEPARATOR = ', "result": '


class ResultCache:
    """Article results on disk, keyed by content and pipeline fingerprint."""

    def __init__(self, directory: Path, fingerprint: str) -> None:
        self.directory = directory
        self.fingerprint = fingerprint
        if (directory.is_symlink() or directory.exists()) and not directory.is_dir():
            directory.unlink()  # the cache's own name taken by a file: the cache is only a cache
        directory.mkdir(parents=True, exist_ok=True)

    def key(self, sha256: str) -> str:
        """The cache key of a file content under this pipeline."""
        return f"{sha256}:{self.fingerprint}"

    def _path(self, article_id: str) -> Path:
        return self.directory / f"{article_id}.json"

    def _read(self, article_id: str) -> tuple[str, str]:
        """(key, result JSON) of an entry as :meth:`put` writes it.

        Raises:
            OSError, ValueError: a missing or damaged entry.
        """
        try:  # a regular file only: an entry replaced by a FIFO or a folder must not hang or crash
            text = read_regular(self._path(article_id), MAX_ENTRY_BYTES).decode("utf-8")
        except (ArticleReadError, UnicodeDecodeError) as err:
            raise ValueError(f"damaged cache entry {article_id}: {err}") from err
        head, sep, rest = text.partition(_RESULT_SEPARATOR)
        if not sep or not head.startswith(_KEY_PREFIX) or not text.endswith("}"):
            raise ValueError(f"damaged cache entry {article_id}")
        key = json.loads(head[len(_KEY_PREFIX) :])
        if not isinstance(key, str):
            raise ValueError(f"damaged cache entry {article_id}")
        return key, rest[:-1]

    def get(self, article_id: str, sha256: str | None) -> ArticleExtraction | None:
        """The stored result, if its key matches (else None: process the article again)."""
        if sha256 is None:
            return None
        try:
            key, result = self._read(article_id)
            if key != self.key(sha256):
                return None
            # validating from JSON runs in pydantic's compiled core: cheap enough to do always
            return ArticleExtraction.model_validate_json(result)
        except (OSError, ValueError, ValidationError):
            return None  # a damaged entry is simply recomputed

    def has(self, article_id: str, sha256: str | None) -> bool:
        """True when a valid result is stored under the current key."""
        return self.get(article_id, sha256) is not None

    def put(self, article_id: str, sha256: str | None, result: ArticleExtraction) -> None:
        """Store a result atomically (a killed run leaves whole entries or none).

        The entry is JSON, ``{"key": ..., "result": ...}``, written with the result serialised
        by pydantic's compiled core (the run writes one per article).
        """
        if sha256 is None:
            return  # nothing to key it on: a file that could not be read is retried next time
        payload = (
            _KEY_PREFIX + json.dumps(self.key(sha256)) + _RESULT_SEPARATOR + result.model_dump_json() + "}"
        )
        with naming(self._path(article_id)):
            fd, tmp = tempfile.mkstemp(prefix=f".{article_id}.", suffix=".tmp", dir=self.directory)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.write(payload)
                _clear_the_way(self._path(article_id))
                os.replace(tmp, self._path(article_id))
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise

    def person_names(self, article_id: str) -> list[str]:
        """The names of the people of a stored result, read without validating the result."""
        return [person["name"] for person in json.loads(self._read(article_id)[1]).get("people", [])]

    def load(self, article_id: str) -> ArticleExtraction:
        """A stored result, unconditionally (for writing tables after the run)."""
        return ArticleExtraction.model_validate_json(self._read(article_id)[1])

    def prune(self, keep: set[str]) -> int:
        """Delete entries of articles that are gone from the archive; returns how many."""
        removed = 0
        for path in self.directory.glob("*.json"):
            if path.stem not in keep:
                _clear_the_way(path)
                path.unlink(missing_ok=True)
                removed += 1
        for tmp in self.directory.glob(".*.tmp"):
            tmp.unlink(missing_ok=True)  # left by a killed run
        return removed


def _clear_the_way(entry: Path) -> None:
    """Remove a real folder where a cache entry belongs (a rename or unlink cannot replace one);
    anything else is replaced by the rename itself."""
    if entry.is_dir() and not entry.is_symlink():
        shutil.rmtree(entry)


@dataclass(frozen=True)
class Kept:
    """What the run needs to know of one processed article once its result is stored.

    Attributes:
        source: The article's path relative to the archive.
        warning: The reading warning (e.g. the encoding used), if any.
        unstored: The result itself when it could not be stored (an unreadable file has no
            content hash to key it on); None when it is in the cache.
    """

    source: str
    warning: str | None
    unstored: ArticleExtraction | None


@dataclass(frozen=True)
class Storage:
    """Stores results in the cache under their file's hash as planned.

    A worker process stores its own results and sends back only a :class:`Kept`, so the
    parent neither receives nor serialises the records: with two workers on two cores the
    parent would otherwise take CPU time from them.
    """

    cache: ResultCache
    hashes: Mapping[str, str | None]

    def keep(self, result: ArticleExtraction) -> Kept:
        """Store ``result`` (if it can be keyed) and say what became of it."""
        article = result.article
        sha = self.hashes.get(article.source)
        if sha is None or (article.sha256 is None and article.status == "failed"):
            return Kept(article.source, article.warning, result)  # retried next run
        self.cache.put(article.article_id, sha, result)
        return Kept(article.source, article.warning, None)
