"""Cues that give a person a role without a role title before or after the name: a label with a
colon ("Verantwortlich: X"), the verb of a relative clause ("X, der das Ordnungsamt leitet"), a
function noun linked to its holder ("Projektleitung von Herrn X"). Role titles themselves are in
:mod:`.roles`."""

from __future__ import annotations

from types import MappingProxyType

#: Labels that give a role before a colon and a name ("Verantwortlich: Andreas Muster").
LABEL_ROLES = MappingProxyType(
    {
        "Verantwortlich": "Verantwortlicher",
        "V.i.S.d.P.": "Verantwortlicher",
        "Text": "Autor",
        "Texte": "Autor",
    }
    | {"Foto": "Fotograf", "Fotos": "Fotograf", "Redaktion": "Redakteur", "Kontakt": "Ansprechpartner"}
)
#: Words that join labels before one colon ("Text und Fotos: Max Muster").
LABEL_JOINERS = frozenset({"und", "&", "/"})
#: Nouns of a byline inside a sentence ("Ein Beitrag von Max Muster"): the author.
BYLINE_NOUNS = frozenset({"Beitrag", "Bericht", "Artikel", "Kommentar", "Gastbeitrag"})
#: Verbs of a relative clause that give its antecedent a role ("X, der das Ordnungsamt leitet").
ROLE_VERBS = MappingProxyType(
    {"leitet": "Leiter", "leitete": "Leiter", "koordiniert": "Koordinator", "koordinierte": "Koordinator"}
    | {"moderiert": "Moderator", "moderierte": "Moderator", "berät": "Berater", "beriet": "Berater"}
)
#: Relative pronouns opening such a clause, with the gender they give the role.
RELATIVE_PRONOUNS = MappingProxyType({"der": "", "die": "in"})

#: Endings of function nouns that name an office by its task ("Projektleitung", "Koordinierung").
FUNCTION_ENDINGS = ("leitung", "koordinierung", "koordination", "betreuung", "begleitung")
#: Words that link a function noun to the person holding it ("Projektleitung von Herrn X").
FUNCTION_LINKS = frozenset({"von", "durch"})

#: Endings of a colloquial compound for the head of a body ("Polizeichef", "Amtschefin"): the
#: first part names the body, whose head holds a leading office; lower case.
HEAD_OF_ENDINGS = ("chefin", "chef")
#: Heads of leading offices that such a compound refers to ("Polizeipräsident", "Amtsleiterin",
#: "Leiter des Polizeireviers"); lower case, masculine (the feminine adds "in").
LEADING_OFFICE_HEADS = ("präsident", "direktor", "leiter", "vorsteher", "kommandant", "chef")

#: Masculine role endings whose feminine form changes more than "-in" added ("Landrat" ->
#: "Landrätin", "Landtagsabgeordneter" -> "Landtagsabgeordnete"); lower case, longest first.
FEMININE_ENDINGS = MappingProxyType(
    {
        "beamter": "beamtin",
        "abgeordneter": "abgeordnete",
        "beigeordneter": "beigeordnete",
        "vorsitzender": "vorsitzende",
        "beauftragter": "beauftragte",
        "bediensteter": "bedienstete",
        "verantwortlicher": "verantwortliche",
        "anwalt": "anwältin",
        "arzt": "ärztin",
        "rat": "rätin",
    }
)
#: Endings of role nouns that have no separate feminine form ("die Vorsitzende", "der Coach").
GENDERLESS_ENDINGS = ("e", "in", "coach", "mitglied", "oberhaupt", "MdL", "MdB")
#: Words that open the signature of a letter to the readers before the name ("Ihr Karl Muster" /
#: "Bürgermeister"): the name line is a signature all the same.
SIGNATURE_OPENERS = frozenset({"Ihr", "Ihre", "Euer", "Eure"})
#: Verbs that give their subject the role after them ("Eva Probe ist Leiterin des Amtes").
COPULAS = frozenset({"ist", "war", "wird", "wurde", "bleibt"})
#: Prepositions opening an attribute of where a person works or comes from between the name and
#: its copula ("X vom Polizeirevier Pirna ist …", "X aus der Gemeinde L. ist …").
ATTRIBUTE_LINKS = frozenset({"vom", "von", "aus", "beim"})
#: Words that deny the role after a copula ("ist nicht Bürgermeister", "wurde nie Leiterin") ...
NEGATIONS = frozenset({"nicht", "nie", "niemals", "kein", "keine", "keiner"})
#: ... unless a word after them limits the denial ("nicht nur Bürgermeister", "nicht mehr Leiterin").
NEGATION_LIMITERS = frozenset({"nur", "mehr", "allein", "bloß", "länger"})
#: Prepositions that make the name after them an object, no subject of the copula after it ("Die
#: Mutter von X ist Leiterin").
GOVERNING_PREPOSITIONS = frozenset(
    {"von", "vom", "mit", "bei", "beim", "für", "an", "zu", "nach", "über", "neben"}
)
#: Verbs that name the holder after a role before them ("Der neue Revierleiter heißt X"), never
#: a role after a name ("X heißt die Gäste willkommen").
NAMING_VERBS = frozenset({"heißt", "hieß"})
#: Words that pick one person out of a group a plural role names ("zwei Streetworker, einer davon
#: ist Karl Muster", "drei Beraterinnen, eine von ihnen ist …"), lower case, as token sequences.
ONE_OF = (("einer", "davon"), ("eine", "davon"), ("einer", "von", "ihnen"), ("eine", "von", "ihnen"))
#: Most tokens between a plural role and the words that pick one of the group.
MAX_ONE_OF_GAP = 4
#: A person named as the one who moderated (regex fragments, the name right after or before them):
#: "Moderiert wurde der Abend von Dr. Eva Probe", "Die Moderation übernahm Karl Muster",
#: "Karl Muster moderierte": the role Moderator/Moderatorin.
MODERATED_BY = (
    r"(?:\b[Mm]oderiert\b[^.!?\n]{0,60}?\bvon|\bModeration\s+(?:übernahm|übernahmen|hatte|lag\s+bei))"
    r"\s+(?:(?:Herrn?|Frau)\s+)?(?:(?:Prof\.|Dr\.)\s*)*$"
)
MODERATED = r"\s+(?:\(\d+\)\s+)?moderierte\b"
MODERATOR_ROLES = MappingProxyType({"m": "Moderator", "f": "Moderatorin", "": "Moderator"})

#: Function nouns a person holds, takes over or has lying with them ("Den Vorsitz hat X inne",
#: "X übernimmt die Leitung des Projekts", "Die Schirmherrschaft liegt bei X") -> the noun of the
#: holder, masculine and feminine (the text names the function as a noun: the role is its holder).
HELD_FUNCTIONS = MappingProxyType(
    {
        "Vorsitz": ("Vorsitzender", "Vorsitzende"),
        "Leitung": ("Leiter", "Leiterin"),
        "Schirmherrschaft": ("Schirmherr", "Schirmherrin"),
        "Geschäftsführung": ("Geschäftsführer", "Geschäftsführerin"),
        "Koordination": ("Koordinator", "Koordinatorin"),
        "Koordinierung": ("Koordinator", "Koordinatorin"),
        "Moderation": ("Moderator", "Moderatorin"),
    }
)
_FUNCTION = r"(?P<function>" + "|".join(HELD_FUNCTIONS) + ")"
#: The genitive complement of a function noun ("des Präventionsrates", "der neuen Arbeitsgruppe").
_OF = r"(?:\s+(?P<of>(?:des|der)\s+(?:[a-zäöü][a-zäöüß]*(?:e|en|er|es)\s+){0,2}[A-ZÄÖÜ][\w-]+))?"
#: Forms of address and titles between the verb and the name.
_CUES = r"(?:(?:Herrn?|Frau)\s+)?(?:(?:Prof\.|Dr\.)\s*)*"
#: Verbs of holding or taking over a function; "hat"/"hatte" only with "inne" after it.
_HOLDS = r"(?P<verb>hat|hatte|übernimmt|übernahm|führt|führte)"
#: Adverbials between the verb and the function or its holder ("hat seit 2019 den Vorsitz inne").
_ADVERBIALS = (
    r"(?:\s+(?:seit|ab|bis|zum|im)\s+\S+"
    r"|\s+(?:nun|jetzt|künftig|weiterhin|bereits|schon|auch|wieder|erneut|kommissarisch|ehrenamtlich))*"
)
#: The function before its holder (a title between allowed): "Den Vorsitz (des Rates) hat/übernimmt
#: (Landrätin) X", "Die Leitung liegt bei X".
FUNCTION_BEFORE = (
    rf"\b(?:[Dd]en|[Dd]ie)\s+{_FUNCTION}{_OF}\s+(?:{_HOLDS}|(?:liegt|lag){_ADVERBIALS}\s+bei)"
    rf"{_ADVERBIALS}\s+(?:[A-ZÄÖÜ][\w-]+\s+)?{_CUES}$"
)
#: The holder before the function: "X hat den Vorsitz (des Rates) inne", "X übernimmt die Leitung".
FUNCTION_AFTER = (
    rf"\s+(?:\(\d+\)\s+)?{_HOLDS}{_ADVERBIALS}\s+(?:den|die)\s+"
    rf"{_FUNCTION}{_OF}(?P<inne>\s+inne\b)?"
)
#: What closes "hat/hatte … den Vorsitz": holding it ("inne") or having taken it over.
HOLDING_CLOSERS = ("inne", "übernommen")

#: Any inflected form of an indefinite article or a possessive ("einen", "ihren", "unserem"): a
#: determiner before a role, never an adjective describing it.
DETERMINER_FORM = r"(?:k?ein|mein|dein|sein|ihr|unser|eur)(?:e[mnrs]?)?"

#: Plural copulas: they give the role after them to every name of their subject ("A und B sind
#: Streetworker", "A, B und C – sie alle waren Schöffen").
PLURAL_COPULAS = frozenset({"sind", "waren", "werden", "wurden", "bleiben"})
#: Words that sum up the names of a list before a predicate or an apposition ("sie alle", "beide").
SUMMING_UP = frozenset({"alle", "beide", "sie"})

#: Adverbs of time between a name's comma and its apposition ("X, seit 2019 Bürgermeister", "X,
#: bisher stellvertretender Revierleiter", "X, langjähriger Leiter", "X, von 2010 bis 2018 Leiterin"),
#: and adverbs adding a role to another ("X, zugleich Vorsitzender des Rates").
TIME_ADVERBS = frozenset(
    {"seit", "bisher", "zuvor", "vorher", "damals", "früher", "einst", "ehemals", "derzeit", "aktuell"}
    | {"noch", "nun", "jetzt", "inzwischen", "mittlerweile", "künftig", "langjähriger", "langjährige"}
    | {"bis", "ab", "von", "zugleich", "gleichzeitig", "ebenfalls", "außerdem", "zudem", "hauptamtlich"}
    | {"heute", "nunmehr", "seinerzeit"}
)
#: Adverbs that add a second role to a first one after "und" or "sowie" ("Bürgermeister und
#: zugleich Vorsitzender des Rates", "Landrätin sowie außerdem Vorsitzende"): the role goes on.
ADDING_ADVERBS = frozenset(
    {"zugleich", "gleichzeitig", "außerdem", "zudem", "auch", "ebenfalls", "ferner", "nebenbei"}
    | {"künftig", "nun", "jetzt", "inzwischen", "mittlerweile", "nebenamtlich", "ehrenamtlich"}
)
#: Words that introduce a year of birth between a name and its apposition ("X, Jahrgang 1970, Leiter").
BIRTH_YEAR_WORDS = frozenset({"Jahrgang", "geboren", "geb."})

#: Verbs and nouns of succession in office: the "als" role after them is their subject's, not the
#: predecessor's named after it ("X löst als Revierleiter Y ab", "X folgt als Leiterin auf Y",
#: "X, Nachfolgerin von Y als Leiterin des Amtes"); verbs that present someone as something
#: ("begrüßte als neue Leiterin Y") give the role to their object and are no such cue.
SUCCESSION_CUES = frozenset(
    {"löst", "löste", "ablöst", "ablöste", "folgt", "folgte", "nachfolgt", "nachfolgte", "beerbt"}
    | {"beerbte", "ersetzt", "ersetzte", "übernimmt", "übernahm", "vertritt", "vertrat"}
    | {"Nachfolger", "Nachfolgerin", "Nachfolgers", "Nachfolge"}
)
#: Nouns of the office a role names in the genitive after them ("das Amt des Ortswehrleiters",
#: "den Posten der Schulleiterin", "die Funktion des Vorsitzenden").
OFFICE_NOUNS = frozenset({"Amt", "Amtes", "Posten", "Postens", "Funktion", "Stelle", "Position"})

#: Role nouns too generic to announce a family name ("Vertreter Kitas" is no person).
GENERIC_ROLE_CUES = frozenset(
    {
        "Vertreter",
        "Vertreterin",
        "Mitarbeiter",
        "Mitarbeiterin",
        "Experte",
        "Expertin",
        "Berater",
        "Beraterin",
        "Verantwortliche",
        "Verantwortlicher",
        "Initiator",
        "Initiatorin",
        "Gastgeber",
        "Gastgeberin",
        "Ansprechpartner",
        "Ansprechpartnerin",
        "Coach",
        "Trainer",
        "Trainerin",
    }
)

#: Endings of "-führer" and "-reiter" compounds that name the leader of a ranking: a firm or a team
#: ("Weltmarktführer X Steel", "Tabellenführer X"), never a person's office; lower case.
RANKING_LEADER_ENDINGS = (
    "marktführer",
    "tabellenführer",
    "branchenführer",
    "technologieführer",
    "innovationsführer",
    "kostenführer",
    "spitzenreiter",
)
