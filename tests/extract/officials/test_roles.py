"""Tests of role phrases and of binding them to the names they describe."""

from __future__ import annotations

import pytest

from pipeline.extract.officials.binding import bind_roles
from pipeline.extract.officials.extractor import name_mentions
from pipeline.extract.officials.roles import find_role_phrases
from pipeline.nlp.gazetteer import load_gazetteer
from tests.conftest import RELEASE_HEAD, Analyse

#: (phrase text, roles, organization, has_determiner)
Phrase = tuple[str, tuple[str, ...], str | None, bool]


def phrases(analyse: Analyse, sentence: str) -> list[Phrase]:
    doc, layout = analyse(RELEASE_HEAD + sentence + "\n")
    found = find_role_phrases(doc, name_mentions(doc, layout, load_gazetteer()))
    return [(doc[p.start : p.end].text, p.roles, p.organization, p.has_determiner) for p in found]


def bound(analyse: Analyse, sentence: str) -> dict[str, list[tuple[str, ...]]]:
    """Name -> the roles of each phrase bound to it."""
    doc, layout = analyse(RELEASE_HEAD + sentence + "\n")
    names = name_mentions(doc, layout, load_gazetteer())
    result = bind_roles(doc, names, find_role_phrases(doc, names))
    return {names[k].name: [p.roles for p in ps] for k, ps in sorted(result.items())}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Der Leiter des Polizeireviers Aue, Uwe Kuhn, war da.",
            [
                (
                    "Der Leiter des Polizeireviers Aue",
                    ("Leiter des Polizeireviers Aue",),
                    "Polizeirevier Aue",
                    True,
                )
            ],
        ),
        (
            "Sven Forkert, Geschäftsführer des Landespräventionsrats, sprach.",
            [
                (
                    "Geschäftsführer des Landespräventionsrats",
                    ("Geschäftsführer des Landespräventionsrats",),
                    "Landespräventionsrat",
                    False,
                )
            ],
        ),
        (
            "Sven Forkert, Geschäftsführer Landespräventionsrat, sprach.",
            [
                (
                    "Geschäftsführer Landespräventionsrat",
                    ("Geschäftsführer Landespräventionsrat",),
                    "Landespräventionsrat",
                    False,
                )
            ],
        ),
        (
            "Erster Polizeihauptkommissar Uwe Kuhn sprach.",
            [("Erster Polizeihauptkommissar", ("Erster Polizeihauptkommissar",), None, False)],
        ),
        # a dropped modifier leaves the phrase but not the role
        (
            "Der zuständige Referatsleiter Peter Darmstadt sprach.",
            [("Der zuständige Referatsleiter", ("Referatsleiter",), None, True)],
        ),
        (
            "Der stellvertretende Geschäftsführer Sven Forkert sprach.",
            [("Der stellvertretende Geschäftsführer", ("stellvertretende Geschäftsführer",), None, True)],
        ),
        # coordinated roles
        (
            "Die Ausländerbeauftragte und Vorsitzende des Weißen Rings Geert Mackenroth sprach.",
            [
                (
                    "Die Ausländerbeauftragte und Vorsitzende des Weißen Rings",
                    ("Ausländerbeauftragte", "Vorsitzende des Weißen Rings"),
                    "Weißen Rings",
                    True,
                )
            ],
        ),
        # a lowercase adjective inside the complement; genitive head back to nominative
        (
            "Die Vizepräsidentin des sächsischen Landtages, Andrea Dombois, war dabei.",
            [
                (
                    "Die Vizepräsidentin des sächsischen Landtages",
                    ("Vizepräsidentin des sächsischen Landtages",),
                    "Landtag",
                    True,
                )
            ],
        ),
        (
            "Gern hilft unser Ansprechpartner für die Region Ostsachsen.",
            [
                (
                    "unser Ansprechpartner für die Region Ostsachsen",
                    ("Ansprechpartner für die Region Ostsachsen",),
                    None,  # a region is no organisation
                    True,
                )
            ],
        ),
        ("Der Landespräventionsrat tagte im Rathaus.", []),
        pytest.param(
            "Die Bürgermeisterin der Stadt Seifhennersdorf begrüßte die Gäste.",
            [
                (
                    "Die Bürgermeisterin der Stadt Seifhennersdorf",
                    ("Bürgermeisterin der Stadt Seifhennersdorf",),
                    "Stadt Seifhennersdorf",
                    True,
                )
            ],
        ),
    ],
)
def test_role_phrases(analyse: Analyse, sentence: str, expected: list[Phrase]) -> None:
    assert phrases(analyse, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # in a caption a title binds only to the name right after it
        (
            "Polizeihauptmeister Timo Rasche, Landtagsabgeordnete Sandra Gockel, Hans Tuschling, "
            "Bürgermeister Jürgen Opitz (v. l. n. r.)",
            {
                "Timo Rasche": [("Polizeihauptmeister",)],
                "Sandra Gockel": [("Landtagsabgeordnete",)],
                "Jürgen Opitz": [("Bürgermeister",)],
            },
        ),
        # a phrase with article between two names introduces the next one
        (
            "Es unterzeichneten Oberbürgermeister Octavian Ursu, der Leiter der Polizeidirektion Görlitz, "
            "Polizeipräsident Manfred Weißbach, und Sven Forkert.",
            {
                "Octavian Ursu": [("Oberbürgermeister",)],
                "Manfred Weißbach": [("Leiter der Polizeidirektion Görlitz",), ("Polizeipräsident",)],
            },
        ),
        # apposition after "Name," binds to that name
        (
            "Karin Berndt, Bürgermeisterin der Stadt Seifhennersdorf, unterzeichnete.",
            {"Karin Berndt": [("Bürgermeisterin der Stadt Seifhennersdorf",)]},
        ),
        (
            "Thomas Krahl, der Bürgermeister der Stadt Bad Muskau, unterzeichnete.",
            {"Thomas Krahl": [("Bürgermeister der Stadt Bad Muskau",)]},
        ),
        # a group title before a dash applies to every listed name
        (
            "Die Oberbürgermeister und Bürgermeister des Städtebundes Silberberg – Ruben Gehart "
            "(Schwarzenberg), Heinrich Kohl (Aue-Bad Schlema) und Alexander Troll (Lößnitz) – unterzeichneten.",
            {
                name: [("Oberbürgermeister", "Bürgermeister des Städtebundes Silberberg")]
                for name in ("Ruben Gehart", "Heinrich Kohl", "Alexander Troll")
            },
        ),
        # a title after "Herr" binds to the family name
        ("Herr Steinke, Revierleiter Freital, sprach.", {"Steinke": [("Revierleiter Freital",)]}),
        # a party label between name and apposition is skipped
        (
            "Octavian Ursu (CDU), Oberbürgermeister der Stadt Görlitz, sprach.",
            {"Octavian Ursu": [("Oberbürgermeister der Stadt Görlitz",)]},
        ),
        # a title with no name nearby binds to nobody
        ("Der Innenminister dankte allen Beteiligten.", {}),
        ("Anwesend waren Sven Forkert und der Innenminister.", {}),
    ],
)
def test_bind_roles(analyse: Analyse, sentence: str, expected: dict[str, list[tuple[str, ...]]]) -> None:
    assert bound(analyse, sentence) == expected


def test_email_contact_binds_role_via_unter(analyse: Analyse) -> None:
    sentence = (
        "Für Fragen steht Ihnen unser Ansprechpartner für die Region Ostsachsen unter "
        "hans.tuschling@smi.sachsen.de gern zur Verfügung."
    )
    assert bound(analyse, sentence) == {"Hans Tuschling": [("Ansprechpartner für die Region Ostsachsen",)]}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a compound with a trade that is also a family name, right before a full name: a role
        (
            "Zum Abschluss kochte Sterne-Koch Rainer Brehm mit den Kindern.",
            {"Rainer Brehm": [("Sterne-Koch",)]},
        ),
        ("Bio-Bauer Heinz Raabe zeigte seinen Hof.", {"Heinz Raabe": [("Bio-Bauer",)]}),
        # closed compounds with such a trade, and members of a council, right before a full name
        ("Biobauer Heinz Raabe zeigte seinen Hof.", {"Heinz Raabe": [("Biobauer",)]}),
        ("Torjäger Ole Brink traf zweimal.", {"Ole Brink": [("Torjäger",)]}),
        ("Es sprach FDP-Kantonsrat Beat Sutter.", {"Beat Sutter": [("FDP-Kantonsrat",)]}),
        # no name after it: a body, a store, a trade
        ("Der Kantonsrat tagte. Beat Sutter fehlte.", {}),
        ("Der Vorrat reichte nicht, sagte Beat Sutter.", {}),
        ("Der Sternekoch war krank, sagte Beat Sutter.", {}),
        # a double family name is no role, nor is a compound without a name after it
        ("Anna Meyer-Koch eröffnete den Markt.", {}),
        ("Frau Weber-Bauer begrüßte die Gäste.", {}),
        ("Der Hobby-Koch war zufrieden, sagte Max Muster.", {}),
    ],
)
def test_trade_compound_before_a_name(
    analyse: Analyse, sentence: str, expected: dict[str, list[tuple[str, ...]]]
) -> None:
    assert bound(analyse, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "organization"),
    [
        # "für" and a field of work names no body; a body after it does
        ("Ute Sand, Beauftragte für Kriminalprävention der Stadt Oelsnitz, informierte.", "Stadt Oelsnitz"),
        ("Lisa Kern, Referentin für Suchtprävention beim Landratsamt, sprach.", "Landratsamt"),
        ("Tina Rau, Koordinatorin für kommunale Prävention, sprach.", None),
        ("Anja Zeiß ist Ansprechpartnerin für Senioren.", None),
        ("Jan Roth, Beauftragter für das Ordnungsamt, sprach.", "Ordnungsamt"),
    ],
)
def test_a_field_of_work_is_no_body(analyse: Analyse, sentence: str, organization: str | None) -> None:
    found = [p for p in phrases(analyse, sentence) if p[1]]
    assert found[0][2] == organization


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a role verb before its subject ("leitet Ida Muster"), as after it
        ("Seit Januar leitet Andrea Brand das Polizeirevier.", {"Andrea Brand": [("Leiterin",)]}),
        ("Die Kommunen berät Jan Roth seit 2020.", {"Jan Roth": [("Berater",)]}),
        ("Andrea Brand leitet das Polizeirevier.", {"Andrea Brand": [("Leiterin",)]}),
        # no role verb there: nothing
        ("Seit Januar lobt Andrea Brand das Polizeirevier.", {}),
    ],
)
def test_a_role_verb_before_its_subject(
    analyse: Analyse, sentence: str, expected: dict[str, list[tuple[str, ...]]]
) -> None:
    assert bound(analyse, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a title glued to the word before it where the page lost a space
        (
            "„Das reicht“, sagteDevisenexperte Ralf Elm von der Landesbank.",
            {"Ralf Elm": [("Devisenexperte",)]},
        ),
        ("Es sprachen Uwe Tal undBürgermeisterin Anna Berg.", {"Anna Berg": [("Bürgermeisterin",)]}),
        # a word with a capital inside that is no such title: nothing
        ("Es sprach Uwe Tal überMarktpreise und Kosten.", {}),
    ],
)
def test_a_title_glued_to_the_word_before(
    analyse: Analyse, sentence: str, expected: dict[str, list[tuple[str, ...]]]
) -> None:
    assert bound(analyse, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an adverb that adds a second role after "und"/"sowie" keeps the row of roles going
        (
            "Am Montag tagte der Rat. Jonas Weidner ist Bürgermeister und zugleich Vorsitzender des Präventionsrates.",
            {"Jonas Weidner": [("Bürgermeister", "Vorsitzender des Präventionsrates")]},
        ),
        (
            "Am Montag tagte der Rat. Jonas Weidner, Bürgermeister und gleichzeitig Vorsitzender des Rates, eröffnete.",
            {"Jonas Weidner": [("Bürgermeister", "Vorsitzender des Rates")]},
        ),
        (
            "Am Montag tagte der Rat. Petra Lange ist Landrätin sowie außerdem Vorsitzende des Kreisverbandes.",
            {"Petra Lange": [("Landrätin", "Vorsitzende des Kreisverbandes")]},
        ),
        (
            "Bürgermeister und zugleich Vorsitzender des Präventionsrates Arno Beispiel begrüßte die Gäste.",
            {"Arno Beispiel": [("Bürgermeister", "Vorsitzender des Präventionsrates")]},
        ),
        # negatives: what follows the adverb is no role noun, so the row ends with the first role
        (
            "Am Montag tagte der Rat. Jonas Weidner ist Bürgermeister und zugleich Vater von drei Kindern.",
            {"Jonas Weidner": [("Bürgermeister",)]},
        ),
        (
            "Am Montag tagte der Rat. Jonas Weidner ist Bürgermeister und auch Besucher des Festes.",
            {"Jonas Weidner": [("Bürgermeister",)]},
        ),
        (
            "Am Montag tagte der Rat. Jonas Weidner ist Bürgermeister und zugleich Teilnehmer des Laufes.",
            {"Jonas Weidner": [("Bürgermeister",)]},
        ),
    ],
)
def test_a_second_role_after_an_adding_adverb(
    analyse: Analyse, sentence: str, expected: dict[str, list[tuple[str, ...]]]
) -> None:
    assert bound(analyse, sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # "i. R." (im Ruhestand) after a title belongs to it, like "a. D."
        ("Am Sonntag predigte Pfarrer i. R. Jens Pohl in der Kirche.", {"Jens Pohl": [("Pfarrer i. R.",)]}),
        (
            "Polizeipräsident a. D. Jens Pohl erinnerte an die Anfänge.",
            {"Jens Pohl": [("Polizeipräsident a. D.",)]},
        ),
        # the keeper of an office of a club or brigade ("-wart", "-wartin")
        (
            "Die Jugendfeuerwehrwartin Anja Wolf zeichnete die Kinder aus.",
            {"Anja Wolf": [("Jugendfeuerwehrwartin",)]},
        ),
        ("Gerätewart Tom Seidel prüfte die Schläuche.", {"Tom Seidel": [("Gerätewart",)]}),
        # negatives: the present time is no keeper; a resident is no role
        ("In der Gegenwart Jens Pohls wurde unterschrieben.", {}),
        ("Der Anwohner Jens Pohl beschwerte sich über Lärm.", {}),
    ],
)
def test_retired_titles_and_keepers(
    analyse: Analyse, sentence: str, expected: dict[str, list[tuple[str, ...]]]
) -> None:
    assert bound(analyse, sentence) == expected
