# Exhibit 2: berlin_airlift_1948, three-panel folded leaflet, painted by pdfrw.
import json, sys, subprocess, os
from layout import *
import content as C
ex = C.AIRLIFT
W, H = 841.89, 595.28
doc = Doc(W, H)
PW = W / 3
M = 28
IW = PW - 2 * M
BLUE = [0.1, 0.25, 0.5]


def footer():
    s = ex["running"]
    doc.text((W - width(s, "sans", 7.5)) / 2, 18, s, "sans", 7.5, grey=0.35)


# ---- side 1 (outside), drawn in the folded order: inner flap | back panel | cover
doc.new_page()
x0 = M
fl = Flow(doc, [(0, x0, H - 40, 40, IW)])
sidebar_block(fl, ex["sidebar"], tint=(0.92, 0.9, 0.84), tfont="serif-b", font="serif", size=10, lead=13)
fl.y -= 10
fl.para(ex["table_title"], "sans-b", 10, 13, justify=False, hyphenate=False, after=4)
for a, b in ex["table"]:
    fl.y -= 4
    doc.line(fl.x, fl.y, fl.x + IW, fl.y, 0.4)
    fl.y -= 13
    doc.text(fl.x + 3, fl.y, a, "sans-b", 9)
    doc.text(fl.x + IW * 0.48, fl.y, b, "sans", 9)
fl.y -= 5
doc.line(fl.x, fl.y, fl.x + IW, fl.y, 0.4)
# back panel
x1 = PW + M
doc.rect(x1, H - 40 - 170, IW, 170, [0.72, 0.72, 0.72])
y = H - 250
for i, a in enumerate(ex["address"]):
    doc.text(x1, y, a, "sans-b" if i == 0 else "sans", 9.5)
    y -= 13
footer()
# cover
x2 = 2 * PW + M
doc.text(x2, H - 50, ex["kicker"], "sans-b", 9, color=BLUE)
y = H - 60
for t in ex["title_lines"]:
    y -= 30
    doc.text(x2, y, t, "serif-b", 26)
doc.rect(x2, y - 190, IW, 175, [0.72, 0.72, 0.72])
fl = Flow(doc, [(0, x2, y - 200, 40, IW)])
fl.para(ex["intro"], "serif-i", 11.5, 15, justify=False, hyphenate=False)

# ---- side 2 (inside): three ragged columns
frames = [(1, M + i * PW, H - 40, 40, IW) for i in range(3)]


def on_frame(i):
    if i == 0:
        doc.new_page()


fl = Flow(doc, frames, on_frame)
for si, s in enumerate(ex["sections"]):
    fl.need(70)
    fl.space(10)
    fl.y -= 20
    doc.text(fl.x, fl.y, s["label"], "sans-b", 20, color=[0.55, 0.65, 0.8])
    fl.y -= 2
    fl.para(s["title"], "serif-b", 14, 17, justify=False, hyphenate=False, after=3)
    parts = split_para(s["paras"], s.get("caption_at"))
    for j, (p, cont, before_cap) in enumerate(parts):
        fl.para(p, "serif", 10, 13, justify=False, indent=0, after=5 if not before_cap else 3)
        if before_cap:
            caption_block(fl, s["caption"], box_h=70, side="left")
    if s.get("caption") and not s.get("caption_at"):
        caption_block(fl, s["caption"], box_h=95, side="above")
    if s["label"] == "03":
        pullquote_block(fl, ex["pullquote"], font="sans-b", size=13, lead=16, color=BLUE)
footer()

json.dump(doc.ops, open(ex["name"] + ".ops.json", "w"), ensure_ascii=False)
out = os.path.join(C.OUT, ex["name"] + ".pdf")
subprocess.run([sys.executable, "paint_pdfrw.py", ex["name"] + ".ops.json", out, " ".join(ex["title_lines"])], check=True)
subprocess.run(["pdftotext", "-raw", out, out[:-4] + ".txt"], check=True)
C.gold(ex, [ex["running"]])
print("ok", ex["name"], doc.npages, "sides")
