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


TOMBSTONE = ["Made by Hale and Sons, Leeds", "About 1840", "Oak, brass and painted canvas",
             "Lent by the Corbie Valley Trust"]
LABEL = [
    "The loom stood in the weaving shed until the mill closed, and the last weaver",
    "kept its shuttle on her mantelpiece for the rest of her life, as a keepsake.",
]


def _object_labels(tombstone: list[str]) -> PdfContent:
    """Two object labels: number and name, tombstone lines in smaller type, the label
    text; a picture box far below with its caption and credit."""
    lines = [glyph_line(1, 72, 60, "Looms of the Valley", 22, True)]
    top = 110.0
    for number, name in ((1, "Hand Loom"), (2, "Shuttle and Bobbins")):
        lines.append(glyph_line(1, 72, top, f"{number} {name}", 13, True))
        lines += [glyph_line(1, 90, top + 18 + 12 * k, text, 8.5) for k, text in enumerate(tombstone)]
        top += 18 + 12 * len(tombstone) + 8
        lines += [glyph_line(1, 72, top + 13 * k, text, 10) for k, text in enumerate(LABEL)]
        top += 13 * len(LABEL) + 30
    lines += [glyph_line(1, 72, 610, "The weaving shed in its last year of work.", 8.5),
              glyph_line(1, 72, 622, "Photo: Ines Corrie", 8.5, italic=True)]
    return PdfContent([PageGeometry(1, 612, 792, lines, regions=[(72.0, 480.0, 400.0, 600.0)])])


def test_tombstone_lines_under_an_object_heading_are_paragraphs_not_captions() -> None:
    doc = rebuild_pdf(_object_labels(TOMBSTONE), "looms", "/tmp/looms.pdf")
    texts = {kind: [doc.text[b.start : b.end] for b in doc.blocks if b.kind == kind] for kind in ("paragraph", "caption")}
    assert texts["caption"] == ["The weaving shed in its last year of work."]
    assert texts["paragraph"].count("About 1840") == 2
    assert texts["paragraph"].count("Lent by the Corbie Valley Trust") == 2


def test_a_wrapped_caption_of_short_lines_stays_a_caption() -> None:
    wrapped = ["The loom in the shed with its warp", "threads strung and its bench set",
               "for a weaver who never came back", "Lent by the Corbie Valley Trust"]
    doc = rebuild_pdf(_object_labels(wrapped), "looms", "/tmp/looms.pdf")
    assert "About 1840" not in doc.text
    assert not any(doc.text[b.start : b.end] == "threads strung and its bench set" for b in doc.blocks)


def test_a_side_box_beside_a_captioned_picture_is_text_not_its_caption() -> None:
    """A picture with its caption and credit under it, and a boxed note in small type a
    little further off beside it: the picture is the caption's, the note is text."""
    lines = [glyph_line(1, 72, 60, "Looms of the Valley", 22, True)]
    lines += [glyph_line(1, 72, 100 + 13 * k, text, 10) for k, text in enumerate(LABEL * 3)]
    lines += [glyph_line(1, 72, 300, "The hand loom in the weaving shed, set up for linen.", 8.5),
              glyph_line(1, 72, 311, "Photo: Ines Corrie", 8.5, italic=True)]
    note = ["The last weaver of the valley worked", "the loom until she was ninety. She", "taught her grandson to weave on it."]
    lines += [glyph_line(1, 300, 250 + 11 * k, text, 8.5) for k, text in enumerate(note)]
    lines += [glyph_line(1, 72, 340 + 13 * k, text, 10) for k, text in enumerate(LABEL * 2)]
    page = PageGeometry(1, 612, 792, lines, regions=[(72.0, 200.0, 260.0, 295.0)])
    doc = rebuild_pdf(PdfContent([page]), "looms", "/tmp/looms.pdf")
    captions = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "caption"]
    assert captions == ["The hand loom in the weaving shed, set up for linen."]
    assert any(doc.text[b.start : b.end].startswith("The last weaver") for b in doc.blocks if b.kind == "paragraph")


def test_a_table_header_row_over_lined_up_rows_is_no_heading() -> None:
    """"Year" and "Event" in bold over rows whose cells start where the header's do."""
    gap = " " * 8  # rows in 10 pt and the header in 12 pt: both second cells start 60 pt in
    lines = [glyph_line(1, 72, 60, "Looms of the Valley", 22, True)]
    lines += [glyph_line(1, 72, 100 + 13 * k, text, 10) for k, text in enumerate(LABEL * 2)]
    lines.append(glyph_line(1, 72, 170, f"Year{' ' * 6}Event", 12, True))
    rows = [f"1794{gap}The first loom is set up in the shed.", f"1812{gap}A second loom comes by canal.",
            f"1850{gap}The shed closes."]
    lines += [glyph_line(1, 72, 184 + 13 * k, text, 10) for k, text in enumerate(rows)]
    lines += [glyph_line(1, 72, 250 + 13 * k, text, 10) for k, text in enumerate(LABEL)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "looms", "/tmp/looms.pdf")
    assert [s.title for s in doc.sections] == ["Looms of the Valley"]
    paragraphs = [" ".join(doc.text[b.start : b.end].split()) for b in doc.blocks if b.kind == "paragraph"]
    assert "1812 A second loom comes by canal." in paragraphs
    assert "1850 The shed closes." in paragraphs
