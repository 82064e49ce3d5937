"""Layouts met in round 11 (set 12): a title whose first line ends on a colon over a
smaller second line. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.model import Document
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

MILL = [
    "The mill on the lower weir ground corn for three parishes until the flood of that",
    "winter, when the wheel was carried off and the miller moved his trade upstream.",
    "Its stones were later set into the churchyard wall, where they can still be seen.",
]


def _page(first: str, second: str, second_size: float) -> PdfContent:
    lines = [glyph_line(1, 40, 50, first, 20, True), glyph_line(1, 40, 74, second, second_size)]
    lines += [glyph_line(1, 40, 110 + 13 * n, text, 10) for n, text in enumerate(MILL)]
    lines.append(glyph_line(1, 40, 170, "The Wheel", 13, True))
    lines += [glyph_line(1, 40, 190 + 13 * n, text, 10) for n, text in enumerate(MILL)]
    return PdfContent([PageGeometry(1, 612, 792, lines)])


def test_a_title_line_ending_on_a_colon_goes_on_in_smaller_type() -> None:
    doc = rebuild_pdf(_page("The Lower Weir:", "A Mill and Its Flood", 14), "mill", "/tmp/mill.pdf")
    assert [s.title for s in doc.sections] == ["The Lower Weir: A Mill and Its Flood", "The Wheel"]


def test_a_smaller_heading_in_sentence_case_under_a_complete_title_stays_apart() -> None:
    doc = rebuild_pdf(_page("The Lower Weir", "A mill and the flood that stopped it", 14), "mill", "/tmp/mill.pdf")
    assert doc.sections[0].title == "The Lower Weir"


def test_a_smaller_line_in_title_case_under_a_title_in_one_part_completes_it() -> None:
    # the subtitle convention (round 33, docs/structure.md): a title-case deck is the title's second part
    doc = rebuild_pdf(_page("The Lower Weir", "A Mill and Its Flood", 14), "mill", "/tmp/mill.pdf")
    assert doc.sections[0].title == "The Lower Weir A Mill and Its Flood"


def _numbered(heads: list[str]) -> PdfContent:
    lines = [glyph_line(1, 40, 50, "The Lower Weir", 20, True)]
    top = 90.0
    for head in heads:
        lines.append(glyph_line(1, 40, top, head, 14, True))
        lines += [glyph_line(1, 40, top + 24 + 13 * n, text, 10) for n, text in enumerate(MILL)]
        top += 24 + 13 * len(MILL) + 20
    return PdfContent([PageGeometry(1, 612, 792, lines)])


def test_headings_numbered_in_sequence_with_a_word_space_take_the_numbers_as_labels() -> None:
    doc = rebuild_pdf(_numbered(["1 The Wheel", "2 The Flood", "3 The Stones"]), "mill", "/tmp/mill.pdf")
    assert [(s.label, s.title) for s in doc.sections[1:]] == [
        ("1", "The Wheel"), ("2", "The Flood"), ("3", "The Stones")]


def test_a_number_that_counts_nothing_stays_in_the_heading() -> None:
    doc = rebuild_pdf(_numbered(["3 Millers and a Mule", "The Flood"]), "mill", "/tmp/mill.pdf")
    assert [(s.label, s.title) for s in doc.sections[1:]] == [(None, "3 Millers and a Mule"), (None, "The Flood")]


def _turned(x: float, foot: float, text: str, size: float) -> TextLine:
    """A line set reading upwards from ``foot``: each glyph half the size high, ``size`` wide across."""
    boxes = [v for k in range(len(text))
             for v in (x, foot - (k + 1) * size / 2, x + size, foot - k * size / 2)]
    return TextLine(1, text, boxes, size, True, False, rotated=True)


def _band(size: float) -> PdfContent:
    lines = [_turned(60, 700, "A Mill and Its Flood", size), _turned(20, 700, "The Lower Weir:", size)]
    lines += [glyph_line(1, 140, 60 + 13 * n, text, 10) for n, text in enumerate(MILL)]
    lines.append(glyph_line(1, 140, 120, "The Wheel", 13, True))
    lines += [glyph_line(1, 140, 140 + 13 * n, text, 10) for n, text in enumerate(MILL)]
    return PdfContent([PageGeometry(1, 612, 792, lines)])


def test_a_turned_band_in_display_type_is_the_title_read_first() -> None:
    doc = rebuild_pdf(_band(30), "mill", "/tmp/mill.pdf")
    assert [s.title for s in doc.sections] == ["The Lower Weir: A Mill and Its Flood", "The Wheel"]


def test_turned_lines_in_small_type_are_no_heading() -> None:
    doc = rebuild_pdf(_band(8), "mill", "/tmp/mill.pdf")
    assert [s.title for s in doc.sections] == ["The Wheel"]


def test_a_locator_at_the_top_edge_of_a_single_page_is_running() -> None:
    lines = [glyph_line(1, 420, 20, "Room 4 · West Wing", 10, True), glyph_line(1, 40, 80, "The Lower Weir", 20, True)]
    lines += [glyph_line(1, 40, 120 + 13 * n, text, 10) for n, text in enumerate(MILL)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "mill", "/tmp/mill.pdf")
    assert "West Wing" not in doc.text
    assert [s.title for s in doc.sections] == ["The Lower Weir"]


BODY = [
    "The weir was rebuilt in stone after the flood, and the mill race was cut",
    "again along the old line, deeper than before, to carry the winter water.",
    "The new wheel turned for forty years before the steam mill took its trade.",
    "Its timbers were sold to a farmer who used them to roof a cart shed.",
]


def _pictured(credit_lines: list[str], credit_gap: float) -> PdfContent:
    """Body text, a picture, a two-line caption in 9-point italic under it and a credit in 7 points."""
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 18, True)]
    lines += [glyph_line(1, 40, 40 + 13 * n, text, 10) for n, text in enumerate(BODY)]
    lines += [glyph_line(1, 40, 206, "The quarry face above the weir, cut in", 9, italic=True),
              glyph_line(1, 40, 216, "the dry summer after the flood.", 9, italic=True)]
    top = 225 + credit_gap
    lines += [glyph_line(1, 40, top + 9 * n, text, 7) for n, text in enumerate(credit_lines)]
    lines += [glyph_line(1, 40, top + 40 + 13 * n, text, 10) for n, text in enumerate(BODY)]
    return PdfContent([PageGeometry(1, 612, 792, lines, [ImageBox(1, (40, 100, 300, 200), (40, 30))])])


def _credits(doc: Document) -> list[str | None]:
    return [b.credit for b in doc.blocks if b.kind == "caption"]


def test_a_credit_known_by_its_smaller_type_goes_on_over_its_next_line() -> None:
    doc = rebuild_pdf(_pictured(["Cut by the Lower Weir", "Masons and Carvers"], 2), "mill", "/tmp/mill.pdf")
    assert _credits(doc) == ["Cut by the Lower Weir Masons and Carvers"]


def test_a_smaller_credit_spaced_in_the_caption_type_is_the_captions() -> None:
    doc = rebuild_pdf(_pictured(["Photo: Ada Marr / Weir Trust"], 8), "mill", "/tmp/mill.pdf")
    assert _credits(doc) == ["Photo: Ada Marr / Weir Trust"]


NARROW = [
    "The weir was rebuilt in stone after",
    "the flood, and the mill race was cut",
    "again along the old line, deeper than",
    "before, to carry the winter water off.",
    "The new wheel turned for forty years",
    "before the steam mill took its trade.",
]


def test_a_credit_flowing_to_the_next_columns_head_is_the_captions() -> None:
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 18, True)]
    lines += [glyph_line(1, 40, 50 + 13 * n, text, 10) for n, text in enumerate(NARROW)]
    lines += [glyph_line(1, 40, 250, "The quarry face above the weir,", 9, italic=True),
              glyph_line(1, 40, 260, "cut in the dry summer.", 9, italic=True)]
    lines.append(glyph_line(1, 260, 50, "Photo: Ada Marr / Lower Weir Mill Trust and Its Archive", 7))
    lines += [glyph_line(1, 260, 70 + 13 * n, text, 10) for n, text in enumerate(NARROW * 2)]
    image = ImageBox(1, (40, 140, 220, 240), (40, 30))
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [image])]), "mill", "/tmp/mill.pdf")
    assert _credits(doc) == ["Photo: Ada Marr / Lower Weir Mill Trust and Its Archive"]


def _narrow(x: float, top: float, text: str, size: float = 10.0) -> TextLine:
    """A line in a narrow face: every glyph 0.4 of the type size wide."""
    boxes = [v for k in range(len(text)) for v in (x + k * 0.4 * size, top, x + (k + 1) * 0.4 * size, top + size)]
    return TextLine(1, text, boxes, size, False, False)


def test_a_short_last_line_in_a_narrow_face_ends_its_paragraph_across_columns() -> None:
    left = ["The mill on the lower weir ground corn f",
            "or three parishes until the flood came i",
            "n the winter and carried the wheel away.",
            "and so the old mill ended."]
    right = ["Afterwards, the miller moved his trade u",
             "pstream to the new weir by the bridge an",
             "d built a smaller wheel there in a year."]
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 18, True)]
    lines += [_narrow(40, 50 + 12 * n, text) for n, text in enumerate(left * 2)]
    lines += [_narrow(240, 50 + 12 * n, text) for n, text in enumerate(right * 2)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "mill", "/tmp/mill.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 3
    assert paragraphs[-1].startswith("Afterwards")


def _with_raised_digit(x: float, top: float, text: str, at: int, size: float) -> TextLine:
    """A line whose character ``at`` (a digit) is set as a superscript: half height, raised."""
    line = glyph_line(1, x, top, text, size)
    boxes = list(line.boxes)
    boxes[4 * at + 1], boxes[4 * at + 3] = top - 0.2 * size, top + 0.4 * size
    return TextLine(1, text, boxes, size, False, False)


def test_a_footnote_whose_raised_mark_touches_its_first_word_closes_the_text() -> None:
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 18, True)]
    lines += [glyph_line(1, 40, 50 + 13 * n, text, 10) for n, text in enumerate(MILL[:2])]
    called = "Its stones were later set into the churchyard wall.1"
    lines.append(_with_raised_digit(40, 76, called, len(called) - 1, 10))
    lines.append(_with_raised_digit(40, 700, "1The wall was rebuilt in the year of the second flood.", 0, 8))
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "mill", "/tmp/mill.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [" ".join([*MILL[:2], called[:-1]]), "The wall was rebuilt in the year of the second flood."]
    assert [s.title for s in doc.sections][-1] == "Notes"


def test_a_ragged_column_foot_keeps_its_paragraph_going_when_the_word_may_not_fit() -> None:
    left = ["The mill on the lower weir ground corn f",
            "or three parishes until the flood in",
            "and so the old mill ended."]  # ragged: the line over the last is not full
    right = ["Afterwards, the miller moved his trade u",
             "pstream to the new weir by the bridge an",
             "d built a smaller wheel there in a year."]
    lines = [glyph_line(1, 40, 14, "The Lower Weir", 18, True)]
    lines += [_narrow(40, 50 + 12 * n, text) for n, text in enumerate(left)]
    lines += [_narrow(240, 50 + 12 * n, text) for n, text in enumerate(right)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "mill", "/tmp/mill.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert len(paragraphs) == 1
    assert "ended. Afterwards" in paragraphs[0]
