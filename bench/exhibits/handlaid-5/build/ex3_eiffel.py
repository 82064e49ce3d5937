# Exhibit 3: fpdf2, A5 portrait, single column, justified, space between paragraphs,
# centred footer "— n —", section heading "Case N — Title" on one line.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, write_gold, body_words
from fpdf import FPDF
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
NAME = "eiffel_tower"
TITLE_LINES = ["Iron Against the Sky:", "Building the Eiffel Tower, 1887\u20131889"]
TITLE = " ".join(TITLE_LINES)

sections = [
 {"label": None, "title": TITLE, "blocks": [
  P("When the Eiffel Tower opened in the spring of 1889 it was the tallest structure in the world, a title it kept for more than forty years. It was built in little more than two years as the centrepiece of a world\u2019s fair, and it was meant to stand for only twenty."),
 ]},
 {"label": "Case 1", "title": "A Tower for the Centenary", "blocks": [
  P("France planned to mark the centenary of the Revolution with an Exposition Universelle in Paris in 1889. In 1886 the government opened a competition for the fair\u2019s buildings, and its conditions already pointed toward an iron tower of three hundred metres on the Champ de Mars. More than a hundred entries were received. The winning design came from the engineering firm of Gustave Eiffel, known for its iron bridges and viaducts and for the internal frame of the Statue of Liberty."),
  C("Koechlin\u2019s first sketch of 1884, with other famous monuments stacked beside the pylon for scale.", "Left", "Courtesy of the Levallois Drawing Office Archive"),
  P("The idea itself had not been Eiffel\u2019s. Two engineers in his office, Maurice Koechlin and \u00c9mile Nouguier, had sketched a tall pylon in 1884, and the architect Stephen Sauvestre had softened it with decorative arches and a glass hall on the first platform. Eiffel bought the rights to the patent from his colleagues and then promoted the project with great energy."),
 ]},
 {"label": "Case 2", "title": "Eighteen Thousand Parts", "blocks": [
  P("Work on the foundations began in January 1887. Each of the four legs rests on masonry blocks set in the ground, and near the river, caissons filled with compressed air allowed workers to dig below the water table. The metal structure was made of puddled iron, a wrought iron that was well suited to riveting. More than eighteen thousand separate pieces were drawn in the company\u2019s workshop at Levallois-Perret, each one to within a tenth of a millimetre."),
  P("The parts arrived on site already drilled, and most were joined with rivets hammered in while red hot, about two and a half million in all. Teams of four worked together: one heated the rivet, one held it in place, one shaped the head and one struck it with a sledgehammer. Wooden scaffolds supported the legs until they met at the first platform, and the positions of the legs were adjusted with hydraulic jacks and sand boxes so that the beams lined up exactly."),
  C("The four legs rising toward the first platform, still held up by timber scaffolds.", None, "Photo: Odile Marchetti / Fonds Serrurier"),
  P("Progress was closely followed by the press. Photographs taken every few weeks show the tower rising, and by March 1889 it had reached its full height. On 31 March Eiffel climbed the stairs to the top with a small group of officials and raised the French flag."),
 ]},
 {"label": "Case 3", "title": "Protest and Survival", "blocks": [
  P("Not everyone welcomed the project. In February 1887 a group of artists and writers, among them Charles Garnier, Guy de Maupassant and Alexandre Dumas the younger, published a letter of protest in the newspaper Le Temps. They called the tower useless and monstrous and feared that it would overshadow the monuments of Paris. Eiffel replied that the tower would have its own beauty, born of the calculations that made it stand against the wind."),
  P("The public disagreed with the critics. Nearly two million people visited the tower during the six months of the exposition. Eiffel\u2019s permit, however, ran for only twenty years, after which the city could demolish it. To save it, he encouraged scientific work at the top, including experiments in meteorology and aerodynamics. Its real value became clear with the arrival of radio. From 1903 the military engineer Gustave Ferri\u00e9 used it for wireless experiments, and in 1910 the city extended Eiffel\u2019s concession for another seventy years."),
  C("A poster for the Exposition Universelle of 1889, with the tower at the centre of the fairground.", "Right", "Image: Paul Varenne / Champ de Mars Collection"),
 ]},
]

FD = "/usr/share/fonts/truetype/liberation/"
FD2 = "/usr/share/fonts/truetype/dejavu/"
class Doc(FPDF):
    def footer(self):
        self.set_y(-12)
        self.set_font("sans", "", 8)
        self.set_text_color(60)
        self.cell(0, 5, "\u2014 %d \u2014" % self.page_no(), align="C")
        self.set_text_color(0)

pdf = Doc(format="A5", unit="mm")
pdf.set_margins(17, 16, 17)
pdf.set_auto_page_break(True, 20)
pdf.add_font("serif", "", FD + "LiberationSerif-Regular.ttf")
pdf.add_font("serif", "B", FD + "LiberationSerif-Bold.ttf")
pdf.add_font("serif", "I", FD + "LiberationSerif-Italic.ttf")
pdf.add_font("sans", "", FD2 + "DejaVuSans.ttf")
pdf.add_font("sans", "B", FD2 + "DejaVuSans-Bold.ttf")
pdf.add_font("sans", "I", FD2 + "DejaVuSans-Oblique.ttf")
pdf.set_title(TITLE)
pdf.add_page()
W = pdf.epw
pdf.set_font("serif", "B", 19)
for t in TITLE_LINES:
    pdf.cell(W, 8.5, t, new_x="LMARGIN", new_y="NEXT")
pdf.set_draw_color(120, 90, 40); pdf.set_line_width(0.5)
pdf.line(17, pdf.get_y() + 2.5, 17 + W, pdf.get_y() + 2.5)
pdf.ln(7)
BS, LH = float(os.environ.get("BS", "11")), float(os.environ.get("LH", "5.8"))

def ensure(h):
    if pdf.get_y() + h > pdf.h - 20:
        pdf.add_page()

for s in sections:
    if s["label"]:
        ensure(24)
        pdf.ln(3)
        pdf.set_font("sans", "B", 8.5); pdf.set_text_color(120, 90, 40)
        lab = s["label"] + " \u2014 "
        pdf.cell(pdf.get_string_width(lab), 7, lab)
        pdf.set_text_color(0); pdf.set_font("serif", "B", 13)
        pdf.cell(0, 7, s["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    for b in s["blocks"]:
        if b["kind"] == "paragraph":
            pdf.set_font("serif", "", BS)
            pdf.multi_cell(W, LH, b["text"], align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.6)
        elif b["position"] in ("Left", "Right"):
            bw, bh = 62, 44
            ensure(bh + 4)
            y0 = pdf.get_y() + 1
            capw = W - bw - 5
            if b["position"] == "Left":
                bx, cx = 17, 17 + bw + 5
            else:
                bx, cx = 17 + W - bw, 17
            pdf.set_fill_color(196); pdf.rect(bx, y0, bw, bh, style="F")
            # caption text block, aligned to bottom of box
            pdf.set_font("sans", "", 7.6)
            if b["position"] == "Left":
                body = "**Left:** " + b["text"]
                lines = pdf.multi_cell(capw, 3.7, body, markdown=True, align="L", dry_run=True, output="LINES")
                pdf.set_font("sans", "I", 7.6)
                clines = pdf.multi_cell(capw, 3.7, b["credit"], dry_run=True, output="LINES")
                h = 3.7 * (len(lines) + len(clines)) + 1.5
                pdf.set_xy(cx, y0 + bh - h)
                pdf.set_font("sans", "", 7.6)
                pdf.multi_cell(capw, 3.7, body, markdown=True, align="L", new_x="LEFT", new_y="NEXT")
                pdf.set_x(cx); pdf.ln(1.5); pdf.set_x(cx)
                pdf.set_font("sans", "I", 7.6)
                pdf.multi_cell(capw, 3.7, b["credit"], align="L", new_x="LEFT", new_y="NEXT")
            else:
                body = "**Right:** " + b["text"] + " __" + b["credit"] + "__"
                pdf.set_xy(cx, y0)
                pdf.multi_cell(capw, 3.7, body, markdown=True, align="L", new_x="LEFT", new_y="NEXT")
            pdf.set_xy(17, y0 + bh + 5)
        else:
            bh = 52
            ensure(bh + 14)
            y0 = pdf.get_y() + 1
            pdf.set_fill_color(196); pdf.rect(17, y0, W, bh, style="F")
            pdf.set_xy(17, y0 + bh + 1.8)
            pdf.set_font("sans", "", 7.6)
            pdf.multi_cell(W, 3.7, b["text"] + " __" + b["credit"] + "__", markdown=True, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)

pdf.output(os.path.join(OUT, NAME + ".pdf"))
n = pdf.page_no()
running = ["\u2014 %d \u2014" % i for i in range(1, n + 1)]
write_gold(os.path.join(OUT, NAME + ".json"), TITLE, running, sections)
print("pages", n, "words", body_words(sections))
