"""Exhibit 3: school activity sheet from a museum education department.
HTML + CSS printed by Debian Chromium headless (--print-to-pdf), A4 portrait, 2 pages.
Topic: the Mary Rose (sank 1545, raised 1982)."""
import html, subprocess
from common import *

NAME = "mary_rose"
TITLE = "The Mary Rose: Henry VIII’s Lost Warship"
INTRO = ("In 1545 one of the biggest ships in the king’s navy sank in front of his eyes. More than four hundred years "
         "later divers brought her back to the surface. Read each text, then answer the questions in the spaces.")
HDR_L = "Solent Maritime Museum"
HDR_R = "Learning Zone · Activity Sheet 4"
FTR = "For ages 9–11 · Free to photocopy for classroom use"

ACTS = [
    ("Activity 1", "Meet the Ship", [
        "The Mary Rose was built in Portsmouth between 1509 and 1511, soon after Henry VIII became king. She was a "
        "carrack, a tall wooden ship with castles at the front and back, and she carried heavy guns that fired "
        "through square holes called gunports.",
        "On 19 July 1545 a French fleet sailed into the Solent. The Mary Rose turned to face the enemy, leaned over "
        "and sank within minutes, probably because water poured in through her open gunports. Of a crew of about "
        "four hundred, fewer than forty men survived.",
    ], ["1. In which town was the Mary Rose built?",
        "2. Give one reason why the ship may have sunk so quickly."],
     ("A model of the Mary Rose under full sail, as she may have looked in 1545.",
      "Photo: Priya Wendover / Solent Maritime Museum")),
    ("Activity 2", "Raising the Wreck", [
        "The wreck was found in 1971 by a team led by Alexander McKee. Over the next ten years volunteer divers "
        "dug away the mud by hand and brought up thousands of objects. On 11 October 1982 the remains of the hull "
        "were lifted out of the water in a steel cradle, while millions of people watched on television.",
    ], ["3. Why do you think the divers dug by hand instead of using machines?"], None),
    ("Activity 3", "Treasures from the Silt", [
        "Soft silt covered one side of the ship and kept out the creatures that eat wood. Because of this, "
        "archaeologists recovered about nineteen thousand objects, including longbows and arrows, a surgeon’s "
        "chest, nit combs, dice, shoes and the skeleton of the ship’s dog.",
    ], ["4. Choose one object from the list. What does it tell us about life on board?"],
     ("Longbows from the wreck laid out for study in the museum’s stores.",
      "Illustration: Hamish Ogunlade for the Learning Zone")),
    ("Activity 4", "Be a Conservator", [
        "Wood that has been under water for centuries falls apart if it dries out too quickly. For years the hull "
        "was sprayed with cold water and then with a waxy chemical that took the place of the water in the wood. "
        "Only after that could it slowly be dried, and in 2013 it went on show in a new museum.",
    ], ["5. Why could the hull not simply be left to dry in the sun?",
        "6. Draw and label one object you would like to see in the museum."], None),
]
DYK_TITLE = "Did You Know?"
DYK = [
    "The ship’s dog was a young mongrel. The divers nicknamed him Hatch because he was found near a hatchway.",
    "Some of the sailors’ leather shoes were still in good enough condition to show how their owners walked.",
]

CSS = """
@page { size: A4; margin: 22mm 16mm 18mm 16mm;
  @top-left { content: "Solent Maritime Museum"; font: bold 10pt 'DejaVu Sans'; color: #0b6e8a; vertical-align: bottom;
              border-bottom: 2pt solid #0b6e8a; padding-bottom: 2mm; }
  @top-right { content: "Learning Zone · Activity Sheet 4"; font: bold 10pt 'DejaVu Sans'; color: #0b6e8a;
               vertical-align: bottom; border-bottom: 2pt solid #0b6e8a; padding-bottom: 2mm; }
  @bottom-center { content: "For ages 9–11 · Free to photocopy for classroom use"; font: 8pt 'DejaVu Sans'; color: #666; } }
body { font: 10.6pt/1.42 'DejaVu Sans', sans-serif; color: #1a1a1a; margin: 0; }
.hdr { position: fixed; top: -17mm; left: 0; right: 0; height: 11mm; border-bottom: 2pt solid #0b6e8a;
       font: bold 10pt 'DejaVu Sans'; color: #0b6e8a; display: flex; justify-content: space-between; align-items: end; }
.ftr { position: fixed; bottom: -13mm; left: 0; right: 0; text-align: center; font: 8pt 'DejaVu Sans'; color: #666; }
.form { display: flex; gap: 8mm; font: 10pt 'DejaVu Sans'; margin: 1mm 0 5mm 0; }
.form span { flex: 1; border-bottom: 1pt solid #888; padding-bottom: 1mm; }
h1 { font: bold 22pt/1.15 'DejaVu Serif'; color: #0b6e8a; margin: 0 0 2mm 0; }
.intro { font-size: 12pt; margin: 0 0 5mm 0; }
.dyk { float: right; width: 50mm; margin: 0 0 4mm 5mm; background: #fff3c4; border-radius: 4mm; padding: 3mm 4mm;
       font-size: 9.6pt; line-height: 1.4; }
.dyk h2 { font: bold 12pt 'DejaVu Serif'; margin: 0 0 1.5mm 0; color: #8a5a00; }
.dyk p { margin: 0 0 2mm 0; }
.act { position: relative; border: 1pt solid #0b6e8a; border-radius: 3mm; padding: 3mm 4mm 3mm 15mm;
       margin: 0 0 4mm 0; break-inside: avoid; }
.tab { position: absolute; left: 0; top: 0; bottom: 0; width: 10mm; background: #0b6e8a; color: white;
       writing-mode: vertical-rl; transform: rotate(180deg); text-align: center; font: bold 10.5pt 'DejaVu Sans';
       border-radius: 0 3mm 3mm 0; }
.act h2 { font: bold 14pt 'DejaVu Serif'; margin: 0 0 2mm 0; color: #0b6e8a; }
.act p { margin: 0 0 2.5mm 0; }
.q { font-weight: bold; margin: 3mm 0 0 0 !important; }
.line { border-bottom: 1pt dashed #999; height: 8mm; }
.drawbox { border: 1pt dashed #999; height: 30mm; margin-top: 2mm; }
figure { margin: 1mm 0 3mm 0; }
figure.r { float: right; width: 58mm; margin: 0 0 2mm 4mm; }
figure .img { background: #b9b9b9; height: 38mm; }
figcaption { font: 8.6pt/1.3 'DejaVu Sans'; margin-top: 1.2mm; color: #333; }
figcaption .cr { display: block; font-size: 7.4pt; color: #777; font-style: italic; }
"""


def esc(s):
    return html.escape(s, quote=False)


def build():
    h = [f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{esc(TITLE)}</title>"
         f"<style>{CSS}</style></head><body>",
         "<div class='form'><span>Name:</span><span>Class:</span><span>Date:</span></div>",
         f"<h1>{esc(TITLE)}</h1>",
         f"<aside class='dyk'><h2>{esc(DYK_TITLE)}</h2>" + "".join(f"<p>{esc(t)}</p>" for t in DYK) + "</aside>",
         f"<p class='intro'>{esc(INTRO)}</p>"]
    for lab, title, paras, qs, fig in ACTS:
        h.append(f"<section class='act'><div class='tab'>{lab}</div><h2>{esc(title)}</h2>")
        for i, t in enumerate(paras):
            if fig and lab == "Activity 1" and i == 1:
                h.append(f"<figure class='r'><div class='img'></div><figcaption>{esc(fig[0])}"
                         f"<span class='cr'>{esc(fig[1])}</span></figcaption></figure>")
            h.append(f"<p>{esc(t)}</p>")
        if fig and lab == "Activity 3":
            h.append(f"<figure><div class='img' style='height:34mm;width:95mm'></div><figcaption>{esc(fig[0])}"
                     f"<span class='cr'>{esc(fig[1])}</span></figcaption></figure>")
        for q in qs:
            h.append(f"<p class='q'>{esc(q)}</p>")
            if q.startswith("6."):
                h.append("<div class='drawbox'></div>")
            else:
                h.append("<div class='line'></div>")
        h.append("</section>")
    h.append("</body></html>")
    src = "\n".join(h)
    open(f"{BUILD}/{NAME}.html", "w").write(src)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    f"--print-to-pdf={OUT}/{NAME}.pdf", f"file://{BUILD}/{NAME}.html"],
                   check=True, capture_output=True)


build()
pdftotext(NAME)
sections = [S(None, TITLE, [P(INTRO)])]
for lab, title, paras, qs, fig in ACTS:
    b = [P(t) for t in paras] + [P(q) for q in qs]
    if fig:  # a figure is the last block of its section (set 8/9 convention)
        b.append(C(fig[0], fig[1]))
    sections.append(S(lab, title, b))
sections.append(S(None, DYK_TITLE, [P(t) for t in DYK]))
write_gold(NAME, TITLE, [HDR_L, HDR_R, FTR], sections)
