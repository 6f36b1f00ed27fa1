"""Tests of the people a page's furniture names: the author of a printed journal's page."""

from __future__ import annotations

import pytest

from pipeline.extract.officials.extractor import extract_officials
from tests.conftest import Analyse

#: The body of a journal page as a PDF's text layer gives it: no full stop, no comma.
BODY = (
    "Die Arbeit der Gremien in kleinen Gemeinden steht vor eigenen Aufgaben Für die Bildung von "
    "Arbeitsgruppen fehlt es oft an Zeit und Geld Um das Konzept dennoch für kleine Orte nutzbar "
    "zu machen wird nach neuen Wegen gesucht "
) * 12


def roles(analyse: Analyse, text: str) -> dict[str, tuple[str, ...]]:
    doc, layout = analyse(text)
    return {p.name: p.roles for p in extract_officials(doc, layout)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the name between the title and the body of a page without punctuation: its author
        (
            "PRÄVENTION 12 Fachzeitschrift 2 2023 Sicherheit im ländlichen Raum Erfahrungen aus "
            "dem Erzgebirge Karin Sommer " + BODY,
            {"Karin Sommer": ("Autorin",)},
        ),
        (
            "PRÄVENTION 14 Fachzeitschrift 2 2023 Jugend und Sport Jens Albrecht " + BODY,
            {"Jens Albrecht": ("Autor",)},
        ),
        # a role of its own stays; a name far into the body is no author
        (
            "PRÄVENTION 16 Fachzeitschrift 2 2023 Neue Wege Bürgermeister Jens Albrecht " + BODY,
            {"Jens Albrecht": ("Bürgermeister",)},
        ),
        (BODY + "Das berichtet Karin Sommer " + BODY, {"Karin Sommer": ()}),
        # a page with punctuation: an ordinary article whose headline names a person
        (
            "Karin Sommer im Gespräch\n\nDie Arbeit der Gremien ist wichtig. Sie braucht Zeit, "
            "Geld und Menschen. " * 20,
            {"Karin Sommer": ()},
        ),
    ],
)
def test_the_author_of_a_journal_page(
    analyse: Analyse, text: str, expected: dict[str, tuple[str, ...]]
) -> None:
    assert roles(analyse, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name right after an agency's short name and a slash: the photographer of a credit
        (
            "AFP/SID/Karl Brenner Ein Rücktritt in Lissabon: Die Liga sucht Ersatz.",
            {"Karl Brenner": ("Fotograf",)},
        ),
        ("Das Bild (Foto: dpa/Anna Berg) zeigt den Platz.", {"Anna Berg": ("Fotografin",)}),
        # a slash after a word that is no agency, or a name with its own title
        ("Die Stadt/Uwe Tal sprach.", {"Uwe Tal": ()}),
        ("Es sprach (LPR/Bürgermeister Uwe Tal) am Montag.", {"Uwe Tal": ("Bürgermeister",)}),
    ],
)
def test_an_agency_credit_in_the_text(
    analyse: Analyse, text: str, expected: dict[str, tuple[str, ...]]
) -> None:
    assert roles(analyse, "17.04.2024\n\nTitel der Meldung\n\n" + text + "\n") == expected
