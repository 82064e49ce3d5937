"""Section titles set turned in a band beside their blocks (a wall panel's coloured strip,
each title reading up the page, its letter hanging before the block's first line), an
angle-free title over them; a paragraph broken by a picture page; folios counting the
pages; headings counting by roman numerals. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines, glyph_line
from vitrina.ingest import pdf
from vitrina.structure import pagelayout
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

WALL = [
    "The quay was built of granite brought down the river on flat barges, and",
    "the masons set each block by hand with a lever and a wooden mallet until",
    "the whole face stood plumb against the tide.",
]
LAMP = [
    "The lamp burned colza oil at first and paraffin later, and the keeper",
    "trimmed its wicks at dusk and again at midnight through the long winter,",
    "writing the hours of each watch in a ledger kept on the landing.",
]
BANDS = [("A", "The Harbour Wall", WALL), ("B", "The Lamp Room", LAMP)]


@pytest.fixture
def panel_pdf() -> bytes:
    pytest.importorskip("reportlab")

    def draw(c, _number: int) -> None:
        c.setFont("Times-Bold", 30)
        c.drawString(60, 720, "Lights on the Quay")
        draw_lines(c, 60, 690, ["A panel on the harbour and its lighthouse, built in the same ten years."],
                   font="Helvetica", size=12)
        y = 640
        for letter, title, lines in BANDS:
            c.setFont("Times-Bold", 22)
            c.drawString(72, y, letter)  # the label hanging before the block's edge
            draw_lines(c, 110, y, lines, font="Times-Roman", size=11, leading=14)
            c.saveState()
            c.translate(90, y - 40)
            c.rotate(90)  # the section's title reading up the band
            c.setFont("Helvetica-Bold", 9)
            c.drawString(0, 0, title)
            c.restoreState()
            y -= 120

    return canvas_pdf(draw)


def _sections(data: bytes) -> list[tuple[str | None, str]]:
    doc = pdf.read(data, "/tmp/panel.pdf")[0]
    return [(s.label, s.title) for s in doc.sections]


def test_turned_titles_in_a_band_head_the_blocks_beside_them(panel_pdf):
    assert _sections(panel_pdf)[1:] == [("A", "The Harbour Wall"), ("B", "The Lamp Room")]
    text = pdf.read(panel_pdf, "/tmp/panel.pdf")[0].text
    assert "The quay was built of granite" in text and "A The quay" not in text


def test_without_the_rule_the_turned_titles_head_nothing(panel_pdf, monkeypatch):
    monkeypatch.setitem(pagelayout.LIMITS, "turned_block_heads", 0)
    assert ("A", "The Harbour Wall") not in _sections(panel_pdf)


# a paragraph going on over a page given to a picture, its caption under the picture
OPEN = ["The keeper lived in the cottage under the tower and every evening", "he climbed"]
ON = ["the hundred steps with a can of oil in each hand.", "The tower was painted white each spring."]


def _picture_document() -> PdfContent:
    first = [glyph_line(1, 60, 80, "The Keeper", 16, bold=True)]
    first += [glyph_line(1, 60, 110 + 14 * k, text, 11) for k, text in enumerate(OPEN)]
    caption = [glyph_line(2, 60, 780, "The tower from the quay at low water, with the keeper's", 9),
               glyph_line(2, 60, 792, "cottage and its garden wall beside it.", 9),
               glyph_line(2, 60, 804, "Photo: Quay Heritage Trust, QHT 12.4", 8, italic=True)]
    picture = PageGeometry(2, 595, 842, caption, images=[ImageBox(2, (40.0, 40.0, 555.0, 760.0), (800, 1100))])
    last = [glyph_line(3, 60, 80 + 14 * k, text, 11) for k, text in enumerate(ON)]
    return PdfContent([PageGeometry(1, 595, 842, first), picture, PageGeometry(3, 595, 842, last)])


def test_a_paragraph_goes_on_over_a_picture_page():
    """(as it did before round 34: the caption is read after the paragraph's end)"""
    doc = rebuild_pdf(_picture_document(), "keeper", "/tmp/keeper.pdf")
    assert "he climbed the hundred steps" in doc.text
    assert doc.text.index("hundred steps") < doc.text.index("The tower from the quay")


def _folio_document() -> PdfContent:
    body = ["The mill stood on the weir and ground corn for three parishes until the",
            "flood of the wet year carried its wheel away and the miller moved inland."]
    pages = []
    for number in (1, 2, 3):
        lines = [glyph_line(number, 60, 120 + 14 * k, text, 11) for k, text in enumerate(body)]
        if number == 1:
            lines.append(glyph_line(1, 60, 800, "40", 9, bold=True))
        if number == 3:
            lines += [glyph_line(3, 60, 40, "Notes from the Mill Archive", 8.6), glyph_line(3, 520, 40, "42", 9)]
        pages.append(PageGeometry(number, 595, 842, lines))
    return PdfContent(pages)


def test_numbers_counting_the_pages_are_folios_and_a_head_level_with_one_is_running():
    doc = rebuild_pdf(_folio_document(), "mill", "/tmp/mill.pdf")
    assert "42" not in doc.text and "Notes from the Mill Archive" not in doc.text


def test_without_the_count_the_third_page_folio_stays(monkeypatch):
    monkeypatch.setitem(pagelayout.LIMITS, "counted_folios", 0)
    monkeypatch.setitem(pagelayout.LIMITS, "edge_pair_numbers", 0)  # (round 43: the head and its number, a pair)
    assert "42" in rebuild_pdf(_folio_document(), "mill", "/tmp/mill.pdf").text


def _roman_document() -> PdfContent:
    lines = [glyph_line(1, 60, 40, "The River Crossings", 24, bold=True)]
    top = 90.0
    for head in ("I The Ford", "II The Ferry", "III The Bridge"):
        lines.append(glyph_line(1, 60, top, head, 11.5, bold=True))
        lines += [glyph_line(1, 60, top + 20 + 14 * k, text, 11) for k, text in enumerate(WALL)]
        top += 90
    return PdfContent([PageGeometry(1, 595, 842, lines)])


def test_headings_counting_by_roman_numerals_take_them_as_labels():
    doc = rebuild_pdf(_roman_document(), "river", "/tmp/river.pdf")
    assert [(s.label, s.title) for s in doc.sections][1:] == [("I", "The Ford"), ("II", "The Ferry"),
                                                             ("III", "The Bridge")]


def test_without_lettered_series_the_numerals_stay_in_the_titles(monkeypatch):
    monkeypatch.setitem(pagelayout.LIMITS, "lettered_heads", 0)
    doc = rebuild_pdf(_roman_document(), "river", "/tmp/river.pdf")
    assert "II The Ferry" in [s.title for s in doc.sections]
