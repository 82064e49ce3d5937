# -*- coding: utf-8 -*-
"""hallstatt_salt_mine_1734: A3 portrait wall panel, gri -> Ghostscript."""
import os, sys
from grilib import Doc, Flow, break_lines, width, build_pdf
from content import EX
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = EX["hallstatt_salt_mine_1734"]
W, H = 842, 1191
d = Doc(W, H)
NAVY = (0.12, 0.17, 0.27); RED = (0.66, 0.16, 0.12); WHITE = (1, 1, 1); GREY = (0.78, 0.78, 0.78)
BODY = dict(font="TimesRoman", size=12.5, lead=16.5)
log = []
# title band: white title on a dark band, panel number set large beside it
d.box(0, 0, 0, W, 200, NAVY)
d.text(0, 52, 160, "4", "HelveticaBold", 130, (0.95, 0.8, 0.35))
d.rule(0, 150, 45, 150, 165, (0.95, 0.8, 0.35), 1.5)
d.text(0, 172, 100, E["title"][0], "HelveticaBold", 52, WHITE)
d.text(0, 172, 150, E["title"][1], "Palatino", 25, (0.96, 0.92, 0.78))
# intro, full width, larger type
y = 250
for words, last in break_lines(E["intro"], "Palatino", 18, lambda i: 722):
    d.line_words(0, 60, y, words, last, "Palatino", 18, 722)
    y += 25
d.rule(0, 60, y - 5, 782, y - 5, RED, 2)
top = y + 20
C1 = (0, 60, top, 415, 1115); C2 = (0, 500, top, 282, 1115)

def picture(flow):
    p, x, t, w, b = flow.frame
    d.box(0, x, t, x + w, t + 215, GREY)
    cap = E["sections"][2]["caption"]
    yy = t + 160
    for words, last in break_lines(cap["text"], "HelveticaBold", 11, lambda i: w - 40):
        d.text(0, x + 12, yy, " ".join(words), "HelveticaBold", 11, WHITE)
        yy += 14
    d.text(0, x + w - 6, t + 209, cap["credit"], "Helvetica", 7.5, WHITE, rot=90)
    flow.y = t + 232

def factbox(flow):
    p, x, t, w, b = flow.frame
    top0 = FACT[0]
    sb = E["sidebar"]
    lines = break_lines(sb["paras"][0], "Helvetica", 12, lambda i: w - 36)
    d.box(0, x, top0, x + w, FACT[1], (0.93, 0.89, 0.78))
    d.box(0, x, top0, x + 8, FACT[1], RED)
    d.text(0, x + 22, top0 + 28, sb["title"], "HelveticaBold", 15, RED)
    yy = top0 + 50
    for words, last in lines:
        d.line_words(0, x + 22, yy, words, last, "Helvetica", 12, w - 36, justify=False)
        yy += 16
    assert yy < FACT[1], yy

def pull(flow):
    p, x, t, w, b = flow.frame
    q, a = E["pull"]
    d.rule(0, x, PULL[0], x + w, PULL[0], RED, 2)
    yy = PULL[0] + 30
    for words, last in break_lines(q, "Palatino", 20, lambda i: w):
        d.text(0, x, yy, " ".join(words), "Palatino", 20, RED); yy += 25
    d.text(0, x + w, yy + 2, a, "Helvetica", 10, (0.3, 0.3, 0.3), align="right")
    d.rule(0, x, PULL[1] - 6, x + w, PULL[1] - 6, RED, 2)

FACT = [int(sys.argv[1]) if len(sys.argv) > 1 else 860, 0]
FACT[1] = FACT[0] + 165
PULL = (800, 905)
f = Flow(d, [C1, C2], enter={1: picture}, obstacles={0: [[FACT[0], FACT[1], factbox, False]], 1: [[PULL[0], PULL[1], pull, False]]}, log=log)
for s in E["sections"]:
    f.heading(s["label"], s["title"], size=20, font="HelveticaBold", color=NAVY, label_color=RED, lead=22, kicker=s["kicker"], before=10, after=8)
    for k, para in enumerate(s["paras"]):
        f.para(para, indent=0 if k == 0 else 18, after=4, tag=s["label"] + "-%d" % (k + 1), **BODY)
print("end y", f.fi, f.y, file=sys.stderr)
# running footer
d.rule(0, 60, 1138, 782, 1138, NAVY, 0.8)
d.text(0, 60, 1160, E["running"][0], "Helvetica", 10, NAVY)
d.text(0, 782, 1160, E["running"][1], "HelveticaBold", 12, NAVY, align="right")
build_pdf(d, "hallstatt_salt_mine_1734", OUT, "The Salt Mountain", "Kessler Salt Collection (fictional)", "Wall panel 4")
open(os.path.join(OUT, "build", "layout_log_hallstatt.txt"), "w").write("\n".join(log) + "\n")
print("\n".join(log))
