"""The records of one article: the rows of the datasets, the people found, the extraction."""

from __future__ import annotations

import re
from datetime import date
from typing import Literal

from pydantic import Field, field_validator, model_validator

from pipeline.records.base import (
    ISO_VALUE,
    Counted,
    MilestoneKind,
    PlaceType,
    PublishedFrom,
    QuoteKind,
    Record,
    Scope,
    SpanRecord,
    Status,
)


class ArticleRecord(Record):
    """One row per input file, whether it could be processed or not."""

    article_id: str = Field(description="Stable id of the article, derived from its path.")
    source: str = Field(description="Path of the file relative to the input directory.")
    title: str | None = Field(None, description="The article's headline.")
    published: date | None = Field(None, description="Release date, where the text gives a day.")
    published_from: PublishedFrom | None = Field(
        None,
        description="Where the release date stands: date_line (a date line at the top), release_line "
        "(stated: 'Pressemitteilung vom', 'Stand:'), dateline (a newspaper's 'Ort, Datum –'), byline, none.",
    )
    status: Status = Field(description="`ok`, or `failed` when the file could not be processed.")
    error: str | None = Field(None, description="Why the article failed; empty when ok.")
    layout: str | None = Field(None, description="Detected layout: lpr, medienservice, other.")
    chars: int | None = Field(None, ge=0, description="Length of the decoded text.")
    encoding: str | None = Field(None, description="Encoding the file was decoded with (utf-8, cp1252).")
    warning: str | None = Field(
        None,
        description="A problem that did not stop the article, e.g. 'not valid UTF-8; decoded as cp1252'.",
    )
    sha256: str | None = Field(None, description="SHA-256 of the file's bytes.")

    @model_validator(mode="after")
    def _error_iff_failed(self) -> ArticleRecord:
        if (self.status == "failed") != bool(self.error):
            raise ValueError("a failed article needs an error message, an ok one has none")
        return self


class DateRecord(SpanRecord):
    """A calendar day, month or year the article mentions."""

    value: str = Field(description="ISO 8601 at the expression's precision: YYYY-MM-DD, YYYY-MM, YYYY.")
    precision: Literal["day", "month", "year"] = Field(description="Precision of `value`.")
    relative: bool = Field(False, description="Resolved against the publication date.")

    @field_validator("value")
    @classmethod
    def _iso(cls, value: str) -> str:
        if not ISO_VALUE.match(value):
            raise ValueError(f"value {value!r} is not ISO YYYY, YYYY-MM or YYYY-MM-DD")
        if len(value) == 10:
            date.fromisoformat(value)  # rejects 2023-02-30
        return value

    @model_validator(mode="after")
    def _precision_matches(self) -> DateRecord:
        expected = {4: "year", 7: "month", 10: "day"}[len(self.value)]
        if self.precision != expected:
            raise ValueError(f"precision {self.precision!r} does not fit value {self.value!r}")
        return self


class PlaceRecord(SpanRecord):
    """A geographic or administrative place, normalised."""

    name: str = Field(min_length=1, description="The place without type word, nominative, spelling fixed.")
    type: PlaceType = Field(
        description="municipality, district_part (a part of a town: Ortsteil, Stadtteil), district, region, state or country."
    )
    ags: str | None = Field(
        None,
        description="Official key: 8-digit AGS (municipality, or the municipality of a district_part) or "
        "5-digit Kreisschlüssel (district).",
    )
    district: str | None = Field(None, description="District of a Saxon municipality.")
    lat: float | None = Field(None, description="Latitude (WGS84) of a Saxon municipality.")
    lon: float | None = Field(None, description="Longitude (WGS84) of a Saxon municipality.")

    @field_validator("ags")
    @classmethod
    def _ags_digits(cls, value: str | None) -> str | None:
        if value is not None and not re.fullmatch(r"\d{5}|\d{8}", value):
            raise ValueError(f"ags {value!r} must be 5 (district) or 8 (municipality) digits")
        return value


class OfficialRecord(SpanRecord):
    """A named person with one of their roles (one row per person and role)."""

    person_id: int = Field(ge=1, description="Same person, same id, across the archive.")
    name: str = Field(min_length=1, description="Given and family name as written, without titles.")
    honorific: str | None = Field(None, description="Academic titles: 'Dr.', 'Prof. Dr.'.")
    role: str | None = Field(None, description="Office, rank or function in the text's words.")
    role_head: str | None = Field(
        None,
        description="The role's head in a canonical form: nominative, short office names expanded "
        "(OBM -> Oberbürgermeister), ministers by their usual title (Staatsminister des Innern -> Innenminister).",
    )
    organization: str | None = Field(None, description="Body the person acts for, where stated.")
    gender: Literal["f", "m"] | None = Field(None, description="From the given name or role form.")


class MilestoneRecord(SpanRecord):
    """A statement of how far the programme or network has grown."""

    kind: MilestoneKind = Field(description="rank (ordinal), total (count reached) or newest.")
    value: int | None = Field(None, ge=0, description="The number; empty for `newest`.")
    unit: str | None = Field(None, description="What is counted.")
    subject: str | None = Field(None, description="Who reached it, where stated.")
    counted: Counted = Field(
        description="What is counted: members, agreements, advised, councils, participants or events."
    )
    scope: Scope = Field(
        description="network (the whole network or programme) or region (a district or region)."
    )
    region: str | None = Field(None, description="The district or region of a regional count or rank.")

    @model_validator(mode="after")
    def _region_iff_regional(self) -> MilestoneRecord:
        if (self.scope == "region") != (self.region is not None):
            raise ValueError("a regional milestone names its region; a network-wide one has none")
        return self

    @model_validator(mode="after")
    def _value_iff_numeric(self) -> MilestoneRecord:
        if (self.kind == "newest") != (self.value is None):
            raise ValueError("kind 'newest' has no value; 'rank' and 'total' need one")
        return self


#: Separates the municipalities of a group in ``joinings.members``: "Lößnitz (14521380); Schneeberg (14521560)".
MEMBERS_SEPARATOR = "; "


class JoiningRecord(SpanRecord):
    """A municipality, Verwaltungsgemeinschaft or Städtebund joining the ASSKomm network."""

    member: str = Field(min_length=1, description="The joining party as the text names it ('Stadt Torgau').")
    municipality: str | None = Field(
        None, description="Official name of the municipality; empty for a group."
    )
    ags: str | None = Field(None, description="8-digit AGS of the municipality.")
    members: str | None = Field(
        None, description="A group's municipalities as the text names them, 'Name (AGS)', '; '-joined."
    )
    date: str | None = Field(None, description="Day, month or year of joining (ISO at its precision).")
    rank: int | None = Field(None, ge=1, description="Member number in the whole network, where stated.")
    regional_rank: int | None = Field(None, ge=1, description="Member number within a district or region.")
    region: str | None = Field(None, description="The district or region of `regional_rank`.")

    @field_validator("date")
    @classmethod
    def _iso_date(cls, value: str | None) -> str | None:
        if value is not None and not ISO_VALUE.match(value):
            raise ValueError(f"date {value!r} is not ISO YYYY, YYYY-MM or YYYY-MM-DD")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> JoiningRecord:
        if self.ags is not None and (self.municipality is None or not re.fullmatch(r"\d{8}", self.ags)):
            raise ValueError(f"ags {self.ags!r} must be the 8-digit key of the named municipality")
        if (self.regional_rank is None) != (self.region is None):
            raise ValueError("a regional rank names its region, and a region needs a regional rank")
        if self.members is not None and self.municipality is not None:
            raise ValueError("a single municipality has no members; only a group has")
        return self


class QuoteRecord(SpanRecord):
    """A voice: what somebody said, verbatim."""

    quote_id: str = Field(description="Id of the quote: '<article_id>-q<n>'.")
    speaker: str | None = Field(None, description="Attribution as written.")
    speaker_name: str | None = Field(None, description="The speaker's name without titles.")
    speaker_role: str | None = Field(None, description="The speaker's role, where known.")
    person_id: int | None = Field(
        None,
        ge=1,
        description="The speaker's person_id (officials, people); empty when the speaker is not named.",
    )
    kind: QuoteKind = Field(description="direct (in quotation marks) or pull (set-off pull quote).")


#: Dataset name -> record model, in the order the tables are written.
DATASETS: dict[str, type[Record]] = {
    "articles": ArticleRecord,
    "dates": DateRecord,
    "places": PlaceRecord,
    "officials": OfficialRecord,
    "milestones": MilestoneRecord,
    "quotes": QuoteRecord,
    "joinings": JoiningRecord,
}

#: Columns every researcher's script may rely on (the public contract); models may add more.
CONTRACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "articles": ("article_id", "source", "title", "published", "status", "error"),
    "dates": ("article_id", "text", "value", "start", "end"),
    "places": ("article_id", "text", "name", "type", "ags", "start", "end"),
    "officials": (
        "article_id",
        "person_id",
        "name",
        "honorific",
        "role",
        "organization",
        "start",
        "end",
    ),
    "milestones": ("article_id", "kind", "value", "unit", "subject", "text", "start", "end"),
    "quotes": (
        "quote_id",
        "article_id",
        "text",
        "speaker",
        "speaker_name",
        "speaker_role",
        "kind",
        "start",
        "end",
    ),
    "joinings": (
        "article_id",
        "member",
        "municipality",
        "ags",
        "members",
        "date",
        "rank",
        "regional_rank",
        "region",
        "text",
        "start",
        "end",
    ),
}


class Mention(Record):
    """Where a person is named in the text."""

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str = Field(min_length=1)


def person_key(name: str) -> str:
    """Given and family name, lower case, middle names and initials dropped ("Maria J. Schubert")."""
    words = name.split()
    return f"{words[0]} {words[-1]}".casefold() if len(words) > 1 else words[0].casefold()


def near_spelling(a: str, b: str) -> bool:
    """True for two spellings of one family name that differ by one letter ("Zenker", "Zenler"),
    long enough (5 letters) that this is a slip, not another name."""
    a, b = a.casefold(), b.casefold()
    if a == b or min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1 or a[0] != b[0]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long_ = sorted((a, b), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


class Person(Record):
    """One person found in one article, with everything the article says of them.

    Not a dataset of its own: the extraction run turns each person into one
    :class:`OfficialRecord` per role, once ids are assigned across the archive.
    """

    name: str = Field(min_length=1, description="Given and family name, without titles.")
    family: str = Field(min_length=1, description="Family name (last word of `name`).")
    honorific: str | None = None
    roles: tuple[str, ...] = ()
    organization: str | None = None
    gender: Literal["f", "m"] | None = None
    mentions: tuple[Mention, ...] = Field(min_length=1, description="Spans naming the person.")
    variants: tuple[str, ...] = Field((), description="Other spellings of the name in the article.")


class ArticleExtraction(Record):
    """Everything extracted from one article (or why nothing could be): the unit a run
    caches, ships between processes and writes."""

    article: ArticleRecord
    dates: tuple[DateRecord, ...] = ()
    places: tuple[PlaceRecord, ...] = ()
    people: tuple[Person, ...] = ()
    milestones: tuple[MilestoneRecord, ...] = ()
    quotes: tuple[QuoteRecord, ...] = ()
    joinings: tuple[JoiningRecord, ...] = ()
