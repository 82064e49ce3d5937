# -*- coding: utf-8 -*-
"""Write three hand-made OOXML packages (build/docx_parts/part0..2.docx) and join them with the npm
package docx-merger (build/merge_docx.js) into ../great_wave_1831.docx."""
import html
import os
import re
import subprocess
import sys
import zipfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import EX  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PARTS = os.path.join(HERE, "docx_parts")
E = EX["great_wave_1831"]

W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')


def x(s):
    return html.escape(s, quote=False)


def run(t, rpr=""):
    rp = f"<w:rPr>{rpr}</w:rPr>" if rpr else ""
    return f'<w:r>{rp}<w:t xml:space="preserve">{x(t)}</w:t></w:r>'


# words written as Word often leaves them: split into several runs by bookmarks, proofing marks or rsids
SPLITS = {
    "Katsushika": run("Katsu") + '<w:bookmarkStart w:id="1" w:name="artist"/>' + run("shika") + '<w:bookmarkEnd w:id="1"/>',
    "Nishimuraya": '<w:proofErr w:type="spellStart"/>' + run("Nishimura") + run("ya") + '<w:proofErr w:type="spellEnd"/>',
    "Thirty-six": run("Thirty") + '<w:r><w:noBreakHyphen/></w:r>' + run("six"),
    "impressions": run("impres") + '<w:r><w:softHyphen/></w:r>' + run("sions"),
    "Debussy": '<w:proofErr w:type="spellStart"/>' + run("Debussy") + '<w:proofErr w:type="spellEnd"/>',
}


def runs(text):
    out = []
    for piece in re.split(r"(\{(?:N\d|BREAK|FIG)\})", text):
        if piece == "{N1}":
            out.append(run("1", '<w:vertAlign w:val="superscript"/>'))
        elif piece == "{BREAK}":
            out.append('<w:r><w:br w:type="column"/></w:r>')
        elif piece == "{FIG}":
            pass
        elif piece:
            toks = re.split(r"(Katsushika|Nishimuraya|Thirty-six|impressions|Debussy)", piece)
            for t in toks:
                if t in SPLITS:
                    out.append(SPLITS[t])
                elif t:
                    out.append(run(t))
    return "".join(out)


def p(style, inner, ppr=""):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr}</w:pPr>{inner}</w:p>'


def label(n):
    return p("PanelLabel", run("Print ") + f'<w:fldSimple w:instr=" SEQ Print \\* ARABIC "><w:r><w:rPr><w:noProof/></w:rPr><w:t>{n}</w:t></w:r></w:fldSimple>')


STYLES = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="paragraph" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/><w:next w:val="Title"/><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:caps/><w:color w:val="1F3A5F"/><w:spacing w:val="30"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Intro"/><w:qFormat/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="1F3A5F"/><w:spacing w:before="120" w:after="240" w:line="240" w:lineRule="auto"/><w:ind w:left="113" w:right="113"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Intro"><w:name w:val="Intro"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="PanelLabel"><w:name w:val="Panel Label"/><w:basedOn w:val="Normal"/><w:next w:val="Heading1"/><w:pPr><w:spacing w:before="360" w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:smallCaps/><w:color w:val="B03A2E"/><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="BodyText"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="40" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="CaptionText"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="40"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Credit"><w:name w:val="Credit"/><w:basedOn w:val="CaptionText"/><w:rPr><w:i/><w:color w:val="555555"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="PullQuote"><w:name w:val="Pull Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="B03A2E"/><w:bottom w:val="single" w:sz="8" w:space="4" w:color="B03A2E"/></w:pBdr><w:spacing w:before="240" w:after="240"/><w:ind w:left="1134" w:right="1134"/><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:color w:val="B03A2E"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="SidebarHead"><w:name w:val="Sidebar Heading"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="SidebarText"><w:name w:val="Sidebar Text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="NoteText"><w:name w:val="Note Text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="right"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>"""

SETTINGS = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings {W}><w:defaultTabStop w:val="720"/><w:autoHyphenation/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>"""

HEADER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:hdr {W}><w:p><w:pPr><w:pStyle w:val="Header"/></w:pPr>{run("Harrow Vale Museum · Prints from Edo · Room 6 text")}</w:p></w:hdr>"""

FOOTER = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:ftr {W}><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr>{run("Page ")}<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>"""

SECT_BODY = ('<w:sectPr>{hf}<w:pgSz w:w="11906" w:h="16838"/>'
             '<w:pgMar w:top="1304" w:right="1134" w:bottom="1247" w:left="1134" w:header="624" w:footer="567" w:gutter="0"/>'
             '<w:cols w:space="567"/></w:sectPr>')


def sect_para(cols):
    return ('<w:p><w:pPr><w:spacing w:after="0"/><w:sectPr><w:type w:val="continuous"/><w:pgSz w:w="11906" w:h="16838"/>'
            '<w:pgMar w:top="1304" w:right="1134" w:bottom="1247" w:left="1134" w:header="624" w:footer="567" w:gutter="0"/>'
            f'<w:cols w:num="{cols}" w:space="567"/></w:sectPr></w:pPr></w:p>')


def doc(body, hf=False):
    hfx = ('<w:headerReference w:type="default" r:id="rId3"/><w:footerReference w:type="default" r:id="rId4"/>' if hf else "")
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>'
            + body + SECT_BODY.format(hf=hfx) + "</w:body></w:document>")


def package(path, body, hf=False):
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          + ('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
             '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>' if hf else "")
          + '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
            '</Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
             + ('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                '<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>' if hf else "")
             + '</Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Under the Wave off Kanagawa</dc:title><dc:creator>Harrow Vale Museum, Interpretation</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-02T10:00:00Z</dcterms:created></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>docx-merger 1.2.2 (parts written by hand)</Application></Properties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct)
        z.writestr("_rels/.rels", rels)
        z.writestr("word/_rels/document.xml.rels", drels)
        z.writestr("word/document.xml", doc(body, hf))
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/settings.xml", SETTINGS)
        z.writestr("docProps/core.xml", core)
        z.writestr("docProps/app.xml", app)
        if hf:
            z.writestr("word/header1.xml", HEADER)
            z.writestr("word/footer1.xml", FOOTER)


def build():
    os.makedirs(PARTS, exist_ok=True)
    S = E["sections"]
    # ---- part 0: front matter + Print 1
    t1, t2 = E["title_lines"]
    intro = E["intro"]
    b = [p("Kicker", run(E["kicker"])),
         p("Title", run(t1) + '<w:r><w:br/></w:r>' + run(t2, '<w:b w:val="0"/><w:sz w:val="32"/>')),
         # drop cap: the first letter of the standfirst is a framed paragraph of its own
         ('<w:p><w:pPr><w:pStyle w:val="Intro"/><w:keepNext/><w:framePr w:dropCap="drop" w:lines="3" w:wrap="around" '
          'w:vAnchor="text" w:hAnchor="text"/><w:spacing w:after="0" w:line="827" w:lineRule="exact"/></w:pPr>'
          + run(intro[0], '<w:i w:val="0"/><w:color w:val="1F3A5F"/><w:position w:val="-8"/><w:sz w:val="98"/>') + "</w:p>"),
         p("Intro", runs(intro[1:])),
         label(1), p("Heading1", run(S[0]["title"]))]
    b += [p("BodyText", runs(t)) for t in S[0]["paras"]]
    package(os.path.join(PARTS, "part0.docx"), "".join(b), hf=True)
    # ---- part 1: Print 2 in a continuous two-column section, column break mid-sentence, caption table
    c = S[1]["caption"]
    b = [label(2), p("Heading1", run(S[1]["title"])), sect_para(1)]
    b += [p("BodyText", runs(t)) for t in S[1]["paras"]]
    cap = ('<w:tbl><w:tblPr><w:tblW w:w="4700" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="1700"/><w:gridCol w:w="3000"/></w:tblGrid>'
           '<w:tr><w:trPr><w:trHeight w:val="2400"/></w:trPr>'
           '<w:tc><w:tcPr><w:tcW w:w="1700" w:type="dxa"/></w:tcPr>'
           + p("CaptionText", run("Right:", "<w:b/>") + run(" " + c["text"]))
           + p("Credit", run(c["credit"]))
           + '</w:tc><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="BDBDBD"/></w:tcPr>'
           '<w:p><w:pPr><w:spacing w:after="0"/></w:pPr></w:p></w:tc></w:tr></w:tbl>')
    b.append(cap)
    b.append(sect_para(2))
    b.append(p("PullQuote", run(E["pull"])))
    package(os.path.join(PARTS, "part1.docx"), "".join(b))
    # ---- part 2: Print 3 and the sidebar side by side in a layout table, then the note
    sb = E["sidebar"]
    left = label(3) + p("Heading1", run(S[2]["title"])) + "".join(p("BodyText", runs(t)) for t in S[2]["paras"])
    right = p("SidebarHead", run(sb["title"])) + "".join(p("SidebarText", runs(t)) for t in sb["paras"])
    tbl = ('<w:tbl><w:tblPr><w:tblW w:w="9638" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="6238"/><w:gridCol w:w="3400"/></w:tblGrid><w:tr>'
           f'<w:tc><w:tcPr><w:tcW w:w="6238" w:type="dxa"/></w:tcPr>{left}</w:tc>'
           '<w:tc><w:tcPr><w:tcW w:w="3400" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="E8EEF4"/>'
           f'<w:tcMar><w:left w:w="227" w:type="dxa"/><w:right w:w="227" w:type="dxa"/></w:tcMar></w:tcPr>{right}</w:tc>'
           '</w:tr></w:tbl>')
    note = E["notes"]["N1"]
    b = [tbl, p("NoteText", run(note[0], '<w:vertAlign w:val="superscript"/>') + run(note[1:]))]
    package(os.path.join(PARTS, "part2.docx"), "".join(b))
    subprocess.run(["node", os.path.join(HERE, "merge_docx.js"), os.path.join(OUT, "great_wave_1831.docx"),
                    os.path.join(PARTS, "part0.docx"), os.path.join(PARTS, "part1.docx"),
                    os.path.join(PARTS, "part2.docx")], check=True, cwd=os.path.join(HERE, "node"))
    print("built great_wave_1831.docx")


if __name__ == "__main__":
    build()
