// pdfmake 0.2 gallery guide. Reads chicago_fire_1871_content.json (written by ex1_chicago_fire.py).
const { createRequire } = require('module');
const req = createRequire(__dirname + '/node/package.json');
const PdfPrinter = req('pdfmake');
const { hyphenateSync } = req('hyphen/en-us');
const fs = require('fs');
const C = JSON.parse(fs.readFileSync(__dirname + '/chicago_fire_1871_content.json', 'utf8'));
const F = '/usr/share/fonts/truetype/liberation2/';
const printer = new PdfPrinter({
  Serif: { normal: F + 'LiberationSerif-Regular.ttf', bold: F + 'LiberationSerif-Bold.ttf', italics: F + 'LiberationSerif-Italic.ttf', bolditalics: F + 'LiberationSerif-BoldItalic.ttf' },
  Sans: { normal: F + 'LiberationSans-Regular.ttf', bold: F + 'LiberationSans-Bold.ttf', italics: F + 'LiberationSans-Italic.ttf', bolditalics: F + 'LiberationSans-BoldItalic.ttf' },
});
const hy = (t) => t; // pdfmake prints U+00AD as a word gap, so no hyphenation here
const para = (t, first) => ({ text: hy(t), style: 'body', leadingIndent: first ? 0 : 14 });
const img = (f) => C.img + '/' + f;
const cap = (c, extra) => ({ stack: [
  { text: [{ text: c.position + ': ', bold: true }, c.text], style: 'caption' },
  { text: c.credit, style: 'credit' }], ...(extra || {}) });
const content = [];
content.push({ text: C.kicker, style: 'kicker' });
content.push({ text: C.title_lines.join('\n'), style: 'title' });
content.push({ text: C.intro, style: 'intro' });
content.push({ canvas: [{ type: 'line', x1: 0, y1: 0, x2: 483, y2: 0, lineWidth: 2, lineColor: '#8a2a0a' }], margin: [0, 4, 0, 10] });
C.sections.forEach((s, i) => {
  const body = [{ text: s.title, style: 'h2' }];
  if (i === 0) {
    // paragraph 2 is interrupted by the picture with its caption beside it
    body.push(para(s.paras[0], true));
    const words = s.paras[1].split(' ');
    const cut = 18;
    body.push({ text: hy(words.slice(0, cut).join(' ')), style: 'body', leadingIndent: 14 });
    body.push({ columns: [{ image: img('chicago_street.png'), width: 150 }, cap(s.captions[0], { width: '*', margin: [10, 30, 0, 0] })], columnGap: 0, margin: [0, 4, 0, 6] });
    body.push({ text: hy(words.slice(cut).join(' ')), style: 'body' });
  } else if (i === 2) {
    body.push(para(s.paras[0], true));
    body.push({ columns: [cap(s.captions[0], { width: 150, margin: [0, 40, 10, 0], alignment: 'right' }), { image: img('chicago_tower.png'), width: 120 }], margin: [0, 4, 0, 6], unbreakable: true });
    s.paras.slice(1).forEach((p) => body.push(para(p, false)));
  } else {
    s.paras.forEach((p, k) => body.push(para(p, k === 0)));
    if (i === 1) body.push({ text: C.pullquote, style: 'pull' });
    if (i === 3) {
      body.push({ image: img('chicago_tents.png'), width: 380, margin: [0, 8, 0, 3] });
      body.push(cap(s.captions[0]));
    }
  }
  content.push({ columns: [{ text: s.label, style: 'label', width: 60 }, { stack: body, width: '*' }], columnGap: 14, margin: [0, 6, 0, 4] });
});
content.push({ table: { widths: ['*'], body: [[{ stack: [{ text: C.sidebar[0], style: 'sidehead' }, ...C.sidebar[1].map((p) => ({ text: p, style: 'side' }))], fillColor: '#efe6dc', margin: [10, 8, 10, 8] }]] }, layout: 'noBorders', margin: [74, 10, 40, 0] });

const doc = {
  pageSize: 'A4', pageMargins: [56, 64, 56, 60],
  info: { title: C.title, author: 'Lakeshore Historical Society', creator: 'pdfmake' },
  header: (page) => page === 1 ? null : { columns: [{ text: C.header[0] }, { text: C.header[1], alignment: 'right', italics: true }], style: 'run', margin: [56, 30, 56, 0] },
  footer: (page, pages) => ({ columns: [{ text: C.footer }, { text: 'Page ' + page + ' of ' + pages, alignment: 'right' }], style: 'run', margin: [56, 20, 56, 0] }),
  content,
  defaultStyle: { font: 'Serif', fontSize: 10.5, lineHeight: 1.2 },
  styles: {
    kicker: { font: 'Sans', fontSize: 8, bold: true, color: '#8a2a0a', characterSpacing: 1.5, margin: [0, 0, 0, 6] },
    title: { font: 'Sans', fontSize: 26, bold: true, lineHeight: 1.05, margin: [0, 0, 0, 8] },
    intro: { fontSize: 12.5, italics: true, margin: [0, 0, 0, 4] },
    label: { font: 'Sans', fontSize: 9, bold: true, color: '#8a2a0a', margin: [0, 4, 0, 0] },
    h2: { font: 'Sans', fontSize: 14, bold: true, margin: [0, 0, 0, 4] },
    body: { alignment: 'justify' },
    caption: { font: 'Sans', fontSize: 8.5, lineHeight: 1.15 },
    credit: { font: 'Sans', fontSize: 7, color: '#555555', margin: [0, 2, 0, 0] },
    pull: { fontSize: 15, italics: true, color: '#8a2a0a', alignment: 'center', margin: [20, 10, 20, 10] },
    sidehead: { font: 'Sans', fontSize: 11, bold: true, margin: [0, 0, 0, 3] },
    side: { font: 'Sans', fontSize: 9.5 },
    run: { font: 'Sans', fontSize: 8, color: '#444444' },
  },
};
const pdf = printer.createPdfKitDocument(doc);
pdf.pipe(fs.createWriteStream(C.out));
pdf.end();
