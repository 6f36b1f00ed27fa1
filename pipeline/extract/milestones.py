"""Extract milestones of the ASSKomm network: ranks, running totals and the newest member.

Three kinds (ANNOTATION.md, section "milestones"):

* ``rank``: an ordinal position of a member or of a recurring programme event
  ("die Nummer 53", "Sachsens 46. Kommunaler Präventionsrat", "das fünfte Vernetzungstreffen");
* ``total``: a cardinal count of members the programme has reached overall
  ("Mittlerweile sind 29 Kommunen dem ASSKomm-Verbund beigetreten", "ein Drittel (43)");
* ``newest``: a member named as the newest ("Radeberg, der neuesten Mitgliedskommune").

The rules are regular expressions over ``doc.text`` built from the word lists in
:mod:`pipeline.lang.milestones` and :mod:`pipeline.lang.numbers`; spaCy supplies the
sentences (the context a total needs) and the place entities (the subject, best effort).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator, Mapping

from spacy.tokens import Doc

from pipeline.extract.counting import counted_by, scope_of
from pipeline.lang.milestones import (
    ANAPHORIC_COUNCILS,
    ANTECEDENT_CHARS,
    COUNCIL_ANTECEDENT,
    COUNT_NOUNS,
    COUNT_UNITS,
    COUNT_VALUE_LEADS,
    CUMULATIVE_MARKERS,
    DISTRICT_NOUNS,
    ELLIPTIC_RANK_LEADS,
    EVENT_COUNT_BLOCKERS,
    EVENT_SENTENCE_MARKERS,
    EVENT_UNITS,
    GAPPED_RANK_ARTICLES,
    GAPPED_RANK_JOINS,
    GENERIC_REACH_VERBS,
    MEMBER_UNITS,
    MEMBERSHIP_AMONG,
    MEMBERSHIP_OF,
    MIN_MEMBER_RANK,
    NEWEST_UNITS,
    NEWEST_WORD,
    PROGRAMME_WORDS,
    REACH_VERBS,
    SUBSET_LEADS,
    SUBSET_TAILS,
)
from pipeline.lang.numbers import CARDINALS, COMPOUND_CARDINALS, FRACTIONS, ORDINALS, number_value
from pipeline.records import MilestoneRecord
from pipeline.text.docview import doc_view
from pipeline.text.fastre import lead, matches_at, word_alternation
from pipeline.text.layout import ArticleLayout
from pipeline.text.patterns import MONTH_PATTERN

_FLAGS = re.IGNORECASE

#: An attributive word between a number and its noun ("digitale", "sächsischen",
#: "Kommunaler"); never a month name, so that "3. November 2022 zum Vernetzungstreffen" fails.
_ADJECTIVE = rf"(?!(?:{MONTH_PATTERN})\b)[^\W\d_][\w-]*(?:e|er|en|es|em)"
#: Cardinal number words, simple and compound ("acht", "siebenundachtzig").
_CARDINAL_WORDS = (*CARDINALS, *COMPOUND_CARDINALS)
#: A numeric ordinal "53." that is no part of a date "14.11." or a decimal "3,5.".
_DIGIT_ORDINAL = r"(?<![\d.,])\d{1,3}\.(?=\s)"
#: A cardinal: digits (with thousands dots) or a number word; never followed by an ordinal dot.
_CARDINAL = rf"(?<![\d.,])(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}})(?![.,]?\d)(?!\.\s)|\b(?:{word_alternation(_CARDINAL_WORDS)})\b"


def _unit_alternation(units: Mapping[str, str]) -> str:
    """Named groups ``u0``, ``u1``, ... one per unit pattern, in table order."""
    return "|".join(f"(?P<u{i}>{pattern})" for i, pattern in enumerate(units))


def _unit_of(match: re.Match[str], units: Mapping[str, str]) -> str:
    """The canonical unit of the unit group that matched."""
    canonical = list(units.values())
    index = next(i for i in range(len(canonical)) if match.group(f"u{i}") is not None)
    return canonical[index]


_ALL_RANK_UNITS = {**MEMBER_UNITS, **EVENT_UNITS}
_RANK = re.compile(
    rf"{lead(ORDINALS, digits=True)}(?P<num>{_DIGIT_ORDINAL}|\b(?:{word_alternation(ORDINALS)})\b)\s+"
    rf"(?:{_ADJECTIVE}\s+){{0,2}}?(?:{_unit_alternation(_ALL_RANK_UNITS)})\b",
    _FLAGS,
)
#: "die Nummer 53" (a member's number), never a telephone number.
_NUMBER_RANK = re.compile(
    r"\b(?:die|als|ist|zur|Mitgliedskommune|Kommune|Mitglied)\s+(?:neue\s+)?Nummer\s+(?P<num>\d{1,3})\b(?![\s/-]*\d)"
)
#: A word inside a counted noun phrase ("acht sächsischen", "100 bereits beigetretenen"); no
#: article, preposition or second number, so that "Sechs der aktuell zehn" is not one phrase.
_INNER_WORD = rf"(?!(?:der|die|das|des|den|dem|von|aus|mit|und|oder|in|im|{word_alternation(_CARDINAL_WORDS)})\b)[^\W\d_][\w-]*"
#: The cardinals of a text: ``_TOTAL`` and ``_PART_OF`` are tried only where one starts.
_CARDINAL_START = re.compile(rf"{lead(_CARDINAL_WORDS, digits=True)}(?:{_CARDINAL})", _FLAGS)
_TOTAL = re.compile(
    rf"(?P<num>{_CARDINAL})\s+(?P<between>(?:{_INNER_WORD}\s+){{0,3}}?)"
    rf"(?:{_unit_alternation(COUNT_UNITS)})\b",
    _FLAGS,
)
#: "20 von über 400 Kommunen": the part is the total, the whole is all municipalities.
_PART_OF = re.compile(
    rf"(?P<num>{_CARDINAL})\s+von\s+(?:über|rund|mehr\s+als|knapp|insgesamt)?\s*"
    rf"(?:{_CARDINAL})\s+(?:{_ADJECTIVE}\s+)?(?:{_unit_alternation(COUNT_UNITS)})\b",
    _FLAGS,
)
_FRACTION = re.compile(
    rf"{lead(['ein', 'die'])}\b(?:ein|eine|die)\s+(?:{'|'.join(FRACTIONS)})\s*\((?P<num>\d{{1,4}})\)", _FLAGS
)
_NEWEST = re.compile(
    rf"{lead(['der', 'als', 'neueste'])}(?:\b(?:der|die|dem|das|des|als)\s+)?\b{NEWEST_WORD}\s+(?:{_ADJECTIVE}\s+)?(?:{'|'.join(NEWEST_UNITS)})\b",
    _FLAGS,
)
_NEWEST_SUBJECT = re.compile(r"(?P<subj>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)\s*,\s*$")
_REACH = re.compile(rf"\b(?:{'|'.join(REACH_VERBS)})\b", _FLAGS)
_GENERIC_REACH = re.compile(rf"\b(?:{'|'.join(GENERIC_REACH_VERBS)})\b", _FLAGS)
#: "davon arbeiten 40 eng ... zusammen": a number right after the lead (a verb may stand between).
_SUBSET = re.compile(
    rf"\b(?:{'|'.join(SUBSET_LEADS)})\s+(?:[a-zäöüß]+\s+)?(?P<num>{_CARDINAL})(?!\s*(?:%|Prozent|(?-i:[A-ZÄÖÜ])))",
    _FLAGS,
)
#: "fünf davon im Landkreis": the part's number before the lead.
_SUBSET_AFTER = re.compile(rf"\s*,?\s*(?P<num>{_CARDINAL})\s+(?:{'|'.join(SUBSET_TAILS)})\b", _FLAGS)
_COUNT_OF = re.compile(
    rf"\b(?:{'|'.join(COUNT_NOUNS)})\s+der\s+(?:{_ADJECTIVE}\s+)?(?:{_unit_alternation(COUNT_UNITS)})\s+"
    rf"(?:[a-zäöüß]+\s+){{0,3}}?(?:{'|'.join(COUNT_VALUE_LEADS)})\s+(?:(?:nun|jetzt|mehr\s+als|über|rund)\s+)?"
    # after "auf" a number ending the sentence is a cardinal ("steigt auf 52. Neu ist ..."), no ordinal
    rf"(?P<num>(?<![\d.,])\d{{1,4}}(?=[.,;]?(?:\s|$))|{_CARDINAL})",
    _FLAGS,
)
_ANAPHOR = re.compile(rf"(?P<num>{_CARDINAL})\s+{ANAPHORIC_COUNCILS}\b", _FLAGS)
_ANTECEDENT = re.compile(rf"\b{COUNCIL_ANTECEDENT}\b", _FLAGS)
_ELLIPTIC_RANK = re.compile(
    rf"\b(?:{'|'.join(ELLIPTIC_RANK_LEADS)})\s+(?:der|die|das)\s+"
    rf"(?P<num>{_DIGIT_ORDINAL}|\b(?:{word_alternation(ORDINALS)})\b)\s+(?=(?:im|in|des|unter)\b)",
    _FLAGS,
)
#: An ordinal that may stand right before a comma ("die 43., B die 44.").
_ORDINAL = rf"(?:(?<![\d.,])\d{{1,3}}\.(?=[\s,])|\b(?:{word_alternation(ORDINALS)})\b)"
#: The ordinal before a rank that lacks its own noun: "die 41. und ", "die 43., Schkeuditz die ".
_GAPPED_RANK = re.compile(
    rf"\b(?:{'|'.join(GAPPED_RANK_ARTICLES)})\s+(?P<num>{_ORDINAL})\s*(?:{'|'.join(GAPPED_RANK_JOINS)})\s*"
    r"(?:[A-ZÄÖÜ][\w-]*(?:\s[A-ZÄÖÜ][\w-]*)?\s+(?:ist\s+)?(?:der|die|das|als)\s+)?$",
    _FLAGS,
)
#: How far back (characters) the gapped ordinal may stand.
GAPPED_RANK_CHARS = 80
_IN_DISTRICT = re.compile(rf"\s+(?:im|in\s+(?:de[mr]|einem)|des|aus\s+dem)\s+(?:{DISTRICT_NOUNS})\b")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_MARKER = re.compile(rf"\b(?:{'|'.join(CUMULATIVE_MARKERS)})\b", _FLAGS)
_MEMBERSHIP = re.compile(rf"\b{MEMBERSHIP_OF}$", _FLAGS)
_MEMBERSHIP_AMONG = re.compile(MEMBERSHIP_AMONG, _FLAGS)
_BLOCKER = re.compile(rf"\b(?:{'|'.join(EVENT_COUNT_BLOCKERS)})\b", _FLAGS)
_EVENT_SENTENCE = re.compile(rf"\b(?:{'|'.join(EVENT_SENTENCE_MARKERS)})\b", _FLAGS)
#: A relative clause right after a member noun, or after its place ("Kommune, die ...", "Kommune
#: im Landkreis, die ...", "Kommune die ..."); a "der" without comma is a genitive ("die vierte
#: Kommune der Region"), no clause.
_RELATIVE_CLAUSE = re.compile(
    r"(?:\s+(?:im|in|aus|des|der)\s+(?:[A-ZÄÖÜ][\w-]*\s+)?[A-ZÄÖÜ][\w-]*(?=\s*,))?"  # "... im Landkreis Bautzen, die"
    r"(?:\s*,\s*(?:die|der|das|welche[rs]?)|\s+die)\s+[^.;:!?]*"
)
#: A sentence span that ends in a line break after a word, not after sentence punctuation.
_WRAPPED_END = re.compile(r"[\w,;\-–]\s*\n\s*$")
_PROGRAMME = re.compile(rf"\b(?:{'|'.join(PROGRAMME_WORDS)})\b", _FLAGS)
#: Place names that are the setting, not a member ("Sachsens 46. Kommunaler Präventionsrat").
_NOT_SUBJECTS = frozenset({"sachsen", "sachsens", "freistaat sachsen", "deutschland"})


def extract_milestones(doc: Doc, layout: ArticleLayout, *, article_id: str) -> list[MilestoneRecord]:
    """Find the network's milestones in one article.

    Args:
        doc: The processed article; ``doc.text`` is the article text as stored.
        layout: Its parsed layout; spans outside article content (debris, footer) are skipped.
        article_id: Id written into every record.

    Returns:
        One record per distinct (kind, value), the first mention in text order, each with
        ``doc.text[start:end] == text``.
    """
    text = layout.text  # == doc.text, which spaCy would rebuild from the tokens
    sentences = _sentence_spans(doc)
    candidates = [*_ranks(text, sentences), *_totals(text, sentences), *_newest(text)]
    records: list[MilestoneRecord] = []
    seen: set[tuple[str, int | None]] = set()
    for kind, value, unit, start, end, subject in sorted(candidates, key=lambda c: c[3]):
        if (kind, value) in seen or not layout.is_content(start, end):
            continue
        seen.add((kind, value))
        scope, region = scope_of(text, start, end)
        records.append(
            MilestoneRecord(
                article_id=article_id,
                kind=kind,
                value=value,
                unit=unit,
                subject=subject or _subject(doc, sentences, start),
                counted=counted_by(unit, text, start, end, _sentence_at(sentences, start)),
                scope=scope,
                region=region,
                text=text[start:end],
                start=start,
                end=end,
            )
        )
    return records


#: (kind, value, unit, start, end, subject) of a candidate before filtering.
_Candidate = tuple[str, int | None, str, int, int, str | None]


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, or the whole text when the Doc has none."""
    view = doc_view(doc)
    spans = view.sentences or [(0, view.end(len(view.words) - 1) if view.words else 0)]
    return _join_wrapped(view.text, spans)


def _join_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join sentences that a hard line break split (a newspaper's wrapped lines: "Sachsenweit
    haben\nmehr als 60 Kommunen ..."): a span ending without sentence punctuation before a
    single line break goes on in the next one; a blank line still ends it."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and _wrapped(text, *joined[-1]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _wrapped(text: str, start: int, end: int) -> bool:
    body = text[start:end]
    return bool(_WRAPPED_END.search(body)) and "\n\n" not in text[end - 1 : end + 2]


def _sentence_at(sentences: list[tuple[int, int]], offset: int) -> tuple[int, int]:
    """The sentence span holding ``offset``."""
    index = bisect.bisect_right([s for s, _ in sentences], offset) - 1
    return sentences[max(index, 0)]


def _ranks(text: str, sentences: list[tuple[int, int]]) -> Iterator[_Candidate]:
    """Ordinals of members and programme events, and "die Nummer 53"."""
    for match in _RANK.finditer(text):
        value = number_value(match["num"])
        unit = _unit_of(match, _ALL_RANK_UNITS)
        is_member = unit in MEMBER_UNITS.values()
        # "die erste Kommune in Sachsen, die diesen Schritt geht" is a first of something
        # else; the first of a programme event ("das erste digitale Vernetzungstreffen") counts,
        # and so does the first member within a district, when its sentence names the programme.
        if value is None or (
            is_member and value < MIN_MEMBER_RANK and not _first_in_district(text, match, sentences)
        ):
            continue
        clause = _RELATIVE_CLAUSE.match(text, match.end())
        if is_member and clause and not _PROGRAMME.search(clause.group()):
            continue
        yield "rank", value, unit, match.start(), match.end(), None
        yield from _elliptic_ranks(text, match, unit)
        yield from _gapped_ranks(text, match, unit, is_member)
    for match in _NUMBER_RANK.finditer(text):
        yield "rank", int(match["num"]), "Mitgliedskommune", match.start(), match.end(), None


def _first_in_district(text: str, match: re.Match[str], sentences: list[tuple[int, int]]) -> bool:
    """ "Als erste Kommune im Landkreis ... unterzeichnet", "die erste Kommune in Ostsachsen im
    Verbund": a district noun or a region right after the rank, a programme word in its sentence."""
    start, end = _sentence_at(sentences, match.start())
    regional = (
        _IN_DISTRICT.match(text, match.end()) or scope_of(text, match.start(), match.end())[0] == "region"
    )
    return bool(regional and _PROGRAMME.search(text, start, end))


def _elliptic_ranks(text: str, rank: re.Match[str], unit: str) -> Iterator[_Candidate]:
    """ "der 52. Kommunale Präventionsrat in Sachsen und der vierte im Erzgebirgskreis": the
    ordinal coordinated with a rank in its sentence ranks the same noun within a region."""
    stop = _SENTENCE_END.search(text, rank.end())
    match = _ELLIPTIC_RANK.search(text, rank.end(), stop.start() if stop else len(text))
    value = number_value(match["num"]) if match else None
    if match and value is not None:
        yield "rank", value, unit, match.start("num"), match.end("num"), None


def _gapped_ranks(text: str, rank: re.Match[str], unit: str, is_member: bool) -> Iterator[_Candidate]:
    """ "die 41. und 42. Kooperationsvereinbarung", "A ist die 43., B die 44. Mitgliedskommune": an
    ordinal right before a rank, joined to it, whose noun is the rank's."""
    start = rank.start("num")
    gap = _GAPPED_RANK.search(text, max(0, start - GAPPED_RANK_CHARS), start)
    value = number_value(gap["num"]) if gap else None
    if gap and value is not None and not (is_member and value < MIN_MEMBER_RANK):
        yield "rank", value, unit, gap.start("num"), gap.end("num"), None


def _totals(text: str, sentences: list[tuple[int, int]]) -> Iterator[_Candidate]:
    """Cardinal counts of members reached overall; counts of one event are left out."""
    taken: list[tuple[int, int]] = []
    numbers = [m.start() for m in _CARDINAL_START.finditer(text)]  # one scan for both patterns
    for match in matches_at(_PART_OF, text, numbers):
        taken.append((match.start(), match.end()))
        value = number_value(match["num"])
        if value is not None:
            yield "total", value, _unit_of(match, COUNT_UNITS), match.start(), match.end(), None
    for match in _FRACTION.finditer(text):
        yield "total", int(match["num"]), "Kommunen", match.start(), match.end(), None
    yield from _named_counts(text, sentences)
    for match in matches_at(_TOTAL, text, numbers):
        if any(start <= match.start() < end for start, end in taken):
            continue
        value = number_value(match["num"])
        if value is not None and _is_total(text, match, _sentence_at(sentences, match.start())):
            yield "total", value, _unit_of(match, COUNT_UNITS), match.start(), match.end(), None
            yield from _subsets(text, match, _sentence_at(sentences, match.start()))


def _named_counts(text: str, sentences: list[tuple[int, int]]) -> Iterator[_Candidate]:
    """Totals named by a noun of counting ("Die Zahl der Mitgliedskommunen steigt auf 52") where
    the sentence names the programme, and "sechs solcher Gremien" after a Präventionsrat."""
    for match in _COUNT_OF.finditer(text):
        start, end = _sentence_at(sentences, match.start())
        value = number_value(match["num"])
        if value is not None and _PROGRAMME.search(text, start, end):
            yield "total", value, _unit_of(match, COUNT_UNITS), match.start(), match.end(), None
    for match in _ANAPHOR.finditer(text):
        value = number_value(match["num"])
        if value is not None and _ANTECEDENT.search(
            text, max(0, match.start() - ANTECEDENT_CHARS), match.start()
        ):
            yield "total", value, "Kommunale Präventionsräte", match.start(), match.end(), None


def _subsets(text: str, total: re.Match[str], sentence: tuple[int, int]) -> Iterator[_Candidate]:
    """ "120 Kommunen, davon arbeiten 40 eng zusammen": the part of a total that the programme
    reached further, in the total's unit (the reach verb decides, as for a total); "38 Kommunen
    ..., fünf davon im Landkreis": a part of the total, in its unit."""
    after = _SUBSET_AFTER.search(text, total.end(), sentence[1])
    value = number_value(after["num"]) if after else None
    if after and value is not None:
        yield "total", value, _unit_of(total, COUNT_UNITS), after.start("num"), after.end(), None
    for match in _SUBSET.finditer(text, total.end(), sentence[1]):
        value = number_value(match["num"])
        if value is not None and _REACH.search(text, match.start(), sentence[1]):
            yield "total", value, _unit_of(total, COUNT_UNITS), match.start("num"), match.end(), None


def _is_total(text: str, match: re.Match[str], sentence: tuple[int, int]) -> bool:
    """True when the count is a running total: a reach verb or a cumulative marker, no event cue.

    Args:
        text: The article text.
        match: A ``_TOTAL`` match (number, words between, count noun).
        sentence: The span of the sentence holding the match.
    """
    before = text[max(sentence[0], match.start() - 40) : match.start()].split()[-3:]
    if _MEMBERSHIP_AMONG.search(text, sentence[0], match.start()):
        return True
    # "fünf weitere Städte", "alle drei Kommunen", "die beiden Kommunen": one event or a subset.
    if (before and _BLOCKER.fullmatch(before[-1])) or _BLOCKER.search(match["between"]):
        return False
    if _MARKER.search(" ".join(before)) or _MARKER.search(match["between"]):
        return True
    if _MEMBERSHIP.search(" ".join(before[-2:])):
        return True
    # Without a marker a reach verb decides, unless the sentence reports today's signing; a verb
    # that counts anything ("gibt es", "umfasst") only where the sentence is about the programme.
    sentence_text = text[sentence[0] : sentence[1]]
    if _EVENT_SENTENCE.search(sentence_text):
        return False
    return bool(_REACH.search(sentence_text)) or bool(
        _GENERIC_REACH.search(sentence_text) and _PROGRAMME.search(sentence_text)
    )


def _newest(text: str) -> Iterator[_Candidate]:
    """Members named as the newest: "Radeberg, der neuesten Mitgliedskommune"."""
    for match in _NEWEST.finditer(text):
        lead = _NEWEST_SUBJECT.search(text[max(0, match.start() - 60) : match.start()])
        subject = lead["subj"] if lead else None
        yield "newest", None, "Mitgliedskommune", match.start(), match.end(), subject


def _subject(doc: Doc, sentences: list[tuple[int, int]], offset: int) -> str | None:
    """Best effort: the first place entity of the sentence that is not Saxony itself."""
    start, end = _sentence_at(sentences, offset)
    for ent in doc.ents:
        in_sentence = start <= ent.start_char < end
        if in_sentence and ent.label_ in ("LOC", "GPE") and ent.text.casefold() not in _NOT_SUBJECTS:
            return ent.text
    return None
