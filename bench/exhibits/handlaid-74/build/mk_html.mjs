// Writes a docmd site source (build/site/) from texts.json, builds it with
// @docmd/core 0.9.7 and copies the page up as ../great_fire_rome_64.html.
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.dirname(HERE);
const T = JSON.parse(fs.readFileSync(path.join(HERE, "texts.json"), "utf8"));
const name = "great_fire_rome_64";
const g = T.gold[name], ex = T.extra[name];
const S = g.sections;
const paras = (i) => S[i].blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
const cap = (i) => S[i].blocks.find((b) => b.kind === "caption");

// ---- a grey PNG (the picture)
function png(w, h, grey) {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    return c >>> 0;
  });
  const crc = (buf) => { let c = 0xffffffff; for (const b of buf) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (type, data) => {
    const len = Buffer.alloc(4); len.writeUInt32BE(data.length);
    const td = Buffer.concat([Buffer.from(type), data]);
    const c = Buffer.alloc(4); c.writeUInt32BE(crc(td));
    return Buffer.concat([len, td, c]);
  };
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 0; ihdr[10] = 0; ihdr[11] = 0; ihdr[12] = 0;
  const raw = Buffer.alloc((w + 1) * h, grey);
  for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk("IHDR", ihdr),
    chunk("IDAT", zlib.deflateSync(raw)), chunk("IEND", Buffer.alloc(0))]);
}

const site = path.join(HERE, "site");
fs.rmSync(site, { recursive: true, force: true });
fs.mkdirSync(path.join(site, "docs", "img"), { recursive: true });
fs.writeFileSync(path.join(site, "docs", "img", "nozzle.png"), png(480, 300, 200));
fs.writeFileSync(path.join(site, "docmd.config.json"), JSON.stringify({
  title: "Aventine Museum of Daily Life",
  src: "docs",
  out: "site-www",
  footer: "© Aventine Museum of Daily Life · Visitor information · Accessibility",
}, null, 2));

const c = cap(2);
const tabBody = (i) => paras(i).map((t) => "    " + t).join("\n\n");
const md = `---
title: Rome Burns
description: The fire of AD 64 and the watchmen of Rome
---

<p class="kicker">${ex.kicker}</p>

<h1 class="exhibit-title">${S[0].title.replace(" The Fire", '<br><span class="sub">The Fire')}</span></h1>

${paras(0)[0]}

::: tabs
== tab "${S[1].label} · ${S[1].title}"
${tabBody(1)}

== tab "${S[2].label} · ${S[2].title}"
${tabBody(2)}

    ::: collapsible "The object in this case"
    <figure class="object"><img src="img/nozzle.png" alt="" width="480" height="300"><figcaption>${c.text}<br><small>${c.credit}</small></figcaption></figure>
    :::

== tab "${S[3].label} · ${S[3].title}"
${tabBody(3)}
:::

> ${ex.quote}
>
> ${ex.quote_by}

::: callout info "Key dates"
${ex.timeline.map((t, k) => `${k + 1}. ${t}`).join("\n")}
:::

::: callout tip "${S[4].title}"
${paras(4)[0]}
:::
`;
fs.writeFileSync(path.join(site, "docs", "index.md"), md);
const bin = path.join(HERE, "node_modules", "@docmd", "core", "dist", "bin", "docmd.js");
execFileSync(process.execPath, [bin, "build"], { cwd: site, stdio: ["ignore", "ignore", "inherit"] });
let html = fs.readFileSync(path.join(site, "site-www", "index.html"), "utf8");
fs.mkdirSync(path.join(OUT, "img"), { recursive: true });
fs.copyFileSync(path.join(site, "docs", "img", "nozzle.png"), path.join(OUT, "img", "nozzle.png"));
fs.writeFileSync(path.join(OUT, name + ".html"), html);
console.log("wrote", name + ".html");
