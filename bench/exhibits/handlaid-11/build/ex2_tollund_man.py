"""Exhibit 2: roll-fold (tri-fold) leaflet, read panel by panel.
Producer: PyMuPDF (MuPDF Story API + DocumentWriter), A4 landscape, 2 pages."""
import os
import pymupdf
from common import OUT, HERE, P, C, S, write_gold, pdftotext_raw, body_words, grey_png

NAME = "tollund_man"
TITLE_LINES = ["The Sleeper in the Bog:", "The Tollund Man"]
TITLE = " ".join(TITLE_LINES)
INTRO = ("Some two thousand four hundred years ago a man was laid to rest in a Danish bog. When he was found, "
         "his face was so peaceful that he seemed to be asleep.")
COVER_CAP = "The face of the Tollund Man as it can be seen today."
COVER_CREDIT = "Photo: Karen Ebbesgaard / Moorland Museum of Jutland"
RUN_TOP = "MOORLAND MUSEUM OF JUTLAND"
RUN_SERIES = "Bog Gallery · Leaflet 5"
RUN_MUSEUM = "Moorland Museum of Jutland"

S1 = ("1", "A Find in the Peat", [
    "On 6 May 1950 two brothers, Viggo and Emil Højgaard, were cutting peat for fuel in the Bjældskov valley, "
    "west of Silkeborg in central Jutland. Two metres down they uncovered a face so fresh that they thought "
    "they had found the victim of a recent murder, and they called the police.",
    "The police in turn called the archaeologist Peter Vilhelm Glob. He saw at once that the man was very old. "
    "The body was lifted in a block of peat and sent to the National Museum in Copenhagen for study.",
])
S2 = ("2", "Why the Bog Preserves", [
    "A raised bog is a cold, wet and acid place with very little oxygen. The bacteria that normally cause "
    "decay cannot work there, and a substance released by sphagnum moss tans the skin much as a tanner "
    "treats leather.",
    "The same acid dissolves bone, so bodies from bogs are often soft and flattened. The Tollund Man was "
    "unusually well kept: even the stubble on his chin and the lines on his forehead can still be seen.",
])
S3 = ("3", "The Rope and the Last Meal", [
    "He lay on his side with his legs drawn up, as if sleeping. He wore a pointed cap of sheepskin tied under "
    "the chin and a belt of hide, and nothing else. Around his neck was a plaited leather rope. He had been "
    "hanged.",
    "Scientists later examined his gut. His last meal was a porridge of barley, flax and the seeds of wild "
    "plants, with a little fish, eaten some hours before he died. Radiocarbon dating places his death around "
    "400 BC.",
])
S3_FIG = ("The plaited leather rope, still drawn tight around the neck.",
          "Courtesy of the Aarhus Wetland Archaeology Group", "Below")
S4 = ("4", "Offering or Punishment?", [
    "Why was he killed? Many archaeologists believe that he was a sacrifice to the gods of fertility, since "
    "the Iron Age people of northern Europe often left offerings in bogs and lakes. Others think he was an "
    "executed criminal.",
    "His careful burial argues against the second idea. Someone closed his eyes and mouth and laid him down "
    "gently, rather than throwing him into the water.",
])
BACK = (None, "Seeing Him Today", [
    "Only the head could be conserved with the methods of 1950; the body was dried, and much later a careful "
    "replica was made. Together they now lie in a dimmed room of the museum, in the position in which the "
    "brothers found him. The Irish poet Seamus Heaney saw his photograph in a book and in 1972 published a "
    "famous poem about him.",
])

# ---- gold: cover -> flap (1) -> inside 2, 3, 4 -> back panel ------------------------------------
sections = [S(None, TITLE, [P(INTRO), C(COVER_CAP, COVER_CREDIT)])]
for lab, tit, paras in (S1, S2, S3, S4, BACK):
    blocks = [P(t) for t in paras]
    if lab == "3":
        blocks.append(C(S3_FIG[0], credit=S3_FIG[1], position=S3_FIG[2]))
    sections.append(S(lab, tit, blocks))
gold = write_gold(NAME, TITLE, [RUN_TOP, RUN_SERIES, RUN_MUSEUM], sections)

# ---- typesetting ------------------------------------------------------------------------------
IMG = grey_png(os.path.join(HERE, "grey_plate.png"))
archive = pymupdf.Archive(HERE)
CSS = """
* { font-family: 'Liberation Serif', serif; }
body { font-size: 11.6pt; line-height: 1.42; color: #2b2620; }
p { margin: 0 0 5pt 0; text-align: justify; }
p.num { font-family: sans-serif; font-size: 34pt; font-weight: bold; color: #7a5a2f; margin: 4pt 0 0 0;
        line-height: 1; text-align: left; }
h2 { font-family: sans-serif; font-size: 12.5pt; font-weight: bold; color: #3f5a3a; margin: 2pt 0 5pt 0; }
h1 { font-size: 25pt; font-weight: bold; color: #3f5a3a; margin: 0 0 8pt 0; line-height: 1.08; }
p.intro { font-style: italic; font-size: 12.5pt; text-align: left; }
p.brand { font-family: sans-serif; font-size: 8pt; letter-spacing: 1pt; color: #7a5a2f; text-align: left; }
p.series { font-family: sans-serif; font-size: 8pt; color: #7a5a2f; text-align: left; }
p.cap { font-family: sans-serif; font-size: 8pt; text-align: left; margin: 6pt 0 3pt 0; }
p.credit { font-family: sans-serif; font-size: 6.6pt; font-style: italic; color: #6b6b6b; text-align: right;
           margin: 2pt 0 8pt 0; }
"""


def esc(s):
    return s.replace("&", "&amp;")


def sec_html(sec, fig_after_first=False):
    lab, tit, paras = sec
    h = ""
    if lab:
        h += f'<p class="num">{lab}</p>'
    h += f"<h2>{esc(tit)}</h2>"
    for i, t in enumerate(paras):
        h += f"<p>{esc(t)}</p>"
    return h


def fig_html(cap, credit, position=None, width=230, height=120, cap_above=False):
    pos = f"<b>{position}:</b> " if position else ""
    caph = f'<p class="cap">{pos}{esc(cap)}</p>'
    img = f'<img src="grey_plate.png" width="{width}" height="{height}"/>'
    cred = f'<p class="credit">{esc(credit)}</p>'
    return caph + img + cred if cap_above else img + caph + cred


PW, PH = 842, 595
PAN = PW / 3
M = 20          # panel margin (pt)


def panel_rect(i, top=M, bottom=PH - M):
    return pymupdf.Rect(i * PAN + M, top, (i + 1) * PAN - M, bottom)


def place(dev, html, rects):
    story = pymupdf.Story(html=html, user_css=CSS, archive=archive)
    for r in rects:
        more, filled = story.place(r)
        story.draw(dev)
        if not more:
            return filled
    raise SystemExit("story overflow: " + html[:60])


pdfpath = os.path.join(OUT, NAME + ".pdf")
writer = pymupdf.DocumentWriter(pdfpath)

# page 1 = OUTSIDE: [flap | back panel | cover], drawn left to right
dev = writer.begin_page(pymupdf.Rect(0, 0, PW, PH))
place(dev, sec_html(S1), [panel_rect(0, top=44)])
place(dev, sec_html(BACK), [panel_rect(1, top=44, bottom=PH - 80)])
place(dev, f'<p class="brand">{RUN_MUSEUM}</p><p class="series">{RUN_SERIES}</p>', [panel_rect(1, top=PH - 60, bottom=PH - 8)])
place(dev, f'<p class="brand">{RUN_TOP}</p>', [panel_rect(2, top=24, bottom=60)])
place(dev, "<h1>" + "<br/>".join(esc(l) for l in TITLE_LINES) + f'</h1><p class="intro">{esc(INTRO)}</p>'
      + fig_html(COVER_CAP, COVER_CREDIT, width=241, height=150), [panel_rect(2, top=62, bottom=PH - 44)])
place(dev, f'<p class="series">{RUN_SERIES}</p>', [panel_rect(2, top=PH - 36, bottom=PH - 8)])
writer.end_page()

# page 2 = INSIDE: one section per panel. The pictures are placed first (as in a layout program),
# then the three text panels.
dev = writer.begin_page(pymupdf.Rect(0, 0, PW, PH))
place(dev, fig_html(S3_FIG[0], S3_FIG[1], S3_FIG[2], width=241, height=170, cap_above=True),
      [panel_rect(1, top=PH - 262, bottom=PH - 20)])
place(dev, '<img src="grey_plate.png" width="241" height="150"/>', [panel_rect(0, top=PH - 190, bottom=PH - 20)])
place(dev, sec_html(S2), [panel_rect(0, top=36, bottom=PH - 196)])
place(dev, sec_html(S3), [panel_rect(1, top=36, bottom=PH - 266)])
place(dev, sec_html(S4), [panel_rect(2, top=36)])
place(dev, f'<p class="series">{RUN_SERIES}</p>', [panel_rect(2, top=PH - 36, bottom=PH - 8)])
writer.end_page()
writer.close()

# decoration under the text: fold lines, tinted cover band
doc = pymupdf.open(pdfpath)
for pno, page in enumerate(doc):
    sh = page.new_shape()
    if pno == 0:
        sh.draw_rect(pymupdf.Rect(2 * PAN, 0, PW, 16)); sh.finish(fill=(0.25, 0.35, 0.23), color=None)
        sh.draw_rect(pymupdf.Rect(0, 0, PAN, 30)); sh.finish(fill=(0.93, 0.90, 0.84), color=None)
    for i in (1, 2):
        sh.draw_line((i * PAN, 10), (i * PAN, PH - 10)); sh.finish(color=(0.7, 0.7, 0.7), dashes="[3 3] 0", width=0.5)
    sh.commit(overlay=False)
doc.set_metadata({"title": TITLE, "producer": doc.metadata.get("producer") or "PyMuPDF"})
tmp = pdfpath + ".tmp"
doc.save(tmp, garbage=4, deflate=True)
doc.close()
os.replace(tmp, pdfpath)
pdftotext_raw(NAME)
print(NAME, "body words", body_words(gold))
