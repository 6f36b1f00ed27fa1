"""The role lexicon: role titles, modifiers, office names (one home for both the officials and
the quotes extractor; the endings of compound role nouns are in :mod:`.role_endings`, the words
around names in :mod:`.names`)."""

from __future__ import annotations

from types import MappingProxyType

#: Whole words that are roles (with their female, plural and genitive forms).
ROLE_WORDS = frozenset(
    {
        "OB",
        "OBM",
        "GF",
        "Stadtoberhaupt",
        "Gemeindeoberhaupt",
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
        "Ortschaftsrat",
        "Bezirksrat",
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
        "Premier",  # the head of a government abroad, short for "Premierminister"
        "Oberst",
        "Generalmajor",
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
        # heads of a company, by their English abbreviation
        "CEO",
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
        "stellv.",
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
    {"erster", "erste", "leitender", "leitende", "stellvertretender", "stellvertretende", "stellv."}
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
        # plurals of Monolog, Prolog (no scholars, "-ologe"); a funnel (no judge, "-richter")
        "Monologe",
        "Prologe",
        "Trichter",
        # the present tense and time, no keeper ("-wart")
        "Gegenwart",
    }
)

#: Words that open the complement of a role ("Leiter des Polizeireviers Aue").
ROLE_LINKS = frozenset(
    {"des", "der", "dem", "den", "für", "von", "vom", "im", "in", "am", "beim", "bei", "zur", "zum"}
)

#: Determiners that open a role phrase ("der Leiter ..., Andreas Felgner").
DETERMINERS = frozenset(
    {"das", "Das", "der", "die", "des", "dem", "den", "Der", "Die", "Des", "Dem", "Den"}
    | {"ein", "eine", "einer", "eines", "Ein", "Eine"}
    | {"unser", "unsere", "unserem", "unseren", "Unser", "Unsere", "ihr", "ihre", "sein", "seine"}
)


#: Military ranks: titles before a bare family name ("der frühere General Muster"), but also
#: the first word of firms' names ("bei General Motors"), so a cue only after an article or an
#: adjective.
RANK_WORDS = frozenset(
    {"General", "Generalin", "Generalleutnant", "Generalmajor", "Admiral", "Oberst", "Oberstleutnant"}
)


#: Short and colloquial names of offices -> the office ("sagte der OBM", "so der Rathauschef").
OFFICE_NAMES = MappingProxyType(
    {
        "OB": "Oberbürgermeister",
        "OBM": "Oberbürgermeister",
        "GF": "Geschäftsführer",
        "Rathauschef": "Bürgermeister",
        "Rathauschefin": "Bürgermeisterin",
        "Stadtoberhaupt": "Oberbürgermeister",
        "Stadtchef": "Bürgermeister",
        "Stadtchefin": "Bürgermeisterin",
        "MdL": "Landtagsabgeordneter",
        "MdB": "Bundestagsabgeordneter",
        "Ortschef": "Bürgermeister",
        "Ortschefin": "Bürgermeisterin",
        "Gemeindechef": "Bürgermeister",
        "Gemeindechefin": "Bürgermeisterin",
        "Dorfchef": "Bürgermeister",
        "Dorfchefin": "Bürgermeisterin",
        "Gemeindeoberhaupt": "Bürgermeister",
        # the head of a Landkreis, as newspapers call the Landrat
        "Kreischef": "Landrat",
        "Kreischefin": "Landrätin",
        "Landkreischef": "Landrat",
        "Landkreischefin": "Landrätin",
    }
)

#: Offices named by their ministry -> the minister's usual title ("Staatsminister des Innern"
#: and "sächsischer Innenminister" are one office).
MINISTRY_OFFICES = MappingProxyType(
    {
        "innern": "Innenminister",
        "justiz": "Justizminister",
        "finanzen": "Finanzminister",
        "kultus": "Kultusminister",
        "soziales": "Sozialminister",
        "wirtschaft": "Wirtschaftsminister",
        "wissenschaft": "Wissenschaftsminister",
        "umwelt": "Umweltminister",
        "gleichstellung": "Gleichstellungsminister",
    }
)
