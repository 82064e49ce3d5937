// Sloane: HTML page built by Metalsmith 2.7 (@metalsmith/markdown + @metalsmith/layouts with
// Handlebars). This script writes the site source (Markdown with HTML blocks, front matter, layout)
// from content.js, runs the Metalsmith build, and copies the page and its images out.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const C = require('./content.js').sloane;
const L = require('./lib.js');
const OUT = path.resolve(process.argv[2]);
const NM = path.join(__dirname, 'node', 'node_modules');
const Metalsmith = require(path.join(NM, 'metalsmith'));
const markdown = require(path.join(NM, '@metalsmith/markdown'));
const layouts = require(path.join(NM, '@metalsmith/layouts'));

const SITE = path.join(__dirname, 'site');
const esc = s => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ---- flat grey PNG writer (no text in the pictures)
function png(file, w, h, grey) {
  const crcT = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crcT[n] = c >>> 0; }
  const crc = b => { let c = 0xffffffff; for (const x of b) c = crcT[(c ^ x) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (t, d) => { const len = Buffer.alloc(4); len.writeUInt32BE(d.length); const td = Buffer.concat([Buffer.from(t), d]); const c = Buffer.alloc(4); c.writeUInt32BE(crc(td)); return Buffer.concat([len, td, c]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 0;
  const raw = Buffer.alloc((w + 1) * h);
  for (let y = 0; y < h; y++) { raw[y * (w + 1)] = 0; for (let x = 0; x < w; x++) raw[y * (w + 1) + 1 + x] = (x === 0 || y === 0 || x === w - 1 || y === h - 1) ? grey - 40 : grey; }
  fs.writeFileSync(file, Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]));
}

// ---- site source
fs.rmSync(SITE, { recursive: true, force: true });
fs.mkdirSync(path.join(SITE, 'src', 'exhibitions', 'img'), { recursive: true });
fs.mkdirSync(path.join(SITE, 'layouts', 'partials'), { recursive: true });
png(path.join(SITE, 'src', 'exhibitions', 'img', 'sloane-portrait.png'), 640, 360, 190);
png(path.join(SITE, 'src', 'exhibitions', 'img', 'jamaica-herbarium.png'), 480, 360, 200);

const [g1, g2, g3, g4] = C.sections;
const cut = g3.paras[0].indexOf(C.splitAfter) + C.splitAfter.length;
const g3a = g3.paras[0].slice(0, cut), g3b = g3.paras[0].slice(cut).trim();
const paras = ps => ps.map(p => esc(p)).join('\n\n'); // Markdown paragraphs

const md = `---
title: "${C.titleLines.join(' ')}"
description: "${C.intro}"
layout: exhibition.hbs
section: Exhibitions
lang: en
---

<nav class="lang-switch" aria-label="Choose a language">
  <ul>
    <li><a href="sloane-museum-1753.html" hreflang="en" lang="en" aria-current="page">English</a></li>
    <li><a href="ga/sloane-museum-1753.html" hreflang="ga" lang="ga">Gaeilge</a></li>
    <li><a href="fr/sloane-museum-1753.html" hreflang="fr" lang="fr">Français</a></li>
  </ul>
  <p class="lang-note" lang="fr" hidden>Cette page a été traduite automatiquement depuis l’anglais.</p>
</nav>

<header class="exhibit-head">
  <p class="eyebrow">${C.kicker}</p>
  <h1 class="exhibit-title">${esc(C.titleLines[0])}<br><span class="exhibit-subtitle">${esc(C.titleLines[1])}</span></h1>
  <p class="standfirst">${esc(C.intro)}</p>
  <img class="hero" src="img/sloane-portrait.png" alt="Portrait of Sir Hans Sloane in a full wig, seated beside a table of specimens" width="640" height="360">
</header>

<div class="visit-tabs" data-tabs>
  <div role="tablist" aria-label="Plan your visit">
    <button role="tab" id="tab-times" aria-controls="panel-times" aria-selected="true">Opening times</button>
    <button role="tab" id="tab-where" aria-controls="panel-where" aria-selected="false" tabindex="-1">Getting here</button>
    <button role="tab" id="tab-access" aria-controls="panel-access" aria-selected="false" tabindex="-1">Access</button>
  </div>
  <div role="tabpanel" id="panel-times" aria-labelledby="tab-times"><p>Tuesday to Sunday, 10.00 to 17.00. The Chelsea galleries close at 16.00 in winter.</p></div>
  <div role="tabpanel" id="panel-where" aria-labelledby="tab-where" hidden><p>Ten minutes on foot from Sloane Square station. Buses stop outside the Manor Street gate.</p></div>
  <div role="tabpanel" id="panel-access" aria-labelledby="tab-access" hidden><p>Step-free entrance on Manor Street. Large-print gallery texts can be borrowed at the desk.</p></div>
</div>

<div class="article-pages">
<section class="article-page" id="page-1" aria-label="Page 1 of 2">

<section class="gallery" id="gallery-1" aria-labelledby="h-gallery-1">
<p class="gallery-no">${g1.label}</p>
<h2 id="h-gallery-1">${esc(g1.title)}</h2>

${paras(g1.paras)}

</section>

<section class="gallery" id="gallery-2" aria-labelledby="h-gallery-2">
<p class="gallery-no">${g2.label}</p>
<h2 id="h-gallery-2">${esc(g2.title)}</h2>

${paras(g2.paras)}

<figure class="object-figure">
  <img src="img/jamaica-herbarium.png" alt="Open album with pressed leaves and handwritten labels" width="480" height="360" loading="lazy">
</figure>
<div class="figure-caption" id="cap-herbarium"><strong class="pos">${g2.caption.pos}:</strong> ${esc(g2.caption.text)} <span class="credit">${esc(g2.caption.credit)}</span></div>

</section>

<section class="gallery" id="gallery-3" aria-labelledby="h-gallery-3">
<p class="gallery-no">${g3.label}</p>
<h2 id="h-gallery-3">${esc(g3.title)}</h2>

<p class="runs-on">${esc(g3a)}</p>
</section>

<nav class="pager" aria-label="Article pages"><span class="pager-status">Page 1 of 2</span> <a class="pager-next" href="#page-2" data-page="2">Continue reading →</a></nav>
</section>

<section class="article-page" id="page-2" aria-label="Page 2 of 2" hidden>
<div class="gallery gallery-continued" data-continues="gallery-3">

<p class="continued">${esc(g3b)}</p>

${paras(g3.paras.slice(1))}

</div>

<section class="gallery" id="gallery-4" aria-labelledby="h-gallery-4">
<p class="gallery-no">${g4.label}</p>
<h2 id="h-gallery-4">${esc(g4.title)}</h2>

${paras(g4.paras)}

</section>

<section class="timeline" aria-labelledby="h-timeline">
<h2 id="h-timeline">Sloane’s life in dates</h2>
<ol class="timeline-list">
  <li><time datetime="1660">1660</time> Born at Killyleagh, County Down</li>
  <li><time datetime="1687">1687</time> Sails for Jamaica with the Duke of Albemarle</li>
  <li><time datetime="1727">1727</time> President of the Royal Society</li>
  <li><time datetime="1742">1742</time> Moves his collections to Chelsea</li>
  <li><time datetime="1753-01-11">1753</time> Dies at Chelsea; Parliament buys the collection</li>
  <li><time datetime="1759-01-15">1759</time> The museum opens at Montagu House</li>
</ol>
</section>

<div class="accordion" data-accordion>
<h2 class="accordion-head"><button type="button" aria-expanded="false" aria-controls="acc-sloane-now">${esc(C.sidebar.title)}</button></h2>
<div class="accordion-body" id="acc-sloane-now" role="region" hidden>

${paras(C.sidebar.paras)}

</div>
</div>

<nav class="pager" aria-label="Article pages"><a class="pager-prev" href="#page-1" data-page="1">← Previous page</a> <span class="pager-status">Page 2 of 2</span></nav>
</section>
</div>

<template id="related-card">
  <article class="card"><h3 class="card-title"></h3><p class="card-text"></p><a class="card-link" href="#">See the exhibition</a></article>
</template>
<section class="related" aria-labelledby="h-related">
<h2 id="h-related">You may also like</h2>
<div class="cards" data-related='[{"t":"The Physic Garden at Chelsea","u":"physic-garden-1673.html"},{"t":"Cabinets of Curiosity","u":"cabinets-1650.html"}]'></div>
</section>
`;
fs.writeFileSync(path.join(SITE, 'src', 'exhibitions', 'sloane-museum-1753.md'), md);

const layout = `<!DOCTYPE html>
<html lang="{{lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} · {{site.name}}</title>
<meta name="description" content="{{description}}">
<meta name="generator" content="Metalsmith 2.7.0">
<link rel="stylesheet" href="../css/site.css">
<link rel="alternate" hreflang="ga" href="ga/sloane-museum-1753.html">
<link rel="alternate" hreflang="fr" href="fr/sloane-museum-1753.html">
</head>
<body class="page-exhibition">
{{> header}}
<main id="main">
<article class="exhibition">
{{{contents}}}
</article>
</main>
{{> footer}}
<script>
document.querySelectorAll('[data-tabs] [role=tab]').forEach(function (t) {
  t.addEventListener('click', function () {
    document.querySelectorAll('[data-tabs] [role=tab]').forEach(function (o) { o.setAttribute('aria-selected', o === t); document.getElementById(o.getAttribute('aria-controls')).hidden = o !== t; });
  });
});
document.querySelectorAll('.pager a').forEach(function (a) {
  a.addEventListener('click', function (e) { e.preventDefault(); var n = a.dataset.page;
    document.querySelectorAll('.article-page').forEach(function (p) { p.hidden = p.id !== 'page-' + n; }); window.scrollTo(0, 0); });
});
document.querySelectorAll('[data-accordion] button').forEach(function (b) {
  b.addEventListener('click', function () { var open = b.getAttribute('aria-expanded') === 'true'; b.setAttribute('aria-expanded', !open); document.getElementById(b.getAttribute('aria-controls')).hidden = open; });
});
(function () { var box = document.querySelector('[data-related]'), tpl = document.getElementById('related-card');
  JSON.parse(box.dataset.related).forEach(function (r) { var c = tpl.content.cloneNode(true); c.querySelector('.card-title').textContent = r.t; c.querySelector('.card-link').href = r.u; box.appendChild(c); }); })();
</script>
</body>
</html>
`;
const header = `<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="../index.html">{{site.name}}</a>
  <nav class="site-nav" aria-label="Main">
    <ul><li><a href="../visit.html">Visit</a></li><li><a href="index.html" aria-current="true">{{section}}</a></li><li><a href="../collections.html">Collections</a></li><li><a href="../support.html">Support us</a></li></ul>
  </nav>
</header>`;
const footer = `<footer class="site-footer">
  <p>{{site.name}} · Manor Street, Chelsea, London</p>
  <p><a href="../privacy.html">Privacy</a> · <a href="../contact.html">Contact</a> · © {{site.year}}</p>
</footer>`;
fs.writeFileSync(path.join(SITE, 'layouts', 'exhibition.hbs'), layout);
fs.writeFileSync(path.join(SITE, 'layouts', 'partials', 'header.hbs'), header);
fs.writeFileSync(path.join(SITE, 'layouts', 'partials', 'footer.hbs'), footer);

Metalsmith(SITE)
  .source('src')
  .destination('build')
  .clean(true)
  .metadata({ site: { name: 'Manor Street Museum of Collecting', year: 2024 } })
  .use(markdown())
  .use(layouts({ transform: 'handlebars', pattern: '**/*.html', directory: 'layouts', engineOptions: { partials: { header, footer } } }))
  .build(err => {
    if (err) { console.error(err); process.exit(1); }
    const built = path.join(SITE, 'build', 'exhibitions');
    fs.copyFileSync(path.join(built, 'sloane-museum-1753.html'), path.join(OUT, C.name + '.html'));
    fs.mkdirSync(path.join(OUT, 'img'), { recursive: true });
    for (const f of fs.readdirSync(path.join(built, 'img'))) fs.copyFileSync(path.join(built, 'img', f), path.join(OUT, 'img', f));
    L.writeGold(OUT, C, []);
    console.log('sloane ok');
  });
