"""Pressefakten: validated datasets of dates, places, officials, milestones and quotes
from German press releases (Landespräventionsrat Sachsen, ASSKomm)."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__", "load"]


def __getattr__(name: str) -> object:
    # ``pipeline.load`` imports pandas; only pay for it when it is used.
    if name == "load":
        from pipeline.views.load import load

        return load
    raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
