"""CSV safety (:mod:`pipeline.write.csvsafe`): every writer of the project quotes cells with a
carriage return or a line feed, so that hostile cells round-trip through Python's csv and pandas
as one record each, and a formula after a line break never starts a row of its own."""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from pipeline.records import QuoteRecord
from pipeline.views.network import CSV_COLUMNS
from pipeline.views.network import write_csv as write_network_csv
from pipeline.views.query import format_csv
from pipeline.write.csvsafe import CsvWriter, neutralise
from pipeline.write.tables import write_table

HOSTILE = (
    "Zeile eins\rZeile zwei",
    "Zeile eins\r=1+1",
    'vorn\n=HYPERLINK("http://x")',
    "Windows\r\nUmbruch",
    "\r",
    "\n",
    "ende\r",
    'Anführung "innen", Komma',
    "=SUMME(A1)",
    "'schon ein Apostroph",
    "ganz normal",
)


def parsed_with_csv(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def parsed_with_pandas(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, dtype=str, keep_default_na=False)


@pytest.mark.parametrize("cell", HOSTILE)
def test_csv_writer_round_trips_a_hostile_cell(cell: str, tmp_path: Path) -> None:
    path = tmp_path / "t.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = CsvWriter(handle)
        writer.writerow(["id", "text", "after"])
        writer.writerow(["1", cell, "x"])
    text = path.read_bytes().decode("utf-8")  # no newline translation
    assert parsed_with_csv(text) == [["id", "text", "after"], ["1", cell, "x"]]
    frame = parsed_with_pandas(path)
    assert frame.shape == (1, 3)
    assert frame.loc[0, "text"] == cell
    if "\r" in cell or "\n" in cell:
        assert ',"' + cell.replace('"', '""') + '",' in text  # quoted whole
        assert text.count("\n") - cell.count("\n") == 2  # two records, each ending in one LF


def test_rows_without_line_breaks_are_written_as_csv_writes_them() -> None:
    rows = [["a", "b,c", 'd"e', "", None, 3, 1.5, True], ["x"], [""]]
    plain, ours = io.StringIO(), io.StringIO()
    csv.writer(plain, lineterminator="\n").writerows(rows)
    CsvWriter(ours).writerows(rows)
    assert ours.getvalue() == plain.getvalue()


def _quotes_table(tmp_path: Path) -> Path:
    records = [
        QuoteRecord(
            article_id="a1",
            quote_id=f"a1-q{i}",
            text=cell,
            start=0,
            end=max(1, len(cell)),
            kind="direct",
            speaker=cell or None,
        )
        for i, cell in enumerate(HOSTILE, 1)
    ]
    write_table(tmp_path, "quotes", QuoteRecord, records, ("csv",))
    return tmp_path / "quotes.csv"


def _network_csv(tmp_path: Path) -> Path:
    series = pd.DataFrame(
        {
            "date": pd.to_datetime(["2024-01-01"] * len(HOSTILE)),
            "kind": ["rank"] * len(HOSTILE),
            "value": list(range(1, len(HOSTILE) + 1)),
            "unit": ["Kommune"] * len(HOSTILE),
            "label": list(HOSTILE),
            "article_id": ["a1"] * len(HOSTILE),
            "source": list(HOSTILE),
            "text": list(HOSTILE),
            "dated_by": ["published"] * len(HOSTILE),
            "panel": ["members"] * len(HOSTILE),
            "counted": ["members"] * len(HOSTILE),
            "scope": ["network"] * len(HOSTILE),
            "region": [None] * len(HOSTILE),
        }
    )
    path = tmp_path / "network.csv"
    write_network_csv(series, path)
    return path


def _query_csv(tmp_path: Path) -> Path:
    path = tmp_path / "query.csv"
    path.write_text(
        format_csv(["text", "n"], [(cell, i) for i, cell in enumerate(HOSTILE)]), encoding="utf-8"
    )
    return path


@pytest.mark.parametrize(
    ("writer", "column"),
    [(_quotes_table, "text"), (_quotes_table, "speaker"), (_network_csv, "text"), (_query_csv, "text")],
    ids=["tables-text", "tables-speaker", "network.csv", "query-csv"],
)
def test_every_writer_round_trips_hostile_cells(
    writer: Callable[[Path], Path], column: str, tmp_path: Path
) -> None:
    path = writer(tmp_path)
    frame = parsed_with_pandas(path)
    expected = [neutralise(cell) for cell in HOSTILE]
    assert frame[column].tolist() == expected
    with path.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [row[column] for row in rows] == expected
    # no record starts with a live formula: every row begins with the table's own first column
    first = next(iter(rows[0]))
    assert all(not str(row[first]).startswith(("=", "+", "@")) for row in rows)


def test_network_csv_columns_are_unchanged(tmp_path: Path) -> None:
    assert parsed_with_pandas(_network_csv(tmp_path)).columns.tolist() == list(CSV_COLUMNS)
