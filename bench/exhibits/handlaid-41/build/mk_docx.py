# -*- coding: utf-8 -*-
"""elgin_marbles_1816.docx: a hand-written OOXML template (build/elgin_template.docx, made here from
strings) filled by docx-mailmerge2 (MERGEFIELDs for some paragraphs; the rest is literal in the template)."""
import os, re, zipfile, html
from mailmerge import MailMerge
import content as C

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
E = C.ELGIN
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'

def x(s):
    return html.escape(s, quote=False)

def run(t, rpr=""):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % ("<w:rPr>%s</w:rPr>" % rpr if rpr else "", x(t))

def field(name):
    return ('<w:fldSimple w:instr=" MERGEFIELD %s \\* MERGEFORMAT "><w:r><w:rPr><w:noProof/></w:rPr>'
            '<w:t>«%s»</w:t></w:r></w:fldSimple>' % (name, name))

def para(inner, style=None, ppr=""):
    st = '<w:pStyle w:val="%s"/>' % style if style else ""
    return '<w:p><w:pPr>%s%s</w:pPr>%s</w:p>' % (st, ppr, inner)

def enref(n):
    return '<w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteReference w:id="%d"/></w:r>' % n

def with_notes(text):
    """literal paragraph text with {n} endnote marks"""
    out = []
    for piece in re.split(r"(\{\d\})", text):
        if re.fullmatch(r"\{\d\}", piece):
            out.append(enref(int(piece[1])))
        elif piece:
            out.append(run(piece))
    return "".join(out)

def panel_table(inner, fill="F4F1EA", border="8A6D3B"):
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="PanelBox"/><w:tblW w:w="9026" w:type="dxa"/>'
            '<w:tblBorders><w:top w:val="single" w:sz="12" w:color="%s"/><w:left w:val="single" w:sz="4" w:color="%s"/>'
            '<w:bottom w:val="single" w:sz="4" w:color="%s"/><w:right w:val="single" w:sz="4" w:color="%s"/></w:tblBorders>'
            '<w:tblCellMar><w:top w:w="142" w:type="dxa"/><w:left w:w="198" w:type="dxa"/><w:bottom w:w="142" w:type="dxa"/><w:right w:w="198" w:type="dxa"/></w:tblCellMar>'
            '<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid><w:gridCol w:w="9026"/></w:tblGrid>'
            '<w:tr><w:tc><w:tcPr><w:tcW w:w="9026" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="%s"/></w:tcPr>%s</w:tc></w:tr></w:tbl>'
            % (border, border, border, border, fill, inner))

def picture_table(cap):
    # two rows: a grey "picture" cell, then the caption row under it
    capxml = (run(cap["position"] + ":", "<w:b/>") + run(" " + cap["text"]) + '<w:r><w:br/></w:r>'
              + run(cap["credit"], "<w:i/><w:color w:val=\"555555\"/>"))
    return ('<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/><w:jc w:val="left"/><w:tblLook w:val="0000"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="6000"/></w:tblGrid>'
            '<w:tr><w:trPr><w:trHeight w:val="2600" w:hRule="exact"/></w:trPr><w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/>'
            '<w:shd w:val="clear" w:color="auto" w:fill="9A9A9A"/></w:tcPr><w:p/></w:tc></w:tr>'
            '<w:tr><w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr></w:tbl>'
            % para(capxml, "Caption"))

def sdt(tag, inner):
    return ('<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>'
            % (tag, tag.lower().replace(" ", "-"), abs(hash(tag)) % 900000 + 1000, inner))

def build_template(path):
    A, B, Cc = E["sections"]
    body = []
    body.append(para(run("Casts and Collectors · Bay Texts"), "Kicker"))
    body.append(para(run(E["title_lines"][0]) + '<w:r><w:br/></w:r>' + run(E["title_lines"][1]), "Title"))
    body.append(para(field("Intro"), "Standfirst"))
    def runin(title):
        return run(title + ".", "<w:b/>") + run(" ")
    # Bay A: A1 by merge field, A2 literal with an endnote
    a = [para(run(A["label"]), "PanelLabel"),
         para(runin(A["title"]) + field("BayA1"), "BodyText"),
         para(with_notes(A["paras"][1]), "BodyText"),
         picture_table(A["caption"]), para("", "BodyText")]
    body.append(sdt("Bay A", panel_table("".join(a))))
    body.append(para("", None))
    # Bay B: B1 merge field; B2 literal with a tracked change; B3 merge field
    b2 = B["paras"][1]
    pre, post = b2.split("two years", 1)
    b2xml = (run(pre) + '<w:del w:id="101" w:author="K. Mallory" w:date="2025-03-04T10:12:00Z"><w:r><w:delText>three</w:delText></w:r></w:del>'
             '<w:ins w:id="102" w:author="K. Mallory" w:date="2025-03-04T10:12:00Z"><w:r><w:t>two</w:t></w:r></w:ins>' + run(" years" + post))
    b = [para(run(B["label"]), "PanelLabel"),
         para(runin(B["title"]) + field("BayB1"), "BodyText"),
         para(b2xml, "BodyText"),
         para(field("BayB3"), "BodyText")]
    body.append(sdt("Bay B", panel_table("".join(b))))
    body.append(para(run(E["pullquote"]), "PullQuote"))
    # Bay C: C1 literal with hidden editorial text and an inserted phrase; C2 literal with an endnote
    c1 = Cc["paras"][0]
    i = c1.index("and the sculptor Antonio Canova")
    c1xml = (run(c1[:i]) + run("[Check Haydon’s letters for the date of his first visit] ", "<w:vanish/><w:color w:val=\"C00000\"/>")
             + '<w:ins w:id="103" w:author="K. Mallory" w:date="2025-03-04T10:20:00Z"><w:r><w:t xml:space="preserve">and the sculptor Antonio Canova</w:t></w:r></w:ins>'
             + run(c1[i + len("and the sculptor Antonio Canova"):]))
    c = [para(run(Cc["label"]), "PanelLabel"),
         para(runin(Cc["title"]) + c1xml, "BodyText"),
         para(with_notes(Cc["paras"][1]), "BodyText"),
         picture_table(Cc["caption"]), para("", "BodyText")]
    body.append(sdt("Bay C", panel_table("".join(c))))
    body.append(para("", None))
    sb = E["sidebar"]
    s = [para(run(sb["title"], "<w:b/>"), "BodyText", '<w:keepNext/>'), para(field("Sidebar"), "BodyText")]
    body.append(sdt("Sidebar", panel_table("".join(s), fill="E3ECEF", border="2F5D6B")))
    sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
            '<w:endnotePr><w:numFmt w:val="decimal"/></w:endnotePr>'
            '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" w:header="708" w:footer="708" w:gutter="0"/></w:sectPr>')
    doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (W, "".join(body), sect)
    styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
      '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
      '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
      '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
      '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="52"/><w:color w:val="3B2A14"/></w:rPr></w:style>'
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:caps/><w:spacing w:val="20"/><w:sz w:val="18"/><w:color w:val="8A6D3B"/></w:rPr></w:style>'
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Standfirst"><w:name w:val="Standfirst"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="26"/></w:rPr></w:style>'
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="PanelLabel"><w:name w:val="Panel Label"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:caps/><w:spacing w:val="30"/><w:sz w:val="18"/><w:color w:val="8A6D3B"/></w:rPr></w:style>'
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="BodyText"><w:name w:val="Body Text Panel"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:firstLine="0"/></w:pPr></w:style>'
      '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="17"/></w:rPr></w:style>'
      '<w:style w:type="paragraph" w:customStyle="1" w:styleId="PullQuote"><w:name w:val="Pull Quote"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:color="8A6D3B"/><w:bottom w:val="single" w:sz="12" w:color="8A6D3B"/></w:pBdr><w:spacing w:before="240" w:after="240"/><w:ind w:left="1134" w:right="1134"/><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:sz w:val="32"/><w:color w:val="8A6D3B"/></w:rPr></w:style>'
      '<w:style w:type="character" w:styleId="EndnoteReference"><w:name w:val="endnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
      '<w:style w:type="paragraph" w:styleId="EndnoteText"><w:name w:val="endnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>'
      '<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr></w:style>'
      '<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr></w:style>'
      '<w:style w:type="table" w:customStyle="1" w:styleId="PanelBox"><w:name w:val="Panel Box"/></w:style>'
      '</w:styles>') % W
    en = ['<w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>',
          '<w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>']
    for k, t in enumerate(E["endnotes"], 1):
        en.append('<w:endnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="EndnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="EndnoteReference"/></w:rPr><w:endnoteRef/></w:r>%s</w:p></w:endnote>' % (k, run(" " + t)))
    endnotes = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:endnotes %s>%s</w:endnotes>' % (W, "".join(en))
    header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>' % (W, para(run(E["header"]), "Header"))
    footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (W, para(
        run(E["footer"]) + '<w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', "Footer",
        '<w:tabs><w:tab w:val="right" w:pos="9026"/></w:tabs>')))
    settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s><w:trackRevisions/><w:defaultTabStop w:val="720"/>'
                '<w:endnotePr><w:endnote w:id="-1"/><w:endnote w:id="0"/></w:endnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>') % W
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
          '<Override PartName="/word/endnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.endnotes+xml"/>'
          '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
          '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
            '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    drels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
             '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
             '<Relationship Id="rIdE" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes" Target="endnotes.xml"/>'
             '<Relationship Id="rIdH1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
             '<Relationship Id="rIdF1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/></Relationships>')
    core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            '<dc:title>Bay texts: Elgin</dc:title><dc:creator>K. Mallory</dc:creator>'
            '<dcterms:created xsi:type="dcterms:W3CDTF">2025-03-04T09:00:00Z</dcterms:created></cp:coreProperties>')
    app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
           '<Application>hand-written template, merged by docx-mailmerge2</Application></Properties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for n, d in [("[Content_Types].xml", ct), ("_rels/.rels", rels), ("word/_rels/document.xml.rels", drels),
                     ("word/document.xml", doc), ("word/styles.xml", styles), ("word/settings.xml", settings),
                     ("word/endnotes.xml", endnotes), ("word/header1.xml", header), ("word/footer1.xml", footer),
                     ("docProps/core.xml", core), ("docProps/app.xml", app)]:
            z.writestr(n, d)

if __name__ == "__main__":
    tpl = os.path.join(HERE, "elgin_template.docx")
    build_template(tpl)
    A, B, Cc = E["sections"]
    m = MailMerge(tpl)
    print("fields:", sorted(m.get_merge_fields()))
    m.merge(Intro=E["intro"], BayA1=A["paras"][0], BayB1=B["paras"][0], BayB3=B["paras"][2], Sidebar=E["sidebar"]["paras"][0])
    out = os.path.join(OUT, E["name"] + ".docx")
    m.write(out)
    m.close()
    print("wrote", out)
