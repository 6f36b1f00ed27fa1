"""Month names and date words."""

from __future__ import annotations

from types import MappingProxyType

#: Month name (lower case, with common abbreviations and the Austrian "Jänner") -> number.
MONTHS = MappingProxyType(
    {
        "januar": 1,
        "jänner": 1,
        "jan": 1,
        "februar": 2,
        "feber": 2,
        "feb": 2,
        "märz": 3,
        "maerz": 3,
        "mär": 3,
        "mrz": 3,
        "april": 4,
        "apr": 4,
        "mai": 5,
        "juni": 6,
        "jun": 6,
        "juli": 7,
        "jul": 7,
        "august": 8,
        "aug": 8,
        "september": 9,
        "sept": 9,
        "sep": 9,
        "oktober": 10,
        "okt": 10,
        "november": 11,
        "nov": 11,
        "dezember": 12,
        "dez": 12,
    }
)

#: Full month names only (for running text, where "Mai" and "Jan" may be other words).
MONTH_NAMES = (
    "Januar",
    "Jänner",
    "Februar",
    "März",
    "April",
    "Mai",
    "Juni",
    "Juli",
    "August",
    "September",
    "Oktober",
    "November",
    "Dezember",
)

#: Abbreviated month names as they stand before their dot ("12. Okt. 2022", "Sept. 2020").
ABBREVIATED_MONTHS = ("Jan", "Feb", "Mär", "Apr", "Jun", "Jul", "Aug", "Sept", "Sep", "Okt", "Nov", "Dez")
#: The abbreviations with their dot, as a regex fragment.
MONTH_ABBREVIATION_PATTERN = rf"(?:{'|'.join(ABBREVIATED_MONTHS)})\."

#: Weekday names and their abbreviations (with and without the dot).
WEEKDAY_WORDS = frozenset(
    {"Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag"}
    | {f"{day}{dot}" for day in ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So") for dot in ("", ".")}
)

#: Words for a day relative to the publication date -> offset in days.
RELATIVE_DAYS = MappingProxyType({"heute": 0, "gestern": -1, "vorgestern": -2, "morgen": 1, "übermorgen": 2})

#: Weekdays -> number (Monday 0), and the words before one that say which week it lies in:
#: the one of the publication (``this``), after it (``next``), strictly before it (``last``);
#: otherwise the last one up to the publication day.
WEEKDAYS = MappingProxyType(
    {"montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4, "samstag": 5, "sonntag": 6}
)
WEEKDAY_LEADS = MappingProxyType(
    {
        "diesem": "this",
        "diesen": "this",
        "heutigen": "this",
        "kommenden": "next",
        "nächsten": "next",
        "vergangenen": "last",
        "letzten": "last",
    }
)

#: Adjectives that place "Jahr" relative to the publication year ("im vergangenen Jahr") -> offset.
RELATIVE_YEAR_ADJECTIVES = MappingProxyType(
    {
        "vergangenen": -1,
        "vergangenes": -1,
        "letzten": -1,
        "letztes": -1,
        "vorigen": -1,
        "voriges": -1,
        "abgelaufenen": -1,
        "diesem": 0,
        "dieses": 0,
        "diesen": 0,
        "laufenden": 0,
        "laufendes": 0,
        # weak forms after the article: "für das laufende Jahr", "das vergangene Jahr"
        "laufende": 0,
        "vergangene": -1,
        "abgelaufene": -1,
        "kommende": 1,
        "nächsten": 1,
        "nächstes": 1,
        "kommenden": 1,
        "kommendes": 1,
        # dative after "seit"/"mit": "seit vergangenem Jahr"
        "vergangenem": -1,
        "letztem": -1,
        "vorigem": -1,
        "laufendem": 0,
        "kommendem": 1,
        "nächstem": 1,
    }
)

#: Adjectives of the day relative to the publication ("am heutigen Mittwoch", "am gestrigen
#: Dienstag") -> offset in days.
RELATIVE_DAY_ADJECTIVES = MappingProxyType(
    {"heutigen": 0, "gestrigen": -1, "vorgestrigen": -2, "morgigen": 1}
)

#: Single words naming a year relative to the publication year.
RELATIVE_YEAR_WORDS = MappingProxyType({"vorjahr": -1, "vorjahres": -1, "heuer": 0})

#: Prepositions and articles that may lead a relative year phrase (kept in the span).
RELATIVE_YEAR_LEADS = (
    "im",
    "in",
    "seit dem",
    "seit",
    "aus dem",
    "ab dem",
    "bis zum",
    "für das",
    "des",
    "dem",
)

#: Articles that count in "vor einem Jahr" (number words and digits count too).
COUNT_ARTICLES = MappingProxyType({"einem": 1})

#: Vague parts of a year: "Anfang 2019", "Ende des Jahres 2021", "Herbst 2021" keep the year.
YEAR_PARTS = (
    "Anfang",
    "Mitte",
    "Ende",
    "Beginn",
    "Jahresbeginn",
    "Jahresanfang",
    "Jahresmitte",
    "Jahresende",
    "Frühjahr",
    "Frühling",
    "Sommer",
    "Herbst",
    "Winter",
    # "im Laufe des Jahres 2023", "im Laufe des Jahres" (this year)
    "Laufe",
)

#: Words that may stand directly before a month without year ("im Juli", "Ende September").
MONTH_LEADS = (
    "im",
    "seit",
    "ab",
    "bis",
    "zwischen",
    "und",
    "oder",
    "bis zum",
    "Anfang",
    "Mitte",
    "Ende",
    "Beginn",
)

#: Ordinal words before "Quartal"/"Halbjahr".
ORDINAL_WORDS = ("ersten", "zweiten", "dritten", "vierten", "1.", "2.", "3.", "4.")

#: Participles a town's history uses after a year ("1485 erstmals urkundlich erwähnt").
HISTORY_VERBS = (
    "erwähnt",
    "gegründet",
    "erbaut",
    "errichtet",
    "eingeweiht",
    "verliehen",
    "eingemeindet",
    "zerstört",
    "abgebrannt",
    # what else happens to a building or a person in a year of history ("1485 geweiht")
    *("geweiht", "vollendet", "gebaut", "fertiggestellt", "gestiftet", "erobert", "abgerissen"),
    *("umgebaut", "geboren", "gestorben", "entstanden", "besiedelt", "verwüstet"),
)

#: Function words that may stand before a bare year ("seit 2019", "Auch 2023 wird ...").
YEAR_LEAD_WORDS = frozenset(
    {
        "im",
        "in",
        "seit",
        "ab",
        "bis",
        "von",
        "vom",
        "nach",
        "vor",
        "um",
        "zwischen",
        "für",
        "aus",
        "dem",
        "das",
        "des",
        "der",
        "und",
        "oder",
        "sowie",
        "bereits",
        "schon",
        "erst",
        "noch",
        "auch",
        "ebenfalls",
        "spätestens",
        "frühestens",
        "also",
        "damals",
        "jahr",
        "jahre",
        "jahres",
        "jahren",
        "anno",
        "zum",
        "zur",
        "bzw.",
        "sondern",
        "aber",
        "doch",
    }
)

#: Endings of nouns after which a number is the year itself ("Schuljahr 2022", "Herbst 2021",
#: "Sommerferien 2019").
YEAR_NOUN_ENDINGS = (
    "jahr",
    "jahres",
    "semester",
    "saison",
    "sommer",
    "herbst",
    "winter",
    "frühling",
    # holidays and school holidays name a time of that year ("Sommerferien 2019", "Ostern 2020")
    "ferien",
    "ostern",
    "pfingsten",
    "weihnachten",
    "silvester",
    "jahreswechsel",
    "quartal",
    "halbjahr",
    # a span of years named as such ("Zeitraum 2018 bis 2020", "Förderperiode 2021-2027")
    "zeitraum",
    "periode",
    # a flood named by its year happened in it ("Flut 2002", "Elbehochwasser 2013")
    "flut",
    "hochwasser",
)
#: Endings of the nouns of elections, after which a number is the year the election is held in
#: ("Bundestagswahl 2021", "Kommunalwahlen 2019"), unless a noun follows that it counts.
ELECTION_NOUN_ENDINGS = ("wahl", "wahlen")

#: Plural nouns of the bodies a text reports on: a year right after one is when, never a label
#: ("fördert die Arbeit der Mitgliedskommunen 2023 mit ..."; labels follow events and documents).
ACTOR_PLURAL_ENDINGS = ("kommunen", "gemeinden", "städte", "landkreise", "mitglieder", "schulen")

#: Abbreviations before a number that make it a reference, not a year ("Nr. 2019", "Abs. 2").
NUMBER_ABBREVIATIONS = frozenset(
    {"nr", "abs", "art", "str", "tel", "bd", "kap", "ziff", "anl", "vol", "jg", "az", "s", "fax", "pf", "hnr"}
)

#: Words before a number that make it a quantity ("rund 2000 Besucher").
APPROXIMATORS = frozenset(
    {
        "rund",
        "etwa",
        "ca.",
        "circa",
        "knapp",
        "über",
        "unter",
        "fast",
        "nahezu",
        "insgesamt",
        "zirka",
        "je",
        "nur",
    }
)

#: Words before a number that make it a count: articles, and prepositions that take an amount
#: ("die 1200 aus Polen", "mit 1500 in der Halle").
COUNT_LEADS = frozenset(
    {
        "der",
        "die",
        "das",
        "den",
        "dem",
        "des",
        "mit",
        "von",
        "für",
        "auf",
        "bis",
        "zu",
        "alle",
        "nur",
        "und",
        "oder",
    }
)

#: Endings of German plural nouns that no singular has ("Neueinstellungen", "Mitarbeiterinnen",
#: "Wohneinheiten"): after a round number they make it a count ("2000 Neueinstellungen"), not
#: the year 2000. Case-folded.
PLURAL_NOUN_ENDINGS = ("ungen", "heiten", "keiten", "schaften", "innen", "ionen", "täten", "nisse", "linge")

#: Nouns after a number that make it a count or amount, not a year ("2000 Einwohner").
COUNT_NOUNS = frozenset(
    {
        "euro",
        "eur",
        "€",
        "einwohner",
        "einwohnerinnen",
        "menschen",
        "personen",
        "teilnehmer",
        "teilnehmende",
        "teilnehmenden",
        "besucher",
        "besucherinnen",
        "bürger",
        "bürgerinnen",
        "mitglieder",
        "fälle",
        "straftaten",
        "kilometer",
        "km",
        "meter",
        "m",
        "stunden",
        "minuten",
        "tage",
        "schüler",
        "schülerinnen",
        "kinder",
        "jugendliche",
        "exemplare",
        "fragebögen",
        "stück",
        "mal",
        "prozent",
        "haushalte",
        "beamte",
        "polizisten",
        "stimmen",
        "plätze",
        "seiten",
        "kommunen",
        "gemeinden",
        "städte",
        "delikte",
        "anrufe",
        "befragte",
        "euro.",
        # units of measure and money, and the staff and crowds news counts ("2000 Litern", "2000 Zuschauer")
        *("liter", "litern", "gramm", "kilogramm", "kilo", "tonnen", "metern", "kilometern", "hektar"),
        *("quadratmeter", "quadratmetern", "dollar", "franken", "mitarbeiter", "mitarbeitern"),
        *("beschäftigte", "beschäftigten", "zuschauer", "zuschauern"),
    }
)
