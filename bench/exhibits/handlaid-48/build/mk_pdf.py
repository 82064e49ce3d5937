"""Lays out the four PDF exhibits with layout.py and paints them with painter.rkt (racket/draw pdf-dc%)."""
import os
import subprocess
import sys

from content import EX
from layout import Doc, Flow, break_lines, width

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
OPS = os.path.join(HERE, "ops")
PAINTER = os.path.join(HERE, "painter.rkt")
GREY = (190, 190, 190)
BLACK = (0, 0, 0)
WHITE = (255, 255, 255)


def mark(text, after, sym):
    assert text.count(after) == 1, after
    return text.replace(after, after + sym)


def caption(doc, x, y, w, cap, size=8.5, lead=11, font="sans", bold="sans-b", credit_font="sans-i",
            color=BLACK):
    """Draws 'Position:' + caption text + credit line(s); returns the y after it."""
    pos, text, credit = cap
    lab = (pos + ": ") if pos else ""
    ind = width(lab, bold, size)
    ls = break_lines(text, font, size, w, True, ind)
    for n, ln in enumerate(ls):
        y += lead
        if n == 0 and lab:
            doc.text(x, y, bold, size, lab.strip(), color)
            doc.text(x + ind, y, font, size, ln, color)
        else:
            doc.text(x, y, font, size, ln, color)
    for ln in break_lines(credit, credit_font, size - 1, w, False):
        y += lead - 1
        doc.text(x, y, credit_font, size - 1, ln, (90, 90, 90))
    return y


def finish(name, doc):
    os.makedirs(OPS, exist_ok=True)
    pdf = os.path.join(OUT, name + ".pdf")
    doc.save(os.path.join(OPS, name + ".ops.tsv"), pdf, PAINTER)
    subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", pdf, os.path.join(OUT, name + ".txt")], check=True)
    print("made", pdf)


# ------------------------------------------------------------------ volta: A4, three columns
def volta():
    e = EX["volta_pile_1800"]
    W, H = 595.28, 841.89
    d = Doc(W, H)
    d.page()
    M = 36
    NAVY, ACC, TINT = (28, 38, 64), (176, 96, 20), (242, 234, 220)
    # footer first (the producer's master page is written before the body)
    d.line(M, 808, W - M, 808, 0.5, (120, 120, 120))
    d.text(M, 822, "sans", 7.5, e["running"][0], (80, 80, 80))
    d.text_right(W - M, 822, "sans-b", 9, e["running"][1], (80, 80, 80))
    # kicker, title band, intro
    d.text(M, 50, "sans-b", 8, e["kicker"], ACC)
    d.rect(0, 60, W, 92, NAVY)
    d.text(M, 98, "serif-b", 27, e["title_lines"][0], WHITE)
    d.text(M, 134, "serif-bi", 27, e["title_lines"][1], (250, 214, 160))
    y = 168
    for ln in break_lines(e["intro"], "sans-b", 11, W - 2 * M, False):
        y += 15
        d.text(M, y, "sans-b", 11, ln)
    top = y + 22
    gut = 16
    cw = (W - 2 * M - 2 * gut) / 3
    xs = [M + i * (cw + gut) for i in range(3)]
    side_h = 150
    side_top = 800 - side_h
    notes_top = 782

    def sidebar(flow):
        # drawn when the flow enters column 2: a tinted box across the foot of columns 2 and 3
        x0, w0 = xs[1], 2 * cw + gut
        d.rect(x0, side_top, w0, side_h - 4, TINT)
        st, sp = e["sidebar"]
        yy = side_top + 8
        yy += 14
        d.text(x0 + 10, yy, "sans-b", 11, st, NAVY)
        yy += 3
        for p in sp:
            for ln in break_lines(p, "serif", 8.8, w0 - 20):
                yy += 11.2
                d.text(x0 + 10, yy, "serif", 8.8, ln)
            yy += 3

    frames = [(xs[0], top, cw, notes_top - 8), (xs[1], top, cw, side_top - 10, sidebar),
              (xs[2], top, cw, side_top - 10)]
    f = Flow(d, frames)
    FS, LD = 9.1, 11.9

    def heading(label, title):
        f.need(40)
        f.space(4)
        d.ellipse(f.x, f.y, 20, 20, ACC)
        d.text_center(f.x + 10, f.y + 14.5, "sans-b", 11, label, WHITE)
        ls = break_lines(title, "sans-b", 11.5, f.w - 26, False)
        yy = f.y
        for ln in ls:
            d.text(f.x + 26, yy + 14.5, "sans-b", 11.5, ln, NAVY)
            yy += 14
        f.y = max(f.y + 24, yy + 8)

    for si, (label, title, paras, cap) in enumerate(e["sections"]):
        heading(label, title)
        for pi, p in enumerate(paras):
            if label == "C" and pi == 0:
                p = mark(p, e["note_mark_after"], "*")
            split = None
            if label == "B" and pi == 2:
                def put_pic(fl, cap=cap):
                    fl.need(170)
                    fl.y += 6
                    d.rect(fl.x, fl.y, fl.w, 92, GREY)
                    yy = caption(d, fl.x, fl.y + 94, fl.w, cap, 8, 10.2)
                    fl.y = yy + 6
                split = (2, put_pic)
            f.para(p, "serif", FS, LD, 4, split=split)
            if label == "C" and pi == 0:
                f.y += 4
                d.line(f.x, f.y, f.x + f.w, f.y, 1.2, ACC)
                f.y += 2
                for ln in break_lines(e["pull_quote"], "serif-bi", 13, f.w, False):
                    f.y += 16
                    d.text(f.x, f.y, "serif-bi", 13, ln, ACC)
                f.y += 7
                d.line(f.x, f.y, f.x + f.w, f.y, 1.2, ACC)
                f.y += 6
    # footnote at the foot of column 1
    yy = notes_top
    for ln in break_lines(e["note"], "sans", 6.8, cw, False):
        yy += 8.4
        d.text(xs[0], yy, "sans", 6.8, ln, (60, 60, 60))
    finish("volta_pile_1800", d)


# ------------------------------------------------------------------ lilienthal: A3 landscape
def lilienthal():
    e = EX["lilienthal_glider_1891"]
    W, H = 1190.55, 841.89
    d = Doc(W, H)
    d.page()
    M = 48
    SKY, INK, TINT = (46, 92, 138), (30, 30, 30), (226, 236, 244)
    d.text(M, 40, "sans", 10, e["running"][0], (90, 90, 90))
    d.text_right(W - M, 40, "sans", 10, e["running"][1], (90, 90, 90))
    d.line(M, 50, W - M, 50, 0.6, (150, 150, 150))
    d.text(M, 150, "sans-b", 82, e["running"][2], (200, 200, 200))
    d.text(178, 84, "sans-b", 10, e["kicker"], SKY)
    d.text(178, 120, "serif-b", 34, e["title_lines"][0], INK)
    d.text(178, 160, "serif-b", 34, e["title_lines"][1], SKY)
    y = 178
    for ln in break_lines(e["intro"], "serif-i", 14.5, 720, False):
        y += 19
        d.text(178, y, "serif-i", 14.5, ln, INK)
    top = y + 28
    left_w = 760
    gut = 28
    cw = (left_w - gut) / 2
    c1, c2 = M, M + cw + gut
    band_top, band_h = 476, 62
    lower_top = band_top + band_h + 10

    def band(flow):
        d.rect(M, band_top, left_w, band_h, SKY)
        d.text_center(M + left_w / 2, band_top + 39, "serif-bi", 22, e["pull_quote"], WHITE)

    frames = [(c1, top, cw, band_top - 8), (c2, top, cw, band_top - 8),
              (c1, lower_top, cw, 800, band), (c2, lower_top, cw, 800)]
    f = Flow(d, frames)
    FS, LD = 11.2, 15.4
    for label, title, paras, cap in e["sections"]:
        f.need(60)
        f.space(6)
        f.y += 11
        d.text(f.x, f.y, "sans-b", 9, label, SKY)
        f.y += 19
        d.text(f.x, f.y, "sans-b", 15, title, INK)
        f.y += 8
        for p in paras:
            f.para(p, "serif", FS, LD, 5)
    # right column: picture, caption (of Part Two), table, sidebar
    rx, rw = M + left_w + 34, W - M - (M + left_w + 34)
    ry = top + 6
    d.rect(rx, ry, rw, 210, GREY)
    ry = caption(d, rx, ry + 214, rw, e["sections"][1][3], 9, 11.5)
    ry += 22
    d.text(rx, ry, "sans-b", 10, e["table_title"], INK)
    ry += 6
    for yr, txt in e["table"]:
        d.rect(rx, ry, 46, 20, SKY)
        d.text(rx + 7, ry + 14, "sans-b", 9.5, yr, WHITE)
        d.rect(rx + 48, ry, rw - 48, 20, TINT)
        d.text(rx + 55, ry + 14, "sans", 9, txt, INK)
        ry += 22
    ry += 14
    st, sp = e["sidebar"]
    box_top = ry
    lines = [break_lines(p, "sans", 9.4, rw - 24) for p in sp]
    hgt = 34 + sum(len(l) for l in lines) * 12.6 + 6 * len(lines) + 8
    d.rect(rx, box_top, rw, hgt, TINT)
    d.rect(rx, box_top, 5, hgt, SKY)
    yy = box_top + 22
    d.text(rx + 14, yy, "sans-b", 12, st, SKY)
    yy += 6
    for ls in lines:
        for ln in ls:
            yy += 12.6
            d.text(rx + 14, yy, "sans", 9.4, ln, INK)
        yy += 6
    finish("lilienthal_glider_1891", d)


# ------------------------------------------------------------------ torrey: 4-panel accordion, 2 pages
def torrey():
    e = EX["torrey_canyon_1967"]
    W, H = 1122.5, 595.28
    P = W / 4
    pad = 22
    d = Doc(W, H)
    OIL, SEA, TINT = (24, 24, 24), (0, 98, 120), (224, 238, 240)
    d.page()
    # panel 1: cover
    x = pad
    d.rect(0, 0, P, H, (236, 232, 222))
    d.text(x, 52, "sans-b", 8.5, e["kicker"], SEA)
    y = 66
    for i, t in enumerate(e["title_lines"]):
        y += 30
        d.text(x, y, "serif-b", 26 if i != 1 else 20, t, OIL if i != 1 else SEA)
    y += 16
    for ln in break_lines(e["intro"], "sans", 10.5, P - 2 * pad, False):
        y += 14
        d.text(x, y, "sans", 10.5, ln)
    d.rect(pad, y + 24, P - 2 * pad, H - (y + 24) - 30, GREY)
    for k in range(1, 4):
        d.line(k * P, 0, k * P, 8, 0.4, (150, 150, 150))

    def page2(flow):
        d.page()
        for k in range(1, 4):
            d.line(k * P, 0, k * P, 8, 0.4, (150, 150, 150))

    frames = [(P + pad, 40, P - 2 * pad, H - 30), (2 * P + pad, 40, P - 2 * pad, H - 30),
              (3 * P + pad, 40, P - 2 * pad, H - 30), (pad, 40, P - 2 * pad, H - 30, page2)]
    f = Flow(d, frames)
    FS, LD = 9.8, 12.9
    for si, (label, title, paras, cap) in enumerate(e["sections"]):
        if si > 0:
            f.next_frame()
        d.ellipse(f.x, f.y, 24, 24, SEA)
        d.text_center(f.x + 12, f.y + 17, "sans-b", 13, label, WHITE)
        yy = f.y
        for ln in break_lines(title, "serif-b", 15, f.w - 32, False):
            d.text(f.x + 32, yy + 17, "serif-b", 15, ln, OIL)
            yy += 18
        f.y = max(f.y + 36, yy + 12)
        if label == "3":
            d.rect(f.x, f.y, f.w, 300, GREY)  # photograph without a caption
            f.y += 312
        for pi, p in enumerate(paras):
            split = None
            if label == "2" and pi == 1:
                def put(fl, cap=cap):
                    yy = caption(d, fl.x, fl.y + 4, fl.w, cap, 8.2, 10.4)
                    d.rect(fl.x, yy + 6, fl.w, 150, GREY)
                    fl.y = yy + 164
                split = (3, put)
            f.para(p, "serif", FS, LD, 5, split=split)
    assert f.i == 3, "section 3 must run onto the back of the sheet"
    # page 2 (back of the sheet), panel 6: timeline table and pull quote
    x0, w0 = P + pad, P - 2 * pad
    y = 150
    d.text(x0, y, "serif-b", 14, e["table_title"], OIL)
    y += 10
    for dt, txt in e["table"]:
        ls = break_lines(txt, "sans", 8.8, w0 - 56, False)
        h = 8 + 11 * len(ls)
        d.rect(x0, y, 50, h, SEA)
        d.text(x0 + 5, y + 14, "sans-b", 8.8, dt, WHITE)
        d.rect(x0 + 52, y, w0 - 52, h, TINT)
        yy = y
        for ln in ls:
            d.text(x0 + 58, yy + 14, "sans", 8.8, ln)
            yy += 11
        y += h + 3
    y += 30
    for ln in break_lines(e["pull_quote"], "serif-i", 15, w0, False):
        y += 20
        d.text(x0, y, "serif-i", 15, ln, SEA)
    y += 16
    d.text(x0, y, "sans", 8.5, e["pull_credit"], (90, 90, 90))
    # panel 7: sidebar
    x0 = 2 * P + pad
    st, sp = e["sidebar"]
    sl = [break_lines(p, "sans", 9, w0) for p in sp]
    d.rect(2 * P + 10, 40, P - 20, 58 + 12 * sum(len(l) for l in sl) + 6 * len(sl), TINT)
    y = 72
    d.text(x0, y, "serif-b", 15, st, SEA)
    y += 8
    for p in sp:
        for ln in break_lines(p, "sans", 9, w0):
            y += 12
            d.text(x0, y, "sans", 9, ln)
        y += 6
    # panel 8: back cover with the address block
    x0 = 3 * P + pad
    d.rect(x0, 330, 60, 60, SEA)
    y = 420
    for i, ln in enumerate(e["address"]):
        y += 14
        d.text(x0, y, "sans-b" if i == 0 else "sans", 10 if i == 0 else 9, ln)
    finish("torrey_canyon_1967", d)


# ------------------------------------------------------------------ thylacine: spread of two A5 pages
def thylacine():
    e = EX["thylacine_1936"]
    W, H = 841.89, 595.28
    A5 = W / 2
    d = Doc(W, H)
    d.page()
    EARTH, INK, TINT = (120, 70, 30), (25, 25, 25), (240, 232, 218)
    L0, R0 = 42, A5 + 34
    tw = A5 - 42 - 34
    # left page: running head and folio
    d.text(L0, 30, "sans-i", 7.5, e["running"][0], (100, 100, 100))
    d.text(L0, 572, "sans", 8, e["running"][2], (100, 100, 100))
    d.text(L0, 62, "sans-b", 7.5, e["kicker"], EARTH)
    d.text(L0, 88, "serif-b", 21, e["title_lines"][0], INK)
    d.text(L0, 114, "serif-b", 21, e["title_lines"][1], EARTH)
    y = 124
    for ln in break_lines(e["intro"], "serif-i", 10.5, tw, False):
        y += 13.5
        d.text(L0, y, "serif-i", 10.5, ln)
    top = y + 14

    def right_page(flow):
        d.text(R0 + tw - width(e["running"][1], "sans-i", 7.5), 30, "sans-i", 7.5, e["running"][1],
               (100, 100, 100))
        d.text_right(R0 + tw, 572, "sans", 8, e["running"][3], (100, 100, 100))

    frames = [(L0, top, tw, 548), (R0, 44, tw, 548, right_page)]
    f = Flow(d, frames)
    FS, LD = 9.4, 12.1
    secs = e["sections"]
    for label, title, paras, cap in secs:
        f.need(44)
        f.space(5)
        f.y += 9
        d.text(f.x, f.y, "sans-b", 8, label, EARTH)
        f.y += 15
        d.text(f.x, f.y, "serif-b", 12.5, title, INK)
        f.y += 3
        for pi, p in enumerate(paras):
            if label == "Three" and pi == 1:
                p = mark(p, e["note_mark_after"], "¹")
            split = None
            if label == "Two" and pi == 1:
                def put(fl, cap=cap):
                    fl.y += 6
                    d.rect(fl.x, fl.y, 120, 62, GREY)
                    yy = caption(d, fl.x + 128, fl.y - 2, fl.w - 128, cap, 8, 10)
                    fl.y = max(fl.y + 62, yy) + 6
                split = (2, put)
            f.para(p, "serif", FS, LD, 3.5, split=split)
        if label == "Two":
            # table with label cells, between Two and Three
            f.need(90)
            f.y += 16
            d.text(f.x, f.y, "sans-b", 8, e["table_title"], EARTH)
            f.y += 4
            for per, txt in e["table"]:
                d.rect(f.x, f.y, 72, 14, EARTH)
                d.text(f.x + 4, f.y + 10, "sans-b", 7.8, per, (255, 255, 255))
                d.rect(f.x + 73, f.y, f.w - 73, 14, TINT)
                d.text(f.x + 78, f.y + 10, "sans", 7.8, txt, INK)
                f.y += 15
            f.y += 4
    # sidebar box
    st, sp = e["sidebar"]
    lines = [break_lines(p, "sans", 8.2, tw - 16) for p in sp]
    hgt = 24 + sum(len(l) for l in lines) * 10.4 + 4 * len(lines)
    f.y += 6
    d.rect(f.x, f.y, tw, hgt, TINT)
    yy = f.y + 16
    d.text(f.x + 8, yy, "sans-b", 9.5, st, EARTH)
    yy += 2
    for ls in lines:
        for ln in ls:
            yy += 10.4
            d.text(f.x + 8, yy, "sans", 8.2, ln)
        yy += 4
    f.y += hgt
    # footnote at the foot of the right page
    d.line(R0, 552, R0 + 60, 552, 0.4, (100, 100, 100))
    d.text(R0, 561, "sans", 6.8, e["note"], (60, 60, 60))
    finish("thylacine_1936", d)


if __name__ == "__main__":
    which = sys.argv[1:] or ["volta", "lilienthal", "torrey", "thylacine"]
    for w in which:
        globals()[w]()
