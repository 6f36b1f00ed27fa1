"""``pressefakten query``: SQL over the datasets of an output folder, with DuckDB.

Every table of the folder is a view named after it (``articles``, ``dates``, ``places``,
``officials``, ``milestones``, ``quotes``, ``joinings``, ``people``, ``person_roles``,
``members``), read from its Parquet file, so values are typed (dates as ``DATE``, ids as
``BIGINT``) and verbatim::

    pressefakten query "SELECT name, count(*) AS n FROM officials GROUP BY name ORDER BY n DESC"
    pressefakten query "SELECT municipality, joined, district FROM members ORDER BY joined"
    pressefakten query "SELECT * FROM people WHERE roles ILIKE '%minister%'" --format csv > m.csv

Output formats: ``table`` (readable, long cells shortened), ``csv`` (header row, all text in
full, spreadsheet-safe like the published CSVs) and ``json`` (an array of objects).
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import math
import sys
from collections.abc import Sequence
from datetime import date, datetime, time
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import duckdb


from pipeline.records import ALL_DATASETS
from pipeline.write.csvsafe import neutralise

Format = Literal["table", "csv", "json"]
FORMATS: tuple[Format, ...] = ("table", "csv", "json")
EXIT_OK, EXIT_USAGE = 0, 2
MAX_CELL = 60  # characters of a cell shown by the table format


class QueryError(Exception):
    """The query cannot run: no such output folder, or an error in the SQL."""


def connect(out_dir: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table of ``out_dir``.

    Raises:
        QueryError: ``out_dir`` does not exist or holds no Parquet table.
    """
    import duckdb  # imported on use: the CLI starts fast for every other command

    if not out_dir.is_dir():
        raise QueryError(f"no such output folder: {out_dir} (run 'pressefakten extract' first)")
    tables = {name: out_dir / f"{name}.parquet" for name in ALL_DATASETS}
    tables = {name: path for name, path in tables.items() if path.is_file()}
    if not tables:
        raise QueryError(f"no tables in {out_dir}: expected {', '.join(ALL_DATASETS)} as *.parquet")
    con = duckdb.connect(":memory:")
    for name, path in tables.items():
        literal = str(path.resolve()).replace("'", "''")
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{literal}')")
    return con


def _sql_message(err: Exception) -> str:
    """DuckDB's message without its error class prefix ("Catalog Error: ...")."""
    text = str(err).strip()
    head, sep, rest = text.partition(": ")
    return rest if sep and head.endswith("Error") and " " in head else text


def execute(sql: str, out_dir: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` over the tables of ``out_dir``.

    Returns:
        The column names and the rows (empty lists for a statement without a result).

    Raises:
        QueryError: no such folder, or the SQL is invalid or fails.
    """
    import duckdb

    con = connect(out_dir)
    try:
        cursor = con.execute(sql)
        if cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    except duckdb.Error as err:
        raise QueryError(f"SQL error: {_sql_message(err)}") from err
    finally:
        con.close()


def _plain(value: Any) -> Any:
    """A value as JSON can hold it."""
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, float) and not math.isfinite(value):
        return None  # JSON has no NaN or infinity
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return value


def _text(value: Any) -> str:
    """A value as one line of text ("" for NULL)."""
    if value is None:
        return ""
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(_plain(value), ensure_ascii=False)
    return str(value)


def format_table(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Aligned columns with a header rule and a row count; NULL shows as empty."""
    cells = [[_shorten(_text(v).replace("\n", " ")) for v in row] for row in rows]
    widths = [max([len(name)] + [len(row[i]) for row in cells]) for i, name in enumerate(names)]
    numeric = [
        all(isinstance(r[i], (int, float, Decimal)) or r[i] is None for r in rows) for i in range(len(names))
    ]

    def line(values: Sequence[str]) -> str:
        parts = [v.rjust(w) if num else v.ljust(w) for v, w, num in zip(values, widths, numeric, strict=True)]
        return " | ".join(parts).rstrip()

    out = [line(names), "-+-".join("-" * w for w in widths)] + [line(row) for row in cells]
    out.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(out) + "\n"


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[: MAX_CELL - 1] + "…"


def format_csv(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """CSV with a header row; text starting like a formula gets a leading apostrophe."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(names)
    for row in rows:
        writer.writerow([neutralise(v) if isinstance(v, str) else _text(v) for v in row])
    return buffer.getvalue()


def format_json(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A JSON array with one object per row (dates as ISO strings, NULL as null)."""
    objects = [{name: _plain(value) for name, value in zip(names, row, strict=True)} for row in rows]
    return json.dumps(objects, ensure_ascii=False, indent=2) + "\n"


def run_query(sql: str, out_dir: Path, fmt: Format = "table") -> str:
    """Run ``sql`` over the datasets of ``out_dir`` and render the result.

    Args:
        sql: One or more SQL statements (DuckDB dialect); the last one's result is shown.
        out_dir: An output folder of ``pressefakten extract``.
        fmt: ``table``, ``csv`` or ``json``.

    Raises:
        QueryError: no such folder, or the SQL is invalid or fails.
        ValueError: unknown format.
    """
    renderers = {"table": format_table, "csv": format_csv, "json": format_json}
    if fmt not in renderers:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    names, rows = execute(sql, out_dir)
    if not names:
        return "OK\n" if fmt == "table" else ("[]\n" if fmt == "json" else "")
    return renderers[fmt](names, rows)


def add_query_subcommand(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:  # type: ignore[type-arg]
    """Add ``query "SQL" [--out DIR] [--format table|csv|json]`` to the command's subparsers."""
    parser = subparsers.add_parser(
        "query",
        help="run SQL over the datasets (DuckDB)",
        description="Run SQL over the datasets of an output folder. Tables: " + ", ".join(ALL_DATASETS) + ".",
    )
    parser.add_argument("sql", help='the query, e.g. "SELECT * FROM officials LIMIT 5"')
    parser.add_argument("--out", type=Path, default=Path("outputs"), help="output folder (default: outputs)")
    parser.add_argument("--format", choices=FORMATS, default="table", help="output format (default: table)")
    return parser


def query_main(args: argparse.Namespace) -> int:
    """Run ``pressefakten query``: print the result, or the error on standard error.

    Returns:
        0, or 2 for an error in the SQL or a missing output folder.
    """
    try:
        text = run_query(args.sql, args.out, args.format)
    except QueryError as err:
        print(f"pressefakten: {err}", file=sys.stderr)
        return EXIT_USAGE
    sys.stdout.write(text)
    return EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: ``python -m pipeline.views.query "SQL" [--out DIR] [--format ...]``."""
    parser = argparse.ArgumentParser(prog="pressefakten")
    add_query_subcommand(parser.add_subparsers(dest="command", required=True))
    return query_main(parser.parse_args(["query", *(sys.argv[1:] if argv is None else argv)]))


if __name__ == "__main__":
    sys.exit(main())
