# DOCX written by officework's own docx engine (Doc() from scratch, python-docx-like API).
import os, sys
from officework import doc as D
from content import EX
HERE = os.path.dirname(os.path.abspath(__file__)); OUT = os.path.dirname(HERE)
from grey import grey_png
name = "nylon_stockings_1940"; e = EX[name]
png = os.path.join(HERE, "grey.png"); grey_png(png, 400, 260)
d = D.Doc(lang="en")
s = d.sections[0]
s.header.add_paragraph("Delmarva Textile Museum · Gallery texts")
s.footer.add_paragraph("Print date: exhibition proof 3")
k = d.add_paragraph(); r = k.add_run(e["kicker"].upper()); r.font.size = D.Pt(9); r.font.color.rgb = D.RGBColor(0x80, 0x20, 0x50)
t = d.add_heading("", 0); t.add_run(e["title_lines"][0]); t.add_run().add_break(); t.add_run(e["title_lines"][1])
i = d.add_paragraph(); r = i.add_run(e["intro"]); r.bold = True; r.font.size = D.Pt(13)
for n, (lab, title, items) in enumerate(e["sections"]):
    lp = d.add_paragraph(); r = lp.add_run(lab); r.bold = True; r.font.size = D.Pt(9); r.font.color.rgb = D.RGBColor(0x80, 0x20, 0x50)
    d.add_heading(title, 1)
    for it in items:
        if isinstance(it, tuple):
            tb = d.add_table(2, 1)
            tb.cell(0, 0).paragraphs[0].add_run().add_picture(png, width=D.Cm(8))
            cp = tb.cell(1, 0).paragraphs[0]
            rr = cp.add_run(it[2] + ": "); rr.bold = True
            cp.add_run(it[1])
            cp.add_run().add_break(); cr = cp.add_run(it[3]); cr.italic = True; cr.font.size = D.Pt(8)
        else:
            p = d.add_paragraph(it)
            if it.startswith("On 28 February 1935"):
                p.add_comment(e["comment"], author="Registrar")
    if n == 1:
        q = d.add_paragraph(); r = q.add_run(e["pull"]); r.italic = True; r.font.size = D.Pt(18)
st, sp = e["sidebar"]
tb = d.add_table(1 + len(sp), 1)
r = tb.cell(0, 0).paragraphs[0].add_run(st); r.bold = True
for k, p in enumerate(sp): tb.cell(k + 1, 0).paragraphs[0].add_run(p)
d.save(os.path.join(OUT, name + ".docx"))
print("docx ok")
