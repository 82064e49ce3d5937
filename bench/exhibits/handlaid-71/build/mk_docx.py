# -*- coding: utf-8 -*-
"""french_republican_calendar_1793.docx with xl-docx 3.1.59 (PyPI): the body is
written in xl-docx's own markup (<p>, <span>, <table>/<tr>/<tc>, <image>) and
compiled by its XMLCompiler into WordprocessingML inside its bundled template
(v.docx).  Footer part, footnote and section properties are added as raw w: XML
through the library's Sheet/WordFile API (add_xml, add_image, item access)."""
import os, random, re, sys
from xml.sax.saxutils import escape
sys.path.insert(0, os.path.dirname(__file__))
import texts
import xl_docx
from xl_docx.sheet import Sheet
from xl_docx.compiler import XMLCompiler

random.seed(71)  # xl-docx draws relationship ids with random.randint
B = os.path.dirname(os.path.abspath(__file__))
d = texts.FRENCH
FONT = "english:Georgia;"


def q(t):
    t = t.replace("'", "\u2019")
    t = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", t)
    return escape(t)


def para(text, style="", runstyle=""):
    return '<p style="%s"><span style="%s%s">%s</span></p>' % (style, FONT, runstyle, q(text))


def para_runs(runs, style=""):
    return '<p style="%s">%s</p>' % (style, "".join('<span style="%s%s">%s</span>' % (FONT, rs, q(t)) for t, rs in runs))


BODY = "align:justify;margin-bottom:140;"
PAGE_BREAK = '<w:p><w:r><w:br w:type="page"/></w:r></w:p>'

sheet = Sheet(os.path.join(os.path.dirname(xl_docx.__file__), "v.docx"))
img_rid = sheet.add_image(open(os.path.join(B, "grey.png"), "rb").read(), "watch.png")
sheet.register_img()

x = []
# ---- cover: title in two direct-formatted paragraphs (no styles), lender line, intro
x.append('<p style="align:center;margin-top:2400;margin-bottom:0;"><span style="%sfont-size:60;font-weight:bold;color:1F3864;">%s</span></p>' % (FONT, q(d["title_lines"][0])))
x.append('<p style="align:center;margin-bottom:480;"><span style="%sfont-size:36;color:1F3864;">%s</span></p>' % (FONT, q(d["title_lines"][1])))
x.append(para(d["intro"], "align:center;margin-left:900;margin-right:900;margin-bottom:600;", "font-size:26;"))
x.append(para(d["lender"], "align:center;", "font-size:18;color:666666;"))
x.append(PAGE_BREAK)


def header_row():
    return ('<tr header="1"><tc><p style="align:left;"><span style="%sfont-size:17;font-weight:bold;color:FFFFFF;">Décade</span></p></tc>'
            '<tc><p style="align:left;"><span style="%sfont-size:17;font-weight:bold;color:FFFFFF;">Room 7 \u00b7 The Republican Calendar</span></p></tc></tr>' % (FONT, FONT))


def panel_row(si, extra=None):
    s = d["sections"][si]
    left = '<p style="align:left;"><span style="%sfont-size:22;font-weight:bold;color:9C1C12;">%s</span></p>' % (FONT, q(s["label"]))
    right = ['<p style="align:left;margin-bottom:120;"><span style="%sfont-size:30;font-weight:bold;">%s</span></p>' % (FONT, q(s["title"]))]
    for pi, t in enumerate(s["paras"]):
        if extra and pi in extra:
            right.append(extra[pi])
        right.append(body_para(si, pi, t))
    return '<tr><tc>%s</tc><tc>%s</tc></tr>' % (left, "".join(right))


def body_para(si, pi, t):
    # a word split into runs with different formatting, and a footnote reference
    if (si, pi) == (1, 0):
        a, b = t.split("Vendémiaire", 1)
        return para_runs([(a, ""), ("Vendé", "font-weight:normal;"), ("miaire", "color:000000;"), (b, "")], BODY)
    if (si, pi) == (0, 0):
        return para("@@FOOTNOTE@@", BODY)
    return para(t, BODY)


def table(rows):
    return '<table grid="1900/7100" width="9000">%s</table>' % "".join(rows)


x.append(table([header_row(), panel_row(0)]))
# months table (not gold) between the two halves of the panel table
mt = d["table"]
x.append('<p style="margin-top:240;margin-bottom:80;"><span style="%sfont-size:18;font-weight:bold;">The twelve months</span></p>' % FONT)
x.append('<table grid="2200/6800" width="9000">'
         + '<tr header="1"><tc><p><span style="%sfont-weight:bold;">%s</span></p></tc><tc><p><span style="%sfont-weight:bold;">%s</span></p></tc></tr>' % (FONT, mt["head"][0], FONT, mt["head"][1])
         + "".join('<tr><tc><p><span style="%s">%s</span></p></tc><tc><p><span style="%s">%s</span></p></tc></tr>' % (FONT, q(a), FONT, q(b)) for a, b in mt["rows"])
         + "</table>")
x.append('<p style="margin-bottom:240;"><span style="%s"> </span></p>' % FONT)
c = d["caption"]
fig = ('<p style="align:left;margin-bottom:60;"><span style="%sfont-size:18;color:444444;">%s</span></p>' % (FONT, q(c["position"] + ": " + c["text"]))
       + '<p style="align:center;margin-bottom:40;"><image rid="%s" width="320" height="200"/></p>' % img_rid
       + '<p style="align:right;margin-bottom:160;"><span style="%sfont-size:15;color:666666;">%s</span></p>' % (FONT, q(c["credit"])))
x.append(table([header_row(), panel_row(1), panel_row(2, extra={1: fig})]))
# sidebar: shaded, bordered paragraphs after the table
x.append('<p style="margin-top:360;"><span style="%s"> </span></p>' % FONT)
SB = "align:left;margin-bottom:0;"
x.append(para(d["sidebar"]["title"], SB, "font-weight:bold;font-size:24;"))
for t in d["sidebar"]["paras"]:
    x.append(para(t, SB, "font-size:20;"))

xl = "\n".join(x).replace('<p style="', '<p style="' + FONT)
compiled = XMLCompiler().compile_template(xl)

# footnote (raw WordprocessingML, not something the markup offers)
t0 = d["sections"][0]["paras"][0]
a, b = t0.split("Lagrange and Monge", 1)
fn_p = ('<w:p><w:pPr><w:jc w:val="both"/><w:spacing w:after="140"/></w:pPr>'
        '<w:r><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
        '<w:r><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
        '<w:r><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>') % (
    q(a + "Lagrange and Monge"), q(b))
compiled, n = re.subn(r"<w:p>(?:(?!<w:p>).)*?@@FOOTNOTE@@.*?</w:p>", lambda m: fn_p, compiled, flags=re.S)
assert n == 1, n
# sidebar shading and border: the markup has no shading, so patch the compiled pPr
sb_ppr = ('<w:pBdr><w:top w:val="single" w:sz="8" w:space="4" w:color="9C1C12"/><w:left w:val="single" w:sz="8" w:space="4" w:color="9C1C12"/>'
          '<w:bottom w:val="single" w:sz="8" w:space="4" w:color="9C1C12"/><w:right w:val="single" w:sz="8" w:space="4" w:color="9C1C12"/></w:pBdr>'
          '<w:shd w:val="clear" w:color="auto" w:fill="F3ECDC"/><w:ind w:left="600" w:right="600"/>')
# mark the sidebar paragraphs by their text
for t in [d["sidebar"]["title"]] + d["sidebar"]["paras"]:
    i = compiled.index(q(t))
    k = compiled.rindex("<w:pPr>", 0, i)
    compiled = compiled[:k + 7] + sb_ppr + compiled[k + 7:]
# table header fill and borders
compiled = compiled.replace("<w:tblHeader/></w:trPr><w:tc>\n                    <w:tcPr>", "<w:tblHeader/></w:trPr><w:tc>\n                    <w:tcPr><w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"1F3864\"/>")

footer = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
          '<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          '<w:p><w:pPr><w:tabs><w:tab w:val="right" w:pos="9000"/></w:tabs></w:pPr>'
          '<w:r><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
          '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:tab/></w:r>'
          '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
          '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
          '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="separate"/></w:r>'
          '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:t>1</w:t></w:r>'
          '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>') % q(d["running"][0])
frid = sheet.add_xml("footer", footer.encode("utf-8"))

sect = ('<w:sectPr><w:footerReference w:type="default" r:id="%s"/><w:pgSz w:w="11906" w:h="16838"/>'
        '<w:pgMar w:top="1300" w:right="1300" w:bottom="1300" w:left="1300" w:header="700" w:footer="700" w:gutter="0"/>'
        '<w:cols w:space="425"/></w:sectPr>') % frid
NS = ('xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" '
      'xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"')
doc = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s%s</w:body></w:document>' % (NS, compiled, sect)
sheet["word/document.xml"] = doc.encode("utf-8")

# the footnote itself goes into the template's footnotes part
fx = sheet["word/footnotes.xml"].decode("utf-8")
note = ('<w:footnote w:id="1"><w:p><w:pPr><w:spacing w:after="0"/></w:pPr>'
        '<w:r><w:rPr><w:vertAlign w:val="superscript"/><w:sz w:val="16"/></w:rPr><w:footnoteRef/></w:r>'
        '<w:r><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve"> %s</w:t></w:r></w:p></w:footnote>') % q(
    "Both men also sat on the commission that was preparing the metric system.")
fx = fx.replace("</w:footnotes>", note + "</w:footnotes>")
sheet["word/footnotes.xml"] = fx.encode("utf-8")
core = sheet["docProps/core.xml"].decode("utf-8")
core = re.sub(r"<dc:title>.*?</dc:title>|<dc:title/>", "", core)
core = core.replace("</cp:coreProperties>", "<dc:title>%s</dc:title></cp:coreProperties>" % q(" ".join(d["title_lines"])))
sheet["docProps/core.xml"] = core.encode("utf-8")
out = os.path.join(B, "..", d["name"] + ".docx")
sheet.save(out)
print("made", out)
