"""HTML reader: the parts of a story page set beside or between its sections: the story's
own side-bar in the article's grid, a pull quote between two sections, and a notes list the
page's note calls point to, whatever its name and wherever it stands, (invented pages)."""

from __future__ import annotations

from vitrina.ingest import html as html_reader
from vitrina.structure.assemble import NOTES_TITLE

PAGE = """<html><head><title>Ropewalk</title></head><body>
<div class="grid">
<aside class="box"><h2>Who Walked the Rope?</h2>
<p>Boys as young as ten walked backwards down the shed all day, feeding out the yarn as the wheel turned.</p></aside>
<article><h1>The Long Ropewalk</h1>
<section><h2>The Shed</h2><p>The shed ran for a quarter of a mile beside the river<sup><a href="#q1">1</a></sup>.</p></section>
<section class="extra"><h2>Notes</h2><ol><li id="q1">Some say longer. <a href="#r1">↩</a></li></ol></section>
<blockquote class="big"><p>“A rope is only as good as its worst yarn.”</p><footer>— a foreman, 1880</footer></blockquote>
<section><h2>The Ships</h2><p>Every navy ship in the yard was rigged with its rope. The clerk wrote:</p>
<blockquote><p>“We laid cable for three ships that winter.”</p><footer>— a ledger</footer></blockquote></section>
</article></div>
<aside class="signup"><h2>Newsletter</h2><p>Sign up for news.</p></aside>
</body></html>"""


def _doc():
    [doc] = html_reader.read(PAGE.encode(), "ropewalk.html")
    return doc


def test_the_storys_side_bar_beside_its_article_is_read() -> None:
    doc = _doc()
    titles = [s.title for s in doc.sections]
    assert "Who Walked the Rope?" in titles and "feeding out the yarn" in doc.text
    assert "Newsletter" not in titles


def test_a_sourced_quotation_between_sections_is_a_pull_quote_one_inside_a_section_stays() -> None:
    doc = _doc()
    assert "worst yarn" not in doc.text and "a foreman" not in doc.text
    assert "three ships that winter" in doc.text


def test_a_list_the_note_calls_point_to_closes_the_document_as_its_notes() -> None:
    doc = _doc()
    assert doc.sections[-1].title == NOTES_TITLE
    assert [s.title for s in doc.sections].count(NOTES_TITLE) == 1
    notes = doc.sections[-1].id
    texts = [doc.text[b.start : b.end] for b in doc.blocks if b.section == notes and b.kind == "paragraph"]
    assert any(t.startswith("Some say longer.") for t in texts)
