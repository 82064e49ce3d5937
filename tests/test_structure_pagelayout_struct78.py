"""PDF page layout, round 58 (struct78): an edge pair flush with the text's left edge past labels hanging in the
margin (``hanging_label_edges``); numbers on tabs at the page's outer edge labelling the nearest heading
(``edge_tabs``); a line ending on a function word over the title opening it (``title_openings``). Pages built here
from glyph lines (invented content)."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import LIMITS, Placed

BODY = "The tide mill ground corn for the parish for two hundred years"


def _hanging(label: str, title: str, x: float, text_x: float, top: float, size: float = 10.0) -> TextLine:
    """A heading line with its label hanging in the margin at ``x``, its words from ``text_x`` (one space between,
    as the extraction writes a wide blank)."""
    label_line, words = glyph_line(1, x, top, label + " ", size), glyph_line(1, text_x, top, title, size)
    return TextLine(1, f"{label} {title}", [*label_line.boxes, *words.boxes], size, True, False)


def _hanging_page() -> PdfContent:
    lines = [_hanging("1", "THE TIDE POOL", 40, 80, 100)]
    lines += [glyph_line(1, 80, 120 + 14 * k, BODY, 10) for k in range(12)]
    lines += [glyph_line(1, 80, 760, "Quay Museum · Room 2", 8), glyph_line(1, 380, 760, "2.4", 9, bold=True)]
    return PdfContent([PageGeometry(1, 612, 792, lines)])


def test_text_left_is_past_a_hanging_label():
    assert pagelayout._text_left(_hanging("1", "THE TIDE POOL", 40, 80, 100)) == 80
    assert pagelayout._text_left(_hanging("1", "THE TIDE POOL", 40, 50, 100)) == 40  # (a label set close: no margin)
    assert pagelayout._text_left(glyph_line(1, 40, 100, "The tide pool", 10)) == 40


def test_edge_pair_flush_with_the_words_not_the_hanging_labels():
    content = _hanging_page()
    found = pagelayout._edge_pairs(content, set(), 10.0)
    assert {line.text for page in content.pages for line in page.lines if id(line) in found} == {
        "Quay Museum · Room 2", "2.4"}


def test_edge_pair_with_hanging_labels_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(LIMITS, "hanging_label_edges", 0)
    assert pagelayout._edge_pairs(_hanging_page(), set(), 10.0) == set()


def _tab_page() -> tuple[PdfContent, list[Placed]]:
    heads = [glyph_line(1, 60, 50, "The Flood Gate", 14, bold=True), glyph_line(1, 60, 300, "Sluice Keepers", 14, bold=True),
             glyph_line(1, 400, 200, "What Is Left", 14, bold=True)]
    body = [glyph_line(1, 60, 70 + 14 * k, BODY[:48], 10) for k in range(14)]
    body += [glyph_line(1, 400, 220 + 14 * k, BODY[:40], 10) for k in range(6)]
    tabs = [glyph_line(1, 10, 110, "1", 18, bold=True), glyph_line(1, 10, 350, "2", 18, bold=True),
            glyph_line(1, 700, 180, "3", 18, bold=True)]
    content = PdfContent([PageGeometry(1, 720, 500, [*heads, *body, *tabs])])
    placed = [Placed(line, (1, 0), 0.0, 720.0, kind="heading") for line in heads]
    return content, placed


def test_edge_tabs_label_the_nearest_heading():
    content, placed = _tab_page()
    tabs = pagelayout._edge_tabs(content, set())
    lines: list[TextLine] = [line for line in content.pages[0].lines if id(line) in tabs]
    assert sorted(line.text for line in lines) == ["1", "2", "3"]
    pagelayout._edge_tabs_to_headings(placed, lines)
    assert [(p.line.text, p.tab) for p in placed] == [
        ("The Flood Gate", "1"), ("Sluice Keepers", "2"), ("What Is Left", "3")]


def test_a_tab_level_with_a_heading_labels_it_however_far():
    content, placed = _tab_page()
    tab = glyph_line(1, 700, 300, "4", 18, bold=True)
    pagelayout._edge_tabs_to_headings(placed, [tab])
    assert placed[1].tab == "4"


def test_one_number_in_the_margin_is_no_series_of_tabs():
    content, _ = _tab_page()
    content.pages[0].lines = [line for line in content.pages[0].lines if line.text not in ("2", "3")]
    assert pagelayout._edge_tabs(content, set()) == set()


def test_edge_tabs_off(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(LIMITS, "edge_tabs", 0)
    assert pagelayout._edge_tabs(_tab_page()[0], set()) == set()


def test_a_line_ending_on_a_function_word_over_the_title_opens_it():
    title = glyph_line(1, 400, 84, "Drowned Village", 46, bold=True)
    opening = Placed(glyph_line(1, 400, 62, "Walking to the", 18), (1, 1), 400.0, 800.0, kind="heading")
    kicker = Placed(glyph_line(1, 400, 62, "Summer Walks", 18), (1, 1), 400.0, 800.0, kind="heading")
    assert pagelayout._title_opening_apart([opening], title) is opening
    assert pagelayout._title_opening_apart([kicker], title) is None


def _kicker_run(kicker_text: str) -> list[Placed]:
    kicker = Placed(glyph_line(1, 60, 392, kicker_text, 9), (1, 2), 60.0, 400.0, kind="caption")
    heading = Placed(glyph_line(1, 60, 402, "4.3 The Lock Keepers", 15, bold=True), (1, 2), 60.0, 400.0, kind="heading")
    return [kicker, heading]


def test_a_line_in_capitals_in_caption_type_over_a_heading_is_its_kicker():
    placed = _kicker_run("A LONELY POST")
    pagelayout._caption_type_kickers(placed)
    assert placed[0].kind == "heading"


def test_a_caption_in_sentence_case_over_a_heading_stays_a_caption():
    placed = _kicker_run("A lock keeper's lamp, about 1890.")
    pagelayout._caption_type_kickers(placed)
    assert placed[0].kind == "caption"



def _classified(monkeypatch: pytest.MonkeyPatch, on: int) -> str:
    monkeypatch.setitem(LIMITS, "caption_type_kickers", on)
    body = [glyph_line(1, 60, 100 + 14 * k, BODY[:56], 11) for k in range(16)]
    kicker = glyph_line(1, 60, 392, "A LONELY POST", 9)
    heading = glyph_line(1, 60, 402, "4.3 The Lock Keepers", 15, bold=True)
    after = [glyph_line(1, 60, 424 + 14 * k, BODY[:56], 11) for k in range(6)]
    lines = [*body, kicker, heading, *after]
    placed = [Placed(line, (1, 0), 60.0, 400.0) for line in lines]
    pagelayout.classify(placed, PdfContent([PageGeometry(1, 612, 792, lines)]))
    return next(p.kind for p in placed if p.line is kicker)


def test_classify_reads_the_kicker_as_a_heading_line(monkeypatch: pytest.MonkeyPatch):
    assert _classified(monkeypatch, 1) == "heading"
    assert _classified(monkeypatch, 0) == "caption"
