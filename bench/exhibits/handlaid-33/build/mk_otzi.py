# -*- coding: utf-8 -*-
"""Ötzi: folio_pdf's own layout engine, tagged PDF with alternate text, unequal columns (narrow caption column)."""
import json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import OTZI as D, gold_for
from png import grey_png
from folio_fix import set_tagged, set_widths, set_alt, set_language, new_div
from folio_pdf import Document, Font, Color
from folio_pdf.enums import StandardPDFFont as S, HeadingLevel as HL, Alignment as AL
from folio_pdf.elements import Paragraph, Heading, Columns, Image, ImageElement, Div, Table

OUT = os.path.join(os.path.dirname(__file__), "..")
F = {k: Font(S(k)) for k in ["Times-Roman", "Times-Italic", "Times-Bold", "Helvetica", "Helvetica-Bold",
                             "Helvetica-Oblique", "Helvetica-BoldOblique"]}
grey = os.path.join(os.path.dirname(__file__), "grey_otzi.png")
grey_png(grey, 120, 90)

KEEP = []  # keep folio handles alive; TableCell has no working destructor in 0.2.0
doc = Document(595.28, 841.89)
set_tagged(doc)
doc.title(" ".join(D["title_lines"]))
doc.author("Museum of the High Valleys")
set_language(doc, "en-GB")
doc.margins(62, 48, 62, 48)
doc.header_text(D["header"], F["Helvetica"], 7.5, AL.RIGHT)
doc.footer_text(D["footer"], F["Helvetica"], 7.5, AL.CENTER)


def para(text, font, size, lead, align=AL.JUSTIFY, after=5, before=0):
    p = Paragraph(text, F[font], size)
    p.leading(lead)
    p.align(align)
    p.space_after(after)
    if before:
        p.space_before(before)
    return p


doc.add(para(D["kicker"], "Helvetica-Bold", 8, 1.2, AL.LEFT, 6))
h = Heading.new_with_font(D["title_lines"][0], HL.H1, F["Times-Bold"], 30)
doc.add(h)
h2 = Heading.new_with_font(D["title_lines"][1], HL.H1, F["Times-Italic"], 18)
doc.add(h2)
doc.add(para(D["intro"], "Times-Italic", 12.5, 1.3, AL.LEFT, 14, 8))

side_extra = {
    "4.2": ("quote", "Ninety metres of rock decided which country he belonged to."),
    "4.4": ("table", [("Age at death", "about 45"), ("Height", "1.60 metres"), ("Died", "c. 3300 BC"),
                      ("Last meal", "ibex, einkorn")]),
}
for s in D["sections"]:
    cols = Columns(2)
    set_widths(cols, [0.26, 0.74])
    cols.gap(16)
    c = s.get("caption")
    if c:
        # caption ABOVE its picture, credit under the picture
        cols.add(0, para(c["pos"] + ": " + c["text"], "Helvetica", 8, 1.25, AL.LEFT, 4, 24))
        img = ImageElement(Image.load_png(grey))
        img.size(118, 88)
        set_alt(img, "Grey placeholder box standing in for a photograph")
        cols.add(0, img)
        cols.add(0, para(c["credit"], "Helvetica-Oblique", 7, 1.2, AL.LEFT, 4, 3))
    ex = side_extra.get(s["label"])
    if ex and ex[0] == "quote":
        cols.add(0, para(ex[1], "Times-BoldItalic" if False else "Times-Italic", 14, 1.25, AL.LEFT, 6, 30))
    elif ex and ex[0] == "table":
        t = Table()
        for a, b in ex[1]:
            r = t.add_row()
            ca = r.add_cell(a, F["Helvetica-Bold"], 7.5)
            ca.background(Color(0.86, 0.90, 0.93))
            ca.padding(3)
            cb = r.add_cell(b, F["Helvetica"], 7.5)
            cb.padding(3)
            KEEP.extend([r, ca, cb])
        cols.add(0, para("Measured in the laboratory", "Helvetica-Bold", 8, 1.2, AL.LEFT, 3, 24))
        cols.add(0, t)
    cols.add(1, Heading.new_with_font(s["label"] + "  " + s["title"], HL.H2, F["Helvetica-Bold"], 13))
    for p in s["paras"]:
        cols.add(1, para(p, "Times-Roman", 10.5, 1.35, AL.JUSTIFY, 6))
    doc.add(cols)

box = new_div()
box.background(Color(0.92, 0.94, 0.96))
box.padding(10, 12, 10, 12)
box.space_before(10)
box.add(Heading.new_with_font(D["sidebar"]["title"], HL.H3, F["Helvetica-Bold"], 11.5))
for p in D["sidebar"]["paras"]:
    box.add(para(p, "Helvetica", 9, 1.35, AL.LEFT, 4))
doc.add(box)
doc.save(os.path.join(OUT, D["name"] + ".pdf"))

# running strings: header, then the footer as printed on each page
from subprocess import run
n = int([l for l in run(["pdfinfo", os.path.join(OUT, D["name"] + ".pdf")], capture_output=True, text=True).stdout.splitlines()
         if l.startswith("Pages:")][0].split()[1])
running = [D["header"]] + [D["footer"].replace("{page}", str(i + 1)).replace("{pages}", str(n)) for i in range(n)]
gold = gold_for(D, running=running)
json.dump(gold, open(os.path.join(OUT, D["name"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)

sys.stdout.flush()
os._exit(0)  # skip folio_pdf destructors (TableCell.__del__ crashes in 0.2.0)
