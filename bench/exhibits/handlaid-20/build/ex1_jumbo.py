# -*- coding: utf-8 -*-
"""Exhibit 1: Jumbo (Apache PDFBox 2.0.27, painter PaintBox.java).  A4 portrait, two columns, 2 pages."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content
from layout import Doc, Flow, wrap, width

NAME = "jumbo_elephant_1882"
OUT = content.OUT
EX = content.JUMBO
RED = (0.70, 0.10, 0.10)
GREY = (0.45, 0.45, 0.45)
W, H = 595.0, 842.0
M = 50.0
GUT = 20.0
CW = (W - 2 * M - GUT) / 2

doc = Doc(W, H)
RH, RF = EX["running"][0], EX["running"][1]

for p in range(2):
    # running header drawn first, footer drawn last
    doc.text(p, M, H - 32, RH, "Helvetica", 8, GREY, layer="first")
    doc.line(p, M, H - 37, W - M, H - 37, 0.5, GREY, layer="first")
    doc.line(p, M, 46, W - M, 46, 0.5, GREY, layer="last")
    doc.text(p, M, 34, RF, "Helvetica", 8, GREY, layer="last")
    num = EX["running"][2 + p]
    doc.text(p, W - M - width(num, "Helvetica-Bold", 9), 34, num, "Helvetica-Bold", 9, (0, 0, 0), layer="last")

# title block, page 1
y = H - 66
doc.text(0, M, y, EX["kicker"], "Helvetica-Bold", 8.5, RED)
y -= 30
for tl in EX["title_lines"]:
    doc.text(0, M, y, tl, "Times-Bold", 27, (0, 0, 0))
    y -= 30
y += 6
for ln in wrap(content.clean(EX["intro"]), "Times-Italic", 12.5, W - 2 * M - 150):
    y -= 16
    doc.text(0, M, y, ln, "Times-Italic", 12.5, (0.2, 0.2, 0.2))
# uncaptioned picture beside the title
doc.rect(0, W - M - 130, H - 225, 130, 150)
y -= 22
doc.line(0, M, y, W - M, y, 1.2, RED)
top1 = y - 8

frames = [(0, M, top1, 62, CW), (0, M + CW + GUT, top1, 100, CW),
          (1, M, H - 50, 250, CW), (1, M + CW + GUT, H - 50, 250, CW)]
fl = Flow(doc, frames)
BODY, BS, BL = "Times-Roman", 11, 14.6


def heading(label, title):
    fl.space(8)
    fl.need(BL * 4 + 20)
    p, x, yt, yb, w = fl.frame
    fl.y -= 20
    doc.text(p, x, fl.y + 4, label, "Helvetica-Bold", 19, RED)
    doc.text(p, x + 30, fl.y + 4, title, "Times-Bold", 13.5, (0, 0, 0))
    fl.y -= 4


def caption_left(cap):
    """grey picture on the left, 'Left:' caption + credit to its right"""
    pw = 96
    tw = fl.frame[4] - pw - 10
    body = wrap(cap["text"], "Helvetica", 8.5, tw - width(cap["pos"] + ": ", "Helvetica-Bold", 8.5), tw)
    cred = wrap(cap["credit"], "Helvetica-Oblique", 7.5, tw)
    h = max(78, 11 * len(body) + 10 * len(cred)) + 12

    def draw(p, x, yt, w):
        doc.rect(p, x, yt - 6 - 78, pw, 78)
        yy = yt - 6 - 9
        for k, ln in enumerate(body):
            if k == 0:
                doc.text(p, x + pw + 10, yy, cap["pos"] + ":", "Helvetica-Bold", 8.5)
                doc.text(p, x + pw + 10 + width(cap["pos"] + ": ", "Helvetica-Bold", 8.5), yy, ln, "Helvetica", 8.5)
            else:
                doc.text(p, x + pw + 10, yy, ln, "Helvetica", 8.5)
            yy -= 11
        for ln in cred:
            doc.text(p, x + pw + 10, yy, ln, "Helvetica-Oblique", 7.5, GREY)
            yy -= 10
    fl.box(h, draw)


def caption_above(cap):
    tw = fl.frame[4]
    body = wrap(cap["pos"] + ": " + cap["text"], "Helvetica", 8.5, tw)
    cred = wrap(cap["credit"], "Helvetica-Oblique", 7.5, tw)
    h = 8 + 110 + 6 + 11 * len(body) + 10 * len(cred) + 4

    def draw(p, x, yt, w):
        doc.rect(p, x, yt - 8 - 110, w, 110)
        yy = yt - 8 - 110 - 12
        for k, ln in enumerate(body):
            if k == 0:
                head = cap["pos"] + ":"
                doc.text(p, x, yy, head, "Helvetica-Bold", 8.5)
                doc.text(p, x + width(head + " ", "Helvetica-Bold", 8.5), yy, ln[len(head) + 1:], "Helvetica", 8.5)
            else:
                doc.text(p, x, yy, ln, "Helvetica", 8.5)
            yy -= 11
        for ln in cred:
            doc.text(p, x, yy, ln, "Helvetica-Oblique", 7.5, GREY)
            yy -= 10
    fl.box(h, draw)


def pullquote(q):
    lines = wrap(q, "Times-Italic", 15, fl.frame[4] - 20)
    h = 18 * len(lines) + 26

    def draw(p, x, yt, w):
        doc.line(p, x, yt - 4, x + w, yt - 4, 1.5, RED)
        yy = yt - 4 - 18
        for ln in lines:
            doc.text(p, x + (w - width(ln, "Times-Italic", 15)) / 2, yy, ln, "Times-Italic", 15, RED)
            yy -= 18
        doc.line(p, x, yy + 8, x + w, yy + 8, 1.5, RED)
    fl.space(6)
    fl.box(h, draw)


for si, s in enumerate(EX["sections"]):
    heading(s["label"], s["title"])
    for pi, para in enumerate(s["paras"]):
        para = para.replace("^", "*")
        parts = para.split("|")
        for k, part in enumerate(parts):
            ind = 12 if (pi > 0 and k == 0) else 0
            fl.para(part.strip(), BODY, BS, BL, indent=ind)
            if k < len(parts) - 1:
                caption_left(s["captions"][0])
    if s["label"] == "04":
        caption_above(s["captions"][0])
    if s["label"] == "02":
        pullquote(EX["pullquote"])

# footnote at the foot of column 2, page 1: drawn after the body of page 1 ("late" layer)
fx = M + CW + GUT
doc.line(0, fx, 92, fx + 60, 92, 0.5, (0, 0, 0), layer="late")
yy = 82
for ln in wrap(EX["footnote"], "Times-Roman", 8, CW):
    doc.text(0, fx, yy, ln, "Times-Roman", 8, (0, 0, 0), layer="late")
    yy -= 10

# sidebar: tinted box at the foot of page 2, drawn FIRST on page 2 (right after the header)
sb = EX["sidebar"]
sbw = (W - 2 * M) * 0.58
sx, sy = M, 70
stext = wrap(content.clean(sb["paras"][0]), "Helvetica", 9.5, sbw - 24)
sh = 30 + 13 * len(stext) + 12
doc.rect(1, sx, sy, sbw, sh, (0.93, 0.90, 0.82), layer="first")
doc.text(1, sx + 12, sy + sh - 20, sb["title"], "Helvetica-Bold", 11.5, RED, layer="first")
yy = sy + sh - 36
for ln in stext:
    doc.text(1, sx + 12, yy, ln, "Helvetica", 9.5, (0, 0, 0), layer="first")
    yy -= 13

# table "Jumbo in numbers" beside the sidebar, drawn late
tx = sx + sbw + 16
tw = W - M - tx
t = EX["table"]
yy = sy + sh - 14
doc.text(1, tx, yy, t["title"], "Helvetica-Bold", 10, (0, 0, 0), layer="late")
yy -= 8
doc.line(1, tx, yy, tx + tw, yy, 0.8, (0, 0, 0), layer="late")
for a, b in t["rows"]:
    la = wrap(a, "Helvetica-Bold", 8.5, tw * 0.45)
    lb = wrap(b, "Helvetica", 8.5, tw * 0.5)
    n = max(len(la), len(lb))
    for k in range(n):
        yy -= 11
        if k < len(la):
            doc.text(1, tx, yy, la[k], "Helvetica-Bold", 8.5, (0, 0, 0), layer="late")
        if k < len(lb):
            doc.text(1, tx + tw * 0.48, yy, lb[k], "Helvetica", 8.5, (0, 0, 0), layer="late")
    yy -= 5
    doc.line(1, tx, yy, tx + tw, yy, 0.4, GREY, layer="late")

ops = os.path.join(HERE, NAME + ".ops")
doc.write(ops)
pdf = os.path.join(OUT, NAME + ".pdf")
cp = ":".join("/usr/share/java/" + j for j in ("pdfbox2.jar", "fontbox2.jar", "commons-logging.jar"))
subprocess.check_call(["java", "-cp", cp + ":" + HERE, "PaintBox", ops, pdf, EX["title"]])
subprocess.check_call(["pdftotext", "-raw", pdf, os.path.join(OUT, NAME + ".txt")])
content.write_gold(EX, NAME)
print("wrote", NAME, "frames used:", fl.fi + 1)
