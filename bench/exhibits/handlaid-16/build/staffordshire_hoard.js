// jsPDF catalogue sheet: own two-column flow (splitTextToSize), object cards in a grid.
const { createRequire } = require('module');
const req = createRequire(__dirname + '/node/package.json');
const { jsPDF } = req('jspdf');
const fs = require('fs');
const C = JSON.parse(fs.readFileSync(__dirname + '/staffordshire_hoard_content.json', 'utf8'));
const doc = new jsPDF({ unit: 'pt', format: 'a4' });
doc.setProperties({ title: C.title, creator: 'Gallery of the Mercian Kingdom' });
const W = 595.28, H = 841.89, M = 50, GAP = 22, COLW = (W - 2 * M - GAP) / 2;
const TOP2 = 80, BOTTOM = H - 70;
const png = (f) => 'data:image/png;base64,' + fs.readFileSync(C.img + '/' + f).toString('base64');

// page 1 head
doc.setFillColor(58, 40, 20); doc.rect(0, 0, W, 150, 'F');
doc.setTextColor(230, 190, 90); doc.setFont('helvetica', 'bold'); doc.setFontSize(8);
doc.text(C.kicker, M, 48, { charSpace: 1.2 });
doc.setTextColor(255, 255, 255); doc.setFont('times', 'bold'); doc.setFontSize(26);
doc.text(C.title_lines[0], M, 84); doc.text(C.title_lines[1], M, 114);
doc.setTextColor(0, 0, 0);
doc.setFont('times', 'italic'); doc.setFontSize(12.5);
let lines = doc.splitTextToSize(C.intro, W - 2 * M - 80);
let y = 178;
lines.forEach((l) => { doc.text(l, M, y); y += 16; });
doc.setDrawColor(150, 110, 40); doc.setLineWidth(0.8); doc.line(M, y, W - M, y);
let top = y + 22, col = 0, page = 1;
const x = () => M + col * (COLW + GAP);
function furniture() {
  doc.setFont('helvetica', 'normal'); doc.setFontSize(7.5); doc.setTextColor(90, 90, 90);
  if (page > 1) {
    doc.text(C.run[0], M, 46); doc.text(C.run[1], W - M, 46, { align: 'right' });
    doc.setLineWidth(0.4); doc.line(M, 52, W - M, 52);
  }
  doc.text(C.run[2], M, H - 36); doc.text('p. ' + page, W - M, H - 36, { align: 'right' });
  doc.setTextColor(0, 0, 0);
}
function need(h) {
  // on page 1 the first column is cut short so that the two columns end level
  if (y + h <= (page === 1 && col === 0 ? top + 232 : BOTTOM)) return;
  if (col === 0) { col = 1; y = top; return; }
  furniture(); doc.addPage(); page += 1; col = 0; top = TOP2; y = TOP2;
}
function para(t, indent) {
  doc.setFont('times', 'normal'); doc.setFontSize(10.5);
  const ls = doc.splitTextToSize(t, COLW);
  ls.forEach((l, i) => { need(13.5); doc.text(l, x(), y, { maxWidth: COLW, align: i < ls.length - 1 ? 'justify' : 'left' }); y += 13.5; });
  y += 4;
}
y = top;
C.sections.slice(0, 3).forEach((s) => {
  need(60);
  doc.setFont('helvetica', 'bold'); doc.setFontSize(20); doc.setTextColor(170, 130, 50);
  doc.text(s.label, x(), y + 14); doc.setTextColor(0, 0, 0);
  doc.setFontSize(12.5); doc.text(s.title, x() + 34, y + 14); y += 32;
  s.paras.forEach((p) => para(p));
  y += 8;
});
// the catalogue grid starts a new band across both columns
const s = C.sections[3];
y = Math.max(y, top) + 10;
if (col === 1 || y > BOTTOM - 300) { furniture(); doc.addPage(); page += 1; col = 0; y = TOP2; }
doc.setDrawColor(150, 110, 40); doc.line(M, y, W - M, y); y += 26;
doc.setFont('helvetica', 'bold'); doc.setFontSize(20); doc.setTextColor(170, 130, 50); doc.text(s.label, M, y);
doc.setTextColor(0, 0, 0); doc.setFontSize(12.5); doc.text(s.title, M + 34, y); y += 20;
doc.setFont('times', 'normal'); doc.setFontSize(10.5); doc.text(s.paras[0], M, y); y += 18;
const CW = (W - 2 * M - 2 * 16) / 3;
s.captions.forEach((c, i) => {
  const cx = M + i * (CW + 16);
  doc.setDrawColor(180, 180, 180); doc.setLineWidth(0.5); doc.rect(cx, y, CW, 230);
  doc.addImage(png('hoard_' + (i + 1) + '.png'), 'PNG', cx + 8, y + 8, CW - 16, CW - 16);
  doc.setFont('helvetica', 'bold'); doc.setFontSize(14); doc.setTextColor(170, 130, 50);
  doc.text(String(i + 1), cx + 8, y + CW + 10); doc.setTextColor(0, 0, 0);
  doc.setFont('helvetica', 'normal'); doc.setFontSize(8.5);
  let cy = y + CW + 24;
  doc.splitTextToSize(c.text, CW - 16).forEach((l) => { doc.text(l, cx + 8, cy); cy += 10.5; });
  doc.setFontSize(6.5); doc.setTextColor(100, 100, 100);
  doc.splitTextToSize(c.credit, CW - 16).forEach((l) => { cy += 1; doc.text(l, cx + 8, cy); cy += 8; });
  doc.setTextColor(0, 0, 0);
});
furniture();
fs.writeFileSync(C.out, Buffer.from(doc.output('arraybuffer')));
