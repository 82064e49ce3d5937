"""Exhibit 3: two-page journal spread (pages 112-113) in two columns that continue across the pages,
footnotes, a pull quote spanning both columns, numbered figures referenced in the text, different
running heads on even (left) and odd (right) pages.
Producer: LibreOffice Writer 7.4 (headless) from a Flat ODT written here (build/antikythera_mechanism.fodt),
page 1 uses master page "LeftPage" (even folio 112, outer margin left) whose next style is "RightPage" (113),
English hyphenation patterns from Debian hyphen-en-gb."""
import base64, os, shutil, subprocess, tempfile
from xml.sax.saxutils import escape
from common import OUT, HERE, P, C, S, write_gold, pdftotext_raw, body_words, grey_png

NAME = "antikythera_mechanism"
TITLE_LINES = ["Gears from the Sea:", "The Antikythera Mechanism"]
TITLE = " ".join(TITLE_LINES)
STANDFIRST = ("A lump of corroded bronze raised from an ancient shipwreck turned out to be the oldest known "
              "geared calculating machine. More than a century of study has slowly revealed what it could do.")
RUN_EVEN_FOLIO, RUN_EVEN = "112", "Friends’ Bulletin · Halcyon Museum of Antiquities"
RUN_ODD, RUN_ODD_FOLIO = "Gears from the Sea", "113"

# Paragraph text may contain {fn1}.. footnote markers; the gold text drops them.
FOOTNOTES = {
    "fn1": "The pottery and coins date the sinking to about 70–60 BC.",
    "fn2": "Price published his results in 1974 under the title Gears from the Greeks.",
    "fn3": "The same dial also names the games held at Nemea, Isthmia and Delphi.",
}
PULL = "Nothing of similar complexity is known again until the astronomical clocks of medieval Europe."
FIG1 = ("Fig. 1", "The largest surviving fragment, with the main four-spoked gearwheel.",
        "Photo: Eleni Vardaki / Halcyon Museum of Antiquities")
FIG2 = ("Fig. 2", "A working reconstruction of the front dials, made for the Kythera Room.",
        "Courtesy of the Pelops Model Workshop")
SECTIONS = [
    ("A Wreck Full of Statues", [
        "In the spring of 1900 a crew of Greek sponge divers sheltering from a storm off the small island of "
        "Antikythera found the remains of an ancient ship on the seabed, more than forty metres down. Over the "
        "following months they raised bronze and marble statues, glassware, pottery and coins.{fn1}",
        "Among the finds taken to the National Archaeological Museum in Athens were several shapeless lumps of "
        "bronze and wood. In May 1902 the archaeologist Valerios Stais noticed that one of them contained a "
        "toothed wheel.",
    ], None),
    ("Gears Inside the Rock", [
        "For decades the fragments attracted little attention. In the 1950s the historian of science Derek de "
        "Solla Price began to study them, and with gamma-ray images taken by Charalambos Karakalos he counted "
        "the teeth of the hidden wheels (Fig. 1).{fn2}",
        "Price showed that the device was a calculator for the movements of the sun and moon. Some thirty "
        "bronze gearwheels survive, the largest with 223 teeth. " + PULL,
    ], FIG1),
    ("Reading the Hidden Letters", [
        "In 2005 an international team brought a large X-ray scanner to Athens. Its three-dimensional images "
        "revealed thousands of letters engraved on the inner plates, many of them unseen since the ship went "
        "down. Together with new surface photographs they read almost like an instruction manual.",
    ], None),
    ("A Calculator of the Heavens", [
        "The mechanism was housed in a wooden case about the size of a shoebox and was turned by a handle on "
        "the side. On the front, pointers showed the positions of the sun and moon against the zodiac and a "
        "calendar of 365 days, and a small rotating ball showed the phase of the moon (Fig. 2).",
        "On the back, two spiral dials tracked a nineteen-year calendar cycle and predicted eclipses. A small "
        "dial counted the four-year cycle of the Olympic Games.{fn3} A pin-and-slot gear even reproduced the "
        "way the moon seems to speed up and slow down in its orbit.",
    ], FIG2),
    ("Who Made It?", [
        "No maker’s name survives. The astronomy follows the ideas of Hipparchus, and the month names on the "
        "calendar point to Corinth and her colonies, perhaps Syracuse, the home of Archimedes. Most scholars "
        "date its making to the second century BC.",
    ], None),
]


def clean(t):
    return t.format(fn1="", fn2="", fn3="")


# ---- gold ---------------------------------------------------------------------------------
sections = [S(None, TITLE, [P(STANDFIRST)])]
for title, paras, fig in SECTIONS:
    blocks = [P(clean(t)) for t in paras]
    if fig:
        blocks.append(C(fig[0] + " " + fig[1], credit=fig[2]))
    sections.append(S(None, title, blocks))
gold = write_gold(NAME, TITLE, [RUN_EVEN_FOLIO, RUN_EVEN, RUN_ODD, RUN_ODD_FOLIO], sections)

# ---- Flat ODT -------------------------------------------------------------------------------
PNG = grey_png(os.path.join(HERE, "grey_plate.png"))
B64 = base64.b64encode(open(PNG, "rb").read()).decode()
seq = {"n": 0}


def note(key):
    n = list(FOOTNOTES).index(key) + 1
    return (f'<text:note text:id="ftn{n}" text:note-class="footnote"><text:note-citation>{n}</text:note-citation>'
            f'<text:note-body><text:p text:style-name="Footnote">{escape(FOOTNOTES[key])}</text:p>'
            f'</text:note-body></text:note>')


def para(t, style):
    x = escape(t)
    for k in FOOTNOTES:
        x = x.replace("{" + k + "}", note(k))
    return f'<text:p text:style-name="{style}">{x}</text:p>'


def image(h_mm):
    seq["n"] += 1
    return (f'<text:p text:style-name="FigPara"><draw:frame draw:style-name="frImg" draw:name="Image{seq["n"]}" '
            f'text:anchor-type="as-char" svg:width="69.5mm" svg:height="{h_mm}mm" draw:z-index="{seq["n"]}">'
            f'<draw:image><office:binary-data>{B64}</office:binary-data></draw:image></draw:frame></text:p>')


def caption(fig, n, style="Caption"):
    return (f'<text:p text:style-name="{style}"><text:span text:style-name="Bold">Fig. '
            f'<text:sequence text:ref-name="refFigure{n - 1}" text:name="Figure" text:formula="ooow:Figure+1" '
            f'style:num-format="1">{n}</text:sequence></text:span> {escape(fig[1])}</text:p>')


def credit(fig):
    return f'<text:p text:style-name="Credit">{escape(fig[2])}</text:p>'


body = []
for si, (title, paras, fig) in enumerate(SECTIONS):
    body.append(f'<text:h text:style-name="Heading" text:outline-level="2">{escape(title)}</text:h>')
    for pi, t in enumerate(paras):
        style = "BodyFirst" if pi == 0 else "Body"
        body.append(para(t, style))
    if fig is FIG1:          # picture, then caption, then credit
        body += [image(46), caption(fig, 1), credit(fig)]
    elif fig is FIG2:        # caption ABOVE the picture, credit under it
        body += [caption(fig, 2, "CaptionAbove"), image(40), credit(fig)]

# The pull quote is a text frame anchored to page 2 (113), across both columns, text wraps above/below it.
PULLFRAME = (f'<draw:frame draw:style-name="frPull" draw:name="PullQuote" text:anchor-type="page" '
             f'text:anchor-page-number="2" svg:x="20mm" svg:y="70mm" svg:width="145mm" draw:z-index="9">'
             f'<draw:text-box fo:min-height="8mm"><text:p text:style-name="PullQuote">“{escape(PULL)}”</text:p>'
             f'</draw:text-box></draw:frame>')
FODT = f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 xmlns:xlink="http://www.w3.org/1999/xlink"
 xmlns:dc="http://purl.org/dc/elements/1.1/"
 xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
 xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:meta><dc:title>{escape(TITLE)}</dc:title></office:meta>
 <office:font-face-decls>
  <style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
  <style:font-face style:name="Liberation Sans Narrow" svg:font-family="&apos;Liberation Sans Narrow&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
 </office:font-face-decls>
 <office:styles>
  <style:default-style style:family="paragraph">
   <style:paragraph-properties fo:orphans="2" fo:widows="2"/>
   <style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="en" fo:country="GB" fo:hyphenate="false"/>
  </style:default-style>
  <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
  <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:text-align="justify" fo:text-indent="4mm" fo:margin-top="0mm" fo:margin-bottom="0mm" fo:line-height="128%"/>
   <style:text-properties fo:font-size="9.8pt" fo:hyphenate="true" fo:hyphenation-remain-char-count="2" fo:hyphenation-push-char-count="3" fo:hyphenation-ladder-count="2"/>
  </style:style>
  <style:style style:name="BodyFirst" style:family="paragraph" style:parent-style-name="Body">
   <style:paragraph-properties fo:text-indent="0mm"/>
  </style:style>
  <style:style style:name="Heading" style:family="paragraph" style:parent-style-name="Standard" style:class="text">
   <style:paragraph-properties fo:margin-top="3.2mm" fo:margin-bottom="1.2mm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="10.5pt" fo:font-weight="bold" fo:color="#7a2e1d"/>
  </style:style>
  <style:style style:name="TitleP" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="6mm" fo:margin-bottom="3mm" fo:line-height="105%"/>
   <style:text-properties fo:font-size="26pt" fo:font-weight="bold" fo:color="#1f2a36"/>
  </style:style>
  <style:style style:name="Standfirst" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-bottom="6mm" fo:line-height="125%" fo:margin-right="30mm"/>
   <style:text-properties fo:font-size="12.5pt" fo:font-style="italic" fo:color="#333333"/>
  </style:style>
  <style:style style:name="FigPara" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:margin-top="3mm" fo:margin-bottom="1mm" fo:keep-with-next="always"/>
  </style:style>
  <style:style style:name="Caption" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-top="0.8mm" fo:margin-bottom="0.6mm" fo:keep-with-next="always"/>
   <style:text-properties style:font-name="Liberation Sans Narrow" fo:font-size="8.6pt"/>
  </style:style>
  <style:style style:name="CaptionAbove" style:family="paragraph" style:parent-style-name="Caption">
   <style:paragraph-properties fo:margin-top="3mm" fo:keep-with-next="always"/>
  </style:style>
  <style:style style:name="Credit" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="end" fo:margin-top="0.4mm" fo:margin-bottom="3mm"/>
   <style:text-properties style:font-name="Liberation Sans Narrow" fo:font-size="6.8pt" fo:font-style="italic" fo:color="#6b6b6b"/>
  </style:style>
  <style:style style:name="PullQuote" style:family="paragraph" style:parent-style-name="Standard">
   <style:paragraph-properties fo:text-align="center" fo:line-height="115%"/>
   <style:text-properties fo:font-size="15pt" fo:font-style="italic" fo:color="#7a2e1d"/>
  </style:style>
  <style:style style:name="Footnote" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties fo:margin-left="4mm" fo:text-indent="-4mm"/>
   <style:text-properties style:font-name="Liberation Sans Narrow" fo:font-size="7.6pt"/>
  </style:style>
  <style:style style:name="Header" style:family="paragraph" style:parent-style-name="Standard" style:class="extra">
   <style:paragraph-properties><style:tab-stops><style:tab-stop style:position="145mm" style:type="right"/></style:tab-stops></style:paragraph-properties>
   <style:text-properties style:font-name="Liberation Sans" fo:font-size="8pt" fo:color="#555555"/>
  </style:style>
  <style:style style:name="Frame" style:family="graphic">
   <style:graphic-properties text:anchor-type="paragraph" svg:x="0mm" svg:y="0mm" style:wrap="parallel" style:number-wrapped-paragraphs="no-limit" style:wrap-contour="false" style:vertical-pos="top" style:vertical-rel="paragraph-content" style:horizontal-pos="center" style:horizontal-rel="paragraph-content"/>
  </style:style>
  <style:style style:name="Graphics" style:family="graphic">
   <style:graphic-properties text:anchor-type="paragraph" svg:x="0mm" svg:y="0mm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph" style:horizontal-pos="center" style:horizontal-rel="paragraph"/>
  </style:style>
  <style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
  <text:notes-configuration text:note-class="footnote" style:num-format="1" text:start-value="0" text:footnotes-position="page" text:start-numbering-at="document"/>
 </office:styles>
 <office:automatic-styles>
  <style:page-layout style:name="pmLeft" style:page-usage="all">
   <style:page-layout-properties fo:page-width="180mm" fo:page-height="250mm" fo:margin-top="12mm" fo:margin-bottom="15mm" fo:margin-left="15mm" fo:margin-right="20mm" style:print-orientation="portrait">
    <style:footnote-sep style:width="0.2mm" style:rel-width="25%" style:color="#999999" style:adjustment="left" style:distance-before-sep="2mm" style:distance-after-sep="1.5mm"/>
   </style:page-layout-properties>
   <style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="7mm" fo:border-bottom="0.2mm solid #999999" fo:padding-bottom="1mm"/></style:header-style>
  </style:page-layout>
  <style:page-layout style:name="pmRight" style:page-usage="all">
   <style:page-layout-properties fo:page-width="180mm" fo:page-height="250mm" fo:margin-top="12mm" fo:margin-bottom="15mm" fo:margin-left="20mm" fo:margin-right="15mm" style:print-orientation="portrait">
    <style:footnote-sep style:width="0.2mm" style:rel-width="25%" style:color="#999999" style:adjustment="left" style:distance-before-sep="2mm" style:distance-after-sep="1.5mm"/>
   </style:page-layout-properties>
   <style:header-style><style:header-footer-properties fo:min-height="0mm" fo:margin-bottom="7mm" fo:border-bottom="0.2mm solid #999999" fo:padding-bottom="1mm"/></style:header-style>
  </style:page-layout>
  <style:style style:name="P1" style:family="paragraph" style:parent-style-name="TitleP" style:master-page-name="LeftPage">
   <style:paragraph-properties style:page-number="112"/>
  </style:style>
  <style:style style:name="Sect2" style:family="section">
   <style:section-properties text:dont-balance-text-columns="false">
    <style:columns fo:column-count="2" fo:column-gap="6mm">
     <style:column-sep style:width="0.2mm" style:color="#aaaaaa" style:height="100%" style:vertical-align="top"/>
    </style:columns>
   </style:section-properties>
  </style:style>
  <style:style style:name="frImg" style:family="graphic" style:parent-style-name="Graphics">
   <style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" fo:border="none"/>
  </style:style>
  <style:style style:name="frPull" style:family="graphic" style:parent-style-name="Frame">
   <style:graphic-properties style:wrap="none" style:vertical-pos="from-top" style:vertical-rel="page"
     style:horizontal-pos="from-left" style:horizontal-rel="page" fo:margin-top="3mm" fo:margin-bottom="3mm"
     fo:padding-top="2mm" fo:padding-bottom="2mm" fo:border-top="0.6mm solid #7a2e1d" fo:border-bottom="0.6mm solid #7a2e1d"
     fo:border-left="none" fo:border-right="none" draw:fill="solid" draw:fill-color="#ffffff" fo:background-color="#ffffff" style:run-through="foreground"/>
  </style:style>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="LeftPage" style:page-layout-name="pmLeft" style:next-style-name="RightPage">
   <style:header><text:p text:style-name="Header"><text:page-number text:select-page="current">112</text:page-number><text:tab/>{escape(RUN_EVEN)}</text:p></style:header>
  </style:master-page>
  <style:master-page style:name="RightPage" style:page-layout-name="pmRight" style:next-style-name="LeftPage">
   <style:header><text:p text:style-name="Header">{escape(RUN_ODD)}<text:tab/><text:page-number text:select-page="current">113</text:page-number></text:p></style:header>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
   <text:sequence-decls><text:sequence-decl text:display-outline-level="0" text:name="Figure"/></text:sequence-decls>
   {PULLFRAME}
   <text:p text:style-name="P1">{escape(TITLE_LINES[0])}<text:line-break/>{escape(TITLE_LINES[1])}</text:p>
   <text:p text:style-name="Standfirst">{escape(STANDFIRST)}</text:p>
   <text:section text:style-name="Sect2" text:name="Article">
    {"".join(body)}
   </text:section>
  </office:text>
 </office:body>
</office:document>
'''
fodt = os.path.join(HERE, NAME + ".fodt")
with open(fodt, "w", encoding="utf-8") as f:
    f.write(FODT)
tmp = tempfile.mkdtemp()
subprocess.run(["soffice", f"-env:UserInstallation=file://{tmp}/profile", "--headless", "--convert-to",
                "pdf:writer_pdf_Export", "--outdir", tmp, fodt], check=True, capture_output=True)
shutil.move(os.path.join(tmp, NAME + ".pdf"), os.path.join(OUT, NAME + ".pdf"))
shutil.rmtree(tmp, ignore_errors=True)
pdftotext_raw(NAME)
print(NAME, "body words", body_words(gold))
