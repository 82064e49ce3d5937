"""The four Graphviz-drawn PDFs of set 57. Usage: mk_pdf.py OUTDIR"""
import os, sys, subprocess
from gvlay import Page, Col, Flow, width, block_lines, render
from texts import VERGINA, BRUNELLESCHI, SCHWEBEBAHN, AKROTIRI, ptext

RED = "#a3261b"
DARK = "#1f2d3a"
GREY = "#c8c8c8"
TINT = "#efe8d8"
MID = "#555555"


def body(flow, paras, size=11, lead=15, indent=12, hooks=None, font="serif"):
    hooks = hooks or {}
    for n, p in enumerate(paras):
        flow.lines(ptext(p), font, size, lead, indent=(indent if n else 0), hooks=hooks.get(n))


def table(page, x, y, w, title, rows, lw=95, size=9.5, rowh=17, fill="#e3dccb"):
    page.text(x, y, title, "sans-b", size + 1, DARK)
    y += 7
    for lab, val in rows:
        page.rect(x, y, lw, rowh, fill=fill, line="#8a8170", lw=0.5)
        page.rect(x + lw, y, w - lw, rowh, fill=None, line="#8a8170", lw=0.5)
        page.text(x + 5, y + rowh - 5, lab, "sans-b", size, DARK)
        page.text(x + lw + 6, y + rowh - 5, val, "sans", size, "#000000")
        y += rowh
    return y


def sidebar(page, x, y, w, sb, size=10.5, lead=14, pad=12, fill=TINT, h=None):
    # measure first
    tmp = Page(page.w, page.h)
    yy = block_lines(tmp, x + pad, y + pad + 18, w - 2 * pad, " ".join(sb["paras"]), "sans", size, lead)
    hh = h or (yy - y + pad)
    page.rect(x, y, w, hh, fill=fill)
    page.text(x + pad, y + pad + 12, sb["title"], "serif-b", 14, DARK)
    for p in sb["paras"]:
        c = Col(page, x + pad, y + pad + 22, w - 2 * pad, y + hh)
        Flow([c]).lines(p, "sans", size, lead, justify=False, hyphenate=False)
    return y + hh


# ---------------------------------------------------------------------------------------------- Vergina
def vergina(out):
    d = VERGINA
    W, H = 842, 1191
    pg = Page(W, H)
    L, R = 56, W - 56
    pg.text(L, 40, d["running"][0], "sans", 9.5, MID)
    pg.text(R, 40, "Ancient Greece · Level 2", "sans", 9.5, MID, align="right") if False else None
    pg.rect(L, 48, R - L, 0.8, fill=MID)
    pg.text(L, 82, "ROYAL TOMBS OF AIGAI", "sans-b", 10, RED)
    pg.text(L, 130, d["title_lines"][0], "serif-b", 46, DARK)
    pg.text(L, 180, d["title_lines"][1], "serif-b", 46, DARK)
    pg.text(L, 214, d["subtitle"], "serif-i", 21, RED)
    y = block_lines(pg, L, 238, R - L, d["intro"], "sans", 15, 20.5)
    pg.rect(L, y + 14, R - L, 1.2, fill=DARK)
    top = y + 36
    cw = 350
    c1 = Col(pg, L, top, cw, 930)
    c2 = Col(pg, R - cw, top, cw, 930)
    fl = Flow([c1, c2])

    def head(s):
        fl.space(14)
        fl.need(70)
        c = fl.col
        ky = c.y + (10 if c.y > c.top + 0.1 else 8)
        pg.text(c.x, ky, s["kicker"], "sans-b", 8.5, RED)
        base = ky + 24
        lw = pg.text(c.x, base, s["label"], "sans-b", 20, RED)
        pg.text(c.x + lw + 10, base, s["title"], "serif-b", 18, DARK)
        c.y = base + 6

    def boxquote(f):
        c = f.col
        y0 = c.y + 8
        tmp = Page(W, H)
        yy = block_lines(tmp, c.x + 16, y0 + 14, c.w - 32, d["quote"], "serif-bi", 15, 19)
        hq = yy - y0 + 14
        pg.rect(c.x, y0, c.w, hq, fill="#f3d9c9")
        pg.rect(c.x, y0, 4, hq, fill=RED)
        block_lines(pg, c.x + 16, y0 + 14, c.w - 32, d["quote"], "serif-bi", 15, 19, color=RED)
        c.y = y0 + hq + 4

    def colbreak(f):
        if f.i == 0:
            f.next_col()

    def picture(f):
        c = f.col
        y0 = c.y + 10
        pw, ph = 150, 120
        pg.rect(c.x, y0, pw, ph, fill=GREY)
        cap = d["sections"][2]["caption"]
        cx = c.x + pw + 12
        cc = Col(pg, cx, y0 + 2, c.w - pw - 12, 10 ** 6)
        ff = Flow([cc])
        ff.lines(cap["position"] + ": " + cap["text"], "sans", 9.5, 12.5, justify=False, hyphenate=False,
                 first_font="sans-b", first_words=1)
        ff.lines(cap["credit"], "sans-i", 8.5, 11.5, justify=False, hyphenate=False)
        c.y = max(y0 + ph, cc.y) + 8

    s1, s2, s3 = d["sections"]
    head(s1)
    body(fl, s1["paras"], size=12.5, lead=17.5, indent=14, hooks={1: {3: boxquote}})
    head(s2)
    body(fl, s2["paras"], size=12.5, lead=17.5, indent=14, hooks={1: {3: colbreak}})
    head(s3)
    body(fl, s3["paras"], size=12.5, lead=17.5, indent=14, hooks={0: {4: picture}})
    # foot: table, note, sidebar
    ty = max(c1.y, c2.y) + 36
    pg.rect(L, ty - 22, R - L, 0.6, fill=MID)
    yb = table(pg, L, ty, cw, d["table"][0], d["table"][1], lw=120, size=10, rowh=19)
    block_lines(pg, L, yb + 18, cw, d["note"], "sans-i", 8.5, 11, color=MID)
    sidebar(pg, R - cw, ty - 12, cw, d["sidebar"], size=10.5, lead=14.5)
    pg.rect(L, 1140, R - L, 0.8, fill=MID)
    pg.text(L, 1158, d["running"][1], "sans", 9.5, MID)
    return [pg]


# ---------------------------------------------------------------------------------------------- Brunelleschi
def brunelleschi(out):
    d = BRUNELLESCHI
    W, H = 595, 842
    p84, p85 = Page(W, H), Page(W, H)
    X, TW = 140, 340  # text column
    for p, fol in ((p84, "84"), (p85, "85")):
        if fol == "84":
            p.text(56, 44, fol, "serif-b", 10, RED)
            p.text(80, 44, d["running"][0], "serif-i", 10, MID)
        else:
            p.text(W - 56, 44, fol, "serif-b", 10, RED, align="right")
            p.text(W - 80, 44, d["running"][0], "serif-i", 10, MID, align="right")
        p.rect(56, 52, W - 112, 0.5, fill=MID)
    p84.text(X, 92, d["kicker"], "sans-b", 8.5, RED)
    p84.text(X, 130, d["title_lines"][0], "serif-b", 30, DARK)
    p84.text(X, 164, d["title_lines"][1], "serif-b", 30, DARK)
    p84.text(X, 188, d["subtitle"], "serif-i", 14, RED)
    y = block_lines(p84, X, 208, TW, d["intro"], "sans", 11, 15)
    bottom = 740
    colA = Col(p84, X, y + 16, TW, bottom)
    colB = Col(p85, X, 70, TW, 760)
    fl = Flow([colA, colB])

    def head(s):
        fl.space(12)
        fl.need(60)
        c = fl.col
        base = c.y + 22
        c.page.text(X - 16, base + 2, s["label"], "serif-b", 26, RED, align="right")
        c.page.text(X, base, s["title"], "serif-b", 14, DARK)
        c.y = base + 4

    def float_pic(side, cap, pw=128, ph=104):
        def f(fl):
            c = fl.col
            pg = c.page
            y0 = c.y + 5
            px = X + TW - pw if side == "right" else X
            pg.rect(px, y0, pw, ph, fill=GREY)
            # caption height
            tmp = Page(W, H)
            t = (cap["position"] + ": " if cap["position"] else "") + cap["text"]
            yy = block_lines(tmp, px, y0 + ph + 4, pw, t, "sans", 8, 10)
            yy = block_lines(tmp, px, yy, pw, cap["credit"], "sans-i", 7.5, 9.5)
            fb = yy + 8
            nx = X if side == "right" else X + pw + 12

            def draw_cap():
                cc = Col(pg, px, y0 + ph + 4, pw, 10 ** 6)
                ff = Flow([cc])
                if cap["position"]:
                    ff.lines(t, "sans", 8, 10, justify=False, hyphenate=False, first_font="sans-b", first_words=1)
                else:
                    ff.lines(t, "sans", 8, 10, justify=False, hyphenate=False)
                ff.lines(cap["credit"], "sans-i", 7.5, 9.5, justify=False, hyphenate=False)

            narrow = Col(pg, nx, c.y, TW - pw - 12, fb)
            narrow.y = c.y
            narrow.top = -1  # continue baseline spacing
            rest = Col(pg, X, fb, TW, c.bottom, on_enter=draw_cap)
            rest.y = fb
            rest.top = -1
            fl.insert_cols([narrow, rest])
        return f

    s1, s2, s3 = d["sections"]
    head(s1)
    body(fl, s1["paras"], size=11, lead=15, hooks={0: {4: float_pic("right", s1["caption"], ph=84)}})
    head(s2)
    body(fl, s2["paras"], size=11, lead=15)
    # pull quote between 2 and 3
    c = fl.col
    y0 = c.y + 16
    c.page.rect(X + 30, y0, TW - 60, 0.8, fill=RED)
    yq = block_lines(c.page, X + 30, y0 + 8, TW - 60, d["quote"], "serif-i", 14, 18, color=RED, align="center")
    c.page.rect(X + 30, yq + 8, TW - 60, 0.8, fill=RED)
    c.y = yq + 12
    head(s3)
    body(fl, s3["paras"], size=11, lead=15, hooks={0: {2: float_pic("left", s3["caption"])}})
    sidebar(p85, X, fl.col.y + 18, TW, d["sidebar"], size=9.5, lead=13)
    # footnotes after the body of each page, then footer
    for p, note, fol in ((p84, d["notes"][0], "84"), (p85, d["notes"][1], "85")):
        p.rect(X, 770, 80, 0.5, fill=MID)
        block_lines(p, X, 776, TW, note, "serif", 8, 10)
        p.text(W / 2, 815, d["running"][1], "sans", 8, MID, align="center")
    return [p84, p85]


# ---------------------------------------------------------------------------------------------- Schwebebahn
def schwebebahn(out):
    d = SCHWEBEBAHN
    PW = 280.5
    W, H = PW * 4, 595
    outside, inside = Page(W, H), Page(W, H)
    M = 22
    BLUE = "#1d4f7a"
    for p in (outside, inside):
        for k in (1, 2, 3):  # fold marks
            p.rect(PW * k - 0.25, 0, 0.5, 10, fill=MID)
            p.rect(PW * k - 0.25, H - 10, 0.5, 10, fill=MID)

    def px(k):
        return PW * k + M

    TW = PW - 2 * M
    # inside: stops flow through panels 1-3
    cols = [Col(inside, px(0), 40, TW, H - 36), Col(inside, px(1), 40, TW, H - 36), Col(inside, px(2), 40, TW, H - 190)]
    fl = Flow(cols)

    def head(s, newcol=False):
        fl.space(12)
        if newcol and fl.col.y > fl.col.top + 0.1:
            fl.next_col()
        fl.need(60)
        c = fl.col
        base = c.y + 22
        inside.text(c.x, base, "STOP", "sans-b", 9, BLUE)
        inside.circle(c.x + 40, base - 4, 18, BLUE)
        inside.text(c.x + 40, base, s["label"].split()[1], "sans-b", 11, "#ffffff", align="center")
        inside.text(c.x, base + 22, s["title"], "serif-b", 15, DARK)
        c.y = base + 26

    def picture(fl):
        c = fl.col
        y0 = c.y + 8
        pw, ph = 120, 96
        cap = d["sections"][1]["caption"]
        inside.rect(c.x + c.w - pw, y0, pw, ph, fill=GREY)
        cc = Col(inside, c.x, y0 + 2, c.w - pw - 10, 10 ** 6)
        ff = Flow([cc])
        ff.lines(cap["position"] + ": " + cap["text"], "sans", 8.5, 11, justify=False, hyphenate=False,
                 first_font="sans-b", first_words=1)
        ff.lines(cap["credit"], "sans-i", 7.5, 10, justify=False, hyphenate=False)
        c.y = max(cc.y, y0 + ph) + 6

    def overleaf(fl):
        # the paragraph stops here and goes on on the other side of the sheet (outside flap)
        c = fl.col
        y = c.y + 16
        inside.text(c.x + c.w, y, "continued overleaf →", "sans-i", 8.5, RED, align="right")
        inside.rect(c.x, y + 22, TW, 1, fill=BLUE)
        block_lines(inside, c.x, y + 32, TW, d["quote"], "serif-bi", 16, 20, color=BLUE)
        fl.i = len(fl.cols) - 2
        fl.next_col()

    s1, s2, s3 = d["sections"]
    # outside page is drawn first: cover (panel 4), then the flap (panel 3), then panels 2 and 1
    o = outside
    o.rect(PW * 3, 0, PW, 150, fill=BLUE)
    o.text(px(3), 40, "A GUIDE TO THE SUSPENDED RAILWAY", "sans-b", 8, "#ffffff")
    o.text(px(3), 84, d["title_lines"][0], "serif-b", 32, "#ffffff")
    o.text(px(3), 120, d["title_lines"][1], "serif-b", 32, "#ffffff")
    o.text(px(3), 174, d["subtitle"], "serif-i", 15, BLUE)
    o.rect(px(3), 192, TW, 150, fill=GREY)
    block_lines(o, px(3), 362, TW, d["intro"], "sans", 11, 15)
    # flap: the continuation of Stop 3
    o.text(px(2), 48, "← continued from Stop 3", "sans-i", 8.5, RED)
    flap = Col(o, px(2), 62, TW, H - 40)
    fl.cols.append(flap)
    # panel 2 / 1 drawn after the flap's text (appended later)

    head(s1)
    body(fl, s1["paras"], size=11.5, lead=16.5)
    head(s2, True)
    body(fl, s2["paras"], size=11.5, lead=16.5, hooks={1: {2: picture}})
    head(s3, True)
    body(fl, s3["paras"], size=11.5, lead=16.5, hooks={1: {4: overleaf}})
    # inside panel 4: a full-height picture
    inside.rect(PW * 3 + M, 40, TW, H - 80, fill=GREY)
    # outside flap: an uncaptioned picture under the continued text
    o.rect(px(2), flap.y + 20, TW, 140, fill=GREY)
    # outside panel 2: table; panel 1: sidebar and address
    yb = table(o, px(1), 60, TW, d["table"][0], d["table"][1], lw=70, size=9, rowh=18, fill="#d6e2ee")
    o.rect(px(1), yb + 24, TW, 200, fill=GREY)
    yb = sidebar(o, px(0), 40, TW, d["sidebar"], size=10, lead=13.5, fill="#d6e2ee")
    ya = H - 90
    for k, line in enumerate(d["address"]):
        o.text(px(0), ya + 14 * k, line, "sans-b" if k == 0 else "sans", 9, DARK)
    return [outside, inside]


# ---------------------------------------------------------------------------------------------- Akrotiri
def akrotiri(out):
    d = AKROTIRI
    W, H = 1191, 842
    pg = Page(W, H)
    L, R = 50, W - 50
    OCHRE = "#8c4a1c"
    pg.text(R, 34, d["running"][0], "sans", 9.5, MID, align="right")
    pg.text(L, 108, d["title_lines"][0], "serif-b", 52, OCHRE)
    pg.text(L, 144, d["subtitle"], "serif-i", 22, DARK)
    block_lines(pg, 640, 70, R - 640, d["intro"], "sans", 14, 19)
    pg.rect(L, 190, R - L, 1.2, fill=OCHRE)
    cw, gap = 345, 0
    xs = [L, L + (R - L - cw) / 2, R - cw]
    cols = [Col(pg, x, 212, cw, 735) for x in xs]
    fl = Flow(cols)

    def head(s):
        fl.space(14)
        fl.need(60)
        c = fl.col
        y0 = c.y if c.y > c.top + 0.1 else c.top
        pg.rect(c.x, y0, 76, 18, fill=OCHRE)
        pg.text(c.x + 6, y0 + 13, s["label"].upper(), "sans-b", 9.5, "#ffffff")
        pg.text(c.x, y0 + 42, s["title"], "serif-b", 19, DARK)
        c.y = y0 + 48

    def colbreak(f):
        if f.i == 0:
            f.next_col()

    def trilingual(f):
        ph = 120
        f.need(ph + 90)
        c = f.col
        y0 = c.y + 10
        pg.rect(c.x, y0, c.w, ph, fill=GREY)
        cap = d["sections"][2]["caption"]
        sw = (c.w - 16) / 3
        yy = []
        for k, (tag, t, font) in enumerate((("EN", cap["position"] + ": " + cap["text"], "sans"),
                                            ("ΕΛ", d["caption_el"], "sans-i"), ("DE", d["caption_de"], "sans-i"))):
            cc = Col(pg, c.x + k * (sw + 8), y0 + ph + 5, sw, 10 ** 6)
            ff = Flow([cc])
            if k == 0:
                ff.lines(t, font, 8.5, 11, justify=False, hyphenate=False, first_font="sans-b", first_words=1)
            else:
                ff.lines(t, font, 8.5, 11, justify=False, hyphenate=False, color=MID)
            yy.append(cc.y)
        cy = max(yy) + 13
        pg.text(c.x, cy, cap["credit"], "sans-i", 8, DARK)
        c.y = cy + 6

    s1, s2, s3 = d["sections"]
    head(s1)
    body(fl, s1["paras"], size=14, lead=19.5)
    head(s2)
    body(fl, s2["paras"], size=14, lead=19.5)
    fl.need(110)
    c = fl.col
    yb = table(pg, c.x, c.y + 28, cw, d["table"][0], d["table"][1], lw=110, size=9.5, rowh=18, fill="#ecdccb")
    c.y = yb + 4
    head(s3)
    body(fl, s3["paras"], size=14, lead=19.5, hooks={1: {0: trilingual}})
    sidebar(pg, xs[2], max(fl.col.y + 14, 600), cw, d["sidebar"], size=10, lead=13.5, fill="#f1e6d6")
    # notes band and foot line
    pg.rect(L, 752, R - L, 0.6, fill=MID)
    pg.text(L, 768, "Notes", "sans-b", 8.5, DARK)
    block_lines(pg, L + 50, 768 - 7, 500, d["notes"][0], "sans", 8.5, 11)
    block_lines(pg, L + 590, 768 - 7, 500, d["notes"][1], "sans", 8.5, 11)
    pg.rect(L, 796, R - L, 1.2, fill=OCHRE)
    pg.text(L, 816, d["running"][1], "sans-b", 10, OCHRE)
    return [pg]


def build(outdir):
    tmpdir = os.path.join(os.path.dirname(os.path.abspath(__file__)), "pdf")
    os.makedirs(tmpdir, exist_ok=True)
    for fn, d in ((vergina, VERGINA), (brunelleschi, BRUNELLESCHI), (schwebebahn, SCHWEBEBAHN), (akrotiri, AKROTIRI)):
        pages = fn(outdir)
        parts = render(pages, d["name"], tmpdir, "mk_pdf.py")
        final = os.path.join(outdir, d["name"] + ".pdf")
        if len(parts) == 1:
            subprocess.run(["cp", parts[0], final], check=True)
        else:
            subprocess.run(["pdfunite"] + parts + [final], check=True)
        subprocess.run(["pdftotext", "-raw", final, os.path.join(outdir, d["name"] + ".txt")], check=True)
        print("wrote", final, len(pages), "page(s)")


if __name__ == "__main__":
    build(sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
