# Tay whale: an ODT written here by hand (content.xml/styles.xml/meta.xml), converted to DOCX by
# Calligra Words 3.2.1 (`calligraconverter --batch`, its own odt2docx export filter).
import os, subprocess, zipfile, tempfile
from xml.sax.saxutils import escape as E
from common import *
from png import grey_png
from content import TAYWHALE as T

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.2"')

def pstyle(name, para="", text="", parent=None, cls=None):
    p = ' style:parent-style-name="%s"' % parent if parent else ""
    return ('<style:style style:name="%s" style:family="paragraph"%s>'
            '<style:paragraph-properties %s/><style:text-properties %s/></style:style>' % (name, p, para, text))

styles = ['<?xml version="1.0" encoding="UTF-8"?>', '<office:document-styles %s>' % NS,
          '<office:font-face-decls><style:font-face style:name="Liberation Serif" svg:font-family="\'Liberation Serif\'"/>'
          '<style:font-face style:name="Liberation Sans" svg:font-family="\'Liberation Sans\'"/></office:font-face-decls>',
          '<office:styles>',
          '<style:default-style style:family="paragraph"><style:text-properties style:font-name="Liberation Serif" '
          'fo:font-size="11pt" fo:language="en" fo:country="GB"/></style:default-style>',
          pstyle("Standard", 'fo:margin-bottom="0.2cm" fo:text-align="justify"'),
          pstyle("Kicker", 'fo:margin-bottom="0.3cm"', 'style:font-name="Liberation Sans" fo:font-size="9pt" fo:font-weight="bold" fo:color="#1f4e5f" fo:letter-spacing="0.05cm"', "Standard"),
          pstyle("Title", 'fo:margin-bottom="0cm"', 'style:font-name="Liberation Sans" fo:font-size="28pt" fo:font-weight="bold" fo:color="#1f4e5f"', "Standard"),
          pstyle("Subtitle", 'fo:margin-bottom="0.4cm"', 'fo:font-size="16pt" fo:font-style="italic"', "Standard"),
          pstyle("Intro", 'fo:margin-bottom="0.5cm" fo:border-bottom="0.06pt solid #1f4e5f" fo:padding-bottom="0.2cm"', 'style:font-name="Liberation Sans" fo:font-size="12pt"', "Standard"),
          pstyle("Case_20_Label", 'fo:margin-top="0.5cm" fo:margin-bottom="0cm" fo:background-color="#1f4e5f"', 'style:font-name="Liberation Sans" fo:font-size="9pt" fo:font-weight="bold" fo:color="#ffffff"', "Standard"),
          pstyle("Case_20_Heading", 'fo:margin-bottom="0.2cm" fo:keep-with-next="always"', 'style:font-name="Liberation Sans" fo:font-size="15pt" fo:font-weight="bold"', "Standard"),
          pstyle("Pull_20_Quote", 'fo:margin-left="1.5cm" fo:margin-right="1.5cm" fo:margin-top="0.4cm" fo:margin-bottom="0.4cm" fo:text-align="center"', 'fo:font-size="16pt" fo:font-style="italic" fo:color="#1f4e5f"', "Standard"),
          pstyle("Caption", 'fo:text-align="start"', 'style:font-name="Liberation Sans" fo:font-size="9pt"', "Standard"),
          pstyle("Box_20_Heading", 'fo:background-color="#e4edf0" fo:padding="0.2cm" fo:margin-top="0.6cm"', 'style:font-name="Liberation Sans" fo:font-size="12pt" fo:font-weight="bold"', "Standard"),
          pstyle("Box_20_Text", 'fo:background-color="#e4edf0" fo:padding="0.2cm"', 'style:font-name="Liberation Sans" fo:font-size="10pt"', "Standard"),
          '</office:styles>',
          '<office:automatic-styles><style:page-layout style:name="pm1"><style:page-layout-properties fo:page-width="21cm" '
          'fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="2cm" fo:margin-left="2.2cm" fo:margin-right="2.2cm"/>'
          '</style:page-layout></office:automatic-styles>',
          '<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="pm1"/></office:master-styles>',
          '</office:document-styles>']

auto = ('<office:automatic-styles>'
        '<style:style style:name="PB" style:family="paragraph" style:parent-style-name="Case_20_Label">'
        '<style:paragraph-properties fo:break-before="page"/></style:style>'
        '<style:style style:name="B" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>'
        '<style:style style:name="I" style:family="text"><style:text-properties fo:font-style="italic"/></style:style>'
        '<style:style style:name="Tab1" style:family="table"><style:table-properties style:width="9cm" table:align="left"/></style:style>'
        '<style:style style:name="Cell1" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="none"/></style:style>'
        '<style:style style:name="Cell2" style:family="table-cell"><style:table-cell-properties fo:padding="0.15cm" fo:background-color="#eeeeee" fo:border="none"/></style:style>'
        '<style:style style:name="fr1" style:family="graphic"><style:graphic-properties style:wrap="none" '
        'style:vertical-pos="top" style:horizontal-pos="center"/></style:style>'
        '</office:automatic-styles>')

body = []
P = lambda st, t: body.append('<text:p text:style-name="%s">%s</text:p>' % (st, t))
P("Kicker", E(T["kicker"].upper()))
P("Title", E(T["title_lines"][0]))
P("Subtitle", E(T["title_lines"][1]))
P("Intro", E(T["intro"]))
for si, s in enumerate(T["sections"]):
    P("PB" if si == 2 else "Case_20_Label", E(s["label"]))
    # heading: an outline-level paragraph (text:h) in a plain paragraph style, not a Heading style
    body.append('<text:h text:style-name="Case_20_Heading" text:outline-level="2">%s</text:h>' % E(s["title"]))
    for pi, t in enumerate(s["paras"]):
        P("Standard", E(t))
        if "caption" in s and pi == 0:
            c = s["caption"]
            body.append('<table:table table:name="Picture%d" table:style-name="Tab1"><table:table-column/>'
                        '<table:table-row><table:table-cell table:style-name="Cell1" office:value-type="string">'
                        '<text:p text:style-name="Caption"><draw:frame draw:style-name="fr1" draw:name="Whale" '
                        'text:anchor-type="as-char" svg:width="8.6cm" svg:height="5.2cm"><draw:image '
                        'xlink:href="Pictures/whale.png" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
                        '<svg:desc>Grey placeholder picture</svg:desc></draw:frame></text:p></table:table-cell></table:table-row>'
                        '<table:table-row><table:table-cell table:style-name="Cell2" office:value-type="string">'
                        '<text:p text:style-name="Caption"><text:span text:style-name="B">%s:</text:span> %s</text:p>'
                        '<text:p text:style-name="Caption"><text:span text:style-name="I">%s</text:span></text:p>'
                        '</table:table-cell></table:table-row></table:table>' % (si, E(c["position"]), E(c["text"]), E(c["credit"])))
    if si == 1:
        P("Pull_20_Quote", E("\u201cThe whale was the sight of the season, and half of Scotland seemed to want a look at it.\u201d"))
sb = T["sidebar"]
P("Box_20_Heading", E(sb["title"]))
for t in sb["paras"]:
    P("Box_20_Text", E(t))

content = ['<?xml version="1.0" encoding="UTF-8"?>', '<office:document-content %s>' % NS, auto,
           '<office:body><office:text>'] + body + ['</office:text></office:body></office:document-content>']
meta = ('<?xml version="1.0" encoding="UTF-8"?><office:document-meta %s><office:meta>'
        '<meta:generator>r33 hand-written ODT</meta:generator><dc:title>%s</dc:title></office:meta></office:document-meta>'
        % (NS, E(" ".join(T["title_lines"]))))
manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
            '<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>'
            '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="styles.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>'
            '<manifest:file-entry manifest:full-path="Pictures/whale.png" manifest:media-type="image/png"/>'
            '</manifest:manifest>')
odt = os.path.join(BUILD, T["name"] + ".odt")
pngdata = grey_png(os.path.join(BUILD, "whale.png"), 430, 260)
with zipfile.ZipFile(odt, "w") as z:
    z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.text")
    z.writestr("content.xml", "\n".join(content), zipfile.ZIP_DEFLATED)
    z.writestr("styles.xml", "".join(styles), zipfile.ZIP_DEFLATED)
    z.writestr("meta.xml", meta, zipfile.ZIP_DEFLATED)
    z.writestr("Pictures/whale.png", pngdata)
    z.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
env = dict(os.environ, QT_QPA_PLATFORM="offscreen", XDG_RUNTIME_DIR=tempfile.mkdtemp())
out = os.path.join(OUT, T["name"] + ".docx")
if os.path.exists(out):
    os.remove(out)
r = subprocess.run(["calligraconverter", "--batch", odt, out], env=env, capture_output=True, text=True)
if not os.path.exists(out):
    raise SystemExit("calligraconverter failed: " + r.stderr[-2000:])

title = " ".join(T["title_lines"])
secs = [section(None, title, [para(T["intro"])])]
for s in T["sections"]:
    bl = [para(t) for t in s["paras"]]
    if "caption" in s:
        c = s["caption"]; bl.append(cap(c["text"], c["position"], c["credit"]))
    secs.append(section(s["label"], s["title"], bl))
secs.append(section(None, sb["title"], [para(t) for t in sb["paras"]]))
write_gold(T["name"], title, [], secs)
