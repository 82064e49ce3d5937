// mk_docx.js — tull_seed_drill_1701.docx through react-docx 1.0.1 (React reconciler over docx 5.5.0).
// Written with React.createElement (no JSX build step).
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const React = require('react');
const Docx = require('docx');
const { renderAsyncDocument } = require('react-docx');
const h = React.createElement;

const T = JSON.parse(fs.readFileSync(path.join(__dirname, 'texts.json'), 'utf8'));
const name = 'tull_seed_drill_1701', E = T[name], S = E.sections, X = E.extra;
const OUT = path.dirname(__dirname);

// flat grey PNG (the picture is a grey box)
function greyPng(w, hgt) {
  const crcT = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crcT[n] = c >>> 0; }
  const crc = (b) => { let c = 0xffffffff; for (const x of b) c = crcT[(c ^ x) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (t, d) => { const l = Buffer.alloc(4); l.writeUInt32BE(d.length); const td = Buffer.concat([Buffer.from(t), d]); const cc = Buffer.alloc(4); cc.writeUInt32BE(crc(td)); return Buffer.concat([l, td, cc]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(hgt, 4); ihdr[8] = 8; ihdr[9] = 0;
  const raw = Buffer.alloc((w + 1) * hgt, 0xbb); for (let y = 0; y < hgt; y++) raw[y * (w + 1)] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
const png = greyPng(480, 270);
fs.mkdirSync(path.join(OUT, 'img'), { recursive: true });

// react-docx 1.0.1 with docx 5.5.0 drops the text of a <textrun> that has its own props (it always
// passes children: [] to the constructor), so all character formatting lives in paragraph styles and
// every text is a plain string child (react-docx turns it into a bare TextRun).
const STY = [
  ['Kicker', { size: 16, bold: true, color: '5A6B2E', font: 'Arial' }, { spacing: { after: 60 } }],
  ['TitleSub', { size: 30, italics: true, color: '5A6B2E', font: 'Georgia' }, { spacing: { after: 240 } }],
  ['Lede', { size: 25, font: 'Georgia' }, { spacing: { after: 240 } }],
  ['Body', { size: 22, font: 'Georgia' }, { spacing: { after: 160, line: 276 } }],
  ['BodyBold', { size: 22, bold: true, font: 'Georgia' }, { spacing: { before: 280, after: 120 } }],
  ['Small', { size: 18, font: 'Arial' }, {}],
  ['SmallBold', { size: 18, bold: true, font: 'Arial' }, {}],
  ['Credit', { size: 15, color: '666666', font: 'Arial' }, {}],
  ['Quote', { size: 30, italics: true, color: '5A6B2E', font: 'Georgia' }, { spacing: { before: 200, after: 200 }, indent: { left: 720, right: 720 } }],
  ['Box', { size: 20, font: 'Arial' }, {}],
];
const styles = { paragraphStyles: STY.map(([id, r, p]) => ({ id, name: id, basedOn: 'Normal', next: 'Normal', quickFormat: true, run: r, paragraph: p })) };
const body = (text) => h('p', { style: 'Body' }, text);
// headings: no heading styles, only shaded bold body-size paragraphs ("Part 1 · " + title)
const shaded = (label, title) => h('p', {
  style: 'BodyBold', shading: { type: Docx.ShadingType.CLEAR, fill: 'E3E8D5', color: 'auto' }, keepNext: true,
}, label ? `${label} · ${title}` : title);

// footnote mark: react-docx passes an options object to every constructor, so FootnoteReferenceRun
// gets {…} as its id; the ref + layout effect (the README's way for imperative fixes) puts the number in.
function Note({ id }) {
  const ref = React.useRef(null);
  React.useLayoutEffect(() => {
    const ref2 = ref.current.root.find((x) => x.rootKey === 'w:footnoteReference');
    ref2.root[0].root.id = id;
  }, []);
  return h('footnotereferencerun', { ref });
}

const cell = (children, o = {}) => h('tablecell', { margins: { top: 80, bottom: 80, left: 120, right: 120 }, ...o }, ...children);
const sidebar = S[3];
const cap = S[1][2].find((b) => b.kind === 'caption');
const P = (sec) => sec[2].filter((b) => b.kind === 'paragraph').map((b) => b.text);

// paragraph 1-1 carries the footnote after "sainfoin"
const p11 = P(S[0])[0];
const cut = p11.indexOf('sainfoin') + 'sainfoin'.length;

// react-docx hands every prop of <section> to docx as `properties`, so headers/footers given there
// are lost; the default header and footer that docx 5 creates are filled after rendering instead.
const doc = h('section', { margins: { top: 1300, bottom: 1300, left: 1400, right: 1400 } },
  h('p', { style: 'Kicker' }, X.kicker.toUpperCase()),
  h('p', { style: 'Title' }, E.title_lines[0]),
  h('p', { style: 'TitleSub' }, E.title_lines[1]),
  h('p', { style: 'Lede' }, E.intro),
  // Part 1
  shaded(S[0][0], S[0][1]),
  h('p', { style: 'Body' }, p11.slice(0, cut), h(Note, { id: 1 }), p11.slice(cut)),
  body(P(S[0])[1]),
  // label-cell table between Part 1 and Part 2
  h('table', { columnWidths: [2200, 6800], width: { size: 9000, type: Docx.WidthType.DXA } },
    ...X.table.map((r) => h('tablerow', {}, cell([h('p', { style: 'SmallBold' }, r[0])], { shading: { fill: 'EEEEEE', type: Docx.ShadingType.CLEAR, color: 'auto' } }), cell([h('p', { style: 'Small' }, r[1])])))),
  // Part 2 — picture and caption in a two-row table placed between the two paragraphs
  shaded(S[1][0], S[1][1]),
  body(P(S[1])[0]),
  h('table', { columnWidths: [9000], width: { size: 9000, type: Docx.WidthType.DXA } },
    h('tablerow', {}, cell([h('p', { alignment: Docx.AlignmentType.CENTER }, h('image', { src: png, width: 480, height: 270 }))])),
    h('tablerow', {}, cell([
      h('p', { style: 'Small' }, 'Above: ' + cap.text),
      h('p', { style: 'Credit' }, cap.credit),
    ]))),
  h('p', { spacing: { after: 0 } }),
  body(P(S[1])[1]),
  // pull quote: indented italic paragraph with a left rule
  h('p', { style: 'Quote', border: { left: { color: '5A6B2E', space: 8, value: 'single', size: 18 } } }, X.quote),
  // Part 3
  shaded(S[2][0], S[2][1]),
  body(P(S[2])[0]),
  body(P(S[2])[1]),
  // sidebar: a one-cell table, its heading a shaded bold paragraph like the others
  h('table', { columnWidths: [9000], width: { size: 9000, type: Docx.WidthType.DXA } },
    h('tablerow', {}, cell([shaded(null, sidebar[1]), h('p', { style: 'Box' }, P(sidebar)[0])], { shading: { fill: 'F6F3E8', type: Docx.ShadingType.CLEAR, color: 'auto' } }))),
);

renderAsyncDocument(doc, {
  styles, creator: 'Pennwick Museum of Rural Life', title: E.title_lines.join(' '), description: 'Exhibit text, set 62',
  footnotes: [new Docx.Paragraph({ children: [new Docx.TextRun({ text: X.footnote, size: 18 })] })],
}).then((d) => {
  d.Headers[0].add(new Docx.Paragraph({ alignment: Docx.AlignmentType.RIGHT, children: [new Docx.TextRun({ text: E.running[0], size: 16, color: '777777' })] }));
  d.Footers[0].add(new Docx.Paragraph({ alignment: Docx.AlignmentType.CENTER, children: [new Docx.TextRun({ children: ['– ', Docx.PageNumber.CURRENT, ' –'], size: 16 })] }));
  return Docx.Packer.toBuffer(d);
}).then((b) => {
  fs.writeFileSync(path.join(OUT, name + '.docx'), b);
  console.log('docx', b.length);
});
