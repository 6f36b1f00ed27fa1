"""People the page's furniture names: photographers in credits, authors in bylines (`Von Name`)
and in a name line of the page head (a name alone under the newspaper's logo: "Seitenlogo" /
"André Schramm" / title), contacts named only by an e-mail address."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from itertools import pairwise

from pipeline.extract.officials.name_words import gender_of, is_given, is_name_word
from pipeline.extract.officials.names import NameMention
from pipeline.lang.layout import BYLINE, CREDIT_MARKER
from pipeline.lang.names import (
    AUTHOR,
    AUTHOR_JOINER,
    CREDIT_LABEL,
    CREDIT_PART,
    DATED_BYLINE,
    EMAIL,
    LOGO_LINE,
    PHOTOGRAPHER,
)
from pipeline.nlp.gazetteer import Gazetteer
from pipeline.text.layout import ArticleLayout
from pipeline.text.lexicon import is_role_word

#: Characters of a page's head read for punctuation, and the reach of its author's name.
PRINT_HEAD = 1500
AUTHOR_REACH = 400
#: An agency's short name and a slash before a photographer's name ("dpa/", "AFP/SID/"), and how
#: far before the name it is looked for.
_AGENCY = re.compile(r"(?<![\w/])(?:[A-Z]{2,5}|dpa|ddp|epd|kna)(?:/(?:[A-Z]{2,5}|dpa|ddp|epd|kna))*/")
AGENCY_REACH = 20
#: A credit written as one word, given and family name run together ("SvenRogge").
_CAMEL = re.compile(r"^(?P<given>[A-ZÄÖÜ][a-zäöüß]+)(?P<family>[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?)$")

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


def with_print_author(text: str, names: Sequence[NameMention]) -> list[NameMention]:
    """``names`` with the author of a printed journal's page marked: a page whose text layer lost
    its punctuation (no full stop or comma in its first ``PRINT_HEAD`` characters, the way a PDF's
    text comes out) names its author between title and body, so the first person named near its
    head without a role is the ``Autor``/``Autorin``."""
    if len(text) < PRINT_HEAD or any(mark in text[:PRINT_HEAD] for mark in ".,;!?"):
        return list(names)
    found = list(names)
    first = next((k for k, m in enumerate(found) if m.start < AUTHOR_REACH), None)
    before = text[: found[first].start].split()[-1:] if first is not None else []
    if first is not None and not found[first].roles and not any(is_role_word(w) for w in before):
        found[first] = replace(found[first], roles=(AUTHOR[found[first].gender],))
    return found


def with_agency_credits(text: str, names: Sequence[NameMention]) -> list[NameMention]:
    """``names`` with the photographer of a credit that runs into the text marked: a name right
    after an agency's short name and a slash ("dpa/Max Muster", "AFP/SID/Max Muster") is the
    ``Fotograf``/``Fotografin`` of the picture, wherever the page put the credit."""
    found = list(names)
    for k, mention in enumerate(found):
        agency = _AGENCY.search(text, max(0, mention.start - AGENCY_REACH), mention.start)
        if agency and agency.end() == mention.start and not mention.roles:
            found[k] = replace(mention, roles=(PHOTOGRAPHER[mention.gender],))
    return found


def page_names(layout: ArticleLayout, gaz: Gazetteer) -> list[NameMention]:
    """The people named in credits, bylines and e-mail addresses, in that order."""
    return _credit_names(layout, gaz) + _byline_names(layout, gaz) + _email_names(layout, gaz)


def _credit_names(layout: ArticleLayout, gaz: Gazetteer) -> list[NameMention]:
    """Photographers named in credits: "© LPR | Roy Schlesinger", "© SMI/SvenRogge"."""
    found = []
    for start, end in layout.credit_spans:
        text = layout.text[start:end]
        body_at = CREDIT_MARKER.match(text)
        offset = start + (body_at.end() if body_at else 0)
        body = layout.text[offset:end].rstrip()
        parts = [(m.start(), m.group()) for m in CREDIT_PART.finditer(body)]
        people, others = [], []
        for pos, part in parts:
            label = CREDIT_LABEL.match(part)  # "Archiv: Daniel Förster", "Symbolfoto: Rene Meinig"
            if label:
                pos, part = pos + label.end(), part[label.end() :]
            lead = len(part) - len(part.lstrip())
            hit = person_in(part.strip(), offset + pos + lead, gaz)
            (people if hit else others).append(hit or part.strip())
        org = " / ".join(o for o in others if o) or None
        for s, e, name, family, gender in people:
            role = (PHOTOGRAPHER[gender],)
            found.append(
                NameMention(s, e, name, family, None, gender, "credit", roles=role, organization=org)
            )
    return found


def _byline_names(layout: ArticleLayout, gaz: Gazetteer) -> list[NameMention]:
    """Authors named in a byline ("Von Sabine Larbig") or at the end of the release date line
    ("Veröffentlicht am 2. März 2022 von Eva Probe")."""
    found = []
    for seg in [*layout.of_kind("byline"), *layout.of_kind("dateline")]:
        line = layout.text[seg.start : seg.end]
        match = BYLINE.match(line) if seg.kind == "byline" else DATED_BYLINE.search(line)
        if not match:
            continue
        for part, at in _authors(match["who"], seg.start + match.start("who")):
            hit = person_in(part, at, gaz)
            if hit:
                s, e, name, family, gender = hit
                found.append(NameMention(s, e, name, family, None, gender, "byline", roles=(AUTHOR[gender],)))
    return found


def _authors(who: str, offset: int) -> list[tuple[str, int]]:
    """The names of a byline and their offsets: "Sebastian Beutler & Marc Hörcher" gives two."""
    parts, pos = [], 0
    for piece in AUTHOR_JOINER.split(who):
        at = who.index(piece, pos)
        parts.append((piece, offset + at))
        pos = at + len(piece)
    return [(piece, at) for piece, at in parts if piece]


def _email_names(layout: ArticleLayout, gaz: Gazetteer) -> list[NameMention]:
    """A contact named only by an address: "hans.tuschling@smi.sachsen.de" -> Hans Tuschling."""
    found = []
    for match in EMAIL.finditer(layout.text):
        given = match["given"].capitalize()
        family = "-".join(p.capitalize() for p in match["family"].split("-"))
        if not is_given(given, gaz) or not layout.is_content(match.start(), match.end()):
            continue
        at = (match.start(), match.end("family"))
        found.append(NameMention(*at, f"{given} {family}", family, None, gender_of(given, gaz), "email"))
    return found


def person_in(text: str, offset: int, gaz: Gazetteer) -> tuple[int, int, str, str, str] | None:
    """(start, end, name, family, gender) of a person named by a short credit part."""
    words = text.split()
    camel = _CAMEL.match(text)
    if camel and is_given(camel["given"], gaz):
        return (
            offset,
            offset + len(text),
            f"{camel['given']} {camel['family']}",
            camel["family"],
            gender_of(camel["given"], gaz),
        )
    if 2 <= len(words) <= 4 and is_given(words[0], gaz) and all(is_name_word(w) for w in words[1:]):
        return offset, offset + len(text), " ".join(words), words[-1], gender_of(words[0], gaz)
    return None
