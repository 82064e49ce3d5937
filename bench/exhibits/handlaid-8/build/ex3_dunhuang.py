"""Exhibit 3: the Dunhuang library cave. A two-page magazine feature made with
WeasyPrint 70, A4 portrait. Page 1: rubric, title and standfirst across the
page, then 3 CSS columns; page 2 continues the flow in 3 columns. Drop cap
(::first-letter, floated), automatic hyphenation (lang=en, hyphens:auto,
pyphen inside WeasyPrint), crossheads without labels, a pull quote that
repeats a body sentence (decoration, not in the gold), captions to the RIGHT
of their grey boxes (figure spans two columns), a tinted sidebar box at the
end, running rubric and folios/magazine name in the page margins."""
import os, sys, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE
from weasyprint import HTML

NAME = "dunhuang_library_cave"
TITLE = "The Sealed Cave: Rediscovering the Library of Dunhuang"
RUBRIC = "Discoveries"
MAG = "Heritage Quarterly · Spring 2026"
FOLIOS = ["34", "35"]
PULL = "For nine hundred years nobody seems to have known that the room was there."

SECTIONS = [
    (None, TITLE, [
        P("In 1900 a Taoist monk clearing sand from a cave temple in western China found a hidden room packed with tens of "
          "thousands of manuscripts. The story of what happened to them is one of discovery, loss and, a century later, "
          "international cooperation."),
    ]),
    (None, "An Oasis on the Silk Road", [
        P("The town of Dunhuang lies on the edge of the Gobi Desert, where the caravan routes of the Silk Road divided to pass "
          "north and south of the Taklamakan. For a thousand years merchants, pilgrims and soldiers stopped there, and from "
          "the fourth century onwards Buddhist monks carved hundreds of cave temples into a cliff south-east of the town. The "
          "walls of these caves, known as the Mogao Grottoes, were covered with paintings, and the caves held clay statues of "
          "the Buddha."),
        P("Sometime early in the eleventh century a small side chamber off one of the larger caves was filled with scrolls, "
          "paintings and textiles and then walled up. Why it was sealed is still debated. Some scholars think the monks were "
          "protecting their library from invaders; others think the room was simply a store for worn-out texts that were "
          "too sacred to be thrown away."),
        C("Cave temples cut in several storeys into the cliff at Mogao, with wooden galleries in front of the larger caves.",
          None, "Image: Tamsin Orrell / Lantern Slide Collection, Hexham"),
    ]),
    (None, "The Monk and the Explorer", [
        P("Wang Yuanlu had made himself the guardian of the neglected caves and was paying for their repair with donations. "
          "When a crack appeared in a painted wall, he found the doorway behind it. For nine hundred years nobody seems to "
          "have known that the room was there. Wang reported the find to local officials, who told him to keep the "
          "manuscripts where they were."),
        P("In 1907 the Hungarian-born British archaeologist Aurel Stein reached Dunhuang. After weeks of careful persuasion he "
          "bought thousands of scrolls from Wang for a small sum, which Wang spent on the temples, and shipped them to London. "
          "The French scholar Paul Pelliot followed a year later and took the rarest items he could find to Paris. Much of "
          "what remained was moved to Beijing, and many scrolls were lost or stolen on the way."),
        C("Scrolls stacked in the library cave, photographed during the 1907 expedition.",
          None, "Image: Corwin Hale Expedition Archive"),
    ]),
    (None, "A Scattered Library", [
        P("Today the manuscripts are divided between collections in Britain, France, China, Russia, Japan and elsewhere. They "
          "are written in more than a dozen languages, including Chinese, Tibetan, Sanskrit, Sogdian and Old Uyghur, and they "
          "include not only sacred texts but contracts, letters, calendars and school exercises. Since 1994 an international "
          "project has been photographing them and putting them online, so that the library can be read as a whole once again."),
    ]),
    (None, "The Oldest Printed Book", [
        P("Among the finds Stein carried to London was a copy of the Diamond Sutra printed from carved wooden blocks. A note at "
          "the end says that it was made in the year 868 to be given away freely. It is the oldest complete printed book with "
          "a date that survives anywhere in the world."),
    ]),
]


def e(s):
    return html.escape(s, quote=False)


CSS = """
@page { size: A4; margin: 20mm 15mm 20mm 15mm;
  @top-left { content: "%(rubric)s"; font: bold 8pt 'DejaVu Sans'; color: #9b2d20; letter-spacing: 1.5pt; }
  @bottom-left { content: "%(mag)s"; font: 7.5pt 'DejaVu Sans'; color: #666; }
  @bottom-right { content: counter(page); font: bold 8pt 'DejaVu Sans'; color: #333; } }
@page :first { counter-reset: page 34; }
html { lang: en; }
body { font-family: 'Liberation Serif'; font-size: 11.2pt; line-height: 1.38; color: #1a1a1a; }
h1 { column-span: all; font: bold 30pt/1.05 'Liberation Serif'; margin: 0 0 4mm 0; color: #222; }
.stand { column-span: all; text-indent: 0; text-align: left; font: italic 13pt/1.35 'Liberation Serif'; margin: 0 0 6mm 0; color: #333; width: 80%%; }
.cols { columns: 3; column-gap: 6mm; column-fill: auto; }
p { margin: 0; text-align: justify; hyphens: auto; text-indent: 4mm; }
h2 + p, .first { text-indent: 0; }
.dc { float: left; font: bold 38pt/1 'Liberation Serif'; color: #9b2d20; margin: 1mm 1.5mm 0 0; }
h2 { font: bold 10.6pt 'DejaVu Sans Condensed'; color: #9b2d20; margin: 4mm 0 1.5mm 0; break-after: avoid; }
figure { margin: 3mm 0 3mm 0; display: flex; column-span: all; break-inside: avoid; }
figure .img { width: 118mm; height: 62mm; background: #b4b4b4; flex: none; }
figcaption { margin-left: 5mm; font: 8.4pt/1.3 'DejaVu Sans Condensed'; color: #222; align-self: flex-end; }
figure.narrow { display: block; column-span: none; }
figure.narrow .img { width: 100%%; height: 42mm; }
figure.narrow figcaption { margin: 1.5mm 0 0 0; }
figcaption .credit { display: block; margin-top: 1.5mm; font-size: 7pt; color: #777; }
.pull { font: italic bold 14pt/1.25 'Liberation Serif'; color: #9b2d20; border-top: 1.5pt solid #9b2d20;
        border-bottom: 1.5pt solid #9b2d20; padding: 2mm 0; margin: 3mm 0; text-align: left; text-indent: 0; hyphens: manual; }
.box { background: #efe6d4; padding: 3mm; margin-top: 4mm; break-inside: avoid; }
.box h2 { margin-top: 0; font-size: 11.5pt; color: #3b2a14; }
.box p { font: 9.2pt/1.35 'DejaVu Sans Condensed'; text-indent: 0; }
""" % {"rubric": RUBRIC, "mag": MAG}


def build_html():
    out = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Dunhuang</title><style>%s</style></head><body>' % CSS]
    out.append('<div class="cols">')
    out.append("<h1>%s</h1>" % e(TITLE))
    out.append('<p class="stand">%s</p>' % e(SECTIONS[0][2][0][1]))
    for i, (label, title, blocks) in enumerate(SECTIONS[1:]):
        if i == 3:
            out.append('<div class="box">')
        out.append("<h2>%s</h2>" % e(title))
        for j, b in enumerate(blocks):
            if b[0] == "p":
                cls = ' class="first"' if (i == 0 and j == 0) else ""
                t = e(b[1])
                if cls:
                    t = '<span class="dc">%s</span>%s' % (t[0], t[1:])
                out.append("<p%s>%s</p>" % (cls, t))
                if i == 0 and j == 1:
                    out.append('<p class="pull">\u201c%s\u201d</p>' % e(PULL))
            else:
                out.append(('<figure class="narrow">' if i == 1 else '<figure>') + '<div class="img"></div><figcaption>%s<span class="credit">%s</span></figcaption></figure>'
                           % (e(b[1]), e(b[3])))
        if i == 3:
            out.append("</div>")
    out.append("</div></body></html>")
    return "\n".join(out)


def main():
    h = build_html()
    open(os.path.join(HERE, NAME + ".html"), "w", encoding="utf-8").write(h)
    HTML(string=h, base_url=HERE).write_pdf(os.path.join(OUT, NAME + ".pdf"))
    write_gold(NAME, gold(TITLE, [RUBRIC, MAG, FOLIOS[0], FOLIOS[1]], SECTIONS))
    print(NAME, "body words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
