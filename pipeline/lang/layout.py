"""Page furniture of web pages saved as text: lines that are never article content."""

from __future__ import annotations

import re

#: Whole lines that are menu, share or widget debris (compared case-insensitively, stripped).
DEBRIS_LINES = frozenset(
    line.casefold()
    for line in (
        "Merken",
        "Teilen",
        "Folgen",
        "NEU!",
        "Anzeige",
        "Mehr zum Thema",
        "Mehr",
        "zoom",
        "Seitenlogo",
        "Drucken",
        "Schließen",
        "Kommentare",
        "Artikel teilen",
        "Vorlesen",
        "Zur Startseite",
        "Startseite",
        "Newsletter",
        "Abonnieren",
        "Facebook",
        "Twitter",
        "WhatsApp",
        "E-Mail",
        "Link kopieren",
        "Jetzt lesen",
        "Weiterlesen",
        "Zurück",
        "Es befinden sich keine Produkte im Warenkorb.",
        "Partner im RedaktionsNetzwerk Deutschland",
        "Inhalt",
        "Navigation",
        "Suche",
        "Menü",
        "Login",
        "Anmelden",
        "Registrieren",
        "Hauptinhalt",
        "Hauptnavigation",
        "Advertisement",
        "Werbung",
        "Inhalt der Seite",
        "Navigation der aktiven Seite",
        "Zum Inhalt springen",
        "Zum Hauptinhalt springen",
        "Direkt zu",
        "Direkt zu:",
        "Springe zu:",
        "Zusatzinformationen",
        "Symbolbild",
        "Marginalspalte",
        "Lesefortschritt",
        "Themen in dieser Meldung",
        "Prospekte & Magazine",
        # a release page's label alone, above the headline or on a page without one
        "Pressemitteilung",
        "Pressemitteilungen",
        "Pressemeldung",
        "Pressemeldungen",
        "Medieninformation",
        "Medieninformationen",
        "Presseinformation",
        "Aktuelles",
        "Aktuelle Meldungen",
        # menu items, accessibility and print widgets, consent buttons
        "Home",
        "Hauptmenü",
        "Kontakt",
        "Impressum",
        "Datenschutz",
        "Barrierefreiheit",
        "Sitemap",
        "Schriftgröße",
        "Kontrast",
        "Leichte Sprache",
        "Gebärdensprache",
        "Druckversion",
        "Bild vergrößern",
        "Alle akzeptieren",
        "Akzeptieren",
        "Ablehnen",
        "Zustimmen",
        "Einstellungen",
        "Nur notwendige",
        "Abo",
        "E-Paper",
        # a section's name alone, an image's role, a player
        "Lokales",
        "News",
        "Presse",
        "Nachricht",
        "Nachrichten",
        "Meldung",
        "Meldungen",
        "Beitrag",
        "Aktuelle Nachrichten",
        "Lokalnachrichten",
        "Aus der Region",
        "Inhaltsverzeichnis",
        "Titelbild",
        "Titelfoto",
        "Symbolfoto",
        "Beitragsbild",
        "Teaser",
        "Audio",
        "Redaktion",
        "Pressestelle",
    )
)

#: Lines matching one of these are debris too (reading time, weather, cart, image URLs).
DEBRIS_PATTERNS = (
    re.compile(r"^\d+\s*Min\.?$"),
    re.compile(r"^-?\d+\s*°?\s*C$"),
    re.compile(r"^[\d.,]+\s*(EUR|€)$"),
    re.compile(r"^:?format\(|^https?://|^www\.|\.(jpe?g|png|webp|gif)\)?$", re.IGNORECASE),
    # a reading time ("Lesedauer: 2 Min.", "3 Minuten Lesezeit"), an update's date
    re.compile(r"^(Lesezeit|Lesedauer|Aktualisiert|Stand):?\s", re.IGNORECASE),
    re.compile(r"^\d+\s*(?:Min\.?|Minuten)\s+(?:Lesezeit|Lesedauer)$", re.IGNORECASE),
    # cookie and consent banners ("Diese Seite nutzt Website-Tracking-Technologien"), counters, print
    # and share actions, a scraper's note on an image
    re.compile(
        r"\bCookies?\b|Datenschutzerklärung|Statcounter|Web Analytics|Druckansicht|Seite (?:versenden|drucken)|\bimg Tag\b"
        r"|Tracking-?(?:Technologien|Dienste|Tools)",
        re.IGNORECASE,
    ),
    # numbered skip links: "1. Hauptnavigation", "3. Inhalt der Seite"
    re.compile(r"^\d\.\s+(?:Haupt)?[Nn]avigation\b|^\d\.\s+Inhalt\b"),
    # a logo's alt text: "Logo der Stadt Musterau", "Wappen Musterau", or its parts described
    # ("Schriftzug Musterau aktiv", "Kreis und Schrift Musterau hilft", "Wort-Bild-Marke des Rates")
    re.compile(r"^(?:Logo|Signet|Wappen)\b(?:\s+\S+){0,7}\s*$"),
    re.compile(
        r"^(?:[A-ZÄÖÜ][\w-]*\s+(?:und|mit)\s+Schrift(?:zug)?|Schriftzug|Wortmarke|Bildmarke|Wort-Bild-Marke)\b(?:\s+\S+){0,7}\s*$"
    ),
    # an image's file name or alt text with its size: "Police 378255 1920"
    re.compile(r"^[\w-]+(?:\s+\d{3,}){1,3}$"),
    # a tag list: "Tags: Westsachsen, Sicherheit", "Schlagwörter: Prävention"
    re.compile(
        r"^(?:Tags|Schlagw(?:ö|o)rte?r?|Stichw(?:ö|o)rte?r?|Keywords|Rubrik(?:en)?|Kategorien?|Ressort)\s*:",
        re.IGNORECASE,
    ),
    # teasers linking to more of the site: "Mehr Nachrichten aus Löbau und Umland lesen Sie hier."
    re.compile(
        r"^(Mehr|Weitere) (Nachrichten|Artikel|Meldungen|Infos?)\b.*\b(hier|lesen)\b.*$", re.IGNORECASE
    ),
)

#: Short lines that are widgets, matched as one pattern on lines of at most MAX_WIDGET_CHARS
#: characters: a widget's action or an icon's name ("Artikel anhören", "Zur Merkliste
#: hinzufügen", "Suche öffnen", "Zum Hauptmenü", "Bild 1 von 5", "Icon Uhr", "arrow_back_rounded"),
#: a site's domain name ("Musterau.de"), an agency's mark alone ("(pm)", "dpa"), a weather widget
#: ("Wetter: 4 °C bewölkt"), a logo named last ("Stadt Musterau Logo"), a back link ("« Zurück zur
#: Übersicht") and an advertisement's call ("Jetzt Probeabo sichern!").
WIDGET_LINE = re.compile(
    r"(?:(?:Artikel|Beitrag|Seite|Text)\s+)?(?:anhören|vorlesen(?:\s+lassen)?|merken|kommentieren|versenden|speichern)$"
    r"|(?:Zur|Auf die) Merkliste\b|(?:Suche|Menü|Navigation|Sprache|Schriftgröße)\s+(?:öffnen|schließen|anpassen|ändern|wählen)$"
    r"|Zu[mr]\s+(?:Inhalt|Hauptmenü|Menü|Navigation|Suche|Footer|Seitenende)$|(?:Newsletter|Podcast)\s+abonnieren$"
    r"|Bild\s+\d+\s+von\s+\d+$|\d+\s*/\s*\d+$|Icon\s+\w+$|[a-z]+(?:_[a-z]+)+$"
    r"|(?:Skip to (?:main )?content|Toggle navigation|Open menu|Close)$"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:de|com|info|net|org|eu|sachsen)$"
    r"|\(?(?:pm|red\.?|dpa|epd|ddp|afp|kna|lsn|dapd)\)?\.?$"
    r"|(?:Wetter\b\W*)?-?\d+\s*°\s*C?(?:\s+[\w-]+){0,3}$"
    r"|(?-i:(?:[A-ZÄÖÜ0-9][\w.&-]*\s+){1,6}(?:Logo|Signet))\s*$"
    r"|[«‹<←\s]*zurück\s+(?:zur|zum)\s+(?:\w+[-‐]?)?(?:Übersicht|Liste|Startseite|Archiv|Seite)\w*\s*$"
    r"|Jetzt\b.{0,50}\b(?:sichern|testen|abonnieren|bestellen|registrieren|herunterladen|lesen)\b\W*$",
    re.IGNORECASE,
)
MAX_WIDGET_CHARS = 80

#: A line with this text, and everything after it, is the page footer.
FOOTER_LINES = ("zurück zum seitenanfang", "nach oben", "zum seitenanfang")
#: A line opening the readers' comments, and everything after it, is page footer too.
COMMENTS_OPENER = re.compile(
    r"^(?:keine kommentare(?: bisher)?|schreiben sie einen kom\w*|(?:einen )?kommentar (?:schreiben|verfassen|abgeben)"
    r"|kommentieren sie (?:den|diesen) (?:artikel|beitrag)|\d+\s*kommentare?|kommentare \(\d+\))\W*$",
    re.IGNORECASE,
)

#: A read-more link that closes a teaser of another page ("Weiterlesen", "Alle Termine",
#: "Weiterlesen Alle Verkehrsinfos"): the whole line, a few words.
READ_MORE_LINK = re.compile(
    r"^(?:Weiterlesen|Mehr lesen|Mehr erfahren|Zum (?:Artikel|Beitrag)|Alle [A-ZÄÖÜ][\w-]+)"
    r"(?:\s+(?:Alle|Mehr) [A-ZÄÖÜ][\w-]+)?\s*[»›>…]*$",
    re.IGNORECASE,
)
#: A sentence that sends the reader to another page: its paragraph is a teaser.
READER_CALL = re.compile(r"\bHier (?:finden|lesen|erfahren|sehen) Sie\b|\bHier geht(?:'s|’s| es) zu[mr]?\b")
#: The heading of a list of other articles ("Weitere Nachrichten aus der Region", "Mehr aus
#: Musterau", "Das könnte Sie auch interessieren"): the headlines below it are other news.
TEASER_LIST_HEADING = re.compile(
    r"^(?:(?:Weitere|Mehr|Ähnliche|Verwandte|Andere)\s+(?:Nachrichten|Artikel|Meldungen|Beiträge|Themen|News)\b.{0,40}"
    r"|Mehr (?:aus|zum|zu|von)\s+\S.{0,40}|Das könnte Sie (?:auch )?interessieren|(?:Lesen Sie|Auch) (?:auch|interessant)"
    r"|Meistgelesen|Top-?Themen"
    # a calendar of events: its dates are the events', never the article's
    r"|(?:(?:Nächste|Aktuelle|Kommende|Weitere)\s+)?(?:Termine|Veranstaltungen)|Veranstaltungs-?kalender|Terminkalender)\s*:?$",
    re.IGNORECASE,
)
#: An entry of a press-release archive listing: "[031/2014 - 17.03.2014] Headline".
LISTING_ENTRY = re.compile(r"^\s*\[\d{1,4}/\d{2,4}\s*[-–]\s*\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\]")
#: A menu written in one line, its items parted by bars or dots ("Sport | Kultur | Abo",
#: "Ortsteile: Musterau · Kleinhausen"), a breadcrumb parted by arrows ("Start > Presse > 2019"),
#: or a page head whose items a scraper parted by runs of spaces ("LVZ   Region   Muldental"): at least this many items of at most
#: MAX_MENU_ITEM_WORDS words each (one fewer where all its words are capitalised names).
MENU_SEPARATOR = re.compile(r"\s+[|·•>›]\s+")
#: A run of spaces parting a page head's items: a menu only where every item is a capitalised
#: word or two with no digit (a print header's "Nr. 9   29. September 2022" carries its date).
SPACED_MENU_SEPARATOR = re.compile(r"[ \t]{3,}")
SPACED_MENU_ITEM = re.compile(r"[A-ZÄÖÜ][^\W\d]*(?: [A-ZÄÖÜ][^\W\d]*)?")
MIN_INLINE_MENU_ITEMS = 3
#: A teaser block: at most this many lines before its read-more link, each paragraph at most
#: this many words; a kicker above a headline (a teaser's, or the article's ending in a colon) has
#: at most this many words.
MAX_TEASER_LINES = 4
MAX_TEASER_WORDS = 60
MAX_KICKER_WORDS = 3
#: A teaser's headline has at most this many words.
MAX_TEASER_HEADLINE_WORDS = 15

#: Photo credit markers; the name or body after them is the credit (also in a caption's tail:
#: "Matthias Böhme, Leiter Referat 33 © Institut B3").
CREDIT_MARKER = re.compile(
    r"(?:^|(?<=[\s(]))(?:©|\(c\)|(?:\w*fotos?|Bild(?:er)?|Bildrechte|Bildquelle|Fotograf(?:in)?|Grafik|Repro)\s*:)"
    r"\s*(?:Quelle:\s*)?",
    re.IGNORECASE,
)

#: What a caption lists after "Foto:" instead of a credit: the people in the picture ("Foto: v. l. n. r.
#: Anna Probe, Max Muster", "Foto: von links Eva Muster und Paul Beispiel").
CAPTION_ORDER = re.compile(r"\s*(?:v\.\s*l\.|von\s+links\b|\(v\.\s*l\.)", re.IGNORECASE)

#: A byline: "Von Sabine Larbig", "von Tageblatt-Redaktion", or a label naming who wrote the
#: text or held the interview ("Text: Eva Probe", "Interview: Max Muster").
BYLINE = re.compile(
    r"^\s*(?:[Vv]on|(?:Text|Interview|Autor|Autorin)\s*:)\s+(?P<who>[A-ZÄÖÜ][\w.\-&, ]{2,80}?)\s*$"
)
#: Most words of a byline line ("Von Sebastian Beutler & Marc Hörcher").
MAX_BYLINE_WORDS = 8

#: Labels that state a release date anywhere in the text (regex fragments, before the date):
#: "Pressemitteilung vom 12. Februar 2020", "Medieninformation 77/2016 - 11.08.2016",
#: "Erschienen am", "Erstveröffentlicht:", "[031/2014 - 17.03.2014]", "Stand:" opening a line.
RELEASE_LABELS = (
    r"(?:Presse)?[Mm]itteilung(?:\s+(?:Nr\.\s*)?\d{1,4}(?:/\d{2,4})?)?\s+vom",
    # a release line naming its sender: "Pressemitteilung der Stadt Musterau vom 12. März 2021"
    # (a line may be indented, as a page's content block often is)
    r"^[ \t]*(?:Presse)?[Mm]itteilung\s+(?:der|des)\s+(?:[A-ZÄÖÜ][\w.-]*\s+){1,4}vom",
    r"[Pp]ressemeldung(?:\s+(?:Nr\.\s*)?\d{1,4}(?:/\d{2,4})?)?\s+vom",
    r"Medieninformation(?:\s+(?:Nr\.\s*)?\d{1,4}(?:/\d{2,4})?)?\s*(?:vom|[-–])",
    r"[Vv]eröffentlicht\s+am:?",
    r"[Vv]eröffentlicht:",
    r"[Vv]eröffentlichung:?",
    r"(?:[Vv]eröffentlichungs|[Ee]rscheinungs|[Pp]ublikations)datum:?",
    r"Datum der Veröffentlichung:?",
    r"(?:Presseinformation|Medienmitteilung|PM)(?:\s+(?:Nr\.\s*)?\d{1,4}(?:/\d{2,4})?)?\s+vom",
    r"[Ee]rschienen\s+am:?",
    r"[Ee]rstveröffentlich(?:t|ung)(?:\s+am)?:?",
    r"[Ee]rstellt(?:\s+am)?:",
    r"[Ee]rstellt\s+am",
    # a blog's or a portal's post: "Geschrieben am", "Verfasst am", "Gepostet am"
    r"^[ \t]*(?:[Gg]eschrieben|[Vv]erfasst|[Gg]epostet)\s+am:?",
    r"^[ \t]*Datum der (?:Meldung|Mitteilung|Pressemitteilung|Nachricht):?",
    r"[Ee]ingestellt\s+am:?",
    r"[Pp]ubliziert(?:\s+am)?:?",
    r"[Oo]nline\s+seit:?",
    r"^[ \t]*Datum:",
    r"^[ \t]*Stand:",
    r"\[\d{1,4}/\d{2,4}\s*[-–]",
    # A page's own meta line ("Artikel vom 25.01.2024 · Foto: …"); inside a sentence the same
    # words refer to another article ("wie im Artikel vom 12.03.2019 berichtet").
    r"^[ \t]*(?:Artikel|Beitrag|Bericht|Meldung|Nachricht)\s+vom",
    # the issue of a gazette or a newsletter the article stands in: "Ausgabe 3/2019 vom 04.03.2019",
    # "Amtsblatt Nr. 5 vom 04.03.2019"
    r"^[ \t]*(?:Artikel\s+aus\s+der\s+)?(?:Ausgabe|(?:Amts|Mitteilungs|Gemeinde|Stadt)blatt|Newsletter)"
    r"(?:\s+(?:Nr\.\s*)?\d{1,4}(?:/\d{2,4})?)?\s+vom",
    r"^[ \t]*Ausgabe:",
    # where a newspaper printed it: "Erschienen in: Musterauer Zeitung, 04.03.2019", "Quelle:
    # Musterauer Zeitung vom 04.03.2019"
    r"^[ \t]*(?:(?:[Ee]rschienen|[Vv]eröffentlicht)\s+in:?|Quelle:)\s+[^\n,]{2,60}?(?:,|\s+vom|\s+am)",
)

#: Separators of a breadcrumb or meta line ("Gemeinde Musterau · Aktuelles · 04.11.2021",
#: "Startseite > Presse > 12.03.2019").
CRUMB_SEPARATOR = re.compile(r"\s+[|·•>›»/]\s+")
#: A breadcrumb trail, debris however long its last item (the headline of the page it leads
#: to): a label opening it ("Sie sind hier: Start > Presse"), a home item first ("Startseite /
#: Aktuelles / Meldungen"), or items parted by arrows ("Rathaus » Aktuelles » Headline").
BREADCRUMB_LABEL = re.compile(
    r"^\s*(?:Sie sind hier|Sie befinden sich (?:hier|auf)|Navigationspfad|Brotkrümel(?:navigation)?)\s*:",
    re.IGNORECASE,
)
BREADCRUMB_HOME = frozenset({"startseite", "home", "start", "hauptseite", "homepage"})
BREADCRUMB_ARROW = re.compile(r"\s+[>›»]\s+")
MIN_BREADCRUMB_ITEMS = 3
#: Most words of one item before the date of a breadcrumb.
MAX_CRUMB_ITEM_WORDS = 4
#: A page number closing a print header ("... · 3. Mai 2022   Seite 3", "S. 12").
PAGE_NUMBER = re.compile(r"\s+(?:Seite|S\.)\s*\d{1,3}$")

#: Words that may stand beside the date on a date line ("Stand: 17.10.2019, 10:41 Uhr").
DATE_LINE_LABELS = (
    "Pressemitteilung",
    "Pressemeldung",
    "Medieninformation",
    "Mitteilung",
    "Meldung",
    "Stand",
    "Datum",
    "Erschienen",
    "veröffentlicht",
    "Erstveröffentlicht",
    "Erstveröffentlichung",
    "erstellt",
    "Presseinformation",
    "Medienmitteilung",
    "PM",
    "aktualisiert",
    "zuletzt",
    "eingestellt",
    "publiziert",
    "geschrieben",
    "verfasst",
    "gepostet",
)

#: The first word of the sender named beside a release date ("04.03.2019, Pressestelle der Stadt
#: Musterau", "Landratsamt Musterkreis, 04.03.2019"): an office, never an event ("Sitzung des Rates").
SENDER_HEADS = (
    *("Pressestelle", "Presseamt", "Pressesprecher", "Pressesprecherin", "Redaktion"),
    *("Stadt", "Gemeinde", "Landeshauptstadt", "Kreisstadt", "Große", "Landkreis", "Landratsamt"),
    *(
        "Stadtverwaltung",
        "Gemeindeverwaltung",
        "Kreisverwaltung",
        "Rathaus",
        "Bürgermeister",
        "Oberbürgermeister",
    ),
    *("Polizei", "Polizeidirektion", "Polizeirevier", "Staatsministerium", "Ministerium", "Staatskanzlei"),
    *("Landespräventionsrat", "Geschäftsstelle"),
)

#: Labels of a page's update date: where the page states its release date too, that one wins
#: ("Aktualisiert: 14.03.2021" above "Veröffentlicht: 12.03.2021").
UPDATE_LABELS = ("aktualisiert", "zuletzt", "geändert", "update")

#: Share and print widgets standing beside a page's date (regex fragments, matched ignoring case).
SHARE_WIDGETS = (
    r"(?:Artikel\s+|Seite\s+)?(?:teilen|drucken|merken|vorlesen|versenden)",
    r"Facebook|Twitter|WhatsApp|E-Mail|LinkedIn|Instagram|Xing|Telegram|Mastodon",
)

#: Short marks of who wrote a newspaper item, in brackets after its dateline ("Musterau, 12.03.2021
#: (pm) Die Stadt ..."): press release, editorial staff, agencies.
AGENCY_MARKS = (
    "pm",
    "PM",
    "red",
    "Red.",
    "dpa",
    "epd",
    "ddp",
    "lsn",
    "sz",
    "lvz",
    "fp",
    "DNN",
    "ots",
    "afp",
    "kna",
)

#: A line with one of these is a news ticker: its dates are other news.
TICKER_MARKERS = ("+++", "++ ")

#: A navigation menu: at least this many bulleted lines in a row, each of a few words.
MENU_BULLETS = frozenset("•·▪►‣◦")
MIN_MENU_ITEMS = 3
MAX_MENU_ITEM_WORDS = 4

#: Words that never end a heading, a caption or a list item, because a noun phrase or a clause
#: must follow them: articles, prepositions fused with an article, coordinating conjunctions. A
#: line ending in one goes on in the line below, however short it is ("Die Gäste trafen sich im\n
#: Haus am Markt"). Separable particles ("bei", "zu", "mit") are not among them: a headline ends
#: in one ("Musterstadt tritt Allianz bei").
LINE_BINDING_WORDS = (
    *("der", "die", "das", "dem", "den", "des"),
    *("ein", "eine", "einem", "einen", "einer", "eines"),
    *("im", "am", "zum", "zur", "vom", "beim", "ins"),
    *("und", "oder", "sowie"),
)
