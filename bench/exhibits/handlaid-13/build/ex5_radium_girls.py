"""Exhibit 5: radium_girls -- python-docx + hand-made XML (lxml): headings by direct formatting only (no heading
styles), a continuous section break into two columns, captions inside floating DrawingML text boxes (wps), a shaded
one-cell table as sidebar, header and a footer with a PAGE field."""
import os, copy
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.enum.section import WD_SECTION
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from content import RADIUM as D, write_gold

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ACCENT = RGBColor(0x2E, 0x6B, 0x3A)

doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(20)
sec.top_margin, sec.bottom_margin = Mm(22), Mm(20)

def run(p, text, size=10.5, bold=False, italic=False, color=None, font="Georgia", caps=False):
    r = p.add_run(text)
    r.font.size = Pt(size); r.font.bold = bold; r.font.italic = italic; r.font.name = font
    r._element.get_or_add_rPr().get_or_add_rFonts().set(qn("w:hAnsi"), font)
    if color is not None:
        r.font.color.rgb = color
    if caps:
        r.font.all_caps = True
    return r

def para(text=None, size=10.5, space_after=6, align=None, first_indent=None, **kw):
    p = doc.add_paragraph()
    pf = p.paragraph_format
    pf.space_after = Pt(space_after); pf.space_before = Pt(0)
    if align is not None:
        pf.alignment = align
    if first_indent is not None:
        pf.first_line_indent = first_indent
    if text:
        run(p, text, size=size, **kw)
    return p

# header / footer
hp = sec.header.paragraphs[0]
run(hp, D["header"], size=8.5, font="Arial", color=RGBColor(0x55, 0x55, 0x55))
hp.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.RIGHT
fp = sec.footer.paragraphs[0]
run(fp, D["footer"], size=8.5, font="Arial")
run(fp, "  ·  ", size=8.5, font="Arial")
for frag in ['<w:r %s><w:fldChar w:fldCharType="begin"/></w:r>' % nsdecls("w"),
             '<w:r %s><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' % nsdecls("w"),
             '<w:r %s><w:fldChar w:fldCharType="separate"/></w:r>' % nsdecls("w"),
             '<w:r %s><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="17"/></w:rPr><w:t>1</w:t></w:r>' % nsdecls("w"),
             '<w:r %s><w:fldChar w:fldCharType="end"/></w:r>' % nsdecls("w")]:
    fp._p.append(parse_xml(frag))

# title block (direct formatting only)
para(D["kicker"], size=9, bold=True, font="Arial", color=ACCENT, caps=True, space_after=2)
para(D["title"], size=26, bold=True, space_after=8)
para(D["intro"], size=12.5, italic=True, space_after=10)

# continuous section break into two columns
sec2 = doc.add_section(WD_SECTION.CONTINUOUS)
cols = sec2._sectPr.find(qn("w:cols"))
if cols is None:
    cols = parse_xml('<w:cols %s/>' % nsdecls("w")); sec2._sectPr.append(cols)
cols.set(qn("w:num"), "2"); cols.set(qn("w:space"), "425")

TB_ID = [100]
def textbox(anchor_p, cap, picture, side):
    """floating text box anchored to anchor_p, holding a picture, the caption and the credit."""
    TB_ID[0] += 1
    w_emu, h_emu = Mm(44), Mm(60)
    posx = "right" if side == "right" else "left"
    xml = ('<w:r %s xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
           'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
           '<mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>'
           '<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" relativeHeight="%d" '
           'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="0">'
           '<wp:simplePos x="0" y="0"/>'
           '<wp:positionH relativeFrom="column"><wp:align>%s</wp:align></wp:positionH>'
           '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
           '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
           '<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="%d" name="Caption box %d"/><wp:cNvGraphicFramePr/>'
           '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
           '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
           '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F1F4EF"/></a:solidFill>'
           '<a:ln w="6350"><a:solidFill><a:srgbClr val="9DB39F"/></a:solidFill></a:ln></wps:spPr>'
           '<wps:txbx><w:txbxContent/></wps:txbx>'
           '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="72000" tIns="72000" rIns="72000" bIns="72000" anchor="t"/>'
           '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>'
           ) % (nsdecls("w", "wp", "a"), TB_ID[0], posx, w_emu, h_emu, TB_ID[0], TB_ID[0], w_emu, h_emu)
    r = parse_xml(xml)
    content = r.find(".//" + qn("w:txbxContent"))
    # picture paragraph: made in the body by python-docx, then moved into the box
    pp = doc.add_paragraph()
    pp.add_run().add_picture(picture, width=Mm(37))
    content.append(pp._p)
    cp = doc.add_paragraph()
    cp.paragraph_format.space_after = Pt(2)
    run(cp, cap["position"] + ": ", size=8.5, bold=True, font="Arial")
    run(cp, cap["text"], size=8.5, font="Arial")
    content.append(cp._p)
    crp = doc.add_paragraph()
    run(crp, cap["credit"], size=7.5, italic=True, font="Arial", color=RGBColor(0x55, 0x55, 0x55))
    content.append(crp._p)
    anchor_p._p.insert(1 if anchor_p._p.pPr is not None else 0, r)

def panel_heading(label, title):
    p = para(space_after=4)
    p.paragraph_format.space_before = Pt(10)
    p.paragraph_format.keep_with_next = True
    r = run(p, " %s " % label, size=15, bold=True, font="Arial", color=RGBColor(0xFF, 0xFF, 0xFF))
    r._element.get_or_add_rPr().append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="2E6B3A"/>' % nsdecls("w")))
    run(p, "\t", size=15)
    run(p, title, size=15, bold=True, color=ACCENT)
    p.paragraph_format.tab_stops.add_tab_stop(Mm(11))
    return p

IMG = {"A": os.path.join(HERE, "img", "grey_c.png"), "C": os.path.join(HERE, "img", "grey_a.png")}
for s in D["sections"]:
    if s["label"] is None:
        continue
    panel_heading(s["label"], s["title"])
    ps = [b for b in s["blocks"] if b["kind"] == "paragraph"]
    caps = [b for b in s["blocks"] if b["kind"] == "caption"]
    for i, b in enumerate(ps):
        p = para(b["text"], size=10.5, align=WD_ALIGN_PARAGRAPH.JUSTIFY, first_indent=(Mm(5) if i else None), space_after=3)
        if i == 0 and caps:
            textbox(p, caps[0], IMG[s["label"]], "right" if caps[0]["position"] == "Right" else "left")

# sidebar: shaded one-cell table at the end
side = D["sections"][-1]
para(space_after=6)
tbl = doc.add_table(rows=1, cols=1)
cell = tbl.cell(0, 0)
cell.width = Mm(80)
tbl.autofit = False
_tw = tbl._tbl.tblPr.find(qn("w:tblW"))
if _tw is None:
    _tw = parse_xml('<w:tblW %s/>' % nsdecls("w")); tbl._tbl.tblPr.append(_tw)
_tw.set(qn("w:w"), "4535"); _tw.set(qn("w:type"), "dxa")
for _gc in tbl._tbl.tblGrid.findall(qn("w:gridCol")):
    _gc.set(qn("w:w"), "4535")
tcPr = cell._tc.get_or_add_tcPr()
tcPr.append(parse_xml('<w:shd %s w:val="clear" w:color="auto" w:fill="E3EDE2"/>' % nsdecls("w")))
tcPr.append(parse_xml('<w:tcBorders %s><w:top w:val="single" w:sz="12" w:color="2E6B3A"/><w:left w:val="nil"/>'
                      '<w:bottom w:val="single" w:sz="12" w:color="2E6B3A"/><w:right w:val="nil"/></w:tcBorders>' % nsdecls("w")))
hp2 = cell.paragraphs[0]
run(hp2, side["title"], size=11, bold=True, font="Arial", color=ACCENT)
bp = cell.add_paragraph()
run(bp, side["blocks"][0]["text"], size=9.5, font="Arial")
para(space_after=0)

doc.core_properties.title = D["title"]
doc.core_properties.author = "Lakeview Museum of Working Life"
doc.save(os.path.join(OUT, "radium_girls.docx"))

sections = [{"label": None, "title": D["title"], "blocks": [{"kind": "paragraph", "text": D["intro"]}]}] + D["sections"]
write_gold(os.path.join(OUT, "radium_girls.json"), D["title"], [D["header"], D["footer"]], sections)
print("ok")
