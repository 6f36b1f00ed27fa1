"""Python access to an output folder: ``pipeline.load(OUTPUT_DIR)`` -> pandas DataFrames.

    >>> import pipeline
    >>> data = pipeline.load("outputs")
    >>> officials = data["officials"].merge(data["articles"], on="article_id")
    >>> officials.groupby(officials.published.dt.year).person_id.nunique()

The tables are read from the Parquet files (verbatim text, unlike the spreadsheet-safe
CSVs) with dtypes that follow the record models:

* dates (``articles.published``, ``people.first_seen`` ...) -> ``datetime64[ns]``, missing = ``NaT``;
* integers (offsets, ``person_id``, counts) -> ``Int64``; floats -> ``Float64``;
  booleans -> ``boolean``; text, including ``article_id`` and ``quote_id`` -> ``string``;
* every column is nullable (``<NA>``), never a float NaN standing in for a missing id.

``dates.value`` stays text: its precision varies (``2024-04-17``, ``2019-02``, ``2021``).
"""

from __future__ import annotations

from datetime import date
from os import PathLike
from pathlib import Path

import pandas as pd

from pipeline.records import ALL_DATASETS, Record, column_types
from pipeline.views.published import published_folder

_PANDAS = {int: "Int64", float: "Float64", bool: "boolean", str: "string", date: "datetime64[ns]"}


def dtypes(model: type[Record]) -> dict[str, str]:
    """The pandas dtype of every column of a record model (see the module docstring)."""
    return {name: _PANDAS.get(base, "string") for name, (base, _) in column_types(model).items()}


def read_table(path: Path, model: type[Record]) -> pd.DataFrame:
    """One Parquet table as a DataFrame with the model's dtypes (extra columns kept as read)."""
    frame = pd.read_parquet(path)
    for column, dtype in dtypes(model).items():
        if column not in frame.columns:
            continue
        if dtype.startswith("datetime64"):
            frame[column] = pd.to_datetime(frame[column]).astype(dtype)
        else:
            frame[column] = frame[column].astype(dtype)
    return frame


def load(out_dir: str | PathLike[str]) -> dict[str, pd.DataFrame]:
    """Load the datasets of an output folder of ``pressefakten extract``.

    Args:
        out_dir: The folder given to ``--out`` (its published Parquet files are read).

    Returns:
        Table name -> DataFrame, in the order of :data:`pipeline.records.ALL_DATASETS`:
        ``articles``, ``dates``, ``places``, ``officials``, ``milestones``, ``quotes``,
        ``joinings``, and ``people``, ``person_roles`` and ``members`` where the folder has them.

    Raises:
        FileNotFoundError: the folder does not exist or holds none of the tables.
    """
    if not Path(out_dir).is_dir():
        raise FileNotFoundError(f"no such output folder: {out_dir} (run 'pressefakten extract' first)")
    folder = published_folder(Path(out_dir))  # once: every table from the same run
    frames = {
        name: read_table(folder / f"{name}.parquet", model)
        for name, model in ALL_DATASETS.items()
        if (folder / f"{name}.parquet").is_file()
    }
    if not frames:
        raise FileNotFoundError(f"no tables in {out_dir}: expected {', '.join(ALL_DATASETS)} as *.parquet")
    return frames
