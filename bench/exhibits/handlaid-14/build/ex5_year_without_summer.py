"""year_without_summer: a Flat ODT written by hand, converted to DOCX by LibreOffice Writer 7.4 headless
(`soffice --convert-to docx:"MS Word 2007 XML"`). Named paragraph styles, footnotes, a table, a floating text box
(Writer frame) holding a picture and its caption, an inline picture with a Caption-style paragraph, header/footer
with a page-number field."""
import base64, os, shutil, subprocess, tempfile
from content import EXHIBITS, gold, write_gold
from common import BUILD, OUT, esc, grey_png

NAME = "year_without_summer"
EX = EXHIBITS[NAME]
HEADER = EX["museum"]
FOOTER = "The Year Without a Summer · Exhibition text, Room 2"

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0"')

STYLES = """
 <office:font-face-decls>
  <style:font-face style:name="C059" svg:font-family="C059" style:font-family-generic="roman"/>
  <style:font-face style:name="DejaVu Sans" svg:font-family="'DejaVu Sans'" style:font-family-generic="swiss"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:text-properties style:font-name="C059" fo:font-size="11pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Text_20_body" style:display-name="Text body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.18cm" fo:line-height="120%" fo:text-align="justify"/>
  </style:style>
  <style:style style:name="First_20_line_20_indent" style:display-name="First line indent" style:family="paragraph" style:parent-style-name="Text_20_body" style:class="text">
   <style:paragraph-properties fo:text-indent="0.6cm"/>
  </style:style>
  <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Intro" style:class="chapter">
   <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.3cm"/>
   <style:text-properties style:font-name="C059" fo:font-size="28pt" fo:font-weight="bold" fo:color="#23415a"/>
  </style:style>
  <style:style style:name="Kicker" style:family="paragraph" style:parent-style-name="Standard">
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="9pt" fo:color="#7b5a1c" fo:letter-spacing="0.04cm"/>
  </style:style>
  <style:style style:name="Intro" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="0.5cm" fo:line-height="125%" fo:padding-bottom="0.25cm" fo:border-bottom="0.5pt solid #23415a"/>
   <style:text-properties fo:font-size="13pt" fo:font-style="italic" fo:color="#333333"/>
  </style:style>
  <style:style style:name="Section_20_Label" style:display-name="Section Label" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Heading_20_1">
   <style:paragraph-properties fo:margin-top="0.5cm" fo:margin-bottom="0cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="9pt" fo:font-variant="small-caps" fo:color="#7b5a1c" fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="1" style:class="text">
   <style:paragraph-properties fo:margin-top="0.05cm" fo:margin-bottom="0.2cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="C059" fo:font-size="16pt" fo:font-weight="bold" fo:color="#23415a"/>
  </style:style>
  <style:style style:name="Heading_20_2" style:display-name="Heading 2" style:family="paragraph" style:parent-style-name="Standard" style:next-style-name="Text_20_body" style:default-outline-level="2" style:class="text">
   <style:paragraph-properties fo:margin-top="0.4cm" fo:margin-bottom="0.15cm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="11pt" fo:font-weight="bold" fo:color="#23415a"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-top="0.1cm" fo:margin-bottom="0.05cm"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="8.5pt" fo:color="#333333"/>
  </style:style>
  <style:style style:name="Credit" style:family="paragraph" style:parent-style-name="Caption">
   <style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0.25cm"/>
   <style:text-properties fo:font-size="7pt" fo:font-style="italic" fo:color="#666666"/>
  </style:style>
  <style:style style:name="Table_20_Contents" style:display-name="Table Contents" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="9pt"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-left="0.4cm" fo:text-indent="-0.4cm"/>
   <style:text-properties fo:font-size="8.5pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:text-align="end" fo:padding-bottom="0.1cm" fo:border-bottom="0.5pt solid #7b5a1c"/>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="8pt" fo:color="#7b5a1c"/>
  </style:style>
  <style:style style:name="Footer" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties>
    <style:tab-stops><style:tab-stop style:position="16cm" style:type="right"/></style:tab-stops>
   </style:paragraph-properties>
   <style:text-properties style:font-name="DejaVu Sans" fo:font-size="8pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Footnote_20_anchor" style:display-name="Footnote anchor" style:family="text">
   <style:text-properties style:text-position="super 58%"/>
  </style:style>
  <style:style style:name="Strong_20_Emphasis" style:display-name="Strong Emphasis" style:family="text">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <style:style style:name="Emphasis" style:family="text">
   <style:text-properties fo:font-style="italic"/>
  </style:style>
  <text:notes-configuration text:note-class="footnote" text:citation-style-name="Footnote_20_anchor" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="1.5cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/>
   <style:header-style><style:header-footer-properties fo:min-height="0cm" fo:margin-bottom="0.6cm"/></style:header-style>
   <style:footer-style><style:header-footer-properties fo:min-height="0cm" fo:margin-top="0.6cm"/></style:footer-style>
  </style:page-layout>
  <style:style style:name="frBox" style:family="graphic">
   <style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:background-color="#f1ede2" draw:fill="solid" draw:fill-color="#f1ede2" fo:padding="0.2cm" fo:border="0.5pt solid #b9ab8a" fo:margin-left="0.4cm" fo:margin-bottom="0.2cm"/>
  </style:style>
  <style:style style:name="frImgFloat" style:family="graphic">
   <style:graphic-properties style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:vertical-pos="from-top" style:vertical-rel="paragraph" style:horizontal-pos="right" style:horizontal-rel="paragraph" fo:margin-left="0.4cm" fo:margin-bottom="0.1cm"/>
  </style:style>
  <style:style style:name="frImg" style:family="graphic">
   <style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" style:horizontal-pos="center" style:horizontal-rel="paragraph"/>
  </style:style>
  <style:style style:name="PImg" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:margin-top="0.2cm"/>
  </style:style>
  <style:style style:name="PImgLeft" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="start" fo:margin-top="0.3cm"/>
  </style:style>
  <style:style style:name="Tbl" style:family="table">
   <style:table-properties style:width="11cm" table:align="left" fo:margin-top="0.2cm" fo:margin-bottom="0.4cm"/>
  </style:style>
  <style:style style:name="TblA" style:family="table-column"><style:table-column-properties style:column-width="3.5cm"/></style:style>
  <style:style style:name="TblB" style:family="table-column"><style:table-column-properties style:column-width="7.5cm"/></style:style>
  <style:style style:name="TblHead" style:family="table-cell">
   <style:table-cell-properties fo:background-color="#23415a" fo:padding="0.1cm" fo:border="0.5pt solid #23415a"/>
  </style:style>
  <style:style style:name="TblCell" style:family="table-cell">
   <style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #b9ab8a"/>
  </style:style>
  <style:style style:name="THead" style:family="paragraph" style:parent-style-name="Table_20_Contents">
   <style:text-properties fo:color="#ffffff" fo:font-weight="bold"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p text:style-name="Header">%(header)s</text:p></style:header>
   <style:footer><text:p text:style-name="Footer">%(footer)s<text:tab/><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
"""


def image(name, w_cm, h_cm, anchor="as-char", style="frImg"):
    data = base64.b64encode(open(os.path.join(BUILD, "img", name), "rb").read()).decode()
    return ('<draw:frame draw:style-name="%s" draw:name="%s" text:anchor-type="%s" svg:width="%.2fcm" '
            'svg:height="%.2fcm"><draw:image><office:binary-data>%s</office:binary-data></draw:image></draw:frame>'
            % (style, name, anchor, w_cm, h_cm, data))


def text_box(c, img):
    """A floating picture plus, under it, a floating text box (Writer frame) with the caption and the credit. Both
    are anchored in the same paragraph and float right. (A picture put inside the frame is dropped by the DOCX
    export filter, so the picture floats on its own.)"""
    pic = image(img, 6.0, 3.0, anchor="paragraph", style="frImgFloat").replace("<draw:frame ", '<draw:frame svg:y="0cm" ', 1)
    inner = ('<text:p text:style-name="Caption"><text:span text:style-name="Strong_20_Emphasis">%s:</text:span> %s</text:p>'
             '<text:p text:style-name="Credit">%s</text:p>' % (c["position"], esc(c["text"]), esc(c["credit"])))
    box = ('<draw:frame draw:style-name="frBox" draw:name="Caption box" text:anchor-type="paragraph" '
           'svg:y="0.1cm" svg:width="6cm" svg:height="2.3cm" draw:z-index="1"><draw:text-box fo:min-height="2.3cm">%s'
           '</draw:text-box></draw:frame>' % inner)
    return pic, box


def footnote(n, text):
    return ('<text:note text:id="ftn%d" text:note-class="footnote"><text:note-citation>%d</text:note-citation>'
            '<text:note-body><text:p text:style-name="Footnote">%s</text:p></text:note-body></text:note>'
            % (n, n, esc(text)))


def body():
    out = ['<text:p text:style-name="Kicker">%s</text:p>' % esc(EX["kicker"]),
           '<text:p text:style-name="Title">%s</text:p>' % esc(EX["title"]),
           '<text:p text:style-name="Intro">%s</text:p>' % esc(EX["intro"])]
    for si, s in enumerate(EX["sections"]):
        out.append('<text:p text:style-name="Section_20_Label">%s</text:p>' % esc(s["label"]))
        out.append('<text:h text:style-name="Heading_20_1" text:outline-level="1">%s</text:h>' % esc(s["title"]))
        for pi, p in enumerate(s["paras"]):
            style = "Text_20_body" if pi == 0 else "First_20_line_20_indent"
            t = esc(p)
            anchor = ""
            if si == 0 and pi == 0:
                anchor = text_box(s["caps"][0], "ice_core.png")[0]   # the picture floats right of paragraph 1
            if si == 0 and pi == 1:
                anchor = text_box(s["caps"][0], "ice_core.png")[1]   # its caption box floats right of paragraph 2
            if si == 1 and pi == 0:
                cut = t.index("froze to death.") + len("froze to death.")
                t = t[:cut] + footnote(1, EX["footnotes"][0]) + t[cut:]
            if si == 1 and pi == 1:
                cut = t.index("famine in the winter that followed.") + len("famine in the winter that followed.")
                t = t[:cut] + footnote(2, EX["footnotes"][1]) + t[cut:]
            out.append('<text:p text:style-name="%s">%s%s</text:p>' % (style, anchor, t))
            if si == 2 and pi == 1:
                c = s["caps"][0]
                out.append('<text:p text:style-name="PImgLeft">%s</text:p>' % image("frankenstein.png", 7.5, 5.0))
                out.append('<text:p text:style-name="Caption"><text:span text:style-name="Strong_20_Emphasis">%s:'
                           '</text:span> %s</text:p>' % (c["position"], esc(c["text"])))
                out.append('<text:p text:style-name="Credit">%s</text:p>' % esc(c["credit"]))
    # the key-dates table, under a level-2 heading
    out.append('<text:h text:style-name="Heading_20_2" text:outline-level="2">%s</text:h>' % esc(EX["table_title"]))
    rows = ['<table:table-row><table:table-cell table:style-name="TblHead" office:value-type="string"><text:p '
            'text:style-name="THead">Date</text:p></table:table-cell><table:table-cell table:style-name="TblHead" '
            'office:value-type="string"><text:p text:style-name="THead">Event</text:p></table:table-cell></table:table-row>']
    for d, e in EX["table"]:
        rows.append('<table:table-row><table:table-cell table:style-name="TblCell" office:value-type="string"><text:p '
                    'text:style-name="Table_20_Contents">%s</text:p></table:table-cell><table:table-cell '
                    'table:style-name="TblCell" office:value-type="string"><text:p text:style-name="Table_20_Contents">'
                    '%s</text:p></table:table-cell></table:table-row>' % (esc(d), esc(e)))
    out.append('<table:table table:name="KeyDates" table:style-name="Tbl"><table:table-column table:style-name="TblA"/>'
               '<table:table-column table:style-name="TblB"/>%s</table:table>' % "".join(rows))
    return "\n".join(out)


def fodt():
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<office:document %s office:version="1.3" '
            'office:mimetype="application/vnd.oasis.opendocument.text">%s<office:body><office:text>%s'
            '</office:text></office:body></office:document>\n'
            % (NS, STYLES.replace("%(header)s", esc(HEADER)).replace("%(footer)s", esc(FOOTER)), body()))


def main():
    grey_png(os.path.join(BUILD, "img", "ice_core.png"), 270, 200)
    grey_png(os.path.join(BUILD, "img", "frankenstein.png"), 300, 200, grey=0xA8)
    src = os.path.join(BUILD, NAME + ".fodt")
    open(src, "w", encoding="utf-8").write(fodt())
    tmp = tempfile.mkdtemp(prefix="r13lo")
    subprocess.run(["soffice", "-env:UserInstallation=file://" + tmp + "/profile", "--headless", "--convert-to",
                    'docx:MS Word 2007 XML', "--outdir", tmp, src], check=True, capture_output=True)
    shutil.copy(os.path.join(tmp, NAME + ".docx"), os.path.join(OUT, NAME + ".docx"))
    shutil.rmtree(tmp)
    g = gold(EX, running=[HEADER, FOOTER])
    write_gold(os.path.join(OUT, NAME + ".json"), g)
    print(NAME, "ok")


if __name__ == "__main__":
    main()
