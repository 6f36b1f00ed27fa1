"""Tests of speakers named by a family name alone: person-tagged names and names before a colon."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes.extractor import extract_quotes
from pipeline.extract.quotes.named import label_name, named_persons, no_name, place_word
from pipeline.records import Mention, Person
from tests.conftest import Analyse, release_voices


@pytest.mark.parametrize(
    "word",
    ["Tannhäuser", "Kowalczyk", "Brenninkmeyer", "Oyelaran", "Michael", "Svenja"],
)
def test_a_single_name_before_a_colon_is_a_name(word: str) -> None:
    assert label_name(word)


@pytest.mark.parametrize(
    "word",
    [
        "Fazit",  # labels
        "Hinweis",
        "Frage",
        "Zitat",  # voice cues: the speaker follows them
        "Motto",  # a title's cue
        "Polizei",  # a body
        "Landratsamt",
        "Bürgermeister",  # an office
        "Dresden",  # places
        "Musterstadt",
        "Einladung",  # nouns by their ending
        "Gemeinschaft",
        "Anschließend",  # an adverb
        "Stadt",  # a place type
    ],
)
def test_labels_offices_bodies_places_and_nouns_before_a_colon_are_no_names(word: str) -> None:
    assert not label_name(word)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("Svenja: »Das war ein sehr schwieriger Abend für uns alle.«", [("Svenja", "Svenja")]),
        # an interview line labelled by the family name of a person named before
        (
            "Bürgermeister Max Muster und Eva Probe stellten das Konzept vor.\n\nMuster: „Wir wollen schneller helfen.“",
            [("Muster", "Max Muster")],
        ),
        # no names: a label, a body, a place in a headline-like line
        ("Fazit: „Es hat sich gelohnt, wir machen weiter.“", [(None, None)]),
        ("Polizei: „Bitte achten Sie auf Ihre Wertsachen.“", [(None, None)]),
        ("Musterstadt: „Sicherheit geht uns alle an, und wir sind dabei.“", [(None, None)]),
        # a topic before the colon, capitalised like a name but tagged as no person: nobody speaks
        ("Ausblick: „Wir machen weiter, auch im nächsten Jahr.“", [(None, None)]),
        ("Schulweg: „Die Kinder sollen sicher ankommen.“", [(None, None)]),
        ("Kleinhain: „Wir brauchen mehr Licht in den Parks.“", [(None, None)]),
    ],
)
def test_a_name_alone_before_a_colon_speaks(
    analyse: Analyse, body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(speaker, name) for _, speaker, name in release_voices(analyse, body)] == expected


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # `laut X` and a colon clause about X: X is tagged a person, but no official (no given name)
        ("Wann die Halle öffnet, lässt sich laut Brenninkmeyer „derzeit nicht absehen“.", "Brenninkmeyer"),
        ("Doch Kowalczyk blieb bei ihrer Darstellung: „Ich habe niemanden gesehen.“", "Kowalczyk"),
    ],
)
def test_a_person_tagged_family_name_speaks_in_a_frame_that_names_a_person(
    analyse: Analyse, text: str, speaker: str
) -> None:
    doc, layout = analyse(text)
    names = [e.text for e in doc.ents if e.label_ == "PER"]
    if speaker not in names:
        pytest.skip("the model does not tag this name here")
    (quote,) = extract_quotes(doc, layout, article_id="a", people=())
    assert (quote.speaker, quote.speaker_name) == (speaker, speaker)


def test_named_persons_adds_only_names_no_official_covers(analyse: Analyse) -> None:
    text = "Bürgermeister Max Muster traf Kowalczyk und die Stadtverwaltung Musterstadt."
    doc, _ = analyse(text)
    start = text.index("Max Muster")
    official = Person(
        name="Max Muster",
        family="Muster",
        mentions=(Mention(start=start, end=start + 10, text="Max Muster"),),
    )
    names = [p.name for p in named_persons(doc, (official,))]
    assert names[0] == "Max Muster"
    assert names.count("Max Muster") == 1
    assert not any("Stadtverwaltung" in n or "Musterstadt" in n for n in names)


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Dresden", True),
        ("Sachsen", True),
        ("Musterstadt", True),
        ("Erzgebirgskreis", True),
        ("Schaar", False),
        ("Michael", False),
        ("Tannhäuser", False),
    ],
)
def test_a_place_is_never_a_persons_name(word: str, expected: bool) -> None:
    assert place_word(word) is expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a family name alone right after a verb of saying or judging in second place
        (
            "Aus Sicht der Kirche hingegen begrüsst Lindqvist das Engagement: „Jeder Beitrag hilft uns weiter.“",
            [("Lindqvist", "Lindqvist")],
        ),
        (
            "Danach lobte Lindqvist die Helfer – wie immer: „Ohne euch wäre das nicht gegangen.“",
            [("Lindqvist", "Lindqvist")],
        ),
        # a noun without article after another verb, an adverb, a body: nobody is named
        ("Hier hilft Vorsicht: „Lassen Sie niemanden Fremden in die Wohnung.“", [(None, None)]),
        ("Jetzt braucht Deutschland Mut: „Wir starten im Mai mit dem Umbau.“", [(None, None)]),
        ("Am Ende warnte Polizei: „Die Straße ist wieder frei für den Verkehr.“", [("Polizei", None)]),
    ],
)
def test_a_family_name_alone_as_the_subject_of_a_colon_clause_speaks(
    analyse: Analyse, body: str, expected: list[tuple[str | None, str | None]]
) -> None:
    assert [(speaker, name) for _, speaker, name in release_voices(analyse, body)] == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Polizei", True),
        ("Landratsamt", True),
        ("Stadt", True),
        ("Bürgermeister", True),
        ("Dresden", True),
        ("Spiegel", True),  # a news medium
        ("Lindqvist", False),
        ("McAllister", False),
    ],
)
def test_offices_bodies_and_places_are_no_names(word: str, expected: bool) -> None:
    assert no_name(word) is expected


@pytest.mark.parametrize(
    "text",
    [
        "Laut Spiegel sei der Plan „vom Tisch“.",
        "Laut Kicker war das Spiel „eine einzige Enttäuschung“.",
    ],
)
def test_a_news_medium_cited_like_a_person_is_no_speaker_name(analyse: Analyse, text: str) -> None:
    doc, layout = analyse(text)
    assert all(q.speaker_name is None for q in extract_quotes(doc, layout, article_id="a", people=()))


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a pronoun stands for a tagged person whose given name fits it
        (
            "Der Angeklagte Andreas R. schwieg lange. „Ich war es nicht“, sagte er dann.",
            "Andreas R.",
            "Andreas R.",
        ),
        ("Die Zeugin Maria K. zögerte. „Ich habe ihn gesehen“, sagte sie.", "Maria K.", "Maria K."),
        # … never one of the other gender, nor a family name alone whose gender nothing tells
        ("Die Zeugin Maria K. zögerte. „Ich habe ihn gesehen“, sagte er.", "Maria K.", None),
        ("Die Kanzlerin sprach mit Sarkozy. „Wir sind uns einig“, sagte sie.", "Sarkozy", None),
    ],
)
def test_a_pronoun_stands_for_a_tagged_person_of_its_gender(
    analyse: Analyse, text: str, name: str, expected: str | None
) -> None:
    doc, layout = analyse(text)
    if name not in [e.text for e in doc.ents if e.label_ == "PER"]:
        pytest.skip("the model does not tag this name here")
    (quote,) = extract_quotes(doc, layout, article_id="a", people=())
    assert quote.speaker_name == expected
