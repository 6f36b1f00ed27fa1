"""Place words of the world beyond Saxony and Germany: the usual German names of countries, the
subdivisions and regions German texts name as places, and the sizes of the cities the gazetteer
keeps (read when ``pipeline/data/world_places.tsv`` is built, see :mod:`pipeline.nlp.world`)."""

from __future__ import annotations

from types import MappingProxyType

#: The usual German name of a country where it is neither its ISO name in German nor ISO's
#: common name: press and speech say "die USA", not "die Vereinigten Staaten".
USUAL_COUNTRY_NAMES = MappingProxyType({"Vereinigte Staaten": "USA", "Russische Föderation": "Russland"})

#: Subdivisions of countries that German texts name as places of their own (pycountry's ISO
#: 3166-2 with its German translation): the nations of the United Kingdom ("Wales",
#: "Schottland") are countries, the states of the USA and of Austria are states. Keyed by the
#: country's code, each with the ISO subdivision types kept and the place type they get.
SUBDIVISION_TYPES = MappingProxyType(
    {
        "GB": (("Country", "Province"), "country"),
        "US": (("State",), "state"),
        "AT": (("State",), "state"),
    }
)

#: Regions of the world that no country list names, in German (name -> canonical name); the
#: continents come from GeoNames. An adjective before the noun inflects ("im Nahen Osten").
REGION_NAMES = MappingProxyType(
    {
        form: name
        for name in ("Naher Osten", "Mittlerer Osten", "Ferner Osten")
        for form in (name, name.replace("er ", "en ", 1), name.replace("er ", "en ", 1) + "s")
    }
    | {
        form: name
        for name in ("Nahost", "Fernost", "Skandinavien", "Baltikum", "Karibik", "Lateinamerika", "Balkan")
        for form in (name, name + "s")
    }
)
#: Territories and historical regions that German news names as places but that no country list
#: or ISO subdivision holds: disputed and occupied territories ("im Westjordanland") and the old
#: regions of Europe and Asia that outlive their borders ("in Siebenbürgen"). A compass word
#: names a part of one ("Ostslawonien", "Westsibirien"); a name may be spelt with a hyphen
#: before its head noun ("Gaza-Streifen").
TERRITORIES = (
    *("Gazastreifen", "Westjordanland", "Golanhöhen", "Kaschmir", "Krim", "Tibet", "Kurdistan"),
    *("Bergkarabach", "Transnistrien", "Abchasien", "Südossetien", "Tschetschenien", "Westsahara"),
    *("Slawonien", "Dalmatien", "Istrien", "Siebenbürgen", "Galizien", "Bessarabien", "Sibirien"),
    *("Anatolien", "Patagonien", "Elsass", "Lothringen", "Flandern", "Wallonien", "Katalonien"),
    *("Andalusien", "Baskenland", "Bretagne", "Normandie", "Sizilien", "Sardinien", "Korsika"),
)
#: Head nouns a territory's name may be joined to by a hyphen ("Gaza-Streifen").
TERRITORY_HEADS = ("streifen", "höhen")
#: Compass words that make a part of a territory of its name ("Ostslawonien").
TERRITORY_COMPASS = ("Nord", "Süd", "Ost", "West")

#: Every written form of a territory: with a compass word, with a hyphen before its head noun,
#: and in the genitive ("Ostslawoniens", "Gaza-Streifens").
TERRITORY_FORMS = MappingProxyType(
    {
        form + ending: name
        for territory in TERRITORIES
        for name in (territory, *(f"{c}{territory.lower()}" for c in TERRITORY_COMPASS))
        if name == territory
        or not (territory.startswith(TERRITORY_COMPASS) or territory.endswith(("streifen", "land", "höhen")))
        for form in (
            name,
            *(
                f"{name[: -len(head)]}-{head.capitalize()}"
                for head in TERRITORY_HEADS
                if name.endswith(head) and len(name) > len(head) + 2
            ),
        )
        for ending in ("", "s")
        if not (ending and name.endswith(("s", "ß", "höhen")))
    }
)

#: Every written form of a region beyond the country lists: the regions and the territories.
WORLD_REGIONS = MappingProxyType({**REGION_NAMES, **TERRITORY_FORMS})

#: Compass words that make a part of a continent of its name ("Osteuropa", "Südostasien"), for
#: the continents German usage divides so: the populous ones (not Ozeanien, not Antarktis).
COMPASS_CONTINENT_MIN_POPULATION = 100_000_000
COMPASS_PREFIXES = (
    "Nord",
    "Süd",
    "Ost",
    "West",
    "Mittel",
    "Zentral",
    "Nordost",
    "Nordwest",
    "Südost",
    "Südwest",
)

#: Germany and the neighbours of Saxony whose towns the gazetteer knows in depth (German names).
NEAR_COUNTRIES = frozenset({"Deutschland", "Polen", "Tschechien", "Österreich"})

#: The cities of every other European country from this many inhabitants ("nach Norwich"), and
#: of the rest of the world from a million: German news names the large ones, while a smaller
#: city far away bears a name that is a word ("Corona") or a given name ("Mary") more often.
OTHER_CITY_MIN_POPULATION = 100_000
FAR_CITY_MIN_POPULATION = 1_000_000

#: Towns the NER alone may confirm as places ("in Zandvoort", "in Peking": the NER tags the name
#: LOC after a preposition of place), from GeoNames: the European ones from this many
#: inhabitants (GeoNames' smallest size class but one), the others from the size of its
#: default file, and the other names of the cities from EXONYM_MIN_POPULATION ("Peking", "Kairo",
#: "Mailand": German usage names many foreign cities other than GeoNames' primary name does).
NER_EUROPEAN_TOWN_MIN_POPULATION = 5_000
NER_OTHER_TOWN_MIN_POPULATION = 15_000
EXONYM_MIN_POPULATION = 100_000
