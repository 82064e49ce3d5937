"""Sheets holding two pages side by side are cut into their pages, in reading order.
Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure import spreads
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

WIDTH, HEIGHT = 842.0, 595.0
HALF = WIDTH / 2
FOOTER = "Valley Mill Trust \u00b7 Visitor guide"


def _page_text(x: float, page: int, title: str, body: list[str], number: int | None) -> list[TextLine]:
    lines = [glyph_line(page, x + 50, 60, title, 14, True)]
    lines += [glyph_line(page, x + 50, 90 + 13 * k, text, 9.5) for k, text in enumerate(body)]
    if number is not None:
        lines.append(glyph_line(page, x + 50, 560, FOOTER, 7.5))
        lines.append(glyph_line(page, x + 340, 560, str(number), 8))
    return lines


PAGES = {
    1: ("The Mill on the Weir", ["The mill ground corn for the parish for three hundred years."], None),
    2: ("The Wheel", ["Its wheel was of oak until an iron one replaced it in the year of the flood."], 2),
    3: ("The Miller", ["The last miller kept bees in the orchard behind the mill house."], 3),
    4: ("Visiting", ["The mill opens on summer weekends, and the orchard all year round."], None),
}


def _sheet(number: int, left: int, right: int) -> PageGeometry:
    lines = _page_text(0, number, PAGES[left][0], PAGES[left][1], PAGES[left][2])
    lines += _page_text(HALF, number, PAGES[right][0], PAGES[right][1], PAGES[right][2])
    return PageGeometry(number, WIDTH, HEIGHT, lines)


def _booklet() -> PdfContent:
    """A four-page folded booklet as printer's spreads: [4 | 1], then [2 | 3]."""
    return PdfContent([_sheet(1, 4, 1), _sheet(2, 2, 3)])


def test_printer_spreads_are_read_in_page_order() -> None:
    reading, sheets = spreads.reading_pages(_booklet())
    titles = [page.lines[0].text for page in reading.pages]
    assert titles == [PAGES[n][0] for n in (1, 2, 3, 4)]
    assert sheets == [(1, HALF, 0.0), (2, 0.0, 0.0), (2, HALF, 0.0), (1, 0.0, 0.0)]
    assert all(line.x0 < HALF for page in reading.pages for line in page.lines)


def test_a_rebuilt_booklet_keeps_its_sheets_coordinates() -> None:
    doc = rebuild_pdf(_booklet(), "mill", "/tmp/mill.pdf")
    assert [s.title for s in doc.sections][:4] == [PAGES[n][0] for n in (1, 2, 3, 4)]
    start = doc.text.index("The last miller")
    box = doc.source_map.box(start, start + 8)
    assert box is not None and box[0] == 2 and box[1] > HALF


def test_a_wide_page_without_two_page_frames_is_left_whole() -> None:
    lines = [glyph_line(1, 50, 90 + 13 * k, "A line of a panel set across its two columns here.", 9.5)
             for k in range(4)]
    lines += [glyph_line(1, 480, 90 + 13 * k, "The other column of the same panel goes on here.", 9.5)
              for k in range(4)]
    lines.append(glyph_line(1, 50, 560, FOOTER, 7.5))
    content = PdfContent([PageGeometry(1, WIDTH, HEIGHT, lines)])
    reading, sheets = spreads.reading_pages(content)
    assert sheets == [] and reading is content


def test_reader_spreads_without_numbers_read_side_by_side() -> None:
    sheet = _sheet(1, 2, 3)
    assert spreads.reading_pages(PdfContent([sheet]))[1] == [(1, 0.0, 0.0), (1, HALF, 0.0)]


def _panel_sheet(labels: list[str]) -> PdfContent:
    """A folded leaflet's inside: four panels across one wide sheet, a unit label over each of
    the first three panels' headings ("Walk 1" … level with each other near the top)."""
    lines: list[TextLine] = []
    for k, label in enumerate(labels):
        x = 20 + k * (WIDTH / 4)
        if label:
            lines.append(glyph_line(1, x, 40, label, 9, True))
        lines.append(glyph_line(1, x, 60, f"Panel {k + 1}", 15, True))
        lines += [glyph_line(1, x, 90 + 13 * n, "The walk goes on here.", 10)
                  for n in range(6)]
    return PdfContent([PageGeometry(1, WIDTH, HEIGHT, lines)])


def test_a_row_of_unit_labels_across_the_panels_is_no_page_furniture() -> None:
    content = _panel_sheet(["Walk 1", "Walk 2", "Walk 3"])
    reading, sheets = spreads.reading_pages(content)
    assert sheets == [] and reading is content


def test_one_like_line_in_each_half_still_shows_two_page_frames() -> None:
    content = _panel_sheet(["Walk 1", "", "Walk 3"])
    assert len(spreads.reading_pages(content)[1]) == 2
