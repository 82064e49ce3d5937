# Exhibit 3: priams_treasure_1873, three justified columns, painted by pypdf.
import json, sys, subprocess, os
from layout import *
import content as C
ex = C.PRIAM
W, H = 595.28, 841.89
doc = Doc(W, H)
M = 42
G = 14
CW = (W - 2 * M - 2 * G) / 3
XS = [M + i * (CW + G) for i in range(3)]
GREEN = [0.2, 0.4, 0.3]


def header():
    doc.new_page()
    doc.text(M, H - 30, ex["header_left"], "serif-i", 8.5, grey=0.3)
    doc.text(W - M - width(ex["header_right"], "serif-i", 8.5), H - 30, ex["header_right"], "serif-i", 8.5, grey=0.3)
    doc.line(M, H - 36, W - M, H - 36, 0.4)


header()
doc.text(M, H - 62, ex["kicker"], "sans-b", 8.5, color=GREEN)
y = H - 62
for t in ex["title_lines"]:
    y -= 33
    doc.text(M, y, t, "serif-b", 30)
fi = Flow(doc, [(0, XS[2], H - 52, 0, CW)])
fi.para(ex["intro"], "serif-i", 11, 14, justify=False, hyphenate=False)
top = min(y, fi.y) - 16
doc.line(M, top + 6, W - M, top + 6, 0.8, GREEN)
doc.rect(M, top - 200, 2 * CW + G, 200, [0.72, 0.72, 0.72])   # uncaptioned wide picture under the title
frames = [(0, XS[0], top - 212, 50, CW), (0, XS[1], top - 212, 50, CW), (0, XS[2], top, 50, CW)]
frames += [(1, x, H - 50, 50, CW) for x in XS]


def on_frame(i):
    if i == 3:
        header()


fl = Flow(doc, frames, on_frame)
for si, s in enumerate(ex["sections"]):
    fl.need(60)
    fl.space(10)
    # heading: label drawn first, right-aligned on the heading's first line, in a green tab
    lab = s["label"]
    tl = break_tokens([(w, "serif-b") for w in s["title"].split()], CW - width(lab, "sans-b", 7.5) - 14, CW, 12.5, False)
    fl.y -= 15
    lw = width(lab, "sans-b", 7.5) + 8
    doc.rect(fl.x + CW - lw, fl.y - 3, lw, 13, GREEN)
    doc.text(fl.x + CW - lw + 4, fl.y, lab, "sans-b", 7.5, color=[1, 1, 1])
    for k, ln in enumerate(tl):
        if k:
            fl.y -= 15
        draw_line(doc, ln, fl.x, fl.y, CW, 12.5, False, True)
    fl.y -= 3
    parts = split_para(s["paras"], s.get("caption_at"))
    for j, (p, cont, before_cap) in enumerate(parts):
        if s["label"] == "Case 2":
            p = p.replace(ex["footnote_word"] + ",", ex["footnote_word"] + ex["footnote_mark"] + ",", 1)
        fl.para(p, "serif", 11.5, 15, justify=True, indent=0 if (j == 0 or cont) else 10, after=1)
        if before_cap:
            caption_block(fl, s["caption"], box_h=100, side="left", size=7.5, lead=9)
    if s.get("caption") and not s.get("caption_at"):
        fl.y -= 4
        caption_block(fl, s["caption"], box_h=190, side="below", size=7.5, lead=9)
    if s["label"] == "Case 3":
        pullquote_block(fl, ex["pullquote"], font="serif-bi", size=16, lead=19, color=[0.7, 0.55, 0.1])
sidebar_block(fl, ex["sidebar"], tint=(0.88, 0.93, 0.89), tfont="serif-b", font="serif", size=9, lead=11.5)
fl.para(ex["table_title"], "sans-b", 8.5, 11, justify=False, hyphenate=False, after=2)
for a, b in ex["table"]:
    fl.y -= 14
    doc.rect(fl.x, fl.y - 4, 44, 14, [0.85, 0.85, 0.85])
    doc.text(fl.x + 3, fl.y, a, "sans-b", 7.5)
    doc.text(fl.x + 50, fl.y, b, "sans", 7.5)
    doc.line(fl.x, fl.y - 4, fl.x + CW, fl.y - 4, 0.3)

pn = page_of(doc, ex["footnote_word"] + ex["footnote_mark"])
append_to_page(doc, pn, [["line", M, 44, M + 70, 44, 0.4, [0, 0, 0]], ["text", M, 35, ex["footnote"], "serif", 7, [0, 0, 0]]])
for p in range(doc.npages):
    f = ex["folios"][p]
    append_to_page(doc, p, [["text", (W - width(f, "serif", 9)) / 2, 20, f, "serif", 9, [0, 0, 0]]])
json.dump(doc.ops, open(ex["name"] + ".ops.json", "w"), ensure_ascii=False)
out = os.path.join(C.OUT, ex["name"] + ".pdf")
subprocess.run([sys.executable, "paint_pypdf.py", ex["name"] + ".ops.json", out, " ".join(ex["title_lines"])], check=True)
subprocess.run(["pdftotext", "-raw", out, out[:-4] + ".txt"], check=True)
C.gold(ex, [ex["header_left"], ex["header_right"]] + ex["folios"])
print("ok", ex["name"], doc.npages, "pages")
