// DOCX with officegen. Usage: node gunpowder_plot_1605.js content.json out.docx
const path = require('path');
const { createRequire } = require('module');
const req = createRequire(path.join(__dirname, 'node', 'package.json'));
const officegen = req('officegen');
const fs = require('fs');
const d = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));

const W = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
function pstyle(id, name, ppr, rpr, opts = {}) {
  return `<w:style w:type="paragraph"${opts.def ? ' w:default="1"' : ''} w:styleId="${id}"><w:name w:val="${name}"/>` +
    (opts.based ? `<w:basedOn w:val="${opts.based}"/>` : '') + (opts.next ? `<w:next w:val="${opts.next}"/>` : '') +
    (opts.outline !== undefined ? `<w:qFormat/>` : '') +
    `<w:pPr>${ppr}${opts.outline !== undefined ? `<w:outlineLvl w:val="${opts.outline}"/>` : ''}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
}
const serif = '<w:rFonts w:ascii="Georgia" w:hAnsi="Georgia" w:cs="Georgia"/>';
const sans = '<w:rFonts w:ascii="Arial" w:hAnsi="Arial" w:cs="Arial"/>';
const styleXML = `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr>${serif}<w:sz w:val="21"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>` +
  `<w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
  pstyle('Normal', 'Normal', '', '', { def: 1 }) +
  pstyle('GalleryKicker', 'Gallery Kicker', '<w:spacing w:after="60"/>', sans + '<w:caps/><w:spacing w:val="30"/><w:color w:val="7A1F1F"/><w:sz w:val="16"/>', { based: 'Normal', next: 'PanelTitle' }) +
  pstyle('PanelTitle', 'Panel Title', '<w:spacing w:after="160" w:line="240" w:lineRule="auto"/>', sans + '<w:b/><w:sz w:val="52"/>', { based: 'Normal', next: 'Standfirst', outline: 0 }) +
  pstyle('Standfirst', 'Standfirst', '<w:pBdr><w:bottom w:val="single" w:sz="8" w:space="6" w:color="7A1F1F"/></w:pBdr><w:spacing w:after="240"/>', '<w:i/><w:sz w:val="26"/>', { based: 'Normal' }) +
  pstyle('DisplayLabel', 'Display Label', '<w:keepNext/><w:spacing w:before="280" w:after="0"/>', sans + '<w:b/><w:smallCaps/><w:color w:val="7A1F1F"/><w:sz w:val="18"/>', { based: 'Normal', next: 'DisplayHeading' }) +
  pstyle('DisplayHeading', 'Display Heading', '<w:keepNext/><w:spacing w:after="100"/>', sans + '<w:b/><w:sz w:val="30"/>', { based: 'Normal', next: 'BodyFirst', outline: 1 }) +
  pstyle('BodyFirst', 'Body First', '<w:jc w:val="both"/><w:spacing w:after="40"/>', '', { based: 'Normal', next: 'BodyMore' }) +
  pstyle('BodyMore', 'Body More', '<w:ind w:firstLine="284"/><w:jc w:val="both"/><w:spacing w:after="40"/>', '', { based: 'Normal' }) +
  pstyle('ObjectCaption', 'Object Caption', '<w:spacing w:before="80" w:after="0"/>', sans + '<w:sz w:val="16"/>', { based: 'Normal', next: 'ObjectCredit' }) +
  pstyle('ObjectCredit', 'Object Credit', '<w:spacing w:after="60"/>', sans + '<w:color w:val="777777"/><w:sz w:val="13"/>', { based: 'Normal' }) +
  pstyle('Picture', 'Picture', '<w:spacing w:before="60" w:after="120"/>', '', { based: 'Normal' }) +
  pstyle('TableHeading', 'Table Heading', '<w:keepNext/><w:spacing w:before="320" w:after="80"/>', sans + '<w:b/><w:sz w:val="22"/>', { based: 'Normal' }) +
  pstyle('Header', 'header', '<w:tabs><w:tab w:val="right" w:pos="9026"/></w:tabs>', sans + '<w:color w:val="666666"/><w:sz w:val="16"/>', { based: 'Normal' }) +
  pstyle('Footer', 'footer', '<w:tabs><w:tab w:val="right" w:pos="9026"/></w:tabs>', sans + '<w:color w:val="666666"/><w:sz w:val="16"/>', { based: 'Normal' }) +
  `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
  `</w:styles>`;

const docx = officegen({ type: 'docx', styleXML, pageSize: 'A4', title: d.title, creator: 'Westgate Museum of London Politics (hand-laid set 18)',
  pageMargins: { top: 1300, right: 1300, bottom: 1300, left: 1300 } });
docx.on('error', (e) => { console.error(e); process.exit(1); });
function P(style, text, opts) { const p = docx.createP(); p.setStyle(style); if (text !== undefined) p.addText(text, opts); return p; }

const h = docx.getHeader().createP(); h.setStyle('Header'); h.addText(d.header);
const f = docx.getFooter().createP(); f.setStyle('Footer'); f.addText(d.footer); f.addText('\t');
f.data.push({ fieldObj: 'PAGE', options: {} });   // officegen's field support (w:fldSimple), no cached result

P('GalleryKicker', d.kicker);
const t = P('PanelTitle', d.title_lines[0]); t.addLineBreak(); t.addText(d.title_lines[1]);
P('Standfirst', d.intro);

const S = d.sections; const sb = d.sidebar;
function heading(s) { P('DisplayLabel', s.label); P('DisplayHeading', s.title); }
function paras(ps) { ps.forEach((p, i) => P(i ? 'BodyMore' : 'BodyFirst', p)); }
function sidebar() {  // one-cell shaded table used as a sidebar box
  docx.createTable([[{ val: [sb.title].concat(sb.paras), opts: { cellColWidth: 9000, shd: { fill: 'F1E9DA' }, sz: 19, fontFamily: 'Georgia' } }]],
    { tableColWidth: 9000, tableColor: '000000', tableSize: 19, tableAlign: 'left', borders: false, spacingBefor: 120, spacingAfter: 120 });
}
heading(S[0]); paras(S[0].paras);
// Display 2: P1, then the sidebar box, then P2, then a layout table: caption + credit (left) | grey box (right)
heading(S[1]); P('BodyFirst', S[1].paras[0]);
P('BodyFirst', '');
sidebar();
P('BodyFirst', '');
P('BodyMore', S[1].paras[1]);
{ const c = S[1].captions[0];
  docx.createTable([[{ val: [c.position + ': ' + c.text, c.credit], opts: { cellColWidth: 3600, align: 'right', sz: 16, fontFamily: 'Arial', vAlign: 'bottom' } },
                     { val: ['\u00a0', '\u00a0', '\u00a0', '\u00a0', '\u00a0', '\u00a0', '\u00a0'], opts: { cellColWidth: 3000, shd: { fill: 'BBBBBB' } } }]],
    { tableColWidth: 3300, tableColor: '000000', tableSize: 16, tableAlign: 'right', borders: false, columns: [{ width: 3600 }, { width: 3000 }] }); }
heading(S[2]); paras(S[2].paras);
// Display 4: P1, caption ("Below:") and credit before the picture, the picture, P2
heading(S[3]); P('BodyFirst', S[3].paras[0]);
{ const c = S[3].captions[0];
  const cp = P('ObjectCaption'); cp.addText(c.position + ':', { bold: true }); cp.addText(' ' + c.text);
  P('ObjectCredit', c.credit);
  const ip = P('Picture'); ip.addImage(d.img_guy, { cx: 300, cy: 183 }); }
P('BodyMore', S[3].paras[1]);
// data table, not in the gold
P('TableHeading', d.table_title);
docx.createTable(d.table.map((r, i) => r.map((v) => (i === 0 ? { val: v, opts: { b: true, shd: { fill: 'DDDDDD' }, cellColWidth: 3000 } } : v))),
  { tableColWidth: 4500, tableColor: '000000', tableSize: 18, tableAlign: 'left', borders: true, borderSize: 4, columns: [{ width: 3000 }, { width: 6000 }] });

const out = fs.createWriteStream(process.argv[3]);
out.on('close', () => console.log('written'));
docx.generate(out);
