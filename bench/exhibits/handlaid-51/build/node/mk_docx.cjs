// Render the element list with redocx (React renderer over officegen).
const React = require('react'); const r = require('redocx'); const fs = require('fs'); const h = React.createElement;
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8')); const out = process.argv[3];
const kids = [];
spec.els.forEach((e, i) => {
  if (e.t === 'text') {
    const ch = e.x.map((x, j) => x === 'BR' ? h(r.LineBreak, { key: j }) : x);
    const p = { key: i, style: e.s }; if (e.a) p.align = e.a;
    kids.push(h(r.Text, p, ...ch));
  } else if (e.t === 'image') {
    kids.push(h(r.Text, { key: i, align: 'center' }, h(r.Image, { src: spec.image, width: '420', height: '252' })));
  } else if (e.t === 'pagebreak') {
    kids.push(h(r.PageBreak, { key: i }));
  } else if (e.t === 'table') {
    kids.push(h(r.Table, { key: i, headers: e.headers.map(v => ({ value: v, styles: { bold: true, color: 'ffffff', fill: '8a4b1f' } })),
      data: e.rows, style: { tableSize: 20, tableColor: '3a2a1a', borders: true } }));
  }
});
const doc = h(r.Document, { info: { title: spec.title } }, ...kids);
r.render(doc, out).then(() => setTimeout(() => {}, 500), e => { console.error(e); process.exit(1); });
