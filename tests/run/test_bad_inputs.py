"""Bad and awkward input files in an archive run: each is decoded correctly or fails with a
clear reason, and never costs the other articles. CSV cells are safe for spreadsheets."""

from __future__ import annotations

import csv
import os
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest

from pipeline.records import DATASETS
from pipeline.run import process as runner
from pipeline.run.archive import CACHE_DIR, RunOptions, RunReport, run_archive
from pipeline.run.tasks import article_id
from pipeline.text.reading import read_article
from pipeline.text.windows import WINDOW_CHARS
from pipeline.write.tables import FORMULA_STARTS, neutralise
from tests.conftest import ROOT

SEED_A = ROOT / "corpus" / "seeds" / "000_e6bc6a443aa861cb.txt"
SEED_B = ROOT / "corpus" / "seeds" / "002_cd03c32f2fda7624.txt"
GOOD = {"gut A.txt": SEED_A.read_bytes(), "gut B.txt": SEED_B.read_bytes()}
SPAN_TABLES = ("dates", "places", "officials", "milestones", "quotes")


@pytest.fixture(autouse=True)
def _no_model_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PRESSEFAKTEN_MODEL", raising=False)


@dataclass
class Outcome:
    archive: Path
    out: Path
    report: RunReport

    def csv(self, name: str) -> list[dict[str, str]]:
        with (self.out / f"{name}.csv").open(encoding="utf-8", newline="") as handle:
            return list(csv.DictReader(handle))

    def parquet(self, name: str) -> list[dict[str, Any]]:
        return pq.read_table(self.out / f"{name}.parquet").to_pylist()

    def article(self, source: str) -> dict[str, str]:
        return next(row for row in self.csv("articles") if row["source"] == source)

    def rows_of(self, name: str, source: str, *, parquet: bool = False) -> list[dict[str, Any]]:
        aid = article_id(source)
        rows = self.parquet(name) if parquet else self.csv(name)
        return [row for row in rows if row["article_id"] == aid]


def run_with(tmp_path: Path, bad: dict[str, bytes]) -> Outcome:
    """Run over the two good seed copies plus ``bad``."""
    archive = tmp_path / "archiv"
    for name, data in {**GOOD, **bad}.items():
        path = archive / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    out = tmp_path / "out"
    report = run_archive(RunOptions(archive, out, model="default", progress=False))
    return Outcome(archive, out, report)


def assert_good_ones_processed(outcome: Outcome) -> None:
    articles = {row["source"]: row for row in outcome.csv("articles")}
    for name in GOOD:
        assert articles[name]["status"] == "ok", articles[name]
        assert articles[name]["error"] == ""
        assert outcome.rows_of("places", name), name  # the seeds do name places
    assert len(articles) == outcome.report.seen


def assert_spans_index(outcome: Outcome, source: str, text: str) -> int:
    """Every span of ``source``, in CSV and Parquet, is ``text[start:end]``; returns how many."""
    checked = 0
    for name in SPAN_TABLES:
        for row in outcome.rows_of(name, source, parquet=True):
            assert text[row["start"] : row["end"]] == row["text"], (name, row)
            checked += 1
        for row in outcome.rows_of(name, source):
            assert text[int(row["start"]) : int(row["end"])] == strip_apostrophe(row["text"]), (name, row)
    return checked


def assert_failed(outcome: Outcome, source: str, reason: str) -> None:
    row = outcome.article(source)
    assert row["status"] == "failed"
    assert reason in row["error"] and source in row["error"], row["error"]
    assert {"source": source, "error": row["error"]} in outcome.report.failed
    for name in SPAN_TABLES:
        assert outcome.rows_of(name, source) == []
    assert_good_ones_processed(outcome)


# --- encodings and line ends ----------------------------------------------------------------

CP1252_TEXT = SEED_B.read_text(encoding="utf-8").replace(
    "Heidenau ist neu", "„Heidenau“ ist neu – für 5 € im Jahr –", 1
)


def test_cp1252_file_is_decoded_with_a_warning_and_its_encoding_recorded(tmp_path: Path) -> None:
    data = CP1252_TEXT.encode("cp1252")
    with pytest.warns(UserWarning, match=r"cp1252\.txt: not valid UTF-8.*decoded as cp1252"):
        outcome = run_with(tmp_path, {"cp1252.txt": data})
    row = outcome.article("cp1252.txt")
    assert (row["status"], row["encoding"]) == ("ok", "cp1252")
    assert int(row["chars"]) == len(CP1252_TEXT)
    assert row["title"] == "Mehr als nur die Nummer 53"
    assert assert_spans_index(outcome, "cp1252.txt", data.decode("cp1252")) > 0
    assert "„Heidenau“" in data.decode("cp1252")
    assert_good_ones_processed(outcome)


def test_latin1_file_is_decoded_with_a_warning(tmp_path: Path) -> None:
    text = SEED_A.read_text(encoding="utf-8")  # umlauts, ß, »«: all latin-1
    data = text.encode("latin-1")
    with pytest.warns(UserWarning, match="not valid UTF-8"):
        outcome = run_with(tmp_path, {"latin1.txt": data})
    row = outcome.article("latin1.txt")
    assert row["status"] == "ok"
    # latin-1 text without C1 bytes is also valid cp1252, with the same characters
    assert row["encoding"] in ("cp1252", "latin-1")
    assert int(row["chars"]) == len(text)
    assert row["title"] == outcome.article("gut A.txt")["title"]
    assert assert_spans_index(outcome, "latin1.txt", text) > 0
    assert_good_ones_processed(outcome)


def test_latin1_file_with_a_byte_undefined_in_cp1252_is_recorded_as_latin1(tmp_path: Path) -> None:
    text = SEED_A.read_text(encoding="utf-8").replace("Radeberg", "Rade\x8dberg", 1)
    with pytest.warns(UserWarning, match="decoded as latin-1"):
        outcome = run_with(tmp_path, {"latin1 c1.txt": text.encode("latin-1")})
    row = outcome.article("latin1 c1.txt")
    assert (row["status"], row["encoding"]) == ("ok", "latin-1")
    assert int(row["chars"]) == len(text)
    assert_spans_index(outcome, "latin1 c1.txt", text)
    assert_good_ones_processed(outcome)


def test_utf8_bom_is_dropped_and_offsets_match_the_plain_file(tmp_path: Path) -> None:
    outcome = run_with(tmp_path, {"bom.txt": b"\xef\xbb\xbf" + SEED_A.read_bytes()})
    row = outcome.article("bom.txt")
    plain = outcome.article("gut A.txt")
    assert (row["status"], row["encoding"]) == ("ok", "utf-8")
    assert row["title"] == plain["title"] and not row["title"].startswith("\ufeff")
    assert row["published"] == plain["published"]
    assert row["chars"] == plain["chars"]
    text = SEED_A.read_text(encoding="utf-8")
    assert assert_spans_index(outcome, "bom.txt", text) > 0
    for name in SPAN_TABLES:
        assert without_ids(outcome.rows_of(name, "bom.txt")) == without_ids(
            outcome.rows_of(name, "gut A.txt")
        )


def without_ids(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{k: v for k, v in r.items() if k not in ("article_id", "quote_id")} for r in rows]


@pytest.mark.parametrize("seed", [SEED_A, SEED_B], ids=["seed-a", "seed-b"])
def test_crlf_offsets_index_the_decoded_text(tmp_path: Path, seed: Path) -> None:
    data = seed.read_bytes().replace(b"\n", b"\r\n")
    outcome = run_with(tmp_path, {"crlf.txt": data})
    source_text = read_article(outcome.archive / "crlf.txt").text
    assert "\r\n" in source_text
    row = outcome.article("crlf.txt")
    assert row["status"] == "ok"
    assert "\r" not in row["title"] and row["published"]
    assert int(row["chars"]) == len(source_text)
    assert assert_spans_index(outcome, "crlf.txt", source_text) > 0
    lf_name = "gut A.txt" if seed == SEED_A else "gut B.txt"
    for name in SPAN_TABLES:  # the same findings as with LF line ends
        texts = [r["text"] for r in outcome.rows_of(name, "crlf.txt")]
        assert texts == [r["text"] for r in outcome.rows_of(name, lf_name)], name
    assert_good_ones_processed(outcome)


# --- files that are not articles -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("leer.txt", b"", "file is empty"),
        ("nur Leerzeichen.txt", b" \n\r\n\t\n", "file is empty"),
        ("nur BOM.txt", b"\xef\xbb\xbf\n", "file is empty"),
        ("bild.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00", "binary file"),
        ("anhang.txt", bytes(range(256)) * 8, "binary file"),
        (
            "seite.txt",
            b"<!DOCTYPE html>\n<html lang='de'><head><title>LPR</title></head>"
            b"<body><p>Text</p></body></html>\n",
            "HTML page",
        ),
        (
            "gespeichert.txt",
            b"<!-- saved from url=(0042)https://www.lpr.sachsen.de/ -->\n<html><body>x</body></html>",
            "HTML page",
        ),
    ],
    ids=["empty", "whitespace", "bom-only", "png", "binary", "html", "html-saved-from"],
)
def test_a_file_that_is_not_an_article_fails_with_a_reason(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    outcome = run_with(tmp_path, {name: data})
    assert_failed(outcome, name, reason)
    assert outcome.report.seen == 3 and outcome.report.processed == 3


def test_a_file_that_disappears_during_the_run_fails_and_the_rest_go_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = runner.read_article

    def vanish_first(path: Path):  # type: ignore[no-untyped-def]
        if path.name == "weg.txt":
            path.unlink()  # deleted after the run listed and hashed it
        return real(path)

    monkeypatch.setattr(runner, "read_article", vanish_first)
    outcome = run_with(tmp_path, {"weg.txt": SEED_A.read_bytes()})
    assert_failed(outcome, "weg.txt", "cannot be read")
    assert not (outcome.out / CACHE_DIR / f"{article_id('weg.txt')}.json").exists()
    monkeypatch.undo()
    again = run_archive(RunOptions(outcome.archive, outcome.out, model="default", progress=False))
    assert (again.seen, again.processed, again.reused, again.failed) == (2, 0, 2, [])


def test_an_unreadable_file_fails_and_is_retried_next_run(tmp_path: Path) -> None:
    archive = tmp_path / "archiv"
    archive.mkdir()
    (archive / "kaputt.txt").symlink_to(tmp_path / "nirgends.txt")  # dangling link: cannot be read
    outcome = run_with(tmp_path, {})
    assert_failed(outcome, "kaputt.txt", "cannot be read")
    (tmp_path / "nirgends.txt").write_bytes(SEED_B.read_bytes())  # readable now
    again = run_archive(RunOptions(outcome.archive, outcome.out, model="default", progress=False))
    assert (again.processed, again.reused, again.failed) == (1, 2, [])


def test_a_file_name_with_spaces_and_umlauts(tmp_path: Path) -> None:
    name = "Grüße aus Görlitz.txt"
    outcome = run_with(tmp_path, {name: SEED_B.read_bytes(), f"Ordner mit Ä/{name}": SEED_A.read_bytes()})
    for source in (name, f"Ordner mit Ä/{name}"):
        row = outcome.article(source)
        assert row["status"] == "ok" and row["article_id"] == article_id(source)
        assert outcome.rows_of("places", source)
        assert (outcome.out / CACHE_DIR / f"{article_id(source)}.json").exists()
    assert {r["source"] for r in outcome.parquet("articles")} >= {name, f"Ordner mit Ä/{name}"}
    again = run_archive(RunOptions(outcome.archive, outcome.out, model="default", progress=False))
    assert (again.processed, again.reused) == (0, 4)


# --- hostile entries: links to FIFOs and devices, odd names, a damaged cache ------------------


def test_hostile_entries_are_listed_failed_and_never_hang_or_crash_the_run(tmp_path: Path) -> None:
    archive = tmp_path / "archiv"
    archive.mkdir()
    for name, data in GOOD.items():
        (archive / name).write_bytes(data)
    os.mkfifo(tmp_path / "rohr")
    (archive / "rohr.txt").symlink_to(tmp_path / "rohr")  # reading it would block forever
    (archive / "null.txt").symlink_to("/dev/zero")  # reading it would never end
    (archive / "ordner.txt").symlink_to(tmp_path)
    os.mkfifo(archive / "fifo.txt")
    with open(os.fsencode(archive) + b"/caf\xe9.txt", "wb") as handle:  # a Latin-1 file name
        handle.write(SEED_A.read_bytes())
    out = tmp_path / "out"
    done = subprocess.run(
        [*EXTRACT, str(archive), "--out", str(out), "--model", "default", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        timeout=180,
    )
    assert done.returncode == 1, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    outcome = Outcome(archive, out, RunReport())
    for name in GOOD:
        assert outcome.article(name)["status"] == "ok"
    expected = {
        "rohr.txt": "a named pipe (FIFO), not a regular file",
        "fifo.txt": "a named pipe (FIFO), not a regular file",
        "null.txt": "a character device, not a regular file",
        "ordner.txt": "a directory, not a regular file",
        "caf\\xe9.txt": "file name is not valid UTF-8",
    }
    for source, reason in expected.items():
        row = outcome.article(source)
        assert row["status"] == "failed" and reason in row["error"], row
    # a cache entry that became a folder is recomputed, and the next run still works
    entry = out / CACHE_DIR / f"{article_id('gut A.txt')}.json"
    entry.unlink()
    entry.mkdir()
    again = run_archive(RunOptions(archive, out, model="default", progress=False))
    assert (again.processed, again.reused) == (len(expected) + 1, 1)
    assert entry.is_file()


# --- a very long file -------------------------------------------------------------------------

EXTRACT = (sys.executable, "-m", "pipeline", "extract")


def long_article(size: int) -> bytes:
    head, title, body = SEED_A.read_text(encoding="utf-8").split("\n\n", 2)
    body = body.replace("zurück zum Seitenanfang", "").rstrip()  # a footer would end the article
    copies = size // len(body.encode()) + 1
    return "\n\n".join([head, title, *[body] * copies]).encode()


def test_an_article_of_several_windows_is_processed_whole(tmp_path: Path) -> None:
    """An article longer than a window is processed window by window, its offsets those of the
    file (time and memory of 1, 5 and 10 MB: ``bench/run_bench.py --big-articles 1 5 10``)."""
    archive = tmp_path / "archiv"
    archive.mkdir()
    for name, data in GOOD.items():
        (archive / name).write_bytes(data)
    data = long_article(4 * WINDOW_CHARS)
    (archive / "riesig.txt").write_bytes(data)
    done = subprocess.run(
        [*EXTRACT, str(archive), "--out", str(tmp_path / "out"), "--model", "default", "--quiet"],
        cwd=ROOT,
        capture_output=True,
        timeout=1800,  # only against a hang; the benchmark measures the time
    )
    assert done.returncode == 0, done.stderr.decode()
    outcome = Outcome(archive, tmp_path / "out", RunReport())
    assert outcome.article("riesig.txt")["status"] == "ok"
    for name in GOOD:
        assert outcome.article(name)["status"] == "ok"
    spans = assert_spans_index(outcome, "riesig.txt", data.decode())
    assert spans > 4 * 10  # facts of every window, not only the first
    ids = [row["quote_id"] for row in outcome.rows_of("quotes", "riesig.txt")]
    assert len(ids) == len(set(ids))


# --- CSV formula injection --------------------------------------------------------------------


def injected_article() -> str:
    text = SEED_A.read_text(encoding="utf-8")
    text = text.replace(
        "5. Vernetzungstreffen der Allianz Sichere Sächsische Kommunen in Radeberg",
        "=SUMME(A1) Vernetzungstreffen in Radeberg",
        1,
    )
    text = text.replace("»Wir haben im vergangenen Jahr", "»+5 Prozent: Wir haben im vergangenen Jahr", 1)
    return text


def minus_article() -> str:
    text = SEED_A.read_text(encoding="utf-8")
    return text.replace(
        "5. Vernetzungstreffen der Allianz Sichere Sächsische Kommunen in Radeberg",
        "-5 Grad beim Vernetzungstreffen in Radeberg",
        1,
    ).replace("»Wir haben im vergangenen Jahr", "»@Radeberg: Wir haben im vergangenen Jahr", 1)


@pytest.fixture(scope="module")
def injected(tmp_path_factory: pytest.TempPathFactory) -> Outcome:
    files = {"formel.txt": injected_article().encode(), "minus.txt": minus_article().encode()}
    return run_with(tmp_path_factory.mktemp("injection"), files)


@pytest.mark.parametrize(
    ("source", "title"),
    [
        ("formel.txt", "=SUMME(A1) Vernetzungstreffen in Radeberg"),
        ("minus.txt", "-5 Grad beim Vernetzungstreffen in Radeberg"),
    ],
)
def test_a_formula_title_is_neutralised_in_csv_and_verbatim_in_parquet(
    injected: Outcome, source: str, title: str
) -> None:
    assert injected.article(source)["title"] == "'" + title
    parquet = next(r for r in injected.parquet("articles") if r["source"] == source)
    assert parquet["title"] == title


@pytest.mark.parametrize(
    ("source", "start"), [("formel.txt", "+5 Prozent: Wir haben"), ("minus.txt", "@Radeberg: Wir haben")]
)
def test_a_formula_quote_is_neutralised_in_csv_and_verbatim_in_parquet(
    injected: Outcome, source: str, start: str
) -> None:
    csv_quotes = [r["text"] for r in injected.rows_of("quotes", source)]
    parquet_quotes = [r["text"] for r in injected.rows_of("quotes", source, parquet=True)]
    verbatim = next(q for q in parquet_quotes if q.startswith(start))
    assert "'" + verbatim in csv_quotes
    text = (injected.archive / source).read_text(encoding="utf-8")
    assert assert_spans_index(injected, source, text) > 0  # offsets refer to the verbatim text


def test_every_csv_cell_is_the_neutralised_parquet_value(injected: Outcome) -> None:
    checked = 0
    for name in DATASETS:
        for csv_row, pq_row in zip(injected.csv(name), injected.parquet(name), strict=True):
            for column, value in pq_row.items():
                if isinstance(value, str):
                    assert csv_row[column] == neutralise(value), (name, column)
                    assert not csv_row[column].startswith(FORMULA_STARTS)
                    checked += 1
    assert checked > 100
    assert_good_ones_processed(injected)


def strip_apostrophe(cell: str) -> str:
    """The documented reversal: remove one leading apostrophe from every cell that starts with one."""
    return cell[1:] if cell.startswith("'") else cell


@pytest.mark.parametrize(
    "value",
    [
        "=SUMME(A1)",
        "+49 351 123",
        "-5 Grad",
        "@Radeberg",
        "\tTab",
        "\rCR",
        "Görlitz",
        "",
        "5 = 5",
        "'zitiert'",
    ],
)
def test_neutralise_is_reversible(value: str) -> None:
    cell = neutralise(value)
    assert not cell.startswith(FORMULA_STARTS)
    assert strip_apostrophe(cell) == value
    assert cell == ("'" + value if value[:1] and value[0] in "=+-@\t\r'" else value)


def test_neutralise_is_reversible_for_a_value_starting_with_an_apostrophe() -> None:
    value = "'=SUMME(A1)"
    assert strip_apostrophe(neutralise(value)) == value


def test_neutralise_rule_is_documented() -> None:
    from pipeline.write import tables as writer

    doc = " ".join((writer.__doc__ or "").split())
    assert "leading apostrophe" in doc
    assert "remove one leading apostrophe from every cell that starts with one" in doc
    assert "Parquet tables are never altered" in doc
