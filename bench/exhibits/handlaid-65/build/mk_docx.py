# -*- coding: utf-8 -*-
"""metre_survey_1792.docx with DocMarQ (PyPI docmarq 0.4.1, fluent API over python-docx). Nothing post-processed."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docmarq import DOCX
from texts import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME = "metre_survey_1792"
e = EX[NAME]; x = e["extra"]
PNG = os.path.join(HERE, "grey.png")
BLUE = (0.13, 0.27, 0.45)
GREY = (0.40, 0.40, 0.40)

doc = DOCX(os.path.join(OUT, NAME + ".docx"), font_body="Cambria", body_size=10.5)
doc.metadata(title=" ".join(e["title"]), author="Thornbury Museum of Weights and Measures")
doc.header(e["running"][0], align="R")
doc.footer("Page {page} of {pages}", align="C")
doc.hyphenation("en")

# kicker, two-line title in one body paragraph (manual line break), lede
doc.para(align="L").text(x["kicker"], bold=True, size=8.5, color=BLUE)
doc.para().text(e["title"][0], bold=True, size=26)
doc.line_break().text(e["title"][1], italic=True, size=15, color=GREY)
doc.para(align="J").text(e["intro"], italic=True, size=12)
doc.hr()

# the three legs in two columns (a continuous section break), back to one for the sidebar
doc.columns(2, gap=8)
for si, s in enumerate(e["sections"]):
    # label in its own small paragraph; the title is the bold first run of the first body paragraph
    doc.para().text(s["label"].upper(), bold=True, size=8.5, color=BLUE, small_caps=False)
    for pi, p in enumerate(s["paras"]):
        doc.para(align="J")
        if pi == 0:
            doc.text(s["title"] + ". ", bold=True, color=BLUE)
        if si == 1 and pi == 1:
            a, b = p.split("Barcelona, ", 1)
            doc.text(a + "Barcelona,").text("1", superscript=True).text(" " + b)
        else:
            doc.text(p)
        if si == 1 and pi == 0:
            # picture with the caption and credit in table rows under it, between the two paragraphs
            cap = s["caption"]
            t = doc.new_table(3, 1)
            cw = 80
            with doc.into(t.cell(0, 0), cw):
                doc.image(PNG, width=cw - 4, height=50)
            with doc.into(t.cell(1, 0), cw):
                doc.para().text(cap["position"] + ": ", bold=True, size=9).text(cap["text"], italic=True, size=9)
            with doc.into(t.cell(2, 0), cw):
                doc.para().text(cap["credit"], size=7.5, color=GREY)
    if si == 0:
        doc.blockquote(x["quote"]).text("  " + x["quote_by"], size=8.5)

doc.columns(1)
doc.hr(color=BLUE)
doc.heading(e["sidebar"]["title"], level=2)
for p in e["sidebar"]["paras"]:
    doc.para(align="J").text(p)
doc.para().text("1 ", superscript=True, size=8).text(x["note"], size=8, color=GREY)
doc.save()
print("wrote", NAME + ".docx")
