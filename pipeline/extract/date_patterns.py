"""The regular expressions of the dates extractor (:mod:`pipeline.extract.dates`), built from the
word lists of :mod:`pipeline.lang.calendar`.

Patterns that open with ``_B`` and a digit are tried only where a number starts (one scan for all
of them, see :func:`pipeline.text.fastre.matches_at`); the others open with a one-character
lookahead (:func:`pipeline.text.fastre.lead`). Two small tests of the words around a number
close the module: is it an adverbial year, or a count of a plural?
"""

from __future__ import annotations

import re
from types import MappingProxyType

from pipeline.lang.calendar import (
    ABBREVIATED_MONTHS,
    APPROXIMATORS,
    COUNT_ARTICLES,
    COUNT_LEADS,
    HISTORY_VERBS,
    MONTH_ABBREVIATION_PATTERN,
    MONTH_LEADS,
    MONTH_NAMES,
    ORDINAL_WORDS,
    PLURAL_NOUN_ENDINGS,
    RELATIVE_DAY_ADJECTIVES,
    RELATIVE_DAYS,
    RELATIVE_YEAR_ADJECTIVES,
    RELATIVE_YEAR_LEADS,
    WEEKDAY_WORDS,
    YEAR_PARTS,
)
from pipeline.lang.numbers import CARDINALS, ORDINALS
from pipeline.text.fastre import lead, word_alternation
from pipeline.text.patterns import MONTH_PATTERN, either_case

#: Words that count years back: "vor einem Jahr", "vor zwei Jahren".
COUNT_WORDS = MappingProxyType({**COUNT_ARTICLES, **CARDINALS})

#: Ordinal words and "letzte"/"nächste" before a noun and a year: the year is when ("die zweite
#: Unterzeichnung 2019"); a year after a name alone labels it ("Fachtag 2025"). Case-folded.
SEQUENCE_ORDINALS = frozenset(w.casefold() for w in ORDINALS) | frozenset(
    f"{stem}{ending}" for stem in ("letzt", "nächst") for ending in ("e", "en", "er", "es", "em")
)

#: Years a bare four-digit number may denote; wider would catch counts ("1200 Gäste").
MIN_YEAR, MAX_YEAR = 1900, 2099
#: A year named as such ("im Jahr 1485", "anno 1485") may lie further back.
MIN_NAMED_YEAR = 1000


#: Words that introduce a numeric date without year ("am 21.03.").
_NUMERIC_LEADS = ("am", "vom", "bis", "zum", "ab", "seit", "den", "dem")
#: A weekday before a day and month makes them a date too ("Montag, 12.3.").
_WEEKDAY_NAMES = tuple(sorted(day for day in WEEKDAY_WORDS if len(day) > 3))
_B = r"(?<![\w.,/-])"  # a number starts here: not inside a larger number, code or URL
#: The start of a number. The patterns that open with ``_B`` and a digit are tried only here
#: (one scan for all of them, see pipeline.text.fastre.matches_at); the patterns scanned over the
#: whole text open with a one-character lookahead instead (pipeline.text.fastre.lead).
#: A day after the day before it and a slash or dash ("3./4. Mai", "12.-14. Mai") starts a number too.
_B_DAY = r"(?:(?<![\w.,/-])|(?<=\d\.[/–-]))"
NUMBER_START = re.compile(rf"{lead(digits=True)}{_B_DAY}\d")
_E = r"(?![\w/-]|[.,]\d)"  # a number ends here
#: A year ends here, or runs into a second year ("2019-2022", "2018/2019").
#: A span may abbreviate its second year ("Schuljahr 2022/23"): the year is the first one.
_E_RANGE = rf"(?:(?=\s*[-–/]\s*(?:19|20)\d\d\b)|(?=/\d\d(?![\w/.-]|,\d))|{_E})"
_MONTH = rf"(?P<month>{MONTH_PATTERN}|{MONTH_ABBREVIATION_PATTERN})"
_YEAR = r"(?P<year>(?:19|20)\d\d)"

NUMERIC_DATE = re.compile(rf"{_B}(?P<day>\d{{1,2}})\.\s?(?P<mon>\d{{1,2}})\.\s?{_YEAR}{_E}")
#: "12.03.19": a two-digit year after a day and month of two digits each, written without spaces
#: (see pipeline.text.release.to_date); "3.4.10" is a section number.
SHORT_YEAR_DATE = re.compile(rf"{_B}(?P<day>[0-3]\d)\.(?P<mon>[01]\d)\.(?P<yy>\d\d){_E}(?!:)")
#: "2019-03", "2019-03-12", also a time stamp "2019-03-12T10:00".
ISO_DATE = re.compile(
    rf"{_B}{_YEAR}-(?P<mon>0[1-9]|1[0-2])(?:-(?P<day>[0-3]\d)(?=T\d)|(?:-(?P<day2>[0-3]\d))?{_E})"
)
#: "17. April 2024", "1 November 2021", "2.November 2022", "26. August" (year optional).
#: A full date of history keeps a year before 1900 ("am 5. September 1877"), never one before a
#: noun, which it counts ("am 3. Mai 1500 Besucher").
_DAY_MONTH_YEAR = r"(?P<year>(?:19|20)\d\d|1[0-8]\d\d(?!\s*[A-ZÄÖÜ€$%]))"
DAY_MONTH = re.compile(rf"{_B_DAY}(?P<day>\d{{1,2}})(?:\.\s*|\s+){_MONTH}(?:\s+{_DAY_MONTH_YEAR}{_E})?(?!\w)")
#: "20. Sep tember 2022": a month name split by a space, as text taken from a PDF often is (the
#: caller checks that the two halves make a month).
SPLIT_MONTH_DATE = re.compile(
    rf"{_B_DAY}(?P<day>\d{{1,2}})\.\s*(?P<head>[A-ZÄÖÜ][a-zäöü]{{1,7}}) (?P<tail>[a-zäöü]{{2,8}})\s+{_YEAR}{_E}"
)
#: "21.03." without a year: only after a word that introduces a date.
DAY_MONTH_NUMERIC = re.compile(
    rf"{lead((*_NUMERIC_LEADS, *_WEEKDAY_NAMES), digits=True)}"
    rf"(?:\b(?:{either_case(list(_NUMERIC_LEADS))})\s+|\b(?:{'|'.join(_WEEKDAY_NAMES)}),?\s+(?:den\s+)?"
    rf"|(?<=\s)(?=\d{{1,2}}\.\d{{1,2}}\.\s*[-–]))"
    r"(?P<day>\d{1,2})\.(?P<mon>\d{1,2})\.(?!\d|\s?(?:19|20)\d\d)"
)
#: "Mai 2019", "Sept. 2020".
MONTH_YEAR = re.compile(
    rf"{lead(MONTH_NAMES + ABBREVIATED_MONTHS)}(?<![\w.])(?P<month>{MONTH_PATTERN}|{MONTH_ABBREVIATION_PATTERN})\s*{_YEAR}{_E}"
)
MONTH_ALONE = re.compile(
    rf"{lead(MONTH_LEADS)}\b(?:{either_case(list(MONTH_LEADS))})\s+(?:dem\s+|den\s+)?(?P<month>{MONTH_PATTERN})"
    rf"(?:\s+(?P<adj>{word_alternation(list(RELATIVE_YEAR_ADJECTIVES))})\s+Jahres)?(?![\w-]|\s+\d)"
)
#: A month that opens a span of months ending in a year ("Oktober bis Dezember 2019",
#: "Juni/Juli 2020"): it takes that year (see CONNECTOR) with no word before it.
MONTH_BEFORE_SPAN = re.compile(
    rf"{lead(MONTH_NAMES)}(?<![\w.-])(?P<month>{MONTH_PATTERN})(?=\s*(?:/|–|-|bis|und)\s*(?:{MONTH_PATTERN})\s+(?:19|20)\d\d\b)"
)
#: A bare day that takes month and year from the date it runs into ("am 14. und 15. November").
BARE_DAY = re.compile(
    rf"{_B}(?P<day>\d{{1,2}})\.(?=\s*(?:und|&|bis|–|-|/|oder|bzw\.)\s*(?:zum\s+)?\d{{1,2}}\.\s*"
    rf"(?:{MONTH_PATTERN}|{MONTH_ABBREVIATION_PATTERN}|\d{{1,2}}\.))"
)
RELATIVE_DAY = re.compile(rf"{lead(RELATIVE_DAYS)}\b(?P<word>{either_case(list(RELATIVE_DAYS))})\b(?![-–])")
RELATIVE_YEAR = re.compile(
    rf"{lead([*RELATIVE_YEAR_LEADS, *RELATIVE_YEAR_ADJECTIVES, 'Vorjahr', 'heuer'])}(?:\b(?:{either_case(list(RELATIVE_YEAR_LEADS))})\s+)?"
    rf"(?:(?P<adj>{either_case(list(RELATIVE_YEAR_ADJECTIVES))})\s+Jahr(?:es)?|(?P<word>Vorjahr(?:es)?|heuer))\b"
)
#: "am heutigen Mittwoch", "am gestrigen Tag": the day named by its relation to the publication.
RELATIVE_DAY_ADJECTIVE = re.compile(
    rf"{lead(['am', 'des'])}\b(?:[Aa]m|des)\s+(?P<adj>{word_alternation(list(RELATIVE_DAY_ADJECTIVES))})\s+"
    rf"(?:{'|'.join(sorted(day for day in WEEKDAY_WORDS if len(day) > 3))}|Tag(?:es)?)\b"
)
YEARS_AGO = re.compile(
    rf"{lead(['vor'])}\b[Vv]or\s+(?P<count>{word_alternation(list(COUNT_WORDS))}|\d{{1,3}})\s+Jahr(?:en)?\b"
)
YEAR_PART = re.compile(
    rf"{lead(YEAR_PARTS)}\b(?:{word_alternation(list(YEAR_PARTS))})\s+(?:(?:(?:des\s+)?Jahres\s+)?{_YEAR}{_E}"
    rf"|(?:des\s+)?(?P<adj>{word_alternation(list(RELATIVE_YEAR_ADJECTIVES))})\s+Jahres|(?P<this>des\s+Jahres)\b)"
)
QUARTER = re.compile(
    rf"{lead(['im', 'das', 'dem', *ORDINAL_WORDS])}(?:\b(?:im|das|dem)\s+)?(?:{word_alternation(list(ORDINAL_WORDS))})\s*(?:Quartal|Halbjahr)\s+"
    rf"(?:des\s+Jahres\s+)?{_YEAR}{_E}"
)
_ANY_YEAR = r"(?P<year>1\d{3}|20\d\d)"
YEAR_NOUN = re.compile(
    rf"{lead(['im', 'für', 'das', 'des', 'dem', 'seit', 'ab', 'bis', 'Jahr', 'anno', 'Baujahr', 'Geburtsjahr'])}\b(?:(?:im|für\s+das|das|des|dem|seit\s+dem|ab\s+dem|bis\s+zum)\s+)?"
    # a year of birth or of make names its year too: "Jahrgang 1975", "Baujahr 1968"
    rf"(?:Jahr(?:e|es)?|Jahrgangs?|Baujahr|Geburtsjahr|[Aa]nno)\s+{_ANY_YEAR}{_E_RANGE}"
)
#: A compound opening with a month and followed by its year: "Augusthochwasser 2002" -> 2002-08.
MONTH_COMPOUND = re.compile(
    rf"{lead(MONTH_NAMES)}\b(?P<month>{MONTH_PATTERN})(?P<rest>[a-zäöüß]{{3,}})\s+{_YEAR}{_E}"
)
BARE_YEAR = re.compile(rf"{_B}{_YEAR}{_E_RANGE}")
#: A year before 1900 reads as a year only where the text says so: after "seit"/"anno", or before
#: what a town's history records ("1485 erstmals urkundlich erwähnt", "1224 gegründet"); never
#: before a noun, which it counts ("seit 1200 Jahren").
HISTORICAL_YEAR = re.compile(
    rf"{lead(['seit', 'anno'], digits=True)}(?:\b(?P<lead>[Ss]eit|[Aa]nno)\s+)?{_B}(?P<year>1[0-8]\d\d)(?![\w/-]|[.,]\d|\s+[A-ZÄÖÜ])"
    rf"(?(lead)|(?=\s+(?:\w+\s+){{0,2}}(?:{word_alternation(list(HISTORY_VERBS))})\b))"
)
#: A year before 1900 before where it happened ("die sich 1413 nach Norwich begab", "starb 1827
#: in Wien"); the word before must be no article or approximator (checked by the caller: "die
#: 1200 aus Polen", "rund 1500 in Dresden" are counts).
#: A year before 1900 after a passive's auxiliary, its participle of history further on in the clause
#: ("wurde 1632 im Dreißigjährigen Krieg zerstört"); a count takes its noun ("wurden 1200 Bäume").
HISTORICAL_YEAR_PASSIVE = re.compile(
    rf"\b(?:wurde|wurden|war|waren)\s+{_B}(?P<year>1[0-8]\d\d)(?![\w/-]|[.,]\d|\s+[A-ZÄÖÜ])"
    rf"(?=(?:\s+[\w-]+){{0,4}}?\s+(?:{word_alternation(list(HISTORY_VERBS))})\b)"
)
HISTORICAL_YEAR_PLACE = re.compile(rf"{_B}(?P<year>1[0-8]\d\d)(?=\s+(?:nach|in|aus)\s+[A-ZÄÖÜ][a-zäöüß])")
YEAR_RANGE_TAIL = re.compile(rf"{_B}(?P<head>(?:19|20)\d\d)\s*[-–/]\s*{_YEAR}{_E}")
#: What may stand between a date without year and the dated expression it runs into.
CONNECTOR = re.compile(r"\s*(?:und|&|bis(?:\s+zum)?|–|-|/|sowie|oder|bzw\.)\s*(?:(?:Anfang|Mitte|Ende)\s+)?")


def after_a_verb(text: str, start: int) -> bool:
    """The number at ``start`` follows a word of its clause that is no article, preposition or
    approximator, and is in lower case ("begab sich 1413", "starb 1827"): an adverbial year, not
    a count ("die 1200 aus Polen", "rund 1500", "Gäste: 1200")."""
    words = text[max(0, start - 30) : start].split()
    if not words or not text[start - 1 : start].isspace():
        return False
    previous = words[-1]
    return (
        previous.isalpha()
        and previous.islower()
        and previous not in COUNT_LEADS
        and previous not in APPROXIMATORS
    )


def counts_plural(number: str, following: str) -> bool:
    """A round number before a noun in a plural form that no singular has counts it ("2000
    Neueinstellungen"); "2004 Meisterin" and "2021 Verhandlungen" (a year's events) stay years."""
    word = following.strip(".,;:!?)")
    return number.endswith("00") and word[:1].isupper() and word.casefold().endswith(PLURAL_NOUN_ENDINGS)


#: "von 2000 auf 2500": a change of an amount, whose second number is no year.
_CHANGE_TO = re.compile(r"\s+auf\s+(?:rund\s+|über\s+|knapp\s+|fast\s+)?(?P<to>\d[\d.]*)(?![\d,])")


def changes_an_amount(text: str, end: int) -> bool:
    """The number ending at ``end`` changes to one that is no year ("stieg von 2000 auf 2500", "von
    2000 auf 3.000"): both are amounts; "von 2020 auf 2021 verschoben" stays a pair of years."""
    change = _CHANGE_TO.match(text, end)
    if change is None:
        return False
    to = change["to"].rstrip(".")
    return not (len(to) == 4 and to.isdigit() and MIN_YEAR <= int(to) <= MAX_YEAR)
