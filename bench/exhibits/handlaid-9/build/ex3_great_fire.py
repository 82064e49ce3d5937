"""Ex3: Great Fire of London -- fpdf2 bi-fold (French-fold) brochure, A4 landscape, 2 pages.
Page 1 = outside (back panel on the LEFT, cover on the RIGHT), page 2 = inside spread (2 panels).
Rotated text: the fold/spine line and the cover photo credit are set at 90 degrees."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, gold, write_gold, OUT, HERE, body_words, n_captions
from fpdf import FPDF

NAME = "great_fire_london"
TITLE_LINES = ["London\u2019s Burning:", "The Great Fire", "of 1666"]
TITLE = " ".join(TITLE_LINES)
SPINE = "Guildhall Fire Museum \u00b7 Pocket Guide No. 3"
RUNNING = [SPINE, SPINE.upper()]

INTRO = ("For four days in September 1666 a fire swept through the City of London, destroying the homes of some seventy "
         "thousand people and the medieval cathedral of St Paul\u2019s.")
COVER_CAP = C("A model of the City of London as it looked in the summer before the fire.", None,
              "Photo: Imogen Thwaite / Guildhall Fire Museum")
BUCKET_CAP = C("Leather fire buckets of the kind that every parish was required to keep.", "Left",
               "Courtesy of the Aldgate Parish Collection")

SECTIONS = [
    (None, TITLE, [P(INTRO), COVER_CAP]),
    (None, "A Spark in Pudding Lane", [
        P("The fire began in the early hours of Sunday 2 September in the bakery of Thomas Farriner in Pudding Lane, "
          "close to London Bridge. The summer had been long and dry, and a strong east wind carried sparks onto the "
          "timber houses and the warehouses of oil, tar and coal along the river."),
        P("The Lord Mayor, Sir Thomas Bloodworth, was woken and brought to see the blaze, but he did not think it "
          "serious and refused to order houses to be pulled down to stop it spreading."),
    ]),
    (None, "Four Days of Flames", [
        P("By Monday the fire had reached the wealthy streets around Cheapside, and on Tuesday night it destroyed "
          "St Paul\u2019s Cathedral, whose lead roof melted and ran down into the streets. Thousands of people fled with "
          "their possessions to the fields outside the city walls or onto boats on the Thames."),
        P("The diarist Samuel Pepys watched from a boat and from a church tower, and he buried his wine and his Parmesan "
          "cheese in his garden to save them. King Charles II and his brother James took charge of the fight, and "
          "sailors blew up houses with gunpowder to make firebreaks. On Wednesday the wind dropped, and the fire was "
          "at last brought under control."),
        BUCKET_CAP,
    ]),
    (None, "Counting the Cost", [
        P("About thirteen thousand two hundred houses and eighty-seven parish churches were destroyed. Only a handful of "
          "deaths were recorded, although historians now think the true number was higher, because the deaths of poor "
          "people often went unrecorded."),
        P("A French watchmaker, Robert Hubert, confessed to starting the fire and was hanged, although he had not even "
          "been in London when it began."),
    ]),
    (None, "Rebuilding the City", [
        P("Architects including Christopher Wren drew up ambitious plans for a new city of wide avenues, but they were "
          "never carried out, because owners insisted on rebuilding on their old plots. New laws required houses to be "
          "built of brick and stone, and some streets were widened. Wren rebuilt fifty-one of the churches and a new "
          "St Paul\u2019s Cathedral, which was finished in 1711."),
    ]),
    (None, "The Monument", [
        P("A column of Portland stone, designed by Wren and Robert Hooke, stands near the place where the fire began. It "
          "is 61 metres tall, exactly the distance from its base to the site of the bakery. Visitors can still climb its "
          "311 steps to a viewing platform near the top."),
    ]),
]

FD = "/usr/share/fonts/truetype/liberation/"
pdf = FPDF(orientation="L", unit="mm", format="A4")
pdf.set_auto_page_break(False)
pdf.set_title(TITLE)
for st, f in [("", "Regular"), ("B", "Bold"), ("I", "Italic"), ("BI", "BoldItalic")]:
    pdf.add_font("Serif", st, FD + "LiberationSerif-%s.ttf" % f)
    pdf.add_font("Sans", st, FD + "LiberationSans-%s.ttf" % f)

PW, PH = 297, 210
HALF = PW / 2
M = 13
RED = (150, 38, 22)


def grey(x, y, w, h):
    pdf.set_fill_color(165, 165, 165); pdf.rect(x, y, w, h, style="F")


def heading(x, y, w, t):
    pdf.set_xy(x, y); pdf.set_font("Serif", "BI", 14.5); pdf.set_text_color(*RED)
    pdf.multi_cell(w, 6.4, t, align="L"); pdf.set_text_color(0, 0, 0)
    return pdf.get_y() + 1.2


def para(x, y, w, t, first):
    pdf.set_xy(x, y); pdf.set_font("Serif", "", 10.6)
    pdf.multi_cell(w, 4.75, t, align="J")
    return pdf.get_y() + 1.8


def section(x, y, w, sec):
    y = heading(x, y, w, sec[1])
    for i, b in enumerate(sec[2]):
        if b[0] == "p":
            y = para(x, y, w, b[1], i == 0)
    return y + 3


# ---------- page 1: outside. back panel (left) is drawn first, then the fold line, then the cover ----------
pdf.add_page()
pdf.set_fill_color(247, 241, 230); pdf.rect(0, 0, PW, PH, style="F")
x0, w = M, HALF - 2 * M
grey(x0, 22, w, 62)
y = section(x0, 92, w, SECTIONS[-1])
pdf.set_font("Sans", "", 8); pdf.set_text_color(90, 90, 90)
pdf.set_xy(x0, PH - 16); pdf.cell(w, 4, SPINE, align="C"); pdf.set_text_color(0, 0, 0)
# fold line with rotated spine text
pdf.set_draw_color(180, 160, 140); pdf.set_dash_pattern(dash=1.5, gap=1.5); pdf.line(HALF, 8, HALF, PH - 8)
pdf.set_dash_pattern()
pdf.set_font("Sans", "B", 7.5); pdf.set_text_color(150, 130, 110)
with pdf.rotation(90, HALF - 1.6, PH / 2 + 32):
    pdf.text(HALF - 1.6, PH / 2 + 32, SPINE.upper())
pdf.set_text_color(0, 0, 0)
# cover
cx, cw = HALF + M, HALF - 2 * M
pdf.set_fill_color(*RED); pdf.rect(HALF, 0, HALF, 8, style="F")
pdf.set_xy(cx, 18); pdf.set_font("Serif", "B", 34); pdf.set_text_color(*RED)
for t in TITLE_LINES:
    pdf.set_x(cx); pdf.cell(cw, 13.5, t, new_x="LMARGIN", new_y="NEXT")
pdf.set_text_color(0, 0, 0)
pdf.set_xy(cx, pdf.get_y() + 3); pdf.set_font("Serif", "I", 12.5)
pdf.multi_cell(cw, 5.8, INTRO, align="L")
iy = pdf.get_y() + 5
grey(cx, iy, cw - 6, 66)
# rotated credit running up the right edge of the photo
pdf.set_font("Sans", "I", 6.6); pdf.set_text_color(110, 110, 110)
with pdf.rotation(90, cx + cw - 2, iy + 66):
    pdf.text(cx + cw - 2, iy + 66, COVER_CAP[3])
pdf.set_text_color(0, 0, 0)
pdf.set_xy(cx, iy + 68); pdf.set_font("Sans", "", 8.4)
pdf.multi_cell(cw - 6, 3.8, COVER_CAP[1], align="L")

# ---------- page 2: inside spread ----------
pdf.add_page()
pdf.set_fill_color(255, 255, 255)
pdf.set_draw_color(200, 200, 200); pdf.set_dash_pattern(dash=1.5, gap=1.5); pdf.line(HALF, 8, HALF, PH - 8)
pdf.set_dash_pattern()
y = 16
y = section(M, y, HALF - 2 * M, SECTIONS[1])
y = section(M, y, HALF - 2 * M, SECTIONS[2])
# right panel: the bucket picture sits at the top of the right panel, caption points Left to the text
rx, rw = HALF + M, HALF - 2 * M
grey(rx, 16, 52, 40)
# bold position label on its own line, then the caption, then the credit (beside the picture, bottom half)
pdf.set_xy(rx + 56, 30); pdf.set_font("Sans", "B", 8.4); pdf.cell(20, 3.8, BUCKET_CAP[2] + ":")
pdf.set_font("Sans", "", 8.4)
pdf.set_xy(rx + 56, 34)
pdf.multi_cell(rw - 56, 3.8, BUCKET_CAP[1], align="L")
pdf.set_xy(rx + 56, pdf.get_y() + 1); pdf.set_font("Sans", "I", 6.8); pdf.set_text_color(110, 110, 110)
pdf.multi_cell(rw - 56, 3.2, BUCKET_CAP[3], align="L"); pdf.set_text_color(0, 0, 0)
y = 64
y = section(rx, y, rw, SECTIONS[3])
y = section(rx, y, rw, SECTIONS[4])

if __name__ == "__main__":
    pdf.output(os.path.join(OUT, NAME + ".pdf"))
    write_gold(NAME, gold(TITLE, RUNNING, SECTIONS))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))
