// cordouan_lighthouse_1611.html with nanogen 0.4.2 (EJS layout + marked 0.5 for the Markdown page).
// Writes build/site/ (site.config.js, layouts/default.ejs, pages/index.md, assets/), runs `nanogen build`
// and copies public/index.html up as the page.
import fs from 'fs';
import path from 'path';
import { execFileSync } from 'child_process';
import { fileURLToPath } from 'url';
const B = path.dirname(fileURLToPath(import.meta.url));
const OUT = path.dirname(B);
const SITE = path.join(B, 'site');
const EX = JSON.parse(fs.readFileSync(path.join(B, 'texts.json'), 'utf8'));
const e = EX['cordouan_lighthouse_1611'];
const S = e.sections;
fs.rmSync(SITE, { recursive: true, force: true });
for (const d of ['layouts', 'pages', 'assets/img']) fs.mkdirSync(path.join(SITE, d), { recursive: true });
fs.copyFileSync(path.join(OUT, 'img', 'lantern.png'), path.join(SITE, 'assets/img/lantern.png'));
fs.writeFileSync(path.join(SITE, 'site.config.js'), `module.exports = {
  build: { srcPath: './src', outputPath: './public' },
  site: { title: 'Estuary Lights Museum', lang: 'en' }
};
`);
// nanogen reads src/ below the config's directory
fs.mkdirSync(path.join(SITE, 'src'), { recursive: true });
for (const d of ['layouts', 'pages', 'assets']) fs.renameSync(path.join(SITE, d), path.join(SITE, 'src', d));
fs.writeFileSync(path.join(SITE, 'src/layouts/default.ejs'), `<!DOCTYPE html>
<html lang="<%= site.lang %>">
<head>
<meta charset="utf-8">
<title><%= page.title %> | <%= site.title %></title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Georgia,serif;max-width:46rem;margin:0 auto;padding:0 1rem;color:#222}
.site-header{display:flex;justify-content:space-between;border-bottom:2px solid #14304f}
.lang a{margin-left:.5rem}
h1 .sub{display:block;font-size:60%;font-style:italic;color:#555}
h2 .part{display:block;font:bold .8rem Arial,sans-serif;letter-spacing:.1em;text-transform:uppercase;color:#a3201b}
.print-only{display:none}
@media print{.print-only{display:block}.screen-only{display:none}.site-header,.site-footer,.lang{display:none}}
.figure img{width:100%;height:auto;background:#c8c8c8}
.caption{font-size:.85rem;font-style:italic}
.caption .credit{display:block;font-style:normal;color:#666}
aside.box{background:#efe6cf;padding:.5rem 1rem}
blockquote{font-size:1.4rem;color:#a3201b}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <p class="brand"><a href="/"><%= site.title %></a></p>
  <nav aria-label="Main"><a href="/visit/">Visit</a> · <a href="/galleries/">Galleries</a> · <a href="/learn/">Learn</a></nav>
  <p class="lang" aria-label="Language"><a href="/" aria-current="true">English</a><a href="/fr/" lang="fr">Français</a></p>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/galleries/">Galleries</a> › <span><%= page.title %></span></nav>
<main id="main">
<%- body %>
</main>
<footer class="site-footer"><p>© Estuary Lights Museum, Royan. Opening hours, access and contact details are on the Visit page.</p></footer>
</body>
</html>
`);
const cap = S[2][2].find(b => b[0] === 'cap');
let md = `---
title: ${e.title[0]}
layout: default
---
<p class="kicker">Online exhibition · Lights of the Atlantic Coast</p>

<h1>${e.title[0]}<span class="sub">${e.title[1]}</span></h1>

${S[0][2][0][1]}

<blockquote><p>“It rises out of the sea like a church that has lost its town.”</p><footer>— A pilot of Royan, 1850s</footer></blockquote>

`;
const notes = [];
S.slice(1, 4).forEach(([label, title, blocks], i) => {
  md += `<section class="panel" aria-labelledby="panel-${i + 1}">\n<h2 id="panel-${i + 1}"><span class="part">${label}</span> ${title}</h2>\n\n`;
  blocks.filter(b => b[0] === 'p').forEach((b, k) => {
    let t = b[1];
    if (i === 2 && k === 0) t = t.replace('Joseph Teulère', 'Joseph Teulère<sup><a href="#n1" id="r1">1</a></sup>');
    md += t + '\n\n';
    if (i === 1 && k === 1) {
      md += `<div class="figure"><img src="img/lantern.png" alt="Grey placeholder for the engraving" width="640" height="420"></div>
<div class="caption screen-only">${cap[1]} <span class="credit">${cap[3]}</span></div>
<div class="caption print-only" aria-hidden="true">${cap[1]} <span class="credit">${cap[3]}</span></div>

`;
    }
  });
  md += `<p class="top"><a href="#main">Back to top ↑</a></p>\n</section>\n\n`;
});
md += `<aside class="timeline" aria-label="Key dates">
<h3>Key dates</h3>
<ol>
<li>1584 — contract signed with Louis de Foix</li>
<li>1611 — the tower is completed</li>
<li>1789 — Teulère’s raised tower is lit</li>
<li>1823 — first Fresnel lens</li>
<li>2021 — World Heritage List</li>
</ol>
</aside>

<aside class="box" aria-labelledby="box-h"><h3 id="box-h">${S[4][1]}</h3><p>${S[4][2][0][1]}</p></aside>

<section class="notes" aria-label="Notes"><ol><li id="n1">Teulère also built the lighthouse at Pointe de Grave across the estuary. <a href="#r1">↩</a></li></ol></section>
`;
fs.writeFileSync(path.join(SITE, 'src/pages/index.md'), md);
execFileSync(path.join(B, 'node_modules/.bin/nanogen'), ['build'], { cwd: SITE, stdio: 'inherit' });
fs.copyFileSync(path.join(SITE, 'public/index.html'), path.join(OUT, 'cordouan_lighthouse_1611.html'));
console.log('html ok');
