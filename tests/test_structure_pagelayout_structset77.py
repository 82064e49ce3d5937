"""PDF reading, round 57 (structset77): a place and a date alone under a title set in two types (a title and its
deck) is the panel's date line, no third part of the title (``placed_dates_unkicked``). Every text is invented;
pages built from glyph lines."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

BODY = ["The rope walk ran for a quarter of a mile behind the dockyard wall, and every",
        "cable of the fleet was laid there by hand from hemp that the barges brought down",
        "the river each week from the farms of the flat country to the east of the town."]


def _titled(date_line: str) -> PdfContent:
    lines = [glyph_line(1, 40, 60, "The Rope Walk", 46), glyph_line(1, 40, 120, "Hemp and Tar on the River, 1790", 22),
             glyph_line(1, 40, 185, date_line, 24)]
    lines += [glyph_line(1, 40, 235 + 18 * n, text, 14) for n, text in enumerate(BODY)]
    for n, head in enumerate(("The Spinners", "The Wheel")):
        lines.append(glyph_line(1, 40, 330 + 90 * n, head, 14, True))
        lines += [glyph_line(1, 40, 350 + 90 * n + 14 * k, text, 10) for k, text in enumerate(BODY)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [], [])])


def _title(content: PdfContent) -> str:
    return rebuild_pdf(content, "rope", "/tmp/rope.pdf").sections[0].title


@pytest.mark.parametrize("date_line", ["Chatham, 1790–1842", "Chatham, May 1790"])
def test_a_placed_date_under_a_title_and_its_deck_joins_no_title(date_line: str) -> None:
    assert _title(_titled(date_line)) == "The Rope Walk Hemp and Tar on the River, 1790"


def test_placed_dates_unkicked_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "placed_dates_unkicked", 0)
    assert "Chatham" in _title(_titled("Chatham, 1790–1842"))


def test_a_reference_mark_glued_to_a_figure_is_the_notes_call(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.model import Piece
    from vitrina.structure import assemble

    pieces = [Piece("the walk opened in 1790* and closed in 1842.", None)]
    assert "".join(p.text for p in assemble.without_note_calls(pieces, frozenset({"*"}))) == (
        "the walk opened in 1790 and closed in 1842.")
    monkeypatch.setattr(assemble, "MARKS_ON_FIGURES", 0)
    assert assemble.without_note_calls(pieces, frozenset({"*"})) == pieces


def _carried_page(box_size: float) -> tuple[list, list]:
    before = [glyph_line(1, 40, 700, "* The walk's first ledger is lost; the yard's own books give 1790 for the", 7.5)]
    lines = [glyph_line(2, 40, 100 + 14 * n, text, 10.5) for n, text in enumerate(BODY)]
    lines.append(glyph_line(2, 50, 200, "Why Tar Keeps Rope", 11, True))
    lines += [glyph_line(2, 50, 216 + 12 * n, text, box_size) for n, text in enumerate(
        ["Tar keeps water out of the fibre, so that a cable stays strong in salt water.",
         "The yard boiled its own tar in a copper at the far end of the walk."])]
    lines.append(glyph_line(2, 40, 760, "first cable laid in the spring.", 7.5))
    return before, lines


def test_a_note_carried_over_leaves_a_box_in_another_small_type(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure import zones

    before, lines = _carried_page(9)
    assert {line.text for line in lines if id(line) in zones.carried_foot_notes(before, lines, 10.5)} == {
        "first cable laid in the spring."}
    monkeypatch.setitem(zones.ZONE_LIMITS, "carried_note_type", 0)
    assert len(zones.carried_foot_notes(before, lines, 10.5)) == 3


ROWS = ["Year        Event", "1790        The walk opened", "1815        The tar house built", "1842        The walk closed"]
PROSE = ["The rope walk ran for a quarter of a mile behind the dockyard wall, and",
         "every cable of the fleet was laid there by hand from hemp brought down",
         "the river by barge from the farms of the flat country to the east."]


def _dated_table_page() -> PdfContent:
    lines = [glyph_line(1, 40, 14, "The Rope Walk", 30, True), glyph_line(1, 40, 100, "The Spinners", 14, True)]
    lines += [glyph_line(1, 40, 122 + 13 * n, text, 10) for n, text in enumerate(PROSE)]
    lines.append(glyph_line(1, 40, 180, "The walk in dates", 8.5, italic=True))
    lines += [glyph_line(1, 40, 194 + 11 * n, row, 8) for n, row in enumerate(ROWS)]
    lines += [glyph_line(1, 40, 260, "The Tar House", 14, True)]
    lines += [glyph_line(1, 40, 282 + 13 * n, text, 10) for n, text in enumerate(PROSE)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [])])


def _kinds(text: str) -> list[str]:
    doc = rebuild_pdf(_dated_table_page(), "rope", "/tmp/rope.pdf")
    return [b.kind for b in doc.blocks if doc.text[b.start : b.end] == text]


def test_a_caption_type_title_over_a_table_is_the_tables(monkeypatch: pytest.MonkeyPatch) -> None:
    assert _kinds("The walk in dates") == ["table"]
    monkeypatch.setitem(pagelayout.LIMITS, "caption_table_titles", 0)
    assert _kinds("The walk in dates") != ["table"]
