# -*- coding: utf-8 -*-
"""Nebra: folio_pdf page API, every glyph its own show operation, kerning by positioning (my layout)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import NEBRA as D, gold_for
from layout import DL, Flow, width, paint, std_fonts
from folio_pdf import Document

OUT = os.path.join(os.path.dirname(__file__), "..")
W, H = 595.28, 841.89
M = 50
dl = DL(glyphwise=True)
BODY, BS, LEAD = "Times-Roman", 10.2, 13.0
TINT = (0.93, 0.89, 0.80)

# top block
y = H - 56
dl.text(D["kicker"], "Helvetica-Bold", 8, M, y, track=2.2)
y -= 14
dl.rect(M, y - 66, 58, 66, TINT)
dl.text(D["number"], "Helvetica-Bold", 44, M + 29 - width(D["number"], "Helvetica-Bold", 44) / 2, y - 50)
dl.text(D["title_lines"][0], "Times-Bold", 34, M + 72, y - 28)
dl.text(D["title_lines"][1], "Times-Bold", 34, M + 72, y - 62)
y -= 86
top = Flow(dl, [(0, M, y, 60, W - 2 * M)])
top.para(D["intro"], "Times-Italic", 12.5, 16, justify=False, hyph=False)
y = top.y - 6
dl.line(M, y, W - M, y, 0.8, (0.55, 0.45, 0.2))
y -= 14

GAP = 22
CW = (W - 2 * M - GAP) / 2
cols = [(0, M, y, 64, CW), (0, M + CW + GAP, y, 64, CW)]
fl = Flow(dl, cols)


def smallcaps_runs(t, size):
    runs = []
    for ch in t:
        if ch.isupper() or not ch.isalpha():
            runs.append((ch, size))
        else:
            runs.append((ch.upper(), size * 0.78))
    return runs


def runin(label, title):
    runs = smallcaps_runs(title, BS)
    lw = width(label + "  ", "Helvetica-Bold", BS - 0.6)
    tw = sum(width(c, "Times-Roman", s) for c, s in runs)
    ind = lw + tw + width("  ", BODY, BS)

    def draw(x, base):
        dl.text(label, "Helvetica-Bold", BS - 0.6, x, base)
        cx = x + lw
        for c, s in runs:
            dl.text(c, "Times-Roman", s, cx, base)
            cx += width(c, "Times-Roman", s)
    return ind, draw


def figure(c):
    def hook(f):
        ph = 120
        f.need(ph + 8 + 46)

        def draw(x, ytop, w):
            dl.picture(x, ytop - 4 - ph, w, ph)
        f.block(ph + 8, draw)
        pos = c["pos"] + ":"
        pw = width(pos + " ", "Helvetica-Bold", 8)

        def pre(x, base):
            dl.text(pos, "Helvetica-Bold", 8, x, base)
        f.para(c["text"], "Helvetica", 8, 10, indent=pw, justify=False, prefix=pre, hyph=False)
        f.para(c["credit"], "Helvetica-Oblique", 7, 9, justify=False, hyph=False)
        f.space(8)
    return hook


for si, s in enumerate(D["sections"]):
    if si == 2:
        # pull quote between rules before section C (not gold)
        def pq(x, ytop, w):
            dl.line(x, ytop - 4, x + w, ytop - 4, 0.8, (0.55, 0.45, 0.2))
            dl.text(D["pullquote"].split(",")[0] + ",", "Times-Italic", 15, x + 4, ytop - 24)
            dl.text(D["pullquote"].split(",")[1].strip(), "Times-Italic", 15, x + 4, ytop - 43)
            dl.line(x, ytop - 54, x + w, ytop - 54, 0.8, (0.55, 0.45, 0.2))
        fl.block(62, pq)
    for pi, p in enumerate(s["paras"]):
        hooks = None
        if s.get("caption") and pi == 1:
            hooks = {3: figure(s["caption"])}
        if pi == 0:
            ind, draw = runin(s["label"], s["title"])
            fl.para(p, BODY, BS, LEAD, indent=ind, prefix=draw, hooks=hooks)
        else:
            fl.para(p, BODY, BS, LEAD, indent=14, hooks=hooks)

# footer, drawn last
dl.line(M, 50, W - M, 50, 0.5, (0.5, 0.5, 0.5))
dl.text(D["footer_left"], "Helvetica", 7.5, M, 38)
dl.text(D["footer_right"], "Helvetica", 7.5, W - M - width(D["footer_right"], "Helvetica", 7.5), 38)

doc = Document(W, H)
doc.title(" ".join(D["title_lines"]))
paint(dl, doc, W, H, std_fonts())
doc.save(os.path.join(OUT, D["name"] + ".pdf"))
gold = gold_for(D, running=[D["footer_left"], D["footer_right"]])
json.dump(gold, open(os.path.join(OUT, D["name"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
sys.stdout.flush()
os._exit(0)
