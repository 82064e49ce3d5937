"""Exhibit 5: penicillin (DOCX, python-docx). No built-in Heading or Title
style is used. The title is in a custom paragraph style "Exhibit Title"
(based on Normal); each section has a label paragraph "Room 1" in Normal with
direct formatting (bold, all caps, so it displays as ROOM 1 but stores
"Room 1") followed by the section title in a custom style "Gallery Head"
(based on Normal, no outline level). Captions sit in the cell under the
picture in one-column tables. A soft hyphen (w:softHyphen), a non-breaking
hyphen (w:noBreakHyphen) and italic Latin names inside paragraphs. Header
holds the running line."""
import os, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "penicillin_discovery"
TITLE = "The Mould That Changed Medicine: The Story of Penicillin"
RUNNING = "Harwell Museum of Medicine \u00b7 Gallery Guide"
ITALIC = ["Penicillium notatum", "Staphylococcus"]
SOFT = {"contamination": ("contami", "nation")}           # soft hyphen position
NBH = {"Anglo-American": ("Anglo", "American")}          # non-breaking hyphen

SECTIONS = [
    (None, TITLE, [
        P("Before the Second World War a scratch or a sore throat could kill. Penicillin, the first antibiotic to be "
          "widely used, turned many deadly infections into illnesses that could be cured in days. Its story involves a lucky "
          "accident, years of neglect and a race to produce enough of the drug to save lives in wartime."),
    ]),
    ("Room 1", "A Contaminated Plate", [
        P("In September 1928 the Scottish bacteriologist Alexander Fleming returned from a summer holiday to his untidy "
          "laboratory at St Mary\u2019s Hospital in London. Among the dishes of Staphylococcus bacteria he had left on his bench, "
          "one had been spoiled by a blue-green mould. Around the mould the bacteria had died."),
        P("Fleming identified the mould as Penicillium notatum and called the substance it produced penicillin. He published "
          "his results in 1929, but he could not make the substance pure or stable enough to use as a medicine, and for ten "
          "years it was little more than a laboratory curiosity, blamed by some on careless contamination."),
        C("A culture dish of the kind Fleming used, with a single colony of mould growing among the bacteria.",
          None, "Photo: Imogen Prideaux / Paddington Medical Archive"),
    ]),
    ("Room 2", "The Oxford Team", [
        P("In 1939 a team at the University of Oxford led by the Australian pathologist Howard Florey and the German-born "
          "chemist Ernst Chain took up the problem. Their colleague Norman Heatley designed equipment to grow the mould and "
          "extract the drug, using milk churns, baths and bedpans. Young women known as the penicillin girls tended the "
          "cultures."),
        P("On 25 May 1940 they infected eight mice with deadly bacteria and treated four of them with penicillin. By the next "
          "morning the untreated mice were dead and the treated ones were alive. In February 1941 the first patient, a police "
          "constable named Albert Alexander, began to recover, but the supply ran out before he was cured, and he died."),
        C("Glass and ceramic vessels improvised by the Oxford team to grow the mould in large quantities.",
          "Above", "Courtesy of the Radcliffe Collection of Scientific Instruments"),
    ]),
    ("Room 3", "Made in America", [
        P("Britain at war could not produce the drug on a large scale, so in 1941 Florey and Heatley flew to the United States. "
          "At a government laboratory in Peoria, Illinois, scientists found that the mould grew far better in corn steep "
          "liquor, a waste product of the starch industry. A mouldy melon from a local market provided a much more productive "
          "strain. It was brought in by Mary Hunt, a laboratory assistant whose search of the town\u2019s shops for mouldy "
          "fruit earned her the nickname Mouldy Mary."),
        P("Drug companies learned to grow the mould in huge tanks, and the Anglo-American effort increased production "
          "enormously. By the D-Day landings in June 1944 there was enough penicillin to treat every wounded Allied soldier "
          "who needed it."),
    ]),
    ("Room 4", "A Warning", [
        P("In 1945 Fleming, Florey and Chain shared the Nobel Prize in Physiology or Medicine. Other antibiotics, such as "
          "streptomycin, soon followed. In his Nobel lecture Fleming "
          "warned that bacteria exposed to too little of the drug could become resistant to it. Today, antibiotic resistance "
          "is one of the greatest threats to public health, and his warning is quoted more often than ever."),
        C("Fleming\u2019s original culture plate, dried and preserved, as it was shown at a London exhibition in 1945.",
          None, "\u00a9 Barnaby Quist"),
    ]),
]


def add_special(run_parent, text, size=None):
    """Add runs for text, italicising Latin names and emitting soft/non-breaking hyphens."""
    import re
    tokens = re.split("(%s)" % "|".join(map(re.escape, ITALIC + list(SOFT) + list(NBH))), text)
    for t in tokens:
        if not t:
            continue
        if t in ITALIC:
            r = run_parent.add_run(t); r.italic = True
        elif t in SOFT or t in NBH:
            a, b = (SOFT.get(t) or NBH.get(t))
            r = run_parent.add_run(a)
            el = OxmlElement("w:softHyphen" if t in SOFT else "w:noBreakHyphen")
            r._r.append(el)
            r2 = OxmlElement("w:t"); r2.text = b; r._r.append(r2)
        else:
            run_parent.add_run(t)


def main():
    d = Document()
    sec = d.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(25)
    st = d.styles
    st["Normal"].font.name = "Cambria"; st["Normal"].font.size = Pt(11)
    t = st.add_style("Exhibit Title", WD_STYLE_TYPE.PARAGRAPH); t.base_style = st["Normal"]
    t.font.size = Pt(24); t.font.bold = True; t.font.color.rgb = RGBColor(0x1f, 0x4e, 0x5a)
    t.paragraph_format.space_after = Pt(10)
    gh = st.add_style("Gallery Head", WD_STYLE_TYPE.PARAGRAPH); gh.base_style = st["Normal"]
    gh.font.size = Pt(15); gh.font.bold = True; gh.font.color.rgb = RGBColor(0x1f, 0x4e, 0x5a)
    gh.paragraph_format.space_after = Pt(6); gh.paragraph_format.keep_with_next = True
    cs = st.add_style("Caption Cell", WD_STYLE_TYPE.PARAGRAPH); cs.base_style = st["Normal"]
    cs.font.size = Pt(9); cs.font.name = "Calibri"

    hp = sec.header.paragraphs[0]; hp.text = RUNNING; hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    hp.runs[0].font.size = Pt(8); hp.runs[0].font.color.rgb = RGBColor(0x77, 0x77, 0x77)

    d.add_paragraph(TITLE, style="Exhibit Title")
    from PIL import Image
    img = os.path.join(HERE, "grey_plate.png")
    Image.new("RGB", (800, 450), (170, 170, 170)).save(img)
    for label, title, blocks in SECTIONS:
        if label:
            lp = d.add_paragraph()
            r = lp.add_run(label); r.bold = True; r.font.all_caps = True; r.font.size = Pt(9)
            r.font.color.rgb = RGBColor(0xa0, 0x40, 0x1a)
            lp.paragraph_format.space_before = Pt(14); lp.paragraph_format.space_after = Pt(0)
            lp.paragraph_format.keep_with_next = True
            d.add_paragraph(title, style="Gallery Head")
        for b in blocks:
            if b[0] == "p":
                p = d.add_paragraph()
                if label is None:
                    p.paragraph_format.space_after = Pt(8)
                add_special(p, b[1])
                if label is None:
                    for r in p.runs:
                        r.italic = True; r.font.size = Pt(12.5)
            else:
                tb = d.add_table(rows=2, cols=1)
                tb.style = d.styles["Table Grid"]
                c0 = tb.cell(0, 0).paragraphs[0]
                c0.add_run().add_picture(img, width=Mm(150))
                cp = tb.cell(1, 0).paragraphs[0]; cp.style = d.styles["Caption Cell"]
                if b[2]:
                    r = cp.add_run(b[2] + ": "); r.bold = True
                cp.add_run(b[1])
                if label == "Room 1":
                    # credit as a second paragraph in the same cell, italic
                    cr = tb.cell(1, 0).add_paragraph(style="Caption Cell")
                    r = cr.add_run(b[3]); r.italic = True
                else:
                    r = cp.add_run(" " + b[3]); r.italic = True
                d.add_paragraph()
    path = os.path.join(OUT, NAME + ".docx")
    d.save(path)
    write_gold(NAME, gold(TITLE, [RUNNING], SECTIONS))
    print(NAME, "words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
