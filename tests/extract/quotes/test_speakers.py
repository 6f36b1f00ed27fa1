"""Tests of speaker attribution and resolution: phrases, names, pronouns, offices, name lines."""

from __future__ import annotations

import pytest

from pipeline.extract.officials import extract_officials
from pipeline.extract.quotes.attribution import (
    attribution_after,
    attribution_before,
)
from pipeline.extract.quotes.extractor import extract_quotes
from pipeline.extract.quotes.marks import Quoted, pair_quotes
from pipeline.extract.quotes.name_lines import is_pull_attribution
from pipeline.extract.quotes.pulls import pull_speaker
from pipeline.extract.quotes.speakers import (
    Speaker,
    heads_body,
    name_from_phrase,
    phrase_at,
    resolve,
)
from pipeline.records import Mention, Person, QuoteRecord
from tests.conftest import Analyse, release_voices

SCHUSTER = Speaker("Innenminister Armin Schuster", "Armin Schuster", "Innenminister")


def _quotes(analyse: Analyse, text: str, people: tuple[Person, ...] = ()) -> list[QuoteRecord]:
    doc, layout = analyse(text)
    return extract_quotes(doc, layout, article_id="a", people=people)


def _speakers_in_release(analyse: Analyse, body: str) -> list[tuple[str, str | None]]:
    """(quote, speaker name) of a release with ``body`` under a date line and a title, the
    speakers resolved against the officials the release names, as a run does."""
    return [(text, name) for text, _, name in release_voices(analyse, body)]


def _person(text: str, name: str, roles: tuple[str, ...] = ()) -> Person:
    family = name.split()[-1]
    start = text.index(family)
    return Person(
        name=name,
        family=family,
        roles=roles,
        mentions=(Mention(start=start, end=start + len(family), text=family),),
    )


def _only_quote(text: str) -> Quoted:
    (quote,) = pair_quotes(text)
    return quote


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("so der Innenminister Armin Schuster.", "der Innenminister Armin Schuster"),
        ("so OB Ralf Oberdorfer (FDP).", "OB Ralf Oberdorfer"),
        ("sagte Prof. Dr. Roland Wöller, der Minister", "Prof. Dr. Roland Wöller"),
        ("sagte er", None),
    ],
)
def test_phrase_at(text: str, expected: str | None) -> None:
    assert phrase_at(text, text.index(" ") + 1, len(text)) == expected


@pytest.mark.parametrize(
    ("phrase", "name"),
    [
        ("Zittaus Oberbürgermeister Thomas Zenker (parteilos)", "Thomas Zenker"),
        ("Innenminister Prof. Dr. Roland Wöller", "Roland Wöller"),
        ("Frank M. Zabel", "Frank M. Zabel"),
        ("der Leiter der Polizeidirektion, Manfred Weißbach", "Manfred Weißbach"),
        ("einer gemeindlichen Vollzugsbediensteten aus dem Landkreis Bautzen", None),
        ("Der Staatsminister", None),
        # a town after an office is no name
        ("Bürgermeisterin von Musterstadt", None),
        ("der Leiter des Reviers aus Beispielhausen", None),
    ],
)
def test_name_from_phrase(phrase: str, name: str | None) -> None:
    assert name_from_phrase(phrase) == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Wir schaffen das“, so Innenminister Armin Schuster.", "Innenminister Armin Schuster"),
        ("„Wir schaffen das“, sagt dabei Bürgermeister Jan Meyer.", "Bürgermeister Jan Meyer"),
        ("„Wir schaffen das“, sagte er.", "er"),
        ("„Wir schaffen das“, weiter Meyer.", None),
    ],
)
def test_attribution_after(text: str, speaker: str | None) -> None:
    assert attribution_after(text, _only_quote(text)) == speaker


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Und Polizeipräsident Bernd Merbitz erklärte: „Wir schaffen das.“",
            "Polizeipräsident Bernd Merbitz",
        ),
        ("Für OB Jan Meyer ist klar: „Wir schaffen das.“", "OB Jan Meyer"),
        ("Folgende Teilnehmerstimme einer Lehrerin: „Wir schaffen das.“", "einer Lehrerin"),
        ("Das Motto lautet: „Wir schaffen das.“", None),
        (
            "Bürgermeisterin von Musterstadt, Ida Beispiel: „Wir schaffen das.“",
            "Bürgermeisterin von Musterstadt, Ida Beispiel",
        ),
        ("Nach dem Treffen sagte er: „Wir schaffen das.“", None),
        # An adverbial first, then the speech verb, then the speaker.
        ("Auf der Sitzung betonte Landrätin Eva Probe: „Wir schaffen das.“", "Landrätin Eva Probe"),
        ("Im Rathaus erklärte Max Muster am Abend: „Wir schaffen das.“", "Max Muster"),
        ("Bei der Sitzung ging es um die Frage: „Wir schaffen das?“", None),
        ("Im Bericht der Stadt heißt es: „Wir schaffen das.“", None),
    ],
)
def test_attribution_before(text: str, speaker: str | None) -> None:
    assert attribution_before(text, _only_quote(text), ()) == speaker


@pytest.mark.parametrize(
    ("speaker", "previous", "text", "expected"),
    [
        (None, SCHUSTER, "", Speaker()),
        ("er", SCHUSTER, "", SCHUSTER),
        (
            "Der Staatsminister",
            SCHUSTER,
            "",
            Speaker("Der Staatsminister", "Armin Schuster", "Staatsminister"),
        ),
        ("Der Oberbürgermeister", SCHUSTER, "", Speaker("Der Oberbürgermeister", None, "Oberbürgermeister")),
        (
            "Weißbach",
            Speaker(),
            "Polizeichef Manfred Weißbach kam. Dann sprach Weißbach.",
            Speaker("Weißbach", "Manfred Weißbach", None),
        ),
        # a word opening the sentence before the family name is no given name
        ("Kowalski", Speaker(), "Laut Kowalski ist es ruhig.", Speaker("Kowalski", "Kowalski", None)),
        ("Kowalski", Speaker(), "Auch Kowalski kam.", Speaker("Kowalski", "Kowalski", None)),
        ("Kowalski", Speaker(), "Zuvor kam Anna Kowalski.", Speaker("Kowalski", "Anna Kowalski", None)),
    ],
)
def test_resolve_without_people(speaker: str | None, previous: Speaker, text: str, expected: Speaker) -> None:
    assert resolve(speaker, len(text), (), previous, text) == expected


def test_resolve_pronoun_takes_last_person_named() -> None:
    text = "Revierleiter Jürgen Kunath zog Bilanz."
    people = (_person(text, "Jürgen Kunath", ("Revierleiter",)),)
    assert resolve("er", len(text), people, SCHUSTER) == Speaker(
        "Jürgen Kunath", "Jürgen Kunath", "Revierleiter"
    )


@pytest.mark.parametrize(
    ("speaker", "expected"),
    [
        # X-chef is the head of the body X: the leading office whose role names it, not the
        # officer of that body named last.
        ("der Polizeichef", "Jens Beispiel"),
        ("die Amtschefin", "Ida Probe"),
        ("der Revierchef", "Jens Beispiel"),
    ],
)
def test_a_head_of_compound_resolves_to_the_leading_office(speaker: str, expected: str) -> None:
    text = "Polizeidirektor Jens Beispiel, Ida Probe und Polizeikommissar Uwe Muster kamen. "
    people = (
        _person(text, "Jens Beispiel", ("Polizeidirektor", "Leiter des Polizeireviers Nord")),
        _person(text, "Ida Probe", ("Leiterin des Ordnungsamtes",)),
        _person(text, "Uwe Muster", ("Polizeikommissar",)),
    )
    assert resolve(speaker, len(text), people, Speaker(), text).name == expected


@pytest.mark.parametrize(
    ("role", "other", "expected"),
    [
        ("Polizeichef", "Polizeipräsidentin", True),
        ("Amtschef", "Leiter des Bürgeramtes", True),
        # An officer of the body who does not lead it, another body, a chef alone.
        ("Polizeichef", "Polizeihauptkommissar", False),
        ("Polizeichef", "Leiter des Ordnungsamtes", False),
        ("Chef", "Polizeipräsident", False),
    ],
)
def test_heads_body(role: str, other: str, expected: bool) -> None:
    assert heads_body(role, other) is expected


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Ingo Seifert stellvertretend für den Städtebund Silberberg", "Ingo Seifert"),
        ("Volker Pfitzner: Dezernat IV", "Volker Pfitzner"),
        ("Ruben Gehart", "Ruben Gehart"),
        ("Teilnehmerstimme aus der Veranstaltung", None),
    ],
)
def test_pull_speaker(line: str, name: str | None) -> None:
    assert is_pull_attribution(line, ())
    assert pull_speaker(line, ()) == Speaker(line, name, None)


@pytest.mark.parametrize(
    "line", ["Die Stadt freut sich.", "der Bürgermeister", "Mehr dazu unter »Prävention«", ""]
)
def test_no_pull_attribution(line: str) -> None:
    assert not is_pull_attribution(line, ())


@pytest.mark.parametrize(
    ("text", "speaker", "name", "people"),
    [
        (
            "„Ich bin mir sicher, dass es klappt“, gab sich Weißbach optimistisch.",
            "Weißbach",
            "Manfred Weißbach",
            True,
        ),
        (
            '"Wenn die unterschrieben ist, werde ich kommen", teilt Keil mit.',
            "Keil",
            "Rolf Keil",
            True,
        ),
        (
            "„Diesen Rat werden wir bilden“, skizziert Meier das weitere Vorgehen.",
            "Meier",
            "Tobias Meier",
            True,
        ),
        (
            "„20 Kommunen haben die Vereinbarung unterzeichnet“, so Meier.",
            "Meier",
            "Tobias Meier",
            True,
        ),
        (
            "„20 Kommunen haben die Vereinbarung unterzeichnet“, so Meier.",
            "Meier",
            "Meier",
            False,
        ),
    ],
)
def test_family_name_expanded_from_people(
    analyse: Analyse, text: str, speaker: str, name: str, people: bool
) -> None:
    persons = (_person(text, name, ("Bürgermeister",)),) if people else ()
    records = _quotes(analyse, text, persons)
    assert [(r.speaker, r.speaker_name) for r in records] == [(speaker, name)]


def test_interrupted_quote_and_role_resolution(analyse: Analyse) -> None:
    text = (
        "»Kommunale Präventionsarbeit ist entscheidend für ein Mehr an Sicherheitsgefühl«, so "
        "Innenminister Armin Schuster. Der Staatsminister weiter: »Prävention als Chefsache ist "
        "genau der richtige Weg.«"
    )
    people = (_person(text, "Armin Schuster", ("Innenminister", "Staatsminister")),)
    records = _quotes(analyse, text, people)
    assert [(r.text[:20], r.speaker, r.speaker_name) for r in records] == [
        ("Kommunale Prävention", "Innenminister Armin Schuster", "Armin Schuster"),
        ("Prävention als Chefs", "Der Staatsminister", "Armin Schuster"),
    ]
    assert records[0].speaker_role == "Innenminister"


def test_pronoun_takes_antecedent(analyse: Analyse) -> None:
    text = (
        "Revierleiter Jürgen Kunath zog Bilanz. „Die Kriminalität in der Neustadt ist um zehn Prozent "
        "gesunken“, sagte er."
    )
    records = _quotes(analyse, text, (_person(text, "Jürgen Kunath", ("Revierleiter",)),))
    assert [(r.speaker, r.speaker_name) for r in records] == [("Jürgen Kunath", "Jürgen Kunath")]


@pytest.mark.parametrize("office", ["der OBM", "der Rathauschef", "das Stadtoberhaupt"])
def test_an_office_as_speaker_is_the_person_holding_it(analyse: Analyse, office: str) -> None:
    text = (
        "17.04.2024\nTitel\n\nOberbürgermeister Karl Beispiel eröffnete die Sitzung. "
        f"„Wir brauchen mehr Prävention in allen Stadtteilen“, sagte {office}.\n"
    )
    doc, layout = analyse(text)
    people = extract_officials(doc, layout)
    (quote,) = extract_quotes(doc, layout, article_id="a", people=people)
    assert quote.speaker_name == "Karl Beispiel"


@pytest.mark.parametrize(
    ("holder", "office"),
    [
        ("Landrat Ulf Beispiel", "der Kreischef"),
        ("Landrätin Anke Beispiel", "die Landkreischefin"),
        ("Bürgermeister Ulf Beispiel", "das Gemeindeoberhaupt"),
    ],
)
def test_a_colloquial_office_as_speaker_is_its_holder(analyse: Analyse, holder: str, office: str) -> None:
    text = (
        f"17.04.2024\nTitel\n\n{holder} lud zum Präventionstag ein. "
        f"„Sicherheit beginnt in der Nachbarschaft“, sagte {office}.\n"
    )
    doc, layout = analyse(text)
    (quote,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert quote.speaker_name == holder.split(" ", 1)[1]


@pytest.mark.parametrize(
    ("attribution", "name"),
    [
        ("Bürgermeisterin von Musterstadt, Ida Beispiel:", "Ida Beispiel"),
        ("Das sagte Ida Beispiel am Montag.", "Ida Beispiel"),
        ("Ida Beispiel sagte:", "Ida Beispiel"),
    ],
)
def test_speaker_is_the_named_person_not_the_place(analyse: Analyse, attribution: str, name: str) -> None:
    quote = "„Wir brauchen mehr Prävention in allen Stadtteilen.“"
    text = "17.04.2024\nTitel\n\nDer Rat tagte in Musterstadt.\n\n"
    text += f"{quote} {attribution}\n" if attribution.startswith("Das") else f"{attribution}\n{quote}\n"
    doc, layout = analyse(text)
    (record,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert record.speaker_name == name


FITTING_SPEAKERS = [
    # A pronoun takes the last person named that it fits.
    ("„Wir sind stolz auf die Arbeit der Ehrenamtlichen hier“, ergänzte sie.", "Eva Probe"),
    ("„Wir sind stolz auf die Arbeit der Ehrenamtlichen hier“, ergänzte er.", "Paul Test"),
    # A short or feminine office resolves to the person holding it.
    ('"Wir machen weiter mit der Präventionsarbeit", erklärte die OBM.', "Eva Probe"),
    ("„Die Zahl der Einbrüche ist deutlich gesunken“, so der Polizeipräsident.", "Paul Test"),
    # The attribution after a dash.
    ("„Prävention lohnt sich immer für alle Beteiligten“ – so die Oberbürgermeisterin.", "Eva Probe"),
    # `Name sagte:` on the line above the quote.
    (
        "Die Oberbürgermeisterin sagte:\n„Wir brauchen mehr Sozialarbeit an den Schulen der Stadt.“",
        "Eva Probe",
    ),
]


@pytest.mark.parametrize(("sentence", "name"), FITTING_SPEAKERS)
def test_speaker_resolved_to_the_fitting_person(analyse: Analyse, sentence: str, name: str) -> None:
    text = (
        "17.04.2024\nTitel\n\nOberbürgermeisterin Eva Probe und Polizeipräsident Paul Test kamen "
        f"am Montag ins Rathaus.\n\n{sentence}\n"
    )
    doc, layout = analyse(text)
    (record,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert record.speaker_name == name


@pytest.mark.parametrize(
    ("attribution", "name"),
    [
        ("sagt der 45-Jährige", "Max Muster"),
        ("sagt die Mutter zweier Kinder", "Eva Probe"),
        # A body is nobody's description: no name.
        ("so die Stadtverwaltung", None),
    ],
)
def test_a_described_speaker_is_the_last_fitting_person(
    analyse: Analyse, attribution: str, name: str | None
) -> None:
    text = (
        "17.04.2024\nTitel\n\nRevierleiter Max Muster und Eva Probe kamen am Montag.\n\n"
        f"„Wir sind sehr froh über die gute Arbeit“, {attribution}.\n"
    )
    doc, layout = analyse(text)
    (record,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert record.speaker_name == name


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("„Das wird ein Erfolg für die Stadt“, ist sich Max Muster sicher.", "Max Muster"),
        ("„Wir bleiben dran und machen weiter.“ (Max Muster, Revierleiter)", "Max Muster, Revierleiter"),
        # A bracket that names nobody.
        ("„Wir brauchen mehr Geld für die Arbeit“ (siehe Seite 3).", None),
        ("„Das wird ein Erfolg für die Stadt“, ist klar.", None),
    ],
)
def test_attribution_after_with_state_verbs_and_brackets(text: str, speaker: str | None) -> None:
    assert attribution_after(text, _only_quote(text)) == speaker


def test_mit_diesen_worten_names_the_speaker(analyse: Analyse) -> None:
    text = (
        "17.04.2024\nTitel\n\nDer Rat tagte am Montag.\n\n„Wir sind sehr froh über die gute Arbeit.“ "
        "Mit diesen Worten eröffnete Bürgermeisterin Eva Probe die Sitzung.\n"
    )
    doc, layout = analyse(text)
    (record,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert record.speaker_name == "Eva Probe"


@pytest.mark.parametrize(
    ("attribution", "name"),
    [
        ("sagt Probe", "Eva Probe"),
        ("sagte Muster im Rat", "Max Muster"),
        ("so der Revierleiter", "Max Muster"),
        # A close followed by no attribution leaves the voice unnamed.
        ("heißt es", None),
    ],
)
def test_speaker_after_a_quote_closed_in_the_next_paragraph(
    analyse: Analyse, attribution: str, name: str | None
) -> None:
    text = (
        "17.04.2024\nTitel\n\nRevierleiter Max Muster und Eva Probe kamen am Montag.\n\n"
        "„Wir reden viel mit den Familien der Stadt. Das braucht Zeit.\n\n"
        f"Aber es lohnt sich am Ende für alle“, {attribution}.\n\nMehr im Herbst.\n"
    )
    doc, layout = analyse(text)
    (record,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert record.speaker_name == name
    assert record.text.endswith("für alle")


@pytest.mark.parametrize(
    ("after", "name"),
    [
        ("So fasste sie den Abend zusammen.", "Eva Probe"),
        ("Mit diesen Worten bat er um Geduld.", "Max Muster"),
        ("Das sagte sie vor dem Ausschuss.", "Eva Probe"),
        # After a verb of feeling or showing the pronoun is its object, not the speaker.
        ("Das freut sie sehr.", None),
        ("Das zeigt er gern.", None),
    ],
)
def test_a_pronoun_in_the_sentence_pointing_back_at_a_quote(
    analyse: Analyse, after: str, name: str | None
) -> None:
    text = (
        "17.04.2024\nTitel\n\nRevierleiter Max Muster lobte die Stadt. Eva Probe leitet den Rat.\n\n"
        f"„Wir schaffen das in diesem Jahr gemeinsam.“ {after}\n"
    )
    if "er " in after:
        text = text.replace("Eva Probe leitet den Rat. ", "")
    doc, layout = analyse(text)
    (record,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert record.speaker_name == name


@pytest.mark.parametrize(
    ("after", "name"),
    [
        ("Bürgermeisterin Eva Probe ist zuversichtlich.", "Eva Probe"),
        # A following sentence about no known person attributes nothing.
        ("Die Stadt reagiert schnell.", None),
    ],
)
def test_a_person_opening_the_sentence_after_a_quote(analyse: Analyse, after: str, name: str | None) -> None:
    text = (
        "17.04.2024\nTitel\n\nRevierleiter Max Muster und Eva Probe kamen am Montag.\n\n"
        f"„Wir schaffen das in diesem Jahr gemeinsam.“ {after}\n"
    )
    doc, layout = analyse(text)
    (record,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert record.speaker_name == name


@pytest.mark.parametrize(
    ("story", "attribution", "name"),
    [
        # The very office wins over a kindred one named later (-meister of a police rank).
        ("Auch Polizeiobermeister Paul Test berichtete.", "versprach der Bürgermeister", "Max Muster"),
        ("Auch Polizeiobermeister Paul Test berichtete.", "versprach der Polizeiobermeister", "Paul Test"),
        # A pronoun after an office reference to the mayor: the mayor, not the person named last.
        ("Das Protokoll führte Eva Probe. Dann dankte der Bürgermeister allen.", "sagte er", "Max Muster"),
        # Without the reference, or when the pronoun does not fit the office holder: the last named.
        ("Das Protokoll führte Paul Test.", "sagte er", "Paul Test"),
        ("Das Protokoll führte Eva Probe. Dann dankte der Bürgermeister allen.", "sagte sie", "Eva Probe"),
    ],
)
def test_office_reference_resolves_to_its_holder(
    analyse: Analyse, story: str, attribution: str, name: str
) -> None:
    text = (
        "17.04.2024\nTitel\n\nBürgermeister Max Muster eröffnete die Sitzung im Rathaus. "
        f"{story}\n\n„Wir bleiben an dem Thema dran“, {attribution}.\n"
    )
    doc, layout = analyse(text)
    (record,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert record.speaker_name == name


@pytest.mark.parametrize(
    ("first", "speakers"),
    [
        # Left open, the quote goes on in the next paragraph that opens with a mark again.
        ("„Wir wollen mehr für die Jugend in den Ortsteilen tun.", ["Eva Probe", "Eva Probe"]),
        # Closed, the next paragraph's quote is nobody's until the text says whose.
        ("„Wir wollen mehr für die Jugend in den Ortsteilen tun.“", ["Eva Probe", None]),
    ],
)
def test_quote_going_on_in_the_next_paragraph(analyse: Analyse, first: str, speakers: list) -> None:
    text = (
        "17.04.2024\nTitel\n\nDer Rat tagte am Montag.\n\nBürgermeisterin Eva Probe sagte:\n\n"
        f"{first}\n\n„Dafür brauchen wir aber auch das Geld vom Land und vom Kreis.“\n"
    )
    doc, layout = analyse(text)
    records = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert [r.speaker_name for r in records] == speakers


@pytest.mark.parametrize(
    ("story", "name"),
    [
        # An office nobody holds describes the fitting person named last in the paragraph.
        ("Polizeihauptkommissar Max Muster steht am Markt.", "Max Muster"),
        # Not a person of the other gender, nor one named in an earlier paragraph.
        ("Eva Probe steht am Markt.", None),
        ("Max Muster kam auch.\n\nDer Markt war am Dienstag voll.", None),
    ],
)
def test_an_office_nobody_holds_describes_the_person_named_before(
    analyse: Analyse, story: str, name: str | None
) -> None:
    text = (
        f"17.04.2024\nTitel\n\nDer Markt ist gut besucht. {story} „Die Leute erzählen mir viele Dinge“, "
        "erzählt der Kontaktbeamte.\n"
    )
    doc, layout = analyse(text)
    (record,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert record.speaker_name == name


@pytest.mark.parametrize(
    ("story", "attribution", "speaker", "name"),
    [
        # A voice named by a given name after an age: the pronoun that fits is that voice.
        ("Dabei ist auch der 15-jährige Jonas.", "erzählt er", "der 15-jährige Jonas", "Jonas"),
        ("Dabei ist auch die 17-jährige Mia.", "erzählt sie", "die 17-jährige Mia", "Mia"),
        # The pronoun does not fit the voice: the last fitting person.
        ("Dabei ist auch die 17-jährige Mia.", "erzählt er", "Max Muster", "Max Muster"),
        # An age before a full name: the named person.
        ("Dabei ist auch der 45-jährige Paul Test.", "erzählt er", "Paul Test", "Paul Test"),
    ],
)
def test_a_voice_named_by_age_and_given_name(
    analyse: Analyse, story: str, attribution: str, speaker: str, name: str
) -> None:
    text = (
        f"17.04.2024\nTitel\n\nJugendkoordinator Max Muster leitet das Forum. {story}\n\n"
        f"„Abends ist es am Skaterpark viel zu dunkel“, {attribution}.\n"
    )
    doc, layout = analyse(text)
    (record,) = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert (record.speaker, record.speaker_name) == (speaker, name)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # an office nobody holds, the person named in the sentence after
        (
            "„Die Zusammenarbeit klappt hervorragend“, so die Polizeipräsidentin. Sonja Kühn lobte auch die Bürger.",
            [("Die Zusammenarbeit klappt hervorragend", "Sonja Kühn")],
        ),
        # a person named after with an office of her own is somebody else
        (
            "„Die Zusammenarbeit klappt hervorragend“, so die Polizeipräsidentin. Landrätin Ute Lange dankte.",
            [("Die Zusammenarbeit klappt hervorragend", None)],
        ),
    ],
)
def test_office_named_before_its_holder(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers_in_release(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # verbs spelt with ß, which case folding spells ss
        (
            "„Die Wache bleibt offen“, weiß Ortsvorsteher Rainer Fink.",
            [("Die Wache bleibt offen", "Rainer Fink")],
        ),
        ("„Die Wache bleibt offen“, äußerte Landrätin Ute Lange.", [("Die Wache bleibt offen", "Ute Lange")]),
        (
            "„Die Wache bleibt offen“, schätzt Revierleiter Tom Berger ein.",
            [("Die Wache bleibt offen", "Tom Berger")],
        ),
        (
            "„Die Wache bleibt offen“, sind sich Landrätin Ute Lange und Revierleiter Tom Berger einig.",
            [("Die Wache bleibt offen", "Ute Lange")],
        ),
        # a quote that fills its paragraph, pointed back at from the paragraph under it
        (
            "„Gerade abends brauchen die Menschen das Gefühl, dass jemand da ist.“\n\n"
            "Mit diesen Worten stellte Revierleiter Tom Berger das Konzept vor.",
            [("Gerade abends brauchen die Menschen das Gefühl, dass jemand da ist.", "Tom Berger")],
        ),
        # a paragraph under it that points back at nothing names no speaker
        (
            "„Gerade abends brauchen die Menschen das Gefühl, dass jemand da ist.“\n\n"
            "Revierleiter Tom Berger stellte danach das Konzept vor.",
            [("Gerade abends brauchen die Menschen das Gefühl, dass jemand da ist.", None)],
        ),
    ],
)
def test_speech_verbs_and_pointers_back(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers_in_release(analyse, body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "„Sicherheit geht alle an“ – davon ist Landrätin Ute Lange überzeugt.",
            [("Sicherheit geht alle an", "Ute Lange")],
        ),
        (
            "„Sicherheit geht alle an“, da ist sich Revierleiter Tom Berger sicher.",
            [("Sicherheit geht alle an", "Tom Berger")],
        ),
        (
            "Ute Lange leitet das Ordnungsamt. Für sie ist klar: „Ohne die Bürger geht es nicht weiter.“",
            [("Ohne die Bürger geht es nicht weiter.", "Ute Lange")],
        ),
        # a pointer with no state verb after it attributes nothing
        ("„Sicherheit geht alle an“ – davon handelt das Programm.", []),
    ],
)
def test_pointer_adverbs_and_object_pronouns(
    analyse: Analyse, body: str, expected: list[tuple[str, str | None]]
) -> None:
    assert _speakers_in_release(analyse, body) == expected
