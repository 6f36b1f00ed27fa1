"""Write the datasets: one CSV and one Parquet table per record type, and their JSON Schemas.

Tables are written by streaming over the results twice (once to assign person ids across
the archive, once to write rows), so memory does not grow with the archive. Every file is
written under a temporary name and renamed into place.

Spreadsheet safety: a CSV cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would be run as a formula by spreadsheet programs. Such a cell is written
with a leading apostrophe (``'=SUMME(A1)``), the convention spreadsheets themselves use for
"text, not formula"; a cell that already starts with an apostrophe gets one more. So: remove
one leading apostrophe from every cell that starts with one to get the verbatim text.
The Parquet tables are never altered.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.records import (
    DATASETS,
    ArticleExtraction,
    OfficialRecord,
    Person,
    Record,
    column_types,
    columns,
)
from pipeline.write.csvsafe import ESCAPED_STARTS, FORMULA_STARTS, neutralise  # noqa: F401  (re-exported)
from pipeline.write.people import PeopleCollector, write_people_tables
from pipeline.write.person_ids import PersonRegistry

ROW_GROUP = 5000


Results = Callable[[], Iterable[ArticleExtraction]]


def official_records(
    article_id: str, people: Sequence[Person], registry: PersonRegistry
) -> list[OfficialRecord]:
    """One row per person and role (a person without a role gets one row with no role)."""
    rows = []
    for person in people:
        first = person.mentions[0]
        for role in person.roles or (None,):
            rows.append(
                OfficialRecord(
                    article_id=article_id,
                    text=first.text,
                    start=first.start,
                    end=first.end,
                    person_id=registry.id_of(person),
                    name=person.name,
                    honorific=person.honorific,
                    role=role,
                    organization=person.organization,
                    gender=person.gender,
                )
            )
    return rows


def records_of(result: ArticleExtraction, registry: PersonRegistry) -> dict[str, Sequence[Record]]:
    """The rows one article contributes to each dataset."""
    aid = result.article.article_id
    return {
        "articles": [result.article],
        "dates": result.dates,
        "places": result.places,
        "officials": official_records(aid, result.people, registry),
        "milestones": result.milestones,
        "quotes": result.quotes,
    }


def tables(results: Sequence[ArticleExtraction]) -> dict[str, list[Record]]:
    """The records of every dataset, in article order (in memory: for small archives and tests)."""
    registry = PersonRegistry(r.people for r in results)
    out: dict[str, list[Record]] = {name: [] for name in DATASETS}
    for result in results:
        for name, records in records_of(result, registry).items():
            out[name] += records
    return out


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        return neutralise(value)
    return value


_ARROW = {int: pa.int64(), float: pa.float64(), bool: pa.bool_(), str: pa.string(), date: pa.date32()}


_PANDAS = {int: "Int64", float: "Float64", bool: "boolean", str: "string"}


def column_dtypes(model: type[Record]) -> dict[str, str]:
    """Nullable pandas dtypes of a model's columns (dates stay Python dates)."""
    return {
        name: "object" if base is date else _PANDAS.get(base, "string")
        for name, (base, _) in column_types(model).items()
    }


def arrow_schema(model: type[Record]) -> pa.Schema:
    """The Parquet schema of a dataset, from its model's field annotations (all nullable).

    It carries pandas metadata, so that ``pandas.read_parquet`` gives nullable dtypes
    (``Int64``, ``string``, ``boolean``) without any option.
    """
    fields = [
        pa.field(name, _ARROW.get(base, pa.string())) for name, (base, _) in column_types(model).items()
    ]
    empty = pd.DataFrame(columns=list(model.model_fields)).astype(column_dtypes(model))
    return pa.schema(fields).with_metadata(pa.Schema.from_pandas(empty, preserve_index=False).metadata)


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterator[IO[Any]]:
    """Open a temporary file beside ``path`` and rename it into place when the block succeeds."""
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
        Path(tmp).unlink(missing_ok=True)
        raise


class TableWriter:
    """Streams the records of one table into its CSV and Parquet files.

    Parquet rows wait in per-column lists (no dict per row) until a row group of
    :data:`ROW_GROUP` rows is full, so memory stays flat however long the table.
    """

    def __init__(self, directory: Path, name: str, model: type[Record], formats: Sequence[str]) -> None:
        self.model = model
        self.fields = columns(model)
        self.schema = arrow_schema(model)
        self.paths = {fmt: directory / f"{name}.{fmt}" for fmt in formats}
        self.count = 0
        self._columns: dict[str, list[Any]] = {name: [] for name in self.fields}
        self._pending = 0
        directory.mkdir(parents=True, exist_ok=True)
        self._csv_handle = (
            self.paths["csv"].open("w", encoding="utf-8", newline="") if "csv" in formats else None
        )
        self._csv = csv.writer(self._csv_handle, lineterminator="\n") if self._csv_handle else None
        self._parquet = pq.ParquetWriter(self.paths["parquet"], self.schema) if "parquet" in formats else None
        if self._csv:
            self._csv.writerow(self.fields)

    def add(self, records: Iterable[Record]) -> None:
        """Append records (of this table's model) in order."""
        for record in records:
            data = record.model_dump()
            self.count += 1
            if self._csv:
                self._csv.writerow([_cell(data[name]) for name in self.fields])
            if self._parquet:
                for name in self.fields:
                    self._columns[name].append(data[name])
                self._pending += 1
                if self._pending >= ROW_GROUP:
                    self._flush()

    def _flush(self) -> None:
        if self._parquet and self._pending:
            self._parquet.write_table(pa.Table.from_pydict(self._columns, schema=self.schema))
        self._columns = {name: [] for name in self.fields}
        self._pending = 0

    def close(self) -> None:
        """Write what is pending and close the files (synced to disk)."""
        self._flush()
        if self._parquet:
            self._parquet.close()
        if self._csv_handle:
            self._csv_handle.flush()
            os.fsync(self._csv_handle.fileno())
            self._csv_handle.close()


def write_table(
    directory: Path, name: str, model: type[Record], records: Iterable[Record], formats: Sequence[str]
) -> int:
    """Write one table from a stream of records; returns its number of rows."""
    writer = TableWriter(directory, name, model, formats)
    try:
        writer.add(records)
    finally:
        writer.close()
    return writer.count


def write_tables(
    directory: Path,
    results: Results,
    *,
    formats: Sequence[str] = ("csv", "parquet"),
    registry: PersonRegistry | None = None,
) -> dict[str, int]:
    """Write every dataset into ``directory`` (a fresh folder) by streaming ``results()`` twice.

    Returns:
        The number of rows per dataset.
    """
    directory.mkdir(parents=True, exist_ok=True)
    registry = registry or PersonRegistry(r.people for r in results())
    writers = {name: TableWriter(directory, name, DATASETS[name], formats) for name in DATASETS}
    people = PeopleCollector(registry)
    try:
        for result in results():
            people.add(result)
            for name, records in records_of(result, registry).items():
                writers[name].add(records)
    finally:
        for writer in writers.values():
            writer.close()
    write_schemas(directory)
    counts = {name: writer.count for name, writer in writers.items()}
    return counts | write_people_tables(directory, people.streams(), formats)


def write_schemas(out_dir: Path) -> None:
    """A JSON Schema per record type, generated from the models."""
    for name, model in DATASETS.items():
        with atomic_write(out_dir / "schema" / f"{name}.schema.json") as handle:
            json.dump(model.model_json_schema(), handle, ensure_ascii=False, indent=2)
            handle.write("\n")


def write_datasets(
    out_dir: Path, results: Sequence[ArticleExtraction], *, formats: Sequence[str] = ("csv", "parquet")
) -> dict[str, int]:
    """Write in-memory results straight into ``out_dir`` (no versioning; for tests and notebooks)."""
    return write_tables(out_dir, lambda: results, formats=formats)
