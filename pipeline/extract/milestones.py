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

import re
from collections.abc import Iterator

from spacy.tokens import Doc

from pipeline.extract.counting import counted_by, scope_of
from pipeline.extract.milestone_ranks import (
    ADJECTIVE,
    CARDINAL,
    CARDINAL_START,
    CARDINAL_WORD,
    FLAGS,
    PROGRAMME,
    Candidate,
    ranks,
    sentence_at,
    unit_alternation,
    unit_of,
)
from pipeline.extract.milestone_totals import PROGRAMME_NAME, REACH, is_total
from pipeline.lang.milestones import (
    ANAPHORIC_COUNCILS,
    ANTECEDENT_CHARS,
    COUNCIL_ANTECEDENT,
    COUNT_NOUNS,
    COUNT_NOW_LEADS,
    COUNT_UNITS,
    COUNT_VALUE_LEADS,
    DISTRICT_NOUNS,
    MEMBER_RELATIVE_LEADS,
    MEMBER_SUBSET_TAILS,
    NEWEST_UNITS,
    NEWEST_WORD,
    PART_OF_THEM,
    PART_OF_THEM_COUNCILS,
    PART_OF_THEM_LEADS,
    SUBSET_LEADS,
    SUBSET_TAILS,
)
from pipeline.lang.numbers import FRACTIONS, number_value
from pipeline.records import MilestoneRecord
from pipeline.text.docview import doc_view
from pipeline.text.fastre import lead, matches_at, with_lead
from pipeline.text.layout import ArticleLayout
from pipeline.text.wraps import goes_on

#: A word inside a counted noun phrase ("acht sächsischen", "100 bereits beigetretenen"); no
#: article, preposition or second number, so that "Sechs der aktuell zehn" is not one phrase.
_INNER_WORD = rf"(?!(?:der|die|das|des|den|dem|von|aus|mit|und|oder|in|im|{CARDINAL_WORD})\b)[^\W\d_][\w-]*"
#: A number ending its sentence ("... sind es 14."), whose dot is no ordinal's.
_FINAL_NUMBER = rf"(?:(?<![\d.,])\d{{1,4}}|\b{CARDINAL_WORD}\b)(?=\s*(?:[.!;](?:\s|$)|$))"
_ADVERBS = "nun|jetzt|bereits|schon|inzwischen|mittlerweile|insgesamt|sogar"
_TOTAL = re.compile(
    rf"(?P<num>{CARDINAL})\s+(?P<between>(?:{_INNER_WORD}\s+){{0,3}}?)"
    rf"(?:{unit_alternation(COUNT_UNITS)})\b",
    FLAGS,
)
#: "20 von über 400 Kommunen": the part is the total, the whole is all municipalities.
_PART_OF = re.compile(
    rf"(?P<num>{CARDINAL})\s+von\s+(?:über|rund|mehr\s+als|knapp|insgesamt)?\s*"
    rf"(?:{CARDINAL})\s+(?:{ADJECTIVE}\s+)?(?:{unit_alternation(COUNT_UNITS)})\b",
    FLAGS,
)
_FRACTION = re.compile(
    rf"{lead(['ein', 'die'])}\b(?:ein|eine|die)\s+(?:{'|'.join(FRACTIONS)})\s*\((?P<num>\d{{1,4}})\)", FLAGS
)
_NEWEST = re.compile(
    rf"{lead(['der', 'als', 'neueste'])}(?:\b(?:der|die|dem|das|des|als)\s+)?\b{NEWEST_WORD}\s+(?:{ADJECTIVE}\s+)?(?:{'|'.join(NEWEST_UNITS)})\b",
    FLAGS,
)
#: Newest-member nouns that name the network themselves.
_NEWEST_MEMBER_NOUN = re.compile(r"Mitgliedskommune|ASSKomm", FLAGS)
#: A genitive or locative complement right after the noun: "des Präventionsrates", "im Verbund".
_NEWEST_COMPLEMENT = re.compile(
    r"\s+(?:des|der|im|in\s+de[mr]|beim|bei\s+de[mr]|unter\s+den)\s+(?:\S+\s+){0,3}?\S+"
)
_NEWEST_SUBJECT = re.compile(r"(?P<subj>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)\s*,\s*$")
#: "Im Landkreis Mittelsachsen sind es elf.": a sentence opening with a district or region and
#: giving only a number, the share of the total before it.
_REGIONAL_SHARE = re.compile(
    rf"(?:(?:Allein|Davon)\s+)?(?:Im|In\s+de[rmn])\s+(?:{DISTRICT_NOUNS})?\s*[A-ZÄÖÜ][\w/-]*(?:\s[A-ZÄÖÜ][\w/-]*)?"
    rf"\s+(?:sind|waren)\s+es\s+(?:(?:{_ADVERBS})\s+)?(?P<num>{_FINAL_NUMBER})"
)
#: "Damit sind es 87.": the count a joining results in, no noun after it; "Inzwischen sind es 63.":
#: the count reached by now.
_COUNT_AFTER_JOINING = re.compile(
    rf"\b(?:(?:Damit|Somit)\s+(?:sind|zählt\s+(?:das\s+Netzwerk|die\s+Allianz|der\s+Verbund))\s+(?:es\s+)?"
    rf"|(?:{'|'.join(COUNT_NOW_LEADS)})\s+sind\s+es\s+)"
    rf"(?:(?:{_ADVERBS})\s+)?(?P<num>{_FINAL_NUMBER})"
)
#: "In 38 von ihnen ist ein Kommunaler Präventionsrat aktiv": a part of the total just before.
_PART_OF_THEM = re.compile(
    rf"(?:(?:{'|'.join(PART_OF_THEM_LEADS)})\s+)?(?P<num>{CARDINAL})\s+{PART_OF_THEM}\b", FLAGS
)
_PART_REACHED = re.compile(rf"\b(?:{PART_OF_THEM_COUNCILS})\b", FLAGS)
#: "davon arbeiten 40 eng ... zusammen": a number right after the lead (a verb may stand between).
_SUBSET = re.compile(
    rf"\b(?:{'|'.join(SUBSET_LEADS)})\s+(?:[a-zäöüß]+\s+)?(?P<num>{CARDINAL})(?!\s*(?:%|Prozent|(?-i:[A-ZÄÖÜ])))",
    FLAGS,
)
_MEMBER_SUBSET = re.compile(
    rf"\b(?:{'|'.join(SUBSET_LEADS)})\s+(?:sind|ist)\s+(?:(?:{_ADVERBS})\s+)?(?P<num>{CARDINAL})\s+"
    rf"(?:{'|'.join(MEMBER_SUBSET_TAILS)})\b",
    FLAGS,
)
_MEMBER_RELATIVE = re.compile(
    rf",\s*(?:{'|'.join(MEMBER_RELATIVE_LEADS)})\s+(?:(?:{_ADVERBS})\s+)?(?P<num>{CARDINAL})\s+"
    rf"(?:[\w-]+\s+){{0,4}}?(?:{'|'.join(MEMBER_SUBSET_TAILS)})\b",
    FLAGS,
)
#: "63 Kommunen ..., davon 12 im Landkreis Zwickau": a part of the total without a verb, placed by
#: a locative right after its number.
_PLACED_SUBSET = re.compile(
    rf"\s*,?\s*(?:{'|'.join(SUBSET_LEADS)})\s+(?P<num>{CARDINAL})(?=\s+(?:im|in|aus)\s)", FLAGS
)
#: "fünf davon im Landkreis": the part's number before the lead.
_SUBSET_AFTER = re.compile(rf"\s*,?\s*(?P<num>{CARDINAL})\s+(?:{'|'.join(SUBSET_TAILS)})\b", FLAGS)
_COUNT_OF = re.compile(
    rf"\b(?:{'|'.join(COUNT_NOUNS)})\s+der\s+(?:{ADJECTIVE}\s+)?(?:{unit_alternation(COUNT_UNITS)})\s+"
    rf"(?:[a-zäöüß]+\s+){{0,3}}?(?:{'|'.join(COUNT_VALUE_LEADS)})\s+(?:(?:nun|jetzt|mehr\s+als|über|rund)\s+)?"
    # after "auf" a number ending the sentence is a cardinal ("steigt auf 52. Neu ist ..."), no ordinal
    rf"(?P<num>(?<![\d.,])\d{{1,4}}(?=[.,;]?(?:\s|$))|{CARDINAL})",
    FLAGS,
)
_ANAPHOR = with_lead(re.compile(rf"(?P<num>{CARDINAL})\s+{ANAPHORIC_COUNCILS}\b", FLAGS))
_ANTECEDENT = re.compile(rf"\b{COUNCIL_ANTECEDENT}\b", FLAGS)
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
    candidates = [*ranks(text, sentences), *_totals(text, sentences), *_newest(text, sentences)]
    records: list[MilestoneRecord] = []
    seen: set[tuple[str, int | None]] = set()
    for kind, value, unit, start, end, subject in sorted(candidates, key=lambda c: c[3]):
        if (kind, value) in seen or not layout.is_content(start, end):
            continue
        seen.add((kind, value))
        scope, region = scope_of(text, start, end, sentence_start=sentence_at(sentences, start)[0])
        records.append(
            MilestoneRecord(
                article_id=article_id,
                kind=kind,
                value=value,
                unit=unit,
                subject=subject or _subject(doc, sentences, start),
                counted=counted_by(unit, text, start, end, sentence_at(sentences, start)),
                scope=scope,
                region=region,
                text=text[start:end],
                start=start,
                end=end,
            )
        )
    return records


def _sentence_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character spans of the sentences, or the whole text when the Doc has none."""
    view = doc_view(doc)
    spans = view.sentences or [(0, view.end(len(view.words) - 1) if view.words else 0)]
    return _join_wrapped(view.text, spans)


def _join_wrapped(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join sentences that a hard line break split (a newspaper's wrapped lines: "Sachsenweit
    haben\nmehr als 60 Kommunen ..."), where the sentence goes on across the break
    (:func:`pipeline.text.wraps.goes_on`); a blank line still ends it."""
    joined: list[tuple[int, int]] = []
    for start, end in spans:
        if joined and goes_on(text, joined[-1][1]):
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    return joined


def _totals(text: str, sentences: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Cardinal counts of members reached overall; counts of one event are left out."""
    taken: list[tuple[int, int]] = []
    numbers = [m.start() for m in CARDINAL_START.finditer(text)]  # one scan for both patterns
    for match in matches_at(_PART_OF, text, numbers):
        taken.append((match.start(), match.end()))
        value = number_value(match["num"])
        if value is not None:
            yield "total", value, unit_of(match, COUNT_UNITS), match.start(), match.end(), None
    for match in _FRACTION.finditer(text):
        yield "total", int(match["num"]), "Kommunen", match.start(), match.end(), None
    yield from _named_counts(text, sentences)
    for match in matches_at(_TOTAL, text, numbers):
        if any(start <= match.start() < end for start, end in taken):
            continue
        value = number_value(match["num"])
        sentence = sentence_at(sentences, match.start())
        members = _MEMBER_SUBSET.search(text, match.end(), sentence[1]) or _MEMBER_RELATIVE.match(
            text, match.end(), sentence[1]
        )
        if members and (part := number_value(members["num"])) is not None:
            yield "total", part, unit_of(match, COUNT_UNITS), members.start("num"), members.end(), None
        if value is not None and is_total(text, match, sentence, _before(sentences, sentence)):
            yield "total", value, unit_of(match, COUNT_UNITS), match.start(), match.end(), None
            yield from _subsets(text, match, sentence)
            yield from _regional_share(text, unit_of(match, COUNT_UNITS), sentences, sentence)
            yield from _part_of_them(text, unit_of(match, COUNT_UNITS), sentences, sentence)
    yield from _count_after_joining(text, sentences)


def _next_start(text: str, sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> int:
    """Where the sentence after ``sentence`` starts (its first non-blank character)."""
    rest = text[sentence[1] :]
    return sentence[1] + len(rest) - len(rest.lstrip())


def _regional_share(
    text: str, unit: str, sentences: list[tuple[int, int]], sentence: tuple[int, int]
) -> Iterator[Candidate]:
    """ "Damit beteiligen sich 87 Kommunen. Im Landkreis Mittelsachsen sind es elf.": a total
    referring back to the one before, within a district or region, in its unit."""
    start = _next_start(text, sentences, sentence)
    match = _REGIONAL_SHARE.match(
        text, start, sentence_at(sentences, start)[1] if start < len(text) else start
    )
    value = number_value(match["num"]) if match else None
    if match and value is not None:
        yield "total", value, unit, match.start(), match.end(), None


def _part_of_them(
    text: str, unit: str, sentences: list[tuple[int, int]], sentence: tuple[int, int]
) -> Iterator[Candidate]:
    """ "54 Städte arbeiten im Verbund mit. In 38 von ihnen ist ein Kommunaler Präventionsrat
    aktiv.": the part of the total before that has set up a council or that the programme reached
    further, opening the next sentence, in the total's unit."""
    start = _next_start(text, sentences, sentence)
    if start >= len(text):
        return
    end = sentence_at(sentences, start)[1]
    match = _PART_OF_THEM.match(text, start, end)
    value = number_value(match["num"]) if match else None
    if (
        match
        and value is not None
        and (_PART_REACHED.search(text, match.end(), end) or REACH.search(text, match.end(), end))
    ):
        yield "total", value, unit, match.start(), match.end(), None


def _count_after_joining(text: str, sentences: list[tuple[int, int]]) -> Iterator[Candidate]:
    """ "Musterau ist seit heute Mitglied. Damit sind es 87.": the count a joining reported just
    before results in, without its noun."""
    for match in _COUNT_AFTER_JOINING.finditer(text):
        sentence = sentence_at(sentences, match.start())
        if match.start() != sentence[0] and text[sentence[0] : match.start()].strip():
            continue  # the adverb opens its sentence
        previous = sentence_at(sentences, len(text[: sentence[0]].rstrip()) - 1) if sentence[0] else sentence
        value = number_value(match["num"])
        if value is not None and PROGRAMME.search(text, previous[0], sentence[0]):
            yield "total", value, "Kommunen", match.start(), match.end(), None


def _before(sentences: list[tuple[int, int]], sentence: tuple[int, int]) -> tuple[int, int]:
    """The sentence before ``sentence`` (itself at the start of the text)."""
    return sentence_at(sentences, max(0, sentence[0] - 1))


def _named_counts(text: str, sentences: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Totals named by a noun of counting ("Die Zahl der Mitgliedskommunen steigt auf 52") where
    the sentence names the programme, and "sechs solcher Gremien" after a Präventionsrat."""
    for match in _COUNT_OF.finditer(text):
        start, end = sentence_at(sentences, match.start())
        value = number_value(match["num"])
        if value is not None and PROGRAMME.search(text, start, end):
            yield "total", value, unit_of(match, COUNT_UNITS), match.start(), match.end(), None
    for match in _ANAPHOR.finditer(text):
        value = number_value(match["num"])
        if value is not None and _ANTECEDENT.search(
            text, max(0, match.start() - ANTECEDENT_CHARS), match.start()
        ):
            yield "total", value, "Kommunale Präventionsräte", match.start(), match.end(), None


def _subsets(text: str, total: re.Match[str], sentence: tuple[int, int]) -> Iterator[Candidate]:
    """ "120 Kommunen, davon arbeiten 40 eng zusammen": the part of a total that the programme
    reached further, in the total's unit (the reach verb decides, as for a total); "38 Kommunen
    ..., fünf davon im Landkreis": a part of the total, in its unit."""
    after = _SUBSET_AFTER.search(text, total.end(), sentence[1]) or _PLACED_SUBSET.search(
        text, total.end(), sentence[1]
    )
    value = number_value(after["num"]) if after else None
    if after and value is not None:
        yield "total", value, unit_of(total, COUNT_UNITS), after.start("num"), after.end(), None
    for match in _SUBSET.finditer(text, total.end(), sentence[1]):
        value = number_value(match["num"])
        if value is not None and REACH.search(text, match.start(), sentence[1]):
            yield "total", value, unit_of(total, COUNT_UNITS), match.start("num"), match.end(), None


def _newest(text: str, sentences: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Members named as the newest: "Radeberg, der neuesten Mitgliedskommune". A member noun of
    any body ("das neueste Mitglied", "die neueste Stadt") counts only as the network's: its
    complement names the network, or it has none and its sentence or the one before speaks of the
    network ("das neueste Mitglied des Präventionsrates", "die neueste Stadt im Landkreis" do not)."""
    for match in _NEWEST.finditer(text):
        if not _newest_of_network(text, match, sentences):
            continue
        lead = _NEWEST_SUBJECT.search(text[max(0, match.start() - 60) : match.start()])
        subject = lead["subj"] if lead else None
        yield "newest", None, "Mitgliedskommune", match.start(), match.end(), subject


def _newest_of_network(text: str, match: re.Match[str], sentences: list[tuple[int, int]]) -> bool:
    """Whether the newest member ``match`` is one of the network (see :func:`_newest`)."""
    if _NEWEST_MEMBER_NOUN.search(match.group()):
        return True  # "die neueste Mitgliedskommune", "ASSKomm-Kommune": the network's by its name
    sentence = sentence_at(sentences, match.start())
    complement = _NEWEST_COMPLEMENT.match(text, match.end(), sentence[1])
    if complement:
        return PROGRAMME_NAME.search(complement.group()) is not None
    return PROGRAMME.search(text, _before(sentences, sentence)[0], sentence[1]) is not None


def _subject(doc: Doc, sentences: list[tuple[int, int]], offset: int) -> str | None:
    """Best effort: the first place entity of the sentence that is not Saxony itself."""
    start, end = sentence_at(sentences, offset)
    for ent in doc.ents:
        in_sentence = start <= ent.start_char < end
        if in_sentence and ent.label_ in ("LOC", "GPE") and ent.text.casefold() not in _NOT_SUBJECTS:
            return ent.text
    return None
