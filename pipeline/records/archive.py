"""The records derived across the archive: the people tables and the members register."""

from __future__ import annotations

from datetime import date
from typing import Literal

from pydantic import Field

from pipeline.records.article import CONTRACT_COLUMNS, DATASETS
from pipeline.records.base import Record


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
    role_heads: str | None = Field(
        None,
        description="The roles' heads in canonical form (see officials.role_head), '; '-joined, distinct.",
    )
    first_seen: date | None = Field(None, description="Earliest publication date of articles naming them.")
    last_seen: date | None = Field(None, description="Latest publication date of articles naming them.")
    articles: int = Field(ge=1, description="Number of articles naming the person, dated or not.")


class PersonRoleRecord(Record):
    """One person in one role across the archive (long form of ``people.roles``)."""

    person_id: int = Field(ge=1, description="The person's id, as in people.csv and officials.csv.")
    role: str = Field(min_length=1, description="The role in the text's words (first spelling seen).")
    role_head: str | None = Field(
        None, description="The role's head in canonical form (see officials.role_head)."
    )
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
