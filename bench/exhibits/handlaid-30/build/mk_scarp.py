# -*- coding: utf-8 -*-
"""scarp_rocket_mail_1934: A3 landscape wall panel, 1 page, painted by oxidize-pdf.
Footer drawn first; three ragged columns; questions as unlabelled headings; a facsimile cover
(with printed text inside the picture) breaks a paragraph mid-sentence; pull quote; tinted sidebar."""
import json, sys
from layout import Ops, Flow, tokens, width
from content import SCARP as D
from painters import paint_oxidize
from gold import make_gold, write_gold

W, H = 1191.0, 842.0
ML = 60.0; GUT = 30.0
CW = (W - 2 * ML - 2 * GUT) / 3
NAVY = (0.08, 0.18, 0.36); RED = (0.75, 0.15, 0.1); GREY = (0.35, 0.35, 0.35)
SPLIT = int(sys.argv[1]) if len(sys.argv) > 1 else 1
C1H = float(sys.argv[2]) if len(sys.argv) > 2 else 240

def build(out_pdf, out_json):
    ops = Ops()
    # footer first
    ops.line(0, ML, 798, W - ML, 798, NAVY, 0.8)
    ops.text(0, ML, 815, D["museum"], "sans-b", 10, NAVY)
    ops.text(0, W - ML - width(D["panel"], "sans", 10), 815, D["panel"], "sans", 10, NAVY)
    # kicker + title
    ops.rect(0, ML, 40, width(D["kicker"], "sans-b", 11) + 20, 22, fill=RED)
    ops.text(0, ML + 10, 55, D["kicker"], "sans-b", 11, (1, 1, 1))
    y = 62
    for i, ln in enumerate(D["title_lines"]):
        y += 46 if i == 0 else 40
        ops.text(0, ML, y, ln, "sans-b", 42 if i == 0 else 34, NAVY)
    fl = Flow(ops, [dict(page=0, x=ML, y=y + 6, w=760, h=90)])
    fl.para(tokens(D["intro"], "serif-i"), 15, 19.5)
    top = 262
    ops.line(0, ML, top - 12, W - ML, top - 12, NAVY, 1.5)
    side_y = 622
    frames = [dict(page=0, x=ML + k * (CW + GUT), y=top, w=CW, h=(C1H if k == 0 else (780 - top if k == 1 else side_y - 16 - top)))
              for k in range(3)]
    fl = Flow(ops, frames)
    secs = [s for s in D["sections"] if not s.get("sidebar")]
    def figure(f):
        pg, x, fy, w = f.block(232)
        bx = x + 20; bw = w - 40
        ops.picture(pg, bx, fy + 10, bw, 130)
        # printed matter on the cover itself (not gold)
        ops.rect(pg, bx + 14, fy + 24, 150, 44, fill=(0.95, 0.93, 0.85), stroke=(0.4, 0.3, 0.2), lw=0.6)
        ops.text(pg, bx + 20, fy + 38, D["artefact"][0], "sans-b", 7.5, (0.4, 0.1, 0.1))
        ops.text(pg, bx + 20, fy + 50, D["artefact"][1], "sans", 7.5, (0.4, 0.1, 0.1))
        ops.text(pg, bx + 20, fy + 62, D["artefact"][2], "sans", 7.5, (0.4, 0.1, 0.1))
        ops.text(pg, bx + bw - 150, fy + 125, D["artefact"][3], "sans-b", 7, (0.5, 0.2, 0.2))
        cap = secs[1]["caption"]
        f2 = Flow(ops, [dict(page=pg, x=bx, y=fy + 144, w=bw, h=80)])
        f2.para(tokens(cap["position"] + ":", "sans-b") + tokens(cap["text"], "sans"), 10, 13)
        f2.para(tokens(cap["credit"], "sans-i"), 9, 12, color=GREY)
    for si, s in enumerate(secs):
        if si:
            fl.space(14)
        if si == 2:
            # pull quote before the third question
            fl.space(4)
            pg, x, qy, w = fl.block(0)
            ops.line(pg, x, fl.y, x + w, fl.y, RED, 1.0)
            fl.space(4)
            fl.para(tokens(D["pullquote"], "serif-bi"), 19, 24, color=RED, align="center")
            fl.space(8)
            ops.line(pg, x, fl.y, x + w, fl.y, RED, 1.0)
            fl.space(14)
        fl.para(tokens(s["title"], "sans-b"), 17, 21, color=RED, keep=5, tag=("head", si))
        fl.space(3)
        for pi, p in enumerate(s["paras"]):
            hook = (SPLIT, figure) if (si == 1 and pi == 0) else None
            fl.para(tokens(p, "serif"), 12.5, 16.4, tag=(si, pi), after=6, hook=hook)
    # a map at the foot of column 1 (no caption; its place names are printed inside it)
    my = top + C1H + 24
    ops.rect(0, ML, my, CW, 780 - my, fill=(0.86, 0.9, 0.93), stroke=(0.5, 0.55, 0.6))
    for nx, ny, nm, fnt, sz in [(0.12, 0.3, "SCARP", "sans-b", 11), (0.55, 0.62, "HARRIS", "sans-b", 12),
                                (0.45, 0.42, "Kyles Scarp", "sans-i", 8), (0.62, 0.85, "Hushinish", "sans-i", 8),
                                (0.06, 0.92, "Atlantic Ocean", "sans-i", 8)]:
        ops.text(0, ML + nx * CW, my + ny * (780 - my), nm, fnt, sz, (0.2, 0.28, 0.36))
    # sidebar box at the foot of column 3
    sx = frames[2]["x"]; sd = [s for s in D["sections"] if s.get("sidebar")][0]
    ops.rect(0, sx - 8, side_y - 4, CW + 16, 784 - side_y, fill=(0.88, 0.92, 0.96))
    f3 = Flow(ops, [dict(page=0, x=sx + 4, y=side_y + 2, w=CW - 8, h=170)])
    f3.para(tokens(sd["title"], "sans-b"), 14, 18, color=NAVY)
    f3.space(4)
    for p in sd["paras"]:
        f3.para(tokens(p, "sans"), 10.5, 14)
    for l in fl.log: print("  break:", l)
    print("  end:", fl.fi, round(fl.y))
    json.dump(ops.ops, open("dl_scarp.json", "w"), indent=0)
    paint_oxidize(ops.ops, [(W, H)], out_pdf, " ".join(D["title_lines"]), "mk_scarp.py (hand-laid set r26)")
    write_gold(out_json, make_gold(D, [D["museum"], D["panel"]]))

if __name__ == "__main__":
    build("../scarp_rocket_mail_1934.pdf", "../scarp_rocket_mail_1934.json")
