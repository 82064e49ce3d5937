// DOCX of set 64: @packback/html-to-docx (HTML in the Quill editor's dialect -> docx 9 Document).
// I write the HTML; the package does the rest; docx's Packer (its own dependency) writes the file.
const fs = require('fs');
const path = require('path');
const { JSDOM } = require('jsdom');
const { HtmlToDocxService } = require('@packback/html-to-docx');
const { Packer } = require('docx');

const HERE = __dirname;
const OUT = path.dirname(HERE);
const T = JSON.parse(fs.readFileSync(path.join(HERE, 'texts.json'), 'utf8'));
const NAME = 'chippendale_director_1754';
const ex = T[NAME];

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const grey = 'data:image/png;base64,' + fs.readFileSync(path.join(HERE, 'img', 'grey_480x300.png')).toString('base64');

function sectionHtml(sec, i) {
  const roman = sec.label.split(' ')[1];
  let h = '';
  // every plate opens on a new page with a centred ornament line and the label in capitals
  h += '<hr class="page-break">\n';
  h += '<p class="ql-align-center ql-line-height-1">❦ &#160; ❦ &#160; ❦</p>\n';
  h += `<p class="ql-align-center ql-line-height-1"><strong>PLATE ${roman}</strong></p>\n`;
  h += `<p class="dd-h1-header">${esc(sec.title)}</p>\n`;
  sec.paras.forEach((p, k) => {
    let t = esc(p);
    if (i === 2 && k === 0) t = t.replace('Harewood House', 'Harewood House<sup>1</sup>');
    h += `<p class="ql-line-height-1-5">${t}</p>\n`;
    if (k === 0 && sec.caption) {
      const c = sec.caption;
      // caption ABOVE the picture (it says "Below:"), credit in a separate paragraph after it
      h += `<p class="ql-line-height-1"><em><strong>${c.position}:</strong> ${esc(c.text)}</em></p>\n`;
      h += `<p class="ql-align-center"><img src="${grey}" width="480" height="300" alt="Plate of chair backs"></p>\n`;
      h += `<p class="ql-line-height-1"><sub>${esc(c.credit)}</sub></p>\n`;
    }
  });
  if (i === 0) {
    h += `<blockquote>${esc(ex.quote)}</blockquote>\n`;
    h += `<p class="ql-align-right ql-line-height-1"><em>${esc(ex.quote_by)}</em></p>\n`;
  }
  return h;
}

let html = '<html><body>\n';
html += `<p class="ql-line-height-1"><strong>${esc(ex.kicker.toUpperCase())}</strong></p>\n`;
// the package drops a <br> inside the Title blot (the two runs would touch), so the second
// title line is its own italic paragraph straight after the Title paragraph
html += `<p class="dd-title-header">${esc(ex.title_lines[0])}</p>\n`;
html += `<p class="ql-line-height-1"><em>${esc(ex.title_lines[1])}</em></p>\n`;
html += `<p class="ql-line-height-1-5"><em>${esc(ex.intro)}</em></p>\n`;
html += '<ul>\n' + ex.table.map(([k, v]) => `<li><strong>${esc(k)}:</strong> ${esc(v)}</li>`).join('\n') + '\n</ul>\n';
ex.sections.forEach((s, i) => { html += sectionHtml(s, i); });
html += '<p class="ql-align-center ql-line-height-1">❦</p>\n';
html += `<p class="dd-h2-header">${esc(ex.sidebar.title)}</p>\n`;
ex.sidebar.paras.forEach((p) => { html += `<p class="ql-line-height-1-5 ql-indent-1">${esc(p)}</p>\n`; });
html += `<p class="ql-line-height-1"><sup>1</sup> ${esc(ex.note)}</p>\n`;
html += '</body></html>\n';
fs.writeFileSync(path.join(HERE, 'docx_input.html'), html);

(async () => {
  const dom = new JSDOM(html);
  global.Node = dom.window.Node;
  const doc = await HtmlToDocxService.convertHtmlToDocument({
    htmlContent: '',
    document: dom.window.document,
    documentTitle: ex.title_lines.join(' '),
    documentSettings: {
      font_family: 'times-new-roman',
      font_size: 11,
      format_style: 'chicago',
      page_header: { title: ex.running_head, last_name: '', include_page_numbers: true },
    },
    includeHeader: true,
    includeFooter: false,
    isPreview: false,
  });
  const buf = await Packer.toBuffer(doc);
  fs.writeFileSync(path.join(OUT, NAME + '.docx'), buf);
  console.log('wrote', NAME + '.docx', buf.length, 'bytes');
})();
