"""Tests of who joins: municipality mentions, mayors' town adjectives, groups, the article's own town."""

from __future__ import annotations

import pytest

from pipeline.extract.joining_members import (
    adjective_forms,
    find_mentions,
    focus_municipality,
    listed_mentions,
    office_mentions,
    short_name,
)
from pipeline.nlp.gazetteer import load_gazetteer

GAZ = load_gazetteer()
FORMS = {name: GAZ.places[name] for name in ("Zittau", "Görlitz", "Dresden", "Lößnitz", "Schneeberg")}


@pytest.mark.parametrize(
    ("name", "short"),
    [("Weißwasser/O.L.", "Weißwasser"), ("Krauschwitz i.d. O.L.", "Krauschwitz"), ("Zittau", "Zittau")],
)
def test_short_name(name: str, short: str) -> None:
    assert short_name(name) == short


@pytest.mark.parametrize(
    ("form", "town"),
    [("Zwickauer", "Zwickau"), ("Dresdner", "Dresden"), ("Dippoldiswalder", "Dippoldiswalde"),
     ("Rothenburgs", "Rothenburg/O.L."), ("Pirnaer", "Pirna"), ("Annaberger", "Annaberg-Buchholz"),
     ("Ebersbacher", "Ebersbach"), ("Görlitz’", "Görlitz"), ("Chemnitz'", "Chemnitz")],  # "Ebersbacher": the town of that name keeps it
)  # fmt: skip
def test_adjective_forms(form: str, town: str) -> None:
    assert adjective_forms(GAZ)[form].name == town


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("die Zwickauer Oberbürgermeisterin unterschrieb", ["Zwickau"]),
        ("Rothenburgs Bürgermeister unterschrieb", ["Rothenburg/O.L."]),
        ("die Görlitzer Polizei unterschrieb", []),  # names the police, not the town
        ("der Annaberger Rathauschef unterschrieb", ["Annaberg-Buchholz"]),
        ("Görlitz’ Stadtspitze unterschrieb", ["Görlitz"]),
        ("die Annaberger Polizei unterschrieb", []),
    ],
)
def test_office_mentions(text: str, expected: list[str]) -> None:
    assert [m.entry.name for m in office_mentions(text, GAZ, 0, len(text))] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Die Stadt Zittau unterschrieb.", [("Stadt Zittau", True)]),
        ("Unterschrieben wurde in Zittau.", [("Zittau", False)]),
        ("Unterschrieben wurde in der Stadt Zittau.", [("Stadt Zittau", False)]),
        ("Der Leiter der Polizeidirektion Görlitz unterschrieb.", []),  # an organisation
        ("Der Landkreis Görlitz unterschrieb.", []),  # the district
        ("Die Stadtverwaltung Zittau unterschrieb.", [("Zittau", True)]),  # the town itself
        ("Zittaus Bürgermeister und Görlitz unterschrieben.", [("Zittau", True), ("Görlitz", True)]),
    ],
)
def test_find_mentions(text: str, expected: list[tuple[str, bool]]) -> None:
    assert [(m.member, m.subject) for m in find_mentions(text, FORMS, 0, len(text))] == expected


def test_focus_is_the_title_town_else_the_most_named() -> None:
    text = "Zittau gegen Kriminalität\nIn Dresden und Görlitz, dann wieder Görlitz."
    titled, in_title = focus_municipality(text, FORMS, (0, 25), [(26, len(text))])
    assert (titled.name, in_title) == ("Zittau", True)
    named_most, in_title = focus_municipality(text, FORMS, None, [(26, len(text))])
    assert (named_most.name, in_title) == ("Görlitz", False)
    assert focus_municipality(text, {}, None, [(0, len(text))]) == (None, False)


def test_a_newspapers_place_line_weighs_more_in_the_focus() -> None:
    text = "Neues\n\nZittau. Die Stadt trat bei. In Görlitz wurde gefeiert, in Dresden auch."
    content = [(7, 14), (15, 34), (35, len(text))]
    assert focus_municipality(text, FORMS, (0, 5), content) == (GAZ.places["Zittau"], False)
    # a town the report names more often wins over the place line (it may be the newsroom's)
    more = "Neues\n\nDresden. Görlitz trat bei. In Görlitz wurde gefeiert."
    assert focus_municipality(more, FORMS, (0, 5), [(7, 15), (16, len(more))])[0].name == "Görlitz"
    # the place a release is issued from, with its date, is no place line: counted once
    issued = "Neues\n\nZittau, 22. März 2022. In Görlitz und Görlitz trat man bei."
    entry, _ = focus_municipality(issued, FORMS, (0, 5), [(7, len(issued))])
    assert entry.name == "Görlitz"


def test_listed_municipalities_come_from_the_gazetteer() -> None:
    text = "Die Bürgermeister von Lengenfeld, Treuen und Netzschkau unterschrieben."
    forms = {name: GAZ.places[name] for name in ("Lengenfeld", "Netzschkau")}
    named = find_mentions(text, forms, 0, len(text))
    found = listed_mentions(text, GAZ, named, len(text))
    assert [m.entry.name for m in found] == ["Treuen"]
    assert listed_mentions("Lengenfeld und die Treue der Bürger.", GAZ, named[:0], 36) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names of one list share their role: all after "nach", all in the scene
        ("Nach Zittau, Dresden und Görlitz trat auch X bei.", [(False, "nach")] * 3),
        ("Treffen in Zittau und Görlitz.", [(False, "in")] * 2),
        # the place line opening a report names no member; the same name in a sentence does
        ("Zittau, 19.09.2022. Die Stadt trat bei.", [(False, "")]),
        ("Zittau. Die Stadt trat bei.", [(False, "")]),
        ("Zittau, die Stadt im Dreiländereck, trat bei.", [(True, "")]),
    ],
)
def test_mention_roles(text: str, expected: list[tuple[bool, str]]) -> None:
    assert [(m.subject, m.locative) for m in find_mentions(text, FORMS, 0, len(text))] == expected
