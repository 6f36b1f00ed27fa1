"""Heads of the names of organisations, buildings and events that a place name can stand in
("Polizeidirektion Görlitz", "Landratsamt Bautzen", "Görlitz/Zgorzelec GmbH")."""

from __future__ import annotations

from types import MappingProxyType

#: A place right after one of these heads names an organisation, not the place itself
#: ("Polizeidirektion Görlitz", "Landespräventionsrat Sachsen", "Revierleiter Freital").
#: Case-folded.
ORG_HEAD_SUFFIXES = tuple(
    suffix.casefold()  # the rules look them up case-folded: "Hauptstraße" ends in "strasse"
    for suffix in (
        "direktion",
        "revier",
        "reviers",
        "reviere",
        "präsidium",
        "präsidiums",
        "polizei",
        "inspektion",
        "rat",
        "rats",
        "rates",
        "amt",
        "amtes",
        "amts",
        "verwaltung",
        "werkstatt",
        "schule",
        "universität",
        "hochschule",
        "akademie",
        "gericht",
        "gerichts",
        "anwaltschaft",
        "stiftung",
        "verband",
        "verbandes",
        "verbands",
        "verein",
        "vereins",
        "bund",
        "bundes",
        "jugend",
        "wacht",
        "kasse",
        "werke",
        "zeitung",
        "presse",
        "museum",
        "museums",
        "klinikum",
        "theater",
        "kirche",
        "netzwerk",
        "netzwerks",
        "forum",
        "zentrum",
        "zentrums",
        "büro",
        "büros",
        "agentur",
        "center",
        "institut",
        "instituts",
        "gesellschaft",
        "leiter",
        "leiterin",
        "demokratie",
        "stadtverband",
        "ministerium",
        "ministeriums",
        "landtag",
        "landtages",
        "tag",
        "tages",
        "kommission",
        "wehr",
        "dienst",
        "dienstes",
        "bündnis",
        "bündnisses",
        "partnerschaft",
        "kreisverband",
        "liga",
        "club",
        "klub",
        "sv",
        "fc",
        "europastadt",
        "arena",
        "stadion",
        "halle",
        "bahnhof",
        "flughafen",
        "straße",
        "platz",
        "markt",
        "dialog",
        "fachtag",
        "ag",
        "kooperationsvereinbarung",
        "vereinbarung",
        "sicherheitskonferenz",
        "präventionstag",
        # events and programmes named after a place ("PiT-Landestreffen Sachsen", "Bildungsland Sachsen 2030")
        "bildungsland",
        "treffen",
        "konferenz",
        "tagung",
        "programm",
        "projekt",
    )
)

#: Whole words that head an organisation or building name.
ORG_HEAD_WORDS = frozenset(
    {
        "Direktion",
        "PD",
        "Polizei",
        "TU",
        "HTW",
        "Universität",
        "Hochschule",
        "Sparkasse",
        "Stadtwerke",
        "Volkshochschule",
        "Jobcenter",
        "Landesdirektion",
        "Landratsamt",
        "Beraterwerkstatt",
        "Allianz",
        "Bistum",
        "Stadt-Galerie",
        "Messe",
        "Congress",
        "Kongress",
        "Sportjugend",
    }
)

#: Words after a place that make it part of an organisation name ("Görlitz/Zgorzelec GmbH").
ORG_TAILS = frozenset({"GmbH", "e.V.", "e. V.", "AG", "KG", "mbH", "gGmbH", "eG", "Zeitung", "Rundschau"})

#: Nouns of a firm before its name: a person's name after them names the firm ("die Firma Max
#: Muster", "seinem Unternehmen Erika Beispiel Consulting"), not the person.
COMPANY_NOUNS = frozenset(
    {"Firma", "Firmen", "Unternehmen", "Unternehmens", "Konzern", "Konzerns", "Holding", "Autohaus"}
)

#: Genitive endings of the head of a body named in a role's complement -> the nominative
#: ending ("des Polizeireviers Aue" -> "Polizeirevier Aue", "des Vereins" -> "Verein").
ORGANISATION_GENITIVES = MappingProxyType(
    {
        "rates": "rat",
        "rats": "rat",
        "reviers": "revier",
        "amtes": "amt",
        "amts": "amt",
        "bundes": "bund",
        "tages": "tag",
        "verbandes": "verband",
        "ministeriums": "ministerium",
        "präsidiums": "präsidium",
        "instituts": "institut",
        "vereins": "verein",
        "landtages": "landtag",
        "netzwerkes": "netzwerk",
        "netzwerks": "netzwerk",
        "vereines": "verein",
        "gerichtes": "gericht",
        "gerichts": "gericht",
        "komitees": "komitee",
        "beirates": "beirat",
        "beirats": "beirat",
    }
)

#: Words after a role's link that name no body it acts for ("Ansprechpartner für die Region
#: Ostsachsen", "im Rahmen des Projektes").
NOT_ORGANISATIONS = frozenset(
    {"Region", "Regionen", "Landkreis", "Landkreises", "Bereich", "Themen", "Rahmen"}
)
