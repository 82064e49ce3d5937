# -*- coding: utf-8 -*-
"""Lays out the four PDF exhibits (my layout.py) and paints them with PaPDF."""
import json
import os
import sys

import content as C
import layout as L
from layout import PT, width, break_lines
import painter

OUT = os.path.dirname(os.path.abspath(__file__)) + "/.."
RED, NAVY, TINT, GREY = "#9b2218", "#1d2f4f", "#efe6d2", "#555555"


def block(doc, page, x, y, text, font, size, w, lead=None, color="#000000", align="left"):
    lead = lead or size * 1.3 * PT
    for ln in break_lines(text, font, size, w):
        y += lead
        xx = x + (w - width(ln, font, size)) if align == "right" else x
        doc.text(page, xx, y, ln, font, size, color)
    return y


def save(doc, ex, gold):
    pdf = f"{OUT}/{ex['name']}.pdf"
    painter.paint(doc, pdf, " ".join(ex["title_lines"]))
    with open(f"{OUT}/{ex['name']}.json", "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=2)
        f.write("\n")


# ------------------------------------------------------------------ Vindolanda
def vindolanda():
    ex = C.VINDOLANDA
    W, H = 420.0, 297.0
    d = L.Doc(W, H, 1)
    m, gut = 18.0, 10.0
    cw = (W - 2 * m - 2 * gut) / 3
    cols = [m + k * (cw + gut) for k in range(3)]
    # kicker in letter-spaced capitals, title, intro
    d.text(0, m, 24, ex["kicker"], "SansB", 10, RED, track=1.1)
    d.text(0, m, 42, ex["title_lines"][0], "SerifB", 38)
    d.text(0, m, 58, ex["title_lines"][1], "SerifB", 38)
    block(d, 0, m, 62, ex["intro"], "SerifI", 15, 2 * cw + gut, lead=7.0)
    d.line(0, m, 92, W - m, 92, RED, 0.8)
    top, bot = 100.0, 272.0
    chron_h = 74.0

    def chronology(fl):
        x, y = fl.fr[1], fl.fr[2]
        d.rect(0, x, y, cw, chron_h, TINT)
        d.text(0, x + 5, y + 9, "A CHRONOLOGY", "SansB", 10, RED, track=0.9)
        yy = y + 18
        for yr, ev in ex["chronology"]:
            d.text(0, x + 5, yy, yr, "SansB", 10.5)
            d.text(0, x + 32, yy, ev, "Sans", 10.5)
            yy += 8.6
        fl.y = y + chron_h + 6

    frames = [(0, cols[0], top, bot, cw), (0, cols[1], top, bot, cw), (0, cols[2], top, bot, cw)]
    fl = L.Flow(d, frames, on_frame={1: chronology})
    size, lead = 13.5, 6.35
    cap = ex["caption"]

    def figure(f):
        x, y = f.fr[1], f.y + 3
        pw = 68.0
        d.picture(0, x + cw - pw, y, pw, 50)
        # caption to the LEFT of the picture, so the picture is to the right
        yy = y + 1
        yy = block(d, 0, x, yy, f"{cap['position']}: {cap['text']}", "SansB", 9, cw - pw - 5, lead=4.3)
        block(d, 0, x, yy + 1, cap["credit"], "SansI", 8, cw - pw - 5, lead=3.8, color=GREY)
        f.y = y + 50 + 4

    def pull(f):
        f.y += 3
        d.line(0, f.fr[1], f.y, f.fr[1] + cw, f.y, RED, 0.6)
        f.y += 1
        f.para(ex["pull"], "SerifBI", 17, lead=8, color=RED, hyphenate=False)
        f.y += 3
        d.line(0, f.fr[1], f.y, f.fr[1] + cw, f.y, RED, 0.6)
        f.y += 5

    for si, (lab, title, paras) in enumerate(ex["sections"]):
        fl.need(22)
        if fl.y > fl.fr[2] + 1:
            fl.y += 3
        fl.y += 7
        d.text(0, fl.fr[1], fl.y, lab, "SerifB", 15, RED)
        d.text(0, fl.fr[1] + 13, fl.y, title, "SansB", 11.5, "#000000", track=1.0)
        fl.y += 2.5
        for pi, p in enumerate(paras):
            hooks = {3: figure} if (si == cap["section"] and pi == 0) else {}
            fl.para(p, "Serif", size, lead, indent=0 if pi == 0 else 5, after_line=hooks)
        if si == 2:
            pull(fl)
    # footer, drawn last
    d.line(0, m, 279, W - m, 279, GREY, 0.3)
    d.text(0, m, 285, ex["footer_left"], "Sans", 9, GREY)
    d.text(0, W - m, 285, ex["footer_right"], "Sans", 9, GREY, align="right")
    gold = C.make_gold(ex, [ex["footer_left"], ex["footer_right"]])
    save(d, ex, gold)


# ------------------------------------------------------------------ Webb
def webb():
    ex = C.WEBB
    W, H = 297.0, 210.0
    d = L.Doc(W, H, 2)
    m, gut = 16.0, 9.0
    cw = (W - 2 * m - gut) / 2
    # band with kicker
    d.rect(0, 0, 0, W, 15, NAVY)
    d.text(0, m, 10, ex["kicker"], "SansB", 9.5, "#ffffff", track=0.8)
    d.text(0, m, 29, ex["title_lines"][0], "SerifB", 26)
    d.text(0, m, 39, ex["title_lines"][1], "Serif", 18)
    y = block(d, 0, m, 41, ex["intro"], "SerifI", 11, W - 2 * m, lead=4.8)
    # panorama with a caption strip under it
    py = y + 3
    d.picture(0, m, py, W - 2 * m, 50)
    d.rect(0, m, py + 50, W - 2 * m, 7, "#dfe4ec")
    cap = ex["caption"]
    d.text(0, m + 3, py + 55, f"{cap['position']}: ", "SansB", 8.5)
    d.text(0, m + 3 + width(f"{cap['position']}: ", "SansB", 8.5), py + 55, cap["text"], "Sans", 8.5)
    d.text(0, W - m - 3, py + 55, cap["credit"], "SansI", 8, GREY, align="right")
    top1 = py + 63
    top2, bot = 22.0, 194.0
    frames = [(0, m, top1, bot, cw), (0, m + cw + gut, top1, bot, cw),
              (1, m, top2, bot, cw), (1, m + cw + gut, top2, bot, cw)]

    def page2(fl):
        # folio of page 1, then the header of page 2
        d.text(0, W / 2, 203, "1", "Sans", 9, GREY, align="center")
        d.text(1, m, 13, ex["head_left"], "SansB", 9, NAVY)
        d.text(1, W - m, 13, ex["head_right"], "Sans", 9, NAVY, align="right")
        d.line(1, m, 15.5, W - m, 15.5, NAVY, 0.4)

    fl = L.Flow(d, frames, on_frame={2: page2})
    size, lead = 12, 5.35
    for si, (lab, title, paras) in enumerate(ex["sections"]):
        fl.need(20)
        if fl.y > fl.fr[2] + 1:
            fl.y += 3
        fl.y += 8
        d.text(fl.fr[0], fl.fr[1], fl.y, lab, "SansB", 20, RED)
        d.text(fl.fr[0], fl.fr[1] + 9, fl.y, title, "SansB", 12.5, NAVY)
        fl.y += 1.5
        for pi, p in enumerate(paras):
            fl.para(p, "Serif", size, lead, indent=0 if pi == 0 else 4)
        if si == 2:
            fl.y += 4
            fl.para(ex["pull"], "SerifBI", 18, lead=8, color=RED, align="center", hyphenate=False)
            fl.y += 2
    # table (not gold) and sidebar at the head of the last column
    fl.next_frame()
    tname, rows = ex["table"]
    x, y0 = fl.fr[1], fl.y
    d.text(1, x, y0 + 4, tname, "SansB", 9, NAVY, track=0.5)
    yy = y0 + 7
    for a, b in rows:
        d.rect(1, x, yy, 32, 6.2, "#dfe4ec")
        d.line(1, x, yy + 6.2, x + cw, yy + 6.2, GREY, 0.2)
        d.text(1, x + 2, yy + 4.4, a, "SansB", 9)
        d.text(1, x + 35, yy + 4.4, b, "Sans", 9)
        yy += 6.2
    sy = yy + 6
    st, sp = ex["sidebar"]
    lines = break_lines(sp[0], "Sans", 9.5, cw - 10)
    sh = 14 + len(lines) * 4.3
    d.rect(1, x, sy, cw, sh, TINT)
    d.text(1, x + 5, sy + 8, st, "SansB", 11.5, RED)
    yy = sy + 10
    for ln in lines:
        yy += 4.3
        d.text(1, x + 5, yy, ln, "Sans", 9.5)
    assert sy + sh < bot + 2, "sidebar overflows"
    d.text(1, W / 2, 203, "2", "Sans", 9, GREY, align="center")
    gold = C.make_gold(ex, [ex["head_left"], ex["head_right"], "1", "2"])
    save(d, ex, gold)


# ------------------------------------------------------------------ Neptune
def neptune():
    ex = C.NEPTUNE
    W, H = 210.0, 297.0
    d = L.Doc(W, H, 2)
    # verso (48): margin column on the left; recto (49): on the right
    main = {0: (64.0, 128.0), 1: (18.0, 128.0)}
    marg = {0: 18.0, 1: 152.0}
    top, bot = 24.0, 262.0

    def header(p):
        if p == 0:
            d.text(0, 18, 14, ex["folios"][0], "SerifB", 10)
            d.text(0, 28, 14, ex["head_verso"], "SerifI", 10, GREY)
        else:
            d.text(1, W - 18, 14, ex["folios"][1], "SerifB", 10, align="right")
            d.text(1, W - 28, 14, ex["head_recto"], "SerifI", 10, GREY, align="right")
        d.line(p, 18, 16.5, W - 18, 16.5, GREY, 0.3)

    def footnote(p, num, text, y):
        x, w = main[p]
        d.line(p, x, y - 4, x + 30, y - 4, GREY, 0.3)
        d.text(p, x, y, num, "Serif", 6)
        block(d, p, x + 3, y - 3.1, text, "Serif", 8, w - 3, lead=3.4)

    header(0)
    x0, w0 = main[0]
    d.text(0, x0, 32, ex["kicker"], "Sans", 8.5, RED, track=0.6)
    d.text(0, x0, 45, ex["title_lines"][0], "SerifB", 24)
    d.text(0, x0, 55, ex["title_lines"][1], "SerifB", 17)
    y = block(d, 0, x0, 58, ex["intro"], "SerifI", 11, w0, lead=5)
    frames = [(0, x0, y + 4, bot, w0), (1, main[1][0], top, bot, main[1][1])]

    def page_turn(fl):
        footnote(0, ex["footnotes"][0][0], ex["footnotes"][0][1], 272)
        header(1)

    fl = L.Flow(d, frames, on_frame={1: page_turn})
    size, lead = 11.5, 5.3
    cap = ex["caption"]

    def figure(f):
        p, x, w = f.fr[0], f.fr[1], f.fr[4]
        y = f.y + 3
        d.picture(p, x, y, w, 56)
        yy = y + 56 + 0.5
        yy = block(d, p, x, yy, f"{cap['position']}: {cap['text']}", "SansI", 8.5, w, lead=3.8)
        d.text(p, x, yy + 3.8, cap["credit"], "Sans", 7.5, GREY)
        f.y = yy + 3.8 + 3

    def sidebar(f):
        p, x, w = f.fr[0], f.fr[1], f.fr[4]
        st, sp = ex["sidebar"]
        lines = break_lines(sp[0], "Sans", 9.5, w - 12)
        h = 15 + len(lines) * 4.4
        y = f.y + 3.5
        d.rect(p, x, y, w, h, TINT)
        d.text(p, x + 6, y + 8, st, "SansB", 11, RED)
        yy = y + 10.5
        for ln in lines:
            yy += 4.4
            d.text(p, x + 6, yy, ln, "Sans", 9.5)
        f.y = y + h + 2.5

    for si, (lab, title, paras) in enumerate(ex["sections"]):
        fl.need(18)
        fl.y += 9
        p = fl.fr[0]
        # the letter hangs in the margin column, on the heading's baseline
        mx = marg[p] if p == 0 else marg[p] + 14
        d.text(p, mx + (30 if p == 0 else 0), fl.y, lab, "SerifB", 15, RED)
        d.text(p, fl.fr[1], fl.y, title, "SerifB", 13)
        fl.y += 1.5
        for pi, para in enumerate(paras):
            hooks = {}
            if si == cap["section"] and pi == 0:
                hooks = {3: figure}
            if si == 2 and pi == 0:
                hooks = {4: sidebar}
            fl.para(para, "Serif", size, lead, indent=0 if pi == 0 else 5, after_line=hooks)
    footnote(1, ex["footnotes"][1][0], ex["footnotes"][1][1], 272)
    gold = C.make_gold(ex, [ex["head_verso"], ex["head_recto"]] + ex["folios"])
    save(d, ex, gold)


# ------------------------------------------------------------------ Windscale
def windscale():
    """A 4-page A5 booklet printed two-up on two A4 landscape sheets, in printer's order:
    sheet 1 = page 4 | page 1, sheet 2 = page 2 | page 3."""
    ex = C.WINDSCALE
    W, H = 297.0, 210.0
    d = L.Doc(W, H, 2)
    half = W / 2
    # page number -> (sheet, x offset)
    pos = {4: (0, 0.0), 1: (0, half), 2: (1, 0.0), 3: (1, half)}
    mi, mo = 14.0, 14.0
    tw = half - mi - mo
    YEL = "#e9b422"
    # page 4, the back cover, is drawn first
    s, ox = pos[4]
    d.rect(s, ox, 150, half, 60, "#2b2b2b")
    yy = 165
    for k, ln in enumerate(ex["back"]):
        if k < 3:
            d.text(s, ox + mi, yy, ln, "SansB" if k == 0 else "Sans", 11 if k == 0 else 9.5, "#ffffff")
            yy += 6
        else:
            block(d, s, ox + mi, yy + 2, ln, "SansI", 8.5, tw, lead=4, color="#dddddd")
    # page 1: cover with the start of the text
    s, ox = pos[1]
    d.rect(s, ox, 0, half, 12, YEL)
    d.text(s, ox + mi, 8.3, ex["kicker"], "SansB", 9, "#000000", track=1.4)
    d.text(s, ox + mi, 27, ex["title_lines"][0], "SansB", 22)
    d.text(s, ox + mi, 36, ex["title_lines"][1], "Sans", 15)
    y = block(d, s, ox + mi, 39, ex["intro"], "SerifI", 10, tw, lead=4.6)

    def footer(pg):
        s, ox = pos[pg]
        if pg % 2 == 0:  # left-hand page: folio outside left
            d.text(s, ox + mi, 201, str(pg), "SansB", 9)
            d.text(s, ox + mi + 7, 201, ex["foot_left"], "Sans", 8, GREY)
        else:
            d.text(s, ox + half - mo, 201, str(pg), "SansB", 9, align="right")
            d.text(s, ox + half - mo - 7, 201, ex["foot_right"], "Sans", 8, GREY, align="right")

    bot = 192.0
    frames = [(pos[1][0], pos[1][1] + mi, y + 5, bot, tw),
              (pos[2][0], pos[2][1] + mi, 16, bot, tw),
              (pos[3][0], pos[3][1] + mi, 16, bot, tw)]
    fl = L.Flow(d, frames, on_frame={1: lambda f: footer(2)})
    size, lead = 11.5, 5.15
    cap = ex["caption"]

    def figure(f):
        p, x = f.fr[0], f.fr[1]
        y = f.y + 3
        pw = 48.0
        d.picture(p, x, y, pw, 38)
        yy = block(d, p, x + pw + 4, y - 1, f"{cap['position']}: {cap['text']}", "SansB", 8.5, tw - pw - 4, lead=3.9)
        block(d, p, x + pw + 4, yy + 0.5, cap["credit"], "SansI", 7.5, tw - pw - 4, lead=3.5, color=GREY)
        f.y = y + 38 + 3

    for si, (lab, title, paras) in enumerate(ex["sections"]):
        fl.need(24)
        if fl.y > fl.fr[2] + 1:
            fl.y += 4
        p = fl.fr[0]
        fl.y += 2
        d.rect(p, fl.fr[1], fl.y, width(lab, "SansB", 8.5) + 5, 5.5, "#2b2b2b")
        d.text(p, fl.fr[1] + 2.5, fl.y + 4, lab, "SansB", 8.5, YEL)
        fl.y += 12
        d.text(p, fl.fr[1], fl.y, title, "SansB", 13)
        fl.y += 1
        for pi, para in enumerate(paras):
            hooks = {2: figure} if (si == cap["section"] and pi == 1) else {}
            fl.para(para, "Serif", size, lead, indent=0 if pi == 0 else 4, after_line=hooks)
        if si == 2:
            fl.y += 3
            d.line(p, fl.fr[1] + 20, fl.y, fl.fr[1] + tw - 20, fl.y, YEL, 0.8)
            fl.para(ex["pull"], "SansBI", 12.5, lead=5.8, align="center", hyphenate=False)
            fl.y += 3
            d.line(p, fl.fr[1] + 20, fl.y, fl.fr[1] + tw - 20, fl.y, YEL, 0.8)
            fl.y += 2
    footer(3)
    # sheet marks: a dashed fold line down the middle of each sheet
    for sh in (0, 1):
        yy = 4
        while yy < H - 4:
            d.line(sh, half, yy, half, yy + 2, "#bbbbbb", 0.2)
            yy += 4
    gold = C.make_gold(ex, [ex["foot_left"], ex["foot_right"], "2", "3"])
    save(d, ex, gold)


if __name__ == "__main__":
    which = sys.argv[1:] or ["vindolanda", "webb", "neptune", "windscale"]
    for w in which:
        globals()[w]()
        print("made", w)
