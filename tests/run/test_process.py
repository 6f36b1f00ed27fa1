"""Tests of the extraction run over an archive: discovery, ids, failed articles that do not stop the run."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from spacy.language import Language

from pipeline.extract import article as extract_article
from pipeline.records import ArticleExtraction
from pipeline.run.process import process_tasks
from pipeline.run.tasks import InputError, Task, article_id, discover, tasks_for
from tests.conftest import ROOT

SEEDS = ROOT / "corpus" / "seeds"
SEED_A = SEEDS / "000_e6bc6a443aa861cb.txt"
SEED_B = SEEDS / "002_cd03c32f2fda7624.txt"

GOOD = {
    "000_e6bc6a443aa861cb.txt": SEED_A.read_bytes(),
    "Unterordner/2023/002_cd03c32f2fda7624.txt": SEED_B.read_bytes(),
    "Pressemitteilung Görlitz Übergabe März.txt": SEED_A.read_bytes().replace(b"\n", b"\r\n"),
    "alt/latin1 Weißwasser.txt": SEED_B.read_text(encoding="utf-8").encode("cp1252"),
}
BAD = {
    "leer.txt": (b"", "file is empty"),
    "nur Leerzeilen.txt": (b"\n\n   \n", "file is empty"),
    "bild.txt": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary file"),
    "Unterordner/seite.txt": (b"<!DOCTYPE html>\n<html><body><p>Text</p></body></html>\n", "HTML page"),
}


def build_archive(root: Path) -> Path:
    """An archive with good articles (nested, odd names, cp1252) and broken files."""
    for name, data in [*GOOD.items(), *((n, d) for n, (d, _) in BAD.items())]:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    (root / "notizen.md").write_text("kein Artikel", encoding="utf-8")
    (root / "ordner.txt").mkdir()
    return root


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_archive(tmp_path_factory.mktemp("archive"))


@pytest.fixture(scope="module")
def results(nlp: Language, archive: Path) -> dict[str, ArticleExtraction]:
    with pytest.warns(UserWarning, match="cp1252"):
        return {r.article.source: r for r in process_tasks(nlp, tasks_for(archive))}


def test_discover_finds_every_txt_recursively_in_stable_order(archive: Path) -> None:
    found = [p.relative_to(archive).as_posix() for p in discover(archive)]
    assert found == sorted(found)
    assert set(found) == set(GOOD) | set(BAD)


@pytest.mark.parametrize("kind", ["missing", "file"])
def test_discover_refuses_what_is_not_a_folder(tmp_path: Path, kind: str) -> None:
    target = tmp_path / "archiv"
    if kind == "file":
        target.write_text("x", encoding="utf-8")
    with pytest.raises(InputError, match="not a directory") as info:
        discover(target)
    assert str(target) in str(info.value)


def test_every_input_gives_one_result(results: dict[str, ArticleExtraction]) -> None:
    assert set(results) == set(GOOD) | set(BAD)


@pytest.mark.parametrize("source", sorted(GOOD))
def test_good_articles_are_extracted(results: dict[str, ArticleExtraction], source: str) -> None:
    result = results[source]
    assert result.article.status == "ok", result.article.error
    assert result.article.error is None
    assert result.article.title
    assert result.article.published is not None
    assert result.dates and result.places and result.people and result.milestones
    for records in (result.dates, result.places, result.milestones, result.quotes):
        assert {r.article_id for r in records} <= {result.article.article_id}


@pytest.mark.parametrize(("source", "problem"), [(n, p) for n, (_, p) in sorted(BAD.items())])
def test_broken_files_fail_with_a_clear_error(
    results: dict[str, ArticleExtraction], archive: Path, source: str, problem: str
) -> None:
    result = results[source]
    assert result.article.status == "failed"
    assert problem in result.article.error
    assert source in result.article.error
    assert str(archive / source) in result.article.error
    assert not (result.dates or result.places or result.people or result.milestones or result.quotes)


def test_article_records_describe_the_file(results: dict[str, ArticleExtraction], archive: Path) -> None:
    for source, result in results.items():
        record = result.article
        assert record.source == source
        assert record.article_id == article_id(source)
        if record.status == "ok":
            assert record.chars == len((archive / source).read_bytes().decode(record.encoding))


def test_encodings_are_recorded(results: dict[str, ArticleExtraction]) -> None:
    encodings = {s: r.article.encoding for s, r in results.items() if r.article.status == "ok"}
    assert encodings == {s: "cp1252" if s.startswith("alt/") else "utf-8" for s in GOOD}


def test_same_text_same_extraction_whatever_the_encoding(results: dict[str, ArticleExtraction]) -> None:
    utf8, cp1252 = results["Unterordner/2023/002_cd03c32f2fda7624.txt"], results["alt/latin1 Weißwasser.txt"]
    assert [(d.text, d.start, d.value) for d in utf8.dates] == [
        (d.text, d.start, d.value) for d in cp1252.dates
    ]
    assert [p.name for p in utf8.people] == [p.name for p in cp1252.people]


def test_crlf_article_gives_the_same_facts(results: dict[str, ArticleExtraction]) -> None:
    lf, crlf = results["000_e6bc6a443aa861cb.txt"], results["Pressemitteilung Görlitz Übergabe März.txt"]
    assert [d.value for d in lf.dates] == [d.value for d in crlf.dates]
    assert [(p.name, p.type) for p in lf.places] == [(p.name, p.type) for p in crlf.places]
    assert [p.name for p in lf.people] == [p.name for p in crlf.people]
    assert [(m.kind, m.value) for m in lf.milestones] == [(m.kind, m.value) for m in crlf.milestones]
    assert [q.text for q in lf.quotes] == [q.text.replace("\r\n", "\n") for q in crlf.quotes]


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("seeds/000_e6bc6a443aa861cb.txt", "1434d6c78150"),
        ("seeds/002_cd03c32f2fda7624.txt", "05d19fa792f8"),
        ("Pressemitteilung Görlitz März.txt", article_id("Pressemitteilung Görlitz März.txt")),
    ],
)
def test_article_id_is_a_pure_function_of_the_path(source: str, expected: str) -> None:
    assert article_id(source) == expected
    assert len(article_id(source)) == 12


def test_article_id_is_stable_across_runs_and_locations(
    nlp: Language, archive: Path, results: dict[str, ArticleExtraction], tmp_path: Path
) -> None:
    moved = tmp_path / "anderswo" / "archiv"
    shutil.copytree(archive, moved)
    with pytest.warns(UserWarning, match="cp1252"):
        again = {r.article.source: r.article.article_id for r in process_tasks(nlp, tasks_for(moved))}
    assert again == {s: r.article.article_id for s, r in results.items()}


def test_article_ids_are_unique(results: dict[str, ArticleExtraction]) -> None:
    ids = [r.article.article_id for r in results.values()]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    "error",
    [
        ValueError("bad value"),
        IndexError("list index out of range"),
        KeyError("gone"),
        TypeError("bad type"),
        pytest.param(
            AttributeError("'NoneType' object has no attribute 'group'"),
        ),
    ],
    ids=lambda e: type(e).__name__,
)
def test_a_failing_extractor_fails_only_its_article(
    nlp: Language, archive: Path, monkeypatch: pytest.MonkeyPatch, error: Exception
) -> None:
    def broken(*args: object, **kwargs: object) -> list[object]:
        raise error

    monkeypatch.setattr(extract_article, "extract_milestones", broken)
    paths = [archive / "000_e6bc6a443aa861cb.txt", archive / "leer.txt"]
    out = list(process_tasks(nlp, tasks_for(archive, paths)))
    assert [r.article.status for r in out] == ["failed", "failed"]
    assert out[0].article.error.startswith(f"extraction failed: {type(error).__name__}: ")
    assert out[0].article.sha256 is not None


def test_a_missing_file_fails_without_raising(nlp: Language, tmp_path: Path) -> None:
    (result,) = process_tasks(nlp, [Task(tmp_path / "weg.txt", "weg.txt")])
    assert result.article.status == "failed"
    assert "weg.txt" in result.article.error
    assert "cannot be read" in result.article.error
