// Catalogue pages with pdfjs (rkusa). Usage: node halley_comet_1910.js content.json out.pdf
const path = require('path');
const { createRequire } = require('module');
const req = createRequire(path.join(__dirname, 'node', 'package.json'));
const pdf = req('pdfjs');
const fs = require('fs');
const d = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const L = '/usr/share/fonts/truetype/liberation/';
const F = (n) => new pdf.Font(fs.readFileSync(L + n + '.ttf'));
const serif = F('LiberationSerif-Regular'), serifI = F('LiberationSerif-Italic'), serifB = F('LiberationSerif-Bold');
const sans = F('LiberationSans-Regular'), sansB = F('LiberationSans-Bold');
const RED = 0x7a2e8c, GREY = 0x666666, BOX = 0xbbbbbb;
const doc = new pdf.Document({ font: serif, fontSize: 10.5, lineHeight: 1.35, padding: 56,
  properties: { title: d.title, author: 'Northfield Observatory Museum (hand-laid set 18)' } });
const MARGIN = 92;  // left margin column of the catalogue page

// running header and folio
const hdr = doc.header().table({ widths: [null], borderBottomWidth: 0.6, borderColor: RED });
hdr.row().cell(d.header, { font: sans, fontSize: 7.5, color: GREY, paddingBottom: 4, textAlign: 'right' });
// pdfjs only calls the formatter when its result depends on the page count, hence the (never used) 't >= 10' branch
doc.footer().pageNumber((cur, t) => String(40 + cur) + (t >= 10 ? ' ' : ''), { font: sansB, fontSize: 9, textAlign: 'center' });

doc.text(d.kicker.split('').join(' '), { font: sans, fontSize: 7.5, color: RED });
doc.text(d.title, { font: serifB, fontSize: 24, lineHeight: 1.15 });
doc.text(d.intro, { font: serif, fontSize: 12.5, color: 0x333333, lineHeight: 1.35 });
doc.cell({ paddingTop: 6, paddingBottom: 4 }).text(' ', { fontSize: 2 });

function heading(s) {
  const t = doc.table({ widths: [MARGIN, null], borderWidth: 0 });
  const r = t.row();
  r.cell(s.label, { font: sansB, fontSize: 15, color: RED, paddingTop: 10, paddingRight: 12, textAlign: 'right' });
  r.cell(s.title, { font: sansB, fontSize: 14, paddingTop: 11, paddingBottom: 3 });
}
function body(text, indent, mark) {
  const c = doc.cell({ paddingLeft: MARGIN, paddingBottom: 3 });
  const t = c.text({ textAlign: 'justify' });
  if (mark) {
    const k = text.indexOf(mark) + mark.length;
    t.add((indent ? '\u2003' : '') + text.slice(0, k));
    t.append('\u00b9', { fontSize: 7 });
    t.append(text.slice(k));
  } else t.add((indent ? '\u2003' : '') + text);
}
function caption(c, align) {
  return [c.position ? c.position + ': ' : '', c.text, c.credit];
}
const S = d.sections;
// §1: paragraph 1 broken by a row: caption (margin column, right-aligned) | grey picture
heading(S[0]);
{ const p = S[0].paras[0]; const k = p.indexOf(d.split) + d.split.length;
  body(p.slice(0, k), false);
  const t = doc.table({ widths: [MARGIN + 150, null], borderWidth: 0 }); const r = t.row();
  const cc = r.cell({ paddingRight: 10, paddingTop: 4, paddingBottom: 4 });
  const c = S[0].captions[0];
  const ct = cc.text({ font: sans, fontSize: 8, textAlign: 'right' });
  ct.add(c.position + ':', { font: sansB }).add(c.text);
  cc.text(c.credit, { font: sans, fontSize: 6.5, color: GREY, textAlign: 'right' });
  r.cell(' ', { backgroundColor: BOX, minHeight: 110, paddingTop: 4 });
  body(p.slice(k).trim(), false);
  body(S[0].paras[1], true);
}
// §2 with the footnote mark, the note in small type after the section
heading(S[1]);
body(S[1].paras[0], false, d.mark_after);
body(S[1].paras[1], true);
doc.cell({ paddingLeft: MARGIN, paddingTop: 4 }).text(d.footnote, { font: serif, fontSize: 7.5, color: GREY });
// pull quote repeating a sentence of §2
doc.cell({ paddingLeft: MARGIN + 30, paddingRight: 30, paddingTop: 12, paddingBottom: 12 })
   .text(d.pullquote, { font: serifI, fontSize: 17, color: RED, textAlign: 'center', lineHeight: 1.25 });
// §3
heading(S[2]);
S[2].paras.forEach((p, i) => body(p, i > 0));
// sidebar between §3 and §4
{ const sb = d.sidebar; const c = doc.cell({ paddingLeft: MARGIN, paddingTop: 14 });
  const box = c.cell({ backgroundColor: 0xece6f2, padding: 10 });
  box.text(sb.title, { font: sansB, fontSize: 12, color: RED });
  sb.paras.forEach((p) => box.text(p, { fontSize: 9.5, textAlign: 'justify' })); }
// §4: intro sentence and three object cards
heading(S[3]);
body(S[3].paras[0], false);
{ const t = doc.table({ widths: [MARGIN, null, null, null], borderWidth: 0 }); const r = t.row();
  r.cell(' ');
  S[3].captions.forEach((c, i) => {
    const cc = r.cell({ paddingLeft: 5, paddingRight: 5, paddingTop: 8 });
    cc.cell(' ', { backgroundColor: BOX, minHeight: 90 });
    cc.text(d.cards[i], { font: sansB, fontSize: 9, color: RED });
    cc.text(c.text, { font: sans, fontSize: 8 });
    cc.text(c.credit, { font: sans, fontSize: 6.5, color: GREY });
  }); }
doc.asBuffer().then((buf) => fs.writeFileSync(process.argv[3], buf));
