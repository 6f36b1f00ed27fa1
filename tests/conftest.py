"""Shared fixtures and helpers: the pipeline, small Docs from German sentences, the corpora,
and ways to turn in-memory results into the tables a run writes."""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from pipeline.extract.officials import extract_officials
from pipeline.extract.quotes.extractor import extract_quotes
from pipeline.nlp.loading import load_nlp
from pipeline.records import ArticleExtraction, Mention, Person, Record
from pipeline.run.process import process_tasks
from pipeline.run.tasks import tasks_for
from pipeline.text.layout import ArticleLayout, parse_layout
from pipeline.write.people import PeopleCollector
from pipeline.write.person_ids import person_ids_of
from pipeline.write.tables import write_tables

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

Analyse = Callable[[str], tuple[Doc, ArticleLayout]]
#: A voice as the tests compare it: (text, speaker as written, speaker_name).
Voice = tuple[str, str | None, str | None]


@pytest.fixture(scope="session")
def nlp() -> Language:
    """The embedded default pipeline, loaded once."""
    return load_nlp("default")


@pytest.fixture(scope="session")
def analyse(nlp: Language) -> Analyse:
    """Turn an article text into (Doc, layout), as the extraction run does."""

    def _analyse(text: str) -> tuple[Doc, ArticleLayout]:
        return nlp(text), parse_layout(text)

    return _analyse


@pytest.fixture(scope="session")
def bundled_corpus() -> Path:
    """The project's own corpus (seeds and official releases)."""
    return ROOT / "corpus"


@pytest.fixture(scope="session")
def shared_dev() -> Path:
    """``../shared/corpus/dev``: articles with gold annotations; skips where absent."""
    path = SHARED / "corpus" / "dev"
    if not path.exists():
        pytest.skip("../shared is not beside the checkout")
    return path


def extract_folder(nlp: Language, folder: Path) -> list[ArticleExtraction]:
    """The results of every article of ``folder``, processed in this process, in path order."""
    return list(process_tasks(nlp, tasks_for(folder)))


def write_results(
    out: Path, results: Sequence[ArticleExtraction], formats: Sequence[str] = ("csv", "parquet")
) -> dict[str, int]:
    """Write the tables of in-memory results into ``out`` (no versioning), as a run does."""
    return write_tables(out, lambda: results, formats=formats)


def people_tables(results: Sequence[ArticleExtraction]) -> dict[str, list[Record]]:
    """The ``people`` and ``person_roles`` rows of in-memory results."""
    collector = PeopleCollector(person_ids_of(results))
    for result in results:
        collector.add(result)
    return {name: list(rows) for name, rows in collector.streams().items()}


def hard_wrapped(text: str) -> str:
    """``text`` with every long paragraph wrapped at 70 characters, as printed newspapers are
    (never inside a hyphenated word: the archive has no line-end hyphens)."""
    return "\n\n".join(
        textwrap.fill(p, 70, break_on_hyphens=False) if len(p) > 80 else p for p in text.split("\n\n")
    )


#: The head of a small release: a date line and a title, above the body a test writes.
RELEASE_HEAD = "17.04.2024\n\nTitel der Meldung\n\n"


def release_roles(analyse: Analyse, body: str) -> dict[str, tuple[str, ...]]:
    """The roles of every person a small release with ``body`` under ``RELEASE_HEAD`` names."""
    doc, layout = analyse(RELEASE_HEAD + body + "\n")
    return {p.name: p.roles for p in extract_officials(doc, layout)}


def release_voices(analyse: Analyse, body: str) -> list[Voice]:
    """The voices of a small release with ``body`` under ``RELEASE_HEAD``, the speakers resolved
    against the officials the release names, as a run does."""
    doc, layout = analyse(RELEASE_HEAD + body + "\n")
    people = tuple(extract_officials(doc, layout))
    return [
        (q.text, q.speaker, q.speaker_name)
        for q in extract_quotes(doc, layout, article_id="a", people=people)
    ]


def person_at(text: str, name: str) -> Person:
    """A person as the officials extractor gives it, named once by the full name at its first
    place in the text: the ``people`` argument of extractors that resolve names."""
    start = text.index(name)
    return Person(
        name=name,
        family=name.split()[-1],
        mentions=(Mention(start=start, end=start + len(name), text=name),),
    )
