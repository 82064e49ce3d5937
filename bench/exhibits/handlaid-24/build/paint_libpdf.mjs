// Paints NAME.ops.json with @libpdf/core 0.4.2, ops in the given order; Liberation fonts embedded (subset).
import { PDF, rgb } from '@libpdf/core';
import fs from 'node:fs';
const [name, out, title] = process.argv.slice(2);
const ops = JSON.parse(fs.readFileSync(`${name}.ops.json`, 'utf8'));
const D = '/usr/share/fonts/truetype/liberation/';
const files = { 'serif': 'LiberationSerif-Regular.ttf', 'serif-bold': 'LiberationSerif-Bold.ttf',
  'serif-italic': 'LiberationSerif-Italic.ttf', 'sans': 'LiberationSans-Regular.ttf',
  'sans-bold': 'LiberationSans-Bold.ttf', 'sans-italic': 'LiberationSans-Italic.ttf' };
const pdf = PDF.create();
const fonts = {};
for (const [k, f] of Object.entries(files)) fonts[k] = pdf.embedFont(new Uint8Array(fs.readFileSync(D + f)));
let page = null;
for (const o of ops) {
  if (o.op === 'page') page = pdf.addPage({ width: o.w, height: o.h });
  else if (o.op === 'text') page.drawText(o.text, { x: o.x, y: o.y, font: fonts[o.font], size: o.size, color: rgb(...o.color) });
  else if (o.op === 'rect') page.drawRectangle({ x: o.x, y: o.y, width: o.w, height: o.h, color: rgb(...o.fill) });
  else if (o.op === 'line') page.drawLine({ start: { x: o.x1, y: o.y1 }, end: { x: o.x2, y: o.y2 }, color: rgb(...o.color), thickness: o.lw });
}
pdf.setTitle(title); pdf.setProducer('@libpdf/core 0.4.2'); pdf.setCreator('hand-laid set 24 painter');
fs.writeFileSync(out, await pdf.save({ subsetFonts: true }));
