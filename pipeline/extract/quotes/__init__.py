"""Quotes: the voices of an article, with their speakers.

:mod:`.marks` pairs quotation marks, :mod:`.attribution` finds where a quote is attributed,
:mod:`.speakers` resolves the attribution to a person, :mod:`.extractor` tells voices from
quoted titles and mottos and finds pull quotes.
"""

from __future__ import annotations

from pipeline.extract.quotes.extractor import extract_quotes

__all__ = ["extract_quotes"]
