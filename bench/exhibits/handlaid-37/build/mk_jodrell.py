"""jodrell_bank_1957: A3 wall poster, three columns, section heads set as two-cell tables, lenders table."""
import os
from content import JODRELL as C
from paint import Page, Flow, render
from lib import width, break_lines, gold, write_gold

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
W, H = 842, 1191
NAVY, ORANGE, GREY, PALE, TINT = "#14284b", "#d9601a", "#5f5f5f", "#dfe6f0", "#fbeee3"
M, G = 44, 20
CW = (W - 2 * M - 2 * G) / 3
p = Page(W, H)

# title band
p.rect(0, 0, W, 250, fill=NAVY)
p.text(M, 40, C["kicker"].upper(), "sans-b", 11, "#f3b58a")
y = 64
for i, t in enumerate(C["title_lines"]):
    size = [64, 40, 24][i]
    p.text(M, y, t, "sans-b" if i < 2 else "sans", size, "#ffffff"); y += size * 1.1
y = 272
yi, _ = p.para(M, y, 2 * CW + G, C["intro"], "serif-i", 15, 19.5, color="#222222")
# figures table (label cells shaded) at the right of the intro
tx, ty = M + 2 * (CW + G), 268
p.text(tx, ty, "The telescope in figures", "sans-b", 10, NAVY); ty += 16
for lab, val in C["figures"]:
    lines = break_lines(val, "sans", 9, CW - 96 - 8)
    rh = 6 + 11 * len(lines)
    p.rect(tx, ty, 96, rh, fill=PALE); p.rect(tx, ty, CW, rh, stroke="#9aa7bb", sw=0.5)
    p.text(tx + 4, ty + 3, lab, "sans-b", 9, NAVY)
    yy = ty + 3
    for ln in lines:
        p.text(tx + 100, yy, ln[0], "sans", 9); yy += 11
    ty += rh
top = max(yi, ty) + 22
p.line(M, top - 10, W - M, top - 10, ORANGE, 1.5)

LEND_H = 120
bottom = H - 60 - LEND_H
side = C["sections"][-1]
s_lines = break_lines(side[2][0][1], "sans", 10, CW - 20)
side_h = 14 + 20 + len(s_lines) * 13.5 + 10
frames = [(p, M, top, bottom, CW), (p, M + CW + G, top, bottom, CW), (p, M + 2 * (CW + G), top, bottom - side_h - 14, CW)]
def quote_top(fl, f):
    # the pull quote heads column 3; it is drawn when the flow enters that column
    pg, x, t, b, w = f
    y = t
    pg.line(x, y, x + 40, y, ORANGE, 2); y += 10
    y, _ = pg.para(x, y, w, C["quote"][0], "serif-i", 16, 20, color=ORANGE)
    pg.text(x, y + 2, C["quote"][1], "sans", 9, GREY)
    return y + 30

frames[1] = (p, M + CW + G, top, bottom - 118, CW)
fl = Flow(frames, on_enter={2: quote_top})

def head_table(label, title):
    fl.room(70)
    pg, x, t, b, w = fl.f
    h = 26
    pg.rect(x, fl.y, 30, h, fill=NAVY)
    pg.rect(x + 30, fl.y, w - 30, h, fill=PALE)
    pg.rect(x, fl.y, w, h, stroke=NAVY, sw=0.8)
    pg.text(x + 15 - width(label, "sans-b", 15) / 2, fl.y + 5, label, "sans-b", 15, "#ffffff")
    pg.text(x + 38, fl.y + 6, title, "sans-b", 12.5, NAVY)
    fl.y += h + 10

for label, title, blocks in C["sections"][:-1]:
    head_table(label, title)
    for b in blocks:
        if b[0] == "p":
            fl.para(b[1], "serif", 12, 15.8, justify=True, after=6)
    for b in blocks:
        if b[0] == "cap":
            fl.room(200)
            pg, x, t, bt, w = fl.f
            fl.y += 4
            pg.picture(x, fl.y, w, 170); fl.y += 176
            pg.text(x, fl.y, b[1] + ":", "sans-b", 9, NAVY)
            off = width(b[1] + ": ", "sans-b", 9)
            fl.y, _ = pg.para(x, fl.y, w, b[2], "sans", 9, 11.5, widths=[w - off, w, w], xoffs=[off, 0, 0])
            pg.text(x + w - width(b[3], "sans-i", 8), fl.y + 1, b[3], "sans-i", 8, GREY); fl.y += 20
print("jodrell: frame", fl.k, "y", round(fl.y), "limit", round(fl.f[3]))

# sidebar at the foot of column 3
sx, sy = M + 2 * (CW + G), bottom - side_h
p.rect(sx, sy, CW, side_h, fill=TINT)
p.rect(sx, sy, 4, side_h, fill=ORANGE)
p.text(sx + 12, sy + 12, side[1], "sans-b", 12.5, ORANGE)
p.para(sx + 12, sy + 34, CW - 20, side[2][0][1], "sans", 10, 13.5)

# lenders table across the foot
ly = H - 50 - LEND_H
p.text(M, ly, "Lent to the exhibition by", "sans-b", 10, NAVY); ly += 16
colw = (W - 2 * M) / 2
for i, (who, what) in enumerate(C["lenders"]):
    p.rect(M, ly, W - 2 * M, 20, fill=PALE if i % 2 == 0 else "#ffffff")
    p.text(M + 6, ly + 5, who, "sans-b", 9.5, NAVY)
    p.text(M + colw + 6, ly + 5, what, "sans", 9.5)
    ly += 20
p.line(M, H - 36, W - M, H - 36, NAVY, 0.6)
p.text(M, H - 30, C["footer_left"], "sans", 9, GREY)
p.text(W - M - width(C["footer_right"], "sans-b", 9), H - 30, C["footer_right"], "sans-b", 9, NAVY)

render([p], os.path.join(OUT, C["name"] + ".pdf"), " ".join(C["title_lines"]))
write_gold(os.path.join(OUT, C["name"] + ".json"),
           gold(C["title_lines"], C["intro"], C["sections"], [C["footer_left"], C["footer_right"], "Made with Lpdf"]))
