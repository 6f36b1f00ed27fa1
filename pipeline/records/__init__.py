"""The records Pressefakten writes: one pydantic model per dataset.

The CSV columns, the Parquet schema and the JSON Schemas under ``outputs/schema/`` all
follow from these models (field order = column order). Column names are a public contract:
add columns, never rename or drop one.
"""

from __future__ import annotations

from pipeline.records.archive import (  # noqa: F401  (the package's public names)
    ALL_CONTRACT_COLUMNS,
    ALL_DATASETS,
    PEOPLE_CONTRACT_COLUMNS,
    PEOPLE_DATASETS,
    REGISTER_CONTRACT_COLUMNS,
    REGISTER_DATASETS,
    MemberRecord,
    PersonRoleRecord,
    PersonSummary,
)
from pipeline.records.article import (  # noqa: F401  (the package's public names)
    CONTRACT_COLUMNS,
    DATASETS,
    MEMBERS_SEPARATOR,
    ArticleExtraction,
    ArticleRecord,
    DateRecord,
    JoiningRecord,
    Mention,
    MilestoneRecord,
    OfficialRecord,
    Person,
    PlaceRecord,
    QuoteRecord,
    near_spelling,
    person_key,
)
from pipeline.records.base import (  # noqa: F401  (the package's public names)
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
    column_types,
    columns,
)
