"""HTML reader: disclosure chapters, definition lists, visually hidden text and
topic tags (invented pages)."""

from __future__ import annotations

from vitrina.ingest import html as html_reader

PAGE = """<html><head><style>
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.closed{display:none}
</style></head><body>
<h2 class="sr">Pages</h2>
<article><header><p class="tag"><a href="/topics/mills">Water mills</a></p>
<h1>The Mills of Avenby</h1><p>Four mills stood on the river.</p></header>
<details><summary><span class="num">Chapter 1</span><h2>The Wheel</h2></summary>
<p>The wheel turned two stones.</p><p class="closed">Kept in the text.</p></details>
<details><summary><span>Chapter 2</span><h2>The Miller</h2></summary><p>He ground oats.</p></details>
<section><h2>Dates</h2><dl><dt>1702</dt><dd>The first mill is built.</dd>
<dt>1890</dt><dd>A flood takes the weir.</dd><dd>It is rebuilt.</dd></dl></section>
<details><summary>Read more</summary><p>Inside a plain disclosure.</p></details>
</article></body></html>"""


def _doc():
    [doc] = html_reader.read(PAGE.encode(), "avenby.html")
    return doc


def test_summary_holding_a_heading_opens_a_labelled_section() -> None:
    doc = _doc()
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "The Mills of Avenby"), ("1", "The Wheel"), ("2", "The Miller"), (None, "Dates"),
    ]


def test_definition_entries_are_one_paragraph_each_and_hidden_text_is_not_read() -> None:
    doc = _doc()
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [
        "Four mills stood on the river.", "The wheel turned two stones.", "Kept in the text.",
        "He ground oats.", "1702 The first mill is built.", "1890 A flood takes the weir. It is rebuilt.",
        "Inside a plain disclosure.",
    ]


def test_a_rule_listing_several_hiding_classes_hides_each() -> None:
    page = """<html><head><style>
.skip-note, .offscreen { clip-path: inset(50%); position: absolute }
nav .crumb { width: 1px }
</style></head><body><h1>The Ferry</h1><p class="skip-note">Skip to content</p>
<p>The ferry crossed twice a day.</p><p class="offscreen">Opens in a new window</p>
<p class="crumb">Kept: the selector is not a bare class.</p></body></html>"""
    [doc] = html_reader.read(page.encode(), "ferry.html")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == ["The ferry crossed twice a day.", "Kept: the selector is not a bare class."]
