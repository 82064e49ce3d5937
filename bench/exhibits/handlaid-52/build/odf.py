"""Tiny helpers to write Flat ODT (.fodt) documents by hand."""
import re
from xml.sax.saxutils import escape

NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
      'xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" '
      'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
      'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
      'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
      'xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" '
      'xmlns:xlink="http://www.w3.org/1999/xlink" '
      'xmlns:dc="http://purl.org/dc/elements/1.1/" '
      'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
      'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
      'xmlns:loext="urn:org:documentfoundation:names:experimental:office:xmlns:loext:1.0" '
      'xmlns:officeooo="http://openoffice.org/2009/office"')

FONTS = '''<office:font-face-decls>
 <style:font-face style:name="Liberation Serif" svg:font-family="&apos;Liberation Serif&apos;" style:font-family-generic="roman" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Sans" svg:font-family="&apos;Liberation Sans&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
 <style:font-face style:name="Liberation Sans Narrow" svg:font-family="&apos;Liberation Sans Narrow&apos;" style:font-family-generic="swiss" style:font-pitch="variable"/>
</office:font-face-decls>'''

DEFAULTS = '''<style:default-style style:family="paragraph">
  <style:paragraph-properties fo:hyphenation-ladder-count="no-limit" style:writing-mode="lr-tb"/>
  <style:text-properties style:font-name="Liberation Serif" fo:font-size="10pt" fo:language="en" fo:country="GB"
     fo:hyphenate="true" fo:hyphenation-remain-char-count="3" fo:hyphenation-push-char-count="3"/>
 </style:default-style>
 <style:default-style style:family="graphic">
  <style:graphic-properties draw:stroke="none" draw:fill="none" fo:padding="0mm" fo:border="none"
     style:wrap="none" style:run-through="foreground"/>
 </style:default-style>
 <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
 <style:style style:name="Frame" style:family="graphic">
  <style:graphic-properties text:anchor-type="paragraph" svg:x="0mm" svg:y="0mm" fo:margin-left="0mm" fo:margin-right="0mm"
     fo:margin-top="0mm" fo:margin-bottom="0mm" style:wrap="none" style:vertical-pos="top" style:vertical-rel="paragraph-content"
     style:horizontal-pos="center" style:horizontal-rel="paragraph-content" fo:padding="0mm" fo:border="none"/>
 </style:style>'''


def x(s):
    """Escape text and turn typewriter quotes into nothing special."""
    return escape(s)


def pstyle(name, parent="Standard", para="", text="", master=None, tabs=None):
    m = f' style:master-page-name="{master}"' if master else ""
    pp = f'<style:paragraph-properties {para}/>'
    if tabs:
        stops = "".join(f'<style:tab-stop style:position="{pos}" style:type="{typ}"/>' for pos, typ in tabs)
        pp = f'<style:paragraph-properties {para}><style:tab-stops>{stops}</style:tab-stops></style:paragraph-properties>'
    return (f'<style:style style:name="{name}" style:family="paragraph" style:parent-style-name="{parent}"{m}>'
            f'{pp}<style:text-properties {text}/></style:style>')


def tstyle(name, text):
    return f'<style:style style:name="{name}" style:family="text"><style:text-properties {text}/></style:style>'


def frstyle(name, props, columns=None, gap="5mm"):
    cols = ""
    if columns:
        cols = f'<style:columns fo:column-count="{columns}" fo:column-gap="{gap}"/>'
    return (f'<style:style style:name="{name}" style:family="graphic" style:parent-style-name="Frame">'
            f'<style:graphic-properties {props}>{cols}</style:graphic-properties></style:style>')


def frame(name, style, x_, y, w, h, inner, anchor="page", page=1, chain=None, minh=True, z=0):
    a = f'text:anchor-type="{anchor}"'
    if anchor == "page":
        a += f' text:anchor-page-number="{page}"'
    pos = f'svg:x="{x_}" svg:y="{y}" ' if anchor != "as-char" else ""
    hh = f'fo:min-height="{h}"' if minh else ""
    ch = f' draw:chain-next-name="{chain}"' if chain else ""
    return (f'<draw:frame draw:style-name="{style}" draw:name="{name}" {a} {pos}svg:width="{w}" '
            f'{"" if minh else f"svg:height={chr(34)}{h}{chr(34)} "}draw:z-index="{z}">'
            f'<draw:text-box {hh}{ch}>{inner}</draw:text-box></draw:frame>')


def p(style, content, raw=False):
    return f'<text:p text:style-name="{style}">{content if raw else x(content)}</text:p>'


def h(style, content, level=2, raw=False):
    return (f'<text:h text:style-name="{style}" text:outline-level="{level}">'
            f'{content if raw else x(content)}</text:h>')


def span(style, content):
    return f'<text:span text:style-name="{style}">{x(content)}</text:span>'


_note_id = [0]


def marked(text, note_class="footnote", note_style="Footnote", keep=None):
    """Paragraph text with markers: {FN:..} -> real note; {JUMP}/{PAGE2} must be handled by the caller."""
    out = []
    pos = 0
    for m in re.finditer(r"\{FN:([^}]*)\}", text):
        out.append(x(text[pos:m.start()]))
        _note_id[0] += 1
        nid = _note_id[0]
        out.append(f'<text:note text:id="ftn{nid}" text:note-class="{note_class}">'
                   f'<text:note-citation>{nid}</text:note-citation><text:note-body>'
                   f'<text:p text:style-name="{note_style}">{x(m.group(1))}</text:p></text:note-body></text:note>')
        pos = m.end()
    out.append(x(text[pos:]))
    return "".join(out)


def document(styles, auto, master, body, title="", extra_ns=""):
    return f'''<?xml version="1.0" encoding="UTF-8"?>
<office:document {NS} office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
<office:meta><dc:title>{x(title)}</dc:title><meta:generator>hand-laid set 52 (Flat ODT written by build/mk_pdf.py)</meta:generator></office:meta>
{FONTS}
<office:styles>
{DEFAULTS}
{styles}
</office:styles>
<office:automatic-styles>
{auto}
</office:automatic-styles>
<office:master-styles>
{master}
</office:master-styles>
<office:body><office:text>
{body}
</office:text></office:body></office:document>
'''
