# -*- coding: utf-8 -*-
"""Draws a layout.Doc display list with PaPDF, page by page, op by op, in the given
order (so the content-stream order is the order of the list)."""
from PaPDF import PaPDF
import layout


def paint(doc, filename, title):
    pdf = PaPDF(filename, "A4", title=title)
    pdf.w_mm, pdf.h_mm = doc.w, doc.h          # any page size (PaPDF knows only portrait formats)
    used = {op[4] for ops in doc.pages for op in ops if op[0] == "t"}
    for name, f in layout.FONTS.items():
        if name in used:       # embed only the fonts this document uses
            pdf.addTrueTypeFont("Liberation" + name, layout.FONTDIR + f)
    for pi, ops in enumerate(doc.pages):
        if pi:
            pdf.addPage()
        for op in ops:
            if op[0] == "t":
                _, x, y, s, font, size, color, track = op
                pdf.setFont("Liberation" + font, size)
                pdf.setFillColor(color)
                if track:
                    cx = x
                    for ch in s:
                        if ch != " ":
                            pdf.addText(cx, doc.h - y, ch)
                        cx += layout.width(ch, font, size) + track
                else:
                    pdf.addText(x, doc.h - y, s)
            elif op[0] == "r":
                _, x, y, w, h, fill = op
                pdf.setFillColor(fill)
                pdf.setStrokeColor(fill)
                pdf.setLineThickness(0)
                pdf.addPath([(x, doc.h - y), (x + w, doc.h - y), (x + w, doc.h - y - h), (x, doc.h - y - h)],
                            fill=True, close=False)
            elif op[0] == "l":
                _, x0, y0, x1, y1, color, lw = op
                pdf.setStrokeColor(color)
                pdf.setLineThickness(lw)
                pdf.addLine(x0, doc.h - y0, x1, doc.h - y1)
    pdf.close()
