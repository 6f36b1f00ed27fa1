"""The project's gold: every file valid and verbatim in its article, the split fixed and sound,
and the scorer's view of gold tables (one annotation scored against itself is perfect)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from pipeline.stages.evaluate import EXIT_NO_KIT, kit_paths, main, score
from pipeline.stages.gold import GoldArticle, load_gold, problems, read_split, write_score_tables
from tests.conftest import ROOT, SHARED

EVAL = ROOT / "eval"
ARCHIVE_GOLD = sorted((EVAL / "gold" / "archive").glob("*.json"))
ARCHIVE = SHARED / "corpus" / "archive"
SPLIT = read_split(EVAL / "split.tsv")


def _needs_kit() -> None:
    if not ARCHIVE.exists():
        pytest.skip("../shared is not beside the checkout")


@pytest.mark.parametrize("path", ARCHIVE_GOLD, ids=lambda p: p.stem[:40])
def test_archive_gold_is_valid_and_verbatim(path: Path) -> None:
    gold = load_gold(path)
    _needs_kit()
    text = (ARCHIVE / gold.article).read_text(encoding="utf-8")
    assert problems(gold, path.stem, text) == []


def test_every_archive_article_has_gold() -> None:
    _needs_kit()
    assert {p.stem for p in ARCHIVE.glob("*.txt")} == {p.stem for p in ARCHIVE_GOLD}
    assert len(ARCHIVE_GOLD) == 147


def test_the_split_holds_out_at_least_sixty_articles() -> None:
    assert set(SPLIT) == {p.stem for p in ARCHIVE_GOLD}
    held = [s for s, part in SPLIT.items() if part == "heldout"]
    assert len(held) >= 60


def test_the_double_annotation_covers_forty_articles_of_both_parts() -> None:
    passes = {name: {p.stem for p in (EVAL / "annotations" / name).glob("*.json")} for name in ("A", "B")}
    assert passes["A"] == passes["B"] and len(passes["A"]) >= 40
    assert passes["A"] <= set(SPLIT)
    assert {SPLIT[s] for s in passes["A"]} == {"develop", "heldout"}
    for name, stems in passes.items():
        for stem in stems:
            load_gold(EVAL / "annotations" / name / f"{stem}.json")


def test_the_dev_gold_fits_the_schema(shared_dev: Path) -> None:
    for path in sorted((shared_dev / "gold").glob("*.json")):
        gold = load_gold(path)
        text = (shared_dev / "articles" / gold.article).read_text(encoding="utf-8")
        assert problems(gold, path.stem, text) == []


GOLD = {
    "article": "a.txt",
    "published": "2024-04-17",
    "dates": [{"text": "17.04.2024", "value": "2024-04-17"}],
    "places": [{"text": "Radeberg", "name": "Radeberg", "type": "municipality"}],
    "officials": [{"name": "Hans Tuschling", "honorific": None, "roles": ["Referent"], "organization": None}],
    "milestones": [{"kind": "rank", "value": 5, "unit": "Vernetzungstreffen", "subject": None,
                    "text": "5. Vernetzungstreffen"}],
    "quotes": [{"text": "Wir wollen sichere Kommunen.", "speaker": "Hans Tuschling",
                "speaker_name": "Hans Tuschling", "kind": "direct"}],
    "joinings": [{"member": "Stadt Radeberg", "municipality": "Radeberg", "members": [], "date": "2024-04-17",
                  "rank": None, "regional_rank": {"rank": 4, "region": "Landkreis Bautzen"},
                  "text": "Radeberg tritt bei"}],
}  # fmt: skip
TEXT = (
    "17.04.2024\nRadeberg tritt bei\nZum 5. Vernetzungstreffen kam Hans Tuschling nach Radeberg: "
    "„Wir wollen sichere Kommunen.“"
)


def test_problems_name_what_is_not_verbatim() -> None:
    gold = GoldArticle.model_validate(GOLD)
    assert problems(gold, "a", TEXT) == []
    assert problems(gold, "b", TEXT) == ["article is 'a.txt', expected b.txt"]
    found = problems(gold, "a", TEXT.replace("Radeberg tritt bei", "Radeberg ist dabei"))
    assert found == ["joinings: text not verbatim in the article: 'Radeberg tritt bei'"]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"published": "17.04.2024"}, "published"),
        ({"places": [{"text": "Radeberg", "name": "Radeberg", "type": "town"}]}, "type"),
        (
            {"milestones": [{"kind": "newest", "value": 3, "unit": None, "subject": None, "text": "x"}]},
            "newest",
        ),
        ({"dates": [{"text": "2024", "value": "24"}]}, "not YYYY"),
        ({"colour": "blue"}, "colour"),
    ],
)
def test_invalid_gold_files_are_refused_with_the_file_named(
    tmp_path: Path, change: dict, message: str
) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps({**GOLD, **change}), encoding="utf-8")
    with pytest.raises(ValueError, match=message) as info:
        load_gold(path)
    assert str(path) in str(info.value)


def test_one_annotation_scored_against_itself_is_perfect(tmp_path: Path) -> None:
    _needs_kit()
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "a.json").write_text(json.dumps(GOLD), encoding="utf-8")
    write_score_tables({"a": load_gold(gold_dir / "a.json")}, tmp_path / "tables")
    figures = score(SHARED / "eval" / "score.py", gold_dir, tmp_path / "tables")
    for field in ("published", "dates", "places", "officials", "milestones", "quotes", "joinings"):
        assert figures[field]["f1"] == 1.0, field
    assert figures["officials"]["role_acc"] == figures["quotes"]["speaker_acc"] == 1.0


def test_evaluate_without_the_kit_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    params = tmp_path / "params.yaml"
    params.write_text(f"evaluate:\n  shared_dir: {tmp_path / 'nirgends'}\n", encoding="utf-8")
    assert main(["--params", str(params)]) == EXIT_NO_KIT
    err = capsys.readouterr().err
    assert "evaluation kit is not available" in err and "score.py" in err


def test_kit_paths_name_every_part(tmp_path: Path) -> None:
    _needs_kit()
    kit = tmp_path / "kit"
    shutil.copytree(SHARED / "eval", kit / "eval")
    with pytest.raises(Exception, match="corpus"):
        kit_paths(kit)
