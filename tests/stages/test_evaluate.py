"""Tests of the evaluate stage's pure parts: the challenge and real-text sections, the printed table."""

from __future__ import annotations

import pytest

from pipeline.stages.evaluate import REALTEXT_FIELDS, REALTEXT_SECTIONS, SECTIONS, set_fields, table


def _row(f1: float) -> dict[str, object]:
    return {"p": f1, "r": f1, "f1": f1, "tp": 1, "fp": 0, "fn": 0}


@pytest.mark.parametrize(
    ("scores", "expected"),
    [
        # each set gives only the fields it was written for: the people set's empty joinings
        # and the joinings set's published dates are not figures of the section
        (
            {
                "joinings": {"joinings": _row(0.9), "published": _row(0.1)},
                "people": {"quotes": _row(0.8), "joinings": _row(0.0)},
            },
            {"joinings": 0.9, "quotes": 0.8},
        ),
        (
            {"pages": {"dates": _row(0.7), "places": _row(0.6), "officials": _row(0.0)}},
            {"dates": 0.7, "places": 0.6},
        ),
        # round 3's mixed pages give every field but joinings
        (
            {"mixed": {"officials": _row(0.9), "milestones": _row(0.5), "joinings": _row(0.0)}},
            {"officials": 0.9, "milestones": 0.5},
        ),
        ({}, {}),
    ],
)
def test_set_fields_keeps_the_fields_each_challenge_set_was_written_for(scores, expected) -> None:
    section = set_fields(scores)
    assert {field: row["f1"] for field, row in section.items()} == expected


def test_set_fields_keeps_only_the_fields_a_real_text_set_has_gold_for() -> None:
    # the real sentences have no gold for milestones or joinings: their empty lists are no figure
    scores = {"germeval": {"officials": _row(0.8), "quotes": _row(0.7), "milestones": _row(0.0)}}
    section = set_fields(scores, REALTEXT_FIELDS)
    assert {field: row["f1"] for field, row in section.items()} == {"officials": 0.8, "quotes": 0.7}


def test_every_real_text_set_has_a_develop_and_a_heldout_section_in_the_printed_order() -> None:
    assert REALTEXT_SECTIONS.keys() == REALTEXT_FIELDS.keys()
    for prefix in REALTEXT_SECTIONS.values():
        assert f"{prefix}_develop" in SECTIONS
        assert f"{prefix}_heldout" in SECTIONS
    # the sections of two sets never collide: each set's figures stay apart
    assert len(set(REALTEXT_SECTIONS.values())) == len(REALTEXT_SECTIONS)


def test_table_prints_every_section_and_a_dash_for_a_field_a_section_lacks() -> None:
    metrics = {"dev": {"dates": _row(1.0)}, SECTIONS[-1]: {"joinings": {**_row(0.5), "date_acc": 0.75}}}
    lines = table(metrics).splitlines()
    assert lines[0].split() == ["field", *SECTIONS]
    dates = next(line for line in lines if line.startswith("dates"))
    assert dates.split() == ["dates", "1.000", *["-"] * (len(SECTIONS) - 1)]
    joinings = next(line for line in lines if line.startswith("join date acc"))
    assert joinings.split()[-1] == "0.750"
