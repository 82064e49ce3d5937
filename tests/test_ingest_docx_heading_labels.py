"""DOCX reader: a short line set right before a section heading labels it -- a line that
reads as a label ("PART TWO"), even over a heading its style numbers, or a short line in the
heading's own type -- and a title broken by manual line breaks or a paragraph broken by a
page break stays one (invented content, python-docx)."""

from __future__ import annotations

import io

import docx
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml
from docx.shared import Pt, RGBColor

from vitrina.ingest import docx as docx_reader

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
BODY = "Boats were rowed down the main street past the shuttered shops and the flooded chapel."
HEADS = [("PART ONE", "The Thaw"), ("PART TWO", "The River Rises"), ("PART THREE", "The Levee")]


def _read(document) -> object:
    buf = io.BytesIO()
    document.save(buf)
    [doc] = docx_reader.read(buf.getvalue(), "flood.docx")
    return doc


def _number_heading_style(document) -> None:
    """Give the Heading 2 style an outline list numbering "%1.%2." (as some templates do)."""
    numbering = document.part.numbering_part.element
    numbering.append(parse_xml(
        f'<w:abstractNum {_W} w:abstractNumId="7"><w:multiLevelType w:val="multilevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>'
        '<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2."/></w:lvl>'
        "</w:abstractNum>"))
    numbering.append(parse_xml(f'<w:num {_W} w:numId="9"><w:abstractNumId w:val="7"/></w:num>'))
    p_pr = document.styles["Heading 2"].element.get_or_add_pPr()
    p_pr.append(parse_xml(f'<w:numPr {_W}><w:ilvl w:val="1"/><w:numId w:val="9"/></w:numPr>'))


def _label_paragraph(document, text: str) -> None:
    run = document.add_paragraph().add_run(text)
    run.bold = True
    run.font.size = Pt(8)
    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)


def _document(numbered: bool):
    document = docx.Document()
    if numbered:
        _number_heading_style(document)
    document.add_paragraph("Flood Year", style="Title")
    document.add_paragraph("The water stood in the streets of the lower town for many days that spring.")
    for label, title in HEADS:
        _label_paragraph(document, label)
        document.add_paragraph(title, style="Heading 2")
        document.add_paragraph(BODY)
    return document


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_a_label_line_before_a_heading_its_style_numbers_is_the_label() -> None:
    doc = _read(_document(numbered=True))
    assert [(s.label, s.title) for s in doc.sections[1:]] == [
        ("One", "The Thaw"), ("Two", "The River Rises"), ("Three", "The Levee")]
    assert not any(p.startswith("PART") for p in _paragraphs(doc))


def test_a_heading_numbered_by_its_style_without_a_label_line_keeps_its_number() -> None:
    document = docx.Document()
    _number_heading_style(document)
    document.add_paragraph("Flood Year", style="Title")
    for title in ("The Thaw", "The River Rises"):
        document.add_paragraph(title, style="Heading 2")
        document.add_paragraph(BODY)
    doc = _read(document)
    assert [s.label for s in doc.sections[1:]] == ["1.1.", "1.2."]


def _typed_document(first: str, first_style: str | None) -> object:
    """A heading preceded by ``first``: in the Heading 2 style, or as a body paragraph in the
    heading's face set by direct formatting (``first_style`` None)."""
    document = docx.Document()
    document.add_paragraph("Flood Year", style="Title")
    document.add_paragraph("The water stood in the streets of the lower town for many days that spring.")
    for title in ("The Thaw", "The River Rises"):
        if first_style:
            document.add_paragraph(first, style=first_style)
        else:
            heading_face = document.styles["Heading 2"].font
            run = document.add_paragraph().add_run(first)
            run.bold, run.font.size = True, heading_face.size
            run.font.name = heading_face.name
            run.font.color.rgb = heading_face.color.rgb
        document.add_paragraph(title, style="Heading 2")
        document.add_paragraph(BODY)
    return _read(document)


def test_a_short_line_in_the_heading_style_right_before_it_is_its_label() -> None:
    doc = _typed_document("Evening", "Heading 2")
    assert [(s.label, s.title) for s in doc.sections[1:]] == [("Evening", "The Thaw"), ("Evening", "The River Rises")]


def test_a_short_line_typed_in_the_heading_face_right_before_it_is_its_label() -> None:
    doc = _typed_document("Evening", None)
    assert [(s.label, s.title) for s in doc.sections[1:]] == [("Evening", "The Thaw"), ("Evening", "The River Rises")]
    assert "Evening" not in _paragraphs(doc)


def test_a_line_ending_a_sentence_in_the_heading_style_stays_a_section() -> None:
    doc = _typed_document("The town was quiet.", "Heading 2")
    assert [s.title for s in doc.sections[1:]] == ["The town was quiet.", "The Thaw", "The town was quiet.",
                                                   "The River Rises"]


def test_a_short_body_line_before_a_heading_stays_text() -> None:
    doc = _typed_document("Evening", "Normal")
    assert [s.label for s in doc.sections[1:]] == [None, None]
    assert "Evening" in _paragraphs(doc)


def test_a_title_broken_by_a_line_break_is_one_title() -> None:
    document = docx.Document()
    title = document.add_paragraph()
    first = title.add_run("The Long Winter")
    first.bold, first.font.size = True, Pt(26)
    first.add_break()
    second = title.add_run("A Town Under Water, 1881")
    second.italic, second.font.size = True, Pt(18)
    document.add_paragraph("The water stood in the streets of the lower town for many days that spring.")
    for _, heading in HEADS:
        run = document.add_paragraph().add_run(heading)
        run.bold, run.font.size = True, Pt(14)
        document.add_paragraph(BODY)
    doc = _read(document)
    assert doc.sections[0].title == "The Long Winter A Town Under Water, 1881"
    assert [s.title for s in doc.sections[1:]] == [title for _, title in HEADS]


def test_a_page_break_inside_a_sentence_leaves_one_paragraph() -> None:
    document = _document(numbered=False)
    paragraph = document.add_paragraph("The levee held through the night, and in the morning the")
    paragraph.runs[0].add_break(WD_BREAK.PAGE)
    paragraph.add_run(" water began at last to fall.")
    doc = _read(document)
    assert "The levee held through the night, and in the morning the water began at last to fall." in _paragraphs(doc)


def test_label_lines_over_headings_typed_without_styles_are_their_labels() -> None:
    document = docx.Document()
    title = document.add_paragraph().add_run("Flood Year")
    title.bold, title.font.size = True, Pt(24)
    document.add_paragraph("The water stood in the streets of the lower town for many days that spring.")
    for label, heading in HEADS:
        _label_paragraph(document, label)
        run = document.add_paragraph().add_run(heading)
        run.bold, run.font.size = True, Pt(14)
        document.add_paragraph(BODY)
    doc = _read(document)
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Flood Year"), ("One", "The Thaw"), ("Two", "The River Rises"), ("Three", "The Levee")]


# round 44: a callout's kind over its title ("Note" / the box's title, both bold: GitHub alerts as
# markdown-to-Word converters print them) names the box, no label of its section


def test_a_callout_kind_over_its_title_is_left_out_no_label() -> None:
    doc = _typed_document("Note", None)
    assert [(s.label, s.title) for s in doc.sections[1:]] == [(None, "The Thaw"), (None, "The River Rises")]
    assert "Note" not in _paragraphs(doc)


def test_without_the_switch_the_callout_kind_labels_its_section(monkeypatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "callout_kinds", 0)
    doc = _typed_document("Warning:", None)
    assert [s.label for s in doc.sections[1:]] == ["Warning:", "Warning:"]
