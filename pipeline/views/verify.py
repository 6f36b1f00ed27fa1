"""Check the quote index against the archive: is every quote verbatim at its offsets?

``pressefakten verify-quotes OUTPUT_DIR [--input DIR]`` re-reads every source file the
way the extraction run did (:func:`pipeline.text.reading.read_article`, so offsets count the
same characters) and compares ``source_text[start:end]`` with the quote's ``text``.

The tables are read from Parquet, which holds the text verbatim; CSV is used only when an
output has no Parquet, with the spreadsheet apostrophe (see :mod:`pipeline.write.tables`) removed.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd


from pipeline.text.reading import ArticleReadError, read_article
from pipeline.write.csvsafe import FORMULA_STARTS

EXIT_OK, EXIT_MISMATCH, EXIT_USAGE = 0, 1, 2
ARTICLE_COLUMNS = ("article_id", "source", "title", "published", "sha256")


class OutputError(Exception):
    """The output folder lacks what a check needs (no quotes table, no input folder)."""


@dataclass(frozen=True)
class Mismatch:
    """A quote that is not verbatim in its source at its offsets."""

    quote_id: str
    article_id: str
    source: str | None
    start: int
    end: int
    expected: str
    found: str | None  # None when the source could not be read
    reason: str

    def describe(self) -> str:
        """One line naming the quote, its source and what differs."""
        where = f"{self.source or '?'}[{self.start}:{self.end}]"
        found = "-" if self.found is None else repr(_clip(self.found))
        return f"{self.quote_id}: {where}: {self.reason}: expected {_clip(self.expected)!r}, found {found}"


@dataclass(frozen=True)
class ArticleSource:
    """An article's row with its quotes and its re-read source text (or why it is unreadable)."""

    article: dict[str, Any]
    quotes: list[dict[str, Any]]
    text: str | None
    error: str | None
    changed: bool  # the file's SHA-256 differs from the one recorded in articles


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _unneutralise(value: Any) -> Any:
    if isinstance(value, str) and value.startswith("'") and value[1:].startswith(FORMULA_STARTS):
        return value[1:]
    return value


def read_table(out_dir: Path, name: str, columns: Sequence[str] | None = None) -> pd.DataFrame:
    """A table of an output folder: Parquet (verbatim) when present, else CSV.

    Args:
        out_dir: The output folder.
        name: The table's name.
        columns: Only these columns (those the table has); all by default.

    Raises:
        OutputError: neither file exists.
    """
    import pandas as pd  # imported on use: the CLI starts fast for every other command
    import pyarrow.parquet as pq

    parquet, csv = out_dir / f"{name}.parquet", out_dir / f"{name}.csv"
    if parquet.exists():
        if columns is not None:  # a column the table lacks (an older run) is simply absent
            columns = [c for c in columns if c in pq.read_schema(parquet).names]
        return pd.read_parquet(parquet, columns=None if columns is None else list(columns))
    if csv.exists():
        wanted = None if columns is None else set(columns).__contains__
        frame = pd.read_csv(csv, dtype=str, keep_default_na=False, na_values=[""], usecols=wanted)
        for column in frame.columns:
            if column in ("start", "end"):
                frame[column] = frame[column].astype("Int64")
            else:
                frame[column] = frame[column].map(_unneutralise)
        return frame
    raise OutputError(f"{out_dir}: no {name}.parquet or {name}.csv (is this an output folder?)")


def _records(frame: pd.DataFrame) -> list[dict[str, Any]]:
    """Rows as dicts with plain Python values (None for missing)."""
    frame = frame.astype(object).where(frame.notna(), None)
    return frame.to_dict("records")


def resolve_input_dir(out_dir: Path, input_dir: Path | None) -> Path:
    """The archive folder: ``input_dir`` if given, else ``input_dir`` from ``run.json``.

    A relative path in ``run.json`` is taken from the current folder (where the run was
    started), else from the output folder's parent.

    Raises:
        OutputError: no input folder given and none recorded.
    """
    if input_dir is not None:
        return input_dir
    try:
        recorded = json.loads((out_dir / "run.json").read_text(encoding="utf-8"))["input_dir"]
    except (OSError, ValueError, KeyError, TypeError) as err:
        raise OutputError(f"{out_dir}: no input folder recorded in run.json; pass --input") from err
    path = Path(recorded)
    if not path.is_absolute() and not path.exists() and (out_dir.parent / path).exists():
        return out_dir.parent / path
    return path


def _read_source(input_dir: Path, source: str | None) -> tuple[str | None, str | None, str | None]:
    """(text, error, sha256) of one source file."""
    if not source:
        return None, "article not listed in articles", None
    path = input_dir / source
    if not path.exists():
        return None, "source file is gone", None
    try:
        article = read_article(path)
    except ArticleReadError as err:
        return None, f"source unreadable: {err}", None
    return article.text, None, article.sha256


def article_sources(out_dir: Path, input_dir: Path | None = None) -> Iterator[ArticleSource]:
    """Each article that has quotes, with its quotes (in table order) and its source text.

    Sources are read one at a time, so memory does not grow with the archive.

    Raises:
        OutputError: the output folder has no quotes table, or no input folder is known.
    """
    root = resolve_input_dir(out_dir, input_dir)
    quotes = _records(read_table(out_dir, "quotes"))
    articles_frame = read_table(out_dir, "articles", ARTICLE_COLUMNS)
    wanted = [c for c in ARTICLE_COLUMNS if c in articles_frame.columns]
    grouped: dict[str, list[dict[str, Any]]] = {}
    for quote in quotes:
        grouped.setdefault(quote["article_id"], []).append(quote)
    # Only the articles with quotes: most of an archive has none, and each row is a dict here.
    quoted = articles_frame[articles_frame["article_id"].isin(list(grouped))][wanted]
    articles = {row["article_id"]: row for row in _records(quoted)}
    for article_id, rows in grouped.items():
        article = articles.get(article_id) or {"article_id": article_id, "source": None}
        text, error, sha = _read_source(root, article.get("source"))
        recorded = article.get("sha256")
        changed = bool(sha and recorded and sha != recorded)
        yield ArticleSource(article, rows, text, error, changed)


def check_quote(quote: dict[str, Any], source: ArticleSource) -> Mismatch | None:
    """None when the quote is verbatim in its source at its offsets, else what differs."""
    start, end, expected = int(quote["start"]), int(quote["end"]), str(quote["text"])
    if source.text is not None and source.text[start:end] == expected:
        return None
    if source.text is None:
        found, reason = None, source.error or "source unreadable"
    elif end > len(source.text):
        found, reason = source.text[start:end], f"offsets beyond the source's {len(source.text)} characters"
    else:
        found, reason = source.text[start:end], "text differs"
    if source.changed and source.text is not None:
        reason += " (source file changed since the run)"
    return Mismatch(
        quote_id=str(quote["quote_id"]),
        article_id=str(quote["article_id"]),
        source=source.article.get("source"),
        start=start,
        end=end,
        expected=expected,
        found=found,
        reason=reason,
    )


def verify_quotes(out_dir: Path, input_dir: Path | None = None) -> list[Mismatch]:
    """Every quote of ``out_dir`` that is not verbatim in its source at its offsets.

    Args:
        out_dir: An output folder (or a version folder) with quotes and articles tables.
        input_dir: The archive; default: ``input_dir`` recorded in ``run.json``.

    Raises:
        OutputError: the output folder has no quotes table, or no input folder is known.
    """
    mismatches = []
    for source in article_sources(out_dir, input_dir):
        for quote in source.quotes:
            mismatch = check_quote(quote, source)
            if mismatch is not None:
                mismatches.append(mismatch)
    return mismatches


def count_quotes(out_dir: Path) -> int:
    """The number of rows of the quotes table."""
    return len(read_table(out_dir, "quotes"))


def verify_main(args: argparse.Namespace) -> int:
    """Run ``verify-quotes`` for parsed arguments (``output_dir``, ``input``); returns the exit status."""
    try:
        root = resolve_input_dir(args.output_dir, args.input)
        if not root.is_dir():
            raise OutputError(f"input folder {root} does not exist; pass --input")
        mismatches = verify_quotes(args.output_dir, root)
        total = count_quotes(args.output_dir)
    except OutputError as err:
        print(f"pressefakten: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    for mismatch in mismatches:
        print(f"pressefakten: mismatch: {mismatch.describe()}", file=sys.stderr)
    if mismatches:
        print(f"{len(mismatches)} of {total} quotes do not match their source", file=sys.stderr)
        return EXIT_MISMATCH
    print(f"all {total} quotes match their sources at their offsets")
    return EXIT_OK


def add_verify_subcommand(subparsers: Any) -> argparse.ArgumentParser:
    """Add ``verify-quotes`` to the CLI's subparsers; dispatch with ``verify_main(args)``."""
    parser = subparsers.add_parser(
        "verify-quotes",
        help="check every quote against its source file and offsets",
        description="Exit 0 when every quote is verbatim in its source at its offsets, "
        "1 naming each mismatch, 2 when the output or input folder is unusable.",
    )
    parser.add_argument("output_dir", type=Path, help="output folder of an extraction run")
    parser.add_argument(
        "--input", type=Path, default=None, help="archive folder (default: input_dir from run.json)"
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    """Stand-alone entry point: ``python -m pipeline.views.verify OUTPUT_DIR [--input DIR]``."""
    parser = argparse.ArgumentParser(prog="pressefakten")
    add_verify_subcommand(parser.add_subparsers(dest="command", required=True))
    return verify_main(parser.parse_args(["verify-quotes", *(sys.argv[1:] if argv is None else argv)]))


if __name__ == "__main__":
    sys.exit(main())
