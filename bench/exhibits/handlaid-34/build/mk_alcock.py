"""alcock_brown_flight_1919: A4 landscape wall panel, tinted title band on the left, three text columns (minpdf-core + layout.py)."""
import sys
from content import ALCOCK as D
from layout import *
from gold import make_gold, write
OUT = sys.argv[1]
W, H = 842.0, 595.0
pt = Painter((W, H), 1, " ".join(D["title_lines"]))
NAVY = (0.12, 0.2, 0.36)
BAND = 236
pt.rect(0, 0, 0, BAND, H, fill=(0.88, 0.9, 0.94))
x0 = 24
pt.tracked(0, D["kicker"], x0, 44, "sans-b", 7.5, 1.8, NAVY)
pt.text(0, D["title_lines"][0], x0, 86, "sans-b", 27, NAVY)
pt.text(0, D["title_lines"][1], x0, 114, "sans-b", 20, NAVY)
y = para_at(pt, 0, D["intro"], x0, 130, BAND - 2 * x0, "serif-i", 11, 14.2)
# sidebar with its own heading inside the band
y += 22
pt.line(0, x0, y, BAND - x0, y, NAVY, 1.2)
pt.text(0, D["sidebar_title"], x0, y + 18, "sans-b", 11, NAVY)
y += 26
for p_ in D["sidebar"]:
    y = para_at(pt, 0, p_, x0, y, BAND - 2 * x0, "serif", 9, 11.6, justify=True) + 4
# table with label cells
y += 14
pt.text(0, D["table_head"], x0, y, "sans-b", 8, NAVY)
y += 6
for a, b in D["table"]:
    pt.rect(0, x0, y, 84, 16, fill=(0.75, 0.8, 0.88))
    pt.rect(0, x0 + 84, y, BAND - 2 * x0 - 84, 16, fill=(1, 1, 1))
    pt.text(0, a, x0 + 4, y + 11, "sans-b", 7.2)
    pt.text(0, b, x0 + 90, y + 11, "sans", 7.2)
    y += 16
# three columns
CX0, CG = BAND + 24, 16
CW = (W - CX0 - 24 - 2 * CG) / 3
TOP, BOT = 36, 548
frames = [(0, CX0 + i * (CW + CG), TOP, BOT, CW) for i in range(3)]
fl = Flow(pt, frames)
def heading(label, title):
    fl.gap(10)
    fl.room(36)
    p, x, t, b, w = fl.f
    pt.circle_ = None
    cy = fl.y + 9
    pt.pages[p].append(("c", x + 9, cy, 9, NAVY))
    pt.text(p, label, x + 9 - width(label, "sans-b", 11) / 2, cy + 4, "sans-b", 11, (1, 1, 1))
    para_at(pt, p, title, x + 24, fl.y + 2, w - 24, "sans-b", 11, 13, color=NAVY)
    fl.y += 14 + lines_height(title, "sans-b", 11, 13, w - 24)
def fig(f_):
    F = D["fig"]
    cap = F["pos"] + ": " + F["text"]
    ch = lines_height(cap, "sans", 8, 10, CW)
    def draw(p, x, y, w):
        # caption set ABOVE the picture, credit under it
        para_at(pt, p, cap, x, y, w, "sans", 8, 10, first_font="sans-b")
        pt.picture(p, x, y + ch + 3, w, 130)
        para_at(pt, p, F["credit"], x, y + ch + 136, w, "sans-i", 6.8, 8.4, align="right")
    fl.block(ch + 136 + 2 * 8.4, draw, before=4, after=8)
def pull():
    def draw(p, x, y, w):
        pt.line(p, x, y, x + w, y, NAVY, 1.5)
        para_at(pt, p, D["pullquote"], x, y + 7, w, "sans-i", 12.5, 15, color=NAVY)
        pt.line(p, x, y + 58, x + w, y + 58, NAVY, 1.5)
    fl.block(60, draw, before=6, after=8)
for label, title, paras in D["sections"]:
    heading(label, title)
    for i, t in enumerate(paras):
        hooks = {5: fig} if (label == "C" and i == 1) else {}
        fl.para(t, size=10.4, lead=14, indent=0 if i == 0 else 10, after=1.5, hooks=hooks)
    if label == "B":
        pull()
# footer drawn last
pt.line(0, CX0, 562, W - 24, 562, NAVY, 0.5)
pt.text(0, D["footer_left"], CX0, 576, "sans", 7.5, NAVY)
pt.text(0, D["footer_right"], W - 24 - width(D["footer_right"], "sans-b", 9), 576, "sans-b", 9, NAVY)
print("flow", fl.log, fl.fi, round(fl.y))
# circles: patch painter save to support them
import layout
_orig = Painter.save
def save(self, path, creator):
    from minpdf import PDF, TextOptions, RectOptions
    d = PDF(self.size)
    for f, fn in FONTFILES.items():
        if any(op[0] == "t" and op[4] == f for pg in self.pages for op in pg):
            d.register_font(f, open(FD + fn, "rb").read())
    d.metadata(title=self.title, creator=creator)
    for i, pg in enumerate(self.pages):
        if i: d.page(self.size)
        for op in pg:
            if op[0] == "c":
                d.circle(op[1], op[2], op[3], RectOptions(fill=op[4]))
            elif op[0] == "t":
                _, s, x, y, font, size, color = op
                d.text(s, x, y, TextOptions(size=size, color=color, font=font))
            elif op[0] == "r":
                _, x, y, w, h, fill, stroke, lw = op
                d.rect(x, y, w, h, RectOptions(fill=fill, stroke=stroke, line_width=lw))
            else:
                _, x1, y1, x2, y2, color, lw, dash = op
                d.line(x1, y1, x2, y2, color, lw, dash)
    d.save(path)
save(pt, OUT + ".pdf", "Clifden Air Heritage Centre")
write(OUT + ".json", make_gold(D, [D["footer_left"], D["footer_right"]], {"C": [D["fig"]]}))
