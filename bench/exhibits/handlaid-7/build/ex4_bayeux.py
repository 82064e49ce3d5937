"""Exhibit 4: the Bayeux Tapestry. A two-page spread made with WeasyPrint 70
(HTML+CSS, A4, mirrored margins): page 1 is a verso (folio 24 bottom left,
header "Threads of Conquest" top left), page 2 a recto (folio 25 bottom
right, header = the current section "§ n · Title" from string-set, top
right). Section labels "§ 1"...; explanatory footnotes (CSS float:
footnote) at the foot of each page with superscript calls in the text
(notes and calls are NOT in the gold). Text carries pyphen soft hyphens
(&shy;) with hyphens: manual; WeasyPrint prints U+2010 where it breaks."""
import html, os, re, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE
import pyphen

NAME = "bayeux_tapestry"
TITLE = "Threads of Conquest: The Bayeux Tapestry"
SHORT = "Threads of Conquest"
DIC = pyphen.Pyphen(lang="en_GB")

# footnotes: {marker word: note}; a call follows the first occurrence of the key text
NOTES = [
    ("not woven into it.", "Strictly speaking the hanging is an embroidery, not a tapestry, but the name has been used for centuries."),
    ("Bayeux Cathedral in 1476.", "The inventory describes a very long and narrow hanging of linen, embroidered with figures and inscriptions showing the conquest of England."),
    ("was killed.", "The Latin reads \u201cHic Harold rex interfectus est\u201d."),
    ("is lost.", "A panel showing William\u2019s coronation on Christmas Day 1066 may once have completed the story."),
]

SECTIONS = [
    (None, TITLE, [
        P("Nearly a thousand years old, the Bayeux Tapestry tells the story of the Norman conquest of England in a single "
          "strip of cloth. It is at once a work of art, a piece of political propaganda and one of the most detailed pictures "
          "we have of life in the eleventh century."),
    ]),
    ("\u00a7 1", "An Embroidered History", [
        P("The hanging is about seventy metres long but only half a metre high. Its pictures were stitched in wool yarn of "
          "about ten colours onto strips of plain linen, which were then sewn together; the design was embroidered onto the "
          "cloth, not woven into it. More than six hundred people, two hundred horses and forty ships appear in its scenes, "
          "and short Latin inscriptions explain what is happening."),
        C("Norman horsemen charging at the Battle of Hastings, with dead and wounded soldiers in the lower border.",
          None, "Photo: Odile Marchetti / Atelier Saint-Vigor"),
    ]),
    ("\u00a7 2", "Who Made It?", [
        P("No record of its making survives. Most historians believe it was ordered by Odo, bishop of Bayeux and half-brother "
          "of William the Conqueror, perhaps for the consecration of his new cathedral in 1077. The style of the drawing and "
          "the spelling of some English names suggest that it was made in England, probably by skilled embroiderers in Kent."),
        P("The first certain mention of the hanging comes in an inventory of the treasures of Bayeux Cathedral in 1476. By then "
          "it was displayed in the nave once a year, around the feast of the relics in July."),
    ]),
    ("\u00a7 3", "The Story It Tells", [
        P("The story begins with Harold Godwinson, the most powerful earl in England, crossing to Normandy. There he swears an "
          "oath on holy relics, apparently promising to support William\u2019s claim to the English throne. When King Edward dies "
          "in January 1066, Harold is crowned instead, and a comet, which we now know as Halley\u2019s Comet, blazes in the sky "
          "as a sign of trouble to come."),
        P("William builds a fleet, crosses the Channel and lands at Pevensey. The final scenes show the Battle of Hastings on "
          "14 October 1066, where Harold was killed. A famous figure appears to pull an arrow from his eye, but the "
          "stitching was altered during restorations in the nineteenth century, and historians still argue about what the "
          "original showed. The end of the hanging is lost."),
        C("The comet of 1066, watched by a group of men who point up at it in alarm.",
          "Above", "Musée Vautrin-Lacombe, Caen"),
    ]),
    ("\u00a7 4", "A Narrow Escape", [
        P("The hanging has survived several close calls. During the French Revolution it was nearly cut up to cover a wagon "
          "of military supplies, until a local official rescued it. Napoleon had it shown in Paris in 1804, when he was "
          "planning his own invasion of England."),
        P("During the Second World War German scholars studied it closely, and in 1944 it was taken to the Louvre in Paris. "
          "It returned to Bayeux in 1945, and since 1983 it has been displayed in a former seminary near the cathedral. There "
          "it hangs in a long, darkened gallery behind glass, and visitors walk its full length in the same order as the story, "
          "listening to a commentary that explains each scene."),
    ]),
]

CSS = """
@page { size: A4; margin: 24mm 20mm 30mm 34mm;
  @top-right { content: string(sec, start); font: italic 9pt 'Liberation Serif'; color: #6a3a1e; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-right { content: "25"; font: bold 9pt 'DejaVu Sans'; color: #6a3a1e; }
  @footnote { margin-top: 5mm; } }
@page :first { margin: 24mm 34mm 30mm 20mm;
  @top-right { content: none; }
  @bottom-right { content: none; }
  @top-left { content: "%(short)s"; font: 8pt 'DejaVu Sans'; letter-spacing: 0.08em; color: #6a3a1e; vertical-align: bottom; padding-bottom: 4mm; }
  @bottom-left { content: "24"; font: bold 9pt 'DejaVu Sans'; color: #6a3a1e; } }
html { font-family: 'Liberation Serif'; font-size: 11.6pt; line-height: 1.45; color: #222; }
body { margin: 0; }
h1 { font: bold 22pt/1.15 'Liberation Serif'; margin: 0 0 4mm 0; color: #3b2314; }
p { margin: 0; text-align: justify; hyphens: manual; }
p + p { text-indent: 5mm; }
.intro { font-size: 12.6pt; font-style: italic; margin-bottom: 5mm; text-align: left; }
h2 { font: bold 13pt/1.3 'DejaVu Sans'; margin: 5mm 0 2mm 0; string-set: sec attr(data-run); break-after: avoid; }
h2 .lab { color: #a0401a; margin-right: 2.5mm; }
.fn { float: footnote; font: 8pt/1.35 'DejaVu Sans'; color: #444; text-align: left; text-indent: 0; }
::footnote-call { font-size: 7pt; vertical-align: super; line-height: 0; color: #a0401a; }
::footnote-marker { color: #a0401a; }
figure { margin: 3mm 0 3mm 0; break-inside: avoid; }
figure .img { height: 52mm; background: #a8a8a8; }
figcaption { font: 8.6pt/1.4 'DejaVu Sans'; margin-top: 1.6mm; color: #333; }
figcaption b { color: #a0401a; }
""" % {"short": SHORT}


def soft(s):
    return re.sub(r"[A-Za-z]{7,}", lambda m: DIC.inserted(m.group(0), hyphen="\u00ad"), s)


def esc(s):
    return html.escape(soft(s), quote=False).replace("\u00ad", "&shy;")


def para(text, used):
    out = esc(text)
    for key, note in NOTES:
        if key in text and key not in used:
            used.add(key)
            k = esc(key)
            out = out.replace(k, k + '<span class="fn">%s</span>' % html.escape(note, quote=False), 1)
    return out


def build_html():
    used = set()
    body = ["<h1>%s</h1>" % html.escape(TITLE)]
    for label, title, blocks in SECTIONS:
        if label:
            body.append('<h2 data-run="%s"><span class="lab">%s</span>%s</h2>'
                        % (html.escape(label + " \u00b7 " + title), html.escape(label), html.escape(title)))
        for b in blocks:
            if b[0] == "p":
                cls = ' class="intro"' if label is None else ""
                body.append("<p%s>%s</p>" % (cls, para(b[1], used)))
            else:
                pos = "<b>%s:</b> " % b[2] if b[2] else ""
                body.append('<figure><div class="img"></div><figcaption>%s%s (%s)</figcaption></figure>'
                            % (pos, esc(b[1]), html.escape(b[3])))
    assert len(used) == len(NOTES)
    return ('<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title><style>%s</style></head>'
            '<body>%s</body></html>' % (html.escape(TITLE), CSS, "\n".join(body)))


def running_strings():
    # verso header, verso folio, recto header (section current at top of page 2), recto folio; filled in by main()
    return RUNNING


RUNNING = [SHORT, "24", None, "25"]


def main():
    from weasyprint import HTML
    src = os.path.join(HERE, NAME + ".html")
    open(src, "w", encoding="utf-8").write(build_html())
    pdf = os.path.join(OUT, NAME + ".pdf")
    doc = HTML(src).render()
    print("pages", len(doc.pages))
    doc.write_pdf(pdf)
    subprocess.run(["pdftotext", "-raw", pdf, os.path.join(OUT, NAME + ".txt")], check=True)
    txt = open(os.path.join(OUT, NAME + ".txt"), encoding="utf-8").read()
    rec = [l for l in txt.split("\f")[1].split("\n") if l.startswith("\u00a7 ") and "\u00b7" in l]
    RUNNING[2] = rec[0]
    write_gold(NAME, gold(TITLE, RUNNING, SECTIONS))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS), "recto header", rec[0])


if __name__ == "__main__":
    main()
