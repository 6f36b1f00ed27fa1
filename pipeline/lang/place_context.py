"""Words around a place's name that tell what the name stands for: a club's team after a town's
genitive ("Bremens Stürmer"), the town itself before its office ("Römersteins Bürgermeister"),
a people after an article ("die Bayern")."""

from __future__ import annotations

#: Members of a sports team: after a town's genitive they name its club's team, not the town
#: ("Bremens Stürmer", "Kölns Trainer"); a country's national team is the country, by the
#: annotators' convention ("gegen Dänemark").
TEAM_MEMBER_NOUNS = frozenset(
    {
        "Stürmer",
        "Torwart",
        "Torhüter",
        "Keeper",
        "Verteidiger",
        "Abwehrspieler",
        "Mittelfeldspieler",
        "Angreifer",
        "Spielmacher",
        "Torjäger",
        "Kapitän",
        "Trainer",
        "Cheftrainer",
        "Coach",
        "Spieler",
        "Profis",
        "Neuzugang",
        "Elf",
        "Fans",
    }
)

#: Offices of a town: a name in the -s genitive before them is a town, though no list knows it
#: ("Römersteins Bürgermeister", "Waldkirchs Ortsvorsteherin").
TOWN_OFFICE_NOUNS = frozenset(
    {
        "Bürgermeister",
        "Bürgermeisterin",
        "Oberbürgermeister",
        "Oberbürgermeisterin",
        "Ortsvorsteher",
        "Ortsvorsteherin",
        "Stadtoberhaupt",
        "Gemeinderat",
        "Stadtrat",
    }
)

#: States and countries whose name is their people's plural: after "die"/"den"/"der" the people
#: or a club's team ("die Bayern gewannen", "den Sachsen", "der Kampf der Polen"), not the state,
#: whose name takes no article.
STATE_PEOPLES = frozenset({"Bayern", "Sachsen", "Hessen", "Niedersachsen", "Polen", "Schweden"})

#: Prepositions before a city's name that stand for its team or an event ("Tore für Birmingham",
#: "das Spiel gegen Bochum", "für Olympia qualifiziert"): the NER's place tag is no cue there.
TEAM_PREPOSITIONS = frozenset({"für", "gegen"})

#: Countries whose flags' colours name a coalition of parties ("Jamaika": black, yellow, green;
#: "Kenia": black, red, green): in a sentence on parties the name is the coalition, not the
#: country ("Wenn die Grünen nach Jamaika wollen").
COALITION_COUNTRIES = frozenset({"Jamaika", "Kenia"})
#: Words that make a sentence one on parties and coalitions.
PARTY_WORDS = frozenset(
    {
        "CDU",
        "CSU",
        "SPD",
        "FDP",
        "AfD",
        "BSW",
        "Grüne",
        "Grünen",
        "Union",
        "Linke",
        "Linken",
        "Liberale",
        "Liberalen",
        "Sozialdemokraten",
        "Christdemokraten",
        "Koalition",
        "Koalitionen",
        "Bündnis",
        "Sondierung",
        "Sondierungen",
        "Sondierungsgespräche",
        "Regierungsbildung",
    }
)
