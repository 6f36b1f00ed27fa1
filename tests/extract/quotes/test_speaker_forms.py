"""Speakers and voices of forms probed with new sentences, class by class: a quote going on over
paragraphs, an office as the subject of a colon clause, interview labels, verbs of saying in news
text, a possessive before a statement, descriptions of a person named before, partial quotes."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, release_voices


def _names(analyse: Analyse, body: str) -> list[tuple[str, str | None]]:
    return [(text, name) for text, _, name in release_voices(analyse, body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # German opens each paragraph of a long quote with a mark again
        (
            "Bürgermeister Tom Roth sagte: „Wir haben uns lange auf diesen Tag vorbereitet.\n\n"
            "„Jetzt beginnt die eigentliche Arbeit in den Ortsteilen.“",
            [
                ("Wir haben uns lange auf diesen Tag vorbereitet.", "Tom Roth"),
                ("Jetzt beginnt die eigentliche Arbeit in den Ortsteilen.", "Tom Roth"),
            ],
        ),
        # negatives: a title opening the paragraph under an open quote, or under a closed one
        (
            "Bürgermeister Tom Roth sagte: „Wir haben uns lange auf diesen Tag vorbereitet.\n\n"
            "„Sicher leben im Alter“ heißt die Broschüre, die das Rathaus dazu herausgibt.",
            [("Wir haben uns lange auf diesen Tag vorbereitet.", "Tom Roth")],
        ),
        (
            "„Wir haben uns lange auf diesen Tag vorbereitet“, sagte Bürgermeister Tom Roth.\n\n"
            "„Mut tut gut“ ist ein Projekt für Grundschüler.",
            [("Wir haben uns lange auf diesen Tag vorbereitet", "Tom Roth")],
        ),
    ],
)
def test_a_quote_goes_on_in_the_paragraph_that_opens_with_a_mark(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Oberbürgermeister Jan Kowalski unterzeichnete.\n\nDer Rathauschef ist sich sicher: „Die "
            "Kommunen sind die wichtigsten Partner.“",
            [("Die Kommunen sind die wichtigsten Partner.", "Jan Kowalski")],
        ),
        (
            "Landrätin Eva Probe unterzeichnete.\n\nDie Landrätin ist überzeugt: „Die Kommunen sind die "
            "wichtigsten Partner.“",
            [("Die Kommunen sind die wichtigsten Partner.", "Eva Probe")],
        ),
        # a body or a town as the subject names no person
        (
            "Die Stadt ist sich sicher: „Die Kommunen sind die wichtigsten Partner.“",
            [("Die Kommunen sind die wichtigsten Partner.", None)],
        ),
    ],
)
def test_an_office_opening_a_colon_clause_is_the_person_holding_it(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # the interviewee named on the intro line before the interview word
        (
            "Bürgermeister Tom Roth im Gespräch.\n\nFrage: Warum tritt die Gemeinde dem Netzwerk bei?\n\n"
            "Antwort: „Wir wollen von den Erfahrungen anderer Kommunen lernen.“",
            [("Wir wollen von den Erfahrungen anderer Kommunen lernen.", "Tom Roth")],
        ),
        # a label the model does not tag, opening the answer under a question
        (
            "Warum tritt die Gemeinde dem Netzwerk bei?\n\nKowalczyk: „Wir wollen von den Erfahrungen "
            "anderer Kommunen lernen.“",
            [("Wir wollen von den Erfahrungen anderer Kommunen lernen.", "Kowalczyk")],
        ),
        (
            "Frage: Was erhoffen Sie sich?\nOkonkwo: „Mehr Sicherheit für unsere Bürger.“",
            [("Mehr Sicherheit für unsere Bürger.", "Okonkwo")],
        ),
        # a topic label under a question, and an untagged word with no question above: nobody
        (
            "Wie geht es weiter?\n\nFazit: „Wir machen weiter, auch im nächsten Jahr.“",
            [("Wir machen weiter, auch im nächsten Jahr.", None)],
        ),
        ("Schulweg: „Die Kinder sollen sicher ankommen.“", [("Die Kinder sollen sicher ankommen.", None)]),
    ],
)
def test_interview_labels_and_intro_lines(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "„Europa muss jetzt zusammenstehen“, schrieb Merkel auf Twitter.",
            [("Europa muss jetzt zusammenstehen", "Merkel")],
        ),
        (
            "„Das war ein schwarzer Tag“, klagte Trainer Tom Roth.",
            [("Das war ein schwarzer Tag", "Tom Roth")],
        ),
        ("Tom Roth erwiderte: „Das sehen wir anders.“", [("Das sehen wir anders.", "Tom Roth")]),
        # a book someone wrote is no voice
        ("Das Buch „Tschick“ schrieb Wolfgang Herrndorf im Jahr 2010.", []),
    ],
)
def test_verbs_of_saying_of_news_text(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Bürgermeisterin Eva Probe sprach ein Grußwort. Ihr Fazit: „Heute ist ein guter Tag für uns.“",
            [("Heute ist ein guter Tag für uns.", "Eva Probe")],
        ),
        (
            "Revierleiter Tom Roth sprach zuletzt. Sein Appell an die Eltern: „Schauen Sie hin und reden "
            "Sie mit Ihren Kindern.“",
            [("Schauen Sie hin und reden Sie mit Ihren Kindern.", "Tom Roth")],
        ),
        # a motto is no voice, whoever's it is
        ("Bürgermeisterin Eva Probe sprach ein Grußwort. Ihr Motto: „Hinschauen statt wegsehen“.", []),
    ],
)
def test_a_possessive_before_a_statement_points_at_its_owner(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "„Wir haben heute alles vermissen lassen“, meinte ein sichtlich enttäuschter Marco Grüttner.",
            [("Wir haben heute alles vermissen lassen", "Marco Grüttner")],
        ),
        # a description after a family name alone, whose gender nothing tells
        (
            "Schmidt reagierte gelassen. „Das ist völlig haltlos“, sagte der Anwalt.",
            [("Das ist völlig haltlos", "Schmidt")],
        ),
        # the only person named stands inside the quote: not the one described
        (
            "Der Herausgeber der Zeitung schrieb: „Die Rede von Schmidt lässt Zweifel aufkommen.“",
            [("Die Rede von Schmidt lässt Zweifel aufkommen.", None)],
        ),
    ],
)
def test_descriptions_of_a_person_named_before(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Schmidt wies die Vorwürfe als „völlig haltlos“ zurück.", [("völlig haltlos", "Schmidt")]),
        (
            "Bundeskanzlerin Angela Merkel reiste nach Brüssel. Die Kanzlerin nannte den Kompromiss "
            "„einen großen Schritt nach vorn“.",
            [("einen großen Schritt nach vorn", "Angela Merkel")],
        ),
        # a person described by an indefinite article and an office: a voice nobody names
        ("Ein Sprecher der Polizei sprach von einem „tragischen Unglück“.", [("tragischen Unglück", None)]),
        (
            "Laut einem Sprecher des Ministeriums werde der Fall „mit Nachdruck“ geprüft.",
            [("mit Nachdruck", None)],
        ),
        (
            "Kowalski räumte ein, die Niederlage sei „absolut verdient“ gewesen.",
            [("absolut verdient", "Kowalski")],
        ),
        # a body is no office: its words in marks name a project
        ("Die Stadt nannte das Projekt „Mut tut gut“.", []),
        ("Ein Verein sprach von einem „Projekt für alle“.", []),
    ],
)
def test_partial_quotes_framed_by_a_particle_or_an_office(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # two men: the pronoun goes on standing for the subject, not for a man named as an object
        (
            "Innenminister Tom Roth und Bürgermeister Jan Kowalski unterzeichneten.\n\n„Die Kommunen sind "
            "unsere Partner“, sagte Roth. Er dankte Kowalski für sein Engagement. „Sie sind ein Vorbild“, "
            "sagte er.",
            [("Die Kommunen sind unsere Partner", "Tom Roth"), ("Sie sind ein Vorbild", "Tom Roth")],
        ),
        # an office in the genitive names no subject: the pronoun is the man named last
        (
            "Innenminister Tom Roth und Bürgermeister Jan Kowalski unterzeichneten.\n\n„Die Kommunen sind "
            "unsere Partner“, sagte Roth.\n\nKowalski freute sich über die Unterstützung des Ministers. "
            "„Wir sind stolz, dabei zu sein“, sagte er.",
            [
                ("Die Kommunen sind unsere Partner", "Tom Roth"),
                ("Wir sind stolz, dabei zu sein", "Jan Kowalski"),
            ],
        ),
        # the office as the subject after the name: the pronoun is its holder
        (
            "Innenminister Tom Roth und Bürgermeister Jan Kowalski unterzeichneten.\n\n„Die Kommunen sind "
            "unsere Partner“, sagte Roth.\n\nDer Bürgermeister freute sich. „Wir sind stolz, dabei zu sein“, "
            "sagte er.",
            [
                ("Die Kommunen sind unsere Partner", "Tom Roth"),
                ("Wir sind stolz, dabei zu sein", "Jan Kowalski"),
            ],
        ),
        # two women, the second named as the subject of her own sentence
        (
            "Ministerin Eva Probe besuchte mit Bürgermeisterin Anna Klein das Jugendhaus.\n\n„Hier wird tolle "
            "Arbeit geleistet“, sagte Probe.\n\nKlein dankte den Mitarbeitern. „Ohne sie ginge es nicht“, "
            "sagte sie.",
            [("Hier wird tolle Arbeit geleistet", "Eva Probe"), ("Ohne sie ginge es nicht", "Anna Klein")],
        ),
    ],
)
def test_pronouns_across_paragraphs_with_two_persons_of_one_gender(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Anlässlich der Unterzeichnung erklärte Landrat Tom Roth: „Wir wollen die Kommunen stärken.“",
            [("Wir wollen die Kommunen stärken.", "Tom Roth")],
        ),
        (
            "Angesichts der Zahlen sagte Bürgermeisterin Eva Probe: „Wir müssen mehr tun.“",
            [("Wir müssen mehr tun.", "Eva Probe")],
        ),
        # the adverbial alone speaks for nobody
        (
            "Anlässlich der Unterzeichnung hieß es: „Wir wollen die Kommunen stärken.“",
            [("Wir wollen die Kommunen stärken.", None)],
        ),
    ],
)
def test_a_prepositional_adverbial_opening_a_colon_clause_is_no_speaker(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # `dieser`, `Letztere`: the person named last, even as an object
        (
            "Innenminister Jan Kowalski übergab Bürgermeister Tom Roth die Urkunde. Dieser sagte: „Das ist "
            "ein starkes Signal.“",
            [("Das ist ein starkes Signal.", "Tom Roth")],
        ),
        (
            "Innenminister Jan Kowalski übergab Bürgermeister Tom Roth die Urkunde. „Das ist ein starkes "
            "Signal“, sagte dieser.",
            [("Das ist ein starkes Signal", "Tom Roth")],
        ),
        (
            "Ministerin Eva Probe lobte Bürgermeisterin Anna Klein. „Wir bleiben dran“, versprach Letztere.",
            [("Wir bleiben dran", "Anna Klein")],
        ),
        # the plain pronoun keeps the subject
        (
            "Innenminister Jan Kowalski übergab Bürgermeister Tom Roth die Urkunde. Er sagte: „Das ist ein "
            "starkes Signal.“",
            [("Das ist ein starkes Signal.", "Jan Kowalski")],
        ),
    ],
)
def test_demonstratives_stand_for_the_person_named_last(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an office, the name in commas, then the verb
        (
            "Der Vorsitzende des Präventionsrates, Tom Roth, betonte: „Das ist ein starkes Signal.“",
            [("Das ist ein starkes Signal.", "Tom Roth")],
        ),
        # a noun of a thing before a predicate and the colon names no title
        (
            "Für Oberbürgermeisterin Eva Probe ist die Vereinbarung wichtig: „Wir brauchen feste Strukturen.“",
            [("Wir brauchen feste Strukturen.", "Eva Probe")],
        ),
        (
            "Bürgermeister Tom Roth zeigt sich begeistert: „Das ist ein starkes Signal.“ Für Landrätin Eva "
            "Probe ist das Projekt wichtig: „Wir brauchen feste Strukturen.“",
            [("Das ist ein starkes Signal.", "Tom Roth"), ("Wir brauchen feste Strukturen.", "Eva Probe")],
        ),
        # but a noun before a verb that names still makes a title, a document's words no voice
        ("Das Motto der Woche lautet: „Wir schauen hin.“", []),
        ("In der Vereinbarung heißt es: „Die Partner arbeiten vertrauensvoll zusammen.“", []),
    ],
)
def test_colon_clauses_with_an_apposition_or_a_predicate(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Oberbürgermeister Tom Roth unterzeichnete. Er nannte den Beitritt „einen wichtigen Schritt“.",
            [("einen wichtigen Schritt", "Tom Roth")],
        ),
        (
            "Oberbürgermeister Tom Roth unterzeichnete. Er sprach von einem „wichtigen Schritt“.",
            [("wichtigen Schritt", "Tom Roth")],
        ),
        (
            "Landrätin Eva Probe unterzeichnete. Sie bezeichnete den Beitritt als „wichtigen Schritt“.",
            [("wichtigen Schritt", "Eva Probe")],
        ),
        (
            "Oberbürgermeister Tom Roth unterzeichnete. Ihm zufolge ist der Beitritt „ein wichtiger Schritt“.",
            [("ein wichtiger Schritt", "Tom Roth")],
        ),
        (
            "Landrätin Eva Probe unterzeichnete. Ihrer Ansicht nach ist der Beitritt „ein wichtiger Schritt“.",
            [("ein wichtiger Schritt", "Eva Probe")],
        ),
        (
            "Oberbürgermeister Tom Roth betonte, dass „Sicherheit eine Gemeinschaftsaufgabe“ sei.",
            [("Sicherheit eine Gemeinschaftsaufgabe", "Tom Roth")],
        ),
        # negatives: a title after the pronoun, a title in the clause of `dass`
        ("Oberbürgermeister Tom Roth unterzeichnete. Er besuchte das Projekt „Mut tut gut“.", []),
        ("Oberbürgermeister Tom Roth betonte, dass „Mut tut gut“ ein erfolgreiches Projekt sei.", []),
        ("Oberbürgermeister Tom Roth unterzeichnete. Ihm zufolge ist der Beitritt wichtig.", []),
    ],
)
def test_partial_quotes_held_by_a_pronoun(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected
