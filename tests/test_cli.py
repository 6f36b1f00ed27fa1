"""End-to-end tests of ``pressefakten extract`` (via ``pipeline.cli.main``): outputs and exit status."""

from __future__ import annotations

import contextlib
import csv
import errno
import io
from dataclasses import dataclass
from pathlib import Path

import pytest

from pipeline import __version__
from pipeline.cli import EXIT_DISK_FULL, EXIT_FAILED_ARTICLES, EXIT_OK, EXIT_USAGE, main
from pipeline.records import DATASETS

ROOT = Path(__file__).resolve().parent.parent
SEED_A = ROOT / "corpus" / "seeds" / "000_e6bc6a443aa861cb.txt"
SEED_B = ROOT / "corpus" / "seeds" / "002_cd03c32f2fda7624.txt"

GOOD = {
    "000_e6bc6a443aa861cb.txt": SEED_A.read_bytes(),
    "2023/August/002_cd03c32f2fda7624.txt": SEED_B.read_bytes(),
    "Pressemitteilung Görlitz Übergabe März.txt": SEED_B.read_bytes(),
}
BAD = {
    "leer.txt": (b"", "file is empty"),
    "anhang.txt": (b"\x00\x01\x02\x03binary\x00", "binary file"),
    "2023/seite.txt": (b"<!DOCTYPE html>\n<html><body>Text</body></html>\n", "HTML page"),
}


@dataclass
class Run:
    status: int
    out: Path
    stdout: str
    stderr: str


def extract(input_dir: Path, out: Path, *extra: str) -> Run:
    """Call ``pressefakten extract`` in-process and capture what it prints."""
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        status = main(["extract", str(input_dir), "--out", str(out), "--model", "default", *extra])
    return Run(status, out, stdout.getvalue(), stderr.getvalue())


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def write_archive(root: Path, files: dict[str, bytes]) -> Path:
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


@pytest.fixture(autouse=True)
def _no_model_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESSEFAKTEN_MODEL", raising=False)


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> Run:
    """One run over an archive of good and broken files."""
    root = tmp_path_factory.mktemp("mixed")
    archive = write_archive(root / "archiv", {**GOOD, **{n: d for n, (d, _) in BAD.items()}})
    return extract(archive, root / "out")


@pytest.fixture(scope="module")
def articles(mixed: Run) -> dict[str, dict[str, str]]:
    return {row["source"]: row for row in read_csv(mixed.out / "articles.csv")}


def test_some_failed_gives_exit_1(mixed: Run) -> None:
    assert mixed.status == EXIT_FAILED_ARTICLES == 1


def test_every_input_appears_once_in_articles_csv(mixed: Run, articles: dict[str, dict[str, str]]) -> None:
    sources = [row["source"] for row in read_csv(mixed.out / "articles.csv")]
    assert len(sources) == len(set(sources))
    assert set(articles) == set(GOOD) | set(BAD)


@pytest.mark.parametrize("source", sorted(GOOD))
def test_good_articles_are_ok_and_extracted(
    mixed: Run, articles: dict[str, dict[str, str]], source: str
) -> None:
    row = articles[source]
    assert (row["status"], row["error"]) == ("ok", "")
    assert row["title"] and row["published"]
    for name in ("dates", "places", "officials", "milestones"):
        assert any(r["article_id"] == row["article_id"] for r in read_csv(mixed.out / f"{name}.csv")), name


@pytest.mark.parametrize(("source", "problem"), [(n, p) for n, (_, p) in sorted(BAD.items())])
def test_broken_files_are_failed_with_a_clear_error(
    mixed: Run, articles: dict[str, dict[str, str]], source: str, problem: str
) -> None:
    row = articles[source]
    assert row["status"] == "failed"
    assert source in row["error"] and problem in row["error"]
    assert f"pressefakten: failed: {source}: " in mixed.stderr
    for name in DATASETS:
        if name != "articles":
            assert all(r["article_id"] != row["article_id"] for r in read_csv(mixed.out / f"{name}.csv"))


def test_same_text_under_two_names_gives_two_articles(articles: dict[str, dict[str, str]]) -> None:
    a, b = (
        articles["2023/August/002_cd03c32f2fda7624.txt"],
        articles["Pressemitteilung Görlitz Übergabe März.txt"],
    )
    assert a["article_id"] != b["article_id"]
    assert a["sha256"] == b["sha256"]


def test_summary_is_printed(mixed: Run) -> None:
    assert (
        f"{len(GOOD) + len(BAD)} articles: {len(GOOD) + len(BAD)} processed, 0 unchanged, {len(BAD)} failed"
        in mixed.stdout
    )
    assert "dates:" in mixed.stdout and "quotes:" in mixed.stdout


def test_all_ok_gives_exit_0(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "archiv", {"a/b/seed.txt": SEED_A.read_bytes()})
    run = extract(archive, tmp_path / "out", "--quiet")
    assert run.status == EXIT_OK == 0
    assert run.stdout == ""
    assert [r["status"] for r in read_csv(run.out / "articles.csv")] == ["ok"]


def test_cp1252_article_is_ok_with_a_warning(tmp_path: Path) -> None:
    archive = write_archive(
        tmp_path / "archiv", {"alt.txt": SEED_B.read_text(encoding="utf-8").encode("cp1252")}
    )
    run = extract(archive, tmp_path / "out", "--quiet")
    assert run.status == EXIT_OK
    assert "pressefakten: warning:" in run.stderr and "alt.txt" in run.stderr and "cp1252" in run.stderr
    [row] = read_csv(run.out / "articles.csv")
    assert (row["status"], row["encoding"]) == ("ok", "cp1252")


def test_article_ids_are_stable_across_runs(mixed: Run, tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "woanders", {**GOOD, **{n: d for n, (d, _) in BAD.items()}})
    again = extract(archive, tmp_path / "out", "--quiet")
    first = {r["source"]: r["article_id"] for r in read_csv(mixed.out / "articles.csv")}
    second = {r["source"]: r["article_id"] for r in read_csv(again.out / "articles.csv")}
    assert first == second
    for name in ("dates", "places", "officials", "milestones", "quotes"):
        assert read_csv(mixed.out / f"{name}.csv") == read_csv(again.out / f"{name}.csv"), name


@pytest.mark.parametrize("content", [{}, {"notiz.md": b"x", "tief/bild.png": b"x"}], ids=["empty", "no-txt"])
def test_an_archive_without_articles_exits_2_and_leaves_the_tables(tmp_path: Path, content: dict) -> None:
    archive = write_archive(tmp_path / "archiv", {"seed.txt": SEED_A.read_bytes()})
    first = extract(archive, tmp_path / "out", "--quiet")
    assert first.status == EXIT_OK
    before = {p: p.read_bytes() for p in sorted((tmp_path / "out").rglob("*")) if p.is_file()}
    (archive / "seed.txt").unlink()
    write_archive(archive, content)
    run = extract(archive, tmp_path / "out", "--quiet")
    assert run.status == EXIT_USAGE
    assert (
        run.stderr
        == f"pressefakten: error: no *.txt files under {archive}; nothing to extract (the tables are unchanged)\n"
    )
    assert {p: p.read_bytes() for p in sorted((tmp_path / "out").rglob("*")) if p.is_file()} == before


def test_an_empty_archive_creates_no_output_folder(tmp_path: Path) -> None:
    (tmp_path / "archiv").mkdir()
    run = extract(tmp_path / "archiv", tmp_path / "out", "--quiet")
    assert run.status == EXIT_USAGE and "no *.txt files under" in run.stderr
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_missing_input_folder_gives_exit_2(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "gibt-es-nicht"
    if kind == "file":
        target.write_text("x", encoding="utf-8")
    run = extract(target, tmp_path / "out")
    assert run.status == EXIT_USAGE == 2
    assert run.stderr.startswith("pressefakten: error: ")
    assert str(target) in run.stderr and "not a directory" in run.stderr
    assert not (tmp_path / "out").exists()


def test_unknown_model_gives_exit_2(tmp_path: Path) -> None:
    archive = write_archive(tmp_path / "archiv", {"seed.txt": SEED_A.read_bytes()})
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = main(
            ["extract", str(archive), "--out", str(tmp_path / "out"), "--model", "de_core_news_nonexistent"]
        )
    assert status == EXIT_USAGE
    assert "pressefakten: error:" in stderr.getvalue()
    assert "'de_core_news_nonexistent' is not installed" in stderr.getvalue()
    assert not (tmp_path / "out").exists()


def test_unknown_model_from_environment_gives_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    archive = write_archive(tmp_path / "archiv", {"seed.txt": SEED_A.read_bytes()})
    monkeypatch.setenv("PRESSEFAKTEN_MODEL", "de_core_news_nonexistent")
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = main(["extract", str(archive), "--out", str(tmp_path / "out")])
    assert status == EXIT_USAGE
    assert "de_core_news_nonexistent" in stderr.getvalue()


@pytest.mark.parametrize("model", ["/gibt/es/nicht", "./modelle/fehlt", "~/fehlt"])
def test_a_model_path_that_does_not_exist_says_no_such_path(tmp_path: Path, model: str) -> None:
    archive = write_archive(tmp_path / "archiv", {"seed.txt": SEED_A.read_bytes()})
    stderr = io.StringIO()
    with contextlib.redirect_stderr(stderr):
        status = main(["extract", str(archive), "--out", str(tmp_path / "out"), "--model", model])
    assert status == EXIT_USAGE
    assert stderr.getvalue().startswith(f"pressefakten: error: no such path: {model} (")
    assert "not installed" not in stderr.getvalue()
    assert not (tmp_path / "out").exists()


@pytest.mark.parametrize("value", ["abc", "0", "-1", "1.5", ""])
def test_workers_that_is_not_a_count_says_what_is_allowed(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["extract", "corpus", "--workers", value])
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert f"argument --workers: must be a whole number of 1 or more (e.g. 2), not {value!r}" in err
    assert "_positive" not in err


@pytest.mark.parametrize(
    "argv", [[], ["extract"], ["frobnicate", "corpus"]], ids=["none", "no-input", "unknown"]
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(argv)
    assert info.value.code == 2
    assert "usage: pressefakten" in capsys.readouterr().err


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"pressefakten {__version__}"


# --- a full disk ---------------------------------------------------------------------------------


def _no_space(*_args: object, **_kwargs: object) -> None:
    raise OSError(errno.ENOSPC, "No space left on device")


def _full_after(calls: int, real):  # type: ignore[no-untyped-def]
    """``real``, until the disk is full after ``calls`` calls."""
    count = [0]

    def call(*args, **kwargs):  # type: ignore[no-untyped-def]
        count[0] += 1
        if count[0] > calls:
            _no_space()
        return real(*args, **kwargs)

    return call


def _fill_tables(monkeypatch: pytest.MonkeyPatch) -> str:
    from pipeline.write import csvsafe

    monkeypatch.setattr(csvsafe.CsvWriter, "writerow", _full_after(3, csvsafe.CsvWriter.writerow))
    return "/.versions/run-"


def _fill_parquet(monkeypatch: pytest.MonkeyPatch) -> str:
    import pyarrow.parquet as pq

    monkeypatch.setattr(pq.ParquetWriter, "close", _no_space)
    return ".parquet"


def _fill_cache(monkeypatch: pytest.MonkeyPatch) -> str:
    from pipeline.run import cache

    monkeypatch.setattr(cache.os, "replace", _no_space)
    return "/.cache/"


def _fill_manifest(monkeypatch: pytest.MonkeyPatch) -> str:
    from pipeline.write import files

    monkeypatch.setattr(files.os, "fsync", _no_space)
    return "run.json"


@pytest.mark.parametrize(
    ("fill", "changed"),
    [(_fill_tables, True), (_fill_parquet, True), (_fill_cache, True), (_fill_manifest, False)],
    ids=["csv-table", "parquet-table", "cache-entry", "run.json-of-an-unchanged-run"],
)
def test_a_full_disk_is_one_line_exit_3_and_leaves_the_published_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fill, changed: bool
) -> None:
    archive = write_archive(tmp_path / "archiv", {"seed.txt": SEED_A.read_bytes()})
    out = tmp_path / "out"
    assert extract(archive, out, "--quiet").status == EXIT_OK
    if changed:
        (archive / "seed.txt").write_bytes(SEED_A.read_bytes() + b"\nNachtrag.\n")
    published = {p.name: p.resolve().read_bytes() for p in out.iterdir() if p.is_file()}
    versions = sorted(p.name for p in (out / ".versions").iterdir())
    where = fill(monkeypatch)
    run = extract(archive, out, "--quiet")
    monkeypatch.undo()
    assert run.status == EXIT_DISK_FULL == 3
    lines = run.stderr.splitlines()
    assert len(lines) == 1 and "Traceback" not in run.stderr
    assert lines[0].startswith(f"pressefakten: error: no space left on device while writing {out}")
    assert where in lines[0]
    assert {p.name: p.resolve().read_bytes() for p in out.iterdir() if p.is_file()} == published
    assert sorted(p.name for p in (out / ".versions").iterdir()) == versions  # nothing half-written kept
    assert not [p for p in out.rglob("*") if p.name.endswith(".tmp")]
    assert extract(archive, out, "--quiet").status == EXIT_OK  # space again: the run completes
