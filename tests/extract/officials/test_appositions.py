"""Tests of full names in commas after a role phrase ("Der Präsident des Verbandes, Kofi Mensah,")."""

from __future__ import annotations

import pytest

from pipeline.extract.officials.appositions import apposition_spans
from pipeline.nlp.gazetteer import load_gazetteer
from pipeline.text.docview import doc_view
from tests.conftest import RELEASE_HEAD, Analyse, release_roles


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # a given name the gazetteer lacks: the apposition after the title shows the name
        (
            "Der Vorsitzende des Kleingartenverbandes, Kofi Mensah, dankte den Helfern.",
            {"Kofi Mensah": ("Vorsitzender des Kleingartenverbandes",)},
        ),
        (
            "Die neue Präsidentin der Handwerkskammer, Zeynep Aydoğan, eröffnete die Messe.",
            {"Zeynep Aydoğan": ("Präsidentin der Handwerkskammer",)},
        ),
        (
            "Staatssekretär im Ministerium für Umwelt und Landwirtschaft, Radomir Kovač, kam zum Termin.",
            {"Radomir Kovač": ("Staatssekretär im Ministerium für Umwelt und Landwirtschaft",)},
        ),
    ],
)
def test_a_name_in_commas_after_a_role_phrase(
    analyse: Analyse, body: str, expected: dict[str, tuple[str, ...]]
) -> None:
    assert release_roles(analyse, body) == expected


@pytest.mark.parametrize(
    "body",
    [
        # no role before the commas: a list of places, of bodies
        "Die Städte Riesa, Bad Düben, und Torgau machen mit.",
        "Gelobt wurden die Vereine, Feuerwehr Ortsgruppe, und die Kirchgemeinde.",
        # a clause, not a title's complement, before the commas
        "Der Vorsitzende lobte die Vereine, Kaja Pfund, und die Helfer.",
        # a capitalised word before the title: not the phrase's head
        "Im Landkreis Meißen Präsident, Kaja Pfund, stand nichts.",
        # a place after the comma
        "Der Bürgermeister von Riesa, Bad Düben, sprach zuerst.",
        # no comma closes the two words
        "Der Vorsitzende des Vereins, Kofi Mensah und zwei Helfer kamen.",
    ],
)
def test_no_apposition_without_a_role_phrase(analyse: Analyse, body: str) -> None:
    doc, _ = analyse(RELEASE_HEAD + body + "\n")
    assert apposition_spans(doc_view(doc), load_gazetteer()) == []
