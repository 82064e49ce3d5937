# -*- coding: utf-8 -*-
"""quebec_bridge_1907: a bilingual (English/French) wall panel made with emboss-pdf
(PyPI; its own layout engine and tagged-PDF writer).  Each panel is a numbered
heading and a two-column row (English left, French right, in italics)."""
import re

import content as C
from emboss import (Callout, Columns, Document, Footnote, Heading, HeaderFooter, Image, PageSpec, Paragraph,
                    PullQuote, TextRun)
from emboss.styles import Style

ex = C.QUEBEC

EN = Style(align="justify", hyphenate=True, font_size=10)
FR = Style(align="left", hyphenate=False, font_size=10)
CAP = Style(font_size=8.5)


def runs(p, italic=False):
    """Paragraph runs; a ^1^ mark becomes a small glued run."""
    out = []
    pos = 0
    for m in re.finditer(r"\^([^^]+)\^", p):
        out.append(TextRun(p[pos:m.start()], italic=italic))
        out.append(TextRun(m.group(1), font_size=6, italic=italic))
        pos = m.end()
    out.append(TextRun(p[pos:], italic=italic))
    return [r for r in out if r.text]


def row(en, fr):
    return Columns([[Paragraph(runs(p), style=EN) for p in en],
                    [Paragraph(runs(p, italic=True), style=FR) for p in fr]], gap=24)


def grey_png(w, h, g=190):
    import struct
    import zlib
    raw = b"".join(b"\x00" + bytes([g]) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def build(out):
    doc = Document(
        title=ex["title"], author="Cap-Rouge River Museum", language="en-CA", style="corporate",
        page=PageSpec.a4(landscape=True, margin_top=54, margin_bottom=50, margin_left=44, margin_right=44),
        header=HeaderFooter(left=ex["museum"], right=ex["header_right"], separator_line=True),
        footer=HeaderFooter(right="{page}"),
        creator="ex_quebec_emboss.py (hand-laid set r21)", producer="emboss-pdf 1.3.1")
    doc.add(row([ex["intro_en"]], [ex["intro_fr"]]))
    for i, s in enumerate(ex["sections"]):
        doc.add(Heading(s["title"], level=2, numbering=s["label"]))
        doc.add(row(s["en"], s["fr"]))
        if s.get("note"):
            doc.add(Footnote(s["note"]))
        if s.get("captions"):
            doc.add(Image(grey_png(700, 150), alt_text="Grey placeholder", width=680, height=145))
            ce, cf = s["captions"]
            doc.add(Columns([
                [Paragraph([TextRun(ce["position"] + ": ", bold=True), TextRun(ce["text"], italic=True)], style=CAP),
                 Paragraph([TextRun(ce["credit"], font_size=7.5, color="666666")], style=CAP)],
                [Paragraph([TextRun(cf["position"] + " : ", bold=True), TextRun(cf["text"], italic=True)], style=CAP),
                 Paragraph([TextRun(cf["credit"], font_size=7.5, color="666666")], style=CAP)]], gap=24))
        if i == 1:
            doc.add(PullQuote(ex["pullquote_en"], attribution=ex["pullquote_fr"]))
    sb = ex["sidebar"]
    doc.add(Heading(sb["title"], level=3))
    doc.add(Columns([[Callout(runs(p), variant="info", icon="") for p in sb["en"]],
                     [Callout(runs(p, italic=True), variant="info", icon="") for p in sb["fr"]]], gap=24))
    doc.save(out)


if __name__ == "__main__":
    build("../" + ex["name"] + ".pdf")
    C.write_gold(ex, "..")
    print("quebec (emboss) written")
