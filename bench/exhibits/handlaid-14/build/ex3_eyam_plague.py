"""eyam_plague: an exhibit as slides. A hand-written Flat ODP (LibreOffice Impress), exported to PDF by
LibreOffice Impress 7.4 headless (`soffice --convert-to pdf:impress_pdf_Export`). 16:9 slides, 28 x 15.75 cm."""
import os, shutil, subprocess, tempfile
from content import EXHIBITS, gold, write_gold
from common import BUILD, OUT, esc, pdftotext_raw

NAME = "eyam_plague"
EX = EXHIBITS[NAME]
FOOTER = EX["museum"] + " · The Plague Village"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="C059" svg:font-family="C059" style:font-family-generic="roman"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="graphic">
   <style:graphic-properties svg:stroke-color="#3465a4" draw:fill-color="#729fcf"/>
   <style:text-properties fo:language="en" fo:country="GB"/>
  </style:default-style>
  <style:style style:name="standard" style:family="graphic">
   <style:graphic-properties draw:stroke="none" draw:fill="none"/>
  </style:style>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="PM1">
   <style:page-layout-properties fo:margin-top="0cm" fo:margin-bottom="0cm" fo:margin-left="0cm"
     fo:margin-right="0cm" fo:page-width="28cm" fo:page-height="15.75cm" style:print-orientation="landscape"/>
  </style:page-layout>
  <style:style style:name="dp1" style:family="drawing-page">
   <style:drawing-page-properties draw:fill="solid" draw:fill-color="#f7f3ea" presentation:background-visible="true"
     presentation:background-objects-visible="true"/>
  </style:style>
  <style:style style:name="grText" style:family="graphic">
   <style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false"
     draw:textarea-vertical-align="top" fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0cm"
     fo:padding-right="0cm" fo:min-height="0.5cm"/>
  </style:style>
  <style:style style:name="grCols" style:family="graphic">
   <style:graphic-properties draw:stroke="none" draw:fill="none" draw:auto-grow-height="false"
     draw:textarea-vertical-align="top" fo:padding-top="0cm" fo:padding-bottom="0cm" fo:padding-left="0cm"
     fo:padding-right="0cm">
    <style:columns fo:column-count="2" fo:column-gap="1.2cm"/>
   </style:graphic-properties>
  </style:style>
  <style:style style:name="grPic" style:family="graphic">
   <style:graphic-properties draw:stroke="solid" svg:stroke-color="#8c8c8c" svg:stroke-width="0.03cm"
     draw:fill="solid" draw:fill-color="#b4b4b4" draw:shadow="hidden"/>
  </style:style>
  <style:style style:name="grBand" style:family="graphic">
   <style:graphic-properties draw:stroke="none" draw:fill="solid" draw:fill-color="#4a2c2a"/>
  </style:style>
  <style:style style:name="grRule" style:family="graphic">
   <style:graphic-properties draw:stroke="solid" svg:stroke-color="#8a3b2e" svg:stroke-width="0.05cm"/>
  </style:style>
  <style:style style:name="PBody" style:family="paragraph">
   <style:paragraph-properties fo:text-align="justify" fo:margin-bottom="0.22cm" fo:line-height="112%%"/>
   <style:text-properties fo:font-size="13pt" style:font-name="C059" fo:color="#222222" fo:language="en"
     fo:country="GB" fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
  </style:style>
  <style:style style:name="PIntro" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start" fo:line-height="118%%"/>
   <style:text-properties fo:font-size="17pt" fo:font-style="italic" style:font-name="C059" fo:color="#3a2a22"/>
  </style:style>
  <style:style style:name="PTitle" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start" fo:line-height="100%%"/>
   <style:text-properties fo:font-size="38pt" fo:font-weight="bold" style:font-name="C059" fo:color="#4a2c2a"/>
  </style:style>
  <style:style style:name="PHead" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="26pt" fo:font-weight="bold" style:font-name="C059" fo:color="#4a2c2a"/>
  </style:style>
  <style:style style:name="PLabel" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="11pt" fo:font-weight="bold" style:font-name="DejaVu Sans" fo:color="#8a3b2e"
     fo:letter-spacing="0.05cm"/>
  </style:style>
  <style:style style:name="PCap" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start" fo:line-height="110%%"/>
   <style:text-properties fo:font-size="9.5pt" style:font-name="DejaVu Sans" fo:color="#333333"/>
  </style:style>
  <style:style style:name="PCredit" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start" fo:margin-top="0.08cm"/>
   <style:text-properties fo:font-size="7.5pt" fo:font-style="italic" style:font-name="DejaVu Sans" fo:color="#6b6b6b"/>
  </style:style>
  <style:style style:name="PFoot" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="8.5pt" style:font-name="DejaVu Sans" fo:color="#7a6a60"/>
  </style:style>
  <style:style style:name="PFootR" style:family="paragraph">
   <style:paragraph-properties fo:text-align="end"/>
   <style:text-properties fo:font-size="8.5pt" style:font-name="DejaVu Sans" fo:color="#7a6a60"/>
  </style:style>
  <style:style style:name="PBand" style:family="paragraph">
   <style:paragraph-properties fo:text-align="start"/>
   <style:text-properties fo:font-size="10pt" style:font-name="DejaVu Sans" fo:color="#f7f3ea" fo:letter-spacing="0.06cm"/>
  </style:style>
  <style:style style:name="TBold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
 </office:automatic-styles>
 <office:master-styles>
  <draw:layer-set>
   <draw:layer draw:name="layout"/><draw:layer draw:name="background"/><draw:layer draw:name="backgroundobjects"/>
   <draw:layer draw:name="controls"/><draw:layer draw:name="measurelines"/>
  </draw:layer-set>
  <style:master-page style:name="Gallery" style:page-layout-name="PM1" draw:style-name="dp1">
   <draw:line draw:style-name="grRule" draw:layer="backgroundobjects" svg:x1="1.5cm" svg:y1="14.75cm" svg:x2="26.5cm" svg:y2="14.75cm"/>
   <draw:frame draw:style-name="grText" draw:layer="backgroundobjects" svg:x="1.5cm" svg:y="14.9cm" svg:width="18cm" svg:height="0.5cm">
    <draw:text-box><text:p text:style-name="PFoot">%(footer)s</text:p></draw:text-box>
   </draw:frame>
   <draw:frame draw:style-name="grText" draw:layer="backgroundobjects" svg:x="22.5cm" svg:y="14.9cm" svg:width="4cm" svg:height="0.5cm">
    <draw:text-box><text:p text:style-name="PFootR"><text:page-number>1</text:page-number></text:p></draw:text-box>
   </draw:frame>
  </style:master-page>
 </office:master-styles>
"""


def frame(x, y, w, h, paras, style="grText"):
    return ('<draw:frame draw:style-name="%s" svg:x="%.2fcm" svg:y="%.2fcm" svg:width="%.2fcm" svg:height="%.2fcm">'
            '<draw:text-box>%s</draw:text-box></draw:frame>' % (style, x, y, w, h, "".join(paras)))


def p(style, text):
    return '<text:p text:style-name="%s">%s</text:p>' % (style, text)


def pic(x, y, w, h):
    return ('<draw:rect draw:style-name="grPic" svg:x="%.2fcm" svg:y="%.2fcm" svg:width="%.2fcm" svg:height="%.2fcm"/>'
            % (x, y, w, h))


def cap(c):
    return [p("PCap", '<text:span text:style-name="TBold">%s:</text:span> %s' % (c["position"], esc(c["text"]))),
            p("PCredit", esc(c["credit"]))]


def slides():
    out = []
    # slide 1: title slide
    title_lines = ["The Plague Village:", "Eyam, 1665–1666"]
    assert " ".join(title_lines) == EX["title"]
    s = [pic(17.2, 0, 10.8, 14.2)]
    s.append('<draw:rect draw:style-name="grBand" svg:x="0cm" svg:y="0cm" svg:width="17.2cm" svg:height="1.3cm"/>')
    s.append(frame(1.5, 0.42, 15, 0.6, [p("PBand", "PEAKLAND VILLAGE MUSEUM  ·  SPECIAL EXHIBITION")]))
    s.append(frame(1.5, 2.6, 15, 3.4, [p("PTitle", esc(title_lines[0])), p("PTitle", esc(title_lines[1]))]))
    s.append('<draw:line draw:style-name="grRule" svg:x1="1.5cm" svg:y1="6.5cm" svg:x2="7cm" svg:y2="6.5cm"/>')
    s.append(frame(1.5, 7.0, 14.5, 6, [p("PIntro", esc(EX["intro"]))]))
    out.append(s)
    secs = EX["sections"]
    # slide 2: Part 1, text left, picture right with caption under it
    sec = secs[0]
    s = [frame(1.5, 0.9, 16, 0.6, [p("PLabel", sec["label"].upper())]),
         frame(1.5, 1.6, 16, 1.4, [p("PHead", esc(sec["title"]))]),
         frame(1.5, 3.3, 15.2, 11, [p("PBody", esc(t)) for t in sec["paras"]]),
         pic(17.6, 3.4, 9, 6.6),
         frame(17.6, 10.2, 9, 3.5, cap(sec["caps"][0]))]
    out.append(s)
    # slide 3: Part 2, picture left with caption under it, text right
    sec = secs[1]
    s = [frame(1.5, 0.9, 16, 0.6, [p("PLabel", sec["label"].upper())]),
         frame(1.5, 1.6, 25, 1.4, [p("PHead", esc(sec["title"]))]),
         pic(1.5, 3.4, 8.4, 6.2),
         frame(1.5, 9.8, 8.4, 3.5, cap(sec["caps"][0])),
         frame(11.0, 3.3, 15.5, 11, [p("PBody", esc(t)) for t in sec["paras"]])]
    out.append(s)
    # slide 4: Part 3, text in a two-column text box, no picture
    sec = secs[2]
    s = [frame(1.5, 0.9, 16, 0.6, [p("PLabel", sec["label"].upper())]),
         frame(1.5, 1.6, 25, 1.4, [p("PHead", esc(sec["title"]))]),
         frame(1.5, 3.4, 25, 4.6, [p("PBody", esc(t)) for t in sec["paras"]], style="grCols")]
    out.append(s)
    # slide 5: Part 4, caption ABOVE its picture ("Below:"), text left
    sec = secs[3]
    s = [frame(1.5, 0.9, 16, 0.6, [p("PLabel", sec["label"].upper())]),
         frame(1.5, 1.6, 25, 1.4, [p("PHead", esc(sec["title"]))]),
         frame(1.5, 3.3, 14.5, 11, [p("PBody", esc(t)) for t in sec["paras"]]),
         frame(17.2, 3.4, 9.3, 2.2, cap(sec["caps"][0])),
         pic(17.2, 5.8, 9.3, 7.6)]
    out.append(s)
    return out


def fodp():
    pages = []
    for i, s in enumerate(slides()):
        pages.append('<draw:page draw:name="Slide %d" draw:style-name="dp1" draw:master-page-name="Gallery">%s'
                     '</draw:page>' % (i + 1, "".join(s)))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.presentation">%s<office:body><office:presentation>'
            '%s</office:presentation></office:body></office:document>\n'
            % (NS, STYLES % dict(footer=esc(FOOTER)), "\n".join(pages)))


def main():
    src = os.path.join(BUILD, NAME + ".fodp")
    open(src, "w", encoding="utf-8").write(fodp())
    tmp = tempfile.mkdtemp(prefix="r13lo")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/profile", "--headless", "--convert-to",
                    "pdf:impress_pdf_Export", "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))
    shutil.rmtree(tmp)
    pdftotext_raw(NAME)
    npages = open(os.path.join(OUT, NAME + ".txt"), encoding="utf-8").read().count("\f")
    running = [FOOTER] + [str(i + 1) for i in range(npages)]
    g = gold(EX, running=running, label_map=lambda s: s["label"].upper())
    write_gold(os.path.join(OUT, NAME + ".json"), g)
    print(NAME, "pages", npages)


if __name__ == "__main__":
    main()
