# -*- coding: utf-8 -*-
"""Lays out three of the PDF exhibits (the fourth, quebec_bridge_1907, is laid out by emboss-pdf itself) into build/NAME.ops.json (drawing order = content-stream order)."""
import sys

import content as C
from layout import Doc, Flow, break_lines, width, draw_caption, caption_height, mark_glue

GREY = (0.35, 0.35, 0.35)
BOX = (0.72, 0.72, 0.72)
OUT = sys.argv[1] if len(sys.argv) > 1 else "."


def sections_paras_split(p):
    return [s.strip() for s in p.split("|")]


# =============================================================== 1 Bell Rock (Origami)
def lay_bell():
    ex = C.BELL
    W, H = 595.28, 841.89
    title = " ".join(ex["title_lines"])
    d = Doc(W, H, {"title": title})
    M, gut = 50, 18
    colw = (W - 2 * M - gut) / 2
    RED = (0.55, 0.12, 0.1)
    notes = []  # notes to print at the foot of the current page

    def header():
        d.text(M, H - 36, "HR", 8, ex["museum"], GREY)
        d.text_right(W - M, H - 36, "HI", 8, ex["header_right"], GREY)
        d.line(M, H - 41, W - M, H - 41, GREY, 0.4)

    def footer(i):
        if notes:
            d.line(M, 66, M + 70, 66, GREY, 0.4)
            y = 56
            for n in notes:
                for ln in break_lines(n, "TR", 7.5, W - 2 * M):
                    d.text(M, y, "TR", 7.5, ln, GREY)
                    y -= 9
            notes.clear()
        d.text_center(W / 2, 30, "HR", 8, ex["folios"][i], GREY)

    d.new_page()
    header()
    d.text(M, H - 72, "HB", 8, ex["kicker"], RED)
    y = H - 102
    for ln in ex["title_lines"]:
        d.text(M, y, "TB", 26, ln)
        y -= 29
    d.rect(W - M - 165, H - 170, 165, 105, BOX)  # uncaptioned picture beside the title
    y -= 6
    intro_lines = break_lines(ex["intro"], "TI", 11.5, W - 2 * M)
    y = d.lines(M, y, intro_lines, "TI", 11.5, 14.5, justify_width=W - 2 * M)
    d.line(M, y + 4, W - M, y + 4, GREY, 0.4)
    top1 = y - 8
    regions = [(M, top1, 80, colw), (M + colw + gut, top1, 80, colw),
               (M, H - 56, 80, colw), (M + colw + gut, H - 56, 80, colw)]

    def on_enter(i, r):
        if i == 2:
            footer(0)
            d.new_page()
            header()

    f = Flow(d, regions, on_enter)
    BODY = ("TR", 10.3, 13.4)

    def record_block(rows):
        rh = 12
        h = 11 + rh * len(rows) + 8

        def draw(x, yt, w):
            d.text(x, yt - 8, "HB", 6.5, "CATALOGUE RECORD", GREY)
            yy = yt - 12
            for lab, val in rows:
                d.rect(x, yy - rh, 52, rh, (0.86, 0.84, 0.8))
                d.text(x + 3, yy - 8.6, "HB", 7, lab, (0.2, 0.2, 0.2))
                d.text(x + 57, yy - 8.6, "HR", 7.5, val, (0.2, 0.2, 0.2))
                d.line(x, yy - rh, x + w, yy - rh, GREY, 0.3)
                yy -= rh
        f.block(h, draw)

    for si, s in enumerate(ex["sections"]):
        f.need(70)
        f.space(9)
        f.para(s["label"], "HB", 7.5, 10, justify=False, hyphenate=False, c=GREY)
        f.para(s["title"], "TB", 13, 15.5, justify=False, hyphenate=False)
        f.space(2)
        if s.get("note"):
            notes.append(s["note"])
        for k, p in enumerate(s["paras"]):
            segs = sections_paras_split(p)
            for j, seg in enumerate(segs):
                f.para(seg, *BODY, indent=(11 if k > 0 and j == 0 else 0))
                if j < len(segs) - 1:
                    cap = s["caption"]
                    ch = caption_height(cap["position"] + ":", cap["text"], cap["credit"], f.w - 76)
                    h = max(58, ch) + 8

                    def draw(x, yt, w, cap=cap):
                        d.rect(x, yt - 4 - 58, 68, 58, BOX)
                        draw_caption(d, x + 76, yt - 4, w - 76, cap["position"] + ":", cap["text"], cap["credit"])
                    f.block(h, draw)
        if s.get("caption") and s["caption"]["position"] == "Above":
            cap = s["caption"]
            ch = caption_height("Above:", cap["text"], cap["credit"], f.w)
            f.space(4)

            def draw(x, yt, w, cap=cap):
                d.rect(x, yt - 96, w, 96, BOX)
                draw_caption(d, x, yt - 100, w, "Above:", cap["text"], cap["credit"])
            f.block(104 + ch, draw)
        if s.get("record"):
            f.space(4)
            record_block(s["record"])
        if si == 2:
            # red pull quote between rules (not a body sentence)
            ql = break_lines(ex["pullquote"], "HI", 12.5, f.w - 10, hyphenate=False)
            h = 16 + len(ql) * 15 + 6

            def draw(x, yt, w, ql=ql):
                d.line(x, yt - 4, x + w, yt - 4, RED, 1)
                yy = yt - 18
                for ln in ql:
                    d.text_center(x + w / 2, yy, "HI", 12.5, ln, RED)
                    yy -= 15
                d.line(x, yy + 6, x + w, yy + 6, RED, 1)
            f.space(8)
            f.block(h, draw)
    # sidebar, tinted
    sb = ex["sidebar"]
    pad = 8
    sl = break_lines(sb["paras"][0], "HR", 8.5, f.w - 2 * pad)
    h = pad + 14 + len(sl) * 11 + pad

    def draw_sb(x, yt, w):
        d.rect(x, yt - h, w, h, (0.9, 0.93, 0.95))
        d.text(x + pad, yt - pad - 10, "HB", 10, sb["title"])
        d.lines(x + pad, yt - pad - 10 - 14, sl, "HR", 8.5, 11, justify_width=w - 2 * pad)
    f.space(12)
    f.block(h, draw_sb)
    footer(1)
    d.save(f"{OUT}/{ex['name']}.ops.json")
    return d


# =============================================================== 3 Nellie Bly poster (tinypdf, Helvetica only)
def lay_bly():
    ex = C.BLY
    W, H = 841.89, 1190.55
    title = " ".join(ex["title_lines"])
    d = Doc(W, H, {"title": title})
    M = 50
    RED = (0.62, 0.1, 0.12)
    NAVY = (0.08, 0.15, 0.35)
    ORANGE = (0.8, 0.4, 0.05)
    F = "HR"
    d.new_page()
    # 1 display quote, huge, at the very top (not gold)
    y = H - 90
    for ln in break_lines(ex["display_quote"], F, 44, W - 2 * M, hyphenate=False):
        d.text(M, y, F, 44, ln, RED)
        y -= 50
    y -= 16
    d.text(M, y, F, 11, ex["kicker"], GREY)
    y -= 58
    yt = y
    for ln in ex["title_lines"]:
        d.text(M, y, F, 56, ln, NAVY)
        y -= 60
    xi = 520
    yi = yt
    for ln in break_lines(ex["intro"], F, 14, W - M - xi):
        d.text(xi, yi, F, 14, ln)
        yi -= 19
    y = min(y, yi) - 20
    # timeline
    d.line(M, y, W - M, y, NAVY, 2)
    gut = 20
    cw = (W - 2 * M - 3 * gut) / 4
    ytop = y - 12
    ylow = ytop
    for i, s in enumerate(ex["sections"]):
        x = M + i * (cw + gut)
        d.rect(x, y - 5, 10, 10, ORANGE)
        yy = ytop - 16
        d.text(x, yy, F, 15, s["label"], ORANGE)
        yy -= 24
        for ln in break_lines(s["title"], F, 19, cw, hyphenate=False):
            d.text(x, yy, F, 19, ln, NAVY)
            yy -= 22
        yy -= 4
        for p in s["paras"]:
            segs = sections_paras_split(p)
            for j, seg in enumerate(segs):
                ls = break_lines(seg, F, 11, cw)
                yy = d.lines(x, yy, ls, F, 11, 15)
                if j < len(segs) - 1:
                    cap = s["caption"]
                    yy += 4
                    cwid = cw - 78
                    d.rect(x + cwid + 6, yy - 72, 72, 72, BOX)
                    hcap = draw_caption(d, x, yy, cwid, cap["position"] + ":", cap["text"], cap["credit"],
                                        fp=F, ft=F, fc=F, size=10, lead=12.5, c=NAVY)
                    yy -= max(78, hcap) + 12
            yy -= 7
        ylow = min(ylow, yy)
    # sidebar band
    sb = ex["sidebar"]
    ls = break_lines(sb["paras"][0], F, 12.5, W - 2 * M - 30)
    h = 20 + 24 + len(ls) * 17 + 12
    yb = ylow - 20
    d.rect(M, yb - h, W - 2 * M, h, (0.93, 0.9, 0.82))
    d.text(M + 15, yb - 30, F, 17, sb["title"], RED)
    d.lines(M + 15, yb - 54, ls, F, 12.5, 17)
    # footer
    d.line(M, 48, W - M, 48, GREY, 0.5)
    d.text(M, 32, F, 10, ex["museum"], GREY)
    d.text_right(W - M, 32, F, 10, ex["footer_right"], GREY)
    d.save(f"{OUT}/{ex['name']}.ops.json")
    return d


# =============================================================== 4 Suez booklet (Origami), imposed A5 on A4 landscape
def lay_suez():
    ex = C.SUEZ
    W, H = 841.89, 595.28
    half = W / 2
    title = " ".join(ex["title_lines"])
    d = Doc(W, H, {"title": title})
    TEAL = (0.0, 0.38, 0.42)
    SAND = (0.8, 0.5, 0.15)
    # ---- sheet side 1: back cover (booklet p. 4, left) then cover (p. 1, right)
    d.new_page()
    x0 = 45
    w4 = half - 90
    sb = ex["sidebar"]
    y = H - 60
    ls = break_lines(sb["paras"][0], "HR", 9.5, w4 - 24)
    h = 14 + 20 + len(ls) * 12.5 + 10
    d.rect(x0, y - h, w4, h, (0.93, 0.9, 0.82))
    d.text(x0 + 12, y - 24, "HB", 12, sb["title"], TEAL)
    d.lines(x0 + 12, y - 44, ls, "HR", 9.5, 12.5)
    y -= h + 26
    d.text(x0, y, "HB", 10, "The canal in figures", TEAL)
    y -= 8
    for lab, val in ex["table"]:
        d.rect(x0, y - 16, 110, 16, (0.85, 0.9, 0.9))
        d.text(x0 + 5, y - 11.5, "HB", 8.5, lab)
        d.text(x0 + 118, y - 11.5, "HR", 8.5, val)
        d.line(x0, y - 16, x0 + w4, y - 16, GREY, 0.3)
        y -= 16
    ya = 110
    for ln in ex["address"]:
        d.text(x0, ya, "HR", 8.5, ln, GREY)
        ya -= 11
    # cover
    xc = half + 45
    wc = half - 90
    d.rect(half, H - 70, half, 26, TEAL)
    d.text(xc, H - 61, "HB", 9, ex["kicker"], (1, 1, 1))
    y = H - 112
    for ln in ex["title_lines"]:
        d.text(xc, y, "HB", 27, ln, TEAL)
        y -= 31
    d.rect(xc, y - 150, wc, 150, BOX)
    y -= 172
    d.lines(xc, y, break_lines(ex["intro"], "HR", 11.5, wc), "HR", 11.5, 15.5)
    # ---- sheet side 2: booklet pp. 2 and 3
    gx = 62  # timeline gutter
    colw = half - gx - 36
    regions = [(gx, H - 50, 72, colw), (half + gx, H - 50, 72, colw)]
    notes = []

    def page_foot(i):
        xl = 0 if i == 0 else half
        if notes:
            d.line(xl + gx, 60, xl + gx + 60, 60, GREY, 0.4)
            y = 50
            for n in notes:
                for ln in break_lines(n, "HR", 7, colw):
                    d.text(xl + gx, y, "HR", 7, ln, GREY)
                    y -= 8.5
            notes.clear()
        d.text(xl + gx, 22, "HR", 7.5, ex["footer"], GREY)
        if i == 0:
            d.text(xl + 24, 22, "HB", 9, ex["folios"][0], TEAL)
        else:
            d.text_right(W - 24, 22, "HB", 9, ex["folios"][1], TEAL)

    def on_enter(i, r):
        if i == 1:
            page_foot(0)

    d.new_page()
    # timeline rules
    d.line(gx - 14, H - 40, gx - 14, 70, SAND, 1.5)
    d.line(half + gx - 14, H - 40, half + gx - 14, 70, SAND, 1.5)
    f = Flow(d, regions, on_enter)
    for si, s in enumerate(ex["sections"]):
        f.need(60)
        f.space(10)
        # year marker in the timeline gutter, drawn before the heading, same baseline
        yb = f.y - 13
        xg = f.x - gx + 6
        d.rect(f.x - 14 - 3.5, yb + 2, 7, 7, SAND)
        d.text(xg, yb - 16, "HB", 13, s["label"], SAND)
        f.para(s["title"], "HB", 12.5, 16, justify=False, hyphenate=False, c=TEAL)
        f.space(3)
        if s.get("note"):
            notes.append(s["note"])
        for k, p in enumerate(s["paras"]):
            segs = sections_paras_split(p)
            for j, seg in enumerate(segs):
                f.para(seg, "HR", 9.3, 12.2, justify=False)
                if j < len(segs) - 1:
                    cap = s["caption"]
                    ch = caption_height(cap["position"] + ":", cap["text"], cap["credit"], f.w - 84, ft="HI")
                    h = max(56, ch) + 8

                    def draw(x, yt, w, cap=cap):
                        d.rect(x, yt - 4 - 56, 76, 56, BOX)
                        draw_caption(d, x + 84, yt - 4, w - 84, cap["position"] + ":", cap["text"], cap["credit"],
                                     ft="HI")
                    f.block(h, draw)
            f.space(4)
        if s.get("caption") and s["caption"]["position"] == "Above":
            cap = s["caption"]
            ch = caption_height("Above:", cap["text"], cap["credit"], f.w, ft="HI")

            def draw(x, yt, w, cap=cap):
                d.rect(x, yt - 70, w, 70, BOX)
                draw_caption(d, x, yt - 74, w, "Above:", cap["text"], cap["credit"], ft="HI")
            f.block(76 + ch, draw)
        if si == 2:
            ql = break_lines(ex["pullquote"], "HBI", 11.5, f.w - 20, hyphenate=False)
            h = 12 + len(ql) * 14 + 8

            def draw(x, yt, w, ql=ql):
                yy = yt - 14
                d.rect(x, yy - (len(ql) - 1) * 14 - 6, 3, len(ql) * 14 + 4, SAND)
                for ln in ql:
                    d.text(x + 12, yy, "HBI", 11.5, ln, SAND)
                    yy -= 14
            f.space(6)
            f.block(h, draw)
    page_foot(1)
    d.save(f"{OUT}/{ex['name']}.ops.json")
    return d


if __name__ == "__main__":
    which = sys.argv[2:] or ["bell", "bly", "suez"]
    for w in which:
        {"bell": lay_bell, "bly": lay_bly, "suez": lay_suez}[w]()
        ex = {"bell": C.BELL, "bly": C.BLY, "suez": C.SUEZ}[w]
        C.write_gold(ex, OUT + "/..")
        print("laid", w)
