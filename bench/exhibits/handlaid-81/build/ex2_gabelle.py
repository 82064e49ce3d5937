# -*- coding: utf-8 -*-
"""french_gabelle_1341: A4 catalogue pages 54-55, gri -> Ghostscript."""
import os, sys
from grilib import Doc, Flow, break_lines, width, build_pdf
from content import EX
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = EX["french_gabelle_1341"]
W, H = 595, 842
d = Doc(W, H, 2)
RED = (0.6, 0.12, 0.1); GREY = (0.8, 0.8, 0.8); DARK = (0.2, 0.2, 0.2)
BODY = dict(font="TimesRoman", size=10.5, lead=13.6)
log = []
# p. 54 running head: folio outside, then head
d.text(0, 62, 42, E["running"][0], "HelveticaBold", 9, DARK)
d.text(0, 84, 42, E["running"][1], "Helvetica", 9, DARK)
d.rule(0, 62, 50, 533, 50, DARK, 0.4)
d.text(0, 62, 92, "ESSAY 3", "Helvetica", 8, RED)
d.text(0, 62, 128, E["title"][0], "TimesBold", 32, (0, 0, 0))
d.text(0, 62, 154, E["title"][1], "Palatino", 15, RED)
d.text(0, 62, 178, "Marguerite Olivaux", "Helvetica", 8.5, DARK)
y = 206
for words, last in break_lines(E["intro"], "Palatino", 12, lambda i: 471):
    d.line_words(0, 62, y, words, last, "Palatino", 12, 471)
    y += 16
top = y + 14
C = [(0, 62, top, 222, 742), (0, 311, top, 222, 742), (1, 62, 80, 222, 790), (1, 311, 80, 222, 790)]
T = E["table"]

def table_rows(p, x, y, rows, w, cont=False):
    d.text(0 if p == 0 else 1, x, y, T["title"] + (" (continued)" if cont else ""), "HelveticaBold", 8.5, RED)
    y += 6
    d.box(p, x, y, x + w, y + 15, (0.88, 0.84, 0.76))
    d.text(p, x + 4, y + 11, T["head"][0], "HelveticaBold", 8, DARK)
    d.text(p, x + w - 4, y + 11, T["head"][1], "HelveticaBold", 8, DARK, align="right")
    y += 15
    for a, b in rows:
        y += 13
        d.text(p, x + 4, y - 3, a, "Helvetica", 8.5, DARK)
        d.text(p, x + w - 4, y - 3, b, "Helvetica", 8.5, DARK, align="right")
        d.rule(p, x, y + 1, x + w, y + 1, (0.6, 0.6, 0.6), 0.3)
    return y

def table_part1(flow):
    p, x, t, w, b = flow.frame
    table_rows(0, x, TAB[0] + 10, T["rows"][:3], w)

def caption_opposite(flow):
    p, x, t, w, b = flow.frame
    cap = E["sections"][2]["caption"]
    yy = CAP[0] + 12
    d.rule(0, x, CAP[0], x + w, CAP[0], RED, 0.6)
    for k, (words, last) in enumerate(break_lines("Opposite: " + cap["text"], "Helvetica", 8.5, lambda i: w)):
        if k == 0:
            d.text(0, x, yy, "Opposite:", "HelveticaBold", 8.5, RED)
            d.text(0, x + width("Opposite: ", "HelveticaBold", 8.5), yy, " ".join(words[1:]), "Helvetica", 8.5, DARK)
        else:
            d.text(0, x, yy, " ".join(words), "Helvetica", 8.5, DARK)
        yy += 11
    d.text(0, x, yy, cap["credit"], "Helvetica", 7, (0.4, 0.4, 0.4))

NOTE_SPLIT = None
def footnote_p54():
    global NOTE_SPLIT
    lines = break_lines(E["note"], "TimesRoman", 8, lambda i: 471)
    NOTE_SPLIT = 1
    d.rule(0, 62, 756, 140, 756, DARK, 0.4)
    yy = 768
    for words, last in lines[:NOTE_SPLIT]:
        d.line_words(0, 62, yy, words, False, "TimesRoman", 8, 471); yy += 10
    return lines

def enter_p55(flow):
    # page turn: running head of p. 55 (head, then folio), then the table resumes
    d.text(1, 511, 42, E["running"][2], "Helvetica", 9, DARK, align="right")
    d.text(1, 533, 42, E["running"][3], "HelveticaBold", 9, DARK, align="right")
    d.rule(1, 62, 50, 533, 50, DARK, 0.4)
    p, x, t, w, b = flow.frame
    y = table_rows(1, x, t + 8, T["rows"][3:], w, cont=True)
    d.text(1, x, y + 12, "Source: storehouse accounts, rounded.", "Helvetica", 7, (0.4, 0.4, 0.4))
    flow.y = y + 26

def enter_p55_col2(flow):
    p, x, t, w, b = flow.frame
    d.box(1, x, t, x + w, t + 300, GREY)
    flow.y = t + 318

TAB = (560, 742)
CAP = (470, 540)
f = Flow(d, C, enter={2: enter_p55, 3: enter_p55_col2},
         obstacles={1: [[CAP[0], CAP[1], caption_opposite, False], [TAB[0], TAB[1], table_part1, False]]}, log=log)
note_lines = footnote_p54()
for s in E["sections"]:
    f.heading(s["label"], s["title"], size=12, font="TimesBold", color=(0, 0, 0), label_color=RED, lead=15, hang=20, before=8, after=5)
    for k, para in enumerate(s["paras"]):
        f.para(para, indent=0 if k == 0 else 12, after=0, tag=s["label"] + "-%d" % (k + 1), **BODY)
# sidebar box, under the picture in the second column of p. 55
if f.fi == 2:
    f.next_frame()
f.room(150)
p, x, t, w, b = f.frame
y0 = f.y + 14
sb = E["sidebar"]
lines = break_lines(sb["paras"][0], "Helvetica", 9, lambda i: w - 20)
h = 34 + 12 * len(lines)
d.box(p, x, y0, x + w, y0 + h, (0.93, 0.9, 0.84))
d.text(p, x + 10, y0 + 18, sb["title"], "HelveticaBold", 10, RED)
yy = y0 + 34
for words, last in lines:
    d.line_words(p, x + 10, yy, words, last, "Helvetica", 9, w - 20, justify=False); yy += 12
# footnote continued at the foot of p. 55
d.rule(1, 62, 800, 140, 800, DARK, 0.4)
yy = 812
for words, last in note_lines[NOTE_SPLIT:]:
    d.line_words(1, 62, yy, words, last, "TimesRoman", 8, 471); yy += 10
build_pdf(d, "french_gabelle_1341", OUT, "The Most Hated Tax", "Maison du Sel (fictional)", "Catalogue pages 54-55")
open(os.path.join(OUT, "build", "layout_log_gabelle.txt"), "w").write("\n".join(log) + "\n")
print("\n".join(log))
