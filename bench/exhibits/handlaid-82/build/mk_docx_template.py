# -*- coding: utf-8 -*-
"""Writes build/docx/emille_template.docx: hand-written WordprocessingML with Handlebars
tags ({{...}}) that @jsreport/jsreport-docx fills from build/docx/emille_data.json.
Run-in bold heads, real footnotes, a tracked insertion/deletion, hidden text, a picture
with its caption and credit in a one-cell table, a shaded sidebar table."""
import json, os, struct, zlib, zipfile
from xml.sax.saxutils import escape
from texts import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "docx")
os.makedirs(OUT, exist_ok=True)
E = EX["emille_bell_771"]


def grey_png(w, h, grey=0xB4):
    raw = b"".join(b"\x00" + bytes([grey]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
DRAW_NS = ('xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
           'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
           'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')

data = {}
body = []


def tag(key, value):
    data[key] = value
    return "{{" + key + "}}"


def run(text, rpr=""):
    return f'<w:r>{"<w:rPr>" + rpr + "</w:rPr>" if rpr else ""}<w:t xml:space="preserve">{text}</w:t></w:r>'


def para(runs, style=None, ppr_extra=""):
    ppr = ""
    if style or ppr_extra:
        ppr = "<w:pPr>" + (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr_extra + "</w:pPr>"
    return f"<w:p>{ppr}{runs}</w:p>"


def fn_ref(n):
    return f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="{n}"/></w:r>'


# museum line, title, subtitle, standfirst
body.append(para(run(tag("museum", E["museum"])), "MuseumLine"))
body.append(para(run(tag("title1", E["title_lines"][0])), "Title"))
body.append(para(run(tag("title2", E["title_lines"][1])), "Subtitle"))
body.append(para(run(tag("intro", E["intro"])), "Standfirst"))

# footnote anchors: (section, paragraph, text after which the mark stands)
ANCH = {(0, 0): ("King Gyeongdeok of Silla", 1), (0, 1): ("cast into the bronze", 2)}
CAP_SECTION = 1  # the rubbing illustrates panel II

for si, s in enumerate(E["sections"]):
    for pi, p in enumerate(s["paras"]):
        k = f"s{si+1}p{pi+1}"
        runs = ""
        if pi == 0:  # run-in bold head: "I. A Son’s Vow."
            runs += run(tag(k + "head", f'{s["label"]}. {s["title"]}.'), '<w:b/><w:color w:val="7A2E12"/>')
            runs += run(" ")
        if (si, pi) in ANCH:
            before, n = ANCH[(si, pi)]
            i = p.index(before) + len(before)
            runs += run(tag(k + "a", p[:i])) + fn_ref(n) + run(tag(k + "b", p[i:]))
        elif E["ins_text"] and "weighs roughly" in p:
            i = p.index("roughly ")
            runs += run(tag(k + "a", p[:i]))
            runs += ('<w:del w:id="901" w:author="J. Park" w:date="2024-03-02T10:15:00Z"><w:r><w:delText xml:space="preserve">'
                     + E["del_text"] + '</w:delText></w:r></w:del>')
            runs += ('<w:ins w:id="902" w:author="J. Park" w:date="2024-03-02T10:15:00Z">' + run(E["ins_text"]) + '</w:ins>')
            runs += run(tag(k + "b", p[i + len("roughly "):]))
        else:
            runs += run(tag(k, p))
        body.append(para(runs, "BodyText"))
    if si == 0:  # hidden editorial note between panels I and II
        body.append(para(run(E["hidden_note"], '<w:vanish/><w:color w:val="C00000"/>'), "BodyText"))
    if si == CAP_SECTION:
        body.append(
            '<w:p><w:pPr><w:pStyle w:val="Picture"/><w:jc w:val="center"/></w:pPr><w:r><w:drawing>'
            '<wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="3600000" cy="2400000"/>'
            '<wp:docPr id="1" name="Picture 1" descr="grey placeholder"/>'
            '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            '<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="rubbing.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            '<pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            '<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="3600000" cy="2400000"/></a:xfrm>'
            '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>'
            '</wp:inline></w:drawing></w:r></w:p>')
        c = E["caption"]
        body.append(
            '<w:tbl><w:tblPr><w:tblW w:w="5669" w:type="dxa"/><w:jc w:val="center"/>'
            '<w:tblBorders><w:top w:val="single" w:sz="4" w:color="999999"/><w:bottom w:val="single" w:sz="4" w:color="999999"/></w:tblBorders>'
            '</w:tblPr><w:tblGrid><w:gridCol w:w="5669"/></w:tblGrid>'
            '<w:tr><w:tc><w:tcPr><w:tcW w:w="5669" w:type="dxa"/></w:tcPr>'
            + para(run(tag("captext", c["text"]), "<w:i/>"), "CaptionCell") + '</w:tc></w:tr>'
            '<w:tr><w:tc><w:tcPr><w:tcW w:w="5669" w:type="dxa"/></w:tcPr>'
            + para(run(tag("capcredit", c["credit"]), '<w:sz w:val="16"/>'), "CaptionCell", '<w:jc w:val="right"/>')
            + '</w:tc></w:tr></w:tbl>')
        body.append(para("", "BodyText"))

# sidebar: shaded one-cell table
sb = E["sidebar"]
cell = para(run(tag("sbtitle", sb["title"]), "<w:b/>"), "BoxText")
for i, p in enumerate(sb["paras"]):
    cell += para(run(tag(f"sb{i+1}", p)), "BoxText")
body.append('<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/>'
            '<w:shd w:val="clear" w:color="auto" w:fill="EFE6D8"/></w:tblPr><w:tblGrid><w:gridCol w:w="9000"/></w:tblGrid>'
            '<w:tr><w:tc><w:tcPr><w:tcW w:w="9000" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="EFE6D8"/></w:tcPr>'
            + cell + '</w:tc></w:tr></w:tbl>')
body.append(para(run(tag("closing", "Handout prepared for the lecture series Bronze Voices, spring 2024.")), "SmallNote"))

sect = ('<w:sectPr><w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1304" w:right="1304" w:bottom="1304" w:left="1304" '
        'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')
document = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document {W} {DRAW_NS}><w:body>'
            + "".join(body) + sect + "</w:body></w:document>")

fnotes = ['<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>',
          '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>']
for i, t in enumerate(E["footnotes"], 1):
    fnotes.append(f'<w:footnote w:id="{i}"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
                  f'<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
                  + run(" " + tag(f"fn{i}", t)) + '</w:p></w:footnote>')
footnotes = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes {W}>' + "".join(fnotes) + "</w:footnotes>"


def pstyle(sid, name, rpr="", ppr="", based="Normal", kind="paragraph"):
    return (f'<w:style w:type="{kind}" w:styleId="{sid}"><w:name w:val="{name}"/><w:basedOn w:val="{based}"/>'
            f'<w:qFormat/><w:pPr>{ppr}</w:pPr><w:rPr>{rpr}</w:rPr></w:style>')


styles = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles {W}>'
          '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif" w:cs="Liberation Serif"/>'
          '<w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          + pstyle("MuseumLine", "Museum Line", '<w:caps/><w:spacing w:val="20"/><w:sz w:val="16"/><w:color w:val="7A2E12"/>')
          + pstyle("Title", "Title", '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:sz w:val="56"/>', '<w:spacing w:after="0"/>')
          + pstyle("Subtitle", "Subtitle", '<w:i/><w:sz w:val="30"/><w:color w:val="555555"/>', '<w:spacing w:after="240"/>')
          + pstyle("Standfirst", "Standfirst", '<w:sz w:val="26"/>', '<w:spacing w:after="240"/>')
          + pstyle("BodyText", "Body Text", '', '<w:jc w:val="both"/>')
          + pstyle("Picture", "Picture", '', '<w:spacing w:before="120" w:after="60"/>')
          + pstyle("CaptionCell", "Caption Cell", '<w:sz w:val="18"/>', '<w:spacing w:after="40"/>')
          + pstyle("BoxText", "Box Text", '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="20"/>')
          + pstyle("SmallNote", "Small Note", '<w:i/><w:sz w:val="16"/>', '<w:spacing w:before="240"/>')
          + pstyle("FootnoteText", "footnote text", '<w:sz w:val="18"/>', '<w:spacing w:after="0"/>')
          + '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          + '</w:styles>')

settings = (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings {W}><w:trackRevisions/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr></w:settings>')

ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '</Types>')
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '</Relationships>')
drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
         '<Relationship Id="rIdSt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
         '<Relationship Id="rIdSe" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
         '<Relationship Id="rIdFn" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>'
         '<Relationship Id="rIdImg1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/rubbing.png"/>'
         '</Relationships>')
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>The Divine Bell</dc:title><dc:creator>mk_docx_template.py (set 82)</dc:creator></cp:coreProperties>')

with zipfile.ZipFile(os.path.join(OUT, "emille_template.docx"), "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", ct)
    z.writestr("_rels/.rels", rels)
    z.writestr("docProps/core.xml", core)
    z.writestr("word/document.xml", document)
    z.writestr("word/_rels/document.xml.rels", drels)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/footnotes.xml", footnotes)
    z.writestr("word/media/rubbing.png", grey_png(240, 160))

# data: Handlebars escapes HTML by default and jsreport-docx escapes XML again, so plain text goes in
with open(os.path.join(OUT, "emille_data.json"), "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
print("template written,", len(data), "tags")
