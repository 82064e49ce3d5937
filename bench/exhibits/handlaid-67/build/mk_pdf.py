# -*- coding: utf-8 -*-
"""Lays out the four PDF exhibits with mpage (my breaker) -> MetaPost -> pdfTeX."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from mpage import Page, Flow, width, break_lines, write_pdf
from texts import EX

B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(B)
LOG = []
PURPLE = (0.42, 0.16, 0.48)
RED = (0.62, 0.08, 0.12)
DARK = (0.25, 0.05, 0.08)
NAVY = (0.10, 0.18, 0.32)
GREY = (0.35, 0.35, 0.35)
TINT = (0.93, 0.90, 0.94)

def caption_block(pg, x, y, w, text, credit, size=8.5, lead=11, font="SI", cfont="S", color=None):
    """writes a caption (ragged) then its credit; returns the y under it"""
    for ws, hy, last in break_lines(text, font, size, w, w, False):
        y -= lead
        pg.words(x, y, " ".join(ws), font, size, color)
    for ws, hy, last in break_lines(credit, cfont, size - 1.5, w, w, False):
        y -= lead - 1.5
        pg.words(x, y, " ".join(ws), cfont, size - 1.5, color or GREY)
    return y

def centred(pg, y, s, font, size, color=None, x0=0, w=None):
    w = pg.w if w is None else w
    pg.words(x0 + (w - width(s, font, size)) / 2, y, s, font, size, color)

def right(pg, xr, y, s, font, size, color=None):
    pg.words(xr - width(s, font, size), y, s, font, size, color)

# ------------------------------------------------------------------ 1 Perkin: catalogue pp. 58-59
def perkin():
    e = EX["perkin_mauve_1856"]
    p1, p2 = Page(595, 842), Page(595, 842)
    # p.58 head: folio outside (left), head shows the panel that opens on this page
    p1.words(50, 800, "58", "SB", 9)
    p1.words(80, 800, e["running"][2], "SI", 9, GREY)
    p1.rule(50, 793, 545, 793, 0.4, GREY)
    centred(p1, 30, e["running"][4], "S", 7.5, GREY)
    centred(p2, 30, e["running"][4], "S", 7.5, GREY)
    p1.words(50, 765, e["kicker"], "SB", 8, PURPLE)
    p1.words(50, 735, e["title_lines"][0], "B", 27)
    p1.words(50, 712, e["title_lines"][1], "I", 16, PURPLE)
    f0 = Flow([(p1, 50, 700, 100, 495)])
    f0.para(e["intro"], "R", 12.5, 16, justify=False)
    p1.picture(50, f0.y - 215, 495, 205)
    top = f0.y - 230
    p1.rule(50, top + 6, 545, top + 6, 0.4, GREY)
    frames = [(p1, 50, top, 118, 235), (p1, 310, top, 118, 235),
              (p2, 50, 780, 60, 235), (p2, 310, 780, 60, 235)]
    f = Flow(frames, LOG, "perkin")
    notes_here = {}
    def mark_cb(fl, m):
        notes_here.setdefault(fl.fi, []).append(int(m))
        fi = fl.fi
        def leave(fl2, fi=fi):
            pg, x, _, ybot, w = fl2.frames[fi]
            y = 102
            pg.rule(x, y + 10, x + 60, y + 10, 0.4)
            for n in notes_here[fi]:
                for ws, hy, last in break_lines(e["notes"][n - 1], "R", 7.5, w, w, True):
                    pg.words(x, y, " ".join(ws), "R", 7.5)
                    y -= 9.5
        fl.on_leave[fi] = leave
    f.mark_cb = mark_cb
    def head(sec):
        f.y -= 8
        f.need(60, "keep heading " + sec["label"])
        pg, x, _, _, w = f.frame
        base = f.y - 15
        pg.text(x, base, sec["label"], "B", 17, PURPLE)
        pg.words(x + 18, base, sec["title"], "B", 13)
        f.y -= 22
    def p(t, first, hooks=None):
        f.para(t, "R", 10.5, 13.4, True, 0 if first else 12, hooks=hooks)
    # p.59 head written when the flow first reaches p.59 (so it sits mid-stream after the column)
    def p59head(fl):
        p2.picture(310, 560, 235, 220)   # captionless picture heads column 2 of p. 59
        p2.rule(50, 793, 545, 793, 0.4, GREY)
        right(p2, 515, 800, e["running"][3], "SI", 9, GREY)
        right(p2, 545, 800, e["running"][1], "SB", 9)
    f.on_enter[2] = p59head
    S = e["sections"]
    head(S[0])
    p(S[0]["paras"][0].replace("von Hofmann at", "von Hofmann^1 at"), True)
    p(S[0]["paras"][1], False)
    head(S[1])
    p(S[1]["paras"][0].replace("took out a patent in", "took out a patent^2 in"), True)
    cap = S[1]["caption"]
    def pic(fl):
        fl.need(120, "picture")
        pg, x, _, _, w = fl.frame
        fl.y -= 6
        pg.picture(x, fl.y - 104, 112, 104)
        caption_block(pg, x + 120, fl.y + 2, w - 120, cap["position"] + ": " + cap["text"], cap["credit"])
        fl.y -= 112
    p(S[1]["paras"][1], False, hooks={4: pic})
    head(S[2])
    p(S[2]["paras"][0], True)
    p(S[2]["paras"][1], False)
    # pull quote in column 2 of p. 59, under the picture
    fq = Flow([(p2, 310, 530, 300, 235)])
    p2.rule(310, 534, 545, 534, 1.2, PURPLE)
    fq.para(e["pull"], "I", 15, 19, False, color=PURPLE, hyphenate=False)
    p2.rule(310, fq.y - 6, 545, fq.y - 6, 1.2, PURPLE)
    # sidebar at the foot of p.59 col 2
    sb = e["sidebar"]
    lines = break_lines(sb["paras"][0], "S", 8.5, 215, 215, True)
    h = 28 + len(lines) * 11 + 10
    p2.rect(310, 60, 235, h, TINT)
    fs = Flow([(p2, 320, 60 + h - 10, 62, 215)])
    fs.heading(sb["title"], "SB", 10.5, 13, 0, 3, PURPLE)
    fs.para(sb["paras"][0], "S", 8.5, 11, False)
    write_pdf([p1, p2], "perkin_mauve_1856", OUT, B)

# ------------------------------------------------------------------ 2 Cochineal: A3 wall panel, title at the foot
def cochineal():
    e = EX["cochineal_trade_1523"]
    pg = Page(842, 1191)
    pg.words(60, 1140, e["kicker"], "SB", 13, RED)
    pg.rule(60, 1128, 790, 1128, 1.5, RED)
    f0 = Flow([(pg, 60, 1115, 900, 730)])
    f0.para(e["intro"], "R", 19, 25, False)
    top = f0.y - 20
    capx, capw = 630, 160
    frames = [(pg, 70, top, 215, 265), (pg, 385, top, 215, 230)]
    f = Flow(frames, LOG, "cochineal")
    S = e["sections"]
    def head(sec):
        f.y -= 12
        f.need(90, "keep heading " + sec["label"])
        pg_, x, _, _, w = f.frame
        base = f.y - 18
        pg.text(x - 34, base, sec["label"], "SB", 22, RED)   # letter hangs in the margin
        for n, (ws, hy, last) in enumerate(break_lines(sec["title"], "B", 17, w, w, False)):
            pg.words(x, base - n * 20, " ".join(ws), "B", 17)
            f.y -= 20
        f.y -= 6
    def p(t, first, hooks=None):
        f.para(t, "R", 14, 18.2, True, 0 if first else 16, hooks=hooks)
    cap = S[1]["caption"]
    def enter_col2(fl):
        # picture heads column 2, its caption (credit first) sits in the caption column beside it
        x, w = 385, 230
        pg.picture(x, fl.y - 170, w, 170)
        y = fl.y
        for ws, hy, last in break_lines(cap["credit"], "SB", 8.5, capw, capw, False):
            y -= 11
            pg.words(capx, y, " ".join(ws), "SB", 8.5, GREY)
        y -= 4
        for ws, hy, last in break_lines(cap["position"] + ": " + cap["text"], "SI", 10, capw, capw, False):
            y -= 13
            pg.words(capx, y, " ".join(ws), "SI", 10)
        fl.y -= 186
    f.on_enter[1] = enter_col2
    head(S[0])
    for i, t in enumerate(S[0]["paras"]):
        p(t, i == 0)
    head(S[1])
    def table(fl):
        pg_, x, _, _, w = fl.frame
        tb = e["table"]
        fl.y -= 8
        pg.rule(x, fl.y, x + w, fl.y, 1, RED)
        pg.words(x, fl.y - 13, tb["title"], "SB", 9.5, RED)
        fl.y -= 18
        for a, b in tb["rows"]:
            pg.words(x + 2, fl.y - 12, a, "SB", 9.5)
            pg.words(x + 70, fl.y - 12, b, "S", 9.5)
            fl.y -= 16
            pg.rule(x, fl.y, x + w, fl.y, 0.4, GREY)
        fl.y -= 10
    p(S[1]["paras"][0], True, hooks={4: table})
    p(S[1]["paras"][1], False)
    head(S[2])
    for i, t in enumerate(S[2]["paras"]):
        p(t, i == 0)
    # block quotation in the caption column, lower down, with attribution on its own line
    q, att = e["quote"]
    fq = Flow([(pg, capx, 640, 200, capw)])
    fq.para(q, "I", 16, 20, False, color=RED, hyphenate=False)
    fq.space(4)
    fq.para(att, "S", 9, 12, False)
    # fact box (sidebar) at the foot of the caption column
    sb = e["sidebar"]
    fb = Flow([(pg, capx + 8, 470, 200, capw - 16)])
    txt = [break_lines(t, "S", 9.5, capw - 16, capw - 16, True) for t in sb["paras"]]
    h = 30 + sum(len(t) for t in txt) * 12.5 + 8 * len(txt) + 8
    pg.rect(capx, 470 - h + 10, capw, h, (0.97, 0.90, 0.88))
    fb.heading(sb["title"], "SB", 12, 15, 0, 4, RED)
    for t in sb["paras"]:
        fb.para(t, "S", 9.5, 12.5, False, after=8)
    # the title band at the FOOT, written last
    pg.rect(0, 60, 842, 150, DARK)
    pg.words(60, 160, e["title_lines"][0], "B", 34, (1, 1, 1))
    pg.words(60, 126, e["title_lines"][1], "I", 24, (1, 1, 1))
    pg.words(60, 78, e["dateline"], "SB", 30, (0.95, 0.75, 0.72))
    pg.words(60, 30, e["running"][0], "S", 10, GREY)
    write_pdf([pg], "cochineal_trade_1523", OUT, B)

# ------------------------------------------------------------------ 3 Cromford: tri-fold leaflet
def cromford():
    e = EX["cromford_mill_1771"]
    W, H = 842, 595
    pw = W / 3
    outside, inside = Page(W, H), Page(W, H)
    GREEN = (0.13, 0.32, 0.24)
    foot = e["running"][0]
    S = e["sections"]
    # outside sheet, written left to right: inside flap (sidebar), back panel, cover
    x = 24
    outside.rect(x - 6, 300, pw - 36, 250, (0.90, 0.94, 0.91))
    fs = Flow([(outside, x + 6, 540, 300, pw - 60)])
    fs.heading(e["sidebar"]["title"], "SB", 13, 16, 0, 4, GREEN)
    fs.para(e["sidebar"]["paras"][0], "S", 9.5, 13, False)
    outside.picture(x, 70, pw - 48, 200)
    centred(outside, 30, foot, "S", 7, GREY, 0, pw)
    # back panel: address
    bx = pw + 24
    y = 200
    for i, l in enumerate(e["back"]):
        outside.words(bx, y, l, "SB" if i == 0 else "S", 10 if i == 0 else 9)
        y -= 14
    centred(outside, 30, foot, "S", 7, GREY, pw, pw)
    # cover: title runs up the left edge
    cx = 2 * pw
    outside.rect(cx, 0, 70, H, GREEN)
    outside.text(cx + 52, 60, e["title_lines"][0], "B", 58, (1, 1, 1), rot=90)
    outside.words(cx + 90, 540, e["kicker"], "SB", 8, GREEN)
    for n, (ws, hy, last) in enumerate(break_lines(e["title_lines"][1], "B", 16, pw - 110, pw - 110, False)):
        outside.words(cx + 90, 515 - n * 19, " ".join(ws), "B", 16)
    outside.picture(cx + 90, 250, pw - 110, 200)
    fi = Flow([(outside, cx + 90, 235, 40, pw - 110)])
    fi.para(e["intro"], "I", 11, 14.5, False)
    # inside sheet: panels 2-4; the text reads across the folds
    frames = [(inside, 24 + k * pw, 560, 48, pw - 48) for k in range(3)]
    f = Flow(frames, LOG, "cromford")
    for k in range(3):
        centred(inside, 30, foot, "S", 7, GREY, k * pw, pw)
    def head(sec):
        f.y -= 10
        f.need(70, "keep heading " + sec["label"])
        pg, x, _, _, w = f.frame
        pg.rect(x, f.y - 14, width(sec["label"].upper(), "SB", 8) + 10, 13, GREEN)
        pg.words(x + 5, f.y - 10, sec["label"].upper(), "SB", 8, (1, 1, 1))
        f.y -= 18
        f.heading(sec["title"], "B", 13, 15.5, 2, 3, GREEN, keep=0)
    def p(t, first, hooks=None):
        f.para(t, "R", 11.4, 14.8, False, 0 if first else 11, hooks=hooks)
    cap = S[1]["caption"]
    def pic(fl):
        fl.need(150, "picture")
        pg, x, _, _, w = fl.frame
        fl.y -= 5
        pg.picture(x, fl.y - 100, w, 100)
        yy = caption_block(pg, x, fl.y - 100, w, cap["position"] + ": " + cap["text"], cap["credit"], 8, 10)
        fl.y = yy - 8
    for si, sec in enumerate(S):
        head(sec)
        for i, t in enumerate(sec["paras"]):
            p(t, i == 0, hooks={2: pic} if (si == 1 and i == 1) else None)
    # panel 4 below the text: a captionless map with a numbered key (not gold)
    pg, x, _, _, w = f.frame
    y = f.y - 16
    inside.picture(x, y - 170, w, 170)
    y -= 188
    inside.words(x, y, "On the map", "SB", 9.5, GREEN)
    for n, what in enumerate(["Mill yard and the first mill of 1771", "Upper mill and the water channel",
                              "North Street, the workers’ houses", "Greyhound inn and market place"], 1):
        y -= 13
        inside.words(x, y, "%d  %s" % (n, what), "S", 8.5)
    write_pdf([outside, inside], "cromford_mill_1771", OUT, B)

# ------------------------------------------------------------------ 4 Singer: A3 landscape, three columns, timeline strip
def singer():
    e = EX["singer_sewing_machine_1851"]
    W, H = 1191, 842
    pg = Page(W, H)
    pg.words(60, 790, e["kicker"], "SB", 11, NAVY)
    pg.words(60, 752, e["title_lines"][0], "B", 36, NAVY)
    pg.words(60, 722, e["title_lines"][1], "I", 20)
    f0 = Flow([(pg, 60, 708, 500, 720)])
    f0.para(e["intro"], "R", 15, 19.5, False)
    top = f0.y - 14
    cw, gap = 340, 35
    xs = [60, 60 + cw + gap, 60 + 2 * (cw + gap)]
    tl_top = 170
    frames = [(pg, xs[0], top, tl_top + 20, cw), (pg, xs[1], top, tl_top + 20, cw), (pg, xs[2], top, 380, cw)]
    f = Flow(frames, LOG, "singer")
    S = e["sections"]
    def head(sec):
        f.y -= 10
        f.need(80, "keep heading " + sec["label"])
        pg_, x, _, _, w = f.frame
        pg.words(x, f.y - 10, sec["kicker"], "SB", 8.5, RED)
        f.y -= 14
        pg.words(x, f.y - 17, sec["label"], "B", 16, NAVY)
        pg.words(x + width(sec["label"], "B", 16) + 8, f.y - 17, sec["title"], "B", 16)
        f.y -= 25
    def p(t, first, hooks=None):
        f.para(t, "R", 12.6, 16.4, True, 0 if first else 14, hooks=hooks)
    def boxquote(fl):
        w = fl.frame[4]
        lines = break_lines(e["boxquote"], "BI", 17, w - 30, w - 30, False)
        h = len(lines) * 21 + 22
        fl.need(h + 10, "box quote")
        pg_, x, _, _, w = fl.frame
        fl.y -= 8
        pg.rect(x, fl.y - h, w, h, (0.99, 0.93, 0.70))
        yy = fl.y - 10
        for ws, hy, last in lines:
            yy -= 21
            pg.words(x + 15, yy + 4, " ".join(ws), "BI", 17, NAVY)
        fl.y -= h + 10
    head(S[0])
    for i, t in enumerate(S[0]["paras"]):
        p(t, i == 0)
    head(S[1])
    p(S[1]["paras"][0], True, hooks={4: boxquote})
    for t in S[1]["paras"][1:]:
        p(t, False)
    head(S[2])
    for i, t in enumerate(S[2]["paras"]):
        p(t, i == 0)
    # sidebar box in column 3 above the picture
    sb = e["sidebar"]
    x3 = xs[2]
    fs_lines = sum(len(break_lines(t, "S", 10, cw - 24, cw - 24, True)) for t in sb["paras"])
    h = 34 + fs_lines * 13 + 14
    ytop = f.y - 16
    pg.rect(x3, ytop - h, cw, h, (0.88, 0.91, 0.96))
    fs = Flow([(pg, x3 + 12, ytop - 10, ytop - h, cw - 24)])
    fs.heading(sb["title"], "SB", 13, 16, 0, 3, NAVY)
    for t in sb["paras"]:
        fs.para(t, "S", 10, 13, False, after=4)
    # timeline strip under columns 1-2 (numbered stops)
    pg.rule(60, tl_top, 60 + 2 * cw + gap, tl_top, 2, NAVY)
    n = len(e["timeline"])
    step = (2 * cw + gap) / n
    for i, (yr, what) in enumerate(e["timeline"]):
        tx = 60 + i * step
        pg.rect(tx, tl_top - 22, 16, 16, NAVY)
        pg.words(tx + 4.5, tl_top - 17.5, str(i + 1), "SB", 9, (1, 1, 1))
        pg.words(tx + 22, tl_top - 18, yr, "SB", 11, NAVY)
        pg.words(tx, tl_top - 38, what, "S", 9.5)
    # picture at the foot of column 3; caption on the same baseline as the running footer
    cap = S[1]["caption"]
    pg.picture(x3, 62, cw, 150)
    foot_y = 34
    pg.words(60, foot_y, e["running"][0], "S", 9, GREY)
    right(pg, W - 40, foot_y, e["running"][1], "SB", 9, GREY)
    lines = break_lines(cap["text"], "SI", 9, cw, cw, False)
    yy = foot_y + 14 * (len(lines) - 1) + 0
    # caption lines end on the footer baseline
    yy = foot_y + 12 * (len(lines) - 1)
    for ws, hy, last in lines:
        pg.words(x3, yy, " ".join(ws), "SI", 9)
        yy -= 12
    pg.words(x3, yy - 1, cap["credit"], "S", 7.5, GREY)
    write_pdf([pg], "singer_sewing_machine_1851", OUT, B)

if __name__ == "__main__":
    which = sys.argv[1:] or ["perkin", "cochineal", "cromford", "singer"]
    for w in which:
        globals()[w]()
    open(os.path.join(B, "layout_log.txt"), "w").write("\n".join(LOG) + "\n")
    print("\n".join(LOG))
