"""DOCX reader, a document written without a styles part for its styles: a paragraph naming
the style id ``Heading2`` that the file never defines is still a heading (a label line over
it labels it); a caption opening on a position label over a credit line is a caption
whatever stands for its picture; a quotation set off the column in display type is a pull
quote; notes answering every raised call once, in order, are notes in body type too.
Documents built here with python-docx (invented content)."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from vitrina.ingest import docx as docx_reader

BODY = ("The ferry crossed the estuary twice a day, and the ferryman kept a ledger of every"
        " passenger, cart and sheep he carried over the water.")


def _styled(document, text: str, style_id: str):
    paragraph = document.add_paragraph(text)
    style = OxmlElement("w:pStyle")
    style.set(qn("w:val"), style_id)
    paragraph._p.get_or_add_pPr().insert(0, style)
    return paragraph


def _bold(document, text: str):
    paragraph = document.add_paragraph()
    paragraph.add_run(text).bold = True
    return paragraph


def _only_normal_style(document) -> None:
    """Drop every style definition but Normal's (a writer that ships no styles)."""
    styles = document.styles.element
    for style in list(styles.findall(qn("w:style"))):
        if style.get(qn("w:styleId")) != "Normal":
            styles.remove(style)


def _save(document) -> bytes:
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _ferry(quote_layout: str = "centre") -> bytes:
    document = docx.Document()
    _bold(document, "RIVER GALLERY · CASE 3")
    title = _styled(document, "Over the Water:", "Heading1")
    title.runs[0].add_break(WD_BREAK.LINE)
    title.add_run("The Estuary Ferry")
    document.add_paragraph(BODY)
    _bold(document, "Crossing 1")
    _styled(document, "The Ferryman", "Heading2")
    paragraph = document.add_paragraph(BODY + " He was paid in coin")
    call = paragraph.add_run("1")
    call.font.superscript = True
    paragraph.add_run(" and in fish.")
    quote = document.add_paragraph()
    quote.add_run("\u201cThe tide decides, not the timetable.\u201d").italic = True
    if quote_layout == "centre":
        quote.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _bold(document, "Crossing 2")
    _styled(document, "The Last Boat", "Heading2")
    document.add_paragraph(BODY)
    document.add_paragraph(" ")  # a shaded box stands for the picture
    document.add_paragraph("Above: The ferry ledger open at the page for June.")
    document.add_paragraph("Photograph: Ada Marsh")
    document.add_paragraph("1 The fares are listed in the ledger's front pages.")
    _only_normal_style(document)
    return _save(document)


def _sections(doc) -> list[tuple[str | None, str]]:
    return [(s.label, s.title) for s in doc.sections]


def _texts(doc, kind: str) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind]


def test_an_undefined_heading_style_id_still_makes_headings_and_a_label_line_labels_them() -> None:
    [doc] = docx_reader.read(_ferry(), "ferry.docx")
    assert doc.title == "Over the Water: The Estuary Ferry"
    assert _sections(doc)[1:3] == [("Crossing 1", "The Ferryman"), ("Crossing 2", "The Last Boat")]


def test_a_position_label_over_a_credit_line_is_a_caption_without_a_picture() -> None:
    [doc] = docx_reader.read(_ferry(), "ferry.docx")
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert doc.text[caption.start : caption.end] == "The ferry ledger open at the page for June."
    assert (caption.position, caption.credit) == ("Above", "Photograph: Ada Marsh")


def test_a_centred_italic_quotation_between_paragraphs_is_a_pull_quote() -> None:
    [doc] = docx_reader.read(_ferry(), "ferry.docx")
    assert not any("tide decides" in text for text in _texts(doc, "paragraph"))


def test_a_quotation_in_the_column_like_the_body_stays_text() -> None:
    [doc] = docx_reader.read(_ferry(quote_layout="column"), "ferry.docx")
    assert any("tide decides" in text for text in _texts(doc, "paragraph"))


def test_notes_answering_every_call_in_order_are_notes_in_body_type() -> None:
    [doc] = docx_reader.read(_ferry(), "ferry.docx")
    assert _sections(doc)[-1][1] == "Notes"
    assert not any(text.startswith("1 The fares") for text in _texts(doc, "paragraph")[:-1])


def test_a_numbered_paragraph_not_answering_the_calls_stays_body_text() -> None:
    document = docx.Document()
    _styled(document, "The Estuary Ferry", "Title")
    paragraph = document.add_paragraph(BODY + " Fares rose")
    paragraph.add_run("2").font.superscript = True
    paragraph.add_run(" in the spring.")
    document.add_paragraph("1 Fares were paid at the quay.")
    _only_normal_style(document)
    [doc] = docx_reader.read(_save(document), "ferry.docx")
    assert "Notes" not in [s.title for s in doc.sections]


def test_a_loan_credit_line_under_a_position_labelled_caption_is_its_credit() -> None:
    document = docx.Document()
    _styled(document, "The Estuary Ferry", "Title")
    document.add_paragraph(BODY)
    document.add_paragraph("Right: The ferryman's brass bell, cast in 1840.")
    document.add_paragraph("Loan from the Quay Society")
    [doc] = docx_reader.read(_save(document), "ferry.docx")
    [caption] = [b for b in doc.blocks if b.kind == "caption"]
    assert (caption.position, caption.credit) == ("Right", "Loan from the Quay Society")
