"""Tests of the places extractor on German sentences built like LPR releases."""

from __future__ import annotations

import pytest

from pipeline.extract.officials.extractor import extract_officials
from pipeline.extract.places import extract_places
from pipeline.records import Person, PlaceRecord
from tests.conftest import Analyse, person_at

DATED = "17.04.2024\n\nTitel der Meldung\n\n"

Row = tuple[str, str, str, str | None]


def places(analyse: Analyse, sentence: str, people: tuple[Person, ...] = ()) -> list[PlaceRecord]:
    """The place records of ``sentence`` under a date line and title; offsets checked."""
    text = DATED + sentence + "\n"
    doc, layout = analyse(text)
    records = extract_places(doc, layout, article_id="t", people=people)
    for record in records:
        assert record.article_id == "t"
        assert text[record.start : record.end] == record.text
        assert doc.text[record.start : record.end] == record.text
    return records


def rows(records: list[PlaceRecord]) -> list[Row]:
    return [(r.text, r.name, r.type, r.ags) for r in records]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Kommunen liegen im Landkreis Bautzen.",
            [("Landkreis Bautzen", "Bautzen", "district", "14625")],
        ),
        ("Das Treffen fand in Bautzen statt.", [("Bautzen", "Bautzen", "municipality", "14625020")]),
        ("Der Kreis Görlitz tritt bei.", [("Kreis Görlitz", "Görlitz", "district", "14626")]),
        (
            "Zu der Region zählen Kommunen aus den Landkreisen Bautzen, Görlitz und Sächsische Schweiz-Ostergebirge.",
            [
                ("Landkreisen Bautzen", "Bautzen", "district", "14625"),
                ("Görlitz", "Görlitz", "district", "14626"),
                ("Sächsische Schweiz-Ostergebirge", "Sächsische Schweiz-Osterzgebirge", "district", "14628"),
            ],
        ),
        (
            "Die Landkreise Görlitz und Bautzen sowie die Stadt Dresden sind dabei.",
            [
                ("Landkreise Görlitz", "Görlitz", "district", "14626"),
                ("Bautzen", "Bautzen", "district", "14625"),
                ("Stadt Dresden", "Dresden", "municipality", "14612000"),
            ],
        ),
        (
            "Der Landkreis Mittelsachsen und der Erzgebirgskreis sind dabei.",
            [
                ("Landkreis Mittelsachsen", "Mittelsachsen", "district", "14522"),
                ("Erzgebirgskreis", "Erzgebirgskreis", "district", "14521"),
            ],
        ),
        (
            "Die Landräte des Erzgebirgskreises und Mittelsachsens kamen.",
            [
                ("Erzgebirgskreises", "Erzgebirgskreis", "district", "14521"),
                ("Mittelsachsens", "Mittelsachsen", "district", "14522"),
            ],
        ),
        ("Der Freistaat fördert die Prävention.", [("Freistaat", "Sachsen", "state", None)]),
        ("Der Freistaat Sachsen fördert die Prävention.", [("Freistaat Sachsen", "Sachsen", "state", None)]),
        ("Die Kommunen Sachsens arbeiten zusammen.", [("Sachsens", "Sachsen", "state", None)]),
        ("Die Innenstadt Dresdens ist sicher.", [("Dresdens", "Dresden", "municipality", "14612000")]),
        ("In Deutschlands Osten wird gearbeitet.", [("Deutschlands", "Deutschland", "country", None)]),
        (
            "Die Landeshauptstadt Dresden lädt ein.",
            [("Landeshauptstadt Dresden", "Dresden", "municipality", "14612000")],
        ),
        (
            "Die Große Kreisstadt Freiberg ist dabei.",
            [("Große Kreisstadt Freiberg", "Freiberg", "municipality", "14522180")],
        ),
        (
            "Die Gemeinde Hartmannsdorf unterzeichnet.",
            [("Gemeinde Hartmannsdorf", "Hartmannsdorf", "municipality", "14522260")],
        ),
        (
            "Das Netzwerk der Region Ostsachsen trifft sich in Radeberg.",
            [
                ("Region Ostsachsen", "Ostsachsen", "region", None),
                ("Radeberg", "Radeberg", "municipality", "14625480"),
            ],
        ),
        (
            "Zwickau ist eine Stadt in Westsachsen.",
            [
                ("Zwickau", "Zwickau", "municipality", "14524330"),
                ("Westsachsen", "Westsachsen", "region", None),
            ],
        ),
        (
            "Drei Städte im Vogtland gehen heute einen Schritt: Auerbach, Lengenfeld und Rodewisch treten bei.",
            [
                ("Vogtland", "Vogtland", "region", None),
                ("Auerbach", "Auerbach/Vogtl.", "municipality", "14523020"),
                ("Lengenfeld", "Lengenfeld", "municipality", "14523170"),
                ("Rodewisch", "Rodewisch", "municipality", "14523360"),
            ],
        ),
        (
            "Die Grenze zu Polen und Tschechien ist nah.",
            [("Polen", "Polen", "country", None), ("Tschechien", "Tschechien", "country", None)],
        ),
        (
            "Die Gäste kamen aus Bayern und München.",
            [("Bayern", "Bayern", "state", None), ("München", "München", "municipality", None)],
        ),
        (
            "Die Kooperation mit Zgorzelec in Polen wird ausgebaut.",
            [("Zgorzelec", "Zgorzelec", "municipality", None), ("Polen", "Polen", "country", None)],
        ),
        # an ambiguous name is a place only after a locative preposition or a type word
        ("In Treuen gibt es ein Rathaus.", [("Treuen", "Treuen", "municipality", "14523430")]),
        ("Sie Treuen sich auf das Fest.", []),
        # each distinct place once: the first mention, with the type it has there
        (
            "Chemnitz und Chemnitz und nochmal Chemnitz.",
            [("Chemnitz", "Chemnitz", "municipality", "14511000")],
        ),
        (
            "Die Stadt Bautzen im Landkreis Bautzen tritt bei.",
            [("Stadt Bautzen", "Bautzen", "municipality", "14625020")],
        ),
        pytest.param(
            "Die Stadt Oelsnitz/Erzgebirge tritt bei.",
            [("Stadt Oelsnitz/Erzgebirge", "Oelsnitz/Erzgeb.", "municipality", "14521450")],
        ),
    ],
)
def test_places(analyse: Analyse, sentence: str, expected: list[Row]) -> None:
    assert rows(places(analyse, sentence)) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # organisations named after a place
        "Die Polizeidirektion Görlitz unterstützt die Kommunen.",
        "Der Landespräventionsrat Sachsen berät die Kommunen.",
        "Das Polizeirevier Pirna ist beteiligt.",
        "Der Revierleiter Freital war anwesend.",
        "Die Technischen Universität Chemnitz forscht dazu.",
        "Die Europastadt Görlitz/Zgorzelec GmbH lädt ein.",
        "Die Landesdirektion Sachsen prüft das.",
        "Die Sparkasse Leipzig fördert das.",
        "Das Jobcenter Zwickau hilft.",
        "Das Landratsamt Meißen informiert.",
        # adjectives and derived words
        "Die sächsische Polizei war dabei.",
        "Im Rodewischer Ratssaal wurde unterzeichnet.",
        "Sachsenweit gibt es viele Kommunen.",
    ],
)
def test_not_places(analyse: Analyse, sentence: str) -> None:
    assert rows(places(analyse, sentence)) == []


def test_article_with_debris_and_footer(analyse: Analyse) -> None:
    text = (
        "14 C\nLeipzig\n0,00 EUR\n\nEs befinden sich keine Produkte im Warenkorb.\n\n"
        "Bilanz ein Jahr Allianz\n\nImmer mehr Städte in Sachsen setzen auf Prävention.\n\n"
        "zurück zum Seitenanfang\nDresden\n"
    )
    doc, layout = analyse(text)
    records = extract_places(doc, layout, article_id="a1")
    assert rows(records) == [("Sachsen", "Sachsen", "state", None)]
    assert records[0].start == text.index("Sachsen")


def test_municipality_record_carries_district_and_coordinates(analyse: Analyse) -> None:
    [radeberg] = places(analyse, "Das Treffen fand in Radeberg statt.")
    assert radeberg.district == "Bautzen"
    assert radeberg.lat == pytest.approx(51.116404)
    assert radeberg.lon == pytest.approx(13.921969)
    [district] = places(analyse, "Das Treffen fand im Landkreis Bautzen statt.")
    assert (district.district, district.lat, district.lon) == (None, None, None)


@pytest.mark.parametrize(
    ("sentence", "person", "without", "with_people"),
    [
        ("Peter Freiberg lobte die Stadt.", "Peter Freiberg", ["Freiberg"], []),
        ("Thomas Meißen kam nach Radeberg.", "Thomas Meißen", ["Meißen", "Radeberg"], ["Radeberg"]),
    ],
)
def test_place_inside_person_name_is_excluded(
    analyse: Analyse, sentence: str, person: str, without: list[str], with_people: list[str]
) -> None:
    assert [r.name for r in places(analyse, sentence)] == without
    people = (person_at(DATED + sentence + "\n", person),)
    assert [r.name for r in places(analyse, sentence, people)] == with_people


def test_place_named_like_a_person_stays_a_place(analyse: Analyse) -> None:
    text = DATED + "Bürgermeister Peter Freiberg kam aus Freiberg.\n"
    doc, layout = analyse(text)
    people = extract_officials(doc, layout)
    records = extract_places(doc, layout, article_id="t", people=people)
    assert [(r.name, r.start) for r in records] == [("Freiberg", text.rindex("Freiberg"))]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("In Wurzen/Wurzener Land besteht ein Netz.", ["Wurzen", "Wurzener Land"]),
        ("Die Region Leipzig/Nordsachsen traf sich.", ["Leipzig", "Nordsachsen"]),
    ],
)
def test_slash_joins_two_places_unless_official_qualifier(
    analyse: Analyse, sentence: str, names: list[str]
) -> None:
    assert [r.name for r in places(analyse, sentence)] == names


@pytest.mark.parametrize(
    "sentence",
    [
        "Die Verbraucherzentrale Sachsen informierte über Betrug.",
        "Das Polizeiorchester Sachsen spielte zum Abschluss.",
        "Die Feier fand im Haus Vogtland statt.",
        "Peter Langer von der PD Dresden sprach zuerst.",
        "Sie lehrt an der Hochschule Zittau Görlitz.",
        "Der Landespräventionsrat (LPR) Sachsen lud ein.",
        "Das ist ein Projekt des Landespräventionsrates des Freistaates Sachsen.",
        "Die Bunte Republik Neustadt zog viele Gäste an.",
        "Beim gemeinsamen Essen wurde viel erzählt.",
        "Die Lage hat sich verbessert.",
        "Mitte Mai beginnt die Befragung.",
    ],
    ids=lambda s: s[:30],
)
def test_places_inside_names_and_words_like_towns_are_no_places(analyse: Analyse, sentence: str) -> None:
    assert places(analyse, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Streife fährt in Leipzig-Grünau und im Ortsteil Pirna-Sonnenstein.",
            [
                ("Leipzig-Grünau", "district_part", "14713000"),
                ("Pirna-Sonnenstein", "district_part", "14628270"),
            ],
        ),
        ("Neue Bänke gibt es in Zwickau Nord.", [("Zwickau Nord", "district_part", "14524330")]),
        ("Wir zahlen mit Pirna-Gutscheinen.", []),
        ("Die Partnerstadt Liberec liegt nahe.", [("Liberec", "municipality", None)]),
        (
            "Gäste kamen aus Reichenberg und aus Breslau.",
            [("Liberec", "municipality", None), ("Wrocław", "municipality", None)],
        ),
        ("Die Tagung fand in Hannover statt.", [("Hannover", "municipality", None)]),
        (
            "Ein Austausch mit Frankreich und der Slowakischen Republik ist geplant.",
            [("Frankreich", "country", None), ("Slowakei", "country", None)],
        ),
        (
            "Delegationen aus der Slowakei und aus Tschechien kamen.",
            [("Slowakei", "country", None), ("Tschechien", "country", None)],
        ),
        ("Die Kommunen Sachsens sind gefragt.", [("Sachsen", "state", None)]),
        (
            "Auch die Kommunen Aue-Bad Schlema und Lößnitz sind dabei.",
            [("Aue-Bad Schlema", "municipality", "14521035"), ("Lößnitz", "municipality", "14521370")],
        ),
        (
            "Die Standorte Bautzen und Görlitz arbeiten zusammen.",
            [("Bautzen", "municipality", "14625020"), ("Görlitz", "municipality", "14626110")],
        ),
    ],
    ids=lambda v: v[:30] if isinstance(v, str) else "",
)
def test_parts_of_towns_and_places_beyond_saxony(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert [(r.name, r.type, r.ags) for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param("Im LK Görlitz wird gearbeitet.", [("LK Görlitz", "Görlitz", "district")], id="LK"),
        pytest.param(
            "Im Lkr. Bautzen wird gearbeitet.", [("Lkr. Bautzen", "Bautzen", "district")], id="Lkr."
        ),
        pytest.param(
            "Die Gemeinde Kottmar OT Eibau lädt ein.",
            [("Gemeinde Kottmar", "Kottmar", "municipality"), ("OT Eibau", "Eibau", "district_part")],
            id="OT",
        ),
        pytest.param(
            "Aus den Städten Pirna und Heidenau kamen Gäste.",
            [("Städten Pirna", "Pirna", "municipality"), ("Heidenau", "Heidenau", "municipality")],
            id="dative-plural-type-word",
        ),
        pytest.param("Die Polizeidirektion Görlitz ermittelt.", [], id="organisation-stays-out"),
        pytest.param(
            "PIRNA. Die Stadt und ANNABERG-BUCHHOLZ laden ein.",
            [("PIRNA", "Pirna", "municipality"), ("ANNABERG-BUCHHOLZ", "Annaberg-Buchholz", "municipality")],
            id="names-in-capitals",
        ),
        pytest.param("Die AG ASSKOMM und das LKA tagten.", [], id="acronyms-in-capitals"),
    ],
)
def test_abbreviated_and_inflected_type_words(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r.text, r.name, r.type) for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Auf dem Pirnaer Sonnenstein gab es Ärger.",
            [("Pirnaer Sonnenstein", "Sonnenstein", "district_part", "14628270")],
            id="demonym-and-toponym",
        ),
        pytest.param(
            "Die Dresdner Neustadt feiert. Die Neustadt ist bunt.",
            [("Dresdner Neustadt", "Neustadt", "district_part", "14612000")],
            id="demonym-and-a-town-name-then-alone",
        ),
        pytest.param(
            "Leipzig-Grünau bekommt ein Quartiersbüro.",
            [("Leipzig-Grünau", "Leipzig-Grünau", "district_part", "14713000")],
            id="hyphenated-toponym-without-preposition",
        ),
        pytest.param(
            "In Dresden-Neustadt wird gefeiert. Die Neustadt ist bunt.",
            [("Dresden-Neustadt", "Dresden-Neustadt", "district_part", "14612000")],
            id="a-city-quarter-bearing-a-town-name",
        ),
        pytest.param(
            "In der Äußeren Neustadt wird gefeiert.",
            [("Äußeren Neustadt", "Äußere Neustadt", "district_part", "14612000")],
            id="inflected-locality-after-preposition-and-article",
        ),
        pytest.param(
            "Im Wurzener Land wird gewandert.",
            [("Wurzener Land", "Wurzener Land", "region", None)],
            id="region",
        ),
        pytest.param(
            "Der Supermarkt in Pirna Sonnenstein wird bewacht.",
            [("Pirna Sonnenstein", "Pirna-Sonnenstein", "district_part", "14628270")],
            id="town-and-part-with-a-space",
        ),
        pytest.param(
            "Neue Treffs gibt es in Gorbitz und Dresden-Löbtau.",
            [
                ("Gorbitz", "Gorbitz", "district_part", "14612000"),
                ("Dresden-Löbtau", "Dresden-Löbtau", "district_part", "14612000"),
            ],
            id="localities-from-geonames-with-a-cue",
        ),
        pytest.param(
            "In Görlitz und in den Stadtteilen Grünau und Paunsdorf in Leipzig wird gebaut.",
            [
                ("Görlitz", "Görlitz", "municipality", "14626110"),
                ("Stadtteilen Grünau", "Grünau", "district_part", "14713000"),
                ("Paunsdorf", "Paunsdorf", "district_part", "14713000"),
                ("Leipzig", "Leipzig", "municipality", "14713000"),
            ],
            id="parts-take-the-town-named-after-them",
        ),
        pytest.param(
            "In Plauen und im Ortsteil Oberlosa gibt es Sprechstunden.",
            [
                ("Plauen", "Plauen", "municipality", "14523320"),
                ("Ortsteil Oberlosa", "Oberlosa", "district_part", "14523320"),
            ],
            id="ortsteil-takes-the-town-named-before",
        ),
        pytest.param(
            "Die Stadt Bautzen nennt die Stadtteile Gesundbrunnen und Allendorf.",
            [
                ("Stadt Bautzen", "Bautzen", "municipality", "14625020"),
                ("Stadtteile Gesundbrunnen", "Gesundbrunnen", "district_part", "14625020"),
                ("Allendorf", "Allendorf", "district_part", "14625020"),
            ],
            id="list-of-parts",
        ),
    ],
)
def test_parts_of_towns_by_word_formation(analyse: Analyse, sentence: str, expected: list[Row]) -> None:
    assert [(r.text, r.name, r.type, r.ags) for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param("Die Pirnaer Polizei und der Dresdner Stadtrat berieten.", id="demonym-and-body"),
        pytest.param("Das ist ein Pirnaer Meilenstein und ein Dresdner Neubau.", id="common-noun-compounds"),
        pytest.param("Wir zahlen mit Pirna-Gutscheinen.", id="town-opens-a-compound"),
        pytest.param("Gorbitz wächst seit Jahren.", id="locality-without-a-cue"),
        pytest.param("Der VfL Pirna-Copitz gewann am Sonntag.", id="sports-club"),
        pytest.param("Die Buslinie Pirna-Heidenau fährt wieder.", id="two-towns-joined"),
        pytest.param("Die Region Chemnitz-Zwickau wächst.", id="a-city-and-a-town-joined"),
        pytest.param(
            "Sie sind in der Lage, nach dem Essen in der Halle zu helfen.",
            id="words-like-cities-after-an-article",
        ),
    ],
)
def test_no_parts_of_towns(analyse: Analyse, sentence: str) -> None:
    assert places(analyse, sentence) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Gäste trafen sich im\nHaus Oberlausitz am Markt.", []),
        ("Es sprachen Vertreter der\nSparkasse Vogtland.", []),
        ("Es kamen Gäste.\n\nVogtland und Erzgebirge sind gemeint.", ["Vogtland", "Erzgebirge"]),
        ("Die Gäste kamen aus\nPlauen und Zwickau.", ["Plauen", "Zwickau"]),
    ],
    ids=lambda v: v[:30] if isinstance(v, str) else "",
)
def test_a_name_wrapped_over_lines_is_still_a_name(
    analyse: Analyse, sentence: str, expected: list[str]
) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Dörfer liegen am Fuß des Zittauer Gebirges.",
            [("Zittauer Gebirges", "Zittauer Gebirge", "region")],
        ),
        (
            "Die Gäste wanderten durch die Täler des Leipziger Landes.",
            [("Leipziger Landes", "Leipziger Land", "region")],
        ),
        ("Der Radweg folgt dem Lauf des Muldentales.", [("Muldentales", "Muldental", "region")]),
        ("Wir sprachen über das Gebirge und das Land.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_regions_in_the_genitive(
    analyse: Analyse, sentence: str, expected: list[tuple[str, str, str]]
) -> None:
    assert [(r.text, r.name, r.type) for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Der Kurort Bad Elster lädt ein.", [("Bad Elster", "Bad Elster", "municipality", "14523040")]),
        (
            "Die Stadt Reichenbach im Vogtland tritt bei.",
            [("Stadt Reichenbach im Vogtland", "Reichenbach im Vogtland", "municipality", "14523340")],
        ),
        (
            "Gäste kamen aus St. Egidien und Bad Brambach.",
            [
                ("St. Egidien", "St. Egidien", "municipality", "14524280"),
                ("Bad Brambach", "Bad Brambach", "municipality", "14523030"),
            ],
        ),
        # the first word starts a name, the words after it no longer: no name of several words
        ("Im Bad Wasser gab es keine Gäste.", []),
    ],
)
def test_names_of_several_words_are_looked_up_while_they_start_a_name(
    analyse: Analyse, sentence: str, expected: list[Row]
) -> None:
    assert rows(places(analyse, sentence)) == expected
