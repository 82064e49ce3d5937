"""Exhibit 4: Word document written the way a curator drafts label copy (python-docx).
Title style, Heading 1 = panel label ("Panel 1"), Heading 2 = panel title, Normal body paragraphs,
inline PNG pictures each followed by a caption paragraph (Caption style or italic Normal),
running header and footer in the section header/footer."""
import os, sys
sys.path.insert(0, os.path.dirname(__file__))
from common import P, C, S, write_gold, OUT, make_png
from docx import Document
from docx.shared import Pt, Inches, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK

NAME = "dead_sea_scrolls"
TITLE = "Voices from the Caves: The Dead Sea Scrolls"
HEADER = "Dead Sea Scrolls exhibition — panel text"
FOOTER = "Gallery of the Book · label copy, version 3"

intro = P("The Dead Sea Scrolls are the oldest surviving manuscripts of the Hebrew Bible, copied roughly a thousand years earlier than the medieval texts on which modern editions had been based. This exhibition tells how they were found, how they were reunited and what they reveal about Judaism at the time of the Second Temple.")
c0 = C("The cliffs above Qumran, with the openings of Cave 4 visible in the marl terrace.", None, "Photo: Daniel Orbach")
p1 = P("Late in 1946 or early in 1947, a young Bedouin shepherd named Muhammed edh-Dhib was searching for a stray goat in the cliffs above the north-western shore of the Dead Sea. He threw a stone into a small opening in the rock and heard pottery break. When he and his cousins returned to the cave, they found tall clay jars, some of them containing leather scrolls wrapped in linen.")
p2 = P("The Bedouin sold the first seven scrolls through antiquities dealers in Bethlehem. Three were bought in November 1947 by Eleazar Sukenik, an archaeologist at the Hebrew University, on the same day that the United Nations voted to partition Palestine. The other four were acquired by Mar Athanasius Samuel, the Syrian Orthodox metropolitan of Jerusalem, who later took them to the United States.")
c1 = C("A cylindrical storage jar and lid from Cave 1, of the type in which the first scrolls were found.", "Above", "Courtesy of the Judean Desert Antiquities Trust")
p3 = P("News of the find set off a race between archaeologists and Bedouin searchers. Between 1949 and 1956 eleven caves near the ruins of Khirbet Qumran yielded scrolls, most of them in fragments. Cave 4, cut into the marl terrace close to the ruins, alone held parts of several hundred manuscripts. The French Dominican scholar Roland de Vaux, working with G. Lankester Harding of the Jordanian antiquities department, also excavated the settlement itself between 1951 and 1956.")
p4 = P("Altogether the caves produced the remains of about nine hundred manuscripts, written mostly in Hebrew but also in Aramaic and Greek, and dating from the third century BC to the first century AD. Around a quarter are books of the Hebrew Bible; every book is represented except Esther. Others are hymns, commentaries, calendars and rule books that describe the life of a strict religious community, which many scholars identify with the Essenes.")
c2 = C("The Copper Scroll from Cave 3, cut into strips in Manchester after it proved impossible to unroll.", "Right", "Photo: Miriam Adler")
p5 = P("In 1954 Mar Samuel advertised his four scrolls for sale in The Wall Street Journal. Yigael Yadin, Sukenik's son, arranged to buy them through intermediaries for two hundred and fifty thousand dollars, reuniting the first seven scrolls in Jerusalem. They are now displayed in the Shrine of the Book, a building at the Israel Museum opened in 1965, whose white dome was designed to resemble the lid of a scroll jar.")
p6 = P("For decades the publication of the fragments from Cave 4 moved slowly, and access was limited to a small team of editors. After photographs were released to other scholars in 1991, the work accelerated, and the official series of editions was largely completed by the early 2000s. Today the Israel Antiquities Authority makes high-resolution images of the scrolls freely available online, so that anyone can study texts that lay hidden for two thousand years.")
c3 = C("A conservator examines a fragment under multispectral imaging lights.", None, None)

sections = [
    S(None, TITLE, [intro, c0]),
    S("Panel 1", "A Shepherd's Discovery", [p1, p2, c1]),
    S("Panel 2", "Eleven Caves", [p3, p4, c2]),
    S("Panel 3", "The Scrolls Today", [p5, p6, c3]),
]


def build():
    imgdir = os.path.join(OUT, "build", "img_scrolls"); os.makedirs(imgdir, exist_ok=True)
    imgs = [make_png(os.path.join(imgdir, f"s{i}.png"), 420, 260, seed=300 + i) for i in range(4)]
    d = Document()
    sec = d.sections[0]
    sec.header.paragraphs[0].text = HEADER
    sec.header.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    sec.footer.paragraphs[0].text = FOOTER
    normal = d.styles["Normal"]; normal.font.name = "Calibri"; normal.font.size = Pt(11)

    d.add_paragraph(TITLE, style="Title")
    d.add_paragraph(intro["text"])
    # hero picture + Caption-style caption, credit as a trailing run after a full stop
    d.add_picture(imgs[0], width=Inches(5.5))
    cp = d.add_paragraph(style="Caption")
    cp.add_run(c0["text"] + " ")
    cp.add_run(c0["credit"])

    d.add_paragraph("Panel 1", style="Heading 1")
    d.add_paragraph("A Shepherd's Discovery", style="Heading 2")
    d.add_paragraph(p1["text"]); d.add_paragraph(p2["text"])
    d.add_picture(imgs[1], width=Inches(2.6))
    # caption written in italics in a Normal paragraph, label in bold
    cp = d.add_paragraph()
    r = cp.add_run("Above: "); r.bold = True; r.italic = True
    r = cp.add_run(c1["text"] + " "); r.italic = True
    r = cp.add_run(c1["credit"]); r.italic = True; r.font.size = Pt(9)

    d.add_paragraph("Panel 2", style="Heading 1")
    d.add_paragraph("Eleven Caves", style="Heading 2")
    d.add_paragraph(p3["text"]); d.add_paragraph(p4["text"])
    d.add_picture(imgs[2], width=Inches(2.8))
    d.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp = d.add_paragraph(style="Caption"); cp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    cp.add_run("Right: " + c2["text"])
    r = cp.add_run(); r.add_break(WD_BREAK.LINE)
    r = cp.add_run(c2["credit"]); r.font.size = Pt(7.5); r.font.color.rgb = RGBColor(0x66, 0x66, 0x66)

    d.add_paragraph("Panel 3", style="Heading 1")
    d.add_paragraph("The Scrolls Today", style="Heading 2")
    d.add_paragraph(p5["text"]); d.add_paragraph(p6["text"])
    d.add_picture(imgs[3], width=Inches(3.2))
    d.add_paragraph(c3["text"], style="Caption")
    d.core_properties.title = TITLE
    d.core_properties.author = "Curatorial Department"
    d.save(os.path.join(OUT, NAME + ".docx"))


if __name__ == "__main__":
    build()
    write_gold(NAME, TITLE, [HEADER, FOOTER], sections)
    print("ok")
