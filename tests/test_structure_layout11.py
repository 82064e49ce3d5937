"""Layouts met in round 10b: a numeral stacked over its heading in one text line, a
timeline whose entries are the body text. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import glyph_line
from vitrina.structure.geometry import PageGeometry, PdfContent, TextLine
from vitrina.structure.pagelayout import (
    Placed,
    _label_set_apart,
    _labels_to_their_headings,
    rebuild_pdf,
)


def _stacked_line(label: str, title: str, label_x1: float, title_x0: float) -> TextLine:
    """A big label glyph over a 12-point heading, read by the PDF reader as one line."""
    boxes = [30.0, 40.0, label_x1, 86.0, label_x1, 40.0, label_x1, 86.0]  # the label and its space
    for k in range(len(title)):
        boxes += [title_x0 + 7 * k, 84.0, title_x0 + 7 * (k + 1), 100.0]
    return TextLine(1, f"{label} {title}", boxes, 12.0, True, False)


def test_a_numeral_over_the_heading_is_its_label() -> None:
    assert _label_set_apart(_stacked_line("3", "Salt on the Wind", 48.0, 30.0)) == "3"


def test_a_numeral_beside_the_heading_with_a_word_space_is_a_word() -> None:
    line = _stacked_line("3", "Salt on the Wind", 48.0, 52.0)
    line.boxes = [30.0, 84.0, 48.0, 100.0, 48.0, 84.0, 52.0, 100.0, *line.boxes[8:]]
    assert _label_set_apart(line) is None


FERRY = [
    "The ferry across the estuary ran twice a day in summer and once in winter,",
    "and the fares were set by the parish every spring at the vestry meeting.",
]


def _entries(number: str, entry_size: float) -> PdfContent:
    """A panel of entries, each a number alone in large bold type over text in the body type."""
    lines = [glyph_line(1, 72, 60, "Crossing the Estuary", 22, True)]
    top = 110.0
    for k in range(3):
        lines.append(glyph_line(1, 72, top, number if k == 0 else str(int(number) + 3 * k), 17, True))
        lines += [glyph_line(1, 72, top + 22 + 13 * n, text, entry_size) for n, text in enumerate(FERRY)]
        top += 22 + 13 * len(FERRY) + 20
    return PdfContent([PageGeometry(1, 612, 792, lines)])


def test_a_year_over_an_entry_in_the_body_type_leads_the_entry() -> None:
    doc = rebuild_pdf(_entries("1821", 10.5), "ferry", "/tmp/ferry.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert [p.split(" ", 1)[0] for p in paragraphs] == ["1821", "1824", "1827"]
    assert len(doc.sections) == 1


def test_a_chapter_number_over_body_text_does_not_lead_it() -> None:
    doc = rebuild_pdf(_entries("4", 10.5), "ferry", "/tmp/ferry.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert not any(p.startswith(("4 ", "7 ", "10 ")) for p in paragraphs)


def test_a_label_read_into_a_column_goes_back_over_the_heading_under_it() -> None:
    label = Placed(glyph_line(1, 300, 400, "II", 12, True), (1, 1), 72, 290, kind="heading")
    entry = Placed(glyph_line(1, 330, 380, "The ferrymen struck for higher fares.", 10), (1, 2), 330, 540)
    title = Placed(glyph_line(1, 260, 416, "Bridges and Tolls", 15, True), (1, 3), 72, 540, kind="heading")
    placed = [label, entry, title]
    _labels_to_their_headings(placed)
    assert placed == [entry, label, title]


def test_a_label_beside_no_heading_stays() -> None:
    label = Placed(glyph_line(1, 300, 400, "II", 12, True), (1, 1), 72, 290, kind="heading")
    entry = Placed(glyph_line(1, 330, 380, "The ferrymen struck for higher fares.", 10), (1, 2), 330, 540)
    title = Placed(glyph_line(1, 260, 470, "Bridges and Tolls", 15, True), (1, 3), 72, 540, kind="heading")
    placed = [label, entry, title]
    _labels_to_their_headings(placed)
    assert placed == [label, entry, title]



RAGGED = [
    "The lock keeper opened the upper gates at dawn, and the",
    "barges waited in a line below the mill for their turn, the",
    "horses grazing on the towpath.",
]


def test_the_short_last_line_of_a_flush_right_paragraph_goes_on_with_it() -> None:
    lines = [glyph_line(1, 90, 60, "Along the Towpath", 22, True)]
    for n, text in enumerate(RAGGED):  # set flush right against x = 380
        lines.append(glyph_line(1, 380 - len(text) * 5, 110 + 13 * n, text, 10))
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "towpath", "/tmp/towpath.pdf")
    paragraphs = [doc.text[b.start : b.end] for b in doc.blocks if b.kind == "paragraph"]
    assert paragraphs == [" ".join(RAGGED)]


def test_turned_lines_up_both_sides_of_an_uncaptioned_picture_are_its_caption_and_credit() -> None:
    import io

    from PIL import Image
    from reportlab.lib.utils import ImageReader

    from tests._pdf_helpers import canvas_pdf, draw_lines
    from vitrina.ingest.pdf import read_geometry

    grey = io.BytesIO()
    Image.new("RGB", (60, 90), (128, 128, 128)).save(grey, format="PNG")

    def draw(c, _page: int) -> None:
        c.setFont("Helvetica-Bold", 20)
        c.drawString(72, 720, "Boats of the Estuary")
        draw_lines(c, 72, 680, [*FERRY, "The ferry was sold when the bridge opened in 1903."], size=10)
        c.drawImage(ImageReader(io.BytesIO(grey.getvalue())), 350, 420, 120, 180)
        for x, size, text in ((344, 9, "A ferry boat drawn up on the shingle."), (480, 6.5, "Photo: Ada Marr / Quay Archive")):
            c.saveState()
            c.translate(x, 420)
            c.rotate(90)
            c.setFont("Helvetica", size)
            c.drawString(0, 0, text)
            c.restoreState()

    doc = rebuild_pdf(read_geometry(canvas_pdf(draw)), "boats", "/tmp/boats.pdf")
    captions = [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]
    assert captions == [("A ferry boat drawn up on the shingle.", "Photo: Ada Marr / Quay Archive")]


def test_a_line_stacked_on_a_running_footer_and_its_capitals_echo_are_running() -> None:
    from vitrina.structure.pagelayout import running_lines

    pages = []
    for number in (1, 2):
        lines = [glyph_line(number, 72, 90 + 13 * n, text, 10) for n, text in enumerate(FERRY * 3)]
        if number == 1:
            lines.insert(0, glyph_line(1, 72, 40, "ESTUARY FERRY TRUST", 8))
            lines.append(glyph_line(1, 72, 500, "Estuary Ferry Trust", 8))
        lines.append(glyph_line(number, 72, 514, "Quay Gallery · Leaflet 3", 8))
        pages.append(PageGeometry(number, 612, 560, lines))
    running = running_lines(PdfContent(pages))
    found = sorted({line.text for page in pages for line in page.lines if id(line) in running})
    assert found == ["ESTUARY FERRY TRUST", "Estuary Ferry Trust", "Quay Gallery · Leaflet 3"]


def test_a_year_ending_a_title_over_the_body_stays_in_the_title() -> None:
    lines = [glyph_line(1, 72, 60, "The Mill Charter,", 20, True), glyph_line(1, 72, 84, "1776", 20, True)]
    lines += [glyph_line(1, 72, 120 + 13 * n, text, 10.5) for n, text in enumerate(FERRY * 2)]
    doc = rebuild_pdf(PdfContent([PageGeometry(1, 612, 792, lines)]), "charter", "/tmp/charter.pdf")
    assert doc.sections[0].title == "The Mill Charter, 1776"
