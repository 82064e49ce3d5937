# Atmospheric railway: A3 wall panel, two columns, a pull quote spanning both columns mid-page.
import json, sys
from layout import Page, Flow, width, paint
from content import ATMOS as EX, gold_for

W, H = 842, 1191
pg = Page(W, H)
M = 60; G = 30; CW = (W - 2 * M - G) / 2
X1, X2 = M, M + CW + G
TEAL = (0.05, 0.35, 0.38); GREY = (0.38, 0.38, 0.38)
QT, QB = int(sys.argv[2]) if len(sys.argv) > 2 else 580, None
QB = QT + 96
SB_TOP = 900

pg.text(M, 78, EX["kicker"], "sans-b", 11, TEAL)
pg.text(M, 136, EX["title_lines"][0], "serif-b", 50)
pg.text(M, 176, EX["title_lines"][1], "serif-i", 28, GREY)
f0 = Flow([(pg, M, 190, 400, W - 2 * M)])
f0.para(EX["intro"], "sans", 15, 20, justify=False, after=0)
pg.line(M, f0.y + 10, W - M, f0.y + 10, 2, TEAL)
TOP = f0.y + 30

def quote(fi):
    if fi == 1:   # the flow leaves column 1 above the quote: the quote band is drawn now
        pg.line(M, QT + 14, W - M, QT + 14, 1.2, TEAL)
        q = "\u201c" + EX["pullquote"] + "\u201d"
        pg.text((W - width(q, "serif-bi", 26)) / 2, QT + 58, q, "serif-bi", 26, TEAL)
        pg.line(M, QB - 12, W - M, QB - 12, 1.2, TEAL)

flow = Flow([(pg, X1, TOP, QT, CW), (pg, X1, QB, 1120, CW), (pg, X2, TOP, QT, CW), (pg, X2, QB, SB_TOP - 14, CW)])
flow.on_change = quote

def figure(fl, fig, ph=150):
    fl.need(ph + 60)
    p, x = fl.frame[0], fl.frame[1]
    fl.y += 6
    p.picture(x, fl.y, CW, ph)
    fl.y += ph + 16
    p.text(x, fl.y, fig["num"], "sans-b", 10.5, TEAL)
    sub = Flow([(p, x, fl.y - 13.5, 2000, CW)])
    sub.para(fig["text"], "sans", 10.5, 13.5, justify=False, indent=width(fig["num"] + "  ", "sans-b", 10.5), after=1)
    sub.para(fig["credit"], "sans-i", 9, 12, justify=False, after=0, color=GREY)
    fl.y = sub.y + 12

for s in EX["sections"]:
    flow.need(70)
    flow.y += 8
    p, x = flow.frame[0], flow.frame[1]
    p.rect(x, flow.y, 22, 22, TEAL)
    p.text(x + 11 - width(s["label"], "sans-b", 14) / 2, flow.y + 16, s["label"], "sans-b", 14, (1, 1, 1))
    p.text(x + 32, flow.y + 17, s["title"], "sans-b", 17)
    flow.y += 26
    for i, para in enumerate(s["paras"]):
        flow.para(para, "serif", 12, 16, justify=True, after=6)
        if i == 0 and "fig" in s:
            figure(flow, s["fig"])

# sidebar: tinted box at the foot of column 2
sb = EX["sidebar"]
pg.rect(X2, SB_TOP, CW, 1000 - SB_TOP, (0.88, 0.93, 0.93))
pg.text(X2 + 14, SB_TOP + 26, sb["title"], "sans-b", 14, TEAL)
f = Flow([(pg, X2 + 14, SB_TOP + 34, 1120, CW - 28)])
for para in sb["paras"]:
    f.para(para, "sans", 11, 15, justify=False, after=4)

pg.line(M, 1140, W - M, 1140, 0.6, GREY)
pg.text(M, 1158, EX["footer_left"], "sans", 10, GREY)
pg.text(W - M - width(EX["footer_right"], "sans-b", 10), 1158, EX["footer_right"], "sans-b", 10)
print("frames used:", flow.fi, "y", round(flow.y))
out = sys.argv[1]
paint([pg], out + ".pdf", " ".join(EX["title_lines"]), "Hand-laid set r32 (pdf_oxide painter)")
g = gold_for(EX); g["running"] = [EX["footer_left"], EX["footer_right"]]
json.dump(g, open(out + ".json", "w"), ensure_ascii=False, indent=2)
