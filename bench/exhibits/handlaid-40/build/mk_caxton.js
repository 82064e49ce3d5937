// Caxton: A3 portrait wall panel, three columns whose headings sit at the BOTTOM (text above,
// set to end on the heading), a highlighted box quote that breaks a paragraph mid-sentence,
// numbered pictures keyed in a caption key at the foot, a sidebar box at the head of column 3.
'use strict';
const L = require('./lib.js');
const C = require('./content.js').caxton;
const OUT = process.argv[2];

const W = 842, H = 1191;
const doc = L.newDoc(W, H);
const g = L.newPage(doc);
const INK = [40, 30, 25], RED = [168, 36, 28], OCHRE = [246, 226, 160], GREY = [95, 95, 95];
const M = 50, GUT = 24, CW = (W - 2 * M - 2 * GUT) / 3;
const colX = [M, M + CW + GUT, M + 2 * (CW + GUT)];
const body = L.font('serif', 13.5), lead = 18.6;
const HEAD_Y = 968; // baseline band of the headings at the foot of the columns

// kicker, title, intro
L.text(g, C.kicker, L.font('sansB', 11), M, 46, RED);
L.text(g, C.titleLines[0], L.font('serifB', 40), M, 64, INK);
L.text(g, C.titleLines[1], L.font('serifI', 29), M, 112, INK);
const introF = L.font('serifI', 15);
let y = L.drawLines(g, L.breakLines(C.intro, introF, W - 2 * M), introF, M, 160, 20) + 4;
L.rule(g, M, y + 6, W - M, y + 6, INK, 1.2);
const TOP = y + 24;

function numberDisc(x, y, n) {
  L.box(g, x, y, 24, 24, [30, 30, 30]);
  L.textCenter(g, n, L.font('sansB', 14), x + 12, y + 4.5, [255, 255, 255]);
}

// lay out a column's paragraphs; returns array of {kind, ...} items with heights
function colLines(paras) {
  const items = [];
  paras.forEach((p, i) => {
    items.push({ lines: L.breakLines(p, body, CW, { indent: i ? 16 : 0 }), indent: i ? 16 : 0 });
  });
  return items;
}
function drawItems(items, x, y) {
  for (const it of items) {
    if (it.box) { y = it.draw(x, y); continue; }
    y = L.drawLines(g, it.lines, body, x, y, lead, INK, it.indent);
    y += 2;
  }
  return y;
}
function itemsHeight(items) {
  return items.reduce((a, it) => a + (it.box ? it.h : it.lines.length * lead + 2), 0);
}
function heading(s, x) {
  L.rule(g, x, HEAD_Y - 10, x + CW, HEAD_Y - 10, INK, 0.8);
  L.box(g, x, HEAD_Y, 26, 26, RED);
  L.textCenter(g, s.label, L.font('sansB', 16), x + 13, HEAD_Y + 4, [255, 255, 255]);
  const hf = L.font('serifB', 17.5);
  const hl = L.breakLines(s.title, hf, CW - 36, { hyphenate: false });
  L.drawLines(g, hl, hf, x + 36, HEAD_Y + 3, 20, INK);
  L.rule(g, x, HEAD_Y + 34 + (hl.length - 1) * 20, x + CW, HEAD_Y + 34 + (hl.length - 1) * 20, INK, 2.2);
}

// Column A: picture 1 on top, text ending on the heading
{
  const s = C.sections[0], x = colX[0];
  L.picture(g, x, TOP, CW, 250); numberDisc(x + 8, TOP + 8, s.key.n);
  const items = colLines(s.paras);
  drawItems(items, x, HEAD_Y - 18 - itemsHeight(items));
  heading(s, x);
}
// Column B: picture 2, then B-1, B-2 broken by the box quote
{
  const s = C.sections[1], x = colX[1];
  L.picture(g, x, TOP, CW, 150); numberDisc(x + 8, TOP + 8, s.key.n);
  const p2 = s.paras[1];
  const cut = p2.indexOf(C.breakAfter) + C.breakAfter.length;
  const before = p2.slice(0, cut), after = p2.slice(cut).trim();
  const qf = L.font('sansB', 15), ql = L.breakLines(C.boxQuote, qf, CW - 28, { hyphenate: false });
  const qh = ql.length * 19 + 26;
  const items = [
    { lines: L.breakLines(s.paras[0], body, CW), indent: 0 },
    { lines: L.breakLines(before, body, CW, { indent: 16 }), indent: 16 },
    { box: true, h: qh + 14, draw: (bx, by) => {
      by += 5; L.box(g, bx, by, CW, qh, OCHRE); L.rule(g, bx, by, bx, by + qh, RED, 4);
      L.drawLines(g, ql, qf, bx + 16, by + 13, 19, [120, 40, 20]); return by + qh + 9; } },
    { lines: L.breakLines(after, body, CW), indent: 0 },
  ];
  drawItems(items, x, HEAD_Y - 18 - itemsHeight(items));
  heading(s, x);
}
// Column C: sidebar box at the head, text ending on the heading
{
  const s = C.sections[2], x = colX[2];
  const sf = L.font('sans', 11.5), sl = 15.5;
  const sls = C.sidebar.paras.map(p => L.breakLines(p, sf, CW - 24));
  const sh = 44 + sls.reduce((a, l) => a + l.length * sl + 6, 0);
  L.box(g, x, TOP, CW, sh, [226, 232, 236]);
  L.text(g, C.sidebar.title, L.font('sansB', 13), x + 12, TOP + 13, [20, 60, 90]);
  let sy = TOP + 38;
  sls.forEach(l => { sy = L.drawLines(g, l, sf, x + 12, sy, sl, INK) + 6; });
  const items = colLines(s.paras);
  drawItems(items, x, HEAD_Y - 18 - itemsHeight(items));
  heading(s, x);
}

// the picture key at the foot
let ky = 1052;
L.text(g, 'Pictured', L.font('sansB', 10), M, ky, GREY);
ky += 17;
const kf = L.font('sans', 10), kc = L.font('sansI', 9);
const keyW = (W - 2 * M - GUT) / 2;
C.sections.filter(s => s.key).forEach((s, i) => {
  const kx = M + i * (keyW + GUT);
  numberDisc(kx, ky - 2, s.key.n);
  const kl = L.breakLines(s.key.text, kf, keyW - 34);
  let yy = L.drawLines(g, kl, kf, kx + 34, ky, 13, INK);
  L.drawLines(g, L.breakLines(s.key.credit, kc, keyW - 34), kc, kx + 34, yy + 1, 12, GREY);
});

// footer
L.rule(g, M, 1140, W - M, 1140, GREY, 0.5);
L.text(g, C.footer, L.font('sans', 9), M, 1148, GREY);
L.textRight(g, C.folio, L.font('sansB', 9), W - M, 1148, GREY);

L.writePdf(doc, OUT + '/' + C.name + '.pdf');
L.writeGold(OUT, C, [C.footer, C.folio]);
console.log('caxton ok, TOP', TOP);
