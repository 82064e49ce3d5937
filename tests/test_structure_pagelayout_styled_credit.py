"""Round 42 (structset47): a credit line set in the credit's own type (smaller and italic
under an upright caption) that opens on the object's medium and date before the lender is
the credit whole; in the caption's own type the medium stays the caption's sentence.
Every text is invented."""

from __future__ import annotations

import pytest

from tests._pdf_helpers import canvas_pdf
from tests._pdf_helpers import draw_lines as _lines
from vitrina.ingest import pdf
from vitrina.structure import pagelayout
from vitrina.structure.pagelayout import rebuild_pdf

reportlab = pytest.importorskip("reportlab")

FERRY = [
    "The chain ferry crossed the river forty times a day, hauled along two iron chains",
    "laid on the river bed, and carried carts, cattle and the mail between the towns.",
    "Its engine house on the north bank still stands, though the chains were lifted.",
]
CAPTION = ["Right: The ferry's winding drum,", "cast at the town foundry."]
CREDIT = "Iron, about 1861. Lent by the Society of River Engineers"


def _page(credit_font: str, credit_size: float):
    def draw(c, _number: int) -> None:
        from PIL import Image
        from reportlab.lib.utils import ImageReader

        _lines(c, 72, 712, ["Crossing the River"], "Helvetica-Bold", 26)
        y = _lines(c, 72, 680, FERRY * 4, "Times-Roman", 11, 14)
        c.drawImage(ImageReader(Image.new("RGB", (40, 30), (120, 140, 160))), 72, y - 130, 200, 120)
        y = _lines(c, 72, y - 140, CAPTION, "Helvetica", 8, 10)
        _lines(c, 72, y, [CREDIT], credit_font, credit_size, 10)
    return rebuild_pdf(pdf.read_geometry(canvas_pdf(draw)), "ferry", "/tmp/ferry.pdf")


def _captions(doc) -> list[tuple[str, str | None]]:
    return [(doc.text[b.start : b.end], b.credit) for b in doc.blocks if b.kind == "caption"]


def test_a_medium_and_lender_line_in_smaller_italic_type_is_the_credit_whole() -> None:
    assert _captions(_page("Helvetica-Oblique", 7)) == [("The ferry's winding drum, cast at the town foundry.", CREDIT)]


def test_without_the_switch_the_medium_stays_the_captions(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(pagelayout.LIMITS, "styled_credit_lines", 0)
    [(caption, _credit)] = _captions(_page("Helvetica-Oblique", 7))
    assert caption.endswith("Iron, about 1861.")


def test_in_the_captions_own_type_the_medium_is_the_captions_sentence() -> None:
    [(caption, _credit)] = _captions(_page("Helvetica", 8))
    assert caption.endswith("Iron, about 1861.")
