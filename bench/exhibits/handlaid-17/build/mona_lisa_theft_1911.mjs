// Gallery guide for "The Empty Wall" made with @react-pdf/renderer (no JSX: React.createElement).
// Usage: node mona_lisa_theft_1911.mjs CONTENT.json OUT.pdf
import { createRequire } from "module";
import fs from "fs";
import path from "path";

const require = createRequire(new URL("./node/package.json", import.meta.url));
const React = require("react");
const { Document, Page, View, Text, Image, Font, renderToFile } = await import(
  require.resolve("@react-pdf/renderer")
);
const h = React.createElement;

const [, , contentPath, outPath] = process.argv;
const ex = JSON.parse(fs.readFileSync(contentPath, "utf8"));
const here = path.dirname(new URL(import.meta.url).pathname);

const LIB = "/usr/share/fonts/truetype/liberation/";
Font.register({
  family: "Serif",
  fonts: [
    { src: LIB + "LiberationSerif-Regular.ttf" },
    { src: LIB + "LiberationSerif-Italic.ttf", fontStyle: "italic" },
    { src: LIB + "LiberationSerif-Bold.ttf", fontWeight: "bold" },
  ],
});
Font.register({
  family: "Sans",
  fonts: [
    { src: LIB + "LiberationSans-Regular.ttf" },
    { src: LIB + "LiberationSans-Bold.ttf", fontWeight: "bold" },
    { src: LIB + "LiberationSans-Italic.ttf", fontStyle: "italic" },
  ],
});
// react-pdf's default hyphenation (English patterns) stays on: long words break with a hyphen.

const RED = "#9b2c1f";
const GREY = "#666666";
const MARGIN_W = 112; // left margin column: labels and captions
const GUTTER = 16;

const s = {
  page: { paddingTop: 62, paddingBottom: 64, paddingHorizontal: 48, fontFamily: "Serif", fontSize: 10.5 },
  header: {
    position: "absolute", top: 26, left: 48, right: 48, flexDirection: "row",
    justifyContent: "space-between", borderBottomWidth: 0.6, borderBottomColor: "#999", paddingBottom: 3,
    fontFamily: "Sans", fontSize: 7.5, color: GREY,
  },
  footer: {
    position: "absolute", bottom: 28, left: 48, right: 48, flexDirection: "row",
    justifyContent: "space-between", fontFamily: "Sans", fontSize: 7.5, color: GREY,
  },
  kicker: { fontFamily: "Sans", fontWeight: "bold", fontSize: 8, letterSpacing: 1.6, color: RED, marginBottom: 8 },
  title: { fontFamily: "Sans", fontWeight: "bold", fontSize: 25, lineHeight: 1.1 },
  intro: { fontStyle: "italic", fontSize: 12.5, lineHeight: "16.5pt", marginTop: 10, marginBottom: 14 },
  row: { flexDirection: "row" },
  margin: { width: MARGIN_W, marginRight: GUTTER },
  main: { width: 595 - 96 - MARGIN_W - GUTTER },
  label: { fontFamily: "Sans", fontWeight: "bold", fontSize: 9, color: RED, textAlign: "right", paddingTop: 4 },
  heading: { fontFamily: "Sans", fontWeight: "bold", fontSize: 14, marginBottom: 5 },
  para: { lineHeight: "14.2pt", marginBottom: 7, textAlign: "justify" },
  cont: { lineHeight: "14.2pt", marginBottom: 7 },
  capPos: { fontFamily: "Sans", fontWeight: "bold", color: RED },
  cap: { fontFamily: "Sans", fontSize: 8, lineHeight: "10.2pt", color: "#222", textAlign: "right" },
  credit: { fontFamily: "Sans", fontSize: 6.5, color: GREY, marginTop: 3, textAlign: "right" },
  capUnder: { fontFamily: "Sans", fontSize: 8, lineHeight: "10.2pt", color: "#222", marginTop: 4 },
  creditUnder: { fontFamily: "Sans", fontSize: 6.5, color: GREY, marginTop: 2 },
  pull: {
    fontStyle: "italic", fontSize: 15, color: RED, textAlign: "center", lineHeight: 1.3,
    borderTopWidth: 1, borderBottomWidth: 1, borderColor: RED, paddingVertical: 8, marginVertical: 10,
    marginLeft: MARGIN_W + GUTTER + 20, marginRight: 20,
  },
  sidebar: { backgroundColor: "#efe9df", padding: 12, marginTop: 12, marginLeft: MARGIN_W + GUTTER, marginRight: 100 },
  sbTitle: { fontFamily: "Sans", fontWeight: "bold", fontSize: 11, marginBottom: 4 },
  sbPara: { fontFamily: "Sans", fontSize: 9, lineHeight: "12.4pt", textAlign: "justify" },
};

// Split a paragraph after a given phrase (chosen at a line end of the first render).
function splitAfter(text, phrase) {
  const i = text.indexOf(phrase);
  if (i < 0) throw new Error("split phrase not found: " + phrase);
  const j = i + phrase.length;
  return [text.slice(0, j), text.slice(j).trimStart()];
}

const [a, b, c, d] = ex.sections;

function headingRow(sec) {
  return h(View, { style: [s.row, { marginTop: 10 }], minPresenceAhead: 30 },
    h(View, { style: s.margin }, h(Text, { style: s.label }, sec.label)),
    h(View, { style: s.main }, h(Text, { style: s.heading }, sec.title)));
}
function mainPara(text, extra) {
  return h(Text, { style: [s.para, { marginLeft: MARGIN_W + GUTTER }, extra || {}], orphans: 2, widows: 2 }, text);
}

// Case A: the picture sits in the main column, its caption beside it in the margin column; it
// interrupts paragraph A-1 at a line end.
const [a1, a1b] = splitAfter(a.paras[0], ex.split_a1);
const figA = h(View, { style: [s.row, { marginBottom: 8, marginTop: 2 }], wrap: false },
  h(View, { style: [s.margin, { justifyContent: "flex-end" }] },
    h(Text, { style: s.cap }, h(Text, { style: s.capPos }, a.caption.pos + ": "), a.caption.text),
    h(Text, { style: s.credit }, a.caption.credit)),
  h(View, { style: s.main }, h(Image, { src: path.join(here, "img", "mona_wall.png"), style: { height: 147 } })));

// Case C: full-main-column picture with the caption under it, between C-1 and C-2.
const figC = h(View, { style: s.row, wrap: false },
  h(View, { style: s.margin }),
  h(View, { style: [s.main, { marginBottom: 9, marginTop: 2 }] },
    h(View, { style: { height: 110, backgroundColor: "#bdbdbd", borderWidth: 1, borderColor: "#8f8f8f" } }),
    h(Text, { style: s.capUnder }, h(Text, { style: s.capPos }, c.caption.pos + ": "), c.caption.text),
    h(Text, { style: s.creditUnder }, c.caption.credit)));

const doc = h(Document, { title: ex.title_lines.join(" "), author: "The Verrier Museum of Fine Art",
  creator: "hand-laid set 17", producer: "react-pdf" },
  h(Page, { size: "A4", style: s.page, wrap: true },
    h(View, { style: s.header, fixed: true },
      h(Text, null, ex.header_left), h(Text, { style: { fontStyle: "italic" } }, ex.header_right)),
    h(View, { style: s.footer, fixed: true },
      h(Text, null, ex.footer),
      h(Text, { render: ({ pageNumber, totalPages }) => `${pageNumber} / ${totalPages}` })),
    // title block
    h(Text, { style: s.kicker }, ex.kicker),
    h(Text, { style: s.title }, ex.title_lines[0] + "\n" + ex.title_lines[1]),
    h(Text, { style: s.intro }, ex.intro[0]),
    h(View, { style: { borderBottomWidth: 1.2, borderBottomColor: "#222", marginBottom: 4 } }),
    // Case A
    headingRow(a),
    mainPara(a1, { marginBottom: 4 }),
    figA,
    mainPara(a1b),
    mainPara(a.paras[1]),
    // Case B
    headingRow(b),
    ...b.paras.map((p) => mainPara(p)),
    // Case C
    headingRow(c),
    mainPara(c.paras[0]),
    figC,
    mainPara(c.paras[1]),
    h(Text, { style: s.pull }, ex.pullquote),
    // Case D
    headingRow(d),
    ...d.paras.map((p) => mainPara(p)),
    // sidebar
    h(View, { style: s.sidebar, wrap: false },
      h(Text, { style: s.sbTitle }, ex.sidebar.title),
      ...ex.sidebar.paras.map((p) => h(Text, { style: s.sbPara }, p)))));

await renderToFile(doc, outPath);
console.log("wrote", outPath);
