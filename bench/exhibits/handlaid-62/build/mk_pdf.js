// mk_pdf.js — the four PDFs of set 62, drawn with coherentpdf through lay.js.
'use strict';
const fs = require('fs');
const path = require('path');
const { c, tw, breakLines, Doc, Flow } = require('./lay');
const T = JSON.parse(fs.readFileSync(path.join(__dirname, 'texts.json'), 'utf8'));
const OUT = path.dirname(__dirname);
const only = process.argv[2];
const LOG = [];

const RED = [0.62, 0.12, 0.1], NAVY = [0.1, 0.16, 0.33], GREY = [0.35, 0.35, 0.35], WHITE = [1, 1, 1];
const GOLD = [0.95, 0.78, 0.25], GREEN = [0.16, 0.38, 0.28], PLUM = [0.42, 0.16, 0.3];
const paras = (sec) => sec[2].filter(b => b.kind === 'paragraph').map(b => b.text);
const cap = (sec) => sec[2].find(b => b.kind === 'caption');
const meta = (name) => ({ title: T[name].title_lines.join(' '), creator: `mk_pdf.js ${name} (set 62)` });

function heading(fl, label, title, o) {
  // label then title on one line, or title wrapping below the label width
  const size = o.size, lead = size * 1.2;
  if (fl.y - lead * 2 < fl.fr.bottom) fl.next();
  const fr = fl.fr;
  const y = fl.y - size;
  let x = fr.x;
  if (label) {
    fl.doc.text(fr.page, x, y, label, { font: o.labelFont || 'HB', size, rgb: o.labelRgb || RED });
    x += tw(o.labelFont || 'HB', label, size) + size * 0.6;
  }
  const lines = breakLines(title, o.font || 'HB', size, () => fr.x + fr.w - x, { hyphenate: false });
  fl.doc.text(fr.page, x, y, lines, { font: o.font || 'HB', size, lead, rgb: o.rgb || [0, 0, 0] });
  fl.y = y - (lines.length - 1) * lead - (o.after || 6);
}

// ====================================================================== Bering (A4, pp. 18-19)
function bering() {
  const name = 'bering_expedition_1741', E = T[name], S = E.sections, X = E.extra;
  const W = 595.28, H = 841.89, d = new Doc(W, H, 2);
  const L = 56, R = W - 56, CW = (R - L - 22) / 2, X2 = L + CW + 22;
  // running heads (folio outer side) and footer
  d.text(0, L, 806, ['18'], { font: 'HB', size: 9 });
  d.text(0, L + 22, 806, [E.running[0]], { font: 'HO', size: 9, rgb: GREY });
  d.rule(0, L, 800, R, 800, 0.4);
  d.text(1, R - 22 - tw('HO', E.running[0], 9), 806, [E.running[0]], { font: 'HO', size: 9, rgb: GREY });
  d.text(1, R - tw('HB', '19', 9), 806, ['19'], { font: 'HB', size: 9 });
  d.rule(1, L, 800, R, 800, 0.4);
  // kicker, two-line title, intro in larger type across the page
  d.text(0, L, 778, [X.kicker], { font: 'HB', size: 8, rgb: RED });
  d.text(0, L, 748, [E.title_lines[0]], { font: 'B', size: 28 });
  d.text(0, L, 722, [E.title_lines[1]], { font: 'I', size: 19, rgb: RED });
  const intro = breakLines(E.intro, 'R', 12.5, () => R - L);
  d.text(0, L, 696, intro, { size: 12.5, lead: 16.5 });
  const introBottom = 696 - (intro.length - 1) * 16.5 - 14;
  // wide picture under the intro, its caption comes later (II)
  const picTop = introBottom, picH = 160;
  d.picture(0, L, picTop - picH, R - L, picH);
  const colTop = picTop - picH - 16;
  // fact box sits inside column 2 of p. 18; the column's text breaks around it
  const boxTop = colTop - 150, boxH = 118;
  const factBox = (doc) => {
    doc.rect(0, X2, boxTop - boxH, CW, boxH, null, [0.93, 0.9, 0.82]);
    doc.rect(0, X2, boxTop - 3, CW, 3, null, RED);
    doc.text(0, X2 + 9, boxTop - 19, [S[3][1]], { font: 'HB', size: 10.5, rgb: RED });
    const ls = breakLines(paras(S[3])[0], 'H', 8.6, () => CW - 18);
    doc.text(0, X2 + 9, boxTop - 33, ls, { font: 'H', size: 8.6, lead: 10.6 });
    if (33 + ls.length * 10.6 > boxH) LOG.push('bering: fact box overflows');
  };
  // on p. 19, column 1 opens with the picture of the compass and its caption
  const c2 = cap(S[1]);
  const p19pic = (doc, fr) => {
    const ph = 150;
    doc.picture(1, L, 780 - ph, CW, ph);
    const ls = breakLines('Above: ' + c2.text, 'HO', 8.5, () => CW);
    doc.text(1, L, 780 - ph - 12, ls, { font: 'HO', size: 8.5, lead: 10.5 });
    doc.text(1, L, 780 - ph - 12 - ls.length * 10.5, [c2.credit], { font: 'C', size: 7.5, rgb: GREY });
  };
  const p19col2 = (doc) => {
    // block quotation in large type with its attribution on its own line
    let y = 770;
    doc.rule(1, X2, y + 6, X2 + 40, y + 6, 2, RED);
    const ql = breakLines('“' + X.quote + '”', 'I', 17, () => CW);
    doc.text(1, X2, y - 14, ql, { font: 'I', size: 17, lead: 21, rgb: RED });
    y = y - 14 - ql.length * 21;
    doc.text(1, X2, y - 2, [X.quote_by], { font: 'H', size: 9 });
  };
  const frames = [
    { page: 0, x: L, top: colTop, bottom: 62, w: CW },
    { page: 0, x: X2, top: colTop, bottom: boxTop + 8, w: CW },
    { page: 0, x: X2, top: boxTop - boxH - 12, bottom: 62, w: CW, enter: factBox },
    { page: 1, x: L, top: 780 - 150 - 12 - 34, bottom: 62, w: CW, enter: p19pic },
    { page: 1, x: X2, top: 560, bottom: 220, w: CW },
  ];
  p19col2(d);
  d.picture(1, X2, 470, CW, 150);
  const fl = new Flow(d, frames, name);
  const body = { size: 11.2, lead: 14.6, indent: 12 };
  S.slice(0, 3).forEach((sec, si) => {
    if (si) fl.space(10);
    heading(fl, sec[0], sec[1], { size: 12.5, labelFont: 'B', font: 'HB' });
    paras(sec).forEach((t, k) => fl.para(t, { ...body, indent: k ? 12 : 0, tag: `${sec[0]}-${k + 1}` }));
  });
  LOG.push(`bering: text ends on frame ${fl.fi} at y=${fl.y.toFixed(0)}`);
  // label-cell table at the foot of column 2, p. 19
  let ty = 190;
  d.text(1, X2, ty, ['The two ships'], { font: 'HB', size: 10 });
  ty -= 8;
  X.table.forEach((row, i) => {
    ty -= 15;
    if (i === 0) d.rect(1, X2, ty - 4, CW, 15, 0.85);
    d.text(1, X2 + 3, ty, [row[0]], { font: 'HB', size: 8.5 });
    d.text(1, X2 + 78, ty, [row[1]], { font: i === 0 ? 'HB' : 'H', size: 8.5 });
    d.text(1, X2 + 160, ty, [row[2]], { font: i === 0 ? 'HB' : 'H', size: 8.5 });
    d.rule(1, X2, ty - 4, X2 + CW, ty - 4, 0.3);
  });
  // footers
  for (const p of [0, 1]) {
    const s = E.running[1];
    d.text(p, (W - tw('H', s, 8)) / 2, 36, [s], { font: 'H', size: 8, rgb: GREY });
  }
  d.save(path.join(OUT, name + '.pdf'), meta(name));
  LOG.push(...fl.log);
}

// ====================================================================== Slocum (A3 portrait wall panel)
function slocum() {
  const name = 'slocum_spray_1895', E = T[name], S = E.sections, X = E.extra;
  const W = 841.89, H = 1190.55, d = new Doc(W, H, 1);
  const L = 60, R = W - 60;
  d.text(0, L, 1145, [E.running[0]], { font: 'HB', size: 10, rgb: NAVY });
  d.rule(0, L, 1137, R, 1137, 0.6, NAVY);
  const intro = breakLines(E.intro, 'R', 21, () => R - L);
  d.text(0, L, 1105, intro, { size: 21, lead: 27 });
  const top = 1105 - (intro.length - 1) * 27 - 30;
  const C1 = { x: L, w: 300 }, CC = { x: L + 320, w: 150 }, C3 = { x: L + 490, w: R - L - 490 };
  const bottom = 470;
  // caption column, drawn when the flow reaches column 3
  const capcol = (doc) => {
    const c1 = cap(S[0]), c3 = cap(S[2]);
    const ph = 250, py = top - ph;
    doc.picture(0, CC.x, py, CC.w, ph);
    // caption printed over the picture in white
    const ls = breakLines(c1.text, 'HB', 9.5, () => CC.w - 20);
    doc.rect(0, CC.x, py, CC.w, 14 + ls.length * 11.5, null, [0.25, 0.27, 0.3]);
    doc.text(0, CC.x + 8, py + 6 + (ls.length - 1) * 11.5 + 2, ls, { font: 'HB', size: 9.5, lead: 11.5, rgb: WHITE });
    // credit set sideways up the right edge of the picture
    doc.rotated(0, CC.x + CC.w + 8, py + 2, 270, (g) => g.text(0, 0, [c1.credit], { font: 'H', size: 6.5, rgb: GREY }));
    const p2h = 140, p2y = py - 60 - p2h;
    doc.picture(0, CC.x, p2y, CC.w, p2h);
    const l2 = breakLines('Above: ' + c3.text, 'HO', 9, () => CC.w);
    doc.text(0, CC.x, p2y - 13, l2, { font: 'HO', size: 9, lead: 11 });
    doc.text(0, CC.x, p2y - 13 - l2.length * 11, breakLines(c3.credit, 'H', 7, () => CC.w), { font: 'H', size: 7, lead: 8.5, rgb: GREY });
  };
  const frames = [
    { page: 0, x: C1.x, top, bottom, w: C1.w },
    { page: 0, x: C3.x, top, bottom: 445, w: C3.w, enter: capcol },
  ];
  const fl = new Flow(d, frames, name);
  const body = { size: 13, lead: 17 };
  S.slice(0, 3).forEach((sec, si) => {
    if (si) fl.space(16);
    // label: white numeral in a navy square, title beside it
    if (fl.y - 60 < fl.fr.bottom) fl.next();
    const fr = fl.fr, y = fl.y;
    d.rect(0, fr.x, y - 24, 24, 24, null, NAVY);
    d.text(0, fr.x + 7, y - 18, [sec[0]], { font: 'HB', size: 15, rgb: WHITE });
    const tl = breakLines(sec[1], 'HB', 16, () => fr.w - 34, { hyphenate: false });
    d.text(0, fr.x + 34, y - 18, tl, { font: 'HB', size: 16, lead: 19, rgb: NAVY });
    fl.y = y - 18 - (tl.length - 1) * 19 - 12;
    paras(sec).forEach((t, k) => fl.para(t, { ...body, before: k ? 8 : 0, tag: `${sec[0]}-${k + 1}` }));
    if (si === 1) {
      // pull quote between 2 and 3
      fl.space(14);
      fl.block(70, (doc, p, x, y, w) => {
        doc.rule(p, x, y, x + w, y, 1.5, GOLD);
        const ql = breakLines(X.quote, 'BI', 15, () => w);
        doc.text(p, x, y - 20, ql, { font: 'BI', size: 15, lead: 18, rgb: NAVY });
        doc.rule(p, x, y - 26 - (ql.length - 1) * 18, x + w, y - 26 - (ql.length - 1) * 18, 1.5, GOLD);
      });
    }
  });
  LOG.push(`slocum: text ends on frame ${fl.fi} at y=${fl.y.toFixed(0)}`);
  // sidebar: a tinted box set at a slight angle at the foot of column 3
  const sb = S[3];
  const sbl = breakLines(paras(sb)[0], 'H', 10, () => C3.w - 30);
  const sbh = 40 + sbl.length * 12.5;
  d.rotated(0, C3.x + 8, 310 + sbh, -3, (g) => {
    g.raw(`q 0.99 0.93 0.72 rg 0 ${f(-sbh)} ${f(C3.w - 12)} ${f(sbh)} re f Q`);
    g.text(12, -22, [sb[1]], { font: 'HB', size: 13, rgb: NAVY });
    g.text(12, -40, sbl, { font: 'H', size: 10, lead: 12.5 });
  });
  // route strip of numbered ports under the columns
  const ry = 285, step = (R - L) / X.route.length;
  d.rule(0, L, ry + 4, R, ry + 4, 2, NAVY);
  X.route.forEach((r, i) => {
    const x = L + i * step;
    d.rect(0, x, ry - 6, 20, 20, null, GOLD);
    d.text(0, x + 6, ry, [r[0]], { font: 'HB', size: 11, rgb: NAVY });
    d.text(0, x + 26, ry + 5, [r[1]], { font: 'HB', size: 10 });
    d.text(0, x + 26, ry - 7, [r[2]], { font: 'H', size: 8.5, rgb: GREY });
  });
  // title band at the FOOT of the panel, with the panel number set large beside it
  d.rect(0, 0, 70, W, 170, null, NAVY);
  d.text(0, L, 105, [X.panel_no], { font: 'HB', size: 110, rgb: GOLD });
  d.text(0, L + 95, 178, [E.title_lines[0]], { font: 'B', size: 40, rgb: WHITE });
  d.text(0, L + 95, 140, [E.title_lines[1]], { font: 'I', size: 24, rgb: GOLD });
  d.text(0, L + 95, 100, [X.kicker], { font: 'HB', size: 9, rgb: WHITE });
  d.text(0, L, 42, [E.running[1]], { font: 'H', size: 10, rgb: GREY });
  d.save(path.join(OUT, name + '.pdf'), meta(name));
  LOG.push(...fl.log);
}
function f(n) { return (Math.round(n * 100) / 100).toString(); }

// ====================================================================== Appert (A4 landscape roll-fold)
function appert() {
  const name = 'appert_canning_1810', E = T[name], S = E.sections, X = E.extra;
  const W = 841.89, H = 595.28, d = new Doc(W, H, 2);
  const PW = W / 3, M = 24, IW = PW - 2 * M;
  const px = (i) => i * PW + M;
  for (const p of [0, 1]) for (const i of [1, 2]) { d.rule(p, i * PW, H, i * PW, H - 12, 0.4); d.rule(p, i * PW, 0, i * PW, 12, 0.4); }
  // ---- outside sheet (page 1): inner flap | back | cover
  // flap: sidebar and box quote
  let y = H - 60;
  d.text(0, px(0), y, [S[3][1]], { font: 'HB', size: 15, rgb: PLUM });
  const sl = breakLines(paras(S[3])[0], 'R', 10.5, () => IW);
  d.text(0, px(0), y - 22, sl, { size: 10.5, lead: 13.5 });
  y = y - 22 - sl.length * 13.5 - 30;
  const ql = breakLines('“' + X.quote + '”', 'BI', 15, () => IW - 24);
  d.rect(0, px(0), y - ql.length * 19 - 14, IW, ql.length * 19 + 26, null, [0.95, 0.9, 0.93]);
  d.text(0, px(0) + 12, y - 8, ql, { font: 'BI', size: 15, lead: 19, rgb: PLUM });
  // back panel: visiting table, address, running line
  y = H - 60;
  d.text(0, px(1), y, ['Visiting'], { font: 'HB', size: 13 });
  y -= 10;
  X.visit.forEach((r) => {
    y -= 26;
    d.rule(0, px(1), y + 18, px(1) + IW, y + 18, 0.4);
    d.text(0, px(1), y + 4, breakLines(r[0], 'HB', 8.5, () => 98, { hyphenate: false }), { font: 'HB', size: 8.5, lead: 10 });
    d.text(0, px(1) + 104, y + 4, breakLines(r[1], 'H', 8.5, () => IW - 104), { font: 'H', size: 8.5, lead: 10 });
  });
  d.text(0, px(1), y - 30, [X.address], { font: 'H', size: 8.5, rgb: GREY });
  d.text(0, px(1), 40, [E.running[0]], { font: 'HO', size: 8.5, rgb: GREY });
  // cover: running line, white title on a plum band, picture, intro
  d.text(0, px(2), H - 40, [E.running[0]], { font: 'HO', size: 8.5, rgb: GREY });
  d.rect(0, 2 * PW, H - 190, PW, 130, null, PLUM);
  d.text(0, px(2), H - 100, [E.title_lines[0]], { font: 'B', size: 30, rgb: WHITE });
  const t2 = breakLines(E.title_lines[1], 'I', 15, () => IW, { hyphenate: false });
  d.text(0, px(2), H - 128, t2, { font: 'I', size: 15, lead: 18, rgb: WHITE });
  d.picture(0, px(2), H - 370, IW, 160);
  d.text(0, px(2), H - 395, breakLines(E.intro, 'R', 11.5, () => IW), { size: 11.5, lead: 14.5 });
  // ---- inside sheet (page 2): Step 1 | Step 2 | Step 3
  const c1 = cap(S[0]), c3 = cap(S[2]);
  const frames = [0, 1, 2].map(i => ({ page: 1, x: px(i), top: H - 40, bottom: 36, w: IW }));
  frames[2].bottom = 190;
  const fl = new Flow(d, frames, name);
  const body = { size: 11, lead: 14.2, indent: 10 };
  S.slice(0, 3).forEach((sec, si) => {
    if (si) fl.space(12);
    if (fl.y - 60 < fl.fr.bottom || (si === 2 && fl.fi < 2)) fl.next();
    const fr = fl.fr;
    d.text(1, fr.x, fl.y - 8, [sec[0].toUpperCase()], { font: 'HB', size: 8, rgb: PLUM });
    const sub = sec[1].match(/^(.*) ((?:Paris|London), .*)$/);
    const tl = breakLines(sub[1], 'B', 15, () => fr.w, { hyphenate: false });
    d.text(1, fr.x, fl.y - 26, tl, { font: 'B', size: 15, lead: 17 });
    d.text(1, fr.x, fl.y - 26 - tl.length * 17, [sub[2]], { font: 'I', size: 11, rgb: GREY });
    fl.y = fl.y - 26 - tl.length * 17 - 12;
    paras(sec).forEach((t, k) => {
      fl.para(t, { ...body, indent: k ? 10 : 0, tag: `${sec[0]}-${k + 1}` });
      if (si === 0 && k === 0) {
        // small picture on the left, its caption beside it on the right
        fl.space(8);
        fl.block(92, (doc, p, x, yy, w) => {
          doc.picture(p, x, yy - 84, 74, 84);
          const cl = breakLines('Left: ' + c1.text, 'HO', 8.5, () => w - 84);
          doc.text(p, x + 84, yy - 9, cl, { font: 'HO', size: 8.5, lead: 10.2 });
          doc.text(p, x + 84, yy - 9 - cl.length * 10.2, breakLines(c1.credit, 'H', 7, () => w - 84), { font: 'H', size: 7, lead: 8.4, rgb: GREY });
        });
      }
    });
  });
  LOG.push(`appert: text ends on frame ${fl.fi} at y=${fl.y.toFixed(0)}`);
  d.picture(1, px(2), 80, IW, 100);
  const cl3 = breakLines('Above: ' + c3.text, 'HO', 8.5, () => IW);
  d.text(1, px(2), 68, cl3, { font: 'HO', size: 8.5, lead: 10.2 });
  d.text(1, px(2), 68 - cl3.length * 10.2, [c3.credit], { font: 'H', size: 7, rgb: GREY });
  d.save(path.join(OUT, name + '.pdf'), {
    ...meta(name),
    after: (pdf, c) => {
      // the inside sheet is stored as a portrait page turned by /Rotate 90
      const r2 = c.range(2, 2);
      c.rotate(pdf, r2, 270);
      c.upright(pdf, r2);
      c.rotate(pdf, r2, 90);
    },
  });
  LOG.push(...fl.log);
}

// ====================================================================== Flinders (A3 landscape spread, pp. 24-25)
function flinders() {
  const name = 'flinders_investigator_1802', E = T[name], S = E.sections, X = E.extra;
  const W = 1190.55, H = 841.89, d = new Doc(W, H, 1), PW = W / 2;
  const L = 54, G = 20;
  // left page 24
  const lx = L, lw = PW - L - 46, cw = (lw - G) / 2;
  // right page 25: text column and a narrower caption column
  const rx = PW + 46, rw = PW - 46 - L, rcw = 290, capx = rx + rcw + 24, capw = rw - rcw - 24;
  d.text(0, lx, 810, [E.running[0]], { font: 'HO', size: 9, rgb: GREY });
  d.text(0, rx + rw - tw('HO', E.running[0], 9), 810, [E.running[0]], { font: 'HO', size: 9, rgb: GREY });
  d.text(0, lx, 30, [E.running[1]], { font: 'HB', size: 9 });
  d.text(0, rx + rw - tw('HB', E.running[2], 9), 30, [E.running[2]], { font: 'HB', size: 9 });
  d.rule(0, PW, 20, PW, H - 20, 0.3, [0.7, 0.7, 0.7]);
  d.text(0, lx, 780, [X.kicker], { font: 'HB', size: 8, rgb: GREEN });
  d.text(0, lx, 750, [E.title_lines[0]], { font: 'HB', size: 25 });
  d.text(0, lx, 726, [E.title_lines[1]], { font: 'I', size: 17, rgb: GREEN });
  const intro = breakLines(E.intro, 'R', 12.5, () => lw);
  d.text(0, lx, 700, intro, { size: 12.5, lead: 16 });
  const top = 700 - (intro.length - 1) * 16 - 22;
  const numbered = (doc, p, x, y, w, h, n) => {
    doc.picture(p, x, y - h, w, h);
    doc.rect(p, x, y - 18, 18, 18, null, GREEN);
    doc.text(p, x + 5.5, y - 13.5, [String(n)], { font: 'HB', size: 10, rgb: WHITE });
  };
  const frames = [
    { page: 0, x: lx, top, bottom: 56, w: cw },
    { page: 0, x: lx + cw + G, top, bottom: 56, w: cw },
    { page: 0, x: rx, top: 790 - 250, bottom: 56, w: rcw, enter: (doc) => numbered(doc, 0, rx, 790, rcw, 230, 3) },
  ];
  const fl = new Flow(d, frames, name);
  const body = { size: 11.5, lead: 15, indent: 12 };
  S.slice(0, 3).forEach((sec, si) => {
    if (si) fl.space(12);
    heading(fl, sec[0].toUpperCase(), sec[1], { size: 12, labelFont: 'HB', labelRgb: GREEN, font: 'B' });
    paras(sec).forEach((t, k) => {
      fl.para(t, { ...body, indent: k ? 12 : 0, tag: `${sec[0]}-${k + 1}` });
      if (k === 0 && si < 2) { fl.space(10); fl.block(si === 1 ? 230 : 160, (doc, p, x, y, w) => numbered(doc, p, x, y, w, si === 1 ? 220 : 150, si + 1)); }
    });
  });
  LOG.push(`flinders: text ends on frame ${fl.fi} at y=${fl.y.toFixed(0)}`);
  // caption column on the right page: numbered captions gathered under a heading
  let y = 790;
  d.text(0, capx, y - 9, ['Pictures in this room'], { font: 'HB', size: 9, rgb: GREEN });
  y -= 24;
  S.slice(0, 3).forEach((sec, i) => {
    const cp = cap(sec);
    d.text(0, capx, y - 10, [String(i + 1)], { font: 'HB', size: 10, rgb: GREEN });
    const cl = breakLines(cp.text, 'R', 9.5, () => capw - 16);
    d.text(0, capx + 16, y - 10, cl, { size: 9.5, lead: 11.8 });
    y = y - 10 - cl.length * 11.8;
    const crl = breakLines(cp.credit, 'HO', 7.5, () => capw - 16);
    d.text(0, capx + 16, y, crl, { font: 'HO', size: 7.5, lead: 9, rgb: GREY });
    y -= crl.length * 9 + 14;
  });
  // pull quote in the caption column
  y -= 10;
  d.rule(0, capx, y, capx + capw, y, 1, GREEN);
  const ql = breakLines(X.quote, 'I', 13, () => capw);
  d.text(0, capx, y - 18, ql, { font: 'I', size: 13, lead: 16, rgb: GREEN });
  y = y - 18 - ql.length * 16 - 4;
  d.rule(0, capx, y, capx + capw, y, 1, GREEN);
  // sidebar box at the foot of the right page, across both columns
  const sb = S[3];
  const sbl = breakLines(paras(sb)[0], 'H', 9.5, () => rw - 24);
  const sbh = 36 + sbl.length * 12;
  d.rect(0, rx, 60, rw, sbh, null, [0.88, 0.93, 0.89]);
  d.text(0, rx + 12, 60 + sbh - 20, [sb[1]], { font: 'HB', size: 11, rgb: GREEN });
  d.text(0, rx + 12, 60 + sbh - 36, sbl, { font: 'H', size: 9.5, lead: 12 });
  LOG.push(`flinders: sidebar top at ${60 + sbh}`);
  d.save(path.join(OUT, name + '.pdf'), meta(name));
  LOG.push(...fl.log);
}

const jobs = { bering, slocum, appert, flinders };
for (const [k, fn] of Object.entries(jobs)) {
  if (only && only !== k) continue;
  const t0 = Date.now();
  fn();
  LOG.push(`${k}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}
console.log(LOG.join('\n'));
