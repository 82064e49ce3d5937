// Paints an ops.json with @peculiar/pdf-doc 1.17.2 (npm): ops drawn in the given order.
import fs from "fs";
import path from "path";
import { fileURLToPath } from "url";
const here = path.dirname(fileURLToPath(import.meta.url));
const P = await import(path.join(here, "node/node_modules/@peculiar/pdf-doc/build/peculiar.pdf.doc.es.js"));
const FDIR = "/usr/share/fonts/truetype/liberation/";
const FILES = {
  "serif": "LiberationSerif-Regular.ttf", "serif-b": "LiberationSerif-Bold.ttf",
  "serif-i": "LiberationSerif-Italic.ttf", "serif-bi": "LiberationSerif-BoldItalic.ttf",
  "sans": "LiberationSans-Regular.ttf", "sans-b": "LiberationSans-Bold.ttf",
  "sans-i": "LiberationSans-Italic.ttf", "sans-bi": "LiberationSans-BoldItalic.ttf",
};
const [, , opsPath, outPath] = process.argv;
const data = JSON.parse(fs.readFileSync(opsPath, "utf8"));
const doc = await P.PDFDocument.create();
const fonts = {};
// move() takes the top of the line box; the ops give baselines, so lift by the hhea ascent
const ASC = { serif: 0.891, sans: 0.905 };
const asc = (n) => ASC[n.split("-")[0]];
const font = (n) => (fonts[n] ??= doc.addFont(fs.readFileSync(FDIR + FILES[n])));
for (const pg of data.pages) {
  const page = doc.pages.create({ width: pg.w, height: pg.h });
  for (const op of pg.ops) {
    if (op.t === "text") {
      page.text().font(font(op.font), op.size).color(op.color).move(op.x, op.y - asc(op.font) * op.size).show(op.s);
    } else if (op.t === "rect") {
      page.graphics().fillColor(op.fill).rect(op.x, op.y, op.w, op.h).fill();
    } else if (op.t === "circle") {
      page.graphics().fillColor(op.fill).circle(op.x, op.y, op.r).fill();
    }
  }
}
fs.writeFileSync(outPath, Buffer.from(await doc.save()));
