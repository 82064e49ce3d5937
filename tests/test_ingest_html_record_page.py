"""A collection-record page's furniture (data tables, breadcrumbs, back matter after the
notes, a pull quote in a layout table's row) is not body text. Invented text."""

from __future__ import annotations

from vitrina.ingest import html

STORY = ("The lamp was lit every evening at dusk by the keeper, who climbed the tower stairs with a can of oil. "
         "It burned until the morning light made it needless again.")
PAGE = f"""<html><body><main>
<div class="trail"><ol><li><a href="/">Start</a></li><li><a href="/c">Objects</a></li>
<li aria-current="page">Item 4 of 9</li></ol></div>
<h1>A Keeper's Lamp</h1>
<h2>Facts</h2>
<table><tr><th scope="row">Kind</th><td>Lamp</td></tr>
<tr><th scope="row">Made of</th><td>Brass</td></tr><tr><th scope="row">Size</th><td>40 cm</td></tr></table>
<table class="story" role="presentation">
<tr><th>Part 1</th><td><h3>The Tower</h3><p>{STORY}<sup><a href="#s1" id="r1">1</a></sup></p></td></tr>
<tr><td colspan="2"><blockquote><p>\u201cA light no storm could put out.\u201d</p></blockquote></td></tr>
<tr><th>Part 2</th><td><h3>The Keeper</h3><p>{STORY}</p></td></tr>
</table>
<section><h2>Sources</h2><ol><li id="s1">A keeper's log book, 1890.</li><li>Letters of the family.</li></ol></section>
<section><h2>Shown in</h2><ul><li>Lights of the Coast, 2001</li></ul></section>
</main></body></html>""".encode()


def _doc():
    [doc] = html.read(PAGE, "lamp.html")
    return doc


def _texts(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def test_a_data_table_is_table_material_and_its_heading_its_title() -> None:
    doc = _doc()
    assert "Kind | Lamp" in _texts(doc, "table") and "Facts" in _texts(doc, "table")
    assert not any("Lamp" in p and "|" in p for p in _texts(doc, "paragraph"))
    assert "Facts" not in [s.title for s in doc.sections]


def test_a_list_marking_the_current_page_is_navigation() -> None:
    doc = _doc()
    assert "Item 4 of 9" not in doc.text and "Objects" not in _texts(doc, "paragraph")


def test_sources_with_one_called_item_are_notes_and_what_follows_is_back_matter() -> None:
    doc = _doc()
    titles = [s.title for s in doc.sections]
    assert "Sources" not in titles and "Shown in" not in titles
    last = doc.sections[-1]
    inside = [doc.text[b.start : b.end] for b in doc.blocks if b.section == last.id]
    assert "Letters of the family." in inside and "Lights of the Coast, 2001" in inside


def test_a_quotation_alone_in_a_row_between_headed_rows_is_a_pull_quote() -> None:
    doc = _doc()
    assert "storm could put out" not in doc.text
    assert [s.label for s in doc.sections if s.title in ("The Tower", "The Keeper")] == ["1", "2"]


VIEWER = b"""<html><body><main><h1>A Keeper's Lamp</h1>
<div><img src="lamp.png" alt="A brass lamp"><p class="counter">Picture 1 of 2</p>
<p>Image \xc2\xa9 Harbour Light Trust. <a href="/copy">Order a print of this picture</a></p></div>
<p>The lamp was lit every evening at dusk by the keeper, who climbed the tower stairs with oil.</p>
</main><script>function show(n){document.querySelector('.counter').textContent = 'Picture ' + n + ' of 2';}</script>
</body></html>"""


def test_a_viewer_counter_a_script_rewrites_and_a_rights_line_are_no_paragraphs() -> None:
    [doc] = html.read(VIEWER, "lamp.html")
    paragraphs = _texts(doc, "paragraph")
    assert paragraphs == ["The lamp was lit every evening at dusk by the keeper, who climbed the tower stairs with oil."]
    assert _texts(doc, "credit") == ["Image © Harbour Light Trust."]
    assert "Picture 1 of 2" not in doc.text and len(doc.figures) == 1
