"""Tests of atomic files and a full disk (:mod:`pipeline.write.files`): the error names the file,
and nothing partial or temporary is left under any name."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from pipeline.write import files
from pipeline.write.files import DiskFullError, atomic_write, is_disk_full, naming, write_json


def enospc(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")  # as a write reports it: no file name


@pytest.mark.parametrize(
    ("err", "full"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), True),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), True),
        (OSError("IOError: No space left on device. Detail: [errno 28]"), True),  # pyarrow's kind
        (OSError(errno.EACCES, "Permission denied"), False),
        (ValueError("No space left on device"), False),
    ],
)
def test_is_disk_full(err: BaseException, full: bool) -> None:
    assert is_disk_full(err) is full


def test_naming_names_the_file_a_full_disk_stopped(tmp_path: Path) -> None:
    with pytest.raises(DiskFullError) as info, naming(tmp_path / "quotes.csv"):
        enospc()
    assert info.value.filename == str(tmp_path / "quotes.csv")
    assert info.value.errno == errno.ENOSPC
    with pytest.raises(PermissionError), naming(tmp_path / "x"):  # other errors pass unchanged
        raise PermissionError(errno.EACCES, "Permission denied")


@pytest.mark.parametrize("where", ["write", "fsync", "replace"])
def test_a_full_disk_in_an_atomic_write_leaves_the_old_file_and_no_temporary_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, where: str
) -> None:
    target = tmp_path / "run.json"
    write_json(target, {"alt": True})
    if where == "fsync":
        monkeypatch.setattr(files.os, "fsync", enospc)
    elif where == "replace":
        monkeypatch.setattr(files.os, "replace", enospc)
    with pytest.raises(DiskFullError) as info, atomic_write(target) as handle:
        handle.write("{")
        if where == "write":
            enospc()
    assert info.value.filename == str(target)
    assert [p.name for p in tmp_path.iterdir()] == ["run.json"]
    assert target.read_text(encoding="utf-8") == '{\n  "alt": true\n}\n'
