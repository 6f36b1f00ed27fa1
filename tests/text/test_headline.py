"""Tests of the headline choice on made-up pages of official, municipal and newspaper sites:
the page furniture above a headline (mastheads, breadcrumbs, consent banners, logos, labels,
accessibility and print widgets, back links, advertisements) is never the title, and a page
with furniture but no headline has none."""

from __future__ import annotations

import pytest

from pipeline.text.layout import parse_layout

PARAGRAPH = (
    "Die Gemeinde und das Polizeirevier wollen künftig enger zusammenarbeiten, um das Sicherheitsgefühl "
    "der Einwohner zu stärken. Beide Seiten unterzeichneten dazu eine Vereinbarung."
)
HEADLINE = "Kleinhausen schließt sich dem Präventionsnetzwerk an"


@pytest.mark.parametrize(
    "top",
    [
        # mastheads: the site's and the section's names above the headline
        pytest.param(
            "Ministerium für Sicherheit\nPressemitteilungen\n\nPressemitteilung 12/2022 vom 03.05.2022\n",
            id="ministry",
        ),
        pytest.param("Gemeinde Kleinhausen\nBürgerservice & Rathaus\nAktuelles\n", id="municipality"),
        pytest.param("Tageblatt\nLokales\n", id="newspaper-section"),
        pytest.param("Kreiszeitung\nAbo\nKleinhausen\n", id="newspaper-abo"),
        pytest.param("Landkreis Musterau\nPresse\n\n", id="district-press"),
        # breadcrumbs, also ending in the headline itself
        pytest.param(f"Startseite » Rathaus » Aktuelles » {HEADLINE}\n\n", id="crumb-with-headline"),
        pytest.param("Sie sind hier: Start > Presse > Mitteilungen\n", id="crumb-labelled"),
        pytest.param("Home / Aktuelles / Meldungen\n", id="crumb-slashes"),
        pytest.param("Rathaus › Presse › Archiv 2022\n", id="crumb-arrows"),
        # consent banners, logos, labels, widgets, back links, ads
        pytest.param(
            "Wir verwenden Cookies, um die Seite zu verbessern.\nAlle akzeptieren\nEinstellungen\n",
            id="cookies",
        ),
        pytest.param(
            "Diese Seite nutzt Tracking-Technologien von Drittanbietern.\nZustimmen\nAblehnen\n",
            id="tracking",
        ),
        pytest.param("Gemeinde Kleinhausen Logo\n", id="logo-after"),
        pytest.param("Pressemitteilung\n\n", id="release-label"),
        pytest.param("Medieninformation\n", id="media-label"),
        pytest.param("Schriftgröße\nKontrast\nLeichte Sprache\n", id="accessibility"),
        pytest.param("Home\nKontakt\nImpressum\n", id="menu-words"),
        pytest.param("« Zurück zur Übersicht\n", id="back-link"),
        pytest.param("zurück zur Newsübersicht\n", id="back-link-lower"),
        pytest.param("Druckversion\n", id="print"),
        pytest.param("Bild vergrößern\n", id="zoom"),
        pytest.param("Anzeige\nJetzt Probeabo sichern!\n", id="ad-call"),
        pytest.param("Rubrik: Sicherheit\n", id="section-label"),
        pytest.param("Kategorien: Pressemitteilungen, Rathaus\n", id="category-label"),
        pytest.param("Das Foto zeigt den Bürgermeister vor dem Rathaus\n", id="alt-text"),
        # widgets' actions, icons, image roles, section names, a domain name, a section label alone
        pytest.param("Artikel anhören\n", id="listen"),
        pytest.param("Audio\nArtikel vorlesen lassen\n", id="read-aloud"),
        pytest.param("Zur Merkliste hinzufügen\n", id="bookmark"),
        pytest.param("Suche öffnen\nMenü schließen\n", id="open-close"),
        pytest.param("Zum Hauptmenü\n", id="skip-to-menu"),
        pytest.param("Skip to content\n", id="skip-english"),
        pytest.param("Bild 2 von 7\n", id="gallery-count"),
        pytest.param("3/7\n", id="gallery-fraction"),
        pytest.param("Icon Kalender\n", id="icon"),
        pytest.param("chevron_left_rounded\n", id="icon-name"),
        pytest.param("Newsletter abonnieren\n", id="newsletter"),
        pytest.param("Symbolfoto\n", id="stock-photo"),
        pytest.param("Lokales\n", id="section"),
        pytest.param("Kleinhausen-aktuell.de\n", id="domain"),
        pytest.param("Landkreis Musterau – Pressemitteilungen\n", id="section-label-alone"),
        pytest.param("Pressemitteilung der Gemeinde Kleinhausen\n", id="release-sender-alone"),
        pytest.param("Nachrichten aus Kleinhausen\n", id="news-from"),
        pytest.param("Musterland-Portal\n\n", id="news-site-name"),
        pytest.param("KREIS-NACHRICHTEN\n\n", id="news-site-capitals"),
        pytest.param("Kleinhausen\n", id="town-on-top"),
        pytest.param("Sicherheit\n", id="kicker-on-top"),
        pytest.param("Kriminalprävention:\n", id="kicker-with-colon"),
        pytest.param("Neu im Netzwerk:\n", id="kicker-of-three-words"),
        pytest.param("Gemeinde Kleinhausen\n", id="site-owner"),
        pytest.param("Verwaltungsgemeinschaft Musterau\n\n", id="site-owner-union"),
    ],
)
def test_furniture_above_the_headline_is_never_the_title(top: str) -> None:
    assert parse_layout(f"{top}{HEADLINE}\n\n{PARAGRAPH}\n").title == HEADLINE


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # one name line over the release date line, the headline below it
        pytest.param(
            f"Ministerium für Sicherheit\n\nPressemitteilung vom 3. Mai 2022\n\n{HEADLINE}\n\n{PARAGRAPH}\n",
            HEADLINE,
            id="ministry-over-release-line",
        ),
        pytest.param(
            f"Gemeinde Kleinhausen\n» Startseite » Aktuelles\nWetter: 4 °C bewölkt\n\n03.05.2022\n\n{HEADLINE}\n\n{PARAGRAPH}\n",
            HEADLINE,
            id="municipality-crumb-weather",
        ),
        pytest.param(
            f"Portal Musterland\nErstveröffentlichung: 03.05.2022 | Letzte Änderung: 04.05.2022\n\nRat tagt in Kleinhausen\n\n{PARAGRAPH}\n",
            "Rat tagt in Kleinhausen",
            id="as-long-as-the-name",
        ),
        # a release archive's entry: the stamp is no part of the headline
        pytest.param(
            f"Landkreis Musterau\n\n[118/2022 - 05.12.2022] {HEADLINE}\n\n{PARAGRAPH}\n",
            HEADLINE,
            id="listing-entry",
        ),
        # negatives: a headline over its date line keeps the title; so does a short one over a sentence
        pytest.param(
            f"Neuer Präventionsrat\n\n03.05.2022\n\n{PARAGRAPH}\n",
            "Neuer Präventionsrat",
            id="headline-over-date-line",
        ),
        pytest.param(
            "Landespräventionstag\n03.05.2022\nText.\n",
            "Landespräventionstag",
            id="headline-over-short-text",
        ),
    ],
)
def test_a_masthead_over_the_release_date_line(page: str, title: str) -> None:
    assert parse_layout(page).title == title


@pytest.mark.parametrize(
    "top",
    [
        pytest.param("Pressemitteilung\n\n", id="release-label"),
        pytest.param("„Wir sind bereit“, sagt die Bürgermeisterin.\n\n", id="quote-with-speaker"),
        pytest.param('"Das reicht nicht", erklärt der Revierleiter.\n\n', id="quote-with-speaker-straight"),
        pytest.param("Wir verwenden Cookies.\nAlle akzeptieren\n", id="cookies"),
        pytest.param("Logo der Gemeinde Kleinhausen\n", id="logo"),
        pytest.param("Startseite\nAktuelles\nKontakt\n", id="menu"),
        pytest.param("Startseite » Rathaus » Aktuelles\n", id="crumb"),
        pytest.param("IMG_2034.jpg\n", id="image-file"),
        pytest.param("Anzeige\n\n", id="ad"),
        pytest.param("Gemeinde Kleinhausen\n\n", id="site-owner"),
        pytest.param("Große Kreisstadt Musterau\n\n", id="site-owner-type"),
        pytest.param("Landkreis Musterau\nPressestelle\n\n", id="owner-and-office"),
        pytest.param("Stadt Musterau\nDer Oberbürgermeister\n\n", id="owner-and-sender"),
        pytest.param("(pm)\n\n", id="agency-mark"),
        pytest.param("Kleinhausen.\n\n", id="dateline-alone"),
        pytest.param("Kleinhausen (dpa).\n\n", id="dateline-with-agency"),
    ],
)
def test_a_page_with_furniture_but_no_headline_has_no_title(top: str) -> None:
    assert parse_layout(f"{top}{PARAGRAPH}\n").title is None


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(f"Title: {HEADLINE}\n{PARAGRAPH}\n", HEADLINE, id="scraper-label"),
        pytest.param(f"Titel: {HEADLINE}\n{PARAGRAPH}\n", HEADLINE, id="template-label"),
        pytest.param(
            f"{HEADLINE} - Gemeinde Kleinhausen\n\n{HEADLINE}\n\n{PARAGRAPH}\n",
            HEADLINE,
            id="site-name-hyphen",
        ),
        # negatives: what looks like furniture but is the headline
        pytest.param(
            f"Neuer Rat\nStadt und Polizei ziehen an einem Strang\n{PARAGRAPH}\n",
            "Neuer Rat",
            id="short-headline-over-subtitle",
        ),
        pytest.param(
            f"Rat tagt\nPolizei berichtet\nBürger fragen nach der Sicherheit\n{PARAGRAPH}\n",
            "Rat tagt",
            id="verbs-are-no-masthead",
        ),
        pytest.param(f"Zurück zur Normalität\n{PARAGRAPH}\n", "Zurück zur Normalität", id="zurueck-headline"),
        pytest.param(
            f"Kontakt ist alles: Polizei im Gespräch\n{PARAGRAPH}\n",
            "Kontakt ist alles: Polizei im Gespräch",
            id="kontakt-headline",
        ),
        pytest.param(
            f"Das Bild der Stadt ändert sich\n{PARAGRAPH}\n",
            "Das Bild der Stadt ändert sich",
            id="bild-headline",
        ),
        pytest.param(
            f"Stadt Musterau tritt bei\n{PARAGRAPH}\n", "Stadt Musterau tritt bei", id="owner-with-verb"
        ),
        pytest.param(
            f"Landespräventionstag\n\nSachsen bleibt sicher und setzt auf Vorbeugung\n\n{PARAGRAPH}\n",
            "Landespräventionstag",
            id="one-word-headline-over-subtitle-apart",
        ),
        pytest.param(f"Prävention\n{PARAGRAPH}\n", "Prävention", id="one-word-headline-over-paragraph"),
        pytest.param(f"„Wir sind bereit“\n{PARAGRAPH}\n", "„Wir sind bereit“", id="quote-headline"),
        pytest.param(
            f"„Prävention ist Chefsache“, sagt die Bürgermeisterin\n{PARAGRAPH}\n",
            "„Prävention ist Chefsache“, sagt die Bürgermeisterin",
            id="quote-headline-with-speaker-no-stop",
        ),
        pytest.param(
            f"Kriminalprävention:\n\nKleinhausen zieht Bilanz\n\n{PARAGRAPH}\n",
            "Kriminalprävention:",
            id="colon-headline-set-apart",
        ),
        pytest.param(
            f"Kleinhausen: Rat tagt.\n{PARAGRAPH}\n", "Kleinhausen: Rat tagt.", id="headline-with-full-stop"
        ),
        pytest.param(
            f"Merken Sie sich den Termin\n{PARAGRAPH}\n", "Merken Sie sich den Termin", id="merken-headline"
        ),
        pytest.param(
            f"Neue Nachrichten aus dem Rathaus: Rat tagt\n{PARAGRAPH}\n",
            "Neue Nachrichten aus dem Rathaus: Rat tagt",
            id="news-headline",
        ),
        pytest.param(
            f"Zittau / Görlitz / Bautzen: Netzwerk wächst\n{PARAGRAPH}\n",
            "Zittau / Görlitz / Bautzen: Netzwerk wächst",
            id="slashes-headline",
        ),
        pytest.param(
            f"Prävention\n\nPrävention\n(© Landkreis Musterau)\n\n{PARAGRAPH}\n",
            "Prävention",
            id="headline-and-alt-text",
        ),
    ],
)
def test_the_headline_without_its_label_and_not_taken_for_furniture(page: str, title: str) -> None:
    assert parse_layout(page).title == title
