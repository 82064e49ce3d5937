"""Exhibit 5: the Panama Canal, as a Word document (python-docx). Built-in
Title style; an italic intro; section headings in built-in Heading 1 whose
labels ("Stage 1" ... "Stage 4") come ONLY from Word list numbering
(numbering.xml lvlText "Stage %1", suffix tab): the paragraph text holds just
the title. The body after the intro is in a continuous section with TWO
columns. A pull quote in the built-in "Intense Quote" style repeats a body
sentence (decoration, not in the gold). Captions in the built-in "Caption"
style sit ABOVE their inline picture; the credit is a separate right-aligned
paragraph below the picture. Hard inline cases: tracked changes (w:ins text
is part of the gold, w:del text is not), a hyperlink run, a manual line
break inside a caption, a page break (w:br type=page) inside a paragraph.
Header: museum name and gallery name in one paragraph, separated by two
tabs. No footer."""
import os, sys, copy
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import P, C, gold, write_gold, body_words, n_captions, OUT, HERE
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.enum.section import WD_SECTION
from docx.oxml.ns import qn
from docx.oxml import OxmlElement

NAME = "panama_canal"
TITLE = "A Path Between the Seas: Building the Panama Canal"
HEAD_L = "Isthmus Heritage Centre"
HEAD_R = "Gallery of Engineering"
LABELS = ["Stage 1", "Stage 2", "Stage 3", "Stage 4"]
PULL = "More than twenty thousand workers are thought to have died."

# inline markup inside paragraph strings: [+text+] inserted (tracked), [-text-] deleted (tracked),
# {link|url} hyperlink, ^^ page break, || manual line break (captions)
RAW = [
    (None, TITLE, [
        ("p", "For centuries sailors dreamed of a short cut between the Atlantic and the Pacific. When the Panama Canal "
              "opened in 1914, a voyage from New York to San Francisco became some thirteen thousand kilometres shorter than "
              "the route around Cape Horn."),
    ]),
    ("Stage 1", "The French Attempt", [
        ("p", "In 1881 a French company led by Ferdinand de Lesseps, who had built the Suez Canal, began digging across "
              "the Isthmus of Panama, then part of Colombia. De Lesseps planned a canal at sea level, like the one at Suez, "
              "but the rainforest, the mountains of the continental divide and the floods of the Chagres River made the "
              "[-huge -]task far harder than he expected."),
        ("p", "Yellow fever and malaria killed thousands of workers. Nobody yet knew that both diseases were carried by "
              "mosquitoes. In 1889 the company went bankrupt, ruining many small investors in France. "
              "More than twenty thousand workers are thought to have died."),
        ("c", "Excavators of the French company abandoned in the jungle after 1889.||They were later reused by the American engineers.",
         None, "Photo: Marguerite Lavallée / Fonds Colón"),
    ]),
    ("Stage 2", "An American Project", [
        ("p", "In 1903 Panama broke away from Colombia with the support of the United States, which quickly signed a "
              "treaty giving it control of a strip of land across the isthmus. The Americans bought the French equipment and "
              "excavations and started work in 1904."),
        ("p", "Before digging could go well, the workers had to stay alive. The army doctor "
              "{William Gorgas|https://example.org/gorgas} drained swamps, screened windows and fumigated houses, and "
              "within two years yellow fever had disappeared from the Canal Zone."),
    ]),
    ("Stage 3", "Locks and a Lake", [
        ("p", "The chief engineer John Stevens, and after him George Washington Goethals, abandoned the idea of a canal at "
              "sea level. Instead a huge dam across the Chagres River created Gatun Lake, and three sets of locks lift "
              "ships twenty-six metres up to the lake and lower them on the other side. The deepest cut, through the hills "
              "at Culebra, was dug by steam shovels loading rock into trains of dirt cars, and landslides "
              "repeatedly ^^filled it again."),
        ("c", "Steam shovels at work in the Culebra Cut in 1912.", None, "Courtesy of the Ridley Hendrick Photograph Collection"),
    ]),
    ("Stage 4", "Opening and After", [
        ("p", "The canal opened on 15 August 1914, a few days after the start of the First World War, and the event "
              "[+passed almost unnoticed in Europe. +]About forty people from "
              "many countries had worked on it at its height, most of them from the islands of the Caribbean."),
        ("p", "The United States ran the canal until 1999, when it passed to Panama under treaties signed in 1977. A "
              "wider set of locks opened in 2016 for the giant container ships of today."),
    ]),
]

# final wording of the Stage 4 paragraph (with a tracked insertion)
RAW[4][2][0] = ("p", "The canal opened on 15 August 1914, a few days after the start of the First World War, and the event "
                     "[+passed almost unnoticed in Europe. +]At the height of construction more than forty thousand people "
                     "from many countries worked on it, most of them from the islands of the Caribbean.")

import re


def plain(s):
    s = re.sub(r"\[\+(.*?)\+\]", r"\1", s)
    s = re.sub(r"\[-(.*?)-\]", "", s)
    s = re.sub(r"\{([^|}]*)\|[^}]*\}", r"\1", s)
    s = s.replace("^^", "").replace("||", " ")
    return s


SECTIONS = []
for lab, tit, bl in RAW:
    out = []
    for b in bl:
        if b[0] == "p":
            out.append(P(plain(b[1])))
        else:
            out.append(C(plain(b[1]), b[2], b[3]))
    SECTIONS.append((lab, tit, out))


def el(tag, **attrs):
    e = OxmlElement(tag)
    for k, v in attrs.items():
        e.set(qn(k), str(v))
    return e


def add_numbering(doc):
    """Add an abstractNum with lvlText 'Stage %1' and return its numId."""
    numbering = doc.part.numbering_part.element
    anum = el("w:abstractNum", **{"w:abstractNumId": 90})
    lvl = el("w:lvl", **{"w:ilvl": 0})
    lvl.append(el("w:start", **{"w:val": 1}))
    lvl.append(el("w:numFmt", **{"w:val": "decimal"}))
    lvl.append(el("w:suff", **{"w:val": "tab"}))
    lvl.append(el("w:lvlText", **{"w:val": "Stage %1"}))
    lvl.append(el("w:lvlJc", **{"w:val": "left"}))
    ppr = el("w:pPr"); ind = el("w:ind", **{"w:left": 0, "w:hanging": 0}); ppr.append(ind); lvl.append(ppr)
    rpr = el("w:rPr"); rpr.append(el("w:b")); rpr.append(el("w:color", **{"w:val": "B5651D"})); lvl.append(rpr)
    anum.append(lvl)
    # abstractNum elements must come before num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(anum)
    else:
        numbering.append(anum)
    num = el("w:num", **{"w:numId": 90}); num.append(el("w:abstractNumId", **{"w:val": 90}))
    numbering.append(num)
    return 90


_rev = [100]


def add_runs(p, s, italic=False):
    """Write s into paragraph p, honouring the inline markup."""
    parts = re.split(r"(\[\+.*?\+\]|\[-.*?-\]|\{[^}]*\}|\^\^|\|\|)", s)
    for part in parts:
        if not part:
            continue
        if part.startswith("[+"):
            ins = el("w:ins", **{"w:id": _rev[0], "w:author": "R. Okafor", "w:date": "2026-02-11T10:00:00Z"}); _rev[0] += 1
            r = el("w:r"); t = el("w:t"); t.text = part[2:-2]; t.set(qn("xml:space"), "preserve"); r.append(t); ins.append(r)
            p._p.append(ins)
        elif part.startswith("[-"):
            d = el("w:del", **{"w:id": _rev[0], "w:author": "R. Okafor", "w:date": "2026-02-11T10:00:00Z"}); _rev[0] += 1
            r = el("w:r"); t = el("w:delText"); t.text = part[2:-2]; t.set(qn("xml:space"), "preserve"); r.append(t); d.append(r)
            p._p.append(d)
        elif part.startswith("{"):
            text, url = part[1:-1].split("|")
            rid = p.part.relate_to(url, "http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink",
                                   is_external=True)
            h = el("w:hyperlink", **{"r:id": rid})
            r = el("w:r"); rpr = el("w:rPr"); rpr.append(el("w:rStyle", **{"w:val": "Hyperlink"})); r.append(rpr)
            t = el("w:t"); t.text = text; r.append(t); h.append(r)
            p._p.append(h)
        elif part == "^^":
            p.add_run().add_break(WD_BREAK.PAGE)
        elif part == "||":
            p.add_run().add_break(WD_BREAK.LINE)
        else:
            r = p.add_run(part); r.italic = italic or None


def set_cols(section, n, space_mm=8):
    sectPr = section._sectPr
    cols = sectPr.find(qn("w:cols"))
    if cols is None:
        cols = el("w:cols"); sectPr.append(cols)
    cols.set(qn("w:num"), str(n)); cols.set(qn("w:space"), str(int(space_mm * 56.7)))


def main():
    doc = Document()
    st = doc.styles
    st["Normal"].font.name = "Georgia"; st["Normal"].font.size = Pt(10.5)
    st["Title"].font.size = Pt(26)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(20)
    hp = sec.header.paragraphs[0]; hp.text = HEAD_L + "\t\t" + HEAD_R
    for r in hp.runs:
        r.font.size = Pt(8); r.font.color.rgb = RGBColor(0x77, 0x77, 0x77)
    numid = add_numbering(doc)

    doc.add_paragraph(TITLE, style="Title")
    ip = doc.add_paragraph(); add_runs(ip, RAW[0][2][0][1], italic=True)
    for r in ip.runs:
        r.font.size = Pt(12)
    # continuous section break -> two columns for the rest
    new = doc.add_section(WD_SECTION.CONTINUOUS)
    set_cols(new, 2)
    grey = os.path.join(HERE, "grey_plate.png")
    for label, title, blocks in RAW[1:]:
        h = doc.add_paragraph(title, style="Heading 1")
        ppr = h._p.get_or_add_pPr()
        numpr = el("w:numPr"); numpr.append(el("w:ilvl", **{"w:val": 0})); numpr.append(el("w:numId", **{"w:val": numid}))
        ppr.insert(0, numpr) if ppr.find(qn("w:pStyle")) is None else ppr.find(qn("w:pStyle")).addnext(numpr)
        for b in blocks:
            if b[0] == "p":
                p = doc.add_paragraph(); p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                add_runs(p, b[1])
                if label == "Stage 1" and PULL in b[1]:
                    q = doc.add_paragraph(PULL, style="Intense Quote")
            else:
                cp = doc.add_paragraph(style="Caption"); add_runs(cp, b[1])
                doc.add_paragraph().add_run().add_picture(grey, width=Mm(78))
                crp = doc.add_paragraph(); crp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                cr = crp.add_run(b[3]); cr.italic = True; cr.font.size = Pt(7.5)
    doc.core_properties.title = "A Path Between the Seas"
    doc.save(os.path.join(OUT, NAME + ".docx"))
    write_gold(NAME, gold(TITLE, [HEAD_L, HEAD_R], SECTIONS))
    print(NAME, "body words", body_words(SECTIONS), "captions", n_captions(SECTIONS))


if __name__ == "__main__":
    main()
