"""Tests of the groups of municipalities that join as one: their names and their municipalities."""

from __future__ import annotations

from pipeline.extract.joining_groups import find_groups, group_members
from pipeline.nlp.gazetteer import load_gazetteer

GAZ = load_gazetteer()
FORMS = {name: GAZ.places[name] for name in ("Zittau", "Lößnitz", "Schneeberg")}


def test_groups_are_named_without_line_end_hyphens() -> None:
    text = "Der Städtebund Silber-berg und die Verwaltungsgemeinschaft Olbersdorf"
    assert [g.name for g in find_groups(text, 0, len(text))] == [
        "Städtebund Silberberg",
        "Verwaltungsgemeinschaft Olbersdorf",
    ]


def test_group_members_from_every_sentence() -> None:
    text = "Der Städtebund Silberberg trat bei. Zum Städtebund gehören Lößnitz und Schneeberg. Treffen in Zittau."
    sentences = [(0, 35), (36, 82), (83, len(text))]
    members = group_members(text, sentences, FORMS, find_groups(text, 0, len(text)), GAZ)
    assert [e.name for e in members["Städtebund Silberberg"]] == ["Lößnitz", "Schneeberg"]


def test_group_names_of_two_words_and_made_of_municipalities() -> None:
    text = "Der Städtebund Oberes Erzgebirge und die Verwaltungsgemeinschaft Dohna-Müglitztal traten bei."
    groups = find_groups(text, 0, len(text))
    assert [g.name for g in groups] == [
        "Städtebund Oberes Erzgebirge",
        "Verwaltungsgemeinschaft Dohna-Müglitztal",
    ]
    members = group_members(text, [(0, len(text))], {}, groups, GAZ)
    assert [e.name for e in members["Verwaltungsgemeinschaft Dohna-Müglitztal"]] == ["Dohna", "Müglitztal"]
    single = find_groups("Die Verwaltungsgemeinschaft Bertsdorf-Hörnitz trat bei.", 0, 55)
    assert group_members("", [], {}, single, GAZ) == {"Verwaltungsgemeinschaft Bertsdorf-Hörnitz": []}
