"""Ex2: Rosetta Stone -- WeasyPrint, A4 landscape exhibition panel: title band, a timeline rail
(absolutely positioned on the left of page 1), main text in 2 CSS columns with hyphens:auto,
numbered figures "Fig. 1" / "Fig. 2" referred to from the text, running footer with page x of y."""
import os, sys, html
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, gold, write_gold, OUT, HERE, body_words, n_captions
from weasyprint import HTML

NAME = "rosetta_stone"
TITLE_LINES = ["Three Scripts, One Stone:", "Deciphering the Rosetta Stone"]
TITLE = " ".join(TITLE_LINES)
KICKER = "HALL OF SCRIPTS"
FOOT = "Corran Museum of Writing · Temporary Exhibition"
RUNNING = [KICKER, FOOT, "Page 1 of 2", "Page 2 of 2"]

INTRO = ("A broken slab of dark granodiorite, found by French soldiers in the Nile Delta in 1799, gave scholars the key "
         "to a writing system that no one had been able to read for almost fifteen hundred years.")

TIMELINE = [("196 BC", "Priests at Memphis issue a decree honouring Ptolemy V."),
            ("1799", "French soldiers find the stone at Rashid."),
            ("1801", "The stone passes to the British after the French surrender."),
            ("1802", "It goes on display in the British Museum."),
            ("1822", "Champollion announces his decipherment in Paris.")]

SECTIONS = [
    (None, TITLE, [P(INTRO)]),
    ("1", "A Decree in Three Scripts", [
        P("The stone carries a decree issued by a council of priests at Memphis in 196 BC, during the reign of the young "
          "king Ptolemy V. It praises the king and sets out the honours to be paid to him in the temples of Egypt."),
        P("The same text is written three times: in hieroglyphs, the sacred script of the temples; in demotic, the "
          "everyday script of Egyptian documents; and in ancient Greek, the language of the ruling Ptolemaic dynasty. "
          "Only the lower part of the hieroglyphic section survives (Fig. 1)."),
        C("Fig. 1 The stone seen from the front, with the hieroglyphic section at the top, demotic in the middle and "
          "Greek at the bottom.", None, "Photo: Anselm Reyes / Corran Museum of Writing"),
    ]),
    ("2", "Found at Rashid", [
        P("In July 1799, during Napoleon Bonaparte\u2019s campaign in Egypt, soldiers rebuilding an old fort near the town "
          "of Rashid, which Europeans called Rosetta, found the stone built into a wall. An officer, Pierre-François "
          "Bouchard, recognised that it might be important and reported the discovery."),
        P("Copies of the inscriptions were soon sent to scholars in Europe. When the French army in Egypt surrendered in "
          "1801, the stone was handed over to the British, and the following year it was placed in the British Museum "
          "in London, where it has remained ever since."),
    ]),
    ("3", "The Race to Read It", [
        P("The Greek text could be read at once, so scholars knew what the other two sections said. The difficulty was "
          "to work out how the Egyptian scripts functioned. Many believed that hieroglyphs were purely symbolic "
          "pictures, with no connection to the sounds of a language."),
        P("The English physician and scientist Thomas Young made the first real progress. He showed that the oval rings "
          "called cartouches held royal names, and he identified several of the signs in the name of Ptolemy (Fig. 2)."),
        C("Fig. 2 Detail of a cartouche containing the name of Ptolemy.", None, "Image: Hollins Epigraphic Survey"),
    ]),
    ("4", "Champollion\u2019s Breakthrough", [
        P("The French scholar Jean-François Champollion had studied Coptic, the last stage of the Egyptian language, "
          "since he was a boy. Comparing royal names from the stone and from other monuments, he realised that "
          "hieroglyphs combined signs for sounds with signs for ideas."),
        P("In September 1822 he announced his results in a letter to the Academy in Paris. According to a famous story, "
          "he rushed into his brother\u2019s office, shouted that he had done it, and fainted. Within a few years he "
          "could read whole texts, and the modern study of ancient Egypt had begun."),
    ]),
    (None, "Timeline", [P("%s %s" % t) for t in TIMELINE]),
]

e = html.escape
GREY = "file://" + os.path.join(HERE, "grey.png")


def fig(b, h):
    num, rest = b[1].split(" ", 2)[:2], b[1].split(" ", 2)[2]
    return ('<figure><img src="%s" style="height:%s"/><figcaption><b>%s</b> %s'
            '<span class="credit">%s</span></figcaption></figure>' % (GREY, h, e(" ".join(num)), e(rest), e(b[3])))


def page():
    out = []
    tl = SECTIONS[-1]
    out.append('<aside class="rail"><h3>%s</h3><ol>' % tl[1])
    for y, t in TIMELINE:
        out.append('<li><span class="year">%s</span> %s</li>' % (e(y), e(t)))
    out.append('</ol></aside>')
    out.append('<header><p class="kicker">%s</p><h1>%s</h1><p class="intro">%s</p></header>'
               % (KICKER, "<br/>".join(e(t) for t in TITLE_LINES), e(INTRO)))
    out.append('<main>')
    for i, (lab, tit, blocks) in enumerate(SECTIONS[1:-1]):
        out.append('<h2><span class="num">%s</span> %s</h2>' % (lab, e(tit)))
        for b in blocks:
            if b[0] == "p":
                out.append("<p>%s</p>" % e(b[1]))
            else:
                out.append(fig(b, "44mm" if lab == "1" else "30mm"))
    out.append('</main>')
    css = """
@page { size: A4 landscape; margin: 14mm 14mm 16mm 14mm;
  @bottom-left { content: "%s"; font: 7.5pt 'Liberation Sans'; color: #555; }
  @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 7.5pt 'Liberation Sans'; color: #555; } }
body { font: 10.2pt/1.36 'Liberation Serif'; margin: 0; }
header { margin-left: 70mm; border-bottom: 1.5pt solid #1d4f5c; padding-bottom: 3mm; margin-bottom: 4mm; }
.kicker { font: bold 8pt 'Liberation Sans'; letter-spacing: 2pt; color: #1d4f5c; margin: 0 0 1mm; }
h1 { font: bold 27pt/1.08 'Liberation Serif'; margin: 0 0 2mm; color: #1d2b30; }
.intro { font: italic 12.5pt/1.35 'Liberation Serif'; margin: 0; }
main { margin-left: 70mm; columns: 2; column-gap: 8mm; column-rule: 0.4pt solid #bbb; hyphens: auto; text-align: justify; }
main p { margin: 0 0 1.6mm; }
h2 { font: bold 11.5pt 'Liberation Sans'; color: #1d4f5c; margin: 3mm 0 1.2mm; break-after: avoid; }
h2 .num { display: inline-block; width: 5.5mm; height: 5.5mm; border-radius: 3mm; background: #1d4f5c; color: white;
  text-align: center; font-size: 9pt; line-height: 5.5mm; margin-right: 1.5mm; }
figure { margin: 2mm 0 3mm; break-inside: avoid; }
figure img { width: 100%%; display: block; }
figcaption { font: 8.2pt/1.3 'Liberation Sans'; margin-top: 1.2mm; hyphens: manual; text-align: left; }
figcaption .credit { display: block; font-size: 6.8pt; color: #777; margin-top: 0.6mm; }
.rail { position: absolute; left: 0; top: 0; width: 60mm; background: #e9efef; padding: 5mm 4mm; box-sizing: border-box;
  font: 9pt/1.3 'Liberation Sans'; }
.rail h3 { font: bold 13pt 'Liberation Sans'; margin: 0 0 3mm; color: #1d4f5c; }
.rail ol { list-style: none; margin: 0; padding: 0 0 0 3mm; border-left: 1.2pt solid #1d4f5c; }
.rail li { margin: 0 0 4mm; }
.rail .year { display: block; font: bold 14pt 'Liberation Serif'; color: #1d4f5c; }
""" % FOOT
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head><body>%s</body></html>'
            % (e(TITLE), css, "\n".join(out)))


if __name__ == "__main__":
    src = page()
    open(os.path.join(HERE, NAME + ".html"), "w", encoding="utf-8").write(src)
    HTML(string=src, base_url=HERE).write_pdf(os.path.join(OUT, NAME + ".pdf"))
    write_gold(NAME, gold(TITLE, RUNNING, SECTIONS))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))
