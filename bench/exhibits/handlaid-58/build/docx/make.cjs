// Builds the boat race DOCX with docxyz (a JavaScript port of python-docx).
const fs = require('fs');
const { Document, shared, enums } = require('docxyz');
const { Pt, Cm, RGBColor } = shared;
const spec = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const ex = spec.ex;
const doc = new Document();
const sec = doc.sections[0];
sec.page_width = new Cm(21); sec.page_height = new Cm(29.7);
sec.left_margin = new Cm(2.2); sec.right_margin = new Cm(2.2);
// running header
const hp = sec.header.paragraphs[0]; const hrun = hp.add_run(ex.running[0]); hrun.font.size = new Pt(8);
hp.alignment = enums.WD_ALIGN_PARAGRAPH.RIGHT;
// kicker, title (Title + Subtitle styles), intro
let k = doc.add_paragraph();
let kr = k.add_run(ex.extra.kicker.toUpperCase()); kr.font.size = new Pt(8); kr.bold = true;
kr.font.color.rgb = RGBColor.from_string('1F3A68');
doc.add_paragraph(ex.title_lines[0], 'Title');
doc.add_paragraph(ex.title_lines[1], 'Subtitle');
let intro = doc.add_paragraph();
let ir = intro.add_run(ex.intro); ir.italic = true; ir.font.size = new Pt(12);
for (const s of ex.sections) {
  s.paras.forEach((t, i) => {
    const p = doc.add_paragraph();
    if (i === 0) {
      // heading = bold first run of a normal paragraph (run-in head)
      const hr = p.add_run(s.label + '. ' + s.title + '.');
      hr.bold = true; hr.font.color.rgb = RGBColor.from_string('1F3A68');
      p.add_run(' ');
    }
    if (s.label === '2' && i === 0) {
      // hidden editor's note inside the paragraph, after its first sentence
      const cut = t.indexOf('evening.') + 'evening.'.length;
      p.add_run(t.slice(0, cut));
      const h = p.add_run(ex.extra.hidden); h.font.hidden = true;
      p.add_run(t.slice(cut));
    } else {
      p.add_run(t);
    }
    p.paragraph_format.space_after = new Pt(6);
  });
  if (s.caption) {
    // caption ABOVE the picture in the Caption style, credit in a smaller paragraph under it
    doc.add_paragraph(s.caption.text, 'Caption');
    doc.add_picture(spec.img, new Cm(12));
    const cp = doc.add_paragraph();
    const cr = cp.add_run(s.caption.credit); cr.font.size = new Pt(7.5);
    cr.font.color.rgb = RGBColor.from_string('666666');
  }
}
// results table with label cells (not part of the story)
const rows = [['Year', 'Result', 'Course'], ['1829', 'Oxford', 'Henley'], ['1836', 'Cambridge', 'Westminster to Putney'],
  ['1877', 'Dead heat', 'Putney to Mortlake'], ['1912', 'Oxford (re-rowed)', 'Putney to Mortlake']];
const t = doc.add_table(rows.length, 3);
t.style = 'Light Grid Accent 1';
rows.forEach((r, i) => r.forEach((v, j) => { t.cell(i, j).text = v; }));
doc.add_paragraph('');
// sidebar: a panel made of a table with one cell
const box = doc.add_table(1, 1);
box.style = 'Table Grid';
const cell = box.cell(0, 0);
const tp = cell.paragraphs[0];
const tr = tp.add_run(ex.sidebar.title); tr.bold = true; tr.font.size = new Pt(13);
for (const para of ex.sidebar.paras) cell.add_paragraph(para);
doc.core_properties.title = ex.title_lines.join(' ');
doc.core_properties.author = 'Marlow Reach Rowing Collection';
doc.save(spec.out);
