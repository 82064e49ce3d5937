// Exhibit 2: the Mary Celeste as a NEWSPAPER-STYLE BROADSHEET, drawn with PDFKit (node). Reads the strings that
// ex2_mary_celeste.py dumps to mary_celeste_content.json. Body text is hyphenated with the `hyphen` package (en-us
// Liang patterns), broken into lines here and justified with PDFKit's wordSpacing option.
const fs = require("fs");
const path = require("path");
const req = require("module").createRequire(path.join(__dirname, "node", "package.json"));
const PDFDocument = req("pdfkit");
const { hyphenateSync } = req("hyphen/en");

const C = JSON.parse(fs.readFileSync(path.join(__dirname, "mary_celeste_content.json"), "utf8"));
const out = process.argv[2];
const F = "/usr/share/fonts/truetype/liberation/";

const PW = 720, PH = 1060; // a tabloid-like sheet, 254 × 374 mm
const doc = new PDFDocument({ size: [PW, PH], margin: 0, autoFirstPage: false,
  info: { Title: C.title, Author: "Spencer's Island Maritime Museum, Interpretation Team", Creator: "PDFKit" } });
doc.registerFont("R", F + "LiberationSerif-Regular.ttf");
doc.registerFont("I", F + "LiberationSerif-Italic.ttf");
doc.registerFont("B", F + "LiberationSerif-Bold.ttf");
doc.registerFont("N", F + "LiberationSansNarrow-Bold.ttf");
doc.registerFont("NR", F + "LiberationSansNarrow-Regular.ttf");
doc.registerFont("NI", F + "LiberationSansNarrow-Italic.ttf");
doc.pipe(fs.createWriteStream(out));

const M = 36, GAP = 14, NCOL = 4;
const COLW = (PW - 2 * M - (NCOL - 1) * GAP) / NCOL;
const colX = (i) => M + i * (COLW + GAP);
let page = 0;

function newPage() {
  doc.addPage();
  page += 1;
  // running strip
  doc.font("N").fontSize(8.5).fillColor("#333");
  doc.text(C.run_left, M, 24, { lineBreak: false });
  const r = page === 1 ? C.run_right : "Page " + page;
  doc.text(r, PW - M - doc.widthOfString(r), 24, { lineBreak: false });
  doc.moveTo(M, 37).lineTo(PW - M, 37).lineWidth(0.6).strokeColor("#333").stroke();
  // folio at the foot
  doc.font("NR").fontSize(8).fillColor("#333");
  const foot = C.foot;
  doc.moveTo(M, PH - 36).lineTo(PW - M, PH - 36).lineWidth(0.4).stroke();
  doc.text(foot, M, PH - 30, { lineBreak: false });
  doc.fillColor("black");
}

// ---------- line breaking with soft hyphens
function hy(t) { return hyphenateSync(t, { hyphenChar: "\u00ad", minWordLength: 6 }); }
function breakLines(text, font, size, width, indent) {
  doc.font(font).fontSize(size);
  const w = (s) => doc.widthOfString(s);
  const words = hy(text).split(" ");
  const lines = [];
  let cur = [], first = true;
  const plain = (a) => a.join(" ").replace(/\u00ad/g, "");
  while (words.length) {
    const wd = words[0];
    const ind = first ? indent : 0;
    if (w(plain(cur.concat([wd]))) <= width - ind) { cur.push(words.shift()); continue; }
    const parts = wd.split("\u00ad");
    let done = false;
    for (let k = parts.length - 1; k > 0; k--) {
      const head = parts.slice(0, k).join("") + "-";
      if (w(plain(cur.concat([head]))) <= width - ind) {
        lines.push({ s: plain(cur.concat([head])), last: false, ind });
        words[0] = parts.slice(k).join("\u00ad");
        cur = []; first = false; done = true; break;
      }
    }
    if (!done) {
      // a real hyphen inside a word is also a break point
      const hp = wd.indexOf("-");
      if (hp > 0 && hp < wd.length - 1 && w(plain(cur.concat([wd.slice(0, hp + 1)]))) <= width - ind) {
        lines.push({ s: plain(cur.concat([wd.slice(0, hp + 1)])), last: false, ind });
        words[0] = wd.slice(hp + 1);
      } else {
        lines.push({ s: plain(cur), last: false, ind });
      }
      cur = []; first = false;
    }
  }
  lines.push({ s: plain(cur), last: true, ind: first ? indent : 0 });
  return lines;
}

// ---------- column flow
class Flow {
  constructor(frames) { this.frames = frames; this.k = 0; this.set(); }
  set() { const f = this.frames[this.k]; this.x = f.x; this.y = f.top; this.w = f.w; this.bot = f.bot; }
  next() { this.k += 1; if (this.k >= this.frames.length) { this.frames.push(...this.more()); } this.set(); }
  need(h) { if (this.y + h > this.bot) this.next(); }
  para(text, o = {}) {
    const font = o.font || "R", size = o.size || 12.2, lead = o.lead || 15.0, indent = o.indent ?? 10;
    const lines = breakLines(text, font, size, this.w, indent);
    lines.forEach((L, n) => {
      if (o.insert && n === o.insert[0]) o.insert[1](this);
      this.need(lead);
      doc.font(font).fontSize(size).fillColor(o.color || "black");
      const spaces = (L.s.match(/ /g) || []).length;
      let ws = 0;
      if (!L.last && spaces) ws = (this.w - L.ind - doc.widthOfString(L.s)) / spaces;
      doc.text(L.s, this.x + L.ind, this.y, { lineBreak: false, wordSpacing: ws });
      this.y += lead;
    });
    this.y += o.after || 0;
  }
  label(lab) {
    this.need(95);
    this.y += 6;
    doc.font("N").fontSize(10).fillColor("#7a1c14");
    const lw = doc.widthOfString(lab);
    const cx = this.x + this.w / 2;
    doc.moveTo(this.x, this.y + 6).lineTo(cx - lw / 2 - 6, this.y + 6).moveTo(cx + lw / 2 + 6, this.y + 6)
      .lineTo(this.x + this.w, this.y + 6).lineWidth(0.5).strokeColor("#7a1c14").stroke();
    doc.text(lab, cx - lw / 2, this.y, { lineBreak: false });
    this.y += 15;
    doc.fillColor("black");
  }
  heading(t) {
    doc.font("B").fontSize(19);
    const h = doc.heightOfString(t, { width: this.w, lineGap: -1 });
    this.need(h + 40);
    doc.text(t, this.x, this.y, { width: this.w, align: "center", lineGap: -1 });
    this.y += h + 5;
  }
  picture(h) {
    this.need(h + 4);
    doc.rect(this.x, this.y, this.w, h).fill("#b7b7b7");
    doc.fillColor("black");
    this.y += h + 5;
  }
  caption(cap) {
    doc.font("N").fontSize(8.6);
    const lab = cap.position + ": ";
    const h = doc.heightOfString(lab + cap.text, { width: this.w });
    this.need(h + 12);
    doc.font("N").text(lab, this.x, this.y, { width: this.w, continued: true }).font("NR").text(cap.text);
    this.y = doc.y + 1;
    doc.font("NI").fontSize(7.6).fillColor("#555").text(cap.credit, this.x, this.y, { width: this.w });
    this.y = doc.y + 8;
    doc.fillColor("black");
  }
}

newPage();
// masthead
doc.font("B").fontSize(50).text(C.masthead, M, 50, { width: PW - 2 * M, align: "center" });
doc.moveTo(M, 122).lineTo(PW - M, 122).lineWidth(2.2).strokeColor("black").stroke();
doc.moveTo(M, 126).lineTo(PW - M, 126).lineWidth(0.6).stroke();
doc.font("NR").fontSize(9).text(C.dateline, M, 131, { width: PW - 2 * M, align: "center", characterSpacing: 1.2 });
doc.moveTo(M, 145).lineTo(PW - M, 145).lineWidth(0.6).stroke();
// headline (two lines) and standfirst
doc.font("B").fontSize(36).text(C.head1, M, 160, { width: PW - 2 * M, align: "center" });
doc.text(C.head2, M, doc.y - 4, { width: PW - 2 * M, align: "center" });
let y = doc.y + 8;
doc.font("I").fontSize(15.5).text(C.intro, M + 70, y, { width: PW - 2 * M - 140, align: "center", lineGap: 2 });
y = doc.y + 10;
doc.moveTo(M, y).lineTo(PW - M, y).lineWidth(0.6).stroke();
const top = y + 12, bot = PH - 48;

// lead picture spanning columns 2-3 (belongs to section I: "Right:")
const S = C.sections;
const picH = 165;
doc.rect(colX(1), top, 2 * COLW + GAP, picH).fill("#b7b7b7");
doc.fillColor("black");
const capFlow = new Flow([{ x: colX(1), top: top + picH + 5, w: 2 * COLW + GAP, bot: bot }]);
capFlow.caption(S[0].captions[0]);
const top34 = capFlow.y + 4;
doc.moveTo(colX(1), top34 - 6).lineTo(colX(2) + COLW, top34 - 6).lineWidth(0.4).stroke();

// column 4: pull quote (repeats a sentence of section II; not gold), sidebar, picture, advert
const adH = 92;
let y4 = top + 4;
doc.moveTo(colX(3), y4).lineTo(colX(3) + COLW, y4).lineWidth(1.4).strokeColor("#7a1c14").stroke();
doc.font("I").fontSize(17).fillColor("#7a1c14").text(C.pull, colX(3), y4 + 8, { width: COLW, align: "center" });
y4 = doc.y + 6;
doc.moveTo(colX(3), y4).lineTo(colX(3) + COLW, y4).lineWidth(1.4).stroke();
doc.fillColor("black").strokeColor("black");
const sbH = 150, sbTop = y4 + 18;
doc.rect(colX(3), sbTop, COLW, sbH).fill("#ece6da");
doc.fillColor("black");
const sb = new Flow([{ x: colX(3) + 8, top: sbTop + 8, w: COLW - 16, bot: sbTop + sbH }]);
doc.font("N").fontSize(12).text(C.sidebar.title, sb.x, sb.y, { width: sb.w });
sb.y = doc.y + 3;
C.sidebar.paras.forEach((p) => sb.para(p, { font: "NR", size: 10, lead: 12.4, indent: 0 }));
doc.rect(colX(3), sbTop + sbH + 16, COLW, bot - adH - 16 - (sbTop + sbH + 16)).fill("#b7b7b7");
doc.fillColor("black");
const adTop = bot - adH;
doc.rect(colX(3), adTop, COLW, adH).lineWidth(1.2).strokeColor("black").stroke();
doc.font("N").fontSize(13).text(C.ad[0], colX(3), adTop + 10, { width: COLW, align: "center" });
doc.font("NR").fontSize(9.5).text(C.ad[1], colX(3) + 10, doc.y + 2, { width: COLW - 20, align: "center" });

const frames = [
  { x: colX(0), top, w: COLW, bot },
  { x: colX(1), top: top34, w: COLW, bot },
  { x: colX(2), top: top34, w: COLW, bot },
];
const flow = new Flow(frames);
flow.more = () => {
  newPage();
  return [0, 1, 2, 3].map((i) => ({ x: colX(i), top: 52, w: COLW, bot }));
};
S.forEach((s, i) => {
  if (i > 0) flow.label(s.label); else flow.label(s.label);
  flow.heading(s.title);
  s.paras.forEach((p, j) => {
    let ins = null;
    if (i === 2 && j === 0) ins = [4, (fl) => { fl.y += 4; fl.caption(s.captions[0]); fl.picture(125); fl.y += 4; }];
    flow.para(p, { indent: j === 0 ? 0 : 10, insert: ins });
  });
});
doc.end();
