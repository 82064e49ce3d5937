"""Four PDFs of set 60, drawn with larzpdf through lay.py. Usage: python mk_pdf.py [name ...]"""
import os
import subprocess
import sys

import content as K
from lay import Canvas, Flow, break_lines, draw_line, width

OUT = K.OUT
RED = (0.62, 0.12, 0.12)
INK = (0.08, 0.08, 0.1)
GREY = (0.35, 0.35, 0.35)
TINT = (0.93, 0.90, 0.84)
NAVY = (0.1, 0.13, 0.24)
YEL = (0.98, 0.8, 0.25)
WHITE = (1, 1, 1)


def text_block(cv, page, x, top, wd, text, font="Helvetica", size=9, lead=11.5, color=INK,
               justify=False, hyph=True):
    """Set TEXT in a fixed box; returns the y under the last line."""
    y = top
    for words, last, _ in break_lines(text, lambda i: wd, font, size, hyphenate=hyph):
        y -= lead
        draw_line(cv, page, x, y, wd, words, last, font, size, color, justify)
    return y


def block_height(text, wd, font, size, lead):
    return len(break_lines(text, lambda i: wd, font, size)) * lead


def caption(cv, page, x, top, wd, cap, size=8, lead=10, cfont="Courier", csize=7, label=True):
    text, pos, credit = cap
    t = (pos + ": " + text) if (pos and label) else text
    y = text_block(cv, page, x, top, wd, t, "Helvetica", size, lead, GREY, hyph=False)
    y = text_block(cv, page, x, y - 1, wd, credit, cfont, csize, csize + 2.5, GREY, hyph=False)
    return y


def label_table(cv, page, x, top, rows, w1, w2, size=7.5, lead=12, fill=(0.86, 0.86, 0.86)):
    """A ruled table whose labels sit in shaded left cells."""
    y = top
    for lab, val in rows:
        cv.rect(page, x, y - lead, w1, lead, fill=fill)
        cv.rect(page, x, y - lead, w1 + w2, lead, stroke=GREY, lw=0.4)
        cv.text(page, x + 3, y - lead + 3.5, lab, "Helvetica-Bold", size, INK)
        cv.text(page, x + w1 + 4, y - lead + 3.5, val, "Helvetica", size, INK)
        y -= lead
    return y


def finish(cv, name):
    pdf = os.path.join(OUT, name + ".pdf")
    cv.save(pdf)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, name + ".txt")], check=True)


# ====================================================================== jacquard
def jacquard():
    J = K.J
    W, H = 595, 842
    cv = Canvas((W, H))
    L, R = 50, 545
    cw, gut = 238, 19
    c1, c2 = L, L + cw + gut

    def header(page):
        if page == 0:
            cv.text(0, L, 806, "32", "Helvetica-Bold", 8.5, INK)
            cv.text(0, L + 18, 806, "Patterns in Thread", "Helvetica", 8.5, GREY)
        else:
            t = "Patterns in Thread"
            cv.text(1, R - 18 - width(t, "Helvetica", 8.5), 806, t, "Helvetica", 8.5, GREY)
            cv.text(1, R - width("33", "Helvetica-Bold", 8.5), 806, "33", "Helvetica-Bold", 8.5, INK)
        cv.line(page, L, 800, R, 800, 0.5, GREY)

    def footer(page):
        t = "Harrowgate Textile Museum · Collection Catalogue"
        cv.text(page, (W - width(t, "Helvetica", 7.5)) / 2, 34, t, "Helvetica", 7.5, GREY)

    header(0)
    cv.text(0, L, 772, "CASE 4 · THE MECHANICAL LOOM", "Helvetica-Bold", 8, RED)
    cv.text(0, L, 745, K.J_TITLE[0], "Helvetica-Bold", 25, INK)
    cv.text(0, L, 719, K.J_TITLE[1], "Helvetica", 19, RED)
    y = text_block(cv, 0, L, 706, R - L, J["intro"], "Helvetica", 11, 14.5, INK, justify=True, hyph=False)
    cv.line(0, L, y - 8, R, y - 8, 0.5, GREY)
    top0 = y - 14
    frames = [(0, c1, top0, cw, 128), (0, c2, top0, cw, 128), (1, c1, 786, cw, 60), (1, c2, 786, cw, 60)]

    def on_frame(i, fr):
        if i == 1:  # column 2 of p. 32 opens with the loom picture and its "Above:" caption
            cv.picture(0, c2, top0 - 190, cw, 190)
            yy = caption(cv, 0, c2, top0 - 193, cw, J["cap2"])
            fl.y = yy - 10
        if i == 2:  # the page turn: footnote and footer of p. 32, then p. 33's head
            cv.line(0, L, 112, L + 90, 112, 0.5, GREY)
            text_block(cv, 0, L, 110, R - L,
                       "† Sources disagree on the date of the first working trials; the patent of 1801 describes an earlier and less reliable version of the machine.",
                       "Helvetica", 7, 9, GREY, hyph=False)
            footer(0)
            header(1)

    fl = Flow(cv, frames)
    fl.on_frame = on_frame
    body = dict(size=10.2, lead=13.8, indent=11)

    def sect(label, title, first=False):
        if not first:
            fl.space(8)
        fl.heading(label, title, lsize=12, tsize=12, lcolor=RED)

    sect("4.1", "Silk and the Drawloom", True)
    fl.para(J["1a"], tag="1a", **body)
    def pic1(f):  # the drawloom picture and its caption set inside paragraph 1b
        f.need(150)
        f.y -= 4
        cv.picture(f.frame[0], f.frame[1], f.y - 105, cw, 105)
        yy = caption(cv, f.frame[0], f.frame[1], f.y - 108, cw, J["cap1"])
        f.y = yy - 8

    fl.para(J["1b"], tag="1b", inserts=[(lambda n, f: n == 3, pic1)], **body)
    sect("4.2", "The Punched Card")
    fl.para(J["2a"].replace("about 1804,", "about 1804,^†"), tag="2a", **body)

    fl.para(J["2b"], tag="2b", **body)
    sect("4.3", "Beyond the Loom")
    fl.para(J["3a"], tag="3a", **body)
    fl.para(J["3b"], tag="3b", **body)
    # pull quote (not a body sentence), then the second column of p. 33
    fl.space(10)
    p, x = fl.frame[0], fl.frame[1]
    cv.line(p, x, fl.y, x + cw, fl.y, 1.5, RED)
    yq = text_block(cv, p, x, fl.y - 6, cw,
                    "“A chain of pasteboard cards did the work of a child perched high on the loom.”",
                    "Helvetica-Bold", 15, 19, RED, hyph=False)
    cv.line(p, x, yq - 8, x + cw, yq - 8, 1.5, RED)
    fl.next_frame()
    # tombstone table with label cells (not gold)
    rows = [("Object", "Jacquard head with card chain"), ("Maker", "unknown workshop, Lyon"),
            ("Date", "about 1840"), ("Materials", "oak, iron, pasteboard, cord"), ("Number", "VWS 212")]
    fl.need(len(rows) * 12 + 10)
    yy = label_table(cv, fl.frame[0], fl.frame[1], fl.y, rows, 62, cw - 62)
    fl.y = yy - 14
    # sidebar
    side_h = block_height(J["side"], cw - 20, "Helvetica", 8.8, 11.5) + 36
    fl.need(side_h)
    p, x, t = fl.frame[0], fl.frame[1], fl.y
    cv.rect(p, x, t - side_h, cw, side_h, fill=TINT)
    cv.text(p, x + 10, t - 18, "How a Card Reads", "Helvetica-Bold", 10.5, RED)
    text_block(cv, p, x + 10, t - 24, cw - 20, J["side"], "Helvetica", 8.8, 11.5, INK)
    fl.y = t - side_h
    footer(1)
    print("jacquard:", fl.log, "end frame", fl.fi, "y", round(fl.y))
    finish(cv, "jacquard_loom_1804")



# ====================================================================== globe
def globe():
    G = K.G
    W, H = 842, 1191
    cv = Canvas((W, H))
    # the band with the title running up the left edge, panel number at its head
    cv.rect(0, 0, 0, 122, H, fill=NAVY)
    cv.text(0, 16, 1112, "12", "Helvetica-Bold", 60, YEL)
    cv.rtext(0, 72, 96, K.G_TITLE[0], "Helvetica-Bold", 62, WHITE, 90)
    cv.rtext(0, 106, 98, K.G_TITLE[1], "Helvetica", 25, YEL, 90)
    L, R = 160, 800
    cw, gut = 305, 30
    c1, c2 = L, L + cw + gut
    cv.text(0, L, 1138, "BANKSIDE, SOUTHWARK · THE PLAYHOUSES", "Helvetica-Bold", 10, RED)
    y = text_block(cv, 0, L, 1128, R - L, G["intro"], "Helvetica", 17, 23, INK, hyph=False)
    cv.line(0, L, y - 12, R, y - 12, 0.8, NAVY)
    top = y - 24
    PIC_H = 230
    frames = [(0, c1, top, cw, 430), (0, c2, top, cw, 372)]

    def on_frame(i, fr):
        if i == 1:
            cv.picture(0, c2, top - PIC_H, cw, PIC_H)
            yy = caption(cv, 0, c2, top - PIC_H - 4, cw, G["cap"], size=10, lead=12.5, csize=8.5)
            fl.y = yy - 14

    fl = Flow(cv, frames)
    fl.on_frame = on_frame
    body = dict(size=13, lead=18, indent=0, after=9)

    def sect(label, title, first=False):
        if not first:
            fl.space(10)
        fl.heading(label, title, lsize=15, tsize=16, box=NAVY, after=6)

    sect("A", "A Playhouse on the Move", True)
    fl.para(G["Aa"], tag="Aa", **body)
    fl.para(G["Ab"], tag="Ab", **body)
    sect("B", "Inside the Wooden O")
    fl.para(G["Ba"], tag="Ba", **body)
    fl.para(G["Bb"], tag="Bb", **body)
    # pull quote between B and C (not gold)
    fl.space(6)
    fl.need(95)
    p, x = fl.frame[0], fl.frame[1]
    cv.rect(p, x, fl.y - 84, 5, 84, fill=RED)
    yq = text_block(cv, p, x + 16, fl.y, cw - 16,
                    "“Carpenters, not actors, carried the stage across the river.”",
                    "Helvetica-Bold", 19, 24, RED, hyph=False)
    fl.y = min(yq, fl.y - 84) - 10
    sect("C", "Fire and Return")
    fl.para(G["Ca"], tag="Ca", **body)
    ybot = fl.y
    if fl.fi == 1:
        ybot = min(ybot, 372)
    # the last paragraph runs across both columns
    yc = text_block(cv, 0, L, ybot - 14, R - L, G["Cb"], "Helvetica", 12.5, 17, INK, justify=True)
    print("globe: frames", fl.log, "end frame", fl.fi, "col y", round(fl.y), "Cb ends", round(yc))
    # sidebar band with a label-cell table
    sb_top = yc - 22
    cv.rect(0, L, 78, R - L, sb_top - 78, fill=TINT)
    cv.text(0, L + 14, sb_top - 24, "A Day at the Play", "Helvetica-Bold", 15, NAVY)
    text_block(cv, 0, L + 14, sb_top - 32, 330, G["side"], "Helvetica", 10.5, 14, INK)
    cv.text(0, L + 372, sb_top - 24, "Then and Now", "Helvetica-Bold", 11, NAVY)
    label_table(cv, 0, L + 372, sb_top - 32,
                [("Shape", "20 sides, open yard"), ("Audience", "about 3,000 / 1,600 today"),
                 ("Roof", "thatch; tiles from 1614"), ("Light", "daylight only"),
                 ("Stage", "about 43 by 27 feet")], 60, 196, size=9, lead=15)
    cv.line(0, L, 62, R, 62, 0.6, GREY)
    cv.text(0, L, 46, "Southwark Playhouse Museum · Gallery 2 · Stage and Street", "Helvetica", 9, GREY)
    finish(cv, "globe_theatre_1599")


# ====================================================================== messiah
def messiah():
    M = K.M
    W, H = 842, 595
    PW = W / 3
    cv = Canvas((W, H))
    m = 28
    tw = PW - 2 * m
    px = [i * PW + m for i in range(3)]
    ink = (0.12, 0.1, 0.1)
    plum = (0.35, 0.1, 0.22)
    run = "Fishamble Rooms · Music of the City"

    def folds(page):
        for i in (1, 2):
            x = i * PW
            cv.line(page, x, H - 14, x, H, 0.4, GREY)
            cv.line(page, x, 0, x, 14, 0.4, GREY)

    # --- cover (outside sheet, right-hand panel)
    cx = 2 * PW
    cv.text(0, px[2], H - 34, run, "Helvetica", 8, GREY)
    cv.rect(0, cx, H - 170, PW, 120, fill=plum)
    cv.text(0, px[2], H - 86, M_T[0] if False else K.M_TITLE[0], "Helvetica-Bold", 22, WHITE)
    yy = text_block(cv, 0, px[2], H - 96, tw, K.M_TITLE[1], "Helvetica", 15.5, 19, WHITE, hyph=False)
    cv.picture(0, px[2], H - 330, tw, 140)
    text_block(cv, 0, px[2], H - 344, tw, M["intro"], "Helvetica", 10.5, 14, ink, hyph=False)
    # --- inside sheet: three panels, then the flap on the outside sheet
    frames = [(1, px[0], H - 40, tw, 36), (1, px[1], H - 40, tw, 36), (1, px[2], H - 40, tw, 160),
              (0, px[0], H - 52, tw, 36)]

    def on_frame(i, fr):
        if i == 0:
            cv.picture(1, px[0], H - 40 - 175, tw, 175)
            fl.y = H - 40 - 187
        if i == 2:  # a boxed quote heads the third inside panel (not gold)
            cv.rect(1, px[2] - 6, H - 40 - 118, tw + 12, 118, fill=plum)
            text_block(cv, 1, px[2] + 6, H - 48, tw - 12,
                       "“Dublin heard it first, and the debtors of the city walked free on the proceeds.”",
                       "Helvetica-Bold", 14, 18, WHITE, hyph=False)
            fl.y = H - 40 - 132
        if i == 3:
            cv.text(1, px[2], 136, "continued on the flap ›", "Helvetica-Bold", 8.5, plum)
            cv.text(0, px[0], H - 38, "‹ continued from inside", "Helvetica-Bold", 8.5, plum)

    fl = Flow(cv, frames)
    fl.on_frame = on_frame
    body = dict(size=12.4, lead=17, indent=0, after=9, justify=False)

    def sect(label, title):
        fl.need(70)
        if fl.y != fl.frame[2] and fl.fi != 0 or fl.fi == 0 and fl.y < H - 210:
            fl.y -= 12
        fl.y -= 10
        cv.text(fl.frame[0], fl.frame[1], fl.y, label, "Helvetica-Bold", 9.5, RED)
        fl.y -= 17
        cv.text(fl.frame[0], fl.frame[1], fl.y, title, "Helvetica-Bold", 13, plum)
        fl.y -= 6

    sect("Part I", "An Invitation to Ireland")
    fl.para(M["1a"], tag="1a", **body)
    fl.para(M["1b"], tag="1b", **body)
    sect("Part II", "The First Performance")
    fl.para(M["2a"], tag="2a", **body)

    def pic(f):  # caption on the left, picture on the right, inside paragraph 2b
        f.need(112)
        f.y -= 6
        p, x = f.frame[0], f.frame[1]
        cv.picture(p, x + 122, f.y - 100, tw - 122, 100)
        caption(cv, p, x, f.y + 2, 114, M["cap"], size=7.8, lead=9.6, csize=6.6)
        f.y -= 108

    fl.para(M["2b"], tag="2b", inserts=[(lambda n, f: n == 3, pic)], **body)
    sect("Part III", "London and the Foundlings")
    fl.para(M["3a"], tag="3a", **body)
    fl.para(M["3b"], tag="3b", **body)
    # sidebar on the flap
    fl.y -= 14
    sh = block_height(M["side"], tw - 16, "Helvetica", 9, 11.8) + 34
    p, x = fl.frame[0], fl.frame[1]
    cv.rect(p, x - 4, fl.y - sh, tw + 8, sh, fill=TINT)
    cv.text(p, x + 4, fl.y - 18, "Hearing It Today", "Helvetica-Bold", 11.5, plum)
    text_block(cv, p, x + 4, fl.y - 24, tw - 16, M["side"], "Helvetica", 9, 11.8, ink)
    print("messiah:", fl.log, "end frame", fl.fi, "y", round(fl.y), "sidebar to", round(fl.y - sh))
    # back panel (outside sheet, middle)
    b = px[1]
    cv.text(0, b, H - 60, "Visiting", "Helvetica-Bold", 12, plum)
    label_table(cv, 0, b, H - 70, [("Where", "Fishamble Rooms, Dublin 8"), ("Open", "Tue to Sun, 10.00 to 17.00"),
                                   ("Talks", "Saturdays at 14.00"), ("Entry", "free; donations welcome")],
                70, tw - 70, size=8, lead=14)
    text_block(cv, 0, b, H - 150, tw, "The rehearsal ticket shown inside is a facsimile made for this leaflet; the original is too fragile to travel.",
               "Helvetica", 8, 10.5, GREY, hyph=False)
    cv.text(0, b, 52, run, "Helvetica", 8, GREY)
    folds(0)
    folds(1)
    # outside sheet written left to right: flap, back, cover
    cv.pages[0].sort(key=lambda c: int(c[1] // PW) if c[0] in ("text", "rect", "line") else 0)
    finish(cv, "messiah_dublin_1742")


# ====================================================================== savoy
def savoy():
    V = K.V
    W, H = 420, 595
    cv = Canvas((W, H))
    tx, tw = 34, 246
    mx, mw = 294, 96
    gold = (0.55, 0.42, 0.1)
    notes = {"1": "1 Swan showed his lamp in Newcastle early in 1879, and its glass bulbs were soon made in Benwell.",
             "2": "2 Phipps designed or rebuilt some forty theatres across Britain and Ireland."}

    def head(page):
        t = "The Savoy Programme"
        x = tx if page == 0 else mx + mw - width(t, "Helvetica-Bold", 8)
        cv.text(page, x, H - 30, t, "Helvetica-Bold", 8, gold)
        cv.line(page, tx, H - 36, mx + mw, H - 36, 0.5, gold)

    def foot(page):
        t = "Strand Theatre Collection · Programme Notes"
        if page == 0:
            cv.text(0, tx, 26, "2", "Helvetica-Bold", 9, INK)
            cv.text(0, tx + 16, 26, t, "Helvetica", 7.5, GREY)
        else:
            cv.text(1, mx + mw - 6, 26, "3", "Helvetica-Bold", 9, INK)
            cv.text(1, mx + mw - 22 - width(t, "Helvetica", 7.5), 26, t, "Helvetica", 7.5, GREY)

    head(0)
    cv.text(0, tx, H - 68, K.V_TITLE[0], "Helvetica-Bold", 23, INK)
    cv.text(0, tx, H - 88, K.V_TITLE[1], "Helvetica", 14, gold)
    y = text_block(cv, 0, tx, H - 96, tw, V["intro"], "Helvetica", 10.4, 13.6, INK, hyph=False)
    frames = [(0, tx, y - 10, tw, 44), (1, tx, H - 48, tw, 44)]

    def on_frame(i, fr):
        if i == 1:
            foot(0)
            head(1)
            cv.picture(1, tx, H - 48 - 82, tw, 82)
            fl.y = H - 48 - 92

    def on_mark(mark, page, y, f):
        text_block(cv, page, mx, y + 9, mw, notes[mark], "Helvetica", 6.8, 8.6, GREY, hyph=False)

    fl = Flow(cv, frames)
    fl.on_frame = on_frame
    fl.on_mark = on_mark
    body = dict(size=9.4, lead=12.4, indent=9, after=2)

    def sect(label, title):
        fl.need(60)
        fl.y -= 12
        p, x = fl.frame[0], fl.frame[1]
        bw = width(label, "Helvetica-Bold", 9) + 10
        top = fl.y
        cv.rect(p, x, top - 15, bw, 15, fill=INK)
        cv.text(p, x + 5, top - 11, label, "Helvetica-Bold", 9, (1, 1, 1))
        yy = text_block(cv, p, x + bw + 7, top + 2, tw - bw - 7, title, "Helvetica-Bold", 11.5, 13.5, INK, hyph=False)
        fl.y = min(yy, top - 15) - 5
        return p, top

    sect("Act I", "A Theatre for Gilbert and Sullivan")
    fl.para(V["1a"], tag="1a", **body)
    fl.para(V["1b"].replace("C. J. Phipps", "C. J. Phipps^2"), tag="1b", **body)
    p, top = sect("Act II", "Electric Light")
    caption(cv, p, mx, top + 2, mw, V["cap"], size=7.2, lead=9, csize=6.2)
    fl.para(V["2a"].replace("Joseph Swan,", "Joseph Swan,^1"), tag="2a", **body)
    fl.para(V["2b"], tag="2b", **body)
    sect("Act III", "The Savoy Operas")
    fl.para(V["3a"], tag="3a", **body)
    fl.para(V["3b"], tag="3b", **body)
    print("savoy:", fl.log, "end frame", fl.fi, "y", round(fl.y))
    # the Savoy operas in a label-cell table, in the margin column of p. 3
    yt = H - 60
    cv.text(1, mx, yt, "At the Savoy", "Helvetica-Bold", 8.5, gold)
    label_table(cv, 1, mx, yt - 6, [("1881", "Patience"), ("1882", "Iolanthe"), ("1884", "Princess Ida"),
                                    ("1885", "The Mikado"), ("1887", "Ruddigore"), ("1888", "The Yeomen"),
                                    ("1889", "The Gondoliers")], 26, mw - 26, size=7, lead=11)
    # bordered sidebar under the text
    sh = block_height(V["side"], tw - 16, "Helvetica", 8.4, 10.8) + 30
    yb = fl.y - 10
    cv.rect(1, tx, yb - sh, tw, sh, stroke=gold, lw=1)
    cv.text(1, tx + 8, yb - 16, "Savoyards", "Helvetica-Bold", 10.5, gold)
    text_block(cv, 1, tx + 8, yb - 20, tw - 16, V["side"], "Helvetica", 8.4, 10.8, INK)
    print("savoy sidebar bottom", round(yb - sh))
    foot(1)
    finish(cv, "savoy_theatre_1881")


if __name__ == "__main__":
    names = sys.argv[1:] or ["jacquard", "globe", "messiah", "savoy"]
    for n in names:
        globals()[n]()
