"""Tests of partial quotes: a few words of speech quoted inside a sentence of reporting, in a
frame that marks them as somebody's (`als „…“`, `von „…“ sprach`, Konjunktiv, `laut X`)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse, Voice, release_voices


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # `nach Angaben von X`, `nach Worten des X`: like `laut X`, X speaks
        (
            "Nach Angaben von Revierleiter Tom Roth ist die Lage im Viertel „deutlich ruhiger geworden“.",
            [("deutlich ruhiger geworden", "Revierleiter Tom Roth", "Tom Roth")],
        ),
        (
            "Nach Worten des Bürgermeisters Karl Beispiel sind die Kosten „absolut im Rahmen“.",
            [("absolut im Rahmen", "des Bürgermeisters Karl Beispiel", "Karl Beispiel")],
        ),
        # `als „…“` after a named person: how they called it
        (
            "Oberbürgermeisterin Eva Probe bezeichnete das Treffen als „wichtigen Schritt für unsere Stadt“.",
            [("wichtigen Schritt für unsere Stadt", "Eva Probe", "Eva Probe")],
        ),
        (
            "Polizeipräsident Uwe Test hat die Zahlen als „erfreulich“ bewertet.",
            [("erfreulich", "Uwe Test", "Uwe Test")],
        ),
        # a verb of saying or judging shortly before the marks, the person named before it
        (
            "Jens Roth, Polizeipräsident in Dresden, nannte die Zusammenarbeit „vorbildlich“.",
            [("vorbildlich", "Jens Roth", "Jens Roth")],
        ),
        (
            "Landrat Jens Roth warnte vor „übertriebenen Erwartungen an die Technik“.",
            [("übertriebenen Erwartungen an die Technik", "Jens Roth", "Jens Roth")],
        ),
        (
            "Bürgermeisterin Petra Stein begrüsste die „gute Zusammenarbeit“.",
            [("gute Zusammenarbeit", "Petra Stein", "Petra Stein")],
        ),
        # `von „…“ sprechen`, the speaker before or after the marks
        (
            "Innenminister Karl Beispiel sprach von „einem Meilenstein der Prävention“.",
            [("einem Meilenstein der Prävention", "Karl Beispiel", "Karl Beispiel")],
        ),
        (
            "Von „einer echten Entlastung“ sprach Landrätin Petra Stein beim Besuch.",
            [("einer echten Entlastung", "Petra Stein", "Petra Stein")],
        ),
        # reported speech: the Konjunktiv right before the marks, or with a pronoun subject
        ("Die Lage sei „vollständig unter Kontrolle“.", [("vollständig unter Kontrolle", None, None)]),
        (
            "Deshalb sei es „kein Grund zur Sorge“, wenn Fremde im Park sind.",
            [("kein Grund zur Sorge", None, None)],
        ),
        # `laut X` with a person or an office
        (
            "Laut Polizeisprecher Uwe Test war der Abend „insgesamt ruhig“.",
            [("insgesamt ruhig", "Polizeisprecher Uwe Test", "Uwe Test")],
        ),
    ],
)
def test_partial_quotes_in_frames_of_speech(analyse: Analyse, sentences: str, expected: list[Voice]) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        # titles and names open with a capital
        "Die Stadt wurde als „Sichere Kommune“ ausgezeichnet.",
        "Bürgermeister Jens Hoyer sprach von der „Woche der Nachbarschaft“.",
        # `als` with nobody named, a term inside reported speech, a document after `laut`
        "Die Stadt wurde als „sicherer Ort“ ausgezeichnet.",
        "Bürgermeister Jens Hoyer eröffnete die Schau, die als „lebendiges Museum“ gilt.",
        "Zwar sei der Ortsteil „im Grunde“ sicher, schätzt die Polizei ein.",
        "Laut Satzung heißt der Verein „gemeinsam sicher“.",
        "Laut Polizeibericht war der Abend „insgesamt ruhig“.",
        # the name of an event after a contraction, a verb far from the marks, no person named
        "Bürgermeisterin Petra Stein begrüßte die Gäste zum „langen Abend der Prävention“.",
        "Landrat Jens Roth warnte bei der Sitzung im Rathaus vor allen Dingen vor „zu viel Technik“.",
        "Die Polizei warnte vor „falschen Polizisten“ am Telefon.",
        # a lower-case name of an initiative after its cue noun
        "Die Kommune tritt der Initiative „sichere Stadt“ bei.",
        "Im Rathaus hing ein Plakat mit der Aufschrift „kein Zutritt für Unbefugte“.",
    ],
)
def test_no_partial_quote_without_a_frame_of_speech(analyse: Analyse, sentences: str) -> None:
    assert release_voices(analyse, sentences) == []


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a piece of speech earlier in the sentence: the speaker named at its end said it too
        (
            "Bei der „völlig neuen Lage“ im Park sei es nötig, „dass wir öfter Streife fahren“, "
            "sagte Revierleiter Tom Berger.",
            [
                ("völlig neuen Lage", "Revierleiter Tom Berger", "Tom Berger"),
                ("dass wir öfter Streife fahren", "Revierleiter Tom Berger", "Tom Berger"),
            ],
        ),
        (
            "Die Stadt sei „gut aufgestellt“ und werde „weiter in die Beleuchtung investieren“, "
            "sagte Bürgermeisterin Ines Hahn.",
            [
                ("gut aufgestellt", "Bürgermeisterin Ines Hahn", "Ines Hahn"),
                ("weiter in die Beleuchtung investieren", "Bürgermeisterin Ines Hahn", "Ines Hahn"),
            ],
        ),
        # a sentence between them, or a title's cue noun: the earlier piece stays unclaimed
        (
            "Im Park gab es „gleich mehrere Vorfälle“. „Wir fahren jetzt öfter Streife“, sagte Tom Berger.",
            [("Wir fahren jetzt öfter Streife", "Tom Berger", "Tom Berger")],
        ),
        (
            "Das Projekt „sichere Wege“ laufe weiter, „weil alle davon profitieren“, sagte Tom Berger.",
            [("weil alle davon profitieren", "Tom Berger", "Tom Berger")],
        ),
    ],
)
def test_a_voice_claims_the_pieces_of_speech_earlier_in_its_sentence(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a phrase of speech in a clause of reported speech, the Konjunktiv earlier in the clause
        ("Der Plan sei bereits „ziemlich weit gediehen“, hieß es.", [("ziemlich weit gediehen", None, None)]),
        (
            "Die Regel sei beim Vorgänger Kowalczyk „völlig kritiklos“ hingenommen worden.",
            [("völlig kritiklos", None, None)],
        ),
        # terms in a noun or prepositional phrase of reported speech, an idiom: no voices
        ("Die Polizei habe vor „falschen Polizisten“ am Telefon gewarnt.", []),
        ("Die Stadt sei eine „sichere Kommune“ geworden, teilte das Amt mit.", []),
        ("Man habe die „kleinen Dinge“ im Blick.", []),
        ("Die Gemeinde sei Mitglied im Netzwerk „sichere Kommunen“.", []),
    ],
)
def test_phrases_of_reported_speech_are_voices_of_nobody_named(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a `dass` clause after a verb of saying, its Konjunktiv I closing the clause after the marks
        (
            "Ortsvorsteherin Anke Probe teilte mit, dass der Rat den Vorschlag „ausgesprochen wohlwollend“ "
            "aufgenommen habe.",
            [("ausgesprochen wohlwollend", "Anke Probe", "Anke Probe")],
        ),
        (
            "Klaus Beispiel erklärte, dass die Stadt mit der Lage „völlig überfordert“ sei.",
            [("völlig überfordert", "Klaus Beispiel", "Klaus Beispiel")],
        ),
        # one noun after an indefinite article: the speaker's own word
        (
            "Der Landrat begründete den Schritt damit, dass es im Kreis zu einem „Personalnotstand“ gekommen sei.",
            [("Personalnotstand", "Der Landrat", None)],
        ),
    ],
)
def test_partial_quotes_in_a_reported_that_clause(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        # the indicative reports no speech; no verb of saying before `dass`
        "Klaus Beispiel erklärte, dass die Stadt mit der Lage „völlig überfordert“ ist.",
        "Es ist bekannt, dass die Gemeinde zu einem „Brennpunkt“ geworden sei.",
        # names of bodies, networks and events stay names in reported speech
        "Die Stadt teilte mit, dass sie dem Netzwerk „Sichere Kommune“ beigetreten sei.",
        "Der Bürgermeister berichtete, dass die Gemeinde einen „Runden Tisch“ gegründet habe.",
        "Bürgermeister Jens Hoyer teilte mit, dass die Gemeinde eine „Woche der Sicherheit“ plane.",
    ],
)
def test_no_partial_quote_in_a_that_clause_without_reported_speech(analyse: Analyse, sentences: str) -> None:
    assert release_voices(analyse, sentences) == []


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # the Konjunktiv I of a full verb right before the marks reports speech like `sei`
        (
            "Der Revierleiter betonte, es gehe „nicht um Schuldzuweisungen“ an die Eltern.",
            [("nicht um Schuldzuweisungen", "Der Revierleiter", None)],
        ),
        ("Im Rathaus hieß es, das Problem liege „ganz woanders“.", [("ganz woanders", None, None)]),
        (
            "Die Anwohner glauben, es bestehe „keinerlei Gefahr“ für die Kinder.",
            [("keinerlei Gefahr", None, None)],
        ),
    ],
)
def test_partial_quotes_after_a_konjunktiv_of_a_full_verb(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        # the indicative of the same verbs: an idiom or a term in marks, nobody's speech
        "Die Kinder stehen „im Mittelpunkt“ der Arbeit.",
        "Der Verein liegt „im Trend“.",
        "Es gibt „kein Patentrezept“ gegen Einbrüche.",
    ],
)
def test_no_partial_quote_after_the_indicative(analyse: Analyse, sentences: str) -> None:
    assert release_voices(analyse, sentences) == []


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # reported speech closed by an impersonal `heißt es`: the Konjunktiv may stand before commas
        (
            "Der neue Revierleiter sei bei den Vereinen, den Schulen und den Kirchen „sehr gut angekommen“, "
            "heißt es im Rathaus.",
            [("sehr gut angekommen", None, None)],
        ),
        (
            "Die Beratung werde nach Ostern, spätestens im Mai, „auf alle Ortsteile ausgeweitet“, hieß es.",
            [("auf alle Ortsteile ausgeweitet", None, None)],
        ),
    ],
)
def test_partial_quotes_in_hearsay(analyse: Analyse, sentences: str, expected: list[Voice]) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    "sentences",
    [
        # no Konjunktiv, a name after its cue noun, a document as the source
        "Die Stadt hat bei Vereinen, Schulen und Kirchen „sehr gut abgeschnitten“, heißt es im Rathaus.",
        "Die Aktion heißt „sicher nach Hause“, heißt es im Rathaus.",
        "Das Fest solle künftig den Namen „bunte Nacht im Park“ tragen, heißt es im Rathaus.",
        "Die Zahl der Einbrüche sei in den Dörfern, den Städten und den Kreisen „stark gestiegen“, "
        "heißt es in der Studie.",
    ],
)
def test_no_hearsay_quote_without_reported_speech(analyse: Analyse, sentences: str) -> None:
    assert release_voices(analyse, sentences) == []
