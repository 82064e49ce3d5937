"""PDF page layout, round 59 (structset81): numbers on tabs along the sheet's top edge labelling the page's
headings in order (``top_edge_tabs``); a numbered kicker over a heading opening on its own section number
(``numbered_heads_keep_labels``); a credit turned up a picture's edge counted among no rows of the caption
printed over it (``zones.overlay_turned_uncounted``); a credit set before its caption ending on a colon
(``leadcredits.colon_ends``). Pages built here from glyph lines; every text is invented."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout, zones
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.leadcredits import LEAD_CREDITS, credit_end
from vitrina.structure.pagelayout import LIMITS, Placed
from vitrina.structure.zones import ZONE_LIMITS

BODY = "The tide mill ground corn for the parish for two hundred"


def _panel_page() -> tuple[PdfContent, list[Placed]]:
    """Three panels side by side; the second panel's heading stands at the foot of the first panel."""
    heads = [glyph_line(1, 20, 60, "The Mill Pond", 14, bold=True), glyph_line(1, 20, 420, "The Miller", 14, bold=True),
             glyph_line(1, 600, 300, "The Last Harvest", 14, bold=True)]
    body = [glyph_line(1, x, 80 + 14 * k, BODY[:40], 10) for x in (20, 300, 600) for k in range(12)]
    tabs = [glyph_line(1, 30 + 280 * k, 10, str(k + 1), 14, bold=True) for k in range(3)]
    content = PdfContent([PageGeometry(1, 860, 600, [*heads, *body, *tabs])])
    placed = [Placed(line, (1, 0), 0.0, 860.0, kind="heading") for line in heads]
    placed += [Placed(line, (1, 0), 0.0, 860.0, kind="body") for line in body]
    return content, placed


def _tabs(content: PdfContent) -> list[TextLine]:
    found = pagelayout._edge_tabs(content, set())
    return [line for line in content.pages[0].lines if id(line) in found]


def test_tabs_along_the_top_edge_are_edge_tabs():
    assert sorted(line.text for line in _tabs(_panel_page()[0])) == ["1", "2", "3"]


def test_top_tabs_label_the_pages_headings_in_order():
    content, placed = _panel_page()
    pagelayout._edge_tabs_to_headings(placed, _tabs(content))
    assert [(p.line.text, p.tab) for p in placed if p.kind == "heading"] == [
        ("The Mill Pond", "1"), ("The Miller", "2"), ("The Last Harvest", "3")]


def test_top_tabs_fewer_than_the_headings_go_to_the_nearest():
    content, placed = _panel_page()
    extra = glyph_line(1, 320, 500, "The Granary", 14, bold=True)
    placed.append(Placed(extra, (1, 0), 0.0, 860.0, kind="heading"))
    pagelayout._edge_tabs_to_headings(placed, _tabs(content))
    assert placed[1].tab is None  # not by rank: the second tab goes to the second panel's own heading
    assert placed[-1].tab == "2"


def test_top_edge_tabs_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(LIMITS, "top_edge_tabs", 0)
    assert _tabs(_panel_page()[0]) == []


@pytest.mark.parametrize(("text", "number"), [("4.3", True), ("2.1.", True), ("3.", True), ("1734", False),
                                              ("The", False)])
def test_section_number(text: str, number: bool):
    assert (pagelayout._SECTION_NUMBER.match(text) is not None) == number


def _pictured_page(credit_turned: bool) -> PageGeometry:
    body = [glyph_line(1, 40, 60 + 14 * k, BODY[:40], 12) for k in range(30)]
    caption = [glyph_line(1, 330, 200 + 12 * k, text, 9) for k, text in enumerate(
        ["A miller's wooden scoop, carved from one", "piece of beech and worn smooth by use."])]
    credit = glyph_line(1, 520, 100, "Mill Trust", 7)
    credit = replace(credit, rotated=True) if credit_turned else credit
    return PageGeometry(1, 612, 792, [*body, *caption, credit], regions=[(320.0, 60.0, 560.0, 240.0)])


def test_a_turned_credit_is_no_row_of_an_overlaid_caption():
    page = _pictured_page(credit_turned=True)
    assert zones.overlay_boxes(page) == [(320.0, 60.0, 560.0, 240.0)]


def test_turned_credit_counted_with_the_switch_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(ZONE_LIMITS, "overlay_lines", 2)
    assert zones.overlay_boxes(_pictured_page(credit_turned=True)) != []
    monkeypatch.setitem(ZONE_LIMITS, "overlay_turned_uncounted", 0)
    assert zones.overlay_boxes(_pictured_page(credit_turned=True)) == []


def test_a_credit_before_its_caption_may_end_on_a_colon(monkeypatch: pytest.MonkeyPatch):
    text = "Courtesy of the Weir Print Room, Ashby: Engraved view of the mill from the lock gate."
    words = text.split(" ")
    assert credit_end(words) == 7
    monkeypatch.setitem(LEAD_CREDITS, "colon_ends", 0)
    assert credit_end(words) is None


def test_a_leads_own_colon_closes_no_credit():
    text = "Photo: Ann Reed. A brass scoop used at the mill in the summer of 1890."
    assert credit_end(text.split(" ")) == 3
