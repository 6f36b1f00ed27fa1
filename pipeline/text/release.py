"""The release date of an article, and where on the page it stands.

A page states its release date in one of a few structures, tried in this order:

* ``date_line``: a short line near the top that is a date and what belongs to one: a weekday,
  a time, a place, a release number, a label (``17.04.2024``, ``Montag, 27. Februar 2012, 03:00
  Uhr``, ``22. Mai 2024 Musterstadt``, ``Stadt Musterhausen, den 09. 04. 2020``,
  ``[031/2014 - 17.03.2014]``, ``Medieninformation 77/2016 - 11.08.2016``), also the sender's
  office beside it (``04.03.2019, Pressestelle der Stadt Musterau``), a reading time, a comment
  count, an icon or an update's date in brackets;
* ``release_line``: a release date the text states anywhere (``Pressemitteilung vom 12. Februar
  2020``, ``veröffentlicht am``, ``Erschienen am``, ``Erstveröffentlicht:``, ``Stand:``, ``Datum:``,
  a post's ``Geschrieben am``, a gazette's ``Ausgabe 9/2022 vom``, a print's ``Erschienen in: X,``);
* ``dateline``: a newspaper dateline opening the body (``Zittau, 8. Februar 2021. –``,
  ``Leipzig (3. März 2019) –``, ``Musterau – 04.03.2019 –``, ``MUSTERAU (pm), 04.03.2019 –``);
* ``byline``: a date in the author line (``Von Max Muster | 12.03.2019``);
* ``dateline`` too: a place or sender and a date closing the release like a letter (``Musterau,
  den 09.04.2020``).

A date in a news ticker (``+++``), a site's calendar-week display (``(25.KW)``), a print header
with the page's address or an event calendar is furniture, never the release date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from typing import Literal

from pipeline.lang.calendar import WEEKDAY_WORDS
from pipeline.lang.headlines import EVENT_NAME
from pipeline.lang.layout import (
    AGENCY_MARKS,
    CRUMB_SEPARATOR,
    DATE_LINE_LABELS,
    LISTING_ENTRY,
    MAX_CRUMB_ITEM_WORDS,
    PAGE_NUMBER,
    RELEASE_LABELS,
    SENDER_HEADS,
    SHARE_WIDGETS,
    TICKER_MARKERS,
    UPDATE_LABELS,
)
from pipeline.text.dateforms import DATE, ISO, NAMED, NUMERIC, date_value
from pipeline.text.dateforms import to_date as to_date  # the date rules of extract/ read it here
from pipeline.text.fastre import with_lead

ReleaseSource = Literal["date_line", "release_line", "dateline", "byline", "none"]

#: What may stand beside the date on a date line: weekday, time, a release number, a place,
#: labels and punctuation; checked on the line with the date removed.
_WEEKDAY = "|".join(sorted(WEEKDAY_WORDS, key=len, reverse=True))
_LABEL = "|".join(sorted(DATE_LINE_LABELS, key=len, reverse=True))
_BESIDE = re.compile(
    rf"(?:\b(?:{_WEEKDAY})\b|\b(?:Lesedauer|Lesezeit):?\s*\d{{1,2}}\s*Min(?:uten|\.|\b)|\b\d{{1,2}}\s*Min(?:uten|\.|\b)\s*(?:Lesedauer|Lesezeit)\b|\b(?:{_LABEL})\b|\d{{1,2}}[:.]\d{{2}}(?:\s*Uhr)?|\bUhr\b|\b\d{{1,4}}/\d{{2,4}}\b"
    r"|\bNr\.?\s*\d{1,4}(?:/\d{2,4})?\b|\b\d{1,2}\s*Min(?:uten|\.|\b)|\b\d{1,4}\s+Kommentare?\b"
    # the share and print widgets beside it ("12.03.2021 Teilen Drucken", "Artikel teilen | 12.03.2021")
    rf"|\b(?:{'|'.join(SHARE_WIDGETS)})\b"
    # punctuation and the symbols of a page's icons ("📅 04.03.2019")
    r"|\b(?:den|vom|am|um|von|Nr\.?)\b|[^\w])+",
    re.IGNORECASE,
)
#: An update's date beside the release date, in brackets or after a bar ("12.03.2021 | aktualisiert 15.03.2021").
_UPDATE_BESIDE = re.compile(
    rf"(?:\(|\s*[|,·•–—-]\s*)(?:(?:{'|'.join(UPDATE_LABELS)})\w*\s*){{1,2}}(?:am)?:?\s*[\d.\s]+"
    r"(?:,?\s*\d{1,2}:\d{2}(?:\s*Uhr)?)?\)?",
    re.IGNORECASE,
)
#: A place beside the date: one to three capitalised words ("Stadt Musterhausen", "Bad Muskau").
_PLACE = re.compile(r"^(?:[A-ZÄÖÜ][\w.-]*\s*){1,3}$")
#: The sender beside the date, parted from it by a comma or a bar: capitalised words joined by
#: an article or a preposition ("04.03.2019, Pressestelle der Stadt Musterau").
_SENDER = re.compile(
    rf"^(?:{'|'.join(SENDER_HEADS)})\b(?:\s+(?:(?:der|des)\s+)?[A-ZÄÖÜ][\w.-]*){{0,4}}\s*$|{_PLACE.pattern}"
)
#: What parts a place, a sender or an author from the date on a date line ("Musterau, 04.03.2019",
#: "Eva Probe – 12.03.2021").
_PARTED_BEFORE = re.compile(r"[,|·•/–—]\s*(?:den\s+|am\s+)?$")
_PARTED_AFTER = re.compile(r"^\s*[,|·•–-]")
#: Lines near the top of a page searched for a date line.
TOP_LINES = 8
MAX_DATE_LINE_WORDS = 10
_LPR_LINE = re.compile(rf"\s*{NUMERIC}\s*$", re.MULTILINE)
_MEDIENSERVICE_LINE = re.compile(rf"\s*{NUMERIC},\s*\d{{1,2}}:\d{{2}}\s*Uhr")
#: A time stamp opening a line, the headline may follow: "10.09.2019 | 14:31 Uhr Polizei und ...".
_TIMESTAMP_LINE = re.compile(rf"\s*{NUMERIC}\s*\|\s*\d{{1,2}}:\d{{2}}\s*Uhr")
#: A date parted by a dash or a bar from the headline after it: "12.03.2021 – Rat tritt bei".
_DASHED_STAMP = re.compile(rf"\s*{NUMERIC}\s+[–—|]\s+(?=[A-ZÄÖÜ„\"»])")
_STATED = with_lead(
    re.compile(
        rf"(?:{'|'.join(RELEASE_LABELS)})\s*(?:(?:{_WEEKDAY}),?\s+(?:den\s+)?)?(?:{NUMERIC}|{NAMED}|{ISO})",
        re.MULTILINE,
    )
)
#: A newspaper dateline: "Zittau, 8. Februar 2021." / "Dresden, 08.02.2021 –" / "Leipzig (3. März 2019) –",
#: also with the town in capitals or two towns ("LEIPZIG, 3. März 2019 –", "Dresden/Leipzig, 08.02.2021:").
_TOWN = r"[A-ZÄÖÜ](?:[a-zäöüß]+|[A-ZÄÖÜ]+)(?:[- /][A-ZÄÖÜ](?:[a-zäöüß]+|[A-ZÄÖÜ]+))?"
#: An agency's mark after the town ("MUSTERAU (pm), 04.03.2019 –").
_AGENCY_MARK = rf"(?:{'|'.join(map(re.escape, AGENCY_MARKS))}|[A-ZÄÖÜ]{{2,6}})"
_AGENCY = rf"(?:\s*\({_AGENCY_MARK}\))"
_DATELINE = re.compile(
    r"(?:^|(?<=[\s.a-zäöüß(]))"
    # a dash may part the date from a town, never from a weekday ("Musterau – 04.03.2019 –")
    rf"(?:(?!(?:{_WEEKDAY})\b){_TOWN}{_AGENCY}?\s+[–—]\s+(?=\d)|{_TOWN}{_AGENCY}?(?:,\s+(?:den\s+)?|\s+\())"
    # the date (with its time) ends in punctuation or an agency's short mark ("Musterau, 12.03.2021 (pm) Die ...")
    rf"(?:{NUMERIC}|{NAMED})\)?(?:,?\s*\d{{1,2}}[.:]\d{{2}}\s*Uhr)?"
    # a sender's mark in capitals ("Dresden, 12.03.2021 (SMI) –"), or the bracket closing it
    # ("(Dresden, 12. März 2021) Die ...")
    rf"\s*(?:[.:–—-]|\({_AGENCY_MARK}\)\s|(?<=\))(?=\s))"
)
#: A line stating only when the page was last changed ("Letzte Aktualisierung: 12.03.2021",
#: "zuletzt geändert am 12.03.2021"): the release date where the page states no other.
_UPDATED = re.compile(
    r"^[ \t]*(?:(?:[Zz]uletzt|[Ll]etzte)\s+)?(?:[Aa]ktualisier(?:t|ung)|[Gg]eändert|Änderung)(?:\s+am)?:?\s*"
    rf"(?:(?:{_WEEKDAY}),?\s+)?(?:{NUMERIC}|{NAMED})",
    re.MULTILINE,
)
_BYLINE = re.compile(
    rf"^\s*(?:(?:(?:[Ee]rstellt|[Gg]eschrieben|[Vv]erfasst|[Gg]epostet)\s+|(?:[Ee]in\s+)?(?:Bericht|Beitrag|Text|Artikel)\s+)?[Vv]on\s+"
    # or a label naming the author ("Text und Foto: Eva Probe, 12.03.2021"; a photo's alone names no author)
    r"|(?:Text|Bericht|Autor(?:in)?|Fotos?\s+und\s+Text)(?:\s+und\s+Fotos?)?\s*:\s*)"
    rf"[A-ZÄÖÜ][\w.\- ]{{2,60}}?\s*(?:[|,–·•/-]|\s+am\s)\s*(?:{NUMERIC}|{NAMED})",
    re.MULTILINE,
)
#: A bare numeric date near the top of a page flattened into one line, unless a preposition
#: makes it an event date ("am 30.03.2021").
_EARLY_DATE = re.compile(rf"(?<![\d.])(?P<pre>\w+)?\s*{NUMERIC}(?![\d])")
EARLY_CHARS = 300
#: Lines at the end of an article searched for a closing "Ort, den <Datum>".
CLOSING_LINES = 4
#: A line opening with a place or a sender and a comma: "Musterau, den", "Bad Muster, ",
#: "Pressestelle der Stadt Musterau, ".
_PLACE_BEFORE = re.compile(
    rf"\s*(?:[A-ZÄÖÜ][\w.\-]*(?:\s[A-ZÄÖÜ][\w.\-]*){{0,2}}|(?:{'|'.join(SENDER_HEADS)})(?:\s(?:(?:der|des)\s)?[A-ZÄÖÜ][\w.\-]*){{0,4}}),\s"
)
FLAT_PAGE_WORDS = 40
EVENT_PREPOSITIONS = frozenset(
    {"am", "vom", "bis", "ab", "zum", "seit", "den", "dem", "im", "zwischen", "und"}
)
#: Scraper metadata opening some pages: " date 2021-01 Taucha ...".
SCRAPE_DATE = re.compile(r"^\s*date\s+(?P<iso>\d{4}-\d{2}(?:-\d{2})?)\b")
_AUTHOR = re.compile(r"\b[Vv]on\s+[A-ZÄÖÜ]")
_URL = with_lead(re.compile(r"https?://|www\.", re.IGNORECASE))
_CALENDAR_WEEK = with_lead(re.compile(r"\bKW\b|\d\.\s?KW|Kalenderwoche", re.IGNORECASE))


@dataclass(frozen=True)
class Release:
    """An article's release date, its span in the text, where it stands and the layout it implies."""

    date: date
    span: tuple[int, int]
    source: ReleaseSource
    layout: Literal["lpr", "medienservice", "other"] = "other"


def is_furniture_date(line: str) -> bool:
    """True for a date line that is page furniture: a ticker, a calendar-week display, a print header."""
    return any(m in line for m in TICKER_MARKERS) or bool(_URL.search(line) or _CALENDAR_WEEK.search(line))


def is_furniture_date_line(line: str) -> bool:
    """True for furniture that shows a date: a ticker, a calendar-week display, a print header."""
    return DATE.search(line) is not None and is_furniture_date(line)  # most lines hold no date: that first


def is_event_entry(line: str) -> bool:
    """A calendar's entry: a date (with its weekday and time) and an event's name of a few words
    after it ("12.03.2021 Stadtfest", "Sa, 14.03.2021, 10 Uhr Tag der offenen Tür")."""
    if len(line.split()) > MAX_DATE_LINE_WORDS:
        return False
    found = DATE.search(line)
    if found is None or _BESIDE.sub(" ", line[: found.start()]).strip():
        return False
    name = _BESIDE.sub(" ", line[found.end() :]).strip()
    return bool(name) and not line.rstrip().endswith(".") and EVENT_NAME.search(name) is not None


def dashed_stamp(line: str) -> re.Match[str] | None:
    """A date opening ``line``, parted by a dash or a bar from the headline after it, unless what
    follows is an event's name ("12.03.2021 | Fest der Vereine": a calendar's entry)."""
    match = _DASHED_STAMP.match(line)
    return match if match and not is_event_entry(line) else None


def holds_date(line: str) -> bool:
    """Whether ``line`` names a full date (numeric, with a month's name, or ISO)."""
    return DATE.search(line) is not None


def date_line(line: str) -> re.Match[str] | None:
    """The date of a line that is a date and what belongs to one, else None.

    Besides the date the line may hold weekday, time, labels, a release number, and a place
    either before the date with a comma (``Musterstadt, den 09. 04. 2020``) or after it
    (``22. Mai 2024 Musterstadt``); any other word makes it a sentence (``Sitzung am 12.03.2019``),
    and an event's name after the date an entry of a calendar (``12.03.2021 Stadtfest``).
    """
    if len(line.split()) > MAX_DATE_LINE_WORDS or is_furniture_date(line):
        return None
    # the update beside the release date ("04.03.2019 (aktualisiert 05.03.2019)") is blanked out,
    # keeping the offsets
    line = _UPDATE_BESIDE.sub(lambda m: " " * len(m.group()), line)
    dates = list(DATE.finditer(line))
    if len(dates) != 1:
        return None
    before, after = line[: dates[0].start()], line[dates[0].end() :]
    place_before = _BESIDE.sub(" ", before).strip()
    place_after = _BESIDE.sub(" ", after).strip()
    if place_before and not (_SENDER.match(place_before) and _PARTED_BEFORE.search(before)):
        return None
    if not place_after:
        return dates[0]
    if EVENT_NAME.search(place_after):
        return None
    if _PLACE.match(place_after):
        return dates[0]
    return dates[0] if _PARTED_AFTER.match(after) and _SENDER.match(place_after) else None


def _labelled(line: str) -> bool:
    return re.search(rf"\b(?:{_LABEL})\b", line, re.IGNORECASE) is not None


def _date_line_source(line: str) -> ReleaseSource:
    """A date line with a label states the release; one with an author ("Von Max Muster") is a byline."""
    if _labelled(line):
        return "release_line"
    return "byline" if _AUTHOR.search(line) else "date_line"


def opens_with_release_label(line: str) -> bool:
    """A short line opening with a labelled release date ("Veröffentlicht am 04.03.2019 in
    Presse", "Gepostet am 04.03.2019 von admin"): the page's meta line, never its headline."""
    return len(line.split()) <= MAX_DATE_LINE_WORDS and _STATED.match(line.lstrip()) is not None


def is_dated_byline(line: str) -> bool:
    """A short author line with its date ("Von Max Muster | 12.03.2019", "Geschrieben von Eva
    Probe am 12.03.2019"): never the headline."""
    return len(line.split()) <= MAX_DATE_LINE_WORDS and _BYLINE.match(line) is not None


def opens_with_date_stamp(line: str) -> re.Match[str] | None:
    """A line that is a bare ``DD.MM.YYYY`` (LPR pages) or opens with a date and time, with a
    release archive's entry stamp ("[118/2019 - 05.12.2019] Headline") or with a date and a dash
    before the headline ("12.03.2021 – Headline")."""
    return (
        _LPR_LINE.match(line)
        or _MEDIENSERVICE_LINE.match(line)
        or _TIMESTAMP_LINE.match(line)
        or LISTING_ENTRY.match(line)
        or dashed_stamp(line)
    )


def _top_date_line(
    text: str,
    lines: list[tuple[int, int]],
    furniture: frozenset[int] = frozenset(),
    headline: tuple[int, int] | None = None,
) -> Release | None:
    """The first date stamp line anywhere (LPR pages, the media service), else the first date line
    among the top lines of the article (lines of page furniture, by index in ``lines``, do not count:
    a long menu does not push the date line out of the top), or the date before a dash opening the
    ``headline`` line ("12.03.2021 – Headline"; on another line it dates a teaser)."""
    filled = [(s, e) for n, (s, e) in enumerate(lines) if text[s:e].strip() and n not in furniture]
    for start, end in filled:
        for pattern, layout in (
            (_LPR_LINE, "lpr"),
            (_MEDIENSERVICE_LINE, "medienservice"),
            (_TIMESTAMP_LINE, "other"),
        ):
            match = pattern.match(text, start, end)
            if match and (found := date_value(match)):
                return Release(found[0], found[1], "date_line", layout)  # type: ignore[arg-type]
    for start, end in filled[:TOP_LINES]:
        line = text[start:end]
        match = date_line(line) or (dashed_stamp(line) if (start, end) == headline else None)
        if match and (found := date_value(match, start)):
            return Release(found[0], found[1], _date_line_source(line))
    return _crumb_date(text, [(s, e) for s, e in lines if text[s:e].strip()][:TOP_LINES])


def _crumb_date(text: str, lines: list[tuple[int, int]]) -> Release | None:
    """A breadcrumb or meta line near the top whose last item is a full date: the date of the page
    the crumbs lead to ("Gemeinde Musterau · Aktuelles · 04.11.2021"), or of the issue a print
    header names ("Amtsblatt Musterau · 12. Jahrgang · Nr. 4 · 3. Mai 2022   Seite 3"; the page
    number after it is the print's). Menus count here, since a breadcrumb looks like one; every
    other item is a few words without a date."""
    for start, end in lines:
        line = text[start:end]
        if is_furniture_date(line):
            continue
        items = CRUMB_SEPARATOR.split(PAGE_NUMBER.sub("", line.strip()))
        last = DATE.fullmatch(items[-1])
        if len(items) < 2 or not last:
            continue
        crumbs = all(0 < len(i.split()) <= MAX_CRUMB_ITEM_WORDS and not DATE.search(i) for i in items[:-1])
        if crumbs and (found := date_value(last, start + line.rstrip().rindex(items[-1]))):
            return Release(found[0], found[1], "date_line")
    return None


def find_release(
    text: str,
    lines: list[tuple[int, int]],
    furniture: frozenset[int] = frozenset(),
    headline: tuple[int, int] | None = None,
) -> Release | None:
    """The release date of ``text`` (whose lines are ``lines``), or None where it states none.

    Args:
        text: The article.
        lines: Its line spans.
        furniture: Indexes of the lines that are page furniture (menus, teasers), skipped when
            looking for a date line at the top.
        headline: The span of the headline's line, whose date stamp dates the article.
    """
    found = _top_date_line(text, lines, furniture, headline)
    if found and _is_update(text, found):
        stated = _stated_release(text)
        return stated if stated and stated.date <= found.date else found
    if found:
        return found
    first = next(((s, e) for s, e in lines if text[s:e].strip()), None)
    scraped = SCRAPE_DATE.match(text[slice(*first)]) if first else None
    if scraped and first and len(scraped["iso"]) == 10:
        try:
            value = date.fromisoformat(scraped["iso"])
        except ValueError:
            value = None
        if value:
            return Release(
                value, (first[0] + scraped.start("iso"), first[0] + scraped.end("iso")), "date_line"
            )
    for pattern, window, source in (
        (_STATED, len(text), "release_line"),
        (_DATELINE, 600, "dateline"),
    ):
        for match in pattern.finditer(text[:window]):
            line_start = text.rfind("\n", 0, match.start()) + 1
            line_end = text.find("\n", match.end())
            if is_furniture_date(text[line_start : line_end if line_end >= 0 else len(text)]):
                continue
            if value := date_value(match):
                return Release(value[0], value[1], source)  # type: ignore[arg-type]
    for start, end in lines:
        match = _BYLINE.match(text, start, end)
        if match and (value := date_value(match)):
            return Release(value[0], value[1], "byline")
    updated = _UPDATED.search(text)
    if updated and (value := date_value(updated)):
        return Release(value[0], value[1], "release_line")
    return _closing_date_line(text, lines, furniture) or _early_date(text, lines)


def _is_update(text: str, found: Release) -> bool:
    """Whether ``found`` stands on a line labelled as the page's update ("Aktualisiert: ...")."""
    line_start = text.rfind("\n", 0, found.span[0]) + 1
    return any(label in text[line_start : found.span[0]].casefold() for label in UPDATE_LABELS)


def _stated_release(text: str) -> Release | None:
    """The first release date the text states with a label, outside tickers."""
    for match in _STATED.finditer(text):
        line_start = text.rfind("\n", 0, match.start()) + 1
        line_end = text.find("\n", match.end())
        furniture = is_furniture_date(text[line_start : line_end if line_end >= 0 else len(text)])
        if not furniture and (value := date_value(match)):
            return Release(value[0], value[1], "release_line")
    return None


def _closing_date_line(text: str, lines: list[tuple[int, int]], furniture: frozenset[int]) -> Release | None:
    """A place and a date closing the release, as a letter is signed ("Musterau, den 09.04.2020"),
    or a date alone with the page's widgets ("12.03.2021 Teilen Drucken"): a line of its own among
    the last lines of the article."""
    filled = [(s, e) for n, (s, e) in enumerate(lines) if text[s:e].strip() and n not in furniture]
    for start, end in reversed(filled[-CLOSING_LINES:]):
        line = text[start:end]
        match = date_line(line)
        alone = match and not _BESIDE.sub("", line[: match.start()] + line[match.end() :]).strip()
        if match and (alone or _PLACE_BEFORE.match(line)) and (found := date_value(match, start)):
            return Release(found[0], found[1], "dateline")
    return None


def _early_date(text: str, lines: list[tuple[int, int]]) -> Release | None:
    """A page flattened into one line: the first numeric date near its start that is no event date."""
    first_line = text[: next((e for s, e in lines if text[s:e].strip()), 0)]
    if len(first_line.split()) < FLAT_PAGE_WORDS:
        return None
    for match in _EARLY_DATE.finditer(first_line[:EARLY_CHARS]):
        if (match["pre"] or "").casefold() not in EVENT_PREPOSITIONS and (value := date_value(match)):
            return Release(value[0], value[1], "date_line")
    return None
