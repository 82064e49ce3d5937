// My own layout engine on top of @napi-rs/canvas (Skia's PDF back end).
// Measuring: ctx.measureText with the same Liberation TTFs that are embedded.
// Breaking: greedy, word by word, with Liang hyphenation (npm "hyphen", en-gb)
// for lower-case words of 7+ letters (3+3 minimum), and breaks after compound hyphens.
import { PDFDocument, GlobalFonts, createCanvas } from '@napi-rs/canvas';
import hyph from 'hyphen/en-gb/index.js';
const hyphenateSync = hyph.hyphenateSync;
import fs from 'fs';

const LIB = '/usr/share/fonts/truetype/liberation/';
export const FONTS = {
  serif: 'LiberationSerif-Regular', serifB: 'LiberationSerif-Bold', serifI: 'LiberationSerif-Italic',
  serifBI: 'LiberationSerif-BoldItalic', sans: 'LiberationSans-Regular', sansB: 'LiberationSans-Bold',
  sansI: 'LiberationSans-Italic', sansBI: 'LiberationSans-BoldItalic',
};
for (const [alias, file] of Object.entries(FONTS)) {
  if (!GlobalFonts.registerFromPath(LIB + file + '.ttf', 'X' + alias)) throw new Error('font ' + file);
}
const scratch = createCanvas(10, 10).getContext('2d');
const cache = new Map();
export function measure(text, font, size) {
  const k = font + '|' + size + '|' + text;
  let w = cache.get(k);
  if (w === undefined) { scratch.font = `${size}px X${font}`; w = scratch.measureText(text).width; cache.set(k, w); }
  return w;
}

export const LOG = [];
// a word may carry a note mark: "clouds.^1" -> "clouds." + superscript "1"
export function wmeasure(word, font, size) {
  const k = word.indexOf('^');
  if (k < 0) return measure(word, font, size);
  return measure(word.slice(0, k), font, size) + measure(word.slice(k + 1), font, size * 0.6) + 0.5;
}

function hyphPieces(word) {
  // returns list of split points [prefix, rest] candidates, longest prefix first
  const m = word.match(/^([^A-Za-z]*)([A-Za-z]+)([^A-Za-z]*)$/);
  const out = [];
  if (m && m[2].length >= 7 && m[2] === m[2].toLowerCase()) {
    const parts = hyphenateSync(m[2], { minWordLength: 7 }).split('\u00AD');
    let acc = '';
    for (let i = 0; i < parts.length - 1; i++) {
      acc += parts[i];
      const rest = m[2].slice(acc.length);
      if (acc.length >= 3 && rest.length >= 3) out.push([m[1] + acc + '-', rest + m[3]]);
    }
  }
  // compound hyphen breaks (keep the hyphen on the first line)
  const idx = [];
  for (let i = 1; i < word.length - 1; i++) if (word[i] === '-' && /[A-Za-z]/.test(word[i - 1]) && /[A-Za-z]/.test(word[i + 1])) idx.push(i);
  for (const i of idx) out.push([word.slice(0, i + 1), word.slice(i + 1), true]);
  out.sort((a, b) => b[0].length - a[0].length);
  return out;
}

// A paragraph cursor: yields lines for successive widths.
export class Para {
  constructor(text, font, size, opts = {}) {
    this.words = text.split(/\s+/).filter(Boolean);
    this.font = font; this.size = size; this.i = 0; this.carry = null;
    this.indent = opts.indent || 0; this.first = true; this.hyphenate = opts.hyphenate !== false;
    this.dropLines = opts.dropLines || 0; this.dropIndent = opts.dropIndent || 0; this.n = 0;
  }
  done() { return this.i >= this.words.length && !this.carry; }
  next(width) {
    const sp = measure(' ', this.font, this.size);
    const line = []; let w = 0;
    const ind = (this.first ? this.indent : 0) + (this.n < this.dropLines ? this.dropIndent : 0);
    const avail = width - ind;
    const cur = () => (this.carry !== null ? this.carry : this.words[this.i]);
    const adv = () => { if (this.carry !== null) { this.carry = null; this.i++; } else this.i++; };
    let hyph = false;
    while (this.i < this.words.length) {
      const word = cur();
      const ww = wmeasure(word, this.font, this.size);
      const need = line.length ? w + sp + ww : ww;
      if (need <= avail) { line.push(word); w = need; adv(); continue; }
      if (this.hyphenate) {
        for (const [a, b] of hyphPieces(word)) {
          const wa = measure(a, this.font, this.size);
          if ((line.length ? w + sp + wa : wa) <= avail) {
            line.push(a); w = line.length > 1 ? w + sp + wa : wa; this.carry = b; hyph = a.endsWith('-');
            LOG.push(`hyphen: ${a}|${b}`);
            break;
          }
        }
      }
      if (!line.length) { line.push(word); w = ww; adv(); }
      break;
    }
    this.first = false; this.n++;
    return { words: line, width: w, last: this.done(), indent: ind, hyph };
  }
}

export class Doc {
  constructor(meta) { this.pdf = new PDFDocument(meta); this.ctx = null; this.ops = []; }
  page(w, h) { if (this.ctx) this.pdf.endPage(); this.ctx = this.pdf.beginPage(w, h); this.W = w; this.H = h; return this.ctx; }
  save(path) { this.pdf.endPage(); fs.writeFileSync(path, this.pdf.close()); }
  text(str, x, y, font, size, color = '#1a1a1a', align = 'left') {
    const c = this.ctx; c.font = `${size}px X${font}`; c.fillStyle = color;
    let xx = x; if (align === 'right') xx = x - measure(str, font, size); else if (align === 'center') xx = x - measure(str, font, size) / 2;
    c.fillText(str, xx, y);
  }
  word(w, x, y, font, size, color) {
    const k = w.indexOf('^');
    if (k < 0) return this.text(w, x, y, font, size, color);
    const a = w.slice(0, k); this.text(a, x, y, font, size, color);
    this.text(w.slice(k + 1), x + measure(a, font, size) + 0.5, y - size * 0.38, font, size * 0.6, color);
  }
  rect(x, y, w, h, fill) { this.ctx.fillStyle = fill; this.ctx.fillRect(x, y, w, h); }
  line(x1, y1, x2, y2, color = '#000', lw = 0.5) { const c = this.ctx; c.strokeStyle = color; c.lineWidth = lw; c.beginPath(); c.moveTo(x1, y1); c.lineTo(x2, y2); c.stroke(); }
  rotated(str, x, y, angle, font, size, color) { const c = this.ctx; c.save(); c.translate(x, y); c.rotate(angle); c.font = `${size}px X${font}`; c.fillStyle = color; c.fillText(str, 0, 0); c.restore(); }
  // draw one broken line
  drawLine(L, x, y, width, font, size, color, justify) {
    const words = L.words; if (!words.length) return;
    x += L.indent; width -= L.indent;
    const marked = words.some(w => w.includes('^'));
    if ((justify && !L.last && words.length > 1) || marked) {
      const total = words.reduce((s, w) => s + wmeasure(w, font, size), 0);
      const gap = (justify && !L.last && words.length > 1) ? (width - total) / (words.length - 1) : measure(' ', font, size);
      let xx = x;
      for (const w of words) { this.word(w, xx, y, font, size, color); xx += wmeasure(w, font, size) + gap; }
    } else this.text(words.join(' '), x, y, font, size, color);
  }
  // set a whole block in a box; returns new y (baseline of next line start = y + lead * lines)
  block(text, x, y, width, font, size, lead, color, justify = false, opts = {}) {
    const p = new Para(text, font, size, opts);
    while (!p.done()) { const L = p.next(width); this.drawLine(L, x, y, width, font, size, color, justify); y += lead; }
    return y;
  }
}

// Flow through a list of column frames; hooks called when entering a column.
export class Flow {
  constructor(doc, cols, hooks = {}) { this.doc = doc; this.cols = cols; this.ci = 0; this.y = cols[0].top; this.hooks = hooks; this.enter(0); }
  enter(i) { this.ci = i; const c = this.cols[i]; this.y = c.top; if (this.hooks[i]) { const r = this.hooks[i](this, c); if (typeof r === 'number') this.y = r; } LOG.push(`enter column ${i} at y=${this.y.toFixed(1)}`); }
  get col() { return this.cols[this.ci]; }
  room(h) { return this.y + h <= this.col.bottom; }
  ensure(h) { if (!this.room(h)) this.advance(); }
  advance() { if (this.ci + 1 >= this.cols.length) throw new Error('out of columns'); if (this.cols[this.ci + 1].page && this.cols[this.ci + 1].page !== this.cols[this.ci].page) this.cols[this.ci + 1].page(); this.enter(this.ci + 1); }
  space(h) { if (this.y !== this.col.top) this.y += h; }
  para(text, st, label = '', o = {}) {
    const p = new Para(text, st.font, st.size, { indent: o.noIndent ? 0 : (st.indent || 0), hyphenate: st.hyphenate, dropLines: o.dropLines, dropIndent: o.dropIndent });
    let n = 0;
    if (o.before) o.before(this);
    while (!p.done()) {
      if (o.insetAfter === n && o.inset) { LOG.push(`inset in "${label}" after ${n} lines`); o.inset(this); }
      if (!this.room(st.lead * 0.7) || o.breakAfter === n) { LOG.push(`break in "${label}" after ${n} lines`); if (o.onBreak) o.onBreak(this); this.advance(); }
      const c = this.col; const L = p.next(c.w);
      this.doc.drawLine(L, c.x, this.y + st.size * 0.8, c.w, st.font, st.size, st.color, st.justify !== false);
      this.y += st.lead; n++;
    }
    LOG.push(`  end "${label}" col ${this.ci} y=${this.y.toFixed(1)}`);
    this.y += st.after || 0;
  }
  heading(text, st, keep = 3) {
    const lines = Math.ceil(measure(text, st.font, st.size) / this.col.w) || 1;
    if (!this.room(st.lead * (lines + keep))) this.advance();
    this.y += st.before && this.y !== this.col.top ? st.before : 0;
    const p = new Para(text, st.font, st.size, { hyphenate: false });
    while (!p.done()) { const L = p.next(this.col.w); this.doc.drawLine(L, this.col.x + (st.dx || 0), this.y + st.size * 0.8, this.col.w, st.font, st.size, st.color, false); this.y += st.lead; }
    this.y += st.after || 0;
  }
}
