// Painter for set 21: draws an ops list, in the order given, with muhammara (npm).
const path = require('path');
const fs = require('fs');
const muhammara = require(path.join(__dirname, 'node', 'node_modules', 'muhammara'));
const [opsPath, outPath, title] = process.argv.slice(2);
const ops = JSON.parse(fs.readFileSync(opsPath, 'utf8'));
const FONTDIR = '/usr/share/fonts/truetype/liberation/';
const FILES = {
  'serif': 'LiberationSerif-Regular.ttf', 'serif-i': 'LiberationSerif-Italic.ttf', 'serif-b': 'LiberationSerif-Bold.ttf',
  'sans': 'LiberationSans-Regular.ttf', 'sans-b': 'LiberationSans-Bold.ttf', 'sans-i': 'LiberationSans-Italic.ttf',
};
const writer = muhammara.createWriter(outPath, { version: muhammara.ePDFVersion14, compress: false });
const info = writer.getDocumentContext().getInfoDictionary();
info.title = title;
info.creator = 'hand-laid set 21 (muhammara painter)';
const fonts = {};
const font = (k) => (fonts[k] = fonts[k] || writer.getFontForFile(FONTDIR + FILES[k]));
const hex = (c) => (Math.round(c[0] * 255) << 16) | (Math.round(c[1] * 255) << 8) | Math.round(c[2] * 255);
let page = null, cxt = null;
for (const op of ops) {
  if (op.op === 'page') {
    if (page) writer.writePage(page);
    page = writer.createPage(0, 0, op.w, op.h);
    cxt = writer.startPageContentContext(page);
  } else if (op.op === 'text') {
    cxt.writeText(op.text, op.x, op.y, { font: font(op.font), size: op.size, colorspace: 'rgb', color: hex(op.color) });
  } else if (op.op === 'rect') {
    cxt.drawRectangle(op.x, op.y, op.w, op.h, { type: 'fill', colorspace: 'rgb', color: hex(op.fill) });
  } else if (op.op === 'line') {
    cxt.drawPath(op.x1, op.y1, op.x2, op.y2, { type: 'stroke', width: op.width, colorspace: 'rgb', color: hex(op.color) });
  }
}
writer.writePage(page);
writer.end();
