"""HTML chrome read by what it is, not by its class: a line that is mostly link text and
ends no sentence is a control ("Show all lines", "Plan your visit"); a byline in the
headline's block led by a participle and "by" with a reading time is no text; a short
quotation with its source closing a section is a pull quote. Invented text."""

from __future__ import annotations

from vitrina.ingest import html

BODY = "<p>The pond behind the mill filled with every flood tide, and the wheel turned as it emptied.</p>"


def _read(body: str):
    [doc] = html.read(f"<html><body><main><article>{body}</article></main></body></html>".encode(), "mill.html")
    return doc


def test_a_line_of_links_ending_no_sentence_is_a_control() -> None:
    doc = _read(f"<h1>Flour and Tide</h1>{BODY}<p><a href='/all'>Show all 40 entries</a></p>"
                f"<div><a href='/scan.pdf'>Download the ledger (PDF)</a> <span>Page 1 of 4</span></div>")
    assert "Show all" not in doc.text and "Download" not in doc.text
    assert "flood tide" in doc.text


def test_a_sentence_with_a_link_in_it_stays_text() -> None:
    doc = _read(f"<h1>Flour and Tide</h1>{BODY}<p>Read <a href='/ledger'>the miller's ledger</a> online.</p>")
    assert "miller's ledger" in doc.text


def test_a_participle_byline_with_a_reading_time_in_the_headline_block_is_no_text() -> None:
    doc = _read("<div><h1>Flour and Tide</h1><p>A tide mill on the marsh, from its building to its last flour.</p>"
                f"<p>Edited by Ann Vale · 6 min read</p></div>{BODY}")
    assert "Ann Vale" not in doc.text
    assert "from its building" in doc.text


def test_a_sourced_quotation_closing_a_section_is_a_pull_quote() -> None:
    doc = _read(f"<h1>Flour and Tide</h1><section><h2>The Pond</h2>{BODY}"
                "<blockquote><p>\u201cThe tide is the miller's master.\u201d</p><cite>A miller, 1820</cite></blockquote>"
                f"</section><section><h2>The Wheel</h2>{BODY}</section>")
    assert "miller's master" not in doc.text


def test_a_quotation_in_the_run_of_the_text_stays() -> None:
    doc = _read(f"<h1>Flour and Tide</h1><section><h2>The Pond</h2>{BODY}"
                "<blockquote><p>\u201cThe tide is the miller's master.\u201d</p><cite>A miller, 1820</cite></blockquote>"
                f"{BODY}</section>")
    assert "miller's master" in doc.text


def test_a_quotation_its_paragraph_introduces_stays_at_a_sections_end() -> None:
    doc = _read(f"<h1>Flour and Tide</h1><section><h2>The Pond</h2>{BODY}<p>The miller wrote:</p>"
                "<blockquote><p>\u201cThe tide is the miller's master.\u201d</p><cite>A miller, 1820</cite></blockquote>"
                f"</section><section><h2>The Wheel</h2>{BODY}</section>")
    assert "miller's master" in doc.text


def _columns(side: str) -> str:
    story = "".join(f"<section><h2>Part {n}</h2>{BODY}{BODY}</section>" for n in ("One", "Two", "Three"))
    return f"<h1>Flour and Tide</h1><div><div>{story}</div><div>{side}</div></div>"


def test_a_column_of_headed_boxes_beside_the_story_inside_the_article_is_the_sites() -> None:
    side = ("<section><h2>See the mill</h2><p>The millstones are on show in the river gallery, open daily.</p>"
            "</section><section><h2>For schools</h2><p>Book a workshop with our learning team.</p></section>")
    doc = _read(_columns(side))
    assert "See the mill" not in doc.text and "workshop" not in doc.text
    assert [s.title for s in doc.sections] == ["Flour and Tide", "Part One", "Part Two", "Part Three"]


def test_one_boxed_side_bar_beside_the_story_stays() -> None:
    side = "<section><h2>Who Ground the Flour?</h2><p>The miller's sons worked the stones in turns.</p></section>"
    doc = _read(_columns(side))
    assert "Who Ground the Flour?" in [s.title for s in doc.sections]
