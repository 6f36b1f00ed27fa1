"""The ranks of the ASSKomm network's milestones, and the pieces the milestone rules share.

``rank``: an ordinal position of a member or of a recurring programme event ("die Nummer 53",
"Sachsens 46. Kommunaler Präventionsrat", "das fünfte Vernetzungstreffen", "die 41. und 42.
Kooperationsvereinbarung"); the totals and the newest member are in
:mod:`pipeline.extract.milestones`, which runs all of them.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping

from pipeline.extract.counting import elsewhere, scope_of
from pipeline.lang.milestone_others import NETWORK_NAMES, RANKING_WORDS, SUPERLATIVE
from pipeline.lang.milestones import (
    DISTRICT_NOUNS,
    ELLIPTIC_RANK_LEADS,
    EVENT_UNITS,
    GAPPED_RANK_ARTICLES,
    GAPPED_RANK_JOINS,
    MEMBER_UNITS,
    MIN_MEMBER_RANK,
    PROGRAMME_WORDS,
    RANK_QUALIFIER,
    RANK_QUALIFIER_KEEPS,
)
from pipeline.lang.numbers import (
    CARDINALS,
    COMPOUND_CARDINALS,
    COMPOUND_ORDINAL_STEMS,
    ORDINAL_ENDINGS,
    ORDINAL_STEMS,
    ORDINALS,
    number_value,
)
from pipeline.text.fastre import lead, word_alternation
from pipeline.text.patterns import MONTH_PATTERN

FLAGS = re.IGNORECASE

#: An attributive word between a number and its noun ("digitale", "sächsischen",
#: "Kommunaler"); never a month name, so that "3. November 2022 zum Vernetzungstreffen" fails.
ADJECTIVE = rf"(?!(?:{MONTH_PATTERN})\b)[^\W\d_][\w-]*(?:e|er|en|es|em)"

#: Cardinal number words, simple and compound ("acht", "siebenundachtzig").
CARDINAL_WORDS = (*CARDINALS, *COMPOUND_CARDINALS)


def _cardinal_word() -> str:
    """The cardinal words as a pattern of their parts (a hundred, a unit with "und" and a ten, a
    word below 100): the same words as ``word_alternation(CARDINAL_WORDS)`` (checked, else that)
    and the same match between word boundaries, where one word fits at most; it compiles in a
    sixth of the time, and a dozen patterns hold it."""
    hundreds = [word for word, value in CARDINALS.items() if value == 100]
    below = [word for word, value in CARDINALS.items() if value < 100]
    units = ["ein", *(word for word, value in CARDINALS.items() if 2 <= value <= 9)]
    tens = [word for word, value in CARDINALS.items() if value in range(20, 100, 10)]
    tails = [*(unit + "und" + ten for unit in units for ten in tens), *below]
    if {h + tail for h in ("", *hundreds) for tail in tails} | set(hundreds) != set(CARDINAL_WORDS):
        return word_alternation(CARDINAL_WORDS)
    hundred = word_alternation(hundreds)
    return f"(?:{hundred}?(?:{word_alternation(units)}und{word_alternation(tens)}|{word_alternation(below)})|{hundred})"


#: A cardinal word ("acht", "siebenundachtzig", "hundertzwanzig"), see :func:`_cardinal_word`.
CARDINAL_WORD = _cardinal_word()
#: A cardinal: digits (with thousands dots) or a number word; never followed by an ordinal dot.
CARDINAL = rf"(?<![\d.,])(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}})(?![.,]?\d)(?!\.\s)|\b{CARDINAL_WORD}\b"
#: The cardinals of a text: the count patterns are tried only where one starts.
CARDINAL_START = re.compile(rf"{lead(CARDINAL_WORDS, digits=True)}(?:{CARDINAL})", FLAGS)

#: A numeric ordinal "53." that is no part of a date "14.11." or a decimal "3,5.".
_DIGIT_ORDINAL = r"(?<![\d.,])\d{1,3}\.(?=\s)"
#: The ordinal words, as stem and ending: the same words as ``word_alternation(ORDINALS)``, and the
#: same match between word boundaries (where one word fits at most); the stems' trie compiles in a
#: twentieth of the time of the words' (0.08 s per pattern, three patterns per process).
_STEMS = {**ORDINAL_STEMS, **COMPOUND_ORDINAL_STEMS}
_ORDINAL_WORD = (
    f"(?:{word_alternation(_STEMS)}{word_alternation(ORDINAL_ENDINGS)})"
    if set(ORDINALS) == {stem + ending for stem in _STEMS for ending in ORDINAL_ENDINGS}
    else word_alternation(ORDINALS)
)


def unit_alternation(units: Mapping[str, str]) -> str:
    """Named groups ``u0``, ``u1``, ... one per unit pattern, in table order."""
    return "|".join(f"(?P<u{i}>{pattern})" for i, pattern in enumerate(units))


def unit_of(match: re.Match[str], units: Mapping[str, str]) -> str:
    """The canonical unit of the unit group that matched."""
    canonical = list(units.values())
    index = next(i for i in range(len(canonical)) if match.group(f"u{i}") is not None)
    return canonical[index]


_ALL_RANK_UNITS = {**MEMBER_UNITS, **EVENT_UNITS}
_RANK = re.compile(
    rf"{lead(ORDINALS, digits=True)}(?P<num>{_DIGIT_ORDINAL}|\b{_ORDINAL_WORD}\b)\s+"
    rf"(?:{ADJECTIVE}\s+){{0,2}}?(?:{unit_alternation(_ALL_RANK_UNITS)})\b",
    FLAGS,
)
#: "die Nummer 53" (a member's number), never a telephone number.
_NUMBER_RANK = re.compile(
    r"\b(?:die|als|ist|zur|Mitgliedskommune|Kommune|Mitglied)\s+(?:neue\s+)?Nummer\s+(?P<num>\d{1,3})\b(?![\s/-]*\d)"
)
_ELLIPTIC_RANK = re.compile(
    rf"\b(?:{'|'.join(ELLIPTIC_RANK_LEADS)})\s+(?:der|die|das)\s+"
    rf"(?P<num>{_DIGIT_ORDINAL}|\b{_ORDINAL_WORD}\b)\s+(?=(?:im|in|des|unter)\b)",
    FLAGS,
)
#: An ordinal that may stand right before a comma ("die 43., B die 44.").
_ORDINAL = rf"(?:(?<![\d.,])\d{{1,3}}\.(?=[\s,])|\b{_ORDINAL_WORD}\b)"
#: The ordinal before a rank that lacks its own noun: "die 41. und ", "die 43., Schkeuditz die ".
_GAPPED_RANK = re.compile(
    rf"\b(?:{'|'.join(GAPPED_RANK_ARTICLES)})\s+(?P<num>{_ORDINAL})\s*(?:{'|'.join(GAPPED_RANK_JOINS)})\s*"
    r"(?:[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*)?\s+(?:ist\s+)?(?:der|die|das|als)\s+)?$",
    FLAGS,
)
#: How far back (characters) the gapped ordinal may stand.
GAPPED_RANK_CHARS = 80
_IN_DISTRICT = re.compile(rf"\s+(?:im|in\s+(?:de[mr]|einem)|des|aus\s+dem)\s+(?:{DISTRICT_NOUNS})\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
#: A relative clause right after a member noun, or after its place ("Kommune, die ...", "Kommune
#: im Landkreis, die ...", "Kommune die ..."); a "der" without comma is a genitive ("die vierte
#: Kommune der Region"), no clause.
_RELATIVE_CLAUSE = re.compile(
    # "... im Landkreis Bautzen, die", "... nach Musterstadt, die"
    r"(?:\s+(?:im|in|aus|des|der|nach)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[A-ZÄÖÜ][\w-]*(?=\s*,))?"
    r"(?:\s*,\s*(?:die|der|das|welche[rs]?)|\s+die)\s+[^.;:!?]*"
)
#: The qualifier may follow the member's district or town: "die zweite Stadt im Landkreis mit einem
#: Alkoholverbot".
_QUALIFIER = re.compile(
    rf"(?:\s+(?:im|in|aus|des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[A-ZÄÖÜ][\w-]*)?{RANK_QUALIFIER}"
)
_SUPERLATIVE = re.compile(rf"\b{SUPERLATIVE}\b")
_NETWORK_NAME = re.compile(rf"\b(?:{'|'.join(NETWORK_NAMES)})\b")
#: Joining in a separable verb ("trat die fünfte Kommune bei") and Saxony's genitive before a rank.
_JOINS = re.compile(r"\b(?:tritt|trat|traten|treten)\b[^.!?]*?\bbei\b")
_SAXONY_S = re.compile(r"\bSachsens\s+$")
_RANKING = re.compile(rf"\b(?:{'|'.join(RANKING_WORDS)})\b")
_TAKES_PART = re.compile(r"\s+dabei\b")
#: How far back (characters) the clause of a rank is looked at.
CLAUSE_CHARS = 200
#: How many sentences before a member's rank may name the network it counts in.
CONTEXT_SENTENCES = 2
_EVERY = re.compile(r"\b[Jj]ede[rsn]?\s+$")
_CLAUSE_MARK = re.compile(r"[,;:!?]|\.(?:\s|$)")
_QUALIFIER_KEEPS = re.compile(rf"\b(?:{RANK_QUALIFIER_KEEPS})\b", FLAGS)
#: Words that name the programme or joining it: the context a member rank or a total needs.
PROGRAMME = re.compile(rf"\b(?:{'|'.join(PROGRAMME_WORDS)})\b", FLAGS)


#: (kind, value, unit, start, end, subject) of a candidate before filtering.
Candidate = tuple[str, int | None, str, int, int, str | None]


def sentence_at(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span holding ``offset``."""
    index = bisect.bisect_right([s for s, _ in sentences], offset) - 1
    return sentences[max(index, 0)]


def ranks(text: str, sentences: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Ordinals of members and programme events, and "die Nummer 53"."""
    for match in _RANK.finditer(text):
        value = number_value(match["num"])
        unit = unit_of(match, _ALL_RANK_UNITS)
        is_member = unit in MEMBER_UNITS.values()
        # "die erste Kommune in Sachsen, die diesen Schritt geht" is a first of something
        # else; the first of a programme event ("das erste digitale Vernetzungstreffen") counts,
        # and so does the first member within a district, when its sentence names the programme.
        if value is None or (
            is_member and value < MIN_MEMBER_RANK and not _first_in_district(text, match, sentences)
        ):
            continue
        clause = _RELATIVE_CLAUSE.match(text, match.end())
        if is_member and clause and not PROGRAMME.search(clause.group()):
            continue
        qualifier = _QUALIFIER.match(text, match.end())
        if is_member and qualifier and not _QUALIFIER_KEEPS.search(qualifier.group()):
            continue  # "die 3. Kommune mit einer Videoüberwachung": a first of something else
        if _ranks_something_else(text, match) or (
            is_member and not _about_the_network(text, match, sentences)
        ):
            continue
        yield "rank", value, unit, match.start(), match.end(), None
        yield from _elliptic_ranks(text, match, unit)
        yield from _gapped_ranks(text, match, unit, is_member)
    for match in _NUMBER_RANK.finditer(text):
        # "die Nummer 53" names a member as such; a ranking's or table's number is none
        value = int(match["num"])
        if value >= MIN_MEMBER_RANK and not _ranks_something_else(text, match):
            yield "rank", value, "Mitgliedskommune", match.start(), match.end(), None


def _about_the_network(text: str, rank: re.Match[str], sentences: list[tuple[int, int]]) -> bool:
    """A member's rank counts where it is placed in Saxony or a district of it, or qualified by the
    network's council, or where its sentence or one of the two before speaks of the network or of
    joining it ("Musterau ist die 47. Kommune im Netzwerk", "... unterzeichnet. Damit ist Musterau
    die 47. Kommune"); "Die zweite Kommune, Kleinbach, meldete weniger Einbrüche" is a list's."""
    start, end = sentence_at(sentences, rank.start())
    if _JOINS.search(text, start, end) or _SAXONY_S.search(text, max(0, rank.start() - 9), rank.start()):
        return True  # "trat die fünfte Kommune ... bei", "Sachsens 45. Kommune"
    if _TAKES_PART.match(text, rank.end()):
        return True  # "als 56. Kommune dabei": is part of it
    qualifier = _QUALIFIER.match(text, rank.end())
    if (qualifier and _QUALIFIER_KEEPS.search(qualifier.group())) or _IN_DISTRICT.match(text, rank.end()):
        return True  # "die 45. Kommune mit einem solchen Gremium", "die vierte Kommune im Landkreis"
    if scope_of(text, rank.start(), rank.end())[0] == "region":
        return True  # "die vierte Kommune der Region Ostsachsen"
    for _ in range(CONTEXT_SENTENCES):
        start = sentence_at(sentences, max(0, start - 1))[0]
    return (
        PROGRAMME.search(text, start, end) is not None or _NETWORK_NAME.search(text, start, end) is not None
    )


def _ranks_something_else(text: str, rank: re.Match[str]) -> bool:
    """ "die 3. größte Stadt": a ranking of size (a superlative before the noun); "das 45. Mitglied
    im Heimatbund", "die 45. Kommune in Thüringen": a rank of another body or state, named in the
    rank's clause."""
    if _SUPERLATIVE.search(text, rank.end("num"), rank.end()) or _EVERY.search(
        text, max(0, rank.start() - 8), rank.start()
    ):
        return True  # or a share: "jede dritte Kommune"
    window = max(0, rank.start() - CLAUSE_CHARS)
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, window, rank.start())), default=window)
    stop = _CLAUSE_MARK.search(text, rank.end())
    if _RANKING.search(text, start, stop.start() if stop else len(text)):
        return True  # "die Nummer 3 im Städteranking": a place in a ranking
    return elsewhere(text, start, stop.start() if stop else len(text), near=rank.start())


def _first_in_district(text: str, match: re.Match[str], sentences: list[tuple[int, int]]) -> bool:
    """ "Als erste Kommune im Landkreis ... unterzeichnet", "die erste Kommune in Ostsachsen im
    Verbund": a district noun or a region right after the rank, a programme word in its sentence."""
    start, end = sentence_at(sentences, match.start())
    regional = (
        _IN_DISTRICT.match(text, match.end()) or scope_of(text, match.start(), match.end())[0] == "region"
    )
    return bool(regional and PROGRAMME.search(text, start, end))


def _elliptic_ranks(text: str, rank: re.Match[str], unit: str) -> Iterator[Candidate]:
    """ "der 52. Kommunale Präventionsrat in Sachsen und der vierte im Erzgebirgskreis": the
    ordinal coordinated with a rank in its sentence ranks the same noun within a region."""
    stop = _SENTENCE_END.search(text, rank.end())
    match = _ELLIPTIC_RANK.search(text, rank.end(), stop.start() if stop else len(text))
    value = number_value(match["num"]) if match else None
    if match and value is not None:
        yield "rank", value, unit, match.start("num"), match.end("num"), None


def _gapped_ranks(text: str, rank: re.Match[str], unit: str, is_member: bool) -> Iterator[Candidate]:
    """ "die 41. und 42. Kooperationsvereinbarung", "A ist die 43., B die 44. Mitgliedskommune": an
    ordinal right before a rank, joined to it, whose noun is the rank's."""
    start = rank.start("num")
    gap = _GAPPED_RANK.search(text, max(0, start - GAPPED_RANK_CHARS), start)
    value = number_value(gap["num"]) if gap else None
    if gap and value is not None and not (is_member and value < MIN_MEMBER_RANK):
        yield "rank", value, unit, gap.start("num"), gap.end("num"), None
