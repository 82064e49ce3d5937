"""Headings' permalinks and a page title that is a short form of the h1."""

from __future__ import annotations

from vitrina.ingest import html


def _read(page: str):
    return html.read(page.encode("utf-8"), "page.html")[0]


_PAGE = """<html><head><title>{title}</title></head><body><main>
<h1 id="top">The Copper Mill: Water and Hammers, 1790–1860<a class="headerlink" href="#top">¶</a></h1>
<p>The mill stood where the stream fell fastest, and its hammers were heard across the valley.</p>
<section id="wheel"><h2>The great wheel <a href="#wheel" aria-label="Link to this section">#</a></h2>
<p>A wheel of oak turned the hammers; it was rebuilt twice after floods.</p></section>
<h2 id="trade">Trade by river<a href="#trade"><svg aria-hidden="true"></svg></a></h2>
<p>Sheets of copper went down the river on barges to the port.</p>
<h2 id="closing">The last shift, see <a href="#closing">Closing</a></h2>
<p>The mill closed when steam engines made the stream's power too small.</p>
</main></body></html>"""


def test_a_headings_link_to_itself_showing_no_word_is_not_its_text() -> None:
    doc = _read(_PAGE.format(title="The Copper Mill: Water and Hammers, 1790–1860"))
    titles = [s.title for s in doc.sections]
    assert "The great wheel" in titles and "Trade by river" in titles
    assert not any(mark in title for title in titles for mark in "¶#")
    assert "The last shift, see Closing" in titles  # a link showing words is text


def test_a_short_title_with_the_sites_name_gives_the_h1() -> None:
    doc = _read(_PAGE.format(title="The Copper Mill - Valley Industry Trail"))
    assert doc.title == "The Copper Mill: Water and Hammers, 1790–1860"


def test_a_title_that_is_not_the_h1s_opening_stays() -> None:
    doc = _read(_PAGE.format(title="Mills of the Valley - Valley Industry Trail"))
    assert doc.title == "Mills of the Valley - Valley Industry Trail"
