"""Tests of binding role phrases to the persons they describe: which neighbour a role belongs to."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, release_roles

#: name -> roles
Roles = dict[str, tuple[str, ...]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an apposition with article in any case, adjectives between article and role
        (
            "Sie wurde von Petra Lindner, der neuen Ortsvorsteherin, begrüßt.",
            {"Petra Lindner": ("Ortsvorsteherin",)},
        ),
        (
            "Man traf Jens Pohl, einen erfahrenen Streetworker, im Park.",
            {"Jens Pohl": ("Streetworker",)},
        ),
        (
            "Der Dank galt Uwe Hartig, dem langjährigen Kreisbrandmeister, und allen Kameraden.",
            {"Uwe Hartig": ("Kreisbrandmeister",)},
        ),
        (
            "Karl Sommer, der ehrenamtliche Präventionsbeauftragte der Gemeinde, stellte das Projekt vor.",
            {"Karl Sommer": ("Präventionsbeauftragter der Gemeinde",)},
        ),
        # adjectives without an article before them stay outside the role phrase
        ("Anna Grün ist erfahrene Schulleiterin.", {"Anna Grün": ("Schulleiterin",)}),
    ],
)
def test_apposition_with_article_and_adjectives(analyse: Analyse, text: str, expected: Roles) -> None:
    assert release_roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the object of a one-sentence paragraph is not the role of the name opening it
        ("Thomas Seidel lobte die Beamten.", {"Thomas Seidel": ()}),
        ("Bürgermeister Kai Vogt dankte dem Kreisbrandmeister.", {"Kai Vogt": ("Bürgermeister",)}),
        ("Heike Brand begrüßte die Schulleiterinnen der Region.", {"Heike Brand": ()}),
        # a name line still gives its role to the name opening it
        (
            "Ina Teich: Sachgebiet Ordnung – Präventionsbeauftragte der Stadt Rochlitz",
            {"Ina Teich": ("Präventionsbeauftragte der Stadt Rochlitz",)},
        ),
        ("Karl Muster ist der Leiter des Amtes.", {"Karl Muster": ("Leiter des Amtes",)}),
    ],
)
def test_an_object_is_no_role_of_the_subject(analyse: Analyse, text: str, expected: Roles) -> None:
    assert release_roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "die" before an abbreviated title: the woman's, not the man's after her
        (
            "Es unterschrieben die OB Katrin Lehmann und Tom Fiedler vom Landespräventionsrat.",
            {"Katrin Lehmann": ("OB", "Oberbürgermeisterin"), "Tom Fiedler": ()},
        ),
        # counted, or two women, or a masculine title after "die": the plural of both
        (
            "Es unterschrieben die beiden OB Katrin Lehmann und Tom Fiedler.",
            {"Katrin Lehmann": ("OB", "Oberbürgermeisterin"), "Tom Fiedler": ("OB", "Oberbürgermeister")},
        ),
        (
            "Es sprachen die MdL Katrin Lehmann und Sandra Vogt.",
            {
                "Katrin Lehmann": ("MdL", "Landtagsabgeordnete"),
                "Sandra Vogt": ("MdL", "Landtagsabgeordnete"),
            },
        ),
        (
            "Es sprachen die Bürgermeister Tom Fiedler und Uwe Brandt.",
            {"Tom Fiedler": ("Bürgermeister",), "Uwe Brandt": ("Bürgermeister",)},
        ),
    ],
)
def test_a_title_after_die_for_one_or_two(analyse: Analyse, text: str, expected: Roles) -> None:
    assert release_roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a role after "als" is the name's before it, not the next name's after the comma
        (
            "Unterschrieben haben Jan Vogel als Bürgermeister der Gemeinde Taura, Revierleiter "
            "Olaf Kern und Sven Roth.",
            {
                "Jan Vogel": ("Bürgermeister der Gemeinde Taura",),
                "Olaf Kern": ("Revierleiter",),
                "Sven Roth": (),
            },
        ),
        # a phrase with article after "Name," going on with "und" and an article is a person of
        # its own in a list, not an apposition
        (
            "Es unterzeichneten Bürgermeister Jan Vogel, der Leiter des Polizeireviers Rochlitz und "
            "die Geschäftsführerin Ina Teich.",
            {"Jan Vogel": ("Bürgermeister",), "Ina Teich": ("Geschäftsführerin",)},
        ),
        (
            "Es sprachen Jan Vogel, der Bürgermeister, und Ina Teich.",
            {"Jan Vogel": ("Bürgermeister",), "Ina Teich": ()},
        ),
        (
            "Es sprach Jan Vogel, der Leiter des Amtes und Vorsitzende des Vereins.",
            {"Jan Vogel": ("Leiter des Amtes", "Vorsitzender des Vereins")},
        ),
    ],
)
def test_a_role_of_a_neighbour(analyse: Analyse, text: str, expected: Roles) -> None:
    assert release_roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "so der/die ROLE" after reported speech: the one person of the nearest sentence naming one
        (
            "Innenminister Rolf Weber sagte: „Ich freue mich.“ Ziel sei es, Unfälle zu verhindern. "
            "Die Städte könnten helfen, so der Ressortchef weiter.",
            {"Rolf Weber": ("Innenminister", "Ressortchef")},
        ),
        (
            "Bürgermeisterin Anna Berg sagte, alles sei gut. Man brauche Geduld, so die Rathauschefin.",
            {"Anna Berg": ("Bürgermeisterin", "Rathauschefin")},
        ),
        # the gender does not fit, or two persons are named: nobody
        (
            "Bürgermeisterin Anna Berg sagte, alles sei gut. Man brauche Geduld, so der Polizeipräsident.",
            {"Anna Berg": ("Bürgermeisterin",)},
        ),
        (
            "Anna Berg und Uwe Tal sagten, alles sei gut. Man brauche Geduld, so der Polizeipräsident.",
            {"Anna Berg": (), "Uwe Tal": ()},
        ),
        # a person named inside a quotation is not the one the next sentence's role refers to
        (
            'Der Zeuge blieb dabei: "Herr Trabant war dabei." Der Richter hakte nach.',
            {"Trabant": ()},
        ),
        (
            "»Es war ein guter Sommer«, erinnert sich Karl Hanke. Der OB nennt auch den Spielplatz.",
            {"Karl Hanke": ("OB", "Oberbürgermeister")},
        ),
        # the sentence before names another holder of the role, or gives the name another noun
        ("Uwe Tal traf sich mit dem Landrat. Der Landrat lobte das Projekt.", {"Uwe Tal": ()}),
        ("Der Angeklagte Uwe Tal schwieg lange. Der Richter fragte nach.", {"Uwe Tal": ()}),
        (
            'Der Maurer Olaf Senf blieb dabei: "Ich war zu Hause." Der Richter hakte nach.',
            {"Olaf Senf": ("Maurer",)},
        ),
        # the name's own title, a title of the same office, a quotation between: the person's
        (
            "Die Gäste begrüßte Landrat Uwe Tal. Der Landrat lobte das Projekt.",
            {"Uwe Tal": ("Landrat",)},
        ),
        (
            "Es sprach Staatsminister Uwe Tal. Der Minister lobte das Projekt.",
            {"Uwe Tal": ("Staatsminister", "Minister")},
        ),
        (
            "Uwe Tal sagte: „Wir sind froh.“ Der Bürgermeister nannte dann Zahlen.",
            {"Uwe Tal": ("Bürgermeister",)},
        ),
    ],
)
def test_a_role_referring_back(analyse: Analyse, text: str, expected: Roles) -> None:
    assert release_roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title in the feminine form is never a man's
        (
            "Am Montag kamen viele. Ralf Bär, Leiterin des Amtes war verhindert.",
            {"Ralf Bär": ()},
        ),
        (
            "v.l.: Stellvertretender Revierleiter Ralf Bär, Stadträtin Mara Ahrens, Pfarrer Uwe Tal.",
            {
                "Ralf Bär": ("Stellvertretender Revierleiter",),
                "Mara Ahrens": ("Stadträtin",),
                "Uwe Tal": ("Pfarrer",),
            },
        ),
        # the masculine form stands for women too
        ("Bürgermeister Anna Berg begrüßte die Gäste.", {"Anna Berg": ("Bürgermeister",)}),
    ],
)
def test_a_feminine_title_is_no_mans(analyse: Analyse, text: str, expected: Roles) -> None:
    assert release_roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a time adverbial between the name's comma and its apposition
        (
            "Jens Ott, seit 2019 Bürgermeister von Lichtenau, begrüßte die Gäste.",
            {"Jens Ott": ("Bürgermeister von Lichtenau",)},
        ),
        (
            "Uwe Tal, bisher stellvertretender Revierleiter, übernimmt die Leitung.",
            {"Uwe Tal": ("stellvertretender Revierleiter",)},
        ),
        (
            "Anja Berg, seit Januar Präventionsbeauftragte der Stadt, stellte sich vor.",
            {"Anja Berg": ("Präventionsbeauftragte der Stadt",)},
        ),
        # a former role, a period, a second role, a year of birth between name and apposition
        (
            "Rolf Weber, bis 2021 Bürgermeister von Lichtenau, hielt die Festrede.",
            {"Rolf Weber": ("Bürgermeister von Lichtenau",)},
        ),
        (
            "Ina Roth, von 2012 bis 2019 Leiterin des Jugendamtes, berichtete.",
            {"Ina Roth": ("Leiterin des Jugendamtes",)},
        ),
        (
            "Kai Lorenz, zugleich Vorsitzender des Sportvereins, dankte den Helfern.",
            {"Kai Lorenz": ("Vorsitzender des Sportvereins",)},
        ),
        (
            "Timo Rade, Jahrgang 1968, Ortsvorsteher von Eichgrund, zeigte den Weg.",
            {"Timo Rade": ("Ortsvorsteher von Eichgrund",)},
        ),
        (
            "Paul Kern, heute Leiter des Polizeireviers, erinnerte sich an die Anfänge.",
            {"Paul Kern": ("Leiter des Polizeireviers",)},
        ),
        # no apposition after the period: the object's role is nobody's
        ("Ina Roth, von 2012 bis 2019 in Leipzig, traf den Leiter des Amtes.", {"Ina Roth": ()}),
        # a verb between them is no time adverbial: the role is the next name's
        (
            "Das sei gut, sagte Anja Berg, betonte Bürgermeister Jens Ott.",
            {"Anja Berg": (), "Jens Ott": ("Bürgermeister",)},
        ),
    ],
)
def test_a_time_adverbial_before_an_apposition(analyse: Analyse, text: str, expected: Roles) -> None:
    assert release_roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a plural role before a comma and a list of names is each one's
        (
            "Die beiden Vorsitzenden, Jan Vogel und Lutz Roth, eröffneten die Sitzung.",
            {"Jan Vogel": ("Vorsitzender",), "Lutz Roth": ("Vorsitzender",)},
        ),
        (
            "Gemeinsam mit den Vorsitzenden des Rates, der Oberbürgermeisterin Ina Lang und dem "
            "Polizeipräsidenten Lutz Roth, wurde beraten.",
            {
                "Ina Lang": ("Vorsitzende des Rates", "Oberbürgermeisterin"),
                "Lutz Roth": ("Vorsitzender des Rates", "Polizeipräsident"),
            },
        ),
        # a plural copula after the role gives it to every name after it
        (
            "Vorsitzende des Präventionsrates sind Oberbürgermeister Jan Vogel und Polizeipräsident Lutz Roth.",
            {
                "Jan Vogel": ("Vorsitzender des Präventionsrates", "Oberbürgermeister"),
                "Lutz Roth": ("Vorsitzender des Präventionsrates", "Polizeipräsident"),
            },
        ),
        # a singular role before a comma and one name: that name's only
        (
            "Der Vorsitzende, Jan Vogel, und Lutz Roth eröffneten die Sitzung.",
            {"Jan Vogel": ("Vorsitzender",), "Lutz Roth": ()},
        ),
    ],
)
def test_a_plural_role_for_a_list(analyse: Analyse, text: str, expected: Roles) -> None:
    assert release_roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the leader of a ranking names a firm or a team, not a person
        ("Die vom Branchenführer Nordlicht Solar geplante Übernahme stockt.", {}),
        ("Am Sonntag verlor der Tabellenführer Blau Gelb knapp.", {}),
        # an office with the same head is a person's
        ("Am Sonntag sprach der Geschäftsführer Jens Ott.", {"Jens Ott": ("Geschäftsführer",)}),
    ],
)
def test_a_ranking_leader_is_no_person(analyse: Analyse, text: str, expected: Roles) -> None:
    assert release_roles(analyse, text) == expected
