"""Safe CSV cells and rows; see :mod:`pipeline.write.tables`.

Two dangers of CSV files that researchers open in spreadsheet programs:

* formula injection: a cell starting with ``=``, ``+``, ``-``, ``@``, a tab or a carriage
  return is run as a formula; :func:`neutralise` prefixes an apostrophe;
* line breaks: Python's :mod:`csv` quotes a cell only for the characters of its line
  terminator, so with ``"\\n"`` a cell holding a lone carriage return is written bare, and
  spreadsheets, pandas and :mod:`csv` itself then end the record there (the rest becomes a new
  row, whose first cell escaped the formula rule). :class:`CsvWriter` quotes every cell that
  holds a CR or an LF and still ends rows with ``"\\n"``.

A light module of its own so that readers of the CSVs (``query``, ``verify-quotes``) need not
import the writer's pandas and pyarrow.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable
from typing import Any, Protocol

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: A value that already starts with an apostrophe gets one more, so that "remove one leading
#: apostrophe from any cell that starts with one" always restores the verbatim text.
ESCAPED_STARTS = (*FORMULA_STARTS, "'")
#: The end of every row of the published CSVs.
LINE_END = "\n"


def neutralise(value: str) -> str:
    """Make a CSV cell safe for spreadsheets; see the module docstring."""
    return "'" + value if value.startswith(ESCAPED_STARTS) else value


class _Writable(Protocol):
    def write(self, text: str, /) -> Any: ...


class _LastRow:
    """The file a :func:`csv.writer` writes into: it keeps the one row just written."""

    text = ""

    def write(self, text: str) -> int:
        self.text = text
        return len(text)


class CsvWriter:
    """A :func:`csv.writer` whose rows end with ``"\\n"`` but that quotes CR and LF alike.

    The inner writer ends rows with ``"\\r\\n"``, so it quotes every cell holding either
    character; each row then has exactly one unquoted ``"\\r\\n"``, its last two characters,
    which become ``"\\n"``. Rows without line breaks come out byte for byte as before.
    """

    def __init__(self, handle: _Writable) -> None:
        self._handle = handle
        self._row = _LastRow()
        self._writer = csv.writer(self._row, lineterminator="\r\n")

    def writerow(self, row: Iterable[Any]) -> None:
        """Write one row (values as :func:`csv.writer` writes them: ``None`` is empty)."""
        self._writer.writerow(row)
        self._handle.write(self._row.text[:-2] + LINE_END)

    def writerows(self, rows: Iterable[Iterable[Any]]) -> None:
        """Write rows in order."""
        for row in rows:
            self.writerow(row)
