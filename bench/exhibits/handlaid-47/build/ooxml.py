# Minimal hand-written WordprocessingML: the PDFs are typeset by officework from these packages.
import zipfile
from xml.sax.saxutils import escape
W = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
     'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"')
SERIF, SANS = "Liberation Serif", "Liberation Sans"

def run(t, b=False, i=False, sz=10, color=None, font=SERIF, caps=False, sup=False):
    pr = f'<w:rFonts w:ascii="{font}" w:hAnsi="{font}"/>'
    if b: pr += '<w:b/>'
    if i: pr += '<w:i/>'
    if caps: pr += '<w:caps/>'
    if color: pr += f'<w:color w:val="{color}"/>'
    pr += f'<w:sz w:val="{int(sz*2)}"/>'
    if sup: pr += '<w:vertAlign w:val="superscript"/>'
    return f'<w:r><w:rPr>{pr}</w:rPr><w:t xml:space="preserve">{escape(t)}</w:t></w:r>'

def para(runs, jc=None, shd=None, before=0, after=100, ind=None, brk=False, line=None):
    ppr = ''
    if brk: ppr += '<w:pageBreakBefore/>'
    if shd: ppr += f'<w:shd w:val="clear" w:color="auto" w:fill="{shd}"/>'
    sp = f'<w:spacing w:before="{before}" w:after="{after}"'
    if line: sp += f' w:line="{line}" w:lineRule="auto"'
    ppr += sp + '/>'
    if ind: ppr += f'<w:ind w:left="{ind}" w:right="{ind}"/>'
    if jc: ppr += f'<w:jc w:val="{jc}"/>'
    if not runs.startswith("<"): runs = run(runs) if runs else ""
    return f'<w:p><w:pPr>{ppr}</w:pPr>{runs}</w:p>'

def table(rows, widths, shade=None, borders=False):
    """rows: list of rows; a row is a list of cells; a cell is (xml, fill or None)."""
    b = ('<w:tblBorders><w:top w:val="single" w:sz="4" w:color="888888"/><w:bottom w:val="single" w:sz="4" w:color="888888"/>'
         '<w:insideH w:val="single" w:sz="4" w:color="888888"/></w:tblBorders>') if borders else \
        ('<w:tblBorders><w:top w:val="nil"/><w:left w:val="nil"/><w:bottom w:val="nil"/><w:right w:val="nil"/>'
         '<w:insideH w:val="nil"/><w:insideV w:val="nil"/></w:tblBorders>')
    x = f'<w:tbl><w:tblPr><w:tblW w:w="{sum(widths)}" w:type="dxa"/>{b}<w:tblLayout w:type="fixed"/></w:tblPr><w:tblGrid>'
    x += ''.join(f'<w:gridCol w:w="{w}"/>' for w in widths) + '</w:tblGrid>'
    for row in rows:
        x += '<w:tr>'
        for (cx, fill), w in zip(row, widths):
            tcpr = f'<w:tcW w:w="{w}" w:type="dxa"/>'
            if fill: tcpr += f'<w:shd w:val="clear" w:color="auto" w:fill="{fill}"/>'
            x += f'<w:tc><w:tcPr>{tcpr}</w:tcPr>{cx or para("")}</w:tc>'
        x += '</w:tr>'
    return x + '</w:tbl>'

def write_docx(path, body, w_pt, h_pt, margin_pt=42):
    tw = lambda v: int(round(v * 20))
    sect = (f'<w:sectPr><w:pgSz w:w="{tw(w_pt)}" w:h="{tw(h_pt)}"/><w:pgMar w:top="{tw(margin_pt)}" '
            f'w:right="{tw(margin_pt)}" w:bottom="{tw(margin_pt)}" w:left="{tw(margin_pt)}" w:header="{tw(margin_pt/2)}" '
            f'w:footer="{tw(margin_pt/2)}"/></w:sectPr>')
    doc = f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}{sect}</w:body></w:document>'
    ct = ('<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" '
          'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
    rels = ('<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>')
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", ct); z.writestr("_rels/.rels", rels); z.writestr("word/document.xml", doc)
