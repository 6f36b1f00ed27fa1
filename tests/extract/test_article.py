"""Tests of the page layout the extractors read: with the gazetteer's given names, an author's
name alone above the date line is a byline, never the headline."""

from __future__ import annotations

from datetime import date

import pytest

from pipeline.extract.article import page_layout

PARAGRAPH = (
    "Die Gemeinde und das Polizeirevier wollen künftig enger zusammenarbeiten, um die Sicherheit zu stärken."
)
HEADLINE = "Kleinhausen schließt sich dem Präventionsnetzwerk an"


@pytest.mark.parametrize(
    ("page", "title"),
    [
        pytest.param(f"Katrin Beispiel\n12.03.2022\n\n{PARAGRAPH}\n", None, id="author-over-date"),
        pytest.param(
            f"Katrin Beispiel\n12.03.2022\n{HEADLINE}\n\n{PARAGRAPH}\n", HEADLINE, id="headline-below"
        ),
        pytest.param(
            f"{HEADLINE}\n\nThomas Muster-Probe\n12.03.2022\n\n{PARAGRAPH}\n", HEADLINE, id="below-headline"
        ),
        pytest.param(
            f"Anna Maria Beispiel\n12. März 2022\n\n{PARAGRAPH}\n", None, id="three-words-named-month"
        ),
        # negatives: a headline over the date line, a name set apart from it, a name with a verb
        pytest.param(
            f"Neuer Präventionsrat\n12.03.2022\n\n{PARAGRAPH}\n", "Neuer Präventionsrat", id="headline"
        ),
        pytest.param(f"Katrin Beispiel\n\n12.03.2022\n\n{PARAGRAPH}\n", "Katrin Beispiel", id="set-apart"),
        pytest.param(
            f"Katrin Beispiel ermittelt\n12.03.2022\n\n{PARAGRAPH}\n", "Katrin Beispiel ermittelt", id="verb"
        ),
    ],
)
def test_an_author_name_above_the_date_line_is_no_title(page: str, title: str | None) -> None:
    layout = page_layout(page)
    assert layout.title == title
    assert layout.published == date(2022, 3, 12)
    if title is None:
        assert [seg.kind for seg in layout.segments][:2] == ["byline", "dateline"]


@pytest.mark.parametrize(
    ("page", "title"),
    [
        # the author's name as the page's first line right above a longer headline
        pytest.param(f"Katrin Beispiel\n{HEADLINE}\n\n{PARAGRAPH}\n", HEADLINE, id="author-over-headline"),
        pytest.param(f"Dr. Katrin Beispiel\n{HEADLINE}\n\n{PARAGRAPH}\n", HEADLINE, id="with-honorific"),
        # negatives: not the first line, a shorter line below, a sentence below, no given name
        pytest.param(
            f"{HEADLINE}\nKatrin Beispiel\nRat tagt heute\n\n{PARAGRAPH}\n", HEADLINE, id="not-first"
        ),
        pytest.param(f"Katrin Beispiel\nRat tagt\n\n{PARAGRAPH}\n", "Katrin Beispiel", id="shorter-below"),
        pytest.param(f"Katrin Beispiel\n{PARAGRAPH}\n", "Katrin Beispiel", id="sentence-below"),
        pytest.param(
            f"Neuer Präventionsrat\n{HEADLINE}\n\n{PARAGRAPH}\n", "Neuer Präventionsrat", id="no-given-name"
        ),
    ],
)
def test_an_author_name_above_the_headline_is_no_title(page: str, title: str) -> None:
    assert page_layout(page).title == title
