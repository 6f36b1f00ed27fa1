"""Words that tell who joins the ASSKomm network in a joining sentence (rule data).

:mod:`pipeline.extract.joining_members` and :mod:`pipeline.extract.joinings` use them to find the
member: one municipality or many, a group of municipalities, the article's own town referred to
without its name, the town's offices, and where a town is only the scene. The words that make a
sentence a joining live in :mod:`pipeline.lang.joinings`.
"""

from __future__ import annotations

from types import MappingProxyType

#: A count or quantifier before a plural municipality noun: the sentence speaks of many
#: municipalities ("20 von über 400 Kommunen", "zahlreiche Gemeinden", "Je mehr Städte").
PLURAL_SUBJECT = (
    r"(?:\d[\d.]*|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zahlreiche\w*|viele\w*|"
    r"mehrere\w*|weitere\w*|alle\w*|mehr|beide\w*|einige\w*|andere\w*)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:Kommunen|Städte|Städten|Gemeinden|Mitglieder|Mitgliedskommunen|Mitglieds-Kommunen)\b"
)

#: Subjects that speak of any member, not of one ("Je mehr Städte beitreten", "Jede Kommune, die
#: ...", "Kommunen, die die Vereinbarung unterzeichnet haben").
GENERIC_SUBJECTS = (
    r"[Jj]e\s+mehr",
    r"jede[nmrs]?",
    r"(?:Kommunen|Städte|Gemeinden|Mitgliedskommunen|ASSKomm-Kommunen)\s*,\s*die",
)

#: Words by which a joining sentence speaks of the article's own town without naming it ("die
#: Stadt", "Sie", "der Oberbürgermeister", "die Parthestadt"). Matched with case.
BACK_REFERENCES = (
    r"Stadt",
    r"Gemeinde",
    r"Kommune",
    r"[A-ZÄÖÜ][a-zäöüß]+stadt",
    r"Sie",
    r"OB",
    r"OBM",
    r"(?:Ober)?[Bb]ürgermeister(?:in)?",
    r"Rathauschef(?:in)?",
    r"Stadtspitze",
    r"Rathaus\w*",
    r"Ratssaal\w*",
    r"hier",
    r"vor\s+Ort",
    r"[Ww]ir",  # the town's mayor speaking: "„Wir sind seit 2020 Mitglied der Allianz“"
)

#: Groups of municipalities that join as one (matched with case): "Städtebund Silberberg",
#: "Verwaltungsgemeinschaft Olbersdorf", "Verwaltungsverband Wildenfels".
GROUP_WORDS = MappingProxyType(
    {
        "VG": "VG",
        "Städteverbund": "Städteverbund",
        "Städteverbundes": "Städteverbund",
        "Gemeindeverwaltungsverband": "Gemeindeverwaltungsverband",
        "Gemeindeverwaltungsverbandes": "Gemeindeverwaltungsverband",
        "Städtebund": "Städtebund",
        "Städtebundes": "Städtebund",
        "Städtebunds": "Städtebund",
        "Verwaltungsgemeinschaft": "Verwaltungsgemeinschaft",
        "Verwaltungsverband": "Verwaltungsverband",
        "Verwaltungsverbandes": "Verwaltungsverband",
        "Verwaltungsverbands": "Verwaltungsverband",
    }
)

#: Words a municipality's adjective or genitive stands before when it names the municipality
#: itself ("die Zwickauer Oberbürgermeisterin", "Rothenburgs Bürgermeister"); "Görlitzer
#: Polizei" names the police. Matched with case.
OFFICE_WORDS = frozenset(
    {
        "Bürgermeister",
        "Bürgermeisterin",
        "Oberbürgermeister",
        "Oberbürgermeisterin",
        "OB",
        "OBM",
        "Stadtverwaltung",
        "Gemeindeverwaltung",
        "Stadtrat",
        "Gemeinderat",
        "Stadtoberhaupt",
        "Gemeindeoberhaupt",
        "Stadtspitze",
        "Rathauschef",
        "Rathauschefin",
        "Stadtchef",
        "Stadtchefin",
    }
)

#: Words that say a sentence is about one day or moment of the article's own town ("Am
#: Montag wurde die Vereinbarung unterzeichnet", "Heute unterzeichneten ..."). Matched with case.
MOMENT_WORDS = (
    r"[Aa]m\s+\d",
    r"[Aa]m\s+[A-Z]\w+tag\b",
    r"[Aa]m\s+Mittwoch",
    r"[Hh]eute",
    r"[Gg]estern",
    r"[Nn]un",
    r"[Jj]etzt",
)

#: Words by which a sentence reports a joining before the article's one ("Zuvor hatten sich
#: bereits Glauchau und Meerane angeschlossen"): it takes no date of the article's event.
EARLIER_WORDS = (r"bereits", r"schon", r"zuvor", r"vorher", r"seit", r"damals", r"ebenfalls\s+schon")

#: Words after "nach A und B" that make A and B members before the one the sentence reports
#: ("Nach Grimma und Wurzen hat sich nun auch Brandis angeschlossen", "ist nach Bautzen die
#: zweite Kommune im Landkreis").
FOLLOWER_WORDS = (
    r"auch",
    r"ebenfalls",
    r"(?:zweite|dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|\d+\.)[nrs]?\s+"
    r"(?:Kommune|Stadt|Gemeinde|Mitglied|Mitgliedskommune)",
)

#: Prepositions after which a municipality is where something happens, not who joins ("in
#: Görlitz", "im Rathaus", "nach Weißwasser und Bad Muskau"). Matched lower case.
LOCATIVE_WORDS = frozenset({"in", "im", "ins", "nach", "bei", "um", "vor", "über"})
#: Type words that may stand between a locative word and the name ("in der Stadt Zittau").
ARTICLE_WORDS = frozenset({"der", "die", "den", "dem", "des"})
