"""Exhibit 5: Lascaux. python-docx. Every paragraph is in style Normal:
the title and section headings are made by direct formatting (bold, larger
size). Each section heading is one paragraph: a small-caps label run
("Stop 1"), a line break, then the bold title. Pictures sit in two-cell
tables with the caption in the neighbouring cell. The footer holds the
exhibit line; there is no header."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from PIL import Image

NAME = "lascaux_cave"
TITLE = "The Painted Cave: Lascaux and Its Discovery"
FOOTER = "The Painted Cave \u00b7 Vézère Valley Heritage Centre"

SECTIONS = [
    (None, TITLE, [
        P("In the autumn of 1940, while France lay under German occupation, four teenagers in the Dordogne stumbled on one of the greatest collections of prehistoric art in the world. The paintings they found had been hidden in darkness for some seventeen thousand years."),
    ]),
    ("Stop 1", "The Hole Under the Tree", [
        P("On 12 September 1940, Marcel Ravidat, an eighteen-year-old apprentice mechanic from Montignac, went into the woods on the hill of Lascaux with three younger friends, Jacques Marsal, Georges Agnel and Simon Coencas. A tree had fallen there years before, leaving a hole in the ground, and local stories spoke of a secret passage. According to a popular account, Ravidat’s dog had gone down it first."),
        P("The boys widened the opening and slid down a slope of loose earth into a chamber. By the light of a small lamp they saw animals painted on the walls and ceiling: horses, stags and huge bulls. They told their former schoolteacher, Léon Laval, who alerted the prehistorian Henri Breuil. Breuil arrived within days and confirmed that the paintings were genuine and very old. Within weeks, hundreds of local people had climbed down to see them."),
        C("The entrance to the cave as it appeared in the late 1940s, with the stone steps built for the first visitors.",
          None, "Photo: Armand Delpeyrat / Périgord Image Collection"),
    ]),
    ("Stop 2", "Bulls, Horses and Stags", [
        P("Lascaux holds around six hundred paintings and some fifteen hundred engravings. The most famous room, the Hall of the Bulls, is dominated by four great aurochs, an extinct species of wild cattle, the largest of them more than five metres long. Elsewhere there are horses, deer, ibex and bison, along with dots, grids and other signs whose meaning is unknown. Only one human figure appears, in a deep shaft: a stick-like man with the head of a bird, lying before a wounded bison."),
        C("A painted horse from the Axial Gallery, shown beside a recreated lamp of the kind found on the cave floor.",
          "Right", "Courtesy of the Sarlat Institute of Prehistory"),
        P("The artists made red, yellow and brown from iron-rich earths and black from manganese oxides and charcoal. They painted with pads and brushes, and they blew powdered colour onto the walls, sometimes through hollow bones. Stone lamps that burned animal fat lit their work, and holes in the rock suggest that scaffolds were built to reach the high ceilings."),
    ]),
    ("Stop 3", "Closed to Save It", [
        P("The cave opened to the public in 1948, and by the late 1950s more than a thousand visitors a day were walking through it. Their breath raised the temperature and the level of carbon dioxide, and the electric lights encouraged the growth of green algae on the walls. In 1963 the French minister of culture, André Malraux, ordered the cave to be closed. In 1979 Lascaux and the other decorated caves of the Vézère valley were added to the list of World Heritage Sites."),
        P("Since then, only a few specialists have been allowed inside, for short periods and under strict control. To let the public see the art, a partial copy called Lascaux II was opened nearby in 1983, and a complete replica, Lascaux IV, opened at Montignac in 2016. Jacques Marsal, one of the four boys, spent much of his life working as a guide at the cave."),
    ]),
]

BROWN = RGBColor(0x7a, 0x3e, 0x12)


def set_cell_border_none(table):
    tbl = table._tbl
    tblPr = tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement("w:" + edge)
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tblPr.append(borders)


def grey_png(path, w, h):
    Image.new("RGB", (w, h), (176, 176, 176)).save(path)


def add_caption_cell(cell, b, credit_inline):
    _, text, pos, credit = b
    p = cell.paragraphs[0]
    p.paragraph_format.space_after = Pt(3)
    if pos:
        r = p.add_run(pos + ": ")
        r.bold = True; r.font.size = Pt(9)
    r = p.add_run(text)
    r.font.size = Pt(9)
    if credit_inline:
        r = p.add_run(" " + credit)
        r.italic = True; r.font.size = Pt(8.5)
    else:
        p2 = cell.add_paragraph()
        r = p2.add_run(credit)
        r.italic = True; r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x55, 0x55, 0x55)


def main():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(24)
    normal = doc.styles["Normal"]
    normal.font.name = "Georgia"
    normal.font.size = Pt(11)
    sec.footer.paragraphs[0].text = FOOTER
    for r in sec.footer.paragraphs[0].runs:
        r.font.size = Pt(8)
        r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    tp = doc.add_paragraph()
    tr = tp.add_run(TITLE)
    tr.bold = True; tr.font.size = Pt(22); tr.font.color.rgb = BROWN
    tp.paragraph_format.space_after = Pt(14)

    img1 = os.path.join(HERE, "cave_entrance.png"); grey_png(img1, 600, 420)
    img2 = os.path.join(HERE, "painted_horse.png"); grey_png(img2, 640, 400)
    fig_no = 0
    for label, title, blocks in SECTIONS:
        if label:
            hp = doc.add_paragraph()
            hp.paragraph_format.space_before = Pt(14)
            hp.paragraph_format.space_after = Pt(6)
            hp.paragraph_format.keep_with_next = True
            lr = hp.add_run(label)
            lr.font.small_caps = True; lr.bold = True; lr.font.size = Pt(10); lr.font.color.rgb = BROWN
            lr.add_break()
            tr = hp.add_run(title)
            tr.bold = True; tr.font.size = Pt(15)
        for b in blocks:
            if b[0] == "p":
                doc.add_paragraph(b[1])
            else:
                fig_no += 1
                t = doc.add_table(rows=1, cols=2)
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                set_cell_border_none(t)
                c0, c1 = t.rows[0].cells
                if fig_no == 1:
                    # picture left, caption right; credit in its own paragraph
                    c0.width, c1.width = Mm(95), Mm(67)
                    c0.paragraphs[0].add_run().add_picture(img1, width=Mm(90))
                    add_caption_cell(c1, b, credit_inline=False)
                else:
                    # caption left ("Right:" points at the picture), credit inline
                    c0.width, c1.width = Mm(62), Mm(100)
                    add_caption_cell(c0, b, credit_inline=True)
                    c1.paragraphs[0].add_run().add_picture(img2, width=Mm(95))
                doc.add_paragraph()  # empty spacer paragraph after the table
    out = os.path.join(OUT, NAME + ".docx")
    doc.core_properties.title = TITLE
    doc.save(out)
    write_gold(NAME, gold(TITLE, [FOOTER], SECTIONS))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
