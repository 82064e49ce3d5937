"""A PDF line holding a right-to-left run (Hebrew) is read in logical order and stays one line, whatever order the
producer drew its glyphs in (round 46 red team D2; ``vitrina.ingest._bidi``). Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests._pdf_helpers import canvas_pdf
from vitrina.ingest import pdf
from vitrina.ingest._bidi import base_is_right_to_left, logical_order

FIXTURE = Path(__file__).parent / "fixtures" / "ingest" / "shaped_hebrew_lines.pdf"
PHRASE = "החוט הכחול"  # "the blue thread", drawn reversed: as it is seen
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")


def _logical(visual: str, right_base: bool = False) -> str:
    return "".join(visual[i] for i in logical_order(visual, right_base))


@pytest.mark.parametrize(("visual", "right_base", "logical"), [
    ("The sign says םולש to all.", False, "The sign says שלום to all."),  # one word in an English line
    ("Seen: ןטק רפס by him", False, "Seen: ספר קטן by him"),  # two words: their order turns too
    ("Seen: ןטק רפס", False, "Seen: ספר קטן"),  # more Hebrew than English, read from its English start
    ("הנש 1875 הנבנ", True, "נבנה 1875 שנה"),  # a right-to-left line: its number keeps its digits' order
    ("by him ןטק רפס", True, "ספר קטן by him"),  # a right-to-left line ending in English
    ("plain English line", False, "plain English line"),
])
def test_visual_order_is_read_back_in_logical_order(visual: str, right_base: bool, logical: str) -> None:
    assert _logical(visual, right_base) == logical


def test_a_line_s_direction_is_its_letters_else_its_page_s() -> None:
    english, hebrew = "An English page around the line.", "עמוד שכולו עברית סביב השורה"
    assert base_is_right_to_left("1875 ספר קטן", english)  # right-to-left letters only
    assert not base_is_right_to_left("Seen: ספר קטן ספר", english)  # mixed: the page says
    assert base_is_right_to_left("Seen: ספר קטן ספר", hebrew)
    assert not base_is_right_to_left("plain words", hebrew)


def test_a_harfbuzz_shaped_line_mixing_english_and_hebrew_stays_one_line_in_reading_order() -> None:
    # fpdf2 with HarfBuzz shaping draws a right-to-left run word by word in visual order (pdftotext reads it right)
    (doc,) = pdf.read(FIXTURE.read_bytes(), str(FIXTURE))
    assert doc.title == "Notes on the Glass Workshop"
    assert "The label reads אור חדש לעיר העתיקה beside the lamp from 1921." in doc.text
    assert "הספר נכתב בשנת 1890 על ידי הנגר" in doc.text
    assert all("העתיקה" not in s.title and "beside" not in s.title for s in doc.sections)


def _hebrew_pages(c, _number: int) -> None:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    pdfmetrics.registerFont(TTFont("DejaVu", str(DEJAVU)))
    c.setFont("DejaVu", 12)
    c.drawString(72, 700, "A Note on the Weaver")
    # an English line with a Hebrew phrase drawn as seen, in one string (visual order)
    c.drawString(72, 670, "The weaver wrote " + PHRASE[::-1] + " on the loom in 1902.")
    # a Hebrew line drawn glyph by glyph from the right, in reading order (each letter left of the one before)
    x = 400.0
    for ch in "האורג גר בכפר":
        width = pdfmetrics.stringWidth(ch, "DejaVu", 12)
        x -= width
        c.drawString(x, 640, ch)


@pytest.mark.skipif(not DEJAVU.exists(), reason="the DejaVu font is not installed")
def test_lines_drawn_in_visual_or_in_reading_order_are_read_alike() -> None:
    pytest.importorskip("reportlab")
    (doc,) = pdf.read(canvas_pdf(_hebrew_pages), "/tmp/weaver.pdf")
    assert "The weaver wrote " + PHRASE + " on the loom in 1902." in doc.text
    assert "האורג גר בכפר" in doc.text
