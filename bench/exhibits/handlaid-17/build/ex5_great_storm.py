"""Exhibit 5: great_storm_1703 - DOCX whose WordprocessingML is written by this script and zipped with zipfile.

No DOCX library is used. The package has custom styles, a label paragraph before each heading, a title with a
line break, a footnote, a header and a footer (with a PAGE field that has no cached result), a borderless
layout table holding a picture with its caption beside it, a caption written before its picture ("Below:"),
a data table, and a floating text box (the sidebar) written as mc:AlternateContent (DrawingML + VML fallback,
so its text is in document.xml twice) and anchored inside paragraph B-1.
"""
import os
import zipfile
from xml.sax.saxutils import escape

import common
import content

ex = content.STORM
NAME = ex["name"]
DOCX = os.path.join(common.OUT, NAME + ".docx")

NS = ('xmlns:wpc="http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas" '
      'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
      'xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" '
      'xmlns:wp14="http://schemas.microsoft.com/office/word/2010/wordprocessingDrawing" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture" '
      'mc:Ignorable="w14 wp14"')
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
EMU = 12700  # per point


def t(text):
    sp = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{sp}>{escape(text)}</w:t>"


def run(text, rpr=""):
    return f"<w:r>{'<w:rPr>' + rpr + '</w:rPr>' if rpr else ''}{t(text)}</w:r>"


def para(runs, style=None, ppr_extra=""):
    ppr = (f'<w:pStyle w:val="{style}"/>' if style else "") + ppr_extra
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{runs}</w:p>"


def runs_with_italics(text, italics=(), split_words=()):
    """Plain runs, with the phrases in `italics` set in italic and the words in `split_words` broken over
    two runs (as Word does after an edit), e.g. 'Eddy' + 'stone'."""
    pieces = [(text, "")]
    for phrase in italics:
        new = []
        for s, r in pieces:
            if r or phrase not in s:
                new.append((s, r))
                continue
            a, b = s.split(phrase, 1)
            new += [(a, ""), (phrase, "<w:i/>"), (b, "")]
        pieces = new
    out = []
    for s, r in pieces:
        if not s:
            continue
        for w in split_words:
            if w in s and not r:
                k = len(w) // 2 + 1
                a, b = s.split(w, 1)
                out.append(run(a + w[:k], r))
                out.append('<w:proofErr w:type="spellStart"/>')
                s = w[k:] + b
                out.append(run(s, r))
                out.append('<w:proofErr w:type="spellEnd"/>')
                s = None
                break
        if s is not None:
            out.append(run(s, r))
    return "".join(out)


def inline_image(rid, pid, w_pt, h_pt, descr):
    cx, cy = int(w_pt * EMU), int(h_pt * EMU)
    return (f'<w:r><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0">'
            f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
            f'<wp:docPr id="{pid}" name="Picture {pid}" descr="{escape(descr)}"/>'
            f'<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect="1"/></wp:cNvGraphicFramePr>'
            f'<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">'
            f'<pic:pic><pic:nvPicPr><pic:cNvPr id="{pid}" name="image{pid}.png"/><pic:cNvPicPr/></pic:nvPicPr>'
            f'<pic:blipFill><a:blip r:embed="{rid}"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>'
            f'<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>'
            f'<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>'
            f'</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>')


def text_box(paras_xml, w_pt=180, h_pt=150):
    cx, cy = int(w_pt * EMU), int(h_pt * EMU)
    body = f"<w:txbxContent>{paras_xml}</w:txbxContent>"
    choice = (f'<mc:Choice Requires="wps"><w:drawing>'
              f'<wp:anchor distT="45720" distB="45720" distL="114300" distR="114300" simplePos="0" '
              f'relativeHeight="251659264" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
              f'<wp:simplePos x="0" y="0"/>'
              f'<wp:positionH relativeFrom="margin"><wp:align>right</wp:align></wp:positionH>'
              f'<wp:positionV relativeFrom="paragraph"><wp:posOffset>0</wp:posOffset></wp:positionV>'
              f'<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/>'
              f'<wp:wrapSquare wrapText="bothSides"/><wp:docPr id="20" name="Text Box 20"/>'
              f'<wp:cNvGraphicFramePr/>'
              f'<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
              f'<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/>'
              f'<a:ext cx="{cx}" cy="{cy}"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
              f'<a:solidFill><a:srgbClr val="E8EEF3"/></a:solidFill>'
              f'<a:ln w="6350"><a:solidFill><a:srgbClr val="5B7A99"/></a:solidFill></a:ln></wps:spPr>'
              f'<wps:txbx>{body}</wps:txbx>'
              f'<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="91440" tIns="91440" rIns="91440" '
              f'bIns="91440" anchor="t" anchorCtr="0"><a:noAutofit/></wps:bodyPr></wps:wsp>'
              f'</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>')
    fallback = (f'<mc:Fallback><w:pict>'
                f'<v:shapetype id="_x0000_t202" coordsize="21600,21600" o:spt="202" path="m,l,21600r21600,l21600,xe">'
                f'<v:stroke joinstyle="miter"/><v:path gradientshapeok="t" o:connecttype="rect"/></v:shapetype>'
                f'<v:shape id="Text Box 20" o:spid="_x0000_s1026" type="#_x0000_t202" '
                f'style="position:absolute;margin-left:0;margin-top:0;width:{w_pt}pt;height:{h_pt}pt;'
                f'z-index:251659264;mso-position-horizontal:right;mso-position-horizontal-relative:margin" '
                f'fillcolor="#e8eef3" strokecolor="#5b7a99" strokeweight=".5pt">'
                f'<v:textbox>{body}</v:textbox><w10:wrap type="square" anchorx="margin"/></v:shape>'
                f'</w:pict></mc:Fallback>')
    return f"<w:r><mc:AlternateContent>{choice}{fallback}</mc:AlternateContent></w:r>"


# ------------------------------------------------------------------ document.xml
S = ex["sections"]
body = []
body.append(para(run(ex["kicker"]), "Kicker"))
body.append(para(run(ex["title_lines"][0]) + "<w:r><w:br/></w:r>" + run(ex["title_lines"][1]), "Title"))
intro = ex["intro"][0]
cut = intro.index("1703") + 4
body.append(para(run(intro[:cut]) + '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr>'
                 '<w:footnoteReference w:id="1"/></w:r>' + run(intro[cut:]), "Standfirst"))
body.append('<w:bookmarkStart w:id="0" w:name="_Panels"/><w:bookmarkEnd w:id="0"/>')


def label_heading(sec):
    body.append(para(run(sec["label"]), "PanelLabel"))
    body.append(para(run(sec["title"]), "Heading1"))


# Panel A
label_heading(S[0])
for i, p in enumerate(S[0]["paras"]):
    body.append(para(runs_with_italics(p), "BodyFirst" if i == 0 else "BodyText"))

# Panel B: the sidebar text box is anchored at the start of paragraph B-1
sb = ex["sidebar"]
sb_xml = para(run(sb["title"]), "SidebarHeading") + "".join(para(run(p), "SidebarText") for p in sb["paras"])
label_heading(S[1])
body.append(para(text_box(sb_xml) + runs_with_italics(S[1]["paras"][0], split_words=("Goodwin",)), "BodyFirst"))
body.append(para(runs_with_italics(S[1]["paras"][1]), "BodyText"))

# Panel C: C-1, then a borderless layout table (caption + credit on the left, picture on the right), then C-2
label_heading(S[2])
body.append(para(runs_with_italics(S[2]["paras"][0], split_words=("Eddystone",)), "BodyFirst"))
capC = S[2]["caption"]
cap_cell = (para(f'<w:r><w:rPr><w:b/></w:rPr>{t(capC["pos"] + ":")}</w:r>' + run(" " + capC["text"]),
                 "ImageCaption", '<w:jc w:val="right"/>')
            + para(run(capC["credit"]), "PhotoCredit", '<w:jc w:val="right"/>'))
pic_cell = para(inline_image("rIdImg1", 1, 150, 190, "Photograph of the model (placeholder)"), "FigureImage")
body.append(
    '<w:tbl><w:tblPr><w:tblW w:w="5000" w:type="pct"/><w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/>'
    '<w:bottom w:val="nil"/><w:right w:val="nil"/><w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>'
    '<w:tblLayout w:type="fixed"/><w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" '
    'w:lastColumn="0" w:noHBand="1" w:noVBand="1"/></w:tblPr>'
    '<w:tblGrid><w:gridCol w:w="5386"/><w:gridCol w:w="3685"/></w:tblGrid>'
    f'<w:tr><w:tc><w:tcPr><w:tcW w:w="5386" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>{cap_cell}</w:tc>'
    f'<w:tc><w:tcPr><w:tcW w:w="3685" w:type="dxa"/></w:tcPr>{pic_cell}</w:tc></w:tr></w:tbl>')
body.append(para(runs_with_italics(S[2]["paras"][1]), "BodyText"))

# Panel D: D-1, the caption + credit ("Below:"), the picture, then D-2
label_heading(S[3])
body.append(para(runs_with_italics(S[3]["paras"][0], italics=("The Storm",)), "BodyFirst"))
capD = S[3]["caption"]
body.append(para(f'<w:r><w:rPr><w:b/></w:rPr>{t(capD["pos"] + ":")}</w:r>'
                 + runs_with_italics(" " + capD["text"], italics=("The Storm",)), "ImageCaption"))
body.append(para(run(capD["credit"]), "PhotoCredit"))
body.append(para(inline_image("rIdImg2", 2, 300, 170, "Title page (placeholder)"), "FigureImage",
                 '<w:jc w:val="center"/>'))
body.append(para(runs_with_italics(S[3]["paras"][1]), "BodyText"))

# data table (not in the gold)
body.append(para(run(ex["table_title"]), "Heading2"))
rows = []
SHADE = '<w:shd w:val="clear" w:color="auto" w:fill="D9E2EA"/>'
for ri, row in enumerate(ex["table"]):
    cells = "".join(
        f'<w:tc><w:tcPr><w:tcW w:w="{6000 if ci == 0 else 3071}" w:type="dxa"/>'
        f'{SHADE if ri == 0 else ""}</w:tcPr>'
        f'{para(run(c, "<w:b/>" if ri == 0 else ""), "TableText")}</w:tc>'
        for ci, c in enumerate(row))
    rows.append(f"<w:tr>{'<w:trPr><w:tblHeader/></w:trPr>' if ri == 0 else ''}{cells}</w:tr>")
body.append('<w:tbl><w:tblPr><w:tblStyle w:val="DataTable"/><w:tblW w:w="5000" w:type="pct"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="6000"/><w:gridCol w:w="3071"/></w:tblGrid>' + "".join(rows) + "</w:tbl>")
body.append(para("", "BodyText"))

sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/>'
        '<w:footerReference w:type="default" r:id="rIdFtr1"/>'
        '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" '
        'w:header="709" w:footer="709" w:gutter="0"/><w:cols w:space="708"/></w:sectPr>')
document = f'{DECL}<w:document {NS}><w:body>{"".join(body)}{sect}</w:body></w:document>'

# ------------------------------------------------------------------ styles.xml
def pstyle(sid, name, ppr="", rpr="", based="Normal", nxt=None, custom=True, default=False):
    attrs = ' w:type="paragraph"' + (' w:default="1"' if default else "") + (' w:customStyle="1"' if custom else "")
    out = '<w:style' + attrs + ' w:styleId="' + sid + '"><w:name w:val="' + name + '"/>'
    if based:
        out += '<w:basedOn w:val="' + based + '"/>'
    if nxt:
        out += '<w:next w:val="' + nxt + '"/>'
    return out + '<w:qFormat/><w:pPr>' + ppr + '</w:pPr><w:rPr>' + rpr + '</w:rPr></w:style>'


SERIF = '<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/>'
SANS = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>'
styles = (f'{DECL}<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
          '<w:docDefaults><w:rPrDefault><w:rPr>' + SERIF + '<w:sz w:val="21"/><w:szCs w:val="21"/>'
          '<w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>'
          '<w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          + pstyle("Normal", "Normal", based=None, custom=False, default=True)
          + pstyle("Kicker", "Exhibit Kicker", '<w:spacing w:after="60"/>',
                   SANS + '<w:b/><w:caps/><w:color w:val="8A1C1C"/><w:spacing w:val="30"/><w:sz w:val="16"/>')
          + pstyle("Title", "Title", '<w:spacing w:after="200" w:line="240" w:lineRule="auto"/>',
                   SANS + '<w:b/><w:color w:val="1F3A5F"/><w:sz w:val="60"/>', nxt="Standfirst", custom=False)
          + pstyle("Standfirst", "Exhibit Standfirst",
                   '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="8" w:color="1F3A5F"/></w:pBdr>'
                   '<w:spacing w:after="280"/>', '<w:i/><w:sz w:val="26"/>')
          + pstyle("PanelLabel", "Panel Label", '<w:keepNext/><w:spacing w:before="240" w:after="0"/>',
                   SANS + '<w:b/><w:caps/><w:color w:val="8A1C1C"/><w:spacing w:val="20"/><w:sz w:val="16"/>',
                   nxt="Heading1")
          + pstyle("Heading1", "heading 1", '<w:keepNext/><w:spacing w:before="40" w:after="100"/>'
                   '<w:outlineLvl w:val="0"/>', SANS + '<w:b/><w:color w:val="1F3A5F"/><w:sz w:val="30"/>',
                   nxt="BodyFirst", custom=False)
          + pstyle("Heading2", "heading 2", '<w:keepNext/><w:spacing w:before="240" w:after="80"/>'
                   '<w:outlineLvl w:val="1"/>', SANS + '<w:b/><w:sz w:val="22"/>', custom=False)
          + pstyle("BodyFirst", "Panel Body First", '<w:jc w:val="both"/>', "", nxt="BodyText")
          + pstyle("BodyText", "Panel Body", '<w:ind w:firstLine="284"/><w:jc w:val="both"/>', "")
          + pstyle("FigureImage", "Figure Image", '<w:keepNext/><w:spacing w:before="120" w:after="60"/>', "")
          + pstyle("ImageCaption", "Image Caption", '<w:spacing w:after="20"/>',
                   SANS + '<w:sz w:val="16"/><w:color w:val="333333"/>', nxt="PhotoCredit")
          + pstyle("PhotoCredit", "Photo Credit", '<w:spacing w:after="160"/>',
                   SANS + '<w:sz w:val="13"/><w:color w:val="777777"/>')
          + pstyle("TableText", "Table Text", '<w:spacing w:before="40" w:after="40"/>', SANS + '<w:sz w:val="17"/>')
          + pstyle("SidebarHeading", "Sidebar Heading", '<w:spacing w:after="60"/>',
                   SANS + '<w:b/><w:color w:val="1F3A5F"/><w:sz w:val="20"/>')
          + pstyle("SidebarText", "Sidebar Text", '<w:spacing w:after="0"/>', SANS + '<w:sz w:val="16"/>')
          + pstyle("FootnoteText", "footnote text", '<w:spacing w:after="0" w:line="240" w:lineRule="auto"/>',
                   '<w:sz w:val="16"/>', custom=False)
          + pstyle("Header", "header", '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="999999"/>'
                   '</w:pBdr><w:jc w:val="right"/>', SANS + '<w:sz w:val="15"/><w:color w:val="555555"/>',
                   custom=False)
          + pstyle("Footer", "footer", '<w:tabs><w:tab w:val="right" w:pos="9298"/></w:tabs>',
                   SANS + '<w:sz w:val="15"/><w:color w:val="555555"/>', custom=False)
          + '<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/>'
          '<w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>'
          '<w:style w:type="table" w:styleId="DataTable"><w:name w:val="Data Table"/><w:tblPr><w:tblBorders>'
          '<w:top w:val="single" w:sz="4" w:color="7F7F7F"/><w:bottom w:val="single" w:sz="4" w:color="7F7F7F"/>'
          '<w:insideH w:val="single" w:sz="2" w:color="BFBFBF"/></w:tblBorders>'
          '<w:tblCellMar><w:left w:w="108" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar>'
          '</w:tblPr></w:style>'
          '</w:styles>')

footnotes = (f'{DECL}<w:footnotes {NS}>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
             '<w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
             '<w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
             '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
             + run(" " + ex["footnote"]) + '</w:p></w:footnote></w:footnotes>')

header = f'{DECL}<w:hdr {NS}>' + para(run(ex["header"]), "Header") + '</w:hdr>'
footer = (f'{DECL}<w:ftr {NS}>' + para(
    run(ex["footer"]) + '<w:r><w:tab/></w:r>'
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>', "Footer")
    + '</w:ftr>')

settings = (f'{DECL}<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            '<w:defaultTabStop w:val="709"/><w:characterSpacingControl w:val="doNotCompress"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" '
            'w:val="15"/></w:compat></w:settings>')

content_types = (f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
                 '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
                 '<Default Extension="xml" ContentType="application/xml"/>'
                 '<Default Extension="png" ContentType="image/png"/>'
                 '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.document.main+xml"/>'
                 '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.styles+xml"/>'
                 '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.settings+xml"/>'
                 '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.footnotes+xml"/>'
                 '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.header+xml"/>'
                 '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'wordprocessingml.footer+xml"/>'
                 '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.'
                 'core-properties+xml"/>'
                 '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.'
                 'extended-properties+xml"/></Types>')

root_rels = (f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'officeDocument" Target="word/document.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/'
             'core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
             'extended-properties" Target="docProps/app.xml"/></Relationships>')

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
doc_rels = (f'{DECL}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            f'<Relationship Id="rIdStyles" Type="{R}styles" Target="styles.xml"/>'
            f'<Relationship Id="rIdSettings" Type="{R}settings" Target="settings.xml"/>'
            f'<Relationship Id="rIdFootnotes" Type="{R}footnotes" Target="footnotes.xml"/>'
            f'<Relationship Id="rIdHdr1" Type="{R}header" Target="header1.xml"/>'
            f'<Relationship Id="rIdFtr1" Type="{R}footer" Target="footer1.xml"/>'
            f'<Relationship Id="rIdImg1" Type="{R}image" Target="media/image1.png"/>'
            f'<Relationship Id="rIdImg2" Type="{R}image" Target="media/image2.png"/></Relationships>')

core = (f'{DECL}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
        f'<dc:title>{escape(content.title(ex))}</dc:title><dc:creator>Learning team</dc:creator>'
        '<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-14T09:00:00Z</dcterms:created>'
        '</cp:coreProperties>')
app = (f'{DECL}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>hand-laid set 17 (WordprocessingML written by a Python script)</Application></Properties>')

img1 = common.grey_png(os.path.join(common.IMG, "storm_model.png"), 300, 380)
img2 = common.grey_png(os.path.join(common.IMG, "storm_titlepage.png"), 600, 340, grey=0xC4)

with zipfile.ZipFile(DOCX, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("[Content_Types].xml", content_types)
    z.writestr("_rels/.rels", root_rels)
    z.writestr("word/document.xml", document)
    z.writestr("word/styles.xml", styles)
    z.writestr("word/settings.xml", settings)
    z.writestr("word/footnotes.xml", footnotes)
    z.writestr("word/header1.xml", header)
    z.writestr("word/footer1.xml", footer)
    z.writestr("word/_rels/document.xml.rels", doc_rels)
    z.write(img1, "word/media/image1.png")
    z.write(img2, "word/media/image2.png")
    z.writestr("docProps/core.xml", core)
    z.writestr("docProps/app.xml", app)

content.write_gold(ex, [ex["header"], ex["footer"]], os.path.join(common.OUT, NAME + ".json"))
print("wrote", DOCX)
