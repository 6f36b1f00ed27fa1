"""Write the datasets: one CSV and one Parquet table per record type, and their JSON Schemas.

Every file is written to a temporary name beside its target and renamed into place, so a
reader never sees half a table.
"""

from __future__ import annotations

import csv
import json
import os
import tempfile
import typing
from collections.abc import Callable, Iterable, Sequence
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import IO, Any

import pandas as pd

from pipeline.models import DATASETS, OfficialRecord, Person, Record, columns
from pipeline.registry import PersonRegistry
from pipeline.runner import ArticleResult


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


def tables(results: Sequence[ArticleResult]) -> dict[str, list[Record]]:
    """The records of every dataset, in article order."""
    registry = PersonRegistry(r.people for r in results)
    out: dict[str, list[Record]] = {name: [] for name in DATASETS}
    for result in results:
        aid = result.article.article_id
        out["articles"].append(result.article)
        out["dates"] += result.dates
        out["places"] += result.places
        out["officials"] += official_records(aid, result.people, registry)
        out["milestones"] += result.milestones
        out["quotes"] += result.quotes
    return out


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return value


@contextmanager
def atomic_write(path: Path, mode: str = "w") -> Iterable[IO[Any]]:
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
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_csv(path: Path, fields: list[str], records: Sequence[Record], model: type[Record]) -> None:
    """Write records as CSV (UTF-8, header row, columns in model order)."""
    with atomic_write(path) as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(fields)
        for record in records:
            data = record.model_dump()
            writer.writerow([_cell(data[name]) for name in fields])


_DTYPES = {int: "Int64", float: "Float64", bool: "boolean", str: "string"}


def column_dtypes(model: type[Record]) -> dict[str, str]:
    """Nullable pandas dtypes of a model's columns, from its field annotations."""
    dtypes = {}
    for name, info in model.model_fields.items():
        args = typing.get_args(info.annotation) or (info.annotation,)
        base = next((a for a in args if a is not type(None)), str)
        dtypes[name] = "object" if base is date else _DTYPES.get(base, "string")
    return dtypes


def write_parquet(path: Path, fields: list[str], records: Sequence[Record], model: type[Record]) -> None:
    """Write records as Parquet, with nullable column types."""
    frame = pd.DataFrame([r.model_dump() for r in records], columns=fields)
    frame = frame.astype(column_dtypes(model))
    with atomic_write(path, "wb") as handle:
        frame.to_parquet(handle, index=False)


def write_schemas(out_dir: Path) -> None:
    """A JSON Schema per record type, generated from the models."""
    for name, model in DATASETS.items():
        with atomic_write(out_dir / "schema" / f"{name}.schema.json") as handle:
            json.dump(model.model_json_schema(), handle, ensure_ascii=False, indent=2)
            handle.write("\n")


def write_datasets(
    out_dir: Path, results: Sequence[ArticleResult], *, formats: Sequence[str] = ("csv", "parquet")
) -> dict[str, int]:
    """Write every dataset; returns the number of rows per dataset."""
    writers: dict[str, Callable[[Path, list[str], Sequence[Record], type[Record]], None]] = {
        "csv": write_csv,
        "parquet": write_parquet,
    }
    counts = {}
    for name, records in tables(results).items():
        fields = columns(DATASETS[name])
        for fmt in formats:
            writers[fmt](out_dir / f"{name}.{fmt}", fields, records, DATASETS[name])
        counts[name] = len(records)
    write_schemas(out_dir)
    return counts
