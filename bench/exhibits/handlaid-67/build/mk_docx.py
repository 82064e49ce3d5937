# -*- coding: utf-8 -*-
"""riveted_jeans_1873.docx with docx-plus (OOXML extensions over python-docx)."""
import os, sys, datetime as dt
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from docx import Document
from docx.shared import Pt, Cm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from docx_plus.notes import add_endnote
from docx_plus.revisions import enable_track_changes, mark_insertion, mark_deletion, RevisionIdRegistry
from docx_plus.layout import insert_section_break, set_columns
from docx_plus.fields import add_page_number_field
from docx_plus.controls import FormBuilder, set_control_value
from texts import EX

B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(B)
e = EX["riveted_jeans_1873"]
WHEN = dt.datetime(2024, 3, 11, 10, 30)

doc = Document()
st = doc.styles
st["Normal"].font.name = "Georgia"; st["Normal"].font.size = Pt(10.5)
sec0 = doc.sections[0]
sec0.page_width, sec0.page_height = Cm(21), Cm(29.7)
sec0.left_margin = sec0.right_margin = Cm(2.2)

def shade(par, fill):
    pPr = par._p.get_or_add_pPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    pPr.append(shd)

def cell_shade(cell, fill):
    tcPr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:color"), "auto"); shd.set(qn("w:fill"), fill)
    tcPr.append(shd)

# footer: museum line + PAGE field
fp = sec0.footer.paragraphs[0]
fp.text = e["running"][0] + " · page "
fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
add_page_number_field(fp)

k = doc.add_paragraph()
r = k.add_run(e["kicker"]); r.bold = True; r.font.size = Pt(8.5); r.font.color.rgb = RGBColor(0x1F, 0x3A, 0x68)
doc.add_paragraph(e["title_lines"][0], style="Title")
doc.add_paragraph(e["title_lines"][1], style="Subtitle")
intro = doc.add_paragraph()
ri = intro.add_run(e["intro"]); ri.font.size = Pt(12.5)
# a pull quote in Intense Quote with its attribution on its own line (not gold)
doc.add_paragraph("“A tailor’s repair became the most copied garment in the world.”", style="Intense Quote")
att = doc.add_paragraph("— Owen Hartley, keeper of workwear, 2019"); att.alignment = WD_ALIGN_PARAGRAPH.RIGHT
insert_section_break(att, start_type="continuous")

enable_track_changes(doc)
reg = RevisionIdRegistry(doc)
fb = FormBuilder(doc)

last = None
for si, s in enumerate(e["sections"]):
    h = doc.add_paragraph(style="Heading 2")
    rl = h.add_run(s["label"]); rl.font.color.rgb = RGBColor(0xA0, 0x40, 0x10)
    h.add_run("\t" + s["title"])
    for pi, t in enumerate(s["paras"]):
        p = doc.add_paragraph()
        if si == 1 and pi == 0:
            # tracked insertion "in 1872" and an endnote after "20 May 1873"
            a, rest = t.split(" in 1872 ", 1)
            p.add_run(a + " ")
            ins = p.add_run("in 1872 ")
            b, c = rest.split("20 May 1873", 1)
            p.add_run(b + "20 May 1873")
            add_endnote(p, e["endnote"])
            p.add_run(c)
            mark_insertion(ins, author="R. Baines", date=WHEN, id_registry=reg)
        elif si == 2 and pi == 0:
            # tracked deletion: "many" struck out of "For many decades"
            a = "For "
            p.add_run(a)
            d = p.add_run("many ")
            p.add_run(t[len(a):])
            mark_deletion(d, author="R. Baines", date=WHEN, id_registry=reg)
        else:
            p.add_run(t)
        if pi > 0:
            p.paragraph_format.first_line_indent = Cm(0.5)
        p.paragraph_format.space_after = Pt(3)
        last = p
        if si == 1 and pi == 1:
            # picture and caption as rows of a one-column table; the credit row holds a content control
            cap = s["caption"]
            tb = doc.add_table(rows=3, cols=1)
            tb.style = "Table Grid"
            c0 = tb.rows[0].cells[0]
            c0.paragraphs[0].add_run().add_picture(os.path.join(B, "grey_docx.png"), width=Cm(7))
            c1 = tb.rows[1].cells[0].paragraphs[0]
            c1.style = "Caption"
            c1.add_run(cap["position"] + ": " + cap["text"])
            c2 = tb.rows[2].cells[0].paragraphs[0]
            fb.add_text_control(c2, tag="credit", alias="Lender credit", placeholder="Lender")
            doc.add_paragraph()
last_sec = insert_section_break(last, start_type="continuous")
set_columns(last_sec, 2, space=567, separator=True)
set_control_value(doc, "credit", e["sections"][1]["caption"]["credit"])

# sidebar: a table of one cell, its title a bold shaded paragraph
sb = e["sidebar"]
t = doc.add_table(rows=1, cols=1)
t.style = "Table Grid"
cell = t.rows[0].cells[0]
cell_shade(cell, "E4ECF5")
tp = cell.paragraphs[0]
rt = tp.add_run(sb["title"]); rt.bold = True; rt.font.size = Pt(12)
for para in sb["paras"]:
    cp = cell.add_paragraph(para)
doc.add_paragraph()
n = doc.add_paragraph("Case 7 is supported by the Friends of the Halden Museum.")
n.runs[0].italic = True; n.runs[0].font.size = Pt(8)

doc.core_properties.title = " ".join(e["title_lines"])
doc.core_properties.author = "Halden Museum of Work Clothes"
doc.save(os.path.join(OUT, "riveted_jeans_1873.docx"))
print("docx written")
