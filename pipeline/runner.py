"""Run the extractors over an archive: read, parse, extract, validate, assign person ids.

One article that cannot be read or processed is recorded as ``failed`` with its reason;
the run goes on, and every input file appears in ``articles.csv``.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from spacy.language import Language

from pipeline.dates import extract_dates
from pipeline.milestones import extract_milestones
from pipeline.models import (
    ArticleRecord,
    DateRecord,
    MilestoneRecord,
    Person,
    PlaceRecord,
    QuoteRecord,
)
from pipeline.officials import extract_officials
from pipeline.places import extract_places
from pipeline.quotes import extract_quotes
from pipeline.reading import ArticleReadError, read_article
from pipeline.structure import parse_layout

log = logging.getLogger(__name__)


@dataclass
class ArticleResult:
    """Everything extracted from one article (or why nothing could be)."""

    article: ArticleRecord
    dates: list[DateRecord] = field(default_factory=list)
    places: list[PlaceRecord] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    milestones: list[MilestoneRecord] = field(default_factory=list)
    quotes: list[QuoteRecord] = field(default_factory=list)


def article_id(source: str) -> str:
    """A stable id from the article's path relative to the input directory."""
    return hashlib.sha1(source.encode("utf-8")).hexdigest()[:12]


def discover(input_dir: Path) -> list[Path]:
    """Every ``*.txt`` (any case) below ``input_dir``, recursively, in a stable order."""
    if not input_dir.is_dir():
        raise NotADirectoryError(f"{input_dir}: not a directory (expected a folder of *.txt articles)")
    return sorted(
        p for p in input_dir.rglob("*") if p.suffix.lower() == ".txt" and (p.is_file() or p.is_symlink())
    )


def extract_text(
    nlp: Language,
    text: str,
    *,
    article_id: str,
    source: str,
    sha256: str | None = None,
    encoding: str | None = None,
) -> ArticleResult:
    """Run every extractor on one article's text.

    Raises:
        ValidationError: when an extractor produced an invalid record (a bug; the caller
            records the article as failed).
    """
    layout = parse_layout(text)
    doc = nlp(text)
    people = extract_officials(doc, layout)
    record = ArticleRecord(
        article_id=article_id,
        source=source,
        title=layout.title,
        published=layout.published,
        status="ok",
        layout=layout.layout,
        chars=len(text),
        sha256=sha256,
        encoding=encoding,
    )
    return ArticleResult(
        article=record,
        dates=extract_dates(doc, layout, article_id=article_id),
        places=extract_places(doc, layout, article_id=article_id, people=people),
        people=people,
        milestones=extract_milestones(doc, layout, article_id=article_id),
        quotes=extract_quotes(doc, layout, article_id=article_id, people=people),
    )


def _failed(aid: str, source: str, error: str, sha256: str | None = None) -> ArticleResult:
    log.warning("%s: %s", source, error)
    return ArticleResult(
        ArticleRecord(article_id=aid, source=source, status="failed", error=error, sha256=sha256)
    )


def process_file(nlp: Language, path: Path, input_dir: Path) -> ArticleResult:
    """Read and extract one file; never raises for a bad article."""
    source = path.relative_to(input_dir).as_posix()
    aid = article_id(source)
    try:
        article = read_article(path)
    except ArticleReadError as err:
        return _failed(aid, source, str(err))
    try:
        return extract_text(
            nlp, article.text, article_id=aid, source=source, sha256=article.sha256, encoding=article.encoding
        )
    except Exception as err:
        # A bug in a rule must not stop the archive; the article says what went wrong.
        return _failed(aid, source, f"extraction failed: {type(err).__name__}: {err}", article.sha256)


def run(nlp: Language, input_dir: Path, paths: Iterable[Path] | None = None) -> Iterator[ArticleResult]:
    """Process every article of ``input_dir`` (or the given ``paths``), in order."""
    for path in paths if paths is not None else discover(input_dir):
        yield process_file(nlp, path, input_dir)
