"""The output folder: versioned, switched atomically, never half-written.

Every run writes its tables into a fresh folder ``OUTPUT_DIR/.versions/<run>``. When the run
is complete, one atomic rename points ``.versions/current`` at it; the published names
(``OUTPUT_DIR/articles.csv``, ``schema/``, ``run.json`` ...) are symbolic links through
``current``. A reader therefore sees either the previous run's tables or the new run's,
all of them, never a mix and never a partial file — whenever a run is killed.
"""

from __future__ import annotations

import os
import shutil
import time
from pathlib import Path

VERSIONS = ".versions"
CURRENT = "current"


def new_version(out_dir: Path) -> Path:
    """A fresh, empty folder for this run's tables."""
    base = out_dir / VERSIONS
    base.mkdir(parents=True, exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S", time.gmtime())
    folder = base / f"run-{stamp}-{os.getpid()}-{time.monotonic_ns() % 1_000_000:06d}"
    folder.mkdir()
    return folder


def _replace_with_link(link: Path, target: str) -> None:
    """Point ``link`` at ``target`` atomically, whatever ``link`` was before (file or link)."""
    tmp = link.with_name(f".{link.name}.link-tmp")
    tmp.unlink(missing_ok=True)
    tmp.symlink_to(target)
    if link.is_dir() and not link.is_symlink():
        shutil.rmtree(link)  # a real folder where a link belongs: a rename cannot replace it
    os.replace(tmp, link)


def publish(out_dir: Path, version: Path) -> None:
    """Make ``version`` the current output, atomically, and drop older versions."""
    base = out_dir / VERSIONS
    _replace_with_link(base / CURRENT, version.name)
    names = link_published(out_dir, version)
    for link in out_dir.iterdir():  # a table the new run no longer writes
        if link.is_symlink() and os.readlink(link).startswith(f"{VERSIONS}/") and link.name not in names:
            link.unlink()
    for old in base.iterdir():
        if old.is_dir() and not old.is_symlink() and old.name != version.name:
            shutil.rmtree(old, ignore_errors=True)


def link_published(out_dir: Path, version: Path) -> set[str]:
    """Make sure every entry of ``version`` is published as a link through ``current``
    (also repairs links that a tool deleted, e.g. DVC before it runs a stage)."""
    names = {entry.name for entry in version.iterdir()}
    for name in sorted(names):
        link = out_dir / name
        if not (link.is_symlink() and os.readlink(link) == f"{VERSIONS}/{CURRENT}/{name}"):
            _replace_with_link(link, f"{VERSIONS}/{CURRENT}/{name}")
    return names


def discard(version: Path) -> None:
    """Remove an unfinished version folder (after an error or an interruption)."""
    shutil.rmtree(version, ignore_errors=True)
