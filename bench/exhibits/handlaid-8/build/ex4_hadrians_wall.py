"""Exhibit 4: Hadrian's Wall. A visitor leaflet, HTML + CSS printed by
Chromium headless, A5 portrait, 2 pages. Single column, justified, with
pyphen soft hyphens in words of 10+ letters. Section numbers I-IV exist only
as CSS generated content (h2::before, counter upper-roman) and headings are
in synthesized small caps. Figures float right/left and the text wraps around
them. Figure 1: caption ABOVE the grey box, credit below it. Figure 2: credit
FIRST (above the box), then the box, then the caption. A footer (@page margin boxes: leaflet name, folio) on both pages. A drop cap is a floated span."""
import os, sys, html, re, subprocess
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE
import pyphen

NAME = "hadrians_wall"
TITLE = "Hadrian’s Wall: The Edge of an Empire"
FOOT = "Cawfields Wall Museum · Visitor Leaflet"
LABELS = ["I", "II", "III", "IV"]

SECTIONS = [
    (None, TITLE, [
        P("For nearly three hundred years a wall of stone and turf ran across the north of Britain from the River Tyne to "
          "the Solway Firth. It marked the northern frontier of the Roman Empire, and long stretches of it can still be "
          "walked today."),
    ]),
    ("I", "An Emperor’s Command", [
        P("The emperor Hadrian visited Britain in the year 122. He had decided that the empire should stop expanding and "
          "defend the lands it already held, and he ordered a wall to be built across the narrow neck of the island. The "
          "work was carried out by soldiers of the three legions stationed in Britain, who were skilled builders as well as "
          "fighters. In about six years they completed a barrier eighty Roman miles long. The eastern part was built of stone, while the western part was first made of blocks of turf and rebuilt in stone later."),
        C("The wall following the crest of the crags near Housesteads, looking east.", None,
          "Photo: Wendell Ashby, Tynedale Camera Club"),
    ]),
    ("II", "Forts, Milecastles and Turrets", [
        P("The wall was not simply a line of stone. Every Roman mile there was a small fort called a milecastle, with a gate "
          "through the wall, and between each pair of milecastles stood two watchtowers. Later, larger forts for several "
          "hundred soldiers were added along its length. To the south the army dug a great ditch with earth banks, which "
          "historians call the Vallum, and a military road linked the forts together, so that troops could be moved quickly to any point where trouble broke out."),
        P("The gates show that the wall was not meant to stop all movement. It allowed the army to control who crossed the "
          "frontier, to collect taxes on goods and to watch for raids."),
    ]),
    ("III", "Life on the Frontier", [
        P("The soldiers who guarded the wall came from all over the empire, from the Low Countries, Spain, Syria and North "
          "Africa. Outside the larger forts grew villages where traders, craftsmen and soldiers’ families lived. Wooden "
          "writing tablets found at Vindolanda, a fort just south of the wall, include duty rosters, lists of supplies and "
          "a birthday invitation from one officer’s wife to another."),
        C("Reconstructed barrack room with bunks, a hearth and cooking pots.", None,
          "© Isobel Carrick for the Cawfields Wall Museum"),
    ]),
    ("IV", "After the Romans", [
        P("When Roman rule in Britain ended early in the fifth century the garrisons dwindled away. Over the following "
          "centuries local people took much of the dressed stone to build farmhouses, churches and field walls. In the "
          "nineteenth century the antiquarian John Clayton bought several stretches of the wall to protect them, and in 1987 "
          "the wall became a World Heritage Site."),
    ]),
]

DIC = pyphen.Pyphen(lang="en_GB")


def shy(s):
    return re.sub(r"[A-Za-z]{10,}", lambda m: DIC.inserted(m.group(0), hyphen="\u00ad"), s)


def e(s):
    return html.escape(s, quote=False)


CSS = """
@page { size: A5; margin: 14mm 13mm 18mm 13mm;
  @bottom-left { content: "%s"; font: 7pt 'DejaVu Sans'; color: #5a3d1a; }
  @bottom-right { content: counter(page); font: bold 8pt 'DejaVu Sans'; color: #5a3d1a; } }
body { font: 10.4pt/1.42 'DejaVu Serif'; color: #1c1c1c; margin: 0; counter-reset: sec; }
h1 { font: bold 21pt/1.15 'DejaVu Sans'; color: #5a3d1a; margin: 0 0 3mm 0; }
.intro { font: italic 11pt/1.4 'DejaVu Serif'; margin: 0 0 4mm 0; text-align: left; }
h2 { font: bold 12pt 'DejaVu Sans'; font-variant: small-caps; color: #5a3d1a; margin: 4mm 0 1.5mm 0; counter-increment: sec;
     clear: none; }
h2::before { content: counter(sec, upper-roman) "\\2003"; color: #a0702a; font-variant: normal; }
p { margin: 0 0 2mm 0; text-align: justify; }
.dc { float: left; font: bold 31pt/0.9 'DejaVu Serif'; color: #a0702a; margin: 1mm 1.5mm 0 0; }
figure { width: 52mm; margin: 1mm 0 2mm 0; }
figure.r { float: right; margin-left: 4mm; }
figure.l { float: left; margin-right: 4mm; }
figure .img { height: 40mm; background: #b0b0b0; }
.cap { font: italic 8pt/1.3 'DejaVu Sans'; color: #333; margin: 0 0 1.2mm 0; }
figure.l .cap { margin: 1.2mm 0 0 0; }
.credit { font: 6.6pt/1.25 'DejaVu Sans'; color: #777; margin: 0.8mm 0 0 0; }
figure.l .credit { margin: 0 0 0.8mm 0; }
.foot { position: fixed; bottom: -11mm; left: 0; right: 0; border-top: 0.5pt solid #a0702a; padding-top: 1mm;
        font: 7pt 'DejaVu Sans'; color: #5a3d1a; text-align: center; }
""" % FOOT


def build_html():
    o = ['<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Hadrian’s Wall</title><style>%s</style></head><body>' % CSS]
    o.append("<h1>%s</h1>" % e(TITLE))
    o.append('<p class="intro">%s</p>' % e(SECTIONS[0][2][0][1]))
    for i, (label, title, blocks) in enumerate(SECTIONS[1:]):
        o.append("<h2>%s</h2>" % e(title))
        # figure first in the source so that the following text wraps around it
        for b in blocks:
            if b[0] == "c":
                if i == 0:
                    o.append('<figure class="r"><div class="cap">%s</div><div class="img"></div><div class="credit">%s</div></figure>'
                             % (e(b[1]), e(b[3])))
                else:
                    o.append('<figure class="l"><div class="credit">%s</div><div class="img"></div><div class="cap">%s</div></figure>'
                             % (e(b[3]), e(b[1])))
        for j, b in enumerate(blocks):
            if b[0] == "p":
                t = e(shy(b[1]))
                if i == 0 and j == 0:
                    t = '<span class="dc">%s</span>%s' % (t[0], t[1:])
                o.append("<p>%s</p>" % t)
    o.append("</body></html>")
    return "\n".join(o)


def main():
    h = build_html()
    src = os.path.join(HERE, NAME + ".html")
    open(src, "w", encoding="utf-8").write(h)
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                    "--print-to-pdf=" + os.path.join(OUT, NAME + ".pdf"), "file://" + src],
                   check=True, stderr=subprocess.DEVNULL, stdout=subprocess.DEVNULL)
    write_gold(NAME, gold(TITLE, [FOOT, "1", "2"], SECTIONS))
    print(NAME, "body words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
