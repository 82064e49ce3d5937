"""A timeline set as a column of dates left of its entries, each date on its entry
heading's baseline, and object labels set in among a section's paragraphs. Every text is
invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.captions import dated_label
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

MILL = [
    "The mill wheel turned for the whole parish, and in dry summers the miller let the",
    "pond fill overnight so that he could grind for a few hours in the morning.",
]
ENTRIES = (("c. 1200 BC", "A Ford Across the Stream"), ("1781", "The First Mill"),
           ("1840–1846", "A Wheel of Iron"))


def _date_column() -> PdfContent:
    """The dates at the left margin in the larger type, drawn first; the headings and text
    in a column to their right."""
    lines = [glyph_line(1, 40, 40, "Water and Stone in the Parish", 26, True)]
    tops = [120.0 + 90 * k for k in range(len(ENTRIES))]
    lines += [glyph_line(1, 40, top, date, 13) for top, (date, _) in zip(tops, ENTRIES, strict=True)]
    for top, (_, title) in zip(tops, ENTRIES, strict=True):
        lines.append(glyph_line(1, 160, top - 2, title, 15, True))
        lines += [glyph_line(1, 160, top + 22 + 13 * k, text, 9) for k, text in enumerate(MILL)]
    return PdfContent([PageGeometry(1, 842, 595, lines)])


def test_dates_hung_left_of_their_headings_label_them() -> None:
    doc = rebuild_pdf(_date_column(), "mill", "/tmp/mill.pdf")
    assert [(s.label, s.title) for s in doc.sections[1:]] == [(d, t) for d, t in ENTRIES]


def test_one_date_beside_a_heading_is_no_column_of_labels() -> None:
    content = _date_column()
    page = content.pages[0]
    page.lines = [line for line in page.lines if line.text not in ("1781", "1840–1846")]
    doc = rebuild_pdf(content, "mill", "/tmp/mill.pdf")
    assert ("1781", "The First Mill") not in [(s.label, s.title) for s in doc.sections]


@pytest.mark.parametrize(("text", "dated"), [
    ("1794", True), ("1812-15", True), ("c. 2900 BC", True), ("ca. 1750", True), ("AD 43", True),
    ("1200 BC–AD 100", True), ("circa 1066", True), ("c.", False), ("BC", False), ("Panel 2", False),
    ("12", False), ("In 1794", False), ("c. 2900 BC, a farm", False)])
def test_dated_label_is_a_year_with_its_marks(text: str, dated: bool) -> None:
    assert dated_label(text) is dated


TOMBSTONE = ["Butter churn", "About 1860", "Ash and iron hoops", "Lent by the Harlow Dairy Society"]
DAIRY = [
    "Every farm on the hill made its own butter, and the churning was done by the",
    "youngest children, who turned the handle until their arms ached.",
]
DAIRY_AFTER = [
    "Butter was sold at the Thursday market in the town, wrapped in cabbage leaves",
    "to keep it cool on the long walk down the hill in the summer months.",
]


def _label_among_paragraphs() -> PdfContent:
    lines = [glyph_line(1, 60, 40, "Butter on the Hill", 24, True),
             glyph_line(1, 60, 90, "The Dairy", 15, True)]
    top = 115.0
    lines += [glyph_line(1, 60, top + 13 * k, text, 10) for k, text in enumerate(DAIRY)]
    top += 13 * len(DAIRY) + 12
    lines += [glyph_line(1, 68, top + 11 * k, text, 8.5) for k, text in enumerate(TOMBSTONE)]
    top += 11 * len(TOMBSTONE) + 12
    lines += [glyph_line(1, 60, top + 13 * k, text, 10) for k, text in enumerate(DAIRY_AFTER)]
    return PdfContent([PageGeometry(1, 612, 792, lines)])


def test_an_object_label_in_among_paragraphs_is_no_paragraph() -> None:
    doc = rebuild_pdf(_label_among_paragraphs(), "dairy", "/tmp/dairy.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [" ".join(DAIRY), " ".join(DAIRY_AFTER)]
