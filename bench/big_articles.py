"""Big single articles: peak memory and time of ``pressefakten extract`` on one article of 1, 5
and 10 MB (``run_bench.py --big-articles 1 5 10``).

The article is the date line and title of a bundled release followed by the bodies of all
bundled releases, their footers removed (a footer ends an article: what follows it would be
skipped as debris and cost nothing), repeated until the size is reached. Each size runs in a
fresh process on an archive holding only that article, cold; peak memory is the RSS of the
process tree, as for the archive runs. An article is processed in windows of whole paragraphs
(``pipeline/text/windows.py``), so memory should stay flat and time grow linearly.
"""

from __future__ import annotations

import csv
import shutil
import sys
from collections.abc import Callable
from pathlib import Path

FOOTER = "zurück zum Seitenanfang"


def build_big_article(corpus: list[Path], megabytes: float, dest: Path) -> int:
    """Write one article of about ``megabytes`` MB (UTF-8) to ``dest``; returns its characters."""
    texts = [path.read_text(encoding="utf-8") for path in corpus]
    head, title, _ = texts[0].split("\n\n", 2)
    bodies = []
    for text in texts:
        parts = text.split("\n\n", 2)
        body = parts[-1] if len(parts) == 3 else text
        bodies.append("\n".join(line for line in body.splitlines() if FOOTER not in line).strip())
    target, parts, size, i = int(megabytes * 1_000_000), [head, title], 0, 0
    while size < target:
        body = bodies[i % len(bodies)]
        parts.append(body)
        size += len(body.encode("utf-8")) + 2
        i += 1
    text = "\n\n".join(parts) + "\n"
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_text(text, encoding="utf-8")
    return len(text)


def _outcome(out: Path) -> tuple[str, int]:
    """The article's status and the number of quotes found."""
    with (out / "articles.csv").open(encoding="utf-8", newline="") as handle:
        [row] = list(csv.DictReader(handle))
    with (out / "quotes.csv").open(encoding="utf-8", newline="") as handle:
        quotes = sum(1 for _ in csv.DictReader(handle))
    return row["status"] + (f" ({row['error']})" if row["error"] else ""), quotes


def measure_big_articles(
    sizes: list[float], tmp: Path, src: Path, corpus: list[Path], measure: Callable[..., object]
) -> None:
    """Measure and print one cold run per size."""
    print("\nbig articles: one article per run, cold (peak = RSS of the process tree)")
    print(f"{'size':>8} {'chars':>12} {'wall s':>8} {'s per MB':>9} {'peak MB':>9} {'quotes':>7}  status")
    for megabytes in sizes:
        archive, out = tmp / f"big-{megabytes}", tmp / f"big-out-{megabytes}"
        chars = build_big_article(corpus, megabytes, archive / "gross.txt")
        cmd = [sys.executable, "-m", "pipeline", "extract", str(archive), "--out", str(out), "--quiet"]
        m = measure(f"big article {megabytes} MB", cmd, src)
        status, quotes = _outcome(out) if (out / "articles.csv").exists() else (f"exit {m.returncode}", 0)  # type: ignore[attr-defined]
        print(
            f"{megabytes:>6.1f}MB {chars:>12,} {m.wall_s:>8.1f} {m.wall_s / megabytes:>9.1f} "  # type: ignore[attr-defined]
            f"{m.peak_rss_mb:>9.0f} {quotes:>7}  {status}"  # type: ignore[attr-defined]
        )
        shutil.rmtree(archive, ignore_errors=True)
        shutil.rmtree(out, ignore_errors=True)
