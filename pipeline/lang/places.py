"""Place words: type words, regions, states, countries, and the heads of organisation names."""

from __future__ import annotations

from types import MappingProxyType

#: Type word (any inflection) -> place type it introduces. Plural forms open a list
#: ("Landkreise Bautzen, Görlitz und Meißen": every item is a district).
TYPE_WORDS = MappingProxyType(
    {
        "Landkreis": "district",
        "Landkreises": "district",
        "Landkreise": "district",
        "Landkreisen": "district",
        "Kreis": "district",
        "Kreises": "district",
        "Stadt": "municipality",
        "Gemeinde": "municipality",
        "Große Kreisstadt": "municipality",
        "Kreisstadt": "municipality",
        "Landeshauptstadt": "municipality",
        "Universitätsstadt": "municipality",
        "Hochschulstadt": "municipality",
        "Städte": "municipality",
        "Gemeinden": "municipality",
        "Ortsteil": "municipality",
        "Ortsteilen": "municipality",
        "Stadtteil": "municipality",
        "Kommune": "municipality",
        "Freistaat": "state",
        "Freistaates": "state",
        "Freistaats": "state",
        "Bundesland": "state",
        "Land": "state",
        "Region": "region",
        "Regionen": "region",
    }
)

#: Type words of one item only (a list after them is not of the same type).
SINGULAR_TYPE_WORDS = frozenset(
    {
        "Landkreis",
        "Landkreises",
        "Kreis",
        "Kreises",
        "Stadt",
        "Gemeinde",
        "Freistaat",
        "Freistaates",
        "Freistaats",
        "Region",
        "Land",
        "Landeshauptstadt",
        "Kreisstadt",
        "Große Kreisstadt",
        "Kommune",
    }
)

#: Regions of Saxony and beyond (name -> canonical name).
REGIONS = MappingProxyType(
    {
        "Ostsachsen": "Ostsachsen",
        "Westsachsen": "Westsachsen",
        "Südwestsachsen": "Südwestsachsen",
        "Nordwestsachsen": "Nordwestsachsen",
        "Südsachsen": "Südsachsen",
        "Erzgebirge": "Erzgebirge",
        "Erzgebirges": "Erzgebirge",
        "Osterzgebirge": "Osterzgebirge",
        "Westerzgebirge": "Westerzgebirge",
        "Vogtland": "Vogtland",
        "Vogtlands": "Vogtland",
        "Vogtlandes": "Vogtland",
        "Oberlausitz": "Oberlausitz",
        "Lausitz": "Lausitz",
        "Niederlausitz": "Niederlausitz",
        "Sächsische Schweiz": "Sächsische Schweiz",
        "Sächsischen Schweiz": "Sächsische Schweiz",
        "Göltzschtal": "Göltzschtal",
        "Göltzschtals": "Göltzschtal",
        "Muldental": "Muldental",
        "Muldentals": "Muldental",
        "Leipziger Land": "Leipziger Land",
        "Leipziger Raum": "Leipziger Raum",
        "Elbland": "Elbland",
        "Dresdner Heide": "Dresdner Heide",
        "Zittauer Gebirge": "Zittauer Gebirge",
        "Lausitzer Seenland": "Lausitzer Seenland",
        "Mitteldeutschland": "Mitteldeutschland",
        "Ostdeutschland": "Ostdeutschland",
        "Westdeutschland": "Westdeutschland",
        "Süddeutschland": "Süddeutschland",
        "Norddeutschland": "Norddeutschland",
    }
)

#: German federal states (with genitive forms).
STATES = MappingProxyType(
    {
        **{
            name: name
            for name in (
                "Sachsen",
                "Bayern",
                "Berlin",
                "Brandenburg",
                "Bremen",
                "Hamburg",
                "Hessen",
                "Mecklenburg-Vorpommern",
                "Niedersachsen",
                "Nordrhein-Westfalen",
                "Rheinland-Pfalz",
                "Saarland",
                "Sachsen-Anhalt",
                "Schleswig-Holstein",
                "Thüringen",
                "Baden-Württemberg",
            )
        },
        "Sachsens": "Sachsen",
        "Bayerns": "Bayern",
        "Berlins": "Berlin",
        "Brandenburgs": "Brandenburg",
        "Hamburgs": "Hamburg",
        "Hessens": "Hessen",
        "Thüringens": "Thüringen",
        "Niedersachsens": "Niedersachsen",
        "Saarlands": "Saarland",
    }
)

#: Countries.
COUNTRIES = MappingProxyType(
    {
        **{
            name: name
            for name in (
                "Deutschland",
                "Polen",
                "Tschechien",
                "Österreich",
                "Frankreich",
                "Italien",
                "Spanien",
                "Niederlande",
                "Belgien",
                "Dänemark",
                "Schweden",
                "Norwegen",
                "Finnland",
                "Ungarn",
                "Slowakei",
                "Ukraine",
                "Russland",
                "Rumänien",
                "Bulgarien",
                "Griechenland",
                "Türkei",
                "Syrien",
                "Afghanistan",
                "Irak",
                "Vietnam",
                "China",
                "Großbritannien",
                "England",
                "Luxemburg",
                "Portugal",
                "Kroatien",
                "Serbien",
                "Slowenien",
                "Litauen",
                "Lettland",
                "Estland",
                "USA",
                "Israel",
            )
        },
        "Deutschlands": "Deutschland",
        "Polens": "Polen",
        "Tschechiens": "Tschechien",
        "Österreichs": "Österreich",
        "Bundesrepublik Deutschland": "Deutschland",
        "Tschechischen Republik": "Tschechien",
        "Tschechische Republik": "Tschechien",
        "Europa": "Europa",
        "Europas": "Europa",
    }
)

#: Cities outside Saxony that the archive mentions (type municipality, no AGS).
FOREIGN_CITIES = frozenset(
    {
        "München",
        "Köln",
        "Frankfurt",
        "Stuttgart",
        "Düsseldorf",
        "Hannover",
        "Nürnberg",
        "Erfurt",
        "Magdeburg",
        "Potsdam",
        "Jena",
        "Weimar",
        "Gera",
        "Cottbus",
        "Wiesbaden",
        "Mainz",
        "Kiel",
        "Bonn",
        "Dortmund",
        "Karlsruhe",
        "Mannheim",
        "Augsburg",
        "Rostock",
        "Schwerin",
        "Saarbrücken",
        "Bochum",
        "Wuppertal",
        "Bielefeld",
        "Münster",
        "Braunschweig",
        "Wien",
        "Prag",
        "Breslau",
        "Wrocław",
        "Zgorzelec",
        "Liberec",
        "Reichenberg",
        "Ústí",
        "Warschau",
        "Krakau",
        "Brüssel",
        "Paris",
        "London",
        "Straßburg",
        "Altenburg",
    }
)

#: A place right after one of these heads names an organisation, not the place itself
#: ("Polizeidirektion Görlitz", "Landespräventionsrat Sachsen", "Revierleiter Freital").
ORG_HEAD_SUFFIXES = (
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

#: Inflected forms of Saxon district names that the gazetteer does not list.
DISTRICT_INFLECTIONS = MappingProxyType(
    {
        "Erzgebirgskreises": "Erzgebirgskreis",
        "Vogtlandkreises": "Vogtlandkreis",
        "Mittelsachsens": "Mittelsachsen",
        "Nordsachsens": "Nordsachsen",
    }
)

#: Municipality names that are also everyday German words: a place only after a type word
#: or a locative preposition ("in Treuen", "Stadt Lauter").
AMBIGUOUS_NAMES = frozenset(
    {"Bergen", "Treuen", "Lauter", "Werda", "Taura", "Thum", "Geyer", "Brand", "Schleife", "Stadt Wehlen"}
)

#: Prepositions after which a capitalised name is a place ("in Treuen", "aus Bergen").
LOCATIVE_PREPOSITIONS = frozenset({"in", "aus", "nach", "bei", "von", "im", "über", "zwischen"})
