"""Tests of planning a run (:mod:`pipeline.run.tasks`): which entries are articles, the output
folder left out when it lies inside the input folder, and names that are not UTF-8."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from pipeline.run import tasks
from pipeline.run.tasks import InputError, discover, tasks_for


def _names(root: Path, paths: list[Path]) -> list[str]:
    return [p.relative_to(root).as_posix() for p in paths]


def test_links_fifos_and_devices_are_listed_to_be_failed_and_folders_searched(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "ordner.txt").mkdir()  # a real folder named like an article: searched, not listed
    (tmp_path / "ordner.txt" / "innen.TXT").write_text("x", encoding="utf-8")
    os.mkfifo(tmp_path / "rohr.txt")
    (tmp_path / "null.txt").symlink_to("/dev/null")
    (tmp_path / "zu ordner.txt").symlink_to(tmp_path / "ordner.txt")
    (tmp_path / "notiz.md").write_text("x", encoding="utf-8")
    found = _names(tmp_path, discover(tmp_path))
    assert found == sorted(found)
    assert set(found) == {"a.txt", "ordner.txt/innen.TXT", "rohr.txt", "null.txt", "zu ordner.txt"}


@pytest.mark.parametrize("inside", ["out", "tief/out"])
def test_the_output_folder_inside_the_input_folder_is_never_read(tmp_path: Path, inside: str) -> None:
    (tmp_path / "artikel.txt").write_text("x", encoding="utf-8")
    out = tmp_path / inside
    (out / "figures").mkdir(parents=True)
    (out / "figures" / "alt.txt").write_text("x", encoding="utf-8")
    (out / "kopie.txt").write_text("x", encoding="utf-8")
    assert _names(tmp_path, discover(tmp_path, exclude=out)) == ["artikel.txt"]
    assert _names(tmp_path, discover(tmp_path, exclude=tmp_path / inside / ".." / out.name)) == [
        "artikel.txt"
    ]
    assert len(discover(tmp_path)) == 3


def test_a_name_that_is_not_utf8_is_recorded_escaped_with_its_error(tmp_path: Path) -> None:
    raw = os.fsencode(tmp_path) + b"/caf\xe9 \xff.txt"
    with open(raw, "wb") as handle:
        handle.write(b"Text")
    (tmp_path / "gut.txt").write_text("x", encoding="utf-8")
    tasks = {task.source: task for task in tasks_for(tmp_path)}
    assert set(tasks) == {"caf\\xe9 \\xff.txt", "gut.txt"}
    bad = tasks["caf\\xe9 \\xff.txt"]
    assert bad.name_error is not None and "not valid UTF-8" in bad.name_error
    assert os.fsencode(bad.path) == raw  # the real file, for reading
    assert len(bad.article_id) == 12
    assert tasks["gut.txt"].name_error is None


def test_a_missing_input_folder_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a directory"):
        discover(tmp_path / "fehlt")


def test_an_unreadable_subfolder_is_left_out_and_the_rest_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a.txt").write_text("x", encoding="utf-8")
    (tmp_path / "gesperrt").mkdir()
    (tmp_path / "gesperrt" / "b.txt").write_text("x", encoding="utf-8")
    real = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if str(path).endswith("gesperrt"):
            raise PermissionError(13, "Permission denied", str(path))  # as for a user without rights
        return real(path)

    monkeypatch.setattr(tasks.os, "scandir", scandir)
    assert _names(tmp_path, discover(tmp_path)) == ["a.txt"]
