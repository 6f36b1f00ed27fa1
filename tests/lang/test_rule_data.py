"""The rule data: constants only, immutable, complete where code relies on it."""

from __future__ import annotations

import ast
import importlib
import pkgutil
import re
from pathlib import Path
from types import MappingProxyType

import pytest

import pipeline.lang
from pipeline.lang.milestones import COUNT_UNITS, EVENT_UNITS, MEMBER_UNITS, UNIT_CLASSES
from pipeline.lang.quotes import CANONICAL, CLOSERS, DOUBLE_QUOTE_MARKS, OPENERS, QUOTE_MARKS

MODULES = sorted(m.name for m in pkgutil.iter_modules(pipeline.lang.__path__))
MUTABLE = (list, dict, set, bytearray)


@pytest.mark.parametrize("name", MODULES)
def test_rule_data_is_immutable(name: str) -> None:
    module = importlib.import_module(f"pipeline.lang.{name}")
    for attr, value in vars(module).items():
        if attr.isupper():
            assert not isinstance(value, MUTABLE), f"lang.{name}.{attr} is a mutable {type(value).__name__}"
            if isinstance(value, MappingProxyType):
                assert all(not isinstance(v, MUTABLE) for v in value.values()), f"lang.{name}.{attr}"


@pytest.mark.parametrize("name", MODULES)
def test_rule_data_imports_nothing_of_the_package(name: str) -> None:
    path = Path(pipeline.lang.__path__[0]) / f"{name}.py"
    tree = ast.parse(path.read_text(encoding="utf-8"))
    imported = [n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert not [m for m in imported if m and m.startswith("pipeline")]


def test_every_unit_says_what_it_counts() -> None:
    units = {*MEMBER_UNITS.values(), *EVENT_UNITS.values(), *COUNT_UNITS.values()}
    assert units <= set(UNIT_CLASSES)
    assert set(UNIT_CLASSES.values()) <= {"member", "event", "other"}
    assert UNIT_CLASSES["Kommunaler Präventionsrat"] == "other"
    assert UNIT_CLASSES["Vernetzungstreffen"] == "event"
    assert UNIT_CLASSES["Kommunen"] == "member"


def test_quotation_marks_are_one_consistent_set() -> None:
    assert set(CANONICAL) == set(OPENERS)
    assert all(CANONICAL[mark] in OPENERS[mark] for mark in OPENERS)
    assert all(closers <= CLOSERS | set(OPENERS) for closers in OPENERS.values())
    assert DOUBLE_QUOTE_MARKS <= QUOTE_MARKS
    assert {"»", "«", "„", "“", "”", '"'} <= DOUBLE_QUOTE_MARKS
    assert not re.search(r"[‚‘’']", "".join(DOUBLE_QUOTE_MARKS))
