# -*- coding: utf-8 -*-
"""DOCX with paradocx 1.5.0 (jaraco; OPC packaging by openpack). The package, parts, content types
and relationships are made by paradocx/openpack; body paragraphs come from paradocx.paragraph/run/table,
with the few elements they lack (numPr, shading, drawing, footnote reference, fields) added as lxml
elements made with paradocx's own `w` ElementMaker."""
import os, sys
from lxml import etree
from paradocx import Document, paragraph, run, table
from paradocx.util import w
from paradocx.styles import StylesPart
from paradocx.numbering import NumberingPart
from paradocx.headerfooter import FooterPart
from paradocx.image import ImagePart
from openpack.basepack import Part, CoreProperties
from texts import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME = "peter_milk_chocolate_1875"
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = ('xmlns:w="%s" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"' % W)


class FootnotesPart(Part):
    content_type = "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"
    rel_type = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"


def X(s):
    return etree.fromstring(s)

def pstyle(p, sid):
    pPr = p.find("{%s}pPr" % W)
    if pPr is None:
        pPr = w.pPr(); p.insert(0, pPr)
    s = w.pStyle(); s.set("{%s}val" % W, sid); pPr.insert(0, s)
    return p

def val(el, v):
    el.set("{%s}val" % W, str(v)); return el

STYLES = """<w:styles %s>
<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>
<w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/><w:rPr><w:caps/><w:color w:val="9E2A1A"/><w:spacing w:val="20"/><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:pPr><w:spacing w:after="0"/></w:pPr><w:rPr><w:sz w:val="64"/><w:color w:val="3B2314"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:sz w:val="30"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Lender"><w:name w:val="Lender line"/><w:basedOn w:val="Normal"/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="6" w:space="4" w:color="9E2A1A"/></w:pBdr><w:spacing w:after="360"/></w:pPr><w:rPr><w:sz w:val="18"/><w:color w:val="5C3319"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Intro"><w:name w:val="Intro"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="PullQuote"><w:name w:val="Pull quote"/><w:basedOn w:val="Normal"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="F1E6D4"/><w:ind w:left="720" w:right="720"/><w:spacing w:before="240" w:after="0"/></w:pPr><w:rPr><w:i/><w:sz w:val="32"/><w:color w:val="9E2A1A"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="PullQuoteSource"><w:name w:val="Pull quote source"/><w:basedOn w:val="Normal"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="F1E6D4"/><w:ind w:left="720" w:right="720"/><w:jc w:val="right"/><w:spacing w:after="240"/></w:pPr><w:rPr><w:sz w:val="18"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CaptionText"><w:name w:val="Caption text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="19"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="CreditLine"><w:name w:val="Credit line"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="15"/><w:color w:val="5C3319"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="17"/></w:rPr></w:style>
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Footer"><w:name w:val="footer"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="16"/></w:rPr></w:style>
<w:style w:type="table" w:styleId="Plain"><w:name w:val="Plain table"/><w:tblPr><w:tblCellMar><w:left w:w="100" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
</w:styles>""" % NS

NUMBERING = """<w:numbering %s>
<w:abstractNum w:abstractNumId="3"><w:multiLevelType w:val="singleLevel"/>
<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%%1."/><w:lvlJc w:val="left"/>
<w:pPr><w:ind w:left="432" w:hanging="432"/></w:pPr><w:rPr><w:b/><w:color w:val="9E2A1A"/></w:rPr></w:lvl></w:abstractNum>
<w:num w:numId="5"><w:abstractNumId w:val="3"/></w:num>
</w:numbering>""" % NS

def heading_para(text):
    """panel heading: a bold run in a plain body paragraph carrying list numbering, no heading style"""
    p = paragraph(run(text, bold=True))
    pPr = w.pPr(w.keepNext(), w.numPr(val(w.ilvl(), 0), val(w.numId(), 5)),
                w.spacing(), )
    pPr[-1].set("{%s}before" % W, "280")
    p.insert(0, pPr)
    r = p.find("{%s}r" % W)
    r.find("{%s}rPr" % W).append(val(w.sz(), 26))
    return p

def split_runs(text, word):
    """the word is split into two runs with different formatting (mid-word change)"""
    i = text.index(word)
    a, b = text[:i], text[i + len(word):]
    half = len(word) // 2
    r1 = run(word[:half]); r2 = run(word[half:])
    r2.insert(0, w.rPr(val(w.color(), "3B2314"), val(w.lang(), "fr-CH")))
    ra = run(a); ra.find("{%s}t" % W).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    rb = run(b); rb.find("{%s}t" % W).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    return [ra, r1, r2, rb]

def build():
    d = DOCS[NAME]
    S = d["sections"]
    doc = Document()
    main = doc.start_part
    # parts
    st = StylesPart(doc, "/word/styles.xml"); st.load(STYLES.encode()); doc.add(st); main.relate(st)
    nb = NumberingPart(doc, "/word/numbering.xml"); nb.data = NUMBERING; doc.add(nb); main.relate(nb)
    ft = FooterPart(doc, "/word/footer1.xml")
    ft.data = ('<w:ftr %s><w:p><w:pPr><w:pStyle w:val="Footer"/><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr>'
               '<w:r><w:t>%s</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
               '<w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>'
               '<w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>') % (NS, d["running"][0])
    doc.add(ft); frel = main.relate(ft, id="rIdFooter1")
    fn = FootnotesPart(doc, "/word/footnotes.xml")
    fn.data = ('<w:footnotes %s><w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
               '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
               '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>'
               '<w:r><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote></w:footnotes>') % (NS, d["footnote"])
    doc.add(fn); main.relate(fn)
    img = ImagePart(doc, "/word/media/gala_tin.png")
    img.data = open(os.path.join(HERE, "grey.png"), "rb").read()
    doc.add(img, override=False); main.relate(img, id="rIdImg1")
    cp = CoreProperties(doc, "/docProps/core.xml"); cp.encoding = "utf-8"; doc.add(cp); doc.relate(cp)
    cp.creator = "Collections team"; cp.title = d["title"]

    # ---- cover
    doc.paragraph(d["kicker"], style="Kicker")
    doc.paragraph(d["title_lines"][0], style="Title")
    doc.paragraph(d["title_lines"][1], style="Subtitle")
    doc.paragraph("Lent by the Vevey Confectioners’ Guild and private collectors · Room 4", style="Lender")
    # intro, with a mid-word run split in "Vevey"
    intro = body(S[0])[0]["text"]
    p = paragraph(style="Intro"); p.extend(split_runs(intro, "Vevey")); main.append(p)

    for i, s in enumerate(S[1:4], 1):
        main.append(heading_para(s["title"]))
        for k, b in enumerate(body(s)):
            t = b["text"]
            if s["label"] == "1" and k == 1:
                # footnote reference after "Switzerland"
                a, rest = t.split("Switzerland", 1)
                p = paragraph(); r1 = run(a + "Switzerland"); r1.find("{%s}t" % W).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                ref = X('<w:r %s><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>' % NS)
                r2 = run(rest); r2.find("{%s}t" % W).set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                p.extend([r1, ref, r2]); main.append(p)
            elif s["label"] == "2" and k == 2:
                # hidden editorial note inside the paragraph
                p = paragraph(t)
                hid = X('<w:r %s><w:rPr><w:vanish/><w:color w:val="FF0000"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r>' % (NS, d["hidden"]))
                p.append(hid); main.append(p)
            else:
                main.append(paragraph(t))
        c = cap(s)
        if c:
            # two-cell table: picture | caption + credit
            drawing = X('''<w:r %s><w:drawing><wp:inline distT="0" distB="0" distL="0" distR="0"><wp:extent cx="2286000" cy="1600200"/>
<wp:docPr id="1" name="Gala Peter tin" descr="grey placeholder"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture">
<pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="gala_tin.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rIdImg1"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>
<pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="2286000" cy="1600200"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic>
</a:graphicData></a:graphic></wp:inline></w:drawing></w:r>''' % NS)
            pic_p = paragraph(drawing)
            cap_p = paragraph(style="CaptionText")
            cap_p.append(run("Left: ", bold=True)); r = run(c["text"]); cap_p.append(r)
            cred_p = paragraph(c["credit"], style="CreditLine")
            tbl = table(style="Plain")
            tbl.append(w.tr(w.tc(w.tcPr(val(w.tcW(), 3800)), pic_p), w.tc(w.tcPr(val(w.tcW(), 5200)), cap_p, cred_p)))
            main.append(tbl)
            main.append(paragraph())
        if s["label"] == "2":
            q, attr = d["quote"]
            main.append(paragraph(q, style="PullQuote"))
            main.append(paragraph(attr, style="PullQuoteSource"))
    # sidebar: one-cell shaded table
    sb = S[4]
    t1 = paragraph(run(sb["title"], bold=True)); t2 = paragraph(body(sb)[0]["text"])
    tbl = table(style="Plain")
    tbl.append(w.tr(w.tc(w.tcPr(val(w.tcW(), 9000), X('<w:shd %s w:val="clear" w:color="auto" w:fill="EFE4D2"/>' % NS)), t1, t2)))
    main.append(paragraph())
    main.append(tbl)
    main.append(X('<w:sectPr %s><w:footerReference w:type="default" r:id="%s"/><w:pgSz w:w="11906" w:h="16838"/>'
                  '<w:pgMar w:top="1300" w:right="1300" w:bottom="1300" w:left="1300" w:header="700" w:footer="700" w:gutter="0"/></w:sectPr>'
                  % (NS, frel.id)))
    out = os.path.join(OUT, NAME + ".docx")
    doc.save(out)
    print("wrote", out)

def body(sec):
    return [b for b in sec["blocks"] if b["kind"] == "paragraph"]

def cap(sec):
    c = [b for b in sec["blocks"] if b["kind"] == "caption"]
    return c[0] if c else None

if __name__ == "__main__":
    build()
