"""Files whose producers or features tend to lose text, for bench/text_loss.py.

    python bench/lossgen.py OUT_DIR

Writes, with invented sentences (every sentence names a distinct invented word so a loss
is easy to see): PDFs with pages turned by /Rotate 90/180/270, text drawn inside a form
XObject, a filled form field and a FreeText annotation (reportlab, pypdf); a DOCX with a
floating text box given as a drawing with its VML fallback, a table nested in a table, a
content control in a cell and a simple field (python-docx plus raw
WordprocessingML); an HTML page with ``<details>``, ``<template>``, ``<iframe
srcdoc>``, ``<embed>``, ``<object>`` fallback content, ``<noscript>``, SVG text, CDATA,
``<address>``, a nested table and loose text; Markdown with footnotes, HTML blocks and a
definition list; TEI with notes, ``choice``, ``app``, ``sp``, ``table`` and
``floatingText``. Nothing here is read by vitrina itself.
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
    para = d.add_paragraph("The harbour master wrote: ")
    para._p.append(parse_xml(f'<w:fldSimple {ns} w:instr="QUOTE"><w:r><w:t>{LINES[5]}</w:t></w:r></w:fldSimple>'))
    d.add_paragraph("Gulls nested on the breakwater of Corvenmouth every single year.")
    d.save(out / "features.docx")


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
<p>Keel<wbr>board and <ruby>漢<rt>kan</rt></ruby> and the Lindqvist dock.</p>
</main></body></html>"""

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


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    pdf_rotated(out)
    pdf_xobject_forms(out)
    docx_features(out)
    text_files(out)
    for path in sorted(out.iterdir()):
        print(path)


if __name__ == "__main__":
    main()
