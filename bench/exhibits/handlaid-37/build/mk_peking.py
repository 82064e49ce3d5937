"""peking_paris_1907: A3 bilingual wall panel (English + Italian side by side), drawn with Lpdf by my own breaker."""
import os
from content import PEKING as C
from paint import Page, render
from lib import width, break_lines, gold, write_gold

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..")
W, H = 842, 1191
RED, GREY, DARK = "#9b1c1c", "#5a5a5a", "#222222"
EX, EW = 44, 410          # English column
IX, IW = 482, 258         # Italian column
MX, MW = 752, 62          # narrow margin column (captions)
p = Page(W, H)

y = 46
p.text(EX, y, C["kicker"].upper(), "sans-b", 10, RED); y += 24
for i, t in enumerate(C["title_lines"]):
    size = 42 if i == 0 else 28
    p.text(EX, y, t, "serif-b" if i == 0 else "serif-i", size, DARK); y += size * 1.12
y += 2
p.text(EX, y, C["it_title"], "serif-i", 15, GREY); y += 30
p.line(EX, y, IX + IW, y, RED, 1.2); y += 10
ye, _ = p.para(EX, y, EW, C["intro"], "sans", 12.5, 16.5)
yi, _ = p.para(IX, y, IW, C["it_intro"], "sans-i", 10.5, 14, color=GREY)
y = max(ye, yi) + 14

def en_section(y, label, title, blocks, drop=False):
    p.text(EX, y + 3, label, "sans-b", 11, RED)
    p.text(EX + width(label, "sans-b", 11) + 8, y, title, "serif-b", 16, DARK); y += 24
    first = True
    for b in blocks:
        if b[0] != "p":
            continue
        if drop and first:
            text = b[1]
            ini, rest = text[0], text[1:]
            dsize = 44
            iw = width(ini, "serif-b", dsize) + 4
            p.text(EX, y - 4, ini, "serif-b", dsize, RED)
            widths = [EW - iw] * 3
            xoffs = [iw] * 3
            y, _ = p.para(EX, y, EW, rest, "serif", 10.8, 13.7, justify=True, widths=widths, xoffs=xoffs)
        else:
            y, _ = p.para(EX, y, EW, b[1], "serif", 10.8, 13.7, justify=True)
        y += 5
        first = False
    return y

def it_section(y, label, title, paras):
    p.text(IX, y + 2, label, "sans-b", 9.5, GREY)
    p.text(IX + width(label, "sans-b", 9.5) + 6, y, title, "serif-bi", 12.5, GREY); y += 20
    for t in paras:
        y, _ = p.para(IX, y, IW, t, "serif-i", 9.5, 12.4, color=GREY)
        y += 4
    return y

legs = [s for s in C["sections"] if s[0]]
side = C["sections"][-1]
for k, ((lab, tit, blocks), (ilab, itit, ipar)) in enumerate(zip(legs, C["it_sections"])):
    ye = en_section(y, lab, tit, blocks, drop=(k == 0))
    yi = it_section(y, ilab, itit, ipar)
    y = max(ye, yi) + 5
    if k == 1:   # pull quote across both language columns
        p.line(EX, y, IX + IW, y, RED, 0.8); y += 10
        p.text(EX + 30, y, C["quote"][0], "serif-i", 17, RED); y += 24
        p.text(EX + 30, y, C["quote"][1], "sans", 9, GREY); y += 18
        p.line(EX, y, IX + IW, y, RED, 0.8); y += 14
    if k == 2:   # picture across both columns, caption to its right in the narrow margin
        cap = [b for b in blocks if b[0] == "cap"][0]
        ph = 92
        p.picture(EX, y, IX + IW - EX, ph)
        cy = y
        p.text(MX, cy, cap[1] + ":", "narrow-b", 8, DARK); cy += 10
        cy, _ = p.para(MX, cy, MW, cap[2], "narrow", 8, 10, color=DARK)
        cy += 3
        cy, _ = p.para(MX, cy, MW, cap[3], "narrow", 7, 8.6, color=GREY)
        y += ph + 16

# sidebar (English only), tinted box across the English column
lab, tit, blocks = side
lines = break_lines(blocks[0][1], "sans", 10, EW - 24)
bh = 20 + 18 + len(lines) * 13 + 10
p.rect(EX, y, EW, bh, fill="#f1e6d8")
p.text(EX + 12, y + 12, tit, "sans-b", 12, RED)
p.para(EX + 12, y + 32, EW - 24, blocks[0][1], "sans", 10, 13)
y += bh
print("peking bottom", y)
assert y < H - 50, y
p.line(EX, H - 40, MX + MW, H - 40, GREY, 0.5)
p.text(EX, H - 34, C["footer_left"], "sans", 8.5, GREY)
p.text(MX + MW - width(C["footer_right"], "sans-b", 8.5), H - 34, C["footer_right"], "sans-b", 8.5, DARK)

render([p], os.path.join(OUT, C["name"] + ".pdf"), " ".join(C["title_lines"]))
write_gold(os.path.join(OUT, C["name"] + ".json"),
           gold(C["title_lines"], C["intro"], C["sections"], [C["footer_left"], C["footer_right"], "Made with Lpdf"]))
