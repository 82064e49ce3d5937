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


_STORY = (
    "<h2>The Ferry</h2><p>" + _BODY + "</p>"
    "<aside class='box'><h2>Crossing Times</h2><p>Boats left on the hour from dawn to dusk in summer.</p></aside>"
)


def _titles(page: str) -> list[str]:
    [doc] = html.read(page.encode(), "crossings.html")
    return [s.title for s in doc.sections]


def test_html_side_column_outside_main_is_not_text() -> None:
    page = (
        "<body><div><main><h1>River Crossings</h1>" + _STORY + "</main>"
        "<div class='column'><section><h2>Visit the Quay</h2><p>Open on weekdays from ten.</p></section></div>"
        "</div></body>"
    )
    assert _titles(page) == ["River Crossings", "The Ferry", "Crossing Times"]


def test_html_aside_outside_the_article_is_not_text_inside_it_is() -> None:
    page = (
        "<body><main><article><h1>River Crossings</h1>" + _STORY + "</article>"
        "<aside class='box'><h3>Ferry Facts</h3><p>Three boats, one pier.</p></aside></main></body>"
    )
    assert _titles(page) == ["River Crossings", "The Ferry", "Crossing Times"]


def test_html_running_text_outside_main_stays() -> None:
    prose = "".join(f"<p>{_BODY} The pier was rebuilt in the year {1900 + k} after a storm.</p>" for k in range(3))
    page = f"<body><main><h1>River Crossings</h1>{_STORY}</main><div><h2>The Pier</h2>{prose}</div></body>"
    assert _titles(page)[-1] == "The Pier"


def _frame(paragraph) -> None:
    """Set ``paragraph`` in a Word frame (``w:framePr``), as a side-bar is."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    frame = OxmlElement("w:framePr")
    frame.set(qn("w:w"), "3000")
    frame.set(qn("w:xAlign"), "right")
    paragraph._p.get_or_add_pPr().append(frame)


def _framed_docx(first_style: str | None) -> bytes:
    document = docx.Document()
    document.add_paragraph("River Crossings", style="Title")
    document.add_heading("The Ferry", level=1)
    box_title = document.add_paragraph(style=first_style)
    box_title.add_run("Who Paid the Toll?").bold = True
    _frame(box_title)
    _frame(document.add_paragraph("Carters paid a penny a wheel; people on foot crossed free."))
    document.add_paragraph(_BODY)
    document.add_heading("The Bridge", level=1)
    document.add_paragraph("The bridge opened in spring and the last ferry was sold.")
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_framed_side_bar_is_read_after_the_body_as_its_own_section() -> None:
    [doc] = docx_reader.read(_framed_docx(None), "crossings.docx")
    assert [s.title for s in doc.sections] == ["River Crossings", "The Ferry", "The Bridge", "Who Paid the Toll?"]
    ferry = next(s for s in doc.sections if s.title == "The Ferry")
    assert [doc.text[b.start : b.end] for b in doc.blocks
            if b.section == ferry.id and b.kind == "paragraph"] == [_BODY]


def test_docx_framed_caption_stays_where_it_is() -> None:
    [doc] = docx_reader.read(_framed_docx("Caption"), "crossings.docx")
    assert [s.title for s in doc.sections] == ["River Crossings", "The Ferry", "The Bridge"]


def _paragraphs(page: str) -> list[str]:
    [doc] = html.read(page.encode(), "crossings.html")
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_html_kicker_over_the_h1_and_skip_link_are_no_paragraphs() -> None:
    page = (
        "<body><a class='jump' href='#content'>Jump to the story</a>"
        "<main id='content'><header><p class='over'>Harbour stories · 1890s</p><h1>River Crossings</h1></header>"
        f"<h2>The Ferry</h2><p>{_BODY}</p></main></body>"
    )
    assert _paragraphs(page) == [_BODY]


def test_html_line_before_the_h1_that_ends_a_sentence_stays_a_paragraph() -> None:
    page = f"<body><main><p>This page was updated in May.</p><h1>River Crossings</h1><p>{_BODY}</p></main></body>"
    assert _paragraphs(page) == ["This page was updated in May.", _BODY]


_TOLL = "The ferrymen said that the river was kinder than the road, and charged a penny for it."


def test_html_quotation_aside_with_its_source_is_set_apart() -> None:
    page = (f"<body><main><h1>River Crossings</h1><p>{_BODY}</p>"
            "<aside><p>“Kinder than the road, and cheaper.”</p><p>A ferryman, 1880</p></aside></main></body>")
    assert _paragraphs(page) == [_BODY]


def test_html_pull_quote_said_again_is_set_apart_a_quotation_said_once_stays() -> None:
    pulled = "<blockquote><p>“The river was kinder than the road.”</p></blockquote>"
    quoted = "<blockquote><p>“We rowed in fog so thick we steered by the bells of the town.”</p></blockquote>"
    page = f"<body><main><h1>River Crossings</h1><p>{_TOLL}</p>{pulled}{quoted}</main></body>"
    assert _paragraphs(page) == [_TOLL, "“We rowed in fog so thick we steered by the bells of the town.”"]


def _docx_over_title(first: str) -> bytes:
    document = docx.Document()
    document.add_paragraph(first)
    document.add_paragraph("River Crossings", style="Title")
    document.add_paragraph(_BODY)
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def test_docx_kicker_over_the_title_is_no_paragraph_a_sentence_is() -> None:
    for first, kept in (("Harbour stories · 1890s", False), ("This draft was revised in May.", True)):
        [doc] = docx_reader.read(_docx_over_title(first), "crossings.docx")
        paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
        assert (first in paragraphs) is kept
        assert _BODY in paragraphs
