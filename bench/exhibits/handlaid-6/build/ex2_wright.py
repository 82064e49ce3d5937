"""Exhibit 2: The Wright brothers. ReportLab platypus, A4 landscape.
Two unequal flowing frames (wide left, narrow right). On page 1 a full-width
pull-quote band cuts across both columns, so the text flows
top-left -> top-right -> bottom-left -> bottom-right. Justified text with
ReportLab's own pyphen hyphenation (hyphenationLang)."""
import os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT

from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.units import mm
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_LEFT, TA_CENTER
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                Flowable, KeepTogether, NextPageTemplate, Table, TableStyle, CondPageBreak)

NAME = "wright_brothers"
TITLE_LINES = ["Twelve Seconds at Kitty Hawk:", "The Wright Brothers and the First Powered Flight"]
TITLE = " ".join(TITLE_LINES)
MUSEUM = "Marlowe Field Museum of Flight"
SHORT = "Twelve Seconds at Kitty Hawk"
PULL = "The first flight lasted twelve seconds and covered 120 feet, less than the wingspan of a modern airliner."

SECTIONS = [
    (None, TITLE, [
        P("On a cold, windy morning in December 1903, two bicycle makers from Ohio flew a powered aeroplane for the first time. The flight was short, but it was controlled, and it marked the start of a new age of travel."),
    ]),
    ("Part One", "Bicycles and Birds", [
        P("Wilbur and Orville Wright grew up in Dayton, Ohio, the sons of a bishop of the United Brethren Church. Neither finished high school. In the 1890s they ran a small printing business and then a bicycle shop, where they sold, repaired and eventually built their own bicycles. The shop gave them money, tools and a practical understanding of light, strong machines that had to be balanced by their riders."),
        P("Their interest in flight grew after the death of the German glider pioneer Otto Lilienthal in a crash in 1896. In 1899 Wilbur wrote to the Smithsonian Institution asking for papers on the subject. The brothers concluded that the main unsolved problem was not lift or power but control. By watching birds, they saw that a flying machine would have to be steered by twisting its wings, a method they called wing warping."),
        C("The brothers' bicycle shop on West Third Street in Dayton, where the engine of 1903 was built.",
          "Below", "Source: Corliss Family Papers, Miami Valley Archive"),
    ]),
    ("Part Two", "The Sands of Kitty Hawk", [
        P("For their experiments they needed steady winds, soft ground and privacy. On the advice of the Weather Bureau they chose Kitty Hawk, a remote fishing village on the Outer Banks of North Carolina, and camped among the dunes at Kill Devil Hills. Their gliders of 1900 and 1901 produced much less lift than the published tables predicted, and Wilbur returned home discouraged."),
        P("That winter the brothers built a small wind tunnel in their shop and tested around two hundred model wing shapes. With their own measurements they designed the glider of 1902, which added a movable rudder to the wing warping. They made hundreds of glides with it, some of more than six hundred feet, and by the end of the season they had solved the problem of control."),
        C("The camp at Kill Devil Hills in 1902, with the glider resting on the sand beside the wooden hangar.",
          "Left", "Photograph © Ingram Hollis"),
        P("Only an engine was missing. No manufacturer could supply one light enough, so their mechanic Charlie Taylor built a four-cylinder engine of about twelve horsepower in six weeks. The brothers designed the propellers themselves, treating each blade as a rotating wing."),
    ]),
    ("Part Three", "17 December 1903", [
        P("Wilbur won a coin toss and made the first attempt on 14 December, but the machine stalled after a few seconds and was slightly damaged. After repairs, on the morning of 17 December, it was Orville's turn. At about half past ten the Flyer rose from its wooden launching rail into a wind of more than twenty miles an hour. The first flight lasted twelve seconds and covered 120 feet, less than the wingspan of a modern airliner."),
        P("A man from the nearby lifesaving station, John Daniels, squeezed the bulb of Orville's camera at the moment of take-off, producing one of the most famous photographs ever made. The brothers took turns for three more flights that day. The last, with Wilbur at the controls, lasted fifty-nine seconds and covered 852 feet. Soon afterwards a gust of wind overturned the Flyer and damaged it beyond repair, and it never flew again."),
        C("The restored Flyer of 1903, with its twin pusher propellers driven by bicycle chains from a single engine.",
          None, "Photo courtesy of the Tidewater Aviation Society"),
        P("The newspapers paid little attention. The Wrights continued their work in a cow pasture near Dayton, and by 1905 their improved machine could fly for more than half an hour. They became famous only in 1908, when Wilbur flew before astonished crowds in France and Orville demonstrated a machine for the United States Army. The original Flyer, after years of dispute with the Smithsonian, was shown in London's Science Museum from 1928 and returned to Washington in 1948."),
    ]),
]

PW, PH = landscape(A4)
ML, MR, MB = 15 * mm, 15 * mm, 14 * mm
GUT = 9 * mm
W1 = 158 * mm
W2 = PW - ML - MR - GUT - W1
X2 = ML + W1 + GUT
TOP = PH - 19 * mm
TITLE_H = 26 * mm
TOPF_H = 80 * mm
BAND_H = 25 * mm
Y_TOPF = TOP - TITLE_H - TOPF_H
Y_BAND = Y_TOPF - BAND_H
BOTF_H = Y_BAND - MB

ACCENT = colors.HexColor("#1f4e79")

body = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.2, leading=14.6, alignment=TA_JUSTIFY,
                      spaceAfter=5, hyphenationLang="en_GB", embeddedHyphenation=1, uriWasteReduce=0.3)
standfirst = ParagraphStyle("stand", parent=body, fontName="Times-Italic", fontSize=13.5, leading=17,
                            alignment=TA_LEFT, spaceAfter=8, hyphenationLang=None)
title_st = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=21, leading=24, textColor=colors.black)
kicker = ParagraphStyle("kicker", fontName="Helvetica", fontSize=8.5, leading=11, textColor=ACCENT,
                        spaceBefore=9)
head = ParagraphStyle("head", fontName="Helvetica-Bold", fontSize=14, leading=17, spaceAfter=4)
cap = ParagraphStyle("cap", fontName="Helvetica", fontSize=8.4, leading=10.6, alignment=TA_LEFT)
pull = ParagraphStyle("pull", fontName="Times-BoldItalic", fontSize=17, leading=21, alignment=TA_CENTER,
                      textColor=ACCENT)


class GreyBox(Flowable):
    """Grey picture placeholder; takes the full width it is offered."""
    def __init__(self, height, width=None):
        super().__init__()
        self.h = height
        self.fixed_w = width

    def wrap(self, aw, ah):
        self.w = self.fixed_w or aw
        return self.w, self.h

    def draw(self):
        self.canv.setFillColor(colors.HexColor("#b5b5b5"))
        self.canv.setStrokeColor(colors.HexColor("#b5b5b5"))
        self.canv.rect(0, 0, self.w, self.h, fill=1, stroke=0)


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def caption_flowables(b):
    _, text, pos, credit = b
    if pos == "Below":
        # caption set ABOVE the picture it describes, credit on its own line
        t = "<b>%s:</b> %s<br/><i>%s</i>" % (pos, esc(text), esc(credit))
        return [KeepTogether([Spacer(1, 3), Paragraph(t, cap), Spacer(1, 3), GreyBox(36 * mm), Spacer(1, 8)])]
    if pos == "Left":
        # picture on the left, caption to its right, credit inline after the text
        t = "<b>%s:</b> %s <i>%s</i>" % (pos, esc(text), esc(credit))
        tbl = Table([[GreyBox(24 * mm, 45 * mm), Paragraph(t, cap)]], colWidths=[49 * mm, 49 * mm], hAlign="LEFT")
        tbl.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                                 ("RIGHTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                                 ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        return [Spacer(1, 3), tbl, Spacer(1, 8)]
    # no position label: picture first, caption below with the credit inline;
    # it starts a new column (the narrow right column of page 2)
    from reportlab.platypus import FrameBreak
    t = "%s <i>%s</i>" % (esc(text), esc(credit))
    return [FrameBreak(), KeepTogether([GreyBox(52 * mm), Spacer(1, 3), Paragraph(t, cap), Spacer(1, 8)])]


def header(canv, doc):
    canv.saveState()
    canv.setFont("Helvetica", 8)
    canv.setFillColor(colors.HexColor("#444444"))
    y = PH - 11 * mm
    canv.drawString(ML, y, MUSEUM)
    canv.drawRightString(PW - MR, y, "%s \u2014 %d" % (SHORT, doc.page))
    canv.setStrokeColor(colors.HexColor("#888888"))
    canv.setLineWidth(0.4)
    canv.line(ML, y - 2.5 * mm, PW - MR, y - 2.5 * mm)
    canv.restoreState()


def pullquote_band(canv, doc):
    canv.saveState()
    canv.setStrokeColor(ACCENT)
    canv.setLineWidth(1.2)
    y0, y1 = Y_BAND + 3 * mm, Y_BAND + BAND_H - 3 * mm
    canv.line(ML, y1, PW - MR, y1)
    canv.line(ML, y0, PW - MR, y0)
    p = Paragraph("\u201c%s\u201d" % PULL, pull)
    w, h = p.wrap(PW - ML - MR - 50 * mm, BAND_H)
    p.drawOn(canv, ML + 25 * mm, (y0 + y1) / 2 - h / 2)
    canv.restoreState()


def main():
    pdf = os.path.join(OUT, NAME + ".pdf")
    doc = BaseDocTemplate(pdf, pagesize=(PW, PH), leftMargin=ML, rightMargin=MR, topMargin=19 * mm,
                          bottomMargin=MB, title=TITLE, author=MUSEUM)
    pad = dict(leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)
    f_title = Frame(ML, TOP - TITLE_H, PW - ML - MR, TITLE_H, id="title", **pad)
    f_tl = Frame(ML, Y_TOPF, W1, TOPF_H, id="tl", **pad)
    f_tr = Frame(X2, Y_TOPF, W2, TOPF_H, id="tr", **pad)
    f_bl = Frame(ML, MB, W1, BOTF_H, id="bl", **pad)
    f_br = Frame(X2, MB, W2, BOTF_H, id="br", **pad)
    g_l = Frame(ML, MB, W1, TOP - MB, id="l2", **pad)
    g_r = Frame(X2, MB, W2, TOP - MB, id="r2", **pad)
    doc.addPageTemplates([
        PageTemplate(id="first", frames=[f_title, f_tl, f_tr, f_bl, f_br], onPage=header, onPageEnd=pullquote_band),
        PageTemplate(id="later", frames=[g_l, g_r], onPage=header),
    ])
    story = [NextPageTemplate("later"),
             Paragraph("<br/>".join(esc(t) for t in TITLE_LINES), title_st)]
    from reportlab.platypus import FrameBreak
    story.append(FrameBreak())
    for label, stitle, blocks in SECTIONS:
        if label:
            story.append(CondPageBreak(18 * mm))
            story.append(KeepTogether([Paragraph(esc(label), kicker), Paragraph(esc(stitle), head)]))
        for b in blocks:
            if b[0] == "p":
                story.append(Paragraph(esc(b[1]), standfirst if label is None else body))
            else:
                story.extend(caption_flowables(b))
    doc.build(story)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, NAME + ".txt")], check=True)
    npages = int(subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    running = [MUSEUM] + ["%s \u2014 %d" % (SHORT, i) for i in range(1, npages + 1)]
    write_gold(NAME, gold(TITLE, running, SECTIONS))
    print(NAME, "pages", npages, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS), "running", running)


if __name__ == "__main__":
    main()
