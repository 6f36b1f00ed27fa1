"""The output folder: versioned, switched atomically, never half-written.

Every run writes its tables into a fresh folder ``OUTPUT_DIR/.versions/<run>``. When the run
is complete, one atomic rename points ``.versions/current`` at it; the published names
(``OUTPUT_DIR/articles.csv``, ``schema/``, ``run.json`` ...) are symbolic links through
``current``. A reader therefore sees either the previous run's tables or the new run's,
all of them, never a mix and never a partial file — whenever a run is killed.

Readers resolve ``current`` once (:mod:`pipeline.views.published`); publishing keeps the
version before the new one, so that a reader that resolved it just before the switch reads a
complete folder to the end. Older versions are removed. Only links that point into
``.versions`` are ever replaced or removed: a real file or folder under a published name was
not made by Pressefakten and stops the run (:class:`PublishError`).
"""

from __future__ import annotations

import os
import shutil
import time
from collections.abc import Iterable
from pathlib import Path

from pipeline.records import ALL_DATASETS
from pipeline.views.published import CURRENT, VERSIONS
from pipeline.write.files import naming

#: What a run publishes besides the tables (``<name>.csv``, ``<name>.parquet``).
VIEWS = ("schema", "run.json", "quotes.html", "network.csv", "figures")


class PublishError(Exception):
    """A published name is taken by a file or folder that Pressefakten did not make."""


def published_names(formats: tuple[str, ...] = ("csv", "parquet")) -> list[str]:
    """Every name a run may publish in the output folder."""
    return [f"{name}.{fmt}" for name in ALL_DATASETS for fmt in formats] + list(VIEWS)


def is_own_link(out_dir: Path, name: str) -> bool:
    """True when ``out_dir/name`` is a link that a run made (one into ``.versions``)."""
    link = out_dir / name
    return link.is_symlink() and os.readlink(link).startswith(f"{VERSIONS}/")


def new_version(out_dir: Path) -> Path:
    """A fresh, empty folder for this run's tables."""
    base = out_dir / VERSIONS
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    folder = base / f"run-{stamp}-{os.getpid()}-{time.monotonic_ns() % 1_000_000:06d}"
    with naming(folder):
        base.mkdir(parents=True, exist_ok=True)
        folder.mkdir()
    return folder


def refuse_foreign(out_dir: Path, names: Iterable[str]) -> None:
    """Raise :class:`PublishError` if one of ``names`` in ``out_dir`` is not a run's own link."""
    for name in sorted(names):
        entry = out_dir / name
        if (entry.exists() or entry.is_symlink()) and not is_own_link(out_dir, name):
            what = "folder" if entry.is_dir() and not entry.is_symlink() else "file"
            raise PublishError(
                f"{entry} is a {what} that Pressefakten did not make, where a run publishes its "
                f"{name}; nothing was changed. Move it out of {out_dir}"
            )


def _replace_with_link(link: Path, target: str) -> None:
    """Point ``link`` at ``target`` atomically; ``link`` must be absent or a link (a real file
    or folder was not made by a run: :func:`refuse_foreign` stops the run before)."""
    if link.exists() and not link.is_symlink():
        refuse_foreign(link.parent, [link.name])
    tmp = link.with_name(f".{link.name}.link-tmp")
    with naming(link):
        tmp.unlink(missing_ok=True)
        tmp.symlink_to(target)
        os.replace(tmp, link)


def publish(out_dir: Path, version: Path) -> None:
    """Make ``version`` the current output, atomically; keep the one before, drop older ones."""
    base = out_dir / VERSIONS
    current = base / CURRENT
    previous = os.readlink(current) if current.is_symlink() else None
    names = {entry.name for entry in version.iterdir()}
    refuse_foreign(out_dir, names)  # before anything is switched
    _replace_with_link(current, version.name)
    link_published(out_dir, version)
    for link in out_dir.iterdir():  # a table the new run no longer writes
        if is_own_link(out_dir, link.name) and link.name not in names:
            link.unlink()
    for old in base.iterdir():
        if old.is_dir() and not old.is_symlink() and old.name not in (version.name, previous):
            shutil.rmtree(old, ignore_errors=True)


def link_published(out_dir: Path, version: Path) -> set[str]:
    """Make sure every entry of ``version`` is published as a link through ``current``
    (also repairs links that a tool deleted, e.g. DVC before it runs a stage)."""
    names = {entry.name for entry in version.iterdir()}
    refuse_foreign(out_dir, names)  # e.g. DVC deleted the links and the user put a folder there
    for name in sorted(names):
        link = out_dir / name
        if not (link.is_symlink() and os.readlink(link) == f"{VERSIONS}/{CURRENT}/{name}"):
            _replace_with_link(link, f"{VERSIONS}/{CURRENT}/{name}")
    return names


def discard(version: Path) -> None:
    """Remove an unfinished version folder (after an error or an interruption)."""
    shutil.rmtree(version, ignore_errors=True)
