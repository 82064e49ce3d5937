"""Exhibit 3: Sutton Hoo. HTML with a CSS grid, printed by Chromium headless.
Each section is a 3-column grid row: a big thin number ("01") on the left,
the text in the middle, a sidebar on the right holding a grey picture whose
caption is overlaid on the bottom of the picture. Running footer from
@page @bottom-left: exhibit title and page number."""
import html, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE

NAME = "sutton_hoo"
TITLE_LINES = ["The Ship in the Field:", "The Anglo-Saxon Burial at Sutton Hoo"]
TITLE = " ".join(TITLE_LINES)
SHORT = "The Ship in the Field"

SECTIONS = [
    ("01", "Mrs Pretty’s Mounds", [
        P("Sutton Hoo is a group of low grassy mounds on a ridge above the River Deben, near Woodbridge in Suffolk. In 1938 the landowner, Edith Pretty, asked Basil Brown, a self-taught local archaeologist, to investigate them. That summer he opened three of the smaller mounds. All had been robbed long before, but among the fragments he found rivets and pieces of fine metalwork that hinted at something important."),
        P("In May 1939 Brown turned to the largest mound. Working with two estate labourers, he soon came upon rows of iron rivets lying in the sand exactly where the planks of a ship had once been. The wood itself had rotted away, leaving only a ghostly impression, but the shape was clear: a clinker-built vessel about twenty-seven metres long, dragged up from the river and lowered into a trench."),
        C("Rows of rivets marking the lines of the vanished planks, as the ship was uncovered in 1939.",
          None, "Photo: Winifred Ashcombe / Deben Valley Photographic Archive"),
    ]),
    ("02", "The Burial Chamber", [
        P("News of the find spread, and in July a team led by Charles Phillips of Cambridge took over the excavation of the central burial chamber. In a few weeks they recovered one of the richest collections of objects ever found in England: a helmet and a sword, a great gold buckle, shoulder clasps inlaid with garnets, a purse lid, drinking horns, a lyre, and a set of silver bowls and dishes made in the eastern Mediterranean."),
        P("No body was found. The acid soil had destroyed bone and timber alike, and for many years some scholars wondered whether the grave was a memorial to someone buried elsewhere. Later chemical tests of the soil supported the view that a body had once lain in the chamber. Most historians identify the dead man as Rædwald, king of the East Angles, who died in about 624."),
        C("The great gold buckle, a hollow piece weighing more than four hundred grams, decorated with interlaced animals.",
          None, "Courtesy of the Orford Treasury Trust"),
    ]),
    ("03", "A Gift to the Nation", [
        P("In August 1939 a coroner’s inquest was held in the village hall to decide who owned the treasure. Because the objects had been buried openly, with no plan to recover them, the jury ruled that they belonged to the landowner. Edith Pretty gave the whole collection to the British Museum, one of the most generous gifts ever made to it by a living donor."),
        P("Within weeks Britain was at war. The finds were packed and stored for safety in a disused tunnel of the London Underground, and serious study began only after 1945."),
    ]),
    ("04", "Putting the Pieces Together", [
        P("The helmet had been crushed into hundreds of rusted fragments when the roof of the chamber collapsed. A first reconstruction was made in the 1940s by the conservator Herbert Maryon. In the early 1970s it was taken apart and rebuilt by Nigel Williams, who produced the face mask with eyebrows, nose and moustache that has become one of the best-known images of early English history."),
        P("Further excavations in the 1960s and again in the 1980s showed that the mounds were part of a royal cemetery used for several generations. Some graves held warriors with their weapons, and one held a young man buried beside his horse. Today the site belongs to the National Trust, and visitors can walk among the mounds where the ship was found."),
        C("A modern replica of the helmet, made to show how it would have gleamed when new.",
          None, "Collection of the Wickham Market Historical Society"),
    ]),
]

CSS = """
@page { size: A4; margin: 16mm 15mm 22mm 15mm;
  @bottom-left { content: "%(short)s · " counter(page); font: 8pt 'DejaVu Sans'; color: #555;
                 vertical-align: top; padding-top: 6mm; } }
html { font-family: 'Liberation Serif'; font-size: 11.3pt; line-height: 1.5; color: #1b1b1b; }
body { margin: 0; }
h1 { font: 200 27pt/1.12 'DejaVu Sans'; margin: 0 0 3mm 31mm; letter-spacing: -0.01em; }
hr.rule { border: 0; border-top: 1.5pt solid #6b4f2a; margin: 0 0 8mm 31mm; }
section.sec { display: grid; grid-template-columns: 24mm 1fr 56mm; column-gap: 7mm; margin-bottom: 7mm; }
.num { grid-column: 1; font: 200 34pt/1 'DejaVu Sans'; color: #6b4f2a; text-align: right; padding-top: 1mm; }
.main { grid-column: 2; }
.main h2 { font: bold 14.5pt/1.25 'DejaVu Sans'; margin: 0 0 2.5mm 0; }
.main p { margin: 0 0 2.6mm 0; }
aside.side { grid-column: 3; padding-top: 2mm; }
figure { margin: 0; position: relative; height: 78mm; background: #a9a9a9; break-inside: avoid; }
figcaption { position: absolute; left: 0; right: 0; bottom: 0; padding: 2.2mm 2.6mm 2.6mm 2.6mm;
             background: rgba(20, 20, 20, 0.62); color: #fff; font: 7.8pt/1.38 'DejaVu Sans'; }
figcaption .credit { display: block; margin-top: 1.2mm; font-size: 7pt; font-style: italic; color: #e2e2e2; }
"""


def esc(s):
    return html.escape(s, quote=False)


def build_html():
    out = ['<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">',
           '<title>%s</title><style>%s</style></head><body>' % (esc(TITLE), CSS % {"short": SHORT}),
           '<h1>%s</h1><hr class="rule">' % "<br>".join(esc(t) for t in TITLE_LINES)]
    for label, title, blocks in SECTIONS:
        out.append('<section class="sec"><div class="num">%s</div><div class="main">' % esc(label))
        out.append('<h2>%s</h2>' % esc(title))
        figs = []
        for b in blocks:
            if b[0] == "p":
                out.append('<p>%s</p>' % esc(b[1]))
            else:
                figs.append(b)
        out.append('</div><aside class="side">')
        for _, text, pos, credit in figs:
            assert pos is None
            out.append('<figure><figcaption>%s<span class="credit">%s</span></figcaption></figure>'
                       % (esc(text), esc(credit)))
        out.append('</aside></section>')
    out.append('</body></html>')
    return "\n".join(out)


def main():
    # in the gold every sidebar caption is the last block of its section
    for _, _, blocks in SECTIONS:
        kinds = [b[0] for b in blocks]
        assert "c" not in kinds or kinds.index("c") == len(kinds) - 1
    src = os.path.join(HERE, NAME + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(build_html())
    pdf = os.path.join(OUT, NAME + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + pdf, "file://" + src], check=True, capture_output=True)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, NAME + ".txt")], check=True)
    npages = int(subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    running = ["%s \u00b7 %d" % (SHORT, i) for i in range(1, npages + 1)]
    write_gold(NAME, gold(TITLE, running, SECTIONS))
    print(NAME, "pages", npages, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS), "running", running)


if __name__ == "__main__":
    main()
