"""``pressefakten verify-quotes``: every quote verbatim in its source at its offsets, or named."""

from __future__ import annotations

import argparse
import hashlib
import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from pipeline.cli import main as cli_main
from pipeline.records import ArticleExtraction, ArticleRecord, QuoteRecord
from pipeline.views.verify import (
    EXIT_MISMATCH,
    EXIT_OK,
    EXIT_USAGE,
    add_verify_subcommand,
    count_quotes,
    verify_main,
    verify_quotes,
)
from tests.conftest import ROOT, write_results

SEED = ROOT / "corpus" / "seeds" / "000_e6bc6a443aa861cb.txt"

TEXT_A = "Dresden. »Prävention wirkt«, sagte Dr. Anna Beispiel. Dann ging es weiter.\n"
TEXT_B = "Leipzig. Bürgermeister Max Muster: »-Minus am Anfang, und doch ein Zitat.«\n"


def _quote(article_id: str, text: str, quote: str, n: int) -> QuoteRecord:
    start = text.index(quote)
    return QuoteRecord(
        article_id=article_id,
        text=quote,
        start=start,
        end=start + len(quote),
        quote_id=f"{article_id}-q{n}",
        speaker="Dr. Anna Beispiel",
        speaker_name="Anna Beispiel",
        speaker_role=None,
        kind="direct",
    )


def make_output(tmp_path: Path, formats: tuple[str, ...] = ("csv", "parquet")) -> tuple[Path, Path]:
    """An archive of two articles and the output folder of a run over it: (out, archive)."""
    archive, out = tmp_path / "archive", tmp_path / "out"
    results = []
    for n, (source, text, quote) in enumerate(
        [
            ("2023/a.txt", TEXT_A, "Prävention wirkt"),
            ("b.txt", TEXT_B, "-Minus am Anfang, und doch ein Zitat."),
        ]
    ):
        (archive / source).parent.mkdir(parents=True, exist_ok=True)
        (archive / source).write_text(text, encoding="utf-8")
        aid = f"art{n}"
        article = ArticleRecord(
            article_id=aid,
            source=source,
            title=f"Titel {n}",
            published=date(2023, 1, n + 1),
            status="ok",
            sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        )
        results.append(ArticleExtraction(article=article, quotes=(_quote(aid, text, quote, 1),)))
    write_results(out, results, formats=formats)
    (out / "run.json").write_text(json.dumps({"input_dir": str(archive)}), encoding="utf-8")
    return out, archive


def _run(out: Path, *extra: str) -> int:
    parser = argparse.ArgumentParser()
    add_verify_subcommand(parser.add_subparsers(dest="command"))
    return verify_main(parser.parse_args(["verify-quotes", str(out), *extra]))


def test_all_quotes_match(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = make_output(tmp_path)
    assert verify_quotes(out) == []
    assert _run(out) == EXIT_OK
    assert capsys.readouterr().out.strip() == "all 2 quotes match their sources at their offsets"


def test_changed_source_is_named(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, archive = make_output(tmp_path)
    (archive / "2023/a.txt").write_text(TEXT_A.replace("wirkt", "hilft"), encoding="utf-8")
    [mismatch] = verify_quotes(out)
    assert (mismatch.quote_id, mismatch.source) == ("art0-q1", "2023/a.txt")
    assert (mismatch.expected, mismatch.found) == ("Prävention wirkt", "Prävention hilft")
    assert "source file changed since the run" in mismatch.reason
    assert _run(out) == EXIT_MISMATCH
    err = capsys.readouterr().err
    assert "art0-q1: 2023/a.txt[10:26]" in err
    assert "'Prävention wirkt'" in err and "'Prävention hilft'" in err
    assert "1 of 2 quotes do not match" in err


def test_missing_source_and_short_source(tmp_path: Path) -> None:
    out, archive = make_output(tmp_path)
    (archive / "2023/a.txt").unlink()
    (archive / "b.txt").write_text("Leipzig.", encoding="utf-8")
    gone, short = verify_quotes(out)
    assert (gone.quote_id, gone.found, gone.reason) == ("art0-q1", None, "source file is gone")
    assert short.quote_id == "art1-q1"
    assert short.found == ""
    assert short.reason.startswith("offsets beyond the source's 8 characters")
    assert _run(out) == EXIT_MISMATCH


def test_input_option_overrides_run_json(tmp_path: Path) -> None:
    out, archive = make_output(tmp_path)
    moved = tmp_path / "moved"
    shutil.move(archive, moved)
    assert len(verify_quotes(out)) == 2  # run.json points at the old place
    assert verify_quotes(out, moved) == []
    assert _run(out, "--input", str(moved)) == EXIT_OK


def test_csv_only_output_is_read_verbatim(tmp_path: Path) -> None:
    """A CSV cell starting with '-' carries the spreadsheet apostrophe; verify removes it."""
    out, _ = make_output(tmp_path, formats=("csv",))
    assert "'-Minus" in (out / "quotes.csv").read_text(encoding="utf-8")
    assert verify_quotes(out) == []


def test_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, _ = make_output(tmp_path)
    (out / "run.json").unlink()
    assert _run(out) == EXIT_USAGE
    assert "pass --input" in capsys.readouterr().err
    assert _run(out, "--input", str(tmp_path / "nowhere")) == EXIT_USAGE
    assert _run(tmp_path / "nowhere", "--input", str(tmp_path)) == EXIT_USAGE


@pytest.mark.filterwarnings("ignore:.*decoded as cp1252")
def test_real_extraction_verifies(tmp_path: Path) -> None:
    """Offsets of a real run count the characters read_article decodes (BOM, cp1252)."""
    archive = tmp_path / "archive"
    archive.mkdir()
    text = SEED.read_text(encoding="utf-8")
    (archive / "utf8-bom.txt").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    (archive / "cp1252.txt").write_bytes(text.encode("cp1252", errors="replace"))
    out = tmp_path / "out"
    assert cli_main(["extract", str(archive), "--out", str(out), "--quiet"]) == 0
    assert count_quotes(out) >= 4
    assert verify_quotes(out) == []
    assert _run(out) == EXIT_OK


@pytest.mark.parametrize("formats", [("csv",), ("parquet",)])
def test_read_table_reads_only_the_columns_asked_for(tmp_path: Path, formats: tuple[str, ...]) -> None:
    from pipeline.views.verify import article_sources, read_table

    out, _ = make_output(tmp_path, formats=formats)
    frame = read_table(out, "articles", ["article_id", "source", "no_such_column"])
    assert list(frame.columns) == ["article_id", "source"]
    assert frame["source"].tolist() == ["2023/a.txt", "b.txt"]
    sources = list(article_sources(out))  # the quote index reads the articles this way
    assert [s.article["source"] for s in sources] == ["2023/a.txt", "b.txt"]
    assert all(s.text is not None and not s.changed for s in sources)
