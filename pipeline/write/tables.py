"""Write the datasets: one CSV and one Parquet table per record type, and their JSON Schemas.

Tables are written by streaming over the results twice (once to assign person ids across
the archive, once to write rows), so memory does not grow with the archive. Every file is
written under a temporary name and renamed into place.

Spreadsheet safety (:mod:`pipeline.write.csvsafe`): a cell holding a line break is always
quoted, and a CSV cell that starts with ``=``, ``+``, ``-``, ``@``, a tab or a
carriage return would be run as a formula by spreadsheet programs. Such a cell is written
with a leading apostrophe (``'=SUMME(A1)``), the convention spreadsheets themselves use for
"text, not formula"; a cell that already starts with an apostrophe gets one more. So: remove
one leading apostrophe from every cell that starts with one to get the verbatim text.
The Parquet tables are never altered.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import IO, Any

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.records import (
    ALL_DATASETS,
    DATASETS,
    ArticleExtraction,
    OfficialRecord,
    Person,
    Record,
    column_types,
    columns,
)
from pipeline.text.lexicon import canonical_role
from pipeline.write.csvsafe import (  # noqa: F401  (ESCAPED_STARTS, FORMULA_STARTS re-exported)
    ESCAPED_STARTS,
    FORMULA_STARTS,
    CsvWriter,
    neutralise,
)
from pipeline.write.files import naming, write_json
from pipeline.write.members import MembersCollector
from pipeline.write.people import PeopleCollector
from pipeline.write.person_ids import PersonIds, person_ids_of

ROW_GROUP = 5000


Results = Callable[[], Iterable[ArticleExtraction]]


def official_records(
    article_id: str, people: Sequence[Person], person_ids: PersonIds
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
                    person_id=person_ids.id_of(person),
                    name=person.name,
                    honorific=person.honorific,
                    role=role,
                    role_head=canonical_role(role) if role else None,
                    organization=person.organization,
                    gender=person.gender,
                )
            )
    return rows


def records_of(result: ArticleExtraction, person_ids: PersonIds) -> dict[str, Sequence[Record]]:
    """The rows one article contributes to each dataset."""
    aid = result.article.article_id
    return {
        "articles": [result.article],
        "dates": result.dates,
        "places": result.places,
        "officials": official_records(aid, result.people, person_ids),
        "milestones": result.milestones,
        "quotes": [
            quote.model_copy(update={"person_id": person_ids.id_of_name(quote.speaker_name)})
            if quote.speaker_name
            else quote
            for quote in result.quotes
        ],
        "joinings": result.joinings,
    }


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
        self._csv_handle: IO[str] | None = None
        self._csv: CsvWriter | None = None
        self._parquet: pq.ParquetWriter | None = None
        with naming(directory):
            directory.mkdir(parents=True, exist_ok=True)
        if "csv" in formats:
            with naming(self.paths["csv"]):
                self._csv_handle = self.paths["csv"].open("w", encoding="utf-8", newline="")
                self._csv = CsvWriter(self._csv_handle)
                self._csv.writerow(self.fields)
        if "parquet" in formats:
            with naming(self.paths["parquet"]):
                self._parquet = pq.ParquetWriter(self.paths["parquet"], self.schema)

    def add(self, records: Iterable[Record]) -> None:
        """Append records (of this table's model) in order."""
        with naming(self.paths.get("csv") or self.paths["parquet"]):
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
            with naming(self.paths["parquet"]):
                self._parquet.write_table(pa.Table.from_pydict(self._columns, schema=self.schema))
        self._columns = {name: [] for name in self.fields}
        self._pending = 0

    def close(self) -> None:
        """Write what is pending and close the files (synced to disk)."""
        try:
            self._flush()
            if self._parquet:
                with naming(self.paths["parquet"]):
                    try:
                        self._parquet.close()
                    finally:
                        self._parquet.is_open = False  # a failed close is not retried when collected
        finally:
            if self._csv_handle:
                with naming(self.paths["csv"]):
                    try:
                        self._csv_handle.flush()
                        os.fsync(self._csv_handle.fileno())
                    finally:
                        self._csv_handle.close()


def close_all(writers: Iterable[TableWriter]) -> None:
    """Close every writer, also after one failed (e.g. the disk is full); then raise the first
    error. An unclosed writer would try again, and fail again, whenever it is collected."""
    first: BaseException | None = None
    for writer in writers:
        try:
            writer.close()
        except BaseException as err:  # re-raised below, after the others are closed
            first = first or err
    if first is not None:
        raise first


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
    person_ids: PersonIds | None = None,
) -> dict[str, int]:
    """Write every dataset, the people tables, the members register and the JSON Schemas into ``directory``.

    Args:
        directory: A fresh folder (created if missing).
        results: Called once or twice (once more without ``person_ids``); each call streams
            the results of the run in article order.
        formats: ``"csv"`` and/or ``"parquet"``.
        person_ids: The archive's person ids; by default from a first pass over the results.

    Returns:
        The number of rows per table.
    """
    directory.mkdir(parents=True, exist_ok=True)
    person_ids = person_ids or person_ids_of(results())
    writers = {name: TableWriter(directory, name, DATASETS[name], formats) for name in DATASETS}
    collectors = (PeopleCollector(person_ids), MembersCollector())
    try:
        for result in results():
            for collector in collectors:
                collector.add(result)
            for name, records in records_of(result, person_ids).items():
                writers[name].add(records)
    finally:
        close_all(writers.values())
    counts = {name: writer.count for name, writer in writers.items()}
    for collector in collectors:
        for name, stream in collector.streams().items():
            counts[name] = write_table(directory, name, ALL_DATASETS[name], stream, formats)
    write_schemas(directory)
    return counts


def write_schemas(out_dir: Path) -> None:
    """A JSON Schema per table, generated from the models."""
    for name, model in ALL_DATASETS.items():
        write_json(out_dir / "schema" / f"{name}.schema.json", model.model_json_schema())
