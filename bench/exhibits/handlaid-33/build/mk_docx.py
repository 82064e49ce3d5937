# -*- coding: utf-8 -*-
"""Cutty Sark DOCX with NavyFox 0.1.11 (Microsoft Open XML SDK 3.5.1 behind a .NET Native AOT library).
Run with build/venv312 (Python 3.12). Headings and title by direct formatting only (no heading or title styles)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import CUTTY as D, gold_for
from png import grey_png
from navyfox import Document

OUT = os.path.join(os.path.dirname(__file__), "..")
grey = os.path.join(os.path.dirname(__file__), "grey_cutty.png")
grey_png(grey, 160, 120)
NAVY = "1F3A5F"

doc = Document()
doc.title = " ".join(D["title_lines"])
doc.author = "Thames Maritime Trust, interpretation team"

k = doc.add_paragraph()
r = k.add_run(D["kicker"])
r.small_caps = True
r.font_size = 9
r.color = "7A7A7A"

t1 = doc.add_paragraph()
r = t1.add_run(D["title_lines"][0])
r.bold = True
r.font_size = 28
r.color = NAVY
t1.space_after = 0
t1.keep_with_next = True
t2 = doc.add_paragraph()
r = t2.add_run(D["title_lines"][1])
r.italic = True
r.font_size = 20
r.color = NAVY
t2.space_after = 12

ip = doc.add_paragraph()
r = ip.add_run(D["intro"])
r.italic = True
r.font_size = 12.5
ip.space_after = 14


def heading(label, title):
    h = doc.add_paragraph()
    a = h.add_run(label)
    a.outline = True
    a.bold = True
    a.font_size = 15
    a.color = NAVY
    h.add_run("\u2003")
    b = h.add_run(title)
    b.bold = True
    b.font_size = 15
    b.color = NAVY
    h.keep_with_next = True
    h.space_before = 14
    h.space_after = 4


def body(text, page_break_before=False):
    p = doc.add_paragraph(text)
    p.alignment = "justify"
    p.space_after = 6
    if page_break_before:
        p.page_break_before = True
    return p


for s in D["sections"]:
    heading(s["label"], s["title"])
    for pi, ptext in enumerate(s["paras"]):
        if "|PB|" in ptext:
            a, b = ptext.split("|PB|")
            body(a)
            body(b, page_break_before=True)
        else:
            body(ptext)
        if s.get("caption") and pi == 0:
            c = s["caption"]
            tb = doc.add_table(rows=1, cols=2)
            left, right = tb[0, 0], tb[0, 1]
            ip_ = left.add_paragraph()
            ip_.add_image(grey, width=2.0, height=1.5, alt_text="Grey placeholder standing in for a photograph")
            cp = right.add_paragraph()
            pr = cp.add_run(c["pos"] + ": ")
            pr.bold = True
            pr.font_size = 9
            tr = cp.add_run(c["text"])
            tr.font_size = 9
            crp = right.add_paragraph()
            cr = crp.add_run(c["credit"])
            cr.italic = True
            cr.font_size = 8
    if s["label"] == "Deck 2":
        q = doc.add_paragraph()
        q.indent_left = 0.6
        q.indent_right = 0.6
        q.alignment = "center"
        q.space_before = 10
        q.space_after = 10
        rq = q.add_run(D["pullquote"])
        rq.italic = True
        rq.font_size = 16
        rq.color = NAVY

# sidebar: a one-cell table with its own heading
sb = D["sidebar"]
st = doc.add_table(rows=1, cols=1)
cell = st[0, 0]
hp = cell.add_paragraph()
hr = hp.add_run(sb["title"])
hr.bold = True
hr.font_size = 12
hr.color = NAVY
for ptext in sb["paras"]:
    cp = cell.add_paragraph()
    r = cp.add_run(ptext)
    r.font_size = 10

# key dates (not gold)
kd = doc.add_paragraph()
r = kd.add_run("Key dates")
r.bold = True
r.font_size = 11
kd.space_before = 16
dt = doc.add_table(rows=len(D["dates"]), cols=2)
for i, (y, e) in enumerate(D["dates"]):
    dt[i, 0].text = y
    dt[i, 1].text = e

doc.save(os.path.join(OUT, D["name"] + ".docx"))
doc.close()
gold = gold_for(D, running=[])
json.dump(gold, open(os.path.join(OUT, D["name"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
