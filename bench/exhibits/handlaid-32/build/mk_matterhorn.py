"""Matterhorn: a two-page newspaper-style broadsheet (A4), masthead, ears, headline +
deck, three columns, story that jumps from page 1 to page 2."""
import os
from layout import Doc, Flow, width, break_lines, words_of
from common import gold, write_gold, BUILD, BLACK, GREY, RED, NAVY
from content import MATTERHORN as C

W, H = 595.0, 842.0
M = 34.0
GUT = 12.0
COLW = (W - 2 * M - 2 * GUT) / 3
COLX = [M + k * (COLW + GUT) for k in range(3)]
BODY, LEAD = 10.2, 13.2
NOTICE_TOP = 300.0


def caption(doc, x, y, w, cap, size=7.6):
    pos, text, credit = cap
    runs = [(pos + ":", "SB", size, BLACK), (" " + text, "S", size, BLACK)]
    lines = break_lines(words_of(runs), lambda i: w)
    for ln in lines:
        y -= size * 1.25
        doc.draw_line(x, y, ln, w)
    y -= size * 1.25
    cw = width(credit, "SI", size - 0.8)
    doc.text(x + w - cw, y, credit, "SI", size - 0.8, GREY)
    return y


def build():
    name = C["name"]
    doc = Doc(W, H, title=" ".join(C["title_lines"]))
    # --- page 1: masthead, ears, headline, deck
    top = H - M
    doc.line(M, top, W - M, top, BLACK, 1.6)
    doc.text(M + 92, top - 44, C["masthead"], "B", 44, BLACK)
    # ear (left box, drawn after the masthead)
    doc.rect(M, top - 52, 84, 46, fill=(0.93, 0.9, 0.82))
    ey = top - 16
    doc.text(M + 5, ey, C["inside"][0], "SB", 7.5, RED, tc=1.2)
    for s in C["inside"][1:]:
        ey -= 13
        doc.text(M + 5, ey, s, "S", 7, BLACK)
    y = top - 60
    doc.line(M, y, W - M, y, BLACK, 0.5)
    doc.text(M, y - 10, C["dateline_left"], "S", 7.2, GREY)
    rw = width(C["dateline_right"], "S", 7.2)
    doc.text(W - M - rw, y - 10, C["dateline_right"], "S", 7.2, GREY)
    y -= 15
    doc.line(M, y, W - M, y, BLACK, 0.5)
    doc.line(M, y - 2, W - M, y - 2, BLACK, 0.5)
    y -= 34
    for t, sz in zip(C["title_lines"], (30, 24)):
        doc.text(M, y, t, "B", sz, BLACK)
        y -= sz * 1.12
    y -= 2
    fl = Flow(doc, [(0, M, y, W - 2 * M, 0)])
    fl.para([(C["intro"], "I", 13.5, GREY)], lead=16.5, space_after=0)
    y = fl.y - 8
    doc.line(M, y, W - M, y, BLACK, 0.8)
    body_top = y - 8
    # picture over columns 2-3 of page 1
    pic_h = 360
    pic_x, pic_w = COLX[1], 2 * COLW + GUT
    pic_top = body_top
    col23_top = pic_top - pic_h - 44
    foot = M + 14
    frames = [(0, COLX[0], body_top, COLW, foot), (0, COLX[1], col23_top, COLW, foot),
              (0, COLX[2], col23_top, COLW, foot + 14),
              (1, COLX[0], H - M - 40, COLW, NOTICE_TOP + 10), (1, COLX[1], H - M - 28, COLW, NOTICE_TOP + 10),
              (1, COLX[2], H - M - 28, COLW, NOTICE_TOP + 10)]
    state = {}

    def on_frame(f, old, new):
        if new == 1:
            # the picture and its caption are drawn when the flow reaches column 2
            doc.picture(pic_x, pic_top - pic_h, pic_w, pic_h)
            caption(doc, pic_x, pic_top - pic_h - 2, pic_w, C["caption1"])
        if new == 3:
            # jump line, page-1 folio, page-2 header, then the "continued from" line
            t = C["continued_out"] + " \u25b8"
            t = C["continued_out"]
            tw = width(t, "BI", 8.5)
            doc.text(COLX[2] + COLW - tw, foot + 2, t, "BI", 8.5, RED, page=0)
            doc.text(W / 2 - width("1", "S", 8) / 2, M - 6, "1", "S", 8, BLACK, page=0)
            h1, h2 = C["header2"]
            doc.text(M, H - M, h1, "B", 11, BLACK)
            doc.text(W - M - width(h2, "SI", 8.5), H - M, h2, "SI", 8.5, GREY)
            doc.line(M, H - M - 6, W - M, H - M - 6, BLACK, 0.8)
            doc.text(COLX[0], H - M - 26, C["continued_in"], "BI", 8.5, RED)
        state["frame"] = new

    fl = Flow(doc, frames, on_frame=on_frame)
    secs = C["sections"]
    for si, (label, stitle, paras) in enumerate(secs):
        if si == 3:
            # pull quote between rules before the last section (page 2, column 2)
            pass
        fl.ensure(LEAD * 4)
        if fl.y < fl.frame[2] - 2:
            fl.skip(4)
        fl.para([(stitle, "SB", 10.5, NAVY)], lead=13, space_after=2, hyphenate=False)
        for pi, p in enumerate(paras):
            pid = (si, pi)
            if si == 3 and pi == 0:
                # rope picture mid-paragraph, caption set above it ("Below:")
                def rope(f):
                    x, w = f.frame[1], f.frame[3]
                    yb = caption(doc, x, f.y - 4, w, C["caption2"])
                    doc.picture(x, yb - 6 - 110, w, 110)
                    f.y = yb - 6 - 110 - 8
                fl.after_line[(pid, 4)] = rope
            fl.para([(p, "R", BODY, BLACK)], lead=LEAD, justify=True, indent=9 if pi else 0,
                    space_after=2, pid=pid)
        if si == 2:
            fl.skip(6)
            x, w = fl.frame[1], fl.frame[3]
            doc.line(x, fl.y, x + w, fl.y, RED, 1.2)
            fl.skip(4)
            fl.para([(C["pull"], "BI", 12.5, RED)], lead=15, space_after=2, hyphenate=False)
            doc.line(x, fl.y, x + w, fl.y, RED, 1.2)
            fl.skip(10)
    # sidebar: tinted box at the foot of page 2, column 3
    sx, sw = COLX[2], COLW
    st, sparas = C["sidebar"]
    box_top = fl.y - 10 if state.get("frame") == 5 else H - M - 28
    if state.get("frame") != 5:
        fl.fi = 5
        fl.y = box_top
    inner = Flow(doc, [(1, sx + 7, box_top - 8, sw - 14, M)])
    start_ops = len(doc.ops)
    inner.para([(st, "SB", 10, NAVY)], lead=12.5, space_after=3, hyphenate=False)
    for p in sparas:
        inner.para([(p, "S", 8.3, BLACK)], lead=10.6, space_after=2)
    bh = box_top - inner.y + 4
    box = ["rect", sx, round(box_top - bh, 2), sw, round(bh, 2), [0.9, 0.93, 0.96], [0.1, 0.16, 0.32], 0.8]
    doc.ops.insert(start_ops, box)
    nb = NOTICE_TOP
    doc.rect(M, M + 10, W - 2 * M, nb - M - 10, fill=(0.96, 0.94, 0.88), stroke=BLACK, lw=0.8)
    doc.spaced(M + 12, nb - 24, C["notices_head"], "SB", 9, RED, tc=1.5)
    ny = nb - 46
    for head, text in C["notices"]:
        doc.text(M + 12, ny, head, "B", 12, BLACK)
        ny -= 4
        f2 = Flow(doc, [(1, M + 12, ny, W - 2 * M - 24, M)])
        f2.para([(text, "R", 9.5, BLACK)], lead=12, space_after=0)
        ny = f2.y - 16
    doc.text(W / 2 - width("2", "S", 8) / 2, M - 6, "2", "S", 8, BLACK)
    doc.save(os.path.join(BUILD, "dl_" + name + ".json"))

    title = " ".join(C["title_lines"])
    sections = [(None, title, [C["intro"]], None)]
    for si, (label, stitle, paras) in enumerate(secs):
        sections.append((label, stitle, paras, C["caption2"] if si == 3 else (C["caption1"] if si == 1 else None)))
    sections.append((None, st, sparas, None))
    running = [C["header2"][0], C["header2"][1], "1", "2"]
    write_gold(name, gold(title, running, sections))


if __name__ == "__main__":
    build()
