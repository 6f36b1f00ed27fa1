"""Tests of the officials extractor: one Person per named person, with roles and organisation."""

from __future__ import annotations

import textwrap

import pytest

from pipeline.extract.officials.extractor import extract_officials
from pipeline.records import Person
from tests.conftest import RELEASE_HEAD, Analyse

#: (name, honorific, roles, organization)
Row = tuple[str, str | None, tuple[str, ...], str | None]


def people(analyse: Analyse, text: str) -> list[Person]:
    doc, layout = analyse(text)
    found = extract_officials(doc, layout)
    for person in found:
        assert person.family == person.name.split()[-1]
        for mention in person.mentions:
            assert text[mention.start : mention.end] == mention.text
    return found


def rows(found: list[Person]) -> list[Row]:
    return [(p.name, p.honorific, p.roles, p.organization) for p in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Polizeihauptmeister Timo Rasche, Landtagsabgeordnete Sandra Gockel, Hans Tuschling, "
            "Bürgermeister Jürgen Opitz (v. l. n. r.)",
            [
                ("Timo Rasche", None, ("Polizeihauptmeister",), None),
                ("Sandra Gockel", None, ("Landtagsabgeordnete",), None),
                ("Hans Tuschling", None, (), None),
                ("Jürgen Opitz", None, ("Bürgermeister",), None),
            ],
        ),
        (
            "Innenminister Prof. Dr. Roland Wöller begrüßte die Gäste.",
            [("Roland Wöller", "Prof. Dr.", ("Innenminister",), None)],
        ),
        (
            "Sven Forkert, Geschäftsführer des Landespräventionsrats, eröffnete die Sitzung.",
            [("Sven Forkert", None, ("Geschäftsführer des Landespräventionsrats",), "Landespräventionsrat")],
        ),
        (
            "Anwesend war auch der Leiter des Polizeireviers Freiberg, Andreas Felgner, der die Arbeit lobte.",
            [("Andreas Felgner", None, ("Leiter des Polizeireviers Freiberg",), "Polizeirevier Freiberg")],
        ),
        (
            "Es unterzeichneten Oberbürgermeister Octavian Ursu, der Leiter der Polizeidirektion Görlitz, "
            "Polizeipräsident Manfred Weißbach, und Sven Forkert.",
            [
                ("Octavian Ursu", None, ("Oberbürgermeister",), None),
                (
                    "Manfred Weißbach",
                    None,
                    ("Leiter der Polizeidirektion Görlitz", "Polizeipräsident"),
                    "Polizeidirektion Görlitz",
                ),
                ("Sven Forkert", None, (), None),
            ],
        ),
        (
            "Die Oberbürgermeister und Bürgermeister des Städtebundes Silberberg – Ruben Gehart (Schwarzenberg), "
            "Heinrich Kohl (Aue-Bad Schlema) und Alexander Troll (Lößnitz) – unterzeichneten die Vereinbarung.",
            [
                (
                    name,
                    None,
                    ("Oberbürgermeister", "Bürgermeister des Städtebundes Silberberg"),
                    "Städtebund Silberberg",
                )
                for name in ("Ruben Gehart", "Heinrich Kohl", "Alexander Troll")
            ],
        ),
        ("Im Anschluss sprach Herr Steinke über die Arbeit.", [("Steinke", None, (), None)]),
        (
            "Im Beisein von Herrn Steinke, Revierleiter Freital, wurde unterzeichnet.",
            [("Steinke", None, ("Revierleiter Freital",), "Freital")],
        ),
        (
            "Frau Polizeioberrätin Susanne Heise, Leiterin des Polizeireviers Görlitz, begrüßte die Gäste.",
            [
                (
                    "Susanne Heise",
                    None,
                    ("Polizeioberrätin", "Leiterin des Polizeireviers Görlitz"),
                    "Polizeirevier Görlitz",
                )
            ],
        ),
        (
            "Staatsminister Armin Schuster kam nach Freiberg. Innenminister Armin Schuster lobte die Stadt.",
            [("Armin Schuster", None, ("Staatsminister", "Innenminister"), None)],
        ),
        # the family name alone after a title joins the full name of the article
        (
            "Innenminister Prof. Dr. Roland Wöller kam. Staatsminister Wöller lobte die Stadt.",
            [("Roland Wöller", "Prof. Dr.", ("Innenminister", "Staatsminister"), None)],
        ),
        (
            "Oberbürgermeister Octavian Ursu (CDU) begrüßte die Gäste.",
            [("Octavian Ursu", None, ("Oberbürgermeister",), None)],
        ),
        (
            "Torsten Kosuch vom Landespräventionsrat Sachsen war dabei.",
            [("Torsten Kosuch", None, (), "Landespräventionsrat Sachsen")],
        ),
        (
            "Polizeipräsident Manfred Weißbach (l.) von der Direktion Görlitz und der Krauschwitzer "
            "Bürgermeister Tristan Mühl (Mitte) unterzeichneten gestern.",
            [
                ("Manfred Weißbach", None, ("Polizeipräsident",), "Direktion Görlitz"),
                ("Tristan Mühl", None, ("Bürgermeister",), None),
            ],
        ),
        (
            "Bürgermeister Uwe Weinert von der Gemeinde Hartmannsdorf unterzeichnete.",
            [("Uwe Weinert", None, ("Bürgermeister",), "Gemeinde Hartmannsdorf")],
        ),
        # not persons
        ("Von Seiten der Polizei wurde die Arbeit gelobt.", []),
        ("Vertreter Kitas und Schulen waren anwesend.", []),
        ("Das Treffen fand im August Horch Museum statt.", []),
        ("Der Städtebund Silberberg tritt bei.", []),
        ("Der Innenminister dankte allen Beteiligten.", []),
        pytest.param(
            "Thomas Krahl der Bürgermeister der Stadt Bad Muskau unterzeichnete.",
            [("Thomas Krahl", None, ("Bürgermeister der Stadt Bad Muskau",), "Stadt Bad Muskau")],
        ),
        pytest.param(
            "Für Fragen steht Ihnen unser Ansprechpartner für die Region Ostsachsen unter "
            "hans.tuschling@smi.sachsen.de gern zur Verfügung.",
            [("Hans Tuschling", None, ("Ansprechpartner für die Region Ostsachsen",), None)],
        ),
    ],
)
def test_officials(analyse: Analyse, sentence: str, expected: list[Row]) -> None:
    assert rows(people(analyse, RELEASE_HEAD + sentence + "\n")) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Timo Rasche, Sandra Gockel und Herr Steinke kamen.", ["m", "f", "m"]),
        ("Landrat Keil begrüßte die Gäste.", [None]),
        ("Landrätin Keil begrüßte die Gäste.", ["f"]),
    ],
)
def test_gender(analyse: Analyse, sentence: str, expected: list[str | None]) -> None:
    assert [p.gender for p in people(analyse, RELEASE_HEAD + sentence + "\n")] == expected


def test_email_contact_person(analyse: Analyse) -> None:
    text = (
        RELEASE_HEAD + "Für Fragen steht Ihnen unser Ansprechpartner für die Region Ostsachsen unter "
        "hans.tuschling@smi.sachsen.de gern zur Verfügung.\n"
    )
    [person] = people(analyse, text)
    assert (person.name, person.roles) == ("Hans Tuschling", ("Ansprechpartner für die Region Ostsachsen",))
    assert [m.text for m in person.mentions] == ["hans.tuschling"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "17.04.2024\n\nTitel\n\nGruppenbild der Teilnehmenden\n© LPR | Roy Schlesinger\n\nText.\n",
            [("Roy Schlesinger", None, ("Fotograf",), "LPR")],
        ),
        (
            "05.04.2023\n\nTitel\n\nDer Bürgermeister und der Innenminister am Tisch\n© SMI/SvenRogge\n\nText.\n",
            [("Sven Rogge", None, ("Fotograf",), "SMI")],
        ),
        (
            "Krauschwitz ist Teil\n\nDie Gemeinde hat Ziele.\n\nVon Sabine Larbig\n 4 Min.\nTeilen\n\n"
            "Der Text geht weiter.\n",
            [("Sabine Larbig", None, ("Autorin",), None)],
        ),
        (
            "17.04.2024\n\nTitel\n\nText mit Bürgermeister Jürgen Opitz.\n\nzurück zum Seitenanfang\n"
            "Bürgermeister Thomas Meier\n",
            [("Jürgen Opitz", None, ("Bürgermeister",), None)],
        ),
    ],
)
def test_credit_byline_and_footer(analyse: Analyse, text: str, expected: list[Row]) -> None:
    assert rows(people(analyse, text)) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Bürgermeister Thomas Meier lobte die Arbeit. Die Kooperation sei wichtig, so Meier.",
            {"Thomas Meier": ["Thomas Meier", "Meier"]},
        ),
        (
            "Bürgermeister Jürgen Opitz sprach. Jürgen Opitz lobte. Opitz dankte.",
            {"Jürgen Opitz": ["Jürgen Opitz", "Jürgen Opitz", "Opitz"]},
        ),
        # a bare family name shared by two persons belongs to neither
        (
            "Es sprachen Thomas Meier und Anja Meier. Meier lobte die Arbeit.",
            {"Thomas Meier": ["Thomas Meier"], "Anja Meier": ["Anja Meier"]},
        ),
    ],
)
def test_later_mentions(analyse: Analyse, sentence: str, expected: dict[str, list[str]]) -> None:
    found = people(analyse, RELEASE_HEAD + sentence + "\n")
    assert {p.name: [m.text for m in p.mentions] for p in found} == expected
    for person in found:
        starts = [m.start for m in person.mentions]
        assert starts == sorted(starts)


def test_mentions_offsets(analyse: Analyse) -> None:
    text = RELEASE_HEAD + "Innenminister Prof. Dr. Roland Wöller begrüßte die Gäste.\n"
    [person] = people(analyse, text)
    [mention] = person.mentions
    assert (mention.start, mention.end) == (text.index("Roland"), text.index(" begrüßte"))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Gemeindevollzugsbedienstete Lea Sommer stellte sich vor.",
            [("Lea Sommer", ("Gemeindevollzugsbedienstete",))],
        ),
        (
            "Projektleitung hat Udo Kramer vom Institut.",
            [("Udo Kramer", ())],
        ),
        (
            "Es sprach die Graffiti-Künstlerin Mia Lenz.",
            [("Mia Lenz", ("Graffiti-Künstlerin",))],
        ),
        ("Als die Beamten Platzverweise aussprachen, wurde es laut.", []),
        # An academic position with its field is a role; the title Prof. before a name is none.
        (
            "Es sprach Prof. Dr. Lea Sommer, Professorin für Soziologie an der Universität.",
            [("Lea Sommer", ("Professorin für Soziologie",))],
        ),
        ("Es sprach Juniorprofessor Udo Kramer.", [("Udo Kramer", ("Juniorprofessor",))]),
        ("Es sprach Prof. Udo Kramer.", [("Udo Kramer", ())]),
        ("Am Di Mi Do Fr ist geöffnet, in der Villa Postplatz ist Sa So Ruhe.", []),
    ],
)
def test_roles_by_their_form(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentence + "\n")] == expected


def test_a_name_misspelt_by_one_letter_is_one_person(analyse: Analyse) -> None:
    text = RELEASE_HEAD + (
        "Oberbürgermeister Thomas Zenler begrüßte die Gäste. OB Zenker sagte, die Stadt sei bereit. "
        "Am Ende dankte Herr Zenker allen.\n"
    )
    (person,) = people(analyse, text)
    assert (person.name, person.variants) == ("Thomas Zenker", ("Thomas Zenler",))
    assert len(person.mentions) == 3


@pytest.mark.parametrize(
    "credit",
    ["© Archiv: Daniel Förster", "Symbolbild © Symbolfoto: Rene Meinig"],
)
def test_labelled_photo_credits(analyse: Analyse, credit: str) -> None:
    text = RELEASE_HEAD + "Die Polizei war vor Ort.\n" + credit + "\n\nDer Rat tagte.\n"
    (person,) = people(analyse, text)
    assert person.roles == ("Fotograf",)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Nach der Begrüßung durch die Referatsleiterin Prävention im Sächsischen Ministerium des Innern, "
            "Eva Probe, begann die Tagung.",
            [("Eva Probe", ("Referatsleiterin Prävention im Sächsischen Ministerium des Innern",))],
        ),
        (
            "Es sprach die Staatsministerin für Kultur und Digitalen Wandel Ida Beispiel.",
            [("Ida Beispiel", ("Staatsministerin für Kultur und Digitalen Wandel",))],
        ),
        (
            "Wir waren mit unserem Sachgebietsleiter Ordnung und Sicherheit Arno Beispiel dort.",
            [("Arno Beispiel", ("Sachgebietsleiter Ordnung und Sicherheit",))],
        ),
        (
            "Die Familien- und Sozialministerin Karla Muster kam.",
            [("Karla Muster", ("Familien- und Sozialministerin", "Familienministerin", "Sozialministerin"))],
        ),
        (
            "Es kamen die beiden Bürgermeister Max Muster und Paul Test.",
            [("Max Muster", ("Bürgermeister",)), ("Paul Test", ("Bürgermeister",))],
        ),
        (
            "Innenminister Prof. Dr. Karl Muster eröffnete.",
            [("Karl Muster", ("Innenminister",))],
        ),
    ],
)
def test_role_binding_by_structure(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentence + "\n")] == expected


def test_a_byline_with_two_authors(analyse: Analyse) -> None:
    text = "Titel der Meldung\n\nVon Sebastian Muster & Marie Probe\n\nDer Rat tagte.\n"
    assert [(p.name, p.roles) for p in people(analyse, text)] == [
        ("Sebastian Muster", ("Autor",)),
        ("Marie Probe", ("Autorin",)),
    ]


ROLES_BY_FORM_AND_STRUCTURE = [
    # Two offices joined by "und" in one compound: as written, then each office it names.
    (
        "Sachsens Sport- und Innenminister, Prof. Dr. Karl Muster, besuchte den Stand.",
        [("Karl Muster", ("Sport- und Innenminister", "Sportminister", "Innenminister"))],
    ),
    (
        "Die Behinderten- und Ausländerbeauftragte der Stadt Musterstadt Eva Probe sprach.",
        [
            (
                "Eva Probe",
                (
                    "Behinderten- und Ausländerbeauftragte der Stadt Musterstadt",
                    "Behindertenbeauftragte der Stadt Musterstadt",
                    "Ausländerbeauftragte der Stadt Musterstadt",
                ),
            )
        ],
    ),
    # Two roles joined by "und" before one name.
    (
        "Bürgermeister und Vorsitzender des Präventionsrates Arno Beispiel begrüßte die Gäste.",
        [("Arno Beispiel", ("Bürgermeister", "Vorsitzender des Präventionsrates"))],
    ),
    # A role opening the next sentence names the person of the sentence before, also when a
    # hard-wrapped line break cuts that sentence (the line below goes on in lower case).
    (
        "Es ist schon spät am Abend, als Jonas Probe\nseine Jacke anzieht. Der Sozialarbeiter ist oft unterwegs.",
        [("Jonas Probe", ("Sozialarbeiter",))],
    ),
    # A line break before a capitalised new sentence ends the sentence that named him.
    (
        "Am Abend kam Jonas Probe.\nSeine Jacke ist neu. Der Sozialarbeiter ist oft unterwegs.",
        [("Jonas Probe", ())],
    ),
    # The same in the dative, the nominalised adjective in its strong form.
    (
        "Unter Leitung von Ortsvorsteher und Vorsitzendem des Schulvereins Jonas Probe tagte der Rat.",
        [("Jonas Probe", ("Ortsvorsteher", "Vorsitzender des Schulvereins"))],
    ),
    (
        "Kritik kam von Kreisrat und Fraktionsvorsitzendem Uwe Muster.",
        [("Uwe Muster", ("Kreisrat", "Fraktionsvorsitzender"))],
    ),
    # A list of roles in brackets after a name.
    (
        "Es sprach Herr Glaser (zugewiesener Berater, Mentor und Coach) über die Arbeit.",
        [("Glaser", ("Berater", "Mentor", "Coach"))],
    ),
    # A function noun linked to its holder by "von".
    (
        "Die Auswertung erfolgt unter Projektleitung von Herrn Prof. Dr. Max Muster.",
        [("Max Muster", ("Projektleitung",))],
    ),
    # A function noun in an apposition.
    (
        "Es sprach Ida Beispiel, Koordinierung Präventionsrat Musterstadt.",
        [("Ida Beispiel", ("Koordinierung",))],
    ),
    # A role given by the verb of a relative clause.
    (
        "Thomas Krause, der seit Jahren das Ordnungsamt leitet, war zufrieden.",
        [("Thomas Krause", ("Leiter",))],
    ),
    ("Eva Probe, die den Arbeitskreis koordiniert, sprach.", [("Eva Probe", ("Koordinatorin",))]),
    # A label before a colon and one name (imprint, contact).
    ("Der Rat tagte.\nVerantwortlich: Andreas Muster\n", [("Andreas Muster", ("Verantwortlicher",))]),
    ("Der Rat tagte.\nPressesprecherin: Eva Probe\n", [("Eva Probe", ("Pressesprecherin",))]),
    # A rank abbreviation in brackets between the title and the name (given name not listed).
    (
        "Polizeihauptkommissar (PHK) Berko Thomas berichtete über die Arbeit.",
        [("Berko Thomas", ("Polizeihauptkommissar",))],
    ),
    # Role nouns recognised by their form: council members, members of a body, abbreviated modifiers.
    (
        "Ortschaftsrat Hans Meier und CDU-Kreisrätin Ina Krause waren da.",
        [("Hans Meier", ("Ortschaftsrat",)), ("Ina Krause", ("CDU-Kreisrätin",))],
    ),
    ("Es sprach Beiratsmitglied Otto Klein.", [("Otto Klein", ("Beiratsmitglied",))]),
    ("Der stellv. Amtsleiter Rolf Schwarz hörte zu.", [("Rolf Schwarz", ("stellv. Amtsleiter",))]),
    # Professions by the ending of their compounds.
    (
        "Schulsozialarbeiterin Anna Muster und Kinderärztin Berta Probe berichteten.",
        [("Anna Muster", ("Schulsozialarbeiterin",)), ("Berta Probe", ("Kinderärztin",))],
    ),
    ("Es sprach Max Pfleger über die Arbeit.", [("Max Pfleger", ())]),
    # A plain role word after a given name is the family name, not the next person's title.
    (
        "Es sprachen Norbert Richter und Landesbranddirektor Otto Klein.",
        [("Norbert Richter", ()), ("Otto Klein", ("Landesbranddirektor",))],
    ),
    # In a list with places and roles in brackets, a title binds to the name after it only.
    (
        "Es kamen Max Muster (Bürgermeister Kottmar), Polizeipräsident Paul Test (Polizeidirektion "
        "Chemnitz), Ida Beispiel (Bürgermeisterin Bernstadt a. d. Eigen) und MdB Dr. Karl Schulze.",
        [
            ("Max Muster", ("Bürgermeister Kottmar",)),
            ("Paul Test", ("Polizeipräsident",)),
            ("Ida Beispiel", ("Bürgermeisterin",)),
            ("Karl Schulze", ("MdB", "Bundestagsabgeordneter")),
        ],
    ),
]


@pytest.mark.parametrize(("sentence", "expected"), ROLES_BY_FORM_AND_STRUCTURE)
def test_roles_by_form_and_structure(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentence + "\n")] == expected


NO_ROLES = [
    # A relative clause whose verb names no function.
    "Max Muster, der das Haus früh verließ, war froh.",
    # A person noun linked by "von" is somebody else's: no role for the person after it.
    "Ein Mitarbeiter von Max Muster kam später.",
    # A colon label followed by a name that runs on into a sentence.
    "Thema: Max Muster und die Stadt Musterstadt diskutierten lange.",
    # A singular title before a list with places does not go to the others.
    "Es kamen Polizeipräsident Paul Test (Chemnitz), Ida Beispiel (Zwickau) und Max Muster (Aue).",
]


@pytest.mark.parametrize("sentence", NO_ROLES)
def test_no_role_where_the_structure_gives_none(analyse: Analyse, sentence: str) -> None:
    found = {p.name: p.roles for p in people(analyse, RELEASE_HEAD + sentence + "\n")}
    assert found.get("Max Muster", ()) == ()
    assert found.get("Ida Beispiel", ()) == ()


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # A sentence opening with a role refers back to the one person named before it.
        (
            "„Wir machen weiter“, sagte Klaus Muster. Der OB nannte auch den Spielplatz.",
            [("Klaus Muster", ("OB", "Oberbürgermeister"))],
        ),
        (
            "Neu in der Runde ist Eva Probe. Die ehemalige Stadträtin wird die Geschäftsstelle führen.",
            [("Eva Probe", ("ehemalige Stadträtin",))],
        ),
        # Two people named before it: the role stays unbound.
        (
            "Es sprachen Klaus Muster und Paul Test. Der Bürgermeister dankte allen.",
            [("Klaus Muster", ()), ("Paul Test", ())],
        ),
        # A plural role is no single person.
        (
            "Es sprach Klaus Muster. Die Bürgermeister der Region trafen sich danach.",
            [("Klaus Muster", ())],
        ),
    ],
)
def test_a_role_opening_the_next_sentence(
    analyse: Analyse, sentences: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentences + "\n")] == expected


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Seitenlogo\nAndré Muster\n\n", [("André Muster", ("Autor",))]),
        ("Logo der Zeitung\nEva Probe\n\n", [("Eva Probe", ("Autorin",))]),
        # A name line without a logo above it gives no author.
        ("Teilen\nAndré Muster\n\n", []),
    ],
)
def test_a_name_line_under_the_logo_is_the_author(
    analyse: Analyse, head: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    text = head + "Sicherheit in der Stadt\n\nDer Rat tagte am Montag im Rathaus.\n"
    assert [(p.name, p.roles) for p in people(analyse, text)] == expected


PREDICATIVE_ROLES = [
    # A copula gives its subject the role after it, adverbials between allowed.
    (
        "Max Muster eröffnete. Eva Probe ist seit 2019 Leiterin des Ordnungsamtes.",
        [("Max Muster", ()), ("Eva Probe", ("Leiterin des Ordnungsamtes",))],
    ),
    # "als" gives the role to the nearest name before it in its sentence, or after it.
    (
        "Paul Test sprach. Ida Beispiel, die als Sozialarbeiterin arbeitet, berichtete.",
        [("Paul Test", ()), ("Ida Beispiel", ("Sozialarbeiterin",))],
    ),
    (
        "Karl Schulze kam. Als Vorsitzende des Vereins begrüßte Anna Lehmann die Gäste.",
        [("Karl Schulze", ()), ("Anna Lehmann", ("Vorsitzende des Vereins",))],
    ),
    (
        "In seiner Funktion als Ortsvorsteher dankte Jan Vogel allen Helfern.",
        [("Jan Vogel", ("Ortsvorsteher",))],
    ),
    # A role in the second sentence of a short paragraph is not the first name's.
    (
        "Max Muster eröffnete die Sitzung. Danach sprach der Bürgermeister über die Lage.",
        [("Max Muster", ())],
    ),
    # A noun after a copula that is no role gives nothing.
    ("Eva Probe ist seit 2019 Gast im Verein.", [("Eva Probe", ())]),
]


@pytest.mark.parametrize(("sentences", "expected"), PREDICATIVE_ROLES)
def test_roles_given_by_a_copula_or_als(
    analyse: Analyse, sentences: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentences + "\n")] == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Text und Fotos: Max Muster", [("Max Muster", ("Autor", "Fotograf"))]),
        (
            "Text: Anna Lehmann / Foto: Berta Krause",
            # a label's generic role takes the named person's gender (CONVENTIONS 7)
            [("Anna Lehmann", ("Autorin",)), ("Berta Krause", ("Fotografin",))],
        ),
        ("Ein Beitrag von Paul Test", [("Paul Test", ("Autor",))]),
        # A label on a line of its own does not agree with the name under it: her given name decides.
        ("Ansprechpartner:\nIda Beispiel\nTel. 0351 1234", [("Ida Beispiel", ("Ansprechpartnerin",))]),
        (
            "Karl Schulze\nPressesprecher\nLandespräventionsrat Sachsen",
            [("Karl Schulze", ("Pressesprecher",))],
        ),
        ("Leiterin des Amtes ist Eva Probe.", [("Eva Probe", ("Leiterin des Amtes",))]),
        # A name ending a line of running text does not take the role opening the next line.
        ("Es sprach heute Max Muster\nLeiterin des Amtes war früher eine andere.", [("Max Muster", ())]),
        # A label that is no role: the name after it keeps none.
        ("Thema: Max Muster", [("Max Muster", ())]),
    ],
)
def test_authors_contacts_and_signatures(
    analyse: Analyse, block: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    text = "Titel der Meldung\n\nDer Rat tagte am Montag im Rathaus der Stadt Musterstadt.\n\n" + block + "\n"
    assert [(p.name, p.roles) for p in people(analyse, text)] == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "Paul Test kam auch. Er ist seit 2020 Leiter des Reviers.",
            [("Paul Test", ("Leiter des Reviers",))],
        ),
        ("Ida Beispiel leitet seit 2019 das Ordnungsamt.", [("Ida Beispiel", ("Leiterin",))]),
        (
            "Karl Schulze, 45, Streetworker aus Musterstadt, berichtete.",
            [("Karl Schulze", ("Streetworker",))],
        ),
        # A feminine pronoun does not take a man as its antecedent.
        ("Paul Test kam auch. Sie ist seit 2020 Leiterin des Reviers.", [("Paul Test", ())]),
        # A verb that names no function gives no role.
        ("Ida Beispiel verlässt seit 2019 das Ordnungsamt früh.", [("Ida Beispiel", ())]),
    ],
)
def test_roles_given_by_a_pronoun_copula_a_verb_or_after_an_age(
    analyse: Analyse, sentences: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentences + "\n")] == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "Max Muster wurde zum neuen Vorsitzenden des Präventionsrates gewählt.",
            [("Max Muster", ("Vorsitzender des Präventionsrates",))],
        ),
        ("Eva Probe (52) ist neue Leiterin des Amtes.", [("Eva Probe", ("Leiterin des Amtes",))]),
        ("Zur Stellvertreterin wurde Ida Beispiel gewählt.", [("Ida Beispiel", ("Stellvertreterin",))]),
        (
            "Kriminalkommissaranwärterin Anna Lehmann half.",
            [("Anna Lehmann", ("Kriminalkommissaranwärterin",))],
        ),
    ],
)
def test_roles_of_elections_ages_and_deputies(
    analyse: Analyse, sentences: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentences + "\n")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Die Bürgermeister Max Muster und Paul Test unterzeichneten.",
            [("Max Muster", ("Bürgermeister",)), ("Paul Test", ("Bürgermeister",))],
        ),
        # A feminine title before "und" is one woman's.
        (
            "Es sprach die Bürgermeisterin Eva Probe und Karl Schulze dankte.",
            [("Eva Probe", ("Bürgermeisterin",)), ("Karl Schulze", ())],
        ),
        # A bracket (an abbreviation, a party) after the first name does not end the pair.
        (
            "Auch die Bundestagsabgeordneten Max Muster (SPD) und Paul Test (CDU) kamen.",
            [("Max Muster", ("Bundestagsabgeordneter",)), ("Paul Test", ("Bundestagsabgeordneter",))],
        ),
        (
            "Auch die Stadträtin Eva Probe (SPD) und Paul Test (CDU) kamen.",
            [("Eva Probe", ("Stadträtin",)), ("Paul Test", ())],
        ),
        # A party in brackets is no town: a feminine title is still one woman's.
        (
            "Die Bürgermeisterin Eva Probe (SPD), Paul Test (CDU) und Max Muster (FDP) kamen.",
            [("Eva Probe", ("Bürgermeisterin",)), ("Paul Test", ()), ("Max Muster", ())],
        ),
    ],
)
def test_a_plural_title_before_two_names(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentence + "\n")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Hard-wrapped text: the title at a line end belongs to the name on the next line.
        ("Es unterschrieb Polizeioberrat\nMax Muster für das Revier.", ("Polizeioberrat",)),
        ("Es unterschrieb dessen Leiter, Polizeioberrat\nMax Muster.", ("Leiter", "Polizeioberrat")),
        # A blank line ends the paragraph and the phrase.
        ("Es unterschrieb der Polizeioberrat.\n\nMax Muster kam später dazu.", ()),
    ],
)
def test_a_title_before_a_line_break(analyse: Analyse, sentence: str, expected: tuple[str, ...]) -> None:
    (person,) = people(analyse, RELEASE_HEAD + sentence + "\n")
    assert person.roles == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Role ist Name: a form of address or a title between copula and name.
        (
            "Ihr Ansprechpartner für den Landkreis ist Herr Max Muster.",
            ("Ansprechpartner für den Landkreis",),
        ),
        ("Neue Ansprechpartnerin ist Frau Dr. Eva Probe.", ("Ansprechpartnerin",)),
        # Something else between: no role.
        ("Der Ansprechpartner ist nicht mehr Herr Max Muster.", ()),
    ],
)
def test_role_copula_address_name(analyse: Analyse, sentence: str, expected: tuple[str, ...]) -> None:
    (person,) = people(analyse, RELEASE_HEAD + sentence + "\n")
    assert person.roles == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A relative clause with a role verb, hard-wrapped over two lines.
        (
            "Eva Probe, die beim Landratsamt das Referat\nSoziale Dienste leitet, lobte die Stadt.",
            ("Leiterin",),
        ),
        ("Max Muster, der im Rathaus seit 2020 das Amt für\nOrdnung leitet, sprach.", ("Leiter",)),
        # A paragraph break ends the clause.
        ("Eva Probe, die beim Landratsamt war.\n\nDas Referat leitet, wer gewählt wird.", ()),
    ],
)
def test_a_relative_clause_over_a_line_break(
    analyse: Analyse, sentence: str, expected: tuple[str, ...]
) -> None:
    (person,) = people(analyse, RELEASE_HEAD + sentence + "\n")
    assert person.roles == expected


@pytest.mark.parametrize(
    ("block", "expected"),
    [
        ("Bürgermeister\nKerstin Lamm", [("Kerstin Lamm", ("Bürgermeisterin",))]),
        ("Petra Sorge\nLeiter des Ordnungsamtes", [("Petra Sorge", ("Leiterin des Ordnungsamtes",))]),
        ("Es sprach Katrin Weide (MdL).", [("Katrin Weide", ("MdL", "Landtagsabgeordnete"))]),
        ("Grüße schickte MdB Ulrike Haas.", [("Ulrike Haas", ("MdB", "Bundestagsabgeordnete"))]),
        ("Es sprach OB Jana Kurz.", [("Jana Kurz", ("OB", "Oberbürgermeisterin"))]),
        # a man keeps the masculine; a title in the running text is kept as written
        ("Es sprach Tobias Weide (MdL).", [("Tobias Weide", ("MdL", "Landtagsabgeordneter"))]),
        ("Bürgermeister\nTobias Lamm", [("Tobias Lamm", ("Bürgermeister",))]),
        ("Es sprach Bürgermeister Kerstin Lamm.", [("Kerstin Lamm", ("Bürgermeister",))]),
    ],
)
def test_role_forms_follow_the_given_name(
    analyse: Analyse, block: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    """A title on its own line or an abbreviation does not agree with the name: the given name does."""
    text = "Titel der Meldung\n\nDer Rat tagte am Montag im Rathaus der Stadt Musterstadt.\n\n" + block + "\n"
    assert [(p.name, p.roles) for p in people(analyse, text)] == expected


#: A long sentence before and after, so that every line of the wrapped paragraph is cut at its column.
FILLER = (
    "Die Stadt und die Polizei arbeiten seit vielen Jahren eng zusammen und wollen die "
    "Sicherheit in den Wohngebieten weiter verbessern, wie es in der Mitteilung hieß."
)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Zum Treffen kamen am Dienstag Ortsvorsteher Rainer Fink und die Leiterin des Polizeireviers "
            "Kamenz, Sabine Dorn, sowie weitere Gäste.",
            [("Rainer Fink", ("Ortsvorsteher",)), ("Sabine Dorn", ("Leiterin des Polizeireviers Kamenz",))],
        ),
        (
            "Im großen Saal des Rathauses begrüßte der Oberbürgermeister der Stadt Musterhausen, Olaf "
            "Brenner, die Gäste.",
            [("Olaf Brenner", ("Oberbürgermeister der Stadt Musterhausen",))],
        ),
        (
            "Im großen Saal des Rathauses sprach auch Tanja Kiefer, Leiterin des Jugendamtes der Stadt "
            "Musterhausen, über ihre Erfahrungen.",
            [("Tanja Kiefer", ("Leiterin des Jugendamtes der Stadt Musterhausen",))],
        ),
        (
            "Im großen Saal des Rathauses stellte die Koordinatorin für kommunale Kriminalprävention Nina "
            "Roth den Plan vor.",
            [("Nina Roth", ("Koordinatorin für kommunale Kriminalprävention",))],
        ),
        (
            "Im großen Saal des Rathauses eröffnete die Stellvertreterin des Amtsleiters, Doris Wendt, "
            "die Sitzung.",
            [("Doris Wendt", ("Stellvertreterin des Amtsleiters",))],
        ),
        (
            "Auf dem Bild sind am Rande der Sitzung v.l.n.r. zu sehen: Heike Sander (Bürgermeisterin "
            "Musterhausen), Uwe Pohl (Revierleiter).",
            [("Heike Sander", ("Bürgermeisterin Musterhausen",)), ("Uwe Pohl", ("Revierleiter",))],
        ),
        (
            "Gast der Sitzung war am Abend Stefan Riedel. Der Geschäftsführer der Verkehrswacht sprach "
            "über sichere Schulwege.",
            [("Stefan Riedel", ("Geschäftsführer der Verkehrswacht",))],
        ),
        (
            "Referentin des Abends war Dr. Maria Seiffert von der Hochschule der Polizei in Rothenburg.",
            [("Maria Seiffert", ("Referentin des Abends",))],
        ),
        # a line of the wrapped paragraph that opens with a name is no name line
        (
            "Im Rathaus fand am Montag die Sitzung statt. Stellvertretende Bürgermeisterin Ines Wolf "
            "vertrat den erkrankten Bürgermeister der Gemeinde.",
            [("Ines Wolf", ("Stellvertretende Bürgermeisterin",))],
        ),
    ],
)
@pytest.mark.parametrize("width", [56, 61, 64, 67, 70, 73, 77])
def test_roles_of_hard_wrapped_paragraphs(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]], width: int
) -> None:
    """A page cut at a fixed column breaks role phrases anywhere: the roles stay whole."""
    wrapped = textwrap.fill(f"{FILLER} {sentence} {FILLER}", width, break_on_hyphens=False)
    found = [
        (p.name, tuple(" ".join(r.split()) for r in p.roles))
        for p in people(analyse, RELEASE_HEAD + wrapped + "\n")
    ]
    assert found == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a group title with a counted complement goes to every name of the list after the dash
        (
            "Die Ortsvorsteher der beiden Ortsteile – Rita Kolb (Nord) und Bernd Sauer (Süd) – kamen auch.",
            [
                ("Rita Kolb", ("Ortsvorsteher der beiden Ortsteile",)),
                ("Bernd Sauer", ("Ortsvorsteher der beiden Ortsteile",)),
            ],
        ),
        (
            "Die Bürgermeister der vier Gemeinden – Rita Kolb (Ahausen), Bernd Sauer (Bedorf) – unterschrieben.",
            [
                ("Rita Kolb", ("Bürgermeister der vier Gemeinden",)),
                ("Bernd Sauer", ("Bürgermeister der vier Gemeinden",)),
            ],
        ),
        # a number outside the complement is no part of a role
        ("Der Bürgermeister hatte drei Gäste, darunter Rita Kolb.", [("Rita Kolb", ())]),
        # "a. D.": a title out of service still stands before its name
        (
            "Einen Vortrag hielt Polizeidirektor a. D. Bernd Sauer.",
            [("Bernd Sauer", ("Polizeidirektor a. D.",))],
        ),
        # a copula before a title and a name gives both roles to the name
        (
            "Neue Leiterin des Reviers ist Polizeirätin Rita Kolb.",
            [("Rita Kolb", ("Leiterin des Reviers", "Polizeirätin"))],
        ),
        ("Ansprechpartner ist Herr Dr. Bernd Sauer.", [("Bernd Sauer", ("Ansprechpartner",))]),
    ],
)
def test_group_titles_retired_titles_and_copulas(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentence + "\n")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a plural title before two names gives it both
        (
            "Anwesend waren auch die Gemeinderäte Rita Kolb und Bernd Sauer.",
            [("Rita Kolb", ("Gemeinderat",)), ("Bernd Sauer", ("Gemeinderat",))],
        ),
        (
            "Es kamen die Ortsvorsteherinnen Rita Kolb und Eva Sauer.",
            [("Rita Kolb", ("Ortsvorsteherin",)), ("Eva Sauer", ("Ortsvorsteherin",))],
        ),
        # "als" opening a clause: the name after its verb
        (
            "Als Moderatorin führte Rita Kolb durch den Abend, als Referent sprach Bernd Sauer.",
            [("Rita Kolb", ("Moderatorin",)), ("Bernd Sauer", ("Referent",))],
        ),
        # "als" inside a clause: the name before it
        ("Rita Kolb arbeitet als Moderatorin beim Radio.", [("Rita Kolb", ("Moderatorin beim Radio",))]),
    ],
)
def test_plural_titles_and_als_clauses(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentence + "\n")] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Planners, inspectors and commanders are roles by their endings.
        (
            "Vom Landratsamt kam die Verkehrsplanerin Greta Holm dazu.",
            [("Greta Holm", ("Verkehrsplanerin",))],
        ),
        (
            "Der Kommandant der Ortswehr Talheim, Inspektor Jonas Brede, sprach zuerst.",
            [("Jonas Brede", ("Kommandant der Ortswehr Talheim", "Inspektor"))],
        ),
        ("Die Planung der Wege übernahm das Bauamt.", []),
        # A family name shaped like a derived noun is a name after a role or a form of address ...
        ("Es sprach Landrätin Heike Wallung im Saal.", [("Heike Wallung", ("Landrätin",))]),
        ("Zuerst sprach Frau Heike Wallung im Saal.", [("Heike Wallung", ())]),
        # ... not without one.
        ("Im Saal begann Heike Wallung den Abend.", []),
        # A capitalised adjective before a plural noun after a role word names no person.
        ("Der Landrat empfing Vertreter Städtischer Sicherheitsräte in Pirna.", []),
        ("Er begrüßte Vertreterinnen und Vertreter Regionaler Präventionsräte.", []),
    ],
)
def test_roles_and_names_of_real_pages(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentence + "\n")] == expected


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Titelfoto: Greta Holm", [("Greta Holm", ("Fotografin",))]),
        ("Archivfoto: Jonas Brede", [("Jonas Brede", ("Fotograf",))]),
        ("Interview: Jonas Brede", [("Jonas Brede", ("Autor",))]),
        ("Text: Greta Holm", [("Greta Holm", ("Autorin",))]),
        # who is in the picture, not who took it
        ("Foto: v. l. n. r. Greta Holm, Jonas Brede", [("Greta Holm", ()), ("Jonas Brede", ())]),
    ],
)
def test_labelled_credits_and_bylines(
    analyse: Analyse, line: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    text = RELEASE_HEAD + "Die Polizei war vor Ort.\n\n" + line + "\n\nDer Rat tagte am Abend.\n"
    assert [(p.name, p.roles) for p in people(analyse, text)] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a letter to the readers signed "Ihr/Ihre Name" with the role on the line under it
        ("Wir laden alle herzlich ein.\n\nIhre Greta Holm\nLandrätin", [("Greta Holm", ("Landrätin",))]),
        (
            "Wir laden alle herzlich ein.\n\nEuer Jonas Brede\nVorsitzender",
            [("Jonas Brede", ("Vorsitzender",))],
        ),
        # "Ihr" opening a sentence is no signature
        (
            "Ihr Jonas Brede hat den Stand gebaut.\nVorsitzender des Vereins ist Paul Kern.",
            [("Jonas Brede", ()), ("Paul Kern", ("Vorsitzender des Vereins",))],
        ),
        # one person picked out of a group a plural role names
        (
            "Im Viertel sind zwei Streetworker unterwegs, einer davon ist Jonas Brede (28).",
            [("Jonas Brede", ("Streetworker",))],
        ),
        (
            "Im Team arbeiten drei Sozialarbeiterinnen, eine von ihnen ist Greta Holm.",
            [("Greta Holm", ("Sozialarbeiterin",))],
        ),
        ("Drei Sozialarbeiterinnen kamen, mit ihnen sprach Greta Holm.", [("Greta Holm", ())]),
        # the person who moderated
        ("Moderiert wurde der Abend von Dr. Greta Holm vom Institut.", [("Greta Holm", ("Moderatorin",))]),
        ("Die Moderation übernahm Jonas Brede.", [("Jonas Brede", ("Moderator",))]),
        ("Jonas Brede moderierte die zweite Runde.", [("Jonas Brede", ("Moderator",))]),
        ("Der moderierte Austausch lief gut, sagte Jonas Brede.", [("Jonas Brede", ())]),
    ],
)
def test_roles_by_signature_group_and_activity(
    analyse: Analyse, body: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + body + "\n")] == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a role that is the subject of the sentence before introduces the name opening the next
        (
            "Der Polizeipräsident der Polizeidirektion Görlitz war ebenfalls gekommen. Jonas Brede "
            "sagte, die Zahlen seien gesunken.",
            [("Jonas Brede", ("Polizeipräsident der Polizeidirektion Görlitz",))],
        ),
        (
            "Auch die Landrätin war gekommen: Greta Holm lobte das Projekt.",
            [("Greta Holm", ("Landrätin",))],
        ),
        # not when the genders disagree, the role is an object, or a paragraph lies between
        ("Der Bürgermeister war verhindert. Greta Holm sprach für die Stadt.", [("Greta Holm", ())]),
        (
            "Am Ende zog der Bürgermeister Bilanz. Jonas Brede sagte, es sei gut gelaufen.",
            [("Jonas Brede", ())],
        ),
        (
            "Der Polizeipräsident war gekommen.\n\nJonas Brede sagte, es sei gut gelaufen.",
            [("Jonas Brede", ())],
        ),
        # two predicates: each is its own subject's
        (
            "Jonas Brede ist Bürgermeister, Greta Holm Leiterin des Ordnungsamtes.",
            [("Jonas Brede", ("Bürgermeister",)), ("Greta Holm", ("Leiterin des Ordnungsamtes",))],
        ),
        (
            "Jonas Brede ist seit 2019 Bürgermeister, Greta Holm ist Leiterin des Ordnungsamtes.",
            [("Jonas Brede", ("Bürgermeister",)), ("Greta Holm", ("Leiterin des Ordnungsamtes",))],
        ),
        # a role after a copula with no name before it stays an apposition of the name after it
        (
            "Mit dabei ist auch die Leiterin des Amtes, Greta Holm.",
            [("Greta Holm", ("Leiterin des Amtes",))],
        ),
        (
            "Die Stadt wurde durch ihren Leiter, Bürgermeister Jonas Brede, vertreten.",
            [("Jonas Brede", ("Leiter", "Bürgermeister"))],
        ),
    ],
)
def test_roles_across_sentences_and_predicates(
    analyse: Analyse, body: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + body + "\n")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the author closing the release date line
        (
            "Titel der Meldung\n\nVeröffentlicht am 2. März 2022 von Greta Holm\n\nDer Rat tagte am Abend.\n",
            [("Greta Holm", ("Autorin",))],
        ),
        ("Titel der Meldung\n\nStand: 2. März 2022, von der Stadt Talheim\n\nDer Rat tagte am Abend.\n", []),
        # the author of the byline who took the photo too has both roles
        (
            "Titel der Meldung\n\nVon Jonas Brede\n\nDer Rat tagte am Abend.\n\nFoto: Jonas Brede\n\nMehr Text.\n",
            [("Jonas Brede", ("Autor", "Fotograf"))],
        ),
    ],
)
def test_authors_of_date_lines_and_bylines(
    analyse: Analyse, text: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, text)] == expected


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        # a minister's portfolio and a frame name no body
        ("Es sprach Staatsministerin für Soziales Greta Holm.", None),
        ("Es sprach der Staatsminister des Innern, Jonas Brede.", None),
        ("Es sprach Jonas Brede, Streetworker im Rahmen des Projektes Talheim.", None),
        # a body named in the complement stays
        ("Es sprach Jonas Brede, Leiter des Polizeireviers Talheim.", "Polizeirevier Talheim"),
    ],
)
def test_organisations_are_bodies(analyse: Analyse, sentence: str, organization: str | None) -> None:
    (person,) = people(analyse, RELEASE_HEAD + sentence + "\n")
    assert person.organization == organization


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a label's generic role takes the named person's gender
        (
            "Titel der Meldung\n\nDer Rat tagte am Abend.\n\nVerantwortlich: Greta Holm\n",
            ("Verantwortliche",),
        ),
        (
            "Titel der Meldung\n\nDer Rat tagte am Abend.\n\nVerantwortlich: Jonas Brede\n",
            ("Verantwortlicher",),
        ),
        # a label run into the line before it begins a role of its own
        (
            "Polizei: Talheim ist neues Mitglied der Allianz Sichere Kommunen Verantwortlich: Greta Holm\n"
            "Stand: 23.06.2022, 11:15 Uhr\n\nDer Rat tagte am Abend.\n",
            ("Verantwortliche",),
        ),
    ],
)
def test_label_roles(analyse: Analyse, text: str, expected: tuple[str, ...]) -> None:
    (person,) = people(analyse, text)
    assert person.roles == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # two titles stacked before a name are both the person's
        ("Es antwortete Revierleiter Polizeirat Jonas Brede.", ("Revierleiter", "Polizeirat")),
        (
            "Vor Ort ist die Bürgerpolizistin Polizeimeisterin Greta Holm.",
            ("Bürgerpolizistin", "Polizeimeisterin"),
        ),
        # a nominalised adjective for a man takes the strong masculine form
        ("Es sprach der Vorsitzende des Vereins, Jonas Brede.", ("Vorsitzender des Vereins",)),
        ("Es sprach die Vorsitzende des Vereins, Greta Holm.", ("Vorsitzende des Vereins",)),
        ("Es sprach der stellvertretende Beauftragte Jonas Brede.", ("stellvertretender Beauftragter",)),
    ],
)
def test_stacked_titles_and_adjectival_roles(
    analyse: Analyse, sentence: str, expected: tuple[str, ...]
) -> None:
    (person,) = people(analyse, RELEASE_HEAD + sentence + "\n")
    assert person.roles == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # Professions and functions by the head of their compound, before or after the name.
        (
            "Zur Diskussion kam die Verkehrspolitikerin Eva Probe aus Musterstadt.",
            [("Eva Probe", ("Verkehrspolitikerin",))],
        ),
        ("Es referierte der Kriminologe Karl Muster über Jugendgewalt.", [("Karl Muster", ("Kriminologe",))]),
        ("Die Urkunde überreichte Amtsrichterin Ida Beispiel.", [("Ida Beispiel", ("Amtsrichterin",))]),
        ("Der Bauingenieur Jonas Brede stellte die Pläne vor.", [("Jonas Brede", ("Bauingenieur",))]),
        (
            "Die Stadt ehrte den Rettungsschwimmer Jonas Brede für seinen Einsatz.",
            [("Jonas Brede", ("Rettungsschwimmer",))],
        ),
        (
            "Greta Holm, Chefermittlerin der Kriminalpolizei, berichtete über den Fall.",
            [("Greta Holm", ("Chefermittlerin der Kriminalpolizei",))],
        ),
        (
            "Das Gutachten erstellte der Brandgutachter Jonas Brede aus Musterstadt.",
            [("Jonas Brede", ("Brandgutachter",))],
        ),
        (
            "Greta Holm, Landschaftsarchitektin aus Musterstadt, stellte die Pläne vor.",
            [("Greta Holm", ("Landschaftsarchitektin",))],
        ),
        (
            "Alt-OB Karl Muster und CDU-Landrat Jonas Brede kamen.",
            [("Karl Muster", ("Alt-OB",)), ("Jonas Brede", ("CDU-Landrat",))],
        ),
        # A trade that is also a common family name is a role after an article and before a name.
        ("Es kochte der Koch Jonas Brede aus Musterstadt.", [("Jonas Brede", ("Koch",))]),
        ("Die Stadt ehrte den erfahrenen Fischer Jonas Brede.", [("Jonas Brede", ("Fischer",))]),
        (
            "Der Bauer Jonas Brede und die Gärtnerin Greta Holm zeigten den Hof.",
            [("Jonas Brede", ("Bauer",)), ("Greta Holm", ("Gärtnerin",))],
        ),
        ("Koch Jonas Brede zeigte die Küche.", [("Jonas Brede", ())]),
        ("Es sprach Jonas Koch über die Lage.", [("Jonas Koch", ())]),
        # "Professor" written out right before a name is an academic title, kept as the honorific;
        # with an article or a complement it is a position.
        ("Es sprach Professor Dr. Jonas Brede über die Studie.", [("Jonas Brede", ())]),
        (
            "Professorin Greta Holm, die Leiterin des Instituts, eröffnete die Tagung.",
            [("Greta Holm", ("Leiterin des Instituts",))],
        ),
        (
            "Es sprach die Professorin für Soziologie Greta Holm.",
            [("Greta Holm", ("Professorin für Soziologie",))],
        ),
        # A role and "wie" before a name: the name is an example of the role.
        ("Gesucht werden Fachkräfte wie Streetworker Jonas Brede.", [("Jonas Brede", ("Streetworker",))]),
        ("Für Bürgermeister wie Jonas Brede ist das eine Hilfe.", [("Jonas Brede", ("Bürgermeister",))]),
        ("Der Bürgermeister sprach wie Jonas Brede zuvor über die Lage.", [("Jonas Brede", ())]),
        ("Gebraucht werden Ehrenamtliche wie Jonas Brede.", [("Jonas Brede", ())]),
        # A role before the copula, the name after it with an article and words describing the person.
        (
            "Schirmherrin des Festes ist die sächsische Sozialministerin Greta Holm.",
            [("Greta Holm", ("Schirmherrin des Festes", "sächsische Sozialministerin"))],
        ),
        (
            "Ansprechpartner ist der erfahrene Polizist Jonas Brede.",
            [("Jonas Brede", ("Ansprechpartner", "Polizist"))],
        ),
        (
            "Initiator der Aktion ist der Musterstädter Jonas Brede.",
            [("Jonas Brede", ("Initiator der Aktion",))],
        ),
        ("Leiter der Gruppe ist der Sohn von Jonas Brede.", [("Jonas Brede", ())]),
        ("Organisator des Festes ist der Verein von Jonas Brede.", [("Jonas Brede", ())]),
        # Nouns that only end like a role word give none.
        ("Der Trichter fiel Jonas Brede aus der Hand.", [("Jonas Brede", ())]),
        ("Die Monologe von Jonas Brede sind lang.", [("Jonas Brede", ())]),
    ],
)
def test_roles_by_compound_heads_and_their_binding(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    assert [(p.name, p.roles) for p in people(analyse, RELEASE_HEAD + sentence + "\n")] == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # A family name with its particle after a form of address is a person, one with the full name.
        (
            "Im Sommer einigte sich die Stadt mit der Erbin, Frau von Musterhausen, über das Bild.",
            [("von Musterhausen", "f")],
        ),
        ("Gäste: Eva von Probe und andere. Frau von Probe lobte die Stadt.", [("Eva von Probe", "f")]),
        ("Frau von Probe sprach zuerst. Danach dankte Eva von Probe den Gästen.", [("Eva von Probe", "f")]),
        # Not a place of work, a phrase or a given name after the particle.
        ("Es kam Herr vom Ordnungsamt.", []),
        ("Sie ist eine Frau von Welt.", []),
        ("Es kam Herr von Jonas Brede.", [("Jonas Brede", "m")]),
    ],
)
def test_a_particle_name_after_a_form_of_address(
    analyse: Analyse, sentences: str, expected: list[tuple[str, str]]
) -> None:
    assert [(p.name, p.gender) for p in people(analyse, RELEASE_HEAD + sentences + "\n")] == expected
