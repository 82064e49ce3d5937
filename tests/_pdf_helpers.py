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


def numbered_fonts() -> dict[str, str]:
    """reportlab's bundled Vera TrueType faces registered under names that state no face
    ("N1" regular, "N2" bold, "N3" oblique; their name tables' style words overwritten),
    as producers that number their fonts embed them: {face: registered name}."""
    import struct
    from pathlib import Path

    import reportlab
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    folder = Path(reportlab.__file__).parent / "fonts"
    faces = {"regular": ("N1", "Vera.ttf"), "bold": ("N2", "VeraBd.ttf"), "italic": ("N3", "VeraIt.ttf")}
    for name, file in faces.values():
        data = (folder / file).read_bytes()
        for k in range(struct.unpack(">H", data[4:6])[0]):
            tag, _, offset, length = struct.unpack(">4sIII", data[12 + 16 * k : 28 + 16 * k])
            if tag == b"name":
                table = data[offset : offset + length]
                for style, blank in ((b"Bold", b"Fbbb"), (b"Oblique", b"Foooooo"), (b"Roman", b"Fnnnn")):
                    table = table.replace(style, blank).replace(
                        style.decode().encode("utf-16-be"), blank.decode().encode("utf-16-be"))
                data = data[:offset] + table + data[offset + length :]
        pdfmetrics.registerFont(TTFont(name, io.BytesIO(data)))
    return {face: name for face, (name, _) in faces.items()}


def bare_descriptors(data: bytes) -> bytes:
    """``data`` (a reportlab PDF) with its font descriptors stating no weight or slant: no
    bold flag, one stem width, an upright angle (each value blanked in place, so that the
    cross-reference offsets hold)."""
    import re

    def blank(match: re.Match[bytes]) -> bytes:
        key, value = match.group(1), match.group(2)
        plain = {b"Flags": b"4", b"StemV": b"80", b"ItalicAngle": b"0"}[key]
        return b"/" + key + b" " + plain.ljust(len(value))

    return re.sub(rb"/(Flags|StemV|ItalicAngle) (-?\d+)", blank, data)


def one_font_name(data: bytes) -> bytes:
    """``data`` (a reportlab PDF with embedded fonts) with every embedded font named alike,
    "Unknown", as producers that name no font write them: only the fonts' own programs then
    tell their faces apart (each name blanked in place, so that the cross-reference offsets hold)."""
    import re

    def rename(match: re.Match[bytes]) -> bytes:
        return (b"/" + match.group(1) + b" /Unknown").ljust(len(match.group(0)))

    return re.sub(rb"/(BaseFont|FontName) /[A-Z]{6}\+[^\s/>\]]+", rename, data)


def heavy_stems_named(data: bytes, names: dict[bytes, bytes]) -> bytes:
    """``data`` (a reportlab PDF with embedded fonts) with every font's stem width set heavy
    (pdfium then guesses a bold weight from it) and each font renamed by ``names`` (its base
    name after the subset tag to a new one), written again by pdfium with a new
    cross-reference table."""
    import io
    import re

    import pypdfium2 as pdfium

    data = re.sub(rb"/StemV \d+", b"/StemV 187", data)
    for old, new in names.items():
        data = re.sub(rb"(/(?:BaseFont|FontName) /[A-Z]{6}\+)" + re.escape(old) + rb"(?=[\s/>\]])",
                      lambda m, new=new: m.group(1) + new, data)
    buf = io.BytesIO()
    pdfium.PdfDocument(data).save(buf)
    return buf.getvalue()
