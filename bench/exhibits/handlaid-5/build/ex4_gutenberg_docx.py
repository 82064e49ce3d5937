# Exhibit 4: DOCX built with python-docx. Heading 1 = title, Heading 2 = "Room N: Title".
# Two inline pictures; first followed by a "Caption"-style paragraph (credit at its end),
# second followed by an italic Normal paragraph with "Above:" and the credit after a line break.
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, write_gold, body_words
from docx import Document
from docx.shared import Mm, Pt
from docx.enum.text import WD_BREAK
from PIL import Image
OUT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
NAME = "gutenberg_press"
TITLE = "Letters of Metal: Johannes Gutenberg and the Printing Press"
HEADER = "The Press at Mainz \u00b7 Aldermoor Museum of the Book"

sections = [
 {"label": None, "title": TITLE, "blocks": [
  P("Around 1450, in the German city of Mainz, a goldsmith named Johannes Gutenberg brought together several existing crafts into a new way of making books. Within fifty years printing shops were at work in more than two hundred European towns, and millions of printed books were in circulation."),
 ]},
 {"label": "Room 1", "title": "The Goldsmith of Mainz", "blocks": [
  P("Gutenberg was born in Mainz around 1400 into a family of the minor nobility. Little is known about his early life, but he seems to have learned metalworking, perhaps at the archbishop's mint. In the late 1430s, while living in Strasbourg, he was involved in a venture to make polished metal mirrors for pilgrims travelling to Aachen, and a lawsuit from that time mentions a secret process involving a press and formes."),
  P("By about 1448 he was back in Mainz, where he borrowed money from the merchant Johann Fust to set up a workshop. The loans would later cost him dearly."),
 ]},
 {"label": "Room 2", "title": "Type, Ink and Press", "blocks": [
  P("The heart of the invention was the hand mould, a device for casting large numbers of identical letters quickly. A punch with the letter cut in relief was struck into a softer copper bar to make a matrix. The matrix was placed in the mould, and molten metal, an alloy of lead, tin and antimony, was poured in. Each cast letter could be set with others into lines and pages, printed, and then broken up and used again."),
  P("Gutenberg also needed an ink that would stick to metal, unlike the water-based inks used by scribes. He used an oil-based ink, closer to the varnishes of contemporary painters. The press itself was adapted from the screw presses used for wine and paper making, and it pressed the paper evenly against the inked type."),
  C("A reconstructed wooden press of the fifteenth century, with the platen lowered over the type.", None, "Photo: Ilse Brandt / Rhineland Print Heritage"),
 ]},
 {"label": "Room 3", "title": "The Bible of Forty-Two Lines", "blocks": [
  P("The most famous product of the workshop was a Latin Bible, completed by 1455, with most pages set in two columns of forty-two lines. Around one hundred and eighty copies were printed, some on paper and some on vellum. Spaces were left for decorated initials and headings, which were added by hand after printing, so that each copy looks a little different. Enea Silvio Piccolomini, the future Pope Pius II, wrote in 1455 that he had seen pages of it in Frankfurt and that they could be read without glasses."),
  P("In the same year Fust sued Gutenberg for repayment of his loans. The court ruled largely in Fust's favour, and the workshop and much of its equipment passed to Fust and to Peter Sch\u00f6ffer, Gutenberg's former assistant. Gutenberg continued to print on a smaller scale. In 1465 the Archbishop of Mainz granted him a pension of grain, wine and clothing, and he died in 1468."),
  C("A page of the Gutenberg Bible, with initials painted in red and blue after printing.", "Above", "Courtesy of the Sch\u00f6ffer Society Library"),
  P("About forty-nine copies of the Bible survive, some of them incomplete. They are among the most valuable books in the world and remain the best witness to the skill of the Mainz workshop."),
 ]},
]

img1 = os.path.join(OUT, "build", "press.png"); img2 = os.path.join(OUT, "build", "bible_page.png")
Image.new("RGB", (480, 320), (190, 190, 190)).save(img1)
Image.new("RGB", (360, 480), (200, 200, 200)).save(img2)

d = Document()
sec = d.sections[0]
sec.page_width, sec.page_height = Mm(210), Mm(297)
sec.header.paragraphs[0].text = HEADER
d.core_properties.title = TITLE
d.add_heading(TITLE, level=1)
pics = {None: img1, "Above": img2}
for s in sections:
    if s["label"]:
        d.add_heading("%s: %s" % (s["label"], s["title"]), level=2)
    for b in s["blocks"]:
        if b["kind"] == "paragraph":
            d.add_paragraph(b["text"])
        else:
            d.add_paragraph().add_run().add_picture(pics[b["position"]], width=Mm(90 if b["position"] is None else 60))
            if b["position"] is None:
                d.add_paragraph(b["text"] + " " + b["credit"], style="Caption")
            else:
                p = d.add_paragraph()
                r = p.add_run(b["position"] + ": "); r.italic = True; r.bold = True
                r = p.add_run(b["text"]); r.italic = True
                r.add_break(WD_BREAK.LINE)
                r = p.add_run(b["credit"]); r.italic = True; r.font.size = Pt(9)
d.save(os.path.join(OUT, NAME + ".docx"))
write_gold(os.path.join(OUT, NAME + ".json"), TITLE, [HEADER], sections)
print("words", body_words(sections))
