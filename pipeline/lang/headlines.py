"""What makes a line of a page its headline or none: a byline or a label glued to it, a lead-in,
the site's name after it, an image's alt text, the masthead and kicker above it, and a calendar's
entries ("12.03.2021 Stadtfest") that are none."""

from __future__ import annotations

import re

#: A byline glued to the end of a headline by the scraper ("Headline Verantwortlich: Max Muster",
#: "Headline Autorin: Eva Probe"): a label that ends no headline, a colon and a name of two to
#: four capitalised words ("Text:" or "Redaktion:" may end a headline: "Neue Redaktion: Leitbild").
GLUED_BYLINE = re.compile(
    r"\s+(?:Verantwortlich|Autor(?:in)?)\s*:\s*[A-ZÄÖÜ][\w.\-]*(?:\s+[A-ZÄÖÜ][\w.\-]*){1,3}\s*$"
)
#: A lead-in ending in a verb (or an adverb) and a colon, introducing the text below ("Die
#: Stadtverwaltung informiert:", "Der Bürgermeister sagte dazu:"): a sentence, not a headline,
#: whose nouns are capitalised ("Erfolgreiche Saisoneröffnung in der Neustadt:").
LEAD_IN = re.compile(r"\s[a-zäöüß][\w-]*\s*:\s*$")
#: What parts a page's HTML title from the site's name ("Headline | Musterau aktuell").
SITE_NAME_SEPARATOR = re.compile(r"\s+[|–—·-]\s+")
#: A scraper's or a page template's label before the headline ("Title: Headline").
TITLE_LABEL = re.compile(r"^\s*(?:Title|Titel|Überschrift|Headline)\s*:\s+(?=\S)")
#: An image's alt text describing the picture ("Das Foto zeigt den Bürgermeister", "Auf dem Bild:
#: ..."): a caption, never the headline.
ALT_TEXT = re.compile(
    r"^\s*(?:(?:Das|Dieses|Unser) (?:Bild|Foto|Titelbild|Titelfoto|Symbolbild) zeigt|Auf dem (?:Bild|Foto)\b|Zu sehen (?:ist|sind)\b"
    r"|Bild(?:beschreibung)? zu\b)"
)
#: A masthead above the headline: a run of at least this many short name lines (the site's or
#: section's name, "Staatsministerium des Innern / Pressemitteilungen", "LVZ / Region"), of at
#: most MASTHEAD_WORDS words with no lower-case word but these (a headline has a verb or an
#: adjective: "Rat tagt"), over a longer headline.
MIN_MASTHEAD_LINES = 2
MAX_MASTHEAD_WORDS = 4
#: Words that make a name line a section's label even alone over the headline ("Landkreis
#: Musterau – Pressemitteilungen", "Pressemitteilung der Stadt Musterau").
SECTION_WORDS = frozenset(
    {
        "pressemitteilung",
        "pressemitteilungen",
        "medieninformation",
        "medieninformationen",
        "presseinformation",
    }
    | {
        "presseinformationen",
        "pressemeldungen",
        "pressestelle",
        "aktuelles",
        "nachrichten",
        "news",
        "meldungen",
    }
)
MASTHEAD_FUNCTION_WORDS = frozenset(
    {
        "aus",
        "der",
        "die",
        "das",
        "des",
        "dem",
        "den",
        "für",
        "und",
        "im",
        "in",
        "am",
        "an",
        "zu",
        "von",
        "vom",
        "&",
        "+",
        "-",
        "–",
    }
)

#: A line that is only the name of a municipality or an authority with its type ("Stadt Musterau",
#: "Große Kreisstadt Musterau", "Landratsamt Musterkreis"): the site's name, never a headline.
SITE_OWNER_LINE = re.compile(
    r"^\s*(?:Stadt|Gemeinde|Landkreis|Große Kreisstadt|Kreisstadt|Landeshauptstadt|Stadtverwaltung|Gemeindeverwaltung"
    r"|Landratsamt|Verwaltungsgemeinschaft|Verwaltungsverband)\s+[A-ZÄÖÜ][\w./-]*(?:\s+(?:[A-ZÄÖÜ]|i\.|a\.|am\b|an\b|im\b)[\w./-]*){0,3}\s*$"
)
#: A newspaper's dateline on a line of its own ("Musterau.", "Musterau (pm)."): the place opening
#: the first paragraph, never a headline.
DATELINE_ALONE = re.compile(r"^\s*[A-ZÄÖÜ][\w/-]*(?:\s[A-ZÄÖÜ][\w/-]*)?(?:\s*\([\w./ ]{1,12}\))?\.\s*$")

#: The last part of a news site's name in one word ("Musterland-Portal", "OSTSACHSEN-NEWS",
#: "Musterauer-Anzeiger").
MEDIA_NAME = re.compile(
    r"[-.](?:Nachrichten|Portal|News|Online|Aktuell|Anzeiger|Kurier|Zeitung|Journal|Rundschau|Info|Blog|TV|Radio)$",
    re.IGNORECASE,
)

#: A news site's or paper's name of a few capitalised words ending in the medium's word
#: ("Musterauer Zeitung", "Freie Presse", "Amtsblatt der Gemeinde Musterau", "Musterau aktuell"):
#: the masthead, never the headline.
MEDIA_NAME_LINE = re.compile(
    r"^\s*(?:[A-ZÄÖÜ][\w.-]*\s+){1,2}(?:Zeitung|Anzeiger|Kurier|Rundschau|Nachrichten|Bote|Journal|Tageblatt|Volksstimme"
    r"|Volkszeitung|Echo|Presse|Post|Morgenpost)\s*$"
    # a paper's paywall mark or its edition before a town: "PLUS Musterau", "SZ + Musterau"
    r"|^\s*(?:PLUS|[A-ZÄÖÜ]{2,4}\s*\+)\s+[A-ZÄÖÜ][\w.-]*(?:\s+[A-ZÄÖÜ][\w.-]*)?\s*$"
    # a town's news portal: "Musterau aktuell", "Musterau - Aktuell"
    r"|^\s*[A-ZÄÖÜ][\w.-]*(?:\s+[-–|]\s+|\s+)[Aa]ktuell\s*$"
    r"|^\s*Amtsblatt\b(?:\s+(?:der|des|für)?\s*[A-ZÄÖÜ][\w.-]*){0,3}\s*$"
)
#: A kicker naming two or three topics parted by slashes ("Kommunen / Sicherheit").
TOPIC_KICKER = re.compile(r"[A-ZÄÖÜ][\w-]*(?:\s+/\s+[A-ZÄÖÜ][\w-]*){1,2}")
#: A news site's or a municipal site's section named above the headline ("Politik", "Sachsen",
#: "Prävention"): a kicker, also set apart from the headline by a blank line (compared casefolded).
SECTION_NAMES = frozenset(
    {
        "politik",
        "wirtschaft",
        "kultur",
        "sport",
        "region",
        "regional",
        "regionales",
        "lokal",
        "panorama",
        "blaulicht",
        "polizei",
        "polizeibericht",
        "polizeimeldungen",
        "gesellschaft",
        "bildung",
        "soziales",
        "sicherheit",
        "prävention",
        "kriminalprävention",
        "kommunen",
        "kommunales",
        "rathaus",
        "verwaltung",
        "leben",
        "freizeit",
        "gesundheit",
        "umwelt",
        "verkehr",
        "justiz",
        "inland",
        "ausland",
        "vermischtes",
        "bekanntmachungen",
        "amtliche bekanntmachungen",
        "öffentliche bekanntmachungen",
        "stadtnachrichten",
        "gemeindenachrichten",
        "rathausnachrichten",
        "pressespiegel",
        "sachsen",
        "mitteldeutschland",
        "ostdeutschland",
        "deutschland",
        "welt",
    }
)
#: The heading of a calendar of events ("Termine", "Kommende Veranstaltungen:"): each of its
#: entries carries a date, so a line set apart with no date below it is the page's own again.
CALENDAR_HEADING = re.compile(
    r"^(?:(?:(?:Nächste|Aktuelle|Kommende|Weitere)\s+)?(?:Termine|Veranstaltungen)|Veranstaltungs-?kalender|Terminkalender)\s*:?$",
    re.IGNORECASE,
)
#: The head of an event's name, the last part of a word or compound ("Stadtfest", "Frühjahrsputz",
#: "Seniorennachmittag", "Tag der offenen Tür"): a date with it is an event's entry ("12.03.2021
#: Stadtfest"), not a release date with its place ("12.03.2021 Musterau"), nor a headline. A
#: parliament ("Landtag", "Kreistag") is a sender, no event.
EVENT_NAME = re.compile(
    r"(?:fest|feste|konzert|lauf|abend|nachmittag|sitzung|versammlung|führung|ausstellung|vortrag|lesung"
    r"|turnier|feier|treffen|messe|workshop|seminar|sprechstunde|gottesdienst|basar|flohmarkt|weihnachtsmarkt"
    r"|wochenmarkt|putz|party|umzug|festival|wanderung|(?<!land)(?<!bundes)(?<!kreis)tag|tage|woche|kino|kurs"
    r"|training|fahrt)\b",
    re.IGNORECASE,
)
#: A label of the page's meta data opening a line ("Herausgeber: Staatsministerium",
#: "Pressekontakt: Eva Probe"): what follows names who is responsible, never the headline.
META_LABEL = re.compile(
    r"^\s*(?:Herausgeber(?:in)?|(?:Presse)?[Kk]ontakt|Ansprechpartner(?:in)?|Verantwortlich|V\.\s?i\.\s?S\.\s?d\.\s?P\.?"
    r"|Quelle|Redaktion|Pressesprecher(?:in)?)\s*:"
)
#: A kicker phrase right on top of the headline opens with one of these prepositions ("Für den
#: Sport unterwegs", "Im Einsatz für Kinder"): a slogan over the headline, not a headline, which
#: names its subject first. It has at most MAX_PHRASE_KICKER_WORDS words.
KICKER_PREPOSITIONS = frozenset(
    {
        "für",
        "mit",
        "im",
        "in",
        "auf",
        "aus",
        "bei",
        "beim",
        "nach",
        "vor",
        "vom",
        "zum",
        "zur",
        "über",
        "unter",
        "gegen",
        "ohne",
        "rund",
    }
)
MAX_PHRASE_KICKER_WORDS = 4
#: A word in capitals set apart over the headline is a town's name (its kicker) from this length on.
MIN_CAPITALS_TOWN = 5
#: Words that never end a headline: articles, conjunctions and prepositions no verb takes as its
#: particle ("bei", "an", "auf", "aus", "ein", "vor" end one: "Musterau tritt bei"). A headline
#: line ending in one goes on in the line below.
HEADLINE_BINDING_WORDS = frozenset(
    {"der", "die", "das", "des", "dem", "den", "eine", "einer", "eines", "einem", "einen", "und", "oder"}
    | {"sowie", "für", "im", "in", "zum", "zur", "beim", "vom", "am", "ins", "gegen", "ohne", "zwischen"}
)
#: A sentence ending inside a line and the next one opening ("... dabei. Auch Leipzig ist"): a
#: paragraph's line, no headline (an ordinal or a title's abbreviation has no lower-case word before
#: its dot: "4. Fachtag", "Dr. Probe").
SENTENCE_INSIDE = re.compile(r"[a-zäöüß]{2}[.!?]\s+[A-ZÄÖÜ]")
