// Shared helpers: Syncfusion ej2-pdf fonts and drawing, my own greedy line breaker with
// en-GB hyphenation (npm "hyphen"), measured with Syncfusion's own font metrics.
'use strict';
const fs = require('fs');
const path = require('path');
const S = require('./node/node_modules/@syncfusion/ej2-pdf');
const { hyphenateSync } = require('./node/node_modules/hyphen/en-gb');

const FD = '/usr/share/fonts/truetype/liberation/';
const FACES = {
  serif: 'LiberationSerif-Regular.ttf', serifB: 'LiberationSerif-Bold.ttf', serifI: 'LiberationSerif-Italic.ttf',
  sans: 'LiberationSans-Regular.ttf', sansB: 'LiberationSans-Bold.ttf', sansI: 'LiberationSans-Italic.ttf',
};
const bytes = {};
const cache = {};
function font(face, size) {
  const k = face + '@' + size;
  if (!cache[k]) {
    if (!bytes[face]) bytes[face] = new Uint8Array(fs.readFileSync(FD + FACES[face]));
    cache[k] = new S.PdfTrueTypeFont(bytes[face], size);
  }
  return cache[k];
}
const MFMT = new S.PdfStringFormat();
MFMT.textDirection = S.PdfTextDirection.leftToRight; // Unicode width path (the plain path knows only codes < 256)
function width(text, f) { return f.measureString(text, MFMT).width; }
function brush(rgb) { return new S.PdfBrush({ r: rgb[0], g: rgb[1], b: rgb[2] }); }
const BLACK = brush([0, 0, 0]);

function newDoc(w, h, rotate) {
  const doc = new S.PdfDocument();
  doc._pageW = w; doc._pageH = h; doc._rotate = !!rotate;
  return doc;
}
function newPage(doc) {
  const opts = { size: { width: doc._pageW, height: doc._pageH }, margins: new S.PdfMargins(0) };
  if (doc._rotate) opts.rotation = S.PdfRotationAngle.angle90;
  const page = doc.addPage(new S.PdfPageSettings(opts));
  const g = page.graphics;
  if (doc._rotate) { // draw in landscape (display) coordinates
    g.save(); g.translateTransform({ x: 0, y: doc._pageH }); g.rotateTransform(-90);
  }
  return g;
}
function text(g, s, f, x, y, rgb) { g.drawString(s, f, { x, y, width: 0, height: 0 }, rgb ? brush(rgb) : BLACK); }
function textRight(g, s, f, xr, y, rgb) { text(g, s, f, xr - width(s, f), y, rgb); }
function textCenter(g, s, f, xc, y, rgb) { text(g, s, f, xc - width(s, f) / 2, y, rgb); }
function box(g, x, y, w, h, rgb) { g.drawRectangle({ x, y, width: w, height: h }, brush(rgb || [200, 200, 200])); }
function frame(g, x, y, w, h, rgb, lw) { g.drawRectangle({ x, y, width: w, height: h }, new S.PdfPen({ r: rgb[0], g: rgb[1], b: rgb[2] }, lw || 0.8)); }
function rule(g, x1, y1, x2, y2, rgb, lw) { g.drawLine(new S.PdfPen({ r: rgb[0], g: rgb[1], b: rgb[2] }, lw || 0.6), { x: x1, y: y1 }, { x: x2, y: y2 }); }
// a grey picture box with a thin darker frame and a diagonal cross
function picture(g, x, y, w, h) {
  box(g, x, y, w, h, [196, 196, 196]);
  frame(g, x, y, w, h, [150, 150, 150], 0.6);
}

// Hyphenation points of a word: only words of 7+ letters, at least 3 letters on each side.
function hyphenPoints(word) {
  const m = word.match(/^([^A-Za-z]*)([A-Za-z]+)([^A-Za-z]*)$/);
  if (!m || m[2].length < 7 || /[A-Z]/.test(m[2].slice(1))) return [];
  const parts = hyphenateSync(m[2], { hyphenChar: '|' }).split('|');
  const pts = []; let acc = m[1].length;
  for (let i = 0; i < parts.length - 1; i++) {
    acc += parts[i].length;
    const left = acc - m[1].length, right = m[2].length - left;
    if (left >= 3 && right >= 3) pts.push(acc);
  }
  return pts;
}

// Greedy breaker. widthFn(lineIndex) gives the width of each line (for wraps round pictures).
// Returns [{text, hyph}] where hyph says the line ends with an inserted hyphen.
function breakLines(par, f, widthFn, opts) {
  opts = opts || {};
  const wf = typeof widthFn === 'number' ? (() => widthFn) : widthFn;
  const words = par.split(/\s+/).filter(Boolean);
  const lines = []; let cur = '';
  let i = 0;
  const first = opts.indent || 0;
  while (i < words.length) {
    const w = words[i];
    const avail = wf(lines.length) - (lines.length === 0 ? first : 0);
    const trial = cur ? cur + ' ' + w : w;
    if (width(trial, f) <= avail) { cur = trial; i++; continue; }
    // try hyphenating w
    let done = false;
    if (opts.hyphenate !== false) {
      const pts = hyphenPoints(w).reverse();
      for (const p of pts) {
        const head = w.slice(0, p) + '-';
        const t2 = cur ? cur + ' ' + head : head;
        if (width(t2, f) <= avail) {
          lines.push({ text: t2, hyph: true });
          words[i] = w.slice(p); cur = ''; done = true; break;
        }
      }
    }
    if (done) continue;
    if (!cur) { cur = w; i++; continue; } // overlong word
    lines.push({ text: cur, hyph: false }); cur = '';
  }
  if (cur) lines.push({ text: cur, hyph: false });
  return lines;
}

// Draw lines; returns the y after the last line.
function drawLines(g, lines, f, x, y, lead, rgb, indent) {
  lines.forEach((l, k) => { text(g, l.text, f, x + (k === 0 ? (indent || 0) : 0), y, rgb); y += lead; });
  return y;
}

function writePdf(doc, file, meta) {
  if (meta) {
    const info = doc.documentInformation || doc._documentInformation;
    try { if (meta.title) info.title = meta.title; if (meta.author) info.author = meta.author; if (meta.creator) info.creator = meta.creator; } catch (e) { /* ignore */ }
  }
  fs.writeFileSync(file, doc.save());
  doc.destroy();
}

// Gold JSON from the content record (key order as in the references)
function gold(d, running, opts) {
  opts = opts || {};
  const title = d.titleLines.join(' ');
  const secs = [{ label: null, title, blocks: [{ kind: 'paragraph', text: d.intro }] }];
  for (const s of d.sections) {
    const blocks = s.paras.map(t => ({ kind: 'paragraph', text: t }));
    if (s.caption) blocks.push({ kind: 'caption', text: s.caption.text, position: s.caption.pos, credit: s.caption.credit });
    if (s.key) blocks.push({ kind: 'caption', text: s.key.text, position: null, credit: s.key.credit });
    secs.push({ label: s.label, title: s.title, blocks });
  }
  secs.push({ label: null, title: d.sidebar.title, blocks: d.sidebar.paras.map(t => ({ kind: 'paragraph', text: t })) });
  return { title, running, sections: secs };
}
function writeGold(outDir, d, running) {
  fs.writeFileSync(path.join(outDir, d.name + '.json'), JSON.stringify(gold(d, running), null, 2) + '\n');
}

module.exports = { S, font, width, brush, newDoc, newPage, text, textRight, textCenter, box, frame, rule, picture,
  breakLines, drawLines, writePdf, gold, writeGold, hyphenPoints };
