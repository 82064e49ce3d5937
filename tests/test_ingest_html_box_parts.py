"""HTML reader, round 33: a credit line inside a ``<figure>`` that a caption box (``div.caption``,
no ``figcaption``) takes is read once, not again as a paragraph; a heading of any level opening a
box (``aside``) set last in its chapter is the box's own section (invented pages)."""

from __future__ import annotations

from vitrina.ingest import html

TEXT = "The lock keeper lived beside the gates and opened them for every barge that came down."
MORE = "In winter the canal froze and the barges waited in the basin until the thaw came."


def _read(page: str):
    [doc] = html.read(page.encode(), "canal.html")
    return doc


def _blocks(doc, kind: str) -> list[str]:
    return [doc.text[b.start:b.end] for b in doc.blocks if b.kind == kind]


FIGURE = f"""<html><body><article><h1>The Canal</h1><p>{TEXT}</p>
<h2>The Lock</h2><p>{MORE}</p>
<figure class="media"><img src="lock.png" alt="">
<div class="caption">The lower gates of the lock in 1910.</div>
<p class="credit">Photo: Canal Trust Archive, CTA 77/2</p></figure>
<h2>The Basin</h2><p>{TEXT}</p></article></body></html>"""


def test_a_credit_a_caption_box_takes_inside_a_figure_is_read_once() -> None:
    doc = _read(FIGURE)
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert caption.credit == "Photo: Canal Trust Archive, CTA 77/2"
    assert "Photo: Canal Trust Archive, CTA 77/2" not in _blocks(doc, "paragraph")


def _boxed(after: str) -> str:
    return f"""<html><body><article><h1>The Canal</h1><p>{TEXT}</p>
<section><h3>The Lock</h3><p>{MORE}</p>
<aside role="complementary"><h5>Who Paid the Tolls?</h5><p>{TEXT}</p></aside>{after}</section>
<section><h3>The Basin</h3><p>{MORE}</p></section></article></body></html>"""


def test_a_minor_heading_opening_a_box_last_in_its_chapter_is_its_section() -> None:
    doc = _read(_boxed(""))
    assert [s.title for s in doc.sections] == ["The Canal", "The Lock", "Who Paid the Tolls?", "The Basin"]


def test_a_box_with_text_after_it_keeps_its_heading_a_minor_one() -> None:
    doc = _read(_boxed(f"<p>{MORE}</p>"))
    assert [s.title for s in doc.sections] == ["The Canal", "The Lock", "The Basin"]
    assert "Who Paid the Tolls?" in _blocks(doc, "heading")
