"""``pressefakten query``: SQL over the datasets of an output folder, with DuckDB.

Every table of the folder is a view named after it (``articles``, ``dates``, ``places``,
``officials``, ``milestones``, ``quotes``, ``joinings``, ``people``, ``person_roles``,
``members``), read from its Parquet file, so values are typed (dates as ``DATE``, ids as
``BIGINT``) and verbatim::

    pressefakten query "SELECT name, count(*) AS n FROM officials GROUP BY name ORDER BY n DESC"
    pressefakten query "SELECT municipality, joined, district FROM members ORDER BY joined"
    pressefakten query "SELECT * FROM people WHERE roles ILIKE '%minister%'" --format csv > m.csv

Output formats: ``table`` (readable, long cells shortened, control characters escaped so that
no value can steer the terminal), ``csv`` (header row, all text in full, spreadsheet-safe like
the published CSVs) and ``json`` (an array of objects); every DuckDB type is written (a BLOB as
``\\xNN`` text, an INTERVAL as an ISO 8601 duration, a UUID as text).

The dataset is read-only for the query: only statements on the in-memory session run (no COPY,
EXPORT, ATTACH, INSTALL, LOAD, SET ...), DuckDB's access to files is switched off except for
reading the tables, and its configuration is locked.
"""

from __future__ import annotations

import argparse
import io
import json
import math
import re
import sys
from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

if TYPE_CHECKING:
    import duckdb


from pipeline.records import ALL_DATASETS
from pipeline.views.published import published_folder
from pipeline.write.csvsafe import CsvWriter, neutralise

Format = Literal["table", "csv", "json"]
FORMATS: tuple[Format, ...] = ("table", "csv", "json")
EXIT_OK, EXIT_USAGE = 0, 2
MAX_CELL = 60  # characters of a cell shown by the table format
#: Statements that act only on the in-memory session; anything else (COPY, EXPORT, ATTACH,
#: INSTALL, LOAD, SET, PRAGMA, CALL, PREPARE ...) could reach files or settings and is refused.
ALLOWED_STATEMENTS = frozenset(
    {"SELECT", "EXPLAIN", "CREATE", "DROP", "INSERT", "UPDATE", "DELETE", "ALTER", "TRANSACTION", "MULTI"}
)
_LINE_PREFIX = re.compile(r"^LINE \d+: ")


class QueryError(Exception):
    """The query cannot run: no such output folder, or an error in the SQL.

    Attributes:
        pointer: A caret line that marks the error's place in the message's last part (the
            SQL), counted from the message's first character; None without a place.
    """

    def __init__(self, message: str, pointer: str | None = None) -> None:
        super().__init__(message)
        self.pointer = pointer


def connect(out_dir: Path) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB connection with one view per table of ``out_dir``, read-only.

    The views read the Parquet files of the version ``current`` pointed at when connecting
    (every table from the same run). Then DuckDB's access to files is switched off, except
    for reading those files, and its configuration locked, so no SQL can write, attach,
    install or read anything else (see :func:`execute` for the statements refused).

    Raises:
        QueryError: ``out_dir`` does not exist or holds no Parquet table.
    """
    import duckdb  # imported on use: the CLI starts fast for every other command

    if not out_dir.is_dir():
        raise QueryError(f"no such output folder: {out_dir} (run 'pressefakten extract' first)")
    folder = published_folder(out_dir)
    tables = {name: (folder / f"{name}.parquet").resolve() for name in ALL_DATASETS}
    tables = {name: path for name, path in tables.items() if path.is_file()}
    if not tables:
        raise QueryError(f"no tables in {out_dir}: expected {', '.join(ALL_DATASETS)} as *.parquet")
    con = duckdb.connect(":memory:")
    for name, path in tables.items():
        literal = str(path).replace("'", "''")
        con.execute(f"CREATE VIEW {name} AS SELECT * FROM read_parquet('{literal}')")
    con.execute("SET allowed_paths = $paths", {"paths": [str(path) for path in tables.values()]})
    con.execute("SET enable_external_access = false")
    con.execute("SET lock_configuration = true")
    return con


def _sql_message(err: Exception) -> tuple[str, str | None]:
    """DuckDB's message as one line (without its class prefix, "Parser Error: "), and the
    caret line that marks the place in the SQL line appended to it (None without a place)."""
    lines = str(err).strip().splitlines()
    place = next((i for i, line in enumerate(lines) if _LINE_PREFIX.match(line)), None)
    head = " ".join(line.strip() for line in lines[:place] if line.strip())
    kind, sep, rest = head.partition(": ")
    message = rest if sep and kind.endswith("Error") and " " in kind else head
    if place is None or place + 1 >= len(lines) or "^" not in lines[place + 1]:
        return message, None
    prefix = _LINE_PREFIX.match(lines[place]).end()  # type: ignore[union-attr]
    sql_line, caret = lines[place][prefix:], lines[place + 1]
    column = max(0, caret.index("^") - prefix)
    marks = "^" * max(1, len(caret.strip()))
    message = f"{message}: {_escaped(sql_line)}"
    return message, " " * (len(message) - len(_escaped(sql_line)) + column) + marks


def _statements(con: duckdb.DuckDBPyConnection, sql: str) -> list[Any]:
    """The statements of ``sql``, each of a type that cannot touch files or settings.

    Raises:
        QueryError: the SQL is empty, does not parse, or holds a refused statement.
    """
    import duckdb

    try:
        statements = con.extract_statements(sql)
    except duckdb.Error as err:
        raise QueryError(*_with_label(_sql_message(err))) from err
    if not statements:
        raise QueryError(
            'no SQL statement (the query is empty or only comments); e.g. "SELECT * FROM quotes"'
        )
    for statement in statements:
        try:
            kind = statement.type.name
        except ValueError:  # a statement type this duckdb module cannot even name
            kind = "this statement"
        if kind not in ALLOWED_STATEMENTS:
            raise QueryError(
                f"{kind} is not allowed: query runs SELECT (with WITH, FROM, DESCRIBE, SHOW, "
                "SUMMARIZE, PIVOT), EXPLAIN and statements on temporary tables; the dataset is "
                "read-only (no COPY, EXPORT, ATTACH, INSTALL, LOAD, SET, PRAGMA, CALL)"
            )
    return statements


def _with_label(parts: tuple[str, str | None]) -> tuple[str, str | None]:
    message, pointer = parts
    label = "SQL error: "
    return label + message, None if pointer is None else " " * len(label) + pointer


def execute(sql: str, out_dir: Path) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run ``sql`` over the tables of ``out_dir``.

    Returns:
        The column names and the rows of the last statement (empty lists for one without a
        result).

    Raises:
        QueryError: no such folder; the SQL is empty, invalid, refused or fails.
    """
    import duckdb

    con = connect(out_dir)
    try:
        cursor = None
        for statement in _statements(con, sql):
            cursor = con.execute(statement)
        if cursor is None or cursor.description is None:
            return [], []
        return [d[0] for d in cursor.description], cursor.fetchall()
    except duckdb.Error as err:
        raise QueryError(*_with_label(_sql_message(err))) from err
    finally:
        con.close()


#: Characters that a terminal would act on, and bidi controls that reorder what it shows.
_CONTROLS = {
    **{code: f"\\x{code:02x}" for code in (*range(0x20), *range(0x7F, 0xA0))},
    **{code: f"\\u{code:04x}" for code in (0x200E, 0x200F, 0x2028, 0x2029, *range(0x202A, 0x202F))},
    **{code: f"\\u{code:04x}" for code in range(0x2066, 0x206A)},
    ord("\n"): "\\n",
    ord("\r"): "\\r",
    ord("\t"): "\\t",
}


def _escaped(text: str) -> str:
    """``text`` with control characters written as escapes (``\\x1b``, ``\\n``)."""
    return text.translate(_CONTROLS)


def _blob(value: bytes | bytearray | memoryview) -> str:
    """Bytes as DuckDB writes a BLOB: printable ASCII as is, other bytes as ``\\xNN``."""
    return "".join(chr(b) if 0x20 <= b < 0x7F and b != 0x5C else f"\\x{b:02X}" for b in bytes(value))


def _duration(value: timedelta) -> str:
    """An interval as an ISO 8601 duration (``P63DT1H30M``; negative ones with a sign)."""
    sign, value = ("-", -value) if value < timedelta(0) else ("", value)
    hours, rest = divmod(value.seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    fraction = (
        f"{seconds}.{value.microseconds:06d}".rstrip("0").rstrip(".") if value.microseconds else str(seconds)
    )
    clock = "".join(f"{n}{unit}" for n, unit in ((hours, "H"), (minutes, "M")) if n)
    clock += f"{fraction}S" if seconds or value.microseconds else ""
    return f"{sign}P{value.days}D" + (f"T{clock}" if clock else "")


def _plain(value: Any) -> Any:
    """A value as JSON can hold it, whatever DuckDB type it came from."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return value if math.isfinite(value) else None  # JSON has no NaN or infinity
    if isinstance(value, (date, datetime, time)):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, timedelta):
        return _duration(value)
    if isinstance(value, (bytes, bytearray, memoryview)):
        return _blob(value)
    if isinstance(value, (list, tuple, set, frozenset)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    return str(value)  # UUID, and whatever a later DuckDB adds


def _text(value: Any) -> str:
    """A value as text ("" for NULL)."""
    plain = _plain(value)
    if plain is None:
        return ""
    if isinstance(plain, (list, dict)):
        return json.dumps(plain, ensure_ascii=False)
    return str(plain)


def format_table(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """Aligned columns with a header rule and a row count; NULL shows as empty."""
    names = [_escaped(name) for name in names]
    cells = [[_shorten(_escaped(_text(v))) for v in row] for row in rows]
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


#: Values whose text cannot start a formula by accident (a negative number is meant as one).
_UNQUOTED = (int, float, Decimal, date, datetime, time, type(None))


def format_csv(names: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """CSV with a header row; text starting like a formula gets a leading apostrophe."""
    buffer = io.StringIO()
    writer = CsvWriter(buffer)
    writer.writerow([neutralise(name) for name in names])
    for row in rows:
        writer.writerow([_text(v) if isinstance(v, _UNQUOTED) else neutralise(_text(v)) for v in row])
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
        label = "pressefakten: "
        print(label + str(err), file=sys.stderr)
        if err.pointer is not None:
            print(" " * len(label) + err.pointer, file=sys.stderr)
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
