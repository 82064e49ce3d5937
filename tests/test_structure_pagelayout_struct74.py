"""Round 56 (struct74, PDF): the running heads of facing pages, each its own words with the folio
at the outer edge ("14 The Island Year" on the left page, "The School 15" on the right), are
running lines (``facing_folio_heads``); a line opened by a drop cap spans its own letters' height
(``drop_cap_extent``); small capitals giving every word a full-size initial read their inner
function words in lower case (``assemble.SMALL_CAPS_SWITCHES``); a number on a tab alone on its
heading's row labels it (``row_tabs``); a caption's key stands right over it (``key_caption_gap``);
a dashed attribution wraps onto a second line (``wrapped_dash_attributions``); a drawing's legend
under its box is the picture's (``zones.drawing_legends``). Every text is invented."""

from __future__ import annotations

from array import array

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import assemble
from vitrina.structure.geometry import TextLine
from vitrina.structure.pagelayout import (
    LIMITS,
    Placed,
    _facing_folio_heads,
    _keys_over_captions,
    _tab_badges_to_headings,
    with_drop_caps,
)


@pytest.mark.parametrize(("texts", "running"), [
    (("14 The Island Year", "The School 15"), True),
    (("14 The Island Year", "The School 16"), False),  # the folios do not count the pages
    (("The Island Year 14", "15 The School"), False),  # folios at the inner edges: no book's running heads
    (("1 The Harbour", "2 The School"), False),  # numbered headings, each opening a page
    (("14 The Island Year", "Part 15"), False),  # a unit's label alone
])
def test_facing_folio_heads(texts: tuple[str, str], running: bool) -> None:
    lines = [glyph_line(page, 72.0, 40.0, text, size=9.0) for page, text in enumerate(texts, start=1)]
    candidates = [(line, "t", 0.05) for line in lines]
    assert _facing_folio_heads(candidates) == ({id(line) for line in lines} if running else set())


def test_facing_folio_heads_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "facing_folio_heads", 0)
    lines = [glyph_line(page, 72.0, 40.0, text, size=9.0) for page, text in [(1, "14 The Year"), (2, "The School 15")]]
    assert _facing_folio_heads([(line, "t", 0.05) for line in lines]) == set()


def _capped(top: float, text: str, size: float = 10.0, cap: float = 30.0) -> TextLine:
    """A line whose first letter is a drop cap ``cap`` tall, its top level with the line's and hanging below."""
    boxes = array("d")
    x = 40.0
    for k in range(len(text)):
        if k == 0:
            boxes.extend((x, top, x + cap / 2, top + cap))
            x += cap / 2
        else:
            boxes.extend((x, top, x + size / 2, top + size))
            x += size / 2
    return TextLine(1, text, boxes, size, False, False)


def test_a_line_opened_by_a_drop_cap_spans_its_own_letters() -> None:
    [line] = with_drop_caps([_capped(100, "Walls of flint rose round the harbour town")])
    assert (line.top, line.bottom) == (100, 110)


def test_drop_cap_extent_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(LIMITS, "drop_cap_extent", 0)
    [line] = with_drop_caps([_capped(100, "Walls of flint rose round the harbour town")])
    assert (line.top, line.bottom) == (100, 130)


@pytest.mark.parametrize(("text", "read"), [
    ("A Keeper With A Lamp", "A Keeper with a Lamp"),
    ("The Lamp And The Keeper In Winter", "The Lamp and the Keeper in Winter"),
    ("Lamps of the Coast", "Lamps of the Coast"),  # the sizes show a case of their own
    ("Keepers Of", "Keepers Of"),  # a last word keeps its capital
])
def test_initials_everywhere(text: str, read: str) -> None:
    assert assemble._initials_everywhere(text) == read


def test_initials_everywhere_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(assemble.SMALL_CAPS_SWITCHES, "function_words_lowered", 0)
    assert assemble._initials_everywhere("A Keeper With A Lamp") == "A Keeper With A Lamp"


def _placed(line: TextLine, column: int, kind: str = "heading") -> Placed:
    return Placed(line, (line.page, column), line.x0, line.x1, kind=kind)


def _tabbed_page(with_beside: bool) -> list[Placed]:
    """A heading at the left column's top and its number on a tab at the page's right edge, level with it;
    ``with_beside``: a line of the right column set level with them too."""
    title = _placed(glyph_line(1, 36.0, 40.0, "The Salt Stores", size=14.0), 10)
    body = _placed(glyph_line(1, 36.0, 62.0, "Salt came up the river in barges every week of the year.", size=11.0), 10, "body")
    tab = _placed(glyph_line(1, 580.0, 41.0, "1", size=13.0), 11)
    page = [title, body, tab]
    if with_beside:
        page.append(_placed(glyph_line(1, 303.0, 42.0, "Carts took it on to the towns.", size=11.0), 11, "body"))
    return page


def test_a_tab_alone_on_its_row_labels_the_heading_level_with_it() -> None:
    page = _tabbed_page(False)
    _tab_badges_to_headings(page)
    assert [p.line.text for p in page][:2] == ["1", "The Salt Stores"]


def test_a_line_between_on_the_row_leaves_the_number_where_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    page = _tabbed_page(True)
    _tab_badges_to_headings(page)
    assert page[0].line.text == "The Salt Stores"
    monkeypatch.setitem(LIMITS, "row_tabs", 0)
    page = _tabbed_page(False)
    _tab_badges_to_headings(page)
    assert page[0].line.text == "The Salt Stores"


def test_a_label_opening_a_column_of_text_is_no_tab() -> None:
    title = _placed(glyph_line(1, 36.0, 40.0, "The Salt Stores", size=14.0), 10)
    label = _placed(glyph_line(1, 303.0, 41.0, "Case 3", size=13.0), 11)
    under = _placed(glyph_line(1, 303.0, 62.0, "Barges brought salt up the river to the stores.", size=11.0), 11, "body")
    page = [title, label, under]
    _tab_badges_to_headings(page)
    assert [p.line.text for p in page][:2] == ["The Salt Stores", "Case 3"]


def _key_over_caption(gap: float) -> list[Placed]:
    key = _placed(glyph_line(1, 303.0, 40.0, "1", size=9.0), 11)
    caption = _placed(glyph_line(1, 303.0, 49.0 + gap, "A salt barge at the quay, 1890.", size=8.0), 11, "caption")
    return [key, caption]


@pytest.mark.parametrize(("gap", "kind"), [(2.0, "number"), (100.0, "heading")])
def test_a_key_stands_right_over_its_caption(gap: float, kind: str) -> None:
    placed = _key_over_caption(gap)
    _keys_over_captions(placed, 10.0)
    assert placed[0].kind == kind


@pytest.mark.parametrize(("text", "size", "goes_on"), [
    ("master's clerk, 1842", 8.5, True),
    ("Master of the harbour", 8.5, False),  # a line of its own, opening in a capital
    ("master's clerk, 1842", 12.0, False),  # in another type: the text going on
])
def test_a_dashed_attribution_wraps_onto_a_second_line(text: str, size: float, goes_on: bool) -> None:
    from vitrina.structure.pagelayout import _attribution_wrap

    dash = _placed(glyph_line(1, 414.0, 790.0, "— Letter of a harbour", size=8.5), 3, "heading")
    wrap = _placed(glyph_line(1, 414.0, 800.5, text, size=size), 3, "caption")
    assert _attribution_wrap(dash, wrap) is goes_on


def test_wrapped_dash_attributions_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure.pagelayout import _attribution_wrap

    monkeypatch.setitem(LIMITS, "wrapped_dash_attributions", 0)
    dash = _placed(glyph_line(1, 414.0, 790.0, "— Letter of a harbour", size=8.5), 3, "heading")
    wrap = _placed(glyph_line(1, 414.0, 800.5, "master's clerk, 1842", size=8.5), 3, "caption")
    assert not _attribution_wrap(dash, wrap)


def _drawing_page(keys: list[str], size: float = 6.5) -> tuple:
    from vitrina.structure.geometry import PageGeometry

    lines = [glyph_line(1, 322.0, 668.0, "Parts of the lamp", size=7.0)]
    lines += [glyph_line(1, 322.0, 677.0 + 8.0 * k, text, size=size) for k, text in enumerate(keys)]
    body = glyph_line(1, 172.0, 668.0, "bought the new lamps, and", size=11.0)
    return PageGeometry(1, 595.0, 842.0, [body, *lines], regions=[(322.0, 596.0, 434.0, 666.0)]), lines


@pytest.mark.parametrize(("keys", "size", "legend"), [
    (["A wick and its holder", "B glass hood", "C oil reservoir"], 6.5, True),
    (["A wick and its holder", "C glass hood", "D oil reservoir"], 6.5, False),  # keys not counting on
    (["A wick and its holder", "B glass hood"], 6.5, False),  # too few
    (["A wick and its holder", "B glass hood", "C oil reservoir"], 11.0, False),  # in the body's type
])
def test_drawing_legends(keys: list[str], size: float, legend: bool) -> None:
    from vitrina.structure import zones

    page, lines = _drawing_page(keys, size)
    assert zones.drawing_legends(page, 11.0) == ({id(line) for line in lines} if legend else set())


def test_drawing_legends_switch(monkeypatch: pytest.MonkeyPatch) -> None:
    from vitrina.structure import zones

    monkeypatch.setitem(zones.ZONE_LIMITS, "drawing_legends", 0)
    page, _lines = _drawing_page(["A wick and its holder", "B glass hood", "C oil reservoir"])
    assert zones.drawing_legends(page, 11.0) == set()
