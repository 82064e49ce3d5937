// DOCX of set 78 made with @eigenpal/docx-js-editor's headless document model and createDocx.
import * as H from '@eigenpal/docx-js-editor/headless';
import fs from 'fs';
const T = JSON.parse(fs.readFileSync('texts.json', 'utf8'))['phips_treasure_1687'];
const F = { fontFamily: { ascii: 'Georgia', hAnsi: 'Georgia' }, fontSize: 22 };
const run = (text, fmt = {}) => ({ type: 'run', formatting: { ...F, ...fmt }, content: [{ type: 'text', text }] });
const para = (runs, fmt = {}) => ({ type: 'paragraph', formatting: { spaceAfter: 160, lineSpacing: 276, ...fmt }, content: runs });
const cell = (content, fmt = {}) => ({ type: 'tableCell', formatting: { width: { value: 9000, type: 'dxa' }, ...fmt }, content });
const table1 = (content, cellFmt = {}) => ({ type: 'table', formatting: { width: { value: 9000, type: 'dxa' } }, columnWidths: [9000], rows: [{ type: 'tableRow', cells: [cell(content, cellFmt)] }] });
const info = { id: 901, author: 'Registrar (M. Quayle)', date: '2025-02-11T10:00:00Z' };
const doc = H.createEmptyDocument();
const body = doc.package.document;
const C = [];
// cover page
C.push(para([run('TREASURE HUNTERS · GALLERY 3', { bold: true, color: { rgb: '8A1C1C' }, fontSize: 18 })]));
C.push(para([run(T.title_lines[0], { fontSize: 56, bold: true })], { styleId: 'Title', spaceBefore: 2400 }));
C.push(para([run(T.title_lines[1], { fontSize: 30, italic: true, color: { rgb: '555555' } })], { styleId: 'Subtitle' }));
C.push(para([run('With loans from private collections in Bristol and the Tidewater Salvage Museum study store', { fontSize: 18, color: { rgb: '555555' } })], { spaceBefore: 1200 }));
C.push(para([{ type: 'run', content: [{ type: 'break', breakType: 'page' }] }]));
C.push(para([run(T.intro, { fontSize: 26 })]));
const secs = T.sections;
secs.forEach((sec, si) => {
  const [lab, title, blocks] = sec;
  // heading: a plain bold body paragraph, label in the text; the title split into runs mid-word
  const cut = Math.floor(title.length / 2);
  C.push(para([run(lab + '. ', { bold: true }), run(title.slice(0, cut), { bold: true }), run(title.slice(cut), { bold: true, color: { rgb: '1F3A5F' } })], { spaceBefore: 360, keepNext: true }));
  blocks.forEach((b, k) => {
    if (b[0] === 'p') {
      let t = b[1];
      if (t.startsWith('For weeks they brought up')) {
        const [pre, post] = t.split('more than two hundred thousand pounds');
        C.push(para([run(pre),
          { type: 'deletion', info, content: [run('a fortune in pieces of eight')] },
          { type: 'insertion', info: { ...info, id: 902 }, content: [run('more than two hundred thousand pounds')] },
          run(post)]));
      } else if (t.includes('Ambrosia')) {
        C.push(para([run(t)]));
      } else {
        // one mid-word run split with different formatting (same visible text)
        const w = t.indexOf(' ', 20);
        C.push(para([run(t.slice(0, w - 3)), run(t.slice(w - 3, w), { color: { rgb: '000001' } }), run(t.slice(w))]));
      }
    } else {
      // picture stand-in: grey shaded one-cell table; caption in a one-cell table under it
      C.push(table1([para([run(' ')], { spaceBefore: 2400 })], { shading: { pattern: 'clear', fill: { rgb: 'BBBBBB' } } }));
      C.push(table1([para([run(b[1], { italic: true, fontSize: 18 })], { spaceAfter: 0 }), para([run(b[3], { fontSize: 16, color: { rgb: '666666' } })], { alignment: 'right', spaceAfter: 0 })]));
      C.push(para([run('Curator’s note: check the assay weights before the label goes to print.', { hidden: true, fontSize: 16 })]));
    }
  });
  if (si === 1) {
    C.push(para([run('“A wreck is a mine that needs no digging, only breath and patience.”', { italic: true, fontSize: 28 })], { indentLeft: 720, indentRight: 720, spaceBefore: 240 }));
    C.push(para([run('— from a London broadsheet, 1688', { fontSize: 18 })], { alignment: 'right' }));
  }
});
const sh = { pattern: 'clear', fill: { rgb: 'E6ECF2' } };
C.push(para([run(T.sidebar[0], { bold: true })], { shading: sh, spaceBefore: 360, spaceAfter: 0 }));
C.push(para([run(T.sidebar[1], { fontSize: 20 })], { shading: sh }));
body.content = C;
// footer with the running line
body.finalSectionProperties = { ...body.finalSectionProperties, pageWidth: 11906, pageHeight: 16838, titlePg: true,
  footerReferences: [{ type: 'default', rId: 'rId90' }] };
doc.package.footers = new Map([['rId90', { type: 'footer', hdrFtrType: 'default', content: [para([run(T.running[0], { fontSize: 16, color: { rgb: '666666' } })], { alignment: 'center' })] }]]);
doc.package.relationships = doc.package.relationships || new Map();
doc.package.relationships.set('rId90', { id: 'rId90', type: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer', target: 'footer1.xml' });
doc.package.properties = { title: T.title_lines.join(' '), creator: 'mk_docx.mjs phips_treasure_1687 (set 78)' };
const buf = await H.createDocx(doc);
fs.writeFileSync('../phips_treasure_1687.docx', Buffer.from(buf));
console.log('docx', buf.byteLength);
