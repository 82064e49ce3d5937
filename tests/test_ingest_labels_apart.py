"""A label set apart before a heading (its own element or paragraph) in HTML and DOCX:
read by the same kicker rule as the PDF and plain-text readers (invented content)."""

from __future__ import annotations

import io

import docx

from vitrina.ingest import docx as docx_reader
from vitrina.ingest import html
from vitrina.ingest._captions import kicker_label

_BODY = "The ferry crossed the estuary twice a day until the bridge opened."


def test_kicker_label_takes_a_short_line_on_a_numeral() -> None:
    assert kicker_label("Panel 2") == "2"
    assert kicker_label("Stage 3") == "Stage 3"
    assert kicker_label("1846–1848") == "1846–1848"
    assert kicker_label("The ferry ran until 1932.") is None
    assert kicker_label("A long line of several words ending on 4") is None


def _page(label_markup: str) -> bytes:
    return (
        "<html><body><main><h1>River Crossings</h1>"
        f"<section><header>{label_markup}<h2>The Ferry</h2></header><p>{_BODY}</p></section>"
        "</main></body></html>"
    ).encode()


def test_html_span_before_a_heading_in_its_header_is_the_label() -> None:
    [doc] = html.read(_page('<span class="stage">Stage 3</span>'), "crossings.html")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "River Crossings"), ("Stage 3", "The Ferry")]


def test_html_paragraph_of_words_before_a_heading_is_no_label() -> None:
    [doc] = html.read(_page("<p>Read slowly</p>"), "crossings.html")
    assert [(s.label, s.title) for s in doc.sections][1] == (None, "The Ferry")


def _docx(label: str) -> bytes:
    document = docx.Document()
    document.add_paragraph("River Crossings", style="Title")
    document.add_paragraph(label)
    document.add_heading("The Ferry", level=1)
    document.add_paragraph(_BODY)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_paragraph_before_a_heading_is_its_label() -> None:
    [doc] = docx_reader.read(_docx("Stage 3"), "crossings.docx")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "River Crossings"), ("Stage 3", "The Ferry")]
    assert "Stage 3" not in [doc.text[b.start : b.end] for b in doc.blocks]


def test_docx_dates_over_a_heading_label_it() -> None:
    [doc] = docx_reader.read(_docx("1846–1848"), "crossings.docx")
    assert [(s.label, s.title) for s in doc.sections][1] == ("1846–1848", "The Ferry")
