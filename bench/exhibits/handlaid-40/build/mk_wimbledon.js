// Wimbledon: A4 catalogue entry, 2 pages, two columns, a big entry number beside a two-line title,
// caption block between paragraphs, pull quote in a column, a table with label cells, a footnote
// set across both columns at the foot of page 1, a paragraph broken at a column foot.
'use strict';
const L = require('./lib.js');
const C = require('./content.js').wimbledon;
const OUT = process.argv[2];

const W = 482, H = 680, M = 42, GUT = 18, CW = (W - 2 * M - GUT) / 2;
const doc = L.newDoc(W, H);
const GREEN = [34, 90, 50], PURPLE = [84, 40, 110], INK = [25, 25, 25], GREY = [100, 100, 100];
const body = L.font('serif', 9.2), lead = 12.2;
let g, page = 0, frames = [], fi = 0, y = 0;

function openPage(firstTop) {
  page++; g = L.newPage(doc);
  const folio = String(26 + page);
  const rf = L.font('sans', 8);
  if (page % 2 === 1) { L.text(g, C.runLeft, rf, M, 28, GREY); L.textRight(g, folio, L.font('sansB', 9), W - M, 27); }
  else { L.text(g, folio, L.font('sansB', 9), M, 27); L.textRight(g, C.runRight, rf, W - M, 28, GREY); }
  L.rule(g, M, 40, W - M, 40, GREY, 0.4);
  L.rule(g, M, 650, W - M, 650, GREY, 0.4);
  L.text(g, 'Old Sheen Museum of Sport', L.font('sans', 7), page % 2 === 1 ? M : W - M - L.width('Old Sheen Museum of Sport', L.font('sans', 7)), 655, GREY);
  const bottom = page === 1 ? 598 : 636;
  frames = [{ x: M, top: firstTop, bottom }, { x: M + CW + GUT, top: firstTop, bottom }];
  fi = 0; y = firstTop;
}
function need(h) {
  if (y + h > frames[fi].bottom) {
    if (fi === 0) { fi = 1; y = frames[1].top; } else { openPage(56); }
  }
}
const X = () => frames[fi].x;

// ---- page 1 top: kicker, entry number, title, intro (full width)
openPage(0);
L.text(g, C.kicker, L.font('sansB', 8.5), M, 52, PURPLE);
L.box(g, M, 70, 56, 62, PURPLE);
L.textCenter(g, C.entryNo, L.font('serifB', 48), M + 28, 75, [255, 255, 255]);
L.text(g, C.titleLines[0], L.font('serifB', 23), M + 70, 72, INK);
L.text(g, C.titleLines[1], L.font('serifB', 23), M + 70, 100, INK);
const introF = L.font('serifI', 11);
let iy = L.drawLines(g, L.breakLines(C.intro, introF, W - 2 * M), introF, M, 144, 14.5, INK);
L.rule(g, M, iy + 6, W - M, iy + 6, GREEN, 1);
frames[0].top = frames[1].top = iy + 20; y = iy + 20;

function heading(s) {
  need(lead * 4);
  if (y > frames[fi].top) y += 7;
  L.text(g, s.label, L.font('sansB', 12), X(), y, GREEN);
  const hf = L.font('sansB', 11.5);
  L.text(g, s.title, hf, X() + 16, y + 0.5, INK);
  y += 19;
}
function para(t, indent) {
  const lines = L.breakLines(t, body, CW, { indent });
  lines.forEach((l, k) => { need(lead); L.text(g, l.text, body, X() + (k === 0 ? indent : 0), y, INK); y += lead; });
}
function captionBlock(c) {
  const ph = 96;
  const cf = L.font('sans', 8.5), cb = L.font('sansB', 8.5), kf = L.font('sansI', 7.5);
  const cl = L.breakLines('Above: ' + c.text, cf, CW);
  const kl = L.breakLines(c.credit, kf, CW);
  need(ph + cl.length * 11 + kl.length * 10 + 16);
  y += 4; L.picture(g, X(), y, CW, ph); y += ph + 5;
  cl.forEach((l, k) => {
    if (k === 0) { L.text(g, 'Above:', cb, X(), y, INK); L.text(g, l.text.slice(7), cf, X() + L.width('Above:', cb) + 3.5, y, INK); }
    else L.text(g, l.text, cf, X(), y, INK);
    y += 11;
  });
  y = L.drawLines(g, kl, kf, X(), y + 1, 10, GREY) + 8;
}
function pullQuote(q) {
  const qf = L.font('serifI', 13.5);
  const ql = L.breakLines(q, qf, CW - 10, { hyphenate: false });
  const h = ql.length * 17 + 22;
  need(h);
  y += 6; L.rule(g, X(), y, X() + CW, y, PURPLE, 1.5);
  L.drawLines(g, ql, qf, X() + 5, y + 9, 17, PURPLE);
  y += h - 6; L.rule(g, X(), y - 4, X() + CW, y - 4, PURPLE, 1.5); y += 8;
}
function table(t) {
  const rh = 15, h = 24 + t.rows.length * rh + 10;
  need(h);
  y += 4;
  L.text(g, t.title, L.font('sansB', 9.5), X(), y, GREEN); y += 15;
  t.rows.forEach((r, i) => {
    if (i % 2 === 0) L.box(g, X(), y - 3, CW, rh, [234, 240, 232]);
    L.text(g, r[0], L.font('sansB', 8.5), X() + 5, y + 1, INK);
    L.text(g, r[1], L.font('sans', 8.5), X() + 92, y + 1, INK);
    L.rule(g, X() + 86, y - 3, X() + 86, y - 3 + rh, [190, 190, 190], 0.4);
    y += rh;
  });
  y += 10;
}
function sidebar(sb) {
  const sf = L.font('sans', 9), sl = 12.4;
  const ls = sb.paras.map(p => L.breakLines(p, sf, CW - 20));
  const h = 36 + ls.reduce((a, l) => a + l.length * sl + 4, 0);
  need(h);
  y += 6;
  L.box(g, X(), y, CW, h, [238, 232, 244]);
  L.text(g, sb.title, L.font('sansB', 10.5), X() + 10, y + 10, PURPLE);
  let sy = y + 30; ls.forEach(l => { sy = L.drawLines(g, l, sf, X() + 10, sy, sl, INK) + 4; });
  y += h + 6;
}

const [A, B, Cc] = C.sections;
heading(A); para(A.paras[0], 0); captionBlock(A.caption); para(A.paras[1], 12);
heading(B); para(B.paras[0] + '¹', 0); para(B.paras[1], 12);
table(C.table);
heading(Cc); Cc.paras.forEach((p, i) => { if (i === 2) pullQuote(C.pullQuote); para(p, i ? 12 : 0); });
sidebar(C.sidebar);
const endPage = page;

// footnote across both columns at the foot of page 1 (drawn last, on page 1's graphics)
const p1g = doc.getPage(0).graphics;
{
  const nf = L.font('serif', 8);
  const nl = L.breakLines(C.note, nf, W - 2 * M, { hyphenate: false });
  const nf2 = nf;
  // page 1 is not rotated: draw directly
  let ny = 612;
  L.rule(p1g, M, ny - 5, M + 120, ny - 5, INK, 0.5);
  L.drawLines(p1g, nl, nf, M, ny, 10.5, INK);
}

L.writePdf(doc, OUT + '/' + C.name + '.pdf');
L.writeGold(OUT, C, [C.runLeft, 'Old Sheen Museum of Sport', C.runRight, '27', '28']);
console.log('wimbledon pages', endPage);
