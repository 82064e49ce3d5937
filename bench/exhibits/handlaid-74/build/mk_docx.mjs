// Writes build/docx/meireki_fire_1657.md from texts.json and converts it with
// markdown-to-docx 1.2.0 (npm; Markdown -> docx 9) into ../meireki_fire_1657.docx.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
const require = createRequire(import.meta.url);
const { convertMarkdownToDOCX } = require("markdown-to-docx");

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.dirname(HERE);
const T = JSON.parse(fs.readFileSync(path.join(HERE, "texts.json"), "utf8"));
const name = "meireki_fire_1657";
const g = T.gold[name], ex = T.extra[name];
const S = g.sections;
const paras = (i) => S[i].blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
const cap = (i) => S[i].blocks.find((b) => b.kind === "caption");

// italics for Japanese terms (some of them split inside a word)
const ital = (t) => t
  .replace("a furisode,", "a *furisode*,")
  .replace("called hirokōji,", "called *hirokō*ji,")
  .replace("the machi-bikeshi.", "the *machi-bikeshi*.")
  .replace("the iroha poem", "the *iroha* poem")
  .replace("the matoi,", "the *matoi*,");

const md = [];
md.push(`*${ex.kicker}*`, "");
md.push("# The Fire of the Long Sleeves", "");
md.push("*The Great Fire of Meireki, Edo, 1657*", "");
md.push(paras(0)[0], "");
md.push("<hr/>", "");
// panel 1: numbered heading, level 3 (level 2 is skipped)
md.push(`### ${S[1].label}. ${S[1].title}`, "");
const p1 = paras(1);
md.push(p1[0], "");
// a manual line break in the middle of a sentence: the converter turns it into a new paragraph
md.push(ital(p1[1]).replace("the wind lifted the burning robe", "the wind lifted<br/>the burning robe"), "");
md.push(p1[2], "");
md.push("<hr/>", "");
md.push(`### ${S[2].label}. ${S[2].title}`, "");
for (const t of paras(2)) md.push(ital(t), "");
// the picture: a one-column table whose shaded header cell stands for the image,
// the caption (with its credit) in the row under it
const c = cap(2);
md.push("|   |", "|---|", `| **${c.position}:** ${c.text} |`, `| *${c.credit}* |`, "");
md.push(`> ${ex.quote}`, `> ${ex.quote_by}`, "");
md.push("<hr/>", "");
md.push(`### ${S[3].label}. ${S[3].title}`, "");
const p3 = paras(3);
md.push(ital(p3[0]), "");
md.push(`**${ex.table_intro}**`, "");
const tb = ex.table;
md.push(`| ${tb[0].join(" | ")} |`, "|---|---|---|");
for (const r of tb.slice(1)) md.push(`| ${r.join(" | ")} |`);
md.push("");
md.push(ital(p3[1]), "");
md.push(ital(p3[2]), "");
// sidebar: quote-styled (shaded, bordered) paragraphs, its title only a bold run
md.push(`> **${S[4].title}**`, `> ${ital(paras(4)[0])}`, "");

fs.mkdirSync(path.join(HERE, "docx"), { recursive: true });
const mdPath = path.join(HERE, "docx", name + ".md");
fs.writeFileSync(mdPath, md.join("\n"));
await convertMarkdownToDOCX(mdPath, path.join(OUT, name + ".docx"), { fontFamily: "Cambria" });
console.log("wrote", name + ".docx");
