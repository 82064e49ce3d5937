"""A brochure's back panel holding only an imprint line on the last page: running text,
not a caption or a paragraph. Every text is invented."""

from __future__ import annotations

from tests._pdf_helpers import canvas_pdf, draw_lines
from vitrina.ingest import pdf

SALT = [
    "For two hundred years the salt of the coastal",
    "pans came up the river to the market towns by",
    "cart and later by barge, and the towns on the",
    "road grew rich on the tolls they took from it.",
    "The carters paid a toll at every bridge, which",
    "made the salt dearer with every mile inland.",
]


def _brochure(c, number: int) -> None:
    if number == 1:
        draw_lines(c, 60, 720, ["The Salt Road"], "Helvetica-Bold", 22)
        draw_lines(c, 60, 680, SALT, "Times-Roman", 11, 14)
    else:
        draw_lines(c, 60, 720, SALT[::-1], "Times-Roman", 11, 14)
        draw_lines(c, 60, 620, SALT, "Times-Roman", 11, 14)
        draw_lines(c, 400, 400, ["Salt Road Museum · Summer Guide"], "Helvetica", 8)


def test_an_imprint_alone_in_the_back_panel_is_running() -> None:
    (doc,) = pdf.read(canvas_pdf(_brochure, pages=2), "/tmp/salt.pdf")
    body = [doc.text[b.start : b.end] for b in doc.blocks]
    assert not any("Summer Guide" in text for text in body)
    assert any("grew rich on the tolls" in text for text in body)
