"""sack_of_baltimore_1631: A4 landscape roll-fold leaflet, 2 sides. PDF page 1 = INSIDE (Stops 1-3),
page 2 = OUTSIDE (inner flap with sidebar | back panel | cover). Reading: cover, inside, sidebar last."""
import sys
from content import BALTIMORE as D
from layout import *
from gold import make_gold, write
OUT = sys.argv[1]
W, H = 842.0, 595.0
pt = Painter((W, H), 2, " ".join(D["title_lines"]))
PW = W / 3
M = 22
SEA = (0.1, 0.32, 0.36)
for p in (0, 1):
    for k in (1, 2):
        pt.line(p, PW * k, 8, PW * k, 22, (0.5, 0.5, 0.5), 0.5, (3, 3))
        pt.line(p, PW * k, H - 22, PW * k, H - 8, (0.5, 0.5, 0.5), 0.5, (3, 3))
# ---- page 1: inside, three panels, text flows across the folds
frames = [(0, PW * i + 30, 34, H - 34, PW - 60) for i in range(3)]
fl = Flow(pt, frames)
CW = PW - 2 * M
def heading(label, title):
    fl.gap(10)
    fl.room(44)
    p, x, t, b, w = fl.f
    lw = width(label, "sans-b", 8) + 10
    pt.rect(p, x, fl.y, lw, 13, fill=SEA)
    pt.text(p, label, x + 5, fl.y + 9.5, "sans-b", 8, (1, 1, 1))
    pt.text(p, title, x + lw + 6, fl.y + 10.5, "serif-b", 13, SEA)
    fl.y += 22
def fig(f_):
    F = D["fig"]
    pw_ = 124
    cap = F["pos"] + ": " + F["text"]
    def draw(p, x, y, w):
        pt.picture(p, x, y, pw_, 112)
        yy = para_at(pt, p, cap, x + pw_ + 8, y, w - pw_ - 8, "sans", 8.4, 10.4, first_font="sans-b")
        para_at(pt, p, F["credit"], x + pw_ + 8, yy + 3, w - pw_ - 8, "sans-i", 6.8, 8.2)
    fl.block(112, draw, before=5, after=8)
def pull():
    def draw(p, x, y, w):
        pt.rect(p, x, y, 3, 40, fill=SEA)
        para_at(pt, p, D["pullquote"], x + 12, y + 2, w - 12, "serif-i", 14, 17, color=SEA)
    fl.block(42, draw, before=6, after=8)
for label, title, paras in D["sections"]:
    heading(label, title)
    for i, t in enumerate(paras):
        hooks = {2: fig} if (label == "Stop 2" and i == 1) else {}
        fl.para(t, size=11.5, lead=16.2, indent=0 if i == 0 else 9, after=1.5, hooks=hooks)
    if label == "Stop 1":
        pull()
# table at the foot of the third inside panel
tx, tw = 2 * PW + 30, PW - 60
ty = H - 34 - 18 * len(D["table"]) - 14
pt.text(0, D["table_head"], tx, ty, "sans-b", 9, SEA)
ty += 6
for a, b in D["table"]:
    pt.rect(0, tx, ty, 120, 18, fill=(0.8, 0.88, 0.88))
    pt.rect(0, tx + 120, ty, tw - 120, 18, stroke=(0.6, 0.6, 0.6), lw=0.4)
    pt.text(0, a, tx + 5, ty + 12.5, "sans-b", 8)
    pt.text(0, b, tx + 126, ty + 12.5, "sans", 8)
    ty += 18
print("inside flow", fl.log, fl.fi, round(fl.y))
# ---- page 2: outside. Left = inner flap (sidebar), middle = back panel, right = cover
x = M
pt.rect(1, PW * 0 + 12, 30, PW - 24, 250, fill=(0.88, 0.93, 0.93))
pt.text(1, D["sidebar_title"], x + 8, 52, "serif-b", 12.5, SEA)
y = 62
for p_ in D["sidebar"]:
    y = para_at(pt, 1, p_, x + 8, y, PW - 2 * M - 16, "serif", 9.3, 12.2, justify=True) + 4
# back panel
bx = PW + M
bw = PW - 2 * M
pt.rect(1, bx, 40, bw, 92, stroke=SEA, lw=1)
pt.text(1, D["back_title"], bx + 10, 58, "sans-b", 10, SEA)
para_at(pt, 1, D["back_text"], bx + 10, 66, bw - 20, "sans", 8.5, 11)
pt.text(1, "Roaringwater Bay Heritage Society", bx + 10, 170, "sans-b", 8.5)
para_at(pt, 1, "The Old Coastguard Station, Baltimore, Co. Cork. Open daily from Easter to September.", bx + 10, 176, bw - 20, "sans", 8.5, 11)
pt.text(1, D["footer"], bx + (bw - width(D["footer"], "sans", 8)) / 2, H - 40, "sans", 8, SEA)
# cover
cx = 2 * PW + M
pt.tracked(1, D["kicker"], cx, 60, "sans-b", 8, 2.2, SEA)
pt.text(1, D["title_lines"][0], cx, 100, "serif-b", 28, SEA)
pt.text(1, D["title_lines"][1], cx, 126, "serif-i", 17, SEA)
y = para_at(pt, 1, D["intro"], cx, 144, bw, "serif", 10.5, 14)
pt.picture(1, cx, y + 14, bw, H - 40 - (y + 14))
pt.save(OUT + ".pdf", "Roaringwater Bay Heritage Society")
write(OUT + ".json", make_gold(D, [D["footer"]], {"Stop 2": [D["fig"]]}))
