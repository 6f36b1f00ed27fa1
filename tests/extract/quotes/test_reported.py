"""Tests of speakers named elsewhere in the sentence of a quote: at its end after the words
following the quote, as the subject of a verb of saying opening it, before a quote in brackets."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes.marks import pair_quotes
from pipeline.extract.quotes.reported import aside_speaker, reporting_subject, said_later
from tests.conftest import Analyse, person_at, release_voices


def _names(analyse: Analyse, body: str) -> list[tuple[str, str | None]]:
    return [(text, name) for text, _, name in release_voices(analyse, body)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Die Lage sei „zu keinem Zeitpunkt gefährlich“ gewesen, betonte Polizeisprecher Tom Roth.",
            "Polizeisprecher Tom Roth",
        ),
        ("Man habe „alle Hinweise geprüft“ und nichts gefunden, so die Ermittlerin.", "die Ermittlerin"),
        ("Die Zahl sei „deutlich gesunken“ und bleibe niedrig, erklärte sie am Montag.", "sie"),
        # another quote comes first: its own attribution, not this one's
        ("Es sei „ruhig“ gewesen, „wir haben alles im Griff“, sagte Tom Roth.", None),
        # no verb of saying after the comma: a relative clause, a conjunction
        ("Die Lage sei „völlig ruhig“ gewesen, was alle erleichterte.", None),
        ("Die Lage sei „völlig ruhig“ gewesen. Tom Roth sagte das am Montag.", None),
    ],
)
def test_a_verb_of_saying_later_in_the_sentence_names_the_speaker(text: str, expected: str | None) -> None:
    assert said_later(text, pair_quotes(text)[0]) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Geithner betonte, die Lage sei „zu keinem Zeitpunkt gefährlich“ gewesen.", "Geithner"),
        (
            "Der Polizeisprecher sagte am Montag, man werde „alles tun, um die Täter zu finden“.",
            "Der Polizeisprecher",
        ),
        ("Eva Probe erklärte, das sei „ein gutes Zeichen“.", "Eva Probe"),
        ("Sie betonte, das sei „ein gutes Zeichen“.", "Sie"),
        # an adverbial opening the sentence, a body, a noun: nobody named as its subject
        ("Am Montag betonte, man sei „auf einem guten Weg“.", None),
        ("Die Stadt teilte mit, das sei „ein gutes Zeichen“.", None),
        ("Die Lage sei „zu keinem Zeitpunkt gefährlich“ gewesen.", None),
        ("Kowalski sagte, das sei „ein gutes Zeichen“.", "Kowalski"),  # a family name alone
        # an adverb opening the sentence: the subject follows the verb
        (
            "Deshalb betonte Polizeisprecher Tom Roth, die Lage sei „völlig ruhig“.",
            "Polizeisprecher Tom Roth",
        ),
        ("Deshalb betonte er, die Lage sei „völlig ruhig“.", "er"),
        ("Trotzdem räumte Eva Probe ein, die Lage sei „nicht einfach“.", "Eva Probe"),
    ],
)
def test_the_subject_of_a_verb_of_saying_opening_the_sentence(text: str, expected: str | None) -> None:
    assert reporting_subject(text, pair_quotes(text)[0]) == expected


@pytest.mark.parametrize(
    ("text", "named", "expected"),
    [
        ("Tom Roth („Wir schaffen das gemeinsam“) blieb optimistisch.", "Tom Roth", "Tom Roth"),
        ("Tom Roth („Ich bleibe dabei.“) blieb optimistisch.", "Tom Roth", "Tom Roth"),
        # a title in brackets after its author: no words of speech
        ("Die Autorin Eva Probe („Sicher wohnen im Alter“) las vor.", "Eva Probe", None),
        # words of speech in brackets after no person, or not right after the name
        ("Die Initiative („Wir sind Nachbarn und wir helfen“) lud ein.", "", None),
        ("Tom Roth lobte die Initiative („Wir sind Nachbarn und wir helfen“).", "Tom Roth", None),
    ],
)
def test_a_voice_in_brackets_right_after_a_name(text: str, named: str, expected: str | None) -> None:
    people = (person_at(text, named),) if named else ()
    assert aside_speaker(text, pair_quotes(text)[0], people) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Die Lage sei „zu keinem Zeitpunkt gefährlich“ gewesen, betonte Polizeisprecher Tom Roth.",
            [("zu keinem Zeitpunkt gefährlich", "Tom Roth")],
        ),
        (
            "Der Zeuge Jan Kowalski war am Abend vor Ort. Kowalski erklärte später, er habe „nur noch "
            "Rauch gesehen“.",
            [("nur noch Rauch gesehen", "Jan Kowalski")],
        ),
        (
            "Bürgermeisterin Eva Probe („Wir schaffen das gemeinsam“) zeigte sich zuversichtlich.",
            [("Wir schaffen das gemeinsam", "Eva Probe")],
        ),
        # negatives: a title in a sentence of reporting, a title in brackets after its author
        ("Tom Roth betonte, die Broschüre „Sicher wohnen im Alter“ sei im Rathaus erhältlich.", []),
        ("Das Motto „Sicher leben“ wurde 2019 beschlossen, teilte die Stadt mit.", []),
        ("Die Autorin Eva Probe („Sicher wohnen im Alter“) las aus ihrem Buch.", []),
    ],
)
def test_speakers_of_reported_speech_in_a_release(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected
