// Builds the Bertha Benz DOCX with docxyz (a JavaScript port of python-docx).
// Tracked changes, hidden text and shading are added to the docxyz XML elements directly.
const fs = require('fs');
const {Document, shared: {Pt, Cm, RGBColor}, enums} = require('docxyz');
const [,, specPath, imgPath, outPath] = process.argv;
const S = JSON.parse(fs.readFileSync(specPath, 'utf8'));
const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
let revId = 100;

const doc = new Document();
doc.core_properties.author = 'Learning Team, Hollin Museum of Transport';
doc.core_properties.title = 'The First Long Drive';

// styles
const kick = doc.styles.add_style('Kicker', enums.WD_STYLE_TYPE.PARAGRAPH);
kick.base_style = doc.styles.getitem('Normal');
kick.font.size = new Pt(9); kick.font.bold = true; kick.font.small_caps = true;
kick.font.color.rgb = RGBColor.from_string('A3261B');
const cred = doc.styles.add_style('Picture Credit', enums.WD_STYLE_TYPE.PARAGRAPH);
cred.base_style = doc.styles.getitem('Normal');
cred.font.size = new Pt(7.5); cred.font.italic = true;
cred.font.color.rgb = RGBColor.from_string('555555');
const side = doc.styles.add_style('Sidebar Text', enums.WD_STYLE_TYPE.PARAGRAPH);
side.base_style = doc.styles.getitem('Normal');
side.font.size = new Pt(10);

function el(node, tag, attrs) {
  const e = node.ownerDocument.createElementNS(W, 'w:' + tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttributeNS(W, 'w:' + k, v);
  return e;
}
function rev(p, kind, text) {            // a tracked insertion or deletion by an editor
  const r = p.add_run(text);
  const rx = r._r.xmlElement;
  const wrap = el(rx, kind, {id: String(revId++), author: 'M. Dorsch', date: '2026-03-11T09:30:00Z'});
  rx.parentNode.replaceChild(wrap, rx);
  wrap.appendChild(rx);
  if (kind === 'del') {
    for (const t of Array.from(rx.getElementsByTagNameNS(W, 't'))) {
      const dt = el(rx, 'delText'); dt.setAttribute('xml:space', 'preserve');
      dt.appendChild(rx.ownerDocument.createTextNode(t.textContent));
      rx.replaceChild(dt, t);
    }
  }
  return r;
}
function shade(p, fill) {
  const pPr = p._p.get_or_add_pPr().xmlElement;
  pPr.appendChild(el(pPr, 'shd', {val: 'clear', color: 'auto', fill}));
}
function cellShade(cell, fill) {
  const tcPr = cell._tc.get_or_add_tcPr().xmlElement;
  tcPr.appendChild(el(tcPr, 'shd', {val: 'clear', color: 'auto', fill}));
}

// header and footer
const sec = doc.sections[0];
sec.header.paragraphs[0].text = S.running[0];
sec.footer.paragraphs[0].text = S.running[1];

doc.add_paragraph(S.kicker, kick);
const t = doc.add_paragraph('', 'Title');
t.add_run(S.title_lines[0]);
t.add_run().add_break();
t.add_run(S.title_lines[1]);
const intro = doc.add_paragraph('');
intro.add_run(S.intro).italic = true;

function legStart(sec) {
  doc.add_paragraph(sec.label, 'Heading 3');
}
function runIn(sec, text) {               // bold run-in title at the start of the first paragraph
  const p = doc.add_paragraph('');
  p.add_run(sec.title + '. ').bold = true;
  if (text !== undefined) p.add_run(text);
  return p;
}

const [l1, l2, l3] = S.sections;
// Leg 1: tracked change inside paragraph 1
legStart(l1);
{
  const full = l1.paras[0];
  const a = 'single-cylinder petrol engine ';
  const i = full.indexOf(a) + a.length;
  const rest = full.slice(i);                  // "lying flat at the back, ..."
  const p = runIn(l1, full.slice(0, i));
  rev(p, 'del', 'set low ');
  rev(p, 'ins', 'lying flat ');
  p.add_run(rest.slice('lying flat '.length));
  doc.add_paragraph(l1.paras[1]);
}
doc.add_paragraph(S.quote, 'Intense Quote');
// Leg 2: tracked replacement of an age; caption ABOVE the picture, credit in its own small paragraph
legStart(l2);
{
  const full = ptext(l2.paras[0]);
  const k = full.indexOf('thirteen');
  const p = runIn(l2, full.slice(0, k));
  rev(p, 'del', 'fourteen');
  rev(p, 'ins', 'thirteen');
  p.add_run(full.slice(k + 'thirteen'.length));
  const cap = doc.add_paragraph('', 'Caption');
  cap.add_run(l2.caption.position + ': ').bold = true;
  cap.add_run(l2.caption.text);
  doc.add_picture(imgPath, new Cm(11));
  doc.add_paragraph(l2.caption.credit, cred);
  doc.add_paragraph(ptext(l2.paras[1]));
}
// Leg 3: hidden editor's note, then the table between the two paragraphs
legStart(l3);
{
  const p = runIn(l3, l3.paras[0]);
  const h = p.add_run(' [Editor: check the date of the return trip against the Pforzheim letters.]');
  h.font.hidden = true;
  const tt = doc.add_paragraph('');
  tt.add_run(S.table[0]).bold = true;
  const tbl = doc.add_table(S.table[1].length, 2, 'Table Grid');
  S.table[1].forEach(([lab, val], n) => {
    const c0 = tbl.cell(n, 0), c1 = tbl.cell(n, 1);
    c0.paragraphs[0].add_run(lab).bold = true;
    cellShade(c0, 'E6DFCF');
    c1.paragraphs[0].text = val;
  });
  for (const para of l3.paras.slice(1)) doc.add_paragraph(para);
}
// sidebar
doc.add_heading(S.sidebar.title, 2);
for (const para of S.sidebar.paras) shade(doc.add_paragraph(para, side), 'EFE8D8');
const col = doc.add_paragraph('');
const cr = col.add_run(S.colophon); cr.italic = true; cr.font.size = new Pt(8);
doc.save(outPath);

function ptext(p) { return Array.isArray(p) ? p.join(' ') : p; }
