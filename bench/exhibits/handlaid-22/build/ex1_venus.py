# Exhibit 1: transit_of_venus_1769, painted by Qt's QPdfWriter (PySide6).
import json, sys, subprocess, os
from layout import *
import content as C
ex = C.VENUS
W, H = 481.9, 680.3
doc = Doc(W, H)
M = 40
CW = (W - 2 * M - 18) / 2
frames = [(0, M, 0, 60, CW), (0, M + CW + 18, 0, 60, CW), (1, M, H - 60, 60, CW), (1, M + CW + 18, H - 60, 60, CW)]


def header(page):
    doc.new_page()
    doc.text(M, H - 37, ex["header_left"], "sans", 8, grey=0.3)
    doc.text(W - M - width(ex["header_right"], "sans-i", 8), H - 37, ex["header_right"], "sans-i", 8, grey=0.3)
    doc.line(M, H - 44, W - M, H - 44, 0.5)


def on_frame(i):
    if i == 2:
        header(1)


header(0)
doc.text(M, H - 70, ex["kicker"], "sans-b", 8.5, color=[0.55, 0.15, 0.1])
y = H - 70
for t in ex["title_lines"]:
    y -= 30
    doc.text(M, y, t, "serif-b", 24)
doc.rect(W - M - 100, y - 4, 100, 86, [0.72, 0.72, 0.72])   # uncaptioned picture beside title
# intro across the page
fl0 = Flow(doc, [(0, M, y - 14, 60, W - 2 * M - 110)])
fl0.para(ex["intro"], "serif-i", 12, 15.5, justify=False, hyphenate=False)
top = fl0.y - 10
doc.line(M, top + 4, W - M, top + 4, 0.5)
frames[0] = (0, M, top, 60, CW)
frames[1] = (0, M + CW + 18, top, 60, CW)
fl = Flow(doc, frames, on_frame)


def mark(t, word, m):
    return t.replace(word, word + m, 1)


for si, s in enumerate(ex["sections"]):
    fl.need(60)
    fl.space(8)
    fl.y -= 10
    doc.text(fl.x, fl.y, s["label"], "sans-b", 8, color=[0.55, 0.15, 0.1])
    fl.para(s["title"], "serif-b", 13.5, 16, justify=False, hyphenate=False, after=3)
    parts = split_para(s["paras"], s.get("caption_at"))
    for j, (p, cont, before_cap) in enumerate(parts):
        if s["label"] == "Panel C":
            p = mark(p, ex["footnote_word"], ex["footnote_mark"])
        fl.para(p, "serif", 10, 13, justify=True, indent=0 if (j == 0 or cont) else 12, after=1)
        if before_cap:
            caption_block(fl, s["caption"], box_h=80, side="above")
    if s.get("caption") and not s.get("caption_at"):
        fl.y -= 4
        caption_block(fl, s["caption"], box_h=70, side="right")
    if s["label"] == "Panel C":
        pullquote_block(fl, ex["pullquote"])
sidebar_block(fl, ex["sidebar"])

pn = page_of(doc, ex["footnote_word"] + ex["footnote_mark"])
append_to_page(doc, pn, [["line", M, 56, M + 80, 56, 0.4, [0, 0, 0]], ["text", M, 46, ex["footnote"], "serif", 7.5, [0, 0, 0]]])
for p in range(doc.npages):
    f = ex["folios"][p]
    append_to_page(doc, p, [["text", (W - width(f, "sans", 8)) / 2, 28, f, "sans", 8, [0.3, 0.3, 0.3]]])

json.dump(doc.ops, open(ex["name"] + ".ops.json", "w"), ensure_ascii=False)
out = os.path.join(C.OUT, ex["name"] + ".pdf")
subprocess.run([sys.executable, "paint_qt.py", ex["name"] + ".ops.json", out,
                " ".join(ex["title_lines"])], check=True)
subprocess.run(["pdftotext", "-raw", out, out[:-4] + ".txt"], check=True)
C.gold(ex, [ex["header_left"], ex["header_right"]] + ex["folios"])
print("ok", ex["name"], doc.npages, "pages")
