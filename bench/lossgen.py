"""Files whose producers or features tend to lose text, for bench/text_loss.py.

    python bench/lossgen.py OUT_DIR

Writes, with invented sentences (every sentence names a distinct invented word so a loss
is easy to see): PDFs with pages turned by /Rotate 90/180/270, text drawn inside a form
XObject, a filled form field and a FreeText annotation (reportlab, pypdf); a DOCX with a
floating text box given as a drawing with its VML fallback, a table nested in a table, a
content control in a cell, a row inside a content control, a simple field, an
equation and a SmartArt diagram (python-docx plus raw
WordprocessingML); an HTML page with ``<details>``, ``<template>``, ``<iframe
srcdoc>``, ``<embed>``, ``<object>`` fallback content, ``<noscript>``, SVG text, CDATA,
``<address>``, a nested table and loose text; Markdown with footnotes, HTML blocks and a
definition list; TEI with notes, ``choice``, ``app``, ``sp``, ``table`` and
``floatingText``; and the pages and files of ``pdf_pages`` and ``more_text_files``
(an OCR layer, pages turned with no /Rotate, a tent card, a page-level header holding the
headline, TEI text outside its section divs, inline HTML in Markdown). Nothing here is read by vitrina itself.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

LINES = [
    "The ferryman of Quillbrook counted every lantern on the pier before the storm arrived.",
    "Weavers from Marrowdene sold indigo cloth at the autumn fair for three silver coins.",
    "A glassblower named Tessaly built a furnace behind the chapel in the spring of the flood.",
    "The orchard keeper recorded each frost in a ledger bound with goatskin and brass.",
    "Children at the Pellworth school learned their letters by copying the harbour signs.",
    "The surveyor's chain was fifty links long and rusted badly in the salt marsh air.",
]


def pdf_rotated(out: Path) -> None:
    """One page per /Rotate value, each with two paragraphs set for the turned page."""
    from pypdf import PdfReader, PdfWriter
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    for angle in (90, 180, 270):
        buf = io.BytesIO()
        width, height = A4
        # the content is drawn so that it reads upright once the viewer turns the page
        shown_w, shown_h = (height, width) if angle in (90, 270) else (width, height)
        c = canvas.Canvas(buf, pagesize=A4)
        for page in range(2):
            c.saveState()
            if angle == 90:  # shown (X, Y) is stored (width - Y, X)
                c.translate(width, 0)
                c.rotate(90)
            elif angle == 180:
                c.translate(width, height)
                c.rotate(180)
            elif angle == 270:  # shown (X, Y) is stored (Y, height - X)
                c.translate(0, height)
                c.rotate(-90)
            c.setFont("Helvetica-Bold", 16)
            c.drawString(60, shown_h - 70, f"Turned sheet {page + 1} of the harbour notes")
            c.setFont("Helvetica", 11)
            y = shown_h - 110
            for line in LINES[page * 3:page * 3 + 3]:
                c.drawString(60, y, line)
                y -= 16
            c.restoreState()
            c.showPage()
        c.save()
        reader = PdfReader(io.BytesIO(buf.getvalue()))
        writer = PdfWriter()
        for page in reader.pages:
            page.rotate(angle)
            writer.add_page(page)
        with open(out / f"rotate_{angle}.pdf", "wb") as fh:
            writer.write(fh)


def pdf_xobject_forms(out: Path) -> None:
    """Body text, a boxed panel drawn as a form XObject, a filled form field and a
    FreeText annotation."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(out / "xobject_form.pdf"), pagesize=A4)
    c.setTitle("Harbour ledger")
    c.setFont("Helvetica-Bold", 18)
    c.drawString(60, 780, "The Harbour Ledger")
    c.setFont("Helvetica", 11)
    y = 750
    for line in LINES[:3]:
        c.drawString(60, y, line)
        y -= 16
    c.beginForm("panel")
    c.setFont("Helvetica", 11)
    c.drawString(70, 600, LINES[3])
    c.drawString(70, 584, LINES[4])
    c.rect(60, 570, 480, 50)
    c.endForm()
    c.doForm("panel")
    c.drawString(60, 540, LINES[5])
    c.acroForm.textfield(name="visitor", value="Signed by the warden of Oxbury lighthouse",
                         x=60, y=480, width=400, height=20)
    c.showPage()
    c.save()


def docx_features(out: Path) -> None:
    import docx
    from docx.oxml import parse_xml

    d = docx.Document()
    d.add_heading("The Quillbrook Ferry", 1)
    body = d.add_paragraph(LINES[0])
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
          'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    box = f"""<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor>
      <a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
      <wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{LINES[1]}</w:t></w:r></w:p></w:txbxContent>
      </wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>
      <mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{LINES[1]}</w:t></w:r></w:p>
      </w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>"""
    body._p.append(parse_xml(box))
    outer = d.add_table(rows=1, cols=2)
    outer.cell(0, 0).text = LINES[2]
    inner = outer.cell(0, 1).add_table(rows=1, cols=1)
    inner.cell(0, 0).text = LINES[3]
    cell = outer.cell(0, 0)._tc
    cell.append(parse_xml(
        f'<w:sdt {ns}><w:sdtContent><w:p><w:r><w:t>{LINES[4]}</w:t></w:r></w:p></w:sdtContent></w:sdt>'))
    row = '<w:tc><w:p><w:r><w:t>Lamps of Ambervale were trimmed at dusk.</w:t></w:r></w:p></w:tc>'
    outer._tbl.append(parse_xml(f'<w:sdt {ns}><w:sdtContent><w:tr>{row}</w:tr></w:sdtContent></w:sdt>'))
    para = d.add_paragraph("The harbour master wrote: ")
    para._p.append(parse_xml(f'<w:fldSimple {ns} w:instr="QUOTE"><w:r><w:t>{LINES[5]}</w:t></w:r></w:fldSimple>'))
    d.add_paragraph("Gulls nested on the breakwater of Corvenmouth every single year.")
    math = ('<m:oMath xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math">'
            "<m:r><m:t>forty fathoms</m:t></m:r></m:oMath>")
    sounding = d.add_paragraph("The pilots of Thistlegate sounded ")
    sounding._p.append(parse_xml(math))
    sounding.add_run(" off the point.")
    _smartart(d, ["Lamps lit at the Lindqvist dock", "Boats counted by the warden"])
    _notes(d, "footnotes", "The ferry log of Quillbrook was kept in the vestry until the fire.")
    _notes(d, "endnotes", "Soundings were taken again by the Corvenmouth pilots a decade later.")
    d.save(out / "features.docx")


def _notes(d, kind: str, text: str) -> None:
    """A footnotes or endnotes part with Word's separator note and one note, called from
    the first body paragraph."""
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    one = kind[:-1]
    xml = (f'<w:{kind} xmlns:w="{w}"><w:{one} w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r>'
           f'</w:p></w:{one}><w:{one} w:id="1"><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:{one}></w:{kind}>')
    part = Part(PackURI(f"/word/{kind}.xml"),
                f"application/vnd.openxmlformats-officedocument.wordprocessingml.{kind}+xml", xml.encode(),
                d.part.package)
    d.part.relate_to(part, f"http://schemas.openxmlformats.org/officeDocument/2006/relationships/{kind}")
    call = f'<w:r xmlns:w="{w}"><w:{one}Reference w:id="1"/></w:r>'
    d.paragraphs[1]._p.append(parse_xml(call))


def _smartart(d, texts: list[str]) -> None:
    """A SmartArt diagram: its data part holds the words, the body only a reference."""
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.opc.packuri import PackURI
    from docx.opc.part import Part
    from docx.oxml import parse_xml

    dgm = "http://schemas.openxmlformats.org/drawingml/2006/diagram"
    a = "http://schemas.openxmlformats.org/drawingml/2006/main"
    points = "".join(f'<dgm:pt modelId="{n}"><dgm:t><a:bodyPr/><a:p><a:r><a:t>{t}</a:t></a:r></a:p></dgm:t>'
                     f"</dgm:pt>" for n, t in enumerate(texts, 1))
    data = f'<dgm:dataModel xmlns:dgm="{dgm}" xmlns:a="{a}"><dgm:ptLst>{points}</dgm:ptLst></dgm:dataModel>'
    part = Part(PackURI("/word/diagrams/data1.xml"),
                "application/vnd.openxmlformats-officedocument.drawingml.diagramData+xml", data.encode(),
                d.part.package)
    rid = d.part.relate_to(part, RT.DIAGRAM_DATA)
    run = (f'<w:r xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:drawing>'
           f'<wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">'
           f'<a:graphic xmlns:a="{a}"><a:graphicData uri="{dgm}"><dgm:relIds xmlns:dgm="{dgm}" '
           f'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:dm="{rid}"/>'
           "</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>")
    d.add_paragraph()._p.append(parse_xml(run))


HTML = """<!doctype html><html><head><meta charset="utf-8"><title>Harbour notes</title></head><body>
<main><h1>Harbour Notes</h1>
<p>{0}</p>
<details><summary>The glassblower's furnace</summary><p>{2}</p></details>
<template><p>A template line about unseen brambles never shows.</p></template>
<iframe srcdoc="&lt;p&gt;{1}&lt;/p&gt;" title="weavers"></iframe>
<object data="ledger.svg" type="image/svg+xml"><p>{3}</p></object>
<embed src="chart.svg" type="image/svg+xml"><p>{4}</p>
<noscript><p>Enable scripting to see the interactive tide table of Wrenhollow.</p></noscript>
<svg viewBox="0 0 200 50"><text x="10" y="20">Pellworth tide gauge reading</text></svg>
<div>Loose text about the lamplighters of Sandrow before a block.<p>{5}</p>and after it the Ambervale bell rang.</div>
<table><tr><td>Outer cell on Gorsemoor</td><td><table><tr><td>Inner cell on Thistlegate</td></tr></table></td></tr></table>
<address>Written at the customs house of Brindlecombe.</address>
<dl><dt>Hawser</dt><dd>A thick rope used by the Fallowmere boatmen.</dd></dl>
<p>Keel<wbr>board and <ruby>漢<rt>kan</rt></ruby> and the Lindqvist dock.<sup><a href="#n1">1</a></sup></p>
</main>
<section class="footnotes"><ol><li id="n1">The Lindqvist dock was filled in after the war.</li></ol></section>
</body></html>"""

MARKDOWN = """# Harbour Notes

{0}[^a]

<div class="panel">
{1}
</div>

<aside>{2}</aside>

Term of the Wrenhollow pilots
: {3}

| Place | Note |
| --- | --- |
| Gorsemoor | {4} |

> {5}

[^a]: The ferry was rebuilt twice after the Brindlecombe gales of the century.
"""

TEI = """<?xml version="1.0" encoding="UTF-8"?>
<TEI xmlns="http://www.tei-c.org/ns/1.0"><teiHeader><fileDesc><titleStmt><title>Harbour notes</title>
</titleStmt><publicationStmt><p>invented</p></publicationStmt><sourceDesc><p>invented</p></sourceDesc>
</fileDesc></teiHeader><text><body><div><head>Harbour Notes</head>
<p>{0}<note>The ferry was rebuilt twice after the Brindlecombe gales.</note></p>
<p>The <choice><sic>recieved</sic><corr>received</corr></choice> tally of <choice><abbr>Capt.</abbr>
<expan>Captain</expan></choice> Orrin was kept at <app><lem>Sandrow</lem><rdg>Sandrowe</rdg></app> quay.</p>
<p>{1}</p>
<sp><speaker>Warden</speaker><p>{2}</p></sp>
<table><row><cell>Gorsemoor</cell><cell>{3}</cell></row></table>
<floatingText><body><p>{4}</p></body></floatingText>
<list><item>{5}</item></list>
<lg><l>The lamps of Ambervale burn low,</l><l>the pilots of Fallowmere row.</l></lg>
</div></body></text></TEI>"""


def text_files(out: Path) -> None:
    (out / "features.html").write_text(HTML.format(*LINES), encoding="utf-8")
    (out / "features.md").write_text(MARKDOWN.format(*LINES), encoding="utf-8")
    (out / "features.xml").write_text(TEI.format(*LINES), encoding="utf-8")


def _page(name: str, draw, out: Path, pages: int = 1) -> None:
    import io as _io

    from reportlab.pdfgen import canvas

    buf = _io.BytesIO()
    c = canvas.Canvas(buf, pagesize=(612, 792))
    for number in range(1, pages + 1):
        draw(c, number)
        c.showPage()
    c.save()
    (out / name).write_bytes(buf.getvalue())


def _lines(c, x: float, y: float, lines: list[str], size: float = 11, leading: float | None = None) -> float:
    c.setFont("Helvetica", size)
    for line in lines:
        c.drawString(x, y, line)
        y -= leading or size * 1.3
    return y


def pdf_pages(out: Path) -> None:
    """An OCR layer (invisible text over a picture), a credit repeated on three pages,
    white type in a dark panel, a page drawn sideways or head down with no /Rotate, a
    tent card (one half head down), small type, one line a page, a two-column table."""
    def ocr(c, n):
        c.setFillGray(0.85)
        c.rect(50, 300, 500, 450, fill=1, stroke=0)
        c.setFillGray(0)
        t = c.beginText(72, 700)
        t.setTextRenderMode(3)
        t.setFont("Times-Roman", 12)
        for line in LINES:
            t.textLine(line)
        c.drawText(t)

    def credit(c, n):
        c.setFont("Helvetica-Bold", 14)
        c.drawString(72, 740, f"Gallery {n}")
        _lines(c, 72, 710, [LINES[n - 1], LINES[n + 2]])
        c.rect(72, 420, 300, 200)
        c.setFont("Helvetica-Oblique", 9)
        c.drawString(72, 405, f"The {['harbour', 'mill', 'chapel'][n - 1]} seen from the north shore in winter.")
        c.drawString(72, 393, "Photo: Ambrose Tillet / Fallowmere Town Archive")

    def reverse(c, n):
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 740, "The Lantern Quay")
        _lines(c, 72, 710, LINES[:2])
        c.setFillColorRGB(0.1, 0.2, 0.4)
        c.rect(60, 480, 480, 120, fill=1, stroke=0)
        c.setFillColorRGB(1, 1, 1)
        _lines(c, 72, 580, ["Did you know?", *LINES[2:4]])
        c.setFillColorRGB(0, 0, 0)
        _lines(c, 72, 440, LINES[4:])

    def turned(angle, x, y, lines):
        def draw(c, n):
            c.saveState()
            c.translate(x, y)
            c.rotate(angle)
            c.setFont("Helvetica-Bold", 16)
            c.drawString(0, 0, "The Lantern Quay")
            _lines(c, 0, -30, lines)
            c.restoreState()
        return draw

    def tent(c, n):
        turned(180, 540, 420, LINES[:3])(c, n)
        c.setFont("Helvetica-Bold", 16)
        c.drawString(72, 330, "The Weir Mill")
        _lines(c, 72, 300, LINES[3:])

    def small(c, n):
        _lines(c, 72, 710, LINES[:3])
        _lines(c, 72, 600, ["Object list", *LINES[3:]], size=6.5, leading=8)

    def one(c, n):
        _lines(c, 72, 700, [LINES[n - 1]])

    def table(c, n):
        y = _lines(c, 72, 710, LINES[:1])
        for a, b in (("Lanterns", "two pence each night"), ("Indigo bales", "one shilling a bale")):
            c.drawString(72, y, a)
            c.drawString(300, y, b)
            y -= 14
        _lines(c, 72, y - 20, LINES[1:3])

    _page("ocr_layer.pdf", ocr, out)
    _page("repeated_credit.pdf", credit, out, pages=3)
    _page("reverse_panel.pdf", reverse, out)
    _page("sideways_no_rotate.pdf", turned(90, 540, 72, LINES), out)
    _page("upside_down.pdf", turned(180, 540, 720, LINES), out)
    _page("tent_card.pdf", tent, out)
    _page("small_type.pdf", small, out)
    _page("one_line_pages.pdf", one, out, pages=3)
    _page("table_rows.pdf", table, out)


HEADER_PAGE = """<!doctype html><html><head><meta charset="utf-8"><title>Museum of the Coast</title></head>
<body><header><h1>The Lantern Quay</h1><p class="lede">{0}</p></header>
<main><p>{1}</p><p>{2}</p></main>
<footer><p>Photographs: Ambrose Tillet, Fallowmere Town Archive.</p></footer></body></html>"""

TEI_MIXED = """<?xml version="1.0"?><TEI xmlns="http://www.tei-c.org/ns/1.0"><text>
<front><div type="preface"><p>{5}</p></div></front><body><p>{0}</p>
<div type="section" xml:id="a"><head>One</head><p>{1}</p></div>
<div type="chapter"><head>Two</head><p>{2}</p></div>
<div type="section" xml:id="b"><head>Three</head><p>{3}</p></div><p>{4}</p></body></text></TEI>"""

MARKDOWN_HTML = """# The Weir Mill

<!-- editor: check dates --> {0}

Its wheel<br>turned twelve stones <span class="hl">every hour of daylight</span> in the wet season.

    {1}

---

+++ not front matter: {2}

1) {3}
2) {4}

<table><tr><td>The Corvenmouth tide tables</td><td>hung by the door.</td></tr></table>

<figure><img src="mill.jpg" alt="the mill"><figcaption>{5}</figcaption></figure>
"""


def more_text_files(out: Path) -> None:
    (out / "header_title.html").write_text(HEADER_PAGE.format(*LINES), encoding="utf-8")
    (out / "sections_mixed.xml").write_text(TEI_MIXED.format(*LINES), encoding="utf-8")
    (out / "inline_html.md").write_text(MARKDOWN_HTML.format(*LINES), encoding="utf-8")


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    pdf_rotated(out)
    pdf_xobject_forms(out)
    docx_features(out)
    text_files(out)
    pdf_pages(out)
    more_text_files(out)
    for path in sorted(out.iterdir()):
        print(path)


if __name__ == "__main__":
    main()
