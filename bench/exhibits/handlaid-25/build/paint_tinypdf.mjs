// Painter for tinypdf 0.3.1 (npm): draws NAME.ops.json op by op in the given order.
// tinypdf has one font (Helvetica, no /Encoding, so StandardEncoding) and writes
// the content stream as UTF-8, so only ASCII is passed: U+2019 becomes "'", which
// StandardEncoding names quoteright.  Usage: node paint_tinypdf.mjs IN.ops.json OUT.pdf
import { readFileSync, writeFileSync } from 'node:fs';
import { pdf } from './node/node_modules/tinypdf/dist/index.js';

const [inp, out] = process.argv.slice(2);
const data = JSON.parse(readFileSync(inp, 'utf8'));
const hex = (c) => '#' + c.map((v) => Math.round(v * 255).toString(16).padStart(2, '0')).join('');
const ascii = (s) => {
  const t = s.replace(/\u2019/g, "'");
  if (/[^\x20-\x7e]/.test(t)) throw new Error('non-ASCII text for tinypdf: ' + t);
  return t;
};
const doc = pdf();
for (const pg of data.pages) {
  doc.page(pg.w, pg.h, (ctx) => {
    for (const op of pg.ops) {
      if (op.t === 'text') {
        if (op.f !== 'HR') throw new Error('tinypdf has Helvetica only');
        ctx.text(ascii(op.str), op.x, op.y, op.s, { color: hex(op.c) });
      } else if (op.t === 'rect') {
        ctx.rect(op.x, op.y, op.w, op.h, hex(op.c));
      } else if (op.t === 'line') {
        ctx.line(op.x1, op.y1, op.x2, op.y2, hex(op.c), op.lw);
      }
    }
  });
}
writeFileSync(out, doc.build());
