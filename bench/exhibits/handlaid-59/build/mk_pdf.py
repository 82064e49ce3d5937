# -*- coding: utf-8 -*-
"""Four PDFs of set 59: my layout (lay.py) written as SVG pages, converted by rsvg-convert."""
import os, subprocess, sys
from lay import Doc, Flow, tokens, width
from content import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SVG = os.path.join(HERE, "svg")
os.makedirs(SVG, exist_ok=True)

RED, NAVY, GREY, INK = "#a3242b", "#1d2b4f", "#6b6b6b", "#1a1a1a"


def cap_tokens(c, font="sans", bold="sansB"):
    t = []
    if c["position"]:
        t.append((c["position"] + ":", bold))
    t += tokens(c["text"], font)
    return t


def draw_caption(d, p, x, y, w, c, size=8.5, lead=11):
    y = d.block(p, x, y + size, w, cap_tokens(c), size, lead, justify=False)
    y = d.block(p, x, y, w, tokens(c["credit"], "sansI"), size - 1, lead - 1.5, justify=False)
    return y - size


def caption_height(w, c, size=8.5, lead=11):
    from lay import Breaker
    h = 0
    for toks, sz, ld in ((cap_tokens(c), size, lead), (tokens(c["credit"], "sansI"), size - 1, lead - 1.5)):
        b = Breaker(toks, sz)
        while not b.done():
            b.next_line(w)
            h += ld
    return h


def para_tokens(text, font="serif", marks=None):
    """marks: {word_index_text: supnumber} glued after the word whose text matches."""
    t = []
    for w in text.split():
        t.append((w, font))
        if marks and w in marks:
            t.append((marks.pop(w), "sup"))
    return t


def pdftotext(name):
    subprocess.run(["pdftotext", "-raw", os.path.join(OUT, name + ".pdf"), os.path.join(OUT, name + ".txt")], check=True)


# =========================================================== 1 Lind: A4 catalogue pages 18-19
def lind():
    name = "lind_scurvy_1747"
    e = EX[name]
    W, H = 595.28, 841.89
    d = Doc(name, W, H, 210, 297)
    p1, p2 = d.page(), d.page()
    L, R = 50, 545
    for p, folio in ((p1, "18"), (p2, "19")):
        d.text(p, W / 2, 40, e["running"][0], "serifI", 9.5, fill=GREY, anchor="middle")
        d.line(p, L, 47, R, 47, col="#999", sw=0.5)
        d.line(p, L, 800, R, 800, col="#999", sw=0.5)
        if p == p1:
            d.text(p, L, 814, folio, "sansB", 9)
            d.text(p, R, 814, e["running"][1], "sans", 7.5, fill=GREY, anchor="end")
        else:
            d.text(p, L, 814, e["running"][1], "sans", 7.5, fill=GREY)
            d.text(p, R, 814, folio, "sansB", 9, anchor="end")
    d.text(p1, L, 82, "GALLERY 5 · MEDICINE AT SEA", "sansB", 8, fill=RED, ls="1")
    d.text(p1, L, 118, e["title_lines"][0], "serifB", 31)
    d.text(p1, L, 146, e["title_lines"][1], "serifI", 19, fill=RED)
    y = d.block(p1, L, 176, R - L, tokens(e["intro"], "sans"), 12, 16.5)
    d.line(p1, L, y - 4, R, y - 4, col=RED, sw=1.2)
    top = y + 12
    cw, gx = 236, 23
    x2 = L + cw + gx
    frames = [(p1, L, top, 742, cw), (p1, x2, top, 742, cw), (p2, L, 66, 790, cw)]
    f = Flow(d, frames)
    size, lead = 11.8, 16

    secs = e["sections"]

    def head(sec):
        if not f.room(lead * 4 + 24):
            f.next_frame()
        f.space(6)
        p, x, yy, _, w = f.fr
        d.text(p, x, f.y + 15, sec["label"], "serifB", 19, fill=RED)
        d.text(p, x + 18, f.y + 15, sec["title"], "serifB", 12.5)
        f.space(24)

    # picture + caption of section 2 at the head of column 2 (interrupts 2-1)
    def pic_top(fl):
        c = secs[1]["caption"]
        p, x, yy, _, w = fl.fr
        d.picture(p, x, fl.y, w, 150)
        h = draw_caption(d, p, x, fl.y + 156, w, c)
        fl.y = h + 16
    f.hooks = {1: pic_top}

    head(secs[0])
    for k, ptxt in enumerate(secs[0]["paras"]):
        f.para(para_tokens(ptxt), size, lead, indent=0 if k == 0 else 12, tag=f"1-{k+1}")
    head(secs[1])
    marks = {"day,": "1"}
    for k, ptxt in enumerate(secs[1]["paras"]):
        f.para(para_tokens(ptxt, marks=marks if k == 1 else None), size, lead, indent=0 if k == 0 else 12, tag=f"2-{k+1}")
    head(secs[2])
    f.para(para_tokens(secs[2]["paras"][0]), size, lead, tag="3-1")
    # pull quote between 3-1 and 3-2
    def pq(p, x, yy, w):
        d.line(p, x, yy + 2, x + w, yy + 2, col=RED, sw=1)
        yb = d.block(p, x + 6, yy + 20, w - 12, tokens("“The most sudden and visible good effects were perceived from the use of the oranges and lemons.”", "serifI"), 13.5, 17, hyph=False, fill=RED)
        d.text(p, x + w - 6, yb + 2, "James Lind, 1753", "sans", 8, fill=GREY, anchor="end")
        d.line(p, x, yb + 10, x + w, yb + 10, col=RED, sw=1)
    f.space(6)
    f.fixed(100, pq, gap_after=8)
    f.para(para_tokens(secs[2]["paras"][1]), size, lead, indent=0, tag="3-2")
    d.log.append(f"lind: main flow ends in frame {f.fi} at y={f.y:.0f}")
    # footnote at the foot of page 18, column 2
    d.line(p1, x2, 752, x2 + 60, 752, col="#777", sw=0.5)
    d.block(p1, x2, 764, cw, [("1", "sansB")] + tokens("An old English quart, a little more than a litre.", "sans"), 7.5, 10)

    # column 2 of page 19: table, picture with caption, sidebar
    x, y = x2, 66
    d.text(p2, x, y + 10, "The six pairs", "sansB", 10, fill=RED)
    y += 18
    rows = [("Pair", "Extra each day"), ("1", "Cider, one quart"), ("2", "Elixir of vitriol, 25 drops three times"),
            ("3", "Vinegar, two spoonfuls three times"), ("4", "Seawater, half a pint"),
            ("5", "Paste of garlic, mustard seed and horseradish"), ("6", "Two oranges and one lemon")]
    for i, (a, b) in enumerate(rows):
        rh = 24 if width(b, "sans", 8.5) > cw - 50 else 15
        d.rect(p2, x, y, 36, rh, fill="#efe2d8" if i else "#d9c3b3", stroke="#9b7d6a", sw=0.5)
        d.rect(p2, x + 36, y, cw - 36, rh, fill="#ffffff" if i else "#d9c3b3", stroke="#9b7d6a", sw=0.5)
        d.text(p2, x + 6, y + 10.5, a, "sansB", 8.5)
        d.block(p2, x + 42, y + 10.5, cw - 48, tokens(b, "sansB" if i == 0 else "sans"), 8.5, 10)
        y += rh
    y += 18
    d.picture(p2, x, y, cw, 150)
    y = draw_caption(d, p2, x, y + 156, cw, secs[2]["caption"]) + 20
    st, sp = e["sidebar"]
    sh = d.measure(cw - 24, tokens(sp[0], "sans"), 9.5, 13) + 44
    sy = 790 - sh
    d.rect(p2, x, sy, cw, sh, fill="#f3e9cf")
    d.text(p2, x + 12, sy + 22, st, "sansK", 12, fill=NAVY)
    d.block(p2, x + 12, sy + 40, cw - 24, tokens(sp[0], "sans"), 9.5, 13)
    d.log.append(f"lind: p19 col2 content ends at {y:.0f}, sidebar starts {sy:.0f}")
    d.write(SVG, os.path.join(OUT, name + ".pdf"))
    pdftotext(name)
    return d


# =========================================================== 2 Vesalius: A3 landscape wall panel
def vesalius():
    name = "vesalius_fabrica_1543"
    e = EX[name]
    W, H = 1190.55, 841.89
    d = Doc(name, W, H, 420, 297)
    p = d.page()
    # vertical title band up the left edge
    d.rect(p, 0, 0, 120, H, fill="#3b2a22")
    d.text(p, 70, H - 50, e["title_lines"][0], "serifB", 40, fill="#ffffff", transform=f"rotate(-90 70 {H - 50})")
    d.text(p, 104, H - 50, e["title_lines"][1], "serifI", 22, fill="#e8c98f", transform=f"rotate(-90 104 {H - 50})")
    # running line at top, footer at foot
    d.text(p, 150, 40, e["running"][0], "sansB", 9, fill="#7a5a44", ls="0.8")
    d.line(p, 150, 50, W - 40, 50, col="#7a5a44", sw=0.6)
    d.line(p, 150, 800, W - 40, 800, col="#7a5a44", sw=0.6)
    d.text(p, W - 40, 818, e["running"][1], "sans", 8.5, fill=GREY, anchor="end")
    cols, gx = 4, 24
    x0, x1 = 150, W - 40
    cw = (x1 - x0 - gx * (cols - 1)) / cols
    xs = [x0 + i * (cw + gx) for i in range(cols)]
    # intro across columns 1-2 in larger italic
    y = d.block(p, xs[0], 92, 2 * cw + gx, tokens(e["intro"], "serifI"), 17, 22.5)
    frames = [(p, xs[0], y + 10, 786, cw), (p, xs[1], y + 10, 786, cw), (p, xs[2], 72, 786, cw), (p, xs[3], 72, 786, cw)]
    f = Flow(d, frames)
    size, lead = 12.2, 16.6
    secs = e["sections"]

    def head(sec):
        if not f.room(lead * 4 + 40):
            f.next_frame()
        if f.y > f.fr[2] + 1:
            f.space(10)
        pp, x, _, _, w = f.fr
        cx, cy = x + 15, f.y + 15
        d.add(pp, f'<circle cx="{cx}" cy="{cy:.2f}" r="15" fill="#7a5a44"/>')
        d.text(pp, cx, cy + 6.5, sec["label"], "sansK", 17, fill="#ffffff", anchor="middle")
        d.block(pp, x + 38, f.y + 20, w - 38, tokens(sec["title"], "sansB"), 14, 17)
        f.space(42)

    head(secs[0])
    for k, t in enumerate(secs[0]["paras"]):
        f.space(0 if k == 0 else 6)
        f.para(tokens(t, "serif"), size, lead, justify=False, tag=f"A-{k+1}")
    head(secs[1])
    # B-1 interrupted mid-sentence by the picture with its Right: caption beside it
    b = f.para(tokens(secs[1]["paras"][0], "serif"), size, lead, justify=False, tag="B-1", max_lines=5)

    def figB(pp, x, yy, w):
        cwid = w * 0.42
        d.picture(pp, x + cwid + 8, yy + 4, w - cwid - 8, 170)
        draw_caption(d, pp, x, yy + 4, cwid, secs[1]["caption"], size=9, lead=11.8)
    f.space(4)
    f.fixed(180, figB, gap_after=8)
    f.para(None, size, lead, justify=False, tag="B-1b", breaker=b)
    f.space(6)
    f.para(tokens(secs[1]["paras"][1], "serif"), size, lead, justify=False, tag="B-2")

    # box quote
    def quote(pp, x, yy, w):
        d.rect(pp, x, yy, w, 112, fill="#efe4d4")
        yb = d.block(pp, x + 14, yy + 30, w - 28, tokens("“Look closely: the muscle men walk through one landscape that runs on from plate to plate.”", "serifI"), 15, 19.5, hyph=False, fill="#5a3b28")
    f.space(10)
    f.fixed(112, quote, gap_after=14)
    head(secs[2])
    for k, t in enumerate(secs[2]["paras"]):
        f.space(0 if k == 0 else 6)
        f.para(tokens(t, "serif"), size, lead, justify=False, tag=f"C-{k+1}")
    f.space(12)

    def figC(pp, x, yy, w):
        d.picture(pp, x, yy, w, 230)
        draw_caption(d, pp, x, yy + 236, w, secs[2]["caption"], size=9, lead=11.8)
    f.next_frame()
    f.fixed(200, figC, gap_after=10)
    d.log.append(f"vesalius: flow ends frame {f.fi} y={f.y:.0f}")
    # sidebar: a box turned by a few degrees at the foot of column 4
    st, sp = e["sidebar"]
    bw = cw - 10
    sh = d.measure(bw - 28, tokens(sp[0], "sans"), 10.5, 14) + 50
    bx, by = xs[3] + 5, 780 - sh
    g = [f'<g transform="rotate(-3 {bx + bw / 2:.1f} {by + sh / 2:.1f})">']
    d.add(p, "\n".join(g))
    d.rect(p, bx, by, bw, sh, fill="#f6e7b4", stroke="#7a5a44", sw=0.8)
    d.text(p, bx + 14, by + 26, st, "sansK", 13, fill="#3b2a22")
    d.block(p, bx + 14, by + 46, bw - 28, tokens(sp[0], "sans"), 10.5, 14)
    d.add(p, "</g>")
    d.log.append(f"vesalius: sidebar top {by:.0f}")
    d.write(SVG, os.path.join(OUT, name + ".pdf"))
    pdftotext(name)
    return d


# =========================================================== 3 Eddington: bi-fold leaflet, sheets 4|1 and 2|3
def eddington():
    name = "eddington_eclipse_1919"
    e = EX[name]
    W, H = 841.89, 595.28
    d = Doc(name, W, H, 297, 210)
    s1, s2 = d.page(), d.page()
    half = W / 2
    m = 38
    secs = e["sections"]
    for s in (s1, s2):
        d.line(s, half, 10, half, H - 10, col="#aaaaaa", sw=0.4, dash="3 3")

    def footer(s, ox, folio, outer_right):
        d.text(s, ox + m, H - 24, e["running"][0], "sans", 7.5, fill=GREY)
        d.text(s, ox + half - m, H - 24, folio, "sansB", 8.5, anchor="end")

    # --- sheet 1, left half = page 4 (back), drawn first
    ox = 0
    st, sp = e["sidebar"]
    sbh = d.measure(half - 2 * m - 28, tokens(sp[0], "sans"), 10.5, 14.5) + 52
    d.rect(s1, ox + m, 60, half - 2 * m, sbh, fill="#e9edf6")
    d.text(s1, ox + m + 14, 88, st, "sansK", 14, fill=NAVY)
    d.block(s1, ox + m + 14, 112, half - 2 * m - 28, tokens(sp[0], "sans"), 10.5, 14.5)
    y = 300
    d.text(s1, ox + m, y, "Visiting", "sansB", 10, fill=NAVY)
    for i, ln in enumerate(["Eclipse Room, first floor, open daily 10.00–17.00",
                            "Planetarium shows at 11.30 and 15.00",
                            "Step-free access from the garden entrance"]):
        d.text(s1, ox + m, y + 18 + i * 14, ln, "sans", 9)
    footer(s1, ox, "4", False)
    # --- sheet 1, right half = page 1 (cover)
    ox = half
    d.rect(s1, ox, 0, half, 210, fill="#0f1733")
    d.add(s1, f'<circle cx="{ox + half - 95:.1f}" cy="105" r="52" fill="#0f1733" stroke="#f4d58d" stroke-width="5"/>')
    d.text(s1, ox + m, 56, "OBSERVATORY HOUSE", "sansB", 8.5, fill="#f4d58d", ls="2")
    d.text(s1, ox + m, 118, e["title_lines"][0].split(" by ")[0] + " by", "serifB", 30, fill="#ffffff")
    d.text(s1, ox + m, 152, "the Sun", "serifB", 30, fill="#ffffff")
    d.text(s1, ox + m, 240, e["title_lines"][1], "serifI", 18, fill=NAVY)
    y = d.block(s1, ox + m, 272, half - 2 * m, tokens(e["intro"], "serif"), 12.5, 17.5)
    d.picture(s1, ox + m, y + 6, half - 2 * m, H - 40 - (y + 6))
    # --- sheet 2: pages 2 and 3
    size, lead = 12.4, 17.2
    frames = [(s2, m, 48, H - 44, half - 2 * m), (s2, half + m, 48, H - 44, half - 2 * m)]
    f = Flow(d, frames)
    footer(s2, 0, "2", False)
    footer(s2, half, "3", True)

    def head(sec):
        if not f.room(lead * 3 + 30):
            f.next_frame()
        if f.y > f.fr[2] + 1:
            f.space(8)
        pp, x, _, _, w = f.fr
        d.rect(pp, x, f.y, 20, 20, fill=NAVY)
        d.text(pp, x + 10, f.y + 15, sec["label"], "sansK", 13, fill="#f4d58d", anchor="middle")
        d.text(pp, x + 28, f.y + 15.5, sec["title"], "serifB", 14, fill=NAVY)
        f.space(28)

    for si, sec in enumerate(secs):
        head(sec)
        for k, t in enumerate(sec["paras"]):
            f.para(tokens(t, "serif"), size, lead, justify=True, indent=0 if k == 0 else 11, tag=f"{sec['label']}-{k+1}")
        if sec["caption"]:
            c = sec["caption"]
            pw = 150

            def fig(pp, x, yy, w):
                d.picture(pp, x, yy, pw, 110)
                draw_caption(d, pp, x + pw + 10, yy, w - pw - 10, c, size=8.5, lead=11)
            f.space(8)
            f.fixed(114, fig)
    d.log.append(f"eddington: flow ends frame {f.fi} y={f.y:.0f}")
    d.write(SVG, os.path.join(OUT, name + ".pdf"))
    pdftotext(name)
    return d


# =========================================================== 4 Leavitt: A4, text column + sidenote margin
def leavitt():
    name = "leavitt_cepheids_1912"
    e = EX[name]
    W, H = 595.28, 841.89
    d = Doc(name, W, H, 210, 297)
    p1, p2 = d.page(), d.page()
    TX, TW = 56, 318
    MX, MW = 396, 150
    for p, folio in ((p1, "7"), (p2, "8")):
        d.text(p, TX, 36, e["running"][0].upper(), "sansB", 7.5, fill=GREY, ls="0.6")
        d.text(p, MX + MW, 36, folio, "sansB", 9, anchor="end")
        d.line(p, TX, 42, MX + MW, 42, col="#bbbbbb", sw=0.4)
        d.text(p, TX, 818, e["running"][1], "sansI", 7.5, fill=GREY)
    d.text(p1, TX, 80, "Gallery Notes · Measuring Distance", "sansI", 9, fill=RED)
    d.text(p1, TX, 116, e["title_lines"][0], "sansK", 30, fill=NAVY)
    y = d.block(p1, TX, 142, MX + MW - TX, tokens(e["title_lines"][1], "serifI"), 17, 21)
    y = d.block(p1, TX, y + 8, TW, tokens(e["intro"], "serifB"), 11, 15)
    frames = [(p1, TX, y + 6, 772, TW), (p2, TX, 62, 800, TW)]
    f = Flow(d, frames)
    size, lead = 11.4, 16.2
    secs = e["sections"]
    notes = []

    def head(sec):
        if not f.room(lead * 3 + 30):
            f.next_frame()
        f.space(12)
        pp, x, _, _, w = f.fr
        d.text(pp, x - 6, f.y + 12, sec["label"], "serifB", 13, fill=RED, anchor="end")
        d.text(pp, x, f.y + 12, sec["title"], "sansB", 12.5, fill=NAVY)
        f.space(20)

    sidenotes = {
        "Peru,": ("1", "Arequipa stands at about 2,300 metres in the Andes, above much of the haze and cloud of the coast."),
        "Cloud.": ("2", "The circular went out under Pickering's name, though it says that the statement was prepared by Miss Leavitt."),
    }

    def para_with_notes(text, tag, indent):
        toks = []
        for w in text.split():
            toks.append((w, "serif"))
            if w in sidenotes and sidenotes[w][0] not in [n[0] for n in notes]:
                toks.append((sidenotes[w][0], "sup"))
                notes.append((sidenotes[w][0], sidenotes[w][1], tag))
        # place line by line so we know where a mark falls
        from lay import Breaker
        b = Breaker(toks, size)
        first = True
        start = f.fi
        while not b.done():
            if not f.room(lead):
                f.next_frame()
            pp, x, _, _, w = f.fr
            ind = indent if first else 0
            pieces, last = b.next_line(w - ind)
            d.draw_line(pp, x + ind, f.y + size * 0.8, pieces, size, w - ind, not last)
            for wd, fo in pieces:
                if fo == "sup":
                    n = [nn for nn in notes if nn[0] == wd][0]
                    yb = d.block(pp, MX, f.y + 8, MW, [(wd, "sansB")] + tokens(n[1], "sans"), 7.8, 10.4, hyph=False, fill="#444")
            f.y += lead
            first = False
        if f.fi != start:
            d.log.append(f"leavitt: paragraph {tag} crosses the page")

    for si, sec in enumerate(secs):
        head(sec)
        for k, t in enumerate(sec["paras"]):
            para_with_notes(t, f"{sec['label']}-{k+1}", 0 if k == 0 else 14)
            if si == 1 and k == 0:
                c = sec["caption"]

                def fig(pp, x, yy, w):
                    d.picture(pp, x, yy, w, 96)
                    draw_caption(d, pp, MX, yy + 40, MW, c, size=8, lead=10.6)
                f.space(8)
                f.fixed(98, fig, gap_after=10)
        if si == 0:
            pass
    # table with labels in cells, after section III
    f.space(10)
    rows = [("Stars with periods", "25"), ("Shortest period", "about 1¼ days"), ("Longest period", "127 days"),
            ("Plates from", "Arequipa, Peru")]

    def table(pp, x, yy, w):
        d.text(pp, x, yy + 10, "The 1912 sample", "sansB", 9.5, fill=RED)
        for i, (a, b) in enumerate(rows):
            ry = yy + 16 + i * 16
            d.rect(pp, x, ry, 130, 16, fill="#e3e8f2", stroke="#8a97b4", sw=0.5)
            d.rect(pp, x + 130, ry, w - 130, 16, fill="#ffffff", stroke="#8a97b4", sw=0.5)
            d.text(pp, x + 6, ry + 11.5, a, "sansB", 8.5)
            d.text(pp, x + 136, ry + 11.5, b, "sans", 8.5)
    f.fixed(16 + 16 * len(rows), table, gap_after=16)
    st, sp = e["sidebar"]
    sh = d.measure(TW - 24, tokens(sp[0], "sans"), 9.5, 13) + 40

    def side(pp, x, yy, w):
        d.rect(pp, x, yy, w, sh, fill="none", stroke=NAVY, sw=1.2)
        d.text(pp, x + 12, yy + 20, st, "sansB", 11, fill=NAVY)
        d.block(pp, x + 12, yy + 38, w - 24, tokens(sp[0], "sans"), 9.5, 13)
    f.fixed(sh, side)
    d.log.append(f"leavitt: flow ends frame {f.fi} y={f.y:.0f}")
    d.write(SVG, os.path.join(OUT, name + ".pdf"))
    pdftotext(name)
    return d


if __name__ == "__main__":
    which = sys.argv[1:] or ["lind", "vesalius", "eddington", "leavitt"]
    for w in which:
        d = globals()[w]()
        for l in d.log:
            print("  ", l)
