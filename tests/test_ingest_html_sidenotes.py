"""HTML reader, round 46: margin notes set inside the paragraphs that call them (Tufte CSS's
``span.sidenote``) are read with the notes; an aside outside the page's one <main> holding no
running text is a side column; a titled box closing a chapter right before the next chapter's
heading heads a section of its own. Invented text."""

from __future__ import annotations

import pytest

from vitrina.ingest import html

NOTED = (
    "<html><body><main><h1>The Salt Road</h1>"
    "<h2>Carts</h2><p>Carters took the salt inland on a road over the moor."
    '<sup class="sn-mark">1</sup><span class="sidenote"><sup>1</sup> The road is now a footpath.</span>'
    " They stopped at an inn on the summit where the horses were changed.</p>"
    "<h2>Tolls</h2><p>A toll was paid at each bridge along the way to the market town.</p>"
    "</main></body></html>"
)


def _paragraphs(doc) -> list[str]:
    return [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]


def test_a_sidenote_inside_a_paragraph_is_read_with_the_notes() -> None:
    [doc] = html.read(NOTED.encode(), "salt.html")
    paragraphs = _paragraphs(doc)
    assert ("Carters took the salt inland on a road over the moor. They stopped at an inn on the summit where"
            " the horses were changed.") in paragraphs
    assert doc.sections[-1].title == "Notes"
    assert any("now a footpath" in p for p in paragraphs)


def test_without_the_switch_the_note_stays_in_the_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html.HTML_LIMITS, "inline_sidenotes", 0)
    [doc] = html.read(NOTED.encode(), "salt.html")
    assert any("moor.1 The road is now a footpath." in p or "moor.11 The road" in p for p in _paragraphs(doc))


SITE = (
    "<html><body><aside class='site-column'><nav><a href='/'>Home</a> <a href='/visit'>Visit</a></nav>"
    "<ul><li><p class='group'>Walks of the Moor</p></li></ul></aside>"
    "<main><h1>The Salt Road</h1><h2>Carts</h2>"
    "<p>Carters took the salt inland on a road over the moor, stopping at the summit inn.</p>"
    "<div class='box'><p class='box-title'>Weighing the Salt</p>"
    "<p>Each cart was weighed at the town gate, and the weight was written in a book kept by the clerk.</p></div>"
    "<h2>Tolls</h2><p>A toll was paid at each bridge along the way to the market town.</p>"
    "</main></body></html>"
)


def test_an_aside_outside_main_with_no_running_text_is_no_text() -> None:
    [doc] = html.read(SITE.encode(), "salt.html")
    assert "Walks of the Moor" not in doc.text


def test_a_titled_box_before_the_next_chapter_heads_its_own_section() -> None:
    [doc] = html.read(SITE.encode(), "salt.html")
    assert "Weighing the Salt" in [s.title for s in doc.sections]
    assert "Weighing the Salt" not in _paragraphs(doc)
    tolls = next(s for s in doc.sections if s.title == "Tolls")
    assert any("A toll was paid" in doc.text[b.start : b.end] for b in doc.blocks if b.section == tolls.id)


def test_without_the_switch_the_box_title_is_a_paragraph(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html.HTML_LIMITS, "boxes_before_headings", 0)
    [doc] = html.read(SITE.encode(), "salt.html")
    assert "Weighing the Salt" not in [s.title for s in doc.sections]


def test_without_the_switch_the_asides_heading_line_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(html.HTML_LIMITS, "asides_outside_main", 0)
    [doc] = html.read(SITE.encode(), "salt.html")
    assert "Walks of the Moor" in doc.text
