// lay.js — my own layout layer over coherentpdf (cpdf compiled to JavaScript).
// cpdf only places strings (addText, standard 14 fonts, WinAnsi) and raw content (addContent);
// line breaking, hyphenation, columns and frames are done here, measuring with cpdf's own
// AFM metrics (textWidth, thousandths of a point at 1 pt).
'use strict';
const c = require('coherentpdf');
const { hyphenateSync } = require('hyphen/en-gb');

const FONT = {
  R: c.timesRoman, B: c.timesBold, I: c.timesItalic, BI: c.timesBoldItalic,
  H: c.helvetica, HB: c.helveticaBold, HO: c.helveticaOblique, HBO: c.helveticaBoldOblique,
  C: c.courier, CB: c.courierBold,
};
const MM = 72 / 25.4;

// cpdf's textWidth measures UTF-8 bytes, so non-ASCII characters are measured here from the
// AFM widths of the standard fonts (Times / Helvetica / Courier) and accents by their base letter.
const SPECIAL = {
  '’': [333, 222, 600], '‘': [333, 222, 600], '“': [444, 333, 600], '”': [444, 333, 600],
  '–': [500, 556, 600], '—': [1000, 1000, 600], '•': [350, 350, 600], '·': [250, 278, 600],
};
function tw(font, s, size) {
  const fam = font[0] === 'H' ? 1 : font[0] === 'C' ? 2 : 0;
  let extra = 0;
  const ascii = s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x00-\x7f]/g, (ch) => {
    extra += (SPECIAL[ch] || [500, 556, 600])[fam]; return '';
  });
  return (c.textWidth(FONT[font], ascii) + extra) * size / 1000;
}

// ---------------------------------------------------------------- line breaking
const SHY = '\u00AD';
function hyphenPieces(word) {
  // word may carry punctuation; only plain lower-case words of 7+ letters
  // (capitalised 9+) are hyphenated, never words with digits; compounds only after their own hyphen.
  const m = word.match(/^([“‘(]*)([A-Za-zÀ-ÿ’']+)([,.;:!?”’)]*)$/);
  if (!m) return null;
  const core = m[2];
  if (/[’']/.test(core)) return null;
  const cap = /^[A-ZÀ-Þ]/.test(core);
  if (core.length < (cap ? 9 : 7)) return null;
  const parts = hyphenateSync(core, { minWordLength: 7 }).split(SHY);
  // positions allowed: at least 3 letters either side
  const out = [];
  let acc = '';
  for (let i = 0; i < parts.length - 1; i++) {
    acc += parts[i];
    if (acc.length >= 3 && core.length - acc.length >= 3) out.push([m[1] + acc + '-', core.slice(acc.length) + m[3]]);
  }
  return out;
}

function breakLines(text, font, size, widthFn, opts = {}) {
  // widthFn(i) -> available width for line i (allows indents / changing widths)
  const words = text.split(/\s+/).filter(Boolean);
  const lines = [];
  let cur = '';
  let i = 0;
  const hyph = opts.hyphenate !== false;
  while (i < words.length) {
    const w = words[i];
    const avail = widthFn(lines.length);
    const trial = cur ? cur + ' ' + w : w;
    if (tw(font, trial, size) <= avail) { cur = trial; i++; continue; }
    // try a compound break after its own hyphen
    let done = false;
    if (w.includes('-') && !/^-|-$/.test(w)) {
      const segs = w.split('-');
      for (let k = segs.length - 1; k >= 1 && !done; k--) {
        const head = segs.slice(0, k).join('-') + '-';
        const t2 = cur ? cur + ' ' + head : head;
        if (tw(font, t2, size) <= avail) { lines.push(t2); cur = ''; words[i] = segs.slice(k).join('-'); done = true; }
      }
    }
    if (!done && hyph) {
      const ps = hyphenPieces(w) || [];
      for (let k = ps.length - 1; k >= 0 && !done; k--) {
        const t2 = cur ? cur + ' ' + ps[k][0] : ps[k][0];
        if (tw(font, t2, size) <= avail) { lines.push(t2); cur = ''; words[i] = ps[k][1]; done = true; }
      }
    }
    if (!done) {
      if (!cur) { lines.push(w); i++; } else { lines.push(cur); cur = ''; }
    }
  }
  if (cur) lines.push(cur);
  return lines;
}

// ---------------------------------------------------------------- document model
class Doc {
  constructor(w, h, n) { this.w = w; this.h = h; this.pages = []; for (let i = 0; i < n; i++) this.pages.push({ raw: [], ops: [] }); }
  raw(p, s) { this.pages[p].raw.push(s); }
  // text block: lines placed from baseline y downwards with leading `lead`
  text(p, x, y, lines, o = {}) {
    if (typeof lines === 'string') lines = [lines];
    if (!lines.length) return;
    const font = o.font || 'R', size = o.size || 10, lead = o.lead || size * 1.2;
    this.pages[p].ops.push({ kind: 'text', x, y, lines, font, size, lead, rgb: o.rgb || [0, 0, 0], align: o.align || 'left', w: o.w || 0 });
  }
  // rotated group: ops drawn about (0,0) then rotated by `angle` (cpdf: positive = clockwise) and moved to (tx,ty)
  rotated(p, tx, ty, angle, build) {
    const g = { raw: [], ops: [] };
    const sub = { raw: (s) => g.raw.push(s), text: (x, y, lines, o = {}) => {
      if (typeof lines === 'string') lines = [lines];
      const font = o.font || 'R', size = o.size || 10;
      g.ops.push({ kind: 'text', x, y, lines, font, size, lead: o.lead || size * 1.2, rgb: o.rgb || [0, 0, 0], align: o.align || 'left', w: o.w || 0 });
    } };
    build(sub);
    this.pages[p].ops.push({ kind: 'rot', tx, ty, angle, g });
  }
  rect(p, x, y, w, h, grey = null, rgb = null) {
    const fill = rgb ? `${rgb.join(' ')} rg` : `${grey} g`;
    this.raw(p, `q ${fill} ${f(x)} ${f(y)} ${f(w)} ${f(h)} re f Q`);
  }
  rule(p, x1, y1, x2, y2, wd = 0.5, rgb = [0, 0, 0]) { this.raw(p, `q ${rgb.join(' ')} RG ${wd} w ${f(x1)} ${f(y1)} m ${f(x2)} ${f(y2)} l S Q`); }
  picture(p, x, y, w, h) { this.raw(p, picOps(x, y, w, h)); }
  save(file, meta = {}) {
    const pdf = c.blankDocument(this.w, this.h, this.pages.length);
    this.pages.forEach((pg, i) => {
      const r = c.range(i + 1, i + 1);
      for (const op of pg.ops) {
        if (op.kind === 'text') addTextOp(pdf, r, op, 0, 0);
        else if (op.kind === 'rot') {
          const st = c.blankDocument(this.w, this.h, 1);
          const cx = this.w / 2, cy = this.h / 2;
          const one = c.range(1, 1);
          if (op.g.raw.length) c.addContent(`q 1 0 0 1 ${f(cx)} ${f(cy)} cm ${op.g.raw.join(' ')} Q`, false, st, one);
          for (const t of op.g.ops) addTextOp(st, one, t, cx, cy);
          c.rotateContents(st, one, op.angle);
          c.shiftContents(st, one, op.tx - cx, op.ty - cy);
          c.stampOn(st, pdf, r);
          c.deletePdf(st);
        }
      }
      if (pg.raw.length) c.addContent(pg.raw.join('\n'), true, pdf, r);
    });
    if (meta.title) c.setTitle(pdf, meta.title);
    if (meta.creator) c.setCreator(pdf, meta.creator);
    if (meta.after) meta.after(pdf, c);
    c.toFile(pdf, file, false, false);
    c.deletePdf(pdf);
  }
}
function f(n) { return (Math.round(n * 100) / 100).toString(); }
function picOps(x, y, w, h) {
  return `q 0.74 g ${f(x)} ${f(y)} ${f(w)} ${f(h)} re f 0.86 G 1 w ${f(x)} ${f(y)} m ${f(x + w)} ${f(y + h)} l S ${f(x)} ${f(y + h)} m ${f(x + w)} ${f(y)} l S Q`;
}
function addTextOp(pdf, r, op, dx, dy) {
  let x = op.x + dx;
  const lines = op.lines;
  if (op.align !== 'left') {
    // cpdf justification is relative to the widest line; set one call per line instead
    lines.forEach((ln, k) => {
      const wd = tw(op.font, ln, op.size);
      const xx = op.align === 'right' ? x + op.w - wd : x + (op.w - wd) / 2;
      addTextOp(pdf, r, { ...op, x: xx - dx, y: op.y - k * op.lead, lines: [ln], align: 'left' }, dx, dy);
    });
    return;
  }
  const s = lines.map(l => l.replace(/\\/g, '\\\\')).join('\\n');
  c.addText(false, pdf, r, s, c.posLeft, x, op.y + dy, op.lead / op.size, 0, FONT[op.font], op.size,
    op.rgb[0], op.rgb[1], op.rgb[2], false, false, false, 1.0, c.leftJustify, false, false, '', 0, false);
}

// ---------------------------------------------------------------- flow through frames
// frames: [{page, x, top, bottom, w, enter?: (doc, frame) => void}]
class Flow {
  constructor(doc, frames, name) { this.doc = doc; this.frames = frames; this.fi = 0; this.y = frames[0].top; this.name = name; this.log = []; this.entered = new Set(); this.enter(); }
  get fr() { return this.frames[this.fi]; }
  enter() { const fr = this.fr; if (!this.entered.has(this.fi)) { this.entered.add(this.fi); if (fr.enter) fr.enter(this.doc, fr); } }
  next() { this.fi++; if (this.fi >= this.frames.length) throw new Error(this.name + ': out of frames'); this.y = this.fr.top; this.enter(); }
  space(h) { this.y -= h; }
  // reserve a block of height h (e.g. a picture); moves to next frame if it does not fit
  block(h, draw) { if (this.y - h < this.fr.bottom) this.next(); const fr = this.fr; draw(this.doc, fr.page, fr.x, this.y, fr.w); this.y -= h; }
  para(text, o = {}) {
    const font = o.font || 'R', size = o.size || 10, lead = o.lead || size * 1.25, indent = o.indent || 0;
    const tag = o.tag || text.slice(0, 24);
    if (o.before) this.y -= o.before;
    // lines are broken lazily so that width can change from frame to frame
    const words = text;
    let remaining = words;
    let first = true;
    let chunks = 0;
    while (remaining) {
      if (this.y - size < this.fr.bottom) this.next();
      const fr = this.fr;
      const room = Math.floor((this.y - fr.bottom - size) / lead) + 1;
      if (room < 1) { this.next(); continue; }
      const lines = breakLines(remaining, font, size, (i) => fr.w - (first && i === 0 ? indent : 0));
      const take = lines.slice(0, room);
      const firstLineY = this.y - size;
      // first line (with indent)
      if (first && indent) {
        this.doc.text(fr.page, fr.x + indent, firstLineY, [take[0]], { font, size, lead, rgb: o.rgb });
        if (take.length > 1) this.doc.text(fr.page, fr.x, firstLineY - lead, take.slice(1), { font, size, lead, rgb: o.rgb });
      } else {
        this.doc.text(fr.page, fr.x, firstLineY, take, { font, size, lead, rgb: o.rgb, align: o.align, w: fr.w });
      }
      chunks++;
      this.y = firstLineY - (take.length - 1) * lead - (lead - size);
      if (take.length < lines.length) {
        // continue the paragraph in the next frame: rebuild the remaining text from the unused lines
        const last = take[take.length - 1];
        let rest = lines.slice(take.length).join(' ');
        if (/[A-Za-z]-$/.test(last) && !o.noHyphenLog) this.log.push(`${this.name}: "${tag}" breaks frames inside a hyphenated word (${last.split(' ').pop()})`);
        remaining = rest.replace(/ +/g, ' ');
        this.log.push(`${this.name}: "${tag}" crosses frame ${this.fi} -> ${this.fi + 1} after "${last.slice(-30)}"`);
        first = false;
        this.next();
        // hyphenated line ends are rejoined by breakLines? no: the tail already starts with the rest of the word
      } else remaining = '';
    }
    if (o.after) this.y -= o.after;
    return chunks;
  }
}

module.exports = { c, FONT, MM, tw, breakLines, Doc, Flow, picOps };
