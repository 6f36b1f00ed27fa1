"""The extractors: pure functions of a processed article, one module per fact type.

Each ``extract_x(doc, layout, ...)`` reads a spaCy ``Doc`` and the article's parsed layout
(:mod:`pipeline.text.layout`) and returns validated records (:mod:`pipeline.records`); none
does I/O or changes the Doc. :func:`extract_article` runs them all on one article;
:func:`extract_windows` on a long article window by window.
"""

from __future__ import annotations

from pipeline.extract.article import extract_article
from pipeline.extract.dates import extract_dates
from pipeline.extract.joinings import extract_joinings
from pipeline.extract.milestones import extract_milestones
from pipeline.extract.officials import extract_officials
from pipeline.extract.places import extract_places
from pipeline.extract.quotes import extract_quotes
from pipeline.extract.windows import extract_windows

__all__ = [
    "extract_article",
    "extract_dates",
    "extract_joinings",
    "extract_milestones",
    "extract_officials",
    "extract_places",
    "extract_quotes",
    "extract_windows",
]
