"""Mechanical Turk: A4 landscape wall panel, three columns. Every line is placed at
absolute coordinates, and the content stream is written column 3 first, then column 2,
then column 1, then the title block, then the footer."""
import os
from layout import Doc, Flow, width, break_lines, words_of
from common import gold, write_gold, BUILD, BLACK, GREY, RED

C = __import__("content").TURK
W, H = 841.89, 595.28
M = 36.0
GUT = 20.0
COLW = (W - 2 * M - 2 * GUT) / 3
COLX = [M + k * (COLW + GUT) for k in range(3)]
BODY, LEAD = 10.2, 13.5
PLUM = (0.38, 0.12, 0.3)


def build():
    name = C["name"]
    title = " ".join(C["title_lines"])
    doc = Doc(W, H, title=title)
    ops = doc.ops
    marks = {"title": 0}
    # title block across columns 1-2, intro in column 3 top
    y = H - M - 6
    doc.spaced(M, y, C["kicker"], "SB", 8.5, PLUM, tc=2.5)
    y -= 30
    for t, sz in zip(C["title_lines"], (26, 26, 15)):
        doc.text(M, y, t, "B" if sz > 20 else "I", sz, BLACK if sz > 20 else PLUM)
        y -= sz * 1.15
    f = Flow(doc, [(0, COLX[2], H - M - 30, COLW, 0)])
    f.para([(C["intro"], "I", 11.5, BLACK)], lead=15, space_after=0)
    top = min(y, f.y) - 8
    doc.line(M, top, W - M, top, PLUM, 1.2)
    marks["col0"] = len(ops)
    body_top = top - 10
    foot = M + 14
    frames = [(0, COLX[k], body_top, COLW, foot) for k in range(3)]

    def on_frame(fl, old, new):
        marks["col%d" % new] = len(ops)

    fl = Flow(doc, frames, on_frame=on_frame)
    for si, (label, stitle, paras) in enumerate(C["sections"]):
        if si == 3:
            # pull quote between plum rules ends column 2
            x, w = fl.frame[1], fl.frame[3]
            fl.skip(4)
            doc.line(x, fl.y, x + w, fl.y, PLUM, 0.8)
            fl.skip(4)
            fl.para([(C["pull"], "BI", 12, PLUM)], lead=15, space_after=2, hyphenate=False, align="center")
            doc.line(x, fl.y, x + w, fl.y, PLUM, 0.8)
            fl.skip(8)
        fl.ensure(40)
        if fl.y < fl.frame[2] - 1:
            fl.skip(6)
        x = fl.frame[1]
        base = fl.y - 18
        doc.text(x, base, label, "SB", 20, (0.62, 0.62, 0.62))
        lw = width(label, "SB", 20) + 8
        hf = Flow(doc, [(0, x + lw, fl.y - 6, COLW - lw, 0)])
        hf.para([(stitle, "SB", 11.5, PLUM)], lead=13, space_after=0, hyphenate=False)
        fl.y = min(fl.y - 24, hf.y - 4)
        for pi, p in enumerate(paras):
            pid = (si, pi)
            if si == 1 and pi == 0:
                def fig(f_):
                    x_, w_ = f_.frame[1], f_.frame[3]
                    pw, ph = 110, 96
                    t = f_.y - 4
                    doc.picture(x_, t - ph, pw, ph)
                    pos, ctext, credit = C["caption"]
                    cw = w_ - pw - 10
                    yy = t
                    for ln in break_lines(words_of([(pos + ":", "SB", 8, BLACK), (" " + ctext, "S", 8, BLACK)]), lambda i: cw):
                        yy -= 10
                        doc.draw_line(x_ + pw + 10, yy, ln, cw)
                    for ln in break_lines(words_of([(credit, "SI", 7, GREY)]), lambda i: cw):
                        yy -= 9.5
                        doc.draw_line(x_ + pw + 10, yy, ln, cw)
                    f_.y = t - ph - 8
                fl.after_line[(pid, 3)] = fig
            fl.para([(p, "R", BODY, BLACK)], lead=LEAD, indent=10 if pi else 0, space_after=1, pid=pid)
    # table at the foot of column 3
    tt, rows = C["table"]
    fl.skip(10)
    x = fl.frame[1]
    doc.text(x, fl.y - 9, tt.upper(), "SB", 8, PLUM, tc=1.0)
    fl.skip(14)
    cws = [40, 62, COLW - 102]
    for ri, row in enumerate(rows):
        yy = fl.y
        doc.rect(x, yy - 14, cws[0], 14, fill=(0.93, 0.88, 0.92) if ri else (0.82, 0.72, 0.8))
        if ri == 0:
            doc.rect(x + cws[0], yy - 14, COLW - cws[0], 14, fill=(0.82, 0.72, 0.8))
        cx = x
        for ci, cell in enumerate(row):
            doc.text(cx + 4, yy - 10, cell, "SB" if ri == 0 or ci == 0 else "S", 8, BLACK)
            cx += cws[ci]
        doc.line(x, yy - 14, x + COLW, yy - 14, GREY, 0.3)
        fl.skip(14)
    # tinted sidebar box under the table
    st, sp = C["sidebar"]
    fl.skip(14)
    bt = fl.y
    start = len(ops)
    sf = Flow(doc, [(0, x + 9, bt - 8, COLW - 18, 0)])
    sf.para([(st, "SB", 10.5, PLUM)], lead=13, space_after=3, hyphenate=False)
    for p in sp:
        sf.para([(p, "S", 8.8, BLACK)], lead=11.5, space_after=0)
    bh = bt - sf.y + 6
    ops.insert(start, ["rect", round(x, 2), round(bt - bh, 2), round(COLW, 2), round(bh, 2), [0.95, 0.91, 0.94], None, 0])
    marks["end"] = len(ops)
    # footer
    f1, f2 = C["footer"]
    doc.line(M, M + 4, W - M, M + 4, GREY, 0.4)
    doc.text(M, M - 8, f1, "S", 7.5, GREY)
    doc.text(W - M - width(f2, "S", 7.5), M - 8, f2, "S", 7.5, GREY)
    # reorder: column 3, column 2, column 1, title block, footer
    o = ops
    groups = [o[marks["col2"]:marks["end"]], o[marks["col1"]:marks["col2"]], o[marks["col0"]:marks["col1"]],
              o[:marks["col0"]], o[marks["end"]:]]
    doc.pages[0]["ops"] = [op for g in groups for op in g]
    doc.save(os.path.join(BUILD, "dl_" + name + ".json"))
    sections = [(None, title, [C["intro"]], None)]
    for si, (label, stitle, paras) in enumerate(C["sections"]):
        sections.append((label, stitle, paras, C["caption"] if si == 1 else None))
    sections.append((None, st, sp, None))
    write_gold(name, gold(title, [f1, f2], sections))


if __name__ == "__main__":
    build()
