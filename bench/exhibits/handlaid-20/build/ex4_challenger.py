# -*- coding: utf-8 -*-
"""Exhibit 4: The Challenger Expedition (PyX 0.18, painter paint_pyx.py).  A4 landscape tri-fold leaflet.
Page 1 = outside: [inner flap | back | cover], page 2 = inside: [panel 1 | panel 2 | panel 3].
The text runs cover -> inside 1-3 -> inner flap, so section 4 (on the flap) is printed on page 1."""
import os, subprocess, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import content
from layout import Doc, Flow, wrap, width

NAME = "challenger_expedition_1872"
OUT = content.OUT
EX = content.CHALLENGER
NAVY = (0.08, 0.18, 0.40)
TEAL = (0.0, 0.45, 0.50)
GREY = (0.45, 0.45, 0.45)
W, H = 842.0, 595.0
PW = W / 3
PM = 26.0
CW = PW - 2 * PM
BODY, BS, BL = "Times-Roman", 11.5, 15.2

doc = Doc(W, H)
RF = EX["running"][0]
for p in range(2):
    s = RF
    doc.text(p, (W - width(s, "Helvetica", 7.5)) / 2, 18, s, "Helvetica", 7.5, GREY, layer="last")
    for k in (1, 2):   # fold marks
        doc.line(p, PW * k, H - 8, PW * k, H - 2, 0.4, GREY, layer="first")
        doc.line(p, PW * k, 2, PW * k, 8, 0.4, GREY, layer="first")

frames = [(1, PM, H - 36, 40, CW), (1, PW + PM, H - 36, 330, CW), (1, 2 * PW + PM, H - 36, 222, CW),
          (0, PM, H - 36, 40, CW)]
fl = Flow(doc, frames)


def heading(label, title):
    fl.space(10)
    fl.need(BL * 4 + 24)
    p, x, yt, yb, w = fl.frame
    fl.y -= 20
    # label: white digit in a navy square, on the heading's line
    doc.rect(p, x, fl.y - 3, 16, 17, NAVY)
    doc.text(p, x + (16 - width(label, "Helvetica-Bold", 11)) / 2, fl.y + 1.5, label, "Helvetica-Bold", 11, (1, 1, 1))
    tl = wrap(title, "Helvetica-Bold", 12.5, w - 24)
    for k, ln in enumerate(tl):
        doc.text(p, x + 24, fl.y + 1.5 - 15 * k, ln, "Helvetica-Bold", 12.5, NAVY)
    fl.y -= 15 * (len(tl) - 1) + 6


def caption_right(cap):
    """caption + credit on the LEFT, the picture to their right"""
    pw = 92
    tw = fl.frame[4] - pw - 8
    head = cap["pos"] + ":"
    body = wrap(head + " " + cap["text"], "Helvetica", 8, tw)
    cred = wrap(cap["credit"], "Helvetica", 7, tw)
    h = max(86, 10 * len(body) + 9 * len(cred) + 8) + 10

    def draw(p, x, yt, w):
        yy = yt - 4 - 8
        for k, ln in enumerate(body):
            if k == 0:
                doc.text(p, x, yy, head, "Helvetica-Bold", 8, TEAL)
                doc.text(p, x + width(head + " ", "Helvetica-Bold", 8), yy, ln[len(head) + 1:], "Helvetica", 8)
            else:
                doc.text(p, x, yy, ln, "Helvetica", 8)
            yy -= 10
        for ln in cred:
            doc.text(p, x, yy, ln, "Helvetica", 7, GREY)
            yy -= 9
        doc.rect(p, x + tw + 8, yt - 4 - 86, pw, 86)
    fl.box(h, draw)


def caption_above(cap):
    w = fl.frame[4]
    head = cap["pos"] + ":"
    body = wrap(head + " " + cap["text"], "Helvetica", 8, w)
    cred = wrap(cap["credit"], "Helvetica", 7, w)
    h = 8 + 96 + 6 + 10 * len(body) + 9 * len(cred) + 2

    def draw(p, x, yt, ww):
        doc.rect(p, x, yt - 8 - 96, ww, 96)
        yy = yt - 8 - 96 - 11
        for k, ln in enumerate(body):
            if k == 0:
                doc.text(p, x, yy, head, "Helvetica-Bold", 8, TEAL)
                doc.text(p, x + width(head + " ", "Helvetica-Bold", 8), yy, ln[len(head) + 1:], "Helvetica", 8)
            else:
                doc.text(p, x, yy, ln, "Helvetica", 8)
            yy -= 10
        for ln in cred:
            doc.text(p, x, yy, ln, "Helvetica", 7, GREY)
            yy -= 9
    fl.box(h, draw)


def pullquote(q):
    lines = wrap(q, "Times-Italic", 14, fl.frame[4] - 16, hyphenate=False)
    h = 17 * len(lines) + 20

    def draw(p, x, yt, w):
        doc.rect(p, x, yt - h + 6, 3, h - 8, TEAL)
        yy = yt - 18
        for ln in lines:
            doc.text(p, x + 12, yy, ln, "Times-Italic", 14, TEAL)
            yy -= 17
    fl.space(6)
    fl.box(h, draw)


for s in EX["sections"]:
    if s["label"] == "4":
        while fl.fi < 3:
            fl.next_frame()
        fl.y += 10
    heading(s["label"], s["title"])
    for pi, para in enumerate(s["paras"]):
        parts = para.split("|")
        for k, part in enumerate(parts):
            fl.para(part.strip(), BODY, BS, BL, indent=(11 if pi > 0 and k == 0 else 0))
            if k < len(parts) - 1:
                caption_right(s["captions"][0])
    if s["label"] == "4":
        caption_above(s["captions"][0])
    if s["label"] == "2":
        pullquote(EX["pullquote"])

# uncaptioned route map at the foot of inside panel 2 (drawn after the text)
doc.rect(1, PW + PM, 120, CW, 195, (0.80, 0.84, 0.86))
# timeline table at the foot of inside panel 3 (not in the gold)
tx, ty = 2 * PW + PM, 200
doc.text(1, tx, ty, "Timeline", "Helvetica-Bold", 11, NAVY)
ty -= 6
doc.line(1, tx, ty, tx + CW, ty, 0.8, NAVY)
for a, b in EX["timeline"]:
    lb = wrap(b, "Helvetica", 8.5, CW - 70)
    for k, ln in enumerate(lb):
        ty -= 11.5
        if k == 0:
            doc.text(1, tx, ty, a, "Helvetica-Bold", 8.5, NAVY)
        doc.text(1, tx + 70, ty, ln, "Helvetica", 8.5)
    ty -= 5
    doc.line(1, tx, ty, tx + CW, ty, 0.3, GREY)

# back panel (middle of page 1): sidebar, then uncaptioned picture and address block
bx = PW + PM
sb = EX["sidebar"]
st = wrap(content.clean(sb["paras"][0]), "Helvetica", 9, CW - 20)
sh = 34 + 12.2 * len(st) + 10
top = H - 36
doc.rect(0, bx, top - sh, CW, sh, (0.88, 0.94, 0.95))
doc.text(0, bx + 10, top - 22, sb["title"], "Helvetica-Bold", 12, NAVY)
yy = top - 38
for ln in st:
    doc.text(0, bx + 10, yy, ln, "Helvetica", 9)
    yy -= 12.2
doc.rect(0, bx, top - sh - 20 - 110, CW, 110)
yy = top - sh - 20 - 110 - 22
for k, ln in enumerate(EX["address"]):
    doc.text(0, bx, yy, ln, "Helvetica-Bold" if k == 0 else "Helvetica", 9 if k == 0 else 8.5, NAVY if k == 0 else (0, 0, 0))
    yy -= 12

# cover (right panel of page 1)
cx = 2 * PW + PM
doc.rect(0, 2 * PW, H - 250, PW, 250, NAVY)
doc.text(0, cx, H - 50, EX["kicker"], "Helvetica-Bold", 8.5, (0.75, 0.9, 0.95))
yy = H - 96
for tl in EX["title_lines"]:
    doc.text(0, cx, yy, tl, "Times-Bold", 30, (1, 1, 1))
    yy -= 34
doc.rect(0, cx, H - 250 - 20 - 130, CW, 130)   # uncaptioned picture
yy = H - 250 - 20 - 130 - 20
for ln in wrap(content.clean(EX["intro"]), "Times-Italic", 12, CW):
    doc.text(0, cx, yy, ln, "Times-Italic", 12, (0.15, 0.15, 0.15))
    yy -= 15.5

ops = os.path.join(HERE, NAME + ".ops")
doc.write(ops)
pdf = os.path.join(OUT, NAME + ".pdf")
subprocess.check_call([os.path.join(HERE, "venv", "bin", "python"), os.path.join(HERE, "paint_pyx.py"), ops, pdf,
                       EX["title"]])
subprocess.check_call(["pdftotext", "-raw", pdf, os.path.join(OUT, NAME + ".txt")])
content.write_gold(EX, NAME)
print("wrote", NAME, "frames used:", fl.fi + 1)
