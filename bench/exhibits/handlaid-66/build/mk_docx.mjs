// bank_of_england_1694.docx: a MyST manuscript (build/docx/bank_of_england_1694.md) parsed by myst-parser and
// written by myst-to-docx's DocxSerializer; createDocFromState gets a footer (museum line + PAGE field).
import fs from 'fs';
import path from 'path';
import { fileURLToPath } from 'url';
import { VFile } from 'vfile';
import { mystParse } from 'myst-parser';
import { DocxSerializer, createDocFromState, defaultHandlers } from 'myst-to-docx';
import { Footer, Paragraph, TextRun, PageNumber, AlignmentType, Packer } from 'docx';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.dirname(HERE);
const T = JSON.parse(fs.readFileSync(path.join(HERE, 'texts.json'), 'utf8'));
const e = T.bank_of_england_1694;
const [s1, s2, s3] = e.sections;
const c = s2.caption;

const md = [
  `**${e.kicker}**`, '',
  `# ${e.title_lines[0]}`, '',
  `*${e.title_lines[1]}*`, '',
  e.intro, '',
  '| The bank in 1694 |  |', '|---|---|',
  '| Founded | 27 July 1694, by royal charter |', '| First governor | Sir John Houblon |',
  '| First loan | £1,200,000 at 8 per cent |', '| First home | Mercers’ Hall, then Grocers’ Hall |', '',
  '---', '',
  `**${s1.label.toUpperCase()}**`, '',
  `## ${s1.title}`, '',
  s1.paras[0].replace('off Beachy Head', 'off Beachy Head[^beachy]'), '',
  s1.paras[1], '',
  '> Paper, once trusted, could travel faster than any fleet.', '>',
  '> — from the exhibition notebook', '',
  '---', '',
  `**${s2.label.toUpperCase()}**`, '',
  `## ${s2.title}`, '',
  s2.paras[0], '',
  ':::{figure} img/boe_note.png', `${c.position}: ${c.text}`, '', `{sub}\`${c.credit}\``, ':::', '',
  s2.paras[1], '',
  s2.paras[2], '',
  '---', '',
  `**${s3.label.toUpperCase()}**`, '',
  `## ${s3.title}`, '',
  ...s3.paras.flatMap((p) => [p, '']),
  `:::{admonition} ${e.sidebar.title}`, e.sidebar.paras[0], ':::', '',
  '[^beachy]: The French fleet beat an Anglo-Dutch fleet off the Sussex coast on 30 June 1690.', '',
].join('\n');
fs.mkdirSync(path.join(HERE, 'docx'), { recursive: true });
fs.writeFileSync(path.join(HERE, 'docx', 'bank_of_england_1694.md'), md);

const tree = mystParse(md);
// The bits myst-transforms would do: number the footnote, turn the figure's first paragraph into its caption.
function walk(n, f) { f(n); (n.children || []).forEach((k) => walk(k, f)); }
walk(tree, (n) => {
  if (n.type === 'footnoteReference' || n.type === 'footnoteDefinition') n.enumerator = '1';
  if (n.type === 'container' && n.kind === 'figure') {
    const i = n.children.findIndex((k) => k.type === 'paragraph');
    if (i >= 0) n.children[i] = { type: 'caption', children: [n.children[i]] };
    const j = n.children.findIndex((k, idx) => k.type === 'paragraph' && idx > i);
    if (j >= 0) n.children[j] = { type: 'legend', children: [n.children[j]] };
  }
});
const file = new VFile();
const state = new DocxSerializer(file, {
  getImageBuffer: (url) => fs.readFileSync(path.join(HERE, url)),
  maxImageWidth: 420,
  handlers: { ...defaultHandlers, legend: (st, node) => st.renderChildren(node) },
});
state.renderChildren(tree);
const footer = new Footer({
  children: [new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: `${e.running[0]}    `, size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })],
  })],
});
const doc = createDocFromState(state, footer);
const buf = await Packer.toBuffer(doc);
fs.writeFileSync(path.join(OUT, 'bank_of_england_1694.docx'), buf);
for (const m of file.messages) console.log('myst-to-docx:', m.message);
console.log('docx written', buf.length);
