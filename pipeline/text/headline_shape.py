"""The shape of a headline: a few words, no sentence, no lead-in, no site's name or meta label; and
a short headline right above its paragraph."""

from __future__ import annotations

import re

from pipeline.lang.headlines import DATELINE_ALONE, LEAD_IN, META_LABEL, SITE_OWNER_LINE
from pipeline.lang.layout import MENU_BULLETS
from pipeline.lang.speech import SPEECH_VERBS

#: A closing quotation mark, a comma and the verb after it: a quote's attribution.
_ATTRIBUTION = re.compile(r"[“”\"«»‘’'],\s*(?P<verb>\w+)\s")
#: A title is a headline, not a paragraph.
MAX_TITLE_WORDS = 30
#: A line this long that ends in a full stop is a sentence, not a headline.
MIN_SENTENCE_WORDS = 8
#: Fewest words of a headline glued after a date stamp or standing among a page's widgets.
MIN_GLUED_HEADLINE_WORDS = 2
#: The last characters of a paragraph: a sentence end, or the quote closing it.
PARAGRAPH_ENDS = frozenset('.!?“”"«»')


def is_meta_line(line: str) -> bool:
    """A meta label ("Herausgeber: Ministerium") or a site's name with its address ("Musterau.de
    – Portal https://www.musterau.de/presse")."""
    return META_LABEL.match(line) is not None or "://" in line


def is_headline(line: str) -> bool:
    """A headline: a few words, no bullet, no sentence (many words ending in a full stop), no
    lead-in ending in a verb and a colon ("Die Stadtverwaltung informiert:"), no site owner's
    name alone ("Stadt Musterau"), no newspaper's dateline alone ("Musterau.") and no meta label
    ("Herausgeber: Staatsministerium des Innern")."""
    words = line.split()
    if not 0 < len(words) <= MAX_TITLE_WORDS or line.lstrip()[:1] in MENU_BULLETS:
        return False
    if (
        LEAD_IN.search(line)
        or SITE_OWNER_LINE.match(line)
        or DATELINE_ALONE.match(line)
        or is_meta_line(line)
    ):
        return False
    attributed = _ATTRIBUTION.search(line)
    if attributed and attributed["verb"].casefold() in SPEECH_VERBS and line.rstrip().endswith("."):
        return False  # a quote with its speaker is a sentence: "„Wir sind bereit“, sagt der Bürgermeister."
    return not (len(words) >= MIN_SENTENCE_WORDS and line.rstrip().endswith("."))


def heads_paragraph(text: str, line: tuple[int, int], below: tuple[int, int]) -> bool:
    """A short headline ("Rat tagt", "Nachtschlichter: Konzept erfolgreich") right above a
    paragraph: two words or more, no digit (a postcode, a temperature, a price), and a lower-case
    word or a colon, which a widget's name ("Lokales Leipzig") has not."""
    words = text[slice(*line)].split()
    paragraph = text[slice(*below)].rstrip()
    return (
        len(words) >= MIN_GLUED_HEADLINE_WORDS
        and not any(ch.isdigit() for ch in text[slice(*line)])
        and any(word[:1].islower() or word.endswith(":") for word in words)
        and len(paragraph.split()) >= MIN_SENTENCE_WORDS
        and paragraph[-1:] in PARAGRAPH_ENDS
    )
