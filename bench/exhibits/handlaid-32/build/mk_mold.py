"""Mold cape: an A3 landscape label rail. Left: kicker, title, intro, tinted sidebar.
Right: a 3 x 2 grid of object labels, each with a number tab, a picture, a caption
with the accession number under it, and the label text."""
import os
from layout import Doc, Flow, width, break_lines, words_of
from common import gold, write_gold, BUILD, BLACK, GREY, RED

C = __import__("content").MOLD
W, H = 1190.55, 841.89
M = 40.0
GOLD = (0.55, 0.42, 0.1)


def build():
    name = C["name"]
    title = " ".join(C["title_lines"])
    doc = Doc(W, H, title=title)
    lw = 300.0
    # left column
    y = H - M - 10
    doc.spaced(M, y, C["kicker"], "SB", 10, GOLD, tc=2.2)
    y -= 46
    for t in C["title_lines"]:
        f = Flow(doc, [(0, M, y + 30, lw, 0)])
        f.para([(t, "B", 30 if t == C["title_lines"][0] else 21, BLACK)], lead=34 if t == C["title_lines"][0] else 26, space_after=0, hyphenate=False)
        y = f.y - 30
    y += 14
    doc.line(M, y, M + lw, y, GOLD, 2)
    f = Flow(doc, [(0, M, y - 10, lw, 0)])
    f.para([(C["intro"], "I", 14, BLACK)], lead=19, space_after=0)
    # sidebar box
    st, sp = C["sidebar"]
    bt = f.y - 30
    start = len(doc.ops)
    f2 = Flow(doc, [(0, M + 12, bt - 12, lw - 24, 0)])
    f2.para([(st, "SB", 12, GOLD)], lead=15, space_after=4, hyphenate=False)
    for p in sp:
        f2.para([(p, "S", 10.5, BLACK)], lead=14, space_after=2)
    bh = bt - f2.y + 6
    doc.ops.insert(start, ["rect", M, round(bt - bh, 2), lw, round(bh, 2), [0.97, 0.93, 0.82], None, 0])
    # grid
    gx0 = M + lw + 36
    cols, rows = 3, 2
    gg = 22.0
    cw = (W - M - gx0 - (cols - 1) * gg) / cols
    ch = (H - 2 * M - 30 - gg) / rows
    for k, (num, otitle, text, cap) in enumerate(C["labels"]):
        r, c = divmod(k, cols)
        x = gx0 + c * (cw + gg)
        top = H - M - r * (ch + gg)
        doc.line(x, top, x + cw, top, BLACK, 0.6)
        # number tab + title on one line
        tabw = width(num, "SB", 11) + 10
        doc.rect(x, top - 20, tabw, 16, fill=GOLD)
        doc.text(x + 5, top - 15.5, num, "SB", 11, (1, 1, 1))
        doc.text(x + tabw + 8, top - 16, otitle, "B", 14, BLACK)
        ph = 118
        doc.picture(x, top - 28 - ph, cw, ph)
        yy = top - 28 - ph - 2
        pos, ctext, credit = cap
        for ln in break_lines(words_of([(pos + ":", "SB", 8.5, BLACK), (" " + ctext, "S", 8.5, BLACK)]), lambda i: cw):
            yy -= 10.5
            doc.draw_line(x, yy, ln, cw)
        yy -= 10.5
        doc.text(x, yy, credit, "S", 7.5, GREY)
        fl = Flow(doc, [(0, x, yy - 8, cw, 0)])
        fl.para([(text, "R", 10.6, BLACK)], lead=13.6, space_after=0, justify=False)
    # footer, drawn last
    fy = M - 8
    doc.line(M, fy + 12, W - M, fy + 12, GREY, 0.4)
    f1, f2t = C["footer"]
    doc.text(M, fy, f1, "S", 8, GREY)
    doc.text(W - M - width(f2t, "S", 8), fy, f2t, "S", 8, GREY)
    doc.save(os.path.join(BUILD, "dl_" + name + ".json"))
    sections = [(None, title, [C["intro"]], None)]
    for num, otitle, text, cap in C["labels"]:
        sections.append((num, otitle, [text], cap))
    sections.append((None, st, sp, None))
    write_gold(name, gold(title, [f1, f2t], sections))


if __name__ == "__main__":
    build()
