"""The facts of a long article from its windows (see :mod:`pipeline.text.windows`).

Each window is analysed like a short article with the article's layout cut to it; here its
records are moved back to the article's offsets and joined: dates, places and milestones in
text order, quotes numbered on through the article, and one person per name with the mentions,
roles and details of every window.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TypeVar

from spacy.tokens import Doc

from pipeline.extract.article import article_record, extract_facts
from pipeline.records import ArticleExtraction, Mention, Person, SpanRecord
from pipeline.text.layout import ArticleLayout
from pipeline.text.reading import ArticleText
from pipeline.text.windows import window_layout

Span = TypeVar("Span", bound=SpanRecord)


def _moved(records: Iterable[Span], offset: int) -> list[Span]:
    """The records with their offsets counted from the article's start."""
    return [r.model_copy(update={"start": r.start + offset, "end": r.end + offset}) for r in records]


def _moved_person(person: Person, offset: int) -> Person:
    mentions = tuple(
        Mention(start=m.start + offset, end=m.end + offset, text=m.text) for m in person.mentions
    )
    return person.model_copy(update={"mentions": mentions})


def _merged(first: Person, later: Person) -> Person:
    """One person named in several windows: every mention and role, the first details known."""
    return first.model_copy(
        update={
            "mentions": first.mentions + later.mentions,
            "roles": first.roles + tuple(r for r in later.roles if r not in first.roles),
            "honorific": first.honorific or later.honorific,
            "organization": first.organization or later.organization,
            "gender": first.gender or later.gender,
        }
    )


def extract_windows(
    docs: Iterable[tuple[int, Doc]],
    article: ArticleText,
    layout: ArticleLayout,
    *,
    article_id: str,
    source: str,
) -> ArticleExtraction:
    """Every fact of a long article from the Docs of its windows.

    Args:
        docs: ``(start, doc)`` per window, in text order; ``doc.text`` is the window's text
            (taken one at a time, so only one window's Doc need exist at once).
        article: The decoded article.
        layout: The layout of the whole article (its title and date come from it).
        article_id: The article's id.
        source: The article's path relative to the archive.
    """
    facts: dict[str, list] = {"dates": [], "places": [], "milestones": [], "quotes": [], "joinings": []}
    people: dict[str, Person] = {}
    for start, doc in docs:
        found = extract_facts(doc, window_layout(layout, start, start + len(doc.text)), article_id=article_id)
        for name in ("dates", "places", "milestones", "joinings"):
            facts[name] += _moved(found[name], start)
        facts["quotes"] += _moved(found["quotes"], start)
        for person in found["people"]:
            moved = _moved_person(person, start)
            people[person.name] = _merged(people[person.name], moved) if person.name in people else moved
    quotes = [
        quote.model_copy(update={"quote_id": f"{article_id}-q{number}"})
        for number, quote in enumerate(facts["quotes"], 1)
    ]
    return ArticleExtraction(
        article=article_record(article, layout, article_id=article_id, source=source),
        dates=tuple(facts["dates"]),
        places=tuple(facts["places"]),
        people=tuple(people.values()),
        milestones=tuple(facts["milestones"]),
        quotes=tuple(quotes),
        joinings=tuple(facts["joinings"]),
    )
