"""The four PDFs of set 58, laid out by lay.py and written by llpdf 0.0.5."""
import os, sys, subprocess
from content import EX, OUT
from lay import Doc, Style, Flow, Column, MM, wrap_simple, rot_page

A4 = (595.28, 841.89)
A3 = (841.89, 1190.55)
RED = (0.72, 0.12, 0.1)
NAVY = (0.09, 0.13, 0.24)
GREEN = (0.16, 0.36, 0.2)
GREY = (0.35, 0.35, 0.35)
TINT = (0.93, 0.91, 0.85)


def report(name, flow):
    prev = None
    ends = {}
    for tag, ci, txt in flow.log:
        ends[ci] = (tag, txt)
    for ci in sorted(ends):
        print(f"  {name}: column {ci} ends with {ends[ci][0]}: ...{ends[ci][1][-45:]!r}")
    for tag, ci, txt in flow.log:
        if prev and prev[0] == tag and prev[1] != ci:
            print(f"  {name}: {tag} crosses column {prev[1]}->{ci}: ...{prev[2][-40:]!r} | {txt[:40]!r}")
        prev = (tag, ci, txt)


def widx(text, word):
    ws = text.split()
    return ws.index(word)


def text_lines(page, x, y, lines, font, size, lead, color=(0, 0, 0), align="left", width=None):
    for ln in lines:
        xx = x
        if align == "center":
            xx = x + (width - page.doc.width(ln, font, size)) / 2
        elif align == "right":
            xx = x + width - page.doc.width(ln, font, size)
        page.text(xx, y, ln, font=font, size=size, color=color)
        y -= lead
    return y


# ==================================================================== cassini
def cassini():
    ex = EX["cassini_map_1756"]
    d = Doc("Measuring the Kingdom - The Cassini Map of France, 1756", "mk_pdf.py cassini_map_1756 (set 58)")
    W, H = A4
    ml, mr = 54, 54
    cw = (W - ml - mr - 18) / 2
    p14, p15 = d.page(W, H), d.page(W, H)
    run, foot = ex["running"][0], ex["running"][1]
    # running heads: folio on the outer side
    for p, fol, left in ((p14, "14", True), (p15, "15", False)):
        if left:
            p.text(ml, H - 36, fol, font="sans-b", size=8.5)
            p.text(ml + 20, H - 36, run, font="serif-i", size=8.5, color=GREY)
        else:
            rw = d.width(run, "serif-i", 8.5)
            p.text(W - mr - 20 - rw, H - 36, run, font="serif-i", size=8.5, color=GREY)
            p.text(W - mr - d.width(fol, "sans-b", 8.5), H - 36, fol, font="sans-b", size=8.5)
        p.line(ml, H - 42, W - mr, H - 42, color=GREY, lw=0.4)
    # page 14 opening
    y = H - 66
    p14.text(ml, y, ex["extra"]["chapter"].upper(), font="sans-b", size=8, color=RED, tc=0.8)
    y -= 30
    p14.text(ml, y, ex["title_lines"][0], font="serif-b", size=26)
    y -= 24
    p14.text(ml, y, ex["title_lines"][1], font="serif-i", size=17, color=RED)
    y -= 22
    intro = wrap_simple(d, ex["intro"], "sans", 10.5, W - ml - mr)
    y = text_lines(p14, ml, y, intro, "sans", 10.5, 14)
    # picture (a) across the page
    ph = 175
    ytop = y - 4
    p14.picture(ml, ytop - ph, W - ml - mr, ph)
    p14.text(ml + 6, ytop - 14, "(a)", font="sans-b", size=9)
    body_top = ytop - ph - 16
    # footnote across both columns at foot of p14
    fn_lines = wrap_simple(d, ex["extra"]["footnote"], "serif", 7.5, W - ml - mr)
    fn_top = 52 + len(fn_lines) * 9.5
    # picture (b) at top of column 2 of p14
    pbh = 345
    bx = ml + cw + 18
    p14.picture(bx, body_top - pbh, cw, pbh)
    p14.text(bx + 6, body_top - 14, "(b)", font="sans-b", size=9)
    cols = [Column(p14, ml, body_top, fn_top + 8, cw), Column(p14, bx, body_top - pbh - 12, fn_top + 8, cw),
            Column(p15, ml, H - 62, 200, cw), Column(p15, ml + cw + 18, H - 62, 200, cw)]
    fl = Flow(d, cols)
    body = Style("serif", 10.2, 13.4, indent=11)
    body0 = Style("serif", 10.2, 13.4, indent=0)

    def heading(sec):
        need = 9 + 16 + 3 * 12.6
        if not fl.room(need):
            fl.next_col()
        fl.space(8)
        c = fl.col
        c.page.text(c.x, fl.y - 7, sec["kicker"].upper(), font="sans-b", size=7, color=RED, tc=0.9)
        fl.y -= 19
        c.page.text(c.x, fl.y - 10, sec["label"], font="sans-k", size=11, color=RED)
        c.page.text(c.x + 24, fl.y - 10, sec["title"], font="serif-b", size=12)
        fl.y -= 17

    for si, sec in enumerate(ex["sections"]):
        heading(sec)
        for pi, ptxt in enumerate(sec["paras"]):
            marks = None
            if sec["label"] == "2.2" and pi == 0:
                marks = {widx(ptxt, "toises,"): ("*", "serif", RED)}
            ins = None
            if sec["label"] == "2.3" and pi == 0:
                pass
            fl.para(ptxt, body if pi else body0, marks=marks, after=2, tag=f"{sec['label']}-{pi+1}")
            if sec["label"] == "2.2" and pi == 1:
                pass
            if sec["label"] == "2.3" and pi == 0:
                def pull(pg, x, yt, w):
                    ls = wrap_simple(d, ex["extra"]["pull"], "serif-i", 13, w - 16)
                    pg.line(x, yt - 4, x + w, yt - 4, color=RED, lw=1.2)
                    text_lines(pg, x + 8, yt - 22, ls, "serif-i", 13, 16, color=RED)
                    pg.line(x, yt - 14 - len(ls) * 16, x + w, yt - 14 - len(ls) * 16, color=RED, lw=1.2)
                ls = wrap_simple(d, ex["extra"]["pull"], "serif-i", 13, cw - 16)
                fl.block(22 + len(ls) * 16, pull, gap_after=4)
    # "continued overleaf" at the foot of p14 column 2 if a paragraph crosses the page
    cross = [(t, ci) for t, ci, _ in fl.log]
    for k in range(1, len(cross)):
        if cross[k][0] == cross[k - 1][0] and cross[k - 1][1] == 1 and cross[k][1] == 2:
            s = "continued overleaf \u00bb"
            p14.text(bx + cw - d.width(s, "serif-i", 8), fn_top + 9 - 6, s, font="serif-i", size=8, color=RED)
            s2 = "\u00ab continued from page 14"
            # printed above column 1 of p15
    # footnote on p14
    p14.line(ml, fn_top + 2, ml + 90, fn_top + 2, lw=0.4)
    text_lines(p14, ml, fn_top - 8, fn_lines, "serif", 7.5, 9.5)
    # sidebar at the foot of column 2, p15
    sb = ex["sidebar"]
    sl = wrap_simple(d, sb["paras"][0], "sans", 8.8, cw - 20)

    def sidebar(pg, x, yt, w):
        h = 34 + len(sl) * 11.5
        pg.rect(x, yt - h, w, h, fill=TINT)
        pg.text(x + 10, yt - 18, sb["title"], font="sans-b", size=10.5, color=RED)
        text_lines(pg, x + 10, yt - 33, sl, "sans", 8.8, 11.5)
    fl.next_col()
    fl.block(36 + len(sl) * 11.5, sidebar)
    # captions gathered at the foot of p15, keyed (a), (b)
    p15.line(ml, 188, W - mr, 188, color=GREY, lw=0.4)
    p15.text(ml, 174, "Pictures on the facing page", font="sans-b", size=8, color=GREY)
    yy = 158
    for key, sec in (("(a)", ex["sections"][1]), ("(b)", ex["sections"][2])):
        c = sec["caption"]
        p15.text(ml, yy, key, font="sans-b", size=8.5, color=RED)
        ls = wrap_simple(d, c["text"], "serif-i", 8.8, W - ml - mr - 30)
        yy = text_lines(p15, ml + 22, yy, ls, "serif-i", 8.8, 11)
        p15.text(ml + 22, yy, c["credit"], font="sans", size=7.5, color=GREY)
        yy -= 18
    for p in (p14, p15):
        fw = d.width(foot, "sans", 7.5)
        p.text((W - fw) / 2, 30, foot, font="sans", size=7.5, color=GREY)
    report("cassini", fl)
    return d


# ==================================================================== great arc
def great_arc():
    ex = EX["great_arc_1802"]
    d = Doc("Measuring an Arc of the Earth", "mk_pdf.py great_arc_1802 (set 58)")
    W, H = A4
    ml = 70
    tw = W - 2 * ml
    p1, p2 = d.page(W, H), d.page(W, H)
    for i, p in enumerate((p1, p2)):
        p.text(ml, H - 38, ex["running"][0].upper(), font="sans-b", size=7.5, color=GREEN, tc=1.2)
        p.line(ml, H - 44, W - ml, H - 44, color=GREEN, lw=0.8)
        s = ex["running"][1 + i]
        p.text(W - ml - d.width(s, "sans", 8), 34, s, font="sans", size=8, color=GREY)
    y = H - 86
    p1.text(ml, y, ex["title_lines"][0], font="sans-k", size=25, color=GREEN)
    y -= 24
    for ln in wrap_simple(d, ex["title_lines"][1], "serif", 16, tw):
        p1.text(ml, y, ln, font="serif", size=16)
        y -= 19
    y -= 8
    intro = Style("serif-i", 12, 16, align="left")
    cols = [Column(p1, ml, y, 60, tw), Column(p2, ml, H - 64, 60, tw)]
    fl = Flow(d, cols)
    fl.para(ex["intro"], intro, after=6, tag="intro")
    body = Style("serif", 10.4, 14.4, indent=14)
    body0 = Style("serif", 10.4, 14.4)

    def float_caption(side, cap, ph=120, fw=170):
        def ins(flow):
            c = flow.col
            yt = flow.y
            x = c.x if side == "Left" else c.x + c.w - fw
            pg = c.page
            pg.picture(x, yt - ph, fw, ph)
            ls = wrap_simple(d, side + ": " + cap["text"], "sans", 8, fw)
            yy = yt - ph - 11
            pg.text(x, yy, side + ":", font="sans-b", size=8, color=GREEN)
            first = ls[0][len(side) + 2:]
            pg.text(x + d.width(side + ": ", "sans-b", 8), yy, first, font="sans", size=8)
            yy = text_lines(pg, x, yy - 10, ls[1:], "sans", 8, 10)
            cl = wrap_simple(d, cap["credit"], "sans-i", 7, fw)
            yy = text_lines(pg, x, yy - 1, cl, "sans-i", 7, 9, color=GREY)
            gap = 14
            if side == "Left":
                c.excl.append((yt + 2, yy + 4, c.x, x + fw + gap))
            else:
                c.excl.append((yt + 2, yy + 4, x - gap, c.x + c.w))
        return ins

    def box_quote(flow):
        c = flow.col
        ls = wrap_simple(d, ex["extra"]["pull"], "serif-b", 15, c.w - 80)
        h = 20 + len(ls) * 19
        yt = flow.y - 4
        for (et, eb, ex0, ex1) in c.excl:
            if eb < yt + 10 and yt - h < et:
                yt = min(yt, eb - 6)
        c.page.rect(c.x + 30, yt - h, c.w - 60, h, fill=(0.88, 0.93, 0.88))
        text_lines(c.page, c.x + 40, yt - 22, ls, "serif-b", 15, 19, color=GREEN, align="center", width=c.w - 80)
        flow.y = yt - h - 10

    for sec in ex["sections"]:
        if not fl.room(40):
            fl.next_col()
        fl.space(10)
        c = fl.col
        c.page.text(c.x, fl.y - 8, sec["label"].upper(), font="sans-b", size=8, color=GREEN, tc=1.5)
        fl.y -= 13
        c.page.text(c.x, fl.y - 15, sec["title"], font="serif-b", size=15)
        fl.y -= 23
        for pi, ptxt in enumerate(sec["paras"]):
            ins = {}
            if sec["label"] == "Part One" and pi == 0:
                ins[1] = float_caption("Left", sec["caption"])
            if sec["label"] == "Part Two" and pi == 0:
                ins[0] = float_caption("Right", sec["caption"], ph=105, fw=160)
            if sec["label"] == "Part Two" and pi == 1:
                ins[3] = box_quote
            fl.para(ptxt, body if pi else body0, after=3, inserts=ins, tag=f"{sec['label']}-{pi+1}")
    sb = ex["sidebar"]
    sl = wrap_simple(d, sb["paras"][0], "sans", 9.5, tw - 150)

    def sidebar(pg, x, yt, w):
        h = 22 + len(sl) * 13
        pg.rect(x, yt - h, w, h, stroke=GREEN, lw=1)
        pg.text(x + 12, yt - 20, sb["title"], font="sans-k", size=11, color=GREEN)
        text_lines(pg, x + 130, yt - 20, sl, "sans", 9.5, 13)
    fl.space(12)
    fl.block(24 + len(sl) * 13, sidebar)
    report("great_arc", fl)
    return d


# ==================================================================== tour de france
def tour():
    ex = EX["tour_de_france_1903"]
    d = Doc("The Great Loop - The First Tour de France, 1903", "mk_pdf.py tour_de_france_1903 (set 58)")
    W, H = A3
    m = 56
    p = d.page(W, H)
    p.text(m, H - 44, ex["running"][0], font="sans-b", size=10, color=GREY)
    p.line(m, H - 52, W - m, H - 52, color=GREY, lw=0.6)
    # dark band with the panel number large beside the title
    bt, bh = H - 70, 170
    p.rect(0, bt - bh, W, bh, fill=NAVY)
    p.text(m, bt - 138, ex["extra"]["number"], font="sans-k", size=120, color=(0.98, 0.8, 0.1))
    tx = m + d.width(ex["extra"]["number"], "sans-k", 120) + 26
    p.text(tx, bt - 78, ex["title_lines"][0], font="sans-k", size=54, color=(1, 1, 1))
    p.text(tx, bt - 122, ex["title_lines"][1], font="serif-i", size=28, color=(0.85, 0.88, 0.95))
    y = bt - bh - 40
    intro = Style("serif", 19, 25.5, align="left")
    tw = W - 2 * m
    fl0 = Flow(d, [Column(p, m, y, 0, tw)])
    fl0.para(ex["intro"], intro, after=0)
    y = fl0.y - 16
    gut = 22
    cw = (tw - 2 * gut) / 3
    bottom = 300
    cols = [Column(p, m + i * (cw + gut), y, bottom, cw) for i in range(3)]
    fl = Flow(d, cols)
    body = Style("serif", 12.6, 17.2, indent=16)
    body0 = Style("serif", 12.6, 17.2)

    def caption_beside(flow):
        c = flow.col
        cap = ex["sections"][1]["caption"]
        pw = c.w * 0.56
        capw = c.w - pw - 10
        ls = wrap_simple(d, cap["text"], "sans", 9, capw)
        cl = wrap_simple(d, cap["credit"], "sans-i", 8, capw)
        h = max(150, 14 + len(ls) * 12 + 4 + len(cl) * 10.5)
        if not flow.room(h + 10):
            flow.next_col()
            c = flow.col
        yt = flow.y - 6
        c.page.picture(c.x + capw + 10, yt - h, pw, h)
        c.page.text(c.x, yt - 10, "Right:", font="sans-b", size=9, color=RED)
        yy = text_lines(c.page, c.x, yt - 23, ls, "sans", 9, 12)
        text_lines(c.page, c.x, yy - 3, cl, "sans-i", 8, 10.5, color=GREY)
        flow.y = yt - h - 12

    for sec in ex["sections"]:
        if not fl.room(24 + 3 * 15.4):
            fl.next_col()
        fl.space(14)
        c = fl.col
        c.page.rect(c.x, fl.y - 22, 22, 22, fill=RED)
        c.page.text(c.x + 11 - d.width(sec["label"], "sans-k", 15) / 2, fl.y - 17, sec["label"], font="sans-k", size=15, color=(1, 1, 1))
        c.page.text(c.x + 30, fl.y - 17, sec["title"], font="sans-k", size=15)
        fl.y -= 32
        for pi, ptxt in enumerate(sec["paras"]):
            ins = {}
            if sec["label"] == "B" and pi == 1:
                ins[2] = caption_beside
            fl.para(ptxt, body if pi else body0, after=3, inserts=ins, tag=f"{sec['label']}-{pi+1}")
        if sec["label"] == "A":
            def pull(pg, x, yt, w):
                ls = wrap_simple(d, ex["extra"]["pull"], "serif-i", 17, w - 14)
                pg.rect(x, yt - 10 - len(ls) * 21, 4, len(ls) * 21 + 2, fill=RED)
                text_lines(pg, x + 14, yt - 22, ls, "serif-i", 17, 21, color=NAVY)
            ls = wrap_simple(d, ex["extra"]["pull"], "serif-i", 17, cw - 14)
            fl.space(10)
            fl.block(16 + len(ls) * 21, pull, gap_after=2)
    sb = ex["sidebar"]
    sl = wrap_simple(d, sb["paras"][0], "sans", 10, cw - 24)

    def sidebar(pg, x, yt, w):
        h = 40 + len(sl) * 13.5
        pg.rect(x, yt - h, w, h, fill=(0.99, 0.93, 0.55))
        pg.text(x + 12, yt - 22, sb["title"], font="sans-k", size=13)
        text_lines(pg, x + 12, yt - 40, sl, "sans", 10, 13.5)
    fl.space(16)
    fl.block(40 + len(sl) * 13.5, sidebar)
    # stage strip (numbered timeline) under the three columns
    sy = 250
    p.text(m, sy, "THE ROUTE, 1\u201319 JULY 1903", font="sans-k", size=11, color=RED, tc=1.0)
    bw = (tw - 5 * 8) / 6
    for i, (n, route, km) in enumerate(ex["extra"]["stages"]):
        x = m + i * (bw + 8)
        p.rect(x, sy - 108, bw, 96, fill=(0.92, 0.93, 0.96))
        p.text(x + 10, sy - 52, n, font="sans-k", size=34, color=NAVY)
        p.text(x + 10, sy - 74, route, font="sans-b", size=10)
        p.text(x + 10, sy - 92, km, font="sans", size=10, color=GREY)
        if i < 5:
            p.line(x + bw, sy - 60, x + bw + 8, sy - 60, color=RED, lw=2)
    p.line(m, 62, W - m, 62, color=GREY, lw=0.6)
    p.text(m, 46, ex["running"][1], font="sans", size=9, color=GREY)
    report("tour", fl)
    return d


# ==================================================================== broadbalk tent card
def broadbalk():
    ex = EX["broadbalk_wheat_1843"]
    d = Doc("Wheat Without End - The Broadbalk Experiment, 1843", "mk_pdf.py broadbalk_wheat_1843 (set 58)")
    W, H = A4[1], A4[0]  # landscape
    p = d.page(W, H)
    half = H / 2
    top_face = rot_page(p)  # the upper half, printed upside down
    m, gut = 30, 20
    cw = (W - 2 * m - 2 * gut) / 3
    # fold line and note
    p.line(12, half, W - 12, half, color=GREY, lw=0.5, dash=(2, 3))
    # each face: running line at its foot
    for face in (p, top_face):
        face.text(m, 16, ex["running"][0], font="sans-b", size=7.5, color=GREEN)
        face.line(m, 25, W - m, 25, color=GREEN, lw=0.5)
    # face 1 (lower half, upright): title + intro in column 1
    y = half - 34
    p.rect(m, y - 2, cw, 6, fill=GREEN)
    y -= 26
    p.text(m, y, ex["title_lines"][0], font="sans-k", size=22, color=GREEN)
    y -= 20
    p.text(m, y, ex["title_lines"][1], font="serif-i", size=13.5)
    y -= 8
    fl0 = Flow(d, [Column(p, m, y, 0, cw)])
    fl0.para(ex["intro"], Style("sans", 9.4, 12.6, align="left"), after=0)
    ph = fl0.y - 40
    p.picture(m, 40, cw, ph - 40 + 6)
    bot = 36
    top = half - 26
    pich = 104
    p.picture(m + 2 * (cw + gut), top - pich, cw, pich)  # uncaptioned picture heading column 3
    cols = [Column(p, m + cw + gut, top, bot, cw), Column(p, m + 2 * (cw + gut), top - pich - 10, bot, cw)]
    cols += [Column(p, m + i * (cw + gut), top, bot, cw, rot=180) for i in range(3)]
    fl = Flow(d, cols)
    body = Style("serif", 9.9, 12.7, indent=10)
    body0 = Style("serif", 9.9, 12.7)

    def pg():
        c = fl.col
        return rot_page(c.page) if c.rot == 180 else c.page

    for sec in ex["sections"]:
        if not fl.room(22 + 3 * 11.6):
            fl.next_col()
        fl.space(8)
        c = fl.col
        g = pg()
        g.rect(c.x, fl.y - 16, 16, 16, fill=GREEN)
        g.text(c.x + 8 - d.width(sec["label"], "sans-k", 11) / 2, fl.y - 12.5, sec["label"], font="sans-k", size=11, color=(1, 1, 1))
        g.text(c.x + 22, fl.y - 12.5, sec["title"], font="sans-b", size=11.5, color=GREEN)
        fl.y -= 22
        for pi, ptxt in enumerate(sec["paras"]):
            fl.para(ptxt, body if pi else body0, after=1.5, tag=f"{sec['label']}-{pi+1}")
        if sec.get("caption"):
            cap = sec["caption"]
            ls = wrap_simple(d, cap["text"], "sans", 8, cw)
            cl = wrap_simple(d, cap["credit"], "sans-i", 7, cw)
            h = 78 + 12 + len(ls) * 10 + len(cl) * 9

            def capblock(g, x, yt, w, ls=ls, cl=cl, cap=cap):
                g.picture(x, yt - 80, w, 76)
                yy = yt - 92
                g.text(x, yy, cap["position"] + ":", font="sans-b", size=8, color=GREEN)
                first = ls[0]
                # caption set after its position label on the first line
                ls2 = wrap_simple(d, cap["text"], "sans", 8, w - d.width(cap["position"] + ": ", "sans-b", 8))
                g.text(x + d.width(cap["position"] + ": ", "sans-b", 8), yy, ls2[0], font="sans", size=8)
                rest = " ".join(ls2[1:])
                yy = text_lines(g, x, yy - 10, wrap_simple(d, rest, "sans", 8, w), "sans", 8, 10)
                text_lines(g, x, yy, cl, "sans-i", 7, 9, color=GREY)
            fl.space(4)
            fl.block(h, capblock, gap_after=4)
    # sidebar + table in the last column
    sb = ex["sidebar"]
    sl = wrap_simple(d, sb["paras"][0], "sans", 8.6, cw - 16)
    tb = ex["extra"]["table"]

    def sidebar(g, x, yt, w):
        h = 26 + len(sl) * 11
        g.rect(x, yt - h, w, h, fill=(0.9, 0.94, 0.86))
        g.text(x + 8, yt - 15, sb["title"], font="sans-b", size=10, color=GREEN)
        text_lines(g, x + 8, yt - 28, sl, "sans", 8.6, 11)

    def table(g, x, yt, w):
        g.text(x, yt - 10, ex["extra"]["table_title"].upper(), font="sans-b", size=7.5, color=GREEN, tc=0.8)
        yy = yt - 16
        for lab, val in tb:
            g.rect(x, yy - 14, 70, 14, fill=(0.85, 0.9, 0.8), stroke=(0.6, 0.7, 0.6), lw=0.3)
            g.rect(x + 70, yy - 14, w - 70, 14, stroke=(0.6, 0.7, 0.6), lw=0.3)
            g.text(x + 4, yy - 10, lab, font="sans-b", size=7.8)
            g.text(x + 74, yy - 10, val, font="sans", size=7.8)
            yy -= 14
    fl.space(10)
    if not fl.room(28 + len(sl) * 11 + 16 + 14 * len(tb)):
        fl.next_col()
    fl.block(28 + len(sl) * 11, sidebar, gap_after=8)
    fl.block(16 + 14 * len(tb), table)
    # fold note on face 2 just above the fold
    s = ex["extra"]["fold_note"]
    top_face.text(W - m - d.width(s, "sans-i", 6.5), half - 10, s, font="sans-i", size=6.5, color=GREY)
    report("broadbalk", fl)
    return d


BUILD = {"cassini_map_1756": cassini, "great_arc_1802": great_arc,
         "tour_de_france_1903": tour, "broadbalk_wheat_1843": broadbalk}

if __name__ == "__main__":
    names = sys.argv[1:] or list(BUILD)
    for n in names:
        doc = BUILD[n]()
        pdf = os.path.join(OUT, n + ".pdf")
        doc.save(pdf)
        subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, n + ".txt")], check=True)
        print("wrote", n)
