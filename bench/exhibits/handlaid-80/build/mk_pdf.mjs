// Four PDFs drawn with @napi-rs/canvas PDFDocument; every line placed by engine.mjs.
import { Doc, Flow, Para, measure, LOG } from './engine.mjs';
import { EXHIBITS } from './texts.mjs';
import fs from 'fs';

const OUT = '..';
const ink = '#1b1b1b';
function meta(name, title) {
  return { title, author: 'Exhibits set 80 (hand-laid)', creator: `mk_pdf.mjs ${name} (set 80)` };
}
function withMark(text, after, mark) { // add a note mark after a given word (first occurrence)
  const i = text.indexOf(after); if (i < 0) throw new Error('mark ' + after);
  return text.slice(0, i + after.length) + '^' + mark + text.slice(i + after.length);
}
function boxHeight(text, font, size, lead, w) { const p = new Para(text, font, size); let n = 0; while (!p.done()) { p.next(w); n++; } return n * lead; }

// ---------------------------------------------------------------- 1 Torricelli: A3 portrait
function torricelli() {
  const name = 'torricelli_barometer_1643', ex = EXHIBITS[name];
  const d = new Doc(meta(name, ex.titleLines.join(' ')));
  const W = 842, H = 1191; d.page(W, H);
  LOG.push('== ' + name);
  // dark strip on the left edge
  d.rect(0, 0, 118, H, '#22364f');
  d.text('GALLERY 2 · MEASURING THE SKY', 150, 70, 'sansB', 12, '#b5462f');
  // title written vertically, reading bottom to top
  d.rotated(ex.titleLines[0], 66, 1130, -Math.PI / 2, 'sansB', 50, '#ffffff');
  d.rotated(ex.titleLines[1], 100, 1130, -Math.PI / 2, 'serifI', 26, '#e9c46a');
  let y = d.block(ex.intro, 150, 150, 650, 'serif', 18.5, 25, ink, false);
  d.line(150, y - 6, 800, y - 6, '#b5462f', 1.5);
  const top = y + 18, bottom = 925;
  const body = { font: 'serif', size: 14.2, lead: 19, color: ink, indent: 0, after: 7 };
  const head = { font: 'sansB', size: 15, lead: 19, color: '#22364f', before: 10, after: 5 };
  const cols = [{ x: 150, w: 310, top, bottom }, { x: 490, w: 310, top, bottom }];
  const hooks = {
    1: (f, c) => { // pull quote opens column 2, written on entering it
      let yy = c.top + 6;
      d.line(c.x, yy - 4, c.x + 60, yy - 4, '#b5462f', 2);
      yy = d.block('“Above the silver stood a space that held nothing at all, and for twenty years Europe argued about it.”', c.x, yy + 18, c.w, 'serifI', 17, 22, '#b5462f', false);
      // picture at the left, caption set beside it on the right
      const cap = ex.sections[1].caption, py = yy + 8;
      d.rect(c.x, py, 132, 130, '#b9b9b9');
      let cy = d.block('Left: ' + cap.text, c.x + 144, py + 12, c.w - 144, 'sansI', 11, 14, '#333333', false);
      cy = d.block(cap.credit, c.x + 144, cy + 2, c.w - 144, 'sans', 9, 11.5, '#777777', false);
      return Math.max(py + 138, cy) + 10;
    },
  };
  const f = new Flow(d, cols, hooks);
  for (const s of ex.sections) {
    f.ensure(head.lead * 4);
    f.y += f.y !== f.col.top ? head.before : 0;
    const by = f.y + head.size * 0.8;
    d.rect(f.col.x, by - 15, 21, 20, '#2a9d8f');
    d.text(s.label, f.col.x + 10.5, by, 'sansB', 15, '#ffffff', 'center');
    d.text(s.title, f.col.x + 30, by, 'sansB', 15, '#22364f');
    f.y += head.lead + head.after;
    s.paras.forEach((p, i) => {
      const o = {};
      f.para(p, body, `${s.label}-${i + 1}`, o);
    });
  }
  // sidebar band across both columns
  const sb = ex.sidebar;
  const sy = 950;
  d.rect(150, sy, 650, 108, '#e8eef3');
  d.text(sb.title, 166, sy + 26, 'sansB', 15, '#22364f');
  d.block(sb.paras[0], 166, sy + 48, 618, 'serif', 12.6, 16.6, ink, true);
  // running footer with panel number
  d.line(150, 1140, 800, 1140, '#999999', 0.6);
  d.text(ex.running[0], 150, 1158, 'sans', 10, '#555555');
  d.text(ex.running[1], 800, 1158, 'sansB', 10, '#555555', 'right');
  d.save(`${OUT}/${name}.pdf`);
}

// ---------------------------------------------------------------- 2 Howard: A4 catalogue pages 38-39
function howard() {
  const name = 'howard_clouds_1802', ex = EXHIBITS[name];
  const d = new Doc(meta(name, ex.titleLines.join(' ')));
  const W = 595, H = 842;
  LOG.push('== ' + name);
  const body = { font: 'serif', size: 11.6, lead: 15.2, color: ink, indent: 14, after: 0 };
  const head = { font: 'serifB', size: 12, lead: 15, color: '#8a2d1f' };
  const noteSt = ['serif', 8, 10];
  const notes = {
    0: '1 Howard remained a member of the Society of Friends all his life and also wrote on religious subjects.',
    1: '2 In the essay nimbus is the only name that Howard describes as a compound of all three families.',
    2: '3 The first atlas was drawn up by an international committee and printed in Paris with coloured plates.',
  };
  const colBottom = (i) => 800 - (notes[i] ? boxHeight(notes[i], ...noteSt, 235) + 10 : 0);
  const drawNote = (i, c) => { if (!notes[i]) return; const h = boxHeight(notes[i], ...noteSt, 235); const ny = 800 - h + 8; d.line(c.x, ny - 10, c.x + 50, ny - 10, '#777', 0.5); d.block(notes[i], c.x, ny, 235, noteSt[0], noteSt[1], noteSt[2], '#333333', false); };
  const page38 = () => {
    d.page(W, H);
    d.text('38', 50, 40, 'serifB', 10, '#555');
    d.text('Reading the Sky', 72, 40, 'serifI', 10, '#555');
    d.line(50, 48, 545, 48, '#999', 0.5);
  };
  const page39 = () => {
    d.page(W, H);
    d.text('Luke Howard and the Names of Clouds', 523, 40, 'serifI', 10, '#555', 'right');
    d.text('39', 545, 40, 'serifB', 10, '#555', 'right');
    d.line(50, 48, 545, 48, '#999', 0.5);
  };
  page38();
  d.text('ESSAY 3', 50, 84, 'sansB', 9.5, '#8a2d1f');
  d.text(ex.titleLines[0], 50, 118, 'serifB', 28, ink);
  d.text(ex.titleLines[1], 50, 148, 'serifB', 28, ink);
  d.text('Imogen Tarrant', 50, 172, 'sans', 10, '#666');
  let y = d.block(ex.intro, 50, 204, 495, 'serifI', 14.5, 19, ink, false);
  d.rect(50, y + 2, 495, 120, '#c9c9c9');
  const top1 = y + 136;
  const cap = EXHIBITS[name].sections[1].caption;
  const cols = [
    { x: 50, w: 235, top: top1, bottom: colBottom(0) },
    { x: 310, w: 235, top: top1, bottom: colBottom(1) },
    { x: 50, w: 235, top: 64, bottom: colBottom(2), page: page39 },
    { x: 310, w: 235, top: 64, bottom: 800 },
  ];
  const hooks = {
    0: (f, c) => { drawNote(0, c); },
    1: (f, c) => { drawNote(1, c); },
    2: (f, c) => { // figure band across both columns at the top of p. 39, then note 3
      d.rect(50, 64, 495, 200, '#bdbdbd');
      d.text(cap.text, 50, 280, 'serifI', 10, '#222');
      d.text(cap.credit, 545, 293, 'sans', 8.5, '#666', 'right');
      drawNote(2, c);
      f.cols[3].top = 312; return 312;
    },
  };
  const f = new Flow(d, cols, hooks);
  ex.sections.forEach((s, si) => {
    f.ensure(head.lead * 4);
    if (f.y !== f.col.top) f.y += 9;
    const by = f.y + head.size * 0.8;
    d.text(s.label, f.col.x, by, 'serifB', 12, '#8a2d1f');
    d.text(s.title, f.col.x + 24, by, 'serifB', 12, '#8a2d1f');
    f.y += head.lead + 3;
    s.paras.forEach((p, i) => {
      let t = p, o = { noIndent: i === 0 };
      if (si === 0 && i === 0) t = withMark(t, 'Quaker', '1');
      if (si === 1 && i === 1) t = withMark(t, 'falls.', '2');
      if (si === 2 && i === 2) t = withMark(t, 'forecasters.', '3');
      if (si === 0 && i === 0) { // two-line drop capital
        const by2 = f.y + body.size * 0.8 + body.lead;
        d.text(t[0], f.col.x, by2, 'serifB', 30, '#8a2d1f');
        t = t.slice(1); o.dropLines = 2; o.dropIndent = measure('L', 'serifB', 30) + 3;
      }
      f.para(t, body, `${s.label}-${i + 1}`, o);
    });
  });
  // sidebar box at the end of p. 39, column 2
  const sb = ex.sidebar;
  const h = boxHeight(sb.paras[0], 'sans', 9.5, 12.5, 215) + 40;
  f.ensure(h + 10);
  const sy = f.y + 12;
  d.rect(f.col.x, sy, 235, h, '#efe7da');
  d.text(sb.title, f.col.x + 10, sy + 20, 'sansB', 11, '#8a2d1f');
  d.block(sb.paras[0], f.col.x + 10, sy + 36, 215, 'sans', 9.5, 12.5, ink, false);
  d.save(`${OUT}/${name}.pdf`);
}

// ---------------------------------------------------------------- 3 FitzRoy: tri-fold leaflet, A4 landscape
function fitzroy() {
  const name = 'fitzroy_storm_warnings_1861', ex = EXHIBITS[name];
  const d = new Doc(meta(name, ex.titleLines.join(' ')));
  const W = 842, H = 595, P = W / 3;
  LOG.push('== ' + name);
  const navy = '#1d3557', red = '#c1121f';
  const body = { font: 'serif', size: 10.8, lead: 14, color: ink, indent: 0, after: 5 };
  // ---- outside: flap (sidebar), back (museum + colophon), cover — printed left to right
  d.page(W, H);
  let x0 = 22, w0 = P - 44;
  d.rect(x0 - 8, 40, w0 + 16, 300, '#e6edf5');
  d.text(ex.sidebar.title, x0, 66, 'sansB', 15, navy);
  let y = d.block(ex.sidebar.paras[0], x0, 88, w0, 'serif', 10.2, 13, ink, false);
  // legend of signals: drawn shapes and short keys, not prose
  const tri = (cx, cy, up) => { const c = d.ctx; c.fillStyle = '#222'; c.beginPath(); if (up) { c.moveTo(cx, cy - 12); c.lineTo(cx - 10, cy + 8); c.lineTo(cx + 10, cy + 8); } else { c.moveTo(cx, cy + 8); c.lineTo(cx - 10, cy - 12); c.lineTo(cx + 10, cy - 12); } c.closePath(); c.fill(); };
  y += 14; tri(x0 + 12, y, true); d.text('North cone: gale from a northerly point', x0 + 32, y + 4, 'sans', 9, '#222');
  y += 30; tri(x0 + 12, y, false); d.text('South cone: gale from a southerly point', x0 + 32, y + 4, 'sans', 9, '#222');
  y += 30; d.ctx.fillStyle = '#222'; d.ctx.fillRect(x0 + 4, y - 10, 16, 18); d.text('Drum: heavy gale (added later)', x0 + 32, y + 4, 'sans', 9, '#222');
  // back panel
  x0 = P + 22;
  d.text('Quayside Museum of the Coast', x0, 90, 'sansB', 13, navy);
  d.block('Harbour Road, Saltwick · Open daily 10–5 except 25 December · Admission free', x0, 110, w0, 'sans', 9.5, 12.5, '#333', false);
  d.text('Weather Gallery, first floor', x0, 160, 'sansI', 9.5, '#333');
  d.block('Text: Learning Team. Design: Quayside Studio. Printed by Tern Press, Saltwick, on recycled paper. Leaflet W12, second printing, 2025.', x0, 480, w0, 'sans', 8, 10.5, '#666', false);
  // cover
  x0 = 2 * P + 22;
  d.rect(2 * P, 0, P, 24, navy);
  d.text('FREE LEAFLET · WEATHER GALLERY', x0, 56, 'sansB', 9, red);
  d.text('Cones on', x0, 96, 'sansB', 34, navy);
  d.text('the Quay', x0, 134, 'sansB', 34, navy);
  y = d.block(ex.titleLines[1], x0, 162, w0, 'serifI', 15, 19, ink, false);
  d.rect(x0, y + 4, w0, 150, '#c4c4c4');
  d.block(ex.intro, x0, y + 178, w0, 'serif', 11, 14.5, ink, false);
  // ---- inside: panel 1 text, panel 2 map, panel 3 text
  const cols = [
    { x: 22, w: P - 44, top: 34, bottom: 560 },
    { x: 2 * P + 22, w: P - 44, top: 34, bottom: 560, page: null },
  ];
  d.page(W, H);
  const stations = [['Aberdeen', 0.62, 0.18], ['Berwick', 0.63, 0.34], ['Hull', 0.74, 0.52], ['Yarmouth', 0.9, 0.62], ['Dover', 0.88, 0.82], ['Portsmouth', 0.66, 0.86], ['Plymouth', 0.44, 0.9], ['Penzance', 0.33, 0.94], ['Holyhead', 0.44, 0.56], ['Liverpool', 0.55, 0.58], ['Galway', 0.16, 0.52], ['Valentia', 0.08, 0.74]];
  const hooks = {
    1: (f, c) => {
      // the map panel is written when the text jumps over it
      const mx = P + 18, mw = P - 36, my = 40, mh = 330;
      d.text('Where the Reports Came From', mx, 32, 'sansB', 12, navy);
      d.rect(mx, my, mw, mh, '#cfd8dc');
      stations.forEach(([n, fx, fy], i) => { const cx = mx + 12 + fx * (mw - 30), cy = my + 10 + fy * (mh - 24); d.ctx.fillStyle = red; d.ctx.beginPath(); d.ctx.arc(cx, cy, 3, 0, 7); d.ctx.fill(); d.text(String(i + 1), cx + 5, cy + 3, 'sansB', 8, '#111'); });
      let ky = my + mh + 16;
      stations.forEach(([n], i) => { const col = i < 6 ? 0 : 1; d.text(`${i + 1}  ${n}`, mx + col * (mw / 2), ky + (i % 6) * 11.5, 'sans', 8.5, '#222'); });
      ky += 6 * 11.5 + 8;
      const cap = ex.sections[1].caption;
      ky = d.block(cap.text, mx, ky, mw, 'sansI', 9, 11.5, '#222', false);
      d.block(cap.credit, mx, ky, mw, 'sans', 7.5, 9.5, '#666', false);
      d.text('continued from the left-hand panel', c.x, c.top + 2, 'sansI', 8, red);
      return c.top + 12;
    },
  };
  const f = new Flow(d, cols, hooks);
  ex.sections.forEach((s, si) => {
    f.ensure(60);
    if (f.y !== f.col.top) f.y += 10;
    const by = f.y + 24;
    d.text(s.label, f.col.x, by, 'sansB', 30, red);
    d.text(s.title, f.col.x + 28, by - 4, 'sansB', 13, navy);
    f.y += 34;
    s.paras.forEach((p, i) => f.para(p, body, `${s.label}-${i + 1}`, {
      onBreak: (fl) => d.text('continued in the right-hand panel →', fl.col.x + fl.col.w, 580, 'sansI', 8, red, 'right'),
    }));
  });
  d.save(`${OUT}/${name}.pdf`);
}

// ---------------------------------------------------------------- 4 Richardson: A3 landscape wall panel
function richardson() {
  const name = 'richardson_forecast_1922', ex = EXHIBITS[name];
  const d = new Doc(meta(name, ex.titleLines.join(' ')));
  const W = 1191, H = 842; d.page(W, H);
  LOG.push('== ' + name);
  const green = '#264653', amber = '#e76f51';
  d.text('GALLERY 5 · COMPUTING THE WEATHER', 60, 56, 'sansB', 12, amber);
  d.text(ex.titleLines[0], 60, 108, 'sansB', 50, green);
  d.text(ex.titleLines[1], 60, 142, 'serifI', 25, green);
  let y = d.block(ex.intro, 60, 182, 1071, 'serif', 17.5, 23, ink, false);
  d.line(60, y - 6, 1131, y - 6, green, 1.2);
  const top = y + 14, bottom = 770;
  const body = { font: 'serif', size: 13, lead: 17.2, color: ink, indent: 0, after: 6 };
  const cols = [{ x: 60, w: 330, top, bottom }, { x: 430, w: 330, top, bottom }, { x: 801, w: 330, top, bottom }];
  const hooks = {
    2: (f, c) => { // block quotation with attribution on its own line
      let yy = d.block('“Sixty-four thousand people with pencils, one conductor with a lamp, and a forecast that runs faster than the wind.”', c.x, c.top + 20, c.w, 'serifI', 18, 23, amber, false);
      d.text('— A visitor’s comment card, 1986', c.x + c.w, yy + 2, 'sans', 10, '#555', 'right');
      return yy + 24;
    },
  };
  const f = new Flow(d, cols, hooks);
  let pn = 0;
  const table = (fl) => { // inset table of figures, NOT a paragraph
    const rows = [['Data used', '07:00, 20 May 1910'], ['Grid cell', 'about 200 km, five layers'], ['Period forecast', 'six hours'], ['Time spent', 'about six weeks'], ['Pressure change, forecast', '+145 hPa'], ['Pressure change, observed', 'almost none']];
    const c = fl.col; let ty = fl.y + 6;
    d.rect(c.x, ty, c.w, 20, green); d.text('The 1910 test at a glance', c.x + 8, ty + 14, 'sansB', 10.5, '#fff'); ty += 20;
    rows.forEach(([a, b], i) => { d.rect(c.x, ty, c.w, 18, i % 2 ? '#f1f1f1' : '#e2e8e6'); d.text(a, c.x + 8, ty + 13, 'sansB', 9.5, '#222'); d.text(b, c.x + 172, ty + 13, 'sans', 9.5, '#222'); ty += 18; });
    fl.y = ty + 10;
  };
  ex.sections.forEach((s, si) => {
    f.ensure(70);
    if (f.y !== f.col.top) f.y += 10;
    const by = f.y + 14;
    d.rect(f.col.x, by - 13, 56, 18, amber);
    d.text(s.label, f.col.x + 28, by, 'sansB', 12, '#fff', 'center');
    d.text(s.title, f.col.x + 64, by, 'sansB', 17, green);
    f.y += 28;
    s.paras.forEach((p, i) => {
      pn++;
      const o = { before: (fl) => { fl.ensure(body.lead * 2); d.text('¶ ' + pn, fl.col.x - 8, fl.y + body.size * 0.8, 'sans', 8.5, '#999', 'right'); } };
      if (si === 1 && i === 2) { o.insetAfter = 2; o.inset = table; }
      f.para(p, body, `${s.label}-${i + 1}`, o);
    });
    if (s.caption) {
      f.ensure(170);
      let cy = d.block(`${s.caption.position}: ${s.caption.text} (see ¶ 6)`, f.col.x, f.y + 14, f.col.w, 'sansI', 10.5, 13.5, '#333', false);
      cy = d.block(s.caption.credit, f.col.x, cy, f.col.w, 'sans', 8.5, 11, '#777', false);
      d.rect(f.col.x, cy - 4, f.col.w, 100, '#bbbbbb');
      f.y = cy + 104;
    }
  });
  // sidebar box after the last section
  const sb = ex.sidebar;
  const h = boxHeight(sb.paras[0], 'sans', 11, 14.5, f.col.w - 24) + 44;
  f.ensure(h + 8);
  const sy = f.y + 6;
  d.rect(f.col.x, sy, f.col.w, h, '#e9f0ee');
  d.rect(f.col.x, sy, 4, h, green);
  d.text(sb.title, f.col.x + 14, sy + 22, 'sansB', 13, green);
  d.block(sb.paras[0], f.col.x + 14, sy + 42, f.col.w - 24, 'sans', 11, 14.5, ink, false);
  // running footer
  d.line(60, 796, 1131, 796, '#999', 0.6);
  d.text(ex.running[0], 60, 814, 'sans', 10, '#555');
  d.text(ex.running[1], 1131, 814, 'sansB', 10, '#555', 'right');
  d.save(`${OUT}/${name}.pdf`);
}

try { for (const fn of [torricelli, howard, fitzroy, richardson]) fn(); }
finally { fs.writeFileSync('layout_log.txt', LOG.join('\n') + '\n'); }
console.log('pdfs written');
