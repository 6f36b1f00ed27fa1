"""Tests of the output folder's ownership and lock (:mod:`pipeline.run.outdir`): a folder that is
not a Pressefakten output is refused untouched, a run never removes what it did not make, and
one run at a time holds the folder."""

from __future__ import annotations

import contextlib
import io
import os
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from pipeline.cli import EXIT_OK, EXIT_USAGE, main
from pipeline.run.outdir import HOLDER, MARKER, OutputError, claim, exclusive, is_owned
from tests.conftest import ROOT

SEED = ROOT / "corpus" / "seeds" / "000_e6bc6a443aa861cb.txt"


def snapshot(folder: Path) -> dict[str, bytes | str]:
    """Everything under ``folder``: file contents, link targets, folders."""
    seen: dict[str, bytes | str] = {}
    for path in sorted(folder.rglob("*")):
        key = path.relative_to(folder).as_posix()
        seen[key] = (
            f"-> {os.readlink(path)}" if path.is_symlink() else path.read_bytes() if path.is_file() else "dir"
        )
    return seen


def extract(archive: Path, out: Path, *extra: str) -> tuple[int, str]:
    stderr = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(stderr):
        status = main(["extract", str(archive), "--out", str(out), "--model", "default", "--quiet", *extra])
    return status, stderr.getvalue()


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    root = tmp_path / "archiv"
    root.mkdir()
    (root / "seed.txt").write_bytes(SEED.read_bytes())
    return root


def _project_folder(out: Path) -> None:
    (out / "figures").mkdir(parents=True)
    (out / "figures" / "abbildung.png").write_bytes(b"png")
    (out / "schema").mkdir()
    (out / "notes.md").write_text("meine Notizen", encoding="utf-8")


def _one_file(out: Path) -> None:
    out.mkdir()
    (out / "quotes.csv").write_text("eigene Tabelle\n", encoding="utf-8")


@pytest.mark.parametrize("fill", [_project_folder, _one_file], ids=["project-folder", "one-file"])
def test_a_folder_that_is_not_an_output_is_refused_untouched(
    archive: Path, tmp_path: Path, fill: Callable[[Path], None]
) -> None:
    out = tmp_path / "projekt"
    fill(out)
    before = snapshot(out)
    status, stderr = extract(archive, out)
    assert status == EXIT_USAGE
    assert stderr.startswith(f"pressefakten: error: --out {out} is not empty and not a Pressefakten output")
    assert "nothing was changed" in stderr and stderr.count("\n") == 1
    assert snapshot(out) == before


@pytest.mark.parametrize("where", ["same", "parent"])
def test_an_output_folder_holding_the_input_folder_is_refused(archive: Path, where: str) -> None:
    out = archive if where == "same" else archive.parent
    before = snapshot(archive.parent)
    status, stderr = extract(archive, out)
    assert status == EXIT_USAGE
    assert f"--out {out} holds the input folder {archive}" in stderr
    assert snapshot(archive.parent) == before


@pytest.mark.parametrize(
    "prepare",
    [
        lambda out: None,
        lambda out: out.mkdir(),
        lambda out: (out.mkdir(), (out / ".gitignore").write_text("/x\n")),
        lambda out: (out.mkdir(), (out / ".versions").mkdir()),  # an output of an earlier release
    ],
    ids=["new", "empty", "only-gitignore", "earlier-output"],
)
def test_a_new_empty_or_own_folder_is_claimed_and_marked(tmp_path: Path, archive: Path, prepare) -> None:
    out = tmp_path / "out"
    prepare(out)
    claim(out, archive)
    assert (out / MARKER).is_file() and is_owned(out)
    claim(out, archive)  # claimed again by the next run


def test_a_file_as_output_folder_is_refused(tmp_path: Path, archive: Path) -> None:
    (tmp_path / "datei").write_text("x")
    with pytest.raises(OutputError, match="is a file, not a folder"):
        claim(tmp_path / "datei", archive)


@pytest.mark.parametrize("name", ["figures", "schema", "quotes.html", "articles.csv"])
def test_a_real_entry_under_a_published_name_stops_the_run_and_is_kept(
    archive: Path, tmp_path: Path, name: str
) -> None:
    out = tmp_path / "out"
    assert extract(archive, out)[0] == EXIT_OK
    target = out / name
    target.unlink()  # e.g. DVC removes the outputs before a stage; the user puts their own there
    if "." in name:
        target.write_text("meins", encoding="utf-8")
    else:
        target.mkdir()
        (target / "meins.png").write_bytes(b"png")
    (archive / "seed.txt").write_bytes(SEED.read_bytes() + b"\nNachtrag.\n")  # work to publish
    before = snapshot(out)
    status, stderr = extract(archive, out)
    assert status == EXIT_USAGE
    assert f"{target} is a " in stderr and "that Pressefakten did not make" in stderr
    assert snapshot(out) == before


def test_files_inside_an_output_folder_inside_the_input_folder_are_never_read(archive: Path) -> None:
    out = archive / "ausgabe"
    assert extract(archive, out)[0] == EXIT_OK
    (out / "kopie.txt").write_bytes(SEED.read_bytes())  # the user's own file, left alone
    assert extract(archive, out)[0] == EXIT_OK
    articles = (out / "articles.csv").read_text(encoding="utf-8").splitlines()
    assert len(articles) == 2 and "seed.txt" in articles[1]
    assert (out / "kopie.txt").read_bytes() == SEED.read_bytes()


# --- one run at a time --------------------------------------------------------------------------


def test_a_second_run_exits_2_naming_the_holder(archive: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert extract(archive, out)[0] == EXIT_OK
    with exclusive(out):
        held = snapshot(out)
        status, stderr = extract(archive, out)
        assert snapshot(out) == held  # the second run touched nothing
    assert status == EXIT_USAGE
    assert f"{out} is in use by another run (pid {os.getpid()} on " in stderr
    assert "--wait" in stderr and stderr.count("\n") == 1
    assert not (out / HOLDER).exists()  # the holder's note goes with the lock


def test_a_waiting_run_says_so_and_goes_on_when_the_holder_is_done(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    holding, done_waiting = threading.Event(), threading.Event()
    said: list[str] = []

    def holder() -> None:
        with exclusive(out):
            holding.set()
            done_waiting.wait(60)  # released as soon as the other one says it waits

    thread = threading.Thread(target=holder)
    thread.start()
    assert holding.wait(60)
    with exclusive(out, wait=True, say=lambda text: (said.append(text), done_waiting.set())):
        assert len(said) == 1 and said[0].startswith(
            f"pressefakten: waiting for the run that holds {out} (pid"
        )
    thread.join(60)


HOLD = """
import sys, time
from pathlib import Path
from pipeline.run.outdir import exclusive
with exclusive(Path(sys.argv[1])):
    Path(sys.argv[2]).write_text("held")
    time.sleep(600)
"""


def test_the_lock_of_a_killed_run_is_free_at_once(tmp_path: Path) -> None:
    out, marker = tmp_path / "out", tmp_path / "held"
    out.mkdir()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(out), str(marker)], env=env)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None and time.monotonic() < deadline
            time.sleep(0.01)
        with pytest.raises(OutputError, match=f"pid {proc.pid} on "), exclusive(out):
            pass
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(30)
    with exclusive(out):  # the OS released the lock with the process
        assert (out / HOLDER).is_file()
