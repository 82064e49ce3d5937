"""PDF layout, round 46: a side panel set on its edge in small type (a bold heading over prose)
is kept and read upright as a section; a turned title's deck beside it is read with it; a
heading over an imprint's lines ("Open daily · Free entry") is a visitor panel, no text; the
only turned line of a page reading as an imprint is furniture. Pages drawn with reportlab;
every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf
from vitrina.structure import pagelayout

BODY = [
    "The canal was dug by hand between the two rivers over",
    "eleven summers, and the spoil was carried off in baskets",
    "to raise the towpath along its bank. The locks were built",
    "of stone from the hills and their gates of oak cut in the",
    "forests to the north, and each took a season to finish.",
]
PANEL = [
    "Each lock raised a boat about two metres, and a full boat took",
    "some ten minutes to pass through when the keeper was awake.",
]


def _turned(c, x: float, y: float, text: str, font: str, size: float) -> None:
    c.saveState()
    c.translate(x, y)
    c.rotate(90)
    c.setFont(font, size)
    c.drawString(0, 0, text)
    c.restoreState()


def _panel_page(c, _page: int) -> None:
    c.setFont("Helvetica-Bold", 20)
    c.drawString(60, 740, "The Old Canal")
    draw_lines(c, 60, 700, BODY, size=11, leading=14)
    _turned(c, 520, 300, "How Deep Is a Lock?", "Helvetica-Bold", 10)
    for k, line in enumerate(PANEL):
        _turned(c, 534 + 10 * k, 300, line, "Helvetica", 7.5)
    _turned(c, 575, 300, "CANAL ROOM · SHEET 4", "Helvetica-Bold", 11)


def _sections(doc) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for section in doc.sections:
        out[section.title] = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks
                              if b.section == section.id and b.kind == "paragraph"]
    return out


def test_a_turned_side_panel_in_small_type_is_read_upright_under_its_heading() -> None:
    [doc] = pdf.read(canvas_pdf(_panel_page), "canal.pdf")
    sections = _sections(doc)
    assert sections.get("How Deep Is a Lock?") == [" ".join(PANEL)]


def test_the_turned_imprint_alone_is_no_text() -> None:
    [doc] = pdf.read(canvas_pdf(_panel_page), "canal.pdf")
    assert "SHEET 4" not in doc.text


def test_without_the_switch_the_panels_small_lines_are_left_out(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "turned_panels", 0)
    [doc] = pdf.read(canvas_pdf(_panel_page), "canal.pdf")
    assert "ten minutes" not in doc.text


def _cover(c, _page: int) -> None:
    _turned(c, 80, 420, "Along the Cut", "Helvetica-Bold", 26)
    _turned(c, 96, 420, "Boats and Keepers on the Canal", "Times-Italic", 13)
    c.setFont("Helvetica-Bold", 8)
    c.drawString(140, 740, "Canal Museum")
    c.setFont("Helvetica", 8)
    c.drawString(140, 730, "Wharf Road, upper floor")
    c.drawString(140, 720, "Open daily 10-4 · Free entry")
    c.drawString(140, 710, "Sheet 3 · Please take one")
    draw_lines(c, 140, 680, BODY, size=11, leading=14)


def test_a_turned_titles_deck_is_read_with_it_and_the_visitor_panel_left_out() -> None:
    [doc] = pdf.read(canvas_pdf(_cover), "cut.pdf")
    titles = [s.title for s in doc.sections]
    assert "Along the Cut Boats and Keepers on the Canal" in titles
    assert "Wharf Road" not in doc.text and "Free entry" not in doc.text
    assert " ".join(BODY) in " ".join(doc.text.split())
