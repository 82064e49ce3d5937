"""Exhibit 5: DOCX exhibition text (python-docx 1.2 + hand-made XML), A4.
Title inside a block content control (w:sdt), case numbers as separate small paragraphs above "Heading 2",
Word comments, hidden (w:vanish) curator notes, Caption paragraphs with a SEQ field and the credit after a line break,
a "Key Dates" table with a header row, different first-page header. Topic: the Montgolfier balloons, 1783."""
import struct, zlib, copy
from docx import Document
from docx.shared import Pt, Mm, RGBColor
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn
from docx.oxml import OxmlElement
from common import *

NAME = "montgolfier_balloons"
TITLE = "Lighter Than Air: The Montgolfier Balloons of 1783"
INTRO = ("In a single year two brothers from a small French town turned an old dream into a public spectacle. Their "
         "balloons of paper and cloth carried the first living passengers, and then the first people, into the sky.")
HDR_FIRST = "Ballooning Gallery · Exhibition Text"
HDR_REST = "Exhibition text (continued)"

# paragraphs: str, or (before, hidden_note, after) for a hidden curator note inside the paragraph
CASES = [
    ("Case 1", "Paper Makers of Annonay", [
        "Joseph-Michel and Jacques-Étienne Montgolfier belonged to a family that ran a large paper mill at Annonay, "
        "south of Lyon. Joseph was a dreamer with an interest in science; Étienne managed the business and had "
        "trained as an architect.",
        ("Watching smoke and sparks rise from a fire, the brothers wondered whether the smoke could lift a bag made "
         "of light material. ", "[CURATOR: the laundry story is legend – keep it out] ",
         "On 4 June 1783 they invited the people of Annonay to watch a large bag of cloth lined with paper rise from "
         "the town square. It climbed for about ten minutes and came down two kilometres away."),
    ], ("The demonstration at Annonay, from a print published later that year.",
        "Photo: Solène Marchetti / Rhône Valley Print Collection")),
    ("Case 2", "A Sheep, a Duck and a Rooster", [
        "News of the flight reached Paris quickly. On 19 September 1783 Étienne launched a balloon from the palace of "
        "Versailles in front of King Louis XVI and Marie Antoinette. Its basket carried a sheep, a duck and a rooster.",
        "The animals landed safely in a wood about three kilometres away after eight minutes in the air. Scientists "
        "had feared that the air high above the ground might be poisonous; the passengers showed that a living "
        "creature could survive the journey.",
    ], None),
    ("Case 3", "The First Aeronauts", [
        "On 21 November 1783 the young scientist Jean-François Pilâtre de Rozier and the Marquis d’Arlandes stood "
        "on a gallery around the base of a richly decorated balloon at the Château de la Muette, on the edge of "
        "Paris. They fed a fire of straw and wool with pitchforks as they flew.",
        "The flight lasted about twenty-five minutes and covered some nine kilometres across the city. The brothers "
        "believed that the smoke itself had special lifting powers. In fact, the balloon rose because hot air is "
        "lighter than the cold air around it.",
        "Less than two weeks later, on 1 December, the physicist Jacques Charles rose from the Tuileries gardens in "
        "a balloon filled with hydrogen. For many years afterwards the French called the two kinds of balloon "
        "montgolfières and charlières.",
    ], ("A replica of the balloon flown from La Muette, hanging in the gallery.",
        "Courtesy of the Aérophile Society of Lyon")),
]
DATES_TITLE = "Key Dates"
DATES_HEAD = ("Date", "Event")
DATES = [
    ("4 June 1783", "First public demonstration at Annonay."),
    ("19 September 1783", "Animals fly at Versailles."),
    ("21 November 1783", "First free flight with people on board."),
    ("1 December 1783", "Jacques Charles flies a hydrogen balloon in Paris."),
]
COMMENT = "Can we get a loan of the Versailles print for this case?"


def grey_png(path, w=400, h=260, v=0xb8):
    raw = b"".join(b"\x00" + bytes([v]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) + \
        chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
    open(path, "wb").write(png)


def add_seq_caption(doc, text, credit):
    p = doc.add_paragraph(style="Caption")
    p.add_run("Figure ")
    def fld(tag, **kw):
        r = OxmlElement("w:r")
        el = OxmlElement(tag)
        for k, v in kw.items():
            el.set(qn(k), v)
        r.append(el)
        return r
    p._p.append(fld("w:fldChar", **{"w:fldCharType": "begin"}))
    r = OxmlElement("w:r"); it = OxmlElement("w:instrText"); it.set(qn("xml:space"), "preserve")
    it.text = " SEQ Figure \\* ARABIC "; r.append(it); p._p.append(r)
    p._p.append(fld("w:fldChar", **{"w:fldCharType": "separate"}))
    num = add_seq_caption.n = getattr(add_seq_caption, "n", 0) + 1
    r = OxmlElement("w:r"); t = OxmlElement("w:t"); t.text = str(num); r.append(t); p._p.append(r)
    p._p.append(fld("w:fldChar", **{"w:fldCharType": "end"}))
    p.add_run(". " + text)
    br = p.add_run(); br.add_break()
    cr = p.add_run(credit); cr.italic = True; cr.font.size = Pt(7.5); cr.font.color.rgb = RGBColor(0x70, 0x70, 0x70)
    return f"Figure {num}. {text}"


def build():
    doc = Document()
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Mm(210), Mm(297)
    sec.left_margin = sec.right_margin = Mm(24)
    st = doc.styles
    st["Normal"].font.name = "Garamond"; st["Normal"].font.size = Pt(11)
    st["Title"].font.size = Pt(26)
    cn = st.add_style("Case Number", WD_STYLE_TYPE.PARAGRAPH)
    cn.base_style = st["Normal"]; cn.font.size = Pt(9); cn.font.bold = True; cn.font.all_caps = False
    cn.font.color.rgb = RGBColor(0x9a, 0x3b, 0x12); cn.paragraph_format.space_before = Pt(14)
    cn.paragraph_format.space_after = Pt(0); cn.paragraph_format.keep_with_next = True
    st["Caption"].font.size = Pt(9)

    # header: different first page
    sec.different_first_page_header_footer = True
    sec.first_page_header.paragraphs[0].text = HDR_FIRST
    sec.header.paragraphs[0].text = HDR_REST
    for hp in (sec.first_page_header.paragraphs[0], sec.header.paragraphs[0]):
        hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        for r in hp.runs:
            r.font.size = Pt(8)

    # title inside a block-level content control
    tp = doc.add_paragraph(TITLE, style="Title")
    sdt = OxmlElement("w:sdt"); pr = OxmlElement("w:sdtPr")
    al = OxmlElement("w:alias"); al.set(qn("w:val"), "Exhibition title"); pr.append(al)
    tg = OxmlElement("w:tag"); tg.set(qn("w:val"), "exhibit-title"); pr.append(tg)
    sdt.append(pr); content = OxmlElement("w:sdtContent")
    tp._p.addprevious(sdt); content.append(tp._p); sdt.append(content)
    ip = doc.add_paragraph(); r = ip.add_run(INTRO); r.italic = True; r.font.size = Pt(12.5)

    png = f"{BUILD}/grey_plate.png"; grey_png(png)
    captions = {}
    for lab, title, paras, fig in CASES:
        doc.add_paragraph(lab, style="Case Number")
        doc.add_paragraph(title, style="Heading 2")
        for i, para in enumerate(paras):
            if isinstance(para, tuple):
                p = doc.add_paragraph(para[0])
                h = p.add_run(para[1]); h.font.hidden = True; h.font.color.rgb = RGBColor(0xc0, 0, 0)
                p.add_run(para[2])
            elif "twenty-five" in para:
                a, b = para.split("twenty-five")
                p = doc.add_paragraph(a + "twenty")
                r = OxmlElement("w:r"); r.append(OxmlElement("w:noBreakHyphen")); p._p.append(r)
                p.add_run("five" + b)
            else:
                p = doc.add_paragraph(para)
            if lab == "Case 2" and i == 0:
                doc.add_comment(p.runs, text=COMMENT, author="L. Ferrand", initials="LF")
        if fig:
            pp = doc.add_paragraph(); pp.add_run().add_picture(png, width=Mm(90))
            pp.paragraph_format.keep_with_next = True
            captions[lab] = add_seq_caption(doc, fig[0], fig[1])
    doc.add_paragraph(DATES_TITLE, style="Heading 2")
    tb = doc.add_table(rows=1 + len(DATES), cols=2)
    tb.style = "Light List Accent 1"
    for j, v in enumerate(DATES_HEAD):
        tb.rows[0].cells[j].text = v
    for i, (d, e) in enumerate(DATES, 1):
        tb.rows[i].cells[0].text = d; tb.rows[i].cells[1].text = e
    doc.add_paragraph()
    doc.core_properties.title = TITLE
    doc.save(f"{OUT}/{NAME}.docx")
    return captions


captions = build()
sections = [S(None, TITLE, [P(INTRO)])]
for lab, title, paras, fig in CASES:
    b = [P(p if isinstance(p, str) else p[0] + p[2]) for p in paras]
    if fig:
        b.append(C(captions[lab], fig[1]))
    sections.append(S(lab, title, b))
sections.append(S(None, DATES_TITLE, [P(f"{d} {e}") for d, e in DATES]))
write_gold(NAME, TITLE, [HDR_FIRST, HDR_REST], sections)
