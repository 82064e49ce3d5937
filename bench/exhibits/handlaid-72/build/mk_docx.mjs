// agricola_de_re_metallica_1556.docx with @blocknote/xl-docx-exporter (BlockNote blocks -> docx).
// Run as: node --import ./esm_fix.mjs mk_docx.mjs
import { BlockNoteSchema } from "@blocknote/core";
import { DOCXExporter, docxDefaultSchemaMappings } from "@blocknote/xl-docx-exporter";
import { Packer, Footer, Paragraph, TextRun, PageNumber, AlignmentType } from "docx";
import fs from "fs";
import path from "path";
import { fileURLToPath } from "url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.dirname(HERE);
const NAME = "agricola_de_re_metallica_1556";
const E = JSON.parse(fs.readFileSync(path.join(HERE, "texts.json"), "utf8"))[NAME];

const schema = BlockNoteSchema.create();
const exporter = new DOCXExporter(schema, docxDefaultSchemaMappings, {
  // local files only: BlockNote would otherwise fetch pictures through its CORS proxy
  resolveFileUrl: async (u) => new Blob([fs.readFileSync(new URL(u))]),
});

const P0 = { textColor: "default", backgroundColor: "default", textAlignment: "left" };
const T = (text, styles = {}) => ({ type: "text", text, styles });
let n = 0;
const id = () => "blk" + (++n);
const B = (type, content, props = {}) => ({ id: id(), type, props: { ...P0, ...props }, content, children: [] });
const para = (text, props = {}, styles = {}) => B("paragraph", [T(text, styles)], props);

// split one word into runs, as an editor leaves it after retyping part of a word
function splitRuns(text, word, cut) {
  const i = text.indexOf(word);
  if (i < 0) throw new Error("no " + word);
  return [T(text.slice(0, i + cut)), T(text.slice(i + cut, i + word.length), { textColor: "default" }), T(text.slice(i + word.length))];
}

const blocks = [];
blocks.push(para(E.kicker, { textColor: "gray" }, { italic: true }));
blocks.push(B("heading", [T(E.title_lines[0])], { level: 1 }));
blocks.push(para(E.title_lines[1], {}, { italic: true }));
blocks.push(para(E.intro));

E.sections.forEach((s, si) => {
  // panel label as its own small coloured paragraph, heading only a bold body paragraph (no heading style)
  blocks.push(para(s.label.toUpperCase(), { textColor: "brown" }, { bold: true }));
  blocks.push(B("paragraph", [T(s.title, { bold: true })]));
  s.paras.forEach((p, pi) => {
    if (si === 0 && pi === 0) blocks.push(B("paragraph", splitRuns(p, "Joachimsthal", 8)));
    else if (si === 1 && pi === 1) blocks.push(B("paragraph", splitRuns(p, "Froben", 3)));
    else blocks.push(para(p));
    if (si === 1 && pi === 0) {
      const c = s.caption;
      blocks.push({ id: id(), type: "image", props: { backgroundColor: "default", textAlignment: "center",
        name: "woodcut.png", url: "file://" + path.join(HERE, "grey.png"), caption: "", showPreview: true, previewWidth: 420 },
        content: undefined, children: [] });
      // caption and credit in a one-cell table under the picture
      blocks.push({ id: id(), type: "table", props: { textColor: "default" }, content: { type: "tableContent",
        columnWidths: [560], headerRows: 0, rows: [{ cells: [{ type: "tableCell",
          content: [T(c.position + ": " + c.text + " "), T(c.credit, { italic: true })],
          props: { backgroundColor: "default", textColor: "default", textAlignment: "left", colspan: 1, rowspan: 1 } }] }] },
        children: [] });
    }
  });
  if (si === 1) {
    blocks.push(B("quote", [T(E.quote)]));
    blocks.push(para(E.quote_by, { textAlignment: "right" }, { italic: true }));
  }
});
blocks.push(para("Editions in this case:", { textColor: "gray" }, { italic: true }));
E.editions.forEach((ed) => blocks.push(B("numberedListItem", [T(ed)])));
// sidebar: shaded paragraphs, title only bold
blocks.push(para(E.sidebar.title, { backgroundColor: "yellow" }, { bold: true }));
E.sidebar.paras.forEach((p) => blocks.push(para(p, { backgroundColor: "yellow" })));

const footer = new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [
  new TextRun({ text: E.running[0] + "   ", size: 16 }), new TextRun({ children: [PageNumber.CURRENT], size: 16 })] })] });

const doc = await exporter.toDocxJsDocument(blocks, {
  sectionOptions: { footers: { default: footer } },
  documentOptions: { creator: "mk_docx.mjs (set 72)", title: E.title_lines.join(" ") },
});
fs.writeFileSync(path.join(OUT, NAME + ".docx"), await Packer.toBuffer(doc));
console.log("wrote", NAME + ".docx");
