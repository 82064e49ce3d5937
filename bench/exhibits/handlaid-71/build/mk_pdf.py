# -*- coding: utf-8 -*-
"""Lay out the four PDF exhibits as GNU metafiles; build_all.sh turns them into
PostScript with GNU plotutils (`plot -T ps`) and into PDF with ps2pdf."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
import texts
from plotlay import Page, Flow, write_meta, width, break_lines, set_line

OUT = os.path.join(os.path.dirname(__file__), "out")
os.makedirs(OUT, exist_ok=True)
LOG = []
A4 = (595.276, 841.89)
A3 = (841.89, 1190.551)
BLACK, GREY, WHITE = (0, 0, 0), (0.78, 0.78, 0.78), (1, 1, 1)
RED = (0.62, 0.1, 0.08)
NAVY = (0.1, 0.17, 0.33)
TINT = (0.93, 0.90, 0.82)


def printed(d, si, pi):
    t = d["sections"][si]["paras"][pi]
    m = d.get("marks", {}).get((si, pi))
    if m:
        assert m[0] in t
        t = t.replace(m[0], m[1])
    return t


def wrap_at(page, text, x, y, w, font, size, lead, color=BLACK, justify=False):
    lines = break_lines(text, font, size, w, hyph=False)
    for n, ln in enumerate(lines):
        set_line(page, ln, x, y + n * lead, w, font, size, color, justify, n == len(lines) - 1)
    return y + len(lines) * lead


# --------------------------------------------------------------- 1. Gregory, A3 wall panel
def gregory():
    d = texts.GREGORY
    W, H = A3
    p = Page(W, H)
    M = 60
    p.text(M, 70, "GALLERY 4  \u00b7  COUNTING THE DAYS", "Helvetica-Bold", 12, RED)
    p.text(M, 134, d["title_lines"][0], "Helvetica-Bold", 54, NAVY)
    p.text(M, 172, d["title_lines"][1], "Helvetica", 26, NAVY)
    p.box(M, 190, W - 2 * M, 4, NAVY)
    y = wrap_at(p, d["intro"], M, 226, W - 2 * M, "Times-Roman", 18, 24)
    gut = 30
    cw = (W - 2 * M - gut) / 2
    ctop = y + 14
    cbot = 820
    ph = 150
    frames = [(p, M, ctop, cw, cbot), (p, M + cw + gut, ctop + ph + 16, cw, cbot)]

    def fact_box():
        # the "Did you know?" box sits at the foot of column 1; it is drawn when the flow reaches column 2
        sb = d["sidebar"]
        bx, by, bw = M, cbot + 12, cw
        p.box(bx, by, bw, 100, TINT)
        p.text(bx + 14, by + 26, sb["title"], "Helvetica-Bold", 15, RED)
        wrap_at(p, sb["paras"][0], bx + 14, by + 46, bw - 28, "Helvetica", 11, 14)

    def enter_col2():
        fact_box()
        picture_top()

    fl = Flow(frames, on_enter={1: enter_col2})
    body = dict(font="Times-Roman", size=12, lead=15.6, after=6)

    def heading(s):
        fl.need(70)
        fl.space(6)
        p.text(fl.fr[1], fl.y + 10, s["kicker"].upper(), "Helvetica-Bold", 9.5, RED)
        fl.space(16)
        x = fl.fr[1]
        p.text(x, fl.y + 20, s["label"], "Helvetica-Bold", 21, RED)
        p.text(x + 46, fl.y + 20, s["title"], "Helvetica-Bold", 21, NAVY)
        fl.space(34)

    def picture_top():
        # picture at the head of column 2, drawn when the flow reaches column 2
        x, w = M + cw + gut, cw
        top, h = ctop, ph
        p.box(x, top, w, h, GREY)
        c = d["caption"]
        # caption printed over the picture in white, credit turned 90 degrees up the right edge
        cy = wrap_at(p, c["text"], x + 12, top + h - 46, w - 40, "Helvetica-Bold", 11, 14, WHITE)
        p.text(x + w - 8, top + h - 8, c["credit"], "Helvetica", 7.5, WHITE, angle=90)

    s = d["sections"]
    heading(s[0])
    for t in s[0]["paras"]:
        fl.para(t, tag="4.1", **body)
    heading(s[1])
    fl.para(s[1]["paras"][0], tag="4.2-1", **body)
    fl.para(s[1]["paras"][1], tag="4.2-2", **body)
    # pull quote between 4.2 and 4.3
    fl.need(90)
    fl.space(6)
    x = fl.fr[1]
    p.rule(x, fl.y, x + cw, fl.y, RED, 1.2)
    fl.y = wrap_at(p, "\u00ab " + d["pullquote"] + " \u00bb", x, fl.y + 30, cw, "Helvetica-Oblique", 19, 24, RED) + 4
    p.rule(x, fl.y, x + cw, fl.y, RED, 1.2)
    fl.space(14)
    heading(s[2])
    fl.para(s[2]["paras"][0], tag="4.3-1", **body)
    LOG.extend("gregory " + l for l in fl.log)
    # last paragraph spans both columns
    assert fl.fi == 1 and fl.y < cbot + 8, fl.y
    yy = cbot + 12 + 100 + 12
    wrap_full = break_lines(s[2]["paras"][1], "Times-Roman", 12.5, W - 2 * M)
    for n, ln in enumerate(wrap_full):
        set_line(p, ln, M, yy + 11 + n * 16.5, W - 2 * M, "Times-Roman", 12.5, BLACK, True, n == len(wrap_full) - 1)
    yy += len(wrap_full) * 16.5 + 10
    # numbered timeline strip (not a paragraph)
    p.box(M, yy, W - 2 * M, 70, (0.88, 0.90, 0.95))
    n = len(d["timeline"])
    sw = (W - 2 * M) / n
    for i, (yr, ev) in enumerate(d["timeline"]):
        bx = M + i * sw + 10
        p.text(bx, yy + 18, "%d" % (i + 1), "Helvetica-Bold", 10, RED)
        p.text(bx + 14, yy + 18, yr, "Helvetica-Bold", 14, NAVY)
        wrap_at(p, ev, bx, yy + 36, sw - 18, "Helvetica", 9.5, 12)
    # foot line
    p.rule(M, H - 52, W - M, H - 52, NAVY, 0.6)
    p.text(M, H - 34, d["running"][0], "Helvetica", 10, NAVY)
    p.text(W - M, H - 34, d["running"][1], "Helvetica-Bold", 16, NAVY, just="r")
    return [p]


# --------------------------------------------------------------- 2. Su Song, A4 catalogue pp. 112-113
def susong():
    d = texts.SUSONG
    W, H = A4
    p1, p2 = Page(W, H), Page(W, H)
    M, gut = 54, 20
    cw = (W - 2 * M - gut) / 2
    x1, x2 = M, M + cw + gut
    body = dict(font="Times-Roman", size=10, lead=13, after=0)
    notes_y = H - 96

    def head(pg, left, right, folio, folio_x, just):
        pg.text(M, 40, left, "Helvetica", 8, (0.35, 0.35, 0.35))
        pg.text(W - M, 40, right, "Helvetica", 8, (0.35, 0.35, 0.35), just="r")
        pg.rule(M, 46, W - M, 46, (0.5, 0.5, 0.5), 0.4)
        pg.text(folio_x, H - 26, folio, "Helvetica-Bold", 9, BLACK, just=just)

    head(p1, d["running"][0], d["running"][1], d["running"][2], M, "l")
    p1.text(M, 84, d["kicker"], "Helvetica-Bold", 9, RED)
    p1.text(M, 116, d["title_lines"][0], "Times-Bold", 28, BLACK)
    y = wrap_at(p1, d["intro"], M, 142, W - 2 * M, "Times-Italic", 12.5, 16.5)
    top = y + 10
    fig_top, fig_h = 372, 196
    cap_end = fig_top + fig_h + 52
    frames = [(p1, x1, top, cw, fig_top - 12), (p1, x1, cap_end, cw, notes_y - 12),
              (p1, x2, top, cw, fig_top - 12), (p1, x2, cap_end, cw, H - 50),
              (p2, x1, 70, cw, notes_y - 12), (p2, x2, 70, cw, H - 62)]
    p2_col2_top = [70]

    def figure():
        # full-width figure across both columns, caption under it; written when column 1 resumes below it
        p1.box(M, fig_top, W - 2 * M, fig_h, GREY)
        c = d["caption"]
        yy = wrap_at(p1, c["position"] + ": " + c["text"], M, fig_top + fig_h + 13, W - 2 * M, "Helvetica", 8.5, 11)
        p1.text(M, yy + 1, c["credit"], "Helvetica-Oblique", 7.5, (0.3, 0.3, 0.3))

    def note(pg, x, txt, num):
        pg.rule(x, notes_y - 4, x + 60, notes_y - 4, BLACK, 0.4)
        wrap_at(pg, num + " " + txt, x, notes_y + 8, cw, "Times-Roman", 7.5, 9.5)

    def enter_p2():
        head(p2, d["running"][0], d["running"][1], d["running"][3], W - M, "r")
        note(p2, x1, d["notes"][1], "\u00b2")

    fl = Flow(frames, on_enter={1: figure, 3: lambda: note(p1, x1, d["notes"][0], "\u00b9"),
                                4: enter_p2})

    def heading(t):
        fl.need(40)
        fl.space(8)
        p = fl.fr[0]
        p.text(fl.fr[1], fl.y + 12, t, "Times-Bold", 12.5, RED)
        fl.space(20)

    S = d["sections"]
    for si, s in enumerate(S):
        heading(s["title"])
        for pi in range(len(s["paras"])):
            fl.para(printed(d, si, pi), indent=0 if pi == 0 else 12, tag="susong %d-%d" % (si + 1, pi + 1), **body)
        if si == 0:
            # pull quote between sections 1 and 2
            fl.need(60)
            fl.space(10)
            pg, x = fl.fr[0], fl.fr[1]
            pg.rule(x, fl.y, x + cw, fl.y, RED, 0.8)
            fl.y = wrap_at(pg, d["pullquote"], x + 6, fl.y + 20, cw - 12, "Times-Italic", 14.5, 18, RED) + 2
            pg.rule(x, fl.y, x + cw, fl.y, RED, 0.8)
            fl.space(4)
    # sidebar box at the top of column 2 of p. 113, then the object's tombstone lines (not gold)
    assert fl.fi == 4, fl.fi
    sb = d["sidebar"]
    pg, x = p2, x2
    by = 70
    lines = break_lines(sb["paras"][0], "Helvetica", 9, cw - 20, hyph=False)
    bh = 36 + len(lines) * 12 + 8
    pg.box(x, by, cw, bh, TINT)
    pg.text(x + 10, by + 20, sb["title"], "Helvetica-Bold", 11, RED)
    wrap_at(pg, sb["paras"][0], x + 10, by + 38, cw - 20, "Helvetica", 9, 12)
    ty = by + bh + 28
    pg.text(x, ty, "Object details", "Helvetica-Bold", 9, NAVY)
    for k, line in enumerate(d["tombstone"]):
        pg.text(x, ty + 16 + k * 12, line, "Helvetica", 8.5, (0.2, 0.2, 0.2))
    LOG.extend("susong " + l for l in fl.log)
    return [p1, p2]


# --------------------------------------------------------------- 3. Huygens, A4 landscape bi-fold leaflet
def huygens():
    d = texts.HUYGENS
    W, H = A4[1], A4[0]
    half = W / 2
    o, i = Page(W, H), Page(W, H)
    M = 34
    pw = half - 2 * M
    # ---- outside: back panel (left half) first, then the cover (right half)
    sb = d["sidebar"]
    o.text(M, 70, sb["title"], "Times-Bold", 20, NAVY)
    y = wrap_at(o, sb["paras"][0], M, 96, pw, "Times-Roman", 11.5, 15.5, justify=True)
    o.rule(M, y + 20, M + pw, y + 20, NAVY, 0.5)
    o.text(M, H - 150, d["title_lines"][0], "Times-Bold", 14, NAVY)
    o.text(M, H - 132, d["title_lines"][1], "Times-Italic", 10, NAVY)
    for k, line in enumerate(d["colophon"]):
        o.text(M, H - 60 + k * 11, line, "Helvetica", 7.5, (0.35, 0.35, 0.35))
    o.rule(half, 10, half, 24, (0.6, 0.6, 0.6), 0.4)
    o.rule(half, H - 24, half, H - 10, (0.6, 0.6, 0.6), 0.4)
    # cover: title running up the left edge of the cover
    cx = half + M
    o.box(half, 0, 92, H, NAVY)
    o.text(half + 58, H - 40, d["title_lines"][0], "Times-Bold", 40, WHITE, angle=90)
    o.text(half + 80, H - 40, d["title_lines"][1], "Helvetica", 13, WHITE, angle=90)
    tx = half + 92 + 24
    tw = W - M - tx
    o.text(tx, 62, d["kicker"].upper(), "Helvetica-Bold", 9, RED)
    o.box(tx, 80, tw, 190, GREY)
    y = wrap_at(o, d["intro"], tx, 300, tw, "Times-Roman", 13.5, 18.5)
    iy = y + 14
    o.frame(tx, iy, tw, 92, NAVY, 0.6)
    o.text(tx + 10, iy + 18, "In this leaflet:", "Helvetica-Bold", 9.5, NAVY)
    for k, line in enumerate(d["index"]):
        o.text(tx + 10, iy + 34 + k * 13, line, "Helvetica", 9, NAVY)
    o.text(W - M, H - 24, d["running"][0], "Helvetica-Bold", 10, NAVY, just="r")
    # ---- inside: two panels, one paragraph reads across the fold
    i.rule(half, 10, half, 24, (0.6, 0.6, 0.6), 0.4)
    i.rule(half, H - 24, half, H - 10, (0.6, 0.6, 0.6), 0.4)
    frames = [(i, M, 40, pw, H - 40), (i, half + M, 40, pw, H - 40)]
    fl = Flow(frames)
    body = dict(font="Times-Roman", size=11, lead=15, after=6)

    def heading(s):
        fl.need(44)
        fl.space(6)
        pg, x = fl.fr[0], fl.fr[1]
        pg.box(x, fl.y, 24, 24, RED)
        pg.text(x + 12, fl.y + 18, s["label"], "Helvetica-Bold", 15, WHITE, just="c")
        pg.text(x + 34, fl.y + 18, s["title"], "Times-Bold", 17, NAVY)
        fl.space(36)

    def picture(f):
        pg, x = f.fr[0], f.fr[1]
        top = f.y + 2
        c = d["caption"]
        cwid = 118
        pg.box(x + cwid + 12, top, pw - cwid - 12, 120, GREY)
        yy = wrap_at(pg, c["position"] + ": " + c["text"], x, top + 10, cwid, "Helvetica", 8.5, 11)
        wrap_at(pg, c["credit"], x, yy + 3, cwid, "Helvetica-Oblique", 7.5, 9.5, (0.3, 0.3, 0.3))
        f.y = top + 132

    S = d["sections"]
    heading(S[0])
    for k, t in enumerate(S[0]["paras"]):
        fl.para(t, tag="huygens 1-%d" % (k + 1), **body)
    # pull quote in the left panel
    fl.space(8)
    pg, x = fl.fr[0], fl.fr[1]
    fl.y = wrap_at(pg, d["pullquote"], x + 20, fl.y + 20, pw - 40, "Times-Italic", 17, 22, RED) + 10
    heading(S[1])
    for k, t in enumerate(S[1]["paras"]):
        fl.para(t, tag="huygens 2-%d" % (k + 1), **body)
    heading(S[2])
    fl.para(S[2]["paras"][0], tag="huygens 3-1", hooks={2: picture}, **body)
    fl.para(S[2]["paras"][1], tag="huygens 3-2", **body)
    LOG.extend("huygens " + l for l in fl.log)
    return [o, i]


# --------------------------------------------------------------- 4. Railway, A4 gallery notes, 2 pages
def railway():
    d = texts.RAILWAY
    W, H = A4
    p1, p2 = Page(W, H), Page(W, H)
    PX, MX, MW, RX, RW = 40, 84, 318, 422, 133
    grey = (0.4, 0.4, 0.4)

    def head(pg, k):
        pg.text(MX, 36, d["running"][0], "Helvetica", 8, grey)
        pg.text(RX + RW, 36, d["running"][1 + k], "Helvetica-Bold", 8, grey, just="r")
        pg.rule(MX, 42, RX + RW, 42, grey, 0.4)
        pg.text(RX + RW, H - 30, d["running"][3 + k], "Helvetica", 8, grey, just="r")

    head(p1, 0)
    p1.text(MX, 78, d["kicker"].upper(), "Helvetica-Bold", 9, RED)
    p1.text(MX, 108, d["title_lines"][0], "Helvetica-Bold", 24, BLACK)
    p1.text(MX, 136, d["title_lines"][1], "Helvetica-Bold", 24, BLACK)
    y = wrap_at(p1, d["intro"], MX, 166, MW + 40, "Times-Italic", 12.5, 16.5)
    frames = [(p1, MX, y + 8, MW, H - 56), (p2, MX, 62, MW, H - 56)]
    fl = Flow(frames, on_enter={1: lambda: (head(p2, 1), quote())})
    body = dict(font="Times-Roman", size=10.5, lead=14.5, after=7)
    count = [0]

    def quote():
        q, a = d["quote"]
        yy = wrap_at(p2, "\"" + q + "\"", RX, 88, RW, "Times-Italic", 13, 17, NAVY)
        wrap_at(p2, a, RX, yy + 6, RW, "Helvetica", 8, 10, NAVY)

    def num_para(t, tag, hooks=None):
        count[0] += 1
        fl.need(30)
        pg = fl.fr[0]
        pg.text(PX, fl.y + 10.5 * 0.82, "\u00b6 %d" % count[0], "Helvetica-Bold", 8.5, RED)
        fl.para(t, tag=tag, hooks=hooks, **body)

    def heading(s):
        fl.need(50)
        fl.space(8)
        pg, x = fl.fr[0], fl.fr[1]
        pg.text(x, fl.y + 10, s["label"].upper(), "Helvetica-Bold", 9, RED)
        pg.text(x, fl.y + 28, s["title"], "Helvetica-Bold", 14.5, BLACK)
        fl.space(38)

    def picture(f):
        pg, x = f.fr[0], f.fr[1]
        top = f.y + 2
        pg.box(x, top, MW, 112, GREY)
        c = d["caption"]
        yy = wrap_at(pg, c["position"] + ": " + c["text"], RX, top + 8, RW, "Helvetica", 8.5, 11)
        wrap_at(pg, c["credit"], RX, yy + 3, RW, "Helvetica-Oblique", 7.5, 9.5, grey)
        f.y = top + 122

    def table():
        t = d["table"]
        fl.need(40)
        fl.space(4)

        def hdr(cont=False):
            pg, x = fl.fr[0], fl.fr[1]
            pg.text(x, fl.y + 10, t["title"] + (" (continued)" if cont else ""), "Helvetica-Bold", 9, NAVY)
            fl.space(16)
            pg.box(x, fl.y, MW, 16, NAVY)
            pg.text(x + 6, fl.y + 11.5, t["head"][0], "Helvetica-Bold", 9, WHITE)
            pg.text(x + MW - 6, fl.y + 11.5, t["head"][1], "Helvetica-Bold", 9, WHITE, just="r")
            fl.space(16)
        hdr()
        for k, (a, b) in enumerate(t["rows"]):
            if fl.y + 15 > fl.fr[4]:
                LOG.append("railway: table row %d (%s) continues on the next page under a repeated header" % (k + 1, a))
                fl.next_frame()
                hdr(True)
            pg, x = fl.fr[0], fl.fr[1]
            if k % 2:
                pg.box(x, fl.y, MW, 15, (0.92, 0.93, 0.96))
            pg.text(x + 6, fl.y + 11, a, "Helvetica", 9)
            pg.text(x + MW - 6, fl.y + 11, b, "Helvetica", 9, just="r")
            fl.space(15)
        fl.space(10)

    S = d["sections"]
    heading(S[0])
    num_para(S[0]["paras"][0], "rail 1-1")
    num_para(S[0]["paras"][1], "rail 1-2", hooks={2: picture})
    heading(S[1])
    num_para(S[1]["paras"][0], "rail 2-1")
    table()
    num_para(S[1]["paras"][1], "rail 2-2")
    num_para(S[1]["paras"][2], "rail 2-3")
    heading(S[2])
    for k, t in enumerate(S[2]["paras"]):
        num_para(t, "rail 3-%d" % (k + 1))
    sb = d["sidebar"]
    pg, x = fl.fr[0], fl.fr[1]
    by = fl.y + 8
    lines = break_lines(sb["paras"][0], "Helvetica", 9.5, MW - 24, hyph=False)
    pg.frame(x, by, MW, 34 + len(lines) * 12.5, NAVY, 1)
    pg.text(x + 12, by + 20, sb["title"], "Helvetica-Bold", 11, NAVY)
    wrap_at(pg, sb["paras"][0], x + 12, by + 38, MW - 24, "Helvetica", 9.5, 12.5)
    LOG.extend("railway " + l for l in fl.log)
    return [p1, p2]


def main():
    for name, fn, size in [("gregorian_calendar_1582", gregory, "a3"), ("su_song_clock_tower_1088", susong, "a4"),
                           ("huygens_pendulum_clock_1656", huygens, "a4l"), ("railway_time_1847", railway, "a4")]:
        pages = fn()
        write_meta(pages, os.path.join(OUT, name + ".meta"))
        with open(os.path.join(OUT, name + ".size"), "w") as f:
            f.write(size + "\n")
    with open(os.path.join(os.path.dirname(__file__), "layout_log.txt"), "w") as f:
        f.write("\n".join(LOG) + "\n")
    print("\n".join(LOG))


if __name__ == "__main__":
    main()
