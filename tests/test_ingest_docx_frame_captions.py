"""DOCX reader: a caption paragraph holding its own credit after a line break is a
caption with that credit, also when no picture is in the file (a shaded placeholder set in
a frame with it), and a framed paragraph of a credit line alone under a sentence is one; a
table row is no label of the heading after it; a note reference with a typed mark leaves no
mark. Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from vitrina.ingest import docx as docx_reader

from ._docx_helpers import frame

BODY = "The ferry crossed the river twice an hour, and the tolls paid for a new landing stage in stone."
MORE = "When the bridge opened the ferrymen sold their boats and the landing stage became a garden."



def _placeholder(document) -> None:
    """A grey, framed, empty paragraph with a tall exact line: a picture drawn as a box."""
    paragraph = document.add_paragraph()
    frame(paragraph)
    paragraph._p.get_or_add_pPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:fill="C8C8C8"/>'))


def _caption(document, lead: str, text: str, credit: str, framed: bool) -> None:
    paragraph = document.add_paragraph()
    if lead:
        paragraph.add_run(lead + " ").bold = True
    paragraph.add_run(text)
    paragraph.add_run().add_break(WD_BREAK.LINE)
    paragraph.add_run(credit).italic = True
    if framed:
        frame(paragraph)


def _read(lead: str, credit: str, framed: bool = True):
    document = docx.Document()
    document.add_paragraph("River Crossings", style="Title")
    document.add_heading("The Ferry", level=1)
    document.add_paragraph(BODY)
    if framed:
        _placeholder(document)
    _caption(document, lead, "The landing stage at low water.", credit, framed)
    document.add_paragraph(MORE)
    document.add_heading("The Bridge", level=1)
    document.add_paragraph("The bridge opened in the spring with a parade of carts.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "crossings.docx")
    return doc


def _captions(doc) -> list[tuple[str, str | None, str | None]]:
    return [(doc.text[b.start : b.end], b.position, b.credit) for b in doc.blocks if b.kind == "caption"]


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_framed_labelled_caption_with_its_credit_after_a_break_is_a_caption() -> None:
    doc = _read("Above:", "Photo: Quay Society Archive")
    assert _captions(doc) == [("The landing stage at low water.", "Above", "Photo: Quay Society Archive")]
    assert _paragraphs(doc)[:2] == [BODY, MORE]


def test_labelled_caption_with_a_credit_its_form_does_not_tell_is_cut_at_the_break() -> None:
    doc = _read("Left:", "Ferrymen's Guild Collection", framed=False)
    assert _captions(doc) == [("The landing stage at low water.", "Left", "Ferrymen's Guild Collection")]


def test_framed_unlabelled_caption_with_a_credit_line_is_a_caption() -> None:
    doc = _read("", "Lent by the Quay Society")
    assert _captions(doc) == [("The landing stage at low water.", None, "Lent by the Quay Society")]


def test_unframed_unlabelled_paragraph_with_a_line_break_stays_a_paragraph() -> None:
    doc = _read("", "Lent by the Quay Society", framed=False)
    assert _captions(doc) == []


def test_text_box_holding_a_caption_with_its_credit_line_stays_in_its_section() -> None:
    document = docx.Document()
    document.add_paragraph("River Crossings", style="Title")
    document.add_heading("The Ferry", level=1)
    anchor = document.add_paragraph(BODY)
    box = (
        f'<w:r {nsdecls("w")} xmlns:v="urn:schemas-microsoft-com:vml"><w:pict><v:shape style="width:200pt;height:80pt"><v:textbox><w:txbxContent>'
        "<w:p><w:r><w:t>The landing stage at low water.</w:t></w:r><w:r><w:br/></w:r>"
        "<w:r><w:t>Lent by the Quay Society</w:t></w:r></w:p>"
        "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
    )
    anchor._p.append(parse_xml(box))
    document.add_paragraph(MORE)
    document.add_heading("The Bridge", level=1)
    document.add_paragraph("The bridge opened in the spring with a parade of carts.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "crossings.docx")
    ferry = next(s for s in doc.sections if s.title == "The Ferry")
    assert _captions(doc) == [("The landing stage at low water.", None, "Lent by the Quay Society")]
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert caption.section == ferry.id
    assert [s.title for s in doc.sections] == ["River Crossings", "The Ferry", "The Bridge"]


def test_table_row_over_a_heading_is_no_label_of_it() -> None:
    document = docx.Document()
    document.add_paragraph("River Crossings", style="Title")
    document.add_heading("The Ferry", level=1)
    document.add_paragraph(BODY)
    table = document.add_table(rows=2, cols=2)
    for row, (first, second) in zip(table.rows, [("opened", "1841"), ("rebuilt", "1877")], strict=True):
        row.cells[0].text, row.cells[1].text = first, second
    document.add_heading("The Bridge", level=1)
    document.add_paragraph(MORE)
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "crossings.docx")
    assert [(s.label, s.title) for s in doc.sections][-1] == (None, "The Bridge")


def test_footnote_reference_with_its_own_typed_mark_leaves_no_mark_in_the_sentence() -> None:
    document = docx.Document()
    document.add_heading("The Ferry", level=1)
    paragraph = document.add_paragraph("The tolls paid for a landing stage")
    paragraph._p.append(parse_xml(
        f'<w:r {nsdecls("w")}><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
        '<w:footnoteReference w:customMarkFollows="1" w:id="2"/><w:t>*</w:t></w:r>'))
    paragraph.add_run(" in stone, which still stands.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "crossings.docx")
    assert _paragraphs(doc) == ["The tolls paid for a landing stage in stone, which still stands."]


def test_framed_caption_over_its_framed_credit_paragraph_is_a_caption() -> None:
    document = docx.Document()
    document.add_paragraph("River Crossings", style="Title")
    document.add_heading("The Ferry", level=1)
    document.add_paragraph(BODY)
    _placeholder(document)
    for text in ("The landing stage at low water.", "Photo: Quay Society Archive"):
        frame(document.add_paragraph(text))
    document.add_paragraph(MORE)
    document.add_heading("The Bridge", level=1)
    document.add_paragraph("The bridge opened in the spring with a parade of carts.")
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "crossings.docx")
    assert _captions(doc) == [("The landing stage at low water.", None, "Photo: Quay Society Archive")]
    assert [s.title for s in doc.sections] == ["River Crossings", "The Ferry", "The Bridge"]
