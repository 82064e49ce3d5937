# Exhibit 4: great_train_robbery_1963, one wide column with a margin for labels, painted by R's pdf() device.
import json, sys, subprocess, os
from layout import *
import content as C
ex = C.TRAIN
W, H = 595.28, 841.89
doc = Doc(W, H)
ML, MX, MR = 48, 150, 545          # margin column 48..138, main column 150..545
MW = MR - MX
RED = [0.6, 0.1, 0.1]


def header(p):
    doc.new_page()
    doc.text(ML, H - 34, ex["header_left"], "sans-b", 8, grey=0.25)
    doc.text(MR - width(ex["header_right"], "sans", 8), H - 34, ex["header_right"], "sans", 8, grey=0.25)
    doc.line(ML, H - 40, MR, H - 40, 0.5)


header(0)
# the sidebar is drawn first, in a box at the top right beside the title
sb = Flow(doc, [(0, MX + MW * 0.58, H - 58, 0, MW * 0.42)])
sidebar_block(sb, ex["sidebar"], tint=(0.95, 0.9, 0.85), tfont="sans-b", font="sans", size=9, lead=11, pad=7)
doc.text(ML, H - 80, ex["kicker"], "sans-b", 9, color=RED)
t = Flow(doc, [(0, ML, H - 82, 0, MW * 0.58 + (MX - ML) - 14)])
t.para(ex["title_lines"][0], "serif-b", 30, 33, justify=False, hyphenate=False, after=8)
t.para(ex["intro"], "serif-i", 12, 15, justify=False, hyphenate=False)
top = min(t.y, sb.y) - 12
doc.line(ML, top + 6, MR, top + 6, 0.8, RED)
frames = [(0, MX, top, 64, MW), (1, MX, H - 56, 64, MW)]


def on_frame(i):
    if i == 1:
        header(1)


fl = Flow(doc, frames, on_frame)
for si, s in enumerate(ex["sections"]):
    fl.need(50)
    fl.space(12)
    fl.y -= 16
    doc.text(MX - 12 - width(s["label"], "sans-b", 9), fl.y, s["label"], "sans-b", 9, color=RED)
    doc.text(fl.x, fl.y, s["title"], "serif-b", 14)
    fl.y -= 4
    parts = split_para(s["paras"], s.get("caption_at"))
    for j, (p, cont, before_cap) in enumerate(parts):
        if s["label"] == "Part One":
            p = p.replace(ex["footnote_word"] + " ", ex["footnote_word"] + ex["footnote_mark"] + " ", 1)
        fl.para(p, "serif", 11, 14.5, justify=True, indent=0, after=6 if not before_cap else 2)
        if before_cap:
            fl.y -= 2
            caption_block(fl, s["caption"], box_h=110, side="left", size=8, lead=10)
    if s["label"] == "Part Three":
        # pull quote set in the margin column beside Part Four's heading
        pq = Flow(doc, [(fl.page, ML, fl.y - 48, 0, MX - ML - 14)])
        pq.para(ex["pullquote"], "serif-bi", 12, 14.5, justify=False, hyphenate=False, color=RED)

pn = page_of(doc, ex["footnote_word"] + ex["footnote_mark"])
append_to_page(doc, pn, [["line", MX, 54, MX + 80, 54, 0.4, [0, 0, 0]], ["text", MX, 44, ex["footnote"], "serif", 8, [0, 0, 0]]])
for p in range(doc.npages):
    f = ex["folios"][p]
    x = ML if p % 2 == 1 else MR - width(f, "sans-b", 10)
    append_to_page(doc, p, [["text", x, 26, f, "sans-b", 10, [0, 0, 0]]])

json.dump(doc.ops, open(ex["name"] + ".ops.json", "w"), ensure_ascii=False)
with open(ex["name"] + ".ops.tsv", "w", encoding="utf-8") as f:
    for op in doc.ops:
        if op[0] == "page":
            row = ["page", "", "", op[2], op[3], "", 0, 0, 0]
        elif op[0] == "text":
            # R's pdf() prints "-" as a minus sign: the soft hyphen (WinAnsi 0xAD) gives the hyphen glyph
            assert op[5] == int(op[5]), op  # R rounds font sizes to whole points
            row = ["text", op[1], op[2], op[3].replace("-", "\u00ad"), op[4], op[5]] + op[6]
        elif op[0] == "rect":
            row = ["rect", op[1], op[2], op[3], op[4], ""] + op[5]
        else:
            row = ["line", op[1], op[2], op[3], op[4], op[5]] + op[6]
        f.write("\t".join(str(v) for v in row) + "\n")
out = os.path.join(C.OUT, ex["name"] + ".pdf")
subprocess.run(["Rscript", "paint_r.R", ex["name"] + ".ops.tsv", out, ex["title_lines"][0]], check=True,
               env=dict(os.environ, LANG="C.UTF-8", LC_ALL="C.UTF-8"))
subprocess.run(["pdftotext", "-raw", out, out[:-4] + ".txt"], check=True)
C.gold(ex, [ex["header_left"], ex["header_right"]] + ex["folios"])
print("ok", ex["name"], doc.npages, "pages")
