"""The members register: every municipality that joined the ASSKomm network, once, across the archive.

Built from the ``joinings`` of every article while the results stream by (like the people
tables): one row per member municipality, keyed by its AGS, so that "Stadt Freiberg", "Freiberg"
and "die Silberstadt Freiberg" of different articles are one member. A Verwaltungsgemeinschaft
or Städtebund contributes a row for each municipality its joinings name (``via`` names the
group); a group whose municipalities no article names gets one row of its own, without
municipality.

* ``joined`` is the earliest date of joining any article reports; a vaguer date that contains a
  more precise one ("2021" and "2021-12-17") gives way to it.
* ``rank`` keeps every member number reported, in the order the articles report them: two
  articles that disagree ("42; 43") stay visible, nothing is averaged.
* ``first_reported`` and ``last_reported`` are the publication dates of the articles reporting
  the joining (articles without one count in ``article_ids`` only).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import date

from pipeline.nlp.gazetteer import load_gazetteer
from pipeline.records import MEMBERS_SEPARATOR, ArticleExtraction, JoiningRecord, MemberRecord, Record

#: Separates the article ids and the ranks of one member.
LIST_SEPARATOR = "; "
_MEMBER_ITEM = re.compile(r"^(?P<name>.+?)(?: \((?P<ags>\d{8})\))?$")


def parse_members(cell: str | None) -> list[tuple[str, str | None]]:
    """The (municipality, AGS) pairs of a ``joinings.members`` cell ("Lößnitz (14521370); ...")."""
    pairs = []
    for item in (cell or "").split(MEMBERS_SEPARATOR):
        match = _MEMBER_ITEM.match(item.strip())
        if match:
            pairs.append((match["name"], match["ags"]))
    return pairs


def earliest(values: set[str]) -> str | None:
    """The earliest of ISO dates of mixed precision; a vaguer one containing a more precise one
    ("2021" and "2021-12-17") gives way to it."""
    precise = [v for v in values if not any(w != v and w.startswith(v) for w in values)]
    return min(precise, default=None)


@dataclass(slots=True)
class _Member:
    """Everything gathered about one member so far."""

    municipality: str | None
    ags: str | None
    via: str | None = None
    dates: set[str] = field(default_factory=set)
    ranks: dict[int, None] = field(default_factory=dict)  # insertion-ordered set
    articles: dict[str, None] = field(default_factory=dict)
    first: date | None = None
    last: date | None = None

    def add(self, joining: JoiningRecord, published: date | None, via: str | None) -> None:
        self.via = self.via or via
        self.articles[joining.article_id] = None
        if joining.date:
            self.dates.add(joining.date)
        if joining.rank is not None:
            self.ranks[joining.rank] = None
        if published is not None:
            self.first = published if self.first is None else min(self.first, published)
            self.last = published if self.last is None else max(self.last, published)


class MembersCollector:
    """Gathers the members register while the results stream by (one pass, any order)."""

    def __init__(self) -> None:
        self._members: dict[str, _Member] = {}
        self._districts: dict[str, str | None] | None = None

    def add(self, result: ArticleExtraction) -> None:
        """Take in the joinings of one article."""
        published = result.article.published
        for joining in result.joinings:
            if joining.municipality is not None:
                self._member(joining.ags or joining.municipality, joining.municipality, joining.ags).add(
                    joining, published, None
                )
                continue
            towns = parse_members(joining.members)
            for name, ags in towns:
                self._member(ags or name, name, ags).add(joining, published, joining.member)
            if not towns:
                self._member(f"group:{joining.member}", None, None).add(joining, published, joining.member)

    def _member(self, key: str, municipality: str | None, ags: str | None) -> _Member:
        return self._members.setdefault(key, _Member(municipality, ags))

    def _district(self, ags: str | None) -> str | None:
        if self._districts is None:
            self._districts = {e.ags: e.district for e in load_gazetteer().municipalities if e.ags}
        return self._districts.get(ags) if ags else None

    def rows(self) -> Iterator[MemberRecord]:
        """One :class:`MemberRecord` per member, by date of joining (undated last), then name."""
        members = [(earliest(m.dates), m) for m in self._members.values()]
        members.sort(
            key=lambda item: (item[0] is None, item[0] or "", item[1].municipality or item[1].via or "")
        )
        for joined, member in members:
            yield MemberRecord(
                municipality=member.municipality,
                ags=member.ags,
                district=self._district(member.ags),
                joined=joined,
                rank=LIST_SEPARATOR.join(str(r) for r in member.ranks) or None,
                via=member.via,
                article_ids=LIST_SEPARATOR.join(member.articles),
                first_reported=member.first,
                last_reported=member.last,
            )

    def streams(self) -> dict[str, Iterator[Record]]:
        """The register as a stream of records (for writing)."""
        return {"members": self.rows()}
