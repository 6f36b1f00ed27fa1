"""The records Pressefakten writes: one pydantic model per dataset.

The CSV columns, the Parquet schema and the JSON Schemas under ``outputs/schema/`` all
follow from these models (field order = column order). Column names are a public contract:
add columns, never rename or drop one.
"""

from __future__ import annotations

import re
import typing
from datetime import date
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

ISO_VALUE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

PlaceType = Literal["municipality", "district", "region", "state", "country"]
MilestoneKind = Literal["rank", "total", "newest"]
#: What a milestone counts: municipalities that joined the network (``members``), its
#: cooperation agreements (``agreements``), municipalities advised or contacted (``advised``),
#: Kommunale Präventionsräte (``councils``), participants of a sub-project such as the security
#: analyses (``participants``), or the programme's recurring events (``events``).
Counted = Literal["members", "agreements", "advised", "councils", "participants", "events"]
Scope = Literal["network", "region"]
QuoteKind = Literal["direct", "pull"]
Status = Literal["ok", "failed"]


class Record(BaseModel):
    """Base of every record: strict, frozen, no unknown fields."""

    model_config = ConfigDict(extra="forbid", frozen=True, str_strip_whitespace=False)


class SpanRecord(Record):
    """A record anchored in the source text: ``source_text[start:end] == text``."""

    article_id: str = Field(description="Id of the article (see articles.csv).")
    text: str = Field(min_length=1, description="The expression verbatim as in the source.")
    start: int = Field(ge=0, description="Character offset where `text` starts in the source.")
    end: int = Field(gt=0, description="Character offset where `text` ends (exclusive).")

    @model_validator(mode="after")
    def _span_matches_text(self) -> SpanRecord:
        if self.end - self.start != len(self.text):
            raise ValueError(
                f"span {self.start}:{self.end} has length {self.end - self.start}, "
                f"but text {self.text!r} has length {len(self.text)}"
            )
        return self


class ArticleRecord(Record):
    """One row per input file, whether it could be processed or not."""

    article_id: str = Field(description="Stable id of the article, derived from its path.")
    source: str = Field(description="Path of the file relative to the input directory.")
    title: str | None = Field(None, description="The article's headline.")
    published: date | None = Field(None, description="Release date, where the text gives a day.")
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
    type: PlaceType = Field(description="municipality, district, region, state or country.")
    ags: str | None = Field(
        None, description="Official key: 8-digit AGS (municipality) or 5-digit Kreisschlüssel (district)."
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


def columns(model: type[Record]) -> list[str]:
    """The CSV columns of a dataset: its model's fields in declaration order."""
    return list(model.model_fields)


def column_types(model: type[Record]) -> dict[str, tuple[Any, bool]]:
    """Each column's type without ``None`` (a ``Literal`` kept whole) and whether it may be empty.

    The one walk over the field annotations that the Parquet schema, the pandas dtypes and the
    data dictionary all derive from (the models use ``X | None`` for optional columns only).
    """
    types = {}
    for name, info in model.model_fields.items():
        annotation = info.annotation
        args = typing.get_args(annotation) if typing.get_origin(annotation) is not Literal else ()
        rest = [a for a in args if a is not type(None)]
        types[name] = (rest[0], len(rest) < len(args)) if args else (annotation, False)
    return types


class Mention(Record):
    """Where a person is named in the text."""

    start: int = Field(ge=0)
    end: int = Field(gt=0)
    text: str = Field(min_length=1)


def person_key(name: str) -> str:
    """Given and family name, lower case, middle names and initials dropped ("Maria J. Schubert")."""
    words = name.split()
    return f"{words[0]} {words[-1]}".casefold() if len(words) > 1 else words[0].casefold()


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


class PersonSummary(Record):
    """One person across the archive: everybody the officials table names, once."""

    person_id: int = Field(ge=1, description="The person's id, as in officials.csv.")
    name: str = Field(min_length=1, description="The fullest variant of the name, without titles.")
    variants: str = Field(
        min_length=1, description="Every spelling of the name seen, '; '-joined, fullest first."
    )
    honorific: str | None = Field(None, description="The fullest academic title seen: 'Prof. Dr.'.")
    gender: Literal["f", "m"] | None = Field(None, description="From the given name or role form.")
    roles: str | None = Field(
        None,
        description="Every role seen, '; '-joined, earliest first_seen first (undated last); "
        "dates per role in person_roles.",
    )
    first_seen: date | None = Field(None, description="Earliest publication date of articles naming them.")
    last_seen: date | None = Field(None, description="Latest publication date of articles naming them.")
    articles: int = Field(ge=1, description="Number of articles naming the person, dated or not.")


class PersonRoleRecord(Record):
    """One person in one role across the archive (long form of ``people.roles``)."""

    person_id: int = Field(ge=1, description="The person's id, as in people.csv and officials.csv.")
    role: str = Field(min_length=1, description="The role in the text's words (first spelling seen).")
    first_seen: date | None = Field(None, description="Earliest publication date of the articles giving it.")
    last_seen: date | None = Field(None, description="Latest publication date of the articles giving it.")
    articles: int = Field(ge=1, description="Number of articles giving the person this role, dated or not.")


class MemberRecord(Record):
    """One member of the ASSKomm network across the archive: a municipality that joined."""

    municipality: str | None = Field(
        None, description="Official name; empty for a group whose towns no article names."
    )
    ags: str | None = Field(None, description="8-digit AGS of the municipality.")
    district: str | None = Field(None, description="Its district (Landkreis or kreisfreie Stadt).")
    joined: str | None = Field(None, description="Earliest reported date of joining (ISO at its precision).")
    rank: str | None = Field(
        None, description="Member number as stated; different numbers of different articles '; '-joined."
    )
    via: str | None = Field(None, description="The Verwaltungsgemeinschaft or Städtebund it joined with.")
    article_ids: str = Field(min_length=1, description="The articles reporting the joining, '; '-joined.")
    first_reported: date | None = Field(None, description="Earliest publication date of those articles.")
    last_reported: date | None = Field(None, description="Latest publication date of those articles.")


#: Tables derived across the archive from the officials (written beside :data:`DATASETS`).
PEOPLE_DATASETS: dict[str, type[Record]] = {"people": PersonSummary, "person_roles": PersonRoleRecord}

#: Columns of the people tables a researcher's script may rely on.
PEOPLE_CONTRACT_COLUMNS: dict[str, tuple[str, ...]] = {
    "people": ("person_id", "name", "roles", "first_seen", "last_seen", "articles"),
    "person_roles": ("person_id", "role", "first_seen", "last_seen", "articles"),
}

#: Tables derived across the archive from the joinings: the network's members register.
REGISTER_DATASETS: dict[str, type[Record]] = {"members": MemberRecord}
REGISTER_CONTRACT_COLUMNS: dict[str, tuple[str, ...]] = {"members": tuple(MemberRecord.model_fields)}

#: Every table of an output folder, in the order they are documented and loaded.
ALL_DATASETS: dict[str, type[Record]] = {**DATASETS, **PEOPLE_DATASETS, **REGISTER_DATASETS}
ALL_CONTRACT_COLUMNS = {**CONTRACT_COLUMNS, **PEOPLE_CONTRACT_COLUMNS, **REGISTER_CONTRACT_COLUMNS}
