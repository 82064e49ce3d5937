"""Headings and cards set out in table cells: a dotted section number in its own cell beside
the heading labels it; a card number with its picture word ("Cat. 4") over a caption is the
caption's number, not a heading; an imprint set too small to read is no text; a column
opening in lower case under a picture carries on the paragraph, it is no caption.
Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.captions import NAMED_CARD_NUMBER, alone_label
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

WEIR = [
    "The weir was rebuilt in stone after the flood had carried the timber one away,",
    "and the new sluice let the miller hold back the river through a dry summer.",
    "Eels were trapped in baskets at its foot, and the catch paid the keeper's rent.",
    "Boats were hauled round it on rollers until a lock was cut beside the mill.",
]


def _line(x: float, top: float, text: str, size: float = 10.0, bold: bool = False, page: int = 1) -> TextLine:
    return glyph_line(page, x, top, text, size, bold=bold)


def _body(x: float, top: float, texts: list[str], page: int = 1) -> list[TextLine]:
    return [_line(x, top + 14 * k, text, 10.0, page=page) for k, text in enumerate(texts)]


def _read(lines: list[TextLine], images: list[ImageBox] | None = None):
    return rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, images or [])]), "weir", "/tmp/weir.pdf")


def test_a_dotted_number_alone_is_a_label() -> None:
    assert alone_label("3.4") == "3.4" and alone_label("12.1.2") == "12.1.2"
    assert alone_label("3.4.5.6.7") is None and alone_label("3,4") is None


def test_a_dotted_number_in_its_own_cell_beside_the_heading_labels_it() -> None:
    lines = [_line(50, 40, "The River Weir", 24, bold=True), *_body(50, 80, WEIR[:2])]
    lines += [_line(130, 140, "Keeping the Sluice", 12.5, bold=True), _line(50, 139, "2.3", 15, bold=True)]
    lines += _body(50, 170, WEIR[2:])
    doc = _read(lines)
    assert [(s.label, s.title) for s in doc.sections] == [(None, "The River Weir"), ("2.3", "Keeping the Sluice")]


def test_a_card_number_with_its_picture_word_numbers_the_caption() -> None:
    assert NAMED_CARD_NUMBER.match("Cat. 31") and NAMED_CARD_NUMBER.match("fig 2")
    assert not NAMED_CARD_NUMBER.match("Case 3") and not NAMED_CARD_NUMBER.match("Cat. 31 Handbill")
    lines = [_line(50, 40, "The River Weir", 24, bold=True), *_body(50, 80, WEIR)]
    lines += [_line(60, 200, "Cat. 4", 9, bold=True), _line(60, 213, "An eel basket woven from willow.", 8),
              _line(60, 225, "Lent by the Millbank Society", 6.4)]
    doc = _read(lines)
    assert [s.title for s in doc.sections] == ["The River Weir"]
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("An eel basket woven from willow.", "Lent by the Millbank Society")]


def test_an_imprint_too_small_to_read_is_no_text() -> None:
    lines = [_line(50, 40, "The River Weir", 24, bold=True), *_body(50, 80, WEIR)]
    lines += [_line(3, 150, "Made with a layout engine", 1.0), _line(50, 200, "Photo: Ivo Marsh", 7)]
    doc = _read(lines)
    assert "layout engine" not in doc.text
    assert any("Eels were trapped" in doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph")


def test_a_column_going_on_in_lower_case_under_a_picture_is_no_caption() -> None:
    words = " ".join(WEIR * 3).split()
    column = [" ".join(words[k : k + 7]) for k in range(0, len(words), 7)]
    left = column[: len(column) // 2]
    left[-1] = "and the keeper walked the bank to the"
    lines = [_line(50, 40, "The River Weir", 24, bold=True)]
    lines += [_line(50, 230, "Keeping the Sluice", 12.5, bold=True), *_body(50, 250, left)]
    lines += [_line(320, 230, "mill."), *_body(320, 250, column[len(column) // 2 :])]
    picture = ImageBox(1, (50.0, 80.0, 560.0, 215.0), (100, 30))
    doc = _read(lines, [picture])
    assert not any(b.kind == "caption" for b in doc.blocks)
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any("to the mill." in p for p in paragraphs)


def test_a_numbered_badge_in_smaller_type_beside_the_heading_labels_it() -> None:
    lines = [_line(50, 40, "The River Weir", 24, bold=True), *_body(50, 80, WEIR[:2])]
    lines += [_line(130, 137, "Keeping the Sluice", 13.5, bold=True), _line(58, 140, "Stage 2", 9.5, bold=True)]
    lines += _body(50, 170, WEIR[2:])
    doc = _read(lines)
    assert [(s.label, s.title) for s in doc.sections] == [(None, "The River Weir"), ("Stage 2", "Keeping the Sluice")]
