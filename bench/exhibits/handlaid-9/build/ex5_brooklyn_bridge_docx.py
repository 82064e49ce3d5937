"""Ex5: Brooklyn Bridge -- python-docx Word document as a curator would draft it.
Traps: 'Heading 1' renamed to 'Panel Heading' (styleId stays Heading1) with the label typed in the text
('Panel 1 – ...'); a custom 'Exhibit Title' paragraph style (not Title); captions inside a borderless 1x2 table
(picture cell | caption + credit cell); real footnotes (word/footnotes.xml) with references inside paragraphs;
a floating VML text box ('By the Numbers') anchored in an empty paragraph on page 1; a next-page section break;
a header and a footer."""
import os, sys, copy
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, gold, write_gold, OUT, HERE, body_words, n_captions
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.section import WD_SECTION
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import parse_xml
from docx.oxml.ns import qn, nsdecls
from docx.opc.part import Part
from docx.opc.packuri import PackURI
from docx.opc.constants import RELATIONSHIP_TYPE as RT

NAME = "brooklyn_bridge"
TITLE = "The Great Bridge: Building the Brooklyn Bridge"
HEADER = "Brooklyn Historical Hall \u00b7 Exhibition Script"
FOOTER = "Draft 3 \u2013 for internal review"
RUNNING = [HEADER, FOOTER]
SEP = " \u2013 "

INTRO = ("When it opened in May 1883, the Brooklyn Bridge was the longest suspension bridge in the world, joining the "
         "cities of New York and Brooklyn across the East River. It took fourteen years to build and cost the lives of "
         "more than twenty workers.")
# footnotes: (paragraph anchor text after which the reference is placed, note text)
NOTES = [("on such a scale.", "Earlier suspension bridges had mostly used chains or cables of iron wire."),
         ("cable construction so that she could understand the problems herself.",
          "Some newspapers of the time suspected that she, and not her husband, was the real engineer of the bridge.")]
BOX_TITLE = "By the Numbers"
BOX = [P("Main span: 486 metres. Towers: 84 metres above high water. Cables: four, each made of 5,434 wires. "
         "Cost: about 15 million dollars.")]

SECTIONS = [
    (None, TITLE, [P(INTRO)]),
    ("Panel 1", "The Roeblings\u2019 Plan", [
        P("The bridge was designed by John Augustus Roebling, a German-born engineer who had already built suspension "
          "bridges at Niagara Falls and Cincinnati. His plan called for two granite towers and four great cables of "
          "steel wire, a material that had never before been used on such a scale."),
        P("In 1869, while he was surveying the site, Roebling\u2019s foot was crushed by a ferry. He refused "
          "conventional treatment and died of tetanus a few weeks later. His son, Washington Roebling, took over as "
          "chief engineer at the age of thirty-two."),
    ]),
    ("Panel 2", "Under the River", [
        P("The towers stand on caissons, enormous wooden boxes open at the bottom, which were sunk into the riverbed. "
          "Inside them, men dug away mud and rock in compressed air that kept the water out. When they came back to the "
          "surface too quickly, many suffered from a painful and mysterious illness known as caisson disease, or the "
          "bends."),
        P("Washington Roebling often went down into the caissons himself. In 1872 he was struck by the illness and left "
          "partly paralysed. For the rest of the work he could not visit the site, and he followed its progress through "
          "a telescope from his house in Brooklyn Heights."),
        C("Workers inside a caisson, lit by gas lamps, in a drawing made for a newspaper in 1870.", None,
          "Courtesy of the Cranberry Street Print Room"),
    ]),
    ("Panel 3", "Emily Roebling", [
        P("His wife, Emily Warren Roebling, became the link between the chief engineer and the work. She carried his "
          "instructions to the assistant engineers, dealt with contractors and politicians, and studied higher "
          "mathematics, the strength of materials and cable construction so that she could understand the problems "
          "herself."),
        P("When the bridge opened, Emily Roebling was the first person to cross it by carriage, holding a rooster as a "
          "symbol of victory."),
    ]),
    ("Panel 4", "Opening Day", [
        P("The bridge opened on 24 May 1883. President Chester Arthur and Governor Grover Cleveland walked across it, "
          "and in the evening the sky over the river was lit by fireworks. More than a hundred and fifty thousand "
          "people crossed on foot on the first day."),
        P("A week later a rumour that the bridge was about to collapse caused a panic on the crowded walkway, and "
          "twelve people were crushed to death. The following year the showman P. T. Barnum led twenty-one elephants "
          "across to prove that it was safe."),
        C("The bridge decorated for the opening celebrations, seen from the Brooklyn shore.", None,
          "Photo: Theodora Halvorsen / Red Hook Camera Archive"),
    ]),
    (None, BOX_TITLE, BOX),
]

GREY = os.path.join(HERE, "grey_plate.png")
doc = Document()
sec = doc.sections[0]
sec.page_width, sec.page_height = Mm(216), Mm(279)   # US Letter
for m in ("left_margin", "right_margin"):
    setattr(sec, m, Mm(25))
st = doc.styles
st["Normal"].font.name = "Cambria"; st["Normal"].font.size = Pt(11)
h1 = st["Heading 1"]; h1.name = "Panel Heading"          # renamed built-in style (styleId stays Heading1)
h1.font.name = "Calibri"; h1.font.size = Pt(15); h1.font.color.rgb = RGBColor(0x1F, 0x3A, 0x5F)
et = st.add_style("Exhibit Title", WD_STYLE_TYPE.PARAGRAPH)
et.base_style = st["Normal"]; et.font.size = Pt(24); et.font.bold = True; et.font.name = "Calibri"
et.paragraph_format.space_after = Pt(10)
cap = st.add_style("Label Text", WD_STYLE_TYPE.PARAGRAPH)
cap.base_style = st["Normal"]; cap.font.size = Pt(9); cap.font.italic = True
cr = st.add_style("Credit Line", WD_STYLE_TYPE.PARAGRAPH)
cr.base_style = st["Normal"]; cr.font.size = Pt(7.5); cr.font.color.rgb = RGBColor(0x70, 0x70, 0x70)

# header / footer
sec.header.paragraphs[0].text = HEADER
sec.header.paragraphs[0].runs[0].font.size = Pt(8)
sec.footer.paragraphs[0].text = FOOTER
sec.footer.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
sec.footer.paragraphs[0].runs[0].font.size = Pt(8)

# footnotes part
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
fn_xml = ['<w:footnotes %s>' % W_NS,
          '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for i, (_, note) in enumerate(NOTES, 1):
    fn_xml.append('<w:footnote w:id="%d"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
                  '<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>'
                  '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>' % (i, note))
fn_xml.append('</w:footnotes>')
fpart = Part(PackURI("/word/footnotes.xml"),
             "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
             "".join(fn_xml).encode("utf-8"), doc.part.package)
doc.part.relate_to(fpart, RT.FOOTNOTES)


def add_para(text, style=None):
    p = doc.add_paragraph(style=style)
    for i, (anchor, _) in enumerate(NOTES, 1):
        if text.endswith(anchor):
            p.add_run(text)
            p._p.append(parse_xml('<w:r %s><w:rPr><w:vertAlign w:val="superscript"/></w:rPr>'
                                  '<w:footnoteReference w:id="%d"/></w:r>' % (nsdecls("w"), i)))
            return p
    p.add_run(text)
    return p


def add_textbox():
    p = doc.add_paragraph()
    body = "".join('<w:p><w:r><w:rPr><w:sz w:val="18"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % b[1]
                   for b in BOX)
    xml = ('<w:r %s xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
           'xmlns:w10="urn:schemas-microsoft-com:office:word">'
           '<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
           '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
           '<v:shape id="FactBox" o:spid="_x0000_s1026" type="#_x0000_t202" '
           'style="position:absolute;margin-left:0;margin-top:0;width:150pt;height:118pt;z-index:251659264;'
           'mso-position-horizontal:right;mso-position-horizontal-relative:margin;mso-position-vertical-relative:paragraph" '
           'fillcolor="#E8EEF5" strokecolor="#1F3A5F" strokeweight="1pt">'
           '<v:textbox><w:txbxContent>'
           '<w:p><w:r><w:rPr><w:b/><w:sz w:val="22"/></w:rPr><w:t>%s</w:t></w:r></w:p>%s'
           '</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>') % (nsdecls("w"), BOX_TITLE, body)
    p._p.append(parse_xml(xml))
    return p


def add_figure(b):
    t = doc.add_table(rows=1, cols=2)
    t.autofit = False
    c0, c1 = t.rows[0].cells
    c0.width, c1.width = Mm(85), Mm(80)
    c0.paragraphs[0].add_run().add_picture(GREY, width=Mm(80))
    c1.paragraphs[0].text = b[1]; c1.paragraphs[0].style = cap
    c1.add_paragraph(b[3], style=cr)
    doc.add_paragraph()


doc.add_paragraph(TITLE, style=et)
pi = add_para(INTRO); pi.runs[0].italic = True
add_textbox()                    # the fact box floats at the right margin of page 1; in the gold it is the LAST section
for lab, tit, blocks in SECTIONS[1:-1]:
    if lab == "Panel 3":
        doc.add_section(WD_SECTION.NEW_PAGE)     # next-page section break before Panel 3
    doc.add_paragraph(lab + SEP + tit, style=h1)
    for b in blocks:
        if b[0] == "p":
            add_para(b[1])
        else:
            add_figure(b)

doc.core_properties.title = TITLE
doc.core_properties.author = "M. Delacroix-Hume"

if __name__ == "__main__":
    doc.save(os.path.join(OUT, NAME + ".docx"))
    write_gold(NAME, gold(TITLE, RUNNING, SECTIONS))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))
