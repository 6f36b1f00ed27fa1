"""Officials: the people an article names, with their roles and organisations.

:mod:`.names` finds where people are named in running text and :mod:`.authors` in the page's
credits and bylines, :mod:`.roles` finds role phrases and :mod:`.binding` binds them to names,
:mod:`.extractor` merges the mentions of each person into one record.
"""

from __future__ import annotations

from pipeline.extract.officials.extractor import extract_officials

__all__ = ["extract_officials"]
