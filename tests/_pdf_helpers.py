"""Pages drawn with reportlab's canvas for the PDF reader's tests (reportlab is a test extra)."""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import Any


def canvas_pdf(draw: Callable[[Any, int], None], pages: int = 1, title: str | None = None) -> bytes:
    """A PDF of ``pages`` letter pages, each drawn by ``draw(canvas, page_number)``."""
    from reportlab.pdfgen import canvas

    buf = io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792))
    if title:
        c.setTitle(title)
    for number in range(1, pages + 1):
        draw(c, number)
        c.showPage()
    c.save()
    return buf.getvalue()


def draw_lines(c: Any, x: float, y: float, lines: list[str], font: str = "Times-Roman", size: float = 10,
               leading: float = 12.5) -> float:
    """Set ``lines`` from baseline ``y`` down; returns the next baseline."""
    c.setFont(font, size)
    for line in lines:
        c.drawString(x, y, line)
        y -= leading
    return y


def glyph_line(page: int, x: float, top: float, text: str, size: float = 10.0, bold: bool = False,
               italic: bool = False) -> Any:
    """A ``TextLine`` as the PDF reader gives it: one glyph box per character, each half the
    font size wide, from ``x`` along the baseline under ``top``."""
    from vitrina.structure.geometry import TextLine

    boxes = [v for k in range(len(text)) for v in (x + k * size / 2, top, x + (k + 1) * size / 2, top + size)]
    return TextLine(page, text, boxes, size, bold, italic)
