"""HTML reader: an article split over two "pages" in one file (page boxes one after another, the
second hidden until a pager's script shows it), a paragraph closing the first page mid-sentence
and going on in lower case at the head of the second, is one paragraph
(``html._continued_over_page``, ``HTML_LIMITS["across_page_turns"]``). Pages written here
(invented content)."""

from __future__ import annotations

import pytest

from vitrina.ingest import html
from vitrina.ingest.html import HTML_LIMITS

PAGE = """<html><body><article><h1>The Valley Mill</h1>
<p class="pager">Page <b>1</b> of 2 · <a href="#p2" data-goto="p2">Next page ›</a></p>
<div class="article-page" id="p1">
<section><h2>The Wheel</h2>
<p>The mill wheel turned for two hundred years, grinding the corn of every farm in the valley.</p>
<p>When the river was diverted in the dry years the miller fitted a steam engine, which he kept in the old</p>
</section>
<p class="pager"><a href="#p2" data-goto="p2">Continue reading on page 2 ›</a></p>
</div>
<div class="article-page" id="p2" hidden>
<p>wheel house until the mill closed for good in the year of the great flood.</p>
<section><h2>The Flood</h2><p>The flood carried away the weir and half of the mill race in one night.</p></section>
<p class="pager"><a href="#p1" data-goto="p1">‹ Previous page</a> · Page <b>2</b> of 2</p>
</div>
</article>
<script>
document.querySelectorAll('[data-goto]').forEach(function (a) { a.addEventListener('click', function () {
  document.querySelectorAll('.article-page').forEach(function (p) { p.hidden = p.id !== a.dataset.goto; });
}); });
</script></body></html>"""

JOINED = ("When the river was diverted in the dry years the miller fitted a steam engine, which he kept in the old"
          " wheel house until the mill closed for good in the year of the great flood.")


def _paragraphs() -> list[str]:
    [doc] = html.read(PAGE.encode(), "mill.html")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_paragraph_going_on_over_the_page_turn_is_one() -> None:
    assert JOINED in _paragraphs()


def test_with_the_pass_off_it_is_two(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(HTML_LIMITS, "across_page_turns", 0)
    paragraphs = _paragraphs()
    assert JOINED not in paragraphs
    assert "wheel house until the mill closed for good in the year of the great flood." in paragraphs


def test_past_a_jump_line_a_sentence_going_on_with_a_name_is_one() -> None:
    page = PAGE.replace('<div class="article-page" id="p2" hidden>\n<p>wheel house',
                        '<div class="article-page" id="p2" hidden>\n<p class="jump">Continued from page 1</p>\n'
                        '<section class="continued"><div class="cont"><p>Hallam House')
    page = page.replace("great flood.</p>\n<section>", "great flood.</p></div></section>\n<section>", 1)
    [doc] = html.read(page.encode(), "mill.html")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert JOINED.replace(" wheel house", " Hallam House") in paragraphs
    assert not any("Continued from page" in p for p in paragraphs)


def test_without_a_jump_line_a_next_box_opening_in_capitals_stays_apart() -> None:
    page = PAGE.replace("<p>wheel house", "<p>Hallam House")
    [doc] = html.read(page.encode(), "mill.html")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert JOINED.replace(" wheel house", " Hallam House") not in paragraphs
