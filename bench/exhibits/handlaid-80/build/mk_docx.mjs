// DOCX written by @habibrosyad/docx-extractor's DocxBuilder from a document model I construct by hand.
import { DocxBuilder } from '@habibrosyad/docx-extractor';
import { createCanvas } from '@napi-rs/canvas';
import fs from 'fs';
import { EXHIBITS } from './texts.mjs';

const name = 'beaufort_scale_1805', ex = EXHIBITS[name];
const P = (runs, o = {}) => ({ runs: typeof runs === 'string' ? [{ text: runs }] : runs, isEmpty: false, ...o });
const paragraphs = [], tables = [], body = [];
const addP = (p) => { paragraphs.push(p); body.push({ type: 'paragraph', data: p }); };
const addT = (t) => { tables.push(t); body.push({ type: 'table', data: t }); };

// split every body paragraph into runs with a formatting change inside one word
function splitRuns(text, k) {
  const words = text.split(' ');
  const wi = Math.min(k, words.length - 1);
  let i = 0; for (let j = 0; j < wi; j++) i += words[j].length + 1;
  const cut = i + Math.max(2, Math.floor(words[wi].length / 2));
  return [{ text: text.slice(0, cut) }, { text: text.slice(cut, cut + 6), formatting: { color: '1F1F1F' } }, { text: text.slice(cut + 6) }];
}

const styles = new Map([
  ['Normal', { name: 'Normal', type: 'paragraph', isDefault: true, qFormat: true, runFormatting: { fontFamily: 'Georgia', fontSize: 11 }, spacing: { after: 8, line: 14, lineRule: 'atLeast' } }],
  ['Title', { name: 'Title', type: 'paragraph', basedOn: 'Normal', next: 'Normal', qFormat: true, outlineLevel: undefined, runFormatting: { fontFamily: 'Georgia', fontSize: 30, bold: true, color: '1D3557' }, spacing: { after: 2 } }],
  ['Subtitle', { name: 'Subtitle', type: 'paragraph', basedOn: 'Normal', next: 'Normal', qFormat: true, runFormatting: { fontFamily: 'Georgia', fontSize: 16, italic: true, color: '1D3557' }, spacing: { after: 14 } }],
  ['Caption', { name: 'caption', type: 'paragraph', basedOn: 'Normal', next: 'Normal', qFormat: true, runFormatting: { fontSize: 9.5, italic: true, color: '333333' }, spacing: { before: 10, after: 4 } }],
  ['CreditLine', { name: 'Credit Line', type: 'paragraph', basedOn: 'Normal', runFormatting: { fontSize: 8, color: '666666' }, alignment: 'right', spacing: { after: 12 } }],
  ['Intro', { name: 'Intro', type: 'paragraph', basedOn: 'Normal', runFormatting: { fontSize: 13, italic: true }, spacing: { after: 16 } }],
  ['GalleryQuote', { name: 'Gallery Quote', type: 'paragraph', basedOn: 'Normal', runFormatting: { fontSize: 14, italic: true, color: 'A4161A' }, indentation: { left: 36, right: 36 }, spacing: { before: 12, after: 2 } }],
]);

// cover lines
addP(P([{ text: 'SALTWICK SEA AND SKY MUSEUM · GALLERY OF THE WIND', formatting: { fontSize: 8.5, bold: true, color: 'A4161A' } }]));
addP(P([{ text: 'From Calm ' }, { text: 'to Hurricane' }], { styleName: 'Title' }));
addP(P(ex.titleLines[1], { styleName: 'Subtitle' }));
addP(P(ex.intro, { styleName: 'Intro' }));

function headingTable(label, title) {
  addT({ columnWidths: [34, 396], rows: [{ cells: [
    { width: 34, backgroundColor: '1D3557', verticalAlign: 'center', content: [P([{ text: label, formatting: { bold: true, color: 'FFFFFF', fontSize: 14 } }], { alignment: 'center', spacing: { before: 2, after: 2 } })] },
    { width: 396, backgroundColor: 'DCE6F0', verticalAlign: 'center', content: [P([{ text: title, formatting: { bold: true, color: '1D3557', fontSize: 13 } }], { spacing: { before: 2, after: 2 } })] },
  ] }] });
}

ex.sections.forEach((s, si) => {
  headingTable(s.label, s.title);
  s.paras.forEach((t, i) => {
    addP(P(splitRuns(t, 3 + i * 2), { alignment: 'justify', indentation: i ? { firstLine: 14 } : undefined }));
    if (s.label === 'B' && i === 1) { // Admiralty wording table: not gold
      const cell = (t, hdr) => ({ width: hdr === 'w' ? 250 : 90, backgroundColor: hdr === true ? 'BBBBBB' : undefined, content: [P([{ text: t, formatting: { fontSize: 9, bold: hdr === true } }], { spacing: { after: 0 } })] });
      addT({ columnWidths: [60, 120, 250], rows: [
        { cells: [cell('Force', true), cell('Name in the 1838 order', true), { ...cell('What a man-of-war could carry', true), width: 250 }] },
        { cells: [cell('0'), cell('Calm'), { ...cell('—'), width: 250 }] },
        { cells: [cell('4'), cell('Moderate breeze'), { ...cell('all sail, 5–6 knots in smooth water'), width: 250 }] },
        { cells: [cell('10'), cell('Whole gale'), { ...cell('close-reefed main topsail and reefed foresail'), width: 250 }] },
        { cells: [cell('12'), cell('Hurricane'), { ...cell('no canvas could stand it'), width: 250 }] },
      ] });
    }
  });
  if (s.caption) { // caption ABOVE the picture, credit in a separate smaller paragraph
    addP(P(s.caption.text, { styleName: 'Caption' }));
    const png = createCanvas(360, 220); const c = png.getContext('2d'); c.fillStyle = '#b4b4b4'; c.fillRect(0, 0, 360, 220);
    addP(P([{ image: { src: 'card.png', data: png.toBuffer('image/png').toString('base64'), contentType: 'image/png', width: 270, height: 165 } }]));
    addP(P(s.caption.credit, { styleName: 'CreditLine' }));
  }
  if (si === 1) {
    addP(P('“Force ten, and the topsail close-reefed: nobody aboard needed the number explained.”', { styleName: 'GalleryQuote' }));
    addP(P([{ text: '— Note left by a visitor, 2019', formatting: { fontSize: 9, color: '555555' } }], { alignment: 'right', spacing: { after: 14 } }));
  }
});

// sidebar: one shaded cell
addT({ columnWidths: [430], rows: [{ cells: [{ width: 430, backgroundColor: 'F1EAD8', margins: { top: 6, bottom: 6, left: 8, right: 8 }, content: [
  P([{ text: ex.sidebar.title, formatting: { bold: true, fontSize: 12, color: 'A4161A' } }], { spacing: { after: 4 } }),
  ...ex.sidebar.paras.map(t => P([{ text: t, formatting: { fontSize: 10 } }], { spacing: { after: 2 } })),
] }] }] });
addP(P([{ text: 'Object numbers refer to the gallery list at the entrance. Large-print copies of this text are available at the desk.', formatting: { fontSize: 8, color: '777777' } }], { spacing: { before: 10 } }));

const doc = { paragraphs, tables, body, styles, defaults: { fontFamily: 'Georgia', fontSize: 11 }, paragraphDefaults: { spacing: { after: 8 } } };
const buf = await new DocxBuilder().build(doc);
fs.writeFileSync(`../${name}.docx`, buf);
console.log('docx written', buf.length);
