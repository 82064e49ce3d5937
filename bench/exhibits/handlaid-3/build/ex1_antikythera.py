"""Exhibit 1: reportlab, Letter, two columns, pyphen hyphenation, running header + footer
with exhibit name and page number, a caption inserted between two lines of a paragraph."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, S, write_gold, OUT
from reportlab.lib.pagesizes import letter
from reportlab.lib.units import inch
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                FrameBreak, NextPageTemplate, Table, TableStyle, Flowable, KeepTogether)

NAME = "antikythera_mechanism"
TITLE = "The Antikythera Mechanism: Gears from the Ancient Sea"
HEADER = "GALLERY OF ANCIENT TECHNOLOGY"
FOOT = "The Antikythera Mechanism · {n}"

intro = P("In a case at the National Archaeological Museum in Athens lie eighty-two corroded fragments of bronze. Together they make up the oldest known geared machine in the world, a hand-cranked calculator that modelled the movements of the heavens more than two thousand years ago.")

p1 = P("In the spring of 1900 a crew of sponge divers from the island of Symi sheltered from a storm near Antikythera, a small island between Crete and the Greek mainland. Diving at a depth of about forty-five metres, one of them found the remains of an ancient shipwreck scattered with bronze and marble statues. Over the following year the divers, working with the Greek navy and government, raised statues, glassware, pottery and coins in one of the first large underwater excavations ever attempted.")
p2 = P("The ship had sunk in the first century BC, probably while carrying luxury goods from the eastern Mediterranean toward Rome. Among the finds was a shapeless lump of wood and corroded bronze that attracted little attention at first. In May 1902 the archaeologist Valerios Stais noticed that one of the pieces, which had split apart as the wood dried, contained a toothed gear wheel.")
p3 = P("For half a century the fragments defeated almost everyone who studied them. Some scholars argued that such a complex device could not be ancient at all and must have fallen onto the wreck from a later ship. The British physicist and historian Derek de Solla Price took up the problem in the 1950s. With the help of gamma-ray images made by the Greek radiographer Charalambos Karakalos, he counted the teeth on the gears and in 1974 published Gears from the Greeks, arguing that the machine calculated the positions of the Sun and Moon.")
c1 = C("Fragment A, the largest surviving piece, with its great four-spoked gear still visible through the corrosion.", "Above", "Photo: Eleni Markou")
p4 = P("Price's reconstruction was incomplete, and later researchers corrected many of its details. Michael Wright, a curator at the Science Museum in London, spent years building working models and showed that the front of the device probably displayed the wanderings of the planets as well. His work prepared the ground for a new international study.")
c2 = C("A reconstruction of the planetary display proposed for the front face of the mechanism.", "Below", None)
p5 = P("In 2005 the Antikythera Mechanism Research Project brought a high-resolution X-ray scanner weighing several tonnes to Athens, together with equipment for imaging the surfaces of the fragments under changing light. The scans revealed thirty gears and thousands of Greek letters hidden inside the corroded layers, many of them too small or too deeply buried to be read before.")
c3 = C("A modern working replica made in brass, showing the front dial with its zodiac and calendar rings.", "Right", "Courtesy of the Kythera Instrument Workshop")
p6 = P("The inscriptions turned out to be a user's manual. They describe a front dial showing the Sun and Moon against the zodiac, with a small rotating ball that displayed the phase of the Moon. On the back, two spiral dials tracked the nineteen-year Metonic calendar cycle and the Saros cycle used to predict eclipses. A smaller dial counted the four-year cycle of the Panhellenic games, including those held at Olympia.")
p7 = P("Who built the mechanism remains unknown. The month names on its calendar suggest a link with Corinth or one of its colonies, such as Syracuse, and Cicero mentions bronze spheres made by Archimedes and by the astronomer Posidonius on Rhodes. Whatever its origin, nothing of comparable complexity survives from the following thousand years.")
c4 = C("Gear teeth inside Fragment C, revealed by X-ray computed tomography.", None, "Image: Halden Imaging Consortium")
p8 = P("Geared astronomical clocks did not appear again in Europe until the fourteenth century. The Antikythera mechanism shows that Greek craftsmen had already learned to turn astronomical theory into moving metal, and it continues to change what historians believe the ancient world was capable of making.")

sections = [
    S(None, TITLE, [intro]),
    S("1", "The Wreck off Antikythera", [p1, p2]),
    S("2", "Decades of Puzzlement", [p3, c1, p4, c2]),
    S("3", "Reading the Inscriptions", [p5, c3, p6]),
    S("4", "An Ancient Masterpiece", [p7, c4, p8]),
]

# ---------------- layout ----------------
W, H = letter
M = 0.75 * inch
GAP = 16
COLW = (W - 2 * M - GAP) / 2
TOPH = 150
ACC = colors.HexColor("#8a5a14")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=10.3, leading=13.2,
                      alignment=TA_JUSTIFY, firstLineIndent=12, hyphenationLang="en_US",
                      embeddedHyphenation=1, uriWasteReduce=0.3)
body_first = ParagraphStyle("bf", parent=body, firstLineIndent=0)
body_cont = ParagraphStyle("bc", parent=body, firstLineIndent=0)
intro_st = ParagraphStyle("intro", fontName="Times-Italic", fontSize=13, leading=17, alignment=TA_LEFT)
title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=24, leading=28, textColor=colors.HexColor("#222222"))
head_st = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=12.5, leading=15, spaceBefore=12, spaceAfter=5)
cap_st = ParagraphStyle("cap", fontName="Times-Italic", fontSize=9, leading=11, alignment=TA_LEFT)
capcred_st = ParagraphStyle("capcred", fontName="Helvetica", fontSize=7.5, leading=9, textColor=colors.HexColor("#555555"))


class Box(Flowable):
    def __init__(self, w, h, shade=0.78):
        super().__init__(); self.w, self.h, self.shade = w, h, shade
    def wrap(self, aw, ah):
        return self.w, self.h
    def draw(self):
        c = self.canv
        c.setFillGray(self.shade); c.setStrokeGray(0.45)
        c.rect(0, 0, self.w, self.h, fill=1, stroke=1)
        c.setStrokeGray(0.6)
        c.line(0, 0, self.w, self.h); c.line(0, self.h, self.w, 0)


def heading(label, title):
    return Paragraph(f'<font color="#8a5a14" size="15">{label}</font>&nbsp;&nbsp;&nbsp;{title}', head_st)


def on_page(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 7.5); canv.setFillColor(ACC)
    canv.drawString(M, H - 0.5 * inch, HEADER)
    canv.setStrokeColor(ACC); canv.setLineWidth(0.5)
    canv.line(M, H - 0.5 * inch - 4, W - M, H - 0.5 * inch - 4)
    canv.setFont("Times-Roman", 9); canv.setFillColor(colors.black)
    canv.drawCentredString(W / 2, 0.45 * inch, FOOT.format(n=doc.page))
    canv.restoreState()


def split_lines(text, style, nlines):
    """Split a paragraph after nlines lines; the first part keeps full justified lines."""
    p = Paragraph(text, style)
    p.wrap(COLW, 10000)
    parts = p.split(COLW, nlines * style.leading + 0.5)
    assert len(parts) == 2, parts
    return parts


def build():
    doc = BaseDocTemplate(os.path.join(OUT, NAME + ".pdf"), pagesize=letter,
                          leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                          title=TITLE, author="Gallery of Ancient Technology")
    top = Frame(M, H - M - TOPH, W - 2 * M, TOPH, id="top", showBoundary=0)
    c1f = Frame(M, M, COLW, H - 2 * M - TOPH, id="c1", leftPadding=0, rightPadding=0)
    c2f = Frame(M + COLW + GAP, M, COLW, H - 2 * M - TOPH, id="c2", leftPadding=0, rightPadding=0)
    l1 = Frame(M, M, COLW, H - 2 * M, id="l1", leftPadding=0, rightPadding=0)
    l2 = Frame(M + COLW + GAP, M, COLW, H - 2 * M, id="l2", leftPadding=0, rightPadding=0)
    doc.addPageTemplates([PageTemplate("first", [top, c1f, c2f], onPage=on_page),
                          PageTemplate("later", [l1, l2], onPage=on_page)])
    st = []
    st.append(NextPageTemplate("later"))
    st.append(Paragraph("The Antikythera Mechanism:<br/>Gears from the Ancient Sea", title_st))
    st.append(Spacer(1, 10))
    st.append(Paragraph(intro["text"], intro_st))
    st.append(FrameBreak())
    # section 1
    st.append(heading("1", "The Wreck off Antikythera"))
    st.append(Paragraph(p1["text"], body_first))
    st.append(Paragraph(p2["text"], body))
    # section 2 -- caption c1 inserted between lines of p3
    st.append(heading("2", "Decades of Puzzlement"))
    a, b = split_lines(p3["text"], body_first, 2)
    st.append(a)
    st.append(Spacer(1, 6))
    st.append(Box(COLW, 80, 0.72))
    st.append(Spacer(1, 3))
    st.append(Paragraph(f'<font name="Helvetica-Bold" size="8.5">Above:</font> {c1["text"]} '
                        f'<font name="Helvetica" size="7.5" color="#555555">({c1["credit"]})</font>', cap_st))
    st.append(Spacer(1, 6))
    st.append(b)
    st.append(Paragraph(p4["text"], body))
    st.append(Spacer(1, 6))
    st.append(KeepTogether([Paragraph(f'<font name="Helvetica-Bold" size="8.5">Below:</font> {c2["text"]}', cap_st),
                            Spacer(1, 3), Box(COLW, 60, 0.84)]))
    # section 3
    st.append(heading("3", "Reading the Inscriptions"))
    st.append(Paragraph(p5["text"], body_first))
    st.append(Spacer(1, 6))
    capcell = [Paragraph(f'<font name="Helvetica-Bold" size="8.5">Right:</font> {c3["text"]}', cap_st),
               Spacer(1, 2), Paragraph(c3["credit"], capcred_st)]
    t = Table([[capcell, Box(COLW * 0.42, 70, 0.66)]], colWidths=[COLW * 0.56, COLW * 0.44])
    t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                           ("RIGHTPADDING", (0, 0), (0, 0), 6), ("RIGHTPADDING", (1, 0), (1, 0), 0)]))
    st.append(t)
    st.append(Spacer(1, 6))
    st.append(Paragraph(p6["text"], body))
    # section 4
    st.append(heading("4", "An Ancient Masterpiece"))
    st.append(Paragraph(p7["text"], body_first))
    st.append(Spacer(1, 6))
    st.append(KeepTogether([Box(COLW, 64, 0.8), Spacer(1, 3),
                            Paragraph(f'{c4["text"]} <font name="Times-Roman">{c4["credit"]}</font>', cap_st)]))
    st.append(Spacer(1, 6))
    st.append(Paragraph(p8["text"], body))
    doc.build(st)
    return doc.page


if __name__ == "__main__":
    pages = build()
    running = [HEADER] + [FOOT.format(n=i) for i in range(1, pages + 1)]
    write_gold(NAME, TITLE, running, sections)
    print("pages", pages)
