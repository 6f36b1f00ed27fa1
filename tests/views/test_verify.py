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
    copies_differ,
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


# --- impossible offsets, malformed tables, the two copies, where a text differs ------------------


def _rewrite_quotes(out: Path, change) -> None:  # type: ignore[no-untyped-def]
    """Apply ``change`` to the quotes table and write both copies again (CSV as the writer would)."""
    import pandas as pd

    from pipeline.write.csvsafe import CsvWriter, neutralise

    frame = change(pd.read_parquet(out / "quotes.parquet"))
    frame.to_parquet(out / "quotes.parquet", index=False)
    with (out / "quotes.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = CsvWriter(handle)
        writer.writerow(list(frame.columns))
        for row in frame.astype(object).where(frame.notna(), None).itertuples(index=False):
            writer.writerow([neutralise(v) if isinstance(v, str) else v for v in row])


def _set(column: str, value):  # type: ignore[no-untyped-def]
    def change(frame):  # type: ignore[no-untyped-def]
        frame[column] = frame[column].astype("object")
        frame.loc[0, column] = value
        return frame

    return change


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        (_set("start", -5), "impossible offsets: negative"),
        (_set("end", 3), "impossible offsets: end not after start"),
        (_set("end", 10), "impossible offsets: end not after start"),
        (_set("start", None), "impossible offsets: start or end is missing"),
        (_set("end", None), "impossible offsets: start or end is missing"),
        (_set("end", 10_000), "offsets beyond the source's"),
    ],
    ids=["negative", "reversed", "empty", "null-start", "null-end", "beyond"],
)
@pytest.mark.parametrize("formats", [("csv", "parquet"), ("parquet",), ("csv",)])
def test_impossible_offsets_are_mismatches(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], change, reason: str, formats: tuple[str, ...]
) -> None:
    out, _ = make_output(tmp_path)
    _rewrite_quotes(out, change)
    for fmt in {"csv", "parquet"} - set(formats):
        (out / f"quotes.{fmt}").unlink()
    [mismatch] = verify_quotes(out)
    assert mismatch.quote_id == "art0-q1" and mismatch.reason.startswith(reason)
    assert _run(out) == EXIT_MISMATCH
    err = capsys.readouterr().err
    assert "Traceback" not in err and "art0-q1" in err and reason in err


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda out: _rewrite_quotes(out, lambda f: f.drop(columns=["start"])), "no column start"),
        (lambda out: _rewrite_quotes(out, lambda f: f.drop(columns=["text", "end"])), "no column text, end"),
        (lambda out: (out / "quotes.parquet").write_bytes(b"PAR1 kaputt"), "malformed quotes table"),
        (
            lambda out: ((out / "quotes.parquet").unlink(), _rewrite_quotes_csv(out, "start", "zehn")),
            "malformed quotes table",
        ),
        (lambda out: (out / "quotes.parquet").unlink() or (out / "quotes.csv").unlink(), "no quotes.parquet"),
    ],
    ids=["no-start", "no-text-end", "not-parquet", "csv-start-not-a-number", "no-table"],
)
def test_a_malformed_table_exits_2_with_a_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], damage, message: str
) -> None:
    out, _ = make_output(tmp_path)
    damage(out)
    assert _run(out) == EXIT_USAGE
    err = capsys.readouterr().err
    assert err.startswith("pressefakten: error: ") and message in err
    assert err.count("\n") == 1 and "Traceback" not in err


def _rewrite_quotes_csv(out: Path, column: str, value: str) -> None:
    import csv

    with (out / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    rows[0][column] = value
    with (out / "quotes.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)


@pytest.mark.parametrize(
    ("column", "value"), [("text", "Prävention wirkt nicht"), ("start", "11"), ("quote_id", "art0-q9")]
)
def test_csv_and_parquet_copies_are_checked_against_each_other(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], column: str, value: str
) -> None:
    out, _ = make_output(tmp_path)
    _rewrite_quotes_csv(out, column, value)
    assert verify_quotes(out) == []  # the Parquet copy matches the sources
    assert _run(out) == EXIT_MISMATCH
    err = capsys.readouterr().err
    shown = value if column == "start" else repr(value)
    assert f"pressefakten: copies differ: quotes row 1, {column}: csv {shown}, parquet " in err


def test_a_csv_copy_with_a_row_less_is_a_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out, _ = make_output(tmp_path)
    lines = (out / "quotes.csv").read_text(encoding="utf-8").splitlines(keepends=True)
    (out / "quotes.csv").write_text("".join(lines[:-1]), encoding="utf-8")
    assert _run(out) == EXIT_MISMATCH
    assert "quotes.csv has 1 rows, quotes.parquet 2" in capsys.readouterr().err


def test_the_first_differing_position_is_shown_however_long_the_quote(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    long_quote = "Prävention " + "wirkt, " * 40 + "am Ende anders."
    out, archive = make_output(tmp_path)
    text = f"Dresden. »{long_quote}«, sagte sie.\n"
    (archive / "2023/a.txt").write_text(text, encoding="utf-8")

    def long(frame):  # type: ignore[no-untyped-def]
        frame.loc[0, "text"] = long_quote.replace("anders", "gleich")
        frame.loc[0, "start"] = text.index(long_quote)
        frame.loc[0, "end"] = text.index(long_quote) + len(long_quote)
        return frame

    _rewrite_quotes(out, long)
    [mismatch] = verify_quotes(out)
    at = long_quote.index("anders")
    assert mismatch.describe().count("first difference at character") == 1
    assert f"first difference at character {at} (offset {mismatch.start + at})" in mismatch.describe()
    assert _run(out) == EXIT_MISMATCH
    err = capsys.readouterr().err
    assert "'…" in err and "am Ende gleich." in err and "am Ende anders." in err


def test_a_missing_output_folder_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli_main(["verify-quotes", str(tmp_path / "nirgends")]) == EXIT_USAGE
    err = capsys.readouterr().err
    assert (
        err
        == f"pressefakten: error: no such output folder: {tmp_path / 'nirgends'} (give the --out folder of an extraction run)\n"
    )
    assert "run.json" not in err


def test_a_relative_input_folder_is_found_from_a_published_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    archive = tmp_path / "projekt" / "archiv"
    archive.mkdir(parents=True)
    (archive / "seed.txt").write_bytes(SEED.read_bytes())
    monkeypatch.chdir(tmp_path / "projekt")
    assert cli_main(["extract", "archiv", "--out", "out", "--quiet"]) == 0
    monkeypatch.chdir(tmp_path)  # elsewhere: "archiv" is found beside the output folder
    assert cli_main(["verify-quotes", "projekt/out"]) == EXIT_OK
    assert "quotes match their sources" in capsys.readouterr().out


@pytest.mark.parametrize("text", ["'s Lebbe is scheen", "''doppelt", "=1+1", "'=1+1"])
def test_text_starting_with_an_apostrophe_is_the_same_in_both_copies(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    out, archive = make_output(tmp_path)
    source = f"»{text}«, sagte sie.\n"
    (archive / "2023/a.txt").write_text(source, encoding="utf-8")

    def change(frame):  # type: ignore[no-untyped-def]
        frame.loc[0, "text"], frame.loc[0, "start"], frame.loc[0, "end"] = text, 1, 1 + len(text)
        return frame

    _rewrite_quotes(out, change)
    assert copies_differ(out) == []
    assert verify_quotes(out) == []
