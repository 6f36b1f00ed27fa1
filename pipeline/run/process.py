"""Extract articles: read, parse, run spaCy in batches, run the extractors, validate.

One article that cannot be read or processed is recorded as ``failed`` with its reason;
the others go on, and every input file gets exactly one result.
"""

from __future__ import annotations

import hashlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.dates import extract_dates
from pipeline.extract.milestones import extract_milestones
from pipeline.extract.officials.extractor import extract_officials
from pipeline.extract.places import extract_places
from pipeline.extract.quotes.extractor import extract_quotes
from pipeline.records import ArticleExtraction, ArticleRecord
from pipeline.run import tasks as _tasks
from pipeline.run.tasks import PIPE_BATCH, Task, discover, failed, tasks_for  # noqa: F401  (re-exported)
from pipeline.text.layout import parse_layout
from pipeline.text.reading import ArticleReadError, ArticleText, read_article

log = logging.getLogger(__name__)

article_id = _tasks.article_id  # re-exported: the stable id of an article path

#: Kept for callers of the first release; the result type is a pydantic model now.
ArticleResult = ArticleExtraction


def extract_doc(doc: Doc, article: ArticleText, *, article_id: str, source: str) -> ArticleExtraction:
    """Run every extractor on one processed article.

    Raises:
        ValidationError: when an extractor produced an invalid record (a bug; the caller
            records the article as failed).
    """
    layout = parse_layout(article.text)
    people = extract_officials(doc, layout)
    record = ArticleRecord(
        article_id=article_id,
        source=source,
        title=layout.title,
        published=layout.published,
        status="ok",
        layout=layout.layout,
        chars=len(article.text),
        sha256=article.sha256,
        encoding=article.encoding,
        warning=article.warning,
    )
    return ArticleExtraction(
        article=record,
        dates=extract_dates(doc, layout, article_id=article_id),
        places=extract_places(doc, layout, article_id=article_id, people=people),
        people=people,
        milestones=extract_milestones(doc, layout, article_id=article_id),
        quotes=extract_quotes(doc, layout, article_id=article_id, people=people),
    )


def extract_text(
    nlp: Language,
    text: str,
    *,
    article_id: str,
    source: str,
    sha256: str | None = None,
    encoding: str = "utf-8",
) -> ArticleExtraction:
    """Process and extract one text (for notebooks and tests)."""
    article = ArticleText(
        text=text, encoding=encoding, sha256=sha256 or hashlib.sha256(text.encode()).hexdigest()
    )
    return extract_doc(_nlp_one(nlp, text), article, article_id=article_id, source=source)


def _nlp_one(nlp: Language, text: str) -> Doc:
    # A very long file (a whole archive pasted into one) exceeds spaCy's default length
    # guard, which exists for the parser's memory; the NER and rules are linear.
    if len(text) >= nlp.max_length:
        nlp.max_length = len(text) + 1
    return nlp(text)


def process_tasks(nlp: Language, tasks: Sequence[Task]) -> Iterator[ArticleExtraction]:
    """Results for ``tasks``, in order, one each; spaCy runs in batches over the readable ones."""
    for start in range(0, len(tasks), PIPE_BATCH):
        batch = tasks[start : start + PIPE_BATCH]
        articles: list[ArticleText | ArticleExtraction] = [_read(task) for task in batch]
        readable = [(task, a) for task, a in zip(batch, articles, strict=True) if isinstance(a, ArticleText)]
        docs = _docs(nlp, [a.text for _, a in readable])
        by_source = {}
        for (task, article), doc in zip(readable, docs, strict=True):
            by_source[task.source] = _extract_safely(task, article, doc)
        for task, article in zip(batch, articles, strict=True):
            yield article if isinstance(article, ArticleExtraction) else by_source[task.source]


def _read(task: Task) -> ArticleText | ArticleExtraction:
    try:
        return read_article(task.path)
    except ArticleReadError as err:
        return failed(task, str(err))


def _docs(nlp: Language, texts: list[str]) -> list[Doc | Exception]:
    """Docs for the texts; one text that spaCy cannot process does not cost the others."""
    if any(len(t) >= nlp.max_length for t in texts):
        return [_nlp_or_error(nlp, t) for t in texts]
    try:
        return list(nlp.pipe(texts, batch_size=PIPE_BATCH))
    except Exception:
        return [_nlp_or_error(nlp, t) for t in texts]


def _nlp_or_error(nlp: Language, text: str) -> Doc | Exception:
    try:
        return _nlp_one(nlp, text)
    except Exception as err:
        return err


def _extract_safely(task: Task, article: ArticleText, doc: Doc | Exception) -> ArticleExtraction:
    if isinstance(doc, Exception):
        return failed(task, f"spaCy failed: {type(doc).__name__}: {doc}", article.sha256)
    try:
        return extract_doc(doc, article, article_id=task.article_id, source=task.source)
    except Exception as err:
        # A bug in a rule must not stop the archive; the article says what went wrong.
        return failed(task, f"extraction failed: {type(err).__name__}: {err}", article.sha256)


def process_file(nlp: Language, path: Path, input_dir: Path) -> ArticleExtraction:
    """Read and extract one file; never raises for a bad article."""
    return next(process_tasks(nlp, [Task(path, path.relative_to(input_dir).as_posix())]))


def run(nlp: Language, input_dir: Path, paths: Iterable[Path] | None = None) -> Iterator[ArticleExtraction]:
    """Process every article of ``input_dir`` (or the given ``paths``), in order, in this process."""
    yield from process_tasks(nlp, tasks_for(input_dir, paths))
