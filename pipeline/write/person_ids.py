"""Recognise the same person across articles and give them one ``person_id``."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pipeline.records import Person


def person_key(name: str) -> str:
    """Given and family name, lower case, middle names and initials dropped ("Maria J. Schubert")."""
    words = name.split()
    return f"{words[0]} {words[-1]}".casefold() if len(words) > 1 else words[0].casefold()


class PersonRegistry:
    """Assigns ids: one per distinct full name; a family name alone joins the one full name
    that has it across the archive, or stays a person of its own where there are several."""

    def __init__(self, people: Iterable[Sequence[Person]]) -> None:
        self._build(person.name for article_people in people for person in article_people)

    @classmethod
    def from_names(cls, names: Iterable[str]) -> PersonRegistry:
        """A registry from the names alone (cheaper than validated Person records)."""
        registry = cls.__new__(cls)
        registry._build(names)
        return registry

    def _build(self, names: Iterable[str]) -> None:
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
