"""Fast, read-only views of a Doc for the rule loops."""

from __future__ import annotations

from spacy.attrs import ORTH
from spacy.tokens import Doc


def token_texts(doc: Doc) -> list[str]:
    """The text of every token, without building a ``Token`` object per token.

    The rule loops look at every token's text; ``doc[i].text`` allocates a Python object each
    time, which cost more than the rules themselves.
    """
    strings = doc.vocab.strings
    return [strings[orth] for orth in doc.to_array(ORTH).tolist()]
