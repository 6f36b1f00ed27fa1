"""Forms of attribution and quoting that newspaper text uses: name particles, adverbs between the
verb and the speaker, statement nouns, `von einer „…“`, headlines of speech, asides and single
marks left open."""

from __future__ import annotations

import pytest

from pipeline.extract.officials import extract_officials
from pipeline.extract.quotes.extractor import extract_quotes
from pipeline.extract.quotes.speakers import name_from_phrase
from tests.conftest import Analyse


def _voices(analyse: Analyse, text: str) -> list[tuple[str, str | None, str | None]]:
    """The voices of ``text`` as a page of its own (no date line, no title), as real-text sets hold them."""
    doc, layout = analyse(text)
    people = tuple(extract_officials(doc, layout))
    return [
        (q.text, q.speaker, q.speaker_name)
        for q in extract_quotes(doc, layout, article_id="a", people=people)
    ]


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("van der Vaart", "van der Vaart"),
        ("Rafael van der Vaart", "Rafael van der Vaart"),
        ("Ursula von der Leyen", "Ursula von der Leyen"),
        ("Frau von Saher", "von Saher"),
        ("Tom Roth von der Polizeidirektion Görlitz", "Tom Roth"),
        ("Bürgermeisterin von Musterstadt", None),  # the office's complement, no name
    ],
)
def test_name_particles_stay_in_the_name(phrase: str, name: str | None) -> None:
    assert name_from_phrase(phrase) == name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a name with particles after the verb
        (
            "„Wir haben heute alles gegeben“, erklärt van der Berg, „mehr war nicht drin.“",
            [
                ("Wir haben heute alles gegeben", "van der Berg", "van der Berg"),
                ("mehr war nicht drin.", "van der Berg", "van der Berg"),
            ],
        ),
        # sentence adverbs between the verb and the speaker
        (
            "„Die liegen uns“, sagt deshalb auch Trainerin Jana Wolf.",
            [("Die liegen uns", "Trainerin Jana Wolf", "Jana Wolf")],
        ),
        (
            "„Das wird schwer“, meinte später Kapitän Tom Roth.",
            [("Das wird schwer", "Kapitän Tom Roth", "Tom Roth")],
        ),
        (
            "„Das wird ein langer Winter“, sagte heute Abend Bürgermeisterin Eva Probe.",
            [("Das wird ein langer Winter", "Bürgermeisterin Eva Probe", "Eva Probe")],
        ),
        # a naming verb and a statement noun: whose statement it is
        (
            "«Wir sind sehr zufrieden», war das Resümee von Kowalczyk und Lindqvist.",
            [("Wir sind sehr zufrieden", "Kowalczyk", "Kowalczyk")],
        ),
        (
            "„Wir bleiben dran“, lautete das Fazit des Bürgermeisters Tom Roth.",
            [("Wir bleiben dran", "des Bürgermeisters Tom Roth", "Tom Roth")],
        ),
        # `berichtete von einer „…“` after a named person
        (
            "Landrätin Eva Probe berichtete von einer „großen Bereitschaft der Vereine“.",
            [("großen Bereitschaft der Vereine", "Eva Probe", "Eva Probe")],
        ),
        # one or two words with a verb that only says after them, a comma left out
        ("„Absolut richtig“, sagte Trainer Tom Roth.", [("Absolut richtig", "Trainer Tom Roth", "Tom Roth")]),
        ("„Nein“, so Kapitän Tom Roth.", [("Nein", "Kapitän Tom Roth", "Tom Roth")]),
        ("„Wir schaffen das“ sagte Tom Roth am Abend.", [("Wir schaffen das", "Tom Roth", "Tom Roth")]),
        # a clause put first, then the verb and the speaker (no participle taken for a name)
        (
            "Gefragt, ob er zurücktrete, sagte Lindqvist: „Auf keinen Fall, ich bleibe.“",
            [("Auf keinen Fall, ich bleibe.", "Lindqvist", "Lindqvist")],
        ),
        # a page that is one sentence of speech in marks, its full stop inside
        (
            '"Und danach wurden die Türen des Rathauses für alle wieder geöffnet."',
            [("Und danach wurden die Türen des Rathauses für alle wieder geöffnet.", None, None)],
        ),
        # a single straight mark after a colon that nothing closes: a quote cut off
        (
            "Wir fangen nicht bei null an, und wie Lindqvist schon sagte: 'Wer aufhört, besser zu werden, hat aufgehört.",
            [("Wer aufhört, besser zu werden, hat aufgehört.", "Lindqvist", "Lindqvist")],
        ),
    ],
)
def test_newspaper_forms_of_attribution(
    analyse: Analyse, text: str, expected: list[tuple[str, str | None, str | None]]
) -> None:
    assert _voices(analyse, text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a title before a verb that also reports; a title's cue before a short quote
        "„Tatort“ zeigt heute einen Krimi aus Dresden.",
        "Das Stück „Kein Ort“ meint die Heimatlosigkeit vieler Menschen.",
        "Der Verein „Sicher leben“ sagte seine Teilnahme ab.",
        "Der Film „Sicher leben“, sagte Roth, sei gut gemacht.",
        # a naming verb with a title's noun: a motto, no statement
        "„Sicher leben“, lautet das Motto der Woche.",
        # a statement noun of an event: nobody's statement
        "„Das hat hervorragend funktioniert“, war das Fazit der Veranstaltung.",
        # a headline that names, no sentence of speech
        "„Sicher leben in Kleinhain“",
        # a title in an aside whose closing mark is missing
        'Das Buch schrieb die Autorin Eva Probe ("Wenn der Wind sich dreht, das im Frühjahr erschien.',
        # `von einem „…“` with nobody named before it
        "Die Stadt sprach von einem »sehr wichtigen Schritt für die ganze Region«.",
    ],
)
def test_names_titles_and_unattributed_phrases_are_no_voices(analyse: Analyse, text: str) -> None:
    assert _voices(analyse, text) == []
