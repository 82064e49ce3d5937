# Jarrow Crusade: python-docx. Borderless layout tables (panel number beside heading+text; picture beside caption),
# header/footer, Caption style with complex SEQ fields, List Bullet items, a section break (new page, landscape).
import os, io
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.section import WD_SECTION, WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image
from content import JARROW as EX, write_gold, OUT

NAME = "jarrow_crusade"


def grey_png(w=600, h=400):
    b = io.BytesIO()
    Image.new("RGB", (w, h), (190, 190, 190)).save(b, "PNG")
    b.seek(0)
    return b


def fld_run(p, instr, result):
    def r(el):
        run = OxmlElement("w:r")
        run.append(el)
        p._p.append(run)
        return run
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "begin"); r(fc)
    it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve"); it.text = instr; r(it)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "separate"); r(fc)
    t = OxmlElement("w:t"); t.text = result; r(t)
    fc = OxmlElement("w:fldChar"); fc.set(qn("w:fldCharType"), "end"); r(fc)


def caption(doc_or_cell, text):
    # "Figure 1: rest" -> "Figure " + SEQ field "1" + ": rest"
    head, rest = text.split(": ", 1)
    word, num = head.split(" ")
    p = doc_or_cell.add_paragraph(style="Caption")
    p.add_run(word + " ")
    fld_run(p, " SEQ Figure \\* ARABIC ", num)
    p.add_run(": " + rest)
    return p


def no_borders(table):
    tblPr = table._tbl.tblPr
    b = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        e = OxmlElement("w:" + side); e.set(qn("w:val"), "nil"); b.append(e)
    tblPr.append(b)


def fixed_widths(t, widths):
    lay = OxmlElement("w:tblLayout"); lay.set(qn("w:type"), "fixed"); t._tbl.tblPr.append(lay)
    for col, w in zip(t.columns, widths):
        col.width = w
    for row in t.rows:
        for c, w in zip(row.cells, widths):
            c.width = w


def build():
    doc = Document()
    st = doc.styles
    st["Normal"].font.name = "Georgia"; st["Normal"].font.size = Pt(11)
    pn = st.add_style("Panel Number", WD_STYLE_TYPE.PARAGRAPH)
    pn.base_style = st["Normal"]; pn.font.size = Pt(20); pn.font.bold = True
    pn.font.color.rgb = RGBColor(0x8a, 0x1c, 0x1c)
    pc = st.add_style("Picture Credit", WD_STYLE_TYPE.PARAGRAPH)
    pc.base_style = st["Normal"]; pc.font.size = Pt(8); pc.font.italic = True
    pc.font.color.rgb = RGBColor(0x66, 0x66, 0x66)
    intro = st.add_style("Intro", WD_STYLE_TYPE.PARAGRAPH)
    intro.base_style = st["Normal"]; intro.font.size = Pt(14); intro.font.italic = True

    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    for m in ("left_margin", "right_margin"):
        setattr(sec, m, Mm(22))
    sec.header.paragraphs[0].text = EX["running"][0]
    sec.footer.paragraphs[0].text = EX["running"][1]

    secs = EX["sections"]
    doc.add_paragraph(EX["title"], style="Title")
    for b in secs[0][2]:
        doc.add_paragraph(b[1], style="Intro")

    # Panel 1: layout table, number in the left cell, heading + text in the right cell
    label, title, blocks = secs[1]
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    t.autofit = False
    fixed_widths(t, [Mm(36), Mm(130)])
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].text = label
    c0.paragraphs[0].style = st["Panel Number"]
    c1.paragraphs[0].text = title
    c1.paragraphs[0].style = st["Heading 1"]
    for b in blocks:
        c1.add_paragraph(b[1])

    # Panel 2: new section (landscape), number paragraph above the heading, list, figure in a layout table
    s2 = doc.add_section(WD_SECTION.NEW_PAGE)
    s2.orientation = WD_ORIENT.LANDSCAPE
    s2.page_width, s2.page_height = Mm(297), Mm(210)
    label, title, blocks = secs[2]
    doc.add_paragraph(label, style="Panel Number")
    doc.add_heading(title, level=1)
    paras = [b for b in blocks if b[0] == "p"]
    cap = [b for b in blocks if b[0] == "c"][0]
    doc.add_paragraph(paras[0][1])
    for item in paras[1:4]:
        doc.add_paragraph(item[1], style="List Bullet")
    doc.add_paragraph(paras[4][1])
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    fixed_widths(t, [Mm(120), Mm(120)])
    c0, c1 = t.rows[0].cells
    c0.paragraphs[0].add_run().add_picture(grey_png(), width=Mm(110))
    caption(c1, cap[1]).paragraph_format.space_before = Pt(0)
    c1.paragraphs[0]._p.getparent().remove(c1.paragraphs[0]._p)  # drop the empty first paragraph
    c1.add_paragraph(cap[3], style="Picture Credit")

    # Panel 3: back to portrait, same header/footer (linked), inline picture, caption below
    s3 = doc.add_section(WD_SECTION.NEW_PAGE)
    s3.orientation = WD_ORIENT.PORTRAIT
    s3.page_width, s3.page_height = Mm(210), Mm(297)
    label, title, blocks = secs[3]
    doc.add_paragraph(label, style="Panel Number")
    doc.add_heading(title, level=1)
    for b in blocks:
        if b[0] == "p":
            doc.add_paragraph(b[1])
        else:
            doc.add_paragraph().add_run().add_picture(grey_png(500, 500), width=Mm(70))
            caption(doc, b[1])
            doc.add_paragraph(b[3], style="Picture Credit")
    doc.save(os.path.join(OUT, NAME + ".docx"))
    write_gold(NAME, EX)


if __name__ == "__main__":
    build()
