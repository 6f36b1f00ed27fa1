"""More page furniture standing alone on a line: a media box's label, a paywall's mark, skip links,
paging links, a release label with its number, a contact line, an image's role in brackets."""

from __future__ import annotations

import re

#: Whole lines that are a widget's or a box's label (compared case-insensitively, stripped).
WIDGET_LABELS = frozenset(
    line.casefold()
    for line in (
        "Bildergalerie",
        "Fotostrecke",
        "Galerie",
        "Video",
        "Videos",
        "Podcast",
        "Liveticker",
        "Livestream",
        "Exklusiv",
        "Premium",
        "Paid Content",
        "Gesponsert",
        "Sponsored",
        "Inhaltsbereich",
        "Seiteninhalt",
        "Sprungmarken",
        "Schnellzugriff",
        "Servicenavigation",
        "Metanavigation",
        "Diese Seite teilen",
        "Seite teilen",
        "Beitrag teilen",
        "Vorheriger Artikel",
        "Nächster Artikel",
    )
)

#: A line matching this is furniture too (matched at the line's start, the line stripped).
WIDGET_PATTERN = re.compile(
    # paging links: "« Vorheriger Artikel", "Nächster Beitrag »"
    r"[«‹<←]?\s*(?:Vorherige[rs]?|Voriger|Nächste[rs]?)\s+(?:Artikel|Beitrag|Eintrag|Meldung)\s*[»›>→]?$"
    # a release label with its number alone, no headline after it: "Pressemitteilung Nr. 41/2021"
    r"|(?i:(?:Presse|Medien)?(?:mitteilung|information|meldung)(?:en)?\s+(?:Nr\.\s*)?\d{1,4}(?:\s*/\s*\d{2,4})?$)"
    # a contact line: "Tel.: 0351 123456", "Fax 0351 123457", "E-Mail: presse@musterau.de"
    r"|(?i:(?:Tel(?:efon)?\.?|Fax|Telefax|Mobil|E-Mail|Mail)\s*:?\s*(?:[+(\d]|\S+@\S+$))"
    # a page number alone: "Seite 3"
    r"|Seite\s+\d{1,3}$"
    # an image's role in brackets: "(Symbolbild)", "(Archivfoto: Stadt Musterau)"
    r"|(?i:\((?:Symbol|Archiv)(?:bild|foto)\b[^)]*\)$)"
)
