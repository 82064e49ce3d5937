// twelve_tables_450.docx: an MDAST tree written by hand from texts.json, converted by @m2d/core (on docx 9).
const fs = require('fs');
const path = require('path');
const docx = require('docx');
const { toDocx } = require('@m2d/core');
const { imagePlugin } = require('@m2d/image');
const { tablePlugin } = require('@m2d/table');

const HERE = __dirname;
const OUT = path.dirname(HERE);
const name = 'twelve_tables_450';
const d = JSON.parse(fs.readFileSync(path.join(HERE, 'texts.json'), 'utf8'))[name];

const t = (value, data) => (data ? { type: 'text', value, data } : { type: 'text', value });
const para = (children, data) => ({ type: 'paragraph', children: Array.isArray(children) ? children : [t(children)], ...(data ? { data } : {}) });
const heading = (depth, text, data) => ({ type: 'heading', depth, children: [t(text)], ...(data ? { data } : {}) });

// body paragraph with an optional footnote reference after a word ("Solon^1")
function bodyPara(text) {
  const m = text.match(/^(.*?)(\S+)\^(\d+)(.*)$/s);
  if (!m) return para(text);
  return para([t(m[1] + m[2]), { type: 'footnoteReference', identifier: m[3], label: m[3] }, t(m[4])]);
}

// a tiny plugin: a TOC field where an empty node asks for it
const tocPlugin = () => ({
  block: (docxLib, node) => (node.type === '' && node.data && node.data.toc)
    ? [new docxLib.TableOfContents('Contents', { hyperlink: true, headingStyleRange: '1-2' })] : [],
});

const png = fs.readFileSync(path.join(HERE, 'docx', 'bronze_tablet.png'));
const imgPlugin = imagePlugin({
  idb: false,
  cacheConfig: { cacheMode: 'memory', ignoreKeys: ['dpi', 'cacheConfig', 'type', 'alt'], parallel: true },
  imageResolver: async () => ({ type: 'png', data: png, transformation: { width: 360, height: 240 } }),
});

// ---- section 1: cover page
const cover = [
  para([t('HALLORAN MUSEUM OF LEGAL HISTORY · GALLERY 2', { bold: true, color: '8A2B1A', size: 18 })], { spacing: { before: 1800 } }),
  heading(1, d.title_lines[0]),
  para([t(d.title_lines[1], { italics: true, size: 36 })], { style: 'Subtitle' }),
  para(d.intro, { spacing: { before: 480 } }),
  para([t(d.lender, { size: 18, color: '555555' })], { spacing: { before: 1200 } }),
];

// ---- section 2: contents and the first panel (one column)
const secs = d.sections;
function panel(s) {
  // label and title share the heading line: "Table I — A Demand for Written Law"
  return [heading(3, s.label + ' — ' + s.title)];
}
const s2 = [
  { type: '', data: { toc: true } },
  heading(2, 'In the Gallery'),
  ...panel(secs[0]),
  ...secs[0].paras.map(bodyPara),
  { type: 'footnoteDefinition', identifier: '1', label: '1', children: [para(d.footnote)] },
  para([t('The Tables at a Glance', { bold: true })], { keepNext: true }),
  { type: 'table', align: ['left', 'left'], children: [
    { type: 'tableRow', children: [{ type: 'tableCell', children: [t('Item')] }, { type: 'tableCell', children: [t('Detail')] }] },
    ...d.table.map(([k, v]) => ({ type: 'tableRow', children: [
      { type: 'tableCell', children: [{ type: 'strong', children: [t(k)] }] },
      { type: 'tableCell', children: [t(v)] }] })),
  ] },
];

// ---- section 3: continuous, two columns: the second panel, caption ABOVE the picture, credit under it
const s3 = [
  ...panel(secs[1]),
  bodyPara(secs[1].paras[0]),
  para([t(secs[1].caption.position + ': ' + secs[1].caption.text)], { style: 'Caption', keepNext: true }),
  para([{ type: 'image', url: 'bronze_tablet.png', alt: 'Grey box standing for the reconstructed tablet' }], { keepNext: true }),
  para([t(secs[1].caption.credit, { size: 16, color: '666666' })]),
  ...secs[1].paras.slice(1).map(bodyPara),
];

// ---- section 4: continuous, back to one column mid-page: pull quote, third panel, sidebar in a frame
const sb = d.sidebar;
const frame = {
  type: 'alignment', position: { x: 0, y: 0 }, width: 3400, height: 2600,
  anchor: { horizontal: 'margin', vertical: 'paragraph' },
  alignment: { x: 'right', y: 'top' },
};
const s4 = [
  { type: 'blockquote', children: [
    para([t(d.quote, { italics: true, size: 30 })]),
    para([t(d.quote_attr, { size: 18 })], { alignment: 'right' }),
  ] },
  ...panel(secs[2]),
  bodyPara(secs[2].paras[0]),
  // the sidebar: two paragraphs sharing one text frame, anchored between the panel's paragraphs
  para([t(sb.title, { bold: true, color: '8A2B1A' })], { frame, shading: { type: 'clear', fill: 'EFE7D8' } }),
  ...sb.paras.map((p) => para([t(p, { size: 18 })], { frame, shading: { type: 'clear', fill: 'EFE7D8' } })),
  ...secs[2].paras.slice(1).map(bodyPara),
  { type: 'thematicBreak' },
];

const footer = new docx.Footer({ children: [new docx.Paragraph({ alignment: 'center', children: [
  new docx.TextRun({ text: d.running[0] + ' · ', size: 16 }),
  new docx.TextRun({ children: [docx.PageNumber.CURRENT], size: 16 })] })] });

(async () => {
  // @m2d/core 1.7.1 pushes the section's plugins onto the shared default list once per section
  // (the same array), so with four sections every plugin would run many times. A list that ignores
  // push() keeps each plugin once.
  class PluginList extends Array { push() { return this.length; } }
  const plugins = PluginList.from([imgPlugin, tablePlugin(), tocPlugin()]);
  const buf = await toDocx([
    { ast: { type: 'root', children: cover }, props: { titlePage: true } },
    { ast: { type: 'root', children: s2 }, props: { footers: { default: footer } } },
    { ast: { type: 'root', children: s3 }, props: { footers: { default: footer },
        properties: { type: docx.SectionType.CONTINUOUS, column: { count: 2, space: 567 } } } },
    { ast: { type: 'root', children: s4 }, props: { footers: { default: footer },
        properties: { type: docx.SectionType.CONTINUOUS, column: { count: 1 } } } },
  ], {
    title: d.title_lines.join(' '), creator: 'mk_docx.js (set 68)', description: 'made with @m2d/core',
    features: { updateFields: true },
  }, { plugins }, 'nodebuffer');
  fs.writeFileSync(path.join(OUT, name + '.docx'), buf);
  console.log('wrote', name + '.docx', buf.length);
})();
