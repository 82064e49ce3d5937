// Paints page ops (JSON from the Python layouts) with @progress/kendo-drawing's PDF writer.
// Node has no DOM: kendo needs a `window` for browser sniffing, XMLHttpRequest to load TTF files,
// and a DOM to measure text; all three are stubbed here (text measuring uses widths from my engine).
const fs = require('fs');
global.window = { navigator: { userAgent: 'Node.js' }, console };
global.XMLHttpRequest = class {
  open(m, u) { this.u = u; }
  send() {
    try { const b = fs.readFileSync(this.u); this.status = 200;
      this.response = b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength); setImmediate(() => this.onload()); }
    catch (e) { setImmediate(() => this.onerror(e)); }
  }
};
const d = require('@progress/kendo-drawing');
const { pdf, Group, Text, Path, geometry } = d;
d.Text.prototype.measure = function () {
  const z = parseFloat(this.options.get('font').match(/(\d+)px/)[1]);
  return { width: this.options.get('mw') || z * this.content().length * 0.55, height: z * 1.2, baseline: z };
};
const L = '/usr/share/fonts/truetype/liberation/';
pdf.defineFont({
  'Lib Serif': L + 'LiberationSerif-Regular.ttf', 'Lib Serif|bold': L + 'LiberationSerif-Bold.ttf',
  'Lib Serif|italic': L + 'LiberationSerif-Italic.ttf', 'Lib Serif|bold|italic': L + 'LiberationSerif-BoldItalic.ttf',
  'Lib Sans': L + 'LiberationSans-Regular.ttf', 'Lib Sans|bold': L + 'LiberationSans-Bold.ttf',
  'Lib Sans|italic': L + 'LiberationSans-Italic.ttf', 'Lib Sans|bold|italic': L + 'LiberationSans-BoldItalic.ttf',
});
function fontDef(f, z) {
  const [fam, st] = f.split('-');
  const family = fam === 'serif' ? 'Lib Serif' : 'Lib Sans';
  const it = st && st.includes('i') ? 'italic' : 'normal';
  const b = st && st.includes('b') ? 'bold' : 'normal';
  return `${it} normal ${b} ${z}px ${family}`;   // kendo's parser: style variant weight size family
}
const [, , inp, out, title, creator] = process.argv;
const data = JSON.parse(fs.readFileSync(inp, 'utf8'));
const root = new Group({ pdf: { multiPage: true, title, creator, producer: 'Kendo UI PDF Generator (@progress/kendo-drawing 1.25.6)' } });
for (const pg of data.pages) {
  const g = new Group({ pdf: { paperSize: [pg.w, pg.h], margin: 0 } });
  for (const o of pg.ops) {
    if (o.t === 'text') {
      const t = new Text(o.s, new geometry.Point(o.x, o.y - o.z), { font: fontDef(o.f, o.z), fill: { color: o.c }, mw: 10 });
      if (o.rot) t.transform(geometry.transform().rotate(o.rot, new geometry.Point(o.x, o.y)));
      g.append(t);
    } else if (o.t === 'rect') {
      const r = new Path({ fill: { color: o.fill }, stroke: o.stroke ? { color: o.stroke, width: 0.8 } : null });
      r.moveTo(o.x, o.y).lineTo(o.x + o.w, o.y).lineTo(o.x + o.w, o.y + o.h).lineTo(o.x, o.y + o.h).close();
      g.append(r);
    } else if (o.t === 'line') {
      const p = new Path({ stroke: { color: o.c, width: o.lw } });
      p.moveTo(o.x1, o.y1).lineTo(o.x2, o.y2); g.append(p);
    }
  }
  root.append(g);
}
pdf.exportPDF(root).then(uri => { fs.writeFileSync(out, Buffer.from(uri.split(',')[1], 'base64')); });
