# -*- coding: utf-8 -*-
"""pluto_discovery_1930: A3 portrait storyboard poster, 1 page, painted by pylopdf.
Six numbered frames in a 3 x 2 grid, read row by row, but DRAWN COLUMN BY COLUMN
(1, 4, 2, 5, 3, 6), so the .txt has the frames out of order."""
import json
from layout import Ops, Flow, tokens, width
from content import PLUTO as D
from painters import paint_lopdf
from gold import make_gold, write_gold

W, H = 842.0, 1191.0
ML = 50.0; GUT = 24.0
FW = (W - 2 * ML - 2 * GUT) / 3
INK = (0.1, 0.12, 0.3); GOLD = (0.8, 0.55, 0.1); GREY = (0.35, 0.35, 0.35)

def build(out_pdf, out_json):
    ops = Ops()
    ops.rect(0, 0, 0, W, 250, fill=INK)
    ops.text(0, ML, 58, D["kicker"], "sans-b", 11, GOLD)
    y = 58
    for i, ln in enumerate(D["title_lines"]):
        y += 52 if i == 0 else 40
        ops.text(0, ML, y, ln, "serif-b", 48 if i == 0 else 32, (1, 1, 1))
    fi = Flow(ops, [dict(page=0, x=ML, y=y + 4, w=W - 2 * ML - 60, h=70)])
    fi.para(tokens(D["intro"], "serif-i"), 14, 18.5, color=(0.92, 0.92, 0.96))
    rows = [(275, 455), (745, 410)]
    order = [0, 3, 1, 4, 2, 5]
    for k in order:
        s = D["sections"][k]
        r, c = divmod(k, 3)
        x = ML + c * (FW + GUT); top, hh = rows[r]
        ops.rect(0, x, top, FW, hh, fill=None, stroke=(0.7, 0.7, 0.78), lw=0.8)
        # number disc (a square with the number) + heading
        ops.rect(0, x + 10, top + 10, 26, 26, fill=GOLD)
        ops.text(0, x + 23 - width(s["label"], "sans-b", 16) / 2, top + 29, s["label"], "sans-b", 16, (1, 1, 1))
        fh = Flow(ops, [dict(page=0, x=x + 44, y=top + 8, w=FW - 54, h=60)])
        fh.para(tokens(s["title"], "sans-b"), 13, 16, color=INK, hyph=False)
        py = max(top + 44, fh.y + 8)
        cap = s.get("caption")
        if cap:
            bw = (FW - 28) / 2
            ops.picture(0, x + 10, py, bw, 120); ops.picture(0, x + 18 + bw, py, bw, 120)
            py += 128
        else:
            ops.picture(0, x + 10, py, FW - 20, 130)
            py += 138
        f = Flow(ops, [dict(page=0, x=x + 10, y=py, w=FW - 20, h=top + hh - py - 6)])
        for pi, p in enumerate(s["paras"]):
            f.para(tokens(p, "serif"), 11, 14.6, after=5, tag=(k, pi))
        if cap:
            f.space(2)
            f.para(tokens(cap["position"] + ":", "sans-b") + tokens(cap["text"], "sans"), 8.6, 11.3)
            f.para(tokens(cap["credit"], "sans-i"), 8, 10.5, color=GREY)
        if k == 4:
            # speech bubble over the picture of frame 5 (not a body sentence)
            bx = x + FW - 150; by = top + 60
            ops.rect(0, bx, by, 130, 30, fill=(1, 1, 1), stroke=INK, lw=1)
            ops.text(0, bx + 8, by + 19, D["bubble"], "serif-bi", 11, INK)
        if f.y > top + hh + 1 or f.log:
            print("  OVERFLOW frame", k + 1, f.log, round(f.y), top + hh)
        print("  frame", k + 1, "ends", round(f.y), "of", top + hh)
    ops.line(0, ML, 1168, W - ML, 1168, INK, 0.8)
    ops.text(0, ML, 1182, D["museum"], "sans-b", 9.5, INK)
    ops.text(0, W - ML - width(D["footer_right"], "sans", 9.5), 1182, D["footer_right"], "sans", 9.5, INK)
    json.dump(ops.ops, open("dl_pluto.json", "w"), indent=0)
    paint_lopdf(ops.ops, [(W, H)], out_pdf, " ".join(D["title_lines"]), "mk_pluto.py (hand-laid set r26)")
    write_gold(out_json, make_gold(D, [D["museum"], D["footer_right"]]))

if __name__ == "__main__":
    build("../pluto_discovery_1930.pdf", "../pluto_discovery_1930.json")
