"""Photo credits on a page: where a credit marker ("©", "Foto:", "Bildrechte:") starts within a
line, and a line that is a credit alone."""

from __future__ import annotations

import re

from pipeline.lang.layout import CAPTION_ORDER, CREDIT_MARKER


def credit_marker(line: str) -> re.Match[str] | None:
    """``CREDIT_MARKER.search(line)``, with no scan of a line that holds none of what every marker
    holds: "©", "(c)" or the colon after its word (most lines; the scan tries a lookbehind and
    a word at every position)."""
    if ":" not in line and "©" not in line and "(c)" not in line.casefold():
        return None
    return CREDIT_MARKER.search(line)


def credit_start(line: str) -> int | None:
    """Offset within ``line`` where a photo credit marker starts, or None."""
    match = credit_marker(line)
    if not match:
        return None
    if CAPTION_ORDER.match(line, match.end()):
        return None  # "Foto: v. l. n. r. Anna Probe, Max Muster" names who is in the picture
    # "Foto:" must open the line or follow a sentence end; "©" may stand anywhere.
    marker = match.group().strip()
    if not marker.startswith("©") and match.start() > 0 and line[: match.start()].rstrip()[-1:] not in ".!?)":
        return None
    return match.start() + (len(match.group()) - len(match.group().lstrip()))


def is_credit_line(line: str) -> bool:
    """A line that is a photo credit alone ("© Max Muster", "Bildrechte: dpa", "(© Stadt)")."""
    stripped = line.strip()
    return credit_start(stripped) == 0 or stripped.lstrip("(").startswith("©")
