"""Exhibit 5: the Great Moon Hoax - pandoc (Markdown -> DOCX) with a home-made reference.docx
(restyled Title/Body Text/Heading 1/Image Caption, custom styles, header and footer with a PAGE field)."""
import os, re, subprocess, zipfile
from content import MOON as EX, OUT, write_gold
from common import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
NAME = "moon_hoax_1835"
HEADER = "Hudson Valley Museum of the Press · Gallery of Hoaxes and Hoaxers"
FOOTER = "Exhibition script – draft 2 for label proofs"
for f, w, h in (("moon_page.png", 260, 360), ("moon_litho.png", 560, 300)):
    grey_png(os.path.join(HERE, "img", f), w, h)

# ---------------------------------------------------------------- reference.docx
ref = os.path.join(HERE, "moon_reference.docx")
base = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], capture_output=True, check=True).stdout
open(ref + ".orig", "wb").write(base)
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
header_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr %s><w:p><w:pPr><w:pStyle w:val="Header"/>'
              '<w:pBdr><w:bottom w:val="single" w:sz="4" w:space="4" w:color="7F7F7F"/></w:pBdr><w:jc w:val="right"/></w:pPr>'
              '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/><w:color w:val="595959"/></w:rPr>'
              '<w:t xml:space="preserve">%s</w:t></w:r></w:p></w:hdr>') % (W, HEADER)
footer_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr %s><w:p><w:pPr><w:pStyle w:val="Footer"/>'
              '<w:tabs><w:tab w:val="right" w:pos="9026"/></w:tabs></w:pPr>'
              '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="16"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r>'
              '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:tab/></w:r>'
              '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="begin"/></w:r>'
              '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
              '<w:r><w:rPr><w:sz w:val="16"/></w:rPr><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>') % (W, FOOTER)
sect = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHdr1"/><w:footerReference w:type="default" r:id="rIdFtr1"/>'
        '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1440" w:right="1304" w:bottom="1440" w:left="1304" w:header="709" w:footer="709" w:gutter="0"/>'
        '<w:cols w:space="708"/></w:sectPr>')
STYLE_EXTRA = {
    "Title": '<w:pPr><w:spacing w:before="0" w:after="120"/></w:pPr><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:b/><w:color w:val="1F2A44"/><w:sz w:val="52"/></w:rPr>',
}
CUSTOM = (
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Kicker"><w:name w:val="Kicker"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:spacing w:after="60"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:caps/><w:spacing w:val="20"/><w:color w:val="8C2D19"/><w:sz w:val="16"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="Standfirst"><w:name w:val="Standfirst"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" w:color="8C2D19"/></w:pBdr><w:spacing w:after="240"/></w:pPr><w:rPr><w:i/><w:sz w:val="28"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="WallLabel"><w:name w:val="Wall Label"/><w:basedOn w:val="Normal"/><w:next w:val="Heading1"/>'
    '<w:pPr><w:keepNext/><w:spacing w:before="360" w:after="0"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:smallCaps/><w:color w:val="8C2D19"/><w:sz w:val="18"/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:customStyle="1" w:styleId="PhotoCredit"><w:name w:val="Photo Credit"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:spacing w:before="0" w:after="200"/></w:pPr><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:color w:val="666666"/><w:sz w:val="14"/></w:rPr></w:style>'
)
zin = zipfile.ZipFile(ref + ".orig")
with zipfile.ZipFile(ref, "w", zipfile.ZIP_DEFLATED) as zout:
    for item in zin.infolist():
        data = zin.read(item.filename)
        if item.filename == "word/document.xml":
            data = data.decode().replace("<w:sectPr />", sect).encode()
            assert sect.encode() in data
        elif item.filename == "word/_rels/document.xml.rels":
            data = data.decode().replace("</Relationships>",
                '<Relationship Id="rIdHdr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
                '<Relationship Id="rIdFtr1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
                "</Relationships>").encode()
        elif item.filename == "[Content_Types].xml":
            data = data.decode().replace("</Types>",
                '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
                '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
                "</Types>").encode()
        elif item.filename == "word/styles.xml":
            s = data.decode()
            for sid, extra in STYLE_EXTRA.items():
                s = re.sub(r'(<w:style w:type="paragraph" w:styleId="%s">.*?)(<w:pPr>.*?</w:pPr>)?(<w:rPr>.*?</w:rPr>)?(</w:style>)' % sid,
                           lambda m: m.group(1).split("<w:pPr>")[0] + extra + m.group(4), s, count=1, flags=re.S)
            s = re.sub(r'(<w:style w:type="paragraph" w:styleId="BodyText">.*?<w:pPr>)', r'\1<w:jc w:val="both"/>', s, count=1, flags=re.S)
            s = s.replace("</w:styles>", CUSTOM + "</w:styles>")
            data = s.encode()
        zout.writestr(item, data)
    zout.writestr("word/header1.xml", header_xml)
    zout.writestr("word/footer1.xml", footer_xml)
os.remove(ref + ".orig")

# ---------------------------------------------------------------- Markdown
ITAL = ["Edinburgh Journal of Science", "Vespertilio-homo"]


def md(t):
    for w in ITAL:
        t = t.replace(w, "*%s*" % w)
    return t.replace("The Sun was", "The *Sun* was")


def div(style, text):
    return '::: {custom-style="%s"}\n%s\n:::\n' % (style, text)


sidebar_xml = "".join(
    '<w:p><w:pPr><w:framePr w:w="3400" w:hSpace="284" w:wrap="around" w:vAnchor="text" w:hAnchor="margin" w:xAlign="right" w:y="1"/>'
    '<w:pBdr><w:top w:val="single" w:sz="6" w:space="4" w:color="8C2D19"/><w:left w:val="single" w:sz="6" w:space="4" w:color="8C2D19"/>'
    '<w:bottom w:val="single" w:sz="6" w:space="4" w:color="8C2D19"/><w:right w:val="single" w:sz="6" w:space="4" w:color="8C2D19"/></w:pBdr>'
    '<w:shd w:val="clear" w:color="auto" w:fill="F3ECE4"/><w:spacing w:after="60"/></w:pPr>'
    '<w:r><w:rPr><w:rFonts w:ascii="Arial" w:hAnsi="Arial"/>%s<w:sz w:val="%d"/></w:rPr><w:t xml:space="preserve">%s</w:t></w:r></w:p>'
    % ("<w:b/>" if i == 0 else "", 22 if i == 0 else 18, t)
    for i, t in enumerate([EX["sidebar"][0]] + EX["sidebar"][1]))
s1, s2, s3, s4 = EX["sections"]
out = ["---", "lang: en-US", "title-meta: " + EX["title"], "---", ""]
out.append(div("Kicker", EX["kicker"]))
out.append(div("Title", EX["title"]))
out.append(div("Standfirst", EX["intro"]))
for si, s in enumerate(EX["sections"]):
    out.append(div("Wall Label", s["label"]))
    out.append("# " + s["title"] + "\n")
    for pi, p in enumerate(s["paras"]):
        t = md(p)
        if si == 0 and pi == 1:
            t += "[^journal]"
        if si == 1 and pi == 0:
            # the sidebar is a frame anchored in the first paragraph of Wall 2
            out.append("```{=openxml}\n" + sidebar_xml + "\n```\n")
        if si == 3 and pi == 0:
            t = t.replace("more than 19,000,", "more than 19,000,[^circ]")
        out.append(t + "\n")
        if si == 1 and pi == 0:
            c = s["captions"][0]
            out.append("![**%s:** %s](img/moon_page.png){width=2.4in}\n" % (c["position"], md(c["text"])))
            out.append(div("Photo Credit", c["credit"]))
    if si == 3:
        c = s["captions"][0]
        out.append("![**%s:** %s](img/moon_litho.png){width=5.2in}\n" % (c["position"], md(c["text"])))
        out.append(div("Photo Credit", c["credit"]))
out.append("## The Moon Story Day by Day\n")
out.append("| Date (1835) | Instalment | What the Sun reported |\n|---|---|---|\n"
           "| 25 August | 1 | Herschel’s great telescope |\n| 26 August | 2 | Forests, seas and lunar bison |\n"
           "| 27 August | 3 | The blue unicorn and the beavers |\n| 28 August | 4 | The man-bats |\n"
           "| 29 August | 5 | A temple of polished sapphire |\n| 31 August | 6 | The end of the series |\n")
out.append("[^journal]: The *Edinburgh Journal of Science*, edited by David Brewster, had been merged into another journal in 1832.\n")
out.append("[^circ]: The *Sun*’s own figure, printed on 28 August 1835. It cannot be checked.\n")
mdpath = os.path.join(HERE, NAME + ".md")
open(mdpath, "w", encoding="utf-8").write("\n".join(out))
subprocess.run(["pandoc", "-f", "markdown", "-t", "docx", "--reference-doc", ref, "--resource-path", HERE,
                "-o", os.path.join(OUT, NAME + ".docx"), mdpath], check=True)
write_gold(NAME, EX, [HEADER, FOOTER])
