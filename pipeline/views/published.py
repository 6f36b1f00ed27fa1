"""Where the published tables of an output folder are, resolved once per reader.

A run publishes by pointing ``OUT/.versions/current`` at a fresh version folder; the published
names (``OUT/quotes.parquet`` ...) are links through ``current``. A reader that opened each name
separately could, across a publish, read one table of the old version and the next of the new.
Readers (``pipeline.load``, ``query``, ``verify-quotes``) therefore resolve ``current`` once, to
the version folder itself, and read every table from there; publishing keeps the previous
version folder (see :mod:`pipeline.run.versions`), so a reader that resolved it can finish.
"""

from __future__ import annotations

import os
from pathlib import Path

VERSIONS = ".versions"
CURRENT = "current"


def published_folder(out_dir: Path) -> Path:
    """The folder a reader should read every table of ``out_dir`` from.

    The version folder ``current`` points at for an output of ``pressefakten extract``; the
    folder itself for anything else (a version folder, or tables written without versions).
    """
    current = out_dir / VERSIONS / CURRENT
    if current.is_symlink():
        target = current.parent / os.readlink(current)
        if target.is_dir():
            return target
    return out_dir
