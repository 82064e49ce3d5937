"""HTML reader, round 49 (structset59): an article split over two "pages" in one file whose first
page's last paragraph stops mid-sentence on a link to the next page ("continued on page 2 ›"), the
second page repeating the panel (a custom element with its number and heading "… (continued)") and
resuming after an ellipsis: one paragraph, without the link, the ellipsis or the repeated heading
(``html._jump_link``, ``_carried_head``, ``HTML_LIMITS["jump_links"]``). Pages written here
(invented content)."""

from __future__ import annotations

import pytest

from vitrina.ingest import html
from vitrina.ingest.html import HTML_LIMITS

PAGE = """<html><body><main><h1>The Salt Road</h1>
<template id="trail-card"><div class="card"><b><slot name="num">?</slot></b><slot name="title">Untitled</slot><slot></slot></div></template>
<div class="page" id="page-1">
<trail-card><span slot="num">1</span><h2 slot="title">The Pans</h2>
<p>Salt was boiled from sea water in iron pans on the shore, and the fires burned day and night all winter.</p>
<p>The carriers loaded the salt on pack horses and took it inland along the ridge, <a href="#page-2">continued on page 2 ›</a></p>
</trail-card>
<nav class="pager">Page 1 of 2 · <a href="#page-2">Next page ›</a></nav>
</div>
<div class="page" id="page-2">
<trail-card><span slot="num">1</span><h2 slot="title">The Pans (continued)</h2>
<p><span class="cont">…</span> selling it at every market town on the way to the hills.</p>
</trail-card>
<trail-card><span slot="num">2</span><h2 slot="title">The Toll</h2>
<p>A toll was paid at the bridge over the river, and the keeper wrote every load in his book.</p>
</trail-card>
</div>
</main></body></html>"""

JOINED = ("The carriers loaded the salt on pack horses and took it inland along the ridge, selling it at every"
          " market town on the way to the hills.")


def _read() -> tuple[list[str], list[str]]:
    [doc] = html.read(PAGE.encode(), "salt.html")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    return paragraphs, [s.title for s in doc.sections]


def test_the_paragraph_goes_on_past_the_link_and_the_repeated_heading() -> None:
    paragraphs, titles = _read()
    assert JOINED in paragraphs
    assert "The Pans (continued)" not in titles
    assert "The Toll" in titles


def test_with_the_switch_off_the_link_and_the_heading_stay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HTML_LIMITS, "jump_links", 0)
    paragraphs, titles = _read()
    assert JOINED not in paragraphs
    assert any(p.endswith("continued on page 2 ›") for p in paragraphs)
    assert "The Pans (continued)" in titles


def test_a_link_going_on_to_other_text_stays() -> None:
    page = PAGE.replace('<a href="#page-2">continued on page 2 ›</a></p>',
                        '<a href="#page-2">the ridge road</a> was the oldest.</p>')
    [doc] = html.read(page.encode(), "salt.html")
    assert any("the ridge road was the oldest." in doc.text[b.start : b.end] for b in doc.blocks)
