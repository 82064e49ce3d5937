# -*- coding: utf-8 -*-
"""sirius_atlantic_1838: a catalogue spread (pp. 22-23) on one A3 landscape sheet, Free Spire.PDF.

The gutter splits the title; four columns; a caption whose last lines cross the gutter; a margin quote next to
the sentence it repeats.  Lines broken by breaker.py with Spire's own font metrics.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
import content  # noqa: E402
from breaker import break_lines  # noqa: E402
import spire_util as S  # noqa: E402

D = content.SIRIUS
OUT = os.path.join(os.path.dirname(__file__), "..")
W, H = 1190.0, 842.0
NAVY = (20, 45, 90)
BODY = ("serif", 10.0, 13.4)
COLW = 210.0
TOP = 236.0
COLS = [(132.0, 178.0, 790.0), (356.0, 178.0, None), (625.0, 400.0, 790.0), (849.0, 400.0, 790.0)]
HEAD_L, HEAD_R = "Steam on the Ocean", "The Docklands Maritime Gallery"


class Flow:
    def __init__(self, page, cols):
        self.page, self.cols, self.ci = page, cols, 0
        self.y = cols[0][1]
        self.where = []  # (text, column, y) of every line drawn

    def bottom(self):
        return self.cols[self.ci][2]

    def next_col(self):
        self.ci += 1
        self.y = self.cols[self.ci][1]

    def need(self, h):
        if self.y + h > self.bottom():
            self.next_col()

    def line(self, s, face, size, lead, dx=0.0, rgb=S.BLACK):
        self.need(lead)
        x = self.cols[self.ci][0]
        S.text(self.page, s, face, size, x + dx, self.y, rgb)
        self.where.append((s, self.ci, self.y))
        self.y += lead

    def para(self, text, face="serif", size=11.0, lead=14.8, prefix=None, rgb=S.BLACK):
        m = S.measure(face, size)
        pw = 0.0
        if prefix:
            pw = S.measure("sans-b", 8.5)(prefix) + 4.0
        lines = break_lines(text, m, lambda i: COLW, first_prefix_width=pw)
        for i, (ln, _) in enumerate(lines):
            if i == 0 and prefix:
                self.need(lead)
                S.text(self.page, prefix, "sans-b", 8.5, self.cols[self.ci][0], self.y + 0.5)
            self.line(ln, face, size, lead, dx=(pw if i == 0 else 0.0), rgb=rgb)


def main(col2_bottom=644.0):
    COLS[1] = (356.0, 178.0, col2_bottom)
    doc = S.new_doc(W, H)
    pg = S.add_page(doc, W, H)
    # gutter shading (a printed spread shows the fold)
    S.rect(pg, 590.0, 0.0, 10.0, H, (238, 238, 238))
    # running heads
    S.text(pg, HEAD_L, "sans", 8, 132, 22, S.GREY)
    S.text(pg, HEAD_R, "sans", 8, 1059 - S.measure("sans", 8)(HEAD_R), 22, S.GREY)
    # title split by the gutter
    S.text(pg, D["kicker"], "sans-b", 9, 132, 48, NAVY)
    tl = D["title_left"]
    S.text(pg, tl, "serif-b", 44, 578 - S.measure("serif-b", 44)(tl), 66, NAVY)
    S.text(pg, D["title_right"], "serif-b", 44, 612, 66, NAVY)
    # intro across the left page
    m = S.measure("serif-i", 12.5)
    y = 128.0
    for ln, _ in break_lines(D["intro"], m, lambda i: 434.0):
        S.text(pg, ln, "serif-i", 12.5, 132, y)
        y += 16.5
    # a large uncaptioned picture heads the right-hand page
    S.rect(pg, 625.0, 124.0, 434.0, 262.0, (205, 205, 205))
    f = Flow(pg, COLS)
    f.y = y + 14
    secs = D["sections"]
    for si, s in enumerate(secs[:4]):
        if si:
            f.y += 8
        f.need(60)
        lab = s["label"]
        f.need(18)
        S.rect(pg, f.cols[f.ci][0], f.y - 1, 16, 16, NAVY)
        S.text(pg, lab, "sans-b", 10.5, f.cols[f.ci][0] + 8 - S.measure("sans-b", 10.5)(lab) / 2, f.y + 1,
               (255, 255, 255))
        m2 = S.measure("sans-b", 11.5)
        tl_lines = break_lines(s["title"], m2, lambda i: COLW - 22)
        for ln, _ in tl_lines:
            S.text(pg, ln, "sans-b", 11.5, f.cols[f.ci][0] + 22, f.y + 1, NAVY)
            f.where.append((ln, f.ci, f.y))
            f.y += 14.5
        f.y += 4
        for pi, p in enumerate(s["paras"]):
            f.para(p)
            f.y += 4
            if pi == 0 and s.get("caption"):
                # the picture sits at a fixed place at the foot of column 2; its caption runs in a threaded
                # frame from under the picture to the head of column 3, across the gutter
                c = s["caption"]
                P0 = col2_bottom + 8
                S.rect(pg, 356.0, P0, COLW, 108, (205, 205, 205))
                pw = S.measure("sans-b", 8.5)(c["position"] + ":") + 4.0
                clines = break_lines(c["text"], S.measure("sans", 8.5), lambda i: COLW, first_prefix_width=pw)
                cy, cx = P0 + 116, 356.0
                for i, (ln, _) in enumerate(clines):
                    if cy + 11 > 790.0:
                        cx, cy = 625.0, COLS[2][1]
                    if i == 0:
                        S.text(pg, c["position"] + ":", "sans-b", 8.5, cx, cy + 0.5)
                    S.text(pg, ln, "sans", 8.5, cx + (pw if i == 0 else 0.0), cy)
                    f.where.append((ln, 1 if cx < 600 else 2, cy))
                    cy += 11
                if cy + 11 > 790.0:
                    cx, cy = 625.0, COLS[2][1]
                S.text(pg, c["credit"], "sans-i", 8, cx, cy, S.GREY)
                cy += 11
                if cx > 600:
                    f.cols[2] = (625.0, cy + 10, 790.0)
    # sidebar box at the foot of column 4
    sb = secs[4]
    m = S.measure("serif", 9.5)
    lines = break_lines(sb["paras"][0], m, lambda i: COLW - 20)
    h = 12 + 16 + len(lines) * 12.6 + 10
    y0 = 790.0 - h if f.ci == 3 else COLS[3][1]
    if f.ci == 3 and f.y + 10 > y0:
        for w in f.where: print(w[1], round(w[2]), w[0])
        raise SystemExit("sidebar does not fit: col %d y %.0f top %.0f" % (f.ci, f.y, y0))
    S.rect(pg, 849, y0, COLW, h, (226, 232, 242))
    S.text(pg, sb["title"], "sans-b", 10.5, 859, y0 + 10, NAVY)
    yy = y0 + 28
    for ln, _ in lines:
        S.text(pg, ln, "serif", 9.5, 859, yy)
        yy += 12.6
    # a table of the two ships under the sidebar (label cells on the left)
    rows = [("", "Sirius", "Great Western"), ("Tonnage", "about 700", "about 1,340"),
            ("Sailed from", "Cork, 4 April", "Bristol, 8 April"), ("Days at sea", "18", "15"),
            ("Passengers", "about 40", "7")]
    ty = yy + 24 if f.ci != 3 else None
    if ty is not None:
        S.text(pg, "The two ships compared", "sans-b", 9, 849, ty, NAVY)
        ty += 14
        for ri, (a, b, c2) in enumerate(rows):
            if ri:
                S.rect(pg, 849, ty - 2, 64, 15, (226, 232, 242))
            S.text(pg, a, "sans-b", 8.5, 853, ty, NAVY)
            S.text(pg, b, "sans-b" if ri == 0 else "sans", 8.5, 920, ty)
            S.text(pg, c2, "sans-b" if ri == 0 else "sans", 8.5, 990, ty)
            S.hline(pg, 849, ty + 13, 1059, (160, 170, 190), 0.4)
            ty += 16
    # margin quote beside the sentence it repeats
    q = D["margin_quote"]
    qy, qc = None, None
    for s_, c_, y_ in f.where:
        if s_.startswith(D["margin_quote"][:20]):
            qy, qc = y_, c_
    mq = S.measure("serif-i", 11)
    qlines = break_lines("“" + q + "”", mq, lambda i: 80.0)
    qx = 1073.0 if qc == 3 else 32.0
    S.hline(pg, qx, qy - 6, qx + 80, NAVY, 1.0)
    yy = qy
    for ln, _ in qlines:
        S.text(pg, ln, "serif-i", 11, qx, yy, NAVY)
        yy += 14
    # folios
    S.text(pg, "22", "sans-b", 9, 132, 808, S.GREY)
    S.text(pg, "23", "sans-b", 9, 1059 - S.measure("sans-b", 9)("23"), 808, S.GREY)
    doc.DocumentInformation.Title = content.title_of(D)
    path = os.path.join(OUT, D["name"] + ".pdf")
    doc.SaveToFile(path)
    doc.Close()
    content.write_gold(D, [HEAD_L, HEAD_R, "22", "23"], os.path.join(OUT, D["name"] + ".json"))
    for w in f.where:
        print(w[1], round(w[2]), w[0])
    print("quote col", qc)


if __name__ == "__main__":
    main(float(sys.argv[1]) if len(sys.argv) > 1 else 644.0)
