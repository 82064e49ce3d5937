"""DOCX reader: a document made of lines placed on the page in frames or floating text boxes
(as converters from PDF write one), stored out of reading order, is read page by page, column
by column, top to bottom, its lines joined into paragraphs by the page's line pitch (invented
documents)."""

from __future__ import annotations

import io
import random

from docx import Document
from docx.oxml import parse_xml

from vitrina.ingest import docx as docx_reader

_W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_BOX_NS = (f'{_W} xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
_TWIPS_TO_EMU = 635

_LEFT = ["The first lamp on the pier was lit in", "1851 by the harbour master himself.", "It burned whale oil until 1870.",
         "The keepers trimmed the wicks at", "dusk and wrote the weather down."]
_RIGHT = ["A storm in 1881 broke the lantern", "glass and the lamp was dark for a", "month.",
          "The new lens came from Paris and", "is still in the tower today."]
_PARAGRAPHS = ["The first lamp on the pier was lit in 1851 by the harbour master himself. It burned whale oil until 1870.",
               "The keepers trimmed the wicks at dusk and wrote the weather down.",
               "A storm in 1881 broke the lantern glass and the lamp was dark for a month.",
               "The new lens came from Paris and is still in the tower today."]


def _frame(text: str, x: int, y: int, bold: bool) -> str:
    return (f'<w:p {_W}><w:pPr><w:framePr w:w="4000" w:hAnchor="page" w:vAnchor="page" w:x="{x}" w:y="{y}"/></w:pPr>'
            f'<w:r><w:rPr>{"<w:b/>" if bold else ""}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r></w:p>')


def _box(text: str, x: int, y: int, bold: bool) -> str:
    offset = (f'<wp:positionH relativeFrom="page"><wp:posOffset>{x * _TWIPS_TO_EMU}</wp:posOffset></wp:positionH>'
              f'<wp:positionV relativeFrom="page"><wp:posOffset>{y * _TWIPS_TO_EMU}</wp:posOffset></wp:positionV>'
              )
    return (f'<w:p {_BOX_NS}><w:r><w:drawing><wp:anchor behindDoc="0" simplePos="0" relativeHeight="1" locked="0" '
            f'layoutInCell="1" allowOverlap="1" distT="0" distB="0" distL="0" distR="0"><wp:simplePos x="0" y="0"/>{offset}'
            '<wp:extent cx="2540000" cy="180000"/><wp:wrapNone/><wp:docPr id="1" name="Line"/><a:graphic>'
            '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
            f'<wps:txbx><w:txbxContent><w:p><w:r><w:rPr>{"<w:b/>" if bold else ""}</w:rPr>'
            f'<w:t xml:space="preserve">{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp>'
            '</a:graphicData></a:graphic></wp:anchor></w:drawing></w:r></w:p>')


def _lines() -> list[tuple[str, int, int, bool]]:
    """The title over two columns; each column two paragraphs, the second set 10 pt lower, indented."""
    lines = [("The Harbour Lamps", 1440, 1000, True)]
    for x, column in ((1440, _LEFT), (6500, _RIGHT)):
        y = 1600
        for n, text in enumerate(column):
            y += 200 if n == 3 else 0
            lines.append((text, x + (200 if n == 3 else 0), y, False))
            y += 280
    return lines


def _document(place, lines, seed: int = 3) -> bytes:
    doc = Document()
    sect = doc.element.body[-1]
    lines = list(lines)
    random.Random(seed).shuffle(lines)
    for text, x, y, bold in lines:
        sect.addprevious(parse_xml(place(text, x, y, bold)))
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _read(data: bytes):
    [doc] = docx_reader.read(data, "lamps.docx")
    return doc


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


def test_framed_lines_out_of_order_are_read_in_page_order() -> None:
    doc = _read(_document(_frame, _lines()))
    assert doc.sections[0].title == "The Harbour Lamps"
    assert _paragraphs(doc) == _PARAGRAPHS


def test_lines_in_floating_text_boxes_are_read_in_page_order() -> None:
    doc = _read(_document(_box, _lines()))
    assert _paragraphs(doc) == _PARAGRAPHS


def test_pages_are_read_in_turn() -> None:
    first = [(text, x, y, bold) for text, x, y, bold in _lines() if x < 6000]
    doc = Document()
    sect = doc.element.body[-1]
    for text, x, y, bold in reversed(first):
        sect.addprevious(parse_xml(_frame(text, x, y, bold)))
    sect.addprevious(parse_xml(f'<w:p {_W}><w:r><w:br w:type="page"/></w:r></w:p>'))
    for text, x, y, _ in reversed(first[1:]):  # (other words: a line printed again at a page's edge is a running line)
        sect.addprevious(parse_xml(_frame(text.replace("lamp", "light").replace("the", "its"), x, y - 400, False)))
    out = io.BytesIO()
    doc.save(out)
    paragraphs = _paragraphs(_read(out.getvalue()))
    assert paragraphs[:2] == _PARAGRAPHS[:2]
    assert paragraphs[2].startswith("The first light")


def test_a_document_with_one_frame_keeps_its_file_order() -> None:
    doc = Document()
    for text in _PARAGRAPHS:
        doc.add_paragraph(text)
    sect = doc.element.body[-1]
    sect.addprevious(parse_xml(_frame("Lamp room open on Sundays", 6500, 900, False)))
    out = io.BytesIO()
    doc.save(out)
    assert _paragraphs(_read(out.getvalue()))[:4] == _PARAGRAPHS


def test_the_switch_turns_page_order_off(monkeypatch) -> None:
    monkeypatch.setitem(docx_reader.DOCX_SWITCHES, "placed_text", 0)
    assert _paragraphs(_read(_document(_frame, _lines()))) != _PARAGRAPHS


def test_indented_first_lines_are_no_column_of_their_own() -> None:
    """Three paragraphs whose first lines are indented (left edges shared by three lines, as a
    column's) within full-width lines, written bottom to top: one column, read top to bottom."""
    texts = [["The keepers trimmed the wicks at dusk and wrote", "the weather down in the log."],
             ["A storm in 1881 broke the lantern glass and the", "lamp was dark for a month."],
             ["The new lens came from Paris and it is still", "in the tower today."]]
    lines, y = [], 1600
    for paragraph in texts:
        for n, text in enumerate(paragraph):
            lines.append((text, 1880 if n == 0 else 1600, y))
            y += 280
    doc = Document()
    sect = doc.element.body[-1]
    for text, x, y in reversed(lines):
        sect.addprevious(parse_xml(_frame(text, x, y, False).replace('w:w="4000"', 'w:w="9600"')))
    out = io.BytesIO()
    doc.save(out)
    assert _paragraphs(_read(out.getvalue())) == [" ".join(p) for p in texts]


def test_two_columns_of_frames_as_wide_as_the_page_stay_two_columns() -> None:
    doc = Document()
    sect = doc.element.body[-1]
    for text, x, y, bold in reversed(_lines()):
        sect.addprevious(parse_xml(_frame(text, x, y, bold).replace('w:w="4000"', 'w:w="9600"')))
    out = io.BytesIO()
    doc.save(out)
    assert _paragraphs(_read(out.getvalue())) == _PARAGRAPHS
