"""Tests of places named by the structure of the text though no list may know them: datelines of
news items and a town's genitive before its office (made-up sentences)."""

from __future__ import annotations

import pytest

from tests.conftest import Analyse
from tests.extract.test_places import places


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # datelines: names before an agency's mark, in brackets or bare, also joined by slashes
        ("Wolfhagen (dpa) - Die Stadt plant einen neuen Bahnhof.", ["Wolfhagen"]),
        ("Kassel/Oberwaldbach (ots) - Die Polizei sucht Zeugen.", ["Kassel", "Oberwaldbach"]),
        ("Oberwaldbach (AFP) Die Feuerwehr rückte aus.", ["Oberwaldbach"]),
        # a later unknown name the NER does not tag a place qualifies the one before: a river
        ("Berlin/Mülheim/Ruhr (dpa) Die Polizei ermittelt.", ["Berlin", "Mülheim"]),
        # a town in capitals before the text
        ("BOCHUM Dass er nicht gewählt wurde, nimmt der Regisseur gelassen.", ["Bochum"]),
        ("KASSEL Die Stadt plant einen neuen Bahnhof.", ["Kassel"]),
        # no mark, or a word in capitals no list knows: no dateline
        ("Prävention (PDF) - Die Stadt plant einen Fachtag.", []),
        ("PRESSEMITTEILUNG Die Stadt plant einen Fachtag.", []),
        ("Oberwaldbach - Die Feuerwehr rückte aus.", []),
        ("Viele Gäste (etwa 40) kamen zum Fest.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_datelines(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a town's genitive before its office: a town, though no list knows it
        ("Oberwaldbachs Bürgermeister hob das Miteinander hervor.", ["Oberwaldbach"]),
        ("Zum Schluss dankte Kleinhausens Ortsvorsteherin allen Helfern.", ["Kleinhausen"]),
        # a known town keeps its entry
        ("Kassels Oberbürgermeister eröffnete das Fest.", ["Kassel"]),
        # a given name's genitive, an article before it, another noun after it: no town
        ("Peters Bürgermeister war nicht gemeint.", []),
        ("Die Rede des Kreises Bürgermeister blieb aus.", []),
        ("Oberwaldbachs Gärten blühen im Mai.", []),
    ],
    ids=lambda v: v[:40] if isinstance(v, str) else "",
)
def test_a_towns_genitive_before_its_office(analyse: Analyse, sentence: str, expected: list[str]) -> None:
    assert [r.name for r in places(analyse, sentence)] == expected
