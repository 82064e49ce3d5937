#!/usr/bin/env python3
"""Lay out and paint the four PDFs of set 64 with rustpdf (my own layout, lay.py)."""
import json, os, sys
from lay import Page, Frame, Flow, Style, set_block, block_height, paint, M

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
T = json.load(open(os.path.join(HERE, "texts.json"), encoding="utf-8"))

RED = (0.62, 0.12, 0.10)
NAVY = (0.09, 0.14, 0.30)
GOLD = (0.86, 0.70, 0.28)
TINT = (0.94, 0.92, 0.86)
GREY = (0.35, 0.35, 0.35)
WHITE = (1, 1, 1)
BLACK = (0, 0, 0)
CREATOR = "mk_pdf.py {} (set 64)"
LOG = []


def caption_block(pg, cap, x, ytop, w, size=8.2, credit_size=7.0, pos_font="sans-b"):
    """'Above:' run-in in bold, caption in italic sans, credit on its own line in mono."""
    pos = (cap["position"] + ": ") if cap["position"] else ""
    st = Style("sans-i", size, size * 1.3)
    # the position word is drawn on the first line in bold, then the caption text follows
    pw = M.width(pos_font, size, pos)
    words = cap["text"].split()
    from lay import break_lines
    lines = break_lines(words, st, lambda i: w - pw if i == 0 else w)
    y = ytop
    for i, ln in enumerate(lines):
        base = y - size
        if i == 0 and pos:
            pg.text(pos_font, size, x, base, pos.strip(), BLACK)
            pg.text("sans-i", size, x + pw, base, " ".join(ln), BLACK)
        else:
            pg.text("sans-i", size, x, base, " ".join(ln), BLACK)
        y -= st.lead
    cst = Style("mono", credit_size, credit_size * 1.35, GREY)
    y = set_block(pg, cap["credit"], cst, x, y - 1, w)
    return y


def cap_height(cap, w, size=8.2, credit_size=7.0):
    pos = (cap["position"] + ": ") if cap["position"] else ""
    pw = M.width("sans-b", size, pos)
    from lay import break_lines
    st = Style("sans-i", size, size * 1.3)
    n = len(break_lines(cap["text"].split(), st, lambda i: w - pw if i == 0 else w))
    cst = Style("mono", credit_size, credit_size * 1.35)
    return n * st.lead + 1 + block_height(cap["credit"], cst, w)


def section_paras(flow, sec, body, pid, first_indent=False):
    marks = sec.get("marks")
    for i, p in enumerate(sec["paras"]):
        st = body
        if i == 0 and not first_indent:
            st = Style(body.font, body.size, body.lead, body.color, body.justify, 0, body.hyph)
        flow.para(p, st, pid=f"{pid}-{i+1}", marks=marks)


# ------------------------------------------------------------------ Baskerville
def baskerville():
    ex = T["baskerville_virgil_1757"]
    W, H = 595.3, 841.9
    L, R = 52, 543.3
    CW, G = 237, 17.3
    p1, p2 = Page((W, H)), Page((W, H))
    # running head, verso (folio outer = left)
    p1.text("sans-b", 8.5, L, 806, ex["folios"][0])
    p1.text("serif-i", 9, L + 22, 806, ex["running_head"])
    p1.hline(L, R, 799, lw=0.4)
    p1.text("sans-b", 8, L, 772, ex["kicker"], RED)
    p1.text("serif-b", 28, L, 741, ex["title_lines"][0])
    p1.text("serif-i", 17, L, 717, ex["title_lines"][1], RED)
    y = set_block(p1, ex["intro"], Style("serif", 12.2, 16), L, 704, R - L)
    p1.hline(L, R, y - 6, RED, 0.8)
    p1.picture(L, y - 18 - 150, R - L, 150)  # wide picture without a caption
    top1 = y - 18 - 150 - 14
    body = Style("serif", 11, 14.8, justify=True, indent=12)

    # picture across the top of p. 33, with its caption: written when column 1 of p. 33 is entered
    cap = ex["sections"][1]["caption"]
    pic_top, pic_h = 786, 250
    ch = cap_height(cap, R - L, 8.4)
    top2 = pic_top - pic_h - 8 - ch - 14

    def enter_p2(flow):
        p2.picture(L, pic_top - pic_h, R - L, pic_h)
        caption_block(p2, cap, L, pic_top - pic_h - 8, R - L, 8.4)
        return None

    frames = [
        Frame(p1, L, top1, CW, 128),
        Frame(p1, L + CW + G, top1, CW, 128),
        Frame(p2, L, top2, CW, 58, on_enter=enter_p2),
        Frame(p2, L + CW + G, top2, CW, 58),
    ]
    fl = Flow(frames)
    for si, sec in enumerate(ex["sections"]):
        if si:
            fl.space(9)
        fl.need(44)
        pg, x = fl.f.page, fl.f.x
        base = fl.y - 13
        pg.text("sans-b", 15, x, base - 1, sec["label"], RED)
        pg.text("serif-b", 12.4, x + 17, base, sec["title"])
        fl.space(21)
        marks = [["Hill", "*"]] if si == 0 else None
        for i, p in enumerate(sec["paras"]):
            st = body if i else Style("serif", 11, 14.8, justify=True, indent=0)
            fl.para(p, st, pid=f"bask {sec['label']}-{i+1}", marks=marks if i == 1 else None)
    # column 2 of p. 33 (after the text in the stream): pull quote, table, sidebar
    pg = p2
    x, w = frames[3].x, frames[3].w
    y = top2 + 4 if fl.fi < 3 else fl.y - 10
    pg.hline(x, x + w, y, RED, 1.2)
    y -= 6
    for ln in ex["quote"]:
        pg.text("serif-i", 15, x, y - 15, ln, RED)
        y -= 19
    pg.text("sans", 8, x, y - 10, ex["quote_by"], GREY)
    y -= 20
    pg.hline(x, x + w, y, RED, 1.2)
    y -= 14
    pg.text("sans-b", 8.5, x, y - 8.5, ex["table_title"].upper())
    y -= 14
    for k, v in ex["table"]:
        pg.rect(x, y - 14, 70, 14, fill=(0.86, 0.84, 0.78))
        pg.rect(x, y - 14, w, 14, stroke=(0.6, 0.6, 0.6), lw=0.4)
        pg.text("sans-b", 7.6, x + 4, y - 10, k)
        pg.text("sans", 7.6, x + 76, y - 10, v)
        y -= 14
    y -= 12
    sb = ex["sidebar"]
    sst = Style("sans", 8.6, 11.4)
    bh = 28 + sum(block_height(p, sst, w - 20) for p in sb["paras"]) + 8
    pg.rect(x, y - bh, w, bh, fill=TINT)
    pg.text("sans-b", 11, x + 10, y - 18, sb["title"], RED)
    yy = y - 26
    for p in sb["paras"]:
        yy = set_block(pg, p, sst, x + 10, yy, w - 20)
    if y - bh < 50:
        LOG.append(f"baskerville: sidebar box runs to {y - bh:.0f}")
    # footnote across both columns at the foot of p. 32, then both footers (after the page text)
    p1.hline(L, L + 120, 116, lw=0.4)
    set_block(p1, ex["footnote"], Style("sans", 7.4, 9.4, justify=False), L, 110, R - L)
    p1.centre("sans", 7.5, W / 2, 34, ex["running_foot"], GREY)
    # p. 33 head (recto, folio outer = right) is written after its text
    p2.right("serif-i", 9, R - 22, 806, ex["running_head"])
    p2.right("sans-b", 8.5, R, 806, ex["folios"][1])
    p2.hline(L, R, 799, lw=0.4)
    p2.centre("sans", 7.5, W / 2, 34, ex["running_foot"], GREY)
    LOG.extend(fl.log)
    return [p1, p2], ex


# ------------------------------------------------------------------ Meissen
def meissen():
    ex = T["meissen_porcelain_1710"]
    W, H = 841.9, 1190.6
    L = 70
    TW = W - 2 * L
    G = 38
    CW = (TW - 2 * G) / 3
    pg = Page((W, H))
    pg.rect(0, 985, W, H - 985, fill=NAVY)
    pg.text("sans-b", 13, L, 1140, ex["kicker"], GOLD)
    pg.text("serif-b", 66, L, 1068, ex["title_lines"][0], WHITE)
    pg.text("serif-i", 30, L, 1016, ex["title_lines"][1], WHITE)
    y = set_block(pg, ex["intro"], Style("serif", 17, 23), L, 956, TW)
    top = y - 22
    body = Style("serif", 11.4, 15.2, justify=False, indent=14)
    cap = ex["sections"][1]["caption"]
    pic_h = 170

    def enter2(flow):
        f = flow.f
        pg.picture(f.x, f.ytop - pic_h, f.w, pic_h)
        yb = caption_block(pg, cap, f.x, f.ytop - pic_h - 7, f.w, 9.6, 8.2)
        return yb - 14

    xs = [L, L + CW + G, L + 2 * (CW + G)]
    frames = [Frame(pg, xs[0], top, CW, 372), Frame(pg, xs[1], top, CW, 372, on_enter=enter2),
              Frame(pg, xs[2], top, CW, 372)]
    fl = Flow(frames)
    for si, sec in enumerate(ex["sections"]):
        if si:
            fl.space(14)
        fl.need(60)
        f = fl.f
        base = fl.y - 17
        # section number hanging in the margin / gutter left of the heading
        pg.right("sans-b", 30, f.x - 8, base - 4, sec["label"], RED)
        pg.text("serif-b", 17, f.x, base, sec["title"])
        fl.space(28)
        for i, p in enumerate(sec["paras"]):
            st = body if i else Style("serif", 11.4, 15.2, indent=0)
            fl.para(p, st, pid=f"meissen {sec['label']}-{i+1}")
    # pull quote in column 3 after the text
    f = fl.f
    y = fl.y - 16
    pg.rect(f.x, y - 4, 4, -(len(ex["quote"]) * 27 + 26), fill=GOLD)
    yy = y - 4
    for ln in ex["quote"]:
        pg.text("serif-i", 21, f.x + 14, yy - 21, ln, NAVY)
        yy -= 27
    pg.text("sans", 10, f.x + 14, yy - 12, ex["quote_by"], GREY)
    if yy - 26 < 372:
        LOG.append(f"meissen: quote runs to {yy - 26:.0f}")
    # map panel under columns 1-2 with numbered places and a key
    mx, mw, mtop = L, xs[1] + CW - L, 346
    pg.text("sans-b", 12, mx, mtop - 12, ex["map_title"].upper(), NAVY)
    mh = 170
    mb = mtop - 20 - mh
    pg.rect(mx, mb, mw, mh, fill=(0.80, 0.80, 0.78))
    pg.rect(mx + 170, mb + 20, 8, mh - 40, fill=(0.70, 0.76, 0.84))  # the Elbe, a band
    spots = [(0.38, 0.42), (0.30, 0.72), (0.16, 0.55), (0.08, 0.18)]
    for n, (fx, fy) in enumerate(spots, 1):
        cx, cy = mx + mw * fx + 40, mb + mh * fy
        pg.rect(cx - 8, cy - 8, 16, 16, fill=NAVY)
        pg.centre("sans-b", 10, cx, cy - 3.6, str(n), WHITE)
    ky = mb - 14
    for n, k in enumerate(ex["map_key"], 1):
        col = (n - 1) // 2
        row = (n - 1) % 2
        kx = mx + col * (mw / 2)
        pg.text("sans-b", 10, kx, ky - row * 15 - 10, str(n), RED)
        pg.text("sans", 10, kx + 14, ky - row * 15 - 10, k)
    # sidebar box under column 3
    sb = ex["sidebar"]
    sx, sw_ = xs[2], CW
    sst = Style("sans", 11, 15)
    bh = 40 + sum(block_height(p, sst, sw_ - 24) for p in sb["paras"]) + 10
    stop = min(mtop, yy - 40)
    pg.rect(sx, stop - bh, sw_, bh, fill=TINT)
    pg.rect(sx, stop - 5, sw_, 5, fill=NAVY)
    pg.text("sans-b", 14, sx + 12, stop - 28, sb["title"], NAVY)
    yy = stop - 40
    for p in sb["paras"]:
        yy = set_block(pg, p, sst, sx + 12, yy, sw_ - 24)
    pg.hline(L, W - L, 52, NAVY, 0.8)
    pg.centre("sans", 10, W / 2, 36, ex["running_foot"], GREY)
    LOG.extend(fl.log)
    return [pg], ex


# ------------------------------------------------------------------ Stradivari
def stradivari():
    ex = T["stradivari_messiah_1716"]
    W, H = 841.9, 595.3
    L, CW = 40, 282
    CX = W / 2
    RX = W - 40 - CW
    p1, p2 = Page((W, H)), Page((W, H))
    p1.text("sans-b", 8, L, 562, ex["kicker"], RED)
    p1.text("serif-b", 30, L, 530, ex["title_lines"][0])
    p1.text("serif-i", 16, L, 507, ex["title_lines"][1], RED)
    y = set_block(p1, ex["intro"], Style("serif-i", 14.5, 19), L, 494, W - 2 * L)
    p1.hline(L, W - L, y - 5, RED, 0.8)
    top1 = y - 16
    body = Style("serif", 12.2, 16.2, justify=True, indent=11)
    tl = ex["timeline"]

    def timeline(pg, entries, ytop, ybot):
        pg.rect(CX - 0.75, ybot, 1.5, ytop - ybot, fill=RED)
        step = (ytop - ybot) / len(entries)
        for i, (yr, txt) in enumerate(entries):
            yc = ytop - step * i - 14
            pg.rect(CX - 4, yc - 4, 8, 8, fill=RED)
            side = -1 if i % 2 == 0 else 1
            if side < 0:
                pg.right("sans-b", 11, CX - 10, yc - 4, yr, RED)
                set_block(pg, txt, Style("sans", 7.6, 9.4, hyph=False), CX - 72, yc - 8, 62)
            else:
                pg.text("sans-b", 11, CX + 10, yc - 4, yr, RED)
                set_block(pg, txt, Style("sans", 7.6, 9.4, hyph=False), CX + 10, yc - 8, 62)

    def enter_right1(flow):
        timeline(p1, tl[:4], top1, 50)
        # a picture without a caption heads the right column of p. 1
        p1.picture(RX, top1 - 178, CW, 178)
        return top1 - 178 - 14

    done = []

    def enter_right2(flow):
        draw_caption()
        timeline(p2, tl[4:], 555, 50)
        done.append(1)
        return None

    # the caption of II, at the foot of the left column of p. 2, its credit on the footer baseline
    cap = ex["sections"][1]["caption"]
    FOOT = 24
    pic_w, pic_h = 92, 118
    capx, capw = L + pic_w + 10, CW - pic_w - 10
    chh = cap_height(cap, capw, 8, 6.3)

    def draw_caption():
        p2.picture(L, FOOT - 2, pic_w, pic_h)
        # the block is set so that its last line sits on the footer baseline
        caption_block(p2, cap, capx, FOOT + chh - 6.3 * 1.35 + 6.3, capw, 8, 6.3)

    frames = [
        Frame(p1, L, top1, CW, 50),
        Frame(p1, RX, top1, CW, 50, on_enter=enter_right1),
        Frame(p2, L, 555, CW, FOOT + pic_h + 14),
        Frame(p2, RX, 555, CW, 60, on_enter=enter_right2),
    ]
    fl = Flow(frames)
    for si, sec in enumerate(ex["sections"]):
        if si:
            fl.space(10)
        fl.need(48)
        pg, x = fl.f.page, fl.f.x
        pg.text("sans-b", 7.8, x, fl.y - 8, sec["label"].upper(), RED)
        pg.text("serif-b", 13.5, x, fl.y - 25, sec["title"])
        fl.space(33)
        for i, p in enumerate(sec["paras"]):
            st = body if i else Style("serif", 12.2, 16.2, justify=True, indent=0)
            fl.para(p, st, pid=f"strad {sec['label']}-{i+1}")
    pg, x, w = p2, RX, CW
    if not done:
        # the text ended in the left column: caption and timeline follow it, the right column
        # of p. 2 holds only the table and the sidebar
        enter_right2(fl)
        y = 555
    else:
        y = fl.y - 12
    pg.text("sans-b", 8.2, x, y - 8, ex["table_title"].upper(), RED)
    y -= 13
    for k, v in ex["table"]:
        pg.rect(x, y - 13, 64, 13, fill=(0.90, 0.86, 0.80))
        pg.rect(x, y - 13, w, 13, stroke=(0.6, 0.6, 0.6), lw=0.4)
        pg.text("sans-b", 7.6, x + 4, y - 9.4, k)
        pg.text("sans", 7.6, x + 70, y - 9.4, v)
        y -= 13
    y -= 12
    sb = ex["sidebar"]
    sst = Style("serif", 9.2, 12)
    bh = 30 + sum(block_height(p, sst, w - 20) for p in sb["paras"]) + 6
    pg.rect(x, y - bh, w, bh, stroke=RED, lw=1.2)
    pg.text("sans-b", 10.5, x + 10, y - 18, sb["title"], RED)
    yy = y - 26
    for p in sb["paras"]:
        yy = set_block(pg, p, sst, x + 10, yy, w - 20)
    if y - bh < 40:
        LOG.append(f"strad: sidebar to {y - bh:.0f}")
    for pg, n in ((p1, ex["folios"][0]), (p2, ex["folios"][1])):
        pg.centre("sans", 7.8, CX, FOOT, ex["running_foot"], GREY)
        pg.right("sans-b", 8.5, W - L, FOOT, n)
    LOG.extend(fl.log)
    return [p1, p2], ex


# ------------------------------------------------------------------ Mendelssohn
def mendelssohn():
    ex = T["mendelssohn_matthew_passion_1829"]
    W, H = 419.5, 595.3
    L = 44
    TW = W - 2 * L
    p1, p2 = Page((W, H)), Page((W, H))
    for pg in (p1, p2):
        pg.centre("sans", 7.2, W / 2, 572, ex["running_head"], GREY)
        pg.hline(L, W - L, 566, GREY, 0.3)
    p1.text("sans-b", 7.4, L, 546, ex["kicker"], RED)
    p1.text("serif-b", 21, L, 523, ex["title_lines"][0])
    p1.text("serif-i", 12.5, L, 505, ex["title_lines"][1], RED)
    y = set_block(p1, ex["intro"], Style("serif-i", 10.2, 13.2), L, 495, TW)
    top1 = y - 10
    body = Style("serif", 9.5, 12.4, justify=True, indent=10)
    cap = ex["sections"][1]["caption"]
    pic_h = 92

    def enter2(flow):
        p2.picture(L, 556 - pic_h, TW, pic_h)
        yb = caption_block(p2, cap, L, 556 - pic_h - 6, TW, 7.8, 6.6)
        return yb - 8

    nst = Style("sans", 6.8, 8.6)
    notes_h = sum(block_height(n, nst, TW) for n in ex["notes"])
    frames = [Frame(p1, L, top1, TW, 46 + notes_h + 8), Frame(p2, L, 556, TW, 44, on_enter=enter2)]
    fl = Flow(frames)
    for si, sec in enumerate(ex["sections"]):
        fl.space(7 if si else 0)
        fl.need(40)
        pg = fl.f.page
        pg.text("sans-b", 6.8, L, fl.y - 7, sec["kicker"], RED)
        pg.text("serif-b", 11.5, L, fl.y - 21, sec["label"], RED)
        pg.text("serif-b", 11.5, L + 24, fl.y - 21, sec["title"])
        fl.space(27)
        for i, p in enumerate(sec["paras"]):
            st = body if i else Style("serif", 9.5, 12.4, justify=True, indent=0)
            marks = sec.get("marks") if si == 0 else None
            fl.para(p, st, pid=f"mend {sec['label']}-{i+1}", marks=marks)
        if si == 0:
            # block quotation in large type between 4.1 and 4.2, attribution on its own line
            fl.need(62)
            pg = fl.f.page
            y = fl.y - 8
            for ln in ex["quote"]:
                pg.text("serif-i", 13.5, L + 18, y - 13.5, ln, RED)
                y -= 16.5
            pg.text("sans", 7.6, L + 18, y - 9, ex["quote_by"], GREY)
            fl.y = y - 18
    pg = fl.f.page
    y = fl.y - 6
    pg.text("sans-b", 7.2, L, y - 7, ex["table_title"].upper(), RED)
    y -= 11
    for k, v in ex["table"]:
        pg.rect(L, y - 12, 62, 12, fill=(0.90, 0.88, 0.82))
        pg.rect(L, y - 12, TW, 12, stroke=(0.6, 0.6, 0.6), lw=0.4)
        pg.text("sans-b", 7.2, L + 4, y - 8.6, k)
        pg.text("sans", 7.2, L + 68, y - 8.6, v)
        y -= 12
    y -= 9
    sb = ex["sidebar"]
    sst = Style("sans", 8, 10.4)
    bh = 25 + sum(block_height(p, sst, TW - 20) for p in sb["paras"]) + 5
    pg.rect(L, y - bh, TW, bh, fill=TINT)
    pg.text("sans-b", 9.5, L + 10, y - 15, sb["title"], RED)
    yy = y - 21
    for p in sb["paras"]:
        yy = set_block(pg, p, sst, L + 10, yy, TW - 20)
    if y - bh < 36:
        LOG.append(f"mend: sidebar to {y - bh:.0f}")
    # notes at the foot of p. 6, then the folios
    p1.hline(L, L + 80, 44 + notes_h + 4, lw=0.4)
    yy = 44 + notes_h
    for n in ex["notes"]:
        yy = set_block(p1, n, nst, L, yy, TW)
    p1.text("sans-b", 8, L, 24, ex["folios"][0])
    p2.right("sans-b", 8, W - L, 24, ex["folios"][1])
    LOG.extend(fl.log)
    return [p1, p2], ex


def main():
    which = sys.argv[1:] or ["baskerville", "meissen", "stradivari", "mendelssohn"]
    names = {"baskerville": "baskerville_virgil_1757", "meissen": "meissen_porcelain_1710",
             "stradivari": "stradivari_messiah_1716", "mendelssohn": "mendelssohn_matthew_passion_1829"}
    for w in which:
        pages, ex = globals()[w]()
        name = names[w]
        paint(pages, os.path.join(OUT, name + ".pdf"), " ".join(ex["title_lines"]), CREATOR.format(name))
    print("\n".join(LOG))
    with open(os.path.join(HERE, "layout_log.txt"), "w") as f:
        f.write("\n".join(LOG) + "\n")


if __name__ == "__main__":
    main()
