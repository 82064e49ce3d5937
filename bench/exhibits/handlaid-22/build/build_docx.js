// Writes the DOCX from the spec with docx-wasm (npm), in the order given.
const fs = require("fs");
const path = require("path");
const d = require(path.join(__dirname, "node", "node_modules", "docx-wasm"));
const [specFile, pngFile, out] = process.argv.slice(2);
const spec = JSON.parse(fs.readFileSync(specFile, "utf8"));
const png = new Uint8Array(fs.readFileSync(pngFile));
const doc = new d.Docx();

function style(id, name, o) {
  const s = new d.Style(id, "paragraph").name(name).basedOn("Normal").size(o.size);
  if (o.bold) s.bold();
  if (o.italic) s.italic();
  if (o.color) s.color(o.color);
  s.fonts(new d.RunFonts().ascii(o.font || "Georgia").hiAnsi(o.font || "Georgia"));
  doc.addStyle(s);
}
style("Kicker", "Kicker", { size: 18, bold: true, color: "8A1C1C", font: "Arial" });
style("ExhibitTitle", "Exhibit Title", { size: 52, bold: true });
style("Intro", "Intro", { size: 26, italic: true });
style("PanelHeading", "Panel Heading", { size: 30, bold: true, color: "1F3864", font: "Arial" });
style("BodyFirst", "Body First", { size: 22 });
style("BodyNext", "Body Next", { size: 22 });
style("Picture", "Picture", { size: 22 });
style("Caption", "Caption", { size: 18, font: "Arial" });
style("Credit", "Credit", { size: 16, italic: true, color: "666666", font: "Arial" });
style("PullQuote", "Pull Quote", { size: 34, bold: true, italic: true, color: "8A1C1C" });
style("SidebarHeading", "Sidebar Heading", { size: 24, bold: true, font: "Arial" });
style("SidebarText", "Sidebar Text", { size: 20, font: "Arial" });
style("TableText", "Table Text", { size: 18, font: "Arial" });
style("NoteText", "Note Text", { size: 16 });
style("Header", "Header", { size: 16, color: "555555", font: "Arial" });
style("Footer", "Footer", { size: 16, color: "555555", font: "Arial" });

function para(st, runs) {
  const p = new d.Paragraph().style(st);
  for (const [t, f] of runs) {
    const r = new d.Run();
    if (f.pagebreak) { r.addBreak("page"); p.addRun(r); continue; }
    r.addText(t);
    if (f.italic) r.italic();
    if (f.bold) r.bold();
    if (f.sup) r.vertAlign("superscript");
    p.addRun(r);
  }
  return p;
}

doc.header(new d.Header().addParagraph(para("Header", [[spec.header, {}]])));
doc.footer(new d.Footer().addParagraph(para("Footer", [[spec.footer, {}]]).align("center")));

for (const b of spec.blocks) {
  if (b.k === "p") doc.addParagraph(para(b.style, b.runs));
  else if (b.k === "title") {
    const p = new d.Paragraph().style("ExhibitTitle");
    p.addRun(new d.Run().addText(b.lines[0]).addBreak("textWrapping"));
    p.addRun(new d.Run().addText(b.lines[1]));
    doc.addParagraph(p);
  } else if (b.k === "frame") {
    // the sidebar: framed paragraphs anchored at the right margin (w:framePr)
    for (const p of [para("SidebarHeading", [[b.title, {}]]), para("SidebarText", b.runs)]) {
      p.frameWidth(3200).wrap("around").hAnchor("margin").xAlign("right").vAnchor("text");
      doc.addParagraph(p);
    }
  } else if (b.k === "heading") {
    const p = new d.Paragraph().style("PanelHeading");
    p.addRun(new d.Run().addText(b.label).color("C00000").addTab());
    p.addRun(new d.Run().addText(b.title));
    doc.addParagraph(p);
  } else if (b.k === "img") {
    doc.addParagraph(new d.Paragraph().style("Picture").addRun(new d.Run().addImage(new d.Image(png).size(320 * 9525, 200 * 9525))));
  } else if (b.k === "captable") {
    const c0 = new d.TableCell().width(4000).shading("clear", "auto", "BFBFBF");
    for (let i = 0; i < 6; i++) c0.addParagraph(new d.Paragraph().style("Picture"));
    const c1 = new d.TableCell().width(5000)
      .addParagraph(para("Caption", [[b.pos + ": ", { bold: true }], [b.text, {}]]))
      .addParagraph(para("Credit", [[b.credit, {}]]));
    for (const c of [c0, c1]) for (const pos of ["top", "left", "bottom", "right"]) c.clearBorder(pos);
    doc.addTable(new d.Table().setGrid([4000, 5000]).addRow(new d.TableRow().addCell(c0).addCell(c1)));
  } else if (b.k === "table") {
    doc.addParagraph(para("SidebarHeading", [[b.title, {}]]));
    const t = new d.Table().setGrid([3000, 4000]);
    for (const [a, v] of b.rows)
      t.addRow(new d.TableRow().addCell(new d.TableCell().addParagraph(para("TableText", [[a, { bold: true }]])))
        .addCell(new d.TableCell().addParagraph(para("TableText", [[v, {}]]))));
    doc.addTable(t);
  }
}
fs.writeFileSync(out, doc.build());
