# Exhibit 2: HTML+CSS grid -> Chromium headless PDF
import json, html, subprocess
NAME = 'lewis_chessmen'
TITLE = 'The Lewis Chessmen: Ivory Warriors from the Edge of the Norse World'
def P(t): return {'kind': 'paragraph', 'text': t}
def C(t, pos, cr): return {'kind': 'caption', 'text': t, 'position': pos, 'credit': cr}
SECTIONS = [
 ('I', 'Found on the Isle of Lewis', [
  P("In 1831 a hoard of small carved figures came to light at Uig, on the west coast of the Isle of Lewis in the Outer Hebrides. Exactly how they were found is uncertain. Later accounts speak of a cow rubbing against a sand bank, or of a labourer who fled in fear from the tiny staring faces, but none of these stories was written down at the time."),
  P("What is certain is that the hoard contained at least ninety-three objects: seventy-eight chess pieces, fourteen plain round pieces for a game like draughts, and a belt buckle. Within a year most of them had been sold, and they were soon divided between the British Museum in London and collectors in Edinburgh."),
  C("A queen resting her cheek on her hand, one of the most recognisable pieces in the hoard.", 'Above', 'Photo: Ewan MacAskill / Hebridean Image Archive'),
  C("The shore of Uig Bay, near the place where the hoard is said to have been found.", None, 'Lewis Landscape Trust'),
 ]),
 ('II', 'Walrus Ivory and Whale Tooth', [
  P("Most of the pieces are carved from walrus tusk, and a few from sperm whale tooth. In the twelfth century walrus ivory was a prized material across northern Europe, hunted and traded from Greenland and the far north of Norway. Many scholars believe the pieces were made in Trondheim, then an important Norwegian centre, where fragments of similar carvings have been excavated. Others have argued for a workshop in Iceland."),
  P("The kings sit with swords across their knees, the queens hold their faces in their hands, and the bishops carry croziers. The knights ride small, sturdy horses. Among the rooks, which take the form of standing warriors, several bite the tops of their shields. They are often identified with the berserkers of Norse saga, fighters said to work themselves into a battle fury. When the hoard was found, some of the pieces still showed traces of red stain, a sign that one side of the set was once coloured rather than left plain."),
  C("A warder biting the rim of his shield, his eyes wide.", 'Above', 'Courtesy of the Northern Isles Collection'),
 ]),
 ('III', 'A Game on the Move', [
  P("Chess reached Europe from the Islamic world around the year 1000, and by the time the Lewis pieces were carved it had changed to suit European society. The piece that had been the vizier became a queen, and the elephant became a bishop. The Lewis hoard is one of the earliest surviving sets in which these European forms are clearly shown."),
  P("Why the pieces were buried on Lewis, which was then part of the Norse kingdom of the Isles, is not known. They may have belonged to a merchant travelling between Norway and Ireland who hid his stock for safe keeping and never returned. Today eighty-two of the objects are held in the British Museum and eleven in the National Museum of Scotland. In 2019 a previously unrecorded warder, bought for five pounds in 1964, sold at auction for more than seven hundred thousand pounds."),
 ]),
]
e = html.escape
def fig(b, cls=''):
    lab = ('<b class="pos">%s:</b> ' % e(b['position'])) if b['position'] else ''
    return ('<figure class="%s"><div class="img"></div><figcaption>%s%s <span class="credit">%s</span></figcaption></figure>'
            % (cls, lab, e(b['text']), e(b['credit'])))
css = """
@page { size: A4; margin: 18mm 16mm 18mm 16mm; }
body { font-family: 'Liberation Serif', serif; font-size: 11pt; line-height: 1.45; color: #222; margin: 0; }
header.title { display: grid; grid-template-columns: 3fr 1fr; column-gap: 8mm; border-bottom: 3px solid #6b4a2b; padding-bottom: 4mm; margin-bottom: 6mm; }
header.title h1 { font-family: 'Liberation Sans', sans-serif; font-size: 25pt; line-height: 1.15; margin: 0; color: #3d2a17; }
header.title .img { height: 30mm; }
section { display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; row-gap: 2mm; margin-bottom: 6mm; }
section h2 { grid-column: 1 / span 2; font-family: 'Liberation Sans', sans-serif; font-size: 15pt; margin: 0 0 1mm 0; color: #3d2a17; }
section h2 .num { color: #a0622d; margin-right: 2.5mm; }
section p { margin: 0; text-align: left; }
section p.wide { grid-column: 1 / span 2; }
.gallery { grid-column: 1 / span 2; display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }
figure { margin: 2mm 0 0 0; break-inside: avoid; }
figure.wide { grid-column: 1 / span 2; display: grid; grid-template-columns: 1fr 1fr; column-gap: 8mm; }
figure.wide figcaption { grid-column: 1; }
.img { background: #c9c3bb; border: 1px solid #9b948a; height: 42mm; }
figcaption { font-family: 'Liberation Sans', sans-serif; font-size: 8.5pt; line-height: 1.35; margin-top: 1.5mm; color: #333; }
.credit { font-variant: small-caps; letter-spacing: 0.03em; color: #6b4a2b; }
"""
out = ['<!doctype html><html><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>' % (e(TITLE), css)]
out.append('<header class="title"><h1>%s</h1><div class="img"></div></header>' % e(TITLE))
for label, t, blocks in SECTIONS:
    out.append('<section><h2><span class="num">%s.</span>%s</h2>' % (label, e(t)))
    caps = [b for b in blocks if b['kind'] == 'caption']
    paras = [b for b in blocks if b['kind'] == 'paragraph']
    for p in paras:
        out.append('<p>%s</p>' % e(p['text']))
    if len(caps) == 2:
        out.append('<div class="gallery">%s%s</div>' % (fig(caps[0]), fig(caps[1])))
    elif len(caps) == 1:
        out.append(fig(caps[0], 'wide'))
    out.append('</section>')
out.append('</body></html>')
open('%s.html' % NAME, 'w').write('\n'.join(out))
subprocess.run(['/usr/bin/chromium', '--headless', '--no-sandbox', '--print-to-pdf=../%s.pdf' % NAME,
                '--no-pdf-header-footer', '%s.html' % NAME], check=True, capture_output=True)
gold = {'title': TITLE, 'running': [], 'sections': [{'label': l, 'title': t, 'blocks': b} for l, t, b in SECTIONS]}
json.dump(gold, open('../%s.json' % NAME, 'w'), ensure_ascii=False, indent=2)
