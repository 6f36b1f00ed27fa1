"""Tests of the versioned output folder (:mod:`pipeline.run.versions`): atomic publication, old
versions removed, published names are links through ``.versions/current``, and a reader
always sees a complete previous or new version."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest

from pipeline.run import archive as batch
from pipeline.run.archive import RunOptions, run_archive
from pipeline.run.versions import CURRENT, VERSIONS, PublishError, discard, new_version, publish
from pipeline.views.published import published_folder
from pipeline.write import tables as writer
from tests.conftest import ROOT

SEEDS = ROOT / "corpus" / "seeds"
SEED_A = SEEDS / "000_e6bc6a443aa861cb.txt"
SEED_B = SEEDS / "002_cd03c32f2fda7624.txt"


def make_version(out_dir: Path, files: dict[str, str]) -> Path:
    """A finished version folder holding ``files`` (relative name -> content)."""
    version = new_version(out_dir)
    for name, content in files.items():
        path = version / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content, encoding="utf-8")
    return version


def published(out_dir: Path) -> dict[str, str]:
    """What a reader sees under the published names (links followed)."""
    seen = {}
    for entry in sorted(out_dir.iterdir()):
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            for sub in sorted(entry.rglob("*")):
                if sub.is_file():
                    seen[sub.relative_to(out_dir).as_posix()] = sub.read_text(encoding="utf-8")
        else:
            seen[entry.name] = entry.read_text(encoding="utf-8")
    return seen


def test_new_version_is_a_fresh_empty_folder_under_versions(tmp_path: Path) -> None:
    first, second = new_version(tmp_path), new_version(tmp_path)
    assert first.parent == second.parent == tmp_path / VERSIONS
    assert first != second
    assert first.is_dir() and not any(first.iterdir())
    assert first.name.startswith("run-")


def test_publish_makes_every_name_a_link_through_current(tmp_path: Path) -> None:
    version = make_version(tmp_path, {"articles.csv": "a\n1\n", "schema/articles.schema.json": "{}"})
    publish(tmp_path, version)
    current = tmp_path / VERSIONS / CURRENT
    assert current.is_symlink() and os.readlink(current) == version.name
    for name in ("articles.csv", "schema"):
        link = tmp_path / name
        assert link.is_symlink()
        assert os.readlink(link) == f"{VERSIONS}/{CURRENT}/{name}"
    assert published(tmp_path) == {"articles.csv": "a\n1\n", "schema/articles.schema.json": "{}"}


def test_publish_switches_all_tables_keeps_the_previous_version_and_removes_older_ones(
    tmp_path: Path,
) -> None:
    oldest = make_version(tmp_path, {"articles.csv": "oldest\n", "dates.csv": "oldest\n"})
    publish(tmp_path, oldest)
    old = make_version(tmp_path, {"articles.csv": "old\n", "dates.csv": "old\n"})
    publish(tmp_path, old)
    new = make_version(tmp_path, {"articles.csv": "new\n", "dates.csv": "new\n"})
    publish(tmp_path, new)
    assert published(tmp_path) == {"articles.csv": "new\n", "dates.csv": "new\n"}
    assert not oldest.exists()
    # a reader that resolved ``current`` just before the switch still reads a whole folder
    assert (old / "articles.csv").read_text() == "old\n" and (old / "dates.csv").read_text() == "old\n"
    assert sorted(p.name for p in (tmp_path / VERSIONS).iterdir()) == sorted([CURRENT, old.name, new.name])


def test_a_reader_resolves_current_once_and_reads_one_version(tmp_path: Path) -> None:
    publish(tmp_path, make_version(tmp_path, {"articles.csv": "1\n", "dates.csv": "1\n"}))
    folder = published_folder(tmp_path)
    assert folder.parent == tmp_path / VERSIONS and folder.name != CURRENT
    seen = [(folder / "articles.csv").read_text()]
    publish(tmp_path, make_version(tmp_path, {"articles.csv": "2\n", "dates.csv": "2\n"}))  # mid-read
    seen.append((folder / "dates.csv").read_text())
    assert seen == ["1\n", "1\n"]
    assert published_folder(tmp_path) != folder
    assert published_folder(folder) == folder  # a version folder, or plain tables, read as they are


def test_previous_version_stays_intact_until_the_swap(tmp_path: Path) -> None:
    old = make_version(tmp_path, {"articles.csv": "old\n"})
    publish(tmp_path, old)
    new = make_version(tmp_path, {"articles.csv": "half"})  # being written, not published yet
    assert published(tmp_path) == {"articles.csv": "old\n"}
    assert (old / "articles.csv").read_text() == "old\n"
    (new / "articles.csv").write_text("new\n")
    publish(tmp_path, new)
    assert published(tmp_path) == {"articles.csv": "new\n"}


def test_a_reader_holding_the_old_file_keeps_reading_it_after_the_swap(tmp_path: Path) -> None:
    publish(tmp_path, make_version(tmp_path, {"articles.csv": "old,1\nold,2\n"}))
    with (tmp_path / "articles.csv").open(encoding="utf-8") as reader:
        first = reader.readline()
        publish(tmp_path, make_version(tmp_path, {"articles.csv": "new,1\nnew,2\n"}))
        rest = reader.read()
    assert first + rest == "old,1\nold,2\n"
    assert (tmp_path / "articles.csv").read_text() == "new,1\nnew,2\n"


def test_a_table_no_longer_written_is_unpublished(tmp_path: Path) -> None:
    publish(tmp_path, make_version(tmp_path, {"articles.csv": "a\n", "extra.csv": "x\n"}))
    publish(tmp_path, make_version(tmp_path, {"articles.csv": "b\n"}))
    assert not (tmp_path / "extra.csv").exists() and not (tmp_path / "extra.csv").is_symlink()
    assert published(tmp_path) == {"articles.csv": "b\n"}


@pytest.mark.parametrize(
    "make",
    [
        lambda out: (out / "articles.csv").write_text("unversioned\n"),
        lambda out: (out / "figures").mkdir(),
        lambda out: (out / "schema").symlink_to(out / "elsewhere"),
    ],
    ids=["file", "folder", "foreign-link"],
)
def test_publish_never_replaces_what_it_did_not_make(tmp_path: Path, make) -> None:
    publish(tmp_path, make_version(tmp_path, {"run.json": "1"}))
    make(tmp_path)
    before = sorted(p.name for p in tmp_path.iterdir())
    current = os.readlink(tmp_path / VERSIONS / CURRENT)
    version = make_version(
        tmp_path,
        {"articles.csv": "v\n", "schema/articles.schema.json": "{}", "figures/n.png": "p", "run.json": "2"},
    )
    with pytest.raises(PublishError, match="that Pressefakten did not make"):
        publish(tmp_path, version)
    assert sorted(p.name for p in tmp_path.iterdir()) == before
    assert os.readlink(tmp_path / VERSIONS / CURRENT) == current  # nothing switched


def test_publish_leaves_other_files_of_the_folder_alone(tmp_path: Path) -> None:
    (tmp_path / "notes.txt").write_text("mine")
    publish(tmp_path, make_version(tmp_path, {"articles.csv": "v\n"}))
    publish(tmp_path, make_version(tmp_path, {"dates.csv": "w\n"}))
    assert published(tmp_path) == {"dates.csv": "w\n", "notes.txt": "mine"}


def test_publish_leaves_no_temporary_links(tmp_path: Path) -> None:
    for content in ("1\n", "2\n", "3\n"):
        publish(tmp_path, make_version(tmp_path, {"articles.csv": content}))
    leftovers = [p.name for p in tmp_path.rglob("*") if "tmp" in p.name]
    assert leftovers == []


def test_discard_removes_an_unfinished_version_only(tmp_path: Path) -> None:
    publish(tmp_path, make_version(tmp_path, {"articles.csv": "kept\n"}))
    unfinished = make_version(tmp_path, {"articles.csv": "half"})
    discard(unfinished)
    assert not unfinished.exists()
    assert published(tmp_path) == {"articles.csv": "kept\n"}


def test_an_unfinished_version_left_by_a_kill_is_removed_by_the_next_publish(tmp_path: Path) -> None:
    publish(tmp_path, make_version(tmp_path, {"articles.csv": "1\n"}))
    killed = make_version(tmp_path, {"articles.csv": "hal"})
    new = make_version(tmp_path, {"articles.csv": "2\n"})
    publish(tmp_path, new)
    assert not killed.exists()
    assert published(tmp_path) == {"articles.csv": "2\n"}


# --- the same guarantees through a real run --------------------------------------------------


def read_rows(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("outputs-archive")
    (root / "a.txt").write_bytes(SEED_A.read_bytes())
    (root / "b.txt").write_bytes(SEED_B.read_bytes())
    return root


def test_a_reader_during_a_run_reads_the_previous_complete_tables(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    run_archive(RunOptions(archive, out, model="default", progress=False))
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    (archive / "c.txt").write_bytes(SEED_A.read_bytes().replace(b"Radeberg", b"Radebeul"))
    seen_during: dict[str, object] = {}
    real_write, real_publish = writer.write_tables, batch.publish

    def write_and_look(directory: Path, results, **kwargs):  # type: ignore[no-untyped-def]
        rows = real_write(directory, results, **kwargs)
        # the new tables are complete in their folder but not yet published
        seen_during["articles"] = (out / "articles.csv").read_bytes()
        seen_during["handle"] = (out / "articles.csv").open("rb")
        return rows

    def publish_and_look(out_dir: Path, version: Path) -> None:
        seen_during["before_swap"] = {
            p.name: p.read_bytes() for p in out_dir.iterdir() if p.is_file() and not p.name.startswith(".")
        }
        real_publish(out_dir, version)

    monkeypatch.setattr(writer, "write_tables", write_and_look)  # batch imports it on use
    monkeypatch.setattr(batch, "publish", publish_and_look)
    try:
        run_archive(RunOptions(archive, out, model="default", progress=False))
        with seen_during["handle"] as handle:  # type: ignore[attr-defined]
            held = handle.read()
    finally:
        (archive / "c.txt").unlink()
    assert seen_during["articles"] == before["articles.csv"]
    assert seen_during["before_swap"] == before
    assert held == before["articles.csv"]  # opened before the swap: still the old, whole file
    after = {row["source"] for row in read_rows(out / "articles.csv")}
    assert after == {"a.txt", "b.txt", "c.txt"}


def test_a_failing_write_publishes_nothing_and_leaves_no_version(
    archive: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "out"
    run_archive(RunOptions(archive, out, model="default", progress=False))
    before = {p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")}
    versions_before = sorted(p.name for p in (out / VERSIONS).iterdir())

    def broken_publish(out_dir: Path, version: Path) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(batch, "publish", broken_publish)
    # a changed article, so that the run writes and publishes (an unchanged one keeps the tables)
    (archive / "c.txt").write_bytes(SEED_A.read_bytes().replace(b"Radeberg", b"Radebeul"))
    try:
        with pytest.raises(OSError, match="disk full"):
            run_archive(RunOptions(archive, out, model="default", progress=False))
    finally:
        (archive / "c.txt").unlink()
    assert {
        p.name: p.read_bytes() for p in out.iterdir() if p.is_file() and not p.name.startswith(".")
    } == before
    assert sorted(p.name for p in (out / VERSIONS).iterdir()) == versions_before


def test_an_unchanged_run_restores_deleted_links_and_keeps_the_tables(archive: Path, tmp_path: Path) -> None:
    """DVC deletes a stage's outputs before running it; an unchanged rerun must publish them again."""
    out = tmp_path / "out"
    run_archive(RunOptions(archive, out, model="default", progress=False))
    before = (out / "articles.csv").read_bytes()
    version = (out / VERSIONS / CURRENT).resolve()
    for name in ("articles.csv", "quotes.html", "figures"):
        (out / name).unlink()
    report = run_archive(RunOptions(archive, out, model="default", progress=False))
    assert report.processed == 0
    assert (out / VERSIONS / CURRENT).resolve() == version  # tables kept, not rewritten
    assert (out / "articles.csv").read_bytes() == before
    assert (out / "quotes.html").is_file() and (out / "figures" / "network.png").is_file()
