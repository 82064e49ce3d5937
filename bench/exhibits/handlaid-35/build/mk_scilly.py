# Scilly 1707: A4 landscape gate-fold leaflet, 2 sides. Side 1 (outside): right-flap front | back | cover
# (left-flap front). Side 2 (inside): left flap | centre spread (2 columns) | right flap. Fold marks dashed.
import json, sys
from layout import Page, Flow, width, paint
from content import SCILLY as EX, gold_for

W, H = 842, 595
F1, F2 = 210.5, 631.5
out_pg, in_pg = Page(W, H), Page(W, H)
NAVY = (0.08, 0.18, 0.36); SAND = (0.93, 0.89, 0.80); GREY = (0.38, 0.38, 0.38)
PAD = 16

for p in (out_pg, in_pg):
    for fx in (F1, F2):
        p.line(fx, 8, fx, H - 8, 0.4, (0.6, 0.6, 0.6), dashed=True)

# ---- side 1, drawn left to right
# right-flap front (right half of the closed cover): picture and a line of invitation
out_pg.rect(0, 0, F1, H, NAVY)
out_pg.picture(PAD, 60, F1 - 2 * PAD, 380)
out_pg.text(PAD, 480, EX["flap_line"], "sans-b", 11, (1, 1, 1))
# back panel (centre): sidebar, table, notice, footer
bx, bw = F1 + 24, (F2 - F1) - 48
out_pg.rect(bx, 40, bw, 170, SAND)
sb = EX["sidebar"]
out_pg.text(bx + 12, 64, sb["title"], "sans-b", 12, NAVY)
f = Flow([(out_pg, bx + 12, 70, 400, bw - 24)])
for para in sb["paras"]:
    f.para(para, "serif", 9.5, 12.5, justify=True, after=3)
ty = 250
out_pg.text(bx, ty, EX["table_title"], "sans-b", 10, NAVY); ty += 8
for a, b in EX["table"]:
    out_pg.rect(bx, ty, 110, 18, (0.84, 0.87, 0.92))
    out_pg.text(bx + 6, ty + 12.5, a, "sans-b", 9)
    out_pg.text(bx + 120, ty + 12.5, b, "sans", 9)
    out_pg.line(bx, ty + 18, bx + bw, ty + 18, 0.4, GREY); ty += 18
ny = ty + 30
out_pg.line(bx, ny, bx + bw, ny, 0.8, NAVY); out_pg.line(bx, ny + 74, bx + bw, ny + 74, 0.8, NAVY)
out_pg.text(bx, ny + 18, EX["notice_title"], "sans-b", 9.5)
f = Flow([(out_pg, bx, ny + 22, 600, bw)])
f.para(EX["notice"], "sans", 9, 11.5, justify=False, after=0)
out_pg.text(bx, H - 30, EX["footer"], "sans", 8.5, GREY)
# cover = left-flap front, printed at the far right
cx, cw = F2 + PAD, W - F2 - 2 * PAD
out_pg.text(cx, 60, EX["kicker"], "sans-b", 8.5, NAVY)
out_pg.text(cx, 104, EX["title_lines"][0], "serif-b", 30, NAVY)
out_pg.text(cx, 138, EX["title_lines"][1], "serif-b", 30, NAVY)
f = Flow([(out_pg, cx, 150, 400, cw)])
f.para(EX["title_lines"][2], "serif-i", 14, 17, justify=False, after=10)
f.para(EX["intro"], "sans", 10, 13.5, justify=False, after=12)
out_pg.picture(cx, f.y, cw, H - 40 - f.y)

# ---- side 2, inside: left flap | centre spread (figure across the top, then two columns) | right flap
CW2 = (F2 - F1 - 3 * PAD) / 2
TOPC = 40 + 232
frames = [(in_pg, PAD, 40, H - 40, F1 - 2 * PAD), (in_pg, F1 + PAD, TOPC, H - 40, CW2),
          (in_pg, F1 + 2 * PAD + CW2, TOPC, H - 40, CW2), (in_pg, F2 + PAD, 40, H - 40, W - F2 - 2 * PAD)]
flow = Flow(frames)
fig = EX["sections"][1]["fig"]

def centre_figure():
    x = F1 + PAD; capw = 120
    in_pg.text(x, 52, fig["pos"] + ":", "sans-b", 9, NAVY)
    f = Flow([(in_pg, x, 56, 400, capw)])
    f.para(fig["text"], "sans", 9, 11.5, justify=False, after=4, hyphenate=False)
    f.para(fig["credit"], "sans-i", 8, 10, justify=False, after=0, color=GREY, hyphenate=False)
    in_pg.picture(x + capw + 12, 40, F2 - PAD - (x + capw + 12), 214)

for si, s in enumerate(EX["sections"]):
    if si == 1:
        centre_figure()                       # drawn when the reader opens the gates onto the centre
        flow.fi = 0; flow.next_frame()
    flow.need(60)
    if flow.y > flow.frame[2]:
        flow.y += 10
    p, x = flow.frame[0], flow.frame[1]
    lw = width(s["label"], "sans-b", 9) + 10
    p.rect(x, flow.y, lw, 15, NAVY)
    p.text(x + 5, flow.y + 11, s["label"], "sans-b", 9, (1, 1, 1))
    flow.y += 15
    flow.para(s["title"], "serif-b", 15, 20, justify=False, after=3, hyphenate=False)
    for i, para in enumerate(s["paras"]):
        flow.para(para, "serif", 11, 15, justify=True, indent=(0 if i == 0 else 10), after=2)
    flow.y += 8

out = sys.argv[1]
paint([out_pg, in_pg], out + ".pdf", " ".join(EX["title_lines"]), "Hand-laid set r32 (pdf_oxide painter)")
g = gold_for(EX); g["running"] = [EX["footer"]]
json.dump(g, open(out + ".json", "w"), ensure_ascii=False, indent=2)
