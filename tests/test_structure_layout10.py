"""Round r8b layout methods, each on invented text: a wide gap into another type starts
another line; a label badge level with a heading line is its label, drawn before or after
the title; a credit in the margin beside a picture closes the caption over it."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf, glyph_line
from vitrina.ingest import pdf
from vitrina.structure.geometry import ImageBox, PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import rebuild_pdf

MILL = [
    "The tide mill stood on a dam across the creek and ground corn for the village",
    "whenever the sea ran out, its wheel turned by the water held back at high tide.",
    "The miller kept the sluice gates himself and knew every sandbank of the channel.",
    "Barges brought the grain up on the flood and carried the flour away on the ebb.",
]


def _line(page: int, x: float, top: float, text: str, size: float = 10.0, bold: bool = False,
          italic: bool = False) -> TextLine:
    """A line as the PDF reader gives it, each glyph half its size wide."""
    return glyph_line(page, x, top, text, size, bold, italic)


def test_a_wide_gap_into_another_type_starts_another_line() -> None:
    def draw(c, _number: int) -> None:
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 700, "Tide Mills")
        c.setFont("Helvetica-Bold", 10)
        c.drawString(260, 700, "C")
        c.setFont("Times-Roman", 10)
        c.drawString(72, 680, "The miller kept the sluice gates himself.")
        c.drawString(72, 668, "Barges came up on the flood")
        c.drawString(260, 668, "and left on the ebb.")

    content = pdf.read_geometry(canvas_pdf(draw))
    texts = [line.text for line in content.pages[0].lines]
    assert "Tide Mills" in texts and "C" in texts
    assert "Barges came up on the flood and left on the ebb." in texts  # same type: one line


@pytest.mark.parametrize("badge_first", [False, True])
def test_a_badge_level_with_a_heading_is_its_label(badge_first: bool) -> None:
    title = _line(1, 72, 100, "THE TIDE MILL", 14, bold=True)
    badge = _line(1, 250, 100, "C", 12, bold=True)
    head = [badge, title] if badge_first else [title, badge]
    lines = [_line(1, 72, 40, "Along the Creek", 24, bold=True), *head]
    lines += [_line(1, 72, 124 + 12 * k, text[:44]) for k, text in enumerate(MILL * 3)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [])]), "mill", "/tmp/mill.pdf")
    headings = [(s.label, s.title) for s in doc.sections if s.title != "Along the Creek"]
    assert headings == [("C", "THE TIDE MILL")]


def test_a_credit_in_the_margin_beside_a_picture_closes_its_caption() -> None:
    picture = (72.0, 330.0, 300.0, 450.0)
    lines = [_line(1, 72, 40, "The Tide Mill", 24, bold=True)]
    lines += [_line(1, 72, 80 + 12 * k, text[:44]) for k, text in enumerate(MILL * 5)]
    lines += [_line(1, 72, 306, "The mill wheel at low water.", 8, italic=True)]
    lines += [_line(1, 320, 420 + 9 * k, text, 7) for k, text in enumerate(["Photo: Ivo Marsh /", "Creek Archive"])]
    content = PdfContent([PageGeometry(1, 612, 792, lines, [ImageBox(1, picture, (40, 30))])])
    doc = rebuild_pdf(content, "mill", "/tmp/mill.pdf")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("The mill wheel at low water.", "Photo: Ivo Marsh / Creek Archive")]


def test_a_position_label_on_its_own_bold_line_opens_the_caption_under_it() -> None:
    picture = (72.0, 300.0, 250.0, 400.0)
    lines = [_line(1, 72, 40, "The Tide Mill", 24, bold=True)]
    lines += [_line(1, 72, 80 + 12 * k, text[:44]) for k, text in enumerate(MILL * 4)]
    lines += [_line(1, 270, 300, "Left:", 8, bold=True)]
    lines += [_line(1, 270, 311, "The mill wheel at low water.", 8)]
    content = PdfContent([PageGeometry(1, 612, 792, lines, [ImageBox(1, picture, (40, 30))])])
    doc = rebuild_pdf(content, "mill", "/tmp/mill.pdf")
    captions = [(doc.text[b.start : b.end], b.position) for b in doc.blocks if b.kind == "caption"]
    assert [(text.removeprefix("Left:").strip(), position) for text, position in captions] == [
        ("The mill wheel at low water.", "Left")]
    assert [s.title for s in doc.sections] == ["The Tide Mill"]


def test_an_introduction_over_three_lines_in_display_type_is_body_text() -> None:
    intro = ["When the tide ran out in the evening the miller opened the sluice,",
             "and the pent water turned the great wheel all night",
             "until the pool was empty."]
    lines = [_line(1, 72, 40, "The Tide Mill", 28, bold=True)]
    lines += [_line(1, 72, 80 + 15 * k, text, 12, italic=True) for k, text in enumerate(intro)]
    lines += [_line(1, 72, 140 + 12 * k, text[:44]) for k, text in enumerate(MILL * 3)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [])]), "mill", "/tmp/mill.pdf")
    assert [s.title for s in doc.sections] == ["The Tide Mill"]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs[0] == " ".join(intro)


def test_a_footer_printed_after_a_header_and_a_folio_is_peeled_off_too() -> None:
    from vitrina.ingest.text import read as read_text

    pages = []
    for number, start in ((1, 0), (2, 2)):
        head = "The Tide Mill\n" if number == 1 else ""
        body = "\n".join(MILL[start:] + MILL[:start])
        pages.append(f"Creek Heritage Trust\n{number}\nWalking Notes 4\n{head}{body}\n")
    (doc,) = read_text("\f".join(pages).encode(), "/tmp/mill.txt")
    assert "Walking Notes" not in doc.text and "Creek Heritage" not in doc.text
    assert doc.sections[0].title == "The Tide Mill"


def test_panel_labels_under_a_peeled_header_stay_labels() -> None:
    from vitrina.ingest.text import read as read_text

    pages = []
    for number, title in ((1, "The Dam"), (2, "The Wheel")):
        pages.append(f"Creek Heritage Trust\n{number}\nPanel {number}\n{title}\n" + "\n".join(MILL) + "\n")
    (doc,) = read_text("\f".join(pages).encode(), "/tmp/mill.txt")
    assert [(s.label, s.title) for s in doc.sections] == [("1", "The Dam"), ("2", "The Wheel")]


def test_a_jump_line_is_left_out_and_the_story_reads_on_over_the_page() -> None:
    first = [_line(1, 72, 40, "The Tide Mill", 24, bold=True)]
    first += [_line(1, 72, 80 + 12 * k, text) for k, text in enumerate(MILL[:3])]
    first += [_line(1, 72, 116, "The flour went to the town market, where the bakers"),
              _line(1, 300, 140, "Continued on page 2", 8, bold=True)]
    second = [_line(2, 72, 60, "bought it by the sack every Thursday morning."),
              _line(2, 72, 72, "Continued from page 1", 8, bold=True)]
    second += [_line(2, 72, 96 + 12 * k, text) for k, text in enumerate(MILL)]
    pages = [PageGeometry(1, 612, 792, first, []), PageGeometry(2, 612, 792, second, [])]
    doc = rebuild_pdf(PdfContent(pages), "mill", "/tmp/mill.pdf")
    assert "Continued" not in doc.text
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any(p.endswith("where the bakers bought it by the sack every Thursday morning.") for p in paragraphs)


def test_a_year_with_its_era_over_a_timeline_entry_leads_it() -> None:
    lines = [_line(1, 72, 40, "The Tide Mill", 24, bold=True)]
    lines += [_line(1, 72, 80 + 12 * k, text[:44], 11) for k, text in enumerate(MILL * 3)]
    lines += [_line(1, 72, 240, "AD 1170", 14, bold=True), _line(1, 72, 258, "Monks build the first dam.", 9)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [])]), "mill", "/tmp/mill.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert "AD 1170 Monks build the first dam." in paragraphs
    assert [s.title for s in doc.sections] == ["The Tide Mill"]


def test_a_lone_footer_on_one_page_of_several_is_left_out() -> None:
    first = [_line(1, 72, 40, "The Tide Mill", 24, bold=True)]
    first += [_line(1, 72, 80 + 12 * k, text) for k, text in enumerate(MILL)]
    first += [_line(1, 200, 740, "Creek Heritage Trust · Walking Notes", 7)]
    second = [_line(2, 72, 60, "The Wheel", 16, bold=True)]
    second += [_line(2, 72, 90 + 12 * k, text) for k, text in enumerate(MILL)]
    pages = [PageGeometry(1, 612, 792, first, []), PageGeometry(2, 612, 792, second, [])]
    doc = rebuild_pdf(PdfContent(pages), "mill", "/tmp/mill.pdf")
    assert "Walking Notes" not in doc.text


def test_a_full_line_ending_a_sentence_in_a_column_with_a_margin_note_goes_on() -> None:
    text = ["The miller kept the sluice gates", "himself and knew every sandbank.", "Barges brought the grain up on",
            "the flood and took the flour away", "on the ebb to the town market."]
    lines = [_line(1, 72, 40, "The Tide Mill", 24, bold=True)]
    lines += [_line(1, 72, 80 + 12 * k, t) for k, t in enumerate(text)]
    lines += [_line(1, 72, 150 + 12 * k, t[:33]) for k, t in enumerate(MILL * 2)]
    lines += [_line(1, 260, 200 + 8 * k, t, 6) for k, t in enumerate(["Photo: Ivo Marsh /", "Creek Archive"])]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines, [])]), "mill", "/tmp/mill.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert any("sandbank. Barges brought" in p for p in paragraphs)
