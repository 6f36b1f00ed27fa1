"""Tests of the quotes extractor: voices, pull quotes and the non-voice traps (speakers: test_speakers)."""

from __future__ import annotations

import textwrap

import pytest

from pipeline.extract.officials import extract_officials
from pipeline.extract.quotes.extractor import extract_quotes
from pipeline.records import Mention, Person, QuoteRecord
from tests.conftest import Analyse, Voice, release_voices

LPR = "17.04.2024\n\nTitel der Meldung\n\nBildunterschrift\n© LPR | Foto\n\n"
FOOTER = "\nzurück zum Seitenanfang"


def _quotes(analyse: Analyse, text: str, people: tuple[Person, ...] = ()) -> list[QuoteRecord]:
    doc, layout = analyse(text)
    records = extract_quotes(doc, layout, article_id="a", people=people)
    for number, record in enumerate(records, 1):
        assert text[record.start : record.end] == record.text
        assert record.quote_id == f"a-q{number}"
    return records


VOICES = [
    (
        "Oberbürgermeister Sven Krüger: »Wir müssen damit auf kommunaler Ebene beginnen.«",
        "Wir müssen damit auf kommunaler Ebene beginnen.",
        "Oberbürgermeister Sven Krüger",
        "Sven Krüger",
    ),
    (
        "Anja Herold-Beckmann: »ASSKomm gibt es schon seit Februar 2019, und das ist gut so.«",
        "ASSKomm gibt es schon seit Februar 2019, und das ist gut so.",
        "Anja Herold-Beckmann",
        "Anja Herold-Beckmann",
    ),
    (
        (
            "„Besser als eine aufgeklärte Straftat ist eine, die gar nicht erst verübt wird“, "
            "findet Innenminister Roland Wöller."
        ),
        "Besser als eine aufgeklärte Straftat ist eine, die gar nicht erst verübt wird",
        "Innenminister Roland Wöller",
        "Roland Wöller",
    ),
    (
        '"Dieser Rat existiert meiner Ansicht nach bis heute", sagt OB Ralf Oberdorfer (FDP).',
        "Dieser Rat existiert meiner Ansicht nach bis heute",
        "OB Ralf Oberdorfer",
        "Ralf Oberdorfer",
    ),
    (
        "Und Polizeipräsident Bernd Merbitz erklärte: „Die Vernetzung der Angebote kommt allen zugute.“",
        "Die Vernetzung der Angebote kommt allen zugute.",
        "Polizeipräsident Bernd Merbitz",
        "Bernd Merbitz",
    ),
    (
        (
            "Innenminister Prof. Dr. Roland Wöller, der zur Unterzeichnung auch in Görlitz war: "
            "„Ich freue mich, dass die Stadt Görlitz die Strategie unterstützt.“"
        ),
        "Ich freue mich, dass die Stadt Görlitz die Strategie unterstützt.",
        "Innenminister Prof. Dr. Roland Wöller",
        "Roland Wöller",
    ),
    (
        (
            "Das zeigt folgende Teilnehmerstimme einer gemeindlichen Vollzugsbediensteten aus dem Landkreis "
            "Bautzen: »Wir haben nun viel weniger Fälle in unserer Gemeinde.«"
        ),
        "Wir haben nun viel weniger Fälle in unserer Gemeinde.",
        "einer gemeindlichen Vollzugsbediensteten aus dem Landkreis Bautzen",
        None,
    ),
    (
        (
            "Den Rat gebe es seit 2004, ergänzte Ordnungsamtsleiter Michael Winiecki. "
            "„Er wurde gegründet, um das Sicherheitsgefühl zu erhöhen.“"
        ),
        "Er wurde gegründet, um das Sicherheitsgefühl zu erhöhen.",
        "Ordnungsamtsleiter Michael Winiecki",
        "Michael Winiecki",
    ),
    (
        "Die Zahlen sind gut.\n\n„Es wird höchste Zeit“\n\nDer Rat soll sich viermal im Jahr treffen.",
        "Es wird höchste Zeit",
        None,
        None,
    ),
    (
        "Neue Mitgliedskommune\n\nDie Stadt ist dabei. „Wir wollen damit die Sicherheit in unserer Stadt weiter verbessern.“",
        "Wir wollen damit die Sicherheit in unserer Stadt weiter verbessern.",
        None,
        None,
    ),
    (
        "«Vorbeugen ist besser als heilen. Wir müssen agieren», sagte Oberbürgermeister Thomas Zenker.",
        "Vorbeugen ist besser als heilen. Wir müssen agieren",
        "Oberbürgermeister Thomas Zenker",
        "Thomas Zenker",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "name"), VOICES)
def test_voice_patterns(
    analyse: Analyse, text: str, quote: str, speaker: str | None, name: str | None
) -> None:
    records = _quotes(analyse, text)
    assert [(r.text, r.speaker, r.speaker_name, r.kind) for r in records] == [
        (quote, speaker, name, "direct")
    ]


def test_nested_marks_make_one_quote(analyse: Analyse) -> None:
    text = (
        "Staatssekretär Dr. Frank Pfeil: »Prävention muss gemeinsam gedacht werden. Wir begrüßen die "
        "Städte im »ASSKomm«-Netzwerk herzlich.«"
    )
    records = _quotes(analyse, text)
    assert len(records) == 1
    assert records[0].text.endswith("im »ASSKomm«-Netzwerk herzlich.")
    assert (records[0].speaker, records[0].speaker_name) == (
        "Staatssekretär Dr. Frank Pfeil",
        "Frank Pfeil",
    )


def test_truncated_quote_runs_to_end_of_text(analyse: Analyse) -> None:
    text = "Der Vertrag ist unterschrieben.\n\nInnenminister Prof. Dr. Roland Wöller: »Kommunale Prävention ist ein entschei  \n"
    records = _quotes(analyse, text)
    assert [(r.text, r.speaker_name) for r in records] == [
        ("Kommunale Prävention ist ein entschei", "Roland Wöller")
    ]


def test_mismatched_and_comma_marks_are_paired(analyse: Analyse) -> None:
    text = (
        'Verstärkung für »ASSKomm"\n\nOberbürgermeister Sven Krüger: »Wir müssen beginnen. ,ASSKomm‘ '
        "unterstützt uns mit ihrem Fachwissen dabei.«"
    )
    records = _quotes(analyse, text)
    assert [r.text for r in records] == [
        "Wir müssen beginnen. ,ASSKomm‘ unterstützt uns mit ihrem Fachwissen dabei."
    ]


NON_VOICES = [
    "Daher wurde die Landesstrategie »Prävention im Team« (PiT) vorgestellt.",
    "Görlitz ist jetzt Mitglied der »Allianz Sichere Sächsische Kommunen« (ASSKomm).",
    "»Glänzen statt schwänzen – Bildungswege erfolgreich gestalten« ist das Motto, mit dem die Stadt wirbt.",
    'Zu sehen ist ein Roll-up mit dem Slogan "Prävention wirkt" und zwei Ordner.',
    "Die Stadt erhielt einen Ordner mit dem Titel »Kommune beugt vor!« vom LPR.",
    "Er absolviert die Weiterbildung (»Fachkraft für Kriminalprävention«) berufsbegleitend.",
    "Die Zahl der Straftaten sank „in Summe“ deutlich.",
    (
        "Die „quantitative und qualitative Reduzierung von Kriminalität“ ist wortwörtlich eines der Ziele "
        "der Kooperationsvereinbarung."
    ),
    "Der Referent stellte das Projekt »Zwischen Wut und Protest. Der Umgang mit Konflikten an der B96« vor.",
    'Freiberg wird Teil des "ASSKomm"- Netzwerkes\n\nDer Vertrag ist unterschrieben.',
    "„Prävention ist Chefsache“\n\nDiesem Leitspruch folgten zahlreiche Vertreter aus den Kommunen.",
    # Talks and forums are named like quotes.
    "Im Eröffnungsvortrag »Wohnen im Alter – was nun?« zeigte die Referentin neue Zahlen.",
    "Im Forum »Sichere Wege zur Schule« sprachen Eltern und Lehrer miteinander.",
]


@pytest.mark.parametrize("text", NON_VOICES)
def test_non_voices(analyse: Analyse, text: str) -> None:
    assert _quotes(analyse, text) == []


def test_quote_in_photo_caption_is_no_voice(analyse: Analyse) -> None:
    text = (
        "17.04.2024\n\nNeue Mitgliedskommune\n\nDer Bürgermeister sagt: »Wir sind jetzt dabei und freuen uns "
        "sehr darüber.« (v. l. n. r.)\n© LPR | Foto\n\nAm Mittwoch unterzeichnete die Stadt."
    )
    _doc, layout = analyse(text)
    caption = text.index("Der Bürgermeister")
    if layout.kind_at(caption) != "caption":
        pytest.skip("layout does not mark this line as a caption")
    assert _quotes(analyse, text) == []


def test_pull_quotes_with_name_lines(analyse: Analyse) -> None:
    text = (
        LPR + "Am 17. Dezember 2021 traten fünf weitere Städte der Allianz bei.\n\n"
        "Städte und Gemeinden werden über das Sicherheitsgefühl an der Lebensqualität gemessen.\n\n"
        "Ingo Seifert stellvertretend für den Städtebund Silberberg\n\n"
        "Für mich ist es eine Herzensangelegenheit, die Sicherheit meiner Heimatstadt zu erhöhen.\n\n"
        "Ruben Gehart" + FOOTER
    )
    records = _quotes(analyse, text)
    assert [(r.text[:20], r.speaker, r.speaker_name, r.kind) for r in records] == [
        (
            "Städte und Gemeinden",
            "Ingo Seifert stellvertretend für den Städtebund Silberberg",
            "Ingo Seifert",
            "pull",
        ),
        ("Für mich ist es eine", "Ruben Gehart", "Ruben Gehart", "pull"),
    ]


def test_pull_quote_with_participant_voice(analyse: Analyse) -> None:
    text = (
        LPR + "Für Fragen steht Ihnen unser Ansprechpartner gern zur Verfügung.\n\n"
        "Wir stehen an verschiedenen Punkten, aber wir haben alle das gleiche Ziel.\n\n"
        "Teilnehmerstimme aus der Veranstaltung" + FOOTER
    )
    records = _quotes(analyse, text)
    assert [(r.text, r.speaker, r.speaker_name, r.kind) for r in records] == [
        (
            "Wir stehen an verschiedenen Punkten, aber wir haben alle das gleiche Ziel.",
            "Teilnehmerstimme aus der Veranstaltung",
            None,
            "pull",
        )
    ]


def test_ordinary_closing_paragraphs_are_no_pull_quotes(analyse: Analyse) -> None:
    text = (
        LPR + "Die Kooperationsvereinbarung wurde am Mittwoch im Rathaus unterzeichnet.\n\n"
        "Für Fragen steht Ihnen unser Ansprechpartner gern zur Verfügung." + FOOTER
    )
    assert _quotes(analyse, text) == []


def test_doc_is_not_mutated(analyse: Analyse) -> None:
    text = "„Wir freuen uns sehr über die neue Partnerschaft mit der Polizei“, sagte Bürgermeisterin Karin Berndt."
    doc, layout = analyse(text)
    before = [token.text for token in doc]
    extract_quotes(doc, layout, article_id="a")
    assert [token.text for token in doc] == before and doc.text == text


# Patterns from unseen articles: doubled marks, quotes left open after `Name:`, the speaker of
# the sentence before, name lines under set-off quotes.
FOUND_VOICES = [
    (
        (
            "Beide Städte sind der Allianz beigetreten. „»Unsere Stadt ist sicher – aber das verlangt vielen "
            "Akteuren viel ab“, sagt Oberbürgermeister Torsten Pötzsch."
        ),
        "Unsere Stadt ist sicher – aber das verlangt vielen Akteuren viel ab",
        "Oberbürgermeister Torsten Pötzsch",
        "Torsten Pötzsch",
    ),
    (
        (
            "Beide Städte sind der »Allianz« beigetreten. „»Unsere Stadt ist sicher – aber das verlangt vielen "
            'Akteuren viel ab", sagt Oberbürgermeister Torsten Pötzsch.'
        ),
        "Unsere Stadt ist sicher – aber das verlangt vielen Akteuren viel ab",
        "Oberbürgermeister Torsten Pötzsch",
        "Torsten Pötzsch",
    ),
    (
        "»„Wir sind jetzt dabei und freuen uns darauf«, sagte Bürgermeisterin Karin Berndt.",
        "Wir sind jetzt dabei und freuen uns darauf",
        "Bürgermeisterin Karin Berndt",
        "Karin Berndt",
    ),
    (
        (
            "Oberbürgermeister Torsten Ruban-Zeh: „Sicherheit ist ein grundlegendes Bedürfnis eines jeden "
            "Menschen. Mit der Unterzeichnung wollen wir die Zusammenarbeit vertiefen.  \n\n"
            "Im Jahr 1998 wurde eine Untersuchung durchgeführt.\n\nDer Rat tagt zweimal im Jahr."
        ),
        (
            "Sicherheit ist ein grundlegendes Bedürfnis eines jeden Menschen. Mit der Unterzeichnung wollen "
            "wir die Zusammenarbeit vertiefen."
        ),
        "Oberbürgermeister Torsten Ruban-Zeh",
        "Torsten Ruban-Zeh",
    ),
    (
        (
            "Stadträtin Ulla Wacker erklärt: „Wir sind froh, dass der Entwurf zurückgezogen wird.\n\n"
            "Das gelingt besser über Prävention als über Verbote.“\n\nDer Rat tagt zweimal im Jahr."
        ),
        "Wir sind froh, dass der Entwurf zurückgezogen wird.\n\nDas gelingt besser über Prävention als über Verbote.",
        "Stadträtin Ulla Wacker",
        "Ulla Wacker",
    ),
    (
        (
            "Den Rat gebe es seit dem Jahr 2004, ergänzte Ordnungsamtsleiter Michael Winiecki. „Er wurde "
            "gegründet, um das Sicherheitsgefühl zu erhöhen.“ Das Ziel sehe er darin, den Bürgern zu helfen."
        ),
        "Er wurde gegründet, um das Sicherheitsgefühl zu erhöhen.",
        "Ordnungsamtsleiter Michael Winiecki",
        "Michael Winiecki",
    ),
    (
        (
            "Den Rat gebe es seit dem Jahr 2004, so der Ordnungsamtsleiter Michael Winiecki. „Er wurde "
            "gegründet, um das Sicherheitsgefühl zu erhöhen.“ Das Ziel sehe er darin, den Bürgern zu helfen."
        ),
        "Er wurde gegründet, um das Sicherheitsgefühl zu erhöhen.",
        "der Ordnungsamtsleiter Michael Winiecki",
        "Michael Winiecki",
    ),
    (
        (
            "Den Rat gebe es seit dem Jahr 2004, ergänzte Ordnungsamtsleiter Michael Winiecki (CDU). „Er wurde "
            "gegründet, um das Sicherheitsgefühl zu erhöhen.“"
        ),
        "Er wurde gegründet, um das Sicherheitsgefühl zu erhöhen.",
        "Ordnungsamtsleiter Michael Winiecki",
        "Michael Winiecki",
    ),
    (
        (
            "Den Rat gebe es seit dem Jahr 2004, ergänzte Michael Winiecki, Leiter des Ordnungsamtes. „Er wurde "
            "gegründet, um das Sicherheitsgefühl zu erhöhen.“"
        ),
        "Er wurde gegründet, um das Sicherheitsgefühl zu erhöhen.",
        "Michael Winiecki",
        "Michael Winiecki",
    ),
    (
        (
            "Den Rat gebe es seit dem Jahr 2004, ergänzte Ordnungsamtsleiter Michael Winiecki.\n\n„Er wurde "
            "gegründet, um das Sicherheitsgefühl zu erhöhen.“\n\nDas Ziel sehe er darin, den Bürgern zu helfen."
        ),
        "Er wurde gegründet, um das Sicherheitsgefühl zu erhöhen.",
        "Ordnungsamtsleiter Michael Winiecki",
        "Michael Winiecki",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "name"), FOUND_VOICES)
def test_found_voice_patterns(
    analyse: Analyse, text: str, quote: str, speaker: str | None, name: str | None
) -> None:
    records = _quotes(analyse, text)
    assert [(r.text, r.speaker, r.speaker_name, r.kind) for r in records] == [
        (quote, speaker, name, "direct")
    ]


def test_pronoun_in_sentence_before_takes_its_antecedent(analyse: Analyse) -> None:
    text = (
        "Der Rat tagte.\n\nOrdnungsamtsleiter Michael Winiecki stellte den Rat vor. Es gebe ihn seit 2004, ergänzte er. "
        "„Er wurde gegründet, um das Sicherheitsgefühl zu erhöhen.“"
    )
    family = text.index("Winiecki")
    person = Person(
        name="Michael Winiecki",
        family="Winiecki",
        roles=("Ordnungsamtsleiter",),
        mentions=(Mention(start=family, end=family + len("Winiecki"), text="Winiecki"),),
    )
    records = _quotes(analyse, text, (person,))
    assert [(r.text, r.speaker_name) for r in records] == [
        ("Er wurde gegründet, um das Sicherheitsgefühl zu erhöhen.", "Michael Winiecki")
    ]


def test_voice_cue_compound_makes_a_short_quote_a_voice(analyse: Analyse) -> None:
    text = "Der Kurs ist beendet.\n\nFazit der Besucherstimmen aus Pirna: „Sehr informativ und praxisnah!“"
    assert [r.text for r in _quotes(analyse, text)] == ["Sehr informativ und praxisnah!"]


PULL_WITH_NAME_LINE = [
    (
        (
            "Die Stadt Torgau ist Mitglied.\n\n»Ich habe an vielen Seminaren teilgenommen. Vielen Dank dafür.«\n"
            "Volker Pfitzner: Dezernat IV Soziales – Präventionsmanager der Stadt Torgau\n\nMehr folgt im Herbst."
        ),
        "Ich habe an vielen Seminaren teilgenommen. Vielen Dank dafür.",
        "Volker Pfitzner: Dezernat IV Soziales – Präventionsmanager der Stadt Torgau",
        "Volker Pfitzner",
    ),
    (
        (
            "Coaching in Wurzen\n\nWichtig und hilfreich ist für uns der fachkundige Blick von außen.\n\n"
            "Conny Hanspach, Koordinierung ASSKomm Wurzen\nLogo der Stadt Wurzen.\n\n"
            "Das Coaching ermöglicht einen »roten Faden« für Veranstaltungen.\n\nDer Rat tagt zweimal im Jahr."
        ),
        "Wichtig und hilfreich ist für uns der fachkundige Blick von außen.",
        "Conny Hanspach, Koordinierung ASSKomm Wurzen",
        "Conny Hanspach",
    ),
    (
        (
            LPR + "Die Stadt hat sich beraten lassen.\n\nWir haben viel gelernt und freuen uns auf die "
            "nächsten Schritte.\n\nAnja Herold-Beckmann: Koordinatorin der Stadt\n\n"
            "Der Rat tagt zweimal im Jahr und lädt alle Bürger ein." + FOOTER
        ),
        "Wir haben viel gelernt und freuen uns auf die nächsten Schritte.",
        "Anja Herold-Beckmann: Koordinatorin der Stadt",
        "Anja Herold-Beckmann",
    ),
]


@pytest.mark.parametrize(("text", "quote", "speaker", "name"), PULL_WITH_NAME_LINE)
def test_set_off_quotes_take_the_name_line_under_them(
    analyse: Analyse, text: str, quote: str, speaker: str, name: str
) -> None:
    records = _quotes(analyse, text)
    assert [(r.text, r.speaker, r.speaker_name, r.kind) for r in records] == [(quote, speaker, name, "pull")]


WRAPPED_PAGE = (
    "Zeitung | Musterau\n\nTitel der Seite\n\nVon Jonas Probe\n\n"
    "Rund dreißig Gäste sitzen am Abend im Saal der Schule und\n"
    "hören zu. Vorn steht Eva Muster, die Leiterin des Vereins, und\n"
    "erzählt von den Nachmittagen im Jugendhaus und von den\n"
    "Sorgen vieler Familien in der kleinen Stadt am Fluss.\n\n"
)


@pytest.mark.parametrize(
    ("tail", "expected"),
    [
        # A set-off quote on a hard-wrapped page: its line looks cut at the column, yet the name
        # line under it is no part of it.
        (
            "Wir brauchen mehr Zeit für unsere Kinder, nicht mehr Geld.\nEva Muster, Leiterin\n",
            [("Wir brauchen mehr Zeit für unsere Kinder, nicht mehr Geld.", "Eva Muster", "pull")],
        ),
        # The last line of a wrapped paragraph above a name line is no statement of its own.
        (
            "Sie bleibt lange und spricht mit den Eltern. Am Ende sagt\n"
            "sie, wir brauchen mehr Zeit für unsere Kinder.\nEva Muster, Leiterin\n",
            [],
        ),
    ],
)
def test_pull_quote_on_a_hard_wrapped_page(
    analyse: Analyse, tail: str, expected: list[tuple[str, str, str]]
) -> None:
    records = _quotes(analyse, WRAPPED_PAGE + tail)
    assert [(r.text, r.speaker_name, r.kind) for r in records] == expected


def test_name_line_under_quote_with_known_person(analyse: Analyse) -> None:
    text = (
        "Die Stadt Torgau ist Mitglied.\n\n»Ich habe an vielen Seminaren teilgenommen. Vielen Dank dafür.«\n"
        "Volker Pfitzner: Dezernat IV Soziales – Präventionsmanager der Stadt Torgau\n"
    )
    family = text.index("Pfitzner")
    person = Person(
        name="Volker Pfitzner",
        family="Pfitzner",
        roles=("Präventionsmanager",),
        mentions=(Mention(start=family, end=family + len("Pfitzner"), text="Pfitzner"),),
    )
    records = _quotes(analyse, text, (person,))
    assert [(r.speaker_name, r.kind) for r in records] == [("Volker Pfitzner", "pull")]


NO_PULL_QUOTES = [
    # A narrative paragraph above a photo caption with its credit.
    (
        "Zum Landestreffen\n\nDie Akteure aus den Steuerungsgruppen haben ihre Erfahrungen ausgetauscht.\n\n"
        "Matthias Böhme, Leiter Referat 33 im SMK © Institut B3\n\nWeitere Termine folgen im Herbst."
    ),
    # A statement above a caption with its credit is no pull quote either.
    (
        "Zum Landestreffen\n\nWir haben unsere Erfahrungen ausgetauscht und viel gelernt.\n\n"
        "Matthias Böhme, Leiter Referat 33 im SMK © Institut B3\n\nWeitere Termine folgen im Herbst."
    ),
    # A report above a name line: nobody speaks.
    (
        "Zum Landestreffen\n\nDie Akteure aus den Steuerungsgruppen haben ihre Erfahrungen ausgetauscht.\n\n"
        "Sven Forkert, Geschäftsführer LPR\n\nWeitere Termine folgen im Herbst."
    ),
    # A contact paragraph above a name line.
    (
        "Zum Landestreffen\n\nFür Fragen steht Ihnen unser Ansprechpartner gern zur Verfügung.\n\n"
        "Sven Forkert, Geschäftsführer LPR\n\nWeitere Termine folgen im Herbst."
    ),
    # A quote left open after a colon that announces a motto, not a speaker.
    "Das Motto lautet: „Wir schaffen das gemeinsam und mit Freude\n\nDer Rat tagt zweimal im Jahr.",
    # A title in doubled marks.
    "Die Stadt erhielt einen Ordner mit dem Titel „»Kommune beugt vor!«“ vom LPR.",
]


@pytest.mark.parametrize("text", NO_PULL_QUOTES)
def test_no_voice_in_captions_contacts_and_titles(analyse: Analyse, text: str) -> None:
    assert _quotes(analyse, text) == []


def test_a_quote_announced_with_words_and_never_closed(analyse: Analyse) -> None:
    text = (
        "17.04.2024\nTitel\n\nEva Probe, Koordinatorin des Rates, wirbt für die Teilnahme mit den Worten "
        "«Die Senioren unserer Stadt hatten lange nur wenige Kontakte. Das wollen wir ändern.\n\nDer Eintritt ist frei.\n"
    )
    doc, layout = analyse(text)
    people = extract_officials(doc, layout)
    (quote,) = extract_quotes(doc, layout, article_id="a", people=people)
    assert quote.text.startswith("Die Senioren unserer Stadt") and quote.text.endswith("ändern.")
    assert quote.speaker_name == "Eva Probe"


SPEAKER_ELSEWHERE = [
    # The speaker named in the sentence after the quote.
    (
        "Der Rat tagte im Rathaus.\n\n„Wir brauchen mehr Sozialarbeiter an den Schulen.“ "
        "Das sagte Bürgermeisterin Eva Probe am Montag.",
        ["Wir brauchen mehr Sozialarbeiter an den Schulen."],
        "Eva Probe",
    ),
    (
        "Der Rat tagte im Rathaus.\n\n»Die Zahl der Diebstähle ist deutlich gesunken.« "
        "Dies betonte Polizeipräsident Paul Test vor den Gästen.",
        ["Die Zahl der Diebstähle ist deutlich gesunken."],
        "Paul Test",
    ),
    # A quote going on in the next paragraph, which opens with a mark again; the second paragraph names him.
    (
        "Der Rat tagte im Rathaus.\n\n„Wir haben in den letzten Jahren sehr viel gemeinsam erreicht.\n\n"
        "„Jetzt geht es darum, die Jugendarbeit zu stärken“, sagte Polizeipräsident Paul Test.",
        [
            "Wir haben in den letzten Jahren sehr viel gemeinsam erreicht.",
            "Jetzt geht es darum, die Jugendarbeit zu stärken",
        ],
        "Paul Test",
    ),
    # A hard-wrapped newspaper paragraph: the attribution after the closing mark is on the next line.
    (
        "Der Stadtrat hat am Dienstag lange über die Sicherheit am Bahnhof und\n"
        "in der Unterführung beraten, wo sich viele Bürger nachts unsicher fühlen,\n"
        "wie eine Umfrage im Frühjahr gezeigt hatte.\n\n"
        "„Wir werden die Beleuchtung an der Unterführung noch in diesem Jahr\n"
        "verbessern und mehr Streifen schicken“, kündigte Ordnungsamtsleiter Max\n"
        "Muster in der Sitzung des Ausschusses für Ordnung und Sicherheit an.\n",
        [
            "Wir werden die Beleuchtung an der Unterführung noch in diesem Jahr\nverbessern und mehr Streifen schicken"
        ],
        "Max Muster",
    ),
    # A pull quote above a name line without comma: `Given Family Office Body`.
    (
        "Der Rat tagte im Rathaus.\n\nMir liegt die Sicherheit aller Bürgerinnen und Bürger am Herzen.\n\n"
        "Paul Test Präsident Polizeidirektion Musterstadt\n",
        ["Mir liegt die Sicherheit aller Bürgerinnen und Bürger am Herzen."],
        "Paul Test",
    ),
]


@pytest.mark.parametrize(("text", "quotes", "name"), SPEAKER_ELSEWHERE)
def test_speaker_named_after_below_or_in_the_next_paragraph(
    analyse: Analyse, text: str, quotes: list[str], name: str
) -> None:
    doc, layout = analyse(text)
    records = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert [r.text for r in records] == quotes
    assert {r.speaker_name for r in records} == {name}


NOT_QUOTES_OVER_LINES = [
    # A statement without quotation marks in running text is no quote.
    "Der Rat tagte im Rathaus.\n\nWir brauchen mehr Sozialarbeiter an den Schulen, sagte Eva Probe.",
    # A title left open inside a sentence, and a report after a quote-less sentence.
    "Der Rat tagte im Rathaus.\n\nDas Projekt „Sichere Wege zur Schule wird im Herbst fortgesetzt.\n\nDer Rat tagt.",
    # A short name in marks followed by a pointing sentence is a term, not a voice.
    "Der Verein heißt „Sicher leben“. Das sagte Eva Probe am Montag.",
]


@pytest.mark.parametrize("text", NOT_QUOTES_OVER_LINES)
def test_no_voice_without_marks_or_in_open_titles(analyse: Analyse, text: str) -> None:
    assert _quotes(analyse, text) == []


EMBEDDED = [
    (
        "Eva Probe sprach dabei von einem »sehr wichtigen Schritt für die ganze Stadt«.",
        ["sehr wichtigen Schritt für die ganze Stadt"],
    ),
    (
        "Polizeipräsident Paul Test bezeichnete die Zusammenarbeit als »vorbildlich und in ganz Sachsen einmalig«.",
        ["vorbildlich und in ganz Sachsen einmalig"],
    ),
    (
        "Bürgermeister Max Muster setzt auf die Bürger, denn »nur gemeinsam lässt sich hier etwas ändern«.",
        ["nur gemeinsam lässt sich hier etwas ändern"],
    ),
    # Titles and names in marks in a sentence about a person are no voices.
    ("Bürgermeister Max Muster lud alle Bürger zum »Tag der offenen Tür« ins Rathaus ein.", []),
    ("Eva Probe leitet das Projekt »gemeinsam statt einsam im eigenen Quartier« seit 2019.", []),
    ("Eva Probe lobte die »Allianz Sichere Sächsische Kommunen« sehr.", []),
    # Without a person named before it, a phrase in marks is no voice.
    ("Die Stadt sprach von einem »sehr wichtigen Schritt für die ganze Region«.", []),
]


@pytest.mark.parametrize(("sentence", "quotes"), EMBEDDED)
def test_a_phrase_quoted_in_a_sentence_about_a_person(
    analyse: Analyse, sentence: str, quotes: list[str]
) -> None:
    text = "17.04.2024\nTitel\n\nDer Rat tagte am Montag.\n\n" + sentence + "\n"
    doc, layout = analyse(text)
    records = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert [r.text for r in records] == quotes
    assert all(r.speaker_name for r in records)


@pytest.mark.parametrize(
    ("title", "quotes"),
    [
        ("Sicherheit: »Vorbeugen ist besser als Strafen«", ["Vorbeugen ist besser als Strafen"]),
        # A motto or name in a headline is no voice.
        ("Stadt Musterstadt: „Gemeinsam für mehr Sicherheit“", []),
        ("Neues Projekt „Sicher ist sicher“ gestartet", []),
    ],
)
def test_a_headline_quoting_a_sentence(analyse: Analyse, title: str, quotes: list[str]) -> None:
    text = LPR.replace("Titel der Meldung", title) + "Der Rat tagte am Montag im Rathaus.\n" + FOOTER
    assert [r.text for r in _quotes(analyse, text)] == quotes


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        # The speaker goes on after a reported sentence in the same paragraph.
        (
            "„Wir wollen die Sicherheit weiter verbessern“, sagte Eva Probe. Sie verwies auf die Bürgerpolizisten. "
            "„Die Menschen fühlen sich sicherer.“",
            [
                ("Wir wollen die Sicherheit weiter verbessern", "Eva Probe"),
                ("Die Menschen fühlen sich sicherer.", "Eva Probe"),
            ],
        ),
        # A pronoun opening the colon clause stands for the last person named.
        (
            "Auch Revierleiter Max Muster war dabei. Er sagte: „Die Zusammenarbeit ist sehr gut.“",
            [("Die Zusammenarbeit ist sehr gut.", "Max Muster")],
        ),
        # A name in marks after a voice is still no voice.
        (
            "„Wir wollen die Sicherheit weiter verbessern“, sagte Eva Probe. Sie lobte den Verein „Sicher leben“.",
            [("Wir wollen die Sicherheit weiter verbessern", "Eva Probe")],
        ),
    ],
)
def test_a_speaker_going_on_and_a_pronoun_clause(
    analyse: Analyse, paragraph: str, expected: list[tuple[str, str]]
) -> None:
    text = "17.04.2024\nTitel\n\nDer Rat tagte am Montag.\n\n" + paragraph + "\n"
    doc, layout = analyse(text)
    records = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert [(r.text, r.speaker_name) for r in records] == expected


@pytest.mark.parametrize(
    ("sentence", "texts"),
    [
        # A cue noun in the sentence before the mark does not make the quote a title.
        ("Eva Probe lobte das neue Projekt. „Das ist nicht selbstverständlich“, meinte sie.", 1),
        ("Eva Probe lobte das Programm der Stadt. „Das ist gut so“, sagte sie.", 1),
        # In the same sentence it does.
        ("Eva Probe stellte das Projekt „Sicher im Kiez“ am Montag vor.", 0),
    ],
)
def test_a_cue_before_a_sentence_end_names_no_title(analyse: Analyse, sentence: str, texts: int) -> None:
    doc, layout = analyse(f"17.04.2024\nTitel\n\n{sentence}\n")
    records = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert len(records) == texts


def test_a_talk_in_the_sentence_before_leaves_the_quote(analyse: Analyse) -> None:
    text = (
        "17.04.2024\nTitel\n\nIn seinem Vortrag ging es um Einbrüche. Max Muster betonte: "
        "„Wir müssen mehr für die Nachbarschaften tun.“\n"
    )
    doc, layout = analyse(text)
    records = extract_quotes(doc, layout, article_id="a", people=extract_officials(doc, layout))
    assert [r.speaker_name for r in records] == ["Max Muster"]


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a whole sentence in marks after a sentence about one person: that person speaks
        (
            "Ortsvorsteherin Gabi Kunze zeigte sich erleichtert. „Die Beleuchtung am Bahnhof ist endlich repariert.“",
            [("Die Beleuchtung am Bahnhof ist endlich repariert.", "Gabi Kunze", "Gabi Kunze")],
        ),
        # a fragment of speech opening in lower case inside a sentence about a person
        (
            "Laut Revierleiter Tom Berger sei „die Zahl der Einbrüche im Quartal deutlich gesunken“.",
            [("die Zahl der Einbrüche im Quartal deutlich gesunken", "Tom Berger", "Tom Berger")],
        ),
        (
            "Wie Landrätin Karin Vollmer betonte, sei „die Präsenz der Polizei in den Dörfern entscheidend“.",
            [("die Präsenz der Polizei in den Dörfern entscheidend", "Karin Vollmer", "Karin Vollmer")],
        ),
        (
            "Der Amtsleiter Jens Hoyer hob hervor, „dass Prävention eine Aufgabe aller ist“.",
            [("dass Prävention eine Aufgabe aller ist", "Jens Hoyer", "Jens Hoyer")],
        ),
        # not voices: a capitalised title in marks, a name of a project after a person
        ("Bürgermeister Jens Hoyer eröffnete die Ausstellung „Sicher Wohnen in Musterstadt“.", []),
        ("Revierleiter Tom Berger stellte das Projekt „Kiez mit Herz“ vor.", []),
    ],
)
def test_speaker_of_a_quote_in_a_sentence_about_a_person(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "„Wir nehmen die Sorgen der Anwohner sehr ernst“, heißt es von der Stadtverwaltung.",
            [("Wir nehmen die Sorgen der Anwohner sehr ernst", "der Stadtverwaltung", None)],
        ),
        (
            "„Die Kontrollen gehen weiter“, hieß es aus dem Rathaus.",
            [("Die Kontrollen gehen weiter", "dem Rathaus", None)],
        ),
        # "heißt" naming a title stays no voice
        ("Das neue Projekt heißt „Gemeinsam sicher leben“.", []),
        ("Das Motto der Woche heißt „Hinschauen statt Wegsehen“, sagte man uns.", []),
    ],
)
def test_impersonal_attribution_names_no_person(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "Landrat Dirk Neubert sagte: „Wir investieren in die Sicherheit.“ Und weiter: „Das lohnt sich.“",
            [
                ("Wir investieren in die Sicherheit.", "Landrat Dirk Neubert", "Dirk Neubert"),
                ("Das lohnt sich.", "Landrat Dirk Neubert", "Dirk Neubert"),
            ],
        ),
        (
            "„Wir investieren in die Sicherheit“, sagte Landrat Dirk Neubert. Weiter: „Das lohnt sich.“",
            [
                ("Wir investieren in die Sicherheit", "Landrat Dirk Neubert", "Dirk Neubert"),
                ("Das lohnt sich.", "Landrat Dirk Neubert", "Dirk Neubert"),
            ],
        ),
        # a label that is no continuation does not hand the short quote on
        (
            "„Wir investieren in die Sicherheit“, sagte Landrat Dirk Neubert. Motto: „Das lohnt sich.“",
            [
                ("Wir investieren in die Sicherheit", "Landrat Dirk Neubert", "Dirk Neubert"),
            ],
        ),
    ],
)
def test_quote_handed_on_by_und_weiter(analyse: Analyse, sentences: str, expected: list[Voice]) -> None:
    assert release_voices(analyse, sentences) == expected


#: Sentences around the quotes, so that every line of the wrapped paragraph is cut at its column.
WRAP_FILLER = (
    "Die Stadt und die Polizei arbeiten seit vielen Jahren eng zusammen und wollen die "
    "Sicherheit in den Wohngebieten weiter verbessern, wie es in der Mitteilung hieß."
)


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (
            "„Wir sind auf einem guten Weg“, so Ortsvorsteher Rainer Fink. „Aber es bleibt viel zu tun.“",
            [("Wir sind auf einem guten Weg", "Rainer Fink"), ("Aber es bleibt viel zu tun.", "Rainer Fink")],
        ),
        (
            "„Wir haben in diesem Jahr viel erreicht.“ Mit diesen Worten eröffnete Ortsvorsteher Rainer "
            "Fink die Sitzung.",
            [("Wir haben in diesem Jahr viel erreicht.", "Rainer Fink")],
        ),
        (
            "Gast der Sitzung war Stefan Riedel. Der Geschäftsführer der Verkehrswacht betonte: „Kinder "
            "brauchen sichere Schulwege.“",
            [("Kinder brauchen sichere Schulwege.", "Stefan Riedel")],
        ),
        (
            "Eva Probe leitet das Ordnungsamt. „Die Bürger nehmen das Angebot gut an“, sagte die Amtsleiterin.",
            [("Die Bürger nehmen das Angebot gut an", "Eva Probe")],
        ),
    ],
)
@pytest.mark.parametrize("width", [63, 66, 69, 72, 75, 78])
def test_speakers_on_a_hard_wrapped_page(
    analyse: Analyse, sentences: str, expected: list[tuple[str, str]], width: int
) -> None:
    """A page cut at a fixed column breaks the attribution anywhere: the speaker is found all the same."""
    wrapped = textwrap.fill(f"{WRAP_FILLER} {sentences} {WRAP_FILLER}", width, break_on_hyphens=False)
    found = [(" ".join(text.split()), name) for text, _, name in release_voices(analyse, wrapped)]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A photo credit closing the page leaves the paragraphs above it body, with their voices.
        (
            "Titel der Meldung\n\nDie Jugendlichen bemalten die Mauer am Bahnhof.\n\n"
            "„Wer mitmalt, achtet auch darauf“, sagt Bürgermeisterin Greta Holm.\n\n"
            "Foto: Gemeinde Talheim\n",
            [("Wer mitmalt, achtet auch darauf", "Greta Holm")],
        ),
        # A person named in full before and called by the given name alone speaks.
        (
            "Titel der Meldung\n\nPräventionskoordinator Jonas Brede hatte ein Quiz vorbereitet. "
            "„Hinschauen hilft allen im Viertel“, meinte Jonas, als er die Preise überreichte.\n",
            [("Hinschauen hilft allen im Viertel", "Jonas Brede")],
        ),
        # Two people of that given name: nobody is guessed.
        (
            "Titel der Meldung\n\nJonas Brede und Jonas Kühl bauten den Stand auf. "
            "„Hinschauen hilft allen im Viertel“, meinte Jonas am Abend.\n",
            [("Hinschauen hilft allen im Viertel", "Jonas")],
        ),
    ],
)
def test_voices_of_small_pages(analyse: Analyse, text: str, expected: list[tuple[str, str | None]]) -> None:
    doc, layout = analyse(text)
    people = tuple(extract_officials(doc, layout))
    assert [(r.text, r.speaker_name) for r in _quotes(analyse, text, people)] == expected


@pytest.mark.parametrize(
    ("line", "speaker", "name"),
    [
        ("Greta Holm, Leiterin des Ordnungsamtes", "Greta Holm, Leiterin des Ordnungsamtes", "Greta Holm"),
        ("Dr. Greta Holm", "Dr. Greta Holm", "Greta Holm"),
        # a sentence above the quote is no name line
        ("Der Rat dankte Greta Holm", None, None),
    ],
)
def test_name_line_right_above_a_quote(
    analyse: Analyse, line: str, speaker: str | None, name: str | None
) -> None:
    text = (
        "17.04.2024\n\nTitel der Meldung\n\nDer Rat traf sich mit Greta Holm im Rathaus.\n\n"
        f"{line}\n„Wir wollen mehr Präsenz auf den Straßen zeigen und die Bürger einbinden.“\n\n"
        "Der Rat tagte bis zum Abend.\n"
    )
    doc, layout = analyse(text)
    people = tuple(extract_officials(doc, layout))
    assert [(r.speaker, r.speaker_name) for r in _quotes(analyse, text, people)] == [(speaker, name)]


@pytest.mark.parametrize(
    "sentences",
    [
        # passages quoted from documents are no voices (spec), however the verb presents them
        "„Die Zahl der Einbrüche ist im ländlichen Raum deutlich gestiegen“, stellt das Gutachten fest.",
        "„Viele Kommunen haben bislang kein eigenes Präventionsgremium“, heißt es in der Studie.",
        "„Die Videoüberwachung allein löst die Probleme nicht“, heißt es im Abschlussbericht der Kommission.",
        "„Jede Gemeinde benennt eine Ansprechperson für Prävention“, schreibt die Satzung vor.",
    ],
)
def test_passages_quoted_from_documents_are_no_voices(analyse: Analyse, sentences: str) -> None:
    assert release_voices(analyse, sentences) == []


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        # a person who wrote or reports on a document speaks
        (
            "„Die Zahl der Einbrüche ist deutlich gestiegen“, stellt der Gutachter fest.",
            [("Die Zahl der Einbrüche ist deutlich gestiegen", "der Gutachter", None)],
        ),
        (
            "„Wir haben die Zahlen genau geprüft“, sagte Berichterstatterin Anna Probe.",
            [("Wir haben die Zahlen genau geprüft", "Berichterstatterin Anna Probe", "Anna Probe")],
        ),
    ],
)
def test_people_who_write_documents_still_speak(
    analyse: Analyse, sentences: str, expected: list[Voice]
) -> None:
    assert release_voices(analyse, sentences) == expected
