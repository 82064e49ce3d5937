# Exhibit 1: reportlab, landscape A4, three columns, pyphen hyphenation
import json
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import (BaseDocTemplate, PageTemplate, Frame, Paragraph, Spacer,
                                FrameBreak, KeepTogether, NextPageTemplate)
from reportlab.platypus.flowables import Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

D = '/usr/share/fonts/truetype/dejavu/'
pdfmetrics.registerFont(TTFont('Serif', D + 'DejaVuSerif.ttf'))
pdfmetrics.registerFont(TTFont('Serif-B', D + 'DejaVuSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Serif-I', D + 'DejaVuSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('Sans', D + 'DejaVuSans.ttf'))
pdfmetrics.registerFont(TTFont('Sans-B', D + 'DejaVuSans-Bold.ttf'))

NAME = 'chappe_telegraph'
TITLE = 'Messages Across the Sky: The Chappe Optical Telegraph, 1794–1852'
MUSEUM = 'Northfield Museum of Communication'

def P(t): return {'kind': 'paragraph', 'text': t}
def C(t, pos, cr): return {'kind': 'caption', 'text': t, 'position': pos, 'credit': cr}

SECTIONS = [
 ('Gallery 1', 'A Language of Arms', [
  P("In the spring of 1791 the brothers Claude and Ignace Chappe demonstrated a signalling system in their home town of Brûlon, in the Sarthe. Their aim was to send messages over long distances faster than any horseman could ride. After several failed designs, Claude settled on a mechanism mounted on top of a tower: a long beam, called the regulator, with a smaller movable arm at each end. Ropes and pulleys inside the tower allowed an operator to set the three parts in nearly a hundred distinguishable positions."),
  P("Each position stood for a number, and the numbers referred to pages and lines in a codebook that only the directors at either end of a line could read. The operators in the intermediate towers simply copied what they saw through their telescopes, without knowing what the message meant. This separation of transmission from meaning made the system both fast and secure."),
 ]),
 ('Gallery 2', 'The First Line', [
  P("In 1793 the National Convention, at war with much of Europe, voted to build a line of fifteen stations between Paris and Lille, about two hundred kilometres to the north. The towers were placed on hills, church steeples and other high points roughly ten to fifteen kilometres apart. Work was hurried and materials were scarce, yet the line opened in the summer of 1794."),
  C("A surviving signal tower at Saint-Marcan in Brittany, restored with its regulator and arms.", 'Above', 'Courtesy of the Breton Signal Heritage Society'),
  P("On 15 August 1794 it carried news that French troops had recaptured the town of Le Quesnoy from the Austrians. The report reached Paris within an hour of its sending and was read aloud to the Convention the same day. The deputies were astonished, and the word télégraphe, meaning “far writer”, entered everyday use."),
  P("Speed depended on the weather. Fog, rain and darkness stopped the line completely, and in winter the working day might last only a few hours. Under good conditions, however, a single signal could pass from Paris to Lille in a couple of minutes."),
 ]),
 ('Gallery 3', 'A National Network', [
  P("Under Napoleon and the governments that followed, the network grew to link Paris with Strasbourg, Brest, Toulon, Lyon, Bayonne and dozens of other cities. At its height in the 1840s it had more than five hundred stations and covered about five thousand kilometres. It was reserved almost entirely for the state: military orders, police reports and news of elections travelled along it, while merchants were forbidden to use it."),
  C("A page from a signal codebook, in which each pair of numbers pointed to a word or phrase.", None, 'Photo: Margot Lefebvre'),
  P("That ban led to one of the first known cases of telecommunications fraud. Between 1834 and 1836 two bankers in Bordeaux, the twins François and Joseph Blanc, bribed operators near Tours to slip small deliberate errors into official messages, signalling the movement of government bonds on the Paris exchange. When the scheme was discovered, no law covered it, and the brothers were acquitted."),
  P("The electrical telegraph brought the optical system to an end. France began replacing its towers with wires in the late 1840s, and the last optical line closed in 1852. Many of the towers still stand, and a few have been restored so that visitors can watch their arms move once again."),
  C("Model of the Paris to Lille line, showing how each station was visible from the next.", 'Right', 'Courtesy of the Valmont Collection of Scientific Instruments'),
 ]),
]

class Box(Flowable):
    def __init__(self, w, h): super().__init__(); self.w, self.h = w, h
    def wrap(self, aw, ah): return self.w, self.h
    def draw(self):
        self.canv.setFillColor(colors.HexColor('#b8b8b8')); self.canv.setStrokeColor(colors.HexColor('#888888'))
        self.canv.rect(0, 0, self.w, self.h, fill=1, stroke=1)

body = ParagraphStyle('body', fontName='Serif', fontSize=10.5, leading=14.2, alignment=TA_JUSTIFY,
                      spaceAfter=7, hyphenationLang='en_US', embeddedHyphenation=1, uriWasteReduce=0.3)
lab = ParagraphStyle('lab', fontName='Sans-B', fontSize=8.5, leading=11, textColor=colors.HexColor('#8a3b12'), spaceBefore=8, keepWithNext=1)
head = ParagraphStyle('head', fontName='Serif-B', fontSize=15, leading=18, spaceAfter=6, keepWithNext=1)
title = ParagraphStyle('title', fontName='Serif-B', fontSize=24, leading=28)
cap = ParagraphStyle('cap', fontName='Sans', fontSize=8.3, leading=10.5)
capcr = ParagraphStyle('capcr', parent=cap, fontName='Serif-I', textColor=colors.HexColor('#555555'), spaceAfter=9)

W, H = landscape(A4)
M = 36; G = 18
CW = (W - 2 * M - 2 * G) / 3

def footer(c, doc):
    c.saveState(); c.setFont('Sans', 8); c.setFillColor(colors.HexColor('#444444'))
    c.drawString(M, 20, MUSEUM); c.drawRightString(W - M, 20, str(doc.page)); c.restoreState()

def cols(top):
    return [Frame(M + i * (CW + G), 36, CW, top - 36, id='c%d' % i, leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0) for i in range(3)]

first = [Frame(M, H - 90, W - 2 * M, 60, id='t', leftPadding=0, rightPadding=0, topPadding=0, bottomPadding=0)] + cols(H - 100)
later = cols(H - 36)
doc = BaseDocTemplate('../%s.pdf' % NAME, pagesize=(W, H), leftMargin=M, rightMargin=M, topMargin=36, bottomMargin=36, title=TITLE)
doc.addPageTemplates([PageTemplate('first', first, onPage=footer), PageTemplate('later', later, onPage=footer)])

story = [Paragraph(TITLE, title), NextPageTemplate('later'), FrameBreak()]
for label, t, blocks in SECTIONS:
    story += [Paragraph(label.upper() if False else label, lab), Paragraph(t, head)]
    for b in blocks:
        if b['kind'] == 'paragraph':
            story.append(Paragraph(b['text'], body))
        else:
            txt = (b['position'] + ': ' if b['position'] else '') + b['text']
            if b['position'] == 'Above':
                story.append(KeepTogether([Box(CW, 110), Spacer(1, 4), Paragraph(txt, cap), Paragraph(b['credit'], capcr)]))
            elif b['position'] == 'Right':
                from reportlab.platypus import Table, TableStyle
                tb = Table([[[Paragraph(txt, cap), Paragraph(b['credit'], capcr)], Box(CW * 0.42, 80)]], colWidths=[CW * 0.56, CW * 0.44])
                tb.setStyle(TableStyle([('VALIGN', (0, 0), (-1, -1), 'TOP'), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 0)]))
                story.append(tb)
            else:
                story.append(KeepTogether([Box(CW, 90), Spacer(1, 4), Paragraph(txt, cap), Paragraph(b['credit'], capcr)]))
doc.build(story)

gold = {'title': TITLE, 'running': [MUSEUM, '1', '2'],
        'sections': [{'label': l, 'title': t, 'blocks': b} for l, t, b in SECTIONS]}
json.dump(gold, open('../%s.json' % NAME, 'w'), ensure_ascii=False, indent=2)
