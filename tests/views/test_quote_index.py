"""The quote index page: its data, their escaping, the context and the match marker."""

from __future__ import annotations

import base64
import hashlib
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipeline.records import ArticleExtraction, ArticleRecord, QuoteRecord
from pipeline.run.versions import new_version, publish
from pipeline.views.quote_index import build_quote_index, collect, embed_json, render_page, sentence_bounds
from pipeline.views.verify import OutputError
from tests.conftest import write_results

HOSTILE = "<script>alert(1)</script> und <img src=x onerror=alert(1)> & </script><!--"
ARTICLES = [
    ("2021/a.txt", "Erster Satz. »Prävention wirkt«, sagte Dr. Anna Beispiel. Nächster Satz.", 2021),
    ("b.txt", f"Vorher. Max Muster: »{HOSTILE}« Nachher.", 2023),
    ("c.txt", "Einleitung. »Das stimmt so nicht«, so Erika Probe.", None),
]
SPEAKERS = ["Anna Beispiel", "Max Muster", "Erika Probe"]


def _records(n: int, source: str, text: str, year: int | None) -> ArticleExtraction:
    quote = re.search(r"»(.*)«", text)
    assert quote is not None
    article = ArticleRecord(
        article_id=f"a{n}",
        source=source,
        title=f"Titel <b>{n}</b>",
        published=date(year, 5, 1) if year else None,
        status="ok",
    )
    record = QuoteRecord(
        article_id=f"a{n}",
        text=quote.group(1),
        start=quote.start(1),
        end=quote.end(1),
        quote_id=f"a{n}-q1",
        speaker=SPEAKERS[n],
        speaker_name=SPEAKERS[n],
        speaker_role="Bürgermeister" if n == 1 else None,
        kind="direct",
    )
    return ArticleExtraction(article=article, quotes=(record,))


def make_output(folder: Path) -> tuple[Path, Path]:
    """(out, archive): three articles with one quote each; run.json records the archive."""
    archive, out = folder / "archive", folder / "out"
    results = []
    for n, (source, text, year) in enumerate(ARTICLES):
        (archive / source).parent.mkdir(parents=True, exist_ok=True)
        (archive / source).write_text(text, encoding="utf-8")
        results.append(_records(n, source, text, year))
    write_results(out, results)
    (out / "run.json").write_text(json.dumps({"input_dir": str(archive)}), encoding="utf-8")
    return out, archive


def embedded_data(page: str) -> dict[str, Any]:
    """The JSON embedded in a page."""
    match = re.search(r'<script id="quote-data" type="application/json">(.*?)</script>', page, re.DOTALL)
    assert match is not None
    return json.loads(match.group(1))


def test_embed_json_cannot_close_the_script_block() -> None:
    data = {"text": HOSTILE, "sep": "\u2028"}
    embedded = embed_json(data)
    assert not re.search(r"[<>&\u2028]", embedded)
    assert json.loads(embedded) == data


def test_page_is_self_contained_and_escaped(tmp_path: Path) -> None:
    out, _ = make_output(tmp_path)
    page = build_quote_index(out).read_text(encoding="utf-8")
    assert page.count("</script>") == 2  # the data block and the script, nothing from the data
    assert "<img" not in page and "alert(1)</script>" not in page
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page)
    assert "@import" not in page and "url(" not in page
    script = re.findall(r"<script>(.*?)</script>", page, re.DOTALL)[-1]
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode()
    assert f"script-src 'sha256-{digest}'" in page  # CSP admits exactly the page's own script
    quotes = {q["id"]: q for q in embedded_data(page)["quotes"]}
    assert quotes["a1-q1"]["text"] == HOSTILE


def test_collect_entries(tmp_path: Path) -> None:
    out, _ = make_output(tmp_path)
    data = collect(out)
    assert [a["date"] for a in data["articles"]] == ["2021-05-01", "2023-05-01", ""]
    ids = [q["id"] for q in data["quotes"]]
    assert ids == ["a1-q1", "a0-q1", "a2-q1"]  # newest first, undated last
    first = next(q for q in data["quotes"] if q["id"] == "a0-q1")
    assert first["status"] == "ok"
    assert (first["before"], first["found"], first["after"]) == (
        "»",
        "Prävention wirkt",
        "«, sagte Dr. Anna Beispiel.",
    )
    assert data["articles"][first["art"]]["title"] == "Titel <b>0</b>"


def test_marker_statuses(tmp_path: Path) -> None:
    out, archive = make_output(tmp_path)
    (archive / "2021/a.txt").write_text(ARTICLES[0][1].replace("wirkt", "hilft"), encoding="utf-8")
    (archive / "c.txt").unlink()
    quotes = {q["id"]: q for q in collect(out)["quotes"]}
    assert quotes["a0-q1"]["status"] == "mismatch"
    assert quotes["a0-q1"]["found"] == "Prävention hilft"
    assert quotes["a1-q1"]["status"] == "ok"
    assert quotes["a2-q1"]["status"] == "missing"
    assert "before" not in quotes["a2-q1"]
    assert quotes["a2-q1"]["reason"] == "source file is gone"


def test_sentence_bounds_skip_abbreviations_and_cap_length() -> None:
    text = "Satz eins. Dann sagte Prof. Dr. Muster am 3. Mai: »Gut so.« Und weiter. Noch einer."
    start = text.index("Gut")
    left, right = sentence_bounds(text, start, start + len("Gut so."))
    assert text[left:right] == "Dann sagte Prof. Dr. Muster am 3. Mai: »Gut so.«"
    long = "x " * 400 + "»Zitat«" + " y" * 400
    start = long.index("Zitat")
    left, right = sentence_bounds(long, start, start + 5)
    assert start - left <= 240 and right - start - 5 <= 240


def test_target_and_published_link(tmp_path: Path) -> None:
    """The run writes into its version folder; a later call writes through the published link."""
    _, archive = make_output(tmp_path)
    version = new_version(tmp_path / "published")
    write_results(version, [_records(n, s, t, y) for n, (s, t, y) in enumerate(ARTICLES)])
    page = build_quote_index(version, archive, target=version / "quotes.html")
    assert page == version / "quotes.html"
    publish(tmp_path / "published", version)
    link = tmp_path / "published" / "quotes.html"
    assert link.is_symlink()
    assert build_quote_index(tmp_path / "published", archive) == page.resolve()
    assert link.is_symlink()
    assert page.stat().st_mode & 0o644 == 0o644


def test_needs_an_input_folder(tmp_path: Path) -> None:
    out, _ = make_output(tmp_path)
    (out / "run.json").unlink()
    with pytest.raises(OutputError, match="pass --input"):
        build_quote_index(out)


def test_render_page_many_quotes_is_quick() -> None:
    data = {
        "generated": "now",
        "articles": [{"id": "a", "title": "T", "source": "a.txt", "date": "2020-01-01"}],
        "quotes": [{"id": f"q{i}", "art": 0, "text": HOSTILE, "status": "ok"} for i in range(10_000)],
    }
    page = render_page(data)
    assert len(embedded_data(page)["quotes"]) == 10_000
