// DOCX through quill-to-word 1.3.0 (docx 5.5.0 underneath). The text is written as Quill deltas, one per
// section (quill-to-word turns an array of parsed deltas into one docx section each).
globalThis.self = globalThis; // the browser bundles of quilljs-parser / quill-to-word expect `self`
const fs = require('fs');
const path = require('path');
const { parseQuillDelta } = require('quilljs-parser');
const q2w = require('quill-to-word');
const docx = require('docx');

const D = JSON.parse(fs.readFileSync(path.join(__dirname, 'texts.json'), 'utf8')).chinampas_tenochtitlan_1325;
const png = fs.readFileSync(path.join(__dirname, 'grey.png'));

// quill-to-word only calls addSection({children}); add the museum footer with a page number to every section.
const orig = docx.Document.prototype.addSection;
docx.Document.prototype.addSection = function (opts) {
  opts.footers = { default: new docx.Footer({ children: [new docx.Paragraph({ alignment: docx.AlignmentType.CENTER,
    children: [new docx.TextRun({ text: D.running[0] + '   ', size: 18 }), new docx.TextRun({ children: [docx.PageNumber.CURRENT], size: 18 })] })] }) };
  return orig.call(this, opts);
};

const line = (ops, text, attrs) => { if (text) ops.push({ insert: text, attributes: attrs }); };
const end = (ops, battrs) => ops.push(battrs ? { insert: '\n', attributes: battrs } : { insert: '\n' });

// cover
const cover = [];
line(cover, D.kicker.toUpperCase(), { size: 'small', color: '#8a5a2b' }); end(cover, { align: 'center' });
line(cover, D.title_lines[0], { bold: true, size: 'huge' }); end(cover, { align: 'center' });
line(cover, D.title_lines[1], { italic: true, size: 'large' }); end(cover, { align: 'center' });
line(cover, D.intro); end(cover, { align: 'justify' });
line(cover, 'Lent in part by the Xochimilco Canal Growers’ Cooperative and the Ayala Agricultural Archive', { size: 'small', italic: true }); end(cover, { align: 'center' });

function body(ops, p) {
  const parts = p.split('calpolli');
  if (parts.length === 2) {
    // one word split into runs with different formatting
    line(ops, parts[0]); line(ops, 'calp', { italic: true }); line(ops, 'olli', { italic: true, underline: true }); line(ops, parts[1]);
  } else if (p.includes('two hundred thousand people.')) {
    const [a, b] = p.split('two hundred thousand people.');
    line(ops, a + 'two hundred thousand people.'); line(ops, '1', { script: 'super' }); line(ops, b);
  } else line(ops, p);
}
const secs = [cover];
D.sections.forEach((s, i) => {
  const ops = [];
  // heading: the bold first run of a normal paragraph, label and title in one run
  line(ops, '❧', { color: '#8a5a2b' }); end(ops, { align: 'center' });
  line(ops, `${s.label}: ${s.title}. `, { bold: true, color: '#5b3a1a' });
  body(ops, s.paras[0]); end(ops, { align: 'justify' });
  s.paras.slice(1).forEach((p, j) => {
    if (s.caption && j === 0) {
      // caption ABOVE the picture (Quill "citation"-less small italic line), credit under the picture
      line(ops, 'Above: ', { italic: true, size: 'small' }); line(ops, s.caption.text, { italic: true, size: 'small' }); end(ops);
      ops.push({ insert: { image: png } }); end(ops);
      line(ops, s.caption.credit, { size: 'small', color: '#666666' }); end(ops, { align: 'right' });
    }
    body(ops, p);
    end(ops, { align: 'justify' });
  });
  if (i === 1) {
    // block quote + attribution as its own right-aligned paragraph
    line(ops, D.quote[0]); end(ops, { blockquote: true });
    line(ops, D.quote[1], { italic: true }); end(ops, { align: 'right' });
  }
  if (i === 2) {
    // sidebar: highlighted paragraphs, title only a bold run
    line(ops, D.sidebar.title, { bold: true, background: '#ffff00' }); end(ops);
    D.sidebar.paras.forEach(p => { line(ops, p, { background: '#ffff00' }); end(ops); });
    line(ops, 'Notes', { bold: true, size: 'small' }); end(ops);
    line(ops, D.notes[0], { size: 'small' }); end(ops, { list: 'ordered' });
  }
  secs.push(ops);
});
// a timeline as an ordered list after Part One
const tl = [['1325', 'Traditional founding of Tenochtitlan'], ['1428', 'Triple Alliance formed'], ['1521', 'Fall of the city to Cortés'], ['1607', 'Drainage works begin']];
const sec1 = secs[1];
line(sec1, 'Key dates', { bold: true, size: 'small' }); end(sec1);
tl.forEach(([a, b]) => { line(sec1, `${a}  ${b}`, { size: 'small' }); end(sec1, { list: 'ordered' }); });

(async () => {
  const parsed = secs.map(ops => parseQuillDelta({ ops }));
  const buf = await q2w.generateWord(parsed, { exportAs: 'buffer' });
  fs.writeFileSync(path.join(__dirname, '..', 'chinampas_tenochtitlan_1325.docx'), buf);
  console.log('docx', buf.length);
})();
