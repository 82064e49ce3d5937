"""Round 42 (structset46): a sheet printed both ways up -- a French fold, its inside spread set
head down over the cover and the back panel -- is read as two pages, each upright: the outside
(cover first, the back panel after the inside), then the inside. Drawn with reportlab; every
text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf
from vitrina.structure import spreads

INSIDE = [
    "The canal company cut the first lock in the spring of 1794 and opened the",
    "summit pound a year later, when the reservoir on the moor had filled at last.",
    "Boatmen paid the toll at the lock cottage, where the keeper wrote every cargo",
    "into a ledger that the company's clerk collected at the end of each month.",
    "The railway bought the canal in 1846 and let the upper locks fall into ruin,",
    "so that by the end of the century the summit pound was dry for half the year.",
]
LEDE = ["A guide to the flight of locks that", "lifted the boats over the moor, to", "the summit pound where they waited",
        "for water, and to the reservoir that", "fed the pound through dry summers."]
BACK = ["The reservoir on the moor still holds water, and", "the towpath from the bottom lock to the summit is",
        "open to walkers from Easter to the end of October.", "Boots are needed after rain, when the clay of the",
        "old bank turns to mud along its whole length."]
ADDRESS = ["Summit Canal Society", "Lock Cottage, Moor Lane", "Open Saturdays, 10-4"]


def _draw(c, _number: int) -> None:
    c.saveState()  # the inside spread, set head down on the sheet's upper half
    c.translate(580, 420)
    c.rotate(180)
    c.setFont("Helvetica-Bold", 14)
    c.drawString(0, 0, "Cutting the Summit")
    c.setFont("Helvetica", 10)
    for k, text in enumerate(INSIDE):
        c.drawString(0, -24 - 13 * k, text)
    c.restoreState()
    c.setFont("Helvetica-Bold", 12)  # the back panel, left of the outside
    c.drawString(40, 330, "Visiting the Reservoir")
    c.setFont("Helvetica", 11)
    for k, text in enumerate(BACK):
        c.drawString(40, 312 - 14 * k, text)
    c.setFont("Helvetica", 10)
    for k, text in enumerate(ADDRESS):
        c.drawString(40, 120 - 13 * k, text)
    c.setFont("Helvetica-Bold", 9)
    c.drawString(330, 385, "A GUIDE TO THE CANAL GALLERY")
    c.setFont("Helvetica-Bold", 26)  # the cover, right of it
    c.drawString(330, 360, "The Summit")
    c.drawString(330, 330, "and the Moor:")
    c.drawString(330, 300, "A Canal, 1794")
    c.setFont("Helvetica", 13)
    for k, text in enumerate(LEDE):
        c.drawString(330, 270 - 16 * k, text)


@pytest.fixture
def fold() -> bytes:
    pytest.importorskip("reportlab")
    return canvas_pdf(_draw)


def _text(data: bytes) -> str:
    [doc] = pdf.read(data, "/tmp/summit.pdf")
    return " ".join(doc.text.split())


def _blocks(data: bytes) -> list[tuple[str, str]]:
    [doc] = pdf.read(data, "/tmp/summit.pdf")
    return [(b.kind, " ".join(doc.text[b.start:b.end].split())) for b in doc.blocks]


def test_the_sheet_is_read_cover_inside_back(fold: bytes) -> None:
    text = _text(fold)
    assert " ".join(INSIDE) in text
    cover, inside, back = (text.index(part) for part in ("The Summit and the Moor: A Canal, 1794", "Cutting the Summit", "Visiting the Reservoir"))
    assert cover < inside < back
    assert ("paragraph", " ".join(LEDE)) in _blocks(fold)
    assert _blocks(fold)[0] == ("heading", "The Summit and the Moor: A Canal, 1794")


def test_each_part_is_read_upright_on_its_half_of_the_sheet(fold: bytes) -> None:
    [page] = pdf.read_geometry(fold).pages
    assert page.turned_half is not None
    assert not any(line.rotated for line in [*page.lines, *page.turned_half.lines])
    reading, sheets = spreads.reading_pages(pdf.read_geometry(fold))
    assert [p.height for p in reading.pages] == [396.0, 396.0]
    assert [sheet for sheet, _dx, _dy in sheets] == [1, 1]
    assert reading.pages[0].lines[0].page == 1 and reading.pages[1].lines[0].page == 2


def test_without_the_rule_the_outside_is_read_as_turned_lines(fold: bytes, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pdf.PAGE_LIMITS, "turned_half_share", 0)
    [page] = pdf.read_geometry(fold).pages
    assert page.turned_half is None
    assert any(line.rotated and "Summit" in line.text for line in page.lines)


def test_a_page_set_upright_has_no_turned_half() -> None:
    pytest.importorskip("reportlab")

    def upright(c, _number: int) -> None:
        c.setFont("Helvetica", 10)
        for k, text in enumerate(INSIDE):
            c.drawString(40, 700 - 13 * k, text)

    [page] = pdf.read_geometry(canvas_pdf(upright)).pages
    assert page.turned_half is None
