"""Process articles in this process: read, run spaCy in batches, run the extractors.

One article that cannot be read or processed is recorded as ``failed`` with its reason;
the others go on, and every input file gets exactly one result.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract import extract_article, extract_windows
from pipeline.extract.article import page_layout
from pipeline.records import ArticleExtraction
from pipeline.run.tasks import PIPE_BATCH, Task, failed
from pipeline.text.reading import ArticleReadError, ArticleText, read_article
from pipeline.text.windows import WINDOW_CHARS, windows


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
        by_source = {
            task.source: _extract_long(nlp, task, article)
            for task, article in readable
            if len(article.text) > WINDOW_CHARS
        }
        short = [(task, article) for task, article in readable if task.source not in by_source]
        docs = _docs(nlp, [a.text for _, a in short])
        for (task, article), doc in zip(short, docs, strict=True):
            by_source[task.source] = _extract_safely(task, article, doc)
        for task, article in zip(batch, articles, strict=True):
            yield article if isinstance(article, ArticleExtraction) else by_source[task.source]


def _read(task: Task) -> ArticleText | ArticleExtraction:
    if task.name_error is not None:
        return failed(task, task.name_error)
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


def _extract_long(nlp: Language, task: Task, article: ArticleText) -> ArticleExtraction:
    """A long article window by window (see :mod:`pipeline.text.windows`): memory bounded by the
    window, time linear in the length; one window's Doc exists at a time."""
    text = article.text
    try:
        docs = ((start, _nlp_one(nlp, text[start:end])) for start, end in windows(text, WINDOW_CHARS))
        return extract_windows(
            docs, article, page_layout(text), article_id=task.article_id, source=task.source
        )
    except Exception as err:
        # A bug in a rule must not stop the archive; the article says what went wrong.
        return failed(task, f"extraction failed: {type(err).__name__}: {err}", article.sha256)


def _extract_safely(task: Task, article: ArticleText, doc: Doc | Exception) -> ArticleExtraction:
    if isinstance(doc, Exception):
        return failed(task, f"spaCy failed: {type(doc).__name__}: {doc}", article.sha256)
    try:
        return extract_article(doc, article, article_id=task.article_id, source=task.source)
    except Exception as err:
        # A bug in a rule must not stop the archive; the article says what went wrong.
        return failed(task, f"extraction failed: {type(err).__name__}: {err}", article.sha256)
