"""Tests of ``pressefakten query``: SQL over a published output folder with DuckDB."""

from __future__ import annotations

import argparse
import csv
import io
import json
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.records import ALL_DATASETS
from pipeline.run.versions import new_version, publish
from pipeline.views.load import load
from pipeline.views.published import published_folder
from pipeline.views.query import (
    FORMATS,
    MAX_CELL,
    QueryError,
    add_query_subcommand,
    main,
    query_main,
    run_query,
)
from tests.conftest import extract_folder, write_results

ARTICLES = {
    "woeller.txt": (
        "13.06.2018\n\nInnenminister besucht Torgau\n\n"
        "Innenminister Prof. Dr. Roland Wöller besuchte am 13. Juni 2018 die Stadt Torgau. "
        "„Sicherheit ist eine Gemeinschaftsaufgabe“, sagte Wöller.\n"
    ),
    "pirna.txt": (
        "Präventionstag in Pirna\n\nPolizeirätin Maria J. Schubert sprach in Pirna über Einbruchschutz. "
        "Auch Innenminister Wöller kam vorbei.\n"
    ),
    "heidenau.txt": (
        "02.03.2024\n\nBesuch in Heidenau\n\n"
        "Innenminister Armin Schuster besuchte am 2. März 2024 die Stadt Heidenau. "
        "Polizeirätin Maria Schuster begrüßte ihn. Heidenau ist die Nummer 53 im ASSKomm-Netzwerk.\n"
    ),
}


@pytest.fixture(scope="module")
def out(nlp: Language, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A published output folder (symbolic links into .versions/current), people included."""
    root = tmp_path_factory.mktemp("query")
    archive = root / "archiv"
    archive.mkdir()
    for name, text in ARTICLES.items():
        (archive / name).write_text(text, encoding="utf-8")
    results = list(extract_folder(nlp, archive))
    out = root / "out"
    version = new_version(out)
    write_results(version, results)
    publish(out, version)
    assert (out / "officials.parquet").is_symlink()
    return out


def rows_of(sql: str, out: Path) -> list[dict[str, object]]:
    return json.loads(run_query(sql, out, "json"))


@pytest.mark.parametrize("table", list(ALL_DATASETS))
def test_every_table_is_a_view(out: Path, table: str) -> None:
    [row] = rows_of(f"SELECT count(*) AS n FROM {table}", out)
    assert row["n"] == len(load(out)[table]) > 0


@pytest.mark.parametrize(
    ("sql", "expected"),
    [
        ("SELECT typeof(published) AS t FROM articles LIMIT 1", "DATE"),
        ("SELECT typeof(person_id) AS t FROM officials LIMIT 1", "BIGINT"),
        ("SELECT typeof(first_seen) AS t FROM people LIMIT 1", "DATE"),
        ("SELECT typeof(article_id) AS t FROM articles LIMIT 1", "VARCHAR"),
    ],
)
def test_columns_are_typed(out: Path, sql: str, expected: str) -> None:
    assert rows_of(sql, out) == [{"t": expected}]


def test_join_people_and_officials(out: Path) -> None:
    sql = (
        "SELECT p.name, count(DISTINCT o.article_id) AS n FROM officials o JOIN people p USING (person_id) "
        "WHERE p.name = 'Roland Wöller' GROUP BY p.name"
    )
    assert rows_of(sql, out) == [{"name": "Roland Wöller", "n": 2}]


def test_family_name_stays_apart(out: Path) -> None:
    sql = "SELECT name FROM people WHERE name LIKE '%Schuster' ORDER BY name"
    assert rows_of(sql, out) == [{"name": "Armin Schuster"}, {"name": "Maria Schuster"}]


SQL = "SELECT source, published, title FROM articles ORDER BY source"


def test_table_format(out: Path) -> None:
    lines = run_query(SQL, out).splitlines()
    assert lines[0].split(" | ") == ["source      ", "published ", "title"]
    assert set(lines[1]) <= {"-", "+"}
    assert lines[2].startswith("heidenau.txt | 2024-03-02 | Besuch in Heidenau")
    assert lines[3].startswith("pirna.txt    |            | ")  # NULL date: empty cell
    assert lines[-1] == "(3 rows)"


def test_csv_format(out: Path) -> None:
    rows = list(csv.reader(io.StringIO(run_query(SQL, out, "csv"))))
    assert rows[0] == ["source", "published", "title"]
    assert rows[1] == ["heidenau.txt", "2024-03-02", "Besuch in Heidenau"]
    assert rows[2][:2] == ["pirna.txt", ""]
    assert len(rows) == 4


def test_json_format(out: Path) -> None:
    rows = rows_of(SQL, out)
    assert rows[0] == {"source": "heidenau.txt", "published": "2024-03-02", "title": "Besuch in Heidenau"}
    assert rows[1]["published"] is None


@pytest.mark.parametrize(("fmt", "expected"), [("table", "(0 rows)"), ("csv", "source"), ("json", "[]")])
def test_empty_result(out: Path, fmt: str, expected: str) -> None:
    assert run_query("SELECT source FROM articles WHERE false", out, fmt).strip().endswith(expected)  # type: ignore[arg-type]


@pytest.mark.parametrize("fmt", FORMATS)
def test_statement_without_rows(out: Path, fmt: str) -> None:
    text = run_query("CREATE TEMP TABLE leer (x INTEGER)", out, fmt)  # type: ignore[arg-type]
    assert isinstance(json.loads(text), list) if fmt == "json" else "Error" not in text


def test_several_statements_show_the_last(out: Path) -> None:
    sql = "CREATE TEMP TABLE m AS SELECT * FROM people; SELECT count(*) AS n FROM m"
    assert rows_of(sql, out) == [{"n": len(load(out)["people"])}]


def test_long_cells_are_shortened_in_table_but_not_csv(tmp_path: Path, out: Path) -> None:
    sql = "SELECT repeat('x', 200) AS long"
    assert len(run_query(sql, out).splitlines()[2]) == MAX_CELL
    assert run_query(sql, out, "csv").splitlines()[1] == "x" * 200


@pytest.mark.parametrize(
    ("value", "cell"), [("=SUMME(A1)", "'=SUMME(A1)"), ("-5 Grad", "'-5 Grad"), ("Pirna", "Pirna")]
)
def test_csv_cells_are_spreadsheet_safe(out: Path, value: str, cell: str) -> None:
    assert run_query(f"SELECT '{value}' AS v", out, "csv").splitlines()[1] == cell


def test_json_has_no_nan(out: Path) -> None:
    assert rows_of("SELECT 'nan'::DOUBLE AS x, -5 AS y", out) == [{"x": None, "y": -5}]


@pytest.mark.parametrize(
    ("sql", "message"),
    [
        ("SELECT * FROM foo", "SQL error: Table with name foo does not exist"),
        ("SELEC * FROM articles", 'SQL error: syntax error at or near "SELEC"'),
        ("SELECT nope FROM articles", 'SQL error: Referenced column "nope" not found'),
        ("SELECT CAST(title AS INTEGER) FROM articles", "SQL error: Could not convert string"),
    ],
)
def test_sql_errors(out: Path, sql: str, message: str) -> None:
    with pytest.raises(QueryError, match="^" + message.replace("(", r"\(")):
        run_query(sql, out)


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no such output folder"):
        run_query("SELECT 1", tmp_path / "nirgends")


def test_folder_without_tables(tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no tables in"):
        run_query("SELECT 1", tmp_path)


def test_unknown_format(out: Path) -> None:
    with pytest.raises(ValueError, match="unknown format"):
        run_query("SELECT 1", out, "xml")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("argv", "status", "stdout", "stderr"),
    [
        (["SELECT count(*) AS n FROM quotes", "--format", "csv"], 0, "n\n1\n", ""),
        (["SELECT * FROM foo"], 2, "", "pressefakten: SQL error: Table with name foo does not exist"),
        (["SELECT 1", "--out", "/nonexistent/pressefakten"], 2, "", "pressefakten: no such output folder"),
    ],
)
def test_command(
    out: Path, capsys: pytest.CaptureFixture[str], argv: list[str], status: int, stdout: str, stderr: str
) -> None:
    if "--out" not in argv:
        argv = [*argv, "--out", str(out)]
    assert main(argv) == status
    captured = capsys.readouterr()
    assert captured.out == stdout
    assert captured.err.startswith(stderr)
    assert "Traceback" not in captured.err


def test_bad_format_option_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["SELECT 1", "--format", "xml"])
    assert exit_info.value.code == 2


def test_subcommand_helper_plugs_into_a_parser(out: Path, capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser(prog="pressefakten")
    add_query_subcommand(parser.add_subparsers(dest="command", required=True))
    args = parser.parse_args(["query", "SELECT name FROM people ORDER BY name LIMIT 1", "--out", str(out)])
    assert (args.command, args.format) == ("query", "table")
    assert query_main(args) == 0
    assert capsys.readouterr().out.splitlines()[-1] == "(1 row)"


def test_default_out_is_outputs() -> None:
    parser = argparse.ArgumentParser()
    add_query_subcommand(parser.add_subparsers(dest="command"))
    assert parser.parse_args(["query", "SELECT 1"]).out == Path("outputs")


# --- the published dataset is read-only ---------------------------------------------------------


def _snapshot(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()}


@pytest.mark.parametrize(
    "sql",
    [
        "COPY (SELECT 1 AS x) TO '{out}/quotes.csv'",
        "COPY quotes TO '{current}/quotes.parquet' (FORMAT parquet, USE_TMP_FILE false)",
        "COPY quotes TO '{current}/quotes.parquet' (FORMAT parquet, OVERWRITE true)",
        "EXPORT DATABASE '{out}/export'",
        "ATTACH '{out}/neu.duckdb' AS neu",
        "INSTALL httpfs",
        "LOAD json",
        "SET enable_external_access = true",
        "SET allowed_paths = ['/']",
        "PRAGMA threads = 1",
        "IMPORT DATABASE '{out}'",
        "CALL checkpoint()",
        "PREPARE p AS COPY quotes TO '{out}/quotes.csv'",
        "SELECT 1; COPY (SELECT 2) TO '{out}/x.csv'",
        "SELECT * FROM read_csv('/etc/hostname')",
        "CREATE TABLE k AS SELECT * FROM read_text('{out}/run.json')",
    ],
)
def test_query_cannot_modify_the_dataset_or_reach_other_files(out: Path, sql: str) -> None:
    before = _snapshot(out)
    current = published_folder(out).resolve()
    with pytest.raises(QueryError) as info:
        run_query(sql.format(out=out, current=current), out)
    assert "\n" not in str(info.value)
    assert _snapshot(out) == before
    assert (out / "quotes.csv").is_symlink()


@pytest.mark.parametrize("sql", ["", "   ", "-- nur ein Kommentar", "/* Kommentar */", ";"])
def test_empty_or_comment_only_sql_is_a_one_line_error(out: Path, sql: str) -> None:
    with pytest.raises(
        QueryError, match=r"^no SQL statement \(the query is empty or only comments\)"
    ) as info:
        run_query(sql, out)
    assert "\n" not in str(info.value)


@pytest.mark.parametrize(
    ("sql", "message", "marked"),
    [
        (
            "SELEC * FROM articles",
            'SQL error: syntax error at or near "SELEC": SELEC * FROM articles',
            "SELEC",
        ),
        ("SELECT * FROM foo", "SQL error: Table with name foo does not exist!", "foo"),
        ("SELECT 1 AS a,\n  nope FROM articles", 'SQL error: Referenced column "nope" not found', "nope"),
    ],
)
def test_sql_errors_are_one_line_and_a_caret_under_the_place(
    out: Path, sql: str, message: str, marked: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status = query_main(argparse.Namespace(sql=sql, out=out, format="table"))
    assert status == 2
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) <= 2
    assert lines[0].startswith("pressefakten: " + message)
    assert set(lines[1].strip()) == {"^"}
    column = lines[1].index("^")
    assert lines[0][column : column + len(marked)] == marked


def test_control_characters_are_shown_escaped_in_the_table(out: Path) -> None:
    sql = "SELECT chr(27) || ']0;owned' || chr(7) || chr(27) || '[2J' || chr(13) || chr(10) || chr(8238) AS \"t\u001b\""
    text = run_query(sql, out)
    assert not any(ord(c) < 32 and c != "\n" for c in text)
    assert "\\x1b]0;owned\\x07\\x1b[2J\\r\\n\\u202e" in text
    assert text.splitlines()[0] == "t\\x1b"
    assert json.loads(run_query(sql, out, "json")) == [{"t\u001b": "\u001b]0;owned\u0007\u001b[2J\r\n\u202e"}]


ALL_TYPES = (
    "SELECT '\\x00ab\\xFF'::BLOB AS blob, INTERVAL 3 DAY + INTERVAL 90 MINUTE AS span, "
    "'0081646a-11f0-4203-8f94-e99c74428acc'::UUID AS id, 1.50::DECIMAL(4,2) AS dec, [1, 2] AS list, "
    "{'a': 1, 'b': 'x'} AS struct, MAP {'k': 'v'} AS map, '101'::BIT AS bits, '12:00:00+02'::TIMETZ AS tz, "
    "TIMESTAMPTZ '2024-01-02 03:04:05+00' AS ts, 'infinity'::DATE AS inf, 123::HUGEINT AS huge, "
    "'a'::ENUM('a', 'b') AS enum, [[1.5, NULL]] AS nested, [NULL]::BLOB[] AS blobs, "
    "union_value(n := 1) AS u, 'nan'::DOUBLE AS nan, NULL AS nothing"
)


def test_every_duckdb_type_is_written_as_json(out: Path) -> None:
    [row] = json.loads(run_query(ALL_TYPES, out, "json"))
    assert row["blob"] == "\\x00ab\\xFF"
    assert row["span"] == "P3DT1H30M"
    assert row["id"] == "0081646a-11f0-4203-8f94-e99c74428acc"
    assert row["dec"] == 1.5 and row["list"] == [1, 2] and row["struct"] == {"a": 1, "b": "x"}
    assert row["map"] == {"k": "v"} and row["bits"] == "101" and row["huge"] == 123
    assert row["tz"].startswith("1") and row["ts"].startswith("2024-01-02")
    assert row["enum"] == "a" and row["nested"] == [[1.5, None]] and row["blobs"] == [None]
    assert row["nan"] is None and row["nothing"] is None


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_duckdb_type_is_written_in_every_format(out: Path, fmt: str) -> None:
    text = run_query(ALL_TYPES, out, fmt)  # type: ignore[arg-type]
    assert "\\x00ab\\xFF" in (json.loads(text)[0]["blob"] if fmt == "json" else text)
    if fmt == "csv":
        [row] = list(csv.DictReader(io.StringIO(text)))
        assert row["span"] == "P3DT1H30M" and row["id"] == "0081646a-11f0-4203-8f94-e99c74428acc"
        assert row["list"] == "[1, 2]" and row["nothing"] == ""


def test_a_reader_keeps_reading_the_version_it_resolved(out: Path, tmp_path: Path) -> None:
    folder = published_folder(out)
    assert folder.parent.name == ".versions"
    con_rows = rows_of("SELECT count(*) AS n FROM articles", out)
    assert con_rows == [{"n": len(ARTICLES)}]
