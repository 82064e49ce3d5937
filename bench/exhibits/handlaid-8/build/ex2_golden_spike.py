"""Exhibit 2: the first transcontinental railroad. A gallery poster/panel made
with fpdf2, A3 portrait, 1 page. Large two-line title, intro across the page,
four numbered sections ("01"-"04": big light numerals, letter-spaced capital
headings), three columns in the upper row, a wide text block and a figure in
the lower row, a timeline strip of five dated boxes at the bottom (its own
section, each entry a paragraph), panel number and museum name as running
lines. Caption 1 is printed in white on a dark band laid over the bottom of
its grey image, its credit under the image; caption 2 has "Right:" and its
credit (no lead word) on a separate line."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT
from fpdf import FPDF

NAME = "golden_spike"
TITLE = "Driving the Golden Spike: The First Transcontinental Railroad"
RUN_TOP = "Gallery 3 · Panel 5"
RUN_BOT = "Sierra Summit Railroad Museum"

SECTIONS = [
    (None, TITLE, [
        P("On 10 May 1869 two railroads met at Promontory Summit in Utah Territory, and for the first time a traveller could "
          "cross the United States from the Atlantic to the Pacific by train. A journey that had taken months by wagon or ship "
          "now took about a week."),
    ]),
    ("01", "AN ACT OF CONGRESS", [
        P("In 1862, in the middle of the Civil War, Congress passed the Pacific Railway Act. It gave two companies the right to "
          "build the line: the Central Pacific would start in Sacramento, California, and build east, and the Union Pacific "
          "would start near Omaha, Nebraska, and build west."),
        P("The government paid the companies in land and in loans for every mile of track they laid, with more money for "
          "miles in the mountains. This turned the work into a race."),
        C("A survey party resting beside its wagons on the plains of Nebraska.", None, "Photo: Lydia Marchbanks / Platte Valley Archive"),
    ]),
    ("02", "THROUGH THE SIERRA NEVADA", [
        P("The Central Pacific faced the hardest task. Its track had to climb the granite slopes of the Sierra Nevada, where "
          "workers blasted fifteen tunnels through solid rock, sometimes advancing less than a foot a day. In winter, snow "
          "buried the camps, and avalanches swept men away."),
        P("Most of the workers were Chinese immigrants. At the height of construction about twelve thousand of them were "
          "employed, and they were paid less than white workers doing the same job."),
    ]),
    ("03", "ACROSS THE PLAINS", [
        P("The Union Pacific had easier ground but other problems. Its crews, many of them Irish immigrants and former "
          "soldiers, laid track across the open prairie, while camps of gamblers and saloons moved along with them from one "
          "end of the line to the next."),
        P("The railroad crossed the hunting grounds of the Lakota, Cheyenne and Arapaho peoples, who fought to defend their "
          "land. The line brought hunters who killed the buffalo herds in vast numbers."),
    ]),
    ("04", "THE LAST SPIKE", [
        P("By 1869 the two lines were so close that their grading crews passed each other, and Congress had to name a meeting "
          "place. At Promontory Summit a ceremonial spike of gold was tapped into a laurel tie, and a telegraph operator sent "
          "a single word to the waiting nation: \u201cDone.\u201d Cannons were fired in San Francisco and bells rang in Philadelphia."),
        C("Locomotives of the two companies facing each other on the day the line was completed.", "Right",
          "Hollis Fenwick Collection, Ogden Rail Archive"),
    ]),
    (None, "Key Dates", [
        P("1862 Abraham Lincoln signs the Pacific Railway Act."),
        P("1863 The Central Pacific breaks ground in Sacramento."),
        P("1867 The Summit Tunnel is cut through the Sierra Nevada."),
        P("1869 The lines meet at Promontory Summit."),
        P("1872 A through journey from New York to San Francisco costs about 100 dollars."),
    ]),
]

LIB = "/usr/share/fonts/truetype/liberation/"
DJ = "/usr/share/fonts/truetype/dejavu/"


def main():
    pdf = FPDF(format="A3", unit="mm")
    pdf.set_auto_page_break(False)
    pdf.add_font("Serif", "", LIB + "LiberationSerif-Regular.ttf")
    pdf.add_font("Serif", "B", LIB + "LiberationSerif-Bold.ttf")
    pdf.add_font("Serif", "I", LIB + "LiberationSerif-Italic.ttf")
    pdf.add_font("Sans", "", LIB + "LiberationSans-Regular.ttf")
    pdf.add_font("Sans", "B", LIB + "LiberationSans-Bold.ttf")
    pdf.add_font("Sans", "I", LIB + "LiberationSans-Italic.ttf")
    pdf.add_font("Narrow", "B", LIB + "LiberationSansNarrow-Bold.ttf")
    pdf.set_title("Driving the Golden Spike")
    pdf.add_page()
    W = 297
    # background tint and top band
    pdf.set_fill_color(246, 240, 228); pdf.rect(0, 0, 297, 420, "F")
    pdf.set_fill_color(120, 45, 25); pdf.rect(0, 0, 297, 14, "F")
    pdf.set_text_color(255, 255, 255); pdf.set_font("Sans", "B", 10)
    pdf.set_xy(14, 4); pdf.cell(269, 6, RUN_TOP, align="R")
    # title
    pdf.set_text_color(60, 25, 15); pdf.set_font("Serif", "B", 46)
    pdf.set_xy(14, 22); pdf.multi_cell(269, 19, "Driving the Golden Spike:\nThe First Transcontinental Railroad", align="L")
    pdf.set_draw_color(120, 45, 25); pdf.set_line_width(1.2); pdf.line(14, pdf.get_y() + 3, 283, pdf.get_y() + 3)
    pdf.set_xy(14, pdf.get_y() + 8)
    pdf.set_text_color(30, 30, 30); pdf.set_font("Serif", "I", 17)
    pdf.multi_cell(269, 8, SECTIONS[0][2][0][1], align="L")
    top = pdf.get_y() + 8
    CW, G = 83, 10
    xs = [14, 14 + CW + G, 14 + 2 * (CW + G)]

    def section_head(x, y, label, title, w=CW):
        pdf.set_text_color(215, 190, 160); pdf.set_font("Narrow", "B", 54)
        pdf.set_xy(x, y); pdf.cell(30, 20, label)
        pdf.set_text_color(120, 45, 25); pdf.set_font("Sans", "B", 13.5); pdf.set_char_spacing(2.2)
        pdf.set_xy(x, y + 21); pdf.multi_cell(w, 7, title, align="L")
        pdf.set_char_spacing(0)
        return pdf.get_y() + 2

    def paras(x, y, texts, w=CW):
        pdf.set_text_color(25, 25, 25); pdf.set_font("Serif", "", 13.2)
        for t in texts:
            pdf.set_xy(x, y); pdf.multi_cell(w, 6.3, t, align="J"); y = pdf.get_y() + 3.5
        return y

    # 01 with overlaid caption
    lab, tit, bl = SECTIONS[1]
    y = section_head(xs[0], top, lab, tit)
    y = paras(xs[0], y, [b[1] for b in bl if b[0] == "p"])
    c = bl[2]
    ih = 46
    pdf.set_fill_color(178, 178, 178); pdf.rect(xs[0], y + 2, CW, ih, "F")
    pdf.set_fill_color(45, 45, 45); pdf.rect(xs[0], y + 2 + ih - 15, CW, 15, "F")
    pdf.set_text_color(255, 255, 255); pdf.set_font("Sans", "", 10)
    pdf.set_xy(xs[0] + 3, y + 2 + ih - 14); pdf.multi_cell(CW - 6, 5, c[1], align="L")
    pdf.set_text_color(90, 90, 90); pdf.set_font("Sans", "I", 7.8)
    pdf.set_xy(xs[0], y + 2 + ih + 1); pdf.cell(CW, 4, c[3], align="R")
    ybot1 = y + ih + 8
    # 02, 03
    ybots = [ybot1]
    for i in (2, 3):
        lab, tit, bl = SECTIONS[i]
        y = section_head(xs[i - 1], top, lab, tit)
        ybots.append(paras(xs[i - 1], y, [b[1] for b in bl if b[0] == "p"]))
    # column rules
    pdf.set_draw_color(190, 160, 130); pdf.set_line_width(0.3)
    for x in xs[1:]:
        pdf.line(x - G / 2, top, x - G / 2, max(ybots))
    row2 = max(ybots) + 8
    # 04: wide text (cols 1-2) + figure in col 3
    lab, tit, bl = SECTIONS[4]
    y = section_head(xs[0], row2, lab, tit, w=2 * CW + G)
    y = paras(xs[0], y, [bl[0][1]], w=2 * CW + G)
    c = bl[1]
    pdf.set_fill_color(178, 178, 178); pdf.rect(xs[2], row2 + 4, CW, 40, "F")
    pdf.set_xy(xs[2], row2 + 46)
    pdf.set_text_color(25, 25, 25); pdf.set_font("Sans", "", 10)
    pdf.multi_cell(CW, 5, "**%s:** %s" % (c[2], c[1]), align="L", markdown=True)
    pdf.set_x(xs[2]); pdf.set_text_color(90, 90, 90); pdf.set_font("Sans", "I", 7.8)
    pdf.multi_cell(CW, 4, c[3], align="L")
    # timeline strip
    lab, tit, bl = SECTIONS[5]
    ty = 344
    pdf.set_fill_color(120, 45, 25); pdf.rect(0, ty - 6, 297, 60, "F")
    pdf.set_text_color(255, 236, 200); pdf.set_font("Sans", "B", 15)
    pdf.set_xy(14, ty - 2); pdf.cell(100, 8, tit)
    pdf.set_draw_color(255, 236, 200); pdf.set_line_width(0.8); pdf.line(14, ty + 14, 283, ty + 14)
    bw = (269 - 4 * 6) / 5
    for k, b in enumerate(bl):
        x = 14 + k * (bw + 6)
        pdf.set_fill_color(255, 236, 200); pdf.ellipse(x + 2, ty + 12, 4, 4, "F")
        year, rest = b[1].split(" ", 1)
        pdf.set_xy(x, ty + 19); pdf.set_text_color(255, 236, 200); pdf.set_font("Narrow", "B", 20)
        pdf.cell(bw, 9, year, new_x="LMARGIN", new_y="NEXT")
        pdf.set_xy(x, ty + 29); pdf.set_text_color(255, 255, 255); pdf.set_font("Sans", "", 10.5)
        pdf.multi_cell(bw, 5, rest, align="L")
    # bottom line
    pdf.set_text_color(120, 45, 25); pdf.set_font("Sans", "B", 10)
    pdf.set_xy(14, 405); pdf.cell(269, 6, RUN_BOT, align="L")
    pdf.output(os.path.join(OUT, NAME + ".pdf"))
    write_gold(NAME, gold(TITLE, [RUN_TOP, RUN_BOT], SECTIONS))
    print(NAME, "body words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
