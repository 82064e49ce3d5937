# -*- coding: utf-8 -*-
"""st_kilda_evacuation_1930: A4 catalogue essay, pp. 24-26, painted by oxidize-pdf.
p. 25 is a full-page plate; a paragraph of section 3 runs from p. 24 to p. 26 over it."""
import json, sys
from layout import Ops, Flow, tokens, width
from content import ST_KILDA as D
from painters import paint_oxidize
from gold import make_gold, write_gold

W, H = 595.0, 842.0
ML = 56.0; MR = 56.0; GUT = 18.0
CW = (W - ML - MR - GUT) / 2
RED = (0.62, 0.12, 0.10); GREY = (0.35, 0.35, 0.35)
COL_TOP = float(sys.argv[1]) if len(sys.argv) > 1 else 390.0
COL_BOT = 742.0

def build(out_pdf, out_json):
    ops = Ops()
    # ---- p. 24 (verso): header drawn first
    ops.text(0, ML, 40, D["museum"], "sans-b", 8.5, GREY)
    ops.line(0, ML, 46, W - MR, 46, GREY, 0.5)
    ops.text(0, ML, 84, D["kicker"], "sans-b", 9, RED)
    y = 84
    for ln in D["title_lines"]:
        y += 31; ops.text(0, ML, y, ln, "serif-b", 27)
    fl = Flow(ops, [dict(page=0, x=ML, y=y + 8, w=W - ML - MR, h=120)])
    fl.para(tokens(D["intro"], "serif-i"), 12.5, 16.5)
    # a map of the group (no caption), with place names set inside it
    my = fl.y + 14
    ops.rect(0, ML, my, W - ML - MR, COL_TOP - 22 - my, fill=(0.86, 0.89, 0.91), stroke=(0.55, 0.6, 0.65))
    for (nx, ny, nm, sz) in [(0.18, 0.55, "Soay", 8), (0.36, 0.45, "HIRTA", 10), (0.42, 0.78, "Village Bay", 7.5),
                             (0.62, 0.3, "Boreray", 8), (0.7, 0.52, "Stac Lee", 7), (0.8, 0.88, "0     2 km", 7)]:
        ops.text(0, ML + nx * (W - ML - MR), my + ny * (COL_TOP - 22 - my), nm, "sans-i" if sz < 8 else "sans-b", sz, (0.25, 0.3, 0.35))
    ops.line(0, ML, COL_TOP - 8, W - MR, COL_TOP - 8, RED, 1.2)
    frames = [dict(page=0, x=ML, y=COL_TOP, w=CW, h=COL_BOT - COL_TOP),
              dict(page=0, x=ML + CW + GUT, y=COL_TOP, w=CW, h=COL_BOT - COL_TOP),
              dict(page=2, x=ML, y=70, w=CW, h=560), dict(page=2, x=ML + CW + GUT, y=70, w=CW, h=560)]
    state = {}
    def on_frame(f, old, new):
        if new == 2 and "plate" not in state:
            state["plate"] = 1
            # footnote and folio of p. 24 are drawn when the flow leaves the page
            fy = COL_BOT + 16
            ops.line(0, ML, fy - 10, ML + 90, fy - 10, GREY, 0.5)
            f2 = Flow(ops, [dict(page=0, x=ML, y=fy - 9, w=W - ML - MR, h=40)])
            f2.para(tokens(D["footnote"], "serif"), 8, 10)
            ops.text(0, ML, 812, "24", "sans-b", 9, GREY)
            # p. 25: the plate page
            ops.text(1, W - MR - width(D["recto_head"], "sans-i", 8.5), 40, D["recto_head"], "sans-i", 8.5, GREY)
            ops.line(1, ML, 46, W - MR, 46, GREY, 0.5)
            ops.picture(1, ML, 80, W - ML - MR, 560)
            cap = [s for s in D["sections"] if s.get("caption")][0]["caption"]
            f3 = Flow(ops, [dict(page=1, x=ML, y=650, w=W - ML - MR - 60, h=80)])
            f3.para(tokens(cap["position"] + ":", "sans-b") + tokens(cap["text"], "sans"), 10, 13.5)
            f3.para(tokens(cap["credit"], "sans-i"), 8.5, 12, color=GREY)
            ops.text(1, W - MR - width("25", "sans-b", 9), 812, "25", "sans-b", 9, GREY)
            # p. 26 header
            ops.text(2, ML, 40, D["museum"], "sans-b", 8.5, GREY)
            ops.line(2, ML, 46, W - MR, 46, GREY, 0.5)
    fl = Flow(ops, frames, on_frame)
    for si, s in enumerate(D["sections"]):
        if si: fl.space(9)
        for pi, p in enumerate(s["paras"]):
            toks = tokens(p, "serif")
            if pi == 0:
                head = tokens(s["label"] + " " + s["title"] + ".", "serif-b")
                toks = head + toks
            fl.para(toks, 11, 14.6, indent=0 if pi == 0 else 12, tag=(s["label"], pi), keep=2)
    # table at the foot of p. 26
    ty = 76; TX = ML + CW + GUT
    ops.line(2, TX, ty, W - MR, ty, RED, 1.2)
    ops.text(2, TX, ty + 16, D["table_title"], "sans-b", 9, RED)
    ry = ty + 24
    for lab, val in D["table"]:
        ops.rect(2, TX, ry, 120, 18, fill=(0.86, 0.86, 0.86), stroke=(0.6, 0.6, 0.6), lw=0.4)
        ops.rect(2, TX + 120, ry, CW - 120, 18, fill=None, stroke=(0.6, 0.6, 0.6), lw=0.4)
        ops.text(2, TX + 5, ry + 12.5, lab, "sans-b", 8.5)
        ops.text(2, TX + 125, ry + 12.5, val, "sans", 8.5)
        ry += 18
    ops.text(2, ML, 812, "26", "sans-b", 9, GREY)
    for l in fl.log: print("  break:", l)
    print("  end of flow: frame", fl.fi, "y", round(fl.y))
    json.dump(ops.ops, open("dl_st_kilda.json", "w"), indent=0)
    paint_oxidize(ops.ops, [(W, H)] * 3, out_pdf, " ".join(D["title_lines"]),
                  "mk_stkilda.py (hand-laid set r26)")
    g = make_gold(D, [D["museum"], D["recto_head"], "24", "25", "26"])
    write_gold(out_json, g)

if __name__ == "__main__":
    build("../st_kilda_evacuation_1930.pdf", "../st_kilda_evacuation_1930.json")
