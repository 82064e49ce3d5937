# -*- coding: utf-8 -*-
"""Lays out the four PDFs with engine.py, writes one dpic file per page (build/pic/), runs
`dpic -d` on each and joins the pages with pdfunite."""
import os, subprocess, sys
from engine import Page, Frame, Flow, write_pages, width, break_lines
from texts import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PIC = os.path.join(HERE, "pic")
RED = (0.62, 0.16, 0.10)
BROWN = (0.36, 0.20, 0.10)
WHITE = (1, 1, 1)
TINT = (0.93, 0.89, 0.82)
GREY = (0.78, 0.78, 0.78)
LOG = []

def secs(name):
    return DOCS[name]["sections"]

def body(sec):
    return [b for b in sec["blocks"] if b["kind"] == "paragraph"]

def cap(sec):
    c = [b for b in sec["blocks"] if b["kind"] == "caption"]
    return c[0] if c else None

def lines_of(page, x, y, w, text, size, lead, color=None, justify=False, align="l"):
    for words, last in break_lines(text, size, lambda i: w, allow_hyphen=False):
        y -= size
        s = " ".join(words)
        if align == "r":
            page.text(x + w, y, size, s, color, align="r")
        else:
            page.words(x, y, size, words, w, justify and not last, color)
        y -= lead - size
    return y

# ------------------------------------------------------------------ 1 van Houten, A3 wall panel
def van_houten():
    name = "van_houten_press_1828"; d = DOCS[name]; S = secs(name)
    W, H = 842, 1191
    pg = Page("p1", W, H)
    pg.text(60, 1125, 13, d["kicker"], RED)
    pg.text(60, 1072, 46, d["title_lines"][0])
    pg.text(60, 1038, 22, d["title_lines"][1], BROWN)
    pg.line(60, 1022, 782, 1022, RED, 2)
    pg.text(60, 990, 24, d["dateline"], RED)           # large date line, not a paragraph
    y = lines_of(pg, 60, 965, 722, body(S[0])[0]["text"], 15, 20, justify=True)
    pg.line(60, y - 6, 782, y - 6, GREY, 0.8)
    top = y - 30
    c1x, c1w, c2x, c2w = 100, 318, 480, 302
    def enter_c2(f):
        c = cap(S[2])
        f.page.rect(f.x, f.top - 190, f.w, 190, GREY)
        yy = lines_of(f.page, f.x, f.top - 196, f.w, "Above: " + c["text"], 10, 13)
        yy = lines_of(f.page, f.x, yy, f.w, c["credit"], 8, 11, color=BROWN, align="r")
        f.y = yy - 18
    frames = [Frame(pg, c1x, top, c1w, 80), Frame(pg, c2x, top, c2w, 80, on_enter=enter_c2)]
    fl = Flow(frames, LOG)
    def section(i, lx):
        s = S[i]
        fl.heading(s["title"], 15, RED, gap_before=14, label=s["label"], label_x=lx, label_color=RED)
        for p in body(s):
            fl.para(p["text"], 10.5, 14, tag="%s %s" % (name, s["label"]))
    section(1, 66)
    # "Did you know?" box inside column 1
    f = fl.f
    sb = S[4]
    txt = body(sb)[0]["text"]
    nlines = len(break_lines(txt, 10, lambda i: f.w - 20)) + 2
    hbox = nlines * 13 + 22
    f.y -= 8
    pg.rect(f.x, f.y - hbox, f.w, hbox, TINT)
    pg.text(f.x + 10, f.y - 20, 13, sb["title"], RED)
    lines_of(pg, f.x + 10, f.y - 28, f.w - 20, txt, 10, 13)
    f.y -= hbox + 14
    section(2, 66)
    # hanging labels in column 2 sit in its left margin
    # pull quote between 2 and 3
    q, attr = d["quote"]
    fl.f.y -= 10
    pg.line(fl.f.x, fl.f.y, fl.f.x + fl.f.w, fl.f.y, RED, 1.5)
    yy = lines_of(pg, fl.f.x, fl.f.y - 8, fl.f.w, q, 16, 21, color=RED)
    yy = lines_of(pg, fl.f.x, yy - 4, fl.f.w, attr, 10, 13, color=BROWN)
    pg.line(fl.f.x, yy - 8, fl.f.x + fl.f.w, yy - 8, RED, 1.5)
    fl.f.y = yy - 14
    section(3, 446)
    pg.line(60, 58, 782, 58, GREY, 0.8)
    pg.text(60, 42, 9, d["running"][0])
    pg.text(782, 42, 12, d["running"][1], RED, align="r")
    return name, [pg]

# ------------------------------------------------------------------ 2 Fry, A4 catalogue pages 14-15
def fry():
    name = "frys_chocolate_bar_1847"; d = DOCS[name]; S = secs(name)
    W, H = 595, 842
    p14, p15 = Page("p14", W, H), Page("p15", W, H)
    L, R, G = 50, 545, 20
    cw = (R - L - G) / 2
    p14.text(L, 810, 8, d["running"][0], BROWN)
    p14.line(L, 802, R, 802, GREY, 0.5)
    p14.text(L, 770, 9, d["kicker"], RED)
    p14.text(L, 735, 30, d["title_lines"][0])
    p14.text(L, 712, 13, d["title_lines"][1], BROWN)
    y = lines_of(p14, L, 690, R - L, body(S[0])[0]["text"], 11, 15, color=BROWN, justify=True)
    top = y - 22
    def enter_p15(f):
        p15.text(R, 810, 8, d["running"][2], BROWN, align="r")
        p15.line(L, 802, R, 802, GREY, 0.5)
    def enter_c1b(f):
        c = cap(S[2])
        p15.rect(L, 395, R - L, 210, GREY)
        yy = lines_of(p15, L, 388, R - L - 10, c["text"], 9, 12)
        p15.text(R, yy - 9, 8, c["credit"], BROWN, align="r")     # credit right-aligned on a second line
    frames = [Frame(p14, L, top, cw, 150), Frame(p14, L + cw + G, top, cw, 150),
              Frame(p15, L, 785, cw, 620, on_enter=enter_p15), Frame(p15, L, 352, cw, 70, on_enter=enter_c1b),
              Frame(p15, L + cw + G, 785, cw, 620), Frame(p15, L + cw + G, 352, cw, 70)]
    fl = Flow(frames, LOG)
    marks = {"Joseph Storrs Fry carried": "Joseph Storrs Fry¹ carried", "Quakers. Cocoa": "Quakers.² Cocoa"}
    for s in S[1:4]:
        fl.heading(s["title"], 12, RED, gap_before=8)
        for k, p in enumerate(body(s)):
            t = p["text"]
            for a, b in marks.items():
                t = t.replace(a, b)
            fl.para(t, 10, 13, indent=0 if k == 0 else 14, after=1, tag=name + " " + s["title"])
        fl.space(8)
        if fl.fi < 2 and fl.f.page is p14 and s is S[1]:
            pass
    # folio of p14 is written when p14 is finished: find it by frames used; write at end of page 14 list
    # notes at the foot of each column where the mark landed
    for pg, colx in ((p14, L), (p14, L + cw + G), (p15, L), (p15, L + cw + G)):
        pass
    def note_col(mark):
        for pg in (p14, p15):
            for op in pg.ops:
                if op[0] == "t" and mark in op[4]:
                    return pg, (L if op[1] < L + cw else L + cw + G)
    ny = {}
    for n, mark in zip(d["notes"], "¹²"):
        pg, x = note_col(mark)
        yy = ny.get((pg.name, x), 138)
        if (pg.name, x) not in ny:
            pg.line(x, 146, x + 60, 146, GREY, 0.5)
        yy = lines_of(pg, x, yy, cw, mark + n[1:], 7.5, 9.5)
        ny[(pg.name, x)] = yy
    # sidebar box and table at the top of p15 column 2
    f = frames[4]
    sb = S[4]
    txt = body(sb)[0]["text"]
    n = len(break_lines(txt, 9, lambda i: f.w - 16))
    hb = n * 12 + 34
    f.y -= 6
    f.page.rect(f.x, f.y - hb, f.w, hb, TINT)
    f.page.text(f.x + 8, f.y - 18, 12, sb["title"], RED)
    lines_of(f.page, f.x + 8, f.y - 24, f.w - 16, txt, 9, 12)
    f.y -= hb + 14
    # inset table (not gold) under the sidebar
    tt, hdr, rows = d["table"]
    y = f.y
    p15.text(f.x, y - 10, 9, tt, RED); y -= 16
    p15.line(f.x, y, f.x + f.w, y, BROWN, 0.6)
    p15.text(f.x, y - 10, 8, hdr[0], BROWN); p15.text(f.x + 40, y - 10, 8, hdr[1], BROWN); y -= 14
    for r in rows:
        p15.text(f.x, y - 9, 8, r[0]); p15.text(f.x + 40, y - 9, 8, r[1]); y -= 11
    p15.line(f.x, y - 2, f.x + f.w, y - 2, BROWN, 0.6)
    p14.text(L, 40, 9, d["running"][1])
    p15.text(R, 40, 9, d["running"][3], align="r")
    return name, [p14, p15]

# ------------------------------------------------------------------ 3 Bournville, A4 landscape bi-fold
def bournville():
    name = "bournville_village_1879"; d = DOCS[name]; S = secs(name)
    W, H = 842, 595
    out, ins = Page("outside", W, H), Page("inside", W, H)
    # outside: cover (right half) written first
    cx = 451
    out.text(cx, 545, 10, d["kicker"], RED)
    out.text(cx, 490, 52, d["title_lines"][0], BROWN)
    out.text(cx, 466, 12, d["title_lines"][1])
    out.rect(cx, 300, 350, 150, GREY)
    y = lines_of(out, cx, 288, 350, body(S[0])[0]["text"], 11, 14.5, justify=True)
    # index box (not a panel)
    y -= 10
    out.rect(cx, y - 66, 350, 66, TINT, stroke=RED)
    yy = y - 4
    for k, t in enumerate(d["index"]):
        yy -= 13
        out.text(cx + 10, yy, 10 if k else 10, t, RED if k == 0 else None)
    # back panel (left half)
    bx = 40
    sb = S[4]
    out.rect(bx, 420, 350, 110, TINT)
    out.text(bx + 12, 508, 14, sb["title"], RED)
    lines_of(out, bx + 12, 498, 326, body(sb)[0]["text"], 10, 13.5)
    out.text(bx, 200, 16, d["title_lines"][0], BROWN)
    out.text(bx, 184, 9, d["title_lines"][1])
    lines_of(out, bx, 80, 350, d["colophon"], 7.5, 10)
    # inside: panels 1-3 in one flow across the fold
    def enter_right(f):
        pass
    frames = [Frame(ins, 48, 560, 340, 75), Frame(ins, 452, 560, 340, 40, on_enter=enter_right)]
    fl = Flow(frames, LOG)
    def tab(page, x, y, label, side):
        page.rect(x, y - 8, 26, 30, RED)
        page.text(x + 13, y, 16, label, WHITE, align="c")
    for s in S[1:4]:
        fl.heading(s["title"], 14, RED, gap_before=10)
        hx = fl.f.x
        tab(fl.f.page, 0 if hx < 421 else W - 26, fl.f.y + 6, s["label"], "l")
        for p in body(s):
            fl.para(p["text"], 10, 13, tag=name + " " + s["label"])
        if s is S[2]:
            c = cap(s)
            f = fl.f
            f.y -= 4
            ph = 150
            f.page.rect(f.x, f.y - ph, f.w - 14, ph, (0.55, 0.55, 0.55))
            lines_of(f.page, f.x + 8, f.y - ph + 40, f.w - 40, c["text"], 9, 11.5, color=WHITE)
            f.page.text(f.x + f.w - 4, f.y - ph + 2, 6.5, c["credit"], BROWN, rot=True)
            f.y -= ph + 12
    return name, [out, ins]

# ------------------------------------------------------------------ 4 Lindt, A4 two pages
def lindt():
    name = "lindt_conche_1879"; d = DOCS[name]; S = secs(name)
    W, H = 595, 842
    p1, p2 = Page("p1", W, H), Page("p2", W, H)
    L, R, G = 50, 545, 22
    cw = (R - L - G) / 2
    kick = {"4.1": "THE WORKSHOP", "4.2": "THE MACHINE", "4.3": "THE SALE"}
    p1.text(L, 812, 8, d["running"][0], BROWN); p1.line(L, 805, R, 805, GREY, 0.5)
    p1.text(L, 778, 10, d["kicker"], RED)
    p1.text(L, 745, 30, d["title_lines"][0])
    p1.text(L, 722, 13, d["title_lines"][1], BROWN)
    y = lines_of(p1, L, 700, R - L, body(S[0])[0]["text"], 12.5, 17, justify=True)
    top = y - 20
    fn = d["footnote"]
    fn_lines = break_lines(fn, 7.5, lambda i: R - L)
    def enter_p2(f):
        # p1 finishes: first part of the footnote, then footer; p2: header, figure with caption at left
        p1.line(L, 112, L + 80, 112, GREY, 0.5)
        yy = 104
        for words, _ in fn_lines[:1]:
            p1.text(L, yy, 7.5, " ".join(words)); yy -= 9.5
        p1.text(L, 40, 8, d["running"][2])
        p1.text(R, 40, 8, d["running"][3], align="r")
        p2.text(L, 812, 8, d["running"][1], BROWN); p2.line(L, 805, R, 805, GREY, 0.5)
        c = cap(S[2])
        p2.rect(L + 200, 680, R - L - 200, 110, GREY)
        y2 = lines_of(p2, L, 790, 185, "Right: " + c["text"], 8.5, 11)
        lines_of(p2, L, y2 - 3, 185, c["credit"], 7, 9, color=BROWN)
    frames = [Frame(p1, L, top, cw, 120), Frame(p1, L + cw + G, top, cw, 120),
              Frame(p2, L, 662, cw, 300, on_enter=enter_p2), Frame(p2, L + cw + G, 662, cw, 300)]
    fl = Flow(frames, LOG)
    for s in S[1:4]:
        fl.space(6)
        fl.enter()
        if fl.f.y - 60 < fl.f.bottom:
            fl.next_frame("kicker")
        fl.f.y -= 8
        fl.f.page.text(fl.f.x, fl.f.y, 7.5, kick[s["label"]], RED)
        fl.f.y -= 4
        fl.heading(s["label"] + "  " + s["title"], 12, BROWN, gap_before=0)
        ps = body(s)
        for k, p in enumerate(ps):
            t = p["text"].replace("In 1879 he set up", "In 1879* he set up")
            if s["label"] == "4.3" and k == len(ps) - 1:
                break
            fl.para(t, 10.5, 14, after=3, tag=name + " " + s["label"])
            if s["label"] == "4.2" and k == 0:
                # inset table of figures, not a paragraph
                tt, hdr, rows = d["table"]
                f = fl.f
                f.y -= 4
                f.page.line(f.x, f.y, f.x + f.w, f.y, BROWN, 0.8)
                f.page.text(f.x, f.y - 10, 8, tt, RED); f.y -= 22
                xs = [f.x, f.x + 48, f.x + 140]
                for r in [hdr] + rows:
                    for xx, c in zip(xs, r):
                        f.page.text(xx, f.y, 7.5, c, BROWN if r is hdr else None)
                    f.y -= 10
                f.page.line(f.x, f.y + 4, f.x + f.w, f.y + 4, BROWN, 0.8)
                f.y -= 8
        if s["label"] == "4.2":
            q, attr = d["quote"]
            f = fl.f
            f.y -= 6
            yy = lines_of(f.page, f.x + 10, f.y, f.w - 10, q, 14, 18, color=RED)
            yy = lines_of(f.page, f.x + 10, yy - 2, f.w - 10, attr, 8.5, 11, color=BROWN)
            f.y = yy - 10
    # last paragraph of 4.3 spans both columns, below both
    ybase = min(fr.y for fr in frames[2:] if fr.entered) - 4
    last = body(S[3])[-1]["text"]
    yy = lines_of(p2, L, ybase - 6, R - L, last, 9.5, 12.5, justify=True)
    yy -= 14
    sb = S[4]
    txt = body(sb)[0]["text"]
    n = len(break_lines(txt, 9, lambda i: R - L - 20))
    hb = n * 12 + 30
    p2.rect(L, yy - hb, R - L, hb, TINT)
    p2.text(L + 10, yy - 16, 11, sb["title"], RED)
    lines_of(p2, L + 10, yy - 22, R - L - 20, txt, 9, 12)
    # rest of the footnote at the foot of p2
    p2.line(L, 66, L + 80, 66, GREY, 0.5)
    y3 = 58
    for words, _ in fn_lines[1:]:
        p2.text(L, y3, 7.5, " ".join(words)); y3 -= 9.5
    p2.text(L, 30, 8, d["running"][2])
    p2.text(R, 30, 8, d["running"][4], align="r")
    return name, [p1, p2]


def build(fn):
    name, pages = fn()
    files = write_pages(pages, PIC, name)
    pdfs = []
    for f in files:
        pdf = f[:-4] + ".pdf"
        with open(pdf, "wb") as fh:
            subprocess.run(["dpic", "-d", f], stdout=fh, check=True)
        pdfs.append(pdf)
    target = os.path.join(OUT, name + ".pdf")
    if len(pdfs) == 1:
        import shutil; shutil.copy(pdfs[0], target)
    else:
        subprocess.run(["pdfunite"] + pdfs + [target], check=True)
    print("wrote", target)

if __name__ == "__main__":
    for fn in (van_houten, fry, bournville, lindt):
        build(fn)
    open(os.path.join(HERE, "layout_log.txt"), "w").write("\n".join(LOG) + "\n")
    print("\n".join(LOG))
