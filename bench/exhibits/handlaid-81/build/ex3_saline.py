# -*- coding: utf-8 -*-
"""saline_royale_1775: A4 landscape tri-fold leaflet, 2 sides, gri -> Ghostscript."""
import os, sys
from grilib import Doc, Flow, break_lines, width, build_pdf
from content import EX
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = EX["saline_royale_1775"]
W, H = 842, 595
PW = W / 3
d = Doc(W, H, 2)
OCHRE = (0.72, 0.45, 0.12); SLATE = (0.22, 0.3, 0.36); GREY = (0.8, 0.8, 0.8); DARK = (0.15, 0.15, 0.15)
TABC = [(0.72, 0.45, 0.12), (0.36, 0.52, 0.45), (0.55, 0.3, 0.42)]
BODY = dict(font="TimesRoman", size=12, lead=16.2)
log = []
M = 26
# ---- side 1 (outside): inner flap | back | cover, printed left to right
x0 = M
d.box(0, x0, 40, PW - M, 168, (0.94, 0.91, 0.85))
d.text(0, x0 + 12, 60, "In this leaflet", "HelveticaBold", 11, SLATE)
yy = 80
for k, s in enumerate(E["sections"]):
    d.box(0, x0 + 12, yy - 10, x0 + 24, yy + 2, TABC[k])
    d.text(0, x0 + 18, yy, s["label"], "HelveticaBold", 8, (1, 1, 1), align="center")
    d.text(0, x0 + 32, yy, s["title"], "Helvetica", 9.5, DARK)
    yy += 18
d.text(0, x0 + 32, yy, "Also: " + E["sidebar"]["title"], "Helvetica", 9.5, DARK)
sb = E["sidebar"]
d.text(0, x0, 204, sb["title"], "TimesBold", 15, OCHRE)
yy = 226
for words, last in break_lines(sb["paras"][0], "TimesRoman", 10.5, lambda i: PW - 2 * M):
    d.line_words(0, x0, yy, words, last, "TimesRoman", 10.5, PW - 2 * M); yy += 13.8
d.box(0, x0, yy + 14, PW - M, yy + 150, GREY)
# back panel: museum, hours, colophon (not panels)
bx = PW + M
d.text(0, bx, 70, "Saline Museum of the Doubs", "HelveticaBold", 12, SLATE)
for k, t in enumerate(["Open daily 10.00 to 18.00, April to October", "Winter: Wednesday to Sunday, 11.00 to 17.00", "Closed 25 December and 1 January", "Guided tours of the boiling sheds at 14.30"]):
    d.text(0, bx, 96 + 16 * k, t, "Helvetica", 9.5, DARK)
d.rule(0, bx, 470, 2 * PW - M, 470, SLATE, 0.4)
for k, t in enumerate(["Text: Odile Ferrand. Design: Atelier Sauge.", "Printed by Imprimerie des Salines, Dole, 2024.", "Leaflet 7 of the series Salt and the State."]):
    d.text(0, bx, 490 + 13 * k, t, "Helvetica", 8, (0.35, 0.35, 0.35))
# cover: title over two lines of very different sizes
cx = 2 * PW + M
d.box(0, 2 * PW, 0, W, 250, SLATE)
d.text(0, cx, 92, E["title"][0], "Palatino", 24, (0.95, 0.85, 0.6))
d.text(0, cx, 160, E["title"][1], "HelveticaBold", 46, (1, 1, 1))
d.text(0, cx, 200, E["subtitle"], "Helvetica", 13, (0.95, 0.85, 0.6))
yy = 290
for words, last in break_lines(E["intro"], "Palatino", 12.5, lambda i: PW - 2 * M):
    d.line_words(0, cx, yy, words, last, "Palatino", 12.5, PW - 2 * M); yy += 17
d.box(0, cx, yy + 10, W - M, H - 40, GREY)
# ---- side 2 (inside): panels 1-3, numbered only by tabs at the top edge
def tab(i):
    def fn(flow):
        x = i * PW + M
        d.box(1, x, 0, x + 34, 40, TABC[i])
        d.text(1, x + 17, 30, str(i + 1), "HelveticaBold", 20, (1, 1, 1), align="center")
        if i == 1:
            picture(flow)
    return fn

def picture(flow):
    p, x, t, w, b = flow.frame
    cap = E["sections"][1]["caption"]
    # picture at the foot of panel 2, caption under it with the credit first
    lines = break_lines(cap["credit"] + ": " + cap["text"], "Helvetica", 8.5, lambda i: w)
    ch = 11 * len(lines)
    ptop = b - 170 - ch - 8
    d.box(1, x, ptop, x + w, ptop + 170, GREY)
    yy = ptop + 170 + 14
    for words, last in lines:
        d.text(1, x, yy, " ".join(words), "Helvetica", 8.5, DARK); yy += 11
    flow.frames[flow.fi] = (p, x, t, w, ptop - 10)

frames = [(1, i * PW + M, 62, PW - 2 * M, H - 34) for i in range(3)]
f = Flow(d, frames, enter={0: tab(0), 1: tab(1), 2: tab(2)}, log=log)
for s in E["sections"]:
    f.heading(None, s["title"], size=15, font="TimesBold", color=TABC[int(s["label"]) - 1], lead=18, before=4, after=5)
    for k, para in enumerate(s["paras"]):
        f.para(para, indent=0 if k == 0 else 12, after=1, tag=s["label"] + "-%d" % (k + 1), **BODY)
build_pdf(d, "saline_royale_1775", OUT, "The King's Saltworks", "Saline Museum of the Doubs (fictional)", "Leaflet 7")
open(os.path.join(OUT, "build", "layout_log_saline.txt"), "w").write("\n".join(log) + "\n")
print("\n".join(log))
