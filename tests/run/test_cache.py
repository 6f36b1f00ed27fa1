"""Tests of the result cache (:mod:`pipeline.run.cache`): keys, atomic entries, damaged entries,
pruning, and the pipeline fingerprint that invalidates everything when the pipeline changes."""

from __future__ import annotations

import json
import os
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.records import ArticleExtraction, ArticleRecord
from pipeline.run import cache as cache_module
from pipeline.run.cache import ResultCache, pipeline_fingerprint

SHA_A = "a" * 64
SHA_B = "b" * 64


def result(article_id: str = "abc123def456", title: str = "Titel") -> ArticleExtraction:
    return ArticleExtraction(
        article=ArticleRecord(
            article_id=article_id, source=f"{article_id}.txt", title=title, status="ok", sha256=SHA_A
        )
    )


@pytest.fixture
def store(tmp_path: Path) -> ResultCache:
    return ResultCache(tmp_path / "cache", "fp1")


def test_cache_creates_its_folder(tmp_path: Path) -> None:
    ResultCache(tmp_path / "deep" / "cache", "fp")
    assert (tmp_path / "deep" / "cache").is_dir()


def test_put_then_get_returns_the_same_result(store: ResultCache) -> None:
    stored = result()
    store.put("abc123def456", SHA_A, stored)
    assert store.get("abc123def456", SHA_A) == stored
    assert store.load("abc123def456") == stored


def test_key_combines_content_hash_and_fingerprint(store: ResultCache) -> None:
    assert store.key(SHA_A) == f"{SHA_A}:fp1"
    store.put("abc123def456", SHA_A, result())
    entry = json.loads((store.directory / "abc123def456.json").read_text(encoding="utf-8"))
    assert entry["key"] == f"{SHA_A}:fp1"


def test_changed_content_misses(store: ResultCache) -> None:
    store.put("abc123def456", SHA_A, result())
    assert store.get("abc123def456", SHA_B) is None


def test_changed_fingerprint_misses(store: ResultCache) -> None:
    store.put("abc123def456", SHA_A, result())
    other = ResultCache(store.directory, "fp2")
    assert other.get("abc123def456", SHA_A) is None
    assert ResultCache(store.directory, "fp1").get("abc123def456", SHA_A) == result()


def test_unknown_article_and_unreadable_file_miss(store: ResultCache) -> None:
    store.put("abc123def456", SHA_A, result())
    assert store.get("000000000000", SHA_A) is None
    assert store.get("abc123def456", None) is None


def test_put_without_hash_stores_nothing(store: ResultCache) -> None:
    store.put("abc123def456", None, result())
    assert list(store.directory.iterdir()) == []


def test_put_replaces_the_previous_entry(store: ResultCache) -> None:
    store.put("abc123def456", SHA_A, result(title="alt"))
    store.put("abc123def456", SHA_B, result(title="neu"))
    assert store.get("abc123def456", SHA_A) is None
    assert store.get("abc123def456", SHA_B) == result(title="neu")
    assert [p.name for p in store.directory.iterdir()] == ["abc123def456.json"]


@pytest.mark.parametrize(
    "content",
    [
        "",
        "{",
        pytest.param(
            "[]",
        ),
        '{"key": "x"}',
        json.dumps({"key": f"{SHA_A}:fp1", "result": {"article": {}}}),
    ],
    ids=["empty", "truncated", "not-an-object", "no-result", "invalid-result"],
)
def test_a_damaged_entry_is_a_miss_not_an_error(store: ResultCache, content: str) -> None:
    (store.directory / "abc123def456.json").write_text(content, encoding="utf-8")
    assert store.get("abc123def456", SHA_A) is None


def _folder_entry(entry: Path) -> None:
    entry.mkdir()
    (entry / "inhalt").write_text("x", encoding="utf-8")


def _fifo_entry(entry: Path) -> None:
    os.mkfifo(entry)


def _binary_entry(entry: Path) -> None:
    entry.write_bytes(b"\xff\xfe\x00garbage")


@pytest.mark.parametrize(
    "damage",
    [
        _folder_entry,
        _fifo_entry,
        lambda entry: entry.symlink_to("/dev/zero"),
        lambda entry: entry.symlink_to(entry.parent / "nirgends"),
        _binary_entry,
    ],
    ids=["directory", "fifo", "link-to-dev-zero", "dangling-link", "not-utf8"],
)
def test_a_damaged_entry_of_any_kind_is_recomputed(
    store: ResultCache, damage: Callable[[Path], None]
) -> None:
    entry = store.directory / "abc123def456.json"
    damage(entry)
    assert store.get("abc123def456", SHA_A) is None  # a miss, never a hang or a crash
    with pytest.raises(ValueError, match="damaged cache entry"):
        store.load("abc123def456")
    store.put("abc123def456", SHA_A, result())  # the recomputed result takes its place
    assert store.get("abc123def456", SHA_A) == result()
    assert entry.is_file() and not entry.is_symlink()


@pytest.mark.parametrize("damage", [_folder_entry, _fifo_entry], ids=["directory", "fifo"])
def test_prune_removes_a_damaged_entry_of_a_deleted_article(
    store: ResultCache, damage: Callable[[Path], None]
) -> None:
    damage(store.directory / "weg123weg456.json")
    assert store.prune(set()) == 1
    assert list(store.directory.iterdir()) == []


def test_a_file_where_the_cache_folder_belongs_is_replaced(tmp_path: Path) -> None:
    (tmp_path / "cache").write_text("kein Ordner", encoding="utf-8")
    store = ResultCache(tmp_path / "cache", "fp1")
    store.put("abc123def456", SHA_A, result())
    assert store.get("abc123def456", SHA_A) == result()


def test_a_failing_write_leaves_the_old_entry_and_no_temporary_file(
    store: ResultCache, monkeypatch: pytest.MonkeyPatch
) -> None:
    store.put("abc123def456", SHA_A, result(title="alt"))

    def broken_replace(src: str, dst: str) -> None:
        raise KeyboardInterrupt  # killed between writing and renaming

    monkeypatch.setattr(cache_module.os, "replace", broken_replace)
    with pytest.raises(KeyboardInterrupt):
        store.put("abc123def456", SHA_B, result(title="neu"))
    monkeypatch.undo()
    assert [p.name for p in store.directory.iterdir()] == ["abc123def456.json"]
    assert store.get("abc123def456", SHA_A) == result(title="alt")


def test_prune_removes_entries_of_deleted_articles_and_temporary_files(store: ResultCache) -> None:
    for aid in ("aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc"):
        store.put(aid, SHA_A, result(aid))
    (store.directory / ".aaaaaaaaaaaa.x1.tmp").write_text("{half")
    assert store.prune({"aaaaaaaaaaaa", "cccccccccccc"}) == 1
    assert sorted(p.name for p in store.directory.iterdir()) == ["aaaaaaaaaaaa.json", "cccccccccccc.json"]
    assert store.get("aaaaaaaaaaaa", SHA_A) == result("aaaaaaaaaaaa")


def test_prune_with_nothing_gone_removes_nothing(store: ResultCache) -> None:
    store.put("aaaaaaaaaaaa", SHA_A, result("aaaaaaaaaaaa"))
    assert store.prune({"aaaaaaaaaaaa", "never-stored"}) == 0
    assert store.get("aaaaaaaaaaaa", SHA_A) is not None


def test_entries_are_utf8_and_keep_umlauts(store: ResultCache) -> None:
    store.put("abc123def456", SHA_A, result(title="Grüße aus Görlitz – „Übergabe“"))
    raw = (store.directory / "abc123def456.json").read_bytes()
    assert "Grüße aus Görlitz".encode() in raw
    assert store.get("abc123def456", SHA_A).article.title == "Grüße aus Görlitz – „Übergabe“"  # type: ignore[union-attr]


# --- the fingerprint ---------------------------------------------------------------------------

INFO = {"name": "de_pressefakten_ner", "version": "0.1.0", "spacy_version": "3.8"}


def test_fingerprint_is_stable_and_short() -> None:
    first = pipeline_fingerprint(INFO, {"model": "default"})
    assert first == pipeline_fingerprint(dict(reversed(INFO.items())), {"model": "default"})
    assert len(first) == 16 and int(first, 16) >= 0


@pytest.mark.parametrize(
    ("info", "settings"),
    [
        ({**INFO, "version": "0.2.0"}, {"model": "default"}),
        ({**INFO, "name": "de_core_news_md"}, {"model": "default"}),
        (INFO, {"model": "de_core_news_md"}),
        (INFO, None),
    ],
    ids=["model-version", "model-name", "setting", "no-settings"],
)
def test_fingerprint_changes_with_model_and_settings(info: dict[str, str], settings: dict | None) -> None:
    assert pipeline_fingerprint(info, settings) != pipeline_fingerprint(INFO, {"model": "default"})


def test_fingerprint_changes_with_the_package_code_and_data(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "pipeline"
    (package / "data").mkdir(parents=True)
    (package / "rules.py").write_text("X = 1\n")
    (package / "data" / "places.csv").write_text("name\nGörlitz\n")
    (package / "README.md").write_text("not fingerprinted")
    monkeypatch.setattr(cache_module.resources, "files", lambda name: package)
    base = pipeline_fingerprint(INFO)
    (package / "README.md").write_text("changed docs")
    assert pipeline_fingerprint(INFO) == base
    (package / "__pycache__").mkdir()
    (package / "__pycache__" / "rules.json").write_text("{}")
    assert pipeline_fingerprint(INFO) == base
    (package / "data" / "places.csv").write_text("name\nGörlitz\nZittau\n")
    changed_data = pipeline_fingerprint(INFO)
    assert changed_data != base
    (package / "rules.py").write_text("X = 2\n")
    assert pipeline_fingerprint(INFO) not in (base, changed_data)
