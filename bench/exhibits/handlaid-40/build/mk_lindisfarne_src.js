// Lindisfarne: the SOURCE PDF (Syncfusion ej2-pdf) that pdf2docx converts into the DOCX exhibit.
// A4, 2 pages, label line above each heading, a picture with its "Left:" caption beside it,
// a paragraph crossing the page turn, a tinted sidebar, running head and footer with folios.
'use strict';
const L = require('./lib.js');
const C = require('./content.js').lindisfarne;
const OUT = process.argv[2]; // path of the source pdf

const W = 595, H = 842, X0 = 72, CW = 451;
const doc = L.newDoc(W, H);
const INK = [30, 30, 30], TEAL = [20, 95, 105], GREY = [100, 100, 100];
const body = L.font('serif', 11.5), lead = 15.8;
let g, page = 0, y = 0;
const BOTTOM = 770;
function openPage() {
  page++; g = L.newPage(doc);
  L.text(g, C.runHead, L.font('sansI', 8.5), X0, 34, GREY);
  L.rule(g, X0, 47, X0 + CW, 47, [170, 170, 170], 0.5);
  L.text(g, C.footer, L.font('sans', 8.5), X0, 800, GREY);
  L.textRight(g, String(page), L.font('sansB', 9.5), X0 + CW, 799, INK);
  y = 66;
}
function need(h) { if (y + h > BOTTOM) openPage(); }

openPage();
L.text(g, C.kicker, L.font('sansB', 8.5), X0, 70, TEAL);
L.text(g, C.titleLines[0], L.font('serifB', 26), X0, 88, INK);
L.text(g, C.titleLines[1], L.font('serifI', 19), X0, 122, TEAL);
const introF = L.font('sansB', 11);
y = L.drawLines(g, L.breakLines(C.intro, introF, CW), introF, X0, 160, 15.5, INK) + 16;

C.sections.forEach((s, si) => {
  need(lead * 5);
  y += 8;
  L.text(g, s.label.toUpperCase(), L.font('sansB', 8.5), X0, y, TEAL);
  y += 13;
  L.text(g, s.title, L.font('serifB', 15), X0, y, INK);
  y += 24;
  s.paras.forEach((p, pi) => {
    const ls = L.breakLines(p, body, CW, { indent: pi ? 18 : 0 });
    ls.forEach((l, k) => { need(lead); L.text(g, l.text, body, X0 + (k === 0 && pi ? 18 : 0), y, INK); y += lead; });
    if (s.caption && pi === 0) {
      const ph = 200, pw = 230;
      need(ph + 14);
      y += 8;
      L.picture(g, X0, y, pw, ph);
      const cx = X0 + pw + 16, cw = CW - pw - 16;
      const cf = L.font('sans', 9), cb = L.font('sansB', 9), kf = L.font('sansI', 8);
      L.text(g, 'Left:', cb, cx, y + 2, INK);
      let cy = L.drawLines(g, L.breakLines(s.caption.text, cf, cw), cf, cx, y + 16, 12, INK);
      L.drawLines(g, L.breakLines(s.caption.credit, kf, cw), kf, cx, cy + 4, 11, GREY);
      y += ph + 10;
    }
  });
});

// sidebar
const sf = L.font('sans', 10), sl = 13.6;
const sls = C.sidebar.paras.map(p => L.breakLines(p, sf, CW - 30));
const sh = 44 + sls.reduce((a, l) => a + l.length * sl + 6, 0);
need(sh + 16);
y += 14;
L.box(g, X0, y, CW, sh, [226, 238, 238]);
L.text(g, C.sidebar.title, L.font('sansB', 12.5), X0 + 15, y + 13, TEAL);
let sy = y + 38;
sls.forEach(l => { sy = L.drawLines(g, l, sf, X0 + 15, sy, sl, INK) + 6; });

L.writePdf(doc, OUT);
console.log('lindisfarne source pages', page);
