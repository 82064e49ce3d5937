"""birkenhead_wreck_1852: A4 portrait, catalogue pages 14-15, two justified columns (minpdf-core + layout.py)."""
import sys
from content import BIRKENHEAD as D
from layout import *
from gold import make_gold, write
OUT = sys.argv[1]
W, H = 595.0, 842.0
pt = Painter((W, H), 2, " ".join(D["title_lines"]))
ML, MR, CG = 56, 56, 18
CW = (W - ML - MR - CG) / 2
X1, X2 = ML, ML + CW + CG
GREY = (0.35, 0.35, 0.35)
# running header + folio drawn first on each page (verso folio left, recto folio right, at the foot)
for p in (0, 1):
    pt.text(p, D["header_left"], ML, 36, "sans", 7.5, GREY)
    pt.line(p, ML, 42, W - MR, 42, GREY, 0.4)
    fol = D["folios"][p]
    if p == 0:
        pt.text(p, fol, ML, H - 30, "sans-b", 8)
    else:
        pt.text(p, fol, W - MR - width(fol, "sans-b", 8), H - 30, "sans-b", 8)
# page 1 head
y = 70
pt.tracked(0, D["kicker"], ML, y, "sans-b", 7.5, 1.6, (0.55, 0.1, 0.1))
pt.text(0, D["title_lines"][0], ML, y + 30, "serif-b", 26)
pt.text(0, D["title_lines"][1], ML, y + 54, "serif-i", 18)
y = para_at(pt, 0, D["intro"], ML, y + 66, W - ML - MR, "serif-i", 11, 14.5)
pt.line(0, ML, y + 6, W - MR, y + 6, (0, 0, 0), 0.8)
top1 = y + 16
# full-width figure at the foot of page 1: caption on the LEFT, picture to its right -> "Right:"
FIG_TOP = 596
f1 = D["fig1"]
capw = 150
cy = para_at(pt, 0, "", ML, FIG_TOP, capw) if False else FIG_TOP
def fig1_draw():
    pt.line(0, ML, FIG_TOP - 8, W - MR, FIG_TOP - 8, GREY, 0.4)
    yy = FIG_TOP
    yy = para_at(pt, 0, f1["pos"] + ": " + f1["text"], ML, yy, capw, "sans", 8, 10.5, first_font="sans-b")
    yy = para_at(pt, 0, f1["credit"], ML, yy + 4, capw, "sans-i", 7, 9)
    pt.picture(0, ML + capw + 14, FIG_TOP, W - MR - (ML + capw + 14), 170)
frames = [(0, X1, top1, FIG_TOP - 16, CW), (0, X2, top1, FIG_TOP - 16, CW),
          (1, X1, 60, 760, CW)]
fl = Flow(pt, frames)
def heading(label, title):
    fl.gap(8)
    fl.room(40)
    p, x, t, b, w = fl.f
    base = fl.y + 12
    pt.text(p, label, x, base, "sans-b", 13, (0.55, 0.1, 0.1))
    pt.text(p, title, x + 16, base, "serif-b", 12.5)
    fl.y += 20
def fig2(f):
    f2 = D["fig2"]
    def draw(p, x, y, w):
        pt.picture(p, x, y, w, 96)
        yy = para_at(pt, p, f2["pos"] + ": " + f2["text"], x, y + 101, w, "sans", 8, 10.2, first_font="sans-b")
        para_at(pt, p, f2["credit"], x, yy + 1, w, "sans-i", 7, 9)
    h = 101 + lines_height(f2["pos"] + ": " + f2["text"], "sans", 8, 10.2, CW) + 10
    fl.block(h, draw, before=5, after=8)
def pull(f):
    def draw(p, x, y, w):
        pt.line(p, x + 20, y, x + w - 20, y, (0.55, 0.1, 0.1), 1)
        para_at(pt, p, D["pullquote"], x + 10, y + 8, w - 20, "serif-i", 14, 17, align="center")
        pt.line(p, x + 20, y + 46, x + w - 20, y + 46, (0.55, 0.1, 0.1), 1)
    fl.block(48, draw, before=4, after=10)
for si, (label, title, paras) in enumerate(D["sections"]):
    heading(label, title)
    for pi, ptxt in enumerate(paras):
        hooks = {}
        if label == "2" and pi == 1:
            hooks = {3: fig2}
        fl.para(ptxt, size=10, lead=13.4, hooks=hooks, indent=0 if pi == 0 else 10, after=3)
        if label == "3" and pi == 0:
            pull(fl)
    if si == 0:
        pass
fig1_draw()
# page 2 foot: timeline table (left) and sidebar box (right)
TY = 60
sb_h = 36 + sum(lines_height(p_, "serif", 9, 11.6, CW - 24) + 3 for p_ in D["sidebar"])
pt.rect(1, X2, TY, CW, sb_h, fill=(0.93, 0.9, 0.84))
pt.text(1, D["sidebar_title"], X2 + 10, TY + 18, "serif-b", 12)
yy = TY + 26
for p_ in D["sidebar"]:
    yy = para_at(pt, 1, p_, X2 + 12, yy, CW - 24, "serif", 9, 11.6, justify=True) + 3
TY2 = TY + sb_h + 30
pt.text(1, D["timeline_head"], X2, TY2 + 8, "sans-b", 8.5)
ry = TY2 + 16
for k, (t, e) in enumerate(D["timeline"]):
    pt.rect(1, X2, ry, 78, 26, fill=(0.86, 0.8, 0.74))
    pt.rect(1, X2 + 78, ry, CW - 78, 26, stroke=(0.6, 0.6, 0.6), lw=0.4)
    pt.text(1, t, X2 + 4, ry + 11.5, "sans-b", 7.5)
    para_at(pt, 1, e, X2 + 84, ry + 5, CW - 90, "sans", 7.5, 9)
    ry += 26
# footnote at the foot of page 15
pt.line(1, X1, 772, X1 + 60, 772, GREY, 0.4)
para_at(pt, 1, D["note"], X1, 776, CW, "serif", 7.5, 9)
print("flow", fl.log, "end frame", fl.fi, "y", round(fl.y))
pt.save(OUT + ".pdf", "Cape Maritime Heritage Trust")
write(OUT + ".json", make_gold(D, [D["header_left"], "14", "15"], {"1": [D["fig1"]], "2": [D["fig2"]]}))
