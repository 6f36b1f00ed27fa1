"""The base of every record: the models, the shared field types, columns from models."""

from __future__ import annotations

import re
import typing
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

ISO_VALUE = re.compile(r"^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$")

PlaceType = Literal["municipality", "district_part", "district", "region", "state", "country"]
MilestoneKind = Literal["rank", "total", "newest"]
#: What a milestone counts: municipalities that joined the network (``members``), its
#: cooperation agreements (``agreements``), municipalities advised or contacted (``advised``),
#: Kommunale Präventionsräte (``councils``), participants of a sub-project such as the security
#: analyses (``participants``), or the programme's recurring events (``events``).
Counted = Literal["members", "agreements", "advised", "councils", "participants", "events"]
Scope = Literal["network", "region"]
QuoteKind = Literal["direct", "pull"]
Status = Literal["ok", "failed"]
PublishedFrom = Literal["date_line", "release_line", "dateline", "byline", "none"]


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
