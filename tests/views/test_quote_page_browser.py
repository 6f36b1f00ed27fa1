"""The quote index page in a real headless browser (Debian's chromium driven by playwright).

Skipped where playwright or /usr/bin/chromium is missing; ``.ci/setup-browser`` installs both.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from pipeline.records import ArticleExtraction, ArticleRecord, QuoteRecord
from pipeline.views.quote_index import build_quote_index, render_page
from tests.conftest import write_results

sync_api = pytest.importorskip(
    "playwright.sync_api", reason="playwright is not installed", exc_type=ImportError
)
CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)", allow_module_level=True)

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
HOSTILE = "<script>alert(1)</script> und <img src=x onerror=alert(1)>"
#: (source, year, speaker, text with one »quote«)
ARTICLES = [
    (
        "2021/a.txt",
        2021,
        "Anna Beispiel",
        "Erster Satz. »Prävention wirkt«, sagte Dr. Anna Beispiel. Danach.",
    ),
    ("2021/b.txt", 2021, "Max Muster", "Vorher. Max Muster: »Sicherheit braucht Vertrauen.« Nachher."),
    ("2022/c.txt", 2022, "Anna Beispiel", "Einleitung. »Wir bleiben dran«, so Anna Beispiel."),
    ("2023/d.txt", 2023, "Erika Probe", f"Dazu Erika Probe: »{HOSTILE}« Ende."),
    ("2023/e.txt", 2023, "Max Muster", "Text. »Das Netzwerk wächst weiter«, sagte Max Muster."),
]


def _extraction(n: int, source: str, year: int, speaker: str, text: str) -> ArticleExtraction:
    quote = re.search(r"»(.*)«", text)
    assert quote is not None
    article = ArticleRecord(
        article_id=f"a{n}", source=source, title=f"Meldung {n}", published=date(year, 3, 1), status="ok"
    )
    record = QuoteRecord(
        article_id=f"a{n}",
        text=quote.group(1),
        start=quote.start(1),
        end=quote.end(1),
        quote_id=f"a{n}-q1",
        speaker=speaker,
        speaker_name=speaker,
        speaker_role="Bürgermeisterin" if n == 0 else None,
        kind="direct",
    )
    return ArticleExtraction(article=article, quotes=(record,))


@pytest.fixture(scope="module")
def small_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A page of five quotes; the source of a2 was changed after the run (a mismatch)."""
    root = tmp_path_factory.mktemp("quote-page")
    archive, out = root / "archive", root / "out"
    results = []
    for n, (source, year, speaker, text) in enumerate(ARTICLES):
        (archive / source).parent.mkdir(parents=True, exist_ok=True)
        (archive / source).write_text(text, encoding="utf-8")
        results.append(_extraction(n, source, year, speaker, text))
    write_results(out, results)
    (archive / "2022/c.txt").write_text(ARTICLES[2][3].replace("dran", "weg!"), encoding="utf-8")
    return build_quote_index(out, archive)


def synthetic_data(count: int) -> dict[str, Any]:
    """Page data of ``count`` quotes from 50 speakers over 15 years, one in 97 a mismatch."""
    articles = [
        {"id": f"a{i}", "title": f"Meldung Nummer {i}", "source": f"{2010 + i % 15}/m{i}.txt",
         "date": f"{2010 + i % 15}-0{1 + i % 9}-15"}
        for i in range(count // 4)
    ]  # fmt: skip
    quotes = []
    for i in range(count):
        words = f"Zitat {i} über Prävention, Sicherheit und das Netzwerk Nummer {i % 101} im Ort {i % 37}."
        quotes.append(
            {
                "id": f"a{i // 4}-q{i % 4 + 1}", "art": i // 4, "text": words, "speaker": f"Person {i % 50}",
                "name": f"Person {i % 50}", "role": "Bürgermeister", "kind": "direct", "start": 100,
                "end": 100 + len(words), "status": "mismatch" if i % 97 == 0 else "ok",
                "reason": "text differs" if i % 97 == 0 else "", "before": "Er sagte: »",
                "found": words, "after": "« Und so weiter im Text der Meldung.",
            }
        )  # fmt: skip
    return {"generated": "test", "articles": articles, "quotes": quotes}


def expected_count(data: dict[str, Any], text: str = "", who: str = "", year: str = "") -> int:
    """How many quotes the page's filter should show (its rules, in Python)."""
    terms, shown = text.lower().split(), 0
    for q in data["quotes"]:
        a = data["articles"][q["art"]]
        fields = [
            q["text"],
            q["speaker"],
            q["name"],
            q["role"],
            a["title"],
            a["source"],
            q["id"],
            a["date"][:4],
        ]
        hay = "\n".join(fields).lower()
        if (who and q["name"] != who) or (year and a["date"][:4] != year):
            continue
        shown += all(term in hay for term in terms)
    return shown


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield instance
        instance.close()


class Watched:
    """A page with its console errors, dialogs and non-file requests recorded."""

    def __init__(self, browser: Any) -> None:
        self.page = browser.new_page()
        # waits end when the page is ready; the limit only stops a hang (a busy machine is slow)
        self.page.set_default_timeout(300_000)
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.requests: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("request", lambda r: r.url.startswith("file:") or self.requests.append(r.url))

    def open(self, path: Path) -> float:
        """Load the page; returns seconds until its list is rendered."""
        started = time.perf_counter()
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-ready=true]")
        return time.perf_counter() - started

    def count(self) -> int:
        return int(self.page.get_attribute("#count", "data-count") or -1)

    def filtered(self, action: Any, expected: int) -> float:
        """Run ``action`` and wait until ``expected`` quotes are shown; returns seconds."""
        started = time.perf_counter()
        action()
        # selectors, not wait_for_function: the page's CSP forbids evaluating strings
        self.page.wait_for_selector(f"#count[data-count='{expected}']", state="attached")
        return time.perf_counter() - started

    def rows(self) -> int:
        return self.page.locator("#list li.quote").count()


@pytest.fixture
def watched(browser: Any) -> Iterator[Watched]:
    page = Watched(browser)
    yield page
    page.page.close()


def test_loads_without_errors_or_requests(watched: Watched, small_page: Path) -> None:
    watched.open(small_page)
    assert watched.count() == 5
    assert watched.rows() == 5
    assert watched.errors == [] and watched.requests == [] and watched.dialogs == []
    assert "5 Zitate aus 5 Artikeln; 1 nicht wörtlich" in watched.page.inner_text("#summary")


def test_filters_by_speaker_year_and_text(watched: Watched, small_page: Path) -> None:
    page = watched.page
    watched.open(small_page)
    watched.filtered(lambda: page.select_option("#speaker", "Anna Beispiel"), 2)
    assert watched.rows() == 2
    watched.filtered(lambda: page.select_option("#year", "2021"), 1)
    assert page.locator("#list li.quote").get_attribute("data-id") == "a0-q1"
    watched.filtered(lambda: page.click("#clear"), 5)
    watched.filtered(lambda: page.select_option("#year", "2023"), 2)
    watched.filtered(lambda: page.fill("#q", "netzwerk WÄCHST"), 1)
    assert "Das Netzwerk wächst weiter" in page.inner_text("#list")
    watched.filtered(lambda: page.fill("#q", "nirgends"), 0)
    assert "Kein Zitat passt" in page.inner_text("#list")
    watched.filtered(lambda: page.click("#clear"), 5)
    watched.filtered(lambda: page.fill("#q", "2022/c.txt"), 1)  # the source path is searched too
    assert watched.errors == []


def test_hostile_quote_is_text(watched: Watched, small_page: Path) -> None:
    page = watched.page
    watched.open(small_page)
    page.wait_for_timeout(300)  # time for an injected handler to fire, were there one
    row = page.locator("#list li[data-id='a3-q1']")
    assert HOSTILE in row.locator("mark").inner_text()
    assert page.locator("#list img, #list script").count() == 0
    assert watched.dialogs == [] and watched.errors == [] and watched.requests == []


def test_marker_shows_tampered_quote(watched: Watched, small_page: Path) -> None:
    page = watched.page
    watched.open(small_page)
    bad = page.locator("#list li[data-id='a2-q1']")
    assert bad.get_attribute("data-status") == "mismatch"
    assert bad.locator(".marker").inner_text() == "✗ abweichend"
    assert "Wir bleiben weg!" in bad.locator("mark").inner_text()
    assert "das Zitat lautet: Wir bleiben dran" in bad.inner_text()
    good = page.locator("#list li[data-id='a0-q1'] .marker")
    assert good.inner_text() == "✓ wörtlich"
    watched.filtered(lambda: page.select_option("#status", "bad"), 1)


def test_ten_thousand_quotes(watched: Watched, tmp_path: Path) -> None:
    path, data = tmp_path / "quotes.html", synthetic_data(10_000)
    started = time.perf_counter()
    path.write_text(render_page(data), encoding="utf-8")
    built = time.perf_counter() - started
    page = watched.page
    loaded = watched.open(path)
    assert watched.count() == 10_000
    assert watched.rows() <= 200  # rendered incrementally, not all at once
    query = "netzwerk nummer 42 im ort"
    text = watched.filtered(lambda: page.fill("#q", query), expected_count(data, query))
    speaker = watched.filtered(
        lambda: page.select_option("#speaker", "Person 7"), expected_count(data, query, "Person 7")
    )
    reset = watched.filtered(lambda: page.click("#clear"), 10_000)
    watched.filtered(lambda: page.select_option("#year", "2015"), expected_count(data, year="2015"))
    page.mouse.wheel(0, 200_000)
    page.wait_for_selector("#list li.quote:nth-child(101)", state="attached")  # the next batch
    timings = {"build": built, "load": loaded, "text": text, "speaker": speaker, "reset": reset}
    print("\n10,000-quote page, seconds:", json.dumps({k: round(v, 3) for k, v in timings.items()}))
    print(f"page size: {path.stat().st_size / 1e6:.1f} MB")
    assert watched.errors == []  # the seconds are printed, never asserted: a busy machine is slower
