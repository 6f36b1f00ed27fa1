"""Quotes: the voices of an article, with their speakers.

:mod:`.written` writes typed and garbled marks over as real ones, :mod:`.marks` pairs
quotation marks, :mod:`.attribution` finds where a quote is attributed (:mod:`.around` the
person named around it, :mod:`.named` a family name alone as a speaker, :mod:`.next_sentence`
the sentence after a quote pointing back at it, :mod:`.reported` a speaker elsewhere in the
quote's sentence), :mod:`.speakers` resolves the attribution to a person, :mod:`.extractor`
tells voices from quoted titles and mottos, :mod:`.pulls` finds pull quotes.
"""

from __future__ import annotations

from pipeline.extract.quotes.extractor import extract_quotes

__all__ = ["extract_quotes"]
