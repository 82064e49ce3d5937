"""Ex1: Sutton Hoo -- ReportLab newspaper-style heritage sheet, 3 columns, masthead,
story jumps from page 1 to page 2 with 'Continued on page 2' / 'Continued from page 1'."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, gold, write_gold, OUT, HERE, body_words, n_captions
from reportlab.lib.pagesizes import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer, FrameBreak, KeepTogether, NextPageTemplate
from reportlab.platypus.flowables import Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT, TA_LEFT
from reportlab.lib import colors

F = "/usr/share/fonts/truetype/liberation/"
for n, f in [("Serif", "LiberationSerif-Regular"), ("SerifB", "LiberationSerif-Bold"), ("SerifI", "LiberationSerif-Italic"),
             ("Sans", "LiberationSans-Regular"), ("SansB", "LiberationSans-Bold"), ("SansI", "LiberationSans-Italic"),
             ("Narrow", "LiberationSansNarrow-Bold")]:
    pdfmetrics.registerFont(TTFont(n, F + f + ".ttf"))

NAME = "sutton_hoo"
TITLE_LINES = ["The Ship in the Field:", "The Sutton Hoo Burial"]
TITLE = " ".join(TITLE_LINES)
MAST = "The Deben Heritage Courier"
DATELINE = "Summer Edition · No. 12 · Free"
FOOT_L = "Woodbridge Riverside Museum"
JUMP_OUT = "Continued on page 2"
JUMP_IN = "Continued from page 1"
RUNNING = [MAST, DATELINE, FOOT_L, "1", MAST.upper(), "2"]

DECK = ("In the summer of 1939, weeks before the Second World War began, diggers on a Suffolk estate uncovered the "
        "richest grave ever found in Britain: the outline of a great ship, buried in a mound with the treasures of a king.")

SECTIONS = [
    (None, TITLE, [P(DECK)]),
    (None, "A Hunch About the Mounds", [
        P("The estate at Sutton Hoo, near Woodbridge, belonged to Edith Pretty, a widow with an interest in archaeology "
          "and spiritualism. Several low mounds stood on a ridge above the River Deben, and in 1938 she asked Basil Brown, "
          "a self-taught archaeologist from the surrounding countryside, to investigate them."),
        P("Brown opened three of the smaller mounds that year. They had been robbed long ago, but the finds showed that "
          "they belonged to the early Anglo-Saxon period. In May 1939 he turned to the largest mound, known simply as Mound 1."),
    ]),
    (None, "Rivets in the Sand", [
        P("Brown soon found rows of iron rivets lying in the sandy soil. The timber of the ship had rotted away completely, "
          "but the rivets and the shape left in the ground showed a vessel about twenty-seven metres long, with room for some "
          "forty oarsmen. It had been dragged up from the river and lowered into a trench before the mound was raised over it."),
        P("News of the discovery reached Cambridge, and the excavation was taken over by a team led by the archaeologist "
          "Charles Phillips. In July the burial chamber in the middle of the ship was emptied in a few weeks of hurried, "
          "careful work."),
        C("The rivet pattern of the ship exposed in the sand of Mound 1, July 1939.", None,
          "Picture: Norah Bleasdale / Deben Valley Photographic Archive"),
    ]),
    (None, "Gold and Garnets", [
        P("The chamber held more than two hundred and sixty objects: a great gold buckle, shoulder clasps set with thousands "
          "of cut garnets, a purse lid, silver bowls made in the eastern Mediterranean, drinking horns, spears, a sword and a "
          "shield. Nearly all the iron and wood had decayed, and many objects had been crushed when the roof of the chamber "
          "collapsed."),
        P("Among the fragments was a helmet with a face mask, broken into hundreds of pieces. Conservators at the British "
          "Museum rebuilt it twice, first in the 1940s and again, more accurately, in the 1970s."),
        C("Fragments of the helmet laid out on a conservation bench.", "Above",
          "Courtesy of the Orwell Conservation Studio"),
    ]),
    (None, "Whose Grave?", [
        P("No body was found, although chemical traces suggest that one had been laid in the chamber and dissolved in the "
          "acid soil. Many scholars believe that the grave belonged to Rædwald, king of the East Angles, who died around 624, "
          "but this cannot be proved."),
        P("An inquest decided in August 1939 that the finds belonged to Edith Pretty, because they had been buried openly "
          "with no intention of recovering them. She gave them to the nation, the largest gift ever made to the British "
          "Museum by a living donor. Within weeks the war began, and the treasure spent the next six years hidden in a disused London "
          "Underground tunnel."),
    ]),
]

W, H = 196 * mm, 230 * mm
ML, MR = 14 * mm, 14 * mm
GAP = 6 * mm
CW = (W - ML - MR - 2 * GAP) / 3
body = ParagraphStyle("b", fontName="Serif", fontSize=9.8, leading=12.2, alignment=TA_JUSTIFY, firstLineIndent=3.2 * mm,
                      hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)
body0 = ParagraphStyle("b0", parent=body, firstLineIndent=0)
cross = ParagraphStyle("x", fontName="SansB", fontSize=10.5, leading=13, spaceBefore=7, spaceAfter=3,
                       textColor=colors.HexColor("#7a1f12"))
head = ParagraphStyle("h", fontName="SerifB", fontSize=40, leading=42, alignment=TA_LEFT)
deck = ParagraphStyle("d", fontName="SerifI", fontSize=12.6, leading=16.4)
capst = ParagraphStyle("c", fontName="Sans", fontSize=7.8, leading=9.6)
credst = ParagraphStyle("cr", fontName="SansI", fontSize=6.6, leading=8, alignment=TA_RIGHT, textColor=colors.HexColor("#666666"))


class Box(Flowable):
    def __init__(self, w, h):
        super().__init__(); self.width, self.height = w, h
    def wrap(self, *a): return self.width, self.height
    def draw(self):
        self.canv.setFillColor(colors.HexColor("#a9a9a9")); self.canv.rect(0, 0, self.width, self.height, stroke=0, fill=1)


def page1(c, d):
    c.saveState()
    c.setFont("Narrow", 30); c.drawString(ML, H - 22 * mm, MAST)
    c.setFont("Sans", 8.5); c.drawRightString(W - MR, H - 21 * mm, DATELINE)
    c.setLineWidth(1.6); c.line(ML, H - 25 * mm, W - MR, H - 25 * mm)
    c.setLineWidth(0.4); c.line(ML, H - 26.2 * mm, W - MR, H - 26.2 * mm)
    # column rules
    top = H - 112 * mm
    for i in (1, 2):
        x = ML + i * CW + (i - 0.5) * GAP
        c.line(x, 20 * mm, x, top)
    c.setFont("SansB", 8); c.setFillColor(colors.HexColor("#7a1f12"))
    c.drawRightString(W - MR, 21.5 * mm, JUMP_OUT)
    c.setFillColor(colors.black); c.setFont("Sans", 7.5)
    c.drawString(ML, 10 * mm, FOOT_L); c.drawRightString(W - MR, 10 * mm, "1")
    c.restoreState()


def page2(c, d):
    c.saveState()
    c.setFont("Sans", 7.5)
    c.drawString(ML, H - 12 * mm, MAST.upper()); c.drawRightString(W - MR, H - 12 * mm, DATELINE)
    c.setLineWidth(0.4); c.line(ML, H - 14 * mm, W - MR, H - 14 * mm)
    for i in (1, 2):
        x = ML + i * CW + (i - 0.5) * GAP
        c.line(x, 20 * mm, x, H - 18 * mm)
    c.drawString(ML, 10 * mm, FOOT_L); c.drawRightString(W - MR, 10 * mm, "2")
    c.setFont("SansB", 8); c.setFillColor(colors.HexColor("#7a1f12"))
    c.drawString(ML, H - 21 * mm, JUMP_IN)
    # the helmet figure is drawn by the page template at the top of column 3 (outside the text flow)
    b = SECTIONS[3][2][2]
    x = ML + 2 * (CW + GAP)
    c.setFillColor(colors.HexColor("#a9a9a9")); c.rect(x, H - 60 * mm, CW, 40 * mm, stroke=0, fill=1)
    c.setFillColor(colors.black)
    p = Paragraph("<b>%s:</b> %s <i>%s</i>" % (b[2], b[1], b[3]), capst)
    w, h = p.wrap(CW, 30 * mm); p.drawOn(c, x, H - 62 * mm - h)
    c.restoreState()


def build():
    top = H - 112 * mm
    colx = [ML + i * (CW + GAP) for i in range(3)]
    f_head = Frame(ML, H - 78 * mm, W - ML - MR, 50 * mm, id="head", showBoundary=0, leftPadding=0, rightPadding=0)
    f_deck = Frame(ML, top + 1 * mm, W - ML - MR - CW - GAP, 40 * mm, id="deck", leftPadding=0, rightPadding=0)
    # photo frame in column 3, top area next to deck
    f_photo = Frame(colx[2], top + 1 * mm, CW, 40 * mm, id="photo", leftPadding=0, rightPadding=0, topPadding=0)
    cols1 = [Frame(x, 26 * mm if i == 2 else 20 * mm, CW, top - (26 * mm if i == 2 else 20 * mm), id="c%d" % i,
                   leftPadding=0, rightPadding=0) for i, x in enumerate(colx)]
    cols2 = [Frame(x, 20 * mm, CW, (H - 43 * mm) if i < 2 else (H - 96 * mm), id="d%d" % i, leftPadding=0, rightPadding=0)
             for i, x in enumerate(colx)]
    doc = BaseDocTemplate(os.path.join(OUT, NAME + ".pdf"), pagesize=(W, H), title=TITLE, author="Woodbridge Riverside Museum",
                          leftMargin=ML, rightMargin=MR, topMargin=10 * mm, bottomMargin=10 * mm)
    doc.addPageTemplates([PageTemplate("p1", [f_head, f_deck, f_photo] + cols1, onPage=page1),
                          PageTemplate("p2", cols2, onPage=page2)])
    story = [NextPageTemplate("p2")]
    story.append(Paragraph("<br/>".join(TITLE_LINES), head)); story.append(FrameBreak())
    story.append(Paragraph(DECK, deck)); story.append(FrameBreak())
    # the Rivets caption figure goes in the photo slot on page 1 (printed before the text it belongs to)
    cap1 = SECTIONS[2][2][2]
    story += [Box(CW, 21 * mm), Spacer(1, 1.2 * mm), Paragraph(cap1[1], capst), Paragraph(cap1[3], credst)]
    story.append(FrameBreak())
    for si, (lab, tit, blocks) in enumerate(SECTIONS[1:], 1):
        story.append(Paragraph(tit, cross))
        first = True
        for b in blocks:
            if b[0] == "p":
                story.append(Paragraph(b[1], body0 if first else body)); first = False
            elif b is cap1 or b is SECTIONS[3][2][2]:
                continue
            else:
                story.append(KeepTogether([Spacer(1, 2 * mm), Box(CW, 38 * mm), Spacer(1, 1.2 * mm),
                    Paragraph("<b>%s:</b> %s <i>%s</i>" % (b[2], b[1], b[3]), capst), Spacer(1, 2 * mm)]))
    doc.build(story)



if __name__ == "__main__":
    build()
    write_gold(NAME, gold(TITLE, RUNNING, SECTIONS))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))
