# tichborne_claimant_1866: DOCX made by npm docx-templates 4.15.0, which fills a template (tichborne_template.docx)
# that this script writes with +++ commands. The data (all texts) goes to the filler as JSON.
import os, sys, json, zipfile, subprocess
from xml.sax.saxutils import escape
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from content import EX, write_gold

NAME = 'tichborne_claimant_1866'
ex = EX[NAME]
OUT = os.path.dirname(HERE)
HEADER = 'Itchen Valley Museum \u00b7 Room 2: Famous Impostors'
FOOTER = 'Gallery text \u2013 second proof, not for display'
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" '
      'xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
      'xmlns:w10="urn:schemas-microsoft-com:office:word"')


def run(text, rpr=''):
    return '<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r>' % (('<w:rPr>%s</w:rPr>' % rpr) if rpr else '', escape(text))


def cmd(expr, rpr=''):
    return run('+++INS %s+++' % expr, rpr)


def para(style, *runs, ppr=''):
    return '<w:p><w:pPr><w:pStyle w:val="%s"/>%s</w:pPr>%s</w:p>' % (style, ppr, ''.join(runs))


def grey_cell(width, lines=6):
    return ('<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/><w:shd w:val="clear" w:color="auto" w:fill="A6A6A6"/>'
            '</w:tcPr>%s</w:tc>' % (width, ''.join(para('Picture') for _ in range(lines))))


data = dict(kicker=ex['kicker'], title=ex['title'], intro=ex['intro'], header=HEADER, footer=FOOTER,
            secs=[dict(label=s['label'], title=s['title'], paras=s['paras'], caps=s['captions']) for s in ex['sections']],
            sidebar=ex['sidebar'], rows=[dict(k=k, v=v) for k, v in ex['table']])
fn_anchor, fn_text = ex['footnote']
c2 = ex['sections'][2]['paras'][1]
cut = c2.index(fn_anchor) + len(fn_anchor)
data['c2a'], data['c2b'] = c2[:cut], c2[cut:]

B = []
B.append(para('Kicker', cmd('kicker')))
B.append(para('ExhibitTitle', cmd('title')))
B.append(para('Standfirst', cmd('intro')))
SB = ('<w:r><w:pict><v:shape id="Sidebar1" type="#_x0000_t202" style="position:absolute;margin-left:300pt;'
      'margin-top:0;width:170pt;height:190pt;z-index:2;mso-position-horizontal:right;'
      'mso-position-horizontal-relative:margin" fillcolor="#EFE8D8" strokecolor="#8C6D3F">'
      '<v:textbox><w:txbxContent>%s%s</w:txbxContent></v:textbox><w10:wrap type="square"/></v:shape></w:pict></w:r>'
      % (para('SidebarTitle', cmd('sidebar.title')), para('SidebarText', cmd('sidebar.paras[0]'))))
for i, s in enumerate(ex['sections']):
    B.append(para('PanelLabel', cmd('secs[%d].label' % i)))
    B.append(para('PanelHeading', cmd('secs[%d].title' % i)))
    if i == 0:
        B += [para('BodyFirst', cmd('secs[0].paras[0]')), para('BodyNext', cmd('secs[0].paras[1]'))]
    elif i == 1:  # P1, caption table (caption left, grey cell right), P2
        B.append(para('BodyFirst', cmd('secs[1].paras[0]')))
        B.append('<w:tbl><w:tblPr><w:tblW w:w="8800" w:type="dxa"/><w:tblLayout w:type="fixed"/></w:tblPr>'
                 '<w:tblGrid><w:gridCol w:w="4400"/><w:gridCol w:w="4400"/></w:tblGrid><w:tr>'
                 '<w:tc><w:tcPr><w:tcW w:w="4400" w:type="dxa"/><w:vAlign w:val="bottom"/></w:tcPr>%s%s</w:tc>%s</w:tr></w:tbl>'
                 % (para('CaptionText', run('Right: ', '<w:b/>'), cmd('secs[1].caps[0].text')),
                    para('CaptionCredit', cmd('secs[1].caps[0].credit')), grey_cell(4400)))
        B.append(para('BodyNext', cmd('secs[1].paras[1]')))
    elif i == 2:  # sidebar text box anchored in C-1; footnote in C-2
        B.append(para('BodyFirst', SB, cmd('secs[2].paras[0]')))
        B.append(para('BodyNext', cmd('c2a'),
                      '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>',
                      cmd('c2b')))
    else:  # D-1, caption ("Below:") + credit, picture, D-2
        B.append(para('BodyFirst', cmd('secs[3].paras[0]')))
        B.append(para('CaptionText', run('Below: ', '<w:b/>'), cmd('secs[3].caps[0].text')))
        B.append(para('CaptionCredit', cmd('secs[3].caps[0].credit')))
        B.append('<w:tbl><w:tblPr><w:tblW w:w="5200" w:type="dxa"/></w:tblPr><w:tblGrid><w:gridCol w:w="5200"/>'
                 '</w:tblGrid><w:tr>%s</w:tr></w:tbl>' % grey_cell(5200, 7))
        B.append(para('BodyNext', cmd('secs[3].paras[1]')))
# data table (not in the gold), rows repeated by a FOR loop
B.append(para('TableTitle', run('The case in numbers')))
bd = ''.join('<w:%s w:val="single" w:sz="4" w:space="0" w:color="808080"/>' % k
             for k in ('top', 'left', 'bottom', 'right', 'insideH', 'insideV'))
B.append('<w:tbl><w:tblPr><w:tblW w:w="6000" w:type="dxa"/><w:tblBorders>%s</w:tblBorders></w:tblPr>'
         '<w:tblGrid><w:gridCol w:w="4000"/><w:gridCol w:w="2000"/></w:tblGrid>'
         '<w:tr><w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr>%s</w:tc></w:tr>'
         '<w:tr><w:tc><w:tcPr><w:tcW w:w="4000" w:type="dxa"/></w:tcPr>%s</w:tc>'
         '<w:tc><w:tcPr><w:tcW w:w="2000" w:type="dxa"/></w:tcPr>%s</w:tc></w:tr>'
         '<w:tr><w:tc><w:tcPr><w:tcW w:w="6000" w:type="dxa"/><w:gridSpan w:val="2"/></w:tcPr>%s</w:tc></w:tr></w:tbl>'
         % (bd, para('TableCell', run('+++FOR row IN rows+++')), para('TableCell', cmd('$row.k')),
            para('TableCell', cmd('$row.v')), para('TableCell', run('+++END-FOR row+++'))))
B.append('<w:sectPr><w:headerReference w:type="default" r:id="rIdH1"/><w:footerReference w:type="default" r:id="rIdF1"/>'
         '<w:footnotePr><w:numFmt w:val="decimal"/></w:footnotePr>'
         '<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1300" w:right="1300" w:bottom="1300" w:left="1300" '
         'w:header="600" w:footer="600" w:gutter="0"/></w:sectPr>')
document = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document %s><w:body>%s</w:body></w:document>' % (NS, ''.join(B))


def style(sid, name, ppr='', rpr='', based='Normal', typ='paragraph'):
    return ('<w:style w:type="%s" w:customStyle="1" w:styleId="%s"><w:name w:val="%s"/><w:basedOn w:val="%s"/>'
            '<w:qFormat/><w:pPr>%s</w:pPr><w:rPr>%s</w:rPr></w:style>' % (typ, sid, name, based, ppr, rpr))


F = lambda f: '<w:rFonts w:ascii="%s" w:hAnsi="%s" w:cs="%s"/>' % (f, f, f)
styles = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:styles %s>'
          '<w:docDefaults><w:rPrDefault><w:rPr>%s<w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>'
          '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>'
          '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>'
          '<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/></w:style>'
          % (NS, F('Georgia'))
          + style('Kicker', 'Gallery Kicker', '<w:spacing w:after="60"/>', F('Arial') + '<w:caps/><w:color w:val="7A1F1F"/><w:spacing w:val="30"/><w:sz w:val="16"/>')
          + style('ExhibitTitle', 'Exhibit Title', '<w:spacing w:after="200"/><w:outlineLvl w:val="0"/>', F('Arial') + '<w:b/><w:sz w:val="52"/>')
          + style('Standfirst', 'Standfirst', '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" w:color="7A1F1F"/></w:pBdr><w:spacing w:after="300"/>', '<w:i/><w:sz w:val="25"/>')
          + style('PanelLabel', 'Panel Label', '<w:keepNext/><w:spacing w:before="240" w:after="0"/>', F('Arial') + '<w:b/><w:smallCaps/><w:color w:val="7A1F1F"/><w:sz w:val="17"/>')
          + style('PanelHeading', 'Panel Heading', '<w:keepNext/><w:spacing w:after="100"/><w:outlineLvl w:val="1"/>', F('Arial') + '<w:b/><w:sz w:val="30"/>')
          + style('BodyFirst', 'Body First', '<w:jc w:val="both"/>')
          + style('BodyNext', 'Body Next', '<w:ind w:firstLine="340"/><w:jc w:val="both"/>', '', 'BodyFirst')
          + style('CaptionText', 'Object Caption', '<w:spacing w:after="20"/>', F('Arial') + '<w:sz w:val="17"/>')
          + style('CaptionCredit', 'Object Credit', '<w:spacing w:after="160"/>', F('Arial') + '<w:i/><w:color w:val="666666"/><w:sz w:val="14"/>')
          + style('Picture', 'Picture Placeholder', '<w:spacing w:after="0"/>')
          + style('SidebarTitle', 'Sidebar Title', '<w:spacing w:after="60"/>', F('Arial') + '<w:b/><w:color w:val="5A4626"/><w:sz w:val="22"/>')
          + style('SidebarText', 'Sidebar Text', '', F('Arial') + '<w:sz w:val="17"/>')
          + style('TableTitle', 'Table Title', '<w:keepNext/><w:spacing w:before="300"/>', F('Arial') + '<w:b/><w:sz w:val="20"/>')
          + style('TableCell', 'Table Cell', '<w:spacing w:after="40"/>', F('Arial') + '<w:sz w:val="17"/>')
          + style('Header', 'header', '', F('Arial') + '<w:color w:val="666666"/><w:sz w:val="16"/>')
          + style('Footer', 'footer', '<w:tabs><w:tab w:val="right" w:pos="9300"/></w:tabs>', F('Arial') + '<w:color w:val="666666"/><w:sz w:val="16"/>')
          + style('FootnoteText', 'footnote text', '<w:spacing w:after="0"/>', '<w:sz w:val="16"/>')
          + style('FootnoteReference', 'footnote reference', '', '<w:vertAlign w:val="superscript"/>', 'DefaultParagraphFont', 'character')
          + '</w:styles>')
header = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:hdr %s>%s</w:hdr>' % (NS, para('Header', cmd('header')))
footer = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:ftr %s>%s</w:ftr>' % (NS, para('Footer', cmd('footer')))
footnotes = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:footnotes %s>'
             '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
             '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>'
             '<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr>'
             '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote></w:footnotes>'
             % (NS, run(' ' + fn_text)))
settings = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:settings %s><w:defaultTabStop w:val="720"/>'
            '<w:footnotePr><w:footnote w:id="-1"/><w:footnote w:id="0"/></w:footnotePr>'
            '<w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat>'
            '</w:settings>' % NS)
ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
      '<Default Extension="xml" ContentType="application/xml"/>'
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
      '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
      '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
      '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
      '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
      '<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>'
      '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
      '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
      '</Types>')
R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/'
rels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="%sofficeDocument" Target="word/document.xml"/>'
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
        '<Relationship Id="rId3" Type="%sextended-properties" Target="docProps/app.xml"/></Relationships>' % (R, R))
docrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
           '<Relationship Id="rIdS" Type="%sstyles" Target="styles.xml"/>'
           '<Relationship Id="rIdSet" Type="%ssettings" Target="settings.xml"/>'
           '<Relationship Id="rIdH1" Type="%sheader" Target="header1.xml"/>'
           '<Relationship Id="rIdF1" Type="%sfooter" Target="footer1.xml"/>'
           '<Relationship Id="rIdFn" Type="%sfootnotes" Target="footnotes.xml"/></Relationships>' % (R, R, R, R, R))
core = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>%s</dc:title><dc:creator>%s</dc:creator>'
        '</cp:coreProperties>' % (escape(ex['title']), escape(ex['museum'])))
app = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties">'
       '<Application>docx-templates template (hand-laid set 19)</Application></Properties>')
tpl = os.path.join(HERE, 'tichborne_template.docx')
with zipfile.ZipFile(tpl, 'w', zipfile.ZIP_DEFLATED) as z:
    for n, s in [('[Content_Types].xml', ct), ('_rels/.rels', rels), ('word/document.xml', document),
                 ('word/_rels/document.xml.rels', docrels), ('word/styles.xml', styles), ('word/settings.xml', settings),
                 ('word/header1.xml', header), ('word/footer1.xml', footer), ('word/footnotes.xml', footnotes),
                 ('docProps/core.xml', core), ('docProps/app.xml', app)]:
        z.writestr(n, s)
dj = os.path.join(HERE, 'tichborne_data.json')
with open(dj, 'w', encoding='utf-8') as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
subprocess.run(['node', os.path.join(HERE, 'fill_docx.js'), tpl, dj, os.path.join(OUT, NAME + '.docx')], check=True)
write_gold(NAME, [HEADER, FOOTER])
