"""Exhibit 5 (DOCX): a label script under review, with tracked changes (insertions, deletions, an inserted
paragraph, a deleted paragraph, an inserted table row, a retitled heading), real footnotes, a DrawingML text
box with a VML fallback (its text is in the XML twice), a figure caption and a table caption made with
SEQ fields (w:fldSimple), a credit/source line style, and a next-page section break with a different header.
Producer: python-docx 1.2 + hand-made XML (lxml)."""
import os
from docx import Document
from docx.enum.section import WD_SECTION
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Pt, Mm, RGBColor
from xml.sax.saxutils import escape
from common import OUT, HERE, P, C, S, write_gold, body_words, grey_png

NAME = "broad_street_pump"
TITLE = "The Pump on Broad Street: John Snow and the Cholera of 1854"
HEADER1 = "Golden Square Museum of Public Health · Label Script, Draft 4"
HEADER2 = "Case 2 · The Grand Experiment"
FOOTER = "Internal draft – not for display"
AUTHORS = {"ro": "Ruth Okafor", "tl": "Tomas Lindqvist"}

# A paragraph is a list of segments: str (plain), ("ins", s, who), ("del", s, who), ("fn", n),
# ("seq", name, number).
INTRO = ["In the late summer of 1854 cholera killed more than six hundred people in a few streets of Soho. "
         "A London doctor used a map and a list of addresses to show that the killer was in the water."]
FOOTNOTES = {
    1: "Prince Leopold, born on 7 April 1853.",
    2: "The well was later found to lie less than a metre from an old cesspit.",
}
SEC1 = ("A Doctor Who Doubted Bad Air", [
    ["John Snow was born in York in 1813, the son of a labourer. He became one of the first specialists in "
     "anaesthesia, and in 1853 he gave chloroform to Queen Victoria at the birth of her eighth child.", ("fn", 1)],
    ["Most doctors of his day believed that cholera spread through ", ("del", "a poisonous mist", "ro"),
     ("ins", "bad air", "ro"), ", or miasma, rising from filth. Snow noticed that the disease attacked the gut "
     "rather than the lungs, and in 1849 he argued that it was carried in water ", ("del", "polluted", "tl"),
     ("ins", "fouled", "tl"), " by sewage."],
])
SEC2_TITLE = ["Three ", ("del", "Terrible ", "ro"), "Days in Soho"]
SEC2 = [
    ["The outbreak began on 31 August 1854. Within three days 127 people living around Broad Street had died. "
     "Snow collected the addresses of the dead from the General Register Office and walked the streets asking "
     "where each family drew its water."],
    ["Nearly all of the victims lived close to the public pump in Broad Street, or had drunk from it. The "
     "workers of a nearby brewery, who were given beer, escaped", ("ins", " the disease", "tl"),
     ", and so did the inmates of a workhouse with its own well."],
    ("INSERTED", ["A widow in Hampstead, who had Broad Street water brought to her because she liked its taste, "
                  "also died of cholera."]),
    ("DELETED", ["Legend says that Snow broke the handle off the pump himself, in the middle of the night."]),
    ["On 7 September Snow put his evidence before the parish guardians. The next day the handle of the pump "
     "was removed. The epidemic was already fading, but the case against the water had been made.", ("fn", 2)],
]
FIG_CAPTION = ["Figure ", ("seq", "Figure", "1"), ": Snow’s map of deaths ", ("del", "in Soho", "ro"),
               ("ins", "around the Broad Street pump", "ro"), ", redrawn for the gallery."]
FIG_CREDIT = "Drawing: Tamsin Achebe / Golden Square Museum of Public Health"
SEC3_TITLE = "The Grand Experiment"
SEC3_BEFORE = ["South London offered Snow a natural test. Two water companies sent their pipes down the same "
               "streets. One drew its water from the Thames in the heart of London; the other had moved its "
               "intake upstream, above the city’s sewers, in 1852."]
TABLE_CAPTION = ["Table ", ("seq", "Table", "1"), ": Deaths from cholera in the first seven weeks of the "
                 "1854 epidemic."]
TABLE_HEAD = ["Water supply", "Houses", "Deaths", "Deaths per 10,000 houses"]
TABLE_ROWS = [
    (["Southwark and Vauxhall Company", "40,046", "1,263", "315"], False),
    (["Lambeth Company", "26,107", "98", "37"], False),
    (["Rest of London", "256,423", "1,422", "59"], True),      # row inserted with tracked changes
]
TABLE_SOURCE = ("Source: John Snow, On the Mode of Communication of Cholera, second edition, 1855")
SEC3_AFTER = ["Houses supplied by the first company suffered about eight times as many deaths as those supplied "
              "by the second. Snow published the figures in 1855, but many doctors were not convinced until "
              "long after his death in 1858."]
BOX_TITLE = "The Pump Today"
BOX_TEXT = ("A copy of the pump, without its handle, stands in Broadwick Street, as Broad Street is now called. "
            "A pink granite kerbstone nearby marks the site of the original well.")


def final(segs):
    out = ""
    for s in segs:
        if isinstance(s, str):
            out += s
        elif s[0] == "ins":
            out += s[1]
        elif s[0] == "seq":
            out += s[2]
    return out


# ---- gold --------------------------------------------------------------------------------------
sec2_blocks = []
for p in SEC2:
    if isinstance(p, tuple):
        if p[0] == "INSERTED":
            sec2_blocks.append(P(final(p[1])))
        continue
    sec2_blocks.append(P(final(p)))
sec2_blocks.append(C(final(FIG_CAPTION), credit=FIG_CREDIT))
sections = [
    S(None, TITLE, [P(final(INTRO))]),
    S(None, SEC1[0], [P(final(p)) for p in SEC1[1]]),
    S(None, final(SEC2_TITLE), sec2_blocks),
    S(None, SEC3_TITLE, [P(final(SEC3_BEFORE))] + [P(" ".join(r)) for r, _ in TABLE_ROWS]
      + [P(final(SEC3_AFTER)), C(final(TABLE_CAPTION), credit=TABLE_SOURCE)]),
    S(None, BOX_TITLE, [P(BOX_TEXT)]),
]
gold = write_gold(NAME, TITLE, [HEADER1, FOOTER, HEADER2], sections)

# ---- document ----------------------------------------------------------------------------------
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.left_margin = sec.right_margin = Mm(25)
sec.top_margin, sec.bottom_margin = Mm(25), Mm(22)
st = doc.styles
st["Normal"].font.name = "Georgia"
st["Normal"].font.size = Pt(11)
st["Title"].font.size = Pt(24)
fnt = st.add_style("Footnote Text", WD_STYLE_TYPE.PARAGRAPH)
fnt.base_style = st["Normal"]; fnt.font.size = Pt(8.5)
fnr = st.add_style("Footnote Reference", WD_STYLE_TYPE.CHARACTER)
fnr.font.superscript = True
cred = st.add_style("Picture Credit", WD_STYLE_TYPE.PARAGRAPH)
cred.base_style = st["Normal"]; cred.font.size = Pt(8); cred.font.italic = True
cred.font.color.rgb = RGBColor(0x6B, 0x6B, 0x6B)
boxt = st.add_style("Box Heading", WD_STYLE_TYPE.PARAGRAPH)
boxt.base_style = st["Normal"]; boxt.font.bold = True; boxt.font.size = Pt(12)
boxt.font.color.rgb = RGBColor(0x8C, 0x2F, 0x1B)

rev = {"id": 100}
# the namespace declarations of the template's document.xml root (w, wp, wps, mc, v, o, w10, ...)
ALLNS = " ".join(f'xmlns:{k}="{v}"' for k, v in doc.element.nsmap.items())
DATE = "2026-03-14T10:{:02d}:00Z"


def t_xml(text, tag="w:t"):
    return f'<{tag} xml:space="preserve">{escape(text)}</{tag}>'


def seg_xml(s):
    if isinstance(s, str):
        return f"<w:r>{t_xml(s)}</w:r>"
    kind = s[0]
    if kind in ("ins", "del"):
        rev["id"] += 1
        who = AUTHORS[s[2]]
        inner = t_xml(s[1], "w:t" if kind == "ins" else "w:delText")
        return (f'<w:{kind} w:id="{rev["id"]}" w:author="{who}" w:date="{DATE.format(rev["id"] % 60)}">'
                f"<w:r>{inner}</w:r></w:{kind}>")
    if kind == "fn":
        return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{s[1]}"/></w:r>'
    if kind == "seq":
        return (f'<w:fldSimple w:instr=" SEQ {s[1]} \\* ARABIC "><w:r><w:rPr><w:noProof/></w:rPr>'
                f"{t_xml(s[2])}</w:r></w:fldSimple>")
    raise ValueError(s)


def para(segs, style=None, mark=None, extra_runs=""):
    """Append a paragraph; mark = ("ins"|"del", who) tracks the paragraph mark itself."""
    p = doc.add_paragraph(style=style)
    el = p._p
    if mark:
        rev["id"] += 1
        ppr = el.get_or_add_pPr()
        ppr.append(parse_xml(f'<w:rPr {nsdecls("w")}><w:{mark[0]} w:id="{rev["id"]}" w:author="{AUTHORS[mark[1]]}" '
                             f'w:date="{DATE.format(rev["id"] % 60)}"/></w:rPr>'))
    xml = extra_runs + "".join(seg_xml(s) for s in segs)
    frag = parse_xml(f'<w:p {ALLNS}>{xml}</w:p>')
    for child in list(frag):
        el.append(child)
    return p


def wrap_para_content(segs, kind, who):
    return [(kind, s, who) if isinstance(s, str) else s for s in segs]


# header/footer of section 1
sec.header.paragraphs[0].text = HEADER1
sec.header.paragraphs[0].runs[0].font.size = Pt(8)
sec.footer.paragraphs[0].text = FOOTER
sec.footer.paragraphs[0].runs[0].font.size = Pt(8)

para([TITLE], style="Title")
para(INTRO)
para([SEC1[0]], style="Heading 1")
for p in SEC1[1]:
    para(p)
para(SEC2_TITLE, style="Heading 1")

# text box (DrawingML with VML fallback) anchored at the start of the first paragraph of "Three Days in Soho"
BOX_W, BOX_H = 2160000, 1620000   # EMU (60 x 45 mm)
box_content = (f'<w:p><w:pPr><w:pStyle w:val="BoxHeading"/></w:pPr><w:r>{t_xml(BOX_TITLE)}</w:r></w:p>'
               f'<w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:rPr><w:sz w:val="19"/></w:rPr>{t_xml(BOX_TEXT)}</w:r></w:p>')
textbox = f'''<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing>
<wp:anchor distT="45720" distB="45720" distL="180000" distR="0" simplePos="0" relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">
<wp:simplePos x="0" y="0"/><wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>
<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{BOX_W}" cy="{BOX_H}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="bothSides"/>
<wp:docPr id="20" name="Text Box 20"/><wp:cNvGraphicFramePr/>
<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{BOX_W}" cy="{BOX_H}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="F1E9DC"/></a:solidFill>
<a:ln w="9525"><a:solidFill><a:srgbClr val="8C2F1B"/></a:solidFill></a:ln></wps:spPr>
<wps:txbx><w:txbxContent>{box_content}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="108000" tIns="72000" rIns="108000" bIns="72000" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr>
</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
<mc:Fallback><w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe"><v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>
<v:shape id="Text Box 20" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;margin-top:0;width:170.1pt;height:127.55pt;z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" fillcolor="#f1e9dc" strokecolor="#8c2f1b">
<v:textbox><w:txbxContent>{box_content}</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></mc:Fallback>
</mc:AlternateContent></w:r>'''
for i, p in enumerate(SEC2):
    if isinstance(p, tuple):
        kind, segs = p
        if kind == "INSERTED":
            para(wrap_para_content(segs, "ins", "tl"), mark=("ins", "tl"))
        else:
            para(wrap_para_content(segs, "del", "ro"), mark=("del", "ro"))
    else:
        para(p, extra_runs=textbox if i == 0 else "")

# figure: inline grey picture, caption (SEQ field), credit
png = grey_png(os.path.join(HERE, "grey_plate.png"))
pic = doc.add_paragraph()
pic.paragraph_format.keep_with_next = True
pic.add_run().add_picture(png, width=Mm(120))
para(FIG_CAPTION, style="Caption")
para([FIG_CREDIT], style="Picture Credit")

# footer for section 1 is inherited; section 2 starts on a new page with its own header
sec2 = doc.add_section(WD_SECTION.NEW_PAGE)
sec2.header.is_linked_to_previous = False
sec2.header.paragraphs[0].text = HEADER2
sec2.header.paragraphs[0].runs[0].font.size = Pt(8)

para([SEC3_TITLE], style="Heading 1")
para(SEC3_BEFORE)
cap = para(TABLE_CAPTION, style="Caption")
cap.paragraph_format.keep_with_next = True
table = doc.add_table(rows=1 + len(TABLE_ROWS), cols=4)
table.style = doc.styles["Light Grid Accent 1"]
tbl = table._tbl
for ci, h in enumerate(TABLE_HEAD):
    table.rows[0].cells[ci].text = h
trpr = table.rows[0]._tr.get_or_add_trPr()
trpr.append(parse_xml(f'<w:tblHeader {nsdecls("w")}/>'))
for ri, (cells, inserted) in enumerate(TABLE_ROWS, start=1):
    row = table.rows[ri]
    for ci, txt in enumerate(cells):
        cp = row.cells[ci].paragraphs[0]
        segs = [("ins", txt, "tl")] if inserted else [txt]
        for child in parse_xml(f'<w:p {nsdecls("w")}>{"".join(seg_xml(s) for s in segs)}</w:p>'):
            cp._p.append(child)
    if inserted:
        rev["id"] += 1
        row._tr.get_or_add_trPr().append(parse_xml(
            f'<w:ins {nsdecls("w")} w:id="{rev["id"]}" w:author="{AUTHORS["tl"]}" w:date="{DATE.format(7)}"/>'))
para([TABLE_SOURCE], style="Picture Credit")
para(SEC3_AFTER)

# ---- footnotes part ---------------------------------------------------------------------------------
W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
notes = "".join(
    f'<w:footnote w:id="{n}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
    f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
    f'<w:r>{t_xml(" " + txt)}</w:r></w:p></w:footnote>' for n, txt in FOOTNOTES.items())
fxml = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes xmlns:w="{W_NS}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/>'
        '</w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" '
        'w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
        + notes + "</w:footnotes>")
fpart = Part(PackURI("/word/footnotes.xml"),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
             fxml.encode("utf-8"), doc.part.package)
doc.part.relate_to(fpart, RT.FOOTNOTES)
settings = doc.settings.element
settings.insert(0, parse_xml(f'<w:trackRevisions {nsdecls("w")}/>'))
fpr = parse_xml(f'<w:footnotePr {nsdecls("w")}><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>')
# footnotePr must come late in CT_Settings; put it before w:compat if present
compat = settings.find(qn("w:compat"))
(compat.addprevious(fpr) if compat is not None else settings.append(fpr))
doc.core_properties.title = TITLE
doc.core_properties.author = "Ruth Okafor"
doc.save(os.path.join(OUT, NAME + ".docx"))
print(NAME, "body words", body_words(gold))
