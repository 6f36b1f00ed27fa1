"""Words that tell a quoted voice from a quoted title, motto or term.

Rules are data: every constant here is immutable (frozensets, tuples, compiled patterns), so
the quotes extractor can never change them by accident.
"""

from __future__ import annotations

from types import MappingProxyType

#: Verbs (and verb-like particles) that attribute a quote to a speaker: `»…«, so X`,
#: `„…“, findet X`, `X erklärte: „…“`. Compared case-insensitively.
SPEECH_VERBS = frozenset(
    {
        "so",
        "sagt",
        "sagte",
        "schätzt",
        "schätzte",
        "sagten",
        "sagen",
        "betont",
        "betonte",
        "betonten",
        "findet",
        "fand",
        "erklärt",
        "erklärte",
        "erklärten",
        "teilt",
        "teilte",
        "skizziert",
        "skizzierte",
        "gab",
        "gibt",
        "meint",
        "meinte",
        "ergänzt",
        "ergänzte",
        "fügt",
        "fügte",
        "unterstreicht",
        "unterstrich",
        "hebt",
        "hob",
        "resümiert",
        "resümierte",
        "bekräftigt",
        "bekräftigte",
        "berichtet",
        "berichtete",
        "erläutert",
        "erläuterte",
        "zeigt",
        "zeigte",
        "freut",
        "freute",
        "sieht",
        "sah",
        "weiß",
        "wusste",
        "mahnt",
        "mahnte",
        "warnt",
        "warnte",
        "appelliert",
        "appellierte",
        "versichert",
        "versicherte",
        "verspricht",
        "versprach",
        "bilanziert",
        "bilanzierte",
        "lobt",
        "lobte",
        "dankt",
        "dankte",
        "kommentiert",
        "kommentierte",
        "bestätigt",
        "bestätigte",
        "fasst",
        "fasste",
        "schildert",
        "schilderte",
        "begründet",
        "begründete",
        "antwortet",
        "antwortete",
        "ruft",
        "rief",
        "stellt",
        "stellte",
        "sprach",
        "spricht",
        "weiter",
        "zufolge",
        "äußerte",
        "äußert",
        "beschreibt",
        "beschrieb",
        "erzählt",
        "erzählte",
        "hofft",
        "hoffte",
        "erinnert",
        "erinnerte",
        "zieht",
        "zog",
        "kündigt",
        "kündigte",
        "informiert",
        "informierte",
        "fordert",
        "forderte",
    }
    # verbs of saying in news text (`„…“, schrieb X`, `„…“, klagte X`, `X erwiderte: „…“`)
    | {"schrieb", "schreibt", "klagte", "klagt", "erwiderte", "erwidert", "gestand", "verriet", "bemerkte"}
    | {"scherzte", "urteilte", "befand", "verkündete", "behauptete", "behauptet"}
    | {"argumentierte", "argumentiert", "twitterte", "kritisierte", "kritisiert", "bemerkt", "räumte"}
    | {"räumt", "wies", "weist"}
)

#: Sentence openings that point back at the quote before them (`„…“ Das sagte Eva Probe.`); regex
#: fragments, their words apart by any white space (a line break of a wrapped page too).
BACK_POINTERS = (
    "Das",
    "Dies",
    "So",
    # a demonstrative and a noun of a statement (`Diese Forderung stellte X auf.`, `Dieses Fazit zog X.`)
    r"Diese[rsn]?\s+(?:Worte|Sätze|Fazit|Forderung|Einschätzung|Appell|Botschaft|Bilanz|Aussage|Mahnung|Warnung)",
    r"Mit\s+diesen\s+Worten",
    r"Mit\s+den\s+Worten",
)

#: Verbs after which a pronoun is mostly the object, not the speaker (`„…“ Das freut sie.`), so a
#: pronoun after them in the sentence pointing back at a quote attributes nothing.
OBJECT_PRONOUN_VERBS = frozenset(
    {
        "freut",
        "freute",
        "zeigt",
        "zeigte",
        "sieht",
        "sah",
        "gibt",
        "gab",
        "erinnert",
        "erinnerte",
        "ruft",
        "rief",
    }
)

#: Words that may sit between the speech verb and the speaker (`gab sich X`, `so der X`), sentence
#: adverbs among them (`sagt deshalb auch X`, `erklärte später X`).
SPEAKER_LEADERS = frozenset(
    {"sich", "uns", "dazu", "auch", "denn", "abschließend", "weiter"}
    | {"deshalb", "daher", "darum", "deswegen", "dann", "nun", "jetzt", "heute", "gestern", "damals"}
    | {"schon", "noch", "bereits", "zudem", "ebenfalls", "trotzdem", "allerdings", "jedoch", "aber"}
    | {"später", "zuvor", "danach", "anschließend", "sichtlich", "lachend", "hier", "dort", "etwa"}
)

#: Times of day after a time adverb before the speaker (`sagte heute Abend X`): no speaker.
DAY_TIMES = frozenset({"Morgen", "Vormittag", "Mittag", "Nachmittag", "Abend", "Nacht"})

#: Articles that may open a speaker phrase (`so der Innenminister`).
ARTICLES = frozenset({"der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines"})

#: Personal pronouns that stand for the last person named (`sagte er`).
PRONOUNS = frozenset({"er", "sie"})
#: Demonstratives standing for the person named last, as the pronoun of their gender (`„…“, sagte
#: dieser`, `Letztere betonte:`): the nearest name, whatever the subject of its sentence.
DEMONSTRATIVE_SUBJECTS = MappingProxyType(
    {"dieser": "er", "diese": "sie", "letzterer": "er", "letztere": "sie"}
)
#: The gender a pronoun gives its antecedent (`sagte sie`: the last woman named).
PRONOUN_GENDERS = MappingProxyType({"er": "m", "sie": "f"})
#: Articles of a speaker described, not named (`sagt der 45-Jährige`), as the pronoun of their gender.
DESCRIPTION_GENDERS = MappingProxyType({"der": "er", "die": "sie"})

#: Nouns that announce a quoted voice; the speaker is what follows them (`folgende
#: Teilnehmerstimme einer Vollzugsbediensteten: »…«`).
VOICE_CUES = (
    "Teilnehmerstimme",
    "Teilnehmerstimmen",
    "Stimme",
    "Stimmen",
    "Zitat",
    "Aussage",
    "Statement",
)

#: Nouns that mark a quote as a title, name, motto or term, not a voice (`Motto »…«`,
#: `mit dem Titel »…«`, `»…« ist das Motto`). Compared by word stem, case-insensitively.
NON_VOICE_CUES = (
    "motto",
    "slogan",
    "titel",
    "aufschrift",
    "landesstrategie",
    "strategie",
    "projekt",
    "programm",
    "rubrik",
    "studiengang",
    "kampagne",
    "leitspruch",
    "leitbild",
    "leitsatz",
    "überschrift",
    "schlagwort",
    "stichwort",
    "thema",
    "themenbereich",
    "name",
    "namen",
    "bezeichnung",
    "begriff",
    "reihe",
    "veranstaltungsreihe",
    "fachtag",
    "wettbewerb",
    "preis",
    "initiative",
    "aktion",
    "bündnis",
    "netzwerk",
    "broschüre",
    "ordner",
    "handbuch",
    "leitfaden",
    "buch",
    "film",
    "ausstellung",
    "kooperationsvereinbarung",
    "vereinbarung",
    "präambel",
    "gesetz",
    "paragraph",
    "fortbildung",
    "workshop",
    "allianz",
    "format",
    "modul",
    "zertifikat",
    "abschluss",
    "lehrgang",
    "kurs",
    "wortwörtlich",
    "wörtlich",
    "sogenannte",
    "sogenannten",
    "genannt",
    "kurz",
    "heißt",
    "lautet",
    "lauten",
    "unter",
    "plattform",
    "portal",
    "homepage",
    "website",
    "arbeitsgruppe",
    "vortrag",
    "forum",
)

#: First-person words: a set-off paragraph holding one speaks for somebody (`für uns`, `ich`).
FIRST_PERSON = frozenset(
    {
        "ich",
        "mir",
        "mich",
        "mein",
        "meine",
        "meiner",
        "meinen",
        "meinem",
        "meines",
        "wir",
        "uns",
        "unser",
        "unsere",
        "unserer",
        "unseren",
        "unserem",
        "unseres",
    }
)

#: Words that make a quoted stretch sound like speech: first and second person, finite
#: verbs and sentence glue.
VOICE_WORDS = FIRST_PERSON | frozenset(
    {
        "du",
        "ihr",
        "euch",
        "sie",
        "es",
        "ist",
        "sind",
        "war",
        "waren",
        "wird",
        "werden",
        "wurde",
        "wurden",
        "würde",
        "würden",
        "wäre",
        "hätte",
        "habe",
        "konnte",
        "musste",
        "sollte",
        "wollte",
        "hat",
        "haben",
        "hatte",
        "kann",
        "können",
        "muss",
        "müssen",
        "soll",
        "sollen",
        "will",
        "wollen",
        "darf",
        "dürfen",
        "gibt",
        "freue",
        "freuen",
        "bin",
        "sei",
        "seien",
        "dass",
        "weil",
        "denn",
        "nicht",
    }
)

#: Attribution lines under a pull quote that name no person (`Teilnehmerstimme aus der
#: Veranstaltung`).
PULL_CUES = ("Teilnehmerstimme", "Teilnehmerstimmen", "Stimme", "Stimmen", "Zitat")

#: Words that link a name to its context in a pull-quote attribution line
#: (`Ingo Seifert stellvertretend für den Städtebund Silberberg`).
PULL_LINKERS = frozenset({"stellvertretend", "für", "von", "vom", "aus", "im", "als", "in"})

#: Conjunctions and adverbs opening an attribution clause (`Und Polizeipräsident X erklärte:`).
CLAUSE_OPENERS = frozenset(
    {
        "und",
        "auch",
        "dazu",
        "so",
        "aber",
        "doch",
        "abschließend",
        "zudem",
        "wie",
        "hierzu",
        "darauf",
    }
)

#: Name particles that may sit inside a name (`Ursula von der Leyen`).
PARTICLES = frozenset({"von", "van", "de", "zu", "vom"})

#: Prepositions opening a clause that is about somebody, not said by them (`Für X ist klar:`).
PREPOSITIONS = frozenset({"für", "laut", "nach", "bei", "mit", "von", "aus", "zu", "über", "gegenüber"})
#: First words of an adverbial that fills the first place of a clause, the speech verb and its
#: subject following (`Bei der Sitzung erklärte X:`, `Anschließend sagte X:`).
ADVERBIAL_OPENERS = PREPOSITIONS | frozenset(
    {"am", "im", "an", "in", "auf", "beim", "vom", "vor", "zum", "zur", "während", "seit", "unter"}
    | {"anschließend", "danach", "dann", "zuvor", "später", "abschließend", "heute", "gestern"}
    | {"anlässlich", "angesichts", "aufgrund", "hinsichtlich", "bezüglich"}
)

#: Words that may follow the speaker in an attribution clause (`X fügte hinzu:`).
CLAUSE_TAIL = SPEECH_VERBS | SPEAKER_LEADERS | frozenset({"hinzu", "fest", "mit", "noch", "dabei"})

#: Words that announce speech like a colon does (regex fragments, before the opening mark).
SPEECH_INTRODUCERS = (r"mit\s+den\s+Worten", r"mit\s+dem\s+Satz", r"mit\s+den\s+Sätzen", r"wie\s+folgt")


# Rules look these words up case-folded, and casefold() spells ß as ss ("weiß" -> "weiss").
SPEECH_VERBS = frozenset(w.casefold() for w in SPEECH_VERBS)
SPEAKER_LEADERS = frozenset(w.casefold() for w in SPEAKER_LEADERS)
CLAUSE_OPENERS = frozenset(w.casefold() for w in CLAUSE_OPENERS)
ADVERBIAL_OPENERS = frozenset(w.casefold() for w in ADVERBIAL_OPENERS)
CLAUSE_TAIL = frozenset(w.casefold() for w in CLAUSE_TAIL)
