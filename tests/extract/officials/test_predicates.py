"""Tests of roles given by a predicate: a copula or "als", for one person or a group."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, release_roles

#: A sentence before the one tested, so that no name opens a one-sentence line.
BEFORE = "Am Montag traf sich der Kreis im Rathaus. "

#: name -> roles
Roles = dict[str, tuple[str, ...]]


def roles(analyse: Analyse, text: str) -> Roles:
    return release_roles(analyse, BEFORE + text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural copula gives its role to every name of the subject
        (
            "Lena Vogt und Timo Rade sind Streetworker im Stadtteil.",
            {"Lena Vogt": ("Streetworker im Stadtteil",), "Timo Rade": ("Streetworker im Stadtteil",)},
        ),
        (
            "Kai Lorenz, Uwe Kraft und Olaf Senf – sie alle waren Schöffen am Amtsgericht.",
            {name: ("Schöffe am Amtsgericht",) for name in ("Kai Lorenz", "Uwe Kraft", "Olaf Senf")},
        ),
        (
            "Der Wirt Kurt Fels, der Schäfer Jan Kamp und der Schmied Otto Ahl – sie alle waren Schöffen.",
            {
                "Kurt Fels": ("Wirt", "Schöffe"),
                "Jan Kamp": ("Schäfer", "Schöffe"),
                "Otto Ahl": ("Schmied", "Schöffe"),
            },
        ),
        # an apposition summed up by "beide"
        (
            "Lena Vogt und Timo Rade, beide Streetworker der Stadt, halfen.",
            {"Lena Vogt": ("Streetworker der Stadt",), "Timo Rade": ("Streetworker der Stadt",)},
        ),
        # names that are no subject of their own, or one name only: nobody
        ("Die Eltern von Lena Vogt und Timo Rade sind Lehrer.", {"Lena Vogt": (), "Timo Rade": ()}),
        (
            "Mit Lena Vogt und Timo Rade waren zwei Streetworker zu Gast.",
            {"Lena Vogt": (), "Timo Rade": ()},
        ),
        ("Lena Vogt und ihr Bruder sind Streetworker.", {"Lena Vogt": ()}),
    ],
)
def test_a_plural_predicate_for_a_group(analyse: Analyse, text: str, expected: Roles) -> None:
    assert roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause closed by its copula right after the role
        (
            "Bürgermeister Ralf Beck (parteilos), der neben dem Revierleiter Tom Kahl Vorsitzender "
            "des Präventionsrates ist, zog Bilanz.",
            {
                "Ralf Beck": ("Bürgermeister", "Vorsitzender des Präventionsrates"),
                "Tom Kahl": ("Revierleiter",),
            },
        ),
        (
            "Ina Keller, die seit 2019 Präventionsbeauftragte der Stadt ist, lud ein.",
            {"Ina Keller": ("Präventionsbeauftragte der Stadt",)},
        ),
        # a clause that is no relative clause gives nothing
        (
            "Ina Keller sagte, dass die Beauftragte der Stadt erkrankt ist.",
            {"Ina Keller": ()},
        ),
        # a row of roles after "als … und als … sowie als"
        (
            "Ina Keller arbeitet als Referentin an der Hochschule Mittweida und als "
            "wissenschaftliche Mitarbeiterin an der Universität sowie als freie Beraterin.",
            {"Ina Keller": ("Referentin", "Mitarbeiterin", "Beraterin")},
        ),
    ],
)
def test_a_predicate_for_one(analyse: Analyse, text: str, expected: Roles) -> None:
    assert roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role named as the office a person holds or takes
        ("Uwe Tal übernimmt das Amt des Ortswehrleiters.", {"Uwe Tal": ("Ortswehrleiter",)}),
        ("Den Posten der Schulleiterin hat seit August Eva Probe inne.", {"Eva Probe": ("Schulleiterin",)}),
        # a plural office or no office noun: nobody
        ("Eva Probe sprach über die Position der Bürgermeister in der Region.", {"Eva Probe": ()}),
        ("Eva Probe sprach über die Arbeit des Ortswehrleiters.", {"Eva Probe": ()}),
    ],
)
def test_an_office_held(analyse: Analyse, text: str, expected: Roles) -> None:
    assert roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a copula after the name's apposition
        (
            "Ida Noack, die Lehrerin für Musik, ist Vorsitzende des Fördervereins.",
            {"Ida Noack": ("Lehrerin für Musik", "Vorsitzende des Fördervereins")},
        ),
        ("Uwe Tal, 45, ist Streetworker.", {"Uwe Tal": ("Streetworker",)}),
        # a parenthesis that is no apposition of a name
        ("Die Stadt, so Uwe Tal, ist Mitglied im Netzwerk.", {"Uwe Tal": ()}),
    ],
)
def test_a_copula_after_an_apposition(analyse: Analyse, text: str, expected: Roles) -> None:
    assert roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # after a verb of succession the "als" role is the subject's, not the predecessor's after it
        (
            "Heiko Brandt löst als Revierleiter Gerd Lamm ab.",
            {"Heiko Brandt": ("Revierleiter",), "Gerd Lamm": ()},
        ),
        (
            "Seit Mai löst Ute Berg als Amtsleiterin Gerd Lamm ab.",
            {"Ute Berg": ("Amtsleiterin",), "Gerd Lamm": ()},
        ),
        (
            "Anja Roth folgt als Schulleiterin auf Sven Kühn.",
            {"Anja Roth": ("Schulleiterin",), "Sven Kühn": ()},
        ),
        (
            "Mit dem Jahreswechsel ersetzt Rolf Haas als Wehrleiter Jan Sauer.",
            {"Rolf Haas": ("Wehrleiter",), "Jan Sauer": ()},
        ),
        # the successor named by a noun, in a predicate or an apposition
        (
            "Anja Roth ist Nachfolgerin von Sven Kühn als Leiterin des Ordnungsamtes.",
            {"Anja Roth": ("Leiterin des Ordnungsamtes",), "Sven Kühn": ()},
        ),
        (
            "Tom Kern, Nachfolger von Uwe Pohl als Referent für Prävention, stellte sich vor.",
            {"Tom Kern": ("Referent für Prävention",), "Uwe Pohl": ()},
        ),
        # negatives: a verb presenting someone gives the "als" role to its object, as before
        (
            "Am Montag begrüßte Bürgermeister Kai Rot als neue Revierleiterin Anna Muster.",
            {"Kai Rot": ("Bürgermeister",), "Anna Muster": ("Revierleiterin",)},
        ),
        ("Als Revierleiter begrüßte Heiko Brandt die Gäste.", {"Heiko Brandt": ("Revierleiter",)}),
        # the "als" of a relative clause after the cue is the clause's subject's
        (
            "Anja Roth folgt auf Jens Pohl, der als Revierleiter nach Chemnitz wechselt.",
            {"Anja Roth": (), "Jens Pohl": ("Revierleiter",)},
        ),
        # no role noun, no role: handing over an office names none
        ("Nach zwanzig Jahren übergibt Sven Kühn das Amt an Anja Roth.", {"Sven Kühn": (), "Anja Roth": ()}),
        # a successor named as a visitor or a pupil has no role
        ("Tim Brause folgt als Besucher auf Jan Sauer.", {"Tim Brause": (), "Jan Sauer": ()}),
    ],
)
def test_a_successor_takes_the_als_role(analyse: Analyse, text: str, expected: Roles) -> None:
    assert roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a naming verb after a role gives it to the name after the verb
        (
            "Die neue Leiterin des Polizeireviers Flöha heißt Anja Wolf.",
            {"Anja Wolf": ("Leiterin des Polizeireviers Flöha",)},
        ),
        ("Der Ansprechpartner im Rathaus heißt Jens Pohl.", {"Jens Pohl": ("Ansprechpartner im Rathaus",)}),
        # negatives: "heißt … willkommen" names nobody; a participant or a pupil is no role
        ("Der Bürgermeister heißt die Gäste willkommen. Anja Wolf sprach danach.", {"Anja Wolf": ()}),
        ("Der Teilnehmer heißt Jens Pohl.", {"Jens Pohl": ()}),
        ("Der beste Schüler heißt Tim Brause.", {"Tim Brause": ()}),
    ],
)
def test_a_naming_verb_after_a_role(analyse: Analyse, text: str, expected: Roles) -> None:
    assert roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an attribute of where the person works or comes from between the name and the copula
        (
            "Polizeihauptkommissar Peter Lang vom Polizeirevier Stollberg ist Ansprechpartner für die Bürger.",
            {"Peter Lang": ("Polizeihauptkommissar", "Ansprechpartner für die Bürger")},
        ),
        (
            "Anja Wolf aus der Gemeinde Leubsdorf ist seit 2020 Vorsitzende des Präventionsrates.",
            {"Anja Wolf": ("Vorsitzende des Präventionsrates",)},
        ),
        ("Jens Pohl vom Ordnungsamt ist der zuständige Sachbearbeiter.", {"Jens Pohl": ("Sachbearbeiter",)}),
        # negatives: a name governed by a preposition is no subject of the copula
        ("Die Mutter von Anja Wolf ist Leiterin der Schule.", {"Anja Wolf": ()}),
        ("Der Sohn von Bürgermeister Jens Pohl ist Leiter der Schule.", {"Jens Pohl": ("Bürgermeister",)}),
        ("Der Sohn von Jens Pohl aus Flöha ist Leiter der Schule.", {"Jens Pohl": ()}),
        ("Jens Pohl vom Sportverein ist Teilnehmer des Laufes.", {"Jens Pohl": ()}),
    ],
)
def test_a_copula_after_an_attribute_of_the_name(analyse: Analyse, text: str, expected: Roles) -> None:
    assert roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "nicht nur …, sondern auch …" names two roles of one person
        (
            "Jens Pohl ist nicht nur Bürgermeister, sondern auch Vorsitzender des Zweckverbandes.",
            {"Jens Pohl": ("Bürgermeister", "Vorsitzender des Zweckverbandes")},
        ),
        (
            "Anja Wolf ist nicht nur Streetworkerin, sondern zugleich Mentorin vieler Jugendlicher.",
            {"Anja Wolf": ("Streetworkerin", "Mentorin")},
        ),
        # negatives: no role noun after "sondern"; an office denied is none
        (
            "Jens Pohl ist nicht nur Bürgermeister, sondern auch Vater von drei Kindern.",
            {"Jens Pohl": ("Bürgermeister",)},
        ),
        ("Jens Pohl ist nicht Bürgermeister, sondern Besucher.", {"Jens Pohl": ()}),
        ("Anja Wolf wurde nie Leiterin des Amtes.", {"Anja Wolf": ()}),
        ("Jens Pohl ist kein Polizist.", {"Jens Pohl": ()}),
    ],
)
def test_roles_joined_or_denied_in_a_predicate(analyse: Analyse, text: str, expected: Roles) -> None:
    assert roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name right after a role verb is its subject; the name before it stands in a fronted phrase
        (
            "Gemeinsam mit ihrem Stellvertreter Jens Pohl leitet Anja Wolf das Revier.",
            {"Jens Pohl": ("Stellvertreter",), "Anja Wolf": ("Leiterin",)},
        ),
        (
            "Zusammen mit Tom Seidel koordiniert Frau Anja Wolf das Netzwerk.",
            {"Tom Seidel": (), "Anja Wolf": ("Koordinatorin",)},
        ),
        ("Jens Pohl leitet seit 2019 das Ordnungsamt.", {"Jens Pohl": ("Leiter",)}),
        ("Seit Januar leitet Anja Wolf das Revier.", {"Anja Wolf": ("Leiterin",)}),
        # negative: a pupil or a visitor named before the verb gets no role from it
        (
            "Mit dem Schüler Tim Brause leitet Anja Wolf das Projekt.",
            {"Tim Brause": (), "Anja Wolf": ("Leiterin",)},
        ),
    ],
)
def test_a_role_verb_between_two_names(analyse: Analyse, text: str, expected: Roles) -> None:
    assert roles(analyse, text) == expected


def test_the_new_classes_over_the_line_breaks_of_a_wrapped_page(analyse: Analyse) -> None:
    page = (
        "Am Montag wurde im Rathaus der Stadt Flöha die Vereinbarung zur Kooperation\n"
        "unterzeichnet. Jens Pohl ist Bürgermeister der Stadt und zugleich\n"
        "Vorsitzender des Präventionsrates. Zum 1. Juli löst Anja Wolf als\n"
        "Revierleiterin Tom Seidel ab, der in den Ruhestand geht. Den Vorsitz des\n"
        "Arbeitskreises hat künftig Karl Brenner inne."
    )
    assert release_roles(analyse, page) == {
        "Jens Pohl": ("Bürgermeister der Stadt", "Vorsitzender des Präventionsrates"),
        "Anja Wolf": ("Revierleiterin",),
        "Tom Seidel": (),
        "Karl Brenner": ("Vorsitzender des Arbeitskreises",),
    }
