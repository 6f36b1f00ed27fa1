"""The person registry tables: everybody the officials table names, once, across the archive.

Two tables are derived from the people found in every article, keyed by the ``person_id``
the :class:`~pipeline.registry.PersonRegistry` assigns (so name variants are merged exactly
as in ``officials``: titles and middle names do not matter, a family name alone joins the
one full name with that family name):

* ``people`` — one row per person: the fullest name, every spelling seen, the fullest
  title, gender, the roles (``"; "``-joined), first and last date seen, number of articles;
* ``person_roles`` — one row per person and role with the role's own first and last date
  and number of articles (the long, queryable form of ``people.roles``).

A date is the publication date of the article. Articles without one still count in
``articles`` but contribute no date. Roles are merged ignoring case; the first spelling
seen is kept. Memory grows with the number of people, not of articles.
"""

from __future__ import annotations

import csv
import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.models import (
    PEOPLE_DATASETS,
    ArticleExtraction,
    Person,
    PersonRoleRecord,
    PersonSummary,
    Record,
    columns,
)
from pipeline.registry import PersonRegistry

ROLE_SEPARATOR = "; "


@dataclass
class _Sightings:
    """Where something was seen: the distinct articles and their publication dates."""

    articles: set[str] = field(default_factory=set)
    first: date | None = None
    last: date | None = None

    def add(self, article_id: str, published: date | None) -> None:
        self.articles.add(article_id)
        if published is not None:
            self.first = published if self.first is None else min(self.first, published)
            self.last = published if self.last is None else max(self.last, published)


@dataclass
class _PersonFacts:
    """Everything gathered about one person id so far."""

    seen: _Sightings = field(default_factory=_Sightings)
    names: Counter[str] = field(default_factory=Counter)
    honorifics: set[str] = field(default_factory=set)
    genders: Counter[str] = field(default_factory=Counter)
    roles: dict[str, tuple[str, _Sightings]] = field(default_factory=dict)  # casefold -> (role, seen)

    def add(self, person: Person, article_id: str, published: date | None) -> None:
        self.seen.add(article_id, published)
        self.names[person.name] += 1
        if person.honorific:
            self.honorifics.add(person.honorific)
        if person.gender:
            self.genders[person.gender] += 1
        for role in person.roles:
            _, seen = self.roles.setdefault(role.casefold(), (role, _Sightings()))
            seen.add(article_id, published)


def _fullness(name: str, count: int) -> tuple[int, int, int, str]:
    """Sort key: more words, then longer, then more frequent, then alphabetical."""
    return (-len(name.split()), -len(name), -count, name)


def _by_date(item: tuple[str, _Sightings]) -> tuple[bool, date, bool, date]:
    """Sort key for roles: by first date seen, undated last (stable for ties)."""
    seen = item[1]
    return (seen.first is None, seen.first or date.min, seen.last is None, seen.last or date.min)


class PeopleCollector:
    """Gathers the people tables while the results stream by (one pass, any order)."""

    def __init__(self, registry: PersonRegistry) -> None:
        """Args:
        registry: The registry that assigned the officials' person ids in this run.
        """
        self._registry = registry
        self._facts: dict[int, _PersonFacts] = {}

    def add(self, result: ArticleExtraction) -> None:
        """Take in the people of one article."""
        article = result.article
        for person in result.people:
            facts = self._facts.setdefault(self._registry.id_of(person), _PersonFacts())
            facts.add(person, article.article_id, article.published)

    def _roles(self, facts: _PersonFacts) -> list[tuple[str, _Sightings]]:
        return sorted(facts.roles.values(), key=_by_date)

    def summaries(self) -> list[PersonSummary]:
        """One :class:`PersonSummary` per person, ordered by ``person_id``."""
        rows = []
        for person_id, facts in sorted(self._facts.items()):
            names = sorted(facts.names.items(), key=lambda item: _fullness(*item))
            roles = [role for role, _ in self._roles(facts)]
            rows.append(
                PersonSummary(
                    person_id=person_id,
                    name=names[0][0],
                    variants=ROLE_SEPARATOR.join(name for name, _ in names),
                    honorific=max(sorted(facts.honorifics), key=len, default=None),
                    gender=facts.genders.most_common(1)[0][0] if facts.genders else None,
                    roles=ROLE_SEPARATOR.join(roles) or None,
                    first_seen=facts.seen.first,
                    last_seen=facts.seen.last,
                    articles=len(facts.seen.articles),
                )
            )
        return rows

    def person_roles(self) -> list[PersonRoleRecord]:
        """One :class:`PersonRoleRecord` per person and role, by ``person_id`` then first date."""
        return [
            PersonRoleRecord(
                person_id=person_id,
                role=role,
                first_seen=seen.first,
                last_seen=seen.last,
                articles=len(seen.articles),
            )
            for person_id, facts in sorted(self._facts.items())
            for role, seen in self._roles(facts)
        ]

    def tables(self) -> dict[str, list[Record]]:
        """Both tables, keyed by their names in :data:`~pipeline.models.PEOPLE_DATASETS`."""
        return {"people": [*self.summaries()], "person_roles": [*self.person_roles()]}


def build_people(results: Iterable[ArticleExtraction], registry: PersonRegistry) -> list[PersonSummary]:
    """The ``people`` table of a run.

    Args:
        results: Every article's extraction (streamed once).
        registry: The registry built over the same results.

    Returns:
        One summary per person, ordered by ``person_id``.
    """
    collector = PeopleCollector(registry)
    for result in results:
        collector.add(result)
    return collector.summaries()


def people_tables(results: Iterable[ArticleExtraction], registry: PersonRegistry) -> dict[str, list[Record]]:
    """Both people tables (``people`` and ``person_roles``) from one pass over ``results``."""
    collector = PeopleCollector(registry)
    for result in results:
        collector.add(result)
    return collector.tables()


def _csv_cell(value: object) -> object:
    from pipeline.writer import neutralise  # writer imports this module: bind late

    if value is None:
        return ""
    if isinstance(value, date):
        return value.isoformat()
    return neutralise(value) if isinstance(value, str) else value


def _write_table(directory: Path, name: str, records: Sequence[Record], formats: Sequence[str]) -> None:
    """One table as CSV and/or Parquet, following :mod:`pipeline.writer`'s conventions."""
    from pipeline.writer import arrow_schema, atomic_write  # writer imports this module: bind late

    model = PEOPLE_DATASETS[name]
    fields = columns(model)
    data = [record.model_dump() for record in records]
    if "csv" in formats:
        with atomic_write(directory / f"{name}.csv") as handle:
            out = csv.writer(handle, lineterminator="\n")
            out.writerow(fields)
            out.writerows([_csv_cell(row[f]) for f in fields] for row in data)
    if "parquet" in formats:
        table = pa.Table.from_pylist(data, schema=arrow_schema(model))
        with atomic_write(directory / f"{name}.parquet", "wb") as handle:
            pq.write_table(table, handle)
    with atomic_write(directory / "schema" / f"{name}.schema.json") as handle:
        json.dump(model.model_json_schema(), handle, ensure_ascii=False, indent=2)
        handle.write("\n")


def write_people_tables(
    directory: Path, tables: dict[str, list[Record]], formats: Sequence[str] = ("csv", "parquet")
) -> dict[str, int]:
    """Write ``people`` and ``person_roles`` into ``directory`` with their JSON Schemas.

    The files follow :mod:`pipeline.writer`: spreadsheet-safe CSV (a cell starting like a
    formula gets a leading apostrophe), Parquet with nullable pandas dtypes, atomic renames.

    Args:
        directory: The run's version folder (the one ``write_tables`` writes into).
        tables: What :meth:`PeopleCollector.tables` or :func:`people_tables` returned.
        formats: ``"csv"`` and/or ``"parquet"``.

    Returns:
        The number of rows per table.
    """
    directory.mkdir(parents=True, exist_ok=True)
    for name in PEOPLE_DATASETS:
        _write_table(directory, name, tables.get(name, []), formats)
    return {name: len(tables.get(name, [])) for name in PEOPLE_DATASETS}
