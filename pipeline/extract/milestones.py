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
    FLAGS,
    PROGRAMME,
    Candidate,
    ranks,
    sentence_at,
    unit_alternation,
    unit_of,
)
from pipeline.lang.milestones import (
    ANAPHORIC_COUNCILS,
    ANTECEDENT_CHARS,
    COUNCIL_ANTECEDENT,
    COUNT_NOUNS,
    COUNT_UNITS,
    COUNT_VALUE_LEADS,
    CUMULATIVE_MARKERS,
    DISTRICT_NOUNS,
    EVENT_COUNT_BLOCKERS,
    EVENT_SENTENCE_MARKERS,
    GENERIC_REACH_VERBS,
    MEMBER_SUBSET_TAILS,
    MEMBERSHIP_AMONG,
    MEMBERSHIP_OF,
    NEWEST_UNITS,
    NEWEST_WORD,
    OBJECT_PREPOSITIONS,
    OBJECT_REACH_VERBS,
    OTHER_PROGRAMMES,
    REACH_VERBS,
    SUBSET_LEADS,
    SUBSET_TAILS,
)
from pipeline.lang.numbers import CARDINALS, COMPOUND_CARDINALS, FRACTIONS, number_value
from pipeline.records import MilestoneRecord
from pipeline.text.docview import doc_view
from pipeline.text.fastre import lead, matches_at, word_alternation
from pipeline.text.layout import ArticleLayout

#: Cardinal number words, simple and compound ("acht", "siebenundachtzig").
_CARDINAL_WORDS = (*CARDINALS, *COMPOUND_CARDINALS)
#: A cardinal: digits (with thousands dots) or a number word; never followed by an ordinal dot.
_CARDINAL = rf"(?<![\d.,])(?:\d{{1,3}}(?:\.\d{{3}})+|\d{{1,4}})(?![.,]?\d)(?!\.\s)|\b(?:{word_alternation(_CARDINAL_WORDS)})\b"


#: A word inside a counted noun phrase ("acht sächsischen", "100 bereits beigetretenen"); no
#: article, preposition or second number, so that "Sechs der aktuell zehn" is not one phrase.
_INNER_WORD = rf"(?!(?:der|die|das|des|den|dem|von|aus|mit|und|oder|in|im|{word_alternation(_CARDINAL_WORDS)})\b)[^\W\d_][\w-]*"
#: The cardinals of a text: ``_TOTAL`` and ``_PART_OF`` are tried only where one starts.
#: A number ending its sentence ("... sind es 14."), whose dot is no ordinal's.
_FINAL_NUMBER = (
    rf"(?:(?<![\d.,])\d{{1,4}}|\b(?:{word_alternation(_CARDINAL_WORDS)})\b)(?=\s*(?:[.!;](?:\s|$)|$))"
)
_ADVERBS = "nun|jetzt|bereits|schon|inzwischen|mittlerweile|insgesamt|sogar"
_CARDINAL_START = re.compile(rf"{lead(_CARDINAL_WORDS, digits=True)}(?:{_CARDINAL})", FLAGS)
_TOTAL = re.compile(
    rf"(?P<num>{_CARDINAL})\s+(?P<between>(?:{_INNER_WORD}\s+){{0,3}}?)"
    rf"(?:{unit_alternation(COUNT_UNITS)})\b",
    FLAGS,
)
#: "20 von über 400 Kommunen": the part is the total, the whole is all municipalities.
_PART_OF = re.compile(
    rf"(?P<num>{_CARDINAL})\s+von\s+(?:über|rund|mehr\s+als|knapp|insgesamt)?\s*"
    rf"(?:{_CARDINAL})\s+(?:{ADJECTIVE}\s+)?(?:{unit_alternation(COUNT_UNITS)})\b",
    FLAGS,
)
_FRACTION = re.compile(
    rf"{lead(['ein', 'die'])}\b(?:ein|eine|die)\s+(?:{'|'.join(FRACTIONS)})\s*\((?P<num>\d{{1,4}})\)", FLAGS
)
_NEWEST = re.compile(
    rf"{lead(['der', 'als', 'neueste'])}(?:\b(?:der|die|dem|das|des|als)\s+)?\b{NEWEST_WORD}\s+(?:{ADJECTIVE}\s+)?(?:{'|'.join(NEWEST_UNITS)})\b",
    FLAGS,
)
_NEWEST_SUBJECT = re.compile(r"(?P<subj>[A-ZÄÖÜ][\w-]+(?:\s[A-ZÄÖÜ][\w-]+)?)\s*,\s*$")
_REACH = re.compile(rf"\b(?:{'|'.join(REACH_VERBS)})\b", FLAGS)
#: "Im Landkreis Mittelsachsen sind es elf.": a sentence opening with a district or region and
#: giving only a number, the share of the total before it.
_REGIONAL_SHARE = re.compile(
    rf"(?:(?:Allein|Davon)\s+)?(?:Im|In\s+de[rmn])\s+(?:{DISTRICT_NOUNS})?\s*[A-ZÄÖÜ][\w/-]*(?:\s[A-ZÄÖÜ][\w/-]*)?"
    rf"\s+(?:sind|waren)\s+es\s+(?:(?:{_ADVERBS})\s+)?(?P<num>{_FINAL_NUMBER})"
)
#: "Damit sind es 87.": the count a joining results in, no noun after it.
_COUNT_AFTER_JOINING = re.compile(
    rf"\b(?:Damit|Somit)\s+(?:sind|zählt\s+(?:das\s+Netzwerk|die\s+Allianz|der\s+Verbund))\s+(?:es\s+)?"
    rf"(?:(?:{_ADVERBS})\s+)?(?P<num>{_FINAL_NUMBER})"
)
_OBJECT_REACH = re.compile(rf"\b(?:{'|'.join(OBJECT_REACH_VERBS)})\b", FLAGS)
_CAPITALISED = re.compile(r"(?P<before>\w+)?\s+(?P<word>[A-ZÄÖÜ][\w-]+)")
_OTHER_PROGRAMME = re.compile(rf"\b(?:{'|'.join(OTHER_PROGRAMMES)})\b")
_GENERIC_REACH = re.compile(rf"\b(?:{'|'.join(GENERIC_REACH_VERBS)})\b", FLAGS)
#: "davon arbeiten 40 eng ... zusammen": a number right after the lead (a verb may stand between).
_SUBSET = re.compile(
    rf"\b(?:{'|'.join(SUBSET_LEADS)})\s+(?:[a-zäöüß]+\s+)?(?P<num>{_CARDINAL})(?!\s*(?:%|Prozent|(?-i:[A-ZÄÖÜ])))",
    FLAGS,
)
_MEMBER_SUBSET = re.compile(
    rf"\b(?:{'|'.join(SUBSET_LEADS)})\s+(?:sind|ist)\s+(?:(?:{_ADVERBS})\s+)?(?P<num>{_CARDINAL})\s+"
    rf"(?:{'|'.join(MEMBER_SUBSET_TAILS)})\b",
    FLAGS,
)
_YEAR = re.compile(r"(?:19|20)\d\d")
_CLAUSE_MARK = re.compile(r"[,;:–]")
_SUBSET_LEAD = re.compile(rf"\b(?:{'|'.join(SUBSET_LEADS)})\b", FLAGS)
#: "fünf davon im Landkreis": the part's number before the lead.
_SUBSET_AFTER = re.compile(rf"\s*,?\s*(?P<num>{_CARDINAL})\s+(?:{'|'.join(SUBSET_TAILS)})\b", FLAGS)
_COUNT_OF = re.compile(
    rf"\b(?:{'|'.join(COUNT_NOUNS)})\s+der\s+(?:{ADJECTIVE}\s+)?(?:{unit_alternation(COUNT_UNITS)})\s+"
    rf"(?:[a-zäöüß]+\s+){{0,3}}?(?:{'|'.join(COUNT_VALUE_LEADS)})\s+(?:(?:nun|jetzt|mehr\s+als|über|rund)\s+)?"
    # after "auf" a number ending the sentence is a cardinal ("steigt auf 52. Neu ist ..."), no ordinal
    rf"(?P<num>(?<![\d.,])\d{{1,4}}(?=[.,;]?(?:\s|$))|{_CARDINAL})",
    FLAGS,
)
_ANAPHOR = re.compile(rf"(?P<num>{_CARDINAL})\s+{ANAPHORIC_COUNCILS}\b", FLAGS)
_ANTECEDENT = re.compile(rf"\b{COUNCIL_ANTECEDENT}\b", FLAGS)
_MARKER = re.compile(rf"\b(?:{'|'.join(CUMULATIVE_MARKERS)})\b", FLAGS)
_MEMBERSHIP = re.compile(rf"\b{MEMBERSHIP_OF}$", FLAGS)
_MEMBERSHIP_AMONG = re.compile(MEMBERSHIP_AMONG, FLAGS)
_BLOCKER = re.compile(rf"\b(?:{'|'.join(EVENT_COUNT_BLOCKERS)})\b", FLAGS)
_EVENT_SENTENCE = re.compile(rf"\b(?:{'|'.join(EVENT_SENTENCE_MARKERS)})\b", FLAGS)
#: A sentence span that ends in a line break after a word, not after sentence punctuation.
_WRAPPED_END = re.compile(r"[\w,;\-–]\s*\n\s*$")
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
    candidates = [*ranks(text, sentences), *_totals(text, sentences), *_newest(text)]
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


def _totals(text: str, sentences: list[tuple[int, int]]) -> Iterator[Candidate]:
    """Cardinal counts of members reached overall; counts of one event are left out."""
    taken: list[tuple[int, int]] = []
    numbers = [m.start() for m in _CARDINAL_START.finditer(text)]  # one scan for both patterns
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
        members = _MEMBER_SUBSET.search(text, match.end(), sentence[1])
        if members and (part := number_value(members["num"])) is not None:
            yield "total", part, unit_of(match, COUNT_UNITS), members.start("num"), members.end(), None
        if value is not None and _is_total(text, match, sentence, _before(sentences, sentence)):
            yield "total", value, unit_of(match, COUNT_UNITS), match.start(), match.end(), None
            yield from _subsets(text, match, sentence)
            yield from _regional_share(text, unit_of(match, COUNT_UNITS), sentences, sentence)
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
    after = _SUBSET_AFTER.search(text, total.end(), sentence[1])
    value = number_value(after["num"]) if after else None
    if after and value is not None:
        yield "total", value, unit_of(total, COUNT_UNITS), after.start("num"), after.end(), None
    for match in _SUBSET.finditer(text, total.end(), sentence[1]):
        value = number_value(match["num"])
        if value is not None and _REACH.search(text, match.start(), sentence[1]):
            yield "total", value, unit_of(total, COUNT_UNITS), match.start("num"), match.end(), None


def _is_total(
    text: str, match: re.Match[str], sentence: tuple[int, int], before_sentence: tuple[int, int]
) -> bool:
    """True when the count is a running total: a reach verb or a cumulative marker, no event cue.

    Args:
        text: The article text.
        match: A ``_TOTAL`` match (number, words between, count noun).
        sentence: The span of the sentence holding the match.
        before_sentence: The span of the sentence before it (the programme a marker's count
            refers to may be named there: "... tritt ASSKomm bei. Inzwischen sind es 60 Kommunen.").
    """
    before = text[max(sentence[0], match.start() - 40) : match.start()].split()[-3:]
    if _MEMBERSHIP_AMONG.search(text, sentence[0], match.start()):
        return True
    # "fünf weitere Städte", "alle drei Kommunen", "die beiden Kommunen": one event or a subset.
    if (before and _BLOCKER.fullmatch(before[-1])) or _BLOCKER.search(match["between"]):
        return False
    sentence_text = text[sentence[0] : sentence[1]]
    if _sets_up_something_else(text, match, sentence):
        return False
    if _OTHER_PROGRAMME.search(sentence_text) or _MEMBERSHIP.search(" ".join(before[-2:])):
        return not _OTHER_PROGRAMME.search(sentence_text)
    if _MARKER.search(" ".join(before)) or _MARKER.search(match["between"]):
        # "Bereits 18 Kommunen haben Fördermittel beantragt" counts something else
        return bool(_REACH.search(sentence_text) or PROGRAMME.search(text, before_sentence[0], sentence[1]))
    # Without a marker a reach verb decides, unless the sentence reports today's signing; a verb
    # that counts anything ("gibt es", "umfasst") only where the sentence is about the programme.
    if _EVENT_SENTENCE.search(sentence_text):
        return False
    # the programme named only after "davon" is the part's ("hat 53 Gemeinden, davon sind 20 Mitglied")
    lead = _SUBSET_LEAD.search(text, match.end(), sentence[1])
    own_clause = text[sentence[0] : lead.start() if lead else sentence[1]]
    return _reached(text, match, sentence) or bool(
        _GENERIC_REACH.search(sentence_text) and PROGRAMME.search(own_clause)
    )


def _reached(text: str, match: re.Match[str], sentence: tuple[int, int]) -> bool:
    """A reach verb in the sentence that belongs to this count: not one in another clause that has
    a number of its own ("14 Kommunen haben sich beworben, ausgewählt wurden sechs")."""
    for verb in _REACH.finditer(text, sentence[0], sentence[1]):
        start = max(
            (m.end() for m in _CLAUSE_MARK.finditer(text, sentence[0], verb.start())), default=sentence[0]
        )
        stop = _CLAUSE_MARK.search(text, verb.end(), sentence[1])
        end = stop.start() if stop else sentence[1]
        if start <= match.start() < end or not any(
            not _YEAR.fullmatch(m.group()) for m in _CARDINAL_START.finditer(text, start, end)
        ):
            return True  # a year in that clause is no count ("die 2019 gestartet sind")
    return False


def _sets_up_something_else(text: str, match: re.Match[str], sentence: tuple[int, int]) -> bool:
    """ "45 Städte haben Waffenverbotszonen eingerichtet": between the count and a verb of setting
    up stands an object (a capitalised word after no preposition) that is not the programme."""
    verb = _OBJECT_REACH.search(text, match.end(), sentence[1])
    if verb is None:
        return False
    between = text[match.end() : verb.start()]
    if PROGRAMME.search(between):
        return False
    return any(
        (m["before"] or "").casefold() not in OBJECT_PREPOSITIONS
        for m in _CAPITALISED.finditer(" " + between)
    )


def _newest(text: str) -> Iterator[Candidate]:
    """Members named as the newest: "Radeberg, der neuesten Mitgliedskommune"."""
    for match in _NEWEST.finditer(text):
        lead = _NEWEST_SUBJECT.search(text[max(0, match.start() - 60) : match.start()])
        subject = lead["subj"] if lead else None
        yield "newest", None, "Mitgliedskommune", match.start(), match.end(), subject


def _subject(doc: Doc, sentences: list[tuple[int, int]], offset: int) -> str | None:
    """Best effort: the first place entity of the sentence that is not Saxony itself."""
    start, end = sentence_at(sentences, offset)
    for ent in doc.ents:
        in_sentence = start <= ent.start_char < end
        if in_sentence and ent.label_ in ("LOC", "GPE") and ent.text.casefold() not in _NOT_SUBJECTS:
            return ent.text
    return None
