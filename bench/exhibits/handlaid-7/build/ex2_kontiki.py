"""Exhibit 2: the Kon-Tiki expedition. A tri-fold brochure: HTML+CSS printed by
Chromium headless on A4 landscape, 2 pages, each page three 99 mm panels
(CSS multi-column, column-fill: auto, wide fold gutters). Page 1: cover
panel (title, standfirst, cover photo) then two text panels; page 2: three
text panels. Text flows panel to panel. Section labels are numbers in a
circle badge ("1." ...), titles in synthesized small caps. One credit is set
vertically along the right edge of its photo. A few hand-placed soft
hyphens. Panel folios 2-6 at the outer bottom corner of each panel."""
import html, os, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE

NAME = "kon_tiki"
TITLE_LINES = ["Kon-Tiki:", "Across the Pacific", "on a Balsa Raft"]
TITLE = " ".join(TITLE_LINES)
SHY = "\u00ad"
RUNNING = "Larvik Maritime Museum \u00b7 Summer Exhibition Guide"

INTRO = ("In the spring of 1947 six men set out from Peru on a raft of balsa logs to prove that a voyage many "
         "experts called impossible could be made. Their journey across the Pacific became one of the most famous "
         "adventures of the twentieth century.")

SECTIONS = [
    (None, TITLE, [
        P(INTRO),
        C("The raft under sail in the open Pacific, its square sail painted with the bearded face of Kon-Tiki.",
          None, "Photo: Sigrun Aasland / Vestfold Sea Archive"),
    ]),
    ("1.", "An Idea Born on Fatu Hiva", [
        P("The Norwegian zoologist Thor Heyerdahl and his wife Liv spent a year on the island of Fatu Hiva in the Marquesas "
          "in 1937, trying to live as simply as the first settlers had done. He "
          "noticed that the wind and the waves came almost always from the east, from the direction of South America, and "
          "he heard islanders tell of an ancestor called Tiki who had come from across the sea."),
        P("Heyerdahl came to believe that Polynesia had been settled, at least in part, by people sailing west from Peru. "
          "Most scholars rejected the idea. The ancient Peruvians, they said, had only rafts, and no raft could survive "
          "months on the open ocean. Heyerdahl decided to build one and find out."),
    ]),
    ("2.", "Nine Logs and a Bamboo Hut", [
        P("In the forests of Ecuador he and his companions cut nine great balsa logs and floated them down a river to the "
          "coast. In the harbour of Callao they lashed the logs together with hemp ropes, following descriptions of rafts left by the Spanish conquerors. No nails or wire were used. A small cabin of bamboo stood in the middle, "
          "and a square sail hung from a mast of mangrove wood."),
        C("Crew members lashing the balsa logs together in the naval harbour at Callao, early 1947.",
          "Top", "Courtesy of the Bygdøy Expedition Trust"),
        P("The raft was named Kon-Tiki after a sun god of the Incas. The crew were five Norwegians, Heyerdahl, Herman "
          "Watzinger, Erik Hesselberg, Knut Haugland and Torstein Raaby, and one Swede, Bengt Danielsson. On 28 April 1947 a "
          "tug towed them out to sea and left them to the Humboldt Current."),
    ]),
    ("3.", "A Hundred and One Days", [
        P("The current and the trade winds carried the raft steadily westward. Every morning the men found flying fish on "
          "deck, and they shared the ocean with dolphins, sharks and once a whale shark longer than the raft. The logs "
          "soaked up water but did not sink, and the soft wood spared the ropes, which bedded themselves into the balsa "
          "instead of being cut by it."),
        P("Haugland and Raaby, who had been radio operators in the resistance during the war, kept in touch with amateur "
          "radio stations on land. The worst moment came in July, when Watzinger fell overboard. Haugland swam out with a "
          "line and brought him back."),
    ]),
    ("4.", "The Reef at Raroia", [
        P("On 7 August 1947, after 101 days and some 6,900 kilometres, the raft was driven onto a coral reef at Raroia in "
          "the Tuamotu islands. All six men waded ashore safely. Heyerdahl\u2019s book about the voyage was translated into "
          "dozens of languages, and his film of the expedition won an Academy Award in 1951."),
        P("The voyage proved that such a crossing was possible, not that it had happened. Genetic studies show that the "
          "ancestors of the Polynesians came from Asia, island by island. A study published in 2020 did find traces of "
          "contact with South Americans some eight hundred years ago, so the story may not be quite as simple as Heyer"
          + SHY + "dahl\u2019s critics believed."),
        C("The original raft as it is displayed today, resting on a model of the ocean floor.",
          None, "Collection of the Larvik Maritime Society"),
    ]),
]

SHY_WORDS = {"Hesselberg": "Hessel" + SHY + "berg", "Danielsson": "Daniels" + SHY + "son",
             "conquerors": "con" + SHY + "querors"}

CSS = """
@page { size: A4 landscape; margin: 13mm 9mm 17mm 9mm; }
html { font-family: 'DejaVu Serif'; font-size: 10.4pt; line-height: 1.5; color: #1d2a33; }
body { margin: 0; }
.flow { column-count: 3; column-gap: 18mm; column-fill: auto; }
.fold { position: fixed; top: -13mm; height: 210mm; border-left: 0.3pt dashed #b9c4cc; }
p { margin: 0 0 2.2mm 0; text-align: justify; hyphens: manual; }
.cover { break-after: column; }
.cover .kick { display: none; }
h1 { font: bold 22pt/1.1 'DejaVu Sans'; color: #0d5c7d; margin: 6mm 0 5mm 0; }
.standfirst { font: italic 11.5pt/1.4 'DejaVu Serif'; text-align: left; margin-bottom: 6mm; }
.sec-h { display: flex; align-items: center; gap: 3mm; margin: 3.5mm 0 2.4mm 0; break-after: avoid; }
.badge { flex: none; width: 9mm; height: 9mm; border-radius: 50%; background: #0d5c7d; color: #fff;
         font: bold 10pt/9mm 'DejaVu Sans'; text-align: center; }
h2 { margin: 0; font: bold 12.5pt/1.2 'DejaVu Sans'; font-variant: small-caps; color: #0d5c7d; }
figure { margin: 2mm 0 3.5mm 0; break-inside: avoid; }
.img { display: block; width: 100%; }
figcaption { font: 7.8pt/1.35 'DejaVu Sans'; color: #333; margin-top: 1.5mm; }
figcaption .pos { font-weight: bold; }
figcaption .credit { font-style: italic; color: #555; }
.coverfig { display: flex; align-items: flex-end; }
.coverfig .img { width: 74mm; height: 74mm; display: block; }
.coverfig .vcredit { writing-mode: vertical-rl; transform: rotate(180deg); font: italic 6.6pt/1 'DejaVu Sans';
                     color: #555; margin-left: 1.3mm; }
.back { break-before: column; padding-top: 120mm; text-align: center; }
.folio { font: 7.5pt 'DejaVu Sans'; color: #667; }
"""


def esc(s):
    for k, v in SHY_WORDS.items():
        s = s.replace(k, v)
    return html.escape(s, quote=False).replace(SHY, "&shy;")


def cap_html(b):
    pos = '<span class="pos">%s:</span> ' % b[2] if b[2] else ""
    return pos + esc(b[1])


def build_html():
    secs = SECTIONS
    cover = secs[0][2]
    cov = ('<div class="cover"><h1>%s</h1><p class="standfirst">%s</p>'
           '<figure><div class="coverfig"><img class="img" src="grey.png"><div class="vcredit">%s</div></div>'
           '<figcaption>%s</figcaption></figure></div>'
           % ("<br>".join(esc(t) for t in TITLE_LINES), esc(cover[0][1]), esc(cover[1][3]), cap_html(cover[1])))

    def sec_html(label, title, blocks):
        out = ['<div class="sec-h"><div class="badge">%s</div><h2>%s</h2></div>' % (esc(label), esc(title))]
        for b in blocks:
            if b[0] == "p":
                out.append("<p>%s</p>" % esc(b[1]))
            else:
                h = 52 if b[2] == "Top" else 50
                out.append('<figure><img class="img" src="grey.png" style="height:%dmm"><figcaption>%s '
                           '<span class="credit">%s</span></figcaption></figure>' % (h, cap_html(b), esc(b[3])))
        return "\n".join(out)

    inner = cov + "".join(sec_html(*s) for s in secs[1:])
    folds = '<div class="fold" style="left:90mm"></div><div class="fold" style="left:189mm"></div>'
    fol = '<div class="back"><div class="folio">%s</div></div>' % esc(RUNNING)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s<div class="flow">%s%s</div></body></html>' % (html.escape(TITLE), CSS, folds, inner, fol))


def main():
    from PIL import Image
    Image.new("RGB", (600, 500), (164, 169, 173)).save(os.path.join(HERE, "grey.png"))
    src = os.path.join(HERE, NAME + ".html")
    open(src, "w", encoding="utf-8").write(build_html())
    pdf = os.path.join(OUT, NAME + ".pdf")
    subprocess.run(["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--print-to-pdf=" + pdf,
                    "--no-pdf-header-footer", "file://" + src], check=True, capture_output=True)
    write_gold(NAME, gold(TITLE, [RUNNING], SECTIONS))
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, NAME + ".txt")], check=True)
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
