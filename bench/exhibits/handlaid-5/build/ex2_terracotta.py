# Exhibit 2: HTML + CSS multi-column (3 columns) on a square 220 mm page,
# printed with Debian's chromium headless. Running header via @page margin boxes.
import sys, os, html, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, write_gold, body_words
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
NAME = "terracotta_army"
TITLE_LINES = ["The Silent Army:", "Qin Shi Huang and the", "Terracotta Warriors of Xi\u2019an"]
TITLE = " ".join(TITLE_LINES)
HEAD_L = "The Silent Army \u2013 Linden Hall Museum of Asian Antiquities"

sections = [
 {"label": "Room A", "title": "A Well in Lintong", "blocks": [
  P("In March 1974 a group of farmers digging a well near the village of Xiyang, in Lintong County east of Xi\u2019an, struck fragments of fired clay. Among the pieces were a head and a torso of a life-sized figure. A local official, Zhao Kangmin, realised that the fragments might be ancient and began to piece them together. Within weeks archaeologists from Shaanxi Province had started a proper excavation."),
  P("What they found was a pit more than two hundred metres long, filled with rows of clay soldiers standing in trenches separated by walls of rammed earth. The roof of timber and matting had collapsed long ago, crushing many of the figures. Since then three main pits have been opened, and archaeologists estimate that together they hold around eight thousand soldiers, along with horses, chariots and tens of thousands of bronze weapons."),
  C("Soldiers of Pit 1 standing in their corridors, seen from the eastern end of the hall.", None, "Photo: Chen Yulan / Weinan Photographic Society"),
 ]},
 {"label": "Room B", "title": "The First Emperor", "blocks": [
  P("The army was made to guard the tomb of Ying Zheng, the king of Qin who conquered the other warring states and in 221 BC declared himself Qin Shi Huang, the First Emperor of a unified China. He standardised weights, measures, coinage and the written script, and he linked earlier defensive walls in the north into a single system. Work on his tomb is said to have begun when he came to the throne as a boy of thirteen."),
  C("The burial mound of the First Emperor, still unexcavated, rises from the plain below Mount Li.", "Below", "Image: Arlo Whitcombe / Linden Hall Archive"),
  P("The historian Sima Qian, writing about a century later, described a burial chamber with a ceiling of stars and rivers of mercury made to flow by machinery. The mound itself has never been opened. Soil tests over the mound have found unusually high levels of mercury, which suggests that the account may contain some truth. Visitors today see only a low, wooded hill rising from the fields. Chinese authorities have chosen to wait until methods exist to protect whatever lies inside. The wider tomb complex, with its walls, stables and pits for officials and acrobats, covers more than fifty square kilometres."),
 ]},
 {"label": "Room C", "title": "Made by Hand, Made in Series", "blocks": [
  P("No two faces in the pits are quite alike. The figures were built from mass-produced parts such as legs, torsos and arms, which were joined and then finished by hand. Craftsmen added hair, moustaches, ears and expressions in fine clay, so that each soldier seems to be an individual. Many pieces carry the stamped or scratched names of their workshop foremen, a form of quality control that allowed faulty work to be traced."),
  P("The soldiers were originally painted in bright colours over a layer of lacquer. When the figures are exposed to the dry air of Shaanxi, this lacquer curls and flakes within minutes, taking the paint with it. For this reason much of the excavation has been slowed or paused while conservators develop ways to keep the colours in place."),
  P("The weapons were real. Bronze crossbow triggers, spearheads and swords were found in large numbers, some still sharp. Many were inscribed with the year of manufacture and the name of the official responsible, and the arrowheads were cast so uniformly that their parts are almost interchangeable."),
  P("The pits were opened to the public as a museum in 1979, and in 1987 the mausoleum was listed as a World Heritage Site. Excavation continues today, slowly, in the hope that later generations of archaeologists will uncover more of the First Emperor\u2019s vast underground world."),
  C("A kneeling archer, one of the few figures found almost whole, with traces of its original paint.", "Left", "Courtesy of the Lintong Conservation Workshop"),
 ]},
]

e = html.escape
parts = []
for s in sections:
    parts.append('<h2><span class="lab">%s</span>%s</h2>' % (e(s["label"]), e(s["title"])))
    for b in s["blocks"]:
        if b["kind"] == "paragraph":
            parts.append("<p>%s</p>" % e(b["text"]))
        elif b["position"] == "Left":
            parts.append('<figure class="wide"><div class="box"></div><figcaption><b>Left:</b> %s<br><span class="cr">%s</span></figcaption></figure>' % (e(b["text"]), e(b["credit"])))
        elif b["position"] == "Below":
            parts.append('<figure class="col"><figcaption><b>Below:</b> %s<br><span class="cr">%s</span></figcaption><div class="box tall"></div></figure>' % (e(b["text"]), e(b["credit"])))
        else:
            parts.append('<figure class="col"><div class="box"></div><figcaption>%s <span class="cr">%s</span></figcaption></figure>' % (e(b["text"]), e(b["credit"])))

doc = """<!doctype html><html lang="en"><head><meta charset="utf-8"><title>%(title)s</title>
<style>
@page { size: 220mm 220mm; margin: 20mm 16mm 18mm 16mm;
  @top-left { content: "%(head)s"; font: 7.5pt 'DejaVu Sans', sans-serif; color: #555; }
  @top-right { content: counter(page); font: bold 8pt 'DejaVu Sans', sans-serif; color: #555; } }
body { margin: 0; font-family: 'Liberation Serif', serif; font-size: 10.8pt; line-height: 1.38; }
.flow { column-count: 3; column-gap: 6mm; column-fill: balance; height: auto; }
h1 { column-span: all; font-family: 'DejaVu Sans', sans-serif; font-weight: bold; font-size: 22pt; line-height: 1.12; margin: 0 0 7mm 0; padding-bottom: 4mm; border-bottom: 2px solid #8a3b1c; }
h2 { font-size: 12.5pt; margin: 4mm 0 2mm 0; break-after: avoid; break-inside: avoid; }
h2 .lab { display: block; font-family: 'DejaVu Sans', sans-serif; font-size: 7.5pt; letter-spacing: 0.12em; color: #8a3b1c; font-weight: bold; margin-bottom: 1mm; }
p { margin: 0 0 2.2mm 0; text-align: left; }
figure { margin: 2mm 0 3mm 0; break-inside: avoid; }
figure.wide { column-span: all; display: flex; gap: 6mm; align-items: flex-end; margin: 3mm 0 4mm 0; }
figure.wide .box { width: 120mm; height: 42mm; flex: none; }
figure.wide figcaption { width: 50mm; }
.box { background: #c4c4c4; height: 34mm; }
.box.tall { height: 48mm; margin-top: 1.5mm; }
figcaption { font-family: 'DejaVu Sans', sans-serif; font-size: 7.4pt; line-height: 1.3; margin-top: 1.5mm; }
.cr { font-style: italic; color: #444; }
</style></head><body><div class="flow">
<h1>%(h1)s</h1>
%(body)s
</div></body></html>""" % {"title": e(TITLE), "head": HEAD_L, "h1": "<br>".join(e(t) for t in TITLE_LINES), "body": "\n".join(parts)}
open(os.path.join(OUT, "build", NAME + ".html"), "w").write(doc)
pdf = os.path.join(OUT, NAME + ".pdf")
subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--print-to-pdf=" + pdf, "file://" + os.path.join(OUT, "build", NAME + ".html")],
               check=True, stderr=subprocess.DEVNULL)
n = int(subprocess.run(["sh", "-c", "pdfinfo '%s' | awk '/^Pages/{print $2}'" % pdf], capture_output=True, text=True).stdout)
running = [HEAD_L] + [str(i) for i in range(1, n + 1)]
write_gold(os.path.join(OUT, NAME + ".json"), TITLE, running, sections)
print("pages", n, "words", body_words(sections))
