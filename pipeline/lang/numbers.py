"""German number words: cardinals and ordinals with their inflected forms.

All tables are read-only mappings from the lower-case word to its value. Ordinals are given
as stems (``fünft``) and expanded with every adjective ending German uses (``fünfte``,
``fünften``, ``fünfter``, ``fünftes``, ``fünftem``).
"""

from __future__ import annotations

from types import MappingProxyType

#: Cardinal number words (lower case) -> value. "ein"/"eine" are left out on purpose: as
#: articles they are far more frequent than as numbers.
CARDINALS = MappingProxyType(
    {
        "eins": 1,
        "zwei": 2,
        "drei": 3,
        "vier": 4,
        "fünf": 5,
        "sechs": 6,
        "sieben": 7,
        "acht": 8,
        "neun": 9,
        "zehn": 10,
        "elf": 11,
        "zwölf": 12,
        "dreizehn": 13,
        "vierzehn": 14,
        "fünfzehn": 15,
        "sechzehn": 16,
        "siebzehn": 17,
        "achtzehn": 18,
        "neunzehn": 19,
        "zwanzig": 20,
        "dreißig": 30,
        "vierzig": 40,
        "fünfzig": 50,
        "sechzig": 60,
        "siebzig": 70,
        "achtzig": 80,
        "neunzig": 90,
        "hundert": 100,
        "einhundert": 100,
    }
)

_UNITS = MappingProxyType({"ein": 1} | {w: v for w, v in CARDINALS.items() if 2 <= v <= 9})
_TENS = MappingProxyType({w: v for w, v in CARDINALS.items() if 20 <= v <= 90 and v % 10 == 0})
#: Compound cardinals 21 to 199 ("siebenundachtzig", "hundertzwanzig", "einhundertdreiundfünfzig").
COMPOUND_CARDINALS = MappingProxyType(
    {
        hundred + unit + "und" + ten: 100 * bool(hundred) + value + tens
        for hundred in ("", "hundert", "einhundert")
        for unit, value in _UNITS.items()
        for ten, tens in _TENS.items()
    }
    | {
        hundred + word: 100 + value
        for hundred in ("hundert", "einhundert")
        for word, value in CARDINALS.items()
        if value < 100
    }
    | {hundred + ten: 100 + tens for hundred in ("hundert", "einhundert") for ten, tens in _TENS.items()}
)

#: Ordinal stems (lower case) -> value; "siebt" and "siebent" are both in use.
ORDINAL_STEMS = MappingProxyType(
    {
        "erst": 1,
        "zweit": 2,
        "dritt": 3,
        "viert": 4,
        "fünft": 5,
        "sechst": 6,
        "siebt": 7,
        "siebent": 7,
        "acht": 8,
        "neunt": 9,
        "zehnt": 10,
        "elft": 11,
        "zwölft": 12,
        "dreizehnt": 13,
        "vierzehnt": 14,
        "fünfzehnt": 15,
        "sechzehnt": 16,
        "siebzehnt": 17,
        "achtzehnt": 18,
        "neunzehnt": 19,
        "zwanzigst": 20,
        "dreißigst": 30,
        "vierzigst": 40,
        "fünfzigst": 50,
        "sechzigst": 60,
        "siebzigst": 70,
        "achtzigst": 80,
        "neunzigst": 90,
        "hundertst": 100,
    }
)

#: Compound ordinal stems 21 to 199, formed like the cardinals with "-st" ("einundzwanzigst",
#: "dreiundvierzigst", "hundertzweit", "hundertfünfundzwanzigst").
COMPOUND_ORDINAL_STEMS = MappingProxyType(
    {word + "st": value for word, value in COMPOUND_CARDINALS.items() if value % 100 > 20 or value == 120}
    | {
        hundred + stem: 100 + value
        for hundred in ("hundert", "einhundert")
        for stem, value in ORDINAL_STEMS.items()
        if value < 20
    }
)

#: The endings of an attributive ordinal (strong, weak and mixed declension).
ORDINAL_ENDINGS = ("e", "en", "er", "es", "em")

#: Every inflected ordinal word (lower case) -> value: "erste", "ersten", ... "zwanzigstem",
#: "einundzwanzigste".
ORDINALS = MappingProxyType(
    {
        stem + ending: value
        for stems in (ORDINAL_STEMS, COMPOUND_ORDINAL_STEMS)
        for stem, value in stems.items()
        for ending in ORDINAL_ENDINGS
    }
)

#: Fractions that introduce a count in brackets: "ein Drittel (43)".
FRACTIONS = ("Hälfte", "Drittel", "Viertel", "Fünftel", "Zehntel")


#: Every number word case-folded (``str.casefold`` spells ß as ss: "dreißig" -> "dreissig") ->
#: value, the form rules look words up in; a cardinal wins over an ordinal of the same spelling.
FOLDED_NUMBER_WORDS = MappingProxyType(
    {
        word.casefold(): value
        for table in (ORDINALS, COMPOUND_CARDINALS, CARDINALS)
        for word, value in table.items()
    }
)


def number_value(word: str) -> int | None:
    """The value of a digit string, a cardinal word or an ordinal word; None otherwise.

    Args:
        word: ``"53"``, ``"53."``, ``"acht"``, ``"Fünfte"``, ...

    Returns:
        The number, or None when ``word`` is no number.
    """
    cleaned = word.strip().rstrip(".").replace(".", "")
    if cleaned.isdigit():
        return int(cleaned)
    return FOLDED_NUMBER_WORDS.get(cleaned.casefold())
