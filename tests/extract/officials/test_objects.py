"""Tests of light-verb objects: a noun after a role title that is the object of the verb."""

from __future__ import annotations

import pytest

from pipeline.extract.officials.extractor import extract_officials
from pipeline.extract.officials.objects import is_light_verb_object, is_object_after_title
from tests.conftest import RELEASE_HEAD, Analyse


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Am Ende zog der Bürgermeister Bilanz .", "Bilanz", True),
        ("Danach nahm die Landrätin Stellung zu den Fragen .", "Stellung", True),
        ("Der Revierleiter will Abschied nehmen .", "Abschied", True),
        ("Gern hielt der Ortsvorsteher Rede und Antwort .", "Rede", True),
        # no verb of the phrase in the clause: a family name
        ("Wie Landrat Dank betonte , bleibt es dabei .", "Dank", False),
        ("Sie zog um . Bürgermeister Bilanz kam später .", "Bilanz", False),
        ("Bürgermeister Kranich zog Bilanz .", "Kranich", False),
    ],
)
def test_is_light_verb_object(sentence: str, word: str, expected: bool) -> None:
    words = sentence.split()
    assert is_light_verb_object(words, words.index(word)) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Zum Jahresende zog der Oberbürgermeister Bilanz über die Arbeit des Rates.", []),
        ("Zu den Vorwürfen nahm die Polizeipräsidentin Stellung.", []),
        ("Nach 20 Dienstjahren nahm der Revierleiter Abschied von seinem Team.", []),
        ("Im Bürgerforum stand die Landrätin Rede und Antwort.", []),
        ("Danach ergriff die Ministerin Wort und Initiative.", []),
        ("Gern gab der Polizeipräsident Einblick in die Arbeit der Reviere.", []),
        # a titled person keeps the noun after the name as the object
        ("Danach zog Bürgermeister Jens Kranich Bilanz.", [("Jens Kranich", ("Bürgermeister",))]),
        ("Wie Landrat Dank betonte, bleibt die Wache offen.", [("Dank", ("Landrat",))]),
    ],
)
def test_light_verb_objects_are_no_persons(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    doc, layout = analyse(RELEASE_HEAD + sentence + "\n")
    assert [(p.name, p.roles) for p in extract_officials(doc, layout)] == expected


@pytest.mark.parametrize(
    ("sentence", "word", "expected"),
    [
        ("Danach gab der Revierleiter Tipps zum Schutz vor Betrug .", "Tipps", True),
        ("Am Morgen hatte die Landrätin Besuch aus Polen .", "Besuch", True),
        ("Dann übte der stellvertretende Amtsleiter Kritik an dem Plan .", "Kritik", True),
        # a verb or punctuation after the word, a repeated name, a title without article: a person
        ("Wie der Revierleiter Sperling sagte , bleibt es so .", "Sperling", False),
        ("Dort traf der Revierleiter Sperling auf Gäste . Sperling lobte .", "Sperling", False),
        ("Einen Vortrag hielt Revierleiter Sperling über Betrug .", "Sperling", False),
    ],
)
def test_is_object_after_title(sentence: str, word: str, expected: bool) -> None:
    words = sentence.split()
    j = words.index(word)
    assert is_object_after_title(words, j - 1, j) is expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Im Bürgerhaus gab die Koordinatorin Hinweise zum Einbruchschutz.", []),
        ("Am Vormittag hatte der Oberbürgermeister Besuch aus der Partnerstadt.", []),
        ("Zur Eröffnung richtete der Staatssekretär Grußworte an die Gäste.", []),
        ("Das sagte der Bürgermeister Kranich am Montag.", [("Kranich", ("Bürgermeister",))]),
    ],
)
def test_objects_after_a_title_with_article_are_no_persons(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    doc, layout = analyse(RELEASE_HEAD + sentence + "\n")
    assert [(p.name, p.roles) for p in extract_officials(doc, layout)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Die Klassen der Grundschule Erich Kästner sammelten Spenden.", []),
        ("Gefördert wurde das Fest von der Stiftung Konrad Adenauer.", []),
        ("Im Jugendhaus Clara Zetkin trafen sich die Gruppen.", []),
        ("Zu Gast war die Puppenbühne Fritz Frech aus Musterau.", []),
        # a role that takes the institution as complement: the name is its holder
        (
            "Es sprach die Leiterin der Oberschule Anja Muster über den Schulweg.",
            [("Anja Muster", ("Leiterin der Oberschule",))],
        ),
        # no institution before the name
        ("Im Rathaus sprach Anja Muster über den Schulweg.", [("Anja Muster", ())]),
    ],
)
def test_namesakes_of_institutions_are_no_persons(
    analyse: Analyse, sentence: str, expected: list[tuple[str, tuple[str, ...]]]
) -> None:
    doc, layout = analyse(RELEASE_HEAD + sentence + "\n")
    assert [(p.name, p.roles) for p in extract_officials(doc, layout)] == expected
