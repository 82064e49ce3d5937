// Set 59 DOCX: a ProseMirror document (JSON written by mk_docx.py) serialised by prosemirror-docx.
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import { Schema, Node } from 'prosemirror-model';
import { createRequire } from 'module';
// prosemirror-docx 0.6.1 ships "type": "module" with a CommonJS main and an ESM build whose imports lack
// file extensions, so neither loads in Node 20; build_all.sh copies dist/cjs to pmdocx_cjs/ marked commonjs.
const require = createRequire(import.meta.url);
const { DocxSerializer, defaultNodes, defaultMarks, writeDocx } = require('./pmdocx_cjs/index.js');
import * as docx from 'docx';
const __dirname = path.dirname(fileURLToPath(import.meta.url));

const [specPath, outPath] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(specPath, 'utf8'));

const schema = new Schema({
  nodes: {
    doc: { content: 'block+' },
    paragraph: { group: 'block', content: 'inline*', attrs: { style: { default: null } } },
    heading: { group: 'block', content: 'inline*', attrs: { level: { default: 1 } } },
    blockquote: { group: 'block', content: 'paragraph+' },
    horizontal_rule: { group: 'block' },
    ordered_list: { group: 'block', content: 'list_item+', attrs: { order: { default: 1 } } },
    list_item: { content: 'paragraph+' },
    image: { group: 'block', attrs: { src: {}, width: { default: 70 } } },
    table: { group: 'block', content: 'table_row+' },
    table_row: { content: '(table_cell|table_header)+' },
    table_cell: { content: 'block+', attrs: { colspan: { default: 1 }, rowspan: { default: 1 }, shade: { default: null } } },
    table_header: { content: 'block+', attrs: { colspan: { default: 1 }, rowspan: { default: 1 }, shade: { default: null } } },
    footnote: { group: 'inline', inline: true, content: 'text*', atom: true },
    hard_break: { group: 'inline', inline: true },
    text: { group: 'inline' },
  },
  marks: {
    em: {}, strong: {}, smallcaps: {},
    colour: { attrs: { c: {} } },
  },
});

const nodes = {
  ...defaultNodes,
  paragraph(state, node) {
    state.renderInline(node);
    state.closeBlock(node, node.attrs.style ? { style: node.attrs.style } : undefined);
  },
  image(state, node) {
    state.image(node.attrs.src, node.attrs.width, 'left');
    state.closeBlock(node);
  },
  table(state, node) {
    state.table(node, {
      tableOptions: { width: { size: 100, type: docx.WidthType.PERCENTAGE } },
      getCellOptions: (cell) => (cell.attrs.shade ? { shading: { fill: cell.attrs.shade, type: docx.ShadingType.CLEAR, color: 'auto' } } : {}),
    });
  },
  footnote(state, node) {
    state.footnote(node);
  },
};
const marks = {
  ...defaultMarks,
  colour(state, node, mark) { return { color: mark.attrs.c }; },
};

const serializer = new DocxSerializer(nodes, marks);
const doc = Node.fromJSON(schema, spec.doc);
const imgBuf = fs.readFileSync(path.join(__dirname, 'grey.png'));
const header = new docx.Header({
  children: [new docx.Paragraph({
    alignment: docx.AlignmentType.RIGHT,
    children: [new docx.TextRun({ text: spec.header, size: 16, color: '777777' })],
  })],
});
const opts = { getImageBuffer: () => imgBuf, sections: [{ properties: {}, headers: { default: header } }] };
const wordDoc = serializer.serialize(doc, opts, (state) => {
  return {
    creator: 'Pellworth Museum of Medicine',
    title: spec.title,
    description: 'set 59, made with prosemirror-docx',
    numbering: { config: state.numbering },
    styles: {
      default: {
        heading1: { run: { size: 44, bold: true, color: '1D2B4F', font: 'Georgia' }, paragraph: { spacing: { after: 120 } } },
        heading2: { run: { size: 28, bold: true, color: '1D2B4F', font: 'Georgia' }, paragraph: { spacing: { before: 240, after: 80 } } },
        heading3: { run: { size: 24, bold: true, color: '7A1F28' }, paragraph: { spacing: { before: 200, after: 60 } } },
      },
      paragraphStyles: [
        { id: 'IntenseQuote', name: 'Intense Quote', basedOn: 'Normal', run: { italics: true, size: 26, color: '7A1F28' }, paragraph: { indent: { left: 720, right: 720 }, spacing: { before: 200, after: 200 } } },
        { id: 'Kicker', name: 'Kicker', basedOn: 'Normal', run: { bold: true, allCaps: true, size: 18, color: 'A3242B' } },
        { id: 'Intro', name: 'Intro', basedOn: 'Normal', run: { italics: true, size: 26 } },
        { id: 'CaptionRow', name: 'Caption Row', basedOn: 'Normal', run: { size: 17 } },
        { id: 'CreditRow', name: 'Credit Row', basedOn: 'Normal', run: { size: 15, italics: true, color: '666666' } },
        { id: 'TableText', name: 'Table Text', basedOn: 'Normal', run: { size: 18 } },
        { id: 'SidebarText', name: 'Sidebar Text', basedOn: 'Normal', run: { size: 20, font: 'Arial' }, paragraph: { indent: { left: 360 } } },
      ],
    },
  };
});
writeDocx(wordDoc).then((buf) => { fs.writeFileSync(outPath, buf); console.log('wrote', outPath); });
