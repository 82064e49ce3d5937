# -*- coding: utf-8 -*-
"""Forth Bridge: folio_pdf page API; A4 landscape bi-fold leaflet. Page 1 = outside (back panel LEFT, cover RIGHT),
page 2 = inside spread. Reading order: cover, inside left, inside right, back."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import FORTH as D, gold_for
from layout import DL, Flow, width, paint, std_fonts, break_lines
from folio_pdf import Document

OUT = os.path.join(os.path.dirname(__file__), "..")
W, H = 841.89, 595.28
PW = W / 2
MG = 34
TW = PW - 2 * MG
RUST = (0.93, 0.84, 0.80)
dl = DL()
BODY, BS, LEAD = "Times-Roman", 11.8, 15.8


def fold_marks():
    for y0 in range(20, int(H) - 10, 14):
        dl.line(PW, y0, PW, y0 + 7, 0.3, (0.6, 0.6, 0.6))


# ---------------- page 1, back panel (left) -- painted first
fold_marks()
x = MG
y = H - 50
bk = Flow(dl, [(0, x, y, 40, TW)])
sb = D["sidebar"]
bk.block(22, lambda x, yt, w: dl.text(sb["title"], "Helvetica-Bold", 13, x, yt - 14))
for p in sb["paras"]:
    bk.para(p, BODY, BS, LEAD, justify=True)
bk.space(18)


def facts(x, yt, w):
    dl.text("The bridge in numbers", "Helvetica-Bold", 9.5, x, yt - 10)
    yy = yt - 18
    for a, b in D["facts"]:
        dl.rect(x, yy - 17, 92, 17, RUST)
        dl.text(a, "Helvetica-Bold", 8.5, x + 5, yy - 12)
        dl.text(b, "Helvetica", 8.5, x + 100, yy - 12)
        dl.line(x, yy - 17, x + w, yy - 17, 0.3, (0.5, 0.5, 0.5))
        yy -= 18
bk.block(22 + 18 * len(D["facts"]), facts)
bk.space(24)


def notice(x, yt, w):
    dl.frame(x, yt - 58, w, 58, 0.6, (0.45, 0.2, 0.15))
    dl.text(D["back_notice"][0], "Helvetica-Bold", 10, x + 10, yt - 17)
    dl.text(D["back_notice"][1], "Helvetica", 8.5, x + 10, yt - 33)
    dl.text(D["back_notice"][2], "Helvetica", 8.5, x + 10, yt - 46)
bk.block(60, notice)
dl.text(D["footer"], "Helvetica", 7.5, MG, 26)

# ---------------- page 1, cover (right)
cx = PW + MG
y = H - 52
dl.text(D["kicker"], "Helvetica-Bold", 8.5, cx, y, track=1.5)
dl.text(D["title_lines"][0], "Times-Bold", 36, cx, y - 40)
dl.text(D["title_lines"][1], "Times-Bold", 36, cx, y - 80)
dl.rect(cx, y - 122, 78, 30, RUST)
dl.text(D["title_lines"][2], "Helvetica-Bold", 22, cx + 8, y - 115)
cv = Flow(dl, [(0, cx, y - 140, 40, TW)])
cv.para(D["intro"], "Times-Italic", 13, 17, justify=False, hyph=False)
dl.picture(cx, 44, TW, cv.y - 60)

# ---------------- page 2, inside spread
dl.new_page()
fold_marks()
cols = [(0, MG, H - 44, 64, TW), (0, PW + MG, H - 44, 64, TW)]
fl = Flow(dl, cols)


def stop_head(label, title):
    def draw(x, yt, w):
        lw = width(label, "Helvetica-Bold", 9) + 12
        dl.rect(x, yt - 17, lw, 16, RUST)
        dl.text(label, "Helvetica-Bold", 9, x + 6, yt - 12.5)
        dl.text(title, "Times-Bold", 16, x + lw + 8, yt - 14)
    fl.need(26 + 3 * LEAD)
    fl.block(26, draw)


def figure(c):
    def hook(f):
        ph = 120
        f.need(ph + 10)
        capw = f.col[4] * 0.44
        pos = c["pos"] + ": "
        lines = break_lines(c["text"], "Helvetica", 8.5, capw - width(pos, "Helvetica-Bold", 8.5), 0, False)
        cred = break_lines(c["credit"], "Helvetica-Oblique", 7.5, capw, 0, False)

        def draw(x, yt, w):
            dl.text(pos, "Helvetica-Bold", 8.5, x, yt - 12)
            yy = yt - 12
            px = x + width(pos, "Helvetica-Bold", 8.5)
            for words, _ in lines:
                dl.text(" ".join(words), "Helvetica", 8.5, px, yy)
                yy -= 11
            yy -= 2
            for words, _ in cred:
                dl.text(" ".join(words), "Helvetica-Oblique", 7.5, x, yy)
                yy -= 9.5
            dl.picture(x + capw + 12, yt - 4 - ph, w - capw - 12, ph)
        f.block(ph + 12, draw)
    return hook


for si, s in enumerate(D["sections"]):
    if si:
        fl.space(10)
    stop_head(s["label"], s["title"])
    for pi, p in enumerate(s["paras"]):
        hooks = {3: figure(s["caption"])} if (s.get("caption") and pi == 1) else None
        fl.para(p, BODY, BS, LEAD, indent=0 if pi == 0 else 12, hooks=hooks)

# note at the foot of the inside right panel, then the footer
dl.line(PW + MG, 56, PW + MG + 70, 56, 0.4, (0.3, 0.3, 0.3))
dl.text(D["notes"][0], "Times-Roman", 7.5, PW + MG, 46)
dl.text(D["footer"], "Helvetica", 7.5, MG, 26)

doc = Document(W, H)
doc.title(" ".join(D["title_lines"]))
paint(dl, doc, W, H, std_fonts())
doc.save(os.path.join(OUT, D["name"] + ".pdf"))
gold = gold_for(D, running=[D["footer"]])
json.dump(gold, open(os.path.join(OUT, D["name"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
sys.stdout.flush()
os._exit(0)
