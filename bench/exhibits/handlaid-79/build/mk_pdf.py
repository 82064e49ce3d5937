# -*- coding: utf-8 -*-
"""Lays out the four PDF exhibits with engine.py and writes them through jgraph + Ghostscript."""
import sys, os, json
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from engine import Page, Flow, build_pdf, break_lines, width
from texts import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LOG = []
WHITE, BLACK = (1, 1, 1), (0, 0, 0)
NAVY, RED, TEAL, GREY = (0.08, 0.13, 0.28), (0.68, 0.12, 0.1), (0.0, 0.42, 0.45), (0.78, 0.78, 0.78)
TINT, YELLOW = (0.93, 0.9, 0.8), (0.98, 0.8, 0.2)

def body(flow, paras, font="Times-Roman", size=14, lead=19, first_indent=0, indent=0, after=5, **kw):
    for i, p in enumerate(paras):
        flow.para(p, font, size, lead, indent=(first_indent if i == 0 else indent), after=after, **kw)

# ---------------------------------------------------------------- 1 Pilkington, A3 portrait wall panel
def pilkington():
    d = DOCS["pilkington_float_glass_1959"]
    W, H = 842, 1191
    pg = Page(W, H)
    pg.text(60, 58, "MAKING MODERN WINDOWS", "Helvetica-Bold", 12, RED)
    pg.rect(0, 72, W, 140, NAVY)
    pg.text(60, 132, d["title_lines"][0], "Times-Bold", 46, WHITE)
    pg.text(62, 178, d["title_lines"][1], "Times-Italic", 24, WHITE)
    pg.text(785, 192, "7", "Helvetica-Bold", 120, YELLOW, "r")
    pg.text(60, 262, "1952\u20131959", "Helvetica-Bold", 30, TEAL)
    f = Flow([(pg, 60, 275, 722, 1000)], log=LOG)
    f.para(d["intro"], "Times-Roman", 19, 25, after=0)
    top = f.y + 26
    pg.rule(60, top - 10, 782, top - 10, 1.0, TEAL)
    secs = d["sections"]
    def col2(fl):
        # pull quote opens column 2, before the interrupted paragraph resumes
        fl.y += 6
        for ln in break_lines("\u201cThe glass makes its own perfect surface, on both sides at once.\u201d",
                              "Times-Italic", 19, lambda i: fl.w - 20):
            fl.y += 24
            fl.page.text(fl.x + 10, fl.y, ln, "Times-Italic", 19, RED)
        fl.y += 8
        fl.page.rule(fl.x, fl.y, fl.x + fl.w, fl.y, 0.8, RED)
        fl.y += 4
    f = Flow([(pg, 60, top, 350, 1105), (pg, 432, top, 350, 1105)], hooks={1: col2}, log=LOG)
    kick = ["THE PROBLEM", "THE IDEA", "THE LEGACY"]
    for si, (label, title, paras, cap) in enumerate(secs):
        f.ensure(60)
        if si:
            f.space(12)
        f.y += 11
        pg.text(f.x, f.y, kick[si], "Helvetica-Bold", 10, RED)
        f.y += 21
        pg.text(f.x, f.y, label + "  " + title, "Times-Bold", 20, NAVY)
        f.y += 2
        if si == 2:
            def table(fl):
                fl.y += 8
                rows = [("Thickness", "Typical use"), ("2\u20133 mm", "picture glass, small panes"),
                        ("4\u20136 mm", "house windows, car glass"), ("10\u201312 mm", "shop fronts, doors"),
                        ("15\u201325 mm", "balustrades, aquarium walls")]
                x0, c1, w = fl.x + 10, 90, fl.w - 20
                for ri, (a, b) in enumerate(rows):
                    if ri == 0:
                        fl.page.rect(x0, fl.y, w, 17, TINT)
                    fl.y += 13
                    fnt = "Helvetica-Bold" if ri == 0 else "Helvetica"
                    fl.page.text(x0 + 4, fl.y, a, fnt, 9)
                    fl.page.text(x0 + c1, fl.y, b, fnt, 9)
                    fl.y += 4
                    fl.page.rule(x0, fl.y, x0 + w, fl.y, 0.4, (0.5, 0.5, 0.5))
                fl.y += 13
                fl.page.text(x0, fl.y, "Table: float glass is now made from about 2 to 25 mm thick.", "Helvetica-Oblique", 8)
                fl.y += 8
            f.para(paras[0], "Times-Roman", 14, 19, after=5, interrupt=(3, table))
            body(f, paras[1:], first_indent=12, indent=12)
        else:
            body(f, paras, indent=12)
        if cap:
            f.ensure(140)
            f.y += 4
            pg.rect(f.x, f.y, 165, 120, GREY)
            y0 = f.y
            f.y -= 2
            f.lines_at(f.x + 177, "Left: " + cap[0], "Times-Italic", 12, 15, f.w - 177)
            f.lines_at(f.x + 177, cap[2], "Helvetica", 9, 11, f.w - 177)
            f.y = max(f.y, y0 + 120) + 8
    # sidebar box
    st, sps = d["sidebar"]
    h = 34 + sum(len(break_lines(p, "Helvetica", 12, lambda i: f.w - 24)) * 16 + 4 for p in sps)
    f.y = max(f.y + 10, 1105 - h)
    pg.rect(f.x, f.y, f.w, h, TINT)
    f.y += 20
    pg.text(f.x + 12, f.y, st, "Helvetica-Bold", 15, TEAL)
    f.y += 2
    for p in sps:
        f.lines_at(f.x + 12, p, "Helvetica", 12, 16, f.w - 24)
        f.y += 4
    pg.rule(60, 1135, 782, 1135, 0.6)
    pg.text(60, 1152, d["running"][0], "Helvetica", 9)
    pg.text(782, 1152, d["running"][1], "Helvetica-Bold", 9, BLACK, "r")
    return [pg]

# ---------------------------------------------------------------- 2 Ravenscroft, A4 catalogue pages 112-113
def ravenscroft():
    d = DOCS["ravenscroft_lead_crystal_1674"]
    W, H = 595, 842
    p1, p2 = Page(W, H), Page(W, H)
    run = d["running"]
    p1.text(50, 36, run[0], "Helvetica", 7.5, (0.4, 0.4, 0.4))
    p1.rule(50, 42, 545, 42, 0.3)
    p1.text(50, 90, "CATALOGUE ESSAY 9", "Helvetica-Bold", 8, RED)
    p1.text(50, 122, d["title_lines"][0], "Times-Bold", 30)
    p1.text(50, 146, d["title_lines"][1], "Times-Italic", 15)
    p1.rule(50, 158, 545, 158, 1.2, RED)
    f = Flow([(p1, 50, 166, 495, 300)], log=LOG)
    f.para(d["intro"], "Times-Italic", 11.5, 15, after=0)
    top = f.y + 16
    notes = {0: "* Crizzling is a slow chemical decay: the glass takes up water from the air and cracks inside.",
             1: "\u2020 Lead glass of this kind contains about thirty per cent lead oxide by weight."}
    def foot(fl, k):
        pass
    frames = [(p1, 50, top, 235, 760), (p1, 310, top, 235, 760), (p2, 50, 60, 235, 770), (p2, 310, 60, 235, 770)]
    def note(page, x, text):
        ls = break_lines(text, "Times-Roman", 7.5, lambda i: 235)
        y = 790 - len(ls) * 9.5
        page.rule(x, y - 4, x + 60, y - 4, 0.4)
        for ln in ls:
            y += 9.5
            page.text(x, y, ln, "Times-Roman", 7.5)
    def turn(fl):
        # page turn: p112 furniture written now, then p113's head
        note(p1, 310, notes[1])
        p1.text(50, 815, run[1], "Times-Roman", 9)
        p2.text(545, 36, run[2], "Helvetica-Oblique", 7.5, (0.4, 0.4, 0.4), "r")
        p2.rule(50, 42, 545, 42, 0.3)
    def col2(fl):
        note(p1, 50, notes[0])
    f = Flow(frames, hooks={1: col2, 2: turn}, log=LOG)
    for si, (label, title, paras, cap) in enumerate(d["sections"]):
        f.ensure(40)
        if si:
            f.space(8)
        f.y += 12
        p1_or = f.page
        f.page.text(f.x, f.y, title.upper(), "Times-Roman", 8.6, RED)
        f.y += 2
        for pi, p in enumerate(paras):
            if si == 0 and pi == 0:
                f.para(p[1:], "Times-Roman", 11.5, 15.5, dropcap=(p[0], "Times-Bold", 30, 2, RED), after=0)
            else:
                t = p
                if si == 1 and pi == 0:
                    t = p.replace("called crizzling.", "called crizzling.*")
                if si == 2 and pi == 0:
                    t = p.replace("bends light more strongly.", "bends light more strongly.\u2020")
                f.para(t, "Times-Roman", 11.5, 15.5, indent=12, after=0)
        if cap:
            f.ensure(170)
            f.y += 10
            f.page.rect(f.x, f.y, f.w, 150, GREY)
            f.y += 150
            f.lines_at(f.x, cap[0], "Times-Italic", 9, 11.5, f.w)
            f.lines_at(f.x, cap[2], "Helvetica", 7, 9, f.w)
            f.y += 4
    # object entry with hanging number (not a body paragraph)
    f.y += 16
    f.page.text(f.x, f.y + 11.5, "112.4", "Times-Bold", 9)
    f.lines_at(f.x + 30, "Covered goblet, lead glass with gadrooned bowl, London, about 1680. H. 28.5 cm. "
               "Private collection, Norwich.", "Times-Roman", 9, 11.5, f.w - 30)
    f.y -= 11.5 * 0 
    # sidebar box in the next column
    if f.fi < 3:
        f.next_frame("(sidebar)")
    st, sps = d["sidebar"]
    h = 28 + sum(len(break_lines(p, "Helvetica", 9, lambda i: f.w - 20)) * 12 + 4 for p in sps)
    f.y += 10
    f.page.rect(f.x, f.y, f.w, h, TINT)
    f.y += 18
    f.page.text(f.x + 10, f.y, st, "Helvetica-Bold", 11, RED)
    f.y += 2
    for p in sps:
        f.lines_at(f.x + 10, p, "Helvetica", 9, 12, f.w - 20)
        f.y += 4
    p2.text(545, 815, run[3], "Times-Roman", 9, BLACK, "r")
    return [p1, p2]

# ---------------------------------------------------------------- 3 Murano, A4 landscape folded leaflet
def murano():
    d = DOCS["murano_glassmakers_1291"]
    W, H = 842, 595
    pw = W / 3.0
    out, ins = Page(W, H), Page(W, H)
    # outside: cover (right panel) written first
    x0 = 2 * pw + 22
    cw = pw - 44
    out.text(x0, 92, "The Island", "Times-Bold", 44, NAVY)
    out.text(x0, 136, "of Glass", "Times-Bold", 44, NAVY)
    out.text(x0, 164, "Venice, Murano and the", "Times-Italic", 13, RED)
    out.text(x0, 180, "Furnaces of 1291", "Times-Italic", 13, RED)
    f = Flow([(out, x0, 196, cw, 560)], log=LOG)
    f.para(d["intro"], "Times-Roman", 11, 14.5)
    out.rect(x0, f.y + 10, cw, 190, GREY)
    out.text(x0, 575, "LAGOON GLASS MUSEUM", "Helvetica-Bold", 8, RED)
    # back panel (middle): repeated title, museum line, colophon (not panels)
    xb = pw + 22
    out.text(xb, 60, d["title_lines"][0], "Times-Bold", 16, NAVY)
    out.text(xb, 420, "Lagoon Glass Museum", "Helvetica-Bold", 10)
    out.text(xb, 434, "Fondamenta dei Vetrai 12, Murano", "Helvetica", 9)
    out.text(xb, 446, "Open daily 10.00\u201317.00", "Helvetica", 9)
    out.text(xb, 540, "Printed by Tessera Press, Mestre, 2024.", "Helvetica", 7)
    out.text(xb, 550, "Leaflet 3 of the series \u201cFire and Sand\u201d.", "Helvetica", 7)
    # flap (left panel): sidebar
    st, sps = d["sidebar"]
    f = Flow([(out, 22, 40, pw - 44, 560)], log=LOG)
    hh = 40 + sum(len(break_lines(p, "Helvetica", 9.5, lambda i: pw - 44)) * 13 + 5 for p in sps)
    out.rect(14, 30, pw - 28, hh, TINT)
    f.y += 20
    out.text(22, f.y, st, "Helvetica-Bold", 14, RED)
    f.y += 4
    for p in sps:
        f.para(p, "Helvetica", 9.5, 13, after=5)
    # inside
    frames = [(ins, i * pw + 22, 40, pw - 44, 560) for i in range(3)]
    tabcol = [RED, TEAL, NAVY]
    def cont(fl):
        pass
    def cont(fl):
        ins.text(pw - 22 + pw, 580, "continued \u203a", "Helvetica-Oblique", 8, RED, "r")
    f = Flow(frames, hooks={2: cont}, log=LOG)
    for si, (label, title, paras, cap) in enumerate(d["sections"]):
        if f.fi < si:
            pass
        f.y += 6
        f.y += 26
        ins.text(f.x, f.y, label, "Times-Bold", 26, tabcol[si])
        f.page.text(f.x + width(label, "Times-Bold", 26) + 8, f.y - 2, title, "Times-Bold", 14.5, NAVY)
        f.y += 4
        for pi, p in enumerate(paras):
            if si == 1 and pi == 2 and cap:
                f.y += 6
                f.lines_at(f.x, "Below: " + cap[0], "Times-Italic", 9, 11.5, f.w)
                f.y += 4
                ins.rect(f.x, f.y, f.w, 150, GREY)
                f.y += 150
                f.lines_at(f.x, cap[2], "Helvetica", 7, 9, f.w, align="r")
                f.y += 4
            if si == 1 and pi == len(paras) - 1:
                # the last paragraph of II runs on into panel III, with a continuation line
                def carry(fl):
                    pass
                before = f.fi
                f.para(p, "Times-Roman", 11, 14.5, indent=10, after=5)
            else:
                f.para(p, "Times-Roman", 11, 14.5, indent=(10 if pi else 0), after=5)
        if si == 0:
            f.next_frame("(panel II)")
    return [out, ins]

# ---------------------------------------------------------------- 4 Window tax, A3 landscape wall panel
def window_tax():
    d = DOCS["window_tax_1696"]
    W, H = 1191, 842
    pg = Page(W, H)
    pg.rect(0, 0, 115, H, RED)
    pg.text(72, 800, d["title_lines"][0], "Times-Bold", 44, WHITE, rotate=90)
    pg.text(100, 800, d["title_lines"][1], "Times-Italic", 20, WHITE, rotate=90)
    f = Flow([(pg, 150, 40, 1000, 200)], log=LOG)
    f.para(d["intro"], "Times-Roman", 17, 22, after=0)
    top = f.y + 22
    pg.rule(150, top - 10, 1150, top - 10, 0.8, RED)
    CX, CW = 580, 170
    caps = [s[3] for s in d["sections"]]
    def caption_column(fl):
        # written on entering column 2: both pictures and captions of the middle column
        y = top + 6
        for c in (caps[0], caps[2]):
            pg.rect(CX, y, CW, 150, GREY)
            y += 150
            for ln in break_lines(c[0], "Helvetica-Oblique", 9, lambda i: CW):
                y += 11.5
                pg.text(CX, y, ln, "Helvetica-Oblique", 9)
            for ln in break_lines(c[2], "Helvetica", 7.5, lambda i: CW):
                y += 9.5
                pg.text(CX, y, ln, "Helvetica", 7.5, (0.35, 0.35, 0.35))
            y += 30
        # block quotation opening column 2
        fl.y += 8
        for ln in break_lines("\u201cWe are taxed for the very light of heaven, and pay the Crown for leave to see.\u201d",
                              "Times-Italic", 20, lambda i: fl.w):
            fl.y += 25
            fl.page.text(fl.x, fl.y, ln, "Times-Italic", 20, RED)
        fl.y += 18
        fl.page.text(fl.x, fl.y, "\u2014 Householders\u2019 petition, Bath, 1781", "Helvetica", 9)
        fl.y += 14
    f = Flow([(pg, 150, top, 405, 725), (pg, 775, top, 375, 725)], hooks={1: caption_column}, log=LOG)
    for si, (label, title, paras, cap) in enumerate(d["sections"]):
        f.ensure(60)
        if si:
            f.space(10)
        f.y += 24
        pg.rect(f.x, f.y - 17, 22, 22, RED)
        pg.text(f.x + 11, f.y, label, "Helvetica-Bold", 15, WHITE, "c")
        pg.text(f.x + 32, f.y, title, "Times-Bold", 19, NAVY)
        f.y += 3
        for pi, p in enumerate(paras):
            t = p.replace("clipped silver coinage.", "clipped* silver coinage.")
            if si == 0 and pi == 2:
                def table(fl):
                    rows = [("Windows", "Paid each year, 1696"), ("fewer than 10", "2 shillings"),
                            ("10 to 20", "6 shillings"), ("more than 20", "10 shillings")]
                    fl.y += 8
                    for ri, (a, b) in enumerate(rows):
                        if ri == 0:
                            fl.page.rect(fl.x, fl.y, fl.w, 18, TINT)
                        fl.y += 13.5
                        fn = "Helvetica-Bold" if ri == 0 else "Helvetica"
                        fl.page.text(fl.x + 6, fl.y, a, fn, 10)
                        fl.page.text(fl.x + 150, fl.y, b, fn, 10)
                        fl.y += 4.5
                        fl.page.rule(fl.x, fl.y, fl.x + fl.w, fl.y, 0.4, (0.5, 0.5, 0.5))
                    fl.y += 8
                f.para(t, "Times-Roman", 13.5, 18.5, indent=14, after=4, interrupt=(2, table))
            else:
                f.para(t, "Times-Roman", 13.5, 18.5, indent=(14 if pi else 0), after=4)
    st, sps = d["sidebar"]
    h = 32 + sum(len(break_lines(p, "Helvetica", 10.5, lambda i: f.w - 24)) * 14 + 4 for p in sps)
    f.y = max(f.y + 12, 725 - h)
    pg.rect(f.x, f.y, f.w, h, TINT)
    f.y += 22
    pg.text(f.x + 12, f.y, st, "Helvetica-Bold", 14, RED)
    f.y += 2
    for p in sps:
        f.lines_at(f.x + 12, p, "Helvetica", 10.5, 14, f.w - 24)
        f.y += 4
    # footnote spanning both text columns
    pg.rule(150, 752, 260, 752, 0.5)
    pg.text(150, 766, "* Clipping meant shaving silver from the edges of coins; the clippings were melted and sold, "
            "and the coins passed on at full face value.", "Times-Roman", 9)
    pg.rule(150, 790, 1150, 790, 0.6)
    pg.text(150, 808, d["running"][0], "Helvetica", 9)
    pg.text(1150, 808, d["running"][1], "Helvetica-Bold", 9, BLACK, "r")
    return [pg]

if __name__ == "__main__":
    jobs = {"pilkington_float_glass_1959": pilkington, "ravenscroft_lead_crystal_1674": ravenscroft,
            "murano_glassmakers_1291": murano, "window_tax_1696": window_tax}
    for name, fn in jobs.items():
        LOG.append("== " + name)
        pages = fn()
        build_pdf(pages, os.path.join(OUT, name + ".pdf"), os.path.join(HERE, "jgr"),
                  (" ".join(DOCS[name]["title_lines"]), "Set 79 writer"))
    open(os.path.join(HERE, "layout_log.txt"), "w").write("\n".join(LOG) + "\n")
