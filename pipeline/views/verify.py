"""Check the quote index against the archive: is every quote verbatim at its offsets?

``pressefakten verify-quotes OUTPUT_DIR [--input DIR]`` re-reads every source file the
way the extraction run did (:func:`pipeline.text.reading.read_article`, so offsets count the
same characters) and compares ``source_text[start:end]`` with the quote's ``text``.

The tables are read from the version ``current`` points at when the check starts (every table
of the same run), from Parquet, which holds the text verbatim; CSV is used only when an output
has no Parquet (see :mod:`pipeline.views.tables`). When both copies exist they are checked
against each other. Offsets that cannot be (missing, negative, reversed, beyond the source)
are mismatches; a table without the columns the check needs is an error (exit 2).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pipeline.text.reading import ArticleReadError, read_article
from pipeline.views.published import published_folder
from pipeline.views.tables import OutputError, copy_differences, read_table, records, require

__all__ = ["OutputError", "read_table"]  # re-exported: the names callers import from here

EXIT_OK, EXIT_MISMATCH, EXIT_USAGE = 0, 1, 2
ARTICLE_COLUMNS = ("article_id", "source", "title", "published", "sha256")
QUOTE_COLUMNS = ("quote_id", "article_id", "text", "start", "end")
CONTEXT = 30  # characters shown on each side of the first difference


@dataclass(frozen=True)
class Mismatch:
    """A quote that is not verbatim in its source at its offsets."""

    quote_id: str
    article_id: str
    source: str | None
    start: int | None
    end: int | None
    expected: str
    found: str | None  # None when the source could not be read or the offsets cannot be
    reason: str

    def describe(self) -> str:
        """One line naming the quote, its source, what differs and where it first differs."""
        where = f"{self.source or '?'}[{self.start}:{self.end}]"
        if self.found is None:
            return f"{self.quote_id}: {where}: {self.reason}: expected {_clip(self.expected)!r}"
        at = first_difference(self.expected, self.found)
        return (
            f"{self.quote_id}: {where}: {self.reason}: first difference at character {at}"
            f"{'' if self.start is None else f' (offset {self.start + at})'}: "
            f"expected {_around(self.expected, at)!r}, found {_around(self.found, at)!r}"
        )


@dataclass(frozen=True)
class ArticleSource:
    """An article's row with its quotes and its re-read source text (or why it is unreadable)."""

    article: dict[str, Any]
    quotes: list[dict[str, Any]]
    text: str | None
    error: str | None
    changed: bool  # the file's SHA-256 differs from the one recorded in articles


def first_difference(expected: str, found: str) -> int:
    """The first position where the two texts differ (the shorter one's length if one is a
    prefix of the other)."""
    return next(
        (i for i, (a, b) in enumerate(zip(expected, found, strict=False)) if a != b),
        min(len(expected), len(found)),
    )


def _around(text: str, at: int) -> str:
    """``text`` around position ``at``: what precedes and follows it, cut with an ellipsis."""
    start, end = max(0, at - CONTEXT), at + CONTEXT
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _clip(text: str, limit: int = 80) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


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
        manifest = published_folder(out_dir) / "run.json"
        recorded = json.loads(manifest.read_text(encoding="utf-8"))["input_dir"]
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
        OutputError: the output folder has no quotes table, a table is malformed, or no input
            folder is known.
    """
    root = resolve_input_dir(out_dir, input_dir)
    quotes_frame = read_table(out_dir, "quotes")
    require(quotes_frame, QUOTE_COLUMNS, f"{out_dir}: quotes")
    quotes = records(quotes_frame)
    articles_frame = read_table(out_dir, "articles", ARTICLE_COLUMNS)
    require(articles_frame, ("article_id", "source"), f"{out_dir}: articles")
    wanted = [c for c in ARTICLE_COLUMNS if c in articles_frame.columns]
    grouped: dict[str, list[dict[str, Any]]] = {}
    for quote in quotes:
        grouped.setdefault(str(quote["article_id"]), []).append(quote)
    # Only the articles with quotes: most of an archive has none, and each row is a dict here.
    quoted = articles_frame[articles_frame["article_id"].isin(list(grouped))][wanted]
    articles = {row["article_id"]: row for row in records(quoted)}
    for article_id, rows in grouped.items():
        article = articles.get(article_id) or {"article_id": article_id, "source": None}
        text, error, sha = _read_source(root, article.get("source"))
        recorded = article.get("sha256")
        changed = bool(sha and recorded and sha != recorded)
        yield ArticleSource(article, rows, text, error, changed)


def _offsets(quote: dict[str, Any]) -> tuple[int | None, int | None, str | None]:
    """The quote's offsets, and why they cannot be offsets of a quote (None when they can)."""
    start, end = quote.get("start"), quote.get("end")
    if start is None or end is None:
        return None, None, "impossible offsets: start or end is missing"
    start, end = int(start), int(end)
    if start < 0 or end < 0:
        return start, end, "impossible offsets: negative"
    if end <= start:
        return start, end, "impossible offsets: end not after start"
    return start, end, None


def check_quote(quote: dict[str, Any], source: ArticleSource) -> Mismatch | None:
    """None when the quote is verbatim in its source at its offsets, else what differs."""
    start, end, impossible = _offsets(quote)
    expected = "" if quote.get("text") is None else str(quote["text"])
    found: str | None = None
    if impossible:
        reason = impossible
    elif source.text is None:
        reason = source.error or "source unreadable"
    else:
        found = source.text[start:end]
        if found == expected:
            return None
        reason = (
            f"offsets beyond the source's {len(source.text)} characters"
            if end > len(source.text)  # type: ignore[operator]
            else "text differs"
        )
        if source.changed:
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
        OutputError: the output folder has no quotes table, a table is malformed, or no input
            folder is known.
    """
    folder = published_folder(out_dir)  # once: every table from the same run
    mismatches = []
    for source in article_sources(folder, input_dir):
        for quote in source.quotes:
            mismatch = check_quote(quote, source)
            if mismatch is not None:
                mismatches.append(mismatch)
    return mismatches


def copies_differ(out_dir: Path) -> list[str]:
    """Where the CSV and Parquet copies of the quotes and articles tables disagree."""
    folder = published_folder(out_dir)
    return copy_differences(folder, "quotes", QUOTE_COLUMNS) + copy_differences(
        folder, "articles", ARTICLE_COLUMNS
    )


def count_quotes(out_dir: Path) -> int:
    """The number of rows of the quotes table."""
    return len(read_table(published_folder(out_dir), "quotes"))


def verify_main(args: argparse.Namespace) -> int:
    """Run ``verify-quotes`` for parsed arguments (``output_dir``, ``input``); returns the exit status."""
    out_dir: Path = args.output_dir
    try:
        if not out_dir.is_dir():
            raise OutputError(
                f"no such output folder: {out_dir} (give the --out folder of an extraction run)"
            )
        folder = published_folder(out_dir)
        root = resolve_input_dir(out_dir, args.input)
        if not root.is_dir():
            raise OutputError(f"input folder {root} does not exist; pass --input")
        mismatches = verify_quotes(folder, root)
        differences = copies_differ(folder)
        total = count_quotes(folder)
    except OutputError as err:
        print(f"pressefakten: error: {err}", file=sys.stderr)
        return EXIT_USAGE
    for mismatch in mismatches:
        print(f"pressefakten: mismatch: {mismatch.describe()}", file=sys.stderr)
    for difference in differences:
        print(f"pressefakten: copies differ: {difference}", file=sys.stderr)
    if mismatches:
        print(f"{len(mismatches)} of {total} quotes do not match their source", file=sys.stderr)
    if mismatches or differences:
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
