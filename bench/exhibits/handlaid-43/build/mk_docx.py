"""gin_lane_1751.docx: five hand-written OOXML documents (front matter, three cases, sidebar) joined by docxcompose."""
import os, zipfile
from xml.sax.saxutils import escape as X
from content import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
PARTS = os.path.join(HERE, "docx_parts")
os.makedirs(PARTS, exist_ok=True)
d = DOCS["gin_lane_1751"]

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'mc:Ignorable="w14 wp14" xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing"')
HDR = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'


def t(text):
    return '<w:t xml:space="preserve">%s</w:t>' % X(text)


def run(text, rpr=""):
    return '<w:r>%s%s</w:r>' % ('<w:rPr>%s</w:rPr>' % rpr if rpr else "", t(text))


def para(inner, style=None, ppr=""):
    p = ('<w:pStyle w:val="%s"/>' % style if style else "") + ppr
    return '<w:p>%s%s</w:p>' % ('<w:pPr>%s</w:pPr>' % p if p else "", inner)


def fnref(n):
    return '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>' % n


STYLES = HDR + '''<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Subtitle"/><w:qFormat/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="56"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:i/><w:color w:val="6B2D1F"/><w:sz w:val="36"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:caps/><w:spacing w:val="30"/><w:color w:val="6B2D1F"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Standfirst"><w:name w:val="Standfirst"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="360"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:tabs><w:tab w:val="left" w:pos="1134"/></w:tabs><w:spacing w:before="360" w:after="120"/><w:ind w:left="1134" w:hanging="1134"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="character" w:customStyle="1" w:styleId="CaseNumber"><w:name w:val="Case Number"/><w:rPr><w:caps/><w:color w:val="FFFFFF"/><w:sz w:val="20"/><w:shd w:val="clear" w:color="auto" w:fill="6B2D1F"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:top w:val="single" w:sz="12" w:space="6" w:color="6B2D1F"/><w:bottom w:val="single" w:sz="12" w:space="6" w:color="6B2D1F"/></w:pBdr><w:spacing w:before="240" w:after="240"/><w:ind w:left="851" w:right="851"/><w:jc w:val="center"/></w:pPr><w:rPr><w:i/><w:color w:val="6B2D1F"/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="60" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="17"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SidebarHeading"><w:name w:val="Sidebar Heading"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:shd w:val="clear" w:color="auto" w:fill="EFE3D3"/><w:spacing w:before="360" w:after="60"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="24"/></w:rPr></w:style>
<w:style w:type="paragraph" w:customStyle="1" w:styleId="SidebarText"><w:name w:val="Sidebar Text"/><w:basedOn w:val="Normal"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="EFE3D3"/></w:pPr><w:rPr><w:sz w:val="20"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Header"><w:name w:val="header"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>'''

SETTINGS = HDR + '''<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:defaultTabStop w:val="720"/><w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>'''

SEP_NOTES = ('<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>')


def footnotes_xml(notes):
    body = "".join('<w:footnote w:id="%d"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>'
                   % (i, run(" " + n)) for i, n in notes)
    return HDR + '<w:footnotes %s>%s%s</w:footnotes>' % (NS, SEP_NOTES, body)


SECT = ('<w:sectPr>%s<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" '
        'w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>')


def package(path, body, notes=None, headers=False):
    rels = ['<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>',
            '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>']
    ct = ['<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>',
          '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>',
          '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>',
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>',
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>']
    files = {}
    hf = ""
    if notes is not None:
        rels.append('<Relationship Id="rIdNotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>')
        ct.append('<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>')
        files["word/footnotes.xml"] = footnotes_xml(notes)
    if headers:
        rels.append('<Relationship Id="rIdHdr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>')
        rels.append('<Relationship Id="rIdFtr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>')
        ct.append('<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>')
        ct.append('<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>')
        files["word/header1.xml"] = HDR + '<w:hdr %s>%s</w:hdr>' % (NS, para(run("Mother’s Ruin · Print Room guide"), "Header", '<w:jc w:val="right"/>'))
        files["word/footer1.xml"] = HDR + '<w:ftr %s>%s</w:ftr>' % (NS, para(
            run("Coram Street Museum of London Life · page ") +
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', "Footer"))
        hf = '<w:headerReference w:type="default" r:id="rIdHdr"/><w:footerReference w:type="default" r:id="rIdFtr"/>'
    files["word/document.xml"] = HDR + '<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, body, SECT % hf)
    files["word/styles.xml"] = STYLES
    files["word/settings.xml"] = SETTINGS
    files["word/_rels/document.xml.rels"] = HDR + '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">%s</Relationships>' % "".join(rels)
    files["[Content_Types].xml"] = HDR + ('<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>%s</Types>' % "".join(ct))
    files["_rels/.rels"] = HDR + ('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>')
    files["docProps/core.xml"] = HDR + ('<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        '<dc:title>Mother’s Ruin: Hogarth’s Gin Lane, 1751</dc:title><dc:creator>Print Room interpretation team</dc:creator></cp:coreProperties>')
    files["docProps/app.xml"] = HDR + ('<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
        '<Application>docxcompose 2.2.0 (python-docx 1.2.0)</Application></Properties>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name in ["[Content_Types].xml", "_rels/.rels"] + sorted(k for k in files if k not in ("[Content_Types].xml", "_rels/.rels")):
            z.writestr(name, files[name])


def heading(s):
    return para('<w:r><w:rPr><w:rStyle w:val="CaseNumber"/></w:rPr>%s</w:r><w:r><w:tab/></w:r>%s' % (t(s["label"]), run(s["title"])), "Heading1")


def textbox_caption(c):
    """A floating text box (picture + caption + credit), written as Word does: wps in mc:Choice, VML in mc:Fallback."""
    inner = (para("", None, '<w:shd w:val="clear" w:color="auto" w:fill="B9B9B9"/><w:spacing w:after="0" w:line="2600" w:lineRule="exact"/>') +
             para('<w:r><w:rPr><w:b/></w:rPr>%s</w:r>%s' % (t(c["position"] + ":"), run(" " + c["text"])), "Caption") +
             para(run(c["credit"], "<w:i/>"), "Caption"))
    choice = ('<w:drawing><wp:anchor distT="0" distB="0" distL="114300" distR="114300" simplePos="0" relativeHeight="251659264" '
              'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
              '<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
              '<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
              '<wp:extent cx="2340000" cy="2520000"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="left"/>'
              '<wp:docPr id="2" name="Text Box 2"/><wp:cNvGraphicFramePr/>'
              '<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp>'
              '<wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2340000" cy="2520000"/></a:xfrm>'
              '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>'
              '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr rot="0" vert="horz" wrap="square" lIns="0" tIns="0" rIns="0" bIns="0" anchor="t"/>'
              '</wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>' % inner)
    fallback = ('<w:pict><v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                '<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                '<v:shape id="Text Box 2" o:spid="_x0000_s1026" type="#_x0000_t202" style="position:absolute;margin-left:0;'
                'margin-top:0;width:184.25pt;height:198.45pt;z-index:251659264;mso-position-horizontal:right;'
                'mso-position-horizontal-relative:margin;mso-position-vertical-relative:text" filled="f" stroked="f">'
                '<v:textbox inset="0,0,0,0"><w:txbxContent>%s</w:txbxContent></v:textbox><w10:wrap type="square" side="left"/></v:shape></w:pict>' % inner)
    return '<w:r><mc:AlternateContent><mc:Choice Requires="wps">%s</mc:Choice><mc:Fallback>%s</mc:Fallback></mc:AlternateContent></w:r>' % (choice, fallback)


def build():
    s1, s2, s3 = d["sections"]
    notes = d["notes"]
    # front matter (the master document)
    front = (para(run(d["kicker"]), "Kicker") + para(run(d["title_lines"][0]), "Title") +
             para(run(d["title_lines"][1]), "Subtitle") + para(run(d["intro"]), "Standfirst"))
    package(os.path.join(PARTS, "00_front.docx"), front, notes=[], headers=True)
    # case 1: footnote after "Low Countries."
    p = s1["paras"][0][0]
    a = "came to England from the Low Countries."
    i = p.index(a) + len(a)
    b1 = para(run(p[:i]) + fnref(1) + run(p[i:]))
    body = heading(s1) + b1 + "".join(para(run(x[0])) for x in s1["paras"][1:])
    package(os.path.join(PARTS, "01_case1.docx"), body, notes=[(1, notes[0])])
    # case 2: HYPERLINK field around the name, text box anchored mid-sentence, soft and non-breaking hyphens
    p = s2["paras"][0][0]
    name = "Henry Fielding"
    pre, post = p.split(name, 1)
    anchor = "in January 1751."
    mid = post.index("published a pamphlet") + len("published a pamphlet")
    fld = ('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "https://collections.example.org/people/fielding" \\o "Henry Fielding in the collection" </w:instrText></w:r>'
           '<w:r><w:fldChar w:fldCharType="separate"/></w:r>%s<w:r><w:fldChar w:fldCharType="end"/></w:r>'
           % run(name, '<w:color w:val="0563C1"/><w:u w:val="single"/>'))
    c2p1 = para(run(pre) + fld + run(post[:mid]) + textbox_caption(s2["caption"]) + run(post[mid:]))
    p2 = s2["paras"][1][0]
    pw = "pawnbroker’s"
    i = p2.index(pw)
    bs = "ballad-seller"
    j = p2.index(bs)
    c2p2 = para(run(p2[:i]) + run("pawn") + '<w:r><w:softHyphen/></w:r>' + run(p2[i + 4:j]) + run("ballad") +
                '<w:r><w:noBreakHyphen/></w:r>' + run(p2[j + 7:]))
    body = heading(s2) + c2p1 + c2p2 + "".join(para(run(x[0])) for x in s2["paras"][2:])
    package(os.path.join(PARTS, "02_case2.docx"), body, notes=[])
    # pull quote + case 3: rendered page break mid-sentence, footnote, table with label cells
    p = s3["paras"][0][0]
    a = "raised the duty again."
    i = p.index(a) + len(a)
    k = p.index("in the years that followed,") + len("in the years")
    c3p1 = para(run(p[:i]) + fnref(1) + run(p[i:k]) + '<w:r><w:lastRenderedPageBreak/>%s</w:r>' % t(p[k:]))
    tname, rows = d["table"]
    tbl = (para(run(tname, "<w:b/>"), None, '<w:keepNext/><w:spacing w:before="240" w:after="60"/>') +
           '<w:tbl><w:tblPr><w:tblW w:w="9000" w:type="dxa"/><w:tblBorders><w:top w:val="single" w:sz="4" w:color="999999"/>'
           '<w:bottom w:val="single" w:sz="4" w:color="999999"/><w:insideH w:val="single" w:sz="4" w:color="999999"/></w:tblBorders></w:tblPr>'
           '<w:tblGrid><w:gridCol w:w="1600"/><w:gridCol w:w="7400"/></w:tblGrid>' +
           "".join('<w:tr><w:tc><w:tcPr><w:tcW w:w="1600" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="EFE3D3"/></w:tcPr>%s</w:tc>'
                   '<w:tc><w:tcPr><w:tcW w:w="7400" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr>'
                   % (para(run(k2, "<w:b/>"), None, '<w:spacing w:after="0"/>'), para(run(v), None, '<w:spacing w:after="0"/>'))
                   for k2, v in rows) + '</w:tbl>')
    body = (para(run(d["pull"]), "Quote") + heading(s3) + c3p1 + "".join(para(run(x[0])) for x in s3["paras"][1:]) + tbl)
    package(os.path.join(PARTS, "03_case3.docx"), body, notes=[(1, notes[1])])
    # sidebar
    sb = d["sidebar"]
    body = para(run(sb["title"]), "SidebarHeading") + "".join(para(run(x), "SidebarText") for x in sb["paras"])
    package(os.path.join(PARTS, "04_sidebar.docx"), body, notes=[])

    from docx import Document
    from docxcompose.composer import Composer
    master = Document(os.path.join(PARTS, "00_front.docx"))
    comp = Composer(master)
    for n in ["01_case1.docx", "02_case2.docx", "03_case3.docx", "04_sidebar.docx"]:
        comp.append(Document(os.path.join(PARTS, n)))
    out = os.path.join(OUT, "gin_lane_1751.docx")
    comp.save(out)
    print("wrote", out)


if __name__ == "__main__":
    build()
