# -*- coding: utf-8 -*-
"""Exhibit 4: irish_crown_jewels_1907, catalogue pages painted with PDF::Reuse (Perl), base-14 fonts."""
import common
common.ensure_venv()
import os, subprocess
import content, layout as L
from layout import Ops, Flow

EX = content.JEWELS
NAME = EX["name"]
W, H = 595.28, 841.89
M = 36
GAP = 16
COLW = (W - 2 * M - 2 * GAP) / 3
CX = [M + i * (COLW + GAP) for i in range(3)]
GREEN = (0.05, 0.30, 0.22)
GOLD = (0.62, 0.48, 0.12)
GREY = (0.40, 0.40, 0.40)
ST = dict(body_font="serif", body_size=10.4, body_lead=13.6, justify=True, justify_mode="tw", hyphenate=True,
          first_indent=0.0, indent=10.0,
          cap_font="sans", cap_size=7.8, cap_lead=9.8, credit_font="sans", credit_size=6.8, credit_lead=8.6,
          credit_color=GREY)
ops = Ops()
state = dict(page=0, note=None)
NUMS = ["\u2013 1 \u2013", "\u2013 2 \u2013"]


def new_page(pg):
    if state["note"] and not state.get("note_done"):
        draw_note()  # the note closes the page that holds its mark
    state["page"] = pg
    ops.page(W, H)
    # the footer is drawn first on each page
    ops.line(M, 40, W - M, 40, 0.5, GREY)
    ops.text(M, 28, "sans", 7.5, EX["running"][0], GREY)
    n = NUMS[pg - 1]
    ops.text((W - L.width(n, "sans-b", 8.5)) / 2, 28, "sans-b", 8.5, n, GREY)
    t = EX["running"][1]
    ops.text(W - M - L.width(t, "sans-i", 7.5), H - 28, "sans-i", 7.5, t, GREY)
    ops.line(M, H - 34, W - M, H - 34, 0.5, GREY)


SIDEBAR_H = {}


class JFlow(Flow):
    def need(self, h):
        old = self.fi
        moved = super().need(h)
        if moved and self.fi == 2:  # entering column 3 of page 1: the sidebar box stands at its head
            draw_sidebar(self.frame[1], self.frame[2])
            self.y = self.frame[2] - SIDEBAR_H["h"] - 14
        return moved


def sidebar_lines():
    return L.wrap(EX["sidebar"][1], "sans", 9, COLW - 16)


def draw_sidebar(x, top):
    lines = sidebar_lines()
    bh = SIDEBAR_H["h"]
    ops.rect(x, top - bh, COLW, bh, (0.90, 0.93, 0.88))
    ops.rect(x, top - 4, COLW, 4, GREEN)
    yy = top - 24
    for words, _ in L.wrap(EX["sidebar"][0], "sans-b", 11, COLW - 16, hyphenate=False):
        ops.text(x + 8, yy, "sans-b", 11, L.line_text(words), GREEN)
        yy -= 13.5
    yy -= 3
    for words, _ in lines:
        ops.text(x + 8, yy, "sans", 9, L.line_text(words))
        yy -= 11.8


SIDEBAR_H["h"] = 24 + 13.5 * 2 + 3 + len(sidebar_lines()) * 11.8 + 4
TOP1 = H - 292
frames = [(1, CX[0], TOP1, COLW, 52), (1, CX[1], TOP1, COLW, 52), (1, CX[2], TOP1, COLW, 52),
          (2, CX[0], H - 50, COLW, 52), (2, CX[1], H - 50, COLW, 52), (2, CX[2], H - 50, COLW, 52)]
flow = JFlow(frames, new_page)
# page-1 top matter: kicker, three-line title across columns 1-2, intro in column 3, a wide picture
ops.text(M, H - 66, "sans-b", 9, EX["kicker"].upper(), GOLD)
y = H - 104
for ln in EX["title_lines"]:
    ops.text(M, y, "sans-b", 34, ln, GREEN)
    y -= 37
yy = H - 82
for words, _ in L.wrap(EX["intro"], "serif-i", 11.5, COLW + 10, hyphenate=False):
    ops.text(CX[2] - 10, yy, "serif-i", 11.5, L.line_text(words))
    yy -= 14.5
ops.line(M, TOP1 + 14, W - M, TOP1 + 14, 1.5, GREEN)


def heading(fl, sec):
    fl.space(10)
    fl.need(52)
    fl.y -= 16
    x = fl.frame[1]
    lw = L.width(sec["label"], "sans-b", 7.5) + 10
    ops.rect(x, fl.y - 4, lw, 14, GREEN)
    ops.text(x + 5, fl.y, "sans-b", 7.5, sec["label"], (1, 1, 1))
    rest = L.wrap(sec["title"], "serif-b", 12.5, COLW - lw - 6, hyphenate=False)
    for i, (words, _) in enumerate(rest):
        if i:
            fl.y -= 14
        ops.text(x + lw + 6, fl.y, "serif-b", 12.5, L.line_text(words), GREEN)
    fl.y -= 5


def place_figure(fl, fig):
    h = L.figure_height(fig, fl.frame[3], ST)
    fl.y -= 5
    fl.need(h + 6)
    L.draw_figure(ops, fig, fl.frame[1], fl.y, fl.frame[3], ST)
    fl.y -= h + 8


def mark_hook(fl, i, words):
    if any(L.MARK in w for w in words):
        state["note"] = (fl.frame[0], fl.fi)
        f = fl.frames[fl.fi]
        fl.frames[fl.fi] = (f[0], f[1], f[2], f[3], max(f[4], 80))


def draw_note():
    state["note_done"] = True
    pg, fi = state["note"]
    x = frames[fi][1]
    ops.line(x, 70, x + 40, 70, 0.4, GREY)
    yy = 61
    for words, _ in L.wrap(EX["note"][1], "serif", 7.5, COLW, hyphenate=False):
        ops.text(x, yy, "serif", 7.5, L.line_text(words))
        yy -= 9


for si, sec in enumerate(EX["sections"]):
    heading(flow, sec)
    for pi, p in enumerate(sec["paras"]):
        text = p
        if EX["note"][2] in p:
            text = L.glue_mark(p, EX["note"][2], EX["note"][0])
        insert = None
        if si == 1 and pi == 1:  # B-2 broken after three lines by the "Left:" picture and caption
            fig = dict(kind="side", pos_word="Left: ", caption=sec["caption"], pic_h=62, pic_w=62)
            insert = (2, lambda fl, fig=fig: place_figure(fl, fig))
        was = flow.frame[0]
        L.flow_para(ops, flow, text, ST, first=(pi == 0), insert=insert, after_line_hook=mark_hook)
        if state["note"] and state["note"][0] != flow.frame[0] and not state.get("note_done"):
            pass
    if si == 2:  # pull quote after Exhibit C, in the column
        flow.y -= 10
        flow.need(80)
        flow.y -= 4
        yy = flow.y
        for words, _ in L.wrap(EX["pull"], "serif-b", 14, COLW, hyphenate=False):
            yy -= 17
            ops.text(flow.frame[1], yy, "serif-b", 14, L.line_text(words), GOLD)
        ops.line(flow.frame[1], yy - 8, flow.frame[1] + 30, yy - 8, 2, GOLD)
        flow.y = yy - 14
    if si == 3:
        place_figure(flow, dict(kind="above", pos_word="Above: ", caption=sec["caption"], pic_h=90))
if not state.get("note_done"):
    draw_note()
# a table of the objects in the case (not gold): the catalogue numbers sit in their own cells
rows = [("Cat. 4.1", "Replica of the Grand Master\u2019s star, made from photographs", "Ormond Quay Museum"),
        ("Cat. 4.2", "Key to the outer door of the Office of Arms", "Lent by a private collector"),
        ("Cat. 4.3", "Reward notice, Dublin Metropolitan Police, 1907", "Ormond Quay Museum"),
        ("Cat. 4.4", "Report of the Viceregal Commission, 1908", "Lent by the Merrion Law Library")]
x0 = CX[1]
tw_ = 2 * COLW + GAP
yy = H - 70
ops.text(x0, yy, "sans-b", 10, "Objects in this case", GREEN)
yy -= 8
for a, b, c in rows:
    ops.line(x0, yy, x0 + tw_, yy, 0.5, GREY)
    ops.rect(x0, yy - 26, 46, 26, (0.90, 0.93, 0.88))
    ops.text(x0 + 5, yy - 16, "sans-b", 8.5, a, GREEN)
    ops.text(x0 + 54, yy - 11, "sans", 8.5, b)
    ops.text(x0 + 54, yy - 21, "sans-i", 7.5, c, GREY)
    yy -= 26
ops.line(x0, yy, x0 + tw_, yy, 0.5, GREY)

common.write_ops(NAME, ops.ops)
tsv = common.write_ops_tsv(NAME, ops.ops)
subprocess.run(["perl", os.path.join(common.BUILD, "paint_reuse.pl"), tsv, os.path.join(common.OUT, NAME + ".pdf"),
                content.title(EX)], check=True, cwd=common.BUILD)
common.pdftotext(NAME)
content.write_gold(EX, common.OUT)
print("wrote", NAME, state)
