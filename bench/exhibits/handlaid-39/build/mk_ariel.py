# -*- coding: utf-8 -*-
"""ariel_bicycle_1870: an A3 poster whose two columns flow around a round picture (a wheel), Free Spire.PDF.

Lines are broken by breaker.py with Spire's font metrics; each line gets the width left beside the circle (and
the caption block under it) at its own height, so the lines beside the wheel are of many different widths.
(I first tried ExactImage's hocr2pdf 1.0.2 with my own hOCR; it ignored every bbox and stacked the words at the
top-left corner, so I dropped it.)
"""
import math
import os
import sys


sys.path.insert(0, os.path.dirname(__file__))
import content  # noqa: E402
from breaker import break_lines  # noqa: E402
import spire_util as S  # noqa: E402
from spire_util import RectangleF  # noqa: E402

D = content.ARIEL
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
WPT, HPT = 842.0, 1191.0
RED = (150, 30, 30)
FOOT_L = "Foleshill Cycle Museum, Coventry · Poster 2"
FOOT_R = "foleshillcycles.example"
class Poster:
    def __init__(self):
        self.doc = S.new_doc(WPT, HPT)
        self.pg = S.add_page(self.doc, WPT, HPT)

    def width(self, s, face, size):
        return S.measure(face, size)(s)

    def text(self, s, face, size, x, y, fill=0):
        S.text(self.pg, s, face, size, x, y, (fill, fill, fill) if isinstance(fill, int) else fill)

    def ellipse(self, x, y, w, h, grey):
        self.pg.Canvas.DrawEllipse(S.brush((grey, grey, grey)), RectangleF(float(x), float(y), float(w), float(h)))


# geometry (pt)
C1, C2, CW = 56.0, 441.0, 345.0
CX, CY, R = 421.0, 690.0, 158.0
PAD = 14.0
CAPH = 84.0
TOP, BOT = 392.0, 1096.0


def span(y0, y1):
    """Half-width of the circle over the band y0..y1 (0 if the band misses it)."""
    if y1 < CY - R or y0 > CY + R + CAPH:
        return None
    yy = min(max(CY, y0), y1)  # the point of the band nearest the centre row
    h = math.sqrt(max(0.0, R * R - (yy - CY) ** 2))
    if y1 > CY + R - 40 and y0 < CY + R + CAPH:
        h = max(h, 104.0)  # the caption block under the wheel
    return h


def col_extent(col, y, lead):
    x0 = C1 if col == 0 else C2
    x1 = x0 + CW
    h = span(y, y + lead)
    if h is not None:
        if col == 0:
            x1 = min(x1, CX - h - PAD)
        else:
            x0 = max(x0, CX + h + PAD)
    return x0, x1


class Flow:
    def __init__(self, P):
        self.P, self.col, self.y = P, 0, TOP

    def need(self, h):
        if self.y + h > BOT:
            self.col += 1
            self.y = TOP

    def para(self, text, face="serif", size=14.5, lead=19.5, indent=0.0):
        P = self.P
        words = text.split()
        # break line by line so that each line gets the width at its own height
        rest = " ".join(words)
        first = True
        while rest:
            self.need(lead)
            x0, x1 = col_extent(self.col, self.y, lead)
            ind = indent if first else 0.0
            lines = break_lines(rest, lambda s: P.width(s, face, size), lambda i: x1 - x0 - ind)
            ln = lines[0][0]
            P.text(ln, face, size, x0 + ind, self.y)
            self.y += lead
            # remove the words used
            used = ln.split()
            n = len(used)
            whole = words[n - 1]
            if lines[0][1]:
                head = used[-1]
                cut = len(head) if whole.startswith(head) else len(head) - 1
                words = [whole[cut:]] + words[n:]
            else:
                words = words[n:]
            rest = " ".join(words)
            first = False


def main():
    P = Poster()
    # title block
    P.text(D["kicker"], "sans-b", 12, 56, 40, 90)
    P.text(D["title_lines"][0], "serif-b", 66, 56, 60)
    P.text(D["title_lines"][1], "serif-b", 44, 56, 138)
    P.text(D["title_lines"][2], "serif-i", 30, 56, 192)
    y = 250.0
    for ln, _ in break_lines(D["intro"], lambda s: P.width(s, "serif-i", 17), lambda i: 730.0):
        P.text(ln, "serif-i", 17, 56, y)
        y += 23
    S.hline(P.pg, 56, y + 12, 786, RED, 2.0)
    # the wheel: a grey disk with a hub; its caption sits below it, inside the circle's bounding band
    P.ellipse(CX - R, CY - R, 2 * R, 2 * R, 200)
    P.ellipse(CX - 14, CY - 14, 28, 28, 160)
    f = Flow(P)
    secs = D["sections"]
    mark = D["note_after"]
    for si, s in enumerate(secs[:3]):
        f.y += 10 if si else 0
        f.need(60)
        x0, _ = col_extent(f.col, f.y, 24)
        P.text(s["label"] + ".", "serif-b", 20, x0, f.y, RED)
        P.text(s["title"], "sans-b", 17, x0 + 34, f.y + 2)
        f.y += 30
        for pi, p in enumerate(s["paras"]):
            if (si, pi) == mark[:2]:
                k = p.rindex(mark[2]) + len(mark[2])
                p = p[:k] + "*" + p[k:]
            f.para(p, indent=(0.0 if pi == 0 else 16.0))
            f.y += 4
    # caption of the wheel: centred under the disk, drawn after the text of section i
    c = secs[0]["caption"]
    cy = CY + R + 10
    clines = break_lines(c["position"] + ": " + c["text"], lambda s: P.width(s, "sans", 10.5), lambda i: 190.0)
    for ln, _ in clines:
        P.text(ln, "sans", 10.5, CX - 95, cy, 40)
        cy += 13.5
    P.text(c["credit"], "sans-i", 9.5, CX - 95, cy, 90)
    # sidebar at the foot of column 2
    sb = secs[3]
    lines = break_lines(sb["paras"][0], lambda s: P.width(s, "serif", 13), lambda i: CW - 28)
    h = 16 + 22 + len(lines) * 17 + 10
    y0 = BOT - h
    if f.col != 1 or f.y > y0 - 8:
        raise SystemExit("sidebar clash: col %d y %.0f box %.0f" % (f.col, f.y, y0))
    S.rect(P.pg, C2, y0, CW, BOT - y0, (236, 232, 222))
    P.text(sb["title"], "sans-b", 15, C2 + 14, y0 + 12)
    yy = y0 + 38
    for ln, _ in lines:
        P.text(ln, "serif", 13, C2 + 14, yy)
        yy += 17
    # note and footer
    P.text(D["note"], "serif-i", 10.5, 56, 1112, 60)
    S.hline(P.pg, 56, 1140, 786)
    P.text(FOOT_L, "sans", 10, 56, 1148, 80)
    P.text(FOOT_R, "sans", 10, 786 - P.width(FOOT_R, "sans", 10), 1148, 80)
    base = os.path.join(OUT, D["name"])
    P.doc.DocumentInformation.Title = content.title_of(D)
    P.doc.SaveToFile(base + ".pdf")
    P.doc.Close()
    content.write_gold(D, [FOOT_L, FOOT_R], base + ".json")
    print("flow end col", f.col, "y", round(f.y))


if __name__ == "__main__":
    main()
