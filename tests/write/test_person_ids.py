"""Tests of person ids across the archive: full names, middle names, family names alone."""

from __future__ import annotations

import pytest

from pipeline.records import Mention, Person, person_key
from pipeline.write.person_ids import PersonIds


def person(name: str) -> Person:
    family = name.split()[-1]
    return Person(name=name, family=family, mentions=(Mention(start=0, end=len(name), text=name),))


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Armin Schuster", "armin schuster"),
        ("Maria J. Schubert", "maria schubert"),
        ("Anja Herold-Beckmann", "anja herold-beckmann"),
        ("ARMIN SCHUSTER", "armin schuster"),
        ("Schuster", "schuster"),
        ("Hans  Peter   Tuschling", "hans tuschling"),
    ],
)
def test_person_key(name: str, key: str) -> None:
    assert person_key(name) == key


def ids(archive: list[list[str]]) -> list[list[int]]:
    person_ids = PersonIds(n for names in archive for n in names)
    return [[person_ids.id_of(person(n)) for n in names] for names in archive]


def test_same_full_name_same_id_across_articles() -> None:
    (a,), (b,) = ids([["Armin Schuster"], ["Armin Schuster"]])
    assert a == b


def test_middle_initial_is_the_same_person() -> None:
    (a,), (b,) = ids([["Maria Schubert"], ["Maria J. Schubert"]])
    assert a == b


def test_shared_family_name_different_people() -> None:
    [[armin, maria]] = ids([["Armin Schuster", "Maria Schuster"]])
    assert armin != maria


def test_family_name_alone_joins_the_only_full_name() -> None:
    (full,), (alone,) = ids([["Armin Schuster"], ["Schuster"]])
    assert full == alone


def test_family_name_alone_stays_apart_where_ambiguous() -> None:
    (armin, maria), (alone,) = ids([["Armin Schuster", "Maria Schuster"], ["Schuster"]])
    assert len({armin, maria, alone}) == 3


def test_family_name_alone_without_full_name_is_its_own_person() -> None:
    (a,), (b,) = ids([["Steinke"], ["Steinke"]])
    assert a == b


def test_ids_are_dense_from_one_and_independent_of_article_order() -> None:
    archive = [["Lutz Rodig", "Armin Schuster"], ["Doreen Gust"], ["Schuster", "Lutz Rodig"]]
    forward = ids(archive)
    assert sorted({i for row in forward for i in row}) == [1, 2, 3]
    backward = ids(archive[::-1])[::-1]
    assert forward == backward


def test_unknown_person_is_an_error() -> None:
    person_ids = PersonIds(["Armin Schuster"])
    with pytest.raises(KeyError):
        person_ids.id_of(person("Lutz Rodig"))


def test_a_misspelt_family_name_is_the_same_person_across_the_archive() -> None:
    archive = [["Thomas Zenker"], ["Thomas Zenker", "Zenker"], ["Thomas Zenler"], ["Anna Zenler"]]
    (a,), (b, c), (d,), (e,) = ids(archive)
    assert a == b == c == d
    assert e != a  # another given name: another person


def test_short_names_are_not_taken_for_slips() -> None:
    (a,), (b,) = ids([["Eva Kurz"], ["Eva Kunz"]])
    assert a != b
