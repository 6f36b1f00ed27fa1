"""All facts of one article: its layout, then every extractor, in one validated record."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from spacy.tokens import Doc

from pipeline.extract.dates import extract_dates
from pipeline.extract.joinings import extract_joinings
from pipeline.extract.milestones import extract_milestones
from pipeline.extract.officials import extract_officials
from pipeline.extract.places import extract_places
from pipeline.extract.quotes import extract_quotes
from pipeline.nlp.gazetteer import load_gazetteer
from pipeline.records import ArticleExtraction, ArticleRecord
from pipeline.text.layout import ArticleLayout, parse_layout
from pipeline.text.reading import ArticleText


def article_record(
    article: ArticleText, layout: ArticleLayout, *, article_id: str, source: str
) -> ArticleRecord:
    """The ``articles`` row of a processed article."""
    return ArticleRecord(
        article_id=article_id,
        source=source,
        title=layout.title,
        published=layout.published,
        published_from=layout.published_from,
        status="ok",
        layout=layout.layout,
        chars=len(article.text),
        sha256=article.sha256,
        encoding=article.encoding,
        warning=article.warning,
    )


def extract_facts(doc: Doc, layout: ArticleLayout, *, article_id: str) -> dict[str, Sequence[Any]]:
    """Every extractor's records for one Doc and its layout: ``dates``, ``places``, ``people``,
    ``milestones``, ``quotes``, ``joinings``."""
    people = extract_officials(doc, layout)
    dates = extract_dates(doc, layout, article_id=article_id)
    places = extract_places(doc, layout, article_id=article_id, people=people)
    milestones = extract_milestones(doc, layout, article_id=article_id)
    return {
        "dates": dates,
        "places": places,
        "people": people,
        "milestones": milestones,
        "quotes": extract_quotes(doc, layout, article_id=article_id, people=people),
        "joinings": extract_joinings(
            doc, layout, article_id=article_id, dates=dates, places=places, milestones=milestones
        ),
    }


def page_layout(text: str) -> ArticleLayout:
    """The layout of an article's page, with the gazetteer's given names (an author's name alone
    above the date line is a byline, never the headline)."""
    return parse_layout(text, load_gazetteer().given_names)


def extract_article(doc: Doc, article: ArticleText, *, article_id: str, source: str) -> ArticleExtraction:
    """Run every extractor on one processed article.

    Args:
        doc: The article processed by the spaCy pipeline (never changed).
        article: The decoded article the Doc was made from.
        article_id: The article's id, written into every record.
        source: The article's path relative to the archive.

    Raises:
        ValidationError: when an extractor produced an invalid record (a bug; the caller
            records the article as failed).
    """
    layout = page_layout(article.text)
    facts = extract_facts(doc, layout, article_id=article_id)
    return ArticleExtraction(
        article=article_record(article, layout, article_id=article_id, source=source),
        dates=facts["dates"],
        places=facts["places"],
        people=facts["people"],
        milestones=facts["milestones"],
        quotes=facts["quotes"],
        joinings=facts["joinings"],
    )
