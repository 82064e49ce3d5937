"""Exhibit 1: The Rosetta Stone. WeasyPrint, A4 portrait, body column with a wide
left margin that holds section numerals and figure captions as sidenotes.
Drop cap, hyphens:auto (pyphen inside WeasyPrint), odd/even running headers."""
import html, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE

NAME = "rosetta_stone"
TITLE_LINES = ["The Stone That Spoke:", "The Rosetta Stone and the Decipherment of Hieroglyphs"]
TITLE = " ".join(TITLE_LINES)
RUN_EVEN = "Hallam Museum of Antiquities"
RUN_ODD = "The Stone That Spoke"

SECTIONS = [
    ("I", "A Find at Rashid", [
        P("In July 1799, French soldiers were rebuilding an old fort near the town of Rashid, which Europeans called Rosetta, on the western branch of the Nile Delta. Among the stones of a crumbling wall they noticed a dark slab covered on one face with writing. The officer in charge, Pierre-François Bouchard, saw that the inscription was in more than one script and reported the find to his superiors. Within weeks the stone had been sent to Cairo, to the Institute of Egypt that Napoleon had founded for the scholars who travelled with his army."),
        P("The slab is a broken piece of a larger monument, about 112 centimetres high and weighing some 760 kilograms. Its top corners and much of its upper part are missing. When the French army in Egypt surrendered in 1801, the Treaty of Alexandria handed the antiquities collected by the expedition to the British. The stone reached Portsmouth in 1802 and was placed in the British Museum, where it has remained ever since, apart from two years near the end of the First World War when it was stored in an underground railway station for safety."),
        C("The stone as it looked before cleaning in 1999, with chalk rubbed into the carved letters and a coat of wax that made it appear black.",
          None, "© Marguerite Ollier / Fondation Delaroche"),
    ]),
    ("II", "Three Scripts, One Decree", [
        P("The text is a decree issued at Memphis in 196 BC by a council of Egyptian priests. It praises the young king Ptolemy V, lists the benefits he had granted to the temples, and orders that the decree be set up in every temple of the land. The same decree was written three times: in hieroglyphs, the sacred script of the temples; in Demotic, the everyday script of government and business; and in ancient Greek, the language of the Ptolemaic court."),
        C("A plaster cast of the Greek section, of the kind sent to British universities in the early years of the nineteenth century.",
          "Right", "Collection of the Ashgrove Oriental Library"),
        P("Because scholars could read Greek, they knew at once what the other two sections were likely to say. Copies of the inscription were made by printing from its inked surface and by taking plaster casts, and these were sent to libraries and learned societies across Europe. A translation of the Greek text was published within a few years. The hieroglyphic section, however, was the most badly damaged, with only fourteen lines surviving, and the old belief that each hieroglyph stood for an idea rather than a sound held back every attempt to read it."),
    ]),
    ("III", "Young and Champollion", [
        P("The English physician and physicist Thomas Young took up the problem in 1814. Working mainly on the Demotic text, he showed that it was related to the hieroglyphs and that it contained some signs used for sounds. He also confirmed an earlier suggestion that the oval rings known as cartouches enclosed royal names, and he matched several signs in the cartouche of Ptolemy to their sounds. Young, however, believed that such spellings were used only for foreign names."),
        P("The breakthrough came from Jean-François Champollion, a young scholar from Figeac who had studied Coptic, the last stage of the Egyptian language, written in Greek letters. Comparing the name of Ptolemy with the name of Cleopatra on an obelisk from Philae, he identified more sound signs. In September 1822 he used them to read the names of the pharaohs Ramesses and Thutmose in inscriptions copied from temples in Egypt. These were native Egyptian names, which proved that phonetic signs had been used long before the Greeks arrived."),
        P("Champollion announced his results in a letter to the secretary of the Academy of Inscriptions in Paris, dated 27 September 1822. According to a family story he ran into his brother’s office, cried out that he had done it, and fainted. Two years later his Précis du système hiéroglyphique showed that the script combined signs for sounds with signs for ideas. Champollion died in 1832 at the age of forty-one, but the system he worked out is still the basis of Egyptology today."),
        C("A page from Champollion’s letter of 1822, with his table of Greek and Demotic letters beside their hieroglyphic equivalents.",
          None, "Source: Ledoux Bequest, Musée Aubanel-Perrin"),
    ]),
]

CSS = """
@page { size: A4; margin: 24mm 18mm 24mm 18mm;
  @top-left { content: none; } @top-right { content: none; }
  @bottom-left { content: none; } @bottom-right { content: none; } }
@page :left {
  @top-left { content: "%(even)s"; font: 8.5pt "DejaVu Sans"; color: #555; letter-spacing: 0.06em; }
  @bottom-left { content: counter(page); font: 9pt "DejaVu Sans"; color: #555; } }
@page :right {
  @top-right { content: "%(odd)s"; font: italic 8.5pt "DejaVu Serif"; color: #555; }
  @bottom-right { content: counter(page); font: 9pt "DejaVu Sans"; color: #555; } }
@page :first { @top-right { content: none; } }
html { font-family: "Liberation Serif"; font-size: 12.5pt; line-height: 1.42; }
body { margin: 0 0 0 62mm; }
article { hyphens: auto; text-align: justify; }
h1 { margin: 0 0 16mm -62mm; text-align: left; hyphens: manual; font: bold 25pt/1.15 "Liberation Serif"; padding-bottom: 5mm;
     border-bottom: 0.6pt solid #333; }
h2 { font: bold 15pt/1.2 "Liberation Sans"; margin: 9mm 0 3mm 0; hyphens: manual; text-align: left; }
h2 .num { display: inline-block; margin: -8pt 12mm 0 -62mm; width: 50mm; text-align: right; vertical-align: -2pt;
          font: 300 26pt/1 "DejaVu Serif"; color: #8a6d3b; letter-spacing: 0.04em; }
p { margin: 0; text-indent: 1.4em; }
h2 + p { text-indent: 0; }
p .dc { float: left; font: bold 46pt/1 "Liberation Serif"; margin: -1pt 5pt 0 0; height: 40pt; color: #8a6d3b; }
figure { position: relative; margin: 5mm 0 5mm 0; }
figure .box { background: #b8b8b8; height: 62mm; }
figcaption { position: absolute; left: -62mm; top: 0; width: 50mm; text-align: left; hyphens: manual;
             font: 8.6pt/1.38 "DejaVu Sans"; color: #222; }
figcaption b { font-weight: bold; }
figcaption .credit { display: block; margin-top: 2pt; font-style: italic; color: #555; }
figcaption .credit.inline { display: inline; }
"""


def esc(s):
    return html.escape(s, quote=False)


def build_html():
    parts = ['<!DOCTYPE html>\n<html lang="en-GB"><head><meta charset="utf-8">',
             '<title>%s</title>' % esc(TITLE),
             '<style>%s</style></head><body><article>' % (CSS % {"even": RUN_EVEN, "odd": RUN_ODD}),
             '<h1>%s</h1>' % "<br>".join(esc(t) for t in TITLE_LINES)]
    first_p = True
    for label, title, blocks in SECTIONS:
        parts.append('<h2><span class="num">%s</span>%s</h2>' % (esc(label), esc(title)))
        for i, b in enumerate(blocks):
            if b[0] == "p":
                if first_p:
                    # drop cap: the first letter in its own floated span
                    parts.append('<p><span class="dc">%s</span>%s</p>' % (esc(b[1][0]), esc(b[1][1:])))
                    first_p = False
                else:
                    parts.append('<p>%s</p>' % esc(b[1]))
            else:
                _, text, pos, credit = b
                cap = ""
                if pos:
                    cap += "<b>%s:</b> " % esc(pos)
                cap += esc(text)
                if credit:
                    inline = credit.startswith("Collection")
                    cap += ' <span class="credit%s">%s</span>' % (" inline" if inline else "", esc(credit))
                parts.append('<figure><div class="box"></div><figcaption>%s</figcaption></figure>' % cap)
    parts.append('</article></body></html>')
    return "\n".join(parts)


def main():
    src = os.path.join(HERE, NAME + ".html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(build_html())
    pdf = os.path.join(OUT, NAME + ".pdf")
    from weasyprint import HTML
    HTML(src).write_pdf(pdf)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, NAME + ".txt")], check=True)
    npages = int(subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout.split("Pages:")[1].split()[0])
    running = []
    for pg in range(1, npages + 1):
        # page 1 is a right page with no header; even pages are left pages
        if pg % 2 == 0:
            items = [RUN_EVEN, str(pg)]
        elif pg == 1:
            items = [str(pg)]
        else:
            items = [RUN_ODD, str(pg)]
        for it in items:
            if it not in running:
                running.append(it)
    write_gold(NAME, gold(TITLE, running, SECTIONS))
    print(NAME, "pages", npages, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS), "running", running)


if __name__ == "__main__":
    main()
