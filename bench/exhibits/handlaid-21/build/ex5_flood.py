# -*- coding: utf-8 -*-
"""Exhibit 5: flood_tablet_1872.docx, written by AbiWord 3.0.5 (--to=docx) from an AbiWord .abw source that
this script writes."""
import common
common.ensure_venv()
import base64, os, subprocess
from xml.sax.saxutils import escape as esc
import content

EX = content.FLOOD
NAME = EX["name"]
ABW = os.path.join(common.BUILD, NAME + ".abw")


def p(style, inner):
    return '<p style="%s">%s</p>\n' % (style, inner)


def t(s, props=None):
    s = esc(s)
    return '<c props="%s">%s</c>' % (props, s) if props else s


body = []
body.append(p("Kicker", t(EX["kicker"])))
body.append(p("ExhibitTitle", t(EX["title_lines"][0]) + "<br/>" + t(EX["title_lines"][1])))
body.append(p("Standfirst", t(EX["intro"])))
body.append(p("Normal", '<image dataid="hero" props="width:6.0in; height:2.2in"/>'))
note_mark, note_text, note_word = EX["note"]
for si, sec in enumerate(EX["sections"]):
    body.append(p("PanelLabel", t(sec["label"])))
    body.append(p("Heading 2", t(sec["title"])))
    for pi, para in enumerate(sec["paras"]):
        style = "BodyFirst" if pi == 0 else "BodyNext"
        if note_word in para:
            a, b = para.split(note_word, 1)
            inner = (t(a + note_word) +
                     '<field type="footnote_ref" footnote-id="1" props="text-position:superscript"/>'
                     '<foot footnote-id="1">' + p("Footnote Text",
                     '<field type="footnote_anchor" footnote-id="1" props="text-position:superscript"/>' + t(" " + note_text))
                     + '</foot>' + t(b))
        else:
            inner = t(para)
        body.append(p(style, inner))
        if si == 1 and pi == 0:  # picture, then the caption with its credit in the same paragraph
            c = sec["caption"]
            body.append(p("Picture", '<image dataid="cast" props="width:3.2in; height:2.0in"/>'))
            body.append(p("Caption", t(c["position"] + ": ", "font-weight:bold") + t(c["text"]) + "<br/>" +
                          t(c["credit"], "font-style:italic; color:666666")))
        if si == 2 and pi == 0:
            # the sidebar is a text-box frame placed after C-1 (AbiWord exports it into C-1's paragraph)
            st, stext = EX["sidebar"]
            body.append('<frame props="frame-type:textbox; position-to:column-above-text; xpos:3.6in; '
                        'ypos:0.2in; frame-width:2.4in; frame-height:2.6in; background-color:efe6d2; '
                        'bot-style:1; top-style:1; left-style:1; right-style:1">' +
                        p("SidebarHeading", t(st)) + p("SidebarText", t(stext)) + '</frame>\n')
            # a borderless two-cell table: grey picture cell on the left, caption + credit on the right
            c = sec["caption"]
            body.append('<table props="table-column-props:2.6in/3.4in/; table-line-type:0">'
                        '<cell props="left-attach:0; right-attach:1; top-attach:0; bot-attach:1; '
                        'background-color:c0c0c0; left-style:0; right-style:0; top-style:0; bot-style:0">' +
                        "".join(p("Picture", "") for _ in range(7)) + '</cell>'
                        '<cell props="left-attach:1; right-attach:2; top-attach:0; bot-attach:1; '
                        'left-style:0; right-style:0; top-style:0; bot-style:0">' +
                        p("Caption", t(c["position"] + ": ", "font-weight:bold") + t(c["text"])) +
                        p("Credit", t(c["credit"])) + '</cell></table>\n')
# a data table at the end (not gold)
rows = [("Season", "Paid for by", "What happened"),
        ("1873", "The Daily Telegraph", "Flood fragment found at Nineveh in May"),
        ("1874", "The British Museum", "More tablets from the Nineveh mounds"),
        ("1875\u201376", "The British Museum", "Smith died at Aleppo on the way home")]
body.append(p("TableTitle", t("Smith\u2019s three expeditions")))
cells = []
for r, row in enumerate(rows):
    for c, val in enumerate(row):
        props = "left-attach:%d; right-attach:%d; top-attach:%d; bot-attach:%d" % (c, c + 1, r, r + 1)
        if r == 0:
            props += "; background-color:dddddd"
        cells.append('<cell props="%s">%s</cell>' % (props, p("TableText", t(val, "font-weight:bold") if r == 0 or c == 0 else t(val))))
body.append('<table props="table-column-props:1.0in/1.8in/3.2in/; table-line-type:1">' + "".join(cells) + '</table>\n')

styles = [
    ("Normal", "", "font-family:Liberation Serif; font-size:11pt; margin-top:0pt; margin-bottom:0pt; line-height:1.15"),
    ("Kicker", "Normal", "font-family:Liberation Sans; font-size:9pt; font-weight:bold; color:8a3b12; margin-bottom:4pt"),
    ("ExhibitTitle", "Normal", "font-family:Liberation Sans; font-size:24pt; font-weight:bold; color:1f2f4a; margin-bottom:8pt"),
    ("Standfirst", "Normal", "font-style:italic; font-size:13pt; margin-bottom:10pt"),
    ("PanelLabel", "Normal", "font-family:Liberation Sans; font-size:9pt; color:8a3b12; margin-top:14pt"),
    ("Heading 2", "Normal", "font-family:Liberation Sans; font-size:15pt; font-weight:bold; color:1f2f4a; margin-bottom:4pt"),
    ("BodyFirst", "Normal", "text-align:justify; margin-bottom:0pt"),
    ("BodyNext", "Normal", "text-align:justify; text-indent:0.25in"),
    ("Picture", "Normal", "margin-top:6pt"),
    ("Caption", "Normal", "font-family:Liberation Sans; font-size:9pt; margin-bottom:2pt"),
    ("Credit", "Normal", "font-family:Liberation Sans; font-size:8pt; font-style:italic; color:666666; margin-bottom:6pt"),
    ("SidebarHeading", "Normal", "font-family:Liberation Sans; font-size:12pt; font-weight:bold; color:8a3b12"),
    ("SidebarText", "Normal", "font-family:Liberation Sans; font-size:9.5pt"),
    ("TableTitle", "Normal", "font-family:Liberation Sans; font-size:10pt; font-weight:bold; margin-top:14pt; margin-bottom:4pt"),
    ("TableText", "Normal", "font-family:Liberation Sans; font-size:9pt"),
    ("Footnote Text", "Normal", "font-size:8pt"),
    ("Header", "Normal", "font-family:Liberation Sans; font-size:8pt; color:555555"),
    ("Footer", "Normal", "font-family:Liberation Sans; font-size:8pt; color:555555"),
]
sxml = "".join('<s type="P" name="%s" basedon="%s" followedby="Current Settings" props="%s"/>\n' % s for s in styles)
hero = base64.b64encode(common.grey_png(600, 220, 185)).decode()
cast = base64.b64encode(common.grey_png(320, 200, 170)).decode()
doc = f'''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE abiword PUBLIC "-//ABISOURCE//DTD AWML 1.0 Strict//EN" "http://www.abisource.com/awml.dtd">
<abiword template="false" xmlns="http://www.abisource.com/awml.dtd" xmlns:awml="http://www.abisource.com/awml.dtd" version="3.0.5" fileformat="1.1">
<metadata><m key="dc.title">{esc(content.title(EX))}</m><m key="dc.creator">Cheyne Walk Museum of Writing</m></metadata>
<styles>
{sxml}</styles>
<pagesize pagetype="A4" orientation="portrait" width="210.000000" height="297.000000" units="mm" page-scale="1.000000"/>
<section header="hdr1" footer="ftr1" props="page-margin-top:0.9in; page-margin-bottom:0.9in; page-margin-left:1in; page-margin-right:1in; page-margin-header:0.4in; page-margin-footer:0.4in">
{"".join(body)}</section>
<section id="hdr1" type="header">{p("Header", t(EX["running"][0]))}</section>
<section id="ftr1" type="footer">{p("Footer", t(EX["running"][1] + " ") + '<field type="page_number"/>')}</section>
<data>
<d name="hero" mime-type="image/png" base64="yes">{hero}</d>
<d name="cast" mime-type="image/png" base64="yes">{cast}</d>
</data>
</abiword>
'''
with open(ABW, "w", encoding="utf-8") as f:
    f.write(doc)
out = os.path.join(common.OUT, NAME + ".docx")
if os.path.exists(out):
    os.remove(out)
subprocess.run(["abiword", "--to=docx", ABW, "-o", out], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
assert os.path.exists(out)
content.write_gold(EX, common.OUT)
print("wrote", NAME)
