// Builds mallard_record_1938.docx with docxmlater 10.1.0 from content exported by content.py (mallard.json).
import { Document, Paragraph, Run, Header, Footer } from 'docxmlater';
import fs from 'node:fs';
const e = JSON.parse(fs.readFileSync('mallard.json', 'utf8'));
const doc = Document.create();
const hdr = Header.createDefault(); hdr.createParagraph(e.running[0]);
const ftr = Footer.createDefault(); ftr.createParagraph(e.running[1]);
doc.setHeader(hdr); doc.setFooter(ftr);
const cellP = (c) => { const p = new Paragraph(); c.addParagraph(p); return p; };
const P = (t, f) => { const p = doc.createParagraph(); if (t) p.addText(t, f || {}); return p; };
P(e.kicker, { bold: true, fontSize: 9, color: '7A1F1F' });
// title: one paragraph, two runs with a line break between them
const t = doc.createParagraph(); t.setStyle('Heading1');
t.addRun(new Run(e.title[0], { bold: true })); t.addRun(Run.createFromContent([{ type: 'break' }]));
t.addRun(new Run(e.title[1], { bold: true }));
P(e.intro, { italic: true, fontSize: 12 });
const mark = (p, text) => {          // '^1^' -> superscript run glued to the word
  const parts = text.split(/\^([^^]*)\^/);
  parts.forEach((s, i) => { if (s) p.addRun(new Run(s, i % 2 ? { superscript: true } : {})); });
};
e.sections.forEach((s, si) => {
  P(s.label, { bold: true, fontSize: 9, color: '777777' });
  const h = doc.createParagraph(); h.setStyle('Heading2'); h.addText(s.title);
  s.paras.forEach((text, pi) => {
    const p = doc.createParagraph(); p.setAlignment('justify');
    if (si === 2 && pi === 1) {       // a page break run mid-sentence
      const k = text.indexOf(' had to limp');
      p.addText(text.slice(0, k)); { const r = new Run(''); r.addBreak('page'); p.addRun(r); }
      p.addText(text.slice(k));
    } else mark(p, text);
    if (si === 1 && pi === 0) {       // borderless two-cell table between 2-1 and 2-2: picture cell + caption cell
      const tb = doc.createTable(1, 2);
      const c0 = tb.getRow(0).getCell(0); c0.setShading({ fill: 'BFBFBF' });
      for (let k = 0; k < 6; k++) cellP(c0).addText(' ');
      const c1 = tb.getRow(0).getCell(1); const cp = cellP(c1);
      cp.addText(s.caption.pos + ': ', { bold: true }); cp.addText(s.caption.text, { italic: true });
      cellP(c1).addText(s.caption.credit, { fontSize: 8, color: '666666' });
    }
  });
  if (si === 3) {                     // inline grey picture stand-in, Above caption and credit
    const pic = doc.createParagraph(); pic.setShading({ fill: 'BFBFBF', val: 'clear' }); pic.addText(' ');
    const cp = doc.createParagraph(); cp.addText('Above: ', { bold: true }); cp.addText(s.caption.text, { italic: true });
    P(s.caption.credit, { fontSize: 8, color: '666666' });
  }
  if (si === 1) {                     // the sidebar: a one-cell shaded table between Milepost 2 and 3
    const sb = doc.createTable(1, 1); const c = sb.getRow(0).getCell(0); c.setShading({ fill: 'EDE6D6' });
    cellP(c).addText(e.sidebar.title, { bold: true });
    e.sidebar.paras.forEach(x => cellP(c).addText(x));
  }
  if (si === 2) { const q = P(e.pull, { italic: true, bold: true, fontSize: 14 }); q.setAlignment('center'); }
});
const tt = P(e.table[0], { bold: true });
const tb = doc.createTable(e.table[1].length, 2);
e.table[1].forEach(([a, b], i) => { cellP(tb.getRow(i).getCell(0)).addText(a, { bold: true });
  cellP(tb.getRow(i).getCell(1)).addText(b); });
P(e.note[1], { fontSize: 8 });
await doc.save('../mallard_record_1938.docx');
doc.dispose();
