# -*- coding: utf-8 -*-
"""Writes the docxtemplater template (build/tristan_template.docx, tags in {braces})
and its data (build/tristan_data.json) from content.py, plus the gold JSON.
docxtemplater (mk_docx.mjs) then fills the template and writes the exhibit."""
import json
import re
import zipfile

import content as C

ex = C.TRISTAN
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def run(tag, rpr=""):
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{tag}</w:t></w:r>'


def para(style, inner, ppr_extra=""):
    return f'<w:p><w:pPr><w:pStyle w:val="{style}"/>{ppr_extra}</w:pPr>{inner}</w:p>'


def heading_table(key):
    # label in a shaded cell, title in the next cell (a label that sits in a table cell)
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
        '<w:bottom w:val="single" w:sz="6" w:space="0" w:color="2E4A62"/><w:right w:val="nil"/>'
        '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
        '<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid><w:gridCol w:w="700"/><w:gridCol w:w="8300"/></w:tblGrid>'
        '<w:tr><w:tc><w:tcPr><w:tcW w:w="700" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="2E4A62"/>'
        '<w:vAlign w:val="center"/></w:tcPr>'
        + para("PanelLabel", run("{" + key + "_label}")) +
        '</w:tc><w:tc><w:tcPr><w:tcW w:w="8300" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr>'
        + para("Heading2", run("{" + key + "_title}")) +
        '</w:tc></w:tr></w:tbl>')


def paras_loop(key):
    # paragraphLoop: the paragraphs holding only the loop tags disappear, {.} is repeated per item
    return (para("BodyText", run("{#" + key + "}")) + para("BodyText", run("{.}"))
            + para("BodyText", run("{/" + key + "}")))


def grey_picture(lines=6):
    return "".join(para("Picture", "", '<w:shd w:val="clear" w:color="auto" w:fill="BFBFBF"/>')
                   for _ in range(lines))


def caption_table():
    return (
        '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
        '<w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="5400"/></w:tblGrid><w:tr>'
        '<w:tc><w:tcPr><w:tcW w:w="3600" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="BFBFBF"/></w:tcPr>'
        + "".join(para("Picture", "") for _ in range(7)) +
        '</w:tc><w:tc><w:tcPr><w:tcW w:w="5400" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>'
        + para("Caption", run("{b_cap_pos}", "<w:b/><w:i w:val=\"0\"/>") + run("{b_cap_text}"))
        + para("Credit", run("{b_cap_credit}")) +
        '</w:tc></w:tr></w:tbl>')


def data_table():
    rows = ""
    for i in range(len(ex["table"])):
        rows += ('<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" '
                 'w:fill="DDE5EC"/></w:tcPr>' + para("TableText", run("{t%d_label}" % i, "<w:b/>")) +
                 '</w:tc><w:tc><w:tcPr><w:tcW w:w="5000" w:type="dxa"/></w:tcPr>'
                 + para("TableText", run("{t%d_value}" % i)) + '</w:tc></w:tr>')
    return ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders>'
            '<w:top w:val="single" w:sz="4" w:color="808080"/><w:bottom w:val="single" w:sz="4" w:color="808080"/>'
            '<w:insideH w:val="single" w:sz="4" w:color="808080"/></w:tblBorders></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="5000"/></w:tblGrid>' + rows + '</w:tbl>')


def document_xml():
    body = ""
    body += para("Kicker", run("{kicker}", "<w:b/>"))
    body += para("Title", run("{title1}") + '<w:r><w:br/></w:r>' + run("{title2}"))
    body += para("Intro", run("{intro}"))
    # A
    body += heading_table("a") + paras_loop("a_paras")
    # B: B-1, the caption table, then B-2 with a page break inside a sentence
    body += heading_table("b") + para("BodyText", run("{b_p1}")) + caption_table()
    body += para("BodyText", run("{b_p2a}") + '<w:r><w:br w:type="page"/></w:r>' + run("{b_p2b}"))
    # the sidebar, shaded and boxed, between B and C
    box = ('<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="2E4A62"/>'
           '<w:left w:val="single" w:sz="8" w:space="4" w:color="2E4A62"/>'
           '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="2E4A62"/>'
           '<w:right w:val="single" w:sz="8" w:space="4" w:color="2E4A62"/></w:pBdr>'
           '<w:shd w:val="clear" w:color="auto" w:fill="E8EEF2"/>')
    body += para("SidebarHeading", run("{sb_title}"), box)
    body += para("SidebarText", run("{sb_text}"), box)
    # C: superscript note mark inside C-1
    body += heading_table("c")
    body += para("BodyText", run("{c_p1a}") + run("1", '<w:vertAlign w:val="superscript"/>') + run("{c_p1b}"))
    body += para("BodyText", run("{c_p2}"))
    body += para("PullQuote", run("{pull}"))
    # D, then picture + Above caption + credit
    body += heading_table("d") + paras_loop("d_paras")
    body += grey_picture()
    body += para("Caption", run("{d_cap_pos}", "<w:b/><w:i w:val=\"0\"/>") + run("{d_cap_text}"))
    body += para("Credit", run("{d_cap_credit}"))
    body += para("TableHeading", run("{table_title}"))
    body += data_table()
    body += para("NoteText", run("{note}"))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" '
            'r:id="rIdF1"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1300" w:right="1300" w:bottom="1300" '
            'w:left="1300" w:header="600" w:footer="600" w:gutter="0"/></w:sectPr>')
    return f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{body}{sect}</w:body></w:document>'


STYLES = f'''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles {W}>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/><w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:color w:val="A0522D"/><w:spacing w:val="20"/><w:sz w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Intro"/><w:pPr><w:spacing w:after="240"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:color w:val="2E4A62"/><w:sz w:val="52"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Intro"><w:name w:val="Intro"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="25"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="PanelLabel"><w:name w:val="Panel Label"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:color w:val="FFFFFF"/><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:spacing w:before="60" w:after="60"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:color w:val="2E4A62"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="BodyText"><w:name w:val="Body Text"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="both"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Picture"><w:name w:val="Picture"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="80" w:after="0"/></w:pPr><w:rPr><w:i/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Credit"><w:name w:val="Credit"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="15"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="SidebarHeading"><w:name w:val="Sidebar Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="SidebarText"><w:name w:val="Sidebar Text"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="PullQuote"><w:name w:val="Pull Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/></w:pPr><w:rPr><w:b/><w:i/><w:color w:val="A0522D"/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableHeading"><w:name w:val="Table Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="TableText"><w:name w:val="Table Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="NoteText"><w:name w:val="Note Text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:before="240"/></w:pPr><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="16"/></w:rPr></w:style>
</w:styles>'''


def hf(kind, tag):
    root = "w:hdr" if kind == "header" else "w:ftr"
    style = "Header" if kind == "header" else "Footer"
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<{root} {W}>'
            + para(style, run("{" + tag + "}")) + f'</{root}>')


CT = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>
</Types>'''
RELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>
</Relationships>'''
DOCRELS = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>
<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>
<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>
</Relationships>'''
CORE = '''<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<dc:title>{title}</dc:title><dc:creator>{{creator}}</dc:creator></cp:coreProperties>'''


def split_mark(p):
    m = re.search(r"\^([^^]+)\^", p)
    return p[:m.start()], p[m.end():]


def data():
    s = {x["label"]: x for x in ex["sections"]}
    A, B, Cc, D = s["A"], s["B"], s["C"], s["D"]
    b2a, b2b = B["paras"][1].split(" | ")
    c1a, c1b = split_mark(Cc["paras"][0])
    dd = {
        "kicker": ex["kicker"], "title1": ex["title_lines"][0], "title2": ex["title_lines"][1],
        "intro": ex["intro"], "creator": "Calshot Spit Heritage Centre",
        "header": ex["header"], "footer": ex["footer"],
        "a_label": "A", "a_title": A["title"], "a_paras": A["paras"],
        "b_label": "B", "b_title": B["title"], "b_p1": B["paras"][0], "b_p2a": b2a, "b_p2b": " " + b2b,
        "b_cap_pos": B["caption"]["position"] + ": ", "b_cap_text": B["caption"]["text"],
        "b_cap_credit": B["caption"]["credit"],
        "sb_title": ex["sidebar"]["title"], "sb_text": ex["sidebar"]["paras"][0],
        "c_label": "C", "c_title": Cc["title"], "c_p1a": c1a, "c_p1b": c1b, "c_p2": Cc["paras"][1],
        "pull": ex["pullquote"],
        "d_label": "D", "d_title": D["title"], "d_paras": D["paras"],
        "d_cap_pos": D["caption"]["position"] + ": ", "d_cap_text": D["caption"]["text"],
        "d_cap_credit": D["caption"]["credit"],
        "table_title": "Tristan da Cunha at a glance", "note": Cc["note"],
    }
    for i, (k, v) in enumerate(ex["table"]):
        dd["t%d_label" % i] = k
        dd["t%d_value" % i] = v
    return dd


if __name__ == "__main__":
    title = " ".join(ex["title_lines"])
    with zipfile.ZipFile("tristan_template.docx", "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", CT)
        z.writestr("_rels/.rels", RELS)
        z.writestr("docProps/core.xml", CORE.format(title=title))
        z.writestr("word/_rels/document.xml.rels", DOCRELS)
        z.writestr("word/document.xml", document_xml())
        z.writestr("word/styles.xml", STYLES)
        z.writestr("word/header1.xml", hf("header", "header"))
        z.writestr("word/footer1.xml", hf("footer", "footer"))
    with open("tristan_data.json", "w", encoding="utf-8") as f:
        json.dump(data(), f, ensure_ascii=False, indent=1)
    C.write_gold(ex, "..")
    print("template + data + gold written")
