# Lays out the two gofpdf exhibits (poster, catalogue spread) with layout.py, writes a display list,
# runs the Go painter, pdftotext -raw, and the gold JSON.
import json, os, subprocess, sys
from layout import Frame, Flow, width, break_lines, LIB, FONTS
import content as C
from goldlib import write_gold

OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
B = os.path.dirname(os.path.abspath(__file__))
NAVY = [22, 42, 78]; RED = [170, 40, 30]; GREY = [110, 110, 110]; WHITE = [255, 255, 255]

def T(x, y, text, font, size, rgb=None, angle=0):
    return dict(op="text", x=round(x, 2), y=round(y, 2), text=text, font=font, size=size, rgb=rgb, angle=angle)

def lines_op(x, y, text, font, size, lead, w, rgb=None):
    ops = []
    for l in break_lines(text, font, size, w):
        y += lead; ops.append(T(x, y, l, font, size, rgb))
    return ops, y

def paint(name, ops, title, creator):
    dl = dict(title=title, author="", creator=creator, fonts={k: LIB + v for k, v in FONTS.items()}, ops=ops)
    p = os.path.join(B, "dl_" + name + ".json")
    json.dump(dl, open(p, "w"), ensure_ascii=False, indent=0)
    pdf = os.path.join(OUT, name + ".pdf")
    subprocess.run([os.path.join(B, "painter", "paint"), p, pdf], check=True)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)

# ------------------------------------------------------------------ poster
def poster():
    d = C.ROYAL
    W, H = 841.89, 1190.55
    ops = [dict(op="page", w=W, h=H)]
    ops.append(dict(op="rect", x=0, y=0, w=92, h=H, fill=NAVY))
    ops.append(T(64, 1120, d["title"], "serifB", 48, WHITE, angle=90))
    ops.append(T(120, 62, d["kicker"], "sansB", 10, RED))
    o, y = lines_op(120, 76, d["deck"], "serifI", 19, 25, 680); ops += o
    y += 14; ops.append(dict(op="line", x=120, y=y, x2=800, y2=y, lw=1.2, rgb=NAVY))
    top = y + 8; bottom = 1105; cw = (680 - 44) / 3
    frames = [Frame(120 + i * (cw + 22), top, cw, bottom) for i in range(3)]
    out = {0: [], 1: [], 2: []}
    fl = Flow(frames, out, [0, 1, 2])
    body = ("serif", 13.5, 18.5)
    def heading(lbl, title):
        fl.need(60)
        if fl.y > fl.fr.top + 2: fl.space(12)
        fl.space(20)
        x = fl.fr.x
        out[fl.group()].append(dict(op="rect", x=x, y=fl.y - 15, w=19, h=19, fill=NAVY))
        out[fl.group()].append(T(x + 5, fl.y, lbl, "sansB", 13, WHITE))
        ls = break_lines(title, "serifB", 16, fl.fr.w - 27)
        for k, l in enumerate(ls):
            if k: fl.space(18)
            out[fl.group()].append(T(x + 27, fl.y, l, "serifB", 16, NAVY))
        fl.space(4)
    def cap_box(fl_, pos, text, credit, bw, bh, right=True):
        fr = fl_.fr; x0 = fr.x + fr.w - bw if right else fr.x
        y0 = fl_.y + 6
        g = out[fl_.group()]
        g.append(dict(op="rect", x=x0, y=y0, w=bw, h=bh, fill=[200, 200, 200], diag=True))
        yy = y0 + bh + 2
        t = (pos + ": " if pos else "") + text
        for l in break_lines(t, "sans", 8.5, bw):
            yy += 10.5; g.append(T(x0, yy, l, "sans", 8.5))
        for l in break_lines(credit, "sansI", 7.5, bw):
            yy += 9.5; g.append(T(x0, yy, l, "sansI", 7.5, GREY))
        return (y0 - 2, yy + 8, x0 - 9, x0 + bw) if right else (y0 - 2, yy + 8, x0, x0 + bw + 9)
    for si, (lbl, title, paras) in enumerate(d["sections"]):
        if lbl == "D":   # pull quote before D
            fl.space(16)
            ops_q = out[fl.group()]
            ops_q.append(dict(op="line", x=fl.fr.x, y=fl.y, x2=fl.fr.x + fl.fr.w, y2=fl.y, lw=0.8, rgb=RED))
            for l in break_lines("“" + d["pull"] + "”", "serifI", 15, fl.fr.w):
                fl.space(19); ops_q.append(T(fl.fr.x, fl.y, l, "serifI", 15, RED))
            fl.space(8); ops_q.append(dict(op="line", x=fl.fr.x, y=fl.y, x2=fl.fr.x + fl.fr.w, y2=fl.y, lw=0.8, rgb=RED))
        heading(lbl, title)
        for pi, p in enumerate(paras):
            if pi: fl.space(7)
            drop = None
            if si == 0 and pi == 0:
                dw = width("O", "serifB", 58) + 5
                drop = (dw, 3, "serifB", 58, "O", NAVY)
                p = p[1:]
            hook = None
            if "|" in p:
                def hook(f):
                    ob = cap_box(f, *d["capA"], 112, 92)
                    f.fr.obst.append(ob)
            fl.para(p, *body, hook=hook, drop=drop)
        if lbl == "D":
            fl.space(8)
            ob = cap_box(fl, *d["capB"], fl.fr.w, 110)
            fl.y = ob[1]
    ops += out[0] + out[1] + out[2]
    for i in (1, 2):
        x = frames[i].x - 11
        ops.append(dict(op="line", x=x, y=top + 10, x2=x, y2=bottom, lw=0.4, rgb=[160, 160, 160]))
    ops.append(T(120, 1150, d["running"][0], "sans", 9, NAVY))
    ops.append(T(800 - width(d["running"][1], "sansB", 9), 1150, d["running"][1], "sansB", 9, NAVY))
    paint(d["name"], ops, d["title"], "Porth Eilian design studio")
    secs = [dict(label=None, title=d["title"], blocks=[dict(kind="paragraph", text=d["deck"])])]
    for lbl, title, paras in d["sections"]:
        bl = [dict(kind="paragraph", text=C.gold_text(p)) for p in paras]
        if lbl == "B": bl.append(dict(kind="caption", text=d["capA"][1], position=d["capA"][0], credit=d["capA"][2]))
        if lbl == "D": bl.append(dict(kind="caption", text=d["capB"][1], position=d["capB"][0], credit=d["capB"][2]))
        secs.append(dict(label=lbl, title=title, blocks=bl))
    write_gold(OUT, d["name"], d["title"], d["running"], secs)

if __name__ == "__main__":
    which = sys.argv[1:] or ["poster", "spread"]
    if "poster" in which: poster()
    if "spread" in which:
        import mk_spread; mk_spread.spread()
