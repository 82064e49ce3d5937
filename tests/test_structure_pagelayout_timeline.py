"""A timeline's entries: a year alone over each entry's title, set larger than the
title, is the entry's label. Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import glyph_line
from vitrina.structure.captions import DATE_ALONE
from vitrina.structure.geometry import PageGeometry, PdfContent
from vitrina.structure.pagelayout import rebuild_pdf

KILN = [
    "The brick kiln behind the chapel burned for three days at a time, fed with",
    "furze cut on the common, and the whole village smelled of its smoke.",
]


def _timeline() -> PdfContent:
    lines = [glyph_line(1, 72, 60, "Clay and Fire in the Valley", 22, True)]
    top = 120.0
    for year, title in (("1794", "The First Kiln"), ("1812-15", "A Second Chimney"), ("1830s", "Rebuilt")):
        lines.append(glyph_line(1, 72, top, year, 16, True))
        lines.append(glyph_line(1, 72, top + 20, title, 11, True))
        lines += [glyph_line(1, 72, top + 36 + 13 * k, text, 9.5) for k, text in enumerate(KILN)]
        top += 36 + 13 * len(KILN) + 24
    return PdfContent([PageGeometry(1, 612, 792, lines)])


def test_a_year_over_an_entry_title_in_larger_type_is_its_label() -> None:
    doc = rebuild_pdf(_timeline(), "kiln", "/tmp/kiln.pdf")
    assert [(s.label, s.title) for s in doc.sections[1:]] == [
        ("1794", "The First Kiln"), ("1812-15", "A Second Chimney"), ("1830s", "Rebuilt")]


@pytest.mark.parametrize(("text", "alone"), [
    ("1794", True), ("1812-15", True), ("1830s", True), ("1812 \u2013 1815", True),
    ("12", False), ("In 1794", False), ("1794.", False), ("17945", False)])
def test_date_alone_is_a_year_or_a_span_of_years(text: str, alone: bool) -> None:
    assert (DATE_ALONE.match(text) is not None) is alone
