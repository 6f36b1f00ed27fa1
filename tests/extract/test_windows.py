"""A long article window by window (:mod:`pipeline.extract.windows`): the records of every window
are those of the same text as a short article, at the long article's offsets."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.extract import extract_article, extract_windows
from pipeline.records import ArticleExtraction, SpanRecord
from pipeline.run import process
from pipeline.run.tasks import Task
from pipeline.text.layout import parse_layout
from pipeline.text.reading import ArticleText
from tests.conftest import ROOT

SEED = (ROOT / "corpus" / "seeds" / "000_e6bc6a443aa861cb.txt").read_text(encoding="utf-8")
HEAD, TITLE, BODY = SEED.split("\n\n", 2)
BODY = BODY.replace("zurück zum Seitenanfang", "").rstrip()  # a footer would end the article
SHORT = f"{HEAD}\n\n{TITLE}\n\n{BODY}"
COPIES = 3


def _article(text: str) -> ArticleText:
    return ArticleText(text, "utf-8", hashlib.sha256(text.encode()).hexdigest())


def _spans(result: ArticleExtraction, lo: int, hi: int, shift: int) -> dict[str, list[tuple]]:
    """The records lying in ``[lo, hi)``, moved by ``-shift``, without ids."""
    found: dict[str, list[tuple]] = {}
    for name in ("dates", "places", "milestones", "quotes"):
        records: list[SpanRecord] = list(getattr(result, name))
        found[name] = [
            (r.start - shift, r.end - shift, r.model_dump(exclude={"start", "end", "quote_id"}))
            for r in records
            if lo <= r.start < hi
        ]
    found["people"] = sorted(
        (p.name, p.roles, tuple((m.start - shift, m.end - shift) for m in p.mentions if lo <= m.start < hi))
        for p in result.people
        if any(lo <= m.start < hi for m in p.mentions)
    )
    return found


@pytest.fixture(scope="module")
def long_and_short(nlp: Language) -> tuple[str, list[int], ArticleExtraction, ArticleExtraction]:
    text = SHORT + "".join(f"\n\n{BODY}" for _ in range(COPIES))
    starts = [0] + [len(SHORT) + 2 + i * (len(BODY) + 2) for i in range(COPIES)]
    ends = [*starts[1:], len(text)]
    docs = ((s, nlp(text[s:e])) for s, e in zip(starts, ends, strict=True))
    long = extract_windows(docs, _article(text), parse_layout(text), article_id="lang", source="lang.txt")
    short = extract_article(nlp(SHORT), _article(SHORT), article_id="lang", source="lang.txt")
    return text, starts, long, short


def test_the_first_window_has_the_records_of_the_short_article(long_and_short) -> None:  # type: ignore[no-untyped-def]
    _, starts, long, short = long_and_short
    assert _spans(long, 0, starts[1], 0) == _spans(short, 0, len(SHORT), 0)
    assert sum(len(v) for v in _spans(short, 0, len(SHORT), 0).values()) > 10  # a real test
    assert (long.article.title, long.article.published) == (short.article.title, short.article.published)


@pytest.mark.parametrize("copy", range(1, COPIES + 1))
def test_every_later_window_has_the_records_of_the_body_at_its_offsets(long_and_short, copy: int) -> None:  # type: ignore[no-untyped-def]
    text, starts, long, short = long_and_short
    body_start = len(SHORT) - len(BODY)
    end = starts[copy + 1] if copy + 1 < len(starts) else len(text)
    expected = _spans(short, body_start, len(SHORT), body_start)
    found = _spans(long, starts[copy], end, starts[copy])
    for name, records in expected.items():
        # every fact of the body, at the same place; a window without the title also keeps the
        # few facts that a short article drops because its title already states them
        assert all(record in found[name] for record in records), name
    assert found == _spans(long, starts[1], starts[2], starts[1])  # every copy alike
    assert sum(len(v) for v in found.values()) - sum(len(v) for v in expected.values()) <= 2


def test_offsets_index_the_long_text_and_quote_ids_run_on(long_and_short) -> None:  # type: ignore[no-untyped-def]
    text, _, long, _ = long_and_short
    for name in ("dates", "places", "milestones", "quotes"):
        assert all(text[r.start : r.end] == r.text for r in getattr(long, name)), name
    assert [q.quote_id for q in long.quotes] == [f"lang-q{n}" for n in range(1, len(long.quotes) + 1)]
    names = [p.name for p in long.people]
    assert len(names) == len(set(names))  # one person per name, with the mentions of every window
    assert all(text[m.start : m.end] == m.text for p in long.people for m in p.mentions)


def test_a_run_processes_an_article_longer_than_a_window_in_windows(
    nlp: Language, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    text = SHORT + "".join(f"\n\n{BODY}" for _ in range(COPIES))
    path = tmp_path / "lang.txt"
    path.write_text(text, encoding="utf-8")
    seen: list[int] = []
    real = process._nlp_one
    monkeypatch.setattr(process, "WINDOW_CHARS", len(SHORT) + 10)  # the threshold and the window size
    monkeypatch.setattr(process, "_nlp_one", lambda n, t: (seen.append(len(t)), real(n, t))[1])
    [result] = process.process_tasks(nlp, [Task(path, "lang.txt")])
    assert result.article.status == "ok" and result.article.chars == len(text)
    assert len(seen) > COPIES and max(seen) <= len(SHORT) + 10
    assert all(text[q.start : q.end] == q.text for q in result.quotes)
    assert len(result.quotes) >= COPIES
