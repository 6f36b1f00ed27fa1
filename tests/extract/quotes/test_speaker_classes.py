"""Speakers of whole releases, class by class: roles resolved to the person given that role,
pronouns, colon clauses, asides in brackets, verbs of quoting, and the quotes that are no voice."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, release_voices


def _names(analyse: Analyse, body: str) -> list[tuple[str, str | None]]:
    return [(text, name) for text, _, name in release_voices(analyse, body)]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a role phrase: the person the article gave that role, in whatever form
        (
            "Landrätin Eva Probe besuchte die Grundschule in Kleinhain.\n\n"
            "„Wir brauchen sichere Wege für alle Kinder“, sagte die Landrätin.",
            [("Wir brauchen sichere Wege für alle Kinder", "Eva Probe")],
        ),
        (
            "Oberbürgermeister Karl Muster und Polizeipräsidentin Ida Beispiel unterzeichneten.\n\n"
            "Der OBM ergänzte: „Wir setzen auf Vorbeugung statt auf Verbote.“",
            [("Wir setzen auf Vorbeugung statt auf Verbote.", "Karl Muster")],
        ),
        (
            "Bürgermeisterin Anna Klein lud zum Gespräch. Auch Revierleiter Tom Roth kam.\n\n"
            "„Das Gespräch hat sich gelohnt“, sagte die Rathauschefin.",
            [("Das Gespräch hat sich gelohnt", "Anna Klein")],
        ),
        # a role made of an adjective, strong in the title and weak after the article
        (
            "Bürgermeister und Vorsitzender des Präventionsrates Tom Roth lud ein.\n\n"
            "„Wir reden miteinander“, sagte der Vorsitzende.",
            [("Wir reden miteinander", "Tom Roth")],
        ),
        (
            "Die Beauftragte für Prävention, Jana Wolf, stellte den Bericht vor.\n\n"
            "„Die Zahlen sind ermutigend“, sagte die Beauftragte.",
            [("Die Zahlen sind ermutigend", "Jana Wolf")],
        ),
        # the office after the hyphen of a compound role (a party, a field before it)
        (
            "CDU-Kreisrätin Eva Probe stellte den Antrag.\n\n„Hinschauen hilft immer“, sagte die Kreisrätin.",
            [("Hinschauen hilft immer", "Eva Probe")],
        ),
        (
            "Der Präventions-Coach Tom Roth trainiert die Schüler.\n\n„Hinschauen hilft immer“, sagt der Coach.",
            [("Hinschauen hilft immer", "Tom Roth")],
        ),
        # the speaker after a dash: a name line run in, or a sentence pointing back
        (
            "„Wir lassen niemanden allein, das ist unser Anspruch.“ – Tom Roth, Bürgermeister von Kleinhain",
            [("Wir lassen niemanden allein, das ist unser Anspruch.", "Tom Roth")],
        ),
        (
            "„Wir lassen niemanden allein“ – Das sagte Tom Roth am Montag.",
            [("Wir lassen niemanden allein", "Tom Roth")],
        ),
        # statements collected under a heading, each with its speaker in brackets
        (
            "Stimmen zum Fachtag:\n\n„Ich habe viele neue Ideen mitgenommen.“ (Eva Probe, Landratsamt Görlitz)\n\n"
            "„Der Austausch war sehr wertvoll für uns.“ (Tom Roth, Stadt Kleinhain)",
            [
                ("Ich habe viele neue Ideen mitgenommen.", "Eva Probe"),
                ("Der Austausch war sehr wertvoll für uns.", "Tom Roth"),
            ],
        ),
        # a paragraph all in marks under the paragraph of a voice goes on with its speaker
        (
            "„Wir haben viel erreicht“, sagte Bürgermeister Tom Roth. Er verwies auf die Zahlen.\n\n"
            "„Die Einbrüche sind um ein Drittel zurückgegangen.“",
            [
                ("Wir haben viel erreicht", "Tom Roth"),
                ("Die Einbrüche sind um ein Drittel zurückgegangen.", "Tom Roth"),
            ],
        ),
        # … not after a paragraph in between, nor after a colon clause of somebody else
        (
            "„Wir haben viel erreicht“, sagte Bürgermeister Tom Roth.\n\nDie Polizei legte Zahlen vor.\n\n"
            "„Die Einbrüche sind um ein Drittel zurückgegangen.“",
            [
                ("Wir haben viel erreicht", "Tom Roth"),
                ("Die Einbrüche sind um ein Drittel zurückgegangen.", None),
            ],
        ),
        # pronouns: the last named person of the pronoun's gender
        (
            "Bürgermeister Max Muster führte durch den Abend. Danach sprach Eva Probe.\n\n"
            "„Es ist ein guter Anfang“, ergänzt sie.",
            [("Es ist ein guter Anfang", "Eva Probe")],
        ),
        # a quote in an aside, its speaker named before the colon inside the brackets
        (
            "Die Stadt will mehr Licht in den Parks (Bürgermeister Max Muster: „Dunkle Ecken machen Angst.“) "
            "und plant neue Laternen.",
            [("Dunkle Ecken machen Angst.", "Max Muster")],
        ),
        # a quote in an aside after a cue noun, in the sentence of its speaker
        (
            "Eva Probe lobte das Projekt („Das ist vorbildlich und sollte Schule machen“) und dankte allen.",
            [("Das ist vorbildlich und sollte Schule machen", "Eva Probe")],
        ),
        # verbs of quoting: the object in the active, the subject in the passive
        (
            "„Wir müssen reden, bevor etwas passiert“, zitiert die Stadt ihren Bürgermeister Max Muster.",
            [("Wir müssen reden, bevor etwas passiert", "Max Muster")],
        ),
        (
            "„Wir geben nicht auf“, wird Bürgermeister Tom Roth in der Mitteilung zitiert.",
            [("Wir geben nicht auf", "Tom Roth")],
        ),
        (
            "Revierleiterin Ida Sommer kam zur Eröffnung.\n\n„Wir geben nicht auf“, wurde sie zitiert.",
            [("Wir geben nicht auf", "Ida Sommer")],
        ),
        # a name line right under a quote set off on its line wins over the voice of the paragraph above
        (
            "„Wir haben viel erreicht“, sagte Bürgermeister Tom Roth.\n\n"
            "„Der Austausch war sehr wertvoll für uns alle.“\nEva Probe, Landratsamt Görlitz",
            [
                ("Wir haben viel erreicht", "Tom Roth"),
                ("Der Austausch war sehr wertvoll für uns alle.", "Eva Probe"),
            ],
        ),
        # the speaker named in the sentence after, a party after the name
        (
            "„Jeder Beitrag zählt, und wir brauchen alle Hände.“ Das sagte Eva Probe am Montag in Kleinhain.",
            [("Jeder Beitrag zählt, und wir brauchen alle Hände.", "Eva Probe")],
        ),
        (
            "„Das Ehrenamt verdient mehr Anerkennung“, betont Eva Probe (Grüne).",
            [("Das Ehrenamt verdient mehr Anerkennung", "Eva Probe")],
        ),
        # a person described by an age after a verb in the strong past
        (
            "„Unser Ziel ist der Klassenerhalt“, verriet der 28-jährige Stürmer.",
            [("Unser Ziel ist der Klassenerhalt", None)],
        ),
    ],
)
def test_speakers_resolve_to_the_person_the_release_names(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a place or a body speaks: the speaker as written, no person's name
        (
            "„Wir sind bereit für den Winter“, heißt es aus Musterstadt.",
            [("Wir sind bereit für den Winter", None)],
        ),
        (
            "„Wir sind bereit für den Winter“, heißt es aus Dresden.",
            [("Wir sind bereit für den Winter", None)],
        ),
        (
            "„Wir sind bereit für den Winter“, sagte ein Sprecher der Stadtverwaltung.",
            [("Wir sind bereit für den Winter", None)],
        ),
        # a headline's second part after a dash: no speaker
        (
            "„Wir machen weiter, auch im nächsten Jahr“ – Neue Wege in der Prävention",
            [("Wir machen weiter, auch im nächsten Jahr", None)],
        ),
        # a body after a town, run in after a dash: nobody speaks
        (
            "„Wir lassen niemanden allein, nie“ – Kleinhain Stadtverwaltung",
            [],
        ),
        # a document speaks through `heißt es`: no voice
        ("In der Vereinbarung heißt es: „Die Partner arbeiten vertrauensvoll zusammen.“", []),
        # a role nobody in the release holds: no person is guessed
        (
            "„Das ist ein guter Tag für unsere Gemeinde“, sagte der Bürgermeister.",
            [("Das ist ein guter Tag für unsere Gemeinde", None)],
        ),
        # words on a thing, titles, mottos, slogans, terms: no voices
        ("Auf den Plakaten ist zu lesen: „Hier wohnt die Nachbarschaft.“", []),
        ("Auf dem Schild am Eingang steht: „Betreten auf eigene Gefahr“.", []),
        ("Eva Probe stellte die Broschüre „Sicher im Alter“ vor.", []),
        ("Der Fachtag stand unter dem Motto „Gemeinsam stark“.", []),
        ("Das Projekt „Sicherer Schulweg“ startet im Mai in Kleinhain.", []),
        ("Die sogenannte „Gelbe Karte“ soll Falschparker warnen.", []),
        ("Mit dem Slogan „Hinschauen statt wegsehen“ wirbt die Stadt für Zivilcourage.", []),
        ("Unter dem Titel „Wie sicher ist unsere Stadt?“ diskutierten Bürger und Polizei.", []),
        ("Der Slogan „Wir für euch“ prangt auf allen Fahrzeugen.", []),
    ],
)
def test_places_bodies_and_words_on_things_are_no_persons_speaking(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _names(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a pronoun nobody before it stands for: the pronoun as written, and the voice goes on
        (
            "„Wir schaffen das“, sagte sie am Montag in Kleinhain. „Daran habe ich keinen Zweifel.“",
            [("Wir schaffen das", "sie", None), ("Daran habe ich keinen Zweifel.", "sie", None)],
        ),
        # a person described by an age: the description as written
        (
            "„Unser Ziel ist der Klassenerhalt“, verriet der 28-jährige Stürmer.",
            [("Unser Ziel ist der Klassenerhalt", "der 28-jährige Stürmer", None)],
        ),
    ],
)
def test_speakers_named_by_no_name_are_kept_as_written(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert release_voices(analyse, body) == expected
