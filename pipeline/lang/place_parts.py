"""Rule data on parts of towns (Ortsteile, Stadtteile, quarters): the type words that name one,
the endings of the words German place names are compounded on, the names most towns give a quarter."""

from __future__ import annotations

#: Stems of nouns for a town's quarters: a sentence with one speaks of quarters, so "der
#: Kaßberg" or "dem Sonnenberg" there names a quarter ("gelten als gelungene Quartiere").
QUARTER_NOUN_STEMS = ("stadtteil", "ortsteil", "viertel", "quartier", "wohngebiet", "kiez")

#: Words that name a part of a town after the town's name ("Zwickau Nord", "Leipzig-West").
DIRECTIONS = frozenset(
    {"Nord", "Süd", "Ost", "West", "Mitte", "Nordost", "Nordwest", "Südost", "Südwest", "Zentrum", "Altstadt"}
)

#: Type words of parts of towns: the name after them is an Ortsteil even where no list has it
#: ("Ortsteil Cunnersdorf", "Stadtteile Gorbitz und Prohlis").
PART_TYPE_WORDS = frozenset(
    {
        "OT",
        "Ortsteil",
        "Ortsteils",
        "Ortsteile",
        "Ortsteilen",
        "Stadtteil",
        "Stadtteils",
        "Stadtteile",
        "Stadtteilen",
        "Ortschaft",
        "Ortschaften",
    }
)

#: Endings of the words German place names are compounded on ("Sonnen-stein", "Kaß-berg",
#: "Grün-au", "Gorb-itz", "Johann-stadt"), lower case.
TOPONYM_ENDINGS = (
    "stein",
    "berg",
    "dorf",
    "hain",
    "walde",
    "itz",
    "au",
    "hausen",
    "burg",
    "bach",
    "roda",
    "neustadt",
    "altstadt",
    "vorstadt",
    "johannstadt",
)

#: Names that most towns give a quarter of theirs: after a town and a hyphen they name its
#: quarter even where a town bears the same name ("Hoyerswerda-Neustadt" is no town Neustadt).
QUARTER_NAMES = frozenset(
    {
        "Neustadt",
        "Altstadt",
        "Vorstadt",
        "Innenstadt",
        "Nordstadt",
        "Südstadt",
        "Oststadt",
        "Weststadt",
        "Mitte",
    }
)

#: Common nouns with those endings ("Meilenstein", "Neubau", "Vorschau", "Besitz").
NON_TOPONYM_ENDINGS = (
    "meilenstein",
    "grundstein",
    "baustein",
    "eckstein",
    "eisberg",
    "bau",
    "schau",
    "frau",
    "sitz",
    "blitz",
    "spitz",
)

#: Prepositions before a part of a town named alone, with no type word ("Anwohner aus
#: Brockwitz", "ein Bus ab Pobershau"); "im", "zum" and "beim" hold an article, and a town's
#: or a part's name takes none ("im Hof" is a courtyard).
PART_PREPOSITIONS = frozenset({"in", "aus", "nach", "bei", "von", "ab", "zwischen"})
#: Words that continue a list of parts after the first: "Brockwitz und Kötitz", "von Boxdorf
#: bis Reichenberg".
PART_LIST_JOINERS = frozenset({",", "und", "sowie", "oder", "bis"})
#: Prepositions fused with an article ("im", "beim", "zum"): a town's name takes no article, so
#: a city's name after one is a common noun ("im Hof des Jugendclubs", "beim Essen").
ARTICLE_PREPOSITIONS = frozenset({"im", "beim", "zum", "vom", "am"})
#: Endings of TOPONYM_ENDINGS that hardly end a common noun ("Brockwitz", "Boxdorf", "Greifenhain"):
#: an unknown name on one is a place after a preposition of place ("aus Brockwitz"), while
#: "aus Backstein" is a material.
SETTLEMENT_ENDINGS = ("itz", "dorf", "hain", "walde", "roda", "hausen")
