"""Letter-spaced type read from a PDF as words: the letter spacing goes, the word
spaces stay. Every text is invented."""

from __future__ import annotations

from array import array

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf

reportlab = pytest.importorskip("reportlab")


def _texts(draw) -> list[str]:
    content = pdf.read_geometry(canvas_pdf(draw))
    return [line.text for page in content.pages for line in page.lines]


def test_letter_spaced_heading_reads_as_words() -> None:
    def draw(c, _page):
        c.setFont("Helvetica-Bold", 11)
        c.drawString(72, 700, "4. WINTER ON THE MARSH", charSpace=2.2)
        c.setFont("Times-Roman", 10)
        c.drawString(72, 680, "Reed cutters worked the frozen beds from dawn.")

    texts = _texts(draw)
    assert "4. WINTER ON THE MARSH" in texts
    assert "Reed cutters worked the frozen beds from dawn." in texts


def test_single_letters_set_wide_apart_stay_apart() -> None:
    def draw(c, _page):
        c.setFont("Helvetica", 10)
        c.drawString(72, 700, "Rows A B C D E")
        c.drawString(72, 680, "Grades A      B      C      D")

    texts = _texts(draw)
    assert "Rows A B C D E" in texts
    assert "Grades A B C D" in texts


def test_larger_type_beyond_a_gutter_on_the_same_baseline_starts_another_line() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from tests._pdf_helpers import canvas_pdf
    from vitrina.ingest.pdf import read_geometry

    text = "and the barge reached the weir at dusk."

    def draw(c, _page: int) -> None:
        c.setFont("Times-Roman", 10)
        c.drawString(72, 700, text)
        c.setFont("Helvetica-Bold", 20)
        c.drawString(72 + stringWidth(text, "Times-Roman", 10) + 45, 700, "1851")

    [page] = read_geometry(canvas_pdf(draw)).pages
    assert [line.text for line in page.lines] == [text, "1851"]


def test_a_unit_font_scaled_by_its_matrix_reads_at_its_printed_size() -> None:
    def draw(c, _page: int) -> None:
        for top, size, text in ((700, 24, "The Salt Marsh"), (660, 10, "Samphire grows where the tide reaches.")):
            t = c.beginText()
            t.setTextTransform(size, 0, 0, size, 72, top)
            t.setFont("Helvetica", 1)
            t.textOut(text)
            c.drawText(t)

    [page] = pdf.read_geometry(canvas_pdf(draw)).pages
    assert [(line.text, round(line.size)) for line in page.lines] == [
        ("The Salt Marsh", 24), ("Samphire grows where the tide reaches.", 10)]


def test_a_page_drawn_at_a_scale_reads_its_type_at_the_printed_size_and_its_columns_apart() -> None:
    # a page laid out in CSS pixels and scaled to points: 10 pt type is a large font in a small matrix
    scale = 0.09375
    left = ["The ferry crossed at slack water", "and the drovers swam the cattle", "behind the boat in summer,",
            "when the river ran low enough", "for a beast to keep its footing."]
    right = ["Tolls were paid at the inn door", "in silver or in salted fish,", "as the keeper's ledger shows,",
             "and a drover who could not pay", "left a calf tied at the gate."]

    def draw(c, _page: int) -> None:
        c.scale(scale, scale)
        c.setFont("Times-Roman", 10 / scale)
        for row, (one, two) in enumerate(zip(left, right, strict=True)):
            y = (700 - 13 * row) / scale
            c.drawString(72 / scale, y, one)  # each row written across both columns, as a browser prints
            c.drawString(300 / scale, y, two)

    [page] = pdf.read_geometry(canvas_pdf(draw)).pages
    assert [(line.text, round(line.size)) for line in page.lines if line.x0 < 200] == [(t, 10) for t in left]
    assert [line.text for line in page.lines if line.x0 > 200] == right


def test_glyphs_up_a_turned_line_stay_on_it_and_a_glyph_apart_on_both_axes_is_off() -> None:
    from array import array

    up = array("d", [300.0, 202.0, 307.0, 208.6, 300.0, 195.2, 307.0, 201.9])  # two near-square glyphs going up
    assert not pdf._off_turned_line(up, 300.0, 190.2, 307.0, 195.2)
    assert pdf._off_turned_line(up, 420.0, 300.0, 427.0, 306.0)


def _glyphs(text: str, size: float, tracking: float, spaces: dict[int, float]) -> tuple[list[str], array]:
    """Glyph boxes half the size wide, ``tracking`` (share of the size) apart, a space
    character at each index of ``spaces`` spanning the gap it is given (share of the size)."""
    boxes, x = array("d"), 0.0
    for k, ch in enumerate(text):
        if ch == " ":
            boxes.extend((x, 0, x + spaces[k] * size, size))
            x += spaces[k] * size
            continue
        if k and text[k - 1] != " ":
            x += tracking * size
        boxes.extend((x, 0, x + size / 2, size))
        x += size / 2
    return list(text), boxes


def test_a_space_no_wider_than_the_tracking_is_closed() -> None:
    chars, boxes = _glyphs("R OOM 4", 11.0, 0.13, {1: 0.13, 5: 0.6})
    closed, kept = pdf._tracked_spaces_closed(chars, boxes, 11.0)
    assert "".join(closed) == "ROOM 4" and len(kept) == 4 * len(closed)


def test_a_narrow_word_space_in_untracked_type_stays() -> None:
    chars, boxes = _glyphs("of Elm and reed", 17.0, 0.0, {2: 0.1, 6: 0.27, 10: 0.25})
    assert "".join(pdf._tracked_spaces_closed(chars, boxes, 17.0)[0]) == "of Elm and reed"


def _label_beside_heading(label: str, gap: float):
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def draw(c, _page: int) -> None:
        c.setFont("Helvetica-Bold", 7)  # a small label set high in its cell, then the heading
        c.drawString(72, 708, label)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72 + stringWidth(label, "Helvetica-Bold", 7) + gap, 700, "A Quiet Harbour")

    return _texts(draw)


def test_small_label_of_words_beside_a_heading_is_a_word_apart() -> None:
    assert "Room 4 A Quiet Harbour" in _label_beside_heading("Room 4", 1.0)


def test_raised_note_call_before_a_word_adds_no_space() -> None:
    texts = _label_beside_heading("4", 0.2)
    assert not any("4 A Quiet" in text for text in texts)


def test_a_kerned_pair_opening_a_letter_spaced_run_joins_it(monkeypatch: pytest.MonkeyPatch) -> None:
    # "WA" kerned close (no space glyph between them), the other letters one tracking space apart
    chars, boxes = _glyphs("WA L K S T W O", 8.0, 0.0, {2: 0.14, 4: 0.14, 6: 0.14, 8: 0.56, 10: 0.14, 12: 0.14})
    assert "".join(pdf._letter_spacing_closed(chars, boxes, 8.0)[0]) == "WALKS TWO"
    monkeypatch.setitem(pdf.LINE_LIMITS, "spaced_kerned_pairs", 0)
    assert "".join(pdf._letter_spacing_closed(chars, boxes, 8.0)[0]) == "WA LKS TWO"


def test_a_short_word_before_a_letter_spaced_run_stays_a_word_apart() -> None:
    chars, boxes = _glyphs("to W A L K S T W O", 8.0, 0.0,
                           {2: 0.56, 4: 0.14, 6: 0.14, 8: 0.14, 10: 0.14, 12: 0.56, 14: 0.14, 16: 0.14})
    assert "".join(pdf._letter_spacing_closed(chars, boxes, 8.0)[0]) == "to WALKS TWO"


def test_a_bold_lead_placed_a_thin_space_before_roman_text_is_a_word() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    lead = "Below:"

    def draw(c, _page: int) -> None:
        c.setFont("Helvetica-Bold", 8)
        c.drawString(72, 700, lead)
        after = 72 + stringWidth(lead, "Helvetica-Bold", 8) + 0.12 * 8  # narrower than a word space
        c.setFont("Helvetica", 8)
        c.drawString(after, 700, "A lantern from the north pier.")
        c.drawString(72, 680, "Short" + "gap")  # one face: no space inside a word
        c.setFont("Helvetica-Bold", 8)
        c.drawString(72, 660, "Bold")
        c.setFont("Helvetica", 8)
        c.drawString(72 + stringWidth("Bold", "Helvetica-Bold", 8), 660, "face")  # a face turning with no gap

    texts = _texts(draw)
    assert "Below: A lantern from the north pier." in texts
    assert "Shortgap" in texts and "Boldface" in texts
