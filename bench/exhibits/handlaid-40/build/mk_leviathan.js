// Birr Leviathan: A4 bi-fold leaflet whose pages are portrait A4 with /Rotate 90 (the content is
// drawn in landscape through a transform). Sheet 1 (outside): back panel left, cover right.
// Sheet 2 (inside): panels 2 and 3, a paragraph running across the fold mid-sentence.
'use strict';
const L = require('./lib.js');
const C = require('./content.js').leviathan;
const OUT = process.argv[2];

const doc = L.newDoc(595, 842, true); // displayed as 842 x 595
const PW = 421, PM = 38, CW = PW - 2 * PM;
const GREEN = [24, 74, 56], INK = [30, 30, 30], GREY = [100, 100, 100];
const body = L.font('serif', 10.5), lead = 14.2;

// ---------- sheet 1: back panel (left) then cover (right)
let g = L.newPage(doc);
{
  const x = PM;
  L.box(g, x, 60, CW, 10, GREEN);
  L.text(g, C.sidebar.title, L.font('sansB', 15), x, 84, GREEN);
  const sf = L.font('sans', 10), sl = 14;
  let y = 110;
  C.sidebar.paras.forEach(p => { y = L.drawLines(g, L.breakLines(p, sf, CW), sf, x, y, sl, INK) + 7; });
  // back-panel small print (not gold)
  y = 470;
  const small = L.font('sans', 8.5);
  ['Birr Demesne Trust', 'Castle Street, Birr', 'Open daily from 10 am · Last entry 4.30 pm', 'birrdemesne.example'].forEach(t => { L.text(g, t, small, x, y, GREY); y += 12; });
  L.text(g, 'Printed on recycled paper. Please return this leaflet if you do not wish to keep it.', L.font('sansI', 7.5), x, 540, GREY);
}
{
  const x = PW + PM;
  L.box(g, PW, 0, PW, 595, [236, 240, 232]);
  L.text(g, C.kicker, L.font('sansB', 8.5), x, 44, GREEN);
  L.text(g, C.titleLines[0], L.font('serifB', 30), x, 64, INK);
  L.text(g, C.titleLines[1], L.font('serifB', 30), x, 98, INK);
  L.text(g, C.titleLines[2], L.font('serifI', 17), x, 138, GREEN);
  const introF = L.font('serifI', 11.5);
  const y = L.drawLines(g, L.breakLines(C.intro, introF, CW), introF, x, 172, 15.5, INK);
  L.picture(g, x, y + 16, CW, 595 - 50 - (y + 16));
}

// ---------- sheet 2: inside panels, text flowing from panel 2 into panel 3
g = L.newPage(doc);
const frames = [{ x: PM, top: 44, bottom: 548 }, { x: PW + PM, top: 44, bottom: 548 }];
let fi = 0, y = frames[0].top;
function furniture() {
  const f = L.font('sans', 7.5);
  L.text(g, C.footer, f, PM, 566, GREY); L.textRight(g, '2', L.font('sansB', 8.5), PW - PM, 565, GREY);
  L.text(g, C.footer, f, PW + PM, 566, GREY); L.textRight(g, '3', L.font('sansB', 8.5), 2 * PW - PM, 565, GREY);
  L.rule(g, PW, 20, PW, 575, [210, 210, 210], 0.4); // the fold
}
furniture();
function need(h) { if (y + h > frames[fi].bottom) { fi++; y = frames[fi].top; } }
function fx() { return frames[fi].x; }

C.sections.forEach((s, si) => {
  need(lead * 3);
  if (y > frames[fi].top) y += 8;
  L.box(g, fx(), y, 20, 20, GREEN);
  L.textCenter(g, s.label, L.font('sansB', 12), fx() + 10, y + 3.5, [255, 255, 255]);
  L.text(g, s.title, L.font('sansB', 13), fx() + 28, y + 2.5, INK);
  y += 28;
  s.paras.forEach((p, pi) => {
    const lines = L.breakLines(p, body, CW, { indent: pi ? 14 : 0 });
    lines.forEach((l, k) => {
      need(lead);
      L.text(g, l.text, body, fx() + (k === 0 && pi ? 14 : 0), y, INK); y += lead;
    });
    if (si === 0 && pi === 0) {
      // picture at the right of the column, its "Right:" caption to the left of it
      const ph = 190, pw = 180;
      need(ph + 12);
      y += 6;
      L.picture(g, fx() + CW - pw, y, pw, ph);
      const cw = CW - pw - 14, cf = L.font('sans', 8.5), cb = L.font('sansB', 8.5);
      const cl = L.breakLines('Right: ' + s.caption.text, cf, cw, { hyphenate: false });
      let cy = y + ph - (cl.length * 11 + 24);
      cl.forEach((l, k) => {
        if (k === 0) { L.text(g, 'Right:', cb, fx(), cy, INK); L.text(g, l.text.slice(7), cf, fx() + L.width('Right:', cb) + 3.5, cy, INK); }
        else L.text(g, l.text, cf, fx(), cy, INK);
        cy += 11;
      });
      L.drawLines(g, L.breakLines(s.caption.credit, L.font('sansI', 7.5), cw), L.font('sansI', 7.5), fx(), cy + 2, 10, GREY);
      y += ph + 10;
    }
  });
});

// trail map box at the foot of panel 3 (no caption)
L.picture(g, PW + PM, 340, CW, 190);
L.text(g, 'Trail map · stops 1 to 9', L.font('sansB', 9), PW + PM + 10, 350, [60, 60, 60]);
L.writePdf(doc, OUT + '/' + C.name + '.pdf');
L.writeGold(OUT, C, [C.footer, '2', '3']);
console.log('leviathan ok; last frame', fi, 'y', y);
