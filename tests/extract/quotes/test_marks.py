"""Tests of quotation-mark pairing: doubled openers, quotes left open after `Name:`, cue matching."""

from __future__ import annotations

import pytest

from pipeline.extract.quotes.marks import has_cue, pair_quotes, sentence_before
from pipeline.extract.quotes.written import typed_marks
from pipeline.lang.speech import NON_VOICE_CUES, VOICE_CUES


def _stretches(text: str) -> list[tuple[str, bool]]:
    """The text of each quoted stretch and whether a closing mark ends it."""
    return [(text[q.start : q.end], q.close_at is not None) for q in pair_quotes(text)]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (
            "Sie sind beigetreten. „»Unsere Stadt ist sicher – aber das verlangt viel ab“, sagt er.",
            "Unsere Stadt ist sicher – aber das verlangt viel ab",
        ),
        (
            "Sie sind beigetreten. „»Unsere Stadt ist sicher – aber das verlangt viel ab«, sagt er.",
            "Unsere Stadt ist sicher – aber das verlangt viel ab",
        ),
        (
            'Sie sind beigetreten. „»Unsere Stadt ist sicher – aber das verlangt viel ab", sagt er.',
            "Unsere Stadt ist sicher – aber das verlangt viel ab",
        ),
        (
            "Sie sind beigetreten. »„Unsere Stadt ist sicher – aber das verlangt viel ab«, sagt er.",
            "Unsere Stadt ist sicher – aber das verlangt viel ab",
        ),
        (
            'Sie sind beigetreten. "»Unsere Stadt ist sicher – aber das verlangt viel ab", sagt er.',
            "Unsere Stadt ist sicher – aber das verlangt viel ab",
        ),
        (
            "Der »Allianz« beigetreten. „»Unsere Stadt im »ASSKomm«-Netz ist sicher“, sagt er.",
            "Unsere Stadt im »ASSKomm«-Netz ist sicher",
        ),
    ],
)
def test_doubled_opening_marks_open_one_quote(text: str, inside: str) -> None:
    assert (inside, True) in _stretches(text)
    assert all(not stretch.startswith(("»", "„", '"')) for stretch, _ in _stretches(text))


def test_quote_opening_with_a_quoted_term_keeps_its_outer_marks() -> None:
    text = "Dazu der Bürgermeister: „»ASSKomm« ist für uns ein Gewinn“, sagte er."
    assert _stretches(text) == [("»ASSKomm« ist für uns ein Gewinn", True)]


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        (
            "OB Torsten Ruban-Zeh: „Sicherheit ist ein Bedürfnis. Wir wollen das vertiefen.  \n\nIm Jahr 1998 begann es.",
            "Sicherheit ist ein Bedürfnis. Wir wollen das vertiefen.",
        ),
        (
            "OB Torsten Ruban-Zeh:\n„Sicherheit ist ein Bedürfnis. Wir wollen das vertiefen.\nIm Jahr 1998 begann es.",
            "Sicherheit ist ein Bedürfnis. Wir wollen das vertiefen.",
        ),
        (
            "Ulla Wacker erklärt: „Wir sind froh.\n\nDas gelingt besser über Prävention.“\n\nMehr dazu im Herbst.",
            "Wir sind froh.\n\nDas gelingt besser über Prävention.",
        ),
    ],
)
def test_quote_left_open_after_a_colon_runs_to_its_paragraph_end(text: str, inside: str) -> None:
    assert _stretches(text)[0][0] == inside


def test_quote_left_open_without_a_colon_is_dropped_mid_article() -> None:
    text = "Die Stadt setzt auf „Prävention und mehr.\n\nIm Jahr 1998 begann es."
    assert _stretches(text) == []


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        # The closing mark in the next paragraph hands on to its speaker after a comma or a dash.
        (
            "„Wir fangen früh an. Das hilft allen Familien.\n\nDann kommt der Rest von selbst“, sagt Probe.\n\nEnde.",
            "Wir fangen früh an. Das hilft allen Familien.\n\nDann kommt der Rest von selbst",
        ),
        (
            "„Wir fangen früh an. Das hilft allen Familien.\n\nDann kommt der Rest“ – so Eva Probe.\n\nEnde.",
            "Wir fangen früh an. Das hilft allen Familien.\n\nDann kommt der Rest",
        ),
        # A mark followed by more of the sentence without comma or dash closes nothing.
        (
            "„Wir fangen früh an. Das hilft allen Familien.\n\nDer Rest“ kommt von selbst.\n\nEnde.",
            "Wir fangen früh an. Das hilft allen Familien.",
        ),
    ],
)
def test_open_quote_closed_in_next_paragraph_before_its_attribution(text: str, inside: str) -> None:
    assert _stretches(text)[0][0] == inside


def test_later_paragraph_with_other_marks_does_not_close_an_open_quote() -> None:
    text = "X erklärt: „Wir sind froh.\n\nDas Projekt »Nachtlichter« läuft.“\n\nMehr dazu."
    assert _stretches(text)[0] == ("Wir sind froh.", False)


@pytest.mark.parametrize(
    ("words", "cues", "expected"),
    [
        (["Teilnehmerstimme"], VOICE_CUES, True),
        (["teilnehmerstimme"], VOICE_CUES, True),
        (["Besucherstimmen"], VOICE_CUES, True),
        (["Jahresmotto"], NON_VOICE_CUES, True),
        (["Bürgermeister"], VOICE_CUES, False),
    ],
)
def test_has_cue_ignores_case(words: list[str], cues: tuple[str, ...], expected: bool) -> None:
    assert has_cue(words, cues) is expected


WRAPPED = (
    "Der Stadtrat hat am Dienstag lange über die Sicherheit am Bahnhof und\n"
    "in der Unterführung beraten, wo sich viele Bürger nachts unsicher fühlen,\n"
    "wie eine Umfrage im Frühjahr gezeigt hatte.\n\n"
    "„Wir werden die Beleuchtung an der Unterführung noch in diesem Jahr\n"
    "verbessern und mehr Streifen schicken“, kündigte der Ordnungsamtsleiter an.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A page cut at about 70 columns: the quote closes on the next line of its paragraph.
        (
            WRAPPED,
            [
                (
                    "Wir werden die Beleuchtung an der Unterführung noch in diesem Jahr\n"
                    "verbessern und mehr Streifen schicken",
                    True,
                )
            ],
        ),
        # Short lines are no hard-wrapped paragraph: an open mark there does not reach the next line.
        ("Das Wort „Mit\nAbstand“ am Ende\n", []),
        # A paragraph per line (lines end with their sentences): a mark left open stays in its line.
        (
            "Der Stadtrat hat am Dienstag lange über die Sicherheit am Bahnhof beraten.\n"
            "„Wir werden die Beleuchtung an der Unterführung noch in diesem Jahr\n"
            "verbessern und mehr Streifen schicken, kündigte der Ordnungsamtsleiter an.\n"
            "Am Ende stand ein Beschluss“ und ein Dank an alle Beteiligten im Saal.\n",
            [("Wir werden die Beleuchtung an der Unterführung noch in diesem Jahr", False)],
        ),
        # A blank line ends a hard-wrapped paragraph: the mark left open there stays in its paragraph.
        (
            WRAPPED.split("„")[0]
            + "Das Projekt „Sichere Wege zur Schule wird im kommenden Jahr fortgesetzt.\n\n"
            "Am Ende stand ein Beschluss“ und ein Dank an alle Beteiligten im Saal.\n",
            [],
        ),
    ],
)
def test_hard_wrapped_paragraphs_pair_over_lines(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _stretches(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A sentence of speech opening with its mark, never closed: it runs to the paragraph end.
        (
            "Der Rat tagte.\n\n„Wir haben in diesem Jahr viel erreicht. Das freut uns sehr.\n\nDanach gab es Kaffee.",
            [("Wir haben in diesem Jahr viel erreicht. Das freut uns sehr.", False)],
        ),
        # A mark left open inside a sentence (a title missing its closing mark) is no quote.
        ("Der Rat tagte.\n\nDas Projekt „Sichere Wege läuft weiter.\n\nDanach gab es Kaffee.", []),
    ],
)
def test_quote_left_open_at_sentence_start_runs_to_paragraph_end(
    text: str, expected: list[tuple[str, bool]]
) -> None:
    assert _stretches(text) == expected


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Er kam. ,,Wir haben viel erreicht'', sagte er.", ["Wir haben viel erreicht"]),
        ("Er kam. ''Wir haben viel erreicht'', sagte er.", ["Wir haben viel erreicht"]),
        ("Er kam. ›Wir haben viel erreicht‹, sagte er.", ["Wir haben viel erreicht"]),
        ("Er kam. ‹Wir haben viel erreicht›, sagte er.", ["Wir haben viel erreicht"]),
        ("Er kam. 'Wir haben viel erreicht', sagte er.", ["Wir haben viel erreicht"]),
        # Apostrophes and commas that are no marks.
        ("Er sagte: 'Das war's für heute', und ging.", []),
        ("Max' Hund bellt, und das war's, sagte er.", []),
        ("Die Werte 1,,2 und 3 sind falsch.", []),
    ],
)
def test_typed_and_single_guillemet_marks(text: str, inside: list[str]) -> None:
    normal = typed_marks(text)
    assert len(normal) == len(text)
    assert [normal[q.start : q.end] for q in pair_quotes(normal)] == inside


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a text cut out of a longer one opens inside a quote: it runs from the paragraph start
        (
            'Da wird auch der kleinste Ortsteil sicherer ", sagt Revierleiter Tom Berger.',
            [("Da wird auch der kleinste Ortsteil sicherer ", True)],
        ),
        (
            "Das schaffen wir nur gemeinsam », sagte die Landrätin dem Blatt.",
            [("Das schaffen wir nur gemeinsam ", True)],
        ),
        (
            "Das bleibt so“, betonte er.\n\nDanach folgte ein Rundgang.",
            [("Das bleibt so", True)],
        ),
        # a mark before a comma never opens a quote; nor does an apostrophe close one
        (
            'Die Feier war schön ", meinte er, "und lang".',
            [("Die Feier war schön ", True), ("und lang", True)],
        ),
        ("Das Auto des Hans’, das dort stand, war weg.", []),
        ("Die Stadt feiert, sagt der Bürgermeister.", []),
    ],
)
def test_a_paragraph_opening_inside_a_quote(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _stretches(text) == expected


def test_a_quote_continued_from_above_is_not_cut_again() -> None:
    text = "Er sagte: „Wir bauen aus.\n\nUnd das bleibt so“, sagte er.\n"
    assert _stretches(text) == [("Wir bauen aus.\n\nUnd das bleibt so", True)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # spaces set apart from the words: an opening mark glued to the comma or colon before it
        (
            "«Wir sind bereit», sagt sie,« und wir fangen heute an.»",
            [("Wir sind bereit", True), (" und wir fangen heute an.", True)],
        ),
        ("Der Sprecher schrieb:« Die Straße bleibt gesperrt.»", [(" Die Straße bleibt gesperrt.", True)]),
        # marks set apart by spaces on both sides
        ('" Wir kommen morgen wieder ", sagte er.', [(" Wir kommen morgen wieder ", True)]),
        ("Sie sagte: « Das Revier bleibt offen. »", [(" Das Revier bleibt offen. ", True)]),
        # a spaced mark with no close after it on the line opens nothing
        ('Das Zeichen " steht allein.', []),
        # an ordinary close after a comma stays a close
        ("„Wir sind bereit,“ sagt sie.", [("Wir sind bereit,", True)]),
    ],
)
def test_an_opening_mark_set_apart_by_spaces(text: str, expected: list[tuple[str, bool]]) -> None:
    assert _stretches(text) == expected


@pytest.mark.parametrize(
    "text",
    ["„Wir sind dabei“, sagte sie. „Gut so.“", "Er sagte: „Das bleibt offen\nund geht weiter", ""],
)
def test_pairs_of_a_text_are_found_once_and_each_caller_gets_its_own_list(text: str) -> None:
    first = pair_quotes(text)
    expected = list(first)
    first.clear()  # what one caller does with its list
    again = pair_quotes(text)
    assert again == expected
    assert again is not first


@pytest.mark.parametrize(
    ("text", "sentence"),
    [
        # a full stop set apart from its sentence and glued to the next one still ends it
        (
            "Das war knapp .Nun will Eva Probe einen Plan, der „alle mitnimmt“.",
            "Nun will Eva Probe einen Plan, der ",
        ),
        (
            "Das war knapp. Nun will Eva Probe einen Plan, der „alle mitnimmt“.",
            "Nun will Eva Probe einen Plan, der ",
        ),
        # no sentence end: an abbreviation's or a number's full stop before a capital
        (
            "Am 3. Mai will Eva Probe einen Plan, der „alle mitnimmt“.",
            "Am 3. Mai will Eva Probe einen Plan, der ",
        ),
    ],
)
def test_the_sentence_before_a_quote_starts_after_a_detached_full_stop(text: str, sentence: str) -> None:
    (quote,) = pair_quotes(text)
    assert sentence_before(text, quote)[1] == sentence
