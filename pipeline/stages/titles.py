"""Headline gold for the archive and the title figures of the evaluate stage.

The scorer of the evaluation kit does not score titles, so the project keeps its own gold:
``eval/titles.tsv`` names each archive article's headline as it stands in the text, or nothing
where the page has none (written blind, from the texts only). A title is right when it equals the
gold after collapsing whitespace; a title where the gold has none is debris (a menu, banner,
caption or teaser taken for a headline).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable, Mapping
from pathlib import Path

_SPACE = re.compile(r"\s+")


class TitleGoldError(ValueError):
    """The headline gold file is malformed."""


def read_title_gold(path: Path) -> dict[str, str]:
    """The gold headline of each article stem (``""`` where the page has none).

    Raises:
        TitleGoldError: the file lacks the ``stem`` and ``title`` columns or repeats a stem.
    """
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle, delimiter="\t", quoting=csv.QUOTE_NONE)
        if not {"stem", "title"} <= set(reader.fieldnames or ()):
            raise TitleGoldError(
                f"{path}: needs the tab-separated columns stem and title, has {reader.fieldnames}"
            )
        gold: dict[str, str] = {}
        for row in reader:
            if row["stem"] in gold:
                raise TitleGoldError(
                    f"{path}: the stem {row['stem']!r} has two rows; one row per article is allowed"
                )
            gold[row["stem"]] = row["title"] or ""
    return gold


def _norm(title: str | None) -> str:
    return _SPACE.sub(" ", title or "").strip()


def score_titles(
    gold: Mapping[str, str], predicted: Mapping[str, str | None], stems: Iterable[str]
) -> dict[str, object]:
    """The title figures over ``stems``: right, missed, wrong, debris and the accuracy.

    Args:
        gold: the gold headline per stem (``""``: the page has none).
        predicted: the extracted title per stem (a stem that is missing counts as no title).
        stems: the articles to score (one split of the archive).
    """
    counts = {"right": 0, "missed": 0, "wrong": 0, "debris": 0}
    for stem in stems:
        want, got = _norm(gold[stem]), _norm(predicted.get(stem))
        if want == got:
            counts["right"] += 1
        elif not got:
            counts["missed"] += 1
        else:
            counts["debris" if not want else "wrong"] += 1
    n = sum(counts.values())
    return {"n": n, **counts, "acc": round(counts["right"] / n, 4) if n else None}
