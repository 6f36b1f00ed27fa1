"""Recognise the same person across articles and give them one ``person_id``."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from pipeline.records import ArticleExtraction, Person, near_spelling, person_key


class PersonIds:
    """Assigns ids: one per distinct full name; a family name alone joins the one full name
    that has it across the archive, or stays a person of its own where there are several."""

    def __init__(self, names: Iterable[str]) -> None:
        """Args:
        names: The name of every person of every article of the archive (repeats allowed).
        """
        counts: Counter[str] = Counter(person_key(name) for name in names)
        full = {key for key in counts if " " in key}
        family_only = {key for key in counts if " " not in key}
        self._alias = _slips(full, counts)
        full -= set(self._alias)
        by_family: dict[str, set[str]] = {}
        for key in full:
            by_family.setdefault(key.split()[-1], set()).add(key)
        self._alias |= {
            key: next(iter(by_family[key])) for key in family_only if len(by_family.get(key, ())) == 1
        }
        canonical = sorted(full | {k for k in family_only if k not in self._alias})
        self._ids = {key: i for i, key in enumerate(canonical, start=1)}

    def id_of(self, person: Person) -> int:
        """The id of a person found in an article."""
        key = person_key(person.name)
        return self._ids[self._alias.get(key, key)]

    def id_of_name(self, name: str) -> int | None:
        """The id of the person a name names (a quote's speaker), or None for nobody known."""
        key = person_key(name)
        return self._ids.get(self._alias.get(key, key))


def _slips(full: set[str], counts: Counter[str]) -> dict[str, str]:
    """Full names that misspell another by one letter of the family name ("thomas zenler" ->
    "thomas zenker"), mapped to the spelling the archive uses most (then the first in order)."""
    by_given: dict[str, list[str]] = {}
    for key in sorted(full):
        by_given.setdefault(key.rpartition(" ")[0], []).append(key)
    alias: dict[str, str] = {}
    for keys in by_given.values():
        for key in sorted(keys, key=lambda k: (-counts[k], k)):
            if key in alias:
                continue
            for other in keys:
                if other != key and other not in alias and near_spelling(key.split()[-1], other.split()[-1]):
                    alias[other] = key
    return {k: v for k, v in alias.items() if v not in alias}


def person_ids_of(results: Iterable[ArticleExtraction]) -> PersonIds:
    """The ids of everybody the results name (for results held in memory)."""
    return PersonIds(person.name for result in results for person in result.people)
