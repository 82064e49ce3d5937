# -*- coding: utf-8 -*-
"""Thin helpers over Free Spire.PDF for Python (spire-pdf-free 10.12.0)."""
from spire.pdf.common import *  # noqa: F401,F403
from spire.pdf import *  # noqa: F401,F403

LIB = "/usr/share/fonts/truetype/liberation/"
FACES = {
    "serif": LIB + "LiberationSerif-Regular.ttf",
    "serif-i": LIB + "LiberationSerif-Italic.ttf",
    "serif-b": LIB + "LiberationSerif-Bold.ttf",
    "sans": LIB + "LiberationSans-Regular.ttf",
    "sans-b": LIB + "LiberationSans-Bold.ttf",
    "sans-i": LIB + "LiberationSans-Italic.ttf",
}
_fonts = {}


def font(face, size):
    key = (face, size)
    if key not in _fonts:
        _fonts[key] = PdfTrueTypeFont(FACES[face], float(size))
    return _fonts[key]


_mcache = {}


def measure(face, size):
    f = font(face, size)

    def m(s):
        k = (face, size, s)
        if k not in _mcache:
            _mcache[k] = f.MeasureString(s).Width
        return _mcache[k]
    return m


def brush(rgb):
    r, g, b = rgb
    return PdfSolidBrush(PdfRGBColor(Color.FromArgb(255, r, g, b)))


BLACK = (0, 0, 0)
GREY = (90, 90, 90)


def text(page, s, face, size, x, y, rgb=BLACK):
    page.Canvas.DrawString(s, font(face, size), brush(rgb), float(x), float(y))


def rect(page, x, y, w, h, rgb=(200, 200, 200)):
    page.Canvas.DrawRectangle(brush(rgb), RectangleF(float(x), float(y), float(w), float(h)))


def frame(page, x, y, w, h, rgb=(120, 120, 120), width=0.6):
    pen = PdfPen(PdfRGBColor(Color.FromArgb(255, *rgb)), float(width))
    page.Canvas.DrawRectangle(pen, RectangleF(float(x), float(y), float(w), float(h)))


def hline(page, x1, y, x2, rgb=(120, 120, 120), width=0.6):
    pen = PdfPen(PdfRGBColor(Color.FromArgb(255, *rgb)), float(width))
    page.Canvas.DrawLine(pen, float(x1), float(y), float(x2), float(y))


def new_doc(w, h):
    doc = PdfDocument()
    doc.PageSettings.Margins = PdfMargins(0.0)
    doc.PageSettings.Size = SizeF(float(w), float(h))
    return doc


def add_page(doc, w, h):
    return doc.Pages.Add(SizeF(float(w), float(h)), PdfMargins(0.0))
