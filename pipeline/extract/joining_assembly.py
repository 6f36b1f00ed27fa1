"""One record per member: the evidence of all joining sentences about it, put together.

An article may report one joining in several sentences (the title, the signing with its date,
the minister's words); each member gets one record, with the first sentence that names it as
evidence, the best date any of its sentences gives, and the member number a milestone states.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from pipeline.extract.joining_dates import DateFound, date_in
from pipeline.extract.joining_members import Mention, short_name
from pipeline.lang.joining_parties import EARLIER_WORDS
from pipeline.nlp.gazetteer import PlaceEntry
from pipeline.records import MEMBERS_SEPARATOR, DateRecord, JoiningRecord, MilestoneRecord

#: Milestones whose rank numbers a member, and the smallest such rank (a first is no count).
_MEMBER_COUNTED = frozenset({"members", "agreements"})
_MIN_RANK = 2
#: Marks between the clauses of a sentence (not brackets: "Kommunen (ASSKomm) beigetreten").
_CLAUSE_MARK = re.compile(r"[,;:–—]")
_EARLIER = re.compile(rf"\b(?:{'|'.join(EARLIER_WORDS)})\b", re.IGNORECASE)
#: Levels of :attr:`Evidence.level`.
ACTOR, SCENE, IMPLIED = 2, 1, 0


@dataclass(frozen=True)
class Evidence:
    """One sentence saying that one member joined.

    Attributes:
        key: The member's identity in the article: its AGS, or the group's name.
        member: The member as the sentence names it.
        entry: The municipality, or None for a group.
        sentence: The sentence's span.
        anchor: Where its joining word stands.
        level: How plainly the sentence names the member: ``ACTOR`` (as the one who joins),
            ``SCENE`` (only as the place where it happens) or ``IMPLIED`` (not at all: the
            article's own town).
        dated: False where the sentence's dates belong to something else (it ranks the
            member in passing: "trafen sich am 17. April in Radeberg, der neuesten Mitgliedskommune").
        earlier: True where the sentence reports the member as joined before the article's
            event ("Nach Grimma hat sich nun auch Brandis angeschlossen"): no date of that event.
        at: Where the sentence names the member, if it does: the date of its own clause is its
            date ("im März unterzeichnete Roßwein, im Juni folgte Hainichen").
        event: The span whose dates are the joining's, where wider than the sentence (it goes
            on telling the event of the one before: "Nach der Unterzeichnung gab es Beifall").
    """

    key: str
    member: str
    entry: PlaceEntry | None
    sentence: tuple[int, int]
    anchor: int
    level: int
    dated: bool = True
    earlier: bool = False
    at: int | None = None
    event: tuple[int, int] | None = None

    @classmethod
    def of_mention(
        cls, mention: Mention, sentence: tuple[int, int], anchor: int, *, level: int, dated: bool = True
    ) -> Evidence:
        """A municipality the sentence names."""
        key = mention.entry.ags or mention.entry.name
        return cls(key, mention.member, mention.entry, sentence, anchor, level, dated, at=mention.start)

    @classmethod
    def of_entry(
        cls, entry: PlaceEntry, sentence: tuple[int, int], anchor: int, *, level: int, dated: bool = True
    ) -> Evidence:
        """A municipality known from elsewhere: the article's own town, a milestone's subject."""
        key = entry.ags or entry.name
        return cls(key, short_name(entry.name), entry, sentence, anchor, level, dated)

    @classmethod
    def of_group(cls, name: str, sentence: tuple[int, int], anchor: int, at: int | None = None) -> Evidence:
        """A Verwaltungsgemeinschaft or Städtebund (named at ``at``)."""
        return cls(name, name, None, sentence, anchor, ACTOR, at=at)


def assemble(
    text: str,
    article_id: str,
    evidence: Sequence[Evidence],
    donors: Sequence[tuple[tuple[int, int], int]],
    dates: Sequence[DateRecord],
    milestones: Sequence[MilestoneRecord],
    published: date | None,
    groups: Mapping[str, Sequence[PlaceEntry]],
) -> list[JoiningRecord]:
    """One record per member of ``evidence``, ordered by where its evidence stands.

    Args:
        text: The article text.
        article_id: Id written into every record.
        evidence: The joining sentences, each with its member.
        donors: Joining sentences naming no member ("Am 5. April trat die fünfte Kommune ...
            bei"): their date is the one member's where the article reports only one.
        dates: The article's dates.
        milestones: The article's milestones (member ranks).
        published: The release date.
        groups: The municipalities of each group the article names.
    """
    by_key: dict[str, list[Evidence]] = {}
    for item in sorted(evidence, key=lambda e: e.sentence[0]):
        by_key.setdefault(item.key, []).append(item)
    single = len(by_key) == 1
    named = {(e.sentence, e.at) for e in evidence if e.at is not None}  # where each sentence names members
    own = {key: _best_date(text, [(e.event or e.sentence, e.anchor, e.at, _others(named, e)) for e in items if e.dated],
                           dates, published)
           for key, items in by_key.items()}  # fmt: skip
    # the article's one joining day: not from members reported as joined before ("seit 2020 Mitglied")
    now = [own[key] for key, items in by_key.items() if not all(_is_earlier(text, e) for e in items)]
    shared = _shared_date([*now, _best_date(text, [(s, a, None, ()) for s, a in donors], dates, published)])
    for key in by_key:  # a group's municipality joins with the group, on its day
        group = next((g for g, towns in groups.items() if any(t.ags == key for t in towns)), None)
        if own[key] is None and group is not None and own.get(group) is not None:
            own[key] = own[group]
    records = [
        _record(
            text,
            article_id,
            items,
            own[key] or _unless_earlier(text, items, shared),
            _ranks(items, milestones, single),
            groups,
        )
        for key, items in by_key.items()
    ]
    return sorted(records, key=lambda r: r.start)


def _record(
    text: str,
    article_id: str,
    items: Sequence[Evidence],
    found: DateFound | None,
    ranks: tuple[MilestoneRecord | None, MilestoneRecord | None],
    groups: Mapping[str, Sequence[PlaceEntry]],
) -> JoiningRecord:
    """The record of one member: its plainest sentence as evidence, its date and numbers."""
    best = max(items, key=lambda e: (e.level, -e.sentence[0]))
    rank, regional = ranks
    start, end = _phrase(text, best)
    return JoiningRecord(
        article_id=article_id,
        text=text[start:end],
        start=start,
        end=end,
        member=best.member,
        municipality=best.entry.name if best.entry else None,
        ags=best.entry.ags if best.entry else None,
        members=None if best.entry else _members_cell(groups.get(best.key, ())),
        date=found.value if found else None,
        rank=rank.value if rank else None,
        regional_rank=regional.value if regional else None,
        region=regional.region if regional else None,
    )


def _unless_earlier(text: str, items: Sequence[Evidence], shared: DateFound | None) -> DateFound | None:
    """The article's joining date for a member, unless its sentences report it as earlier
    ("Zuvor hatten sich bereits die Nachbarstädte angeschlossen")."""
    if shared is None or all(_is_earlier(text, e) for e in items):
        return None
    return shared


def _is_earlier(text: str, evidence: Evidence) -> bool:
    """True where the evidence reports its member as joined before the article's event."""
    return evidence.earlier or _EARLIER.search(text, *evidence.sentence) is not None


def _shared_date(found: Sequence[DateFound | None]) -> DateFound | None:
    """The date of the article's one joining event: every dated sentence gives the same day."""
    days = {f.value for f in found if f is not None}
    if len(days) != 1:
        return None
    return next(f for f in found if f is not None)


def _best_date(
    text: str,
    spans: Sequence[tuple[tuple[int, int], int, int | None, tuple[int, ...]]],
    dates: Sequence[DateRecord],
    published: date | None,
) -> DateFound | None:
    found = [
        date_in(text, sentence, anchor, dates, published, member=at, others=others)
        for sentence, anchor, at, others in spans
    ]
    return max((f for f in found if f is not None), key=DateFound.rank, default=None)


def _others(named: set[tuple[tuple[int, int], int | None]], evidence: Evidence) -> tuple[int, ...]:
    """Where the evidence's sentence names other members than its own."""
    return tuple(
        at for sentence, at in named if sentence == evidence.sentence and at != evidence.at and at is not None
    )


def _ranks(
    items: Sequence[Evidence], milestones: Sequence[MilestoneRecord], single: bool
) -> tuple[MilestoneRecord | None, MilestoneRecord | None]:
    """The network-wide and the regional member number of a member: a member rank in one of its
    sentences, or anywhere in an article that reports this member alone."""
    ranks = [
        m
        for m in milestones
        if m.kind == "rank"
        and m.counted in _MEMBER_COUNTED
        and (m.value or 0) >= _MIN_RANK
        and (single or any(e.sentence[0] <= m.start < e.sentence[1] for e in items))
    ]
    network = next((m for m in ranks if m.scope == "network"), None)
    regional = next((m for m in ranks if m.scope == "region"), None)
    return network, regional


def _members_cell(entries: Sequence[PlaceEntry]) -> str | None:
    """A group's municipalities in order of mention: "Lößnitz (14521380); Schneeberg (14521560)"."""
    cells = [f"{e.name} ({e.ags})" if e.ags else e.name for e in entries]
    return MEMBERS_SEPARATOR.join(cells) or None


def _phrase(text: str, evidence: Evidence) -> tuple[int, int]:
    """The shortest phrase of the evidence's sentence that states the joining: the clauses from
    the one naming the member to the one holding the joining word ("Auch Bad Muskau ist dem
    ASSKomm-Verbund beigetreten", not the sentence around it), without its final stop."""
    sentence = evidence.sentence
    points = [evidence.anchor] + ([evidence.at] if evidence.at is not None else [])
    first, last = min(points), max(points)
    start = max((m.end() for m in _CLAUSE_MARK.finditer(text, sentence[0], first)), default=sentence[0])
    after = _CLAUSE_MARK.search(text, last, sentence[1])
    start, end = _stripped(text, (start, after.start() if after else sentence[1]))
    while end > start and text[end - 1] in ".!?":
        end -= 1
    return (start, end) if end > start else _stripped(text, sentence)


def _stripped(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """The span without surrounding whitespace."""
    start, end = span
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end
