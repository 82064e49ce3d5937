"""Writes a hand-made OOXML template (build/mendel_template.docx) with Jinja tags and renders it with docxtpl."""
import os, zipfile, html
from docxtpl import DocxTemplate
from content import DOCS, CUT

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
d = DOCS["mendel_peas_1866"]
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
X = lambda s: html.escape(s, quote=False)


def run(text, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (("<w:rPr>%s</w:rPr>" % rpr) if rpr else "", text)


def para(inner, style=None, ppr=""):
    st = '<w:pStyle w:val="%s"/>' % style if style else ""
    return "<w:p><w:pPr>%s%s</w:pPr>%s</w:p>" % (st, ppr, inner)


def tag(v):  # a Jinja variable alone in its run, so docxtpl sees it whole
    return run("{{ %s }}" % v)


def label_table(label_var, title_var):
    """Section head: the label sits in a narrow shaded cell, the heading in the cell beside it."""
    return ('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:bottom w:val="single" w:sz="12" '
            'w:color="2F5D3A"/></w:tblBorders><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="1400"/>'
            '<w:gridCol w:w="7600"/></w:tblGrid><w:tr><w:tc><w:tcPr><w:tcW w:w="1400" w:type="dxa"/><w:shd w:val="clear" '
            'w:fill="2F5D3A"/><w:vAlign w:val="center"/></w:tcPr>%s</w:tc><w:tc><w:tcPr><w:tcW w:w="7600" w:type="dxa"/>'
            '<w:vAlign w:val="center"/></w:tcPr>%s</w:tc></w:tr></w:tbl>'
            % (para(tag(label_var), "BedLabel"), para(tag(title_var), "Heading2")))


def picture_cell():
    return ('<w:tbl><w:tblPr><w:tblW w:w="3200" w:type="dxa"/><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>'
            '<w:gridCol w:w="3200"/></w:tblGrid><w:tr><w:trPr><w:trHeight w:val="1900" w:hRule="exact"/></w:trPr><w:tc>'
            '<w:tcPr><w:tcW w:w="3200" w:type="dxa"/><w:shd w:val="clear" w:fill="B9B9B9"/></w:tcPr><w:p/></w:tc></w:tr>'
            '</w:tbl>')


def fnref(n):
    return '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % n


def soft(word_parts):  # a word with Word soft hyphens (w:softHyphen) between its parts
    out = []
    for i, p in enumerate(word_parts):
        out.append('<w:r><w:t>%s</w:t></w:r>' % X(p))
        if i < len(word_parts) - 1:
            out.append('<w:r><w:softHyphen/></w:r>')
    return "".join(out)


S = d["sections"]
body = []
body.append(para(tag("kicker"), "Kicker"))
body.append(para(tag("title1"), "Title"))
body.append(para(tag("title2"), "Subtitle"))
body.append(para(tag("intro"), "Standfirst"))
# Bed 1
body.append(label_table("s1_label", "s1_title"))
body.append(para(tag("s1p1")))
body.append(para(tag("s1p2")))
# Bed 2: paragraph 2-1 split by the picture and its caption; soft hyphens in "fertilised"
body.append(label_table("s2_label", "s2_title"))
p21a, p21b = S[1]["paras"][0].split(CUT)
pre, post = p21a.split("usually fertilised itself", 1)
body.append(para(run(X(pre) + "usually ") + soft(["fer", "til", "ised"]) + run(X(" itself" + post))))
body.append(picture_cell())
body.append(para(run(X(S[1]["caption"]["position"] + ":"), "<w:b/>") + run(" ") + tag("cap_text"), "Caption"))
body.append(para(tag("cap_credit"), "Credit"))
body.append(para(tag("s2p1b"), ppr='<w:ind w:firstLine="0"/>'))
a, b = S[1]["paras"][1].split("three to one.", 1)
body.append(para(tag("s2p2a") + run("three to one.") + fnref(2) + tag("s2p2b")))
# framed pull quote, floated right of Bed 3
body.append(para(run(X(d["pullquote"])) + '<w:r><w:br/></w:r>' + run(X(d["pullquote_by"]), "<w:i/><w:sz w:val=\"18\"/>"),
                 "PullQuote", '<w:framePr w:w="3000" w:hSpace="180" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" '
                 'w:xAlign="right" w:y="1"/>'))
body.append(label_table("s3_label", "s3_title"))
p31 = S[2]["paras"][0]
a31, b31 = p31.split("proceedings in 1866.", 1)
body.append(para(tag("s3p1a") + run("proceedings in 1866.") + fnref(1) + tag("s3p1b")))
body.append(para(tag("s3p2")))
# glossary: a table with label cells (not gold)
gl = "".join('<w:tr><w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>%s</w:tc><w:tc><w:tcPr><w:tcW w:w="7000" '
             'w:type="dxa"/></w:tcPr>%s</w:tc></w:tr>' % (para(run(X(k), "<w:b/>"), "TableText"), para(run(X(v)), "TableText"))
             for k, v in d["glossary"])
body.append(para(run("Words on this panel"), "TableHead"))
body.append('<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:insideH w:val="single" w:sz="4" '
            'w:color="999999"/><w:top w:val="single" w:sz="4" w:color="999999"/><w:bottom w:val="single" w:sz="4" '
            'w:color="999999"/></w:tblBorders><w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="2000"/>'
            '<w:gridCol w:w="7000"/></w:tblGrid>%s</w:tbl>' % gl)
# sidebar: bordered, shaded paragraphs
bd = ('<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="2F5D3A"/><w:left w:val="single" w:sz="8" w:space="4" '
      'w:color="2F5D3A"/><w:bottom w:val="single" w:sz="8" w:space="4" w:color="2F5D3A"/><w:right w:val="single" w:sz="8" '
      'w:space="4" w:color="2F5D3A"/></w:pBdr><w:shd w:val="clear" w:fill="E8F0E4"/>')
body.append(para(tag("side_title"), "SidebarHeading", bd))
body.append(para(tag("side_p"), "SidebarText", bd))
sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/>'
        '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1300" '
        'w:right="1300" w:bottom="1300" w:left="1500" w:header="600" w:footer="600" w:gutter="0"/></w:sectPr>')
document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document %s><w:body>%s%s</w:body></w:document>' % (
    W, "".join(body), sect)

ctx = dict(kicker=d["kicker"], title1=d["title_lines"][0], title2=d["title_lines"][1], intro=d["intro"],
           s1_label=S[0]["label"], s1_title=S[0]["title"], s1p1=S[0]["paras"][0], s1p2=S[0]["paras"][1],
           s2_label=S[1]["label"], s2_title=S[1]["title"], s2p1b=p21b, s2p2a=a, s2p2b=b,
           cap_text=S[1]["caption"]["text"], cap_credit=S[1]["caption"]["credit"],
           s3_label=S[2]["label"], s3_title=S[2]["title"], s3p1a=a31, s3p1b=b31, s3p2=S[2]["paras"][1],
           side_title=d["sidebar"]["title"], side_p=d["sidebar"]["paras"][0])


def style(sid, name, ppr="", rpr="", typ="paragraph", based="Normal"):
    b = '<w:basedOn w:val="%s"/>' % based if based and sid != "Normal" else ""
    return ('<w:style w:type="%s" w:styleId="%s"><w:name w:val="%s"/>%s<w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr>'
            '</w:style>' % (typ, sid, name, b, ppr, rpr))


styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles %s><w:docDefaults><w:rPrDefault><w:rPr>'
          '<w:rFonts w:ascii="Liberation Serif" w:hAnsi="Liberation Serif"/><w:sz w:val="22"/><w:lang w:val="en-GB"/>'
          '</w:rPr></w:rPrDefault></w:docDefaults>' % W +
          style("Normal", "Normal", '<w:spacing w:after="120" w:line="288" w:lineRule="auto"/>', "", based=None) +
          style("Kicker", "Kicker", '<w:spacing w:after="60"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:color w:val="2F5D3A"/><w:spacing w:val="20"/><w:sz w:val="18"/>') +
          style("Title", "Title", '<w:spacing w:after="0"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:sz w:val="56"/>') +
          style("Subtitle", "Subtitle", '<w:spacing w:after="200"/>', '<w:i/><w:sz w:val="36"/>') +
          style("Standfirst", "Standfirst", '<w:spacing w:after="240"/>', '<w:i/><w:sz w:val="26"/>') +
          style("BedLabel", "Bed label", '<w:spacing w:after="0"/><w:jc w:val="center"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:caps/><w:color w:val="FFFFFF"/><w:sz w:val="20"/>') +
          style("Heading2", "heading 2", '<w:keepNext/><w:spacing w:before="60" w:after="60"/><w:outlineLvl w:val="1"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:sz w:val="30"/>') +
          style("Caption", "caption", '<w:spacing w:before="60" w:after="0"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="18"/>') +
          style("Credit", "Credit", '<w:spacing w:after="160"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:i/><w:sz w:val="16"/>') +
          style("PullQuote", "Pull quote", '<w:spacing w:before="120" w:after="120"/>', '<w:b/><w:i/><w:color w:val="2F5D3A"/><w:sz w:val="30"/>') +
          style("TableHead", "Table head", '<w:keepNext/><w:spacing w:before="200" w:after="60"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:sz w:val="18"/>') +
          style("TableText", "Table text", '<w:spacing w:after="0"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="18"/>') +
          style("SidebarHeading", "Sidebar heading", '<w:keepNext/><w:spacing w:before="300" w:after="0"/>', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:b/><w:sz w:val="24"/>') +
          style("SidebarText", "Sidebar text", '', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="20"/>') +
          style("FootnoteText", "footnote text", '<w:spacing w:after="0"/>', '<w:sz w:val="18"/>') +
          style("FootnoteReference", "footnote reference", '', '<w:vertAlign w:val="superscript"/>', typ="character", based=None) +
          style("Header", "header", '', '<w:rFonts w:ascii="Liberation Sans" w:hAnsi="Liberation Sans"/><w:sz w:val="16"/>') +
          '</w:styles>')
fn = lambda i, t: ('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle '
                   'w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>' % (i, run(" " + X(t))))
footnotes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes %s><w:footnote w:type="separator" '
             'w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote><w:footnote w:type="continuationSeparator" '
             'w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>%s%s</w:footnotes>'
             % (W, fn(1, d["footnotes"][0]), fn(2, d["footnotes"][1])))
header = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s>%s</w:hdr>'
          % (W, para(run("Seeds of Heredity · Gallery guide"), "Header")))
footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s>%s</w:ftr>'
          % (W, para(run("Kingsmead Botanic Museum · page ") + '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r>'
                     '<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/>'
                     '</w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', "Header")))
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
files = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/><Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="%s/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="%s/extended-properties" Target="docProps/app.xml"/></Relationships>' % (R, R),
    "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdS" Type="%s/styles" Target="styles.xml"/><Relationship Id="rIdN" Type="%s/footnotes" Target="footnotes.xml"/><Relationship Id="rIdH" Type="%s/header" Target="header1.xml"/><Relationship Id="rIdF" Type="%s/footer" Target="footer1.xml"/></Relationships>' % (R, R, R, R),
    "word/document.xml": document, "word/styles.xml": styles, "word/footnotes.xml": footnotes,
    "word/header1.xml": header, "word/footer1.xml": footer,
    "docProps/core.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>Round or Wrinkled? Gregor Mendel’s Peas, 1866</dc:title><dc:creator>Kingsmead Botanic Museum, interpretation team</dc:creator></cp:coreProperties>',
    "docProps/app.xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>docxtpl 0.20.2 (python-docx-template)</Application></Properties>',
}
tpl = os.path.join(HERE, "mendel_template.docx")
with zipfile.ZipFile(tpl, "w", zipfile.ZIP_DEFLATED) as z:
    for k, v in files.items():
        z.writestr(k, v)
t = DocxTemplate(tpl)
t.render(ctx, autoescape=True)
t.save(os.path.join(OUT, "mendel_peas_1866.docx"))
print("ok")
