"""Tests of the attribution frames beyond the listed speech verbs: the inverted verb after a
quote, `wie X es formuliert`, a quote interrupted by its attribution, a whole sentence in marks
after a colon clause, and a colon clause whose speaker is a name nobody else carries."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes.frames import interrupts, inverted_speaker
from pipeline.extract.quotes.speakers import WORD
from pipeline.lang.speech import SPEECH_VERBS
from tests.conftest import Analyse, Voice, release_voices


@pytest.mark.parametrize(
    ("after", "expected"),
    [
        ("ermutigte Bürgermeisterin Anke Weber die Gäste.", "Bürgermeisterin Anke Weber"),
        ("schmunzelt Ortsvorsteher Karl Lenz.", "Ortsvorsteher Karl Lenz"),
        ("beteuerte Kowalski am Rande der Sitzung.", "Kowalski"),
        ("wehrte sich der Amtsleiter.", "der Amtsleiter"),
        ("stöhnt die erschöpfte Streifenpolizistin.", "die erschöpfte Streifenpolizistin"),
        ("fuhr Polizeioberrat Jens Roth fort.", "Polizeioberrat Jens Roth"),
        ("wandte sie ein.", "sie"),
        # no finite verb in that place, a verb that names, a title's cue noun as subject
        ("lautet das Motto der Woche.", None),
        ("heißt die neue Kampagne.", None),
        ("heisst das neue Vorhaben.", None),
        ("sondern Max Muster.", None),
        ("mit Unterstützung der Polizei.", None),
        ("dann Kaffee und Kuchen.", None),
        ("startete das Projekt im Mai.", None),
        # a strong past shows no form of its own: its particle (`fuhr … fort`), a pronoun or a
        # person after it make it the verb of an attribution
        ("schrieb Innenminister Max Muster.", "Innenminister Max Muster"),
        ("bat Jens Roth um Geduld.", "Jens Roth"),
        ("schrieb sie in ihrem Brief.", "sie"),
        ("schrieb die Zeitung.", None),
        ("gegen Bürger und Stadt.", None),
        ("sobald sie kommt.", None),
    ],
)
def test_the_subject_after_an_inverted_verb(after: str, expected: str | None) -> None:
    words = list(WORD.finditer(after))
    assert inverted_speaker(after, words, len(after)) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "„Wir lassen niemanden mit seinen Sorgen allein“, beteuerte Ortsvorsteherin Maria Lenk.",
            [("Wir lassen niemanden mit seinen Sorgen allein", "Ortsvorsteherin Maria Lenk", "Maria Lenk")],
        ),
        (
            "„Ich habe den Einsatz nicht für möglich gehalten“, fuhr Kowalski fort.",
            [("Ich habe den Einsatz nicht für möglich gehalten", "Kowalski", "Kowalski")],
        ),
        (
            "„Hier kennt jeder jeden, und das hilft uns sehr“, schmunzelt Revierleiter Tom Berger.",
            [("Hier kennt jeder jeden, und das hilft uns sehr", "Revierleiter Tom Berger", "Tom Berger")],
        ),
        (
            "Die Nachbarschaft hilft, „weil jeder auf jeden achtet“, wie Ortsvorsteher Karl Lenz es formuliert.",
            [("weil jeder auf jeden achtet", "Ortsvorsteher Karl Lenz", "Karl Lenz")],
        ),
        # titles and names after a quote stay no voices, whatever verb follows
        ("„Gemeinsam für mehr Sicherheit in unserem Viertel“, lautet das Motto der Woche.", []),
        ("„Sicher wohnen im Quartier mit guten Nachbarn“, heißt das neue Projekt der Stadt.", []),
        ("„Schule ohne Gewalt“, mit Unterstützung der Polizei, startete im Mai.", []),
    ],
)
def test_a_speaker_after_an_inverted_verb_of_any_kind(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    ("gap", "expected"),
    [
        ("“, sagt Revierleiter Tom Berger, ", True),
        ("“, sagt Berger, den die Frage sichtlich bewegt: ", True),
        ("», betonte sie,", True),
        # a new sentence, a conjunction, or no attribution between the stretches
        ("“, sagte er. Dann ging er. ", False),
        ("“ und ", False),
        ("“, ", False),
    ],
)
def test_an_attribution_between_two_stretches(gap: str, expected: bool) -> None:
    assert interrupts(gap) is expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "„Prävention beginnt im Kopf“, sagt Kinderärztin Jana Probst, „und nicht erst in der Schule.“",
            [
                ("Prävention beginnt im Kopf", "Kinderärztin Jana Probst", "Jana Probst"),
                ("und nicht erst in der Schule.", "Jana Probst", "Jana Probst"),
            ],
        ),
        (
            "„Wir bleiben dran“, sagt Polizeihauptkommissar Uwe Kern, der das Revier seit Jahren leitet: "
            "„Jede Anzeige wird verfolgt.“",
            [
                ("Wir bleiben dran", "Polizeihauptkommissar Uwe Kern", "Uwe Kern"),
                ("Jede Anzeige wird verfolgt.", "Uwe Kern", "Uwe Kern"),
            ],
        ),
        # spaces set apart from the words: the reopening mark glued to the comma
        (
            "«Die Zahlen sind gut», sagt Landrätin Eva Sommer,« aber wir dürfen nicht nachlassen.»",
            [
                ("Die Zahlen sind gut", "Landrätin Eva Sommer", "Eva Sommer"),
                ("aber wir dürfen nicht nachlassen.", "Eva Sommer", "Eva Sommer"),
            ],
        ),
    ],
)
def test_a_quote_interrupted_by_its_attribution_goes_on(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "Landrat Max Muster zog ein positives Fazit: „Die Zusammenarbeit hat sich bewährt.“",
            [("Die Zusammenarbeit hat sich bewährt.", "Landrat Max Muster", "Max Muster")],
        ),
        (
            "Diesen Zusammenhalt hob Bürgermeisterin Ines Hahn in ihrem Grußwort hervor: "
            "„Ohne die Vereine wäre unser Ort ärmer.“",
            [("Ohne die Vereine wäre unser Ort ärmer.", "Ines Hahn", "Ines Hahn")],
        ),
        (
            "Die Verwaltung des Kreises zog Bilanz: „Die Zahl der Einbrüche ist deutlich gesunken.“",
            [("Die Zahl der Einbrüche ist deutlich gesunken.", "Die Verwaltung des Kreises", None)],
        ),
        # a title, a sentence that goes on after the marks, a capitalised name in marks
        ("Der Titel der Broschüre lautet: „Sicher leben in Sachsen.“", []),
        ("Die Stadt hat ein Ziel: „Sicher leben.“ und mehr Licht in den Straßen.", []),
        ("Das Programm für Senioren: „Alt und sicher“", []),
    ],
)
def test_a_whole_sentence_in_marks_after_a_colon_clause(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        ("Kowalski sagt: „Das kriegen wir hin.“", [("Das kriegen wir hin.", "Kowalski", "Kowalski")]),
        (
            "Auf die Frage, ob das Revier genug Personal habe, antwortete Polizeirat Jens Roth: "
            "„Das reicht nicht.“",
            [("Das reicht nicht.", "Polizeirat Jens Roth", "Jens Roth")],
        ),
        # a town speaking: the attribution as written, no person's name
        (
            "Die Stadt Musterhausen teilte mit: „Das Rathaus bleibt geschlossen.“",
            [("Das Rathaus bleibt geschlossen.", "Die Stadt Musterhausen", None)],
        ),
    ],
)
def test_a_colon_clause_with_a_speech_verb(analyse: Analyse, sentences: str, expected: list[Voice]) -> None:
    assert release_voices(analyse, sentences) == expected


def test_the_verb_test_reads_forms_not_a_list() -> None:
    # `beteuerte` is in no list of speech verbs: its place after `“,` and its form make it one
    after = "beteuerte Kowalski."
    assert inverted_speaker(after, list(WORD.finditer(after)), len(after)) == "Kowalski"
    assert not any(verb.startswith("beteuer") for verb in SPEECH_VERBS)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "„Wir sind gut aufgestellt“, sagt der sächsische Innenminister Armin Schuster.",
            [("Wir sind gut aufgestellt", "der sächsische Innenminister Armin Schuster", "Armin Schuster")],
        ),
        (
            "„Das hat uns alle sehr gefreut“, erzählt der fünfjährige Paul.",
            [("Das hat uns alle sehr gefreut", "der fünfjährige Paul", "Paul")],
        ),
        # a description names nobody
        (
            "„Wir sind gut aufgestellt“, sagt die zuständige Kollegin.",
            [("Wir sind gut aufgestellt", "die zuständige Kollegin", None)],
        ),
    ],
)
def test_a_speaker_described_by_adjectives_after_the_article(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a verb of saying right before the marks announces the speech, the colon left out
        (
            "Frau Dr. Lehmann hat die Tür geöffnet und gesagt „Sie können jetzt hereinkommen!“",
            [("Sie können jetzt hereinkommen!", "Lehmann", "Lehmann")],
        ),
        (
            "Nach der Probe hat Trainerin Jana Roth gerufen „Alle noch einmal von vorn!“",
            [("Alle noch einmal von vorn!", "Jana Roth", "Jana Roth")],
        ),
    ],
)
def test_a_verb_of_saying_before_the_marks_frames_speech(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        # a word in marks the verb governs, or a title before a form of `fragen` that means demand
        "Der Verein hat „Ja“ gesagt zu dem Projekt.",
        "Bürgermeisterin Ines Hahn sagte „Danke“ an alle Helfer.",
        "Die Broschüre „Sicher wohnen im Alter“ wurde gefragt wie nie.",
    ],
)
def test_no_voice_from_a_verb_of_saying_beside_a_word_in_marks(analyse: Analyse, sentences: str) -> None:
    assert release_voices(analyse, sentences) == []
