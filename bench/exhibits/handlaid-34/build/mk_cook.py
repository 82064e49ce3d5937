"""thomas_cook_excursion_1841: A4 portrait wall panel, two text columns + a side column (sidebar, figure, pull quote),
numbered timeline table across the foot (minpdf-core + layout.py)."""
import sys
from content import COOK as D
from layout import *
from gold import make_gold, write
OUT = sys.argv[1]
W, H = 595.0, 842.0
pt = Painter((W, H), 1, " ".join(D["title_lines"]))
RED = (0.6, 0.12, 0.1)
ML = 40
pt.tracked(0, D["kicker"], ML, 48, "sans-b", 8, 2.4, RED)
pt.text(0, D["title_lines"][0], ML, 84, "serif-b", 30)
pt.text(0, D["title_lines"][1], ML, 110, "serif", 19)
y = para_at(pt, 0, D["intro"], ML, 124, W - 2 * ML, "serif-i", 11.5, 15)
pt.line(0, ML, y + 6, W - ML, y + 6, RED, 1.4)
TOP = y + 18
CG = 14
CW = 160
SX = ML + 2 * (CW + CG)
SW = W - ML - SX
BOT = 660
frames = [(0, ML, TOP, BOT, CW), (0, ML + CW + CG, TOP, BOT, CW)]
fl = Flow(pt, frames)
def heading(label, title):
    fl.gap(10)
    fl.room(40)
    p, x, t, b, w = fl.f
    pt.rect(p, x, fl.y, 18, 18, fill=RED)
    pt.text(p, label, x + 9 - width(label, "sans-b", 11) / 2, fl.y + 13, "sans-b", 11, (1, 1, 1))
    yy = para_at(pt, p, title, x + 24, fl.y + 3, w - 24, "sans-b", 11, 13)
    fl.y = max(fl.y + 24, yy + 6)
for label, title, paras in D["sections"]:
    heading(label, title)
    for i, t in enumerate(paras):
        fl.para(t, size=9.4, lead=12.3, indent=0, after=5)
print("flow", fl.log, fl.fi, round(fl.y))
# side column: sidebar box with its own heading, figure (caption under picture), pull quote
y = TOP
sh = 30 + sum(lines_height(p_, "serif", 8.8, 11.2, SW - 16) + 3 for p_ in D["sidebar"])
pt.rect(0, SX, y, SW, sh, fill=(0.95, 0.9, 0.82))
pt.text(0, D["sidebar_title"], SX + 8, y + 18, "sans-b", 10.5, RED)
yy = y + 25
for p_ in D["sidebar"]:
    yy = para_at(pt, 0, p_, SX + 8, yy, SW - 16, "serif", 8.8, 11.2) + 3
y += sh + 16
pt.picture(0, SX, y, SW, 150)
y += 155
F = D["fig"]
y = para_at(pt, 0, F["pos"] + ": " + F["text"], SX, y, SW, "sans", 8, 10, first_font="sans-b")
y = para_at(pt, 0, F["credit"], SX, y + 2, SW, "sans-i", 7, 8.8)
y += 20
para_at(pt, 0, D["pullquote"], SX, y, SW, "serif-i", 14, 17.5, color=RED)
# numbered timeline table across the foot
ty = 676
pt.text(0, D["timeline_head"], ML, ty, "sans-b", 9, RED)
ty += 6
cw = (W - 2 * ML) / len(D["timeline"])
for k, (yr, ev) in enumerate(D["timeline"]):
    x = ML + k * cw
    pt.rect(0, x, ty, cw, 16, fill=RED)
    pt.text(0, str(k + 1), x + 5, ty + 11.5, "sans-b", 8, (1, 1, 1))
    pt.text(0, yr, x + 18, ty + 11.5, "sans-b", 8, (1, 1, 1))
    pt.rect(0, x, ty + 16, cw, 34, stroke=(0.6, 0.6, 0.6), lw=0.4)
    para_at(pt, 0, ev, x + 5, ty + 20, cw - 10, "sans", 7.8, 9.6)
# footer
pt.line(0, ML, 790, W - ML, 790, (0.4, 0.4, 0.4), 0.4)
pt.text(0, D["footer_left"], ML, 802, "sans", 7.5)
pt.text(0, D["footer_right"], W - ML - width(D["footer_right"], "sans", 7.5), 802, "sans", 7.5)
pt.save(OUT + ".pdf", "Soar Valley Museum of Travel")
write(OUT + ".json", make_gold(D, [D["footer_left"], D["footer_right"]], {"3": [D["fig"]]}))
