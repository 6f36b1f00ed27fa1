"""The headline of a page saved as text, and the photo block around it.

Where a headline stands, independently of the site:

* the first content line, unless that is a sentence or a lead-in ("Die Stadt informiert:");
* below a lead photo: its caption (a sentence) and its credit ("© Max Muster", "Bildrechte:
  dpa") may stand above the headline, also as a bulleted gallery line;
* glued after a date and time stamp ("10.09.2019 | 14:31 Uhr Headline");
* in the page's HTML title, followed by the site's name ("Headline | Musterau aktuell"), when
  the same headline stands alone further down: that one is the headline, the HTML title debris;
* right above the release date line ("Erschienen am 15.11.2019"), when the page opens with a
  sentence (the article's teaser paragraph or a caption without credit).

A byline glued to the headline's end ("Headline Verantwortlich: Max Muster") is not part of it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lang.headlines import (
    ALT_TEXT,
    GLUED_BYLINE,
    HEADLINE_BINDING_WORDS,
    KICKER_PREPOSITIONS,
    MASTHEAD_FUNCTION_WORDS,
    MAX_MASTHEAD_WORDS,
    MAX_PHRASE_KICKER_WORDS,
    MEDIA_NAME,
    MEDIA_NAME_LINE,
    MIN_CAPITALS_TOWN,
    MIN_MASTHEAD_LINES,
    SECTION_NAMES,
    SECTION_WORDS,
    SENTENCE_INSIDE,
    SITE_NAME_SEPARATOR,
    SITE_OWNER_LINE,
    TITLE_LABEL,
    TOPIC_KICKER,
)
from pipeline.lang.layout import (
    BYLINE,
    MAX_KICKER_WORDS,
)
from pipeline.text.credits import credit_start, is_credit_line
from pipeline.text.headline_shape import (
    MIN_GLUED_HEADLINE_WORDS,
    MIN_SENTENCE_WORDS,
    is_headline,
    is_meta_line,
)
from pipeline.text.release import SCRAPE_DATE, dashed_stamp, date_line, opens_with_date_stamp

if TYPE_CHECKING:
    from pipeline.text.layout import SegmentKind as Kind

#: A section label after the scraper's date has at most this many words.
MAX_SECTION_LABEL_WORDS = 2
#: A lead photo above the headline has at most this many lines (captions and credits).
MAX_LEAD_PHOTO_LINES = 4
#: The headline is among this many content lines at the top, when a sentence opens the page.
MAX_HEADLINE_LINE = 2
#: The headline repeats the HTML title among this many content lines below it.
MAX_REPEAT_DISTANCE = 6


def mark_title_and_caption(text: str, lines: list[tuple[int, int]], kinds: list[Kind | None]) -> None:
    """Mark the headline line "title" and the lead photo's and the headline's captions "caption"."""
    content = [
        i
        for i, kind in enumerate(kinds)
        if kind == "body" or (kind == "dateline" and glued_headline_start(text[slice(*lines[i])]))
    ]
    if content and _is_section_label(text[slice(*lines[content[0]])]):
        kinds[content[0]] = "debris"
        content = content[1:]
    while content and is_meta_line(text[slice(*lines[content[0]])]):
        content = content[1:]  # "Herausgeber: Ministerium" over the headline stays content, for its names
    content = _skip_lead_photo(text, lines, kinds, _skip_masthead(text, lines, kinds, content))
    title = _headline_line(text, lines, kinds, content) if content else None
    if title is None:
        return  # a page without a headline has no title, rather than a sentence or a list item
    kinds[title] = "title"
    _mark_wrapped_rest(text, lines, kinds, title)
    following = [i for i in content if i > title and kinds[i] == "body"][:5]
    for j, i in enumerate(following):
        if is_credit_line(text[slice(*lines[i])]):
            # A photo's caption and credit stand above the text they illustrate; a credit that
            # closes the page ("Foto: Stadt X" after the last paragraph) has the body above it.
            if any(k == "body" for k in kinds[i + 1 :]):
                for k in following[:j]:
                    kinds[k] = "caption"
            break


def _mark_wrapped_rest(text: str, lines: list[tuple[int, int]], kinds: list[Kind | None], title: int) -> None:
    """A long headline cut after a word that never ends one, an article, a conjunction or a
    preposition no verb takes as its particle ("... für mehr Sicherheit in der" / "Innenstadt von
    Musterau"; "tritt bei" ends a headline): its rest, shorter, on the line below is the title too."""
    below = title + 1
    words = text[slice(*lines[title])].split()
    if below >= len(kinds) or kinds[below] != "body" or not words or words[-1] not in HEADLINE_BINDING_WORDS:
        return
    rest = text[slice(*lines[below])].rstrip()
    if is_headline(rest) and not rest.endswith(".") and len(rest.split()) < len(words):
        kinds[below] = "title"


def _skip_masthead(
    text: str, lines: list[tuple[int, int]], kinds: list[Kind | None], content: list[int]
) -> list[int]:
    """Mark a masthead above the headline as debris; the content lines after it.

    A masthead is a run of short name lines (the site's and the section's name: "Stadt Musterau
    / Rathaus & Bürgerservice", "LVZ / Region") over a longer headline; a single short line
    stays, since it may be the headline over its subtitle, unless it names the site, the release
    date line stands between it and the headline, or it is a kicker right on top of it.
    """
    names = [text[slice(*lines[i])].strip() for i in content]
    n = 0
    while n < len(names) and _is_masthead_line(names[n]):
        n += 1
    stacked = len(content) > 1 and content[1] == content[0] + 1
    if n == 0 and stacked and (_is_kicker(names[0]) or _is_phrase_kicker(names[0])):
        n = 1  # "Kriminalprävention:" or "Für den Sport unterwegs" right on top of its headline
    if (
        n == 0
        or n == len(content)
        or _is_paragraph_line(names[n])
        or not _heads_the_headline(names[:n], names[n], kinds, content[n - 1 : n + 1], stacked)
    ):
        return content
    for i in content[:n]:
        kinds[i] = "debris"
    return content[n:]


def _is_paragraph_line(line: str) -> bool:
    """The first line of a paragraph cut at the page's column, no headline: a sentence ends inside it
    ("... bei ASSKomm dabei. Auch Leipzig ist"), or it ends in a comma or a word that binds it on."""
    words = line.split()
    return (
        SENTENCE_INSIDE.search(line) is not None or line.endswith(",") or words[-1] in HEADLINE_BINDING_WORDS
    )


def _heads_the_headline(
    names: list[str], head: str, kinds: list[Kind | None], last_and_head: list[int], stacked: bool
) -> bool:
    """Whether the name lines ``names`` are a masthead over the headline ``head``."""
    # the release date line between them, or a date stamp glued to the headline
    parted = "dateline" in kinds[last_and_head[0] + 1 : last_and_head[1] + 1]
    if len(names) < MIN_MASTHEAD_LINES and not (
        parted or _names_the_site(names[0]) or _is_single_kicker(names[0], stacked)
    ):
        return False
    if (
        len(set(names)) < len(names)
        or is_credit_line(head)
        or not is_headline(head)
        or head.rstrip().endswith(".")
    ):
        return False  # a name repeated below is a headline and its image's alt text
    return len(head.split()) + parted > max(len(_name_words(name)) for name in names)


def _names_the_site(line: str) -> bool:
    """A section word ("Landkreis Musterau – Pressemitteilungen"), the site owner's name alone or
    a paper's name ("Musterauer Zeitung")."""
    return any(w.casefold().strip("–-:") in SECTION_WORDS for w in line.split()) or bool(
        SITE_OWNER_LINE.match(line) or MEDIA_NAME_LINE.match(line)
    )


def _is_single_kicker(line: str, stacked: bool) -> bool:
    """A single word over the headline: a news site's name ("Musterland-Portal"), a site's section
    ("Politik", "Sachsen", "Prävention"), a town in capitals ("MUSTERAU"), topics parted by slashes
    ("Kommunen / Sicherheit"), or the kicker or the town right on top of it ("Musterau / Rat tritt
    Allianz bei", "Prävention:", "Für den Sport unterwegs").
    Any other single word set apart from a longer line below may be a headline over its subtitle
    ("Landespräventionstag / Sachsen setzt auf Vorbeugung")."""
    if _is_kicker(line) or _is_phrase_kicker(line):
        return stacked
    if TOPIC_KICKER.fullmatch(line) or line.casefold() in SECTION_NAMES:
        return True
    # a town in capitals is a word, an abbreviation ("VG", "LPR") may be a one-word headline
    town = line.isupper() and line.isalpha() and len(line) >= MIN_CAPITALS_TOWN
    return " " not in line and (MEDIA_NAME.search(line) is not None or stacked or town)


def _is_phrase_kicker(line: str) -> bool:
    """A slogan opening with a preposition ("Für den Sport unterwegs", "Mit Herz und Verstand"),
    a few words with no punctuation at its end."""
    words = line.split()
    return (
        2 <= len(words) <= MAX_PHRASE_KICKER_WORDS
        and words[0][:1].isupper()
        and words[0].casefold() in KICKER_PREPOSITIONS
        and line.rstrip()[-1].isalnum()
    )


def _is_kicker(line: str) -> bool:
    """A kicker ending in a colon: a capitalised word or two ("Kriminalprävention:", "Neu im Netz:")."""
    words = line.split()
    return 0 < len(words) <= MAX_KICKER_WORDS and line.endswith(":") and line[:1].isupper()


def _name_words(line: str) -> list[str]:
    """The words of a name line, without the slashes parting its names."""
    return [word for word in line.split() if word != "/"]


def _is_masthead_line(line: str) -> bool:
    """A short name line: a few capitalised words ("Staatsministerium des Innern", "SZ + Musterau",
    "Soziales / Bildung / Familie": the slashes count as no word)."""
    words = _name_words(line)
    return (
        0 < len(words) <= MAX_MASTHEAD_WORDS
        and line.rstrip()[-1] not in ".!?:,;"
        and all(w[:1].isupper() or w[:1].isdigit() or w.casefold() in MASTHEAD_FUNCTION_WORDS for w in words)
    )


def _skip_lead_photo(
    text: str, lines: list[tuple[int, int]], kinds: list[Kind | None], content: list[int]
) -> list[int]:
    """Mark a lead photo's lines above the headline as caption; the content lines after them.

    A lead photo is a run of credits and caption sentences each with its credit (inline or on
    the next line), a long caption without its full stop with its credit right below it and
    the headline after, or a caption sentence below its credit over the headline; a headline with its caption below ("Title / Names (v. l. n. r.) / © X")
    is none, since a headline does not end in a full stop.
    """
    n = 0
    while n < min(len(content), MAX_LEAD_PHOTO_LINES):
        line = text[slice(*lines[content[n]])].strip()
        credited = n + 1 < len(content) and is_credit_line(text[slice(*lines[content[n + 1]])])
        if not (
            is_credit_line(line)
            or _is_caption_sentence(line, credited)
            or (credited and _long_caption_over_headline(text, lines, content[n:]))
            or (n > 0 and line.endswith(".") and _credit_then_headline(text, lines, content[n - 1 : n + 2]))
            or ALT_TEXT.match(line)
        ):
            break
        n += 1
    for i in content[:n]:
        kinds[i] = "caption"
    return content[n:]


def _long_caption_over_headline(text: str, lines: list[tuple[int, int]], rest: list[int]) -> bool:
    """A long caption without its full stop, its credit right below it, then the headline."""
    head = text[slice(*lines[rest[2]])].rstrip() if len(rest) > 2 else ""
    return (
        rest[1] == rest[0] + 1
        and len(text[slice(*lines[rest[0]])].split()) >= MIN_SENTENCE_WORDS
        and is_headline(head)
        and not head.endswith(".")
        and not is_credit_line(head)
    )


def _credit_then_headline(text: str, lines: list[tuple[int, int]], around: list[int]) -> bool:
    """Whether a credit stands above the line and a headline below it ("© X / Caption. / Headline")."""
    head = text[slice(*lines[around[2]])].rstrip() if len(around) > 2 else ""
    return is_credit_line(text[slice(*lines[around[0]])]) and is_headline(head) and not head.endswith(".")


def _is_caption_sentence(line: str, credited: bool) -> bool:
    """A photo's caption: a sentence with its credit glued to its end, or on the next line."""
    cut = credit_start(line)
    if cut:
        return line[:cut].rstrip().endswith((".", "!", "?"))
    return credited and line.endswith(".")


def _headline_line(
    text: str, lines: list[tuple[int, int]], kinds: list[Kind | None], content: list[int]
) -> int | None:
    """The index of the headline line among ``content`` (lines of the page top first), or None."""
    first = content[0]
    repeated = _repeated_below(text, lines, content)
    if repeated is not None:
        kinds[first] = "debris"  # the HTML title with the site's name
        return repeated
    if kinds[first] == "dateline" or is_headline(strip_scrape_date(text[slice(*lines[first])])):
        return first
    for i in content[1:MAX_HEADLINE_LINE]:
        line = text[slice(*lines[i])].rstrip()
        if _next_kind(kinds, i) == "dateline" and is_headline(line) and not line.endswith("."):
            return i
    return None


def _repeated_below(text: str, lines: list[tuple[int, int]], content: list[int]) -> int | None:
    """The line below that repeats the first line without its site name ("Headline | Site")."""
    first = text[slice(*lines[content[0]])].strip()
    separators = list(SITE_NAME_SEPARATOR.finditer(first))
    if not separators:
        return None
    head = first[: separators[-1].start()]
    for i in content[1 : MAX_REPEAT_DISTANCE + 1]:
        if text[slice(*lines[i])].strip() == head:
            return i
    return None


def _next_kind(kinds: list[Kind | None], i: int) -> Kind | None:
    return next((kind for kind in kinds[i + 1 :] if kind is not None), None)


def _is_section_label(line: str) -> bool:
    """The scraper's date followed by a word or two ("date 2021-01 Taucha"): the section the page
    stood in, not its headline."""
    scraped = SCRAPE_DATE.match(line)
    return scraped is not None and 0 < len(line[scraped.end() :].split()) <= MAX_SECTION_LABEL_WORDS


def glued_headline_start(line: str) -> int:
    """Offset of a headline glued after a date and time stamp ("10.09.2019 | 14:31 Uhr Headline"),
    or 0 where the line holds no headline after its stamp."""
    stamp = opens_with_date_stamp(line)
    if stamp is None or (dashed_stamp(line) and date_line(line)):
        return 0  # "12.03.2021 – Musterau": a date line with its place
    rest = line[stamp.end() :]
    start = stamp.end() + len(rest) - len(rest.lstrip())
    headline = line[start:]
    if not headline[:1].isalnum() and headline[:1] not in "„\"'»":
        return 0  # "— Erstveröffentlichung (aktuell)": a label of the stamp
    if len(headline.split()) < MIN_GLUED_HEADLINE_WORDS or not is_headline(headline):
        return 0
    return start


def title_parts(line: str) -> list[tuple[Kind, int, int]]:
    """The parts of a title line: a date stamp before the headline, the headline, and a byline
    glued to its end (a byline proper where it names an author, "Autorin: Eva Probe")."""
    start = glued_headline_start(line)
    parts: list[tuple[Kind, int, int]] = [("dateline", 0, start)] if start else []
    label = TITLE_LABEL.match(line, start)
    if label:
        parts.append(("debris", start, label.end()))
        start = label.end()
    glued = GLUED_BYLINE.search(line, start)
    end = glued.start() if glued else len(line)
    parts.append(("title", start, end))
    if glued:
        tail = line[glued.start() :].strip()
        parts.append(("byline" if BYLINE.match(tail) else "body", glued.start(), len(line)))
    return parts


def strip_scrape_date(line: str) -> str:
    """``line`` without the scraper's date opening it (" date 2021-01 Headline")."""
    match = SCRAPE_DATE.match(line)
    return line[match.end() :] if match else line
