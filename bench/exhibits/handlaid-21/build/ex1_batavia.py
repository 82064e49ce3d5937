# -*- coding: utf-8 -*-
"""Exhibit 1: batavia_wreck_1629, painted with pydyf (PyPI), base-14 Times/Helvetica, WinAnsiEncoding."""
import common
common.ensure_venv()
import os
import pydyf
import content, layout as L
from layout import Ops, Flow

EX = content.BATAVIA
NAME = EX["name"]
W, H = 595.28, 841.89
RED = (0.62, 0.12, 0.10)
GREY = (0.45, 0.45, 0.45)
ST = dict(body_font="serif", body_size=11, body_lead=14.6, justify=True, justify_mode="tw", hyphenate=True,
          first_indent=0.0, indent=11.0,
          cap_font="sans", cap_size=8.2, cap_lead=10.4, credit_font="sans-i", credit_size=7.2, credit_lead=9.4,
          credit_color=GREY)
ops = Ops()
FOLIOS = {1: "112", 2: "113"}
COLW = 248
X1, X2 = 42, 42 + COLW + 21
state = dict(page=0)


def footer(pg):
    # footnote (page 1 only) and folio, drawn after the page's columns
    if pg == 1:
        ops.line(X2, 92, X2 + 60, 92, 0.4, GREY)
        y = 82
        for words, _ in L.wrap(EX["note"][1], "serif", 8, COLW, hyphenate=False):
            ops.text(X2, y, "serif", 8, L.line_text(words), (0.2, 0.2, 0.2))
            y -= 9.6
    f = FOLIOS[pg]
    if pg % 2 == 1:  # verso: folio at the left
        ops.text(42, 36, "sans-b", 9, f, GREY)
    else:
        ops.text(W - 42 - L.width(f, "sans-b", 9), 36, "sans-b", 9, f, GREY)


def new_page(pg):
    if state["page"]:
        footer(state["page"])
    state["page"] = pg
    ops.page(W, H)
    # running header first
    ops.text(42, 810, "sans", 8, EX["running"][0], GREY)
    t = EX["running"][1]
    ops.text(W - 42 - L.width(t, "sans-i", 8), 810, "sans-i", 8, t, GREY)
    ops.line(42, 803, W - 42, 803, 0.5, GREY)


def heading(flow, sec):
    flow.space(9)
    flow.need(40)
    flow.y -= 22
    x = flow.frame[1]
    ops.text(x, flow.y, "sans-b", 22, sec["label"], (0.6, 0.6, 0.6))
    ops.text(x + 22, flow.y + 2, "serif-b", 13.5, sec["title"], RED)
    flow.y -= 6


def place_figure(flow, fig):
    h = L.figure_height(fig, flow.frame[3], ST)
    flow.y -= 5
    flow.need(h + 6)
    L.draw_figure(ops, fig, flow.frame[1], flow.y, flow.frame[3], ST)
    flow.y -= h + 7


frames = [(1, X1, 556, COLW, 62), (1, X2, 556, COLW, 104), (2, X1, 780, COLW, 62), (2, X2, 780, COLW, 62)]
flow = Flow(frames, new_page)
# page-1 top matter (drawn after the header)
ops.text(42, 772, "sans-b", 8.5, EX["kicker"].upper(), RED)
ops.text(42, 738, "serif-b", 31, EX["title_lines"][0])
ops.text(42, 703, "serif-b", 31, EX["title_lines"][1])
ops.rect(395, 684, 158, 96, (0.78, 0.78, 0.78))  # uncaptioned picture beside the title
y = 664
for words, _ in L.wrap(EX["intro"], "serif-i", 12.5, W - 84, hyphenate=False):
    ops.text(42, y, "serif-i", 12.5, L.line_text(words))
    y -= 16.5
ops.line(42, y + 4, W - 42, y + 4, 1.2, RED)

secs = EX["sections"]
for si, sec in enumerate(secs):
    heading(flow, sec)
    for pi, p in enumerate(sec["paras"]):
        text = p
        if EX["note"][2] in p:
            text = L.glue_mark(p, EX["note"][2], EX["note"][0])
        insert = None
        if si == 1 and pi == 1:  # 2-2 is broken mid-sentence by the "Left:" picture and caption
            fig = dict(kind="side", pos_word="Left: ", caption=sec["caption"], pic_h=64, pic_w=100)
            insert = (4, lambda fl, fig=fig: place_figure(fl, fig))
        if pi > 0:
            flow.y -= 1
        L.flow_para(ops, flow, text, ST, first=(pi == 0), insert=insert)
    if si == 2:  # pull quote after section 3
        flow.y -= 8
        flow.need(62)
        flow.y -= 4
        ops.line(flow.frame[1], flow.y, flow.frame[1] + COLW, flow.y, 1, RED)
        flow.y -= 6
        for words, _ in L.wrap(EX["pull"], "serif-i", 15, COLW - 10, hyphenate=False):
            flow.y -= 18
            ops.text(flow.frame[1] + 5, flow.y, "serif-i", 15, L.line_text(words), RED)
        flow.y -= 9
        ops.line(flow.frame[1], flow.y, flow.frame[1] + COLW, flow.y, 1, RED)
        flow.y -= 4
    if si == 3:
        place_figure(flow, dict(kind="above", pos_word="Above: ", caption=sec["caption"], pic_h=96))

# sidebar: tinted box at the end of the flow
st, stext = EX["sidebar"]
lines = L.wrap(stext, "sans", 9.2, COLW - 20, hyphenate=True)
bh = 20 + 16 + len(lines) * 12.4 + 8
flow.y -= 8
flow.need(bh)
x = flow.frame[1]
ops.rect(x, flow.y - bh, COLW, bh, (0.93, 0.89, 0.82))
yy = flow.y - 24
ops.text(x + 10, yy, "sans-b", 11.5, st, RED)
yy -= 17
for i, (words, _) in enumerate(lines):
    L.set_line(ops, words, False, x + 10, yy, COLW - 20, "sans", 9.2, (0, 0, 0), False, True)
    yy -= 12.4
flow.y -= bh
footer(state["page"])

opslist = ops.ops
common.write_ops(NAME, opslist)


# ---- painter: pydyf ----
def esc(s):
    b = s.encode("cp1252")
    return b"(" + b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


pdf = pydyf.PDF()
pdf.info["Producer"] = pydyf.String("pydyf " + pydyf.__version__ if hasattr(pydyf, "__version__") else "pydyf")
pdf.info["Title"] = pydyf.String(content.title(EX))
fontobjs = {}
for i, key in enumerate(["serif", "serif-i", "serif-b", "sans", "sans-b", "sans-i"]):
    f = pydyf.Dictionary({"Type": "/Font", "Subtype": "/Type1", "BaseFont": "/" + L.FONTS[key][1],
                          "Encoding": "/WinAnsiEncoding"})
    pdf.add_object(f)
    fontobjs[key] = ("F%d" % (i + 1), f)
resources = pydyf.Dictionary({"Font": pydyf.Dictionary({n: f.reference for n, f in fontobjs.values()})})
pdf.add_object(resources)
stream = None
pages = []


def flush(stream, pw, ph):
    pdf.add_object(stream)
    page = pydyf.Dictionary({"Type": "/Page", "Parent": pdf.pages.reference,
                             "MediaBox": pydyf.Array([0, 0, pw, ph]), "Contents": stream.reference,
                             "Resources": resources.reference})
    pdf.add_page(page)


cur = None
for op in opslist:
    if op["op"] == "page":
        if stream is not None:
            flush(stream, *cur)
        stream = pydyf.Stream()
        cur = (op["w"], op["h"])
    elif op["op"] == "text":
        stream.set_color_rgb(*op["color"])
        stream.begin_text()
        stream.stream.append(b"%.3f Tw" % op["tw"])
        stream.set_font_size(fontobjs[op["font"]][0], op["size"])
        stream.set_text_matrix(1, 0, 0, 1, op["x"], op["y"])
        stream.stream.append(esc(op["text"]) + b" Tj")
        stream.end_text()
    elif op["op"] == "rect":
        stream.set_color_rgb(*op["fill"])
        stream.rectangle(op["x"], op["y"], op["w"], op["h"])
        stream.fill()
    elif op["op"] == "line":
        stream.set_color_rgb(*op["color"], stroke=True)
        stream.set_line_width(op["width"])
        stream.move_to(op["x1"], op["y1"])
        stream.line_to(op["x2"], op["y2"])
        stream.stroke()
flush(stream, *cur)
with open(os.path.join(common.OUT, NAME + ".pdf"), "wb") as f:
    pdf.write(f)
common.pdftotext(NAME)
content.write_gold(EX, common.OUT)
print("wrote", NAME)
