"""Ex4: Lascaux -- HTML + CSS grid of cards printed by Chromium headless, A4 portrait.
Headings are typed in mixed case but set with text-transform: uppercase; captions sit ABOVE the images;
the credits are absolutely positioned in the page margin beside the card; @page header + page numbers."""
import os, sys, html, subprocess
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, gold, write_gold, OUT, HERE, body_words, n_captions

NAME = "lascaux_cave"
TITLE_LINES = ["The Painted Cave:", "Lascaux and the", "Art of the Ice Age"]
TITLE = " ".join(TITLE_LINES)
HEADER = "Vézère Valley Prehistory Centre"
FOOT = "Gallery Notes 7"
RUNNING = [HEADER, "1", FOOT, "2"]   # order of first appearance in the .txt

INTRO = ("On a September day in 1940 four teenagers squeezed down a hole on a hillside in the Dordogne, in "
         "south-western France, and found themselves in a cave whose walls were covered with paintings of animals made "
         "some seventeen thousand years ago.")

# section titles as TYPED in the HTML; the PDF shows them in capitals (text-transform), so the gold has capitals
TYPED = ["A Dog and a Hole in the Ground", "The Hall of the Bulls", "The Abbé and the Crowds", "Copies for the Public"]

SECTIONS = [
    (None, TITLE, [P(INTRO)]),
    ("A", TYPED[0].upper(), [
        P("On 12 September 1940, eighteen-year-old Marcel Ravidat and three younger friends, Jacques Marsal, Georges "
          "Agnel and Simon Coencas, went to explore a hollow left by a fallen tree above the village of Montignac. Local "
          "stories spoke of a secret passage beneath the hill, and according to one version Ravidat\u2019s dog, Robot, "
          "had found the hole a few days earlier."),
        P("The boys widened the opening and slid down into the darkness with a lamp. In the chambers below they saw "
          "horses, bulls and deer painted in red, yellow and black across the rock."),
    ]),
    ("B", TYPED[1].upper(), [
        P("The largest chamber holds some of the most famous images of prehistoric art. One of the aurochs, a wild ox "
          "that is now extinct, is more than five metres long. The artists used the bumps and hollows of the rock to "
          "give the animals shape and movement."),
        P("The pigments were made from minerals such as ochre and manganese oxide. They were applied with pads and "
          "brushes or blown onto the wall, perhaps through hollow bones. Holes in the rock suggest that wooden "
          "scaffolding was built to reach the high ceilings."),
        C("Lamplight on the painted bulls in the replica of the hall.", None,
          "Photo: Lucien Vayssière / Sarlat Image Bank"),
    ]),
    ("C", TYPED[2].upper(), [
        P("The priest and prehistorian Henri Breuil visited the cave soon after the discovery and declared it one of "
          "the finest examples of Palaeolithic art. After the war the cave was opened to the public in 1948, and as "
          "many as a thousand visitors a day walked through its passages."),
        P("Their breath and body heat changed the air inside. Green algae and white crystals began to spread over the "
          "walls, and in 1963 the Minister of Culture, André Malraux, ordered the cave to be closed."),
    ]),
    ("D", TYPED[3].upper(), [
        P("To let people see the paintings without harming them, artists made exact copies. Lascaux II, a replica of "
          "the two main halls, opened nearby in 1983. A travelling exhibition followed, and in 2016 a replica of almost "
          "the whole cave, Lascaux IV, opened at the foot of the hill."),
        P("Today the original cave is entered only by a few scientists and conservators. In 1979 it was listed as a "
          "World Heritage Site together with other decorated caves of the Vézère valley."),
        C("A conservator checks the humidity sensors in the Axial Gallery.", None,
          "© Odile Brassac for the Montignac Archaeology Centre"),
    ]),
]

e = html.escape


def page():
    out = ['<main class="grid">',
           '<section class="card title"><h1>%s</h1><p class="intro">%s</p></section>'
           % ("<br>".join(e(t) for t in TITLE_LINES), e(INTRO))]
    for i, (lab, tit, blocks) in enumerate(SECTIONS[1:]):
        side = "left" if i % 2 == 0 else "right"
        out.append('<section class="card %s"><span class="badge">%s</span><h2>%s</h2>' % (side, lab, e(TYPED[i])))
        for b in blocks:
            if b[0] == "p":
                out.append("<p>%s</p>" % e(b[1]))
            else:
                out.append('<figure><figcaption>%s</figcaption><div class="img"></div>'
                           '<small class="credit">%s</small></figure>' % (e(b[1]), e(b[3])))
        out.append("</section>")
    out.append("</main>")
    css = """
@page { size: A4; margin: 18mm 10mm 18mm 10mm;
  @top-right { content: "%s"; font: 8pt 'DejaVu Sans'; color: #7a5a2a; }
  @bottom-left { content: "%s"; font: 8pt 'DejaVu Sans'; color: #777; }
  @bottom-right { content: counter(page); font: bold 9pt 'DejaVu Sans'; color: #7a5a2a; } }
body { margin: 0; font: 9.6pt/1.42 'DejaVu Serif'; color: #222; }
.grid { margin: 0 30mm; display: grid; grid-template-columns: 1fr 1fr; gap: 6mm; }
.card { background: #f6f0e4; border-radius: 3mm; padding: 4.5mm 5mm; position: relative; break-inside: avoid; }
.card.title { grid-column: 1 / span 2; background: #3b2a1a; color: #f3e6cc; }
h1 { font: bold 25pt/1.12 'DejaVu Serif'; margin: 0 0 3mm; }
.intro { font: italic 11pt/1.4 'DejaVu Serif'; margin: 0; }
h2 { font: bold 10.5pt 'DejaVu Sans'; text-transform: uppercase; letter-spacing: 0.4pt; color: #7a3b12; margin: 0 0 2mm; padding-right: 9mm; }
.badge { position: absolute; top: 3mm; right: 4mm; width: 7mm; height: 7mm; border-radius: 50%%; background: #7a3b12;
  color: white; font: bold 9pt/7mm 'DejaVu Sans'; text-align: center; }
p { margin: 0 0 2mm; text-align: justify; }
figure { margin: 3mm 0 0; }
figcaption { font: italic 8pt/1.3 'DejaVu Sans'; margin-bottom: 1.5mm; }
.img { height: 38mm; background: #a8a8a8; }
.credit { position: absolute; width: 26mm; font: 6.8pt/1.3 'DejaVu Sans'; color: #777; bottom: 4mm; }
.left .credit { left: -31mm; text-align: right; }
.right .credit { right: -31mm; text-align: left; }
""" % (e(HEADER), FOOT)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s</body></html>' % (e(TITLE), css, "\n".join(out)))


if __name__ == "__main__":
    src = page()
    hp = os.path.join(HERE, NAME + ".html")
    open(hp, "w", encoding="utf-8").write(src)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, NAME + ".pdf"), "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    write_gold(NAME, gold(TITLE, RUNNING, SECTIONS))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))
