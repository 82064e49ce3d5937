"""HTML reader, round 52 (structset67): a margin note's call set in the label toggling it (Tufte CSS's
``<label for=…><sup>1</sup></label><input type="checkbox" id=…>``) is left out with the note
(``toggled_sidenote_calls``); a paragraph of page numbers naming the page ("Page 1 of 2") is a pager, no
text (``pager_lines``), and a sentence cut at the page's turn is read whole past it. Invented text."""

from __future__ import annotations

import pytest

from vitrina.ingest import html

TOGGLED = (
    "<html><body><main><h1>The Salt Road</h1>"
    "<h2>Carts</h2><p>Carters took the salt inland on a road over the moor."
    '<label for="sn-4" class="margin-toggle sidenote-number"><sup>4</sup></label>'
    '<input type="checkbox" id="sn-4" class="margin-toggle"><span class="sidenote">The road is now a footpath.</span>'
    " They stopped at an inn on the summit where the horses were changed.</p>"
    "</main></body></html>"
)

PAGED = (
    "<html><body><main><h1>The Salt Road</h1>"
    '<div class="sheet" id="s1"><p class="turns">Sheet 1 of 2</p><p class="turns">Page 1 of 2</p>'
    "<h2>Carts</h2><p>Carters took the salt inland on a road over the moor, and at the summit they"
    "</p></div>"
    '<div class="sheet" id="s2"><p class="turns"><a href="#s1">\u2190 Page 1</a> \u00b7 Page 2 of 2</p>'
    "<p>changed their horses at an inn that still stands beside the road.</p>"
    "<h2>Tolls</h2><p>A toll was paid at each bridge along the way to the market town.</p></div>"
    "</main></body></html>"
)


def _paragraphs(doc) -> list[str]:
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_a_toggled_sidenotes_label_is_its_call(monkeypatch: pytest.MonkeyPatch) -> None:
    whole = ("Carters took the salt inland on a road over the moor. They stopped at an inn on the summit where"
             " the horses were changed.")
    [doc] = html.read(TOGGLED.encode(), "salt.html")
    assert whole in _paragraphs(doc)
    monkeypatch.setitem(html.HTML_LIMITS, "toggled_sidenote_calls", 0)
    [doc] = html.read(TOGGLED.encode(), "salt.html")
    assert whole not in _paragraphs(doc)


def test_a_pager_is_no_text_and_the_sentence_reads_on(monkeypatch: pytest.MonkeyPatch) -> None:
    [doc] = html.read(PAGED.encode(), "salt.html")
    paragraphs = _paragraphs(doc)
    assert not any("Page 1 of 2" in p or "Page 2 of 2" in p for p in paragraphs)
    assert "Sheet 1 of 2" in paragraphs  # (no page number by its form: text, as any line)
    assert any("at the summit they changed their horses" in p for p in paragraphs)
    monkeypatch.setitem(html.HTML_LIMITS, "pager_lines", 0)
    [doc] = html.read(PAGED.encode(), "salt.html")
    assert any("Page 2 of 2" in p for p in _paragraphs(doc))
