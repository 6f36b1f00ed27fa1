"""Fast, read-only views of a Doc for the rule loops.

``doc[i]`` builds a new ``Token`` object on every call. The rule loops look at every token of
every article, and building those objects cost more than the rules themselves; they read
plain lists instead, taken from the Doc's arrays once per Doc.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from functools import cached_property
from itertools import pairwise

from spacy.attrs import IDX, ORTH, SENT_START, SPACY
from spacy.tokens import Doc

from pipeline.text.wraps import wraps


@dataclass(frozen=True)
class DocView:
    """Token texts and character offsets of a Doc, as plain Python lists.

    Attributes:
        text: The Doc's text.
        words: The text of every token.
        starts: The character offset of every token.
        sentences: ``(start_char, end_char)`` of every sentence, as ``doc.sents`` gives them;
            empty when the Doc has no sentence boundaries.
    """

    text: str
    words: list[str]
    starts: list[int]
    sentences: list[tuple[int, int]]

    def end(self, i: int) -> int:
        """The character offset after token ``i``."""
        return self.starts[i] + len(self.words[i])

    def wraps_after(self, i: int) -> bool:
        """True when token ``i`` ends a line cut at a fixed column (a hard-wrapped paragraph): the
        next token is a single line break that wraps its paragraph (:func:`pipeline.text.wraps.wraps`),
        so the line below goes on with it ("… der Landtagsabgeordnete Martin\nSchwalbe")."""
        return i + 2 < len(self.words) and self.words[i + 1] == "\n" and wraps(self.text, self.starts[i + 1])

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive), as ``doc[start:end].text``."""
        return self.text[self.starts[start] : self.end(end - 1)] if end > start else ""

    @cached_property
    def sentence_firsts(self) -> list[int]:
        """The first token of every sentence (empty when the Doc has no sentence boundaries)."""
        firsts, k = [], 0
        for start, _ in self.sentences:
            while self.starts[k] < start:  # both ascend: one walk over the tokens
                k += 1
            firsts.append(k)
        return firsts

    def sentence_of(self, i: int) -> tuple[int, int]:
        """The tokens ``[start, end)`` of the sentence holding token ``i``, as ``doc[i].sent``
        gives them, without building a Token and a Span; needs sentence boundaries."""
        firsts = self.sentence_firsts
        k = bisect_right(firsts, i) - 1
        return firsts[k], firsts[k + 1] if k + 1 < len(firsts) else len(self.words)


# The extractors of one article all ask for the view of the same Doc: keep the last one.
# A Doc is immutable for the extractors (they never change it), so the view stays valid.
_last: tuple[Doc, DocView] | None = None


def doc_view(doc: Doc) -> DocView:
    """The view of ``doc`` (built once per Doc, then reused by the next caller)."""
    global _last
    if _last is not None and _last[0] is doc:
        return _last[1]
    strings = doc.vocab.strings
    array = doc.to_array([ORTH, IDX, SPACY, SENT_START]).tolist() if len(doc) else []
    words = [strings[o] for o, _, _, _ in array]
    # ``doc.text`` builds a Token per token; the arrays give the same text without them.
    text = "".join([w + " " if space else w for w, (_, _, space, _) in zip(words, array, strict=True)])
    starts = [s for _, s, _, _ in array]
    firsts = [i for i, row in enumerate(array) if row[3] == 1 or i == 0]
    # as spaCy: boundaries are set when a token after the first has a value (the first is always a start)
    has_sentences = any(row[3] != 0 for row in array[1:])
    bounds = [*firsts, len(words)]
    sentences = (
        [(starts[a], starts[b - 1] + len(words[b - 1])) for a, b in pairwise(bounds)] if has_sentences else []
    )
    view = DocView(text=text, words=words, starts=starts, sentences=sentences)
    _last = (doc, view)
    return view
