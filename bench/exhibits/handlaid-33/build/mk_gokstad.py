# -*- coding: utf-8 -*-
"""Gokstad: folio_pdf page API; a two-page spread whose sentence runs from p.1 col 2 into p.2 col 1 past a
full-width picture (caption set above it); sidebar with its own heading inside a panel; numbered timeline table."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import GOKSTAD as D, gold_for
from layout import DL, Flow, width, paint, std_fonts, break_lines
from folio_pdf import Document

OUT = os.path.join(os.path.dirname(__file__), "..")
W, H = 595.28, 841.89
M = 54
dl = DL()
BODY, BS, LEAD = "Times-Roman", 11.8, 15.4
SEA = (0.84, 0.89, 0.92)
GAP = 20
CW = (W - 2 * M - GAP) / 2
PIC_TOP = H - 96
PIC_H = 200


def furniture(p):
    # running head and folio at the top of each page
    dl.text(D["header_left"], "Helvetica-Bold", 7.5, M, H - 34)
    dl.text(D["header_right"], "Helvetica", 7.5, W - M - width(D["header_right"], "Helvetica", 7.5), H - 34)
    dl.line(M, H - 40, W - M, H - 40, 0.4, (0.4, 0.4, 0.4))
    f = D["folios"][p]
    fx = M if p == 0 else W - M - width(f, "Helvetica-Bold", 9)
    dl.text(f, "Helvetica-Bold", 9, fx, 34)
    if p == 1:
        c = D["sections"][2]["caption"]
        pos = c["pos"] + ": "
        dl.text(pos, "Helvetica-Bold", 8.5, M, H - 62)
        x0 = M + width(pos, "Helvetica-Bold", 8.5)
        for i, (words, _) in enumerate(break_lines(c["text"], "Helvetica", 8.5, W - 2 * M - (x0 - M), 0, False)):
            dl.text(" ".join(words), "Helvetica", 8.5, x0, H - 62 - 11 * i)
        dl.picture(M, PIC_TOP - PIC_H, W - 2 * M, PIC_H)
        cr = c["credit"]
        dl.text(cr, "Helvetica-Oblique", 7, W - M - width(cr, "Helvetica-Oblique", 7), PIC_TOP - PIC_H - 10)
        # note at the foot of page 2
        dl.line(M, 66, M + 80, 66, 0.4, (0.3, 0.3, 0.3))
        dl.text(D["notes"][0], "Times-Roman", 7.5, M, 56)


# page 1 head
y = H - 66
dl_first = []
furniture(0)
dl.text(D["kicker"], "Helvetica-Bold", 8, M, y, track=1.2)
dl.text(D["title_lines"][0], "Times-Bold", 30, M, y - 34)
dl.text(D["title_lines"][1], "Times-Roman", 24, M, y - 64)
t = Flow(dl, [(0, M, y - 80, 60, W - 2 * M)])
t.para(D["intro"], "Times-Italic", 12.5, 16, justify=False, hyph=False)
ytop = t.y - 14
dl.line(M, ytop + 6, W - M, ytop + 6, 1.2, (0.2, 0.35, 0.45))
# lead picture of section I, across both columns, caption under it
LP = 130
dl.picture(M, ytop - LP, W - 2 * M, LP)
c1 = D["sections"][0]["caption"]
pos1 = c1["pos"] + ": "
dl.text(pos1, "Helvetica-Bold", 8.5, M, ytop - LP - 12)
dl.text(c1["text"], "Helvetica", 8.5, M + width(pos1, "Helvetica-Bold", 8.5), ytop - LP - 12)
dl.text(c1["credit"], "Helvetica-Oblique", 7, M, ytop - LP - 23)
ytop -= LP + 36

p2top = PIC_TOP - PIC_H - 24
cols = [(0, M, ytop, 56, CW), (0, M + CW + GAP, ytop, 56, CW),
        (1, M, p2top, 76, CW), (1, M + CW + GAP, p2top, 76, CW)]
fl = Flow(dl, cols, on_page=lambda p: furniture(p) if p > 0 else None)


def heading(label, title):
    def draw(x, yt, w):
        dl.text(label, "Times-Bold", 17, x, yt - 18)
        dl.text(title, "Helvetica-Bold", 12, x + width(label, "Times-Bold", 17) + 8, yt - 18)
    fl.need(22 + 3 * LEAD)
    fl.block(26, draw)


def sidebar(f):
    sb = D["sidebar"]
    iw = f.col[4] - 16
    parts = [break_lines(p, "Helvetica", 8.8, iw, 0, True) for p in sb["paras"]]
    h = 12 + 16 + sum(len(p) for p in parts) * 11.4 + 4 * (len(parts) - 1) + 8

    def draw(x, yt, w):
        dl.rect(x, yt - h, w, h, SEA)
        dl.text(sb["title"], "Helvetica-Bold", 10, x + 8, yt - 20)
        yy = yt - 36
        for lines in parts:
            for i, (words, _) in enumerate(lines):
                dl.set_line(words, "Helvetica", 8.8, x + 8, yy, iw, i < len(lines) - 1)
                yy -= 11.4
            yy -= 4
    f.space(4)
    f.block(h + 10, draw)


for si, s in enumerate(D["sections"]):
    if si:
        fl.space(8)
    heading(s["label"], s["title"])
    for pi, p in enumerate(s["paras"]):
        fl.para(p, BODY, BS, LEAD, indent=0 if pi == 0 else 12)
        if si == 1 and pi == 0:
            sidebar(fl)

# numbered timeline table (not gold)
fl.space(14)


def table(x, yt, w):
    dl.text("Timeline", "Helvetica-Bold", 10, x, yt - 10)
    yy = yt - 18
    for n, date, ev in D["timeline"]:
        dl.rect(x, yy - 15, 18, 15, SEA)
        dl.text(n, "Helvetica-Bold", 8.5, x + 6, yy - 11)
        dl.text(date, "Helvetica-Bold", 8.5, x + 24, yy - 11)
        dl.text(ev, "Helvetica", 8.5, x + 70, yy - 11)
        dl.line(x, yy - 15, x + w, yy - 15, 0.3, (0.5, 0.5, 0.5))
        yy -= 16
fl.block(18 + 16 * len(D["timeline"]) + 4, table)

doc = Document(W, H)
doc.title(" ".join(D["title_lines"]))
paint(dl, doc, W, H, std_fonts())
doc.save(os.path.join(OUT, D["name"] + ".pdf"))
gold = gold_for(D, running=[D["header_left"], D["header_right"]] + D["folios"])
json.dump(gold, open(os.path.join(OUT, D["name"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
sys.stdout.flush()
os._exit(0)
