"""Exhibit 1: the warship Vasa. A two-column academic catalogue made with
ReportLab platypus, 170 x 240 mm, 2 pages. Title and italic abstract span
both columns on page 1; then two justified 72 mm columns with pyphen
hyphenation. Roman-numeral section headings. Superscript footnote calls in
the text, footnotes at the foot of each page (drawn in onPage, not in the
gold). Running header (catalogue title / short title) and folios 87, 88.
One figure in a column (caption below, credit on its own line under the
caption) and one figure across both columns at the top of page 2 with the
caption to the right of the grey box and the credit FIRST."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT
from reportlab.lib.units import mm
from reportlab.lib.colors import Color, HexColor
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                FrameBreak, NextPageTemplate, Table, TableStyle, KeepTogether)
from reportlab.platypus.flowables import Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

NAME = "vasa_warship"
TITLE = "The Ship That Sank on Her Maiden Voyage: The Warship Vasa"
HEAD_L = "Catalogue of the Skeppsholm Naval Collection"
HEAD_R = "The Warship Vasa"
FOLIOS = ["87", "88"]

SECTIONS = [
    (None, TITLE, [
        P("On 10 August 1628 the Swedish warship Vasa sailed out into Stockholm harbour on her first voyage and sank "
          "before she had gone much more than a kilometre. Raised from the seabed in 1961, she is today the best "
          "preserved ship of the seventeenth century, and this catalogue describes her building, her loss and her recovery."),
    ]),
    ("I.", "A Ship for the King", [
        P("In the 1620s Sweden was at war with Poland, and King Gustavus Adolphus needed a stronger navy to control "
          "the Baltic. In 1625 he ordered four new ships from the Dutch shipbuilder Henrik Hybertsson, who ran the naval "
          "yard in Stockholm. The largest of them was to carry two complete gun decks, an arrangement that was still "
          "unusual in northern Europe."),
        P("Hybertsson died in 1627, before the hull was finished, and the work was completed by his assistant. More than "
          "four hundred people worked on the ship, among them carpenters, sailmakers, painters and the sculptors who "
          "carved hundreds of gilded and painted figures for her stern and sides. The carvings were meant to show the "
          "power of the king to friends and enemies alike."),
        C("Carved lion’s head from one of the gunport lids, which were painted red on the inside and gilded on the outside.",
          None, "Photo: Margit Sandqvist, Skeppsholm Naval Collection"),
    ]),
    ("II.", "Twenty Minutes", [
        P("Vasa left the quay below the royal palace on a calm Sunday afternoon, with about one hundred and fifty people "
          "on board, including some of the crew’s wives and children. A light gust caught her sails, and she heeled over. "
          "She righted herself, but a second gust pushed her further, and water poured in through the open gunports. "
          "Within minutes the ship sank in about thirty metres of water, in full view of a large crowd. At least thirty "
          "people were drowned."),
        P("An inquiry was held, but nobody was punished. The ship had been built according to the measurements approved "
          "by the king, and the captain showed that the guns had been secured and that the crew were sober. Modern studies "
          "have found that the hull was too narrow and too lightly ballasted for the weight of its upper deck and heavy guns."),
    ]),
    ("III.", "Salvage and Oblivion", [
        P("Attempts to raise the ship began within days, but they failed. In the 1660s a team of divers using a simple "
          "diving bell managed to bring up most of the bronze cannon, which were valuable, and sold most of them abroad. After that Vasa was largely "
          "forgotten, although the harbour pilots knew that there was a wreck somewhere near the island of Beckholmen, and fishermen sometimes caught their nets on it."),
    ]),
    ("IV.", "Raised from the Deep", [
        P("In 1956 the amateur archaeologist Anders Franzén, who had searched for the wreck for years, found her with a "
          "coring tool. The cold, brackish water of the Baltic contains no shipworm, so the oak hull was almost complete. "
          "Divers dug six tunnels under the hull and passed steel cables through them, and on 24 April 1961 the ship "
          "broke the surface again after three hundred and thirty-three years."),
        P("For seventeen years the timbers were sprayed with polyethylene glycol to stop them from shrinking as they dried. "
          "Today the ship stands in a museum built around her, where the temperature and humidity are carefully controlled."),
        C("The hull of Vasa in a floating pontoon shortly after she was raised, with the wooden sprinkler frame already in place.",
          None, "Courtesy of the Beckholmen Dockyard Archive"),
    ]),
]

# footnotes: (anchor text at end of which the call stands, note text, page)
NOTES = [
    ("gun decks,", "Most Swedish warships of the time had a single covered gun deck; the model for Vasa was Dutch practice.", 1),
    ("gilded and painted figures", "Around seven hundred carvings survive; traces of the original paint were found on many of them.", 1),
    ("coring tool", "A weighted steel tube dropped from a boat; on his last attempt it brought up a plug of blackened oak.", 2),
]

LIB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"
pdfmetrics.registerFont(TTFont("Serif", LIB + "LiberationSerif-Regular.ttf"))
pdfmetrics.registerFont(TTFont("Serif-B", LIB + "LiberationSerif-Bold.ttf"))
pdfmetrics.registerFont(TTFont("Serif-I", LIB + "LiberationSerif-Italic.ttf"))
pdfmetrics.registerFont(TTFont("Serif-BI", LIB + "LiberationSerif-BoldItalic.ttf"))
pdfmetrics.registerFont(TTFont("Sans", DJ + "DejaVuSansCondensed.ttf"))
pdfmetrics.registerFont(TTFont("Sans-I", DJ + "DejaVuSansCondensed-Oblique.ttf"))
pdfmetrics.registerFont(TTFont("Sans-B", DJ + "DejaVuSansCondensed-Bold.ttf"))
from reportlab.pdfbase.pdfmetrics import registerFontFamily
registerFontFamily("Serif", normal="Serif", bold="Serif-B", italic="Serif-I", boldItalic="Serif-BI")
registerFontFamily("Sans", normal="Sans", bold="Sans-B", italic="Sans-I", boldItalic="Sans-B")

PW, PH = 170 * mm, 240 * mm
ML, MR, MT, MB = 14 * mm, 14 * mm, 20 * mm, 16 * mm
GAP = 6 * mm
CW = (PW - ML - MR - GAP) / 2
NAVY = HexColor("#1d3557")

body = ParagraphStyle("body", fontName="Serif", fontSize=9.9, leading=12.4, alignment=4,
                      firstLineIndent=3.5 * mm, hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)
body0 = ParagraphStyle("body0", parent=body, firstLineIndent=0)
h2 = ParagraphStyle("h2", fontName="Serif-B", fontSize=10.6, leading=13, spaceBefore=7, spaceAfter=3, textColor=NAVY,
                    keepWithNext=0)
cap = ParagraphStyle("cap", fontName="Sans", fontSize=7.6, leading=9.2, spaceBefore=2)
cred = ParagraphStyle("cred", fontName="Sans-I", fontSize=6.6, leading=8, textColor=Color(.4, .4, .4), spaceAfter=6)
titlest = ParagraphStyle("title", fontName="Serif-B", fontSize=19, leading=23, textColor=NAVY, spaceAfter=6)
abst = ParagraphStyle("abs", fontName="Serif-I", fontSize=10.4, leading=13.4, alignment=4, spaceAfter=4)


def mark_calls(text):
    for i, (anchor, note, page) in enumerate(NOTES):
        if anchor in text:
            text = text.replace(anchor, anchor + "<super><font color='#b23a2a'>%d</font></super>" % (i + 1), 1)
    return text


class GreyBox(Flowable):
    def __init__(self, w, h):
        super().__init__(); self.w, self.h = w, h
    def wrap(self, aw, ah):
        return self.w, self.h
    def draw(self):
        self.canv.setFillColor(Color(.72, .72, .72)); self.canv.setStrokeColor(Color(.55, .55, .55))
        self.canv.rect(0, 0, self.w, self.h, fill=1, stroke=1)


def on_page(canv, doc):
    n = doc.page
    canv.saveState()
    canv.setFont("Sans", 7.2); canv.setFillColor(Color(.35, .35, .35))
    if n > 1:
        canv.drawString(ML, PH - 11 * mm, HEAD_L)
        canv.drawRightString(PW - MR, PH - 11 * mm, HEAD_R)
        canv.setStrokeColor(NAVY); canv.setLineWidth(0.5)
        canv.line(ML, PH - 12.5 * mm, PW - MR, PH - 12.5 * mm)
    # footnotes of this page
    notes = [(i + 1, t) for i, (a, t, p) in enumerate(NOTES) if p == n]
    y = MB + 2 * mm + 9.5 * len(notes) * 2
    canv.setStrokeColor(Color(.3, .3, .3)); canv.setLineWidth(0.4)
    canv.line(ML, y + 4, ML + 30 * mm, y + 4)
    st = ParagraphStyle("fn", fontName="Sans", fontSize=6.9, leading=8.2)
    yy = y
    for k, t in notes:
        p = Paragraph("<font color='#b23a2a'>%d</font> %s" % (k, t), st)
        w, h = p.wrap(PW - ML - MR, 100)
        p.drawOn(canv, ML, yy - h); yy -= h + 1.5
    canv.setFont("Serif-B", 8.5); canv.setFillColor(NAVY)
    canv.drawCentredString(PW / 2, 8 * mm, FOLIOS[n - 1])
    canv.restoreState()


def main():
    fn_h = 24 * mm
    top_h = 50 * mm
    f_title = Frame(ML, PH - MT - top_h, PW - ML - MR, top_h, id="title", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    colh1 = PH - MT - top_h - MB - fn_h
    f1 = Frame(ML, MB + fn_h, CW, colh1, id="c1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f2 = Frame(ML + CW + GAP, MB + fn_h, CW, colh1, id="c2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    fig_h = 52 * mm
    f_fig = Frame(ML, PH - MT - fig_h, PW - ML - MR, fig_h, id="fig", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    colh2 = PH - MT - fig_h - MB - fn_h
    g1 = Frame(ML, MB + fn_h, CW, colh2, id="d1", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    g2 = Frame(ML + CW + GAP, MB + fn_h, CW, colh2, id="d2", leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    doc = BaseDocTemplate(os.path.join(OUT, NAME + ".pdf"), pagesize=(PW, PH), leftMargin=ML, rightMargin=MR,
                          topMargin=MT, bottomMargin=MB, title="Vasa", author="Skeppsholm Naval Collection")
    doc.addPageTemplates([PageTemplate("first", [f_title, f1, f2], onPage=on_page),
                          PageTemplate("second", [g1, g2], onPage=on_page)])
    story = []
    story.append(Paragraph(TITLE.replace(": ", ":<br/>"), titlest))
    story.append(Paragraph(SECTIONS[0][2][0][1], abst))
    story.append(NextPageTemplate("second"))
    story.append(FrameBreak())
    late_fig = None
    for label, title, blocks in SECTIONS[1:]:
        story.append(Paragraph("%s&nbsp;&nbsp;%s" % (label, title), h2))
        first = True
        for b in blocks:
            if b[0] == "p":
                story.append(Paragraph(mark_calls(b[1]), body0 if first else body)); first = False
            else:
                if label == "IV.":
                    late_fig = b; continue
                story.append(KeepTogether([Spacer(1, 4), GreyBox(CW, 38 * mm), Paragraph(b[1], cap), Paragraph(b[3], cred)]))
        if label == "II.":
            pass
    # page 2 top figure: grey box left, credit then caption to its right
    b = late_fig
    figtab = Table([[GreyBox(92 * mm, 46 * mm),
                     [Paragraph(b[3], ParagraphStyle("cr2", parent=cred, fontName="Sans-B", textColor=Color(.3, .3, .3))),
                      Paragraph(b[1], ParagraphStyle("cap2", parent=cap, fontSize=8.2, leading=10.5))]]],
                   colWidths=[96 * mm, PW - ML - MR - 96 * mm])
    figtab.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "BOTTOM"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
    # insert the figure so that it is the first flowable laid out on page 2 (fig frame)
    global STORY_FIG
    STORY_FIG = figtab
    doc._fig = figtab
    class FigHook(Flowable):
        """Zero-size flowable; the page-2 figure frame is filled by onPage instead."""
        def wrap(self, aw, ah): return 0, 0
        def draw(self): pass
    def on_page2(canv, d):
        on_page(canv, d)
        if d.page == 2:
            w, h = figtab.wrap(PW - ML - MR, fig_h)
            figtab.drawOn(canv, ML, PH - MT - h)
    doc.pageTemplates[1].onPage = on_page2
    doc.build(story)
    write_gold(NAME, gold(TITLE, [HEAD_L, HEAD_R, FOLIOS[0], FOLIOS[1]], SECTIONS))
    print(NAME, "body words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
