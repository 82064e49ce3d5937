"""Exhibit 2: exhibition catalogue entry (WeasyPrint 70), 170 x 240 mm, 2 pages.
Wide right margin with marginal notes (apparatus) and one marginal figure (content); running heads that differ
between page 1 and page 2; decimal section numbers; small-caps headings; hyphens: auto.
Topic: the Bayeux Tapestry."""
import html
from weasyprint import HTML
from common import *

NAME = "bayeux_tapestry"
TITLE = "Stitching the Conquest: The Bayeux Tapestry"
INTRO = ("Nearly seventy metres of embroidered linen tell the story of how Duke William of Normandy became king of "
         "England in 1066. This entry follows the work from its making to its survival through nine centuries of wars "
         "and revolutions.")
RUN = ["Cat. 23", "57", "Stitching the Conquest", "58"]

# (label, title, [(margin note or None, paragraph)], figure)
SECS = [
    ("23.1", "An Embroidery, Not a Tapestry", [
        ("Technique: see also cat. 24",
         "Strictly speaking the object is not a tapestry at all, since its images were not woven into the cloth. They "
         "were embroidered with coloured wool on strips of plain linen, using stem stitch for outlines and lettering "
         "and a technique called laid and couched work to fill larger areas. The wool was dyed in about ten "
         "colours, with plants such as madder, weld and woad."),
        (None,
         "Most historians believe that it was commissioned by Bishop Odo of Bayeux, the half-brother of William, and "
         "that it was made in England, perhaps at Canterbury, within a few years of the conquest. The names of the "
         "embroiderers are not known."),
    ], None),
    ("23.2", "Harold’s Oath", [
        ("Scenes 1–25",
         "The story begins with Harold Godwinson, the most powerful earl in England, setting out for Normandy. After "
         "a series of adventures he is shown with his hands on two holy relics, swearing an oath to William. The "
         "Latin inscription above the scene does not say what he promised."),
        (None,
         "For the Norman side the meaning was clear: Harold had sworn to support William’s claim to the English "
         "throne. When King Edward died in January 1066 and Harold was crowned in his place, William treated the "
         "broken oath as a reason for war."),
    ], ("The oath scene: Harold stands between two reliquaries while William watches from his throne.",
        "Photo: Bénédicte Laroque, Atelier Vauquelin")),
    ("23.3", "The Comet and the Crossing", [
        ("Scene 32; compare cat. 31",
         "Soon after the coronation a group of men point at a star with a fiery tail, which we now know as Halley’s "
         "Comet. Below them, in the lower border, a fleet of ghostly ships seems to foretell the coming invasion."),
        (None,
         "The following scenes show trees being felled, ships being built and horses being loaded. The Norman army "
         "lands at Pevensey, builds a fort at Hastings and finally meets the English army in the battle of 14 "
         "October. Harold is killed, and the final surviving scene shows the English in flight."),
    ], ("Men pointing at the comet of April 1066.",
        "Photo: Bénédicte Laroque, Atelier Vauquelin")),
    ("23.4", "Nine Centuries of Survival", [
        ("Inventory of 1476",
         "The embroidery is first mentioned in an inventory of Bayeux Cathedral in 1476, which records that it was "
         "hung around the nave each summer. During the French Revolution it was nearly cut up to cover a wagon."),
        ("Paris, 1804",
         "Napoleon had it shown in Paris in 1804, while he was planning his own invasion of England. During the "
         "Second World War it was studied by German scholars and kept in the Louvre. Today it hangs in a museum in "
         "Bayeux, protected behind glass in a darkened gallery."),
    ], None),
]

CSS = """
@page { size: 170mm 240mm; margin: 20mm 50mm 20mm 18mm;
  @bottom-left { content: "58"; font: 8.5pt 'Liberation Sans'; color: #444; } }
@page :right { @top-right { content: "Cat. 23"; font: bold 8pt 'Liberation Sans'; letter-spacing: 0.5pt; color: #7a2e1f; }
  @bottom-left { content: none; }
  @bottom-right { content: "57"; font: 8.5pt 'Liberation Sans'; color: #444; } }
@page :left { @top-left { content: "Stitching the Conquest"; font: italic 8.5pt 'Liberation Serif'; color: #444; } }
html { font: 10.2pt/1.42 'Liberation Serif'; hyphens: auto; }
body { margin: 0; }
h1 { font: bold 21pt/1.15 'Liberation Serif'; color: #7a2e1f; margin: 0 0 4mm 0; }
p.intro { font-style: italic; font-size: 11.6pt; margin: 0 0 5mm 0; text-align: left; hyphens: manual; }
h2 { font: 11pt 'Liberation Serif'; font-variant: small-caps; letter-spacing: 0.3pt; margin: 5mm 0 1.5mm 0; }
h2 .num { font-weight: bold; color: #7a2e1f; margin-right: 3mm; font-variant: normal; }
p { margin: 0; text-align: justify; text-indent: 5mm; }
h2 + p, h2 + .note + p { text-indent: 0; }
.note { float: right; clear: right; width: 34mm; margin-right: -42mm; font: italic 7.8pt/1.3 'Liberation Sans'; color: #7a2e1f;
        border-top: 0.5pt solid #7a2e1f; padding-top: 1mm; hyphens: manual; text-align: left; }
figure.col { margin: 4mm 0 2mm 0; break-inside: avoid; }
figure.col .img { height: 36mm; background: #b8b8b8; }
figure.col figcaption { font: 8.4pt/1.3 'Liberation Sans'; margin-top: 1.6mm; hyphens: manual; }
figure.col .cr { color: #777; font-style: italic; }
figure.marg { float: right; clear: right; width: 34mm; margin: 3mm -42mm 2mm 0; }
figure.marg .img { height: 26mm; background: #b8b8b8; }
figure.marg figcaption { font: 7.6pt/1.3 'Liberation Sans'; margin-top: 1.2mm; hyphens: manual; text-align: left; }
figure.marg .cr { display: block; color: #777; font-size: 6.8pt; margin-top: 0.8mm; }
"""


def esc(s):
    return html.escape(s, quote=False)


def build():
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{esc(TITLE)}</title>"
         f"<style>{CSS}</style></head><body>",
         f"<h1>{esc(TITLE)}</h1>", f"<p class='intro'>{esc(INTRO)}</p>"]
    for lab, title, paras, fig in SECS:
        h.append(f"<h2><span class='num'>{lab}</span>{esc(title)}</h2>")
        for i, (note, text) in enumerate(paras):
            if lab == "23.3" and i == 1:
                h.append(f"<figure class='marg'><div class='img'></div><figcaption>{esc(fig[0])}"
                         f"<span class='cr'>{esc(fig[1])}</span></figcaption></figure>")
            if note:
                h.append(f"<div class='note'>{esc(note)}</div>")
            h.append(f"<p>{esc(text)}</p>")
            if fig and lab == "23.2" and i == 0:
                h.append(f"<figure class='col'><div class='img'></div><figcaption>{esc(fig[0])} "
                         f"<span class='cr'>{esc(fig[1])}</span></figcaption></figure>")
    h.append("</body></html>")
    src = "\n".join(h)
    open(f"{BUILD}/{NAME}.html", "w").write(src)
    HTML(string=src).write_pdf(f"{OUT}/{NAME}.pdf")


build()
pdftotext(NAME)
sections = [S(None, TITLE, [P(INTRO)])]
for lab, title, paras, fig in SECS:
    b = [P(t) for _, t in paras]
    if fig:
        b.append(C(fig[0], fig[1]))
    sections.append(S(lab, title, b))
write_gold(NAME, TITLE, RUN, sections)
