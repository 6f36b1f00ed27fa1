"""Gold annotations (the evaluation kit's ``ANNOTATION.md``): their schema, their check against the
article text, and their conversion into the tables the scorer reads.

A gold file ``<stem>.json`` annotates the article ``<stem>.txt``; every ``text`` in it must be
verbatim in the article. Writing gold files as tables lets the scorer compare one annotation with
another (the inter-annotator agreement) exactly as it compares the pipeline with the gold.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Mapping
from datetime import date
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from pipeline.records import MilestoneKind, PlaceType, QuoteKind

_ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _iso(value: str | None) -> str | None:
    if value is not None and not _ISO.match(value):
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    return value


class GoldDate(_Gold):
    text: str = Field(min_length=1)
    value: str

    _value = field_validator("value")(_iso)


class GoldPlace(_Gold):
    text: str = Field(min_length=1)
    name: str = Field(min_length=1)
    type: PlaceType


class GoldOfficial(_Gold):
    name: str = Field(min_length=1)
    honorific: str | None
    roles: list[str]
    organization: str | None


class GoldMilestone(_Gold):
    kind: MilestoneKind
    value: int | None
    unit: str | None
    subject: str | None
    text: str = Field(min_length=1)

    @model_validator(mode="after")
    def _value_iff_numeric(self) -> GoldMilestone:
        if (self.kind == "newest") != (self.value is None):
            raise ValueError("kind 'newest' has no value; 'rank' and 'total' need one")
        return self


class GoldQuote(_Gold):
    text: str = Field(min_length=1)
    speaker: str | None
    speaker_name: str | None
    kind: QuoteKind


class RegionalRank(_Gold):
    rank: int
    region: str


class GoldJoining(_Gold):
    member: str = Field(min_length=1)
    municipality: str | None
    members: list[str]
    date: str | None
    rank: int | None
    regional_rank: RegionalRank | None
    text: str = Field(min_length=1)

    _date = field_validator("date")(_iso)


class GoldArticle(_Gold):
    """One gold file."""

    article: str
    published: date | None
    dates: list[GoldDate]
    places: list[GoldPlace]
    officials: list[GoldOfficial]
    milestones: list[GoldMilestone]
    quotes: list[GoldQuote]
    joinings: list[GoldJoining] = []

    def texts(self) -> list[tuple[str, str]]:
        """(section, text) of every span the annotation quotes from the article."""
        sections: dict[str, list[GoldDate | GoldPlace | GoldMilestone | GoldQuote | GoldJoining]] = {
            "dates": list(self.dates),
            "places": list(self.places),
            "milestones": list(self.milestones),
            "quotes": list(self.quotes),
            "joinings": list(self.joinings),
        }
        return [(name, item.text) for name, items in sections.items() for item in items]


def load_gold(path: Path) -> GoldArticle:
    """Read and validate one gold file.

    Raises:
        ValueError: naming the file and what is wrong with it.
    """
    try:
        return GoldArticle.model_validate_json(path.read_text(encoding="utf-8"))
    except (OSError, ValidationError) as err:
        raise ValueError(f"{path}: not a valid gold file: {err}") from err


def problems(gold: GoldArticle, stem: str, text: str) -> list[str]:
    """What is wrong with a valid gold file for the article ``text``: a wrong article name, a
    quoted span that is not verbatim in the text, a person annotated twice."""
    found = []
    if gold.article != f"{stem}.txt":
        found.append(f"article is {gold.article!r}, expected {stem}.txt")
    for section, span in gold.texts():
        if span not in text:
            found.append(f"{section}: text not verbatim in the article: {span[:60]!r}")
    names = [o.name for o in gold.officials]
    found += [
        f"officials: {name!r} annotated twice" for name in sorted({n for n in names if names.count(n) > 1})
    ]
    return found


def _rows(stem: str, gold: GoldArticle) -> dict[str, list[dict[str, object]]]:
    """The rows one gold article gives each table the scorer reads."""
    return {
        "articles": [{"article_id": stem, "source": gold.article, "published": gold.published or ""}],
        "dates": [{"article_id": stem, "value": d.value} for d in gold.dates],
        "places": [{"article_id": stem, "name": p.name} for p in gold.places],
        "officials": [
            {"article_id": stem, "name": o.name, "role": "; ".join(o.roles)} for o in gold.officials
        ],
        "milestones": [
            {"article_id": stem, "kind": m.kind, "value": "" if m.value is None else m.value}
            for m in gold.milestones
        ],
        "quotes": [
            {
                "article_id": stem,
                "text": q.text,
                "speaker": q.speaker or "",
                "speaker_name": q.speaker_name or "",
            }
            for q in gold.quotes
        ],
        "joinings": [
            {
                "article_id": stem,
                "member": j.member,
                "municipality": j.municipality or "",
                "date": j.date or "",
            }
            for j in gold.joinings
        ],
    }


def write_score_tables(golds: Mapping[str, GoldArticle], out_dir: Path) -> None:
    """Write gold annotations as the CSV tables ``score.py`` reads from an output folder."""
    tables: dict[str, list[dict[str, object]]] = {}
    for stem, gold in sorted(golds.items()):
        for name, rows in _rows(stem, gold).items():
            tables.setdefault(name, []).extend(rows)
    out_dir.mkdir(parents=True, exist_ok=True)
    for name, rows in tables.items():
        columns = list(dict.fromkeys(key for row in rows for key in row)) or ["article_id"]
        with (out_dir / f"{name}.csv").open("w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
            writer.writeheader()
            writer.writerows(rows)


def read_split(path: Path) -> dict[str, Literal["develop", "heldout"]]:
    """The archive split: stem -> ``develop`` or ``heldout``.

    Raises:
        ValueError: an unknown split name or a malformed line.
    """
    split: dict[str, Literal["develop", "heldout"]] = {}
    with path.open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(handle, delimiter="\t"):
            if row.get("split") not in ("develop", "heldout"):
                raise ValueError(
                    f"{path}: {row.get('stem')!r} has split {row.get('split')!r} (develop or heldout)"
                )
            split[row["stem"]] = row["split"]  # type: ignore[assignment]
    return split
