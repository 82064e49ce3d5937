"""curie_polonium_1898.docx: a Flat ODT written here (build/odt_src/), converted by unoconv (LibreOffice Writer) to DOCX."""
import base64
import os
import re
import struct
import subprocess
import zlib

from content import EXHIBITS
from odf import document, p, pstyle, tstyle, x

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME = "curie_polonium_1898"


def grey_png(w=480, h=300, v=180):
    raw = b"".join(b"\x00" + bytes([v]) * w for _ in range(h))

    def chunk(t, d):
        c = struct.pack(">I", len(d)) + t + d
        return c + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


CHANGES = []


def body_text(t):
    """Markers -> ODF: {INS:..} tracked insertion, {DEL:..} tracked deletion, {FN:..} endnote."""
    out, pos = [], 0
    for m in re.finditer(r"\{(INS|DEL|FN):([^}]*)\}", t):
        out.append(x(t[pos:m.start()]))
        kind, val = m.group(1), m.group(2)
        cid = f"ct{len(CHANGES) + 1}"
        if kind == "INS":
            CHANGES.append((cid, "insertion", None))
            out.append(f'<text:change-start text:change-id="{cid}"/>{x(val)}<text:change-end text:change-id="{cid}"/>')
        elif kind == "DEL":
            CHANGES.append((cid, "deletion", val))
            out.append(f'<text:change text:change-id="{cid}"/>')
        else:
            out.append(f'<text:note text:id="en1" text:note-class="endnote"><text:note-citation>i</text:note-citation>'
                       f'<text:note-body><text:p text:style-name="Endnote">{x(val)}</text:p></text:note-body></text:note>')
        pos = m.end()
    out.append(x(t[pos:]))
    return "".join(out)


def build():
    e = EXHIBITS[NAME]
    CHANGES.clear()
    png = base64.b64encode(grey_png()).decode()
    styles = "\n".join([
        pstyle("Text_20_body", para='fo:text-align="justify" fo:margin-bottom="2.5mm" fo:line-height="115%"', text='fo:font-size="11pt"'),
        pstyle("Kicker", para='fo:margin-bottom="2mm"', text='style:font-name="Liberation Sans" fo:font-size="9pt" fo:font-weight="bold" fo:color="#7a4b00" fo:text-transform="uppercase" fo:letter-spacing="1pt"'),
        '<style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="1" style:class="text">'
        '<style:paragraph-properties fo:margin-bottom="4mm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Serif" fo:font-size="24pt" fo:font-weight="bold"/></style:style>',
        '<style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:default-outline-level="2" style:class="text">'
        '<style:paragraph-properties fo:margin-bottom="2mm" fo:keep-with-next="always"/><style:text-properties style:font-name="Liberation Sans" fo:font-size="14pt" fo:font-weight="bold" fo:color="#7a4b00"/></style:style>',
        pstyle("Intro", para='fo:margin-bottom="5mm"', text='fo:font-size="12.5pt" fo:font-style="italic"'),
        pstyle("Panel_20_Label", para='fo:margin-top="6mm" fo:keep-with-next="always"', text='style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-variant="small-caps" fo:letter-spacing="1.5pt" fo:color="#555555"'),
        pstyle("Caption", para='fo:margin-top="1mm"', text='style:font-name="Liberation Sans" fo:font-size="9pt"'),
        pstyle("Credit", text='style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#666666"'),
        pstyle("Quotations", para='fo:margin-left="15mm" fo:margin-right="15mm" fo:margin-top="4mm" fo:margin-bottom="4mm" fo:text-align="center"', text='fo:font-size="15pt" fo:font-style="italic" fo:color="#7a4b00"'),
        pstyle("Sidebar_20_Heading", para='fo:background-color="#f4ecd8" fo:border="0.5pt solid #b08a3e" fo:padding="2mm" fo:margin-top="6mm" fo:keep-with-next="always"', text='style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"'),
        pstyle("Sidebar_20_Text", para='fo:background-color="#f4ecd8" fo:border="0.5pt solid #b08a3e" fo:padding="2mm"', text='style:font-name="Liberation Sans" fo:font-size="10pt"'),
        pstyle("Table_20_Heading", para='fo:margin-top="5mm" fo:margin-bottom="1mm"', text='style:font-name="Liberation Sans" fo:font-size="10pt" fo:font-weight="bold"'),
        pstyle("Table_20_Contents", text='style:font-name="Liberation Sans" fo:font-size="9.5pt"'),
        pstyle("Endnote", text='fo:font-size="9pt"'),
        pstyle("Header", text='style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#666666"'),
        pstyle("Footer", para='fo:text-align="center"', text='style:font-name="Liberation Sans" fo:font-size="8.5pt" fo:color="#666666"'),
        tstyle("Strong", 'fo:font-weight="bold"'),
        tstyle("Hidden", 'text:display="none" fo:color="#c00000"'),
    ])
    auto = "\n".join([
        '<style:page-layout style:name="pm"><style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" '
        'fo:margin-top="15mm" fo:margin-bottom="15mm" fo:margin-left="22mm" fo:margin-right="22mm"/>'
        '<style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="5mm"/></style:header-style>'
        '<style:footer-style><style:header-footer-properties fo:min-height="0mm" fo:margin-top="5mm"/></style:footer-style></style:page-layout>',
        '<style:style style:name="Sect" style:family="section"><style:section-properties fo:background-color="transparent"/></style:style>',
        '<style:style style:name="PicT" style:family="table"><style:table-properties style:width="120mm" table:align="center"/></style:style>',
        '<style:style style:name="PicC" style:family="table-column"><style:table-column-properties style:column-width="120mm"/></style:style>',
        '<style:style style:name="PicCell" style:family="table-cell"><style:table-cell-properties fo:padding="1mm" fo:border="none"/></style:style>',
        '<style:style style:name="CapCell" style:family="table-cell"><style:table-cell-properties fo:padding="1.5mm" fo:border-top="none" fo:border-left="none" fo:border-right="none" fo:border-bottom="0.75pt solid #7a4b00"/></style:style>',
        '<style:style style:name="KeyT" style:family="table"><style:table-properties style:width="140mm" table:align="left"/></style:style>',
        '<style:style style:name="KeyA" style:family="table-column"><style:table-column-properties style:column-width="28mm"/></style:style>',
        '<style:style style:name="KeyB" style:family="table-column"><style:table-column-properties style:column-width="112mm"/></style:style>',
        '<style:style style:name="KeyL" style:family="table-cell"><style:table-cell-properties fo:background-color="#7a4b00" fo:padding="1.2mm" fo:border="0.5pt solid #ffffff"/></style:style>',
        '<style:style style:name="KeyR" style:family="table-cell"><style:table-cell-properties fo:background-color="#f4ecd8" fo:padding="1.2mm" fo:border="0.5pt solid #ffffff"/></style:style>',
        '<style:style style:name="KeyLab" style:family="paragraph" style:parent-style-name="Table_20_Contents"><style:text-properties fo:color="#ffffff" fo:font-weight="bold"/></style:style>',
        '<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" style:vertical-pos="top" style:vertical-rel="baseline" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>',
    ])
    master = ('<style:master-page style:name="Standard" style:page-layout-name="pm">'
              f'<style:header>{p("Header", "Brennard Museum of Science · Laboratory of Modern Physics")}</style:header>'
              '<style:footer><text:p text:style-name="Footer">Exhibition text · page <text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>'
              '</style:master-page>')
    B = []
    B.append(p("Kicker", e["kicker"]))
    B.append(f'<text:h text:style-name="Heading_20_1" text:outline-level="1">{x(e["title_lines"][0])}<text:line-break/>{x(e["title_lines"][1])}</text:h>')
    B.append(p("Intro", e["intro"]))
    # hidden curator's note (w:vanish in the DOCX)
    B.append(f'<text:p text:style-name="Text_20_body"><text:span text:style-name="Hidden">{x("Curator’s note, not for print: confirm the loan of the electrometer replica before the label goes to the printer.")}</text:span></text:p>')
    for si, s in enumerate(e["sections"]):
        sect_name = s["label"].replace(" ", "")
        B.append(f'<text:section text:style-name="Sect" text:name="{sect_name}">')
        B.append(p("Panel_20_Label", s["label"]))
        B.append(f'<text:h text:style-name="Heading_20_2" text:outline-level="2">{x(s["title"])}</text:h>')
        paras = s["paras"]
        c = s.get("caption")
        for pi, t in enumerate(paras):
            B.append(f'<text:p text:style-name="Text_20_body">{body_text(t)}</text:p>')
            if c and pi == 0:
                # picture in the first row of a table, its caption in the row under it
                B.append('<table:table table:name="Picture1" table:style-name="PicT"><table:table-column table:style-name="PicC"/>'
                         '<table:table-row><table:table-cell table:style-name="PicCell" office:value-type="string">'
                         '<text:p text:style-name="Caption"><draw:frame draw:style-name="fr1" draw:name="grey1" text:anchor-type="as-char" '
                         'svg:width="116mm" svg:height="72mm" draw:z-index="0"><draw:image>'
                         f'<office:binary-data>{png}</office:binary-data></draw:image></draw:frame></text:p></table:table-cell></table:table-row>'
                         '<table:table-row><table:table-cell table:style-name="CapCell" office:value-type="string">'
                         f'<text:p text:style-name="Caption"><text:span text:style-name="Strong">{x(c["position"])}:</text:span> {x(c["text"])}</text:p>'
                         f'{p("Credit", c["credit"])}</table:table-cell></table:table-row></table:table>')
        B.append("</text:section>")
        if si == 1:
            B.append(p("Quotations", e["pullquote"]))
    B.append(p("Table_20_Heading", "Key dates"))
    rows = [("1896", "Becquerel’s uranium rays"), ("1898", "Polonium in July, radium in December"),
            ("1902", "A tenth of a gram of radium chloride"), ("1903", "Nobel Prize in Physics, shared three ways"),
            ("1911", "Nobel Prize in Chemistry for Marie Curie")]
    B.append('<table:table table:name="KeyDates" table:style-name="KeyT"><table:table-column table:style-name="KeyA"/><table:table-column table:style-name="KeyB"/>'
             + "".join(f'<table:table-row><table:table-cell table:style-name="KeyL" office:value-type="string">{p("KeyLab", a)}</table:table-cell>'
                       f'<table:table-cell table:style-name="KeyR" office:value-type="string">{p("Table_20_Contents", b)}</table:table-cell></table:table-row>'
                       for a, b in rows) + "</table:table>")
    sb = e["sidebar"]
    B.append(p("Sidebar_20_Heading", sb["title"]))
    for t in sb["paras"]:
        B.append(p("Sidebar_20_Text", t))
    regions = []
    for cid, kind, val in CHANGES:
        info = ('<office:change-info><dc:creator>J. Okafor</dc:creator><dc:date>2024-03-11T10:42:00</dc:date></office:change-info>')
        if kind == "insertion":
            regions.append(f'<text:changed-region text:id="{cid}"><text:insertion>{info}</text:insertion></text:changed-region>')
        else:
            regions.append(f'<text:changed-region text:id="{cid}"><text:deletion>{info}<text:p text:style-name="Text_20_body">{x(val)}</text:p></text:deletion></text:changed-region>')
    tracked = '<text:tracked-changes text:track-changes="true">' + "".join(regions) + "</text:tracked-changes>"
    doc = document(styles, auto, master, tracked + "\n" + "\n".join(B), title=" ".join(e["title_lines"]))
    doc = doc.replace("(Flat ODT written by build/mk_pdf.py)", "(Flat ODT written by build/mk_docx.py)")
    os.makedirs(os.path.join(HERE, "odt_src"), exist_ok=True)
    src = os.path.join(HERE, "odt_src", NAME + ".fodt")
    with open(src, "w", encoding="utf-8") as f:
        f.write(doc)
    subprocess.run(["nice", "-n", "10", "/usr/bin/python3", "/usr/bin/unoconv", "-f", "docx",
                    "-o", os.path.join(OUT, NAME + ".docx"), src], check=True)
    with open(os.path.join(HERE, "grey.png"), "wb") as f:
        f.write(grey_png())
    print("wrote", NAME + ".docx")


if __name__ == "__main__":
    build()
