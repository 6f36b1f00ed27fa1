"""The quote index for archivists: ``quotes.html``, one self-contained page of every quote.

Each quote is shown with its speaker, role, date (the article's publication day), its source
article (title and path), the sentence around it with the quote highlighted, and whether its
text is verbatim in the source at its offsets (checked as :mod:`pipeline.views.verify` does). The
page filters by speaker, year, match status and free text.

The page needs no server and fetches nothing: CSS and JavaScript are inlined from
``pipeline/views/templates/``, the data are embedded as JSON in a ``<script type="application/json">``
(with ``<``, ``>`` and ``&`` escaped, so ``</script>`` in a quote cannot end the block), and
the script builds the DOM with ``textContent`` only. A Content-Security-Policy allows no
network access and only the page's own script (by its hash).
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from importlib import resources
from pathlib import Path
from typing import Any

from pipeline.lang.quotes import QUOTE_MARKS
from pipeline.views.verify import ArticleSource, article_sources, check_quote
from pipeline.write.files import atomic_write

#: Most characters of context shown on either side of a quote.
CONTEXT_CHARS = 240
#: Sentence ends: a stop, optional closing marks, then space; or a line break.
_SENTENCE_END = re.compile(rf"[.!?…][{re.escape(''.join(sorted(QUOTE_MARKS)))})]*(?=\s|$)|\n")
#: Words whose trailing stop does not end a sentence.
_ABBREVIATIONS = frozenset(
    {"dr", "prof", "bzw", "ca", "nr", "st", "str", "vgl", "ggf", "usw", "inkl", "evtl", "abs", "art"}
    | {"bspw", "z.b", "u.a", "d.h", "s.o", "o.ä", "dipl", "ing"}
)
_ESCAPES = {"<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def _template(name: str) -> str:
    return (resources.files("pipeline.views") / "templates" / name).read_text(encoding="utf-8")


def _is_sentence_end(text: str, match: re.Match[str]) -> bool:
    """False for the stop of an abbreviation (``Dr.``), an ordinal (``3.``) or an initial."""
    if match.group() == "\n":
        return True
    if text[match.start()] != ".":
        return True
    word = re.search(r"[\w.]*$", text[max(0, match.start() - 12) : match.start()])
    token = word.group().casefold() if word else ""
    return not (token in _ABBREVIATIONS or token.isdigit() or len(token) == 1)


def sentence_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence(s) around ``text[start:end]``, at most ``CONTEXT_CHARS`` each side."""
    low = max(0, start - CONTEXT_CHARS)
    left = low
    for match in _SENTENCE_END.finditer(text, low, start):
        if _is_sentence_end(text, match):
            left = match.end()
    while left < start and text[left].isspace():
        left += 1
    high = min(len(text), end + CONTEXT_CHARS)
    right = high
    for match in _SENTENCE_END.finditer(text, max(start, end - 1), high):
        if _is_sentence_end(text, match):
            right = match.start() if match.group() == "\n" else match.end()
            break
    return left, right


def _context(text: str, start: int, end: int) -> tuple[str, str, str]:
    """(before, quote, after): the source around the span, trimmed to whole words."""
    left, right = sentence_bounds(text, start, end)
    before, after = text[left:start], text[end:right]
    if left > 0 and left == max(0, start - CONTEXT_CHARS) and " " in before:
        before = "…" + before[before.index(" ") :]
    if right < len(text) and right == end + CONTEXT_CHARS and " " in after:
        after = after[: after.rindex(" ")] + " …"
    return before.lstrip(), text[start:end], after.rstrip()


def _quote_entry(quote: dict[str, Any], source: ArticleSource, article_index: int) -> dict[str, Any]:
    """The embedded record of one quote, with its context and match status."""
    start, end = int(quote["start"]), int(quote["end"])
    mismatch = check_quote(quote, source)
    entry: dict[str, Any] = {
        "id": quote["quote_id"],
        "art": article_index,
        "text": quote["text"],
        "speaker": quote.get("speaker") or "",
        "name": quote.get("speaker_name") or "",
        "role": quote.get("speaker_role") or "",
        "kind": quote.get("kind") or "",
        "start": start,
        "end": end,
        "status": "ok" if mismatch is None else ("missing" if mismatch.found is None else "mismatch"),
        "reason": "" if mismatch is None else mismatch.reason,
    }
    if source.text is not None:
        entry["before"], entry["found"], entry["after"] = _context(source.text, start, end)
    return entry


def _article_entry(article: dict[str, Any]) -> dict[str, str]:
    published = article.get("published")
    return {
        "id": str(article.get("article_id") or ""),
        "title": str(article.get("title") or ""),
        "source": str(article.get("source") or ""),
        "date": published.isoformat() if hasattr(published, "isoformat") else str(published or ""),
    }


def collect(out_dir: Path, input_dir: Path | None = None) -> dict[str, Any]:
    """The page's data: articles and quotes (newest article first, then in text order)."""
    articles: list[dict[str, str]] = []
    quotes: list[dict[str, Any]] = []
    for source in article_sources(out_dir, input_dir):
        articles.append(_article_entry(source.article))
        quotes += [_quote_entry(q, source, len(articles) - 1) for q in source.quotes]
    quotes.sort(key=lambda q: (articles[q["art"]]["source"], q["start"]))
    quotes.sort(key=lambda q: articles[q["art"]]["date"], reverse=True)  # stable: ties keep order
    return {
        "articles": articles,
        "quotes": quotes,
    }


def embed_json(data: Any) -> str:
    """JSON safe inside ``<script type="application/json">``: no ``<``, ``>`` or ``&`` left raw."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return re.sub("[<>&\u2028\u2029]", lambda m: _ESCAPES[m.group()], text)


def render_page(data: dict[str, Any]) -> str:
    """The complete HTML page for collected data (see :func:`collect`)."""
    script = _template("quotes.js")
    digest = base64.b64encode(hashlib.sha256(script.encode("utf-8")).digest()).decode("ascii")
    replacements = {
        "/*CSS*/": _template("quotes.css"),
        "/*JS*/": script,
        "{{SCRIPT_HASH}}": f"sha256-{digest}",
        "{{DATA}}": embed_json(data),
    }
    page = _template("quotes.html")
    pattern = re.compile("|".join(re.escape(key) for key in replacements))
    return pattern.sub(lambda m: replacements[m.group()], page)  # one pass: data are never rescanned


def build_quote_index(out_dir: Path, input_dir: Path | None = None, *, target: Path | None = None) -> Path:
    """Write the quote index page and return its path.

    Args:
        out_dir: Folder with the quotes and articles tables (an output folder or a run's
            version folder).
        input_dir: The archive the run read; default: ``input_dir`` from ``out_dir/run.json``.
        target: Where to write; default ``out_dir/quotes.html`` (through its link, when it is
            the published link into the current version).

    Raises:
        OutputError: no quotes table, or no input folder given or recorded.
    """
    path = target or out_dir / "quotes.html"
    if path.is_symlink():
        path = path.resolve()
    page = render_page(collect(out_dir, input_dir))
    with atomic_write(path) as handle:
        handle.write(page)
    path.chmod(0o644)  # a page to share: readable by all, like the tables
    return path
