// mk_html.js — humboldt_chimborazo_1802.html with Panini 1.7.2 (ZURB's flat-file compiler:
// Handlebars layouts, partials and a data folder). Writes build/site/src, runs the panini CLI,
// copies build/site/dist/humboldt_chimborazo_1802.html up.
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { execFileSync } = require('child_process');

const T = JSON.parse(fs.readFileSync(path.join(__dirname, 'texts.json'), 'utf8'));
const name = 'humboldt_chimborazo_1802', E = T[name], S = E.sections, X = E.extra;
const OUT = path.dirname(__dirname);
const SITE = path.join(__dirname, 'site');
const src = (p) => path.join(SITE, 'src', p);
for (const d of ['layouts', 'partials', 'pages', 'data']) fs.mkdirSync(src(d), { recursive: true });
const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// data file: the panels. Stage 2, paragraph 1 gets a note mark after "5,900 metres".
const dates = { 'Stage 1': ['1799-06', 'June 1799 – 1801'], 'Stage 2': ['1802-06-23', '23 June 1802'], 'Stage 3': ['1807', '1807'] };
const stages = S.slice(0, 3).map((sec) => {
  const paras = sec[2].filter((b) => b.kind === 'paragraph').map((b) => esc(b.text));
  const cp = sec[2].find((b) => b.kind === 'caption');
  if (sec[0] === 'Stage 2') paras[0] = paras[0].replace('5,900 metres,', '5,900 metres,<sup class="note-ref"><a href="#note-1" id="ref-1">1</a></sup>');
  return { label: sec[0], title: sec[1], iso: dates[sec[0]][0], date: dates[sec[0]][1], slug: sec[0].toLowerCase().replace(' ', '-'),
    first: paras[0], rest: paras.slice(1), caption: cp ? { position: cp.position, text: cp.text, credit: cp.credit } : null };
});
const data = {
  kicker: X.kicker, title1: E.title_lines[0], title2: E.title_lines[1], lede: E.intro,
  stages, quote: X.quote, quote_by: X.quote_by, timeline: X.timeline.map(([y, t]) => ({ y, t })),
  sidebar: { title: S[3][1], text: S[3][2][0].text },
  note: 'Humboldt’s own figure was given in toises and feet; modern estimates of the point he reached vary by a hundred metres or so.',
};
fs.writeFileSync(src('data/humboldt.json'), JSON.stringify(data, null, 1));

fs.writeFileSync(src('layouts/exhibit.html'), `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title}} | Lindqvist Museum of Travel</title>
<style>
body{font-family:Georgia,serif;margin:0;color:#222;background:#fbfaf6}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.site-nav,.lang{font-family:Arial,sans-serif;font-size:.85rem;padding:.4rem 2rem;background:#223}
.site-nav a,.lang a{color:#fff;margin-right:1rem}
main{max-width:46rem;margin:0 auto;padding:1rem 2rem}
.kicker{font:bold .8rem Arial,sans-serif;text-transform:uppercase;color:#8a3b12;letter-spacing:.08em}
h1 .sub{display:block;font-style:italic;font-weight:normal;font-size:.6em;color:#8a3b12}
.lede{font-size:1.25rem}
article.stage header .label{font:bold .8rem Arial,sans-serif;color:#fff;background:#8a3b12;display:inline-block;padding:.1rem .5rem;margin:0}
article.stage header h2{margin:.3rem 0 0}
.dateline{font:italic .85rem Arial,sans-serif;color:#666;margin:.2rem 0 1rem}
figure.plate{margin:1rem 0 0}figure.plate img{width:100%;height:auto}
.caption{font:.85rem Arial,sans-serif;margin:.3rem 0 1.2rem}.caption small{display:block;color:#666}
figure.pull{border-left:4px solid #8a3b12;margin:2rem 0;padding-left:1rem}
figure.pull blockquote{font-size:1.5rem;font-style:italic;margin:0}
figure.pull figcaption{font:.85rem Arial,sans-serif;margin-top:.4rem}
aside.sidebar{background:#eef0f6;padding:1rem 1.2rem;margin:2rem 0}
.timeline{font:.9rem Arial,sans-serif}
footer{font:.8rem Arial,sans-serif;background:#223;color:#ddd;padding:1rem 2rem}
footer a{color:#fff}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to exhibition text</a>
{{> site-nav}}
{{> lang-switch}}
<main id="main">
{{> body}}
</main>
{{> site-footer}}
</body>
</html>
`);
fs.writeFileSync(src('partials/site-nav.html'), `<nav class="site-nav" aria-label="Site">
  <a href="index.html">Lindqvist Museum of Travel</a>
  <a href="visit.html">Visit</a>
  <a href="galleries.html">Galleries</a>
  <a href="learning.html">Learning</a>
</nav>
`);
fs.writeFileSync(src('partials/lang-switch.html'), `<nav class="lang" aria-label="Language">
  <a href="${name}.html" aria-current="true" lang="en">English</a>
  <a href="es/${name}.html" lang="es">Español</a>
  <a href="de/${name}.html" lang="de">Deutsch</a>
</nav>
`);
fs.writeFileSync(src('partials/site-footer.html'), `<footer>
  <p>Lindqvist Museum of Travel · 4 Harbour Steps, Falmouth · Open daily 10–17</p>
  <p><a href="#main">Back to top</a></p>
</footer>
`);
fs.writeFileSync(src('partials/stage.html'), `<article class="stage" id="{{slug}}" aria-labelledby="{{slug}}-title">
  <header>
    <p class="label">{{label}}</p>
    <h2 id="{{slug}}-title">{{title}}</h2>
    <p class="dateline"><time datetime="{{iso}}">{{date}}</time></p>
  </header>
  <p>{{{first}}}</p>
  {{#if caption}}
  <figure class="plate"><img src="img/humboldt_plate.png" alt="Grey placeholder for the cross-section of the Andes" width="640" height="300"></figure>
  <div class="caption"><strong>{{caption.position}}:</strong> {{caption.text}} <small>{{caption.credit}}</small></div>
  {{/if}}
  {{#each rest}}
  <p>{{{this}}}</p>
  {{/each}}
</article>
`);
fs.writeFileSync(src(`pages/${name}.html`), `---
layout: exhibit
title: To the Top of the World
---
{{#with humboldt}}
<header class="exhibit-head">
  <p class="kicker">{{kicker}}</p>
  <h1>{{title1}} <span class="sub">{{title2}}</span></h1>
  <p class="lede">{{lede}}</p>
</header>
<h2 class="visually-hidden">Exhibition text</h2>
{{#each stages}}
{{> stage}}
{{#if @first}}
<figure class="pull">
  <blockquote><p>{{../quote}}</p></blockquote>
  <figcaption>{{../quote_by}}</figcaption>
</figure>
{{/if}}
{{/each}}
<aside class="timeline-box" aria-label="Timeline">
  <h2 class="visually-hidden">Timeline</h2>
  <ol class="timeline">
  {{#each timeline}}
    <li><time>{{y}}</time> {{t}}</li>
  {{/each}}
  </ol>
</aside>
<aside class="sidebar">
  <h2>{{sidebar.title}}</h2>
  <p>{{sidebar.text}}</p>
</aside>
<section class="notes" aria-label="Notes">
  <ol>
    <li id="note-1">{{note}} <a href="#ref-1" aria-label="Back to text">↩</a></li>
  </ol>
</section>
{{/with}}
`);

// grey picture
function greyPng(w, h) {
  const crcT = []; for (let n = 0; n < 256; n++) { let c = n; for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1; crcT[n] = c >>> 0; }
  const crc = (b) => { let c = 0xffffffff; for (const x of b) c = crcT[(c ^ x) & 255] ^ (c >>> 8); return (c ^ 0xffffffff) >>> 0; };
  const chunk = (t, d) => { const l = Buffer.alloc(4); l.writeUInt32BE(d.length); const td = Buffer.concat([Buffer.from(t), d]); const cc = Buffer.alloc(4); cc.writeUInt32BE(crc(td)); return Buffer.concat([l, td, cc]); };
  const ihdr = Buffer.alloc(13); ihdr.writeUInt32BE(w, 0); ihdr.writeUInt32BE(h, 4); ihdr[8] = 8; ihdr[9] = 0;
  const raw = Buffer.alloc((w + 1) * h, 0xbb); for (let y = 0; y < h; y++) raw[y * (w + 1)] = 0;
  return Buffer.concat([Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]), chunk('IHDR', ihdr), chunk('IDAT', zlib.deflateSync(raw)), chunk('IEND', Buffer.alloc(0))]);
}
fs.mkdirSync(path.join(OUT, 'img'), { recursive: true });
fs.writeFileSync(path.join(OUT, 'img', 'humboldt_plate.png'), greyPng(640, 300));

fs.rmSync(path.join(SITE, 'dist'), { recursive: true, force: true });
execFileSync(path.join(__dirname, 'node_modules', '.bin', 'panini'), [
  'src/pages/**/*.html', '--root=src/pages/', '--layouts=src/layouts/', '--partials=src/partials/', '--data=src/data/', '--output=dist/',
], { cwd: SITE, stdio: 'inherit' });
// vinyl-fs writes asynchronously; wait for the file
const outFile = path.join(SITE, 'dist', name + '.html');
const t0 = Date.now();
(function wait() {
  if (fs.existsSync(outFile) && fs.statSync(outFile).size > 0) {
    fs.copyFileSync(outFile, path.join(OUT, name + '.html'));
    console.log('html', fs.statSync(outFile).size);
  } else if (Date.now() - t0 < 10000) setTimeout(wait, 200);
  else throw new Error('panini wrote nothing');
})();
