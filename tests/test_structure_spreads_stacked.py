"""A tall sheet holding two pages one over the other (a sheet folded across the middle) is cut into
them, upper first; a folded leaflet's back panel, printed head down beside its cover, is read after
the inside. Every text is invented."""

from __future__ import annotations

from dataclasses import replace

from tests._pdf_helpers import glyph_line
from vitrina.structure import spreads
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

WIDTH, HEIGHT = 595.0, 842.0
HALF = HEIGHT / 2
FOOT = "Orchard Lane Gallery \u00b7 Apple Growing"

UPPER_LEFT = ["The first orchards of the valley were planted by", "monks who grafted their trees from cuttings", "brought over the hills on the backs of"]
UPPER_RIGHT = ["mules, and several of their old varieties are", "still picked in the autumn by the villagers."]
LOWER_LEFT = ["In the cold spring of one bad year the blossom", "froze on the branches, and the growers lit"]
LOWER_RIGHT = ["fires of wet straw between the rows to keep", "the frost off the young fruit until dawn."]


def _column(page: int, x: float, top: float, texts: list[str]) -> list[TextLine]:
    return [glyph_line(page, x, top + 13 * k, text, 10) for k, text in enumerate(texts)]


def _stacked_sheet(number: int = 1, foot: str = FOOT) -> PageGeometry:
    """Two columns over the fold, two under it, the same foot line closing each half at the left."""
    lines = [glyph_line(number, 40, 40, "The Monks' Orchards", 14, bold=True)]
    lines += _column(number, 40, 60, UPPER_LEFT) + _column(number, 320, 60, UPPER_RIGHT)
    lines.append(glyph_line(number, 40, HALF - 30, foot, 7))
    lines.append(glyph_line(number, 40, HALF + 40, "The Frost Fires", 14, bold=True))
    lines += _column(number, 40, HALF + 60, LOWER_LEFT) + _column(number, 320, HALF + 60, LOWER_RIGHT)
    lines.append(glyph_line(number, 40, HEIGHT - 30, foot, 7))
    return PageGeometry(number, WIDTH, HEIGHT, lines)


def test_a_sheet_with_a_frame_in_each_half_is_cut_upper_first() -> None:
    reading, sheets = spreads.reading_pages(PdfContent([_stacked_sheet()]))
    assert sheets == [(1, 0.0, 0.0), (1, 0.0, HALF)]
    assert reading.pages[1].lines[0].text == "The Frost Fires" and reading.pages[1].lines[0].top == 40


def test_the_upper_half_is_read_whole_before_the_lower() -> None:
    text = " ".join(rebuild_pdf(PdfContent([_stacked_sheet()]), "orchard", "/tmp/orchard.pdf").text.split())
    assert "on the backs of mules, and several" in text
    assert text.index("picked in the autumn") < text.index("The Frost Fires")


def test_frames_side_by_side_in_each_half_are_no_stacked_pages() -> None:
    """Four cards imposed two by two: the foot lines stand level in pairs in each half."""
    page = _stacked_sheet(foot=FOOT + " 1")
    page.lines += [glyph_line(1, 320, HALF - 30, FOOT + " 2", 7), glyph_line(1, 320, HEIGHT - 30, FOOT + " 4", 7)]
    reading, sheets = spreads.reading_pages(PdfContent([page]))
    assert sheets == [] and len(reading.pages) == 1


def test_a_line_across_the_middle_keeps_the_sheet_whole() -> None:
    page = _stacked_sheet()
    page.lines.append(glyph_line(1, 40, HALF - 4, "A caption set across the fold of the sheet.", 8))
    assert spreads.reading_pages(PdfContent([page]))[1] == []


def test_different_foot_lines_are_no_two_frames() -> None:
    page = _stacked_sheet()
    page.lines[-1] = glyph_line(1, 40, HEIGHT - 30, "Printed on recycled paper", 7)
    assert spreads.reading_pages(PdfContent([page]))[1] == []


def _leaflet() -> PdfContent:
    """A sheet folded across the middle: side 1 the cover upright under the back set head down (its turned part,
    read upright), side 2 the inside."""
    cover = PageGeometry(1, WIDTH, HEIGHT, [glyph_line(1, 40, HALF + 80, "Apples of the Valley", 40, bold=True),
                                           glyph_line(1, 40, HALF + 140, "A walk through the old orchards.", 12)])
    back = PageGeometry(1, WIDTH, HEIGHT, [glyph_line(1, 40, HALF + 60, "Visiting the Orchards", 12, bold=True),
                                          glyph_line(1, 40, HALF + 80, "The orchards open every day in the picking season.", 9)])
    return PdfContent([replace(cover, turned_half=back), _stacked_sheet(2)])


def test_a_leaflets_back_set_head_down_is_read_after_its_inside() -> None:
    reading, sheets = spreads.reading_pages(_leaflet())
    firsts = [page.lines[0].text for page in reading.pages]
    assert firsts == ["Apples of the Valley", "The Monks' Orchards", "The Frost Fires", "Visiting the Orchards"]
    assert sheets[-1] == (1, 0.0, HALF)


def test_a_single_sheet_reads_its_turned_part_after_its_upright_part() -> None:
    content = _leaflet()
    reading, _sheets = spreads.reading_pages(PdfContent(content.pages[:1]))
    assert [page.lines[0].text for page in reading.pages] == ["Apples of the Valley", "Visiting the Orchards"]


def test_the_lower_pages_boxes_are_put_back_on_the_sheet() -> None:
    doc = rebuild_pdf(PdfContent([_stacked_sheet()]), "orchard", "/tmp/orchard.pdf")
    start = doc.text.index("The Frost Fires")
    box = doc.source_map.box(start, start + 9)
    assert box is not None and box[0] == 1 and box[2] >= HALF
