"""Recognise the same person across articles and give them one ``person_id``."""

from __future__ import annotations

from collections.abc import Iterable

from pipeline.records import ArticleExtraction, Person, person_key


class PersonIds:
    """Assigns ids: one per distinct full name; a family name alone joins the one full name
    that has it across the archive, or stays a person of its own where there are several."""

    def __init__(self, names: Iterable[str]) -> None:
        """Args:
        names: The name of every person of every article of the archive (repeats allowed).
        """
        full: set[str] = set()
        family_only: set[str] = set()
        for name in names:
            (full if len(name.split()) > 1 else family_only).add(person_key(name))
        by_family: dict[str, set[str]] = {}
        for key in full:
            by_family.setdefault(key.split()[-1], set()).add(key)
        self._alias = {
            key: next(iter(by_family[key])) for key in family_only if len(by_family.get(key, ())) == 1
        }
        canonical = sorted(full | {k for k in family_only if k not in self._alias})
        self._ids = {key: i for i, key in enumerate(canonical, start=1)}

    def id_of(self, person: Person) -> int:
        """The id of a person found in an article."""
        key = person_key(person.name)
        return self._ids[self._alias.get(key, key)]


def person_ids_of(results: Iterable[ArticleExtraction]) -> PersonIds:
    """The ids of everybody the results name (for results held in memory)."""
    return PersonIds(person.name for result in results for person in result.people)
