"""Tests of the name finder: running text, credits, bylines, e-mail addresses, and role words."""

from __future__ import annotations

from itertools import pairwise

import pytest

from pipeline.extract.officials.extractor import extract_officials, name_mentions
from pipeline.extract.officials.names import NameMention
from pipeline.nlp.gazetteer import load_gazetteer
from tests.conftest import RELEASE_HEAD, Analyse

#: (name, family, honorific, gender, source)
Row = tuple[str, str, str | None, str, str]


def names(analyse: Analyse, text: str) -> list[NameMention]:
    doc, layout = analyse(text)
    found = name_mentions(doc, layout, load_gazetteer())
    for mention in found:
        assert mention.start < mention.end
    starts = [m.start for m in found]
    assert starts == sorted(starts)
    assert all(a.end <= b.start for a, b in pairwise(found))
    return found


def rows(found: list[NameMention]) -> list[Row]:
    return [(m.name, m.family, m.honorific, m.gender, m.source) for m in found]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Innenminister Prof. Dr. Roland Wöller begrüßte die Gäste.",
            [("Roland Wöller", "Wöller", "Prof. Dr.", "m", "text")],
        ),
        ("Staatssekretär Dr. Frank Pfeil war anwesend.", [("Frank Pfeil", "Pfeil", "Dr.", "m", "text")]),
        (
            "Die Moderation übernahm Maria J. Schubert.",
            [("Maria J. Schubert", "Schubert", None, "f", "text")],
        ),
        (
            "Anja Herold-Beckmann sprach zuerst.",
            [("Anja Herold-Beckmann", "Herold-Beckmann", None, "f", "text")],
        ),
        ("Im Anschluss sprach Herr Steinke über die Arbeit.", [("Steinke", "Steinke", None, "m", "family")]),
        ("Herr Dr. Steinke sprach zuerst.", [("Steinke", "Steinke", "Dr.", "m", "family")]),
        ("Danach sprach Frau Meyer.", [("Meyer", "Meyer", None, "f", "family")]),
        ("Landrat Keil begrüßte die Gäste.", [("Keil", "Keil", None, "", "family")]),
        ("Das Gespräch mit Innenminister Wöller war gut.", [("Wöller", "Wöller", None, "", "family")]),
        (
            "Frau Polizeioberrätin Susanne Heise begrüßte die Gäste.",
            [("Susanne Heise", "Heise", None, "f", "text")],
        ),
        (
            "Landrat Rolf Keil und OB Ralf Oberdorfer sprachen.",
            [("Rolf Keil", "Keil", None, "m", "text"), ("Ralf Oberdorfer", "Oberdorfer", None, "m", "text")],
        ),
        (
            "Kontakt: hans.tuschling@smi.sachsen.de",
            [("Hans Tuschling", "Tuschling", None, "m", "email")],
        ),
        # not persons
        ("Von Seiten der Polizei wurde die Arbeit gelobt.", []),
        ("Vertreter Kitas und Schulen waren anwesend.", []),
        ("Das Treffen fand im August Horch Museum statt.", []),
        ("Der Städtebund Silberberg tritt bei.", []),
        ("Ein Vertreter des Jobcenters sprach.", []),
        ("Kontakt: info.asskomm@smi.sachsen.de", []),
        pytest.param(
            "Die Karl Marx Straße wurde gesperrt.",
            [],
        ),
    ],
)
def test_names_in_running_text(analyse: Analyse, sentence: str, expected: list[Row]) -> None:
    text = RELEASE_HEAD + sentence + "\n"
    found = names(analyse, text)
    assert rows(found) == expected
    for mention in found:
        if mention.source != "email":
            assert text[mention.start : mention.end] == mention.name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A bracket after a full name gives its role and town: the town is no family name.
        (
            "Es unterschrieben Eva Probe (Bürgermeisterin Kranichau) und Jonas Muster (Erster Bürgermeister Lindwald).",
            ["Eva Probe", "Jonas Muster"],
        ),
        # A title and a family name in a bracket after no name still name a person.
        ("Die Gemeinde (Bürgermeister Kranich) lud ein.", ["Kranich"]),
        ("Es sprach Bürgermeister Kranich über die Pläne.", ["Kranich"]),
    ],
)
def test_a_town_after_a_title_in_a_bracket_after_a_name(
    analyse: Analyse, text: str, expected: list[str]
) -> None:
    assert [m.name for m in names(analyse, RELEASE_HEAD + text + "\n")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # After an academic title a particle before a place's name is part of the family name.
        ("Es sprach der Kreisrat Dr. Jonas von Freiberg im Saal.", ["Jonas von Freiberg"]),
        # Without a title, "von" and a place say where the person comes from.
        ("Es sprach Jonas Probe von Freiberg im Saal.", ["Jonas Probe"]),
    ],
)
def test_a_particle_before_a_place(analyse: Analyse, text: str, expected: list[str]) -> None:
    assert [m.name for m in names(analyse, RELEASE_HEAD + text + "\n")] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A hard-wrapped paragraph breaks the line between the given and the family name.
        (
            "Zur Sitzung hatte der Kreistagsabgeordnete Jonas\nBeispiel die Schulen eingeladen.",
            ["Jonas Beispiel"],
        ),
        (
            "Zur Sitzung kam am Dienstag auch die Professorin Dr. Jana\nMusterfrau aus Mittweida.",
            ["Jana Musterfrau"],
        ),
        # A short line ends with its last word: no name over the break.
        ("Am Tisch: Jonas\nBeispiel folgt unten.", []),
    ],
)
def test_a_name_over_a_wrapped_line_break(analyse: Analyse, text: str, expected: list[str]) -> None:
    assert [m.name for m in names(analyse, RELEASE_HEAD + text + "\n")] == expected


def test_email_mention_spans_the_local_part(analyse: Analyse) -> None:
    text = RELEASE_HEAD + "Kontakt: hans.tuschling@smi.sachsen.de\n"
    [mention] = names(analyse, text)
    assert text[mention.start : mention.end] == "hans.tuschling"
    assert (mention.tok_start, mention.tok_end) == (-1, -1)


def test_caption_names_keep_token_indices(analyse: Analyse) -> None:
    text = (
        RELEASE_HEAD + "Polizeihauptmeister Timo Rasche, Landtagsabgeordnete Sandra Gockel, Hans Tuschling, "
        "Bürgermeister Jürgen Opitz (v. l. n. r.)\n© LPR | Roy Schlesinger\n\nText.\n"
    )
    doc, _ = analyse(text)
    found = names(analyse, text)
    assert rows(found) == [
        ("Timo Rasche", "Rasche", None, "m", "text"),
        ("Sandra Gockel", "Gockel", None, "f", "text"),
        ("Hans Tuschling", "Tuschling", None, "m", "text"),
        ("Jürgen Opitz", "Opitz", None, "m", "text"),
        ("Roy Schlesinger", "Schlesinger", None, "m", "credit"),
    ]
    for mention in found[:4]:
        assert doc[mention.tok_start : mention.tok_end].text == mention.name


@pytest.mark.parametrize(
    ("text", "expected", "roles", "organization"),
    [
        (
            "17.04.2024\n\nTitel\n\nGruppenbild\n© LPR | Roy Schlesinger\n\nText.\n",
            ("Roy Schlesinger", "Schlesinger", None, "m", "credit"),
            ("Fotograf",),
            "LPR",
        ),
        (
            "05.04.2023\n\nTitel\n\nAm Tisch\n© SMI/SvenRogge\n\nText.\n",
            ("Sven Rogge", "Rogge", None, "m", "credit"),
            ("Fotograf",),
            "SMI",
        ),
        (
            "17.04.2024\n\nTitel\n\nBild\n© Sabine Larbig\n\nText.\n",
            ("Sabine Larbig", "Larbig", None, "f", "credit"),
            ("Fotografin",),
            None,
        ),
        (
            "Krauschwitz ist Teil\n\nDie Gemeinde hat Ziele.\n\nVon Sabine Larbig\n 4 Min.\nTeilen\n\nText.\n",
            ("Sabine Larbig", "Larbig", None, "f", "byline"),
            ("Autorin",),
            None,
        ),
        (
            "Krauschwitz ist Teil\n\nVon Matthias Klaus\n\nDer Text geht weiter.\n",
            ("Matthias Klaus", "Klaus", None, "m", "byline"),
            ("Autor",),
            None,
        ),
    ],
)
def test_credit_and_byline_names(
    analyse: Analyse, text: str, expected: Row, roles: tuple[str, ...], organization: str | None
) -> None:
    [mention] = names(analyse, text)
    assert rows([mention]) == [expected]
    assert mention.roles == roles
    assert mention.organization == organization
    assert text[mention.start : mention.end].replace(" ", "") == mention.name.replace(" ", "")


def test_names_in_debris_and_footer_are_skipped(analyse: Analyse) -> None:
    text = (
        "Merken\nTeilen\nBürgermeister Thomas Meier\n\nTitel der Meldung\n\n"
        "Bürgermeister Jürgen Opitz lobte die Arbeit.\n\nzurück zum Seitenanfang\nSven Forkert\n"
    )
    assert [m.name for m in names(analyse, text)] == ["Jürgen Opitz"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Den Vortrag hielt Dr. Eva von Probe aus Leipzig.", ["Eva von Probe"]),
        ("Referentin Anna de Beispiel sprach zuerst.", ["Anna de Beispiel"]),
        # A place after the particle is where somebody comes from, not a family name.
        ("Es sprach Anna Muster von Dresden aus.", ["Anna Muster"]),
        ("Grüße gingen an Anna von Dresden.", []),
        # Without a title, a role or a second mention, a word before von is a noun, not a given name.
        ("Es entstand eine neue Art von Nachbarschaftshilfe im Viertel.", []),
        # the later "Frau von Probe" is a mention of its own (one person with the full name: test_extractor)
        ("Gäste: Eva von Probe und andere. Frau von Probe lobte die Stadt.", ["Eva von Probe", "von Probe"]),
    ],
)
def test_names_keep_particles(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [m.name for m in names(analyse, RELEASE_HEAD + sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A title's complement (an adjective and a noun) is no name, wrapped or not.
        ("Es sprach Eva Probe, Sachgebietsleiterin Städtische\nSicherheit im Rathaus.", ["Eva Probe"]),
        ("Es sprach Eva Probe, Referatsleiterin Soziale Arbeit im Rathaus.", ["Eva Probe"]),
        # Family names that only look like adjectives are still names.
        ("Die Sitzung leitete Landrat Fischer\nim großen Saal.", ["Fischer"]),
        ("Es sprach Anna Welle, Referatsleiterin im Rathaus.", ["Anna Welle"]),
    ],
)
def test_title_complement_is_no_name(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [m.name for m in names(analyse, RELEASE_HEAD + sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A name-like title alone in quotation marks is a project, not a person.
        ('Die Stadt startet das Projekt "Helle Zeiten" im Mai.', []),
        ("Die Stadt startet die Aktion „Anna Sommer“ im Mai.", []),
        # A person whose name only begins or ends a quote is still named.
        ("„Wir machen weiter“, sagte Anna Sommer.", ["Anna Sommer"]),
        ("Anna Sommer sagte: „Wir machen weiter.“", ["Anna Sommer"]),
    ],
)
def test_a_name_alone_in_marks_is_a_title(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [m.name for m in names(analyse, RELEASE_HEAD + sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # A role word that is also a common family name, after Herr/Frau and before no name.
        ("Es sprach Herr Richter über die Lage.", ["Richter"]),
        ("Den Dank sprach Frau Dr. Meister aus.", ["Meister"]),
        ("Es sprach Herr Richter Jonas Brede über die Lage.", ["Jonas Brede"]),
        ("Es sprach der Herr Richter über die Lage.", []),
        ("Es sprach Herr Bürgermeister über die Lage.", []),
        # A particle name the statistical model tags as a person needs no title.
        ("Die Ausstellung zeigt Werke von Anna van Dijk aus Amsterdam.", ["Anna van Dijk"]),
        ("Gestern besuchte Marie de Groot die Schule.", ["Marie de Groot"]),
        ("Eine Art von Zusammenarbeit entstand im Viertel.", []),
        # A Gaelic family name with its inner capital.
        ("Es sprach Ministerpräsident David McAllister.", ["David McAllister"]),
        ("Es sprach Ida Beispiel über das MCU-Projekt.", ["Ida Beispiel"]),
    ],
)
def test_family_names_that_look_like_roles_particles_and_inner_capitals(
    analyse: Analyse, sentence: str, expected: list[str]
) -> None:
    assert [m.name for m in names(analyse, RELEASE_HEAD + sentence)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a trade that is also a family name is the family name after "Herr"/"Frau"
        ("Herr Priester begrüßte die Gäste.", ["Priester"]),
        ("Anna Tänzer sprach zuerst. Frau Tänzer lobte die Kinder.", ["Anna Tänzer"]),
        ("Frau Handwerker dankte allen.", ["Handwerker"]),
    ],
)
def test_a_trade_that_is_a_family_name(analyse: Analyse, text: str, expected: list[str]) -> None:
    doc, layout = analyse("17.04.2024\n\nTitel der Meldung\n\n" + text + "\n")
    assert [p.name for p in extract_officials(doc, layout)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a party's politician after a singular article introduces a bare family name
        ("Das sei falsch, sagte der CSU-Politiker Brandl am Montag.", ["Brandl"]),
        ("Laut der AfD-Politikerin Reuter sei alles geklärt.", ["Reuter"]),
        # a plural, or no article: no person
        ("Die SPD-Politiker Bedenken hatten, wurden gehört.", []),
        ("Der Politiker Brandl sprach.", []),
    ],
)
def test_a_party_politician_before_a_family_name(analyse: Analyse, text: str, expected: list[str]) -> None:
    doc, layout = analyse("17.04.2024\n\nTitel der Meldung\n\n" + text + "\n")
    assert [p.name for p in extract_officials(doc, layout)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an English title of nobility or stage before a name is no given name of it
        ("Es tanzte Drag Queen Mila Sommer aus Berlin.", ["Mila Sommer"]),
        ("Sir Peter Krause dirigierte.", ["Peter Krause"]),
        ("Es sang Lady Fantasia.", []),
        # a given name that is no such title stays
        ("Es sprach Lisa Marie Sommer.", ["Lisa Marie Sommer"]),
    ],
)
def test_a_title_of_nobility_is_no_given_name(analyse: Analyse, text: str, expected: list[str]) -> None:
    doc, layout = analyse("17.04.2024\n\nTitel der Meldung\n\n" + text + "\n")
    assert [p.name for p in extract_officials(doc, layout)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name that is also a given name and ends like a noun ("Jung"): the family name
        ("Von links: Kai Vogt, Gemeinderätin Sina Jung", ["Kai Vogt", "Sina Jung"]),
        ("Es sprach Hans Jung.", ["Hans Jung"]),
        # three given names: the last one is the family name
        ("Es sprach Lisa Marie Sommer.", ["Lisa Marie Sommer"]),
        # a thing named after a person is none
        ("Wir trafen uns im Hans Jung Haus.", []),
    ],
)
def test_a_given_name_as_family_name(analyse: Analyse, text: str, expected: list[str]) -> None:
    doc, layout = analyse("17.04.2024\n\nTitel der Meldung\n\n" + text + "\n")
    assert [p.name for p in extract_officials(doc, layout)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a family name cut to its initial, as courts and the police write it
        ("Der Angeklagte Andreas R. (47) blieb dabei.", ["Andreas R."]),
        ("Uwe K. und Jana P. halfen beim Aufbau.", ["Uwe K.", "Jana P."]),
        # a middle initial before the family name stays part of the full name
        ("Es sprach Maria J. Schubert.", ["Maria J. Schubert"]),
        # a given name alone is no person
        ("Es sprach Maria am Montag.", []),
    ],
)
def test_a_family_name_cut_to_its_initial(analyse: Analyse, text: str, expected: list[str]) -> None:
    doc, layout = analyse("17.04.2024\n\nTitel der Meldung\n\n" + text + "\n")
    assert [p.name for p in extract_officials(doc, layout)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an article after a name whose family name is also a given name opens the next sentence
        ("Titel der Seite Jens Albrecht Die Arbeit der Gremien ist wichtig", ["Jens Albrecht"]),
        ("Es sprach Jens Albrecht. Die Arbeit ist wichtig.", ["Jens Albrecht"]),
    ],
)
def test_an_article_is_no_family_name(analyse: Analyse, text: str, expected: list[str]) -> None:
    doc, layout = analyse("17.04.2024\n\nTitel der Meldung\n\n" + text + "\n")
    assert [p.name for p in extract_officials(doc, layout)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a given name the table does not know: the structure around the name makes it one
        ("Die Koordinatorin Zanele Dlamini berichtete über ihre Arbeit.", ["Zanele Dlamini"]),
        ("Streetworker Lwazi Nkosi berichtete über die Arbeit.", ["Lwazi Nkosi"]),
        ("Herr Lwazi Nkosi berichtete über die Arbeit.", ["Lwazi Nkosi"]),
        ("Frau Zanele Dlamini berichtete über die Arbeit.", ["Zanele Dlamini"]),
        # named in full once, then by the family name alone
        ("Die Ausstellung eröffnete Nkechi Okafor. Okafor lebt seit 2010 in Leipzig.", ["Nkechi Okafor"]),
        (
            "Zanele Dlamini berichtete über ihre Arbeit. Dlamini betonte die Bedeutung der Prävention.",
            ["Zanele Dlamini"],
        ),
        # a form of address before an unknown given name and a double family name
        ("Frau Zanele Okonjo-Iweala stellte das Projekt vor.", ["Zanele Okonjo-Iweala"]),
        ("Frau Anja Müller-Lüdenscheidt stellte das Projekt vor.", ["Anja Müller-Lüdenscheidt"]),
        ("Frau Müller-Lüdenscheidt stellte das Projekt vor.", ["Müller-Lüdenscheidt"]),
        # negatives: a building or a group named twice, a noun repeated, are no persons
        ("Die Villa Postplatz wurde saniert. In der Villa Postplatz wohnen viele.", []),
        ("Die Band Rote Welle spielte auf. Welle um Welle kamen Besucher.", []),
        ("Im Haus Sonnenschein feierten die Senioren. Sonnenschein gab es auch.", []),
        ("Der Ort Dolní Poustevna liegt an der Grenze. Poustevna hat 1700 Einwohner.", []),
    ],
)
def test_a_foreign_given_name_by_structure(analyse: Analyse, text: str, expected: list[str]) -> None:
    doc, layout = analyse(RELEASE_HEAD + "Am Montag traf sich der Kreis im Rathaus. " + text + "\n")
    assert [p.name for p in extract_officials(doc, layout)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # capitalised words after a plural quantifier are a plural noun phrase, nobody's name
        ("Die Schauspielerin wurde mit mehreren Tony Awards ausgezeichnet.", []),
        ("Der Verein ehrte einige Max Mustermann Preisträger.", []),
        ("Die Jury vergab zahlreiche Oscar Nominierungen.", []),
        # a quantifier elsewhere in the sentence keeps the name
        ("Bürgermeister Jens Pohl dankte vielen Helfern.", ["Jens Pohl"]),
        ("Mit vielen Grüßen an Anja Wolf endete der Abend.", ["Anja Wolf"]),
    ],
)
def test_no_name_after_a_plural_quantifier(analyse: Analyse, text: str, expected: list[str]) -> None:
    doc, layout = analyse(RELEASE_HEAD + "Am Montag traf sich der Kreis im Rathaus. " + text + "\n")
    assert [p.name for p in extract_officials(doc, layout)] == expected
