"""Exhibit 1: the Johnstown Flood. A newspaper-style broadsheet page made with
ReportLab platypus (TTF Liberation fonts): a nameplate strip (running), an
ALL-CAPS banner headline, a full-width italic deck, a lead photo spanning
columns 1-2, four narrow justified columns with pyphen hyphenation, a drop
cap, unlabelled crossheads, a pull quote repeating a body sentence, and a
boxed, tinted sidebar spanning columns 3-4 at the foot of the page."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_RIGHT, TA_CENTER, TA_LEFT
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                FrameBreak, KeepTogether, Table, TableStyle, ImageAndFlowables, Flowable)

LIB = "/usr/share/fonts/truetype/liberation/"
for n, f in [("Serif", "LiberationSerif-Regular"), ("Serif-B", "LiberationSerif-Bold"),
             ("Serif-I", "LiberationSerif-Italic"), ("Serif-BI", "LiberationSerif-BoldItalic"),
             ("Sans", "LiberationSans-Regular"), ("Sans-B", "LiberationSans-Bold"),
             ("Sans-I", "LiberationSans-Italic"), ("Narrow-B", "LiberationSansNarrow-Bold")]:
    pdfmetrics.registerFont(TTFont(n, LIB + f + ".ttf"))
pdfmetrics.registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
pdfmetrics.registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")

NAME = "johnstown_flood"
TITLE = "THE DAY THE DAM BROKE"
RUN_L, RUN_C, RUN_R = "Conemaugh Valley Heritage Museum", "Exhibit Broadsheet No. 4", "Page 1"

DECK = ("On the afternoon of 31 May 1889 an earth dam high in the Allegheny Mountains gave way, and the water of an "
        "entire lake rushed down a narrow valley onto the steel town of Johnstown, Pennsylvania.")
LEAD = ("Johnstown in 1889 was a busy industrial town of about thirty thousand people, built where two rivers meet "
        "at the bottom of a steep valley. Its prosperity came from the Cambria Iron Company, one of the largest "
        "steelworks in the country. Floods were a familiar nuisance there: almost every spring the rivers rose and "
        "water stood in the streets for a day or two before it drained away.")
PULL = "\u201cMany people in Johnstown had heard such warnings before and paid little attention.\u201d"

SECTIONS = [
    (None, TITLE, [
        P(DECK),
        C("Main Street after the water had passed, with a house lying on its side among the wreckage of the business district.",
          None, "Photograph by Amos Whitcombe, Laurel Ridge Photographic Society"),
        P(LEAD),
    ]),
    (None, "The Club on the Lake", [
        P("Fourteen miles upstream stood the South Fork Dam, which held back Lake Conemaugh, at that time one of the largest "
          "artificial lakes in the United States. The dam had been built by the state to supply a canal, but the canal "
          "soon became useless because of the railroad. In 1879 the property was bought by the South Fork Fishing and "
          "Hunting Club, a retreat for wealthy Pittsburgh industrialists, among them Henry Clay Frick and Andrew Carnegie."),
        P("The club repaired the dam cheaply. It lowered the crest to make room for a road along the top, and it never replaced "
          "the discharge pipes that had once allowed the lake to be drained. Iron screens were fixed across the spillway to "
          "keep the club\u2019s expensive fish from escaping, and these screens soon clogged with branches and leaves."),
    ]),
    (None, "A Wall of Water", [
        P("At the end of May a storm dropped several inches of rain on the mountains in a single night. By the next morning the "
          "lake was rising about an inch every ten minutes. The club\u2019s young engineer, John Parke, rode to the village of "
          "South Fork to raise the alarm, and telegraph messages were sent down the valley. Many people in Johnstown had heard "
          "such warnings before and paid little attention."),
        P("Shortly after three o\u2019clock the dam collapsed. Survivors said the flood front was as high as a house and carried "
          "trees, railway cars, barbed wire and the ruins of whole villages. It took less than an hour to reach Johnstown, "
          "where it destroyed some sixteen hundred homes in about ten minutes."),
    ]),
    (None, "Fire at the Stone Bridge", [
        P("Below the town the debris piled up against the great stone arch bridge of the Pennsylvania Railroad. Hundreds of people "
          "were trapped in the tangle when it caught fire that evening, probably from overturned stoves, and it burned for days. "
          "In all, 2,209 people died, among them ninety-nine entire families."),
        C("Rescuers searching the burned debris in front of the stone arch bridge in the first days of June.",
          "Above", "Cambria County Historical Photograph Trust"),
    ]),
    (None, "Clara Barton Arrives", [
        P("Help came from across the country and abroad. On 5 June Clara Barton arrived with volunteers of the American Red "
          "Cross, founded only eight years earlier. They stayed for five months, built shelters for the homeless and gave out "
          "food, clothing and money. It was the organisation\u2019s first major peacetime relief operation."),
    ]),
    (None, "Who Was to Blame?", [
        P("Survivors sued the club, but no court held its members responsible, and the disaster was treated in law as an "
          "act of God. Public anger helped change American law, as courts came to accept that a person who keeps something "
          "dangerous on his land, like a reservoir, is liable for the harm it causes if it escapes, whether or not he was careless."),
    ]),
]

W, H = A4
M = 12 * mm
GAP = 4.2 * mm
COLW = (W - 2 * M - 3 * GAP) / 4
X = [M + i * (COLW + GAP) for i in range(4)]
TOP = H - M - 9 * mm            # below nameplate strip
BANNER_H = 22 * mm
DECK_H = 21 * mm
BODY_TOP = TOP - BANNER_H - DECK_H
PHOTO_H = 70 * mm
BOTTOM = M + 8 * mm
SIDEBAR_H = 50 * mm

base = dict(fontName="Serif", fontSize=9.9, leading=12.3, alignment=TA_JUSTIFY, hyphenationLang="en_GB",
            embeddedHyphenation=1, uriWasteReduce=0.3)
body = ParagraphStyle("body", firstLineIndent=3.2 * mm, spaceBefore=0, **base)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
crosshead = ParagraphStyle("xh", fontName="Sans-B", fontSize=10.2, leading=12, spaceBefore=5, spaceAfter=2.5,
                           alignment=TA_LEFT)
deck = ParagraphStyle("deck", fontName="Serif-I", fontSize=12.6, leading=15.5, alignment=TA_LEFT)
cap = ParagraphStyle("cap", fontName="Sans", fontSize=7.6, leading=9.2, alignment=TA_LEFT)
credit_right = ParagraphStyle("cr", fontName="Sans-I", fontSize=6.4, leading=7.6, alignment=TA_RIGHT, textColor=colors.HexColor("#555555"))
pull = ParagraphStyle("pull", fontName="Serif-BI", fontSize=12.5, leading=15, alignment=TA_CENTER,
                      textColor=colors.HexColor("#7a1f12"))
sb_head = ParagraphStyle("sbh", fontName="Narrow-B", fontSize=13, leading=15, spaceAfter=3)
sb_body = ParagraphStyle("sbb", parent=body0, fontName="Sans", fontSize=8.6, leading=11)
dropcap = ParagraphStyle("dc", fontName="Serif-B", fontSize=35, leading=30, textColor=colors.HexColor("#7a1f12"))


class Box(Flowable):
    def __init__(self, w, h):
        super().__init__(); self.w, self.h = w, h
    def wrap(self, aw, ah):
        return self.w, self.h
    def draw(self):
        self.canv.setFillColor(colors.HexColor("#a6a6a6")); self.canv.rect(0, 0, self.w, self.h, stroke=0, fill=1)


class DropCap(Flowable):
    def __init__(self, ch, w, h):
        super().__init__(); self.ch, self.w, self.h = ch, w, h
    def wrap(self, aw, ah):
        return self.w, self.h
    def _restrictSize(self, aw, ah):
        return self.w, self.h
    def draw(self):
        self.canv.setFont("Serif-B", 33); self.canv.setFillColor(colors.HexColor("#7a1f12"))
        self.canv.drawString(0, 1.2, self.ch)


class Rule(Flowable):
    def __init__(self, w, t=0.8, c="#7a1f12"):
        super().__init__(); self.w, self.t, self.c = w, t, c
    def wrap(self, aw, ah):
        return self.w, self.t + 2
    def draw(self):
        self.canv.setStrokeColor(colors.HexColor(self.c)); self.canv.setLineWidth(self.t); self.canv.line(0, 1, self.w, 1)


def on_page(c, doc):
    c.saveState()
    c.setFont("Sans-B", 8); c.setFillColor(colors.HexColor("#333333"))
    y = H - M - 3 * mm
    c.drawString(M, y, RUN_L)
    c.drawCentredString(W / 2, y, RUN_C)
    c.drawRightString(W - M, y, RUN_R)
    c.setLineWidth(2); c.line(M, y - 2.5 * mm, W - M, y - 2.5 * mm)
    c.setLineWidth(0.5); c.line(M, y - 3.4 * mm, W - M, y - 3.4 * mm)
    # column rules
    c.setLineWidth(0.3); c.setStrokeColor(colors.HexColor("#888888"))
    for i in range(1, 4):
        xx = X[i] - GAP / 2
        top = BODY_TOP - (PHOTO_H if i == 1 else 0)
        bot = BOTTOM + (SIDEBAR_H + 3 * mm if i == 3 else 0)
        c.line(xx, bot, xx, top)
    # sidebar box
    c.setFillColor(colors.HexColor("#efe7d6")); c.setStrokeColor(colors.HexColor("#7a1f12")); c.setLineWidth(1)
    c.rect(X[2], BOTTOM, 2 * COLW + GAP, SIDEBAR_H, stroke=1, fill=1)
    c.restoreState()


def main():
    path = os.path.join(OUT, NAME + ".pdf")
    doc = BaseDocTemplate(path, pagesize=A4, leftMargin=M, rightMargin=M, topMargin=M, bottomMargin=M,
                          title="The Day the Dam Broke", author="Conemaugh Valley Heritage Museum")
    fr = lambda id, x, y, w, h, p=0: Frame(x, y, w, h, id=id, leftPadding=p, rightPadding=p, topPadding=p, bottomPadding=p, showBoundary=0)
    frames = [
        fr("banner", M, TOP - BANNER_H, W - 2 * M, BANNER_H),
        fr("deck", M, BODY_TOP, W - 2 * M, DECK_H),
        fr("photo", M, BODY_TOP - PHOTO_H, 2 * COLW + GAP, PHOTO_H),
        fr("c1", X[0], BOTTOM, COLW, BODY_TOP - PHOTO_H - BOTTOM - 2 * mm),
        fr("c2", X[1], BOTTOM, COLW, BODY_TOP - PHOTO_H - BOTTOM - 2 * mm),
        fr("c3", X[2], BOTTOM + SIDEBAR_H + 3 * mm, COLW, BODY_TOP - BOTTOM - SIDEBAR_H - 3 * mm),
        fr("c4", X[3], BOTTOM + SIDEBAR_H + 3 * mm, COLW, BODY_TOP - BOTTOM - SIDEBAR_H - 3 * mm),
        fr("sb", X[2], BOTTOM, 2 * COLW + GAP, SIDEBAR_H, 3.2 * mm),
    ]
    doc.addPageTemplates([PageTemplate("p", frames=frames, onPage=on_page)])
    banner = ParagraphStyle("ban", fontName="Serif-B", fontSize=36, leading=40, alignment=TA_CENTER)
    story = [Paragraph(TITLE, banner), FrameBreak(), Paragraph(DECK, deck), FrameBreak()]
    s0 = SECTIONS[0][2]
    story += [Box(2 * COLW + GAP, PHOTO_H - 17 * mm), Spacer(1, 1.2 * mm),
              Paragraph(s0[1][3], credit_right), Spacer(1, 0.8 * mm), Paragraph(s0[1][1], cap), FrameBreak()]
    # lead paragraph with a drop cap (flowed around by ImageAndFlowables)
    lead = s0[2][1]
    dc = DropCap(lead[0], 7.4 * mm, 8.6 * mm)
    story.append(ImageAndFlowables(dc, [Paragraph(lead[1:], body0)], imageSide="left", imageRightPadding=1.2 * mm))
    for label, title, blocks in SECTIONS[1:-1]:
        story.append(Paragraph(title, crosshead))
        first = True
        for b in blocks:
            if b[0] == "p":
                story.append(Paragraph(b[1], body0 if first else body)); first = False
                if b[1].startswith("Fourteen miles"):
                    pass
            else:
                story += [KeepTogether([Spacer(1, 2.5 * mm), Box(COLW, 30 * mm), Spacer(1, 1.2 * mm),
                          Paragraph("<b>%s:</b> %s <i>%s</i>" % (b[2], b[1], b[3]), cap), Spacer(1, 2 * mm)])]
                first = True
            if b[0] == "p" and b[1].startswith("The club repaired"):
                story += [Spacer(1, 3 * mm), Rule(COLW), Spacer(1, 2 * mm), Paragraph(PULL, pull),
                          Spacer(1, 2 * mm), Rule(COLW), Spacer(1, 2 * mm)]
    story.append(FrameBreak("sb"))
    story.append(Paragraph(SECTIONS[-1][1], sb_head))
    for b in SECTIONS[-1][2]:
        story.append(Paragraph(b[1], sb_body))
    doc.build(story)
    g = gold(TITLE, [RUN_L, RUN_C, RUN_R], SECTIONS)
    write_gold(NAME, g)
    os.system("pdftotext -raw %s %s" % (path, os.path.join(OUT, NAME + ".txt")))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
