# -*- coding: utf-8 -*-
"""cheshire_rock_salt_1670: A4 two-page newsletter, gri -> Ghostscript."""
import os, sys
from grilib import Doc, Flow, break_lines, width, build_pdf
from content import EX
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
E = EX["cheshire_rock_salt_1670"]
W, H = 595, 842
d = Doc(W, H, 2)
TEAL = (0.05, 0.38, 0.42); GREY = (0.8, 0.8, 0.8); DARK = (0.15, 0.15, 0.15)
BODY = dict(font="TimesRoman", size=10.5, lead=14)
log = []
# masthead with ear
d.text(0, 60, 70, "The Brine Line", "HelveticaBold", 40, TEAL)
d.text(0, 535, 50, "Issue 14", "HelveticaBold", 10, DARK, align="right")
d.text(0, 535, 64, "Spring", "Helvetica", 10, DARK, align="right")
d.text(0, 60, 88, "Newsletter of the Weaver Valley Salt Heritage Group", "Helvetica", 9, DARK)
d.rule(0, 60, 98, 535, 98, TEAL, 2)
d.text(0, 60, 124, "FEATURE", "HelveticaBold", 8, TEAL)
d.text(0, 60, 156, E["title"][0], "TimesBold", 28, (0, 0, 0))
d.text(0, 60, 178, E["title"][1], "Palatino", 14, TEAL)
y = 206
for words, last in break_lines(E["intro"], "Palatino", 12, lambda i: 475):
    d.line_words(0, 60, y, words, last, "Palatino", 12, 475); y += 16
top = y + 10
MAIN1 = (0, 60, top, 340, 560)
COLA = (1, 60, 262, 228, 515); COLB = (1, 307, 262, 228, 515)

def jump(flow):
    # jump line at the foot of p. 1, then p. 2 opens with the picture, its caption, and the resume line
    d.text(0, 400, 578, "Continued on page 2", "HelveticaBold", 9, TEAL, align="right")
    cap = E["sections"][1]["caption"]
    d.box(1, 330, 60, 535, 230, GREY)
    yy = 80
    lines = break_lines("Right: " + cap["text"], "Helvetica", 9.5, lambda i: 250)
    for k, (words, last) in enumerate(lines):
        if k == 0:
            d.text(1, 60, yy, "Right:", "HelveticaBold", 9.5, TEAL)
            d.text(1, 60 + width("Right: ", "HelveticaBold", 9.5), yy, " ".join(words[1:]), "Helvetica", 9.5, DARK)
        else:
            d.text(1, 60, yy, " ".join(words), "Helvetica", 9.5, DARK)
        yy += 12.5
    d.text(1, 60, yy + 4, cap["credit"], "Helvetica", 7.5, (0.4, 0.4, 0.4))
    d.text(1, 60, 256, "Continued from page 1", "HelveticaBold", 9, TEAL)
    flow.y = 262

f = Flow(d, [MAIN1, COLA, COLB], enter={1: jump}, log=log)
for s in E["sections"]:
    f.heading(s["label"], s["title"], size=13, font="HelveticaBold", color=TEAL, lead=16, before=6, after=4)
    paras = s["paras"]
    span = None
    if s["label"] == "Part 3":
        paras, span = paras[:-1], paras[-1]
    for k, para in enumerate(paras):
        f.para(para, indent=0 if k == 0 else 12, after=1, tag=s["label"] + "-%d" % (k + 1), **BODY)
    if s["label"] == "Part 2" and f.fi == 1:
        pass
# last paragraph of Part 3 set across both columns
yy = max(f.y, 560) + 22 if f.fi == 2 else 600
yy = 545
for words, last in break_lines(span, "TimesRoman", 10.5, lambda i: 475, indent=12):
    d.line_words(1, 60 + (12 if yy == 545 else 0), yy, words, last, "TimesRoman", 10.5, 475 - (12 if yy == 545 else 0)); yy += 14
print("col end", f.fi, f.y, file=sys.stderr)
# sidebar box on p. 1 below the main column
sb = E["sidebar"]
d.box(0, 60, 600, 535, 700, (0.9, 0.95, 0.95))
d.text(0, 74, 622, sb["title"], "HelveticaBold", 12, TEAL)
yy = 640
for words, last in break_lines(sb["paras"][0], "Helvetica", 9.5, lambda i: 447):
    d.line_words(0, 74, yy, words, last, "Helvetica", 9.5, 447); yy += 12.5
d.text(0, 60, 740, "Next issue: the pans and stove houses of the Lion Salt Works.", "Palatino", 11, DARK)
# sidenotes in the outer margin of p. 1, drawn after the page's text
for k, note in enumerate(E["notes"]):
    yy = [330, 500][k]
    num, txt = note.split(" ", 1)
    d.text(0, 420, yy, num, "HelveticaBold", 8, TEAL)
    for words, last in break_lines(txt, "Helvetica", 8, lambda i: 105):
        d.text(0, 430, yy, " ".join(words), "Helvetica", 8, DARK); yy += 10
# diary box on p. 2 (not a panel)
d.box(1, 60, 640, 535, 760, (0.94, 0.94, 0.9))
d.text(1, 74, 662, "Diary", "HelveticaBold", 12, TEAL)
for k, t in enumerate(["12 April: walk along the flashes from Marston, meet at the canal bridge, 10.30",
                       "3 May: open pan demonstration day at the old stove house, 11.00 to 16.00",
                       "21 June: members' evening, talk on the salt barges of the Weaver, 19.30"]):
    d.text(1, 74, 684 + 18 * k, t, "Helvetica", 9.5, DARK)
# running footers
for p in (0, 1):
    d.rule(p, 60, 808, 535, 808, TEAL, 0.5)
    d.text(p, 60, 822, E["running"][0], "Helvetica", 8, DARK)
    d.text(p, 535, 822, E["running"][1 + p], "HelveticaBold", 9, DARK, align="right")
build_pdf(d, "cheshire_rock_salt_1670", OUT, "Under the Cheshire Plain", "Weaver Valley Salt Heritage Group (fictional)", "The Brine Line, issue 14")
open(os.path.join(OUT, "build", "layout_log_cheshire.txt"), "w").write("\n".join(log) + "\n")
print("\n".join(log))
