"""Where a name stands relative to a token: the helpers every binding rule of :mod:`.binding`
and :mod:`.groups` shares (titles and line breaks between a role and its name, brackets after it)."""

from __future__ import annotations

from spacy.tokens import Doc

from pipeline.extract.officials.roles import wrap_at
from pipeline.lang.names import ADDRESS_WORDS, HONORIFIC_TOKENS
from pipeline.lang.roles import ROLE_MODIFIERS
from pipeline.text.docview import doc_view
from pipeline.text.lexicon import is_role_word


def skip_cues(doc: Doc, i: int) -> int:
    """Skip address words, honorifics and role titles of the next name ("Herr Dr."), and the line
    break of hard-wrapped text ("Polizeioberrat\nMax Muster"; a blank line ends the phrase)."""
    words = doc_view(doc).words
    while i < len(doc) and (words[i] in ADDRESS_WORDS or words[i] in HONORIFIC_TOKENS or wrap(words[i])):
        i += 1
    return i


def wrap(text: str) -> bool:
    """A line break inside a paragraph: a token of white space with a single newline."""
    return text.isspace() and text.count("\n") == 1


def name_after(doc: Doc, i: int, by_start: dict[int, int], titles: bool = False) -> int | None:
    """The name starting at token i (after cues), or after a title when ``titles``."""
    words = doc_view(doc).words
    i = skip_cues(doc, i)
    if i in by_start:
        return by_start[i]
    if titles:
        while i < len(doc) and (is_role_word(words[i]) or words[i] in ROLE_MODIFIERS):
            i += 1
        i = skip_cues(doc, i)
        return by_start.get(i)
    return None


def after_parenthesis(doc: Doc, i: int) -> int:
    """Skip an abbreviation in parentheses after a phrase ("des Landespräventionsrates (LPR),")."""
    words = doc_view(doc).words
    if i < len(doc) and words[i] == "(":
        j = i
        while j < len(doc) and words[j] != ")" and j - i < 6:
            j += 1
        if j < len(doc) and words[j] == ")":
            return j + 1
    return i


def name_before(doc: Doc, i: int, by_end: dict[int, int]) -> int | None:
    """The name ending right before token i, a parenthesis after it allowed ("Ursu (CDU),")."""
    words = doc_view(doc).words
    if i > 0 and words[i - 1] == ")":
        j = i - 1
        while j > 0 and words[j] != "(":
            j -= 1
        i = j
    return by_end.get(i)


def over_wrap(doc: Doc, i: int) -> int:
    return i + 1 if i < len(doc) and wrap_at(doc, i) else i  # over the line break of a wrapped page


def skip_back_cues(doc: Doc, i: int) -> int:
    """The first token of the address words and titles before token ``i`` ("Herr Dr." of a name)."""
    words = doc_view(doc).words
    while i > 0 and (words[i - 1] in ADDRESS_WORDS or words[i - 1] in HONORIFIC_TOKENS):
        i -= 1
    return i


def ends_sentence(doc: Doc, i: int) -> bool:
    """True for a full stop, question or exclamation mark that ends a sentence (not "Dr.")."""
    return doc[i].text in (".", "!", "?") and i + 1 < len(doc) and doc[i + 1].is_sent_start


def sentence_bounds(doc: Doc, i: int) -> tuple[int, int]:
    """The tokens ``[start, end)`` of the sentence of token ``i``, as ``doc[i].sent`` (from the
    Doc's view: no Token and no Span built; spaCy's own answer for a Doc without sentences)."""
    view = doc_view(doc)
    if view.sentences:
        return view.sentence_of(i)
    sent = doc[i].sent
    return sent.start, sent.end
