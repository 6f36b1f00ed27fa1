"""Tests of the headline gold and the title figures."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.stages.titles import TitleGoldError, read_title_gold, score_titles

GOLD = {
    "a": "Gemeinde Musterau tritt dem Netzwerk bei",
    "b": "",
    "c": "Neue Streetworker für die Innenstadt",
    "d": "Sicherheitsbefragung startet",
}


@pytest.mark.parametrize(
    ("predicted", "expected"),
    [
        # whitespace does not count, a title on a page without a headline is debris
        (
            {
                "a": "Gemeinde Musterau  tritt dem\nNetzwerk bei",
                "b": "Cookie-Einstellungen",
                "c": "",
                "d": "Suche",
            },
            {"right": 1, "missed": 1, "wrong": 1, "debris": 1, "acc": 0.25},
        ),
        # an empty title where the page has none is right; a missing row is no title
        (
            {"a": GOLD["a"], "b": "", "c": GOLD["c"]},
            {"right": 3, "missed": 1, "wrong": 0, "debris": 0, "acc": 0.75},
        ),
    ],
)
def test_score_titles_counts_each_kind_of_outcome(
    predicted: dict[str, str], expected: dict[str, object]
) -> None:
    figures = score_titles(GOLD, predicted, sorted(GOLD))
    assert figures == {"n": 4, **expected}


def test_score_titles_scores_only_the_stems_of_the_split() -> None:
    figures = score_titles(GOLD, {"a": "Menü"}, ["a", "b"])
    assert (figures["n"], figures["wrong"], figures["right"]) == (2, 1, 1)


def test_read_title_gold_reads_empty_titles(tmp_path: Path) -> None:
    path = tmp_path / "titles.tsv"
    path.write_text(
        "stem\ttitle\tnote\na\t„Wir bleiben dran“ – Ortschaftsrat tagt\t\nb\t\tno headline\n",
        encoding="utf-8",
    )
    assert read_title_gold(path) == {"a": "„Wir bleiben dran“ – Ortschaftsrat tagt", "b": ""}


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("stem\theadline\na\tX\n", "needs the tab-separated columns stem and title"),
        ("stem\ttitle\na\tX\na\tY\n", "the stem 'a' has two rows"),
    ],
)
def test_read_title_gold_names_the_file_and_the_problem(tmp_path: Path, content: str, problem: str) -> None:
    path = tmp_path / "titles.tsv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TitleGoldError, match=problem) as err:
        read_title_gold(path)
    assert str(path) in str(err.value)
