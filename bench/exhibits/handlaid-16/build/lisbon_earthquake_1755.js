// pdf-lib tri-fold: own greedy line breaker with hyphenation points from the npm `hyphen` package (en-us).
const { createRequire } = require('module');
const req = createRequire(__dirname + '/node/package.json');
const { PDFDocument, StandardFonts, rgb } = req('pdf-lib');
const { hyphenateSync } = req('hyphen/en-us');
const fs = require('fs');
const C = JSON.parse(fs.readFileSync(__dirname + '/lisbon_earthquake_1755_content.json', 'utf8'));
(async () => {
  const pdf = await PDFDocument.create();
  pdf.setTitle(C.title); pdf.setCreator('Museum of the New City'); pdf.setProducer('pdf-lib (https://github.com/Hopding/pdf-lib)');
  const T = await pdf.embedFont(StandardFonts.TimesRoman), TI = await pdf.embedFont(StandardFonts.TimesRomanItalic);
  const HB = await pdf.embedFont(StandardFonts.HelveticaBold), HV = await pdf.embedFont(StandardFonts.Helvetica);
  const HO = await pdf.embedFont(StandardFonts.HelveticaOblique);
  const PW = 841.89, PH = 595.28, PAN = PW / 3, PAD = 24, COLW = PAN - 2 * PAD, TOP = PH - 40, BOT = 58;
  const red = rgb(0.62, 0.13, 0.1), grey = rgb(0.35, 0.35, 0.35);
  const png = async (f) => pdf.embedPng(fs.readFileSync(C.img + '/' + f));
  function breakLines(text, font, size, width) {
    const words = text.split(' '), lines = []; let cur = '';
    for (let w of words) {
      const test = cur ? cur + ' ' + w : w;
      if (font.widthOfTextAtSize(test, size) <= width) { cur = test; continue; }
      const parts = /^[A-Za-z]+[,.;:]?$/.test(w) && w.length > 6 ? hyphenateSync(w).split('\u00ad') : [w];
      let done = false;
      for (let k = parts.length - 1; k > 0; k--) {
        const head = parts.slice(0, k).join('') + '-';
        if (head.length >= 3 && font.widthOfTextAtSize((cur ? cur + ' ' : '') + head, size) <= width) {
          lines.push((cur ? cur + ' ' : '') + head); cur = parts.slice(k).join(''); done = true; break;
        }
      }
      if (!done) { lines.push(cur); cur = w; }
    }
    if (cur) lines.push(cur);
    return lines;
  }
  // ---- page 1 (outside): flap | back | cover
  let p = pdf.addPage([PW, PH]);
  const fold = (pg) => { for (const k of [1, 2]) pg.drawLine({ start: { x: k * PAN, y: 20 }, end: { x: k * PAN, y: PH - 20 }, thickness: 0.4, color: rgb(0.7, 0.7, 0.7), dashArray: [4, 4] }); };
  fold(p);
  // flap: sidebar + pull quote
  let x = PAD, y = TOP - 20;
  p.drawRectangle({ x: x - 8, y: 250, width: COLW + 16, height: y - 250 + 28, color: rgb(0.93, 0.9, 0.84) });
  p.drawText(C.sidebar[0], { x, y, size: 15, font: HB, color: red }); y -= 22;
  for (const para of C.sidebar[1]) for (const l of breakLines(para, HV, 10.5, COLW)) { p.drawText(l, { x, y, size: 10.5, font: HV }); y -= 14; }
  y = 200;
  for (const l of breakLines(C.pullquote, TI, 20, COLW)) { p.drawText(l, { x, y, size: 20, font: TI, color: red }); y -= 24; }
  // back panel: visit block + footer
  x = PAN + PAD; y = TOP - 200;
  C.visit.forEach((l, i) => { p.drawText(l, { x, y, size: i === 0 ? 13 : 10, font: i === 0 ? HB : HV }); y -= i === 0 ? 20 : 14; });
  { let fy = 48; for (const l of breakLines(C.foot, HV, 7.5, COLW)) { p.drawText(l, { x, y: fy, size: 7.5, font: HV, color: grey }); fy -= 10; } }
  // cover
  x = 2 * PAN + PAD; y = TOP;
  p.drawRectangle({ x: 2 * PAN, y: PH - 230, width: PAN, height: 230, color: red });
  p.drawText(C.kicker, { x, y: TOP - 10, size: 8, font: HB, color: rgb(1, 0.85, 0.8) });
  y = TOP - 60;
  for (const l of C.title_lines) for (const m of breakLines(l, HB, 20, COLW)) { p.drawText(m, { x, y, size: 20, font: HB, color: rgb(1, 1, 1) }); y -= 28; }
  y = PH - 256;
  for (const l of breakLines(C.intro, TI, 12.5, COLW)) { p.drawText(l, { x, y, size: 12.5, font: TI }); y -= 16; }
  const cov = await png('lisbon_cover.png'); p.drawImage(cov, { x, y: 50, width: COLW, height: y - 66 });
  // ---- page 2 (inside): sections flow through three panels
  p = pdf.addPage([PW, PH]); fold(p);
  let col = 0; x = PAD; y = TOP;
  const need = (h) => { if (y - h < BOT) { col += 1; x = col * PAN + PAD; y = TOP; } };
  const bodyLines = (lines) => { for (const l of lines) { need(13); p.drawText(l, { x, y, size: 10, font: T }); y -= 13; } };
  const capBlock = (c, width, xx) => {
    const ls = breakLines(c.position + ': ' + c.text, HV, 8, width);
    ls.forEach((l, i) => {
      if (i === 0) { const lab = c.position + ':'; p.drawText(lab, { x: xx, y, size: 8, font: HB }); p.drawText(l.slice(lab.length), { x: xx + HB.widthOfTextAtSize(lab, 8), y, size: 8, font: HV }); }
      else p.drawText(l, { x: xx, y, size: 8, font: HV });
      y -= 10;
    });
    for (const l of breakLines(C.sections ? c.credit : '', HO, 6.5, width)) { p.drawText(l, { x: xx, y, size: 6.5, font: HO, color: grey }); y -= 8.5; }
  };
  const plan = await png('lisbon_plan.png'), cage = await png('lisbon_cage.png');
  C.sections.forEach((s, si) => {
    need(80); y -= si ? 10 : 0;
    p.drawText(s.label, { x, y: y - 26, size: 34, font: HB, color: red });
    p.drawText(s.title, { x: x + 34, y: y - 22, size: 14, font: HB }); y -= 44;
    s.paras.forEach((t, pi) => {
      let ls = breakLines(t, T, 10, COLW);
      if (si === 0 && pi === 1) {
        // the plan and its caption (beside it, on the right) interrupt paragraph 1-2 after three lines
        bodyLines(ls.slice(0, 3)); ls = ls.slice(3);
        need(100); y -= 4;
        p.drawImage(plan, { x, y: y - 88, width: 110, height: 88 });
        const y0 = y; y -= 8; capBlock(s.captions[0], COLW - 120, x + 120); y = Math.min(y, y0 - 92) - 10;
      }
      bodyLines(ls); y -= 3;
      if (si === 2 && pi === 0) {
        need(150); y -= 4;
        p.drawImage(cage, { x, y: y - 118, width: COLW, height: 118 }); y -= 130;
        capBlock(s.captions[0], COLW, x); y -= 8;
      }
    });
  });
  p.drawRectangle({ x: 0, y: 0, width: PW, height: 30, color: rgb(0.2, 0.2, 0.22) });
  p.drawText(C.foot, { x: PAD, y: 11, size: 7.5, font: HV, color: rgb(1, 1, 1) });
  fs.writeFileSync(C.out, await pdf.save());
})();
