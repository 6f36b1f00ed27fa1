"""Words around person names: academic titles, forms of address, words that show a name is a
thing's, and the shapes of credits, bylines and e-mail addresses that name people."""

from __future__ import annotations

import re
from types import MappingProxyType

#: Academic titles and degrees that stand before a name (kept as the honorific).
HONORIFIC_TOKENS = frozenset(
    {
        "Prof.",
        "Dr.",
        "Dr.-Ing.",
        "Dipl.-Ing.",
        "Dipl.",
        "Ing.",
        "med.",
        "phil.",
        "rer.",
        "nat.",
        "h.c.",
        "h.",
        "c.",
        "jur.",
        "oec.",
        "habil.",
        "Professor",
        "Professorin",
        "PD",
    }
)

#: An academic title as a word of a phrase ("Prof.", "Dr.-Ing.", "Dipl.-Ing."), dot optional.
HONORIFIC = re.compile(r"^(?:Prof|Dr|Dipl|Ing|med|phil|rer|nat|h\.c|habil)\.?(?:-\w+\.?)?$")

#: Forms of address: dropped, never an honorific ("Herr Steinke", abbreviated "Fr. Dr. Heise").
ADDRESS_WORDS = frozenset({"Herr", "Herrn", "Frau", "Herren", "Frauen", "Hr.", "Fr."})
#: Forms of address to one person, before a family name with its particle ("Frau von Saher").
SINGULAR_ADDRESS = frozenset({"Herr", "Herrn", "Frau", "Hr.", "Fr."})
#: The gender a form of address to one person gives.
ADDRESS_GENDERS = MappingProxyType({"Herr": "m", "Herrn": "m", "Hr.": "m", "Frau": "f", "Fr.": "f"})
#: Role words that are also common family names: after "Herr"/"Frau" with no name after them,
#: the family name ("Frau Richter sagte"), not a title ("Herr Bürgermeister Muster").
FAMILY_NAME_ROLES = frozenset(
    {"Richter", "Meister", "Bischof", "Kanzler", "Pfarrer", "Sänger", "Kämmerer"}
    | {"Priester", "Tänzer", "Trompeter", "Handwerker"}
)
#: A capitalised adjective of a title's complement or a body ("Kommunale Prävention", "Soziale
#: Arbeit", "Städtische Dienste"): derivational adjective suffixes, never a family name.
ADJECTIVE_FORM = re.compile(r"(?:isch|lich|[ui]ell|[a-zäöü]{3}al|[a-zäöü]{3}iv)(?:e|en|es)$")
#: The same adjectives in the strong masculine form ("Kommunaler Präventionsräte"): never a given
#: name, though a family name may end so ("Fischer"), so only tested on the first word of a name.
ADJECTIVE_STRONG = re.compile(r"(?:isch|lich|[ui]ell|[a-zäöü]{3}al|[a-zäöü]{3}iv)er$")
#: Articles before a noun a name may follow as its genitive attribute ("die Reden Helmut Kohls");
#: not "der", which mostly opens a noun in apposition to the name ("der Schäfer Jan Peters").
NOUN_ARTICLES = frozenset({"die", "das", "den", "dem", "des", "Die", "Das", "Den", "Dem", "Des"})
#: Endings of nouns of persons, trades and origins ("Schäfer", "Bäckerin", "Leipziger",
#: "Neuling"): a name after them is their apposition, never their genitive attribute.
PERSON_NOUN_ENDINGS = ("er", "in", "ling")
#: Nouns of kinship and personal relation: a name after them is their apposition ("der Bruder
#: Jens Peters" is Jens Peters), never a genitive attribute.
RELATION_NOUNS = frozenset(
    {"Sohn", "Tochter", "Bruder", "Schwester", "Vater", "Mutter", "Mann", "Ehemann", "Ehefrau"}
    | {"Gatte", "Gattin", "Witwe", "Witwer", "Enkel", "Enkelin", "Neffe", "Nichte", "Onkel", "Tante"}
    | {"Cousin", "Cousine", "Freund", "Freundin", "Partner", "Partnerin", "Kollege", "Kollegin"}
    | {"Lebensgefährte", "Lebensgefährtin", "Nachfolger", "Nachfolgerin", "Vorgänger", "Vorgängerin"}
)
#: Lower-case particles between a given and a family name ("Konstanze von Stetten", "Lea de Vries").
NAME_PARTICLES = frozenset({"von", "van", "de", "zu", "vom"})

#: Words after a given name + family name that show it is a thing, not a person
#: ("August Horch Museum", "Karl Marx Straße").
NAME_BLOCKERS = frozenset(
    {
        "Museum",
        "Straße",
        "Str.",
        "Platz",
        "Schule",
        "Gymnasium",
        "Oberschule",
        "Grundschule",
        "Haus",
        "Preis",
        "Stiftung",
        "Institut",
        "Halle",
        "Park",
        "Brücke",
        "Allee",
        "Ring",
        "Weg",
        "Stadion",
        "Center",
        "Zentrum",
        "Campus",
        "Bad",
        "Hof",
        "Kaserne",
        "Klinik",
        "Klinikum",
        "Bibliothek",
    }
)

#: Words that open the name of a building or venue: "Villa Postplatz", "Haus Vogtland".
BUILDING_WORDS = frozenset(
    {"Villa", "Haus", "Schloss", "Burg", "Hotel", "Gasthof", "Kloster", "Palais", "Best"}
)

#: Endings of common nouns: such a word is no family name ("Anja Sicherheit").
NOUN_ENDINGS = ("ung", "heit", "keit", "schaft", "tion", "ismus", "tät", "nis", "ium", "ierung")

#: A label opening a part of a credit: "Archiv: Daniel Förster", "Symbolfoto: Rene Meinig".
CREDIT_LABEL = re.compile(r"\s*[A-ZÄÖÜ][\w-]*:\s*")

#: The parts of a credit that may name a person: "LPR | Roy Schlesinger", "SMI/SvenRogge".
CREDIT_PART = re.compile(r"[^|/,;]+")

#: An e-mail address whose local part is "given.family".
EMAIL = re.compile(r"\b(?P<given>[a-zäöüß]+)\.(?P<family>[a-zäöüß\-]+)@[\w.\-]+\.[a-z]{2,}\b")

#: The authors of a byline, one match each: "Sebastian Beutler & Marc Hörcher", "A und B".
AUTHOR_JOINER = re.compile(r"\s*(?:&|,|\bund\b)\s*")

#: Female and male forms of the roles a credit or byline gives.
PHOTOGRAPHER = MappingProxyType({"f": "Fotografin", "m": "Fotograf", "": "Fotograf"})

AUTHOR = MappingProxyType({"f": "Autorin", "m": "Autor", "": "Autor"})

#: A line of the page head that holds the newspaper's logo; a name alone under it is the author.
LOGO_LINE = re.compile(r"logo\b", re.IGNORECASE)

#: Objects of German light-verb phrases (Funktionsverbgefüge) with the stems of their verbs, lower
#: case: "zog der Bürgermeister Bilanz", "nahm die Landrätin Stellung". After a role title such a
#: noun is the object of the sentence's verb, not the family name of a titled person.
LIGHT_VERB_OBJECTS = MappingProxyType(
    {
        "Bilanz": ("zieh", "zog", "zög", "gezogen"),
        "Resümee": ("zieh", "zog", "zög", "gezogen"),
        "Fazit": ("zieh", "zog", "zög", "gezogen"),
        "Stellung": ("nimm", "nahm", "nehm", "nähm", "genommen", "bezieh", "bezog"),
        "Abschied": ("nimm", "nahm", "nehm", "nähm", "genommen"),
        "Platz": ("nimm", "nahm", "nehm", "nähm", "genommen"),
        "Bezug": ("nimm", "nahm", "nehm", "nähm", "genommen"),
        "Kenntnis": ("nimm", "nahm", "nehm", "nähm", "genommen"),
        "Anteil": ("nimm", "nahm", "nehm", "nähm", "genommen"),
        "Rücksicht": ("nimm", "nahm", "nehm", "nähm", "genommen"),
        "Einfluss": ("nimm", "nahm", "nehm", "nähm", "genommen"),
        "Position": ("bezieh", "bezog", "nimm", "nahm", "nehm", "genommen"),
        "Rede": ("halt", "hält", "hielt", "gehalten", "steh", "stand", "gestanden"),
        "Wort": ("ergreif", "ergriff", "hab", "hat", "hätte", "erteil", "meld", "gemeldet"),
        "Partei": ("ergreif", "ergriff"),
        "Initiative": ("ergreif", "ergriff"),
        "Wert": ("leg", "gelegt"),
        "Hand": ("leg", "gelegt"),
        "Mut": ("fass", "gefasst", "mach", "gemacht"),
        "Einblick": ("gib", "gab", "geb", "gäb", "gewähr"),
        "Einblicke": ("gib", "gab", "geb", "gäb", "gewähr"),
        "Auskunft": ("gib", "gab", "geb", "gäb", "erteil"),
        "Antwort": ("gib", "gab", "geb", "gäb", "steh", "stand"),
        "Dank": ("sag", "gesagt", "sprach", "sprich", "gesprochen", "richt"),
        "Grüße": ("überbring", "überbrach", "richt"),
        "Impulse": ("setz", "gesetzt", "gib", "gab", "geb"),
        "Akzente": ("setz", "gesetzt"),
        "Zeichen": ("setz", "gesetzt"),
        "Bescheid": ("gib", "gab", "geb", "weiß", "wuss"),
    }
)
#: Most words before or after a light-verb object searched for its verb ("zog ... Bilanz").
MAX_LIGHT_VERB_DISTANCE = 12
#: Prepositions and articles that go on a verb's object after a role title with its article ("gab
#: der Revierleiter Tipps zum Schutz", "hatte der Bürgermeister Besuch aus X"), never a name.
OBJECT_FOLLOWERS = frozenset(
    {"aus", "über", "an", "für", "zum", "zur", "zu", "unter", "gegen", "des", "der", "von", "auf", "mit"}
)
#: Institutions named after a person, the name right after the head ("Oberschule Georg Schumann",
#: "Stiftung Friedrich Ebert", "Museum Otto Dix"): the name is the namesake, nobody present.
NAMESAKE_HEADS = frozenset(
    {"Schule", "Gymnasium", "Museum", "Stiftung", "Haus", "Verein", "Bühne", "Kita", "Hort", "Bibliothek"}
    | {"Kindergarten", "Kindertagesstätte", "Klinikum", "Krankenhaus", "Halle", "Stadion", "Kaserne"}
    | {"Preis", "Zentrum", "Jugendclub", "Theater", "Club", "Klub", "Bad", "Stadion"}
)
#: Plural quantifiers: capitalised words right after them are a plural noun phrase ("mit mehreren
#: Tony Awards", "zahlreiche Max Planck Institute"), never one person's name.
PLURAL_QUANTIFIERS = frozenset(
    {"mehrere", "mehreren", "einige", "einigen", "zahlreiche", "zahlreichen", "viele", "vielen"}
    | {"etliche", "etlichen", "diverse", "diversen", "sämtliche", "sämtlichen", "mehrerer", "vieler"}
)
#: Endings of compounds of such heads ("Grundschule", "Jugendhaus", "Puppenbühne"); lower case.
NAMESAKE_ENDINGS = (
    "schule",
    "gymnasium",
    "museum",
    "stiftung",
    "haus",
    "bühne",
    "zentrum",
    "garten",
    "verein",
)

#: The author closing a release date line: "Veröffentlicht am 2. März 2022 von Eva Probe".
DATED_BYLINE = re.compile(r"\bvon\s+(?P<who>[A-ZÄÖÜ][\w.\-]+(?:\s+[A-ZÄÖÜ][\w.\-]+){1,3})\s*$")

#: A party's short name before a hyphen ("CSU-Politiker", "AfD-Politikerin", "Grünen-Politiker").
PARTY_PREFIX = r"(?:[A-ZÄÖÜ][A-Za-zÄÖÜ]?[A-ZÄÖÜ]+|Grünen|Linken)-"

#: English titles of nobility and stage that the gazetteer also lists as given names ("Queen",
#: "Lady"): before a name a title, never its given name ("Drag Queen Olivia Muster").
NOBLE_TITLES = frozenset({"Queen", "Lady", "King", "Lord", "Sir", "Prince", "Princess", "Dame", "Miss"})

#: A word of a person's name written alone on a line ("Eva", "Müller-Lüdenscheidt"); an author's
#: name alone above the date line has at most MAX_AUTHOR_WORDS of them.
NAME_WORD = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?")
MAX_AUTHOR_WORDS = 3
#: The longest line (in characters) looked at as a name alone.
MAX_AUTHOR_CHARS = 60
