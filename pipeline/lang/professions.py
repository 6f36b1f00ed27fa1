"""Endings of profession nouns ("Schulsozialarbeiterin", "Kinderärztin", "Rechtsanwalt"): roles by
word formation, like the agent nouns of :mod:`.roles` (no title before a bare family name)."""

from __future__ import annotations

#: Masculine and feminine endings, lower case.
PROFESSION_SUFFIXES = (
    "arbeiter",
    "arbeiterin",
    "polizist",
    "polizistin",
    "lehrer",
    "lehrerin",
    "erzieher",
    "erzieherin",
    "arzt",
    "ärztin",
    "seelsorger",
    "seelsorgerin",
    "pfleger",
    "pflegerin",
    "anwalt",
    "anwältin",
    "jurist",
    "juristin",
    "therapeut",
    "therapeutin",
    "dozent",
    "dozentin",
    "professor",
    "professorin",
    "kandidat",
    "kandidatin",
    "kämmerer",
    "kämmerin",
    "stellvertreter",
    "stellvertreterin",
    "anwärter",
    "anwärterin",
    # planners of a public service ("Jugendhilfeplanerin", "Verkehrsplaner")
    "planer",
    "planerin",
    # ranks and commands of police and fire services abroad and at home ("Inspektor",
    # "Kommandant der Kreispolizei", "Ortswehrkommandantin")
    "inspektor",
    "inspektorin",
    "kommandant",
    "kommandantin",
)
