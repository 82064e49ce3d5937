"""Round 57 (structset77), HTML: a line naming a place and closing on its date or span, after the heading in a
section's ``<header>``, is the section's date line, no paragraph (``header_placed_dates``). Every text is
invented."""

from __future__ import annotations

import pytest

from tests.test_ingest_set61 import _chapters, _read
from vitrina.ingest import html as html_reader

PLACED = "<p>Portland and Weymouth, 1871–1880</p>"


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_placed_date_line_in_a_sections_header_is_no_paragraph() -> None:
    doc = _read(_chapters("", PLACED))
    assert not any("Portland" in text for text in _paragraphs(doc))
    assert [s.title for s in doc.sections[1:]] == ["The Quarry Opens", "Stone by Barge", "The Last Cut"]


def test_header_placed_dates_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html_reader.HTML_LIMITS, "header_placed_dates", 0)
    assert any("Portland" in text for text in _paragraphs(_read(_chapters("", PLACED))))


def test_a_sentence_closing_on_a_year_stays_text() -> None:
    doc = _read(_chapters("", "<p>The masons first came to the quarry by the river in 1871.</p>"))
    assert any("masons first came" in text for text in _paragraphs(doc))


def test_a_subtitle_closing_on_a_year_under_the_h1_stays_the_titles() -> None:
    page = ("<html><body><main><header><h1>The Quarry</h1><p>Stone and Barges on the Coast, 1871</p></header>"
            "<p>The masons split the blocks by hand and the carts took them down to the wharf each morning.</p>"
            "<section><h2>Stone by Barge</h2><p>The barges sailed at dawn.</p></section></main></body></html>")
    doc = _read(page.encode())
    assert "Stone and Barges on the Coast, 1871" in doc.text
