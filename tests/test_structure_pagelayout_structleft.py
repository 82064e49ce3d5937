"""Round 45 structleft layout methods, each on invented text: a page read again without a
periodical's nameplate (its kicker no label, its deck the title's second part); a story
carried over to a later page by jump lines read in one piece; a jump line naming its story
after a colon; a wide blank band parting two regions in columns (a folded leaflet's strips);
an address block centred under a larger name; a kicker set apart over the title; a panel
number alone at a page's foot; a boxed table's title over padding."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure import keytables, pagelayout
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf
from vitrina.structure.plainlayout import is_jump_line

PROSE = [
    "The ferry crossed the estuary four times a day and carried carts and cattle over",
    "the water whenever the tide allowed, its deck loaded from a ramp of oak planks.",
    "The ferryman kept a lamp at the landing and a horn to call the boat in the fog.",
    "Farmers paid in coin or in eggs, and the tolls were written in a leather book.",
]


def _line(page: int, x: float, top: float, text: str, size: float = 10.0, bold: bool = False,
          italic: bool = False) -> TextLine:
    return glyph_line(page, x, top, text, size, bold, italic)


def _paragraphs(doc) -> list[str]:
    return [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]


# ------------------------------------------------------------------ nameplate read again


def _newsletter() -> PdfContent:
    lines = [_line(1, 72, 40, "The Ferry Post", 36, bold=True),
             _line(1, 72, 84, "Newsletter of the Estuary Society · Winter edition", 8),
             _line(1, 72, 110, "FROM THE ARCHIVE", 8, bold=True),
             _line(1, 72, 124, "Boats on the Estuary", 24, bold=True),
             _line(1, 72, 154, "The Ferry Crossing, 1850", 16, italic=True)]
    lines += [_line(1, 72, 190 + 12 * k, text) for k, text in enumerate(PROSE)]
    lines += [_line(1, 72, 250, "The Landing", 12, bold=True)]
    lines += [_line(1, 72, 270 + 12 * k, text) for k, text in enumerate(PROSE)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [])])


def test_without_its_nameplate_the_headline_takes_its_deck_and_loses_its_kicker() -> None:
    doc = rebuild_pdf(_newsletter(), "ferry", "/tmp/ferry.pdf")
    assert [(s.label, s.title) for s in doc.sections] == [
        (None, "Boats on the Estuary The Ferry Crossing, 1850"), (None, "The Landing")]


def test_with_the_reread_off_the_nameplate_stays_and_the_kicker_labels_the_headline(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "nameplate_reread", 0)
    doc = rebuild_pdf(_newsletter(), "ferry", "/tmp/ferry.pdf")
    assert doc.sections[0].title == "The Ferry Post"
    assert ("FROM THE ARCHIVE", "Boats on the Estuary") in [(s.label, s.title) for s in doc.sections]


# ------------------------------------------------------------------ jumps


def test_a_jump_line_may_name_its_story_after_a_colon() -> None:
    assert is_jump_line("\u25c2 Continued from page 1: The Ferry Crossing")
    assert is_jump_line("Continued on page 6: Boats and Tolls")
    assert not is_jump_line("Continued from page 1: the boat was late that day.")
    assert not is_jump_line("Ferry tolls: Continued from page 1")


def _jumped(order_pages: int = 3) -> PdfContent:
    first = [_line(1, 72, 40, "The Ferry Crossing", 24, bold=True)]
    first += [_line(1, 72, 80 + 12 * k, text) for k, text in enumerate(PROSE[:3])]
    first += [_line(1, 72, 116, "The ferryman was paid by the parish, and his wages came"),
              _line(1, 300, 140, "Continued on page 3", 8, italic=True)]
    second = [_line(2, 72, 60, "Boats and Tolls", 16, bold=True)]
    second += [_line(2, 72, 90 + 12 * k, text) for k, text in enumerate(PROSE)]
    third = [_line(3, 72, 40, "Continued from page 1: The Ferry Crossing", 8, italic=True),
             _line(3, 72, 60, "twice a year with a sack of flour."),
             _line(3, 72, 90, "Timber for the Ramp", 16, bold=True)]
    third += [_line(3, 72, 120 + 12 * k, text) for k, text in enumerate(PROSE)]
    pages = [PageGeometry(1, 612, 792, first, []), PageGeometry(2, 612, 792, second, []),
             PageGeometry(3, 612, 792, third, [])]
    return PdfContent(pages[:order_pages])


def test_a_story_carried_over_two_pages_on_reads_in_one_piece() -> None:
    doc = rebuild_pdf(_jumped(), "ferry", "/tmp/ferry.pdf")
    assert "Continued" not in doc.text
    assert any(p.endswith("his wages came twice a year with a sack of flour.") for p in _paragraphs(doc))
    assert [s.title for s in doc.sections] == ["The Ferry Crossing", "Boats and Tolls", "Timber for the Ramp"]


def test_with_the_rule_off_the_carried_part_stays_on_its_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "jumps_rejoined", 0)
    doc = rebuild_pdf(_jumped(), "ferry", "/tmp/ferry.pdf")
    assert not any(p.endswith("his wages came twice a year with a sack of flour.") for p in _paragraphs(doc))


# ------------------------------------------------------------------ folded strips


def _strips() -> PdfContent:
    left = ["The ferry crossed the estuary four times", "a day and carried carts and cattle over",
            "the water whenever the tide allowed, and", "its deck was loaded from a ramp of oak"]
    right = ["planks laid on the shingle at low water.", "The ferryman kept a lamp at the landing",
             "and a horn to call the boat in the fog.", "Farmers paid in coin or in eggs each week."]
    lower_left = ["The tolls were written in a leather book", "that the parish clerk checked at Easter.",
                  "Carts paid twice what a walker paid, and", "a drover paid for every beast he led."]
    lower_right = ["The book survives in the county archive", "with the ferryman's mark on each page.",
                   "It records a crossing in a great storm", "when the boat was blown far downstream."]
    lines = [_line(1, 40, 40, "The Ferry Crossing", 20, bold=True)]
    for x, texts, top in ((40, left, 80), (320, right, 80), (40, lower_left, 330), (320, lower_right, 330)):
        lines += [_line(1, x, top + 12 * k, text) for k, text in enumerate(texts)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [])])


def test_a_wide_blank_band_parts_two_strips_in_columns() -> None:
    doc = rebuild_pdf(_strips(), "ferry", "/tmp/ferry.pdf")
    assert any("ramp of oak planks laid on the shingle" in p for p in _paragraphs(doc))


def test_with_the_fold_gap_off_the_columns_run_down_the_page(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "fold_gap", 0)
    doc = rebuild_pdf(_strips(), "ferry", "/tmp/ferry.pdf")
    assert not any("ramp of oak planks laid on the shingle" in p for p in _paragraphs(doc))


# ------------------------------------------------------------------ address block, kicker, panel number


def _centred(page: int, middle: float, top: float, text: str, size: float, bold: bool = False) -> TextLine:
    return _line(page, middle - len(text) * size / 4, top, text, size, bold)


def _leaflet_back() -> PdfContent:
    lines = [_line(1, 40, 40, "The Ferry Crossing", 20, bold=True)]
    lines += [_line(1, 40, 80 + 12 * k, text) for k, text in enumerate(PROSE * 2)]
    lines += [_centred(1, 300, 300, "Estuary Ferry Museum", 14, bold=True),
              _centred(1, 300, 320, "12 Quay Street, Saltmouth", 9),
              _centred(1, 300, 334, "Open daily 10–4 · Free entry", 9)]
    lines += [_line(1, 40, 380 + 12 * k, text) for k, text in enumerate(PROSE)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [])])


def test_a_centred_address_block_under_a_larger_name_is_no_text() -> None:
    doc = rebuild_pdf(_leaflet_back(), "ferry", "/tmp/ferry.pdf")
    assert "Ferry Museum" not in doc.text and "Quay Street" not in doc.text
    assert [s.title for s in doc.sections] == ["The Ferry Crossing"]


def test_with_address_names_off_the_name_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "address_names", 0)
    # (round 46's rule takes the block for its "Open daily · Free entry" line too: off, to see this one's work)
    monkeypatch.setitem(pagelayout.LIMITS, "imprints_by_parts", 0)
    doc = rebuild_pdf(_leaflet_back(), "ferry", "/tmp/ferry.pdf")
    assert "Ferry Museum" in doc.text


def test_a_panel_number_alone_at_the_foot_is_no_caption() -> None:
    lines = [_line(1, 40, 40, "The Ferry Crossing", 20, bold=True)]
    lines += [_line(1, 40, 80 + 12 * k, text) for k, text in enumerate(PROSE * 2)]
    lines += [_line(1, 500, 760, "Panel 3.2", 9)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [])]), "ferry", "/tmp/ferry.pdf")
    assert "Panel 3.2" not in doc.text


def test_a_panel_label_over_text_at_the_foot_stays() -> None:
    lines = [_line(1, 40, 40, "The Ferry Crossing", 20, bold=True)]
    lines += [_line(1, 40, 80 + 12 * k, text) for k, text in enumerate(PROSE * 2)]
    lines += [_line(1, 40, 700, "Panel 3", 9), _line(1, 40, 720, PROSE[0]), _line(1, 40, 732, PROSE[1])]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [])]), "ferry", "/tmp/ferry.pdf")
    assert "Panel 3" in doc.text


# ------------------------------------------------------------------ a boxed table's title


def _cell(text: str, x0: float, top: float, bold: bool = False, size: float = 8.0) -> TextLine:
    boxes: list[float] = []
    for i in range(len(text)):
        boxes += [x0 + 4 * i, top, x0 + 4 * i + 4, top + size]
    return TextLine(page=1, text=text, boxes=boxes, size=size, bold=bold, italic=False)


def _boxed_contents(gap: float) -> list[TextLine]:
    lines = [_cell("The ferry crossed the estuary four times a day with carts.", 40, 100, size=10),
             _cell("In this issue", 40, 140, bold=True)]
    for k, (label, value) in enumerate((("Page 2", "Tolls and fares"), ("Page 3", "The ramp"),
                                        ("Page 4", "Letters"))):
        lines += [_cell(label, 42 + 120 * k, 140 + gap, bold=True), _cell(value, 42 + 120 * k, 152 + gap)]
    return lines


def test_a_boxed_table_takes_its_title_over_the_padding() -> None:
    assert 1 in keytables.key_table_lines(_boxed_contents(36))


def test_a_line_between_keeps_the_far_title_out() -> None:
    lines = _boxed_contents(36)
    lines.append(_cell("A note on the fares.", 44, 158))
    assert 1 not in keytables.key_table_lines(lines)


def test_with_the_clear_gap_off_the_far_title_stays(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(keytables.LIMITS, "clear_title_gap", 0)
    assert 1 not in keytables.key_table_lines(_boxed_contents(36))


# ------------------------------------------------------------------ a row read as one line


def _merged_table(merged: bool = True) -> list[TextLine]:
    lines = [_cell("The ferry crossed the estuary four times a day with carts.", 40, 100, size=10),
             _cell("Crossing facts", 40, 130, bold=True),
             _cell("Length", 40, 144, bold=True), _cell("about 900 yards", 108, 144)]
    if merged:  # the long labels set close to their values: one line each
        lines += [_cell("Boats in service two", 40, 156, bold=True), _cell("Fare for walkers one penny", 40, 168, bold=True)]
    else:
        lines += [_cell("Boats in", 40, 156, bold=True), _cell("Fare on", 40, 168, bold=True)]
    lines.append(_cell("The ramp was rebuilt in oak after the great storm of that year.", 40, 200, size=10))
    return lines


def test_rows_read_as_one_line_each_go_with_their_table() -> None:
    assert keytables.key_table_lines(_merged_table()) == {1, 2, 3, 4, 5}


def test_lines_stopping_short_of_the_values_are_no_rows() -> None:
    assert keytables.key_table_lines(_merged_table(merged=False)) == set()


def test_with_merged_rows_off_one_row_is_no_table(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(keytables.LIMITS, "merged_rows", 0)
    assert keytables.key_table_lines(_merged_table()) == set()


# ------------------------------------------------------------------ folios, framed columns


def test_a_spreads_two_folios_read_as_one_line_are_no_text() -> None:
    lines = [_line(1, 40, 40, "The Ferry Crossing", 20, bold=True)]
    lines += [_line(1, 40, 80 + 12 * k, text) for k, text in enumerate(PROSE * 2)]
    lines += [_line(1, 60, 770, "14 15", 9, bold=True)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 1224, 792, lines, [])]), "ferry", "/tmp/ferry.pdf")
    assert "14 15" not in doc.text
    assert [s.title for s in doc.sections] == ["The Ferry Crossing"]


def _framed() -> PdfContent:
    framed = ["The first ferry was a flat boat poled across", "the shallows at low water by two men, and",
              "the crossing took most of an hour in summer.", "Travellers waited at the inn, which kept the",
              "tolls and the boat, and whose landlord hired", "the ferrymen and sent them over with the"]
    body = ["Saltmouth market every week, with carts of", "grain and fish and the village's letters.",
            "The boat was replaced by a steam launch in", "the last years of the century, and then by",
            "a chain ferry that ran until the bridge.", "The chain still lies on the bed of the",
            "river, and at the lowest tides of the year", "its links show above the mud by the inn.",
            "Children look for it from the old landing", "and the museum keeps one link in a case."]
    lines = [_line(1, 40, 40, "The Ferry Crossing", 20, bold=True)]
    lines += [_line(1, 40, 80 + 12 * k, text) for k, text in enumerate(framed)]
    lines += [_line(1, 320, 80 + 12 * k, text) for k, text in enumerate(body)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [], [(36.0, 76.0, 290.0, 152.0)])])


def test_a_sentence_running_on_from_a_framed_column_reads_after_it() -> None:
    doc = rebuild_pdf(_framed(), "ferry", "/tmp/ferry.pdf")
    assert any("sent them over with the Saltmouth market every week" in p for p in _paragraphs(doc))


def test_with_the_rule_off_the_frame_is_read_after_the_body(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "zones_carried_on", 0)
    doc = rebuild_pdf(_framed(), "ferry", "/tmp/ferry.pdf")
    assert not any("sent them over with the Saltmouth market every week" in p for p in _paragraphs(doc))


# ------------------------------------------------------------------ a kicker read apart


def _kicker_case(alone: bool = True) -> tuple[list, TextLine]:
    from vitrina.structure.pagelayout import Placed

    title = _line(1, 40, 700, "The Ferry Crossing", 40, bold=True)
    kicker = _line(1, 40, 680, "RIVER GALLERY", 10, bold=True)
    rest = [Placed(kicker, (1, 10), 40, 200)]
    rest += [Placed(_line(1, 40, 80 + 12 * k, text), (1, 11), 40, 500) for k, text in enumerate(PROSE)]
    if not alone:
        rest.append(Placed(_line(1, 40, 660, "Open daily", 10), (1, 10), 40, 200))
    return rest, title


def test_a_kicker_alone_in_its_column_right_over_the_title_goes_with_it() -> None:
    rest, title = _kicker_case()
    found = pagelayout._kicker_apart(rest, title)
    assert found is not None and found.line.text == "RIVER GALLERY"


def test_a_line_sharing_its_column_is_no_kicker_apart() -> None:
    rest, title = _kicker_case(alone=False)
    assert pagelayout._kicker_apart(rest, title) is None
