"""A page with a wide margin beside its text column (Tufte-like): panel numbers in display
type in the margin level with their headings, sidenotes called by raised digits, and a
picture's caption in the margin with its credit in italics over two lines. Drawn with
reportlab in content order that breaks a text line where a sidenote is drawn. Every text
is invented."""

from __future__ import annotations

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf as pdf_reader

FIRST = [
    "The lighthouse keepers of the northern cape kept a log of every ship that",
    "passed the point, with the wind, the weather and the state of the light at",
]
SECOND = [
    "the same rock on the day after the storm. They rowed out with ropes and",
    "brought the whole crew ashore before the evening tide came in again.",
    "The log was kept for ninety years and filled forty volumes in the end.",
]
THIRD = [
    "The light was made electric in the year the last keeper retired, and a",
    "small museum now stands in the keepers' cottage at the foot of the tower.",
    "Visitors may read the log in a glass case beside the great brass lens.",
]


def _draw(c, number: int) -> None:
    c.setFont("Times-Bold", 22)
    c.drawString(72, 720, "Keepers of the Cape Light")
    c.setFont("Times-Bold", 14)
    c.drawString(72, 680, "The Log")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(420, 678, "01")
    y = draw_lines(c, 72, 662, FIRST, size=11, leading=14)
    # a line broken by the sidenote drawn between its pieces
    c.setFont("Times-Roman", 11)
    c.drawString(72, y, "night. In one winter a brig ran aground.")
    c.setFont("Times-Roman", 7)
    c.drawString(72 + c.stringWidth("night. In one winter a brig ran aground.", "Times-Roman", 11), y + 4, "1")
    draw_lines(c, 420, y, ["1 The brig was carrying coal from the", "south to the harbour town."],
               font="Times-Roman", size=8, leading=10)
    c.setFont("Times-Roman", 11)
    c.drawString(72 + c.stringWidth("night. In one winter a brig ran aground.1 ", "Times-Roman", 11), y,
                 "Keepers found it on")
    y = draw_lines(c, 72, y - 14, SECOND, size=11, leading=14)
    c.setFillGray(0.6)
    c.rect(72, y - 110, 200, 100, fill=1, stroke=0)
    c.setFillGray(0)
    draw_lines(c, 420, y - 30, ["Left: The brass lens of the light,", "polished every morning."],
               font="Helvetica", size=8.5, leading=10.5)
    draw_lines(c, 420, y - 51, ["Lent by the Northern Cape Trust and the", "Keepers Society"],
               font="Times-Italic", size=8.5, leading=10.5)
    c.setFont("Times-Bold", 14)
    c.drawString(72, y - 150, "The Tower Today")
    c.setFont("Helvetica-Bold", 20)
    c.drawString(420, y - 152, "02")
    draw_lines(c, 72, y - 168, THIRD, size=11, leading=14)


def _doc():
    data = canvas_pdf(_draw)
    return pdf_reader.read(data, "cape.pdf")[0]


def test_margin_numbers_label_their_headings() -> None:
    doc = _doc()
    assert [(s.label, s.title) for s in doc.sections][-3:] == [
        ("01", "The Log"), ("02", "The Tower Today"), (None, "Notes")]


def test_sidenote_closes_the_text_its_call_is_left_out_and_the_broken_line_reads_on() -> None:
    doc = _doc()
    notes = doc.sections[-1]
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    body = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph" and b.section != notes.id]
    assert notes.title == "Notes"
    assert paragraphs[-1] == "The brig was carrying coal from the south to the harbour town."
    assert not any("coal" in p for p in body)
    assert any("ran aground. Keepers found it on the same rock" in p for p in body)
    assert not any("aground.1" in p for p in paragraphs)


def test_margin_caption_keeps_its_credit_in_italics_over_two_lines() -> None:
    doc = _doc()
    caption = next(b for b in doc.blocks if b.kind == "caption")
    assert doc.text[caption.start : caption.end] == "The brass lens of the light, polished every morning."
    assert caption.position == "Left"
    assert caption.credit == "Lent by the Northern Cape Trust and the Keepers Society"
    assert caption.section == doc.sections[-3].id  # the section it stands beside, not the next


def test_a_short_part_of_a_header_line_in_its_type_is_running_too() -> None:
    from tests._pdf_helpers import glyph_line
    from vitrina.structure.geometry import PageGeometry, PdfContent
    from vitrina.structure.pagelayout import running_lines

    museum = glyph_line(1, 42, 34, "Harbour Trust Museum", 12)
    gallery = glyph_line(1, 740, 34, "Gallery 2", 12)
    lines = [museum, gallery, glyph_line(1, 42, 53, "SPECIAL DISPLAY · TRADE ON THE COAST", 13, bold=True),
             glyph_line(1, 42, 64, "The Salt Warehouses", 40, bold=True)]
    lines += [glyph_line(1, 42, 130 + 17 * k, text, 14) for k, text in enumerate(FIRST + SECOND + THIRD)]
    running = running_lines(PdfContent([PageGeometry(1, 842, 595, lines, [])]))
    assert id(museum) in running and id(gallery) in running


def _note_overleaf(c, number: int) -> None:
    """Page 1 calls note 1 (a raised digit after a word); page 2 sets the note in small type
    right under the passage the paragraph goes on with."""
    if number == 1:
        c.setFont("Times-Bold", 22)
        c.drawString(72, 720, "Keepers of the Cape Light")
        y = draw_lines(c, 72, 680, FIRST + SECOND, "Times-Roman", 11, 14)
        c.setFont("Times-Roman", 11)
        c.drawString(72, y, "The keepers were paid by the lighthouse board")
        c.setFont("Times-Roman", 7)
        c.drawString(72 + c.stringWidth("The keepers were paid by the lighthouse board", "Times-Roman", 11), y + 4, "1")
        return
    y = draw_lines(c, 72, 720, THIRD, "Times-Roman", 11, 14)
    draw_lines(c, 72, y - 4, ["1 The board met twice a year in the harbour town."], "Times-Roman", 8, 10)
    draw_lines(c, 72, y - 40, THIRD, "Times-Roman", 11, 14)


def test_a_note_set_under_the_text_on_the_page_after_its_call_is_a_note() -> None:
    [doc] = pdf_reader.read(canvas_pdf(_note_overleaf, pages=2), "cape.pdf")
    body = [doc.text[b.start : b.end] for b in doc.blocks
            if b.kind == "paragraph" and b.section != doc.sections[-1].id]
    assert not any("board met twice" in text for text in body)
    assert "board met twice a year" in doc.text  # with the document's notes
