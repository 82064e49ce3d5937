# -*- coding: utf-8 -*-
"""Four PDFs: xfig pages written by my own layout (lay.py) and converted by fig2dev -L pdf."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lay import Page, Flow, Frame, width, set_lines, render, break_lines
from texts import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
LOG = []

NAVY = (0.10, 0.16, 0.30)
GOLD = (0.80, 0.62, 0.20)
RED = (0.66, 0.12, 0.10)
GREEN = (0.12, 0.40, 0.30)
TINT = (0.93, 0.91, 0.85)
GREY = (0.35, 0.35, 0.35)


def paras_of(sec):
    return sec["paras"]


def caption_block(page, x, y, w, cap, size=8.6, lead=11, font="TI", credit_font="CR"):
    """position word in bold, caption in italic, credit on its own line(s) in Courier"""
    first = cap["position"] + ":"
    lines = break_lines(first + " " + cap["text"], font, size, w, w, hyphenate=False)
    for n, (ws, hy) in enumerate(lines):
        y += lead
        if n == 0:
            page.text(x, y, first, "TB", size)
            page.text(x + width(first + " ", "TB", size), y, " ".join(ws[1:]), font, size)
        else:
            page.text(x, y, " ".join(ws), font, size)
    y = set_lines(page, x, y, cap["credit"], credit_font, size - 1, lead - 1, w, color=GREY)
    return y


def label_table(page, x, y, w, rows, title, size=8.5, lw_frac=0.38, head=None, fill=TINT):
    y += 14
    page.text(x, y, title, "HB", size + 1)
    y += 5
    rh = size + 8
    for i, (a, b) in enumerate(rows):
        page.rect(x, y, w * lw_frac, rh, fill=fill if (head is None or i) else (0.8, 0.8, 0.8), stroke=GREY, lw=0.4, depth=85)
        page.rect(x + w * lw_frac, y, w * (1 - lw_frac), rh, stroke=GREY, lw=0.4, depth=85)
        page.text(x + 4, y + rh - 5, a, "HB" if (head is None or i) else "HB", size)
        page.text(x + w * lw_frac + 4, y + rh - 5, b, "HR", size)
        y += rh
    return y


# ===================================================================== 1. Tycho: A3 landscape wall panel
def tycho(fs=13.0):
    e = EX["tycho_nova_1572"]; x = e["extra"]
    W, H = 1190.55, 841.89
    pg = Page(W, H, "tycho_p1")
    M = 50
    # top running line
    pg.text(M, 30, e["running"][0], "HR", 9, GREY)
    pg.line(M, 36, W - M, 36, 0.5, GREY)
    # title band with the panel number set large at the left
    pg.rect(0, 48, W, 120, fill=NAVY, depth=90)
    pg.text(M, 140, x["panel_no"], "HB", 96, GOLD)
    tx = M + 90
    pg.text(tx, 76, x["kicker"], "HB", 11, GOLD)
    pg.text(tx, 118, e["title"][0], "HB", 38, "white")
    pg.text(tx, 150, e["title"][1], "HI", 21, "white")
    cw = (W - 2 * M - 2 * 26) / 3
    cx = [M, M + cw + 26, M + 2 * (cw + 26)]
    # intro across columns 1-2 in larger type
    y = set_lines(pg, M, 178, e["intro"], "PR", 15, 19.5, 2 * cw + 26)
    top = y + 16
    tl_top = 700
    side_top = 622

    def pic_col3(flow):
        f = flow.f
        pg.picture(f.x, f.y + 4, f.w, 150)
        y2 = caption_block(pg, f.x, f.y + 156, f.w, e["sections"][1]["caption"], size=10, lead=13)
        f.y = y2 + 12

    frames = [Frame(pg, cx[0], top, cw, tl_top - 16, name="col1"),
              Frame(pg, cx[1], top, cw, tl_top - 16, name="col2"),
              Frame(pg, cx[2], 178, cw, side_top - 10, on_enter=pic_col3, name="col3")]
    fl = Flow(frames, LOG)
    for si, s in enumerate(e["sections"]):
        if si:
            fl.space(8)
        fl.need(40)
        f = fl.f
        f.y += 17
        pg.text(f.x, f.y, s["label"], "HB", 15, RED)
        pg.text(f.x + 18, f.y, s["title"], "HB", 14, NAVY)
        f.y += 3
        for pi, p in enumerate(s["paras"]):
            fl.para(p, "PR", fs, fs * 1.32, indent=0 if pi == 0 else 14, justify=False,
                    tag="tycho %s-%d" % (s["label"], pi + 1))
        if si == 1:
            # gold-ruled pull quote between B and C
            fl.need(70)
            f = fl.f
            f.y += 8
            pg.rect(f.x, f.y, f.w, 2, fill=GOLD, depth=85)
            y2 = set_lines(pg, f.x, f.y + 2, x["pull"], "PBI", 15, 19, f.w)
            pg.text(f.x, y2 + 14, x["pull_by"], "HR", 8.5, GREY)
            pg.rect(f.x, y2 + 22, f.w, 2, fill=GOLD, depth=85)
            f.y = y2 + 30
    # 'Did you know?' fact box under the text of column 3, above the sidebar
    f = frames[2]
    fy = f.y + 18
    pg.rect(f.x, fy, f.w, 2, fill=RED, depth=85)
    pg.text(f.x, fy + 20, x["fact_title"], "HB", 12, RED)
    set_lines(pg, f.x, fy + 22, x["fact"], "HI", 10.5, 14, f.w)
    sx = cx[2]
    pg.rect(sx, side_top, cw, H - 60 - side_top, fill=TINT, depth=92)
    pg.text(sx + 12, side_top + 22, e["sidebar"]["title"], "HB", 13, RED)
    y2 = side_top + 26
    for p in e["sidebar"]["paras"]:
        y2 = set_lines(pg, sx + 12, y2, p, "HR", 9.4, 12.6, cw - 24)
    # numbered timeline strip under columns 1-2
    pg.line(M, tl_top + 36, M + 2 * cw + 26, tl_top + 36, 2, NAVY)
    n = len(x["timeline"])
    step = (2 * cw + 26) / n
    for i, (yr, ev) in enumerate(x["timeline"]):
        xx = M + i * step
        pg.rect(xx, tl_top + 26, 20, 20, fill=NAVY, depth=85)
        pg.text(xx + 10, tl_top + 41, str(i + 1), "HB", 11, "white", align=1)
        pg.text(xx, tl_top + 20, yr, "HB", 12, RED)
        set_lines(pg, xx, tl_top + 52, ev, "HR", 8.6, 11, step - 14)
    pg.text(M, tl_top + 2, "TIMELINE", "HB", 9, GREY)
    # foot line
    pg.line(M, H - 42, W - M, H - 42, 0.5, GREY)
    pg.text(W - M, H - 28, e["running"][1], "HR", 9, GREY, align=2)
    render([pg], os.path.join(OUT, "tycho_nova_1572.pdf"), os.path.join(HERE, "fig"))


# ===================================================================== 2. Napier: A4 catalogue pages 58-59
def napier(ph=160):
    e = EX["napier_logarithms_1614"]; x = e["extra"]
    W, H = 595.28, 841.89
    p1, p2 = Page(W, H, "napier_p58"), Page(W, H, "napier_p59")
    IM, OM = 62, 48   # inner / outer margins
    FS, LD = 9.8, 12.9
    foot_y = H - 34

    def chrome(pg, folio, left_page):
        if left_page:
            pg.text(OM, 40, folio, "PB", 10)
            pg.text(OM + 24, 40, e["running"][0], "PI", 9.5, GREY)
        else:
            pg.text(W - OM, 40, folio, "PB", 10, align=2)
            pg.text(W - OM - 24, 40, e["running"][0], "PI", 9.5, GREY, align=2)
        pg.line(OM if left_page else IM, 46, W - (IM if left_page else OM), 46, 0.5)
        pg.text(W / 2, foot_y, e["running"][3], "HR", 7.6, GREY, align=1)

    # ---- page 58
    chrome(p1, e["running"][1], True)
    L, R = OM, W - IM
    p1.text(L, 78, x["kicker"], "HB", 9, RED)
    p1.text(L, 110, e["title"][0], "PB", 27)
    p1.text(L, 136, e["title"][1], "PI", 17, RED)
    y = set_lines(p1, L, 146, e["intro"], "PR", 12, 15.6, R - L)
    p1.picture(L, y + 10, R - L, ph)
    top1 = y + ph + 22
    gut = 18
    cw = (R - L - gut) / 2
    fn_top = H - 78
    # footnote across both columns at the foot of p. 58
    p1.line(L, fn_top, L + 90, fn_top, 0.4)
    set_lines(p1, L, fn_top, x["footnote"], "PR", 7.6, 10, R - L)

    def table_in_col(flow):
        flow.need(110)
        f = flow.f
        f.y = label_table(f.page, f.x, f.y + 2, f.w, x["table"], x["table_title"], size=8.2, head=True) + 10

    def p59_top(flow):
        # picture with its 'Left:' caption beside it heads column 1 of p. 59
        f = flow.f
        f.page.picture(f.x, f.y + 2, 96, 118)
        caption_block(f.page, f.x + 106, f.y - 6, f.w - 106, e["sections"][1]["caption"], size=8.4, lead=10.6)
        f.y += 132

    L2, R2 = IM, W - OM
    frames = [Frame(p1, L, top1, cw, fn_top - 8, name="p58 col1"),
              Frame(p1, L + cw + gut, top1, cw, fn_top - 8, name="p58 col2"),
              Frame(p2, L2, 62, cw, foot_y - 20, on_enter=p59_top, name="p59 col1"),
              Frame(p2, L2 + cw + gut, 62, cw, foot_y - 20, name="p59 col2")]
    chrome(p2, e["running"][2], False)   # p. 59 chrome is written before its text
    fl = Flow(frames, LOG)
    for si, s in enumerate(e["sections"]):
        fl.need(50)
        f = fl.f
        f.y += 12 if si else 4
        f.y += 14
        f.page.text(f.x, f.y, s["label"], "PB", 13, RED)
        f.page.text(f.x + width(s["label"] + "  ", "PB", 13), f.y, s["title"], "PB", 12.5)
        f.y += 2
        for pi, p in enumerate(s["paras"]):
            hooks = None
            txt = p
            if si == 0 and pi == 0:
                txt = p.replace("Merchiston Castle,", "Merchiston Castle,*")
            if si == 1 and pi == 0:
                hooks = {5: table_in_col}
            fl.para(txt, "PR", FS, LD, indent=0 if pi == 0 else 11, justify=True,
                    tag="napier %s-%d" % (s["label"], pi + 1), hooks=hooks)
    # column 2 of p. 59: quote, label-cell table, sidebar box
    f = fl.f
    if fl.i < 3:
        fl.next_frame()
    f = fl.frames[3]
    y = max(f.y, 62) + 8
    p2.line(f.x, y, f.x + f.w, y, 1.2, RED)
    y = set_lines(p2, f.x, y + 2, x["quote"], "PI", 12.5, 16, f.w)
    p2.text(f.x + f.w, y + 14, x["quote_by"], "HR", 8, GREY, align=2)
    y += 22
    p2.line(f.x, y, f.x + f.w, y, 1.2, RED)
    y = label_table(p2, f.x, y + 8, f.w, x["facts"], x["facts_title"], size=8.2)
    y += 18
    sb_h = 170
    p2.rect(f.x, y, f.w, sb_h, fill=TINT, depth=92)
    p2.text(f.x + 10, y + 20, e["sidebar"]["title"], "PB", 12, RED)
    yy = y + 24
    for p in e["sidebar"]["paras"]:
        yy = set_lines(p2, f.x + 10, yy, p, "PR", 9, 12, f.w - 20)
    render([p1, p2], os.path.join(OUT, "napier_logarithms_1614.pdf"), os.path.join(HERE, "fig"))


# ===================================================================== 3. Mason-Dixon: A4 landscape bi-fold leaflet
def mason(_=None):
    e = EX["mason_dixon_line_1767"]; x = e["extra"]
    W, H = 841.89, 595.28
    P = W / 2
    out, ins = Page(W, H, "mason_outside"), Page(W, H, "mason_inside")
    M = 34
    # --- outside: cover (right half) is written first, then the back panel (left half)
    cx0, cw = P + M, P - 2 * M
    out.rect(P, 0, P, 150, fill=GREEN, depth=90)
    out.text(cx0, 40, x["kicker"], "HB", 8.5, "white")
    out.text(cx0, 118, e["title"][0], "NB", 76, "white")
    out.text(cx0, 180, e["title"][1], "NI", 13.5, GREEN)
    out.picture(cx0, 196, cw, 170)
    set_lines(out, cx0, 376, e["intro"], "NR", 11.5, 15, cw)
    # back panel
    bx, bw = M, P - 2 * M
    out.rect(bx, 40, bw, 118, fill=TINT, depth=92)
    out.text(bx + 12, 62, e["sidebar"]["title"], "NB", 13, GREEN)
    yy = 66
    for p in e["sidebar"]["paras"]:
        yy = set_lines(out, bx + 12, yy, p, "NR", 9.6, 13, bw - 24)
    y = label_table(out, bx, 176, bw, x["facts"], x["facts_title"], size=9, fill=(0.86, 0.92, 0.88))
    out.picture(bx, y + 22, bw, 200)   # captionless map of the line
    out.text(P / 2, H - 40, e["running"][0], "HR", 9, GREY, align=1)
    # fold marks
    out.line(P, 0, P, 12, 0.4, GREY); out.line(P, H - 12, P, H, 0.4, GREY)
    ins.line(P, 0, P, 12, 0.4, GREY); ins.line(P, H - 12, P, H, 0.4, GREY)

    # --- inside: panel 1 (left) and panel 2 (right)
    def panel2_top(flow):
        f = flow.f
        # 'Right:' caption with the picture at its right, heading panel 2
        pw = 120
        ins.picture(f.x + f.w - pw, f.y + 2, pw, 92)
        caption_block(ins, f.x, f.y - 4, f.w - pw - 12, e["sections"][1]["caption"], size=8.6, lead=11)
        f.y += 104

    frames = [Frame(ins, M, 34, P - 2 * M, H - 56, name="panel1"),
              Frame(ins, P + M, 34, P - 2 * M, H - 60, on_enter=panel2_top, name="panel2")]
    fl = Flow(frames, LOG)

    orig_next = fl.next_frame

    def next_with_arrow():
        f = fl.f
        ins.text(f.x + f.w, f.bottom + 18, x["cont"], "HI", 8.5, GREEN, align=2)
        orig_next()
    fl.next_frame = next_with_arrow

    for si, s in enumerate(e["sections"]):
        fl.need(46)
        f = fl.f
        f.y += 10 if si else 0
        f.y += 12
        lw = width(s["label"], "HB", 8.5) + 10
        ins.rect(f.x, f.y - 9, lw, 12, fill=GREEN, depth=85)
        ins.text(f.x + 5, f.y, s["label"], "HB", 8.5, "white")
        f.y += 17
        ins.text(f.x, f.y, s["title"], "NB", 13.5, GREEN)
        f.y += 2
        for pi, p in enumerate(s["paras"]):
            fl.para(p, "NR", 9.7, 12.7, indent=0 if pi == 0 else 10, justify=True,
                    tag="mason %s-%d" % (s["label"], pi + 1))
        if si == 1:
            fl.need(60)
            f = fl.f
            f.y += 8
            ins.rect(f.x, f.y, f.w, 50, fill=(0.86, 0.92, 0.88), depth=92)
            y2 = set_lines(ins, f.x + 10, f.y + 2, x["quote"], "NI", 11, 14, f.w - 20)
            ins.text(f.x + f.w - 10, y2 + 12, x["quote_by"], "HR", 8, GREY, align=2)
            f.y = y2 + 20
    render([out, ins], os.path.join(OUT, "mason_dixon_line_1767.pdf"), os.path.join(HERE, "fig"))


# ===================================================================== 4. Meridian: A4 handout, 2 pages, numbered paragraphs
def meridian(ph=120):
    e = EX["meridian_conference_1884"]; x = e["extra"]
    W, H = 595.28, 841.89
    p1, p2 = Page(W, H, "meridian_p1"), Page(W, H, "meridian_p2")
    M, MARG = 44, 26      # page margin, paragraph-number margin
    FS, LD = 10.8, 14.4
    L, R = M + MARG, W - M
    gut = 16 + MARG
    cw = (R - L - gut) / 2
    counter = [0]

    def footer(pg, n):
        pg.line(M, H - 44, W - M, H - 44, 0.5, GREY)
        pg.text(M, H - 32, e["running"][0], "HR", 8, GREY)
        pg.text(W - M, H - 32, n, "HB", 9, align=2)

    p1.text(L, 52, x["kicker"], "HB", 8.5, RED)
    p1.text(L, 88, e["title"][0], "TB", 30)
    p1.text(L, 112, e["title"][1], "TI", 17, GREY)
    y = set_lines(p1, L, 124, e["intro"], "TR", 13, 17, R - L)
    p1.line(L, y + 10, R, y + 10, 1.5, RED)
    p1.picture(L, y + 20, R - L, ph)   # wide captionless picture
    top = y + ph + 28

    def para_no(flow):
        counter[0] += 1
        f = flow.f
        f.page.text(f.x - 8, f.y, "¶ %d" % counter[0], "HB", 8, RED, align=2)

    def right_caption(flow):
        flow.need(124)
        f = flow.f
        pw = 92
        f.page.picture(f.x + f.w - pw, f.y + 6, pw, 104)
        cap = dict(e["sections"][1]["caption"])
        caption_block(f.page, f.x, f.y - 2, f.w - pw - 10, cap, size=8.5, lead=10.8)
        f.y += 118

    frames = [Frame(p1, L, top, cw, H - 60, name="p1 col1"),
              Frame(p1, L + cw + gut, top, cw, H - 60, name="p1 col2"),
              Frame(p2, L, 50, cw, 470, name="p2 col1"),
              Frame(p2, L + cw + gut, 50, cw, 470, name="p2 col2")]
    fl = Flow(frames, LOG)
    footer(p1, e["running"][1])
    footer(p2, e["running"][2])
    last_sec = len(e["sections"]) - 1
    for si, s in enumerate(e["sections"]):
        fl.need(46)
        f = fl.f
        f.y += 12 if si else 2
        f.y += 14
        f.page.rect(f.x, f.y - 12, 16, 16, fill=RED, depth=85)
        f.page.text(f.x + 8, f.y, s["label"], "HB", 11, "white", align=1)
        f.page.text(f.x + 22, f.y, s["title"], "TB", 13.5)
        f.y += 3
        for pi, p in enumerate(s["paras"]):
            if si == last_sec and pi == len(s["paras"]) - 1:
                continue
            hooks = {0: para_no}
            if si == 1 and pi == 1:
                hooks[2] = right_caption
            fl.para(p, "TR", FS, LD, indent=0, justify=True, tag="meridian %s-%d" % (s["label"], pi + 1),
                    hooks=hooks, after=5)
        if si == 0:
            # block quotation in large type, attribution on its own line
            fl.need(80)
            f = fl.f
            f.y += 6
            y2 = set_lines(f.page, f.x, f.y, x["quote"], "TI", 15.5, 19, f.w)
            f.page.text(f.x + f.w, y2 + 15, x["quote_by"].lstrip("— "), "HR", 8.5, GREY, align=2)
            f.y = y2 + 24
    # the last paragraph of section 3 spans both columns, below them
    ylast = max(fr.y for fr in frames[2:]) + 8
    s = e["sections"][last_sec]
    sp = Frame(p2, L, ylast, R - L, 600, name="p2 span")
    fl2 = Flow([sp], LOG)
    fl2.para(s["paras"][-1], "TR", FS, LD, justify=True, tag="meridian 3-last",
             hooks={0: para_no})
    y = sp.y + 12
    # vote table and sidebar side by side
    label_table(p2, L, y, cw, x["table"], x["table_title"], size=8.6)
    sx = L + cw + gut
    p2.rect(sx, y + 6, cw, 160, fill=TINT, depth=92)
    p2.text(sx + 10, y + 26, e["sidebar"]["title"], "TB", 12, RED)
    yy = y + 30
    for p in e["sidebar"]["paras"]:
        yy = set_lines(p2, sx + 10, yy, p, "TR", 9.2, 12.2, cw - 20)
    p2.text(L, H - 60, x["note"], "TI", 7.8, GREY)
    render([p1, p2], os.path.join(OUT, "meridian_conference_1884.pdf"), os.path.join(HERE, "fig"))


def tune(fn, values, want):
    """try layouts until the wanted crossing happens without overflowing the last frame"""
    for v in values:
        del LOG[:]
        try:
            fn(v)
        except IndexError:
            continue
        if any(want in l for l in LOG):
            return v, list(LOG)
    raise SystemExit("no value of %s gives %r" % (fn.__name__, want))


if __name__ == "__main__":
    allog = []
    for fn, vals, want in [(tycho, [13 + i * 0.1 for i in range(30)], "into frame col3"),
                           (napier, list(range(100, 240, 4)), "into frame p59 col1"),
                           (mason, [None], "into frame panel2"),
                           (meridian, list(range(100, 300, 5)), "into frame p2 col1")]:
        v, lg = tune(fn, vals, want)
        allog += ["%s: parameter %s" % (fn.__name__, v)] + lg
    LOG[:] = allog
    open(os.path.join(HERE, "layout_log.txt"), "w").write("\n".join(LOG) + "\n")
    print("\n".join(LOG))
