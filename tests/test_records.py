"""Tests of the record models: validation with clear messages, JSON Schemas, the column contract."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from pipeline.records import (
    CONTRACT_COLUMNS,
    DATASETS,
    ArticleRecord,
    DateRecord,
    Mention,
    MilestoneRecord,
    OfficialRecord,
    Person,
    PlaceRecord,
    QuoteRecord,
    Record,
    columns,
)

SPAN = {"article_id": "a1", "text": "Radeberg", "start": 10, "end": 18}

NETWORK = {"counted": "members", "scope": "network"}
VALID: list[tuple[type[Record], dict[str, Any]]] = [
    (ArticleRecord, {"article_id": "a1", "source": "x.txt", "status": "ok"}),
    (ArticleRecord, {"article_id": "a1", "source": "x.txt", "status": "failed", "error": "x.txt: empty"}),
    (
        DateRecord,
        {**SPAN, "text": "17.04.2024", "start": 0, "end": 10, "value": "2024-04-17", "precision": "day"},
    ),
    (
        DateRecord,
        {**SPAN, "text": "April 2024", "start": 0, "end": 10, "value": "2024-04", "precision": "month"},
    ),
    (DateRecord, {**SPAN, "text": "2024", "start": 0, "end": 4, "value": "2024", "precision": "year"}),
    (
        DateRecord,
        {**SPAN, "text": "29.02.2024", "start": 0, "end": 10, "value": "2024-02-29", "precision": "day"},
    ),
    (PlaceRecord, {**SPAN, "name": "Radeberg", "type": "municipality", "ags": "14625480"}),
    (PlaceRecord, {**SPAN, "name": "Bautzen", "type": "district", "ags": "14625"}),
    (PlaceRecord, {**SPAN, "name": "Sachsen", "type": "state"}),
    (OfficialRecord, {**SPAN, "person_id": 1, "name": "Armin Schuster", "role": None}),
    (MilestoneRecord, {**SPAN, **NETWORK, "kind": "rank", "value": 53}),
    (MilestoneRecord, {**SPAN, **NETWORK, "kind": "total", "value": 0}),
    (MilestoneRecord, {**SPAN, **NETWORK, "kind": "newest", "value": None}),
    (
        MilestoneRecord,
        {**SPAN, "kind": "rank", "value": 5, "counted": "events", "scope": "region", "region": "Ostsachsen"},
    ),
    (QuoteRecord, {**SPAN, "quote_id": "a1-q1", "kind": "direct"}),
]


@pytest.mark.parametrize(("model", "data"), VALID, ids=lambda v: getattr(v, "__name__", None))
def test_valid_records_are_accepted(model: type[Record], data: dict[str, Any]) -> None:
    record = model(**data)
    assert record.model_dump(include=set(data)) == data


INVALID: list[tuple[str, type[Record], dict[str, Any], tuple[str, ...]]] = [
    (
        "span-longer-than-text",
        PlaceRecord,
        {**SPAN, "end": 20, "name": "Radeberg", "type": "municipality"},
        ("span 10:20 has length 10", "'Radeberg' has length 8"),
    ),
    (
        "span-shorter-than-text",
        DateRecord,
        {**SPAN, "text": "17.04.2024", "start": 0, "end": 9, "value": "2024-04-17", "precision": "day"},
        ("span 0:9 has length 9", "has length 10"),
    ),
    (
        "month-13",
        DateRecord,
        {**SPAN, "text": "x" * 8, "value": "2023-13-01", "precision": "day"},
        ("'2023-13-01' is not ISO",),
    ),
    (
        "february-30",
        DateRecord,
        {**SPAN, "text": "x" * 8, "value": "2023-02-30", "precision": "day"},
        ("day is out of range for month",),
    ),
    (
        "february-29-no-leap-year",
        DateRecord,
        {**SPAN, "text": "x" * 8, "value": "2023-02-29", "precision": "day"},
        ("day is out of range for month",),
    ),
    (
        "german-order",
        DateRecord,
        {**SPAN, "text": "x" * 8, "value": "17.04.2024", "precision": "day"},
        ("'17.04.2024' is not ISO",),
    ),
    (
        "two-digit-year",
        DateRecord,
        {**SPAN, "text": "x" * 8, "value": "24", "precision": "year"},
        ("'24' is not ISO",),
    ),
    (
        "precision-day-for-month",
        DateRecord,
        {**SPAN, "text": "x" * 8, "value": "2023-02", "precision": "day"},
        ("precision 'day' does not fit value '2023-02'",),
    ),
    (
        "precision-month-for-year",
        DateRecord,
        {**SPAN, "text": "x" * 8, "value": "2023", "precision": "month"},
        ("precision 'month' does not fit value '2023'",),
    ),
    (
        "precision-year-for-day",
        DateRecord,
        {**SPAN, "text": "x" * 8, "value": "2023-02-01", "precision": "year"},
        ("precision 'year' does not fit value '2023-02-01'",),
    ),
    (
        "ags-6-digits",
        PlaceRecord,
        {**SPAN, "name": "Radeberg", "type": "municipality", "ags": "146254"},
        ("ags '146254' must be 5 (district) or 8 (municipality) digits",),
    ),
    (
        "ags-letters",
        PlaceRecord,
        {**SPAN, "name": "Radeberg", "type": "municipality", "ags": "1462548X"},
        ("ags '1462548X' must be 5",),
    ),
    (
        "ags-state-2-digits",
        PlaceRecord,
        {**SPAN, "name": "Sachsen", "type": "state", "ags": "14"},
        ("ags '14' must be 5",),
    ),
    (
        "ags-with-space",
        PlaceRecord,
        {**SPAN, "name": "Bautzen", "type": "district", "ags": "14625 "},
        ("must be 5 (district) or 8 (municipality) digits",),
    ),
    (
        "milestone-newest-with-value",
        MilestoneRecord,
        {**SPAN, **NETWORK, "kind": "newest", "value": 3},
        ("kind 'newest' has no value",),
    ),
    (
        "milestone-rank-without-value",
        MilestoneRecord,
        {**SPAN, **NETWORK, "kind": "rank", "value": None},
        ("'rank' and 'total' need one",),
    ),
    (
        "milestone-negative",
        MilestoneRecord,
        {**SPAN, **NETWORK, "kind": "total", "value": -1},
        ("greater than or equal to 0",),
    ),
    (
        "milestone-region-without-name",
        MilestoneRecord,
        {**SPAN, "kind": "total", "value": 6, "counted": "members", "scope": "region"},
        ("a regional milestone names its region",),
    ),
    (
        "milestone-unknown-count",
        MilestoneRecord,
        {**SPAN, "kind": "total", "value": 6, "counted": "towns", "scope": "network"},
        ("counted",),
    ),
    (
        "failed-article-without-error",
        ArticleRecord,
        {"article_id": "a1", "source": "x.txt", "status": "failed"},
        ("a failed article needs an error message",),
    ),
    (
        "failed-article-empty-error",
        ArticleRecord,
        {"article_id": "a1", "source": "x.txt", "status": "failed", "error": ""},
        ("a failed article needs an error message",),
    ),
    (
        "ok-article-with-error",
        ArticleRecord,
        {"article_id": "a1", "source": "x.txt", "status": "ok", "error": "boom"},
        ("an ok one has none",),
    ),
    (
        "unknown-status",
        ArticleRecord,
        {"article_id": "a1", "source": "x.txt", "status": "skipped"},
        ("status", "'ok' or 'failed'"),
    ),
    (
        "unknown-field",
        DateRecord,
        {**SPAN, "text": "2024", "start": 0, "end": 4, "value": "2024", "precision": "year", "note": "x"},
        ("note", "Extra inputs are not permitted"),
    ),
    (
        "empty-text",
        QuoteRecord,
        {**SPAN, "text": "", "end": 10, "quote_id": "q", "kind": "direct"},
        ("text",),
    ),
    (
        "negative-start",
        QuoteRecord,
        {**SPAN, "start": -1, "end": 7, "quote_id": "q", "kind": "direct"},
        ("start",),
    ),
    ("unknown-place-type", PlaceRecord, {**SPAN, "name": "Radeberg", "type": "city"}, ("type",)),
    ("person-id-zero", OfficialRecord, {**SPAN, "person_id": 0, "name": "Armin Schuster"}, ("person_id",)),
    ("unknown-quote-kind", QuoteRecord, {**SPAN, "quote_id": "q", "kind": "indirect"}, ("kind",)),
]


@pytest.mark.parametrize(("model", "data", "expected"), [c[1:] for c in INVALID], ids=[c[0] for c in INVALID])
def test_invalid_records_give_clear_errors(
    model: type[Record], data: dict[str, Any], expected: tuple[str, ...]
) -> None:
    with pytest.raises(ValidationError) as info:
        model(**data)
    message = str(info.value)
    for fragment in expected:
        assert fragment in message


def test_records_are_frozen() -> None:
    record = PlaceRecord(**SPAN, name="Radeberg", type="municipality")
    with pytest.raises(ValidationError, match="frozen"):
        record.name = "Pirna"  # type: ignore[misc]


def test_person_needs_a_mention() -> None:
    with pytest.raises(ValidationError, match="mentions"):
        Person(name="Armin Schuster", family="Schuster", mentions=())
    person = Person(
        name="Armin Schuster", family="Schuster", mentions=(Mention(start=0, end=8, text="Schuster"),)
    )
    assert person.roles == ()


@pytest.mark.parametrize("name", list(DATASETS))
def test_json_schema_is_generated_for_every_dataset(name: str) -> None:
    schema = DATASETS[name].model_json_schema()
    assert schema["type"] == "object"
    assert list(schema["properties"]) == columns(DATASETS[name])
    assert schema.get("additionalProperties") is False
    for field, prop in schema["properties"].items():
        assert prop.get("description"), f"{name}.{field} has no description in the schema"


@pytest.mark.parametrize("name", list(DATASETS))
def test_contract_columns_are_model_columns(name: str) -> None:
    missing = set(CONTRACT_COLUMNS[name]) - set(columns(DATASETS[name]))
    assert not missing, f"{name}: contract columns missing from the model: {sorted(missing)}"


def test_every_dataset_has_a_contract() -> None:
    assert list(CONTRACT_COLUMNS) == list(DATASETS)


@pytest.mark.parametrize("name", [n for n in DATASETS if n != "articles"])
def test_span_datasets_carry_offsets(name: str) -> None:
    assert {"article_id", "text", "start", "end"} <= set(columns(DATASETS[name]))
