"""Authors named by a name line of the page head: a name alone under the newspaper's logo,
at the top of the page ("Seitenlogo" / "André Schramm" / title). Bylines with "Von" are read by
:mod:`.names`."""

from __future__ import annotations

from itertools import pairwise

from pipeline.extract.officials.names import NameMention, person_in
from pipeline.lang.names import AUTHOR, LOGO_LINE
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.text.layout import ArticleLayout

#: Lines of the page head searched for the logo and the name under it.
HEAD_LINES = 6


def name_line_authors(layout: ArticleLayout, gaz: Gazetteer) -> list[NameMention]:
    """The person named alone on the line under a logo line of the page head.

    Args:
        layout: The article's layout; only the first ``HEAD_LINES`` lines are read.
        gaz: The gazetteer with given names.

    Returns:
        One byline mention with the role ``Autor``/``Autorin`` per such line.
    """
    text = layout.text
    head = [s for s in layout.segments if text[s.start : s.end].strip()][:HEAD_LINES]
    found = []
    for above, line in pairwise(head):
        if not LOGO_LINE.search(text[above.start : above.end]):
            continue
        words = text[line.start : line.end]
        lead = len(words) - len(words.lstrip())
        hit = person_in(words.strip(), line.start + lead, gaz)
        if hit:
            start, end, name, family, gender = hit
            found.append(
                NameMention(start, end, name, family, None, gender, "byline", roles=(AUTHOR[gender],))
            )
    return found
