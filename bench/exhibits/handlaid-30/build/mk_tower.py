# -*- coding: utf-8 -*-
"""tower_subway_1870: A4 trail sheet, 2 pages, painted by pylopdf.
The two body columns are written to the content stream ROW BY ROW (line 1 of column 1, line 1 of
column 2, line 2 of column 1 ...), as some export filters do, so pdftotext -raw interleaves them."""
import json, sys
from layout import Ops, Flow, tokens, width
from content import TOWER as D
from painters import paint_lopdf
from gold import make_gold, write_gold

W, H = 595.0, 842.0
ML = 50.0; GUT = 20.0
CW = (W - 2 * ML - GUT) / 2
TEAL = (0.0, 0.38, 0.42); GREY = (0.35, 0.35, 0.35)
P1TOP = float(sys.argv[1]) if len(sys.argv) > 1 else 280

def build(out_pdf, out_json):
    ops = Ops()
    for pg in (0, 1):
        ops.text(pg, ML, 36, D["museum"], "sans-b", 8.5, TEAL)
        ops.text(pg, W - ML - width(D["header_right"], "sans-i", 8.5), 36, D["header_right"], "sans-i", 8.5, GREY)
        ops.line(pg, ML, 42, W - ML, 42, TEAL, 0.6)
    ops.text(0, ML, 72, D["kicker"], "sans-b", 9, TEAL)
    y = 72
    for ln in D["title_lines"]:
        y += 25; ops.text(0, ML, y, ln, "serif-b", 21)
    fi = Flow(ops, [dict(page=0, x=ML + CW + GUT, y=80, w=CW, h=150)])
    fi.para(tokens(D["intro"], "serif-i"), 11.5, 15)
    ops.line(0, ML, P1TOP - 10, W - ML, P1TOP - 10, TEAL, 1.2)
    body = Ops()
    frames = [dict(page=0, x=ML, y=P1TOP, w=CW, h=790 - P1TOP), dict(page=0, x=ML + CW + GUT, y=P1TOP, w=CW, h=790 - P1TOP),
              dict(page=1, x=ML, y=60, w=CW, h=520), dict(page=1, x=ML + CW + GUT, y=60, w=CW, h=520)]
    fl = Flow(body, frames)
    secs = [s for s in D["sections"] if not s.get("sidebar")]
    for si, s in enumerate(secs):
        if si: fl.space(12)
        pg, x, yy, w = fl.block(40)
        body.rect(pg, x, yy + 2, 26, 18, fill=TEAL)
        body.text(pg, x + 5, yy + 15.5, s["label"], "sans-b", 12, (1, 1, 1))
        fl.y = yy
        f2 = Flow(body, [dict(page=pg, x=x + 32, y=yy, w=w - 32, h=60)])
        f2.para(tokens(s["title"], "sans-b"), 12.5, 16, color=TEAL)
        fl.y = max(yy + 24, f2.y + 6)
        for pi, p in enumerate(s["paras"]):
            fl.para(tokens(p, "serif"), 11.5, 15.4, indent=0 if pi == 0 else 11, tag=(s["label"], pi), keep=2)
        c = s.get("caption")
        if c:
            fl.space(8)
            pg, x, yy, w = fl.block(120)
            body.picture(pg, x, yy, w, 120)
            fl.space(2)
            fl.para(tokens(c["position"] + ":", "sans-b") + tokens(c["text"], "sans"), 8.8, 11.5)
            fl.para(tokens(c["credit"], "sans-i"), 8, 11, color=GREY)
    # row-by-row order for the body text
    texts = [o for o in body.ops if o["op"] == "text"]
    others = [o for o in body.ops if o["op"] != "text"]
    texts.sort(key=lambda o: (o["page"], round(o["y"], 1), o["x"]))
    p1 = [o for o in others if o["page"] == 0] + [o for o in texts if o["page"] == 0]
    p2 = [o for o in others if o["page"] == 1] + [o for o in texts if o["page"] == 1]
    ops.ops += p1
    ops.text(0, W / 2 - width("1", "sans", 9) / 2, 818, "1", "sans", 9, GREY)
    ops.ops += p2
    # sidebar across the foot of page 2
    sd = [s for s in D["sections"] if s.get("sidebar")][0]
    sy = 600
    ops.rect(1, ML, sy, W - 2 * ML, 150, fill=(0.87, 0.93, 0.93), stroke=TEAL, lw=0.8)
    f3 = Flow(ops, [dict(page=1, x=ML + 14, y=sy + 6, w=W - 2 * ML - 28, h=140)])
    f3.para(tokens(sd["title"], "sans-b"), 13, 17, color=TEAL)
    f3.space(3)
    for p in sd["paras"]:
        f3.para(tokens(p, "sans"), 10, 14)
    ops.text(1, W / 2 - width("2", "sans", 9) / 2, 818, "2", "sans", 9, GREY)
    for l in fl.log: print("  break:", l)
    print("  end:", fl.fi, round(fl.y))
    json.dump(ops.ops, open("dl_tower.json", "w"), indent=0)
    paint_lopdf(ops.ops, [(W, H)] * 2, out_pdf, " ".join(D["title_lines"]), "mk_tower.py (hand-laid set r26)")
    write_gold(out_json, make_gold(D, [D["museum"], D["header_right"], "1", "2"]))

if __name__ == "__main__":
    build("../tower_subway_1870.pdf", "../tower_subway_1870.json")
