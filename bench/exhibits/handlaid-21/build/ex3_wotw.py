# -*- coding: utf-8 -*-
"""Exhibit 3: war_of_the_worlds_1938, a large-print A5 gallery guide painted with Apache PDFBox 2 (Java),
Liberation TTF embedded as Type0 fonts. Justified by placing each word."""
import common
common.ensure_venv()
import os, subprocess
import content, layout as L
from layout import Ops, Flow

EX = content.WOTW
NAME = EX["name"]
W, H = 419.53, 595.28
M = 38
COLW = W - 2 * M
NAVY = (0.10, 0.14, 0.30)
ORANGE = (0.80, 0.33, 0.05)
GREY = (0.40, 0.40, 0.40)
ST = dict(body_font="serif", body_size=12, body_lead=16.2, justify=True, justify_mode="words", hyphenate=True,
          first_indent=0.0, indent=14.0,
          cap_font="sans", cap_size=9.2, cap_lead=11.6, credit_font="sans-i", credit_size=8, credit_lead=10,
          credit_color=GREY)
ops = Ops()
state = dict(page=0, footers=[], note_page=None)


def end_page(pg):
    if state["note_page"] == pg and not state.get("note_done"):
        ops.line(M, 62, M + 50, 62, 0.4, GREY)
        y = 52
        for words, _ in L.wrap(EX["note"][1], "serif", 8.5, COLW, hyphenate=False):
            ops.text(M, y, "serif", 8.5, L.line_text(words), (0.2, 0.2, 0.2))
            y -= 10
        state["note_done"] = True
    state["footers"].append(len(ops.ops))
    ops.text(W - M, 24, "sans", 8.5, "Page %d of @" % pg, GREY)  # right-aligned later
    ops.line(M, 36, W - M, 36, 0.4, GREY)


def new_page(pg):
    if state["page"]:
        end_page(state["page"])
    state["page"] = pg
    ops.page(W, H)
    ops.text(M, H - 26, "sans-b", 8, EX["running"][0], NAVY)
    t = EX["running"][1]
    ops.text(W - M - L.width(t, "sans", 8), H - 26, "sans", 8, t, GREY)
    ops.line(M, H - 32, W - M, H - 32, 0.4, GREY)


frames = [(1, M, H - 190, COLW, 74), (2, M, H - 44, COLW, 74), (3, M, H - 44, COLW, 48), (4, M, H - 44, COLW, 48)]
flow = Flow(frames, new_page)
ops.text(M, H - 62, "sans-b", 9, EX["kicker"], ORANGE)
ops.text(M, H - 90, "sans-b", 23, EX["title_lines"][0], NAVY)
y = H - 112
for words, _ in L.wrap(EX["intro"], "serif-i", 12.5, COLW, hyphenate=False):
    ops.text(M, y, "serif-i", 12.5, L.line_text(words))
    y -= 15.5
ops.line(M, y + 6, W - M, y + 6, 1.5, ORANGE)
frames[0] = (1, M, y - 4, COLW, 74)
flow.y = y - 4


def heading(fl, sec):
    fl.space(12)
    fl.need(64)
    top = fl.y
    h = 24
    x = fl.frame[1]
    # a two-cell table row: the label in a dark cell, the title in a ruled cell
    ops.rect(x, top - h, 62, h, NAVY)
    ops.text(x + 8, top - 16, "sans-b", 9.5, sec["label"], (1, 1, 1))
    ops.line(x, top, x + COLW, top, 0.8, NAVY)
    ops.line(x, top - h, x + COLW, top - h, 0.8, NAVY)
    ops.line(x + COLW, top, x + COLW, top - h, 0.8, NAVY)
    ops.text(x + 72, top - 17, "sans-b", 13.5, sec["title"], NAVY)
    fl.y = top - h - 4


def place_figure(fl, fig):
    h = L.figure_height(fig, fl.frame[3], ST)
    fl.y -= 6
    fl.need(h + 6)
    L.draw_figure(ops, fig, fl.frame[1], fl.y, fl.frame[3], ST)
    fl.y -= h + 8


def mark_hook(fl, i, words):
    if any(L.MARK in w for w in words):
        state["note_page"] = fl.frame[0]
        # reserve the foot of this page for the note
        f = fl.frames[fl.fi]
        fl.frames[fl.fi] = (f[0], f[1], f[2], f[3], max(f[4], 84))


for si, sec in enumerate(EX["sections"]):
    heading(flow, sec)
    for pi, p in enumerate(sec["paras"]):
        text = p
        if EX["note"][2] in p:
            text = L.glue_mark(p, EX["note"][2], EX["note"][0])
        insert = None
        if si == 0 and pi == 1:  # 1-2 broken after two lines by the "Right:" caption + picture
            fig = dict(kind="side", pos_word="Right: ", caption=sec["caption"], pic_h=78, pic_w=120)
            insert = (1, lambda fl, fig=fig: place_figure(fl, fig))
        if si == 2 and pi == 1:  # 3-2 broken mid-sentence by the caption printed above its picture
            fig = dict(kind="below", pos_word="Below: ", caption=sec["caption"], pic_h=92)
            insert = (2, lambda fl, fig=fig: place_figure(fl, fig))
        L.flow_para(ops, flow, text, ST, first=(pi == 0), insert=insert, after_line_hook=mark_hook)
    if si == 1:  # pull quote, centred between rules
        flow.y -= 10
        flow.need(64)
        ops.line(M + 40, flow.y, W - M - 40, flow.y, 0.8, ORANGE)
        flow.y -= 4
        for words, _ in L.wrap(EX["pull"], "serif-i", 15, COLW - 80, hyphenate=False):
            s = L.line_text(words)
            flow.y -= 19
            ops.text((W - L.width(s, "serif-i", 15)) / 2, flow.y, "serif-i", 15, s, ORANGE)
        flow.y -= 10
        ops.line(M + 40, flow.y, W - M - 40, flow.y, 0.8, ORANGE)
        flow.y -= 4

# sidebar box
st, stext = EX["sidebar"]
lines = L.wrap(stext, "sans", 10, COLW - 24)
bh = 26 + 16 + len(lines) * 13.2 + 8
flow.y -= 14
flow.need(bh)
x = flow.frame[1]
ops.rect(x, flow.y - bh, COLW, bh, (0.99, 0.92, 0.82))
yy = flow.y - 24
ops.text(x + 12, yy, "sans-b", 12, st, NAVY)
yy -= 18
for words, _ in lines:
    ops.text(x + 12, yy, "sans", 10, L.line_text(words))
    yy -= 13.2
flow.y -= bh
# data table (not gold)
rows = [("Date", "Sunday 30 October 1938, 8 pm Eastern Time"), ("Network", "CBS, about 150 stations"),
        ("Running time", "about 60 minutes"), ("Listeners (Cantril)", "about 6 million")]
flow.y -= 14
flow.need(20 + len(rows) * 17)
x = flow.frame[1]
flow.y -= 12
ops.text(x, flow.y, "sans-b", 9.5, "The broadcast in numbers", NAVY)
flow.y -= 5
for a, b in rows:
    ops.line(x, flow.y, x + COLW, flow.y, 0.4, GREY)
    flow.y -= 12.5
    ops.text(x + 3, flow.y, "sans-b", 9, a)
    ops.text(x + 110, flow.y, "sans", 9, b)
    flow.y -= 4.5
ops.line(x, flow.y, x + COLW, flow.y, 0.4, GREY)
end_page(state["page"])
total = state["page"]
for i in state["footers"]:
    o = ops.ops[i]
    o["text"] = o["text"].replace("@", str(total))
    o["x"] = round(W - M - L.width(o["text"], "sans", 8.5), 2)
running = EX["running"][:2] + ["Page %d of %d" % (i + 1, total) for i in range(total)]

tsv = common.write_ops_tsv(NAME, ops.ops)
cp = ":".join([os.path.join(common.BUILD, "java"), "/usr/share/java/pdfbox2.jar", "/usr/share/java/fontbox2.jar",
               "/usr/share/java/commons-logging.jar"])
subprocess.run(["java", "-cp", cp, "PaintPdfBox", tsv, os.path.join(common.OUT, NAME + ".pdf"), content.title(EX)],
               check=True)
common.pdftotext(NAME)
content.write_gold(EX, common.OUT, running=running)
print("wrote", NAME, total, "pages")
