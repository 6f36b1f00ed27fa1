"""Pressefakten: validated datasets of dates, places, officials, milestones and quotes
from German press releases (Landespräventionsrat Sachsen, ASSKomm)."""

from __future__ import annotations

__version__ = "0.1.0"
