"""Fast, read-only views of a Doc for the rule loops.

``doc[i]`` builds a new ``Token`` object on every call. The rule loops look at every token of
every article, and building those objects cost more than the rules themselves; they read
plain lists instead, taken from the Doc's arrays once per Doc.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.attrs import IDX, ORTH, SPACY
from spacy.tokens import Doc

#: Shortest line that a newspaper page cuts at a fixed column (its sentence goes on below).
MIN_WRAPPED_LINE_CHARS = 40


@dataclass(frozen=True)
class DocView:
    """Token texts and character offsets of a Doc, as plain Python lists.

    Attributes:
        text: The Doc's text.
        words: The text of every token.
        starts: The character offset of every token.
    """

    text: str
    words: list[str]
    starts: list[int]

    def end(self, i: int) -> int:
        """The character offset after token ``i``."""
        return self.starts[i] + len(self.words[i])

    def wraps_after(self, i: int) -> bool:
        """True when token ``i`` ends a line cut at a fixed column (a hard-wrapped paragraph): the
        next token is a single line break and the line holding ``i`` is long, so the line below
        goes on with the same sentence ("… der Landtagsabgeordnete Martin\nSchwalbe")."""
        if i + 2 >= len(self.words) or self.words[i + 1] != "\n":
            return False
        line_start = self.text.rfind("\n", 0, self.starts[i]) + 1
        return self.end(i) - line_start >= MIN_WRAPPED_LINE_CHARS

    def span_text(self, start: int, end: int) -> str:
        """The text of tokens ``start`` to ``end`` (exclusive), as ``doc[start:end].text``."""
        return self.text[self.starts[start] : self.end(end - 1)] if end > start else ""


# The extractors of one article all ask for the view of the same Doc: keep the last one.
# A Doc is immutable for the extractors (they never change it), so the view stays valid.
_last: tuple[Doc, DocView] | None = None


def doc_view(doc: Doc) -> DocView:
    """The view of ``doc`` (built once per Doc, then reused by the next caller)."""
    global _last
    if _last is not None and _last[0] is doc:
        return _last[1]
    strings = doc.vocab.strings
    array = doc.to_array([ORTH, IDX, SPACY]).tolist() if len(doc) else []
    words = [strings[o] for o, _, _ in array]
    # ``doc.text`` builds a Token per token; the arrays give the same text without them.
    text = "".join([w + " " if space else w for w, (_, _, space) in zip(words, array, strict=True)])
    view = DocView(text=text, words=words, starts=[s for _, s, _ in array])
    _last = (doc, view)
    return view
