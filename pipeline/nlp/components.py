"""Pressefakten's spaCy components, all registered here (and only here).

They are thin: the logic lives in the extractor modules, which stay pure functions of a Doc.
"""

from __future__ import annotations

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.text.wraps import wrapped_line_ends


@Language.component("pressefakten_line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break, except a break of a hard-wrapped page inside a
    sentence (:func:`pipeline.text.wraps.wrapped_line_ends`).

    Press releases put titles, captions, credits and name lines on lines of their own,
    without final punctuation; a statistical splitter would glue them to the next sentence.
    Only sets starts (never removes one), so it runs before a parser as well as after a
    sentencizer. Written as one array (setting ``token.is_sent_start`` token by token checks
    the whole Doc each time: quadratic on a long file).
    """
    # A page cut at a fixed column breaks its sentences over lines: such a break starts nothing.
    wrapped = wrapped_line_ends(doc.text)
    starts = [
        token.i + 1
        for token in doc[:-1]
        if ((token.is_space and "\n" in token.text) or "\n" in token.whitespace_)
        and not (wrapped and (token.idx in wrapped or token.idx + len(token.text) in wrapped))
    ]
    if not starts:
        return doc
    values = doc.to_array([SENT_START])
    values[starts] = 1
    doc.from_array([SENT_START], values)
    return doc
