# Exhibit 3: reportlab, single column with wide left margin; captions in the margin beside images
import json
from reportlab.lib.pagesizes import A4
from reportlab.platypus import SimpleDocTemplate, Paragraph, Spacer, Table, TableStyle, KeepTogether
from reportlab.platypus.flowables import Flowable
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY
from reportlab.lib import colors
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
D = '/usr/share/fonts/truetype/liberation/'
pdfmetrics.registerFont(TTFont('Ser', D + 'LiberationSerif-Regular.ttf'))
pdfmetrics.registerFont(TTFont('Ser-B', D + 'LiberationSerif-Bold.ttf'))
pdfmetrics.registerFont(TTFont('Ser-I', D + 'LiberationSerif-Italic.ttf'))
pdfmetrics.registerFont(TTFont('San', D + 'LiberationSans-Regular.ttf'))
pdfmetrics.registerFont(TTFont('San-B', D + 'LiberationSans-Bold.ttf'))

NAME = 'great_stink_sewers'
TITLE_LINES = ['Under the Streets:', "The Great Stink and London’s Sewers"]
TITLE = ' '.join(TITLE_LINES)
SUBTITLE = 'Joseph Bazalgette and the Metropolitan Board of Works, 1858–1875'
HEADER = 'Under the Streets · Riverside Museum of Public Works'
def P(t): return {'kind': 'paragraph', 'text': t}
def C(t, pos, cr): return {'kind': 'caption', 'text': t, 'position': pos, 'credit': cr}
SECTIONS = [
 (None, TITLE, [
  P("For centuries London had poured its waste into the Thames. By the middle of the nineteenth century the river that supplied much of the city’s drinking water had also become its main sewer, and the results were felt by everyone who lived or worked along its banks."),
 ]),
 ('Part One', 'The Summer of 1858', [
  P("The spread of the flushing water closet, welcomed as an improvement in domestic comfort, made matters worse. Cesspools overflowed, and from 1848 the authorities required houses to be connected to the sewers, which emptied straight into the river. When the summer of 1858 brought weeks of heat and little rain, the exposed mud of the Thames began to ferment in the sun."),
  C("A cartoon of 1858 in which Father Thames presents his children, Diphtheria, Scrofula and Cholera, to the City of London.", 'Right', 'Image: Pellham Print Room'),
  P("The smell became known as the Great Stink. In the new Houses of Parliament, beside the river, curtains were soaked in chloride of lime in an attempt to keep it out, and members talked of moving their sittings elsewhere. Many people believed that disease was spread by foul air, or miasma, so the stench was feared as a danger to life as well as an offence to the nose."),
 ]),
 ('Part Two', 'An Engineer’s Plan', [
  P("Within a few weeks Parliament passed a bill giving the Metropolitan Board of Works the power and the money to act. Its chief engineer, Joseph Bazalgette, had already drawn up a scheme. He proposed a system of intercepting sewers running roughly parallel to the river, which would catch the flow of the older sewers before it reached the Thames and carry it east, by gravity and by pumping, to outfalls at Beckton on the north bank and Crossness on the south. There the sewage would be released into the river on the ebb tide, far downstream of the city."),
  P("Construction began in 1859. Over the following years the contractors built about eighty-two miles of main intercepting sewers and more than a thousand miles of street sewers feeding into them, using over three hundred million bricks. Bazalgette insisted on Portland cement, which hardens under water, and had every batch tested. He also made the main sewers far larger than the population of the day required, reasoning that the work would only be done once."),
  C("The beam engines of the Crossness Pumping Station, opened by the Prince of Wales in 1865.", None, 'Courtesy of the Erith Engineering Archive'),
  P("The pumping stations were among the most ornate industrial buildings of the age. At Crossness the engine house was decorated with painted cast ironwork, while Abbey Mills, in the east of the city, was nicknamed the cathedral of sewage."),
 ]),
 ('Part Three', 'The Embankments', [
  P("In central London the low-level sewer was built into a new river wall. The Victoria Embankment, completed in 1870, reclaimed land from the tidal mud of the Thames and carried a road, gardens, the sewer and an underground railway within a single structure. The Albert and Chelsea Embankments followed soon after."),
  C("Section through the Victoria Embankment, showing the sewer, the railway and the pipes for gas and water.", 'Top right', 'Photo: Daniel Okafor / Thameside Survey'),
  P("The system was not complete until 1875, and it had one serious flaw: the outfalls still released untreated sewage into the estuary. In 1878 the pleasure steamer Princess Alice sank near the Beckton outfall, and many of the more than five hundred people who died were thought to have been poisoned by the water. Yet when cholera returned in 1866, it struck mainly the one district in the east not yet connected to the new sewers, and Bazalgette’s tunnels still form the core of London’s drainage today."),
 ]),
]

class Box(Flowable):
    def __init__(self, w, h): super().__init__(); self.w, self.h = w, h
    def wrap(self, aw, ah): return self.w, self.h
    def draw(self):
        self.canv.setFillColor(colors.HexColor('#bdbdb5')); self.canv.rect(0, 0, self.w, self.h, fill=1, stroke=0)

W, H = A4
LM, RM = 50, 60
MARG = 150  # margin column inside the frame
BODYW = W - LM - RM - MARG
body = ParagraphStyle('b', fontName='Ser', fontSize=11, leading=15, alignment=TA_JUSTIFY, leftIndent=MARG, firstLineIndent=18)
bodyfirst = ParagraphStyle('bf', parent=body, firstLineIndent=0)
lab = ParagraphStyle('l', fontName='San-B', fontSize=9, leading=11, leftIndent=MARG, textColor=colors.HexColor('#2f5d50'), spaceBefore=14, keepWithNext=1)
head = ParagraphStyle('h', fontName='Ser-B', fontSize=16, leading=20, leftIndent=MARG, spaceAfter=5, keepWithNext=1)
t1 = ParagraphStyle('t', fontName='Ser-B', fontSize=24, leading=28, leftIndent=0)
sub = ParagraphStyle('s', fontName='Ser-I', fontSize=13, leading=17, leftIndent=0, spaceBefore=6, spaceAfter=16, textColor=colors.HexColor('#444444'))
cap = ParagraphStyle('c', fontName='San', fontSize=8.5, leading=11, rightIndent=12)
capcr = ParagraphStyle('cc', parent=cap, fontName='San', textColor=colors.HexColor('#666666'), spaceBefore=3)

def pages(c, doc):
    if doc.page % 2 == 0:
        c.saveState(); c.setFont('San', 8.5); c.setFillColor(colors.HexColor('#555555'))
        c.drawString(LM + MARG, H - 34, HEADER); c.setStrokeColor(colors.HexColor('#999999'))
        c.line(LM + MARG, H - 39, W - RM, H - 39); c.restoreState()

doc = SimpleDocTemplate('../%s.pdf' % NAME, pagesize=A4, leftMargin=LM, rightMargin=RM, topMargin=56, bottomMargin=60, title=TITLE)
story = [Paragraph(TITLE_LINES[0], t1), Paragraph(TITLE_LINES[1], t1), Paragraph(SUBTITLE, sub)]
for label, t, blocks in SECTIONS:
    if label:
        story += [Paragraph(label, lab), Paragraph(t, head)]
    firstp = True
    for b in blocks:
        if b['kind'] == 'paragraph':
            story.append(Paragraph(b['text'], bodyfirst if firstp else body)); firstp = False
        else:
            txt = ('<b>%s:</b> ' % b['position'] if b['position'] else '') + b['text']
            h = 105 if b['position'] == 'Top right' else 80
            tb = Table([[[Paragraph(txt, cap), Paragraph(b['credit'], capcr)], Box(BODYW, h)]], colWidths=[MARG, BODYW])
            va = 'TOP' if b['position'] == 'Top right' else 'MIDDLE'
            tb.setStyle(TableStyle([('VALIGN', (0, 0), (0, 0), va), ('LEFTPADDING', (0, 0), (-1, -1), 0), ('RIGHTPADDING', (0, 0), (-1, -1), 0),
                                    ('TOPPADDING', (0, 0), (-1, -1), 8), ('BOTTOMPADDING', (0, 0), (-1, -1), 8)]))
            story.append(tb)
doc.build(story, onFirstPage=pages, onLaterPages=pages)
gold = {'title': TITLE, 'running': [HEADER], 'sections': [{'label': l, 'title': t, 'blocks': b} for l, t, b in SECTIONS]}
json.dump(gold, open('../%s.json' % NAME, 'w'), ensure_ascii=False, indent=2)
