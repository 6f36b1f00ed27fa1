"""The sentences and the headline of an article, as the joining rules read them.

A sentence the Doc cut inside a hard-wrapped line or after an abbreviation is joined again; a
headline under a site's or section's label ("Freie Presse | Stollberg") is found below it.
"""

from __future__ import annotations

import re

from spacy.tokens import Doc

from pipeline.text.docview import doc_view
from pipeline.text.layout import ArticleLayout
from pipeline.text.wraps import goes_on

Span = tuple[int, int]

#: The most words of a headline line, and how many lines after a site's label may hold it.
HEADLINE_WORDS = 14
HEADLINE_SEARCH = 4
#: Marks of a site's or section's label, a breadcrumb or a web address: no headline.
_LABEL = re.compile(r"[|>»]\s|\b[\w-]+\.(?:de|com|net|org|info|eu)\b|\bonline\b")


def article_sentences(text: str, doc: Doc, layout: ArticleLayout) -> list[Span]:
    """The content's sentences without surrounding whitespace (blank ones left out), or the whole
    text when the Doc has no sentences; a sentence the Doc cut at a line break inside it (a
    hard-wrapped paragraph) or after an abbreviation is one again."""
    spans = doc_view(doc).sentences or [(0, len(text))]
    joined: list[Span] = []
    for start, end in spans:
        chunk = text[start:end]
        begin, stop = start + len(chunk) - len(chunk.lstrip()), start + len(chunk.rstrip())
        if stop <= begin or not layout.is_content(begin, stop):
            continue
        if joined and _continues(text, layout, joined[-1], begin):
            joined[-1] = (joined[-1][0], stop)
        else:
            joined.append((begin, stop))
    return joined


def _continues(text: str, layout: ArticleLayout, previous: Span, begin: int) -> bool:
    """True where the sentence starting at ``begin`` goes on the one before: on the same line
    after an abbreviation, in lower case ("Auerbach/Vogtl. und Falkenstein/Vogtl. sind
    beigetreten"); or on the next line of the same paragraph of running text, where the line
    before ends without closing a sentence ("trat die Stadt\nPlauen der Allianz bei"), as
    :func:`pipeline.text.wraps.goes_on` decides."""
    if "\n" not in text[previous[1] : begin]:
        return text[begin].islower()
    if layout.kind_at(previous[0]) != "body" or layout.kind_at(begin) != "body":
        return False  # a title, a caption: a break of its own
    return goes_on(text, previous[1])


def headline(text: str, title: Span | None, sentences: list[Span]) -> Span | None:
    """The article's headline: its title, unless that is a site's or section's label ("Freie
    Presse | Stollberg", "Riesa-News.de – Nachrichten aus Riesa"); then the first short line
    after it that is no label, breadcrumb or date line and closes no sentence."""
    if title is None or not _LABEL.search(text, *title):
        return title
    following = [s for s in sentences if s[0] >= title[1]][:HEADLINE_SEARCH]
    for start, end in following:
        line = text[start:end]
        words = line.split()
        if (
            len(words) <= HEADLINE_WORDS
            and "\n" not in line
            and not line.endswith((".", "!", "?"))
            and not _LABEL.search(line)
            and sum(w[:1].isdigit() for w in words) < len(words) / 2
        ):
            return start, end
    return None
