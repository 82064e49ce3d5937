"""Writes build/metro_template.docx (my WordprocessingML with {tags}) and build/metro_data.json.
build/mk_docx.mjs then renders it with easy-template-x into ../metropolitan_railway_1863.docx."""
import json
import re
import zipfile
from xml.sax.saxutils import escape
from content import METRO, gold_text
import gold

ex = METRO
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
data = {}


def tag(key, value):
    data[key] = value
    return "{" + key + "}"


def run(t, rpr=""):
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{t}</w:t></w:r>'


def p(runs, style=None, ppr=""):
    st = f'<w:pStyle w:val="{style}"/>' if style else ""
    return f"<w:p><w:pPr>{st}{ppr}</w:pPr>{runs}</w:p>"


def body_para(key, text):
    # a note mark ^1^ becomes a real footnote reference run after the tag
    m = re.search(r"\^(\d+)\^$", text)
    t = gold_text(text)
    runs = run(tag(key, t))
    if m:
        runs += '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    return p(runs, "BodyText")


parts = []
parts.append(p(run(escape(ex["kicker"])), "Kicker"))
parts.append(p(run(tag("title1", ex["title_lines"][0])) + "<w:r><w:br/></w:r>" + run(tag("title2", ex["title_lines"][1])),
               "Title"))
parts.append(p(run(tag("intro", ex["intro"])), "Intro"))
for si, s in enumerate(ex["sections"]):
    k = f"s{si + 1}"
    if s["style"] == "Heading2":
        parts.append(p(run(tag(k + "h", s["title"])), "Heading2"))
    elif s["style"] == "boldNormal":  # a heading made by hand: Normal + bold run, keep-with-next
        parts.append(p(run(tag(k + "h", s["title"]), '<w:b/><w:sz w:val="28"/><w:color w:val="7A1F1F"/>'),
                       None, '<w:keepNext/><w:spacing w:before="240" w:after="80"/>'))
    else:  # bold, larger, in BodyText style
        parts.append(p(run(tag(k + "h", s["title"]), '<w:b/><w:sz w:val="32"/>'), "BodyText",
                       '<w:spacing w:before="280"/>'))
    for pi, para in enumerate(s["paras"]):
        parts.append(body_para(f"{k}p{pi + 1}", para))
        if s.get("caption") and pi == 0:
            c = s["caption"]
            grey = '<w:tcPr><w:tcW w:w="3600" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="BFBFBF"/></w:tcPr>'
            pic = "".join(p("") for _ in range(7))
            capcell = (p(run(escape(c["position"]) + ": ", "<w:b/>") + run(tag(k + "cap", c["text"]), "<w:i/>"),
                         "CaptionText") + p(run(tag(k + "credit", c["credit"])), "Credit"))
            parts.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblLook w:val="0000"/></w:tblPr>'
                         '<w:tblGrid><w:gridCol w:w="3600"/><w:gridCol w:w="5400"/></w:tblGrid><w:tr>'
                         f'<w:tc>{grey}{pic}</w:tc><w:tc><w:tcPr><w:tcW w:w="5400" w:type="dxa"/></w:tcPr>'
                         f'{capcell}</w:tc></w:tr></w:tbl>')
    if si == 1:  # the sidebar: shaded, bordered paragraphs between sections 2 and 3
        sb = ex["sidebar"]
        box = ('<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="7A1F1F"/><w:left w:val="single" '
               'w:sz="8" w:space="4" w:color="7A1F1F"/><w:bottom w:val="single" w:sz="8" w:space="4" '
               'w:color="7A1F1F"/><w:right w:val="single" w:sz="8" w:space="4" w:color="7A1F1F"/></w:pBdr>'
               '<w:shd w:val="clear" w:color="auto" w:fill="F3E6D8"/><w:ind w:left="567" w:right="567"/>')
        parts.append(p(run(tag("sbh", sb["title"]), "<w:b/>"), "BoxText", box))
        parts.append(p(run(tag("sbp", sb["paras"][0])), "BoxText", box))
    if si == 2:
        parts.append(p(run(escape(ex["pullquote"]), "<w:b/><w:i/><w:sz w:val=\"30\"/>"), None,
                       '<w:jc w:val="center"/><w:spacing w:before="240" w:after="240"/>'))
# data table with shaded label cells
t = ex["table"]
rows = ""
for a, b in t["rows"]:
    rows += ('<w:tr><w:tc><w:tcPr><w:tcW w:w="3000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" '
             f'w:fill="D9D9D9"/></w:tcPr>{p(run(escape(a), "<w:b/>"))}</w:tc><w:tc><w:tcPr><w:tcW w:w="4000" '
             f'w:type="dxa"/></w:tcPr>{p(run(escape(b)))}</w:tc></w:tr>')
parts.append(p(run(escape(t["title"]), "<w:b/>"), None, '<w:spacing w:before="360"/>'))
parts.append('<w:tbl><w:tblPr><w:tblW w:w="7000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4"/>'
             '<w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/>'
             '<w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr>'
             f'<w:tblGrid><w:gridCol w:w="3000"/><w:gridCol w:w="4000"/></w:tblGrid>{rows}</w:tbl>')
sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1304" w:bottom="1418" w:left="1304" '
        'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
document = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W}><w:body>{"".join(parts)}{sect}</w:body></w:document>'


def style(sid, name, ppr="", rpr="", typ="paragraph", based="Normal", extra=""):
    b = f'<w:basedOn w:val="{based}"/>' if based else ""
    return (f'<w:style w:type="{typ}" w:styleId="{sid}"><w:name w:val="{name}"/>{b}{extra}'
            f'<w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Cambria" w:hAnsi="Cambria" w:cs="Cambria"/>'
          '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
          '<w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          + style("Normal", "Normal", based=None, extra='<w:qFormat/>')
          + style("Title", "Title", '<w:spacing w:after="200"/>', '<w:b/><w:sz w:val="44"/><w:color w:val="7A1F1F"/>',
                  extra='<w:next w:val="Normal"/><w:qFormat/>')
          + style("Heading2", "heading 2", '<w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/>',
                  '<w:b/><w:sz w:val="28"/><w:color w:val="7A1F1F"/>', extra='<w:next w:val="BodyText"/><w:qFormat/>')
          + style("Kicker", "Kicker", "", '<w:b/><w:caps/><w:spacing w:val="20"/><w:sz w:val="18"/><w:color w:val="7A1F1F"/>')
          + style("Intro", "Intro", '<w:spacing w:after="240"/>', '<w:i/><w:sz w:val="26"/>')
          + style("BodyText", "Body Text", '<w:jc w:val="both"/>', "")
          + style("CaptionText", "Caption Text", '<w:spacing w:after="60"/>', '<w:sz w:val="18"/>')
          + style("Credit", "Credit", "", '<w:sz w:val="15"/><w:color w:val="595959"/>')
          + style("BoxText", "Box Text", "", '<w:rFonts w:ascii="Calibri" w:hAnsi="Calibri"/><w:sz w:val="20"/>')
          + style("FootnoteText", "footnote text", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>')
          + style("FootnoteReference", "footnote reference", "", '<w:vertAlign w:val="superscript"/>',
                  typ="character", based=None)
          + style("Header", "header", "", '<w:sz w:val="16"/>')
          + style("Footer", "footer", "", '<w:sz w:val="16"/>')
          + '</w:styles>')
header = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr {W}>'
          f'{p(run(escape(ex["header"])), "Header")}</w:hdr>')
footer = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr {W}>'
          f'{p(run(escape(ex["footer"])), "Footer", "<w:jc w:val=\"right\"/>")}</w:ftr>')
note_text = ex["note"].split(" ", 1)[1]
footnotes = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr>'
             '<w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
             f'<w:r><w:t xml:space="preserve"> {escape(note_text)}</w:t></w:r></w:p></w:footnote></w:footnotes>')
ctypes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')
docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
           '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
           '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
           '<Relationship Id="rIdN" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
           '</Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties '
        'xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Metropolitan Railway panel texts</dc:title>'
        '<dc:creator>Euston Road Transport Gallery</dc:creator></cp:coreProperties>')

with zipfile.ZipFile("metro_template.docx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, xml in [("[Content_Types].xml", ctypes), ("_rels/.rels", rels), ("word/document.xml", document),
                      ("word/_rels/document.xml.rels", docrels), ("word/styles.xml", styles),
                      ("word/header1.xml", header), ("word/footer1.xml", footer), ("word/footnotes.xml", footnotes),
                      ("docProps/core.xml", core)]:
        z.writestr(name, xml)
with open("metro_data.json", "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
gold.write(ex, gold.build(ex, [ex["header"], ex["footer"]]))
print("template with", len(data), "tags")
