"""Spreadsheet safety of CSV cells (formula injection); see :mod:`pipeline.write.tables`.

A light module of its own so that readers of the CSVs (``query``, ``verify-quotes``) need not
import the writer's pandas and pyarrow.
"""

from __future__ import annotations

#: First characters that make a spreadsheet treat a cell as a formula.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
#: A value that already starts with an apostrophe gets one more, so that "remove one leading
#: apostrophe from any cell that starts with one" always restores the verbatim text.
ESCAPED_STARTS = (*FORMULA_STARTS, "'")


def neutralise(value: str) -> str:
    """Make a CSV cell safe for spreadsheets; see the module docstring."""
    return "'" + value if value.startswith(ESCAPED_STARTS) else value
