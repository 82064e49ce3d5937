// Cleopatra's Needle: A4 portrait, 2 pages, title on a coloured band in white, a narrow outer
// margin column of dates beside the paragraphs, caption block set inside a paragraph,
// paragraph crossing the page turn, footnote, tinted sidebar.
'use strict';
const L = require('./lib.js');
const C = require('./content.js').needle;
const OUT = process.argv[2];

const W = 595, H = 842;
const doc = L.newDoc(W, H);
const NAVY = [28, 52, 94], RED = [150, 30, 30], GREY = [90, 90, 90];
const body = L.font('serif', 10.5), bodyLead = 14.2;
const headF = L.font('serifB', 13.5), labF = L.font('sansB', 11);
const dateF = L.font('sansB', 8.5);
const runF = L.font('sans', 8), capF = L.font('sans', 8.5), capB = L.font('sansB', 8.5), credF = L.font('sansI', 7.5);
const BOTTOM = 760;

// page geometry: p1 is a recto (outer margin right), p2 a verso (outer margin left)
const geo = [
  { x: 62, w: 372, dx: 452 },
  { x: 163, w: 372, dx: 62 },
];
let pageNo = 0, g = null, y = 0, G = null;
const notesOnPage = {};

function furniture() {
  // running head and footer, drawn when the page is opened
  L.text(g, C.runLeft, runF, 62, 30, GREY);
  L.textRight(g, C.runRight, runF, 535, 30, GREY);
  L.rule(g, 62, 42, 535, 42, [160, 160, 160], 0.5);
  L.rule(g, 62, 800, 535, 800, [160, 160, 160], 0.5);
  const folio = String(pageNo);
  if (pageNo % 2 === 1) { L.text(g, C.footer, runF, 62, 806, GREY); L.textRight(g, folio, L.font('sansB', 9), 535, 805); }
  else { L.text(g, folio, L.font('sansB', 9), 62, 805); L.textRight(g, C.footer, runF, 535, 806, GREY); }
}
function openPage() {
  pageNo++; g = L.newPage(doc); G = geo[pageNo - 1]; y = 62; furniture();
}
function ensure(h) { if (y + h > BOTTOM) { finishPage(); openPage(); } }
function finishPage() {
  const n = notesOnPage[pageNo];
  if (n) {
    const nf = L.font('serif', 8);
    const lines = L.breakLines(n, nf, G.w, { hyphenate: false });
    let ny = 790 - lines.length * 10.5;
    L.rule(g, G.x, ny - 4, G.x + 80, ny - 4, [0, 0, 0], 0.5);
    L.drawLines(g, lines, nf, G.x, ny, 10.5);
  }
}

openPage();
// kicker, title band, intro
L.text(g, C.kicker, L.font('sansB', 8.5), 62, 58, RED);
L.box(g, 0, 74, W, 96, NAVY);
L.text(g, C.titleLines[0], L.font('serifB', 30), 62, 86, [255, 255, 255]);
L.text(g, C.titleLines[1], L.font('serifI', 21), 62, 126, [255, 255, 255]);
y = 186;
const introF = L.font('serifI', 12.5);
y = L.drawLines(g, L.breakLines(C.intro, introF, G.w), introF, G.x, y, 16.5) + 12;

function para(t, indent, date, noteMark) {
  let lines = L.breakLines(t + (noteMark || ''), body, G.w, { indent });
  let k = 0, first = true;
  while (k < lines.length) {
    ensure(bodyLead);
    if (first && date) L.text(g, date, dateF, G.dx, y + 1.5, NAVY);
    L.text(g, lines[k].text, body, G.x + (k === 0 ? indent : 0), y);
    y += bodyLead; k++; first = false;
  }
  if (noteMark) notesOnPage[pageNo] = C.note;
}

C.sections.forEach((s, si) => {
  ensure(bodyLead * 4);
  y += 6;
  L.text(g, s.label, labF, G.x, y + 1.5, RED);
  L.text(g, s.title, headF, G.x + 26, y);
  y += 21;
  s.paras.forEach((t, pi) => {
    const date = s.dates[pi];
    const mark = (si === 1 && pi === 1) ? '*' : '';
    if (si === 1 && pi === 0) {
      // first paragraph of II is broken by the picture and its caption after the 3rd line
      const lines = L.breakLines(t, body, G.w);
      lines.forEach((l, k) => {
        if (k === 3) {
          const ph = 168;
          ensure(ph + 10);
          y += 3;
          L.picture(g, G.x, y, 190, ph);
          const cx = G.x + 202, cw = G.w - 202;
          const capLines = L.breakLines('Left: ' + s.caption.text, capF, cw);
          let cy = y + 2;
          capLines.forEach((cl, ci) => {
            if (ci === 0) { L.text(g, 'Left:', capB, cx, cy); L.text(g, cl.text.slice(6), capF, cx + L.width('Left:', capB) + 3.5, cy); }
            else L.text(g, cl.text, capF, cx, cy);
            cy += 11.5;
          });
          L.drawLines(g, L.breakLines(s.caption.credit, credF, cw), credF, cx, cy + 2, 10, GREY);
          y += ph + 10;
        }
        ensure(bodyLead);
        if (k === 0) L.text(g, date, dateF, G.dx, y + 1.5, NAVY);
        L.text(g, l.text, body, G.x, y); y += bodyLead;
      });
    } else {
      para(t, pi === 0 ? 0 : 14, date, mark);
    }
    y += 3;
  });
});

// sidebar: tinted box
y += 14;
const sbF = L.font('sans', 9.5), sbLead = 13.2;
const sbLines = C.sidebar.paras.map(p => L.breakLines(p, sbF, G.w - 28));
const sbH = 40 + sbLines.reduce((a, l) => a + l.length * sbLead + 5, 0);
ensure(sbH);
L.box(g, G.x, y, G.w, sbH, [232, 226, 210]);
L.text(g, C.sidebar.title, L.font('sansB', 11.5), G.x + 14, y + 12, NAVY);
let sy = y + 34;
sbLines.forEach(ls => { sy = L.drawLines(g, ls, sbF, G.x + 14, sy, sbLead) + 5; });
y += sbH;
finishPage();

L.writePdf(doc, OUT + '/' + C.name + '.pdf');
L.writeGold(OUT, C, [C.runLeft, C.runRight, C.footer, '1', '2']);
console.log('needle pages', pageNo);
