"""Reading the published tables for the views, and checking their two copies against each other.

Tables are read from Parquet, which holds the text verbatim; CSV is used only when an output has
no Parquet, with the spreadsheet apostrophe (see :mod:`pipeline.write.csvsafe`) removed. A table
that lacks a column a view needs, or whose offsets are not whole numbers, is malformed:
:class:`OutputError` says which file and what is wrong.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd

OFFSETS = ("start", "end")


class OutputError(Exception):
    """The output folder lacks what a check needs, or one of its tables is malformed."""


def unneutralise(value: Any) -> Any:
    """A CSV cell's verbatim value: one leading apostrophe removed (every cell that starts with
    one got it from :func:`pipeline.write.csvsafe.neutralise`, also a value that itself started
    with an apostrophe)."""
    if isinstance(value, str) and value.startswith("'"):
        return value[1:]
    return value


def _read_parquet(path: Path, columns: Sequence[str] | None) -> pd.DataFrame:
    import pandas as pd  # imported on use: the CLI starts fast for every other command
    import pyarrow.parquet as pq

    if columns is not None:  # a column the table lacks (an older run) is simply absent
        columns = [c for c in columns if c in pq.read_schema(path).names]
    return pd.read_parquet(path, columns=None if columns is None else list(columns))


def _read_csv(path: Path, columns: Sequence[str] | None) -> pd.DataFrame:
    import pandas as pd

    wanted = None if columns is None else set(columns).__contains__
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[""], usecols=wanted)
    for column in frame.columns:
        if column in OFFSETS:
            frame[column] = pd.to_numeric(frame[column], errors="raise").astype("Int64")
        else:
            frame[column] = frame[column].map(unneutralise)
    return frame


def read_table(
    out_dir: Path, name: str, columns: Sequence[str] | None = None, *, fmt: str | None = None
) -> pd.DataFrame:
    """A table of an output (or version) folder: Parquet (verbatim) when present, else CSV.

    Args:
        out_dir: The folder holding the tables.
        name: The table's name.
        columns: Only these columns (those the table has); all by default.
        fmt: ``"parquet"`` or ``"csv"`` to read that copy only.

    Raises:
        OutputError: neither file exists, or the file cannot be read as a table.
    """
    paths = {"parquet": out_dir / f"{name}.parquet", "csv": out_dir / f"{name}.csv"}
    for kind, path in paths.items():
        if (fmt is None or fmt == kind) and path.exists():
            try:
                return (_read_parquet if kind == "parquet" else _read_csv)(path, columns)
            except (OSError, ValueError, TypeError) as err:  # pyarrow's and pandas' errors are these
                message = str(err).splitlines()[0] if str(err) else type(err).__name__
                raise OutputError(f"{path}: malformed {name} table: {message}") from err
    raise OutputError(f"{out_dir}: no {name}.parquet or {name}.csv (is this an output folder?)")


def require(frame: pd.DataFrame, columns: Sequence[str], what: str) -> None:
    """Raise :class:`OutputError` naming the columns of ``columns`` that ``frame`` lacks."""
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise OutputError(
            f"{what}: malformed table: no column {', '.join(missing)} (it needs {', '.join(columns)})"
        )


def records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts with plain Python values (None for missing)."""
    frame = frame.astype(object).where(frame.notna(), None)
    return frame.to_dict("records")


def copy_differences(out_dir: Path, name: str, columns: Sequence[str], limit: int = 5) -> list[str]:
    """Where the CSV and the Parquet copy of a table disagree (nothing when one is missing).

    Compares the rows in order, column by column, the CSV read verbatim (apostrophes removed).

    Raises:
        OutputError: a copy is malformed.
    """
    if not ((out_dir / f"{name}.csv").exists() and (out_dir / f"{name}.parquet").exists()):
        return []
    parquet = records(read_table(out_dir, name, columns, fmt="parquet"))
    csv = records(read_table(out_dir, name, columns, fmt="csv"))
    found = []
    if len(parquet) != len(csv):
        found.append(f"{name}.csv has {len(csv)} rows, {name}.parquet {len(parquet)}")
    for number, (row_p, row_c) in enumerate(zip(parquet, csv, strict=False), 1):
        for column in columns:
            a, b = row_p.get(column), row_c.get(column)
            if a != b and not (a is None and b is None) and str(a) != str(b):
                found.append(f"{name} row {number}, {column}: csv {b!r}, parquet {a!r}")
                break
        if len(found) >= limit:
            break
    return found
