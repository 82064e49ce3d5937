"""DOCX reader, round 45 (structset53): a heading set in a text box drawn inline (``wp:inline``,
in the line like a character, with Word's VML fallback copy) is read where it stands: the box's
label line over its heading labels the section. Documents built here with
python-docx (invented content); each test fails with its ``DOCX_SWITCHES`` entry off."""

from __future__ import annotations

import io

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from vitrina.ingest import docx as docx_reader

TEXT = [
    "The ferry left the north shore at first light, and the carters waited on the slipway with their loads.",
    "In winter the crossing took an hour, and the ferryman kept a lamp lit in the bow against the fog.",
    "A new bridge upstream took the carts away, and the last ferry ran on a wet morning in March.",
]
HEADS = [("Part 1", "The Slipway"), ("Part 2", "Winter Crossings"), ("Part 3", "The Last Run")]


@pytest.fixture
def switches():
    saved = dict(docx_reader.DOCX_SWITCHES)
    yield docx_reader.DOCX_SWITCHES
    docx_reader.DOCX_SWITCHES.update(saved)


def _box(label: str, title: str) -> str:
    """A run holding an inline DrawingML text box (label line, heading line) and its VML fallback."""
    content = (f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="18"/></w:rPr><w:t>{label}</w:t></w:r></w:p>'
               f'<w:p><w:r><w:rPr><w:b/><w:sz w:val="30"/></w:rPr><w:t>{title}</w:t></w:r></w:p>')
    return (
        f'<w:r {nsdecls("w", "wp", "a")} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"'
        ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"'
        ' xmlns:v="urn:schemas-microsoft-com:vml"><mc:AlternateContent>'
        '<mc:Choice Requires="wps"><w:drawing><wp:inline><wp:docPr id="5" name="Heading box"/><a:graphic>'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
        f"<wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic>"
        "</wp:inline></w:drawing></mc:Choice>"
        '<mc:Fallback><w:pict><v:roundrect><v:textbox>'
        f"<w:txbxContent>{content}</w:txbxContent></v:textbox></v:roundrect></w:pict></mc:Fallback>"
        "</mc:AlternateContent></w:r>")


def _document() -> bytes:
    document = docx.Document()
    document.add_paragraph("The River Ferry", style="Title")
    document.add_paragraph("For three centuries a flat boat carried carts and cattle across the estuary.")
    for (label, title), text in zip(HEADS, TEXT, strict=True):
        document.add_paragraph()._p.append(parse_xml(_box(label, title)))
        document.add_paragraph(text)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _read():
    [doc] = docx_reader.read(_document(), "ferry.docx")
    return doc


def _under(doc, section) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.section == section.id and b.kind == "paragraph"]


def test_an_inline_heading_box_is_read_where_it_stands_with_its_label() -> None:
    doc = _read()
    assert [(s.label, s.title) for s in doc.sections[1:]] == [(label[-1], title) for label, title in HEADS]
    assert [_under(doc, s) for s in doc.sections[1:]] == [[t] for t in TEXT]
    assert doc.text.count("Winter Crossings") == 1  # the fallback copy is not read


def test_without_the_switch_the_boxes_are_read_after_the_text(switches) -> None:
    switches["inline_text_boxes"] = 0
    doc = _read()
    assert _under(doc, doc.sections[0])[1:] == TEXT  # the headings come after all the text
    assert all(not _under(doc, s) for s in doc.sections[1:])


def test_without_the_label_rule_the_label_line_heads_the_box(switches) -> None:
    switches["boxed_label_lines"] = 0
    doc = _read()
    assert [s.title for s in doc.sections[1:]] == [label for label, _title in HEADS]
