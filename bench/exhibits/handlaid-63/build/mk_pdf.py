"""Four PDFs of set 63, laid out by lay.py and written as Asymptote programs (build/asy/NAME.asy),
then compiled by `asy` (Asymptote 2.85, TeX engine pdflatex)."""
import os, subprocess, sys
from lay import Doc, Style, Flow, width, count_lines, set_line, take_line, space
from content import EX, EXTRA

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ASY = os.path.join(HERE, "asy")
RED = "red!70!black"
LOG = []


def compile_asy(doc, name):
    os.makedirs(ASY, exist_ok=True)
    path = os.path.join(ASY, name + ".asy")
    doc.write(path)
    subprocess.run(["asy", "-o", os.path.join(OUT, name), path], check=True, cwd=ASY)
    print("built", name)


def box_lines(doc, x, y, text, st, w):
    return doc.lines(x, y, text, st, w)


# =============================================================================================
def einthoven():
    name = "einthoven_electrocardiograph_1903"
    e, x_ = EX[name], EXTRA[name]
    W, H = 595, 842
    d = Doc(W, H)
    p1, p2 = d.new_page(), d.new_page()
    M, CW, G = 52, 236, 19
    head = Style("SI", 8.5, color="black")
    foot = Style("S", 7.5)
    folio = Style("SB", 10)
    # running heads, folios outer side, centred footer
    d.cur = p1
    d.label(M, 806, e["running"][2], folio)
    d.label(M + 22, 806, e["running"][0], head)
    d.line(M, 799, W - M, 799, "gray(0.3)", 0.4)
    fw = width(e["running"][1], "S", 7.5)
    d.label((W - fw) / 2, 30, e["running"][1], foot)
    d.cur = p2
    hw = width(e["running"][0], "SI", 8.5)
    d.label(W - M - 22 - hw, 806, e["running"][0], head)
    d.label(W - M - width("37", "SB", 10), 806, e["running"][3], folio)
    d.line(M, 799, W - M, 799, "gray(0.3)", 0.4)
    d.label((W - fw) / 2, 30, e["running"][1], foot)
    # page 36 opening
    d.cur = p1
    d.label(M, 770, x_["kicker"], Style("SB", 8, color=RED))
    d.label(M, 738, e["title_lines"][0], Style("B", 30))
    d.label(M, 712, e["title_lines"][1], Style("I", 17, color=RED))
    y = d.lines(M, 684, e["intro"], Style("R", 12.6, 16.2, align="L"), W - 2 * M)
    d.picture(M, y - 190, W - 2 * M, 190)
    top1 = y - 210
    d.line(M + CW + G / 2, top1 + 8, M + CW + G / 2, 62, "gray(0.6)", 0.3)
    body = Style("R", 10.4, 13.6, indent=11, align="J")
    lab = Style("SB", 9, color=RED)
    hst = Style("B", 12.2, 14.5)
    cap = Style("S", 7.7, 9.6, align="L")
    capb = Style("SB", 7.7, 9.6)
    cred = Style("C", 7.2, 9.2)

    def on_p2(fl):
        # top of page 37: block quotation across both columns, attribution on its own line; written when the
        # flow enters page 37, i.e. in the middle of the paragraph that crosses the page turn
        qst = Style("I", 19, 23, align="C")
        yq = d.lines(M + 20, 770, x_["quote"], qst, W - 2 * M - 40)
        aw = width(x_["quote_by"], "S", 8.5)
        d.label((W - aw) / 2, yq - 2, x_["quote_by"], Style("S", 8.5))
        d.line(M, 712, W - M, 712, "gray(0.5)", 0.4)

    frames = [
        dict(page=0, x=M, top=top1, w=CW, bottom=62),
        dict(page=0, x=M + CW + G, top=top1, w=CW, bottom=62),
        dict(page=1, x=M, top=690, w=CW, bottom=390, on_enter=on_p2),
        dict(page=1, x=M + CW + G, top=690, w=CW, bottom=390),
    ]
    fl = Flow(d, frames, LOG)

    def heading(s):
        fl.ensure(60)
        if fl.y < fl.fr["top"] - 1:
            fl.skip(8)
        d.label(fl.fr["x"], fl.y, s["label"], lab)
        fl.skip(15)
        fl.y = d.lines(fl.fr["x"], fl.y, s["title"], hst, fl.fr["w"]) - 3

    def caption_hook(fl):
        c = e["sections"][1]["caption"]
        x0, w0 = fl.fr["x"], fl.fr["w"]
        fl.skip(2)
        top = fl.y + 7
        pw, ph = 104, 92
        d.picture(x0, top - ph, pw, ph)
        cx, cw = x0 + pw + 8, w0 - pw - 8
        yy = top - 8
        # "Left:" bold, then caption text, then credit
        first = "Left: " + c["text"]
        toks = first.split()
        i, n = 0, 0
        while i < len(toks):
            j, hy, words = take_line(toks, i, cw, cap)
            if hy:
                toks = toks[:j] + [hy[1]] + toks[j + 1:]
            if n == 0:
                d.label(cx, yy, "Left:", capb)
                set_line(d, cx + width("Left: ", "SB", 7.7), yy, words[1:], cap, cw)
            else:
                set_line(d, cx, yy, words, cap, cw)
            yy -= cap.lead
            i = j
            n += 1
        yy = d.lines(cx, yy - 2, c["credit"], cred, cw)
        fl.y = min(top - ph, yy) - 12

    def quote_p37(fl):
        pass

    for k, s in enumerate(e["sections"]):
        heading(s)
        for j, p in enumerate(s["paras"]):
            hooks = None
            if k == 1 and j == 1:
                hooks = {3: caption_hook}
            if k == 2 and j == 0:
                p = p.replace("telecardiograms,", "telecardiograms,^1")
            fl.para(p, body, key="%s-%d" % (s["label"], j + 1), hooks=hooks, noindent=(j == 0))
    # label-cell table after 4.3, at the head of column 2 of p. 37
    fl.next_frame()
    x0, w0 = fl.fr["x"], fl.fr["w"]
    d.label(x0, fl.y, x_["table_title"], Style("SB", 8.5))
    fl.skip(6)
    for a, b in x_["table"]:
        d.rect(x0, fl.y - 13, 78, 14, "gray(0.82)")
        d.rect(x0 + 78, fl.y - 13, w0 - 78, 14, "gray(0.95)")
        d.label(x0 + 4, fl.y - 9, a, Style("SB", 8))
        d.label(x0 + 84, fl.y - 9, b, Style("R", 8.6))
        fl.skip(15)
    # sidebar box
    sb = e["sidebar"]
    sst = Style("R", 9, 11.6, align="L")
    n = count_lines(sb["paras"][0], sst, w0 - 16)
    bh = 26 + n * sst.lead + 10
    fl.skip(14)
    ytop = fl.y
    d.rect(x0, ytop - bh, w0, bh, "rgb(0.96,0.93,0.84)", "rgb(0.7,0.55,0.3)", 0.6)
    d.label(x0 + 8, ytop - 18, sb["title"], Style("B", 11))
    d.lines(x0 + 8, ytop - 33, sb["paras"][0], sst, w0 - 16)
    fl.y = ytop - bh
    d.picture(M, 124, W - 2 * M, 250)
    # footnote across both columns
    d.line(M, 104, M + 90, 104, "black", 0.4)
    d.lines(M, 92, x_["note"], Style("R", 8, 10, align="L"), W - 2 * M)
    compile_asy(d, name)


# =============================================================================================
def ross():
    name = "ross_malaria_1897"
    e, x_ = EX[name], EXTRA[name]
    W, H = 1191, 842
    d = Doc(W, H)
    d.new_page()
    M, G = 42, 26
    CW = (W - 2 * M - 2 * G) / 3
    X = [M, M + CW + G, M + 2 * (CW + G)]
    GREEN = "rgb(0.08,0.29,0.24)"
    PALE = "rgb(0.93,0.88,0.62)"
    # running top line and foot line
    d.label(M, 818, e["running"][0], Style("S", 9.5))
    d.line(M, 810, W - M, 810, "gray(0.4)", 0.4)
    d.label(M, 20, e["running"][1], Style("SB", 9.5))
    # title band: kicker, title, subtitle; panel number large at the right
    d.rect(M, 654, W - 2 * M, 146, GREEN)
    d.label(M + 24, 770, x_["kicker"], Style("SB", 10.5, color=PALE), color="yellow!40!white")
    d.label(M + 24, 720, e["title_lines"][0], Style("B", 50), color="white")
    d.label(M + 24, 678, e["title_lines"][1], Style("I", 25), color="yellow!40!white")
    d.circle(W - M - 80, 727, 56, "rgb(0.16,0.42,0.35)")
    nw = width(x_["panel_no"], "B", 92)
    d.label(W - M - 80 - nw / 2, 695, x_["panel_no"], Style("B", 92), color="white")
    # intro across columns 1-2
    yi = d.lines(M, 620, e["intro"], Style("R", 17.5, 22.5), 2 * CW + G)
    top = yi - 14
    body = Style("R", 14.2, 18.4, align="L")
    hst = Style("B", 19, 22)
    cap = Style("S", 9.6, 12.2)
    capb = Style("SB", 9.6, 12.2)
    cred = Style("C", 8.6, 11)

    def on_col2(fl):
        # microscope picture heads column 2; its caption under it
        c = e["sections"][1]["caption"]
        x0 = fl.fr["x"]
        ph = 150
        d.picture(x0, fl.y - ph, CW, ph)
        yy = fl.y - ph - 15
        d.label(x0, yy, "Above:", capb)
        rest = c["text"]
        toks = ("Above: " + rest).split()
        i, n = 0, 0
        while i < len(toks):
            j, hy, words = take_line(toks, i, CW, cap)
            if hy:
                toks = toks[:j] + [hy[1]] + toks[j + 1:]
            if n == 0:
                set_line(d, x0 + width("Above: ", "SB", 9.6), yy, words[1:], cap, CW)
            else:
                set_line(d, x0, yy, words, cap, CW)
            yy -= cap.lead
            i = j
            n += 1
        yy = d.lines(x0, yy - 1, c["credit"], cred, CW)
        fl.y = yy - 16

    def on_col3(fl):
        # map with numbered places and a numbered key (not gold)
        x0 = fl.fr["x"]
        mh = 170
        yb = fl.y + 12 - mh
        d.picture(x0, yb, CW, mh)
        pts = [(0.42, 0.86), (0.47, 0.45), (0.78, 0.62), (0.40, 0.16)]
        for k, (px, py) in enumerate(pts):
            cx, cy = x0 + px * CW, yb + py * mh
            d.circle(cx, cy, 9, GREEN)
            d.label(cx - width(str(k + 1), "SB", 10) / 2, cy - 3.6, str(k + 1), Style("SB", 10), color="white")
        yy = yb - 14
        xx = x0
        for k, pl in enumerate(x_["places"]):
            t = "%d %s" % (k + 1, pl)
            tw_ = width(t, "S", 9.2)
            if xx + tw_ > x0 + CW:
                xx, yy = x0, yy - 12
            d.label(xx, yy, t, Style("S", 9.2))
            xx += tw_ + 14
        fl.y = yy - 24

    frames = [dict(page=0, x=X[0], top=top, w=CW, bottom=40),
              dict(page=0, x=X[1], top=top, w=CW, bottom=52, on_enter=on_col2),
              dict(page=0, x=X[2], top=628, w=CW, bottom=52, on_enter=on_col3)]
    fl = Flow(d, frames, LOG)
    for k, s in enumerate(e["sections"]):
        fl.ensure(80)
        if fl.y < fl.fr["top"] - 30:
            fl.skip(12)
        x0 = fl.fr["x"]
        # letter label hanging to the left of the column, in a green square
        d.rect(x0 - 24, fl.y - 4, 18, 19, GREEN)
        d.label(x0 - 15 - width(s["label"], "SB", 12) / 2, fl.y + 0.5, s["label"], Style("SB", 12), color="white")
        fl.y = d.lines(x0, fl.y, s["title"], hst, CW) - 3
        for j, p in enumerate(s["paras"]):
            fl.para(p, body, key="%s-%d" % (s["label"], j + 1))
            fl.skip(5)
    # pull quote and attribution line, then sidebar box at the foot of column 3
    x0 = fl.fr["x"]
    fl.skip(10)
    d.line(x0, fl.y + 8, x0 + 60, fl.y + 8, GREEN, 2)
    fl.y = d.lines(x0, fl.y - 12, x_["quote"], Style("I", 15.5, 19), CW) - 1
    d.label(x0, fl.y, x_["quote_by"], Style("S", 9.5))
    sb = e["sidebar"]
    sst = Style("R", 10.6, 13.4)
    n = count_lines(sb["paras"][0], sst, CW - 24)
    bh = 34 + n * sst.lead + 6
    yb = 40
    d.rect(x0, yb, CW, bh, "rgb(0.90,0.94,0.91)", GREEN, 1.2)
    d.label(x0 + 12, yb + bh - 22, sb["title"], Style("B", 14), color=GREEN)
    d.lines(x0 + 12, yb + bh - 40, sb["paras"][0], sst, CW - 24)
    LOG.append("ross: quote attribution at %.0f, sidebar top at %.0f" % (fl.y, yb + bh))
    compile_asy(d, name)


# =============================================================================================
def helmholtz():
    name = "helmholtz_ophthalmoscope_1851"
    e, x_ = EX[name], EXTRA[name]
    W, H = 842, 595
    d = Doc(W, H)
    po, pi = d.new_page(), d.new_page()   # outside sheet (back | cover), inside sheet (panel 2 | panel 3)
    P = W / 2
    m = 30
    TW = P - 2 * m
    BLUE = "rgb(0.10,0.20,0.42)"
    body = Style("R", 12.3, 16.1, indent=12, align="J")
    hst = Style("B", 14.5, 17)
    cap = Style("SI", 8.3, 10.4)
    capb = Style("SB", 8.3, 10.4)
    cred = Style("C", 7.6, 9.6)
    for pg in (po, pi):
        d.cur = pg
        for yy in (0, H - 12):
            d.line(P, yy, P, yy + 12, "gray(0.5)", 0.4)
    # inside sheet
    d.cur = pi
    frames = [dict(page=1, x=m, top=H - 44, w=TW, bottom=34),
              dict(page=1, x=P + m, top=H - 44, w=TW, bottom=178),
              dict(page=0, x=m, top=H - 62, w=TW, bottom=34)]

    def on_back(fl):
        d.label(m, H - 42, "‹ continued from inside", Style("I", 9, color=BLUE))

    frames[2]["on_enter"] = on_back
    fl = Flow(d, frames, LOG)

    def heading(s):
        fl.ensure(70)
        if fl.y < fl.fr["top"] - 1:
            fl.skip(10)
        x0 = fl.fr["x"]
        d.circle(x0 + 11, fl.y - 2, 11, BLUE)
        d.label(x0 + 11 - width(s["label"], "SB", 13) / 2, fl.y - 6.6, s["label"], Style("SB", 13), color="white")
        fl.y = d.lines(x0 + 30, fl.y - 7, s["title"], hst, fl.fr["w"] - 30) - 6

    def picture_hook(fl):
        c = e["sections"][2]["caption"]
        x0, w0 = fl.fr["x"], fl.fr["w"]
        ph = 176
        fl.skip(2)
        d.picture(x0, fl.y + 8 - ph, w0, ph)
        yy = fl.y + 8 - ph - 12
        toks = ("Above: " + c["text"]).split()
        i, n = 0, 0
        while i < len(toks):
            j, hy, words = take_line(toks, i, w0, cap)
            if hy:
                toks = toks[:j] + [hy[1]] + toks[j + 1:]
            if n == 0:
                d.label(x0, yy, "Above:", capb)
                set_line(d, x0 + width("Above: ", "SB", 8.3), yy, words[1:], cap, w0)
            else:
                set_line(d, x0, yy, words, cap, w0)
            yy -= cap.lead
            i = j
            n += 1
        yy = d.lines(x0, yy, c["credit"], cred, w0)
        fl.y = yy - 8

    for k, s in enumerate(e["sections"]):
        heading(s)
        for j, p in enumerate(s["paras"]):
            hooks = {0: picture_hook} if (k == 2 and j == 0) else None
            if k == 2 and j == 1:
                # the last paragraph runs off panel 3 onto the back panel
                fl.fr["on_leave"] = True
            fl.para(p, body, key="%s-%d" % (s["label"], j + 1), hooks=hooks, noindent=(j == 0))
        if k == 1:
            # box quote between panel sections 2 and 3
            qst = Style("I", 13, 16, align="L")
            nq = count_lines(x_["quote"], qst, fl.fr["w"] - 30)
            bh = nq * 16 + 30
            fl.ensure(bh + 12)
            fl.skip(6)
            x0, w0 = fl.fr["x"], fl.fr["w"]
            d.rect(x0, fl.y - bh, w0, bh, "rgb(0.90,0.92,0.97)")
            d.rect(x0, fl.y - bh, 4, bh, BLUE)
            yq = d.lines(x0 + 16, fl.y - 18, x_["quote"], qst, w0 - 30)
            d.label(x0 + 16, yq + 2, x_["quote_by"], Style("S", 8.4))
            fl.y -= bh + 10
    # "continued on back" line under the last line of panel 3; a diagram (no caption) at the panel foot
    d.cur = pi
    d.picture(P + m, 34, TW, 122)
    t = "continued on back ›"
    d.label(W - m - width(t, "I", 9), 164, t, Style("I", 9, color=BLUE))
    # back panel: sidebar, visiting table, running foot line
    d.cur = po
    fl.skip(12)
    sb = e["sidebar"]
    sst = Style("R", 10, 13)
    n = count_lines(sb["paras"][0], sst, TW - 24)
    bh = 36 + n * 13
    top = fl.y
    d.rect(m, top - bh, TW, bh, "white", BLUE, 1.0)
    d.label(m + 12, top - 20, sb["title"], Style("B", 12.5, color=BLUE))
    d.lines(m + 12, top - 36, sb["paras"][0], sst, TW - 24)
    y = top - bh - 22
    d.label(m, y, "Visiting", Style("SB", 10.5))
    y -= 8
    for a, b in x_["visiting"]:
        d.rect(m, y - 15, 80, 16, "rgb(0.85,0.88,0.95)")
        d.line(m, y - 15, m + TW, y - 15, "gray(0.6)", 0.3)
        d.label(m + 5, y - 10.5, a, Style("SB", 8.6))
        d.label(m + 90, y - 10.5, b, Style("R", 9.4))
        y -= 17
    LOG.append("helmholtz: back panel table bottom %.0f" % y)
    d.picture(m, 40, TW, y - 60)
    d.label(m, 16, e["running"][0], Style("S", 8.5))
    # cover panel: kicker, vertical title up the left edge, picture, intro
    cx = P + m
    d.label(P + 112, H - 40, x_["kicker"], Style("SB", 9, color=BLUE))
    d.rect(P + 14, 18, 84, H - 36, BLUE)
    d.label(P + 26, 40, e["title_lines"][0], Style("B", 36), color="white", rot=90)
    d.label(P + 68, 40, e["title_lines"][1], Style("I", 17), color="yellow!35!white", rot=90)
    d.picture(P + 112, 250, P - 112 - m, 300)
    d.lines(P + 112, 222, e["intro"], Style("R", 12.2, 16), P - 112 - m)
    rw = width(e["running"][0], "S", 8.5)
    d.label(W - m - rw, 16, e["running"][0], Style("S", 8.5))
    compile_asy(d, name)


# =============================================================================================
def allbutt():
    name = "allbutt_thermometer_1867"
    e, x_ = EX[name], EXTRA[name]
    W, H = 595, 842
    d = Doc(W, H)
    p1, p2 = d.new_page(), d.new_page()
    L, TW, MX, MW = 58, 338, 418, 124
    RUST = "rgb(0.62,0.18,0.10)"
    foot = Style("S", 8)
    for k, pg in enumerate((p1, p2)):
        d.cur = pg
        d.line(L, 46, W - 52, 46, "gray(0.5)", 0.4)
        d.label(L, 32, e["running"][0], Style("SI", 8))
        t = e["running"][1]
        d.label(W - 52 - 16 - width(t, "S", 8), 32, t, foot)
        d.label(W - 52 - width(e["running"][2 + k], "SB", 9), 32, e["running"][2 + k], Style("SB", 9))
    d.cur = p1
    d.label(L, 790, x_["kicker"], Style("SB", 8, color=RUST))
    d.label(L, 756, e["title_lines"][0], Style("B", 31))
    d.label(L, 732, e["title_lines"][1], Style("I", 16, color=RUST))
    y = d.lines(L, 704, e["intro"], Style("R", 12.4, 16.2), W - L - 52)
    d.line(L, y + 4, W - 52, y + 4, RUST, 1.2)
    d.picture(L, y - 186, W - L - 52, 172)
    y -= 190
    body = Style("R", 12.2, 16.4, indent=13, align="J")
    hst = Style("B", 13.5, 16)
    lab = Style("SB", 8.6, color=RUST)
    sn = Style("S", 7.6, 9.6)
    notes = dict((str(i + 1), t) for i, t in enumerate(x_["sidenotes"]))
    PICB = []

    def on_mark(fl, mk, my):
        # sidenote in the outer margin, level with the line that carries the mark
        d.label(MX, my, mk, Style("SB", 7.6, color=RUST))
        d.lines(MX + 9, my, notes[mk], sn, MW - 9)

    def cap_hook(fl):
        c = e["sections"][2]["caption"]
        # picture in the margin column to the right; its caption inset in the text column
        top = fl.y + 9
        d.picture(MX, top - 190, MW, 190)
        PICB.append(top - 190)
        fl.skip(4)
        cst = Style("S", 8.6, 11)
        xi, wi = L + 18, TW - 36
        toks = ("Right: " + c["text"]).split()
        i, n = 0, 0
        while i < len(toks):
            j, hy, words = take_line(toks, i, wi, cst)
            if hy:
                toks = toks[:j] + [hy[1]] + toks[j + 1:]
            if n == 0:
                d.label(xi, fl.y, "Right:", Style("SB", 8.6))
                set_line(d, xi + width("Right: ", "SB", 8.6), fl.y, words[1:], cst, wi)
            else:
                set_line(d, xi, fl.y, words, cst, wi)
            fl.skip(cst.lead)
            i = j
            n += 1
        fl.y = d.lines(xi, fl.y, c["credit"], Style("C", 8, 10), wi) - 8

    frames = [dict(page=0, x=L, top=y - 22, w=TW, bottom=64, on_mark=on_mark),
              dict(page=1, x=L, top=792, w=TW, bottom=64, on_mark=on_mark)]
    fl = Flow(d, frames, LOG)
    marks = {(0, 0): ("Santorio", "Santorio^1"), (1, 0): ("a book", "a book^2"), (2, 0): ("Allbutt,", "Allbutt,^3")}
    for k, s in enumerate(e["sections"]):
        fl.ensure(70)
        if fl.y < fl.fr["top"] - 1:
            fl.skip(12)
        d.label(fl.fr["x"], fl.y, s["label"].upper(), lab)
        fl.skip(17)
        fl.y = d.lines(fl.fr["x"], fl.y, s["title"], hst, TW) - 4
        for j, p in enumerate(s["paras"]):
            if (k, j) in marks:
                a, b = marks[(k, j)]
                i = p.rfind(a) if a == "Santorio" else p.find(a)
                p = p[:i] + b + p[i + len(a):]
            hooks = {4: cap_hook} if (k == 2 and j == 0) else None
            fl.para(p, body, key="%s-%d" % (s["label"], j + 1), hooks=hooks, noindent=(j == 0))
    # label-cell table
    fl.skip(12)
    cols = [("", 112), ("Length", 110), ("Time to read", 116)]
    rows = [("Before 1867", "about twelve inches", "up to twenty minutes"),
            ("Allbutt, 1867", "about six inches", "about five minutes")]
    xx = L
    for h_, w_ in cols:
        d.label(xx + 5, fl.y, h_, Style("SB", 8.4))
        xx += w_
    fl.skip(6)
    for r in rows:
        xx = L
        for ci, (h_, w_) in enumerate(cols):
            d.rect(xx, fl.y - 15, w_ - 2, 16, "rgb(0.93,0.85,0.80)" if ci == 0 else "gray(0.95)")
            d.label(xx + 5, fl.y - 10.5, r[ci], Style("SB" if ci == 0 else "R", 8.6))
            xx += w_
        fl.skip(18)
    # sidebar box
    sb = e["sidebar"]
    sst = Style("R", 10.2, 13.4)
    n = count_lines(sb["paras"][0], sst, TW - 26)
    bh = 38 + n * sst.lead
    top = 78 + bh
    d.rect(L, top - bh, TW, bh, "rgb(0.98,0.94,0.90)", RUST, 0.8)
    d.label(L + 13, top - 21, sb["title"], Style("B", 13, color=RUST))
    d.lines(L + 13, top - 38, sb["paras"][0], sst, TW - 26)
    LOG.append("allbutt sidebar bottom %.0f" % (top - bh))
    # quote in the margin of page 2, attribution on its own line
    d.cur = p2
    yq = d.lines(MX, PICB[0] - 40, x_["quote"], Style("I", 13.5, 17), MW)
    d.lines(MX, yq - 2, x_["quote_by"], Style("S", 8, 10), MW)
    compile_asy(d, name)


if __name__ == "__main__":
    which = sys.argv[1:] or ["einthoven"]
    for w in which:
        globals()[w]()
    print("\n".join(LOG))
