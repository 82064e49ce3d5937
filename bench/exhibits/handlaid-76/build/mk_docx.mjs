// greathead_lifeboat_1790.docx: a skeleton package of placeholder paragraphs (styles, numbering, footer, picture)
// is filled by @ansonlai/docx-redline-js: every placeholder is replaced through applyOperationToDocumentXml with
// Markdown text (italic runs), one edit is applied as a tracked change, a comment is injected, a table is generated
// with generateTableOoxml and a bullet list comes from Markdown list generation.
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import JSZip from 'jszip';
import { DOMParser, XMLSerializer } from '@xmldom/xmldom';
import * as R from '@ansonlai/docx-redline-js';
import { applyOperationToDocumentXml } from '@ansonlai/docx-redline-js/services/standalone-operation-runner.js';

const B = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.dirname(B);
R.configureXmlProvider({ DOMParser, XMLSerializer });
R.configureLogger({ log: () => {}, warn: () => {}, error: console.error });
R.setDefaultAuthor('Exhibition Office');
const EX = JSON.parse(fs.readFileSync(path.join(B, 'texts.json'), 'utf8'));
const e = EX['greathead_lifeboat_1790'];
const S = e.sections;
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---- skeleton: placeholders P001… in styled paragraphs
const fills = [];   // [placeholder, markdown]
let n = 0;
function ph(style, md, extraPPr = '') {
  const id = 'PLACEHOLDER' + String(++n).padStart(3, '0');
  fills.push([id, md]);
  const st = style ? `<w:pStyle w:val="${style}"/>` : '';
  return `<w:p><w:pPr>${st}${extraPPr}</w:pPr><w:r><w:t>${id}</w:t></w:r></w:p>`;
}
const italics = t => t.replace(/\b(Original|Adventure|Tyne)\b(?=[ ,.])/g, '*$1*');
let body = '';
body += ph('Kicker', 'The Lifeboat Collection · Gallery 4');
body += ph('Title', e.title[0]);
body += ph('Subtitle', e.title[1]);
body += ph(null, italics(S[0][2][0][1]));
for (const si of [1, 2, 3]) {
  const [label, title, blocks] = S[si];
  // panel heading: Heading 2 + multilevel numbering (A., B., C.) — the letter exists only in numbering.xml
  body += ph('Heading2', title, '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="7"/></w:numPr>');
  const ps = blocks.filter(b => b[0] === 'p');
  ps.forEach((b, k) => {
    let t = b[1];
    if (si === 2 && k === 0) t = t.replace('about thirty feet long', 'about twenty-eight feet long'); // edited later as a tracked change
    body += ph(null, italics(t));
    if (si === 3 && k === 0) body += 'TABLEHERE';
  });
  const cap = blocks.find(b => b[0] === 'cap');
  if (cap) {
    body += `<w:p><w:pPr><w:pStyle w:val="Figure"/></w:pPr><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:extent cx="4572000" cy="2971800"/><wp:docPr id="1" name="Picture 1" descr="Half model (grey placeholder)"/><a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:nvPicPr><pic:cNvPr id="1" name="grey.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" r:embed="rIdImg"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="4572000" cy="2971800"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
    body += ph('Caption', `**${cap[2]}:** ${cap[1]}`);
    body += ph('Credit', cap[3]);
  }
  if (si === 2) {
    body += ph('Quote', '“We went out because the men on the wreck could not come in.”');
    body += ph('QuoteSource', '— Coxswain of the Original, as remembered in 1830');
  }
}
body += ph('ListHead', 'Boats on the Original’s pattern, a selection:');
body += ph(null, 'LISTHERE');
const [, stitle, sblocks] = S[4];
body += ph('SidebarTitle', stitle);
body += ph('Sidebar', sblocks[0][1]);
const sect = `<w:sectPr><w:footerReference xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" w:type="default" r:id="rIdFtr"/><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1304" w:right="1304" w:bottom="1304" w:left="1304" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>`;
let doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body}${sect}</w:body></w:document>`;

// ---- fill placeholders through the package
let numberingXml = null;
for (const [id, md] of fills) {
  if (md === 'LISTHERE') continue;
  const r = await applyOperationToDocumentXml(doc, { type: 'redline', target: id, modified: md }, 'Exhibition Office', null, { generateRedlines: false });
  if (!r.documentXml || r.status === 'error') throw new Error('fill failed ' + id + ' ' + JSON.stringify(r.error));
  doc = r.documentXml;
}
// bullet list from Markdown (list generation path)
{
  const id = fills.find(f => f[1] === 'LISTHERE')[0];
  const r = await applyOperationToDocumentXml(doc, { type: 'redline', target: id, modified: '- Sunderland, 1800\n- Whitby, 1802\n- Montrose, 1807' }, 'Exhibition Office', null, { generateRedlines: false });
  doc = r.documentXml; numberingXml = r.numberingXml || null;
}
// tracked change in panel B (accepted text = gold): whole paragraph as target, the package diffs word by word
{
  const gold = S[2][2][0][1];
  const orig = gold.replace('about thirty feet long', 'about twenty-eight feet long');
  const r = await applyOperationToDocumentXml(doc, { type: 'redline', target: orig, modified: gold }, 'Curator (R. Tait)', null, { generateRedlines: true });
  if (!r.documentXml) throw new Error('redline failed'); doc = r.documentXml;
}
// table between C-1 and C-2
const tbl = R.generateTableOoxml({ headers: ['Station', 'Year', 'Paid for by'], rows: [['Sunderland', '1800', 'Shipowners'], ['Whitby', '1802', 'Lloyd’s'], ['Montrose', '1807', 'Town council']], hasHeader: true });
doc = doc.replace('TABLEHERE', tbl);
// comment anchored in panel A
const paras = doc.split('<w:p').length - 1;
let cidx = 0; { const parts = doc.split(/(?=<w:p[ >])/); parts.forEach((p, i) => { if (!cidx && p.includes('Herd Sand')) cidx = i; }); }
const cres = R.injectCommentsIntoOoxml(doc, [{ paragraphIndex: cidx, textToFind: 'Herd Sand', commentContent: 'Check spelling against the 1789 newspaper report.' }], { author: 'Registrar' });
doc = cres.oxml;

// ---- package
const zip = new JSZip();
zip.file('[Content_Types].xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Default Extension="png" ContentType="image/png"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/><Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>`);
zip.file('_rels/.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`);
zip.file('word/_rels/document.xml.rels', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rIdSty" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rIdNum" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rIdFtr" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/><Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>`);
zip.file('word/media/image1.png', fs.readFileSync(path.join(B, 'grey.png')));
const sty = (id, name, ppr, rpr, based = 'Normal', extra = '') => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="${based}"/>${extra}<w:pPr>${ppr}</w:pPr><w:rPr>${rpr}</w:rPr></w:style>`;
zip.file('word/styles.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles xmlns:w="${W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="140" w:line="288" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`
  + sty('Kicker', 'Kicker', '', '<w:caps/><w:color w:val="8A1C1C"/><w:spacing w:val="20"/><w:sz w:val="16"/>')
  + sty('Title', 'Title', '<w:outlineLvl w:val="0"/><w:spacing w:after="0"/>', '<w:b/><w:sz w:val="56"/><w:color w:val="14304F"/>')
  + sty('Subtitle', 'Subtitle', '<w:spacing w:after="240"/>', '<w:i/><w:sz w:val="28"/><w:color w:val="555555"/>')
  + sty('Heading2', 'heading 2', '<w:keepNext/><w:outlineLvl w:val="1"/><w:spacing w:before="360" w:after="120"/>', '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="30"/><w:color w:val="14304F"/>')
  + sty('Figure', 'Figure', '<w:jc w:val="center"/><w:keepNext/>', '')
  + sty('Caption', 'caption', '<w:spacing w:after="0"/>', '<w:i/><w:sz w:val="18"/>')
  + sty('Credit', 'Credit line', '<w:jc w:val="right"/>', '<w:sz w:val="16"/><w:color w:val="666666"/>')
  + sty('Quote', 'Quote', '<w:ind w:left="720" w:right="720"/><w:spacing w:before="240" w:after="60"/>', '<w:i/><w:sz w:val="32"/><w:color w:val="8A1C1C"/>')
  + sty('QuoteSource', 'Quote source', '<w:jc w:val="right"/><w:ind w:right="720"/><w:spacing w:after="240"/>', '<w:sz w:val="18"/>')
  + sty('ListHead', 'List heading', '<w:spacing w:before="240"/>', '<w:b/><w:sz w:val="20"/>')
  + sty('SidebarTitle', 'Sidebar title', '<w:shd w:val="clear" w:color="auto" w:fill="EFE6CF"/><w:spacing w:before="360" w:after="0"/><w:keepNext/>', '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:b/><w:sz w:val="24"/>')
  + sty('Sidebar', 'Sidebar text', '<w:shd w:val="clear" w:color="auto" w:fill="EFE6CF"/>', '<w:rFonts w:ascii="Arial" w:hAnsi="Arial"/><w:sz w:val="20"/>')
  + sty('Footer', 'footer', '<w:tabs><w:tab w:val="right" w:pos="9298"/></w:tabs>', '<w:sz w:val="16"/>')
  + `</w:styles>`);
// numbering: abstract 20 = panel letters "A." (Heading 2); the package's own list numbering is merged after it
let numbering = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering xmlns:w="${W}"><w:abstractNum w:abstractNumId="20"><w:multiLevelType w:val="multilevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:pStyle w:val="Heading2"/><w:lvlText w:val="%1."/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="567" w:hanging="567"/></w:pPr></w:lvl></w:abstractNum><w:num w:numId="7"><w:abstractNumId w:val="20"/></w:num></w:numbering>`;
zip.file('word/numbering.xml', numbering);
if (numberingXml) await R.ensureNumberingArtifactsInZip(zip, numberingXml);
{ // the merge keeps only the package's list definitions: put the panel-letter numbering (abstract 20, num 7) back
  let nx = await zip.file('word/numbering.xml').async('string');
  if (!nx.includes('w:numId="7"')) {
    const abs = numbering.match(/<w:abstractNum w:abstractNumId="20">.*?<\/w:abstractNum>/s)[0];
    const num = numbering.match(/<w:num w:numId="7">.*?<\/w:num>/s)[0];
    const i = nx.search(/<w:num\b/);
    nx = nx.slice(0, i) + abs + nx.slice(i);
    nx = nx.replace('</w:numbering>', num + '</w:numbering>');
    zip.file('word/numbering.xml', nx);
  }
}
if (cres.commentsXml) await R.ensureCommentsArtifactsInZip(zip, cres.commentsXml);
zip.file('word/footer1.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr xmlns:w="${W}"><w:p><w:pPr><w:pStyle w:val="Footer"/></w:pPr><w:r><w:t xml:space="preserve">${esc(e.running[0])}</w:t></w:r><w:r><w:tab/></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>`);
zip.file('docProps/core.xml', `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>${esc(e.title.join(' '))}</dc:title><dc:creator>Tyne Mouth Maritime Rooms</dc:creator><cp:lastModifiedBy>@ansonlai/docx-redline-js 0.1.6 (mk_docx.mjs, set 76)</cp:lastModifiedBy></cp:coreProperties>`);
zip.file('word/document.xml', doc);
try { const v = await R.validateDocxPackage(zip); if (v && v.ok === false) console.error('validate:', JSON.stringify(v).slice(0, 400)); } catch (err) { console.error('validate threw', err.message); }
fs.writeFileSync(path.join(OUT, 'greathead_lifeboat_1790.docx'), await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
console.log('docx ok; comment applied:', cres.commentsApplied, 'numbering from list:', !!numberingXml);
