"""The role lexicon: role titles, honorifics and the words around names (one home for both the
officials and the quotes extractor)."""

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

#: Forms of address: dropped, never an honorific ("Herr Steinke").
ADDRESS_WORDS = frozenset({"Herr", "Herrn", "Frau", "Herren", "Frauen"})

#: Whole words that are roles (with their female, plural and genitive forms).
ROLE_WORDS = frozenset(
    {
        "OB",
        "OBM",
        "GF",
        "MdL",
        "MdB",
        "MdEP",
        "Landrat",
        "Landrätin",
        "Landrats",
        "Polizeirat",
        "Polizeirätin",
        "Polizeioberrat",
        "Polizeioberrätin",
        "Kriminalrat",
        "Kriminalrätin",
        "Kriminaloberrat",
        "Stadtrat",
        "Stadträtin",
        "Gemeinderat",
        "Gemeinderätin",
        "Kreisrat",
        "Kreisrätin",
        "Regierungsrat",
        "Ortsvorsteher",
        "Ortsvorsteherin",
        "Moderator",
        "Moderatorin",
        "Moderatoren",
        "Coach",
        "Trainer",
        "Trainerin",
        "Richter",
        "Richterin",
        "Staatsanwalt",
        "Staatsanwältin",
        "Pfarrer",
        "Pfarrerin",
        "Rektor",
        "Rektorin",
        "Schulleiter",
        "Schulleiterin",
        "Kanzler",
        "Kanzlerin",
        "Ministerpräsident",
        "Ministerpräsidentin",
        "Stadtchef",
        "Fotograf",
        "Fotografin",
        "Autor",
        "Autorin",
        "Redakteur",
        "Redakteurin",
        "Vertreter",
        "Vertreterin",
        "Revierführer",
        "Revierführerin",
        "Streetworker",
        "Streetworkerin",
        "Sozialarbeiter",
        "Sozialarbeiterin",
        "Bürgerpolizist",
        "Bürgerpolizistin",
        "Kontaktbereichsbeamter",
        "Präventionsbeauftragter",
        "Ansprechpartner",
        "Ansprechpartnerin",
        "Schirmherr",
        "Schirmherrin",
        "Gastgeber",
        "Gastgeberin",
        "Hausherr",
        "Hausherrin",
        "Projektleiter",
        "Projektleiterin",
        "Mitarbeiter",
        "Mitarbeiterin",
        "Initiator",
        "Initiatorin",
        # police ranks as abbreviated before a name
        "PK",
        "POK",
        "PHK",
        "EPHK",
        "KOK",
        "KHK",
        "POM",
    }
)

#: Endings of compound role nouns ("Oberbürgermeisterin", "Polizeioberkommissarin",
#: "Ordnungs-Fachbereichsleiter", "Landtagsabgeordnete"), lower case.
ROLE_SUFFIXES = (
    "bürgermeister",
    "bürgermeisterin",
    "meister",
    "meisterin",
    "leiter",
    "leiterin",
    "präsident",
    "präsidentin",
    "minister",
    "ministerin",
    "kommissar",
    "kommissarin",
    "sekretär",
    "sekretärin",
    "beauftragte",
    "beauftragter",
    "beauftragten",
    "direktor",
    "direktorin",
    "abgeordnete",
    "abgeordneter",
    "abgeordneten",
    "referent",
    "referentin",
    "sprecher",
    "sprecherin",
    "vorsitzende",
    "vorsitzender",
    "vorsitzenden",
    "koordinator",
    "koordinatorin",
    "geschäftsführer",
    "geschäftsführerin",
    "chef",
    "chefin",
    "dezernent",
    "dezernentin",
    "beigeordneter",
    "beigeordnete",
    "amtsleiter",
    "amtsleiterin",
    "stellenleiter",
    "stellenleiterin",
    "inspekteur",
    "wachtmeister",
    "hauptmeister",
    "oberkommissar",
    "hauptkommissar",
    "polizeirat",
    "sachbearbeiter",
    "sachbearbeiterin",
    "berater",
    "beraterin",
    "manager",
    "managerin",
    "pädagoge",
    "pädagogin",
    "ansprechpartner",
    "ansprechpartnerin",
    "fotograf",
    "fotografin",
    "stadtchef",
    "verantwortliche",
    "verantwortlicher",
    "experte",
    "expertin",
    "moderator",
    "moderatorin",
    "psychologe",
    "psychologin",
    "kriminologe",
    "kriminologin",
    "soziologe",
    "soziologin",
    "vorsteher",
    "vorsteherin",
    "rätin",
    "führer",
    "führerin",
)

#: Endings of agent nouns ("Gemeindevollzugsbediensteter", "Projektmitarbeiterin",
#: "Graffiti-Künstler", "Projektleitung"): roles, but no title before a bare family name
#: ("die Beamten Platzverweise" is no person), lower case.
AGENT_SUFFIXES = (
    "bedienstete",
    "bediensteter",
    "bediensteten",
    "beamte",
    "beamter",
    "beamtin",
    "trainer",
    "trainerin",
    "coach",
    "mitarbeiter",
    "mitarbeiterin",
    "künstler",
    "künstlerin",
    "wissenschaftler",
    "wissenschaftlerin",
    "mentor",
    "mentorin",
    "assistent",
    "assistentin",
    "gründer",
    "gründerin",
    "rednerin",
    "redner",
    "fachkraft",
    "projektleitung",
    "teamleitung",
    "sachgebietsleitung",
    "bereichsleitung",
    "amtsleitung",
)

#: Capitalised modifiers that belong to a role ("Erster Polizeihauptkommissar",
#: "Leitender Polizeidirektor", "stellvertretende Geschäftsführerin").
ROLE_MODIFIERS = frozenset(
    {
        "Erster",
        "Erste",
        "Leitender",
        "Leitende",
        "stellvertretende",
        "stellvertretender",
        "stellvertretenden",
        "Stellvertretende",
        "Stellvertretender",
        "amtierende",
        "amtierender",
        "ehemalige",
        "ehemaliger",
        "Sächsische",
        "Sächsischer",
        "sächsische",
        "sächsischen",
        "Sächsischen",
        "zuständige",
        "zuständiger",
        "neue",
        "neuer",
        "Parlamentarische",
        "Parlamentarischer",
        "Kommunale",
        "Kommunaler",
        "Kaufmännische",
        "Kaufmännischer",
        "Technische",
        "Technischer",
        "Ehrenamtliche",
        "Ehrenamtlicher",
        "Hauptamtliche",
        "Hauptamtlicher",
        "Beigeordnete",
        "Beigeordneter",
    }
)

#: Words that qualify an office in a speaker phrase and never belong to a name ("Sachsens
#: Innenminister", "Erster Bürgermeister"); compared case-insensitively.
OFFICE_QUALIFIERS = frozenset(
    {"erster", "erste", "leitender", "leitende", "stellvertretender", "stellvertretende"}
    | {"sächsische", "sächsischer", "sachsens"}
)

#: Modifiers dropped from the role as written ("der zuständige Referatsleiter" -> "Referatsleiter").
DROPPED_MODIFIERS = frozenset({"zuständige", "zuständiger", "neue", "neuer"})

#: Compounds ending like a role that are institutions, not people.
NOT_ROLES = frozenset(
    {
        "Präventionsrat",
        "Präventionsrates",
        "Präventionsrats",
        "Landespräventionsrat",
        "Stadtrates",
        "Stadtrats",
        "Gemeinderates",
        "Kreistag",
        "Landesdirektor",
        "Präsidium",
        "Ministerium",
        "Meisterschaft",
        "Leitung",
        "Bürgermeisteramt",
        "Sprecherrat",
        "Vertretern",
        "Vertreterinnen",
    }
)

#: Words that open the complement of a role ("Leiter des Polizeireviers Aue").
ROLE_LINKS = frozenset(
    {"des", "der", "dem", "den", "für", "von", "vom", "im", "in", "am", "beim", "bei", "zur", "zum"}
)

#: Determiners that open a role phrase ("der Leiter ..., Andreas Felgner").
DETERMINERS = frozenset(
    {
        "das",
        "Das",
        "der",
        "die",
        "des",
        "dem",
        "den",
        "Der",
        "Die",
        "Des",
        "Dem",
        "Den",
        "ein",
        "eine",
        "einer",
        "eines",
        "Ein",
        "Eine",
        "unser",
        "unsere",
        "unserem",
        "unseren",
        "Unser",
        "Unsere",
        "ihr",
        "ihre",
        "sein",
        "seine",
    }
)

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
