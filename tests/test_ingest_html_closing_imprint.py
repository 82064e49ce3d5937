"""HTML reader, round 46: the last paragraph of the page's text reading as an imprint (parts set
apart by dots) is its colophon, no text; a last paragraph of prose stays. Invented text."""

from __future__ import annotations

import pytest

from vitrina.ingest import html

PAGE = ("<html><body><main><h1>The Salt Road</h1>"
        "<p>Carters took the salt inland on a road over the moor, stopping at the summit inn.</p>"
        "<p class='foot'>{last}</p></main></body></html>")
IMPRINT = "Quay Museum · Gallery texts · Second edition"


def test_a_closing_imprint_is_no_text() -> None:
    [doc] = html.read(PAGE.format(last=IMPRINT).encode(), "salt.html")
    assert "Gallery texts" not in doc.text
    assert "summit inn" in doc.text


def test_a_closing_sentence_stays() -> None:
    last = "The road is now a footpath · it is open all year."
    [doc] = html.read(PAGE.format(last=last).encode(), "salt.html")
    assert "open all year" in doc.text


def test_without_the_switch_the_imprint_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html.HTML_LIMITS, "closing_imprints", 0)
    [doc] = html.read(PAGE.format(last=IMPRINT).encode(), "salt.html")
    assert "Gallery texts" in doc.text
