"""Tests of reading article files: encodings, and a clear refusal of what is not article text."""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import pytest

from pipeline.text import reading
from pipeline.text.reading import ArticleReadError, read_article

TEXT = "17.04.2024\n\nVernetzungstreffen in Görlitz\n\nDie Stadt Weißwasser ist dabei – »schön«.\n"


def _write(tmp_path: Path, data: bytes, name: str = "Artikel Görlitz.txt") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (TEXT.encode("utf-8"), TEXT),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), TEXT),
        (TEXT.replace("\n", "\r\n").encode("utf-8"), TEXT.replace("\n", "\r\n")),
        (b"\xef\xbb\xbf" + TEXT.replace("\n", "\r\n").encode("utf-8"), TEXT.replace("\n", "\r\n")),
        (TEXT.rstrip("\n").encode("utf-8"), TEXT.rstrip("\n")),
    ],
    ids=["utf-8", "utf-8-bom", "crlf", "bom-crlf", "no-final-newline"],
)
def test_utf8_is_read_verbatim(tmp_path: Path, data: bytes, expected: str) -> None:
    article = read_article(_write(tmp_path, data))
    assert article.text == expected
    assert "\ufeff" not in article.text
    assert article.encoding == "utf-8"
    assert article.sha256 == hashlib.sha256(data).hexdigest()


def test_crlf_offsets_stay_offsets_into_the_file_text(tmp_path: Path) -> None:
    data = TEXT.replace("\n", "\r\n").encode("utf-8")
    text = read_article(_write(tmp_path, data)).text
    assert text.count("\r\n") == TEXT.count("\n")
    assert data.decode("utf-8") == text


def test_cp1252_is_decoded_with_a_warning(tmp_path: Path) -> None:
    cp_text = TEXT + "Preis: 5 € – „Zitat“\n"
    path = _write(tmp_path, cp_text.encode("cp1252"))
    with pytest.warns(UserWarning) as caught:
        article = read_article(path)
    assert article.text == cp_text
    assert article.encoding == "cp1252"
    message = str(caught[0].message)
    assert str(path) in message
    assert "not valid UTF-8" in message
    assert "cp1252" in message


def test_bytes_undefined_in_cp1252_fall_back_to_latin1(tmp_path: Path) -> None:
    data = "Görlitz ".encode("latin-1") + b"\x81\x8d"
    with pytest.warns(UserWarning, match="latin-1"):
        article = read_article(_write(tmp_path, data))
    assert article.encoding == "latin-1"
    assert article.text.startswith("Görlitz")


def test_valid_utf8_gives_no_warning(tmp_path: Path, recwarn: pytest.WarningsRecorder) -> None:
    read_article(_write(tmp_path, TEXT.encode("utf-8")))
    assert not [w for w in recwarn if issubclass(w.category, UserWarning)]


BOM = b"\xef\xbb\xbf"
EMPTY_BUG = "BOM/Unicode whitespace survive bytes.strip(): the file is read as an article of no text"
#: The known bugs fail by *not* raising; any other failure of these cases is a new problem.
NOT_RAISED = pytest.fail.Exception

REFUSED = [
    pytest.param(b"", "file is empty", id="empty"),
    pytest.param(b"   \n\n\t  \r\n", "file is empty", id="whitespace-only"),
    pytest.param(b"\n", "file is empty", id="single-newline"),
    pytest.param(
        BOM,
        "empty",
        id="bom-only",
    ),
    pytest.param(
        BOM + b"  \r\n\r\n",
        "empty",
        id="bom-and-whitespace",
    ),
    pytest.param(
        "\u00a0\u2003\n".encode(),
        "empty",
        id="unicode-whitespace-only",
    ),
    pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary file", id="png"),
    pytest.param(b"%PDF-1.7\n\x00\x01\x02stream", "binary file", id="pdf-with-nul"),
    pytest.param(TEXT.encode() + b"\x00\x00", "binary file", id="text-with-nul"),
    pytest.param(b"PK\x03\x04\x14\x00\x06\x00", "binary file", id="docx-zip"),
    pytest.param(b"<!DOCTYPE html>\n<html><body>x</body></html>", "HTML page", id="html-doctype"),
    pytest.param(b'<html lang="de">\n<head><title>x</title></head>', "HTML page", id="html-tag"),
    pytest.param(b"\n\n  <!doctype HTML>\n<html>", "HTML page", id="html-leading-space"),
    pytest.param(BOM + b"<!DOCTYPE html>\n<html>", "HTML page", id="html-with-bom"),
    pytest.param(
        b"<!-- saved from url=(0047)https://www.asskomm.sachsen.de/news-1234.html -->\n"
        b'<!DOCTYPE html>\n<html lang="de"><head><title>News</title></head><body>x</body></html>\n',
        "HTML page",
        id="html-saved-by-browser",
    ),
    pytest.param(
        b'<?xml version="1.0" encoding="utf-8"?>\n'
        b'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">\n'
        b'<html xmlns="http://www.w3.org/1999/xhtml"><body>x</body></html>\n',
        "HTML page",
        id="xhtml-with-xml-declaration",
    ),
]


@pytest.mark.parametrize(("data", "problem"), REFUSED)
def test_what_is_not_article_text_is_refused(tmp_path: Path, data: bytes, problem: str) -> None:
    path = _write(tmp_path, data)
    with pytest.raises(ArticleReadError) as info:
        read_article(path)
    message = str(info.value)
    assert str(path) in message
    assert problem in message


def test_text_mentioning_html_is_an_article(tmp_path: Path) -> None:
    text = "Die Seite nutzt <html>-Tags.\n<!DOCTYPE html> steht im Beispiel.\n"
    assert read_article(_write(tmp_path, text.encode())).text == text


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "fehlt.txt"
    with pytest.raises(ArticleReadError) as info:
        read_article(path)
    assert str(path) in str(info.value)
    assert "No such file or directory" in str(info.value)


def test_directory_instead_of_file(tmp_path: Path) -> None:
    path = tmp_path / "ordner.txt"
    path.mkdir()
    with pytest.raises(ArticleReadError, match="a directory, not a regular file") as info:
        read_article(path)
    assert str(path) in str(info.value)


def test_broken_symlink(tmp_path: Path) -> None:
    path = tmp_path / "link.txt"
    path.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(ArticleReadError, match="cannot be read") as info:
        read_article(path)
    assert str(path) in str(info.value)


def test_unreadable_file(tmp_path: Path) -> None:
    path = _write(tmp_path, TEXT.encode())
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as a user (root) who can read a chmod 000 file")
        with pytest.raises(ArticleReadError) as info:
            read_article(path)
        assert str(path) in str(info.value)
        assert "Permission denied" in str(info.value)
    finally:
        path.chmod(0o644)


def test_too_large_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 10)
    path = _write(tmp_path, TEXT.encode())
    with pytest.raises(ArticleReadError, match="more than the 10 allowed") as info:
        read_article(path)
    assert str(path) in str(info.value)


# --- hostile entries: only regular files are ever opened ----------------------------------------


def _fifo(target: Path) -> Path:
    os.mkfifo(target)
    return target


def _folder(target: Path) -> Path:
    target.mkdir()
    return target


@pytest.mark.parametrize(
    ("make_target", "kind"),
    [
        (_fifo, "a named pipe (FIFO)"),
        (lambda _: Path("/dev/zero"), "a character device"),
        (lambda _: Path("/dev/null"), "a character device"),
        (_folder, "a directory"),
    ],
    ids=["fifo", "dev-zero", "dev-null", "directory"],
)
def test_a_link_to_what_is_not_a_regular_file_fails_without_being_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, make_target, kind: str
) -> None:
    target = make_target(tmp_path / "ziel")
    link = tmp_path / "artikel.txt"
    link.symlink_to(target)
    opened: list[str] = []
    real_open = os.open
    monkeypatch.setattr(
        reading.os, "open", lambda path, *a, **k: opened.append(str(path)) or real_open(path, *a, **k)
    )
    with pytest.raises(ArticleReadError, match=re.escape(f"{kind}, not a regular file")) as info:
        read_article(link)
    assert str(link) in str(info.value)
    assert reading.file_sha256(link) is None  # hashing does not open it either (a FIFO would block)
    assert opened == []


def test_a_fifo_swapped_in_after_the_check_is_not_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, TEXT.encode())
    fifo = _fifo(tmp_path / "rohr")
    real_open = os.open
    # the file is a regular file when checked and a FIFO when opened: the open must not block
    monkeypatch.setattr(reading.os, "open", lambda _path, flags, *a: real_open(fifo, flags, *a))
    with pytest.raises(ArticleReadError, match="a named pipe"):
        read_article(path)


def test_the_size_is_checked_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "riesig.txt"
    with path.open("wb") as handle:
        handle.truncate(reading.MAX_BYTES + 1)  # sparse: no disk used
    monkeypatch.setattr(reading.os, "fdopen", lambda *a, **k: pytest.fail("a too large file was opened"))
    with pytest.raises(ArticleReadError, match="more than the"):
        read_article(path)


def test_a_file_growing_past_the_limit_while_read_is_cut_at_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = _write(tmp_path, TEXT.encode() * 3)
    # the size seen when opened is within the limit; what can be read is not
    monkeypatch.setattr(reading, "_check_regular", lambda *a: None)
    with pytest.raises(ArticleReadError, match="more than the 100 bytes"):
        reading.read_regular(path, 100)


@pytest.mark.parametrize("chunk", [1, 7, 1 << 20])
def test_hashing_is_streamed_in_chunks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, chunk: int) -> None:
    data = TEXT.encode() * 50
    path = _write(tmp_path, data)
    monkeypatch.setattr(reading, "HASH_CHUNK", chunk)
    assert reading.file_sha256(path) == hashlib.sha256(data).hexdigest()
    assert read_article(path).sha256 == hashlib.sha256(data).hexdigest()


def test_hashing_a_too_large_or_missing_file_gives_none(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(reading, "MAX_BYTES", 10)
    assert reading.file_sha256(_write(tmp_path, TEXT.encode())) is None
    assert reading.file_sha256(tmp_path / "fehlt.txt") is None
