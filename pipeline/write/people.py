"""The people tables: everybody the officials table names, once, across the archive.

Two tables are derived from the people found in every article, keyed by the ``person_id``
the :class:`~pipeline.write.person_ids.PersonIds` assigns (so name variants are merged exactly
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

from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from pipeline.records import (
    ArticleExtraction,
    Person,
    PersonRoleRecord,
    PersonSummary,
    Record,
)
from pipeline.text.lexicon import canonical_role
from pipeline.write.person_ids import PersonIds

ROLE_SEPARATOR = "; "


@dataclass(slots=True)
class _Sightings:
    """Where something was seen: the number of distinct articles and their date range.

    Results stream by article, so an article is new exactly when it differs from the last
    one counted; no set of article ids is kept (memory per person stays small).
    """

    articles: int = 0
    last_article: str = ""
    first: date | None = None
    last: date | None = None

    def add(self, article_id: str, published: date | None) -> None:
        if article_id != self.last_article:
            self.articles += 1
            self.last_article = article_id
        if published is not None:
            self.first = published if self.first is None else min(self.first, published)
            self.last = published if self.last is None else max(self.last, published)


@dataclass(slots=True)
class _PersonFacts:
    """Everything gathered about one person id so far (containers created when first needed)."""

    seen: _Sightings = field(default_factory=_Sightings)
    names: dict[str, int] = field(default_factory=dict)
    honorifics: set[str] | None = None
    genders: Counter[str] | None = None
    roles: dict[str, tuple[str, _Sightings]] | None = None  # casefold -> (role, seen)

    def add(self, person: Person, article_id: str, published: date | None) -> None:
        self.seen.add(article_id, published)
        for name in (person.name, *person.variants):
            self.names[name] = self.names.get(name, 0) + 1
        if person.honorific:
            if self.honorifics is None:
                self.honorifics = set()
            self.honorifics.add(person.honorific)
        if person.gender:
            if self.genders is None:
                self.genders = Counter()
            self.genders[person.gender] += 1
        if person.roles and self.roles is None:
            self.roles = {}
        for role in person.roles:
            _, seen = self.roles.setdefault(role.casefold(), (role, _Sightings()))  # type: ignore[union-attr]
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

    def __init__(self, person_ids: PersonIds) -> None:
        """Args:
        person_ids: The ids the officials table of this run carries.
        """
        self._ids = person_ids
        self._facts: dict[int, _PersonFacts] = {}

    def add(self, result: ArticleExtraction) -> None:
        """Take in the people of one article."""
        article = result.article
        for person in result.people:
            facts = self._facts.setdefault(self._ids.id_of(person), _PersonFacts())
            facts.add(person, article.article_id, article.published)

    def _roles(self, facts: _PersonFacts) -> list[tuple[str, _Sightings]]:
        return sorted((facts.roles or {}).values(), key=_by_date)

    def summaries(self) -> Iterator[PersonSummary]:
        """One :class:`PersonSummary` per person, ordered by ``person_id`` (made one at a time)."""
        for person_id in sorted(self._facts):
            facts = self._facts[person_id]
            names = sorted(facts.names.items(), key=lambda item: _fullness(*item))
            roles = [role for role, _ in self._roles(facts)]
            yield PersonSummary(
                person_id=person_id,
                name=names[0][0],
                variants=ROLE_SEPARATOR.join(name for name, _ in names),
                honorific=max(sorted(facts.honorifics or ()), key=len, default=None),
                gender=facts.genders.most_common(1)[0][0] if facts.genders else None,
                roles=ROLE_SEPARATOR.join(roles) or None,
                role_heads=ROLE_SEPARATOR.join(dict.fromkeys(canonical_role(r) for r in roles)) or None,
                first_seen=facts.seen.first,
                last_seen=facts.seen.last,
                articles=facts.seen.articles,
            )

    def person_roles(self) -> Iterator[PersonRoleRecord]:
        """One :class:`PersonRoleRecord` per person and role, by ``person_id`` then first date."""
        for person_id in sorted(self._facts):
            for role, seen in self._roles(self._facts[person_id]):
                yield PersonRoleRecord(
                    person_id=person_id,
                    role=role,
                    role_head=canonical_role(role),
                    first_seen=seen.first,
                    last_seen=seen.last,
                    articles=seen.articles,
                )

    def streams(self) -> dict[str, Iterator[Record]]:
        """Both tables as streams of records (for writing without holding them)."""
        return {"people": self.summaries(), "person_roles": self.person_roles()}
