# -*- coding: utf-8 -*-
"""Exhibit 2: fram_drift_1893, a three-panel folded leaflet painted with muhammara (npm), Liberation TTF embedded."""
import common
common.ensure_venv()
import os, subprocess
import content, layout as L
from layout import Ops, Flow

EX = content.FRAM
NAME = EX["name"]
W, H = 841.89, 595.28
PW = W / 3
M = 24
COLW = PW - 2 * M
BLUE = (0.08, 0.23, 0.42)
RED = (0.70, 0.16, 0.12)
GREY = (0.42, 0.42, 0.42)
ST = dict(body_font="serif", body_size=10.6, body_lead=14.0, justify=False, hyphenate=True,
          first_indent=0.0, indent=0.0,
          cap_font="sans", cap_size=8.4, cap_lead=10.6, credit_font="sans", credit_size=7.2, credit_lead=9.2,
          credit_color=GREY)
ops = Ops()
FOOT = EX["running"][0]


def footer():
    ops.text((W - L.width(FOOT, "sans", 7.5)) / 2, 16, "sans", 7.5, FOOT, GREY)


def folds():
    for i in (1, 2):
        ops.line(PW * i, 8, PW * i, 22, 0.3, GREY)
        ops.line(PW * i, H - 22, PW * i, H - 8, 0.3, GREY)


# ---------- side 1 (outside), drawn left to right: flap, back, cover ----------
ops.page(W, H)
x = M
st, stext = EX["sidebar"]
lines = L.wrap(stext, "sans", 10, COLW - 24)
bh = 30 + 18 + len(lines) * 13.6 + 10
top = H - 60
ops.rect(x, top - bh, COLW, bh, (0.86, 0.91, 0.95))
y = top - 30
ops.text(x + 12, y, "sans-b", 13, st, BLUE)
y -= 20
for words, _ in lines:
    ops.text(x + 12, y, "sans", 10, L.line_text(words))
    y -= 13.6
# table: the Fram in figures (not gold)
y = top - bh - 34
ops.text(x, y, "sans-b", 9.5, "The Fram in figures", BLUE)
y -= 6
rows = [("Length", "39 metres"), ("Crew on the drift", "13 men"), ("Frozen in", "September 1893"),
        ("Broke free", "13 August 1896"), ("Provisions", "for five years")]
for a, b in rows:
    ops.line(x, y, x + COLW, y, 0.4, GREY)
    y -= 13
    ops.text(x + 2, y, "sans", 9, a)
    ops.text(x + 120, y, "sans-b", 9, b)
    y -= 5
ops.line(x, y, x + COLW, y, 0.4, GREY)
# back panel: picture and address block (not gold)
x = PW + M
ops.rect(x, H - 60 - 150, COLW, 150, (0.8, 0.8, 0.8))
y = H - 250
for s, f in [("Kval\u00f8ya Polar Museum", "sans-b"), ("Strandvegen 14, 9019 Troms\u00f8", "sans"),
             ("Open daily 10\u201317 \u00b7 Closed 24\u201326 December", "sans"),
             ("The Fram model gallery is on the first floor.", "sans"), ("Lift and accessible toilets on every floor.", "sans")]:
    ops.text(x, y, f, 9.5, s)
    y -= 13
footer()
# cover
x = 2 * PW + M
ops.text(x, H - 70, "sans-b", 8.5, EX["kicker"], RED)
ops.text(x, H - 104, "serif-b", 22, EX["title_lines"][0], BLUE)
ops.text(x, H - 130, "serif-b", 22, EX["title_lines"][1], BLUE)
ops.rect(x, H - 300, COLW, 150, (0.76, 0.76, 0.76))
y = H - 324
for words, _ in L.wrap(EX["intro"], "serif-i", 12, COLW, hyphenate=False):
    ops.text(x, y, "serif-i", 12, L.line_text(words))
    y -= 16
folds()

# ---------- side 2 (inside): sections flow through three columns ----------
frames = [(2, M + i * PW, H - 40, COLW, 44) for i in range(3)]
note_state = {}


def new_page(pg):
    ops.page(W, H)


flow = Flow(frames, new_page)


def place_figure(fl, fig):
    h = L.figure_height(fig, fl.frame[3], ST)
    fl.y -= 6
    fl.need(h + 6)
    L.draw_figure(ops, fig, fl.frame[1], fl.y, fl.frame[3], ST)
    fl.y -= h + 8


for si, sec in enumerate(EX["sections"]):
    flow.space(12)
    flow.need(50)
    flow.y -= 9
    ops.text(flow.frame[1], flow.y, "sans-b", 8.5, sec["label"], RED)
    flow.y -= 17
    ops.text(flow.frame[1], flow.y, "sans-b", 13.5, sec["title"], BLUE)
    flow.y -= 4
    for pi, p in enumerate(sec["paras"]):
        text = p
        marked = EX["note"][2] in p and "col" not in note_state
        if marked:  # only the first "Christiania" carries the mark
            text = L.glue_mark(p, EX["note"][2], EX["note"][0])
        insert = None
        if si == 1 and pi == 0:  # B-1 broken after its third line by the "Right:" caption and picture
            fig = dict(kind="side", pos_word="Right: ", caption=sec["caption"], pic_h=80, pic_w=112)
            insert = (2, lambda fl, fig=fig: place_figure(fl, fig))
        if pi:
            flow.y -= 5
        L.flow_para(ops, flow, text, ST, first=True, insert=insert)
        if marked:
            note_state["col"] = flow.fi
    if si == 2:  # pull quote after section C
        flow.y -= 12
        flow.need(70)
        flow.y -= 6
        ops.rect(flow.frame[1], flow.y - 58, 3, 58, RED)
        yy = flow.y
        for words, _ in L.wrap(EX["pull"], "serif-i", 14, COLW - 16, hyphenate=False):
            yy -= 17
            ops.text(flow.frame[1] + 12, yy, "serif-i", 14, L.line_text(words), RED)
        flow.y -= 66
    if si == 3:
        place_figure(flow, dict(kind="above", pos_word="Above: ", caption=sec["caption"], pic_h=100))
# the footnote sits at the foot of the column that holds the mark, drawn after all columns
nx = frames[note_state["col"]][1]
ops.line(nx, 40, nx + 40, 40, 0.4, GREY)
ops.text(nx, 31, "serif", 8, EX["note"][1])
footer()
folds()

common.write_ops(NAME, ops.ops)
subprocess.run(["node", os.path.join(common.BUILD, "paint_muhammara.js"), os.path.join(common.BUILD, NAME + ".ops.json"),
                os.path.join(common.OUT, NAME + ".pdf"), content.title(EX)], check=True)
common.pdftotext(NAME)
content.write_gold(EX, common.OUT)
print("wrote", NAME)
