"""Quotation marks: which marks exist and which pairs they form (the one home of them all)."""

from __future__ import annotations

from types import MappingProxyType

#: Opening mark -> closing marks that end it. Mismatches seen in the wild (`»ASSKomm"`) are
#: allowed: a straight quote closes any open curly mark where it stands like a closing mark.
#: Reversed guillemets (`«…»`, news agency style) and English quotes (`“…”`) pair too.
OPENERS = MappingProxyType(
    {
        "»": frozenset({"«", '"'}),
        "«": frozenset({"»", '"'}),
        "„": frozenset({"“", "”", '"'}),
        "“": frozenset({"”", "“", '"'}),
        "‚": frozenset({"‘", "’"}),
        "›": frozenset({"‹"}),
        "‹": frozenset({"›"}),
        '"': frozenset({'"', "“", "«"}),
    }
)
#: The regular closing mark of each opening mark; it closes wherever it stands.
CANONICAL = MappingProxyType({"»": "«", "«": "»", "„": "“", "“": "”", "‚": "‘", '"': '"', "›": "‹", "‹": "›"})
#: Marks that open in one style and close in another: their position decides.
AMBIGUOUS = frozenset({'"', "«", "»", "“", "›", "‹"})
#: Marks that can close a quote.
CLOSERS = frozenset({"«", "“", "”", "‘", "’", '"', "‹", "›"})
#: Every character that serves as a quotation mark, the single ones and the straight apostrophe
#: included (they also serve as apostrophes: test them in context).
QUOTE_MARKS = frozenset(OPENERS) | CLOSERS | {"'"}
#: The double quotation marks: a line holding one quotes something.
DOUBLE_QUOTE_MARKS = frozenset('»«„“”"')
#: Double marks typed as two characters: `,,…''` and `''…''` (pairs of commas and apostrophes).
#: Written over with one mark and a space (the text keeps its length), `„` to open and `“` to close.
TYPED_OPENER = r"(?:(?<![,\w]),,|(?<![\w'])'')(?=[^\s'])"
TYPED_CLOSER = r"(?<=[^\s,'])''(?!\w)"
#: A quote in straight single marks on one line (`'Wir …', sagte er`), written over as `‚…‘`; an
#: apostrophe inside (`geht's`) or a letter right outside (`Max'`) makes it no pair.
TYPED_SINGLE = r"(?<![\w'])'(?=[A-ZÄÖÜ])([^'\n]{3,400}?[^\s'])'(?![\w'])"
#: A straight single mark after a colon that nothing closes in its paragraph (`wie X sagte: 'Man …`):
#: a quote opened and cut off, written over as `‚`.
LONE_SINGLE_OPENER = r"(?<=:\s)'(?=[A-ZÄÖÜ][^'\n]*$)"

#: Quotation marks as web pages garble them, each written over by its mark padded with spaces
#: (the text keeps its length): HTML entities left undecoded (`&bdquo;`, `&#8220;`, `&quot;`), a
#: UTF-8 mark read as cp1252 (`â€ž` for `„`, `Â»` for `»`). Keys match case-sensitively.
GARBLED_MARKS = MappingProxyType(
    {
        "&bdquo;": "„",
        "&ldquo;": "“",
        "&rdquo;": "”",
        "&laquo;": "«",
        "&raquo;": "»",
        "&sbquo;": "‚",
        "&lsquo;": "‘",
        "&rsquo;": "’",
        "&quot;": '"',
        "&#8222;": "„",
        "&#8220;": "“",
        "&#8221;": "”",
        "&#171;": "«",
        "&#187;": "»",
        "&#34;": '"',
        "&#x201E;": "„",
        "&#x201C;": "“",
        "&#x201D;": "”",
        "â€ž": "„",
        "â€œ": "“",
        "â€\x9d": "”",
        "â€\ufffd": "”",
        "â€š": "‚",
        "â€˜": "‘",
        "â€™": "’",
        "Â»": "»",
        "Â«": "«",
    }
)
#: A straight mark and the `;` of an entity decoded by half (`&quot;` -> `";`) before a word,
#: opening a quote after a space or bracket: `laut X ";wirklich nicht sagen“`.
HALF_DECODED_OPENER = r'(?<![^\s(])";(?=\w)'

#: An impersonal attribution after the closing mark that names the body speaking, no person
#: (`„…“, heißt es von der Stadtverwaltung`, `„…“, hieß es aus dem Rathaus`).
IMPERSONAL_SOURCE = (
    r"\s*,\s*(?:heißt|hieß)\s+es\s+(?:von|vom|aus|seitens|beim|bei)\s+(?P<source>[^.,;:!?\n\"»«„“]{3,80})"
)
#: The only words of a colon clause that hands on to the speaker of the quote before
#: (`„…“ Und weiter: „…“`, `Weiter: „…“`); case-folded, as the rules look them up.
CONTINUATION_WORDS = frozenset(w.casefold() for w in ("und", "weiter", "ferner", "außerdem", "zudem"))

#: Words of a line that introduces an interview (`Im Interview: X`, `Das Gespräch mit X führte Y`);
#: the person named after them answers. Compared case-insensitively as word stems.
INTERVIEW_WORDS = ("interview", "gespräch")
#: Labels of an interview's questions and answers before a colon (`Frage:`, `Antwort:`).
QUESTION_LABELS = frozenset({"Frage", "F"})
ANSWER_LABELS = frozenset({"Antwort", "A"})

#: Nouns that label what follows a colon, never a speaker's name (`Fazit: „…“`, `Hinweis: „…“`);
#: a single capitalised word before a colon and a quote is a name unless it is one of these, an
#: office, a body, a place or a noun by its ending.
COLON_LABELS = frozenset(
    {
        "Fazit",
        "Frage",
        "Fragen",
        "Antwort",
        "Hinweis",
        "Tipp",
        "Achtung",
        "Update",
        "Info",
        "Kontakt",
        "Quelle",
        "Foto",
        "Fotos",
        "Bild",
        "Video",
        "Text",
        "Ergebnis",
        "Bilanz",
        "Ziel",
        "Beispiel",
        "Wichtig",
        "Merke",
        "Klartext",
        "Hintergrund",
        "Tenor",
        "Botschaft",
        "Kritik",
        "Lob",
        "Urteil",
        "Vorwurf",
        "Anmerkung",
        "Nachtrag",
        "Termin",
        "Ort",
        "Zeit",
        "Anlass",
        "Kommentar",
        "Meinung",
        "Interview",
        "Protokoll",
        "Wortlaut",
        "Originalton",
        "Leitfrage",
        "Auftrag",
        "Appell",
        "Devise",
        "Losung",
    }
)
#: Endings of German nouns and place names that a name before a colon never has (`Einladung:`,
#: `Gemeinschaft:`, `Musterstadt:`), lower case.
NOT_NAME_ENDINGS = (
    "ung",
    "heit",
    "keit",
    "schaft",
    "tion",
    "sion",
    "tät",
    "nis",
    "ismus",
    "ium",
    "stadt",
    "dorf",
    "hausen",
    "kreis",
)
#: Endings of a town's or district's name that no family name has (`Musterstadt`, `Erzgebirgskreis`).
PLACE_NAME_ENDINGS = ("stadt", "kreis")

#: Nouns of things that bear written words (`Auf den Plakaten ist zu lesen: „…“`, `das Schild „…“`):
#: what is quoted from them is no voice. Compared by word stem, case-insensitively, like the cues
#: of :data:`pipeline.lang.speech.NON_VOICE_CUES`.
WRITTEN_CUES = ("plakat", "plakaten", "schild", "transparent", "banner", "aufkleber", "tafel", "graffiti")

#: News media and agencies, cited like persons (`laut Spiegel`, `sagte er dem Kicker`) but never a
#: person's name; the model tags some of them as persons.
MEDIA_NAMES = frozenset(
    {"Spiegel", "Bild", "Kicker", "Focus", "Stern", "Zeit", "Welt", "Handelsblatt", "Tagesspiegel"}
    | {"FAZ", "SZ", "taz", "dpa", "AFP", "Reuters", "AP", "epd", "KNA", "sid", "ARD", "ZDF", "MDR"}
    | {"RTL", "Sat.1", "n-tv", "Express", "Morgenpost", "Abendblatt", "Tagesschau", "Bunte", "Super-Illu"}
)

#: Head nouns (or their last part: `Abschlussbericht`, `Gutachtens`) of documents: a passage a
#: document `stellt fest` or `hält fest` is quoted from it, no voice (`„…“, stellt das Gutachten
#: fest`); case-folded word endings, a genitive `-s` allowed.
DOCUMENT_HEADS = (
    "gutachten",
    "studie",
    "bericht",
    "gesetz",
    "satzung",
    "präambel",
    "verordnung",
    "urteil",
    "vertrag",
    "protokoll",
    "positionspapier",
    "grundsatzpapier",
    "leitlinie",
    "leitlinien",
    "richtlinie",
)

#: Verbs of saying right before the opening mark that announce speech like a colon, the colon left
#: out (`und hat gesagt „Komm rein!“`); regex fragments like ``speech.SPEECH_INTRODUCERS``.
SAID_BEFORE_MARKS = (r"gesagt", r"gerufen", r"gefragt", r"sagte", r"rief", r"fragte")
