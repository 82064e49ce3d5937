// Exhibit 5: the Tacoma Narrows Bridge as a Word exhibition script, written with the npm `docx` package (v9).
// Reads build/tacoma_narrows_content.json (dumped by ex5_tacoma_narrows.py).
const fs = require("fs");
const path = require("path");
const req = require("module").createRequire(path.join(__dirname, "node", "package.json"));
const D = req("docx");
const { Document, Packer, Paragraph, TextRun, ImageRun, Table, TableRow, TableCell, WidthType, AlignmentType,
  Header, Footer, PageNumber, Tab, TabStopType, FootnoteReferenceRun, Textbox, HorizontalPositionRelativeFrom,
  VerticalPositionRelativeFrom, HorizontalPositionAlign, TextWrappingType, TextWrappingSide, BorderStyle,
  ShadingType, LevelFormat, FrameAnchorType, FrameWrap } = D;

const C = JSON.parse(fs.readFileSync(path.join(__dirname, "tacoma_narrows_content.json"), "utf8"));
const out = process.argv[2];
const img = (n) => fs.readFileSync(path.join(__dirname, "img", n));

const P = (style, text, extra = {}) => new Paragraph({ style, children: [new TextRun(text)], ...extra });

// split a paragraph text at a marker and put a footnote reference there
function withNote(text, after, id) {
  const k = text.indexOf(after) + after.length;
  return [new TextRun(text.slice(0, k)), new FootnoteReferenceRun(id), new TextRun(text.slice(k))];
}

const body = [];
body.push(P("Kicker", C.kicker));
body.push(new Paragraph({ style: "Title", children: [new TextRun(C.t1), new TextRun({ text: C.t2, break: 1 })] }));
C.intro.forEach((p) => body.push(P("Intro", p)));

C.sections.forEach((s, i) => {
  body.push(P("RoomLabel", s.label));
  body.push(new Paragraph({ heading: "Heading1", children: [new TextRun(s.title)] }));
  s.paras.forEach((p, j) => {
    const style = j === 0 ? "BodyFirst" : "BodyText";
    if (i === 0 && j === 0) {
      // floating picture (DrawingML anchor, square wrap, right margin) in the first paragraph of Room 1 ...
      body.push(new Paragraph({ style, children: [
        new ImageRun({ type: "png", data: img("tacoma_tower.png"), transformation: { width: 200, height: 250 },
          floating: { horizontalPosition: { relative: HorizontalPositionRelativeFrom.MARGIN, align: HorizontalPositionAlign.RIGHT },
            verticalPosition: { relative: VerticalPositionRelativeFrom.PARAGRAPH, offset: 0 },
            wrap: { type: TextWrappingType.SQUARE, side: TextWrappingSide.LEFT }, margins: { left: 114300, bottom: 57150 } },
          altText: { name: "Picture 1", description: "", title: "" } }),
        ...withNote(p, "2,800 feet", 1)] }));
      // ... and its caption + credit as two framed paragraphs (w:framePr) set under the picture, text wrapping round
      const cap = s.captions[0];
      const frame = { type: "absolute", position: { x: 6640, y: 1720 }, width: 3000,
        anchor: { horizontal: FrameAnchorType.MARGIN, vertical: FrameAnchorType.TEXT }, wrap: FrameWrap.AROUND,
        space: { horizontal: 180, vertical: 0 } };
      body.push(new Paragraph({ style: "Caption", frame, children: [new TextRun({ text: cap.position + ": ", bold: true }), new TextRun(cap.text)] }));
      body.push(new Paragraph({ style: "Credit", frame, children: [new TextRun(cap.credit)] }));
    } else if (i === 2 && j === 1) {
      body.push(new Paragraph({ style, children: withNote(p, "the only life lost.", 2) }));
    } else {
      body.push(P(style, p));
    }
    if (i === 2 && j === 1) {
      // inline picture + caption + credit between paragraphs 3-2 and 3-3
      const cap = s.captions[0];
      body.push(new Paragraph({ style: "Picture", children: [new ImageRun({ type: "png", data: img("tacoma_film.png"),
        transformation: { width: 380, height: 210 }, altText: { name: "Picture 2", description: "", title: "" } })] }));
      body.push(new Paragraph({ style: "Caption", children: [new TextRun({ text: cap.position + ": ", bold: true }), new TextRun(cap.text)] }));
      body.push(P("Credit", cap.credit));
    }
  });
});

// a table of figures under a Heading 2 (not gold)
body.push(new Paragraph({ heading: "Heading2", children: [new TextRun(C.table_title)] }));
const cell = (t, bold, fill) => new TableCell({ width: { size: 50, type: WidthType.PERCENTAGE },
  shading: fill ? { type: ShadingType.CLEAR, fill, color: "auto" } : undefined,
  children: [new Paragraph({ style: "TableText", children: [new TextRun({ text: t, bold })] })] });
body.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: [
  new TableRow({ tableHeader: true, children: [cell(C.table_head[0], true, "D9E2EC"), cell(C.table_head[1], true, "D9E2EC")] }),
  ...C.table.map((r) => new TableRow({ children: [cell(r[0], false), cell(r[1], false)] }))] }));
body.push(P("BodyText", ""));

const doc = new Document({
  creator: "J. Halvorsen",
  title: C.title,
  description: "Exhibition script, Bridges Gallery",
  features: { updateFields: false },
  hyphenation: { autoHyphenation: true, hyphenationZone: 357 },
  styles: {
    default: { document: { run: { font: "Cambria", size: 22 }, paragraph: { spacing: { after: 120, line: 276, lineRule: "auto" } } } },
    paragraphStyles: [
      { id: "Kicker", name: "Kicker", basedOn: "Normal", run: { font: "Calibri", size: 18, bold: true, color: "1F4E79", allCaps: true },
        paragraph: { spacing: { after: 60 } } },
      { id: "Title", name: "Title", basedOn: "Normal", next: "Intro", run: { font: "Calibri Light", size: 52, color: "1F2A36" },
        paragraph: { spacing: { before: 60, after: 200, line: 240, lineRule: "auto" } } },
      { id: "Intro", name: "Intro", basedOn: "Normal", next: "RoomLabel", run: { italics: true, size: 26, color: "333333" },
        paragraph: { spacing: { after: 280 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: "1F4E79", space: 8 } } } },
      { id: "RoomLabel", name: "Room Label", basedOn: "Normal", next: "Heading1", run: { font: "Calibri", size: 18, color: "C0504D", bold: true, smallCaps: true },
        paragraph: { spacing: { before: 240, after: 0 }, keepNext: true } },
      { id: "Heading1", name: "heading 1", basedOn: "Normal", next: "BodyFirst", quickFormat: true,
        run: { font: "Calibri", size: 32, bold: true, color: "1F4E79" }, paragraph: { spacing: { before: 0, after: 120 }, keepNext: true, outlineLevel: 0 } },
      { id: "Heading2", name: "heading 2", basedOn: "Normal", next: "BodyText", quickFormat: true,
        run: { font: "Calibri", size: 24, bold: true, color: "1F4E79" }, paragraph: { spacing: { before: 360, after: 80 }, keepNext: true, outlineLevel: 1 } },
      { id: "BodyFirst", name: "Body First", basedOn: "Normal", next: "BodyText", paragraph: { alignment: AlignmentType.JUSTIFIED } },
      { id: "BodyText", name: "Body Text", basedOn: "Normal", paragraph: { alignment: AlignmentType.JUSTIFIED, indent: { firstLine: 360 } } },
      { id: "Picture", name: "Picture", basedOn: "Normal", paragraph: { alignment: AlignmentType.CENTER, spacing: { before: 120, after: 60 }, keepNext: true } },
      { id: "Caption", name: "caption", basedOn: "Normal", next: "Credit", run: { font: "Calibri", size: 17, color: "333333" },
        paragraph: { spacing: { after: 20 } } },
      { id: "Credit", name: "Credit", basedOn: "Normal", run: { font: "Calibri", size: 15, italics: true, color: "7F7F7F" },
        paragraph: { spacing: { after: 160 } } },
      { id: "TableText", name: "Table Text", basedOn: "Normal", run: { font: "Calibri", size: 18 }, paragraph: { spacing: { after: 0 } } },
      { id: "HeaderText", name: "Header Text", basedOn: "Normal", run: { font: "Calibri", size: 16, color: "595959" } },
    ],
  },
  footnotes: { 1: { children: [new Paragraph(C.notes[0])] }, 2: { children: [new Paragraph(C.notes[1])] } },
  sections: [{
    properties: { titlePage: true, page: { size: { width: 12240, height: 15840 },
      margin: { top: 1440, bottom: 1300, left: 1300, right: 1300, header: 600, footer: 600 } } },
    headers: {
      first: new Header({ children: [new Paragraph({ style: "HeaderText", alignment: AlignmentType.RIGHT, children: [new TextRun(C.head_first)] })] }),
      default: new Header({ children: [new Paragraph({ style: "HeaderText", children: [new TextRun(C.head_default)] })] }),
    },
    footers: {
      first: new Footer({ children: [new Paragraph({ style: "HeaderText", tabStops: [{ type: TabStopType.RIGHT, position: 9640 }],
        children: [new TextRun(C.foot), new TextRun({ children: [new Tab(), PageNumber.CURRENT] })] })] }),
      default: new Footer({ children: [new Paragraph({ style: "HeaderText", tabStops: [{ type: TabStopType.RIGHT, position: 9640 }],
        children: [new TextRun(C.foot), new TextRun({ children: [new Tab(), PageNumber.CURRENT] })] })] }),
    },
    children: body,
  }],
});

Packer.toBuffer(doc).then((buf) => fs.writeFileSync(out, buf));
