"""Tests of interviews: answers in marks under questions take the person questioned as speaker."""

from __future__ import annotations

import pytest

from pipeline.extract.officials import extract_officials
from pipeline.extract.quotes.extractor import extract_quotes
from tests.conftest import Analyse

DATED = "17.04.2024\n\nTitel der Meldung\n\n"


def _voices(analyse: Analyse, body: str) -> list[tuple[str, str | None]]:
    text = DATED + body + "\n"
    doc, layout = analyse(text)
    people = tuple(extract_officials(doc, layout))
    return [(q.text, q.speaker_name) for q in extract_quotes(doc, layout, article_id="a", people=people)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # questions that address the person, answers in marks under them
        (
            "Im Interview: Rita Kolb, Ortsvorsteherin von Nordheim\n\n"
            "Frau Kolb, warum macht Nordheim mit?\n„Weil uns die Sicherheit im Ort am Herzen liegt.“\n\n"
            "Was erhoffen Sie sich?\n„Einen Austausch mit anderen Orten.“",
            [
                ("Weil uns die Sicherheit im Ort am Herzen liegt.", "Rita Kolb"),
                ("Einen Austausch mit anderen Orten.", "Rita Kolb"),
            ],
        ),
        # labelled questions and answers, the person named in the closing line
        (
            "Frage: Wie sicher ist Nordheim?\nAntwort: „Wir sind auf einem guten Weg, es bleibt aber viel zu tun.“\n\n"
            "Das Gespräch mit Ortsvorsteher Bernd Sauer führte Anna Lehmann.",
            [("Wir sind auf einem guten Weg, es bleibt aber viel zu tun.", "Bernd Sauer")],
        ),
        # paragraphs apart by blank lines, as web pages set them: each answer under its question
        (
            "Im Interview: Lena Brandt, Bürgermeisterin von Oberweiler.\n\n"
            "Frau Brandt, was hat sich im Ort verändert?\n\n„Wir reden mehr miteinander als früher.“\n\n"
            "Was planen Sie als Nächstes?\n\n„Einen Treffpunkt für die Jugend am Sportplatz.“",
            [
                ("Wir reden mehr miteinander als früher.", "Lena Brandt"),
                ("Einen Treffpunkt für die Jugend am Sportplatz.", "Lena Brandt"),
            ],
        ),
        # a question as a subheading in a report that is no interview: nobody is guessed
        (
            "Bernd Sauer eröffnete die Sitzung.\n\nWie geht es weiter?\n„Wir brauchen mehr Ehrenamtliche im Ort.“",
            [("Wir brauchen mehr Ehrenamtliche im Ort.", None)],
        ),
    ],
)
def test_interview_answers_take_the_person_questioned(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _voices(analyse, body) == expected
