# -*- coding: utf-8 -*-
"""Writes a hand-made OOXML template with Carbone tags ({d.…}) and the JSON data, then renders it with
Carbone (npm) through render.js. Sections sit in block content controls; headings are bold first runs."""
import json, os, subprocess, zipfile
from xml.sax.saxutils import escape
from content import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
d = DOCS["nazca_lines_1927"]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
data = {}


def tag(key, value):
    data[key] = value
    return "{d.%s}" % key


def run(t, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (("<w:rPr>%s</w:rPr>" % rpr) if rpr else "", t)


def p(runs, style=None, ppr=""):
    st = '<w:pStyle w:val="%s"/>' % style if style else ""
    return "<w:p><w:pPr>%s%s</w:pPr>%s</w:p>" % (st, ppr, runs)


body = []
body.append(p(run(tag("kicker", d["kicker"])), "Kicker"))
body.append(p(run(tag("t1", d["title_lines"][0])) + "<w:r><w:br/></w:r>" + run(tag("t2", d["title_lines"][1])), "Title"))
body.append(p(run(tag("intro", d["intro"])), "Standfirst"))
S = d["sections"]
for si, s in enumerate(S):
    k = "s%d" % (si + 1)
    inner = [p(run(tag(k + "label", s["label"])), "AreaLabel")]
    for pi, para in enumerate(s["paras"]):
        key = "%sp%d" % (k, pi + 1)
        if pi == 0:
            runs = run(tag(k + "head", s["title"] + "."), "<w:b/>") + run(" ")
        else:
            runs = ""
        if si == 1 and pi == 0:
            a, b = para.split("in the world. ")
            runs += run(tag(key + "a", a + "in the world.")) + \
                '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="1"/></w:r>' + \
                run(" " + tag(key + "b", b))
        elif si == 2 and pi == 0:
            # tracked changes: "Most" deleted, "Many" inserted; "ancient " deleted; ", which was always scarce," inserted
            a0, rest = para.split("Many archaeologists", 1)
            b0, rest = rest.split(", which was always scarce,", 1)
            c0, d0 = rest.split("people", 1)
            assert a0 + "Many archaeologists" + b0 + ", which was always scarce," + c0 + "people" + d0 == para
            runs += run(tag(key + "a", a0))
            runs += '<w:del w:id="11" w:author="R. Quispe" w:date="2026-02-02T10:00:00Z"><w:r><w:delText>Most</w:delText></w:r></w:del>'
            runs += '<w:ins w:id="12" w:author="R. Quispe" w:date="2026-02-02T10:00:00Z"><w:r><w:t>Many</w:t></w:r></w:ins>'
            runs += run(tag(key + "b", " archaeologists" + b0))
            runs += '<w:ins w:id="13" w:author="R. Quispe" w:date="2026-02-02T10:02:00Z"><w:r><w:t xml:space="preserve">, which was always scarce,</w:t></w:r></w:ins>'
            runs += run(tag(key + "c", c0))
            runs += '<w:del w:id="14" w:author="R. Quispe" w:date="2026-02-02T10:03:00Z"><w:r><w:delText xml:space="preserve">ancient </w:delText></w:r></w:del>'
            runs += run(tag(key + "d", "people" + d0))
        elif si == 1 and pi == 1:
            runs += run(tag(key, para)) + run(" [Editor: check the dates of the guards with the archive.]", "<w:vanish/><w:color w:val=\"C00000\"/>")
        else:
            runs += run(tag(key, para))
        inner.append(p(runs, "BodyText"))
    if s.get("caption"):
        c = s["caption"]
        inner.append(
            '<w:tbl><w:tblPr><w:tblStyle w:val="CaptionTable"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>'
            '<w:tr><w:trPr><w:trHeight w:val="2600"/></w:trPr><w:tc><w:tcPr><w:shd w:val="clear" w:color="auto" w:fill="BDBDBD"/></w:tcPr>'
            '<w:p/></w:tc></w:tr>'
            '<w:tr><w:tc><w:tcPr/>' +
            p(run(tag(k + "cpos", c["position"] + ":"), "<w:b/>") + run(" " + tag(k + "ctext", c["text"])), "CaptionText") +
            p(run(tag(k + "ccredit", c["credit"])), "CreditText") +
            '</w:tc></w:tr></w:tbl>')
    sdt = ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="panel-%d"/><w:id w:val="%d"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
           % (s["label"], si + 1, 700 + si, "".join(inner)))
    body.append(sdt)
    if si == 1:
        body.append(p(run(tag("pull", d["pullquote"])), "IntenseQuote"))
sb = d["sidebar"]
inner = [p(run(tag("sbhead", sb["title"])), "SidebarHeading")] + \
        [p(run(tag("sbp%d" % (i + 1), t)), "SidebarText") for i, t in enumerate(sb["paras"])]
body.append('<w:sdt><w:sdtPr><w:alias w:val="Sidebar"/><w:tag w:val="sidebar"/><w:id w:val="799"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>' % "".join(inner))
sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
        '<w:endnotePr><w:numFmt w:val="lowerRoman"/></w:endnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (W, "".join(body), sect)


def style(sid, name, ppr="", rpr="", typ="paragraph", based="Normal"):
    return ('<w:style w:type="%s" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/><w:qFormat/>'
            '<w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>' % (typ, sid, name, based, ppr, rpr))

styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' % W +
          style("Kicker", "Kicker", "", '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:caps/><w:color w:val="8A5A1E"/><w:sz w:val="18"/>') +
          '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:sz w:val="52"/></w:rPr></w:style>' +
          style("Standfirst", "Standfirst", '<w:spacing w:after="360"/>', '<w:i/><w:sz w:val="28"/>') +
          style("AreaLabel", "Area Label", '<w:spacing w:before="360" w:after="60"/><w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="8A5A1E"/></w:pBdr>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:smallCaps/><w:color w:val="8A5A1E"/><w:sz w:val="20"/>') +
          style("BodyText", "Body Text", '<w:jc w:val="both"/>', "") +
          style("CaptionText", "Caption Text", '<w:spacing w:before="60" w:after="0"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="18"/>') +
          style("CreditText", "Credit Text", "", '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:i/><w:color w:val="666666"/><w:sz w:val="16"/>') +
          style("IntenseQuote", "Intense Quote", '<w:jc w:val="center"/><w:spacing w:before="360" w:after="360"/><w:pBdr><w:top w:val="single" w:sz="4" w:space="8" w:color="8A5A1E"/><w:bottom w:val="single" w:sz="4" w:space="8" w:color="8A5A1E"/></w:pBdr>', '<w:i/><w:color w:val="8A5A1E"/><w:sz w:val="32"/>') +
          style("SidebarHeading", "Sidebar Heading", '<w:shd w:val="clear" w:color="auto" w:fill="EFE6D2"/><w:spacing w:before="360"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:sz w:val="24"/>') +
          style("SidebarText", "Sidebar Text", '<w:shd w:val="clear" w:color="auto" w:fill="EFE6D2"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="20"/>') +
          '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
          '<w:style w:type="table" w:styleId="CaptionTable"><w:name w:val="Caption Table"/><w:tblPr><w:tblCellMar><w:left w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>'
          '</w:styles>')
endnotes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes %s>'
            '<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>'
            '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>'
            '<w:endnote w:id="1"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>'
            '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:endnote></w:endnotes>' % (W, "{d.endnote}"))
data["endnote"] = d["endnote"]
header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
          '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>Colwick Museum of the Americas · Desert Drawings</w:t></w:r></w:p></w:hdr>' % W)
footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s><w:p><w:pPr><w:jc w:val="center"/></w:pPr>'
          '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>' % W)
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>')
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '<Relationship Id="rIdE" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
         '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
         '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>{d.t1} {d.t2}</dc:title><dc:creator>Colwick Museum of the Americas</dc:creator></cp:coreProperties>')
tpl = os.path.join(HERE, "docx_template.docx")
with zipfile.ZipFile(tpl, "w", zipfile.ZIP_DEFLATED) as z:
    for name, txt in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                      ("word/document.xml", document), ("word/styles.xml", styles), ("word/endnotes.xml", endnotes),
                      ("word/header1.xml", header), ("word/footer1.xml", footer), ("docProps/core.xml", core)]:
        z.writestr(name, txt)
with open(os.path.join(HERE, "docx_data.json"), "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
subprocess.run(["node", os.path.join(HERE, "node", "render.js"), tpl, os.path.join(HERE, "docx_data.json"),
                os.path.join(OUT, "nazca_lines_1927.docx")], check=True, cwd=os.path.join(HERE, "node"))
