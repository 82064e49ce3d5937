# Catalogue spread pp. 46-47 on one A3 landscape sheet, painted like a page-layout program's export:
# every line is its own positioned text object, and the frames are written in the order they were
# "created" on the pasteboard, not in reading order.
import os
from layout import Frame, Flow, width, break_lines
import content as C
from goldlib import write_gold
from mk_gofpdf import T, paint, OUT, NAVY, RED, GREY, WHITE

def spread():
    d = C.COEL
    W, H = 1190.55, 841.89
    G = {k: [] for k in ["run", "pic", "title", "L1", "L2", "R1", "R2", "side", "table"]}
    # running heads and folios
    G["run"] += [T(48, 36, d["running"][0], "sans", 8.5, GREY),
                 T(1142 - width(d["running"][1], "sansI", 8.5), 36, d["running"][1], "sansI", 8.5, GREY),
                 dict(op="line", x=48, y=44, x2=559, y2=44, lw=0.4, rgb=GREY),
                 dict(op="line", x=631, y=44, x2=1142, y2=44, lw=0.4, rgb=GREY),
                 T(48, 815, d["running"][2], "sansB", 9), T(1142 - width(d["running"][3], "sansB", 9), 815, d["running"][3], "sansB", 9)]
    # picture across the gutter, caption crossing the gutter
    G["pic"].append(dict(op="rect", x=312, y=62, w=566, h=176, fill=[205, 205, 205], diag=True))
    y = 242
    for l in break_lines(d["cap"][1], "sans", 9.5, 566):
        y += 12; G["pic"].append(T(312, y, l, "sans", 9.5))
    y += 11; G["pic"].append(T(878 - width(d["cap"][2], "sansI", 8), y, d["cap"][2], "sansI", 8, GREY))
    cap_bottom = y + 18
    # title block, left column of p. 46
    g = G["title"]; x = 48; cw = 247
    g.append(T(x, 72, d["kicker"], "sansB", 7.5, RED))
    g.append(T(x, 108, d["label"], "sansB", 26, RED))
    y = 108
    for tl in d["title_lines"]:
        for l in break_lines(tl, "serifB", 24, cw):
            y += 28; g.append(T(x, y, l, "serifB", 24, NAVY))
    y += 6
    for l in break_lines(d["intro"], "serifI", 12, cw):
        y += 16; g.append(T(x, y, l, "serifI", 12))
    y += 10; g.append(dict(op="line", x=x, y=y, x2=x + cw, y2=y, lw=0.8, rgb=NAVY))
    l1_top = y + 4
    # sidebar at the top of p. 47 right column
    g = G["side"]; sx = 895; sw = 247
    st, sp = d["sidebar"]
    lines = []
    for p in sp: lines += break_lines(p, "sans", 9.5, sw - 20)
    sh = 22 + 18 + len(lines) * 12.5 + 10
    g.append(dict(op="rect", x=sx, y=62, w=sw, h=sh, fill=[226, 234, 240]))
    g.append(T(sx + 10, 84, st, "sansB", 11, NAVY))
    yy = 90
    for l in lines:
        yy += 12.5; g.append(T(sx + 10, yy, l, "sans", 9.5))
    r2_top = 62 + sh + 8
    # table at the foot of p. 47 right column
    g = G["table"]; tt, rows = d["table"]
    ty = 790 - 18 * len(rows) - 20
    g.append(T(sx, ty, tt, "sansB", 8.5, RED))
    ry = ty + 6
    for lab, val in rows:
        g.append(dict(op="rect", x=sx, y=ry, w=80, h=18, fill=[220, 220, 220], lw=0.4, rgb=GREY))
        g.append(dict(op="rect", x=sx + 80, y=ry, w=sw - 80, h=18, lw=0.4, rgb=GREY))
        g.append(T(sx + 5, ry + 12.5, lab, "sansB", 8.5))
        g.append(T(sx + 85, ry + 12.5, val, "sans", 8.5))
        ry += 18
    r2_bottom = ty - 16
    frames = [Frame(48, l1_top, 247, 790), Frame(312, cap_bottom, 247, 790),
              Frame(631, cap_bottom, 247, 790), Frame(895, r2_top, 247, r2_bottom)]
    fl = Flow(frames, G, ["L1", "L2", "R1", "R2"])
    for lbl, title, paras in d["sections"]:
        fl.need(50)
        fl.space(20 if fl.y > fl.fr.top + 2 else 14)
        G[fl.group()].append(T(fl.fr.x, fl.y, lbl, "sansB", 13, RED))
        for k, l in enumerate(break_lines(title, "serifB", 15, fl.fr.w - 18)):
            if k: fl.space(18)
            G[fl.group()].append(T(fl.fr.x + 18, fl.y, l, "serifB", 15, NAVY))
        fl.space(3)
        for pi, p in enumerate(paras):
            fl.para(p, "serif", 13, 17.6, first_indent=14 if pi else 0)
    # the order in which the "layout program" writes its frames
    ops = [dict(op="page", w=W, h=H)]
    ops.append(dict(op="line", x=W / 2, y=0, x2=W / 2, y2=H, lw=0.2, rgb=[225, 225, 225]))
    for k in ["pic", "R1", "table", "L2", "title", "R2", "L1", "side", "run"]:
        ops += G[k]
    paint(d["name"], ops, " ".join(d["title_lines"]), "Kowie Natural History Collection, catalogue layout")
    title = " ".join(d["title_lines"])
    secs = [dict(label=d["label"], title=title, blocks=[dict(kind="paragraph", text=d["intro"])])]
    for lbl, t, paras in d["sections"]:
        bl = [dict(kind="paragraph", text=C.gold_text(p)) for p in paras]
        if lbl == "2": bl.append(dict(kind="caption", text=d["cap"][1], position=d["cap"][0], credit=d["cap"][2]))
        secs.append(dict(label=lbl, title=t, blocks=bl))
    secs.append(dict(label=None, title=st, blocks=[dict(kind="paragraph", text=p) for p in sp]))
    write_gold(OUT, d["name"], title, d["running"], secs)

if __name__ == "__main__":
    spread()
