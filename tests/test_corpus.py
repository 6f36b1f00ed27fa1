"""Whole-corpus tests: every offset of every dataset points at its text; the dev set scores well.

The bundled corpus (``corpus/``) is extracted once per module; the dev articles of
``../shared/corpus/dev`` once more (skipped where ``../shared`` is absent) and scored with
``../shared/eval/score.py``.
"""

from __future__ import annotations

import contextlib
import csv
import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.cli import main
from pipeline.records import DATASETS
from pipeline.write.person_ids import person_key

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
BUNDLED = sorted(p.relative_to(CORPUS).as_posix() for p in CORPUS.rglob("*.txt"))
SPAN_DATASETS = [name for name in DATASETS if name != "articles"]
MIN_SCORE = 0.9

csv.field_size_limit(10_000_000)


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def extract(input_dir: Path, out: Path) -> int:
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        return main(["extract", str(input_dir), "--out", str(out), "--model", "default", "--quiet"])


@pytest.fixture(scope="module")
def corpus_out(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("corpus") / "out"
    extract(CORPUS, out)
    return out


@pytest.fixture(scope="module")
def articles(corpus_out: Path) -> dict[str, dict[str, str]]:
    return {row["article_id"]: row for row in read_csv(corpus_out / "articles.csv")}


@pytest.fixture(scope="module")
def sources(articles: dict[str, dict[str, str]]) -> dict[str, str]:
    """The text of every article, decoded from the file independently of the pipeline."""
    texts = {}
    for aid, row in articles.items():
        data = (CORPUS / row["source"]).read_bytes()
        encoding = "utf-8-sig" if row["encoding"] == "utf-8" else row["encoding"]
        texts[aid] = data.decode(encoding)
    return texts


def test_corpus_is_bundled() -> None:
    assert len(BUNDLED) >= 50
    assert any(name.startswith("seeds/") for name in BUNDLED)


def test_manifest_lists_exactly_the_bundled_files() -> None:
    with (CORPUS / "manifest.tsv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))
    listed = [row["file"] for row in rows]
    assert len(listed) == len(set(listed)), "manifest.tsv lists a file twice"
    assert sorted(listed) == BUNDLED
    assert {row["complete"] for row in rows} <= {"yes", "no"}
    assert all(row["url"] and row["site"] for row in rows)


def test_every_bundled_file_is_an_article(articles: dict[str, dict[str, str]]) -> None:
    assert sorted(row["source"] for row in articles.values()) == BUNDLED


@pytest.mark.parametrize("source", BUNDLED)
def test_bundled_article_is_ok(articles: dict[str, dict[str, str]], source: str) -> None:
    [row] = [r for r in articles.values() if r["source"] == source]
    assert (row["status"], row["error"]) == ("ok", ""), row["error"]
    assert int(row["chars"]) > 0
    if row["layout"] in ("lpr", "medienservice"):
        assert row["title"] and row["published"]


@pytest.mark.parametrize("name", SPAN_DATASETS)
def test_offsets_point_at_the_text(
    corpus_out: Path, articles: dict[str, dict[str, str]], sources: dict[str, str], name: str
) -> None:
    rows = read_csv(corpus_out / f"{name}.csv")
    assert rows or name == "milestones"
    wrong = []
    for row in rows:
        assert row["article_id"] in articles
        start, end = int(row["start"]), int(row["end"])
        if sources[row["article_id"]][start:end] != row["text"]:
            wrong.append((articles[row["article_id"]]["source"], start, end, row["text"]))
    assert not wrong, f"{len(wrong)} of {len(rows)} {name} rows do not match the source: {wrong[:5]}"


@pytest.mark.parametrize("name", SPAN_DATASETS)
def test_every_dataset_has_rows(corpus_out: Path, name: str) -> None:
    assert read_csv(corpus_out / f"{name}.csv")


def test_place_keys_fit_the_place_type(corpus_out: Path) -> None:
    for row in read_csv(corpus_out / "places.csv"):
        expected = {"municipality": r"\d{8}", "district": r"\d{5}"}.get(row["type"], "")
        assert re.fullmatch(f"({expected})?", row["ags"]), row
        if row["type"] == "municipality" and row["ags"] and row["district"]:
            assert row["ags"].startswith("14"), row


def test_each_place_once_per_article(corpus_out: Path) -> None:
    keys = [(r["article_id"], r["name"], r["type"]) for r in read_csv(corpus_out / "places.csv")]
    assert len(keys) == len(set(keys))


def test_quote_ids(corpus_out: Path) -> None:
    rows = read_csv(corpus_out / "quotes.csv")
    ids = [r["quote_id"] for r in rows]
    assert len(ids) == len(set(ids))
    for row in rows:
        assert re.fullmatch(re.escape(row["article_id"]) + r"-q\d+", row["quote_id"])


def test_person_ids_are_consistent(corpus_out: Path) -> None:
    """One id, one person: at most one full name (a family name alone may join it), and one
    id per full name across the archive."""
    names: dict[str, set[str]] = {}
    for row in read_csv(corpus_out / "officials.csv"):
        names.setdefault(row["person_id"], set()).add(person_key(row["name"]))
    ids_of: dict[str, set[str]] = {}
    for pid, keys in names.items():
        full = {k for k in keys if " " in k}
        assert len(full) <= 1, (pid, keys)
        assert len({k.split()[-1] for k in keys}) == 1, (pid, keys)
        for key in full or keys:
            ids_of.setdefault(key, set()).add(pid)
    assert all(len(v) == 1 for v in ids_of.values()), {k: v for k, v in ids_of.items() if len(v) > 1}


# --- dev quality smoke test -----------------------------------------------------------------


@pytest.fixture(scope="module")
def dev_scores(shared_dev: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, dict[str, float]]:
    score = shared_dev.parent.parent / "eval" / "score.py"
    if not score.exists():
        pytest.skip(f"{score} not found")
    out = tmp_path_factory.mktemp("dev") / "out"
    assert extract(shared_dev / "articles", out) in (0, 1)
    done = subprocess.run(
        [sys.executable, str(score), str(shared_dev / "gold"), str(out), "--json"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )
    return json.loads(done.stdout)


def test_dev_articles_are_all_scored(dev_scores: dict[str, dict[str, float]]) -> None:
    assert dev_scores["articles"]["missing_in_outputs"] == 0
    assert dev_scores["articles"]["gold"] > 0


@pytest.mark.parametrize(
    "task", ["published", "dates", "places", "officials", "milestones", "quotes", "joinings"]
)
def test_dev_f1(dev_scores: dict[str, dict[str, float]], task: str) -> None:
    assert dev_scores[task]["f1"] >= MIN_SCORE, dev_scores[task]


@pytest.mark.parametrize(
    ("task", "metric"), [("officials", "role_acc"), ("quotes", "speaker_acc"), ("joinings", "date_acc")]
)
def test_dev_accuracy(dev_scores: dict[str, dict[str, float]], task: str, metric: str) -> None:
    assert dev_scores[task][metric] is not None
    assert dev_scores[task][metric] >= MIN_SCORE, dev_scores[task]
