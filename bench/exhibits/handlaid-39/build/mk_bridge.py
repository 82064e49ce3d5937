# -*- coding: utf-8 -*-
"""london_bridge_sale_1968: a DOCX made by Free Spire.PDF's PDF-to-Word converter.

A gallery text laid out as a two-page A4 PDF with Free Spire.PDF (lines broken by breaker.py with Spire's font
metrics, a paragraph crossing the page break, running head and folio, a picture with its caption beside it, a
tinted sidebar), then converted with `PdfDocument.SaveToFile(..., FileFormat.DOCX)`, as an office would do
when it has only the printer's PDF.  The intermediate PDF is kept as build/london_bridge_source.pdf.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import content  # noqa: E402
from breaker import break_lines  # noqa: E402
import spire_util as S  # noqa: E402

D = content.BRIDGE
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
W, H = 595.0, 842.0
X, CW = 80.0, 435.0
TOP, BOT = 70.0, 770.0
GREEN = (30, 80, 60)
HEAD = "River Crossings · The Bridge That Moved"
FOOT = "Thameside Bridge House Museum"


class Doc:
    def __init__(self):
        self.doc = S.new_doc(W, H)
        self.n = 0
        self.new_page()

    def new_page(self):
        self.pg = S.add_page(self.doc, W, H)
        self.n += 1
        S.text(self.pg, HEAD, "sans", 8, X, 34, S.GREY)
        S.hline(self.pg, X, 46, X + CW)
        self.y = TOP

    def foot(self):
        S.hline(self.pg, X, 790, X + CW)
        S.text(self.pg, FOOT, "sans", 8, X, 797, S.GREY)
        f = str(self.n)
        S.text(self.pg, f, "sans-b", 9, X + CW - S.measure("sans-b", 9)(f), 796, S.GREY)

    def need(self, h):
        if self.y + h > BOT:
            self.foot()
            self.new_page()

    def para(self, text, face="serif", size=11.0, lead=15.0, width=CW, x=X, indent=0.0, rgb=S.BLACK):
        m = S.measure(face, size)
        lines = break_lines(text, m, lambda i: width - (indent if i == 0 else 0.0))
        for i, (ln, _) in enumerate(lines):
            self.need(lead)
            S.text(self.pg, ln, face, size, x + (indent if i == 0 else 0.0), self.y, rgb)
            self.y += lead


def build_pdf(path, body_size=11.0):
    d = Doc()
    pg = d.pg
    S.text(pg, D["kicker"], "sans-b", 9, X, 62, GREEN)
    S.text(pg, D["title_lines"][0], "serif-b", 28, X, 76, GREEN)
    S.text(pg, D["title_lines"][1], "serif-i", 19, X, 110, GREEN)
    d.y = 146
    d.para(D["intro"], face="serif-b", size=12, lead=16.5)
    d.y += 12
    secs = D["sections"]
    for si, s in enumerate(secs[:3]):
        d.need(70)
        d.y += 6
        S.text(d.pg, s["label"], "sans-b", 9, X, d.y, GREEN)
        d.y += 13
        S.text(d.pg, s["title"], "sans-b", 14, X, d.y)
        d.y += 22
        for pi, p in enumerate(s["paras"]):
            d.para(p, size=body_size, lead=15.0, indent=(0.0 if pi == 0 else 14.0))
            if pi == 0 and s.get("caption"):
                c = s["caption"]
                d.need(150)
                d.y += 8
                # caption to the left, picture to the right
                S.rect(d.pg, X + 175, d.y, CW - 175, 140, (205, 205, 205))
                y0 = d.y
                S.text(d.pg, c["position"] + ":", "sans-b", 9, X, d.y)
                d.y += 12
                d.para(c["text"], face="sans", size=9, lead=12, width=160)
                d.para(c["credit"], face="sans-i", size=8, lead=11, width=160, rgb=S.GREY)
                d.y = y0 + 150
        d.y += 8
    sb = secs[3]
    m = S.measure("serif", 10)
    lines = break_lines(sb["paras"][0], m, lambda i: CW - 30)
    h = 14 + 20 + len(lines) * 13.5 + 10
    d.need(h + 10)
    d.y += 8
    S.rect(d.pg, X, d.y, CW, h, (222, 234, 226))
    S.text(d.pg, sb["title"], "sans-b", 11.5, X + 15, d.y + 12, GREEN)
    yy = d.y + 32
    for ln, _ in lines:
        S.text(d.pg, ln, "serif", 10, X + 15, yy)
        yy += 13.5
    d.foot()
    d.doc.DocumentInformation.Title = content.title_of(D)
    d.doc.SaveToFile(path)
    d.doc.Close()
    return d.n


def main():
    src = os.path.join(HERE, "london_bridge_source.pdf")
    pages = build_pdf(src, float(sys.argv[1]) if len(sys.argv) > 1 else 11.0)
    doc = S.PdfDocument()
    doc.LoadFromFile(src)
    doc.SaveToFile(os.path.join(OUT, D["name"] + ".docx"), S.FileFormat.DOCX)
    doc.Close()
    running = [HEAD, FOOT] + [str(i + 1) for i in range(pages)]
    content.write_gold(D, running, os.path.join(OUT, D["name"] + ".json"))
    print("pages", pages)


if __name__ == "__main__":
    main()
