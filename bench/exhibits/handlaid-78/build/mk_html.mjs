// HTML page of set 78 built by Hikaru (hikaru-coffee) with a theme written here.
import fs from 'fs'; import path from 'path'; import { execFileSync } from 'child_process';
const T = JSON.parse(fs.readFileSync('texts.json', 'utf8'))['aqualung_1943'];
const S = 'site'; fs.rmSync(S, { recursive: true, force: true });
const mk = (p, s) => { fs.mkdirSync(path.dirname(path.join(S, p)), { recursive: true }); fs.writeFileSync(path.join(S, p), s); };
mk('siteConfig.yml', `title: Calanque Diving Heritage\nlanguage: default\nbaseURL: https://example.org\nrootDir: /\nsrcDir: srcs\ndocDir: docs\nthemeDir: museum\nindexDir: /\narchiveDir: archives\ncategoryDir: categories\ntagDir: tags\nperPage:\n  index: 10\n  archives: 15\n  category: 15\n  tag: 15\nskipRender: []\nnunjucks:\n  autoescape: false\nmarked:\n  gfm: true\nhighlight:\n  gutter: false\n  hljs: true\nsearch:\n  enable: false\nfeed:\n  enable: false\n`);
mk('themes/museum/config.yml', 'menu: {}\n');
mk('themes/museum/languages/default.yml', 'lang: en\n');
const simple = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>{{ siteConfig.title }}</title></head><body>{{ content }}</body></html>`;
for (const l of ['index', 'archives', 'categories', 'category', 'tags', 'tag', 'post']) mk(`themes/museum/srcs/${l}.njk`, simple);
mk('themes/museum/srcs/page.njk', `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} · {{ siteConfig.title }}</title>
<style>
body{font-family:Georgia,serif;margin:0;color:#1d2630} .site-head,.site-foot{background:#0b3b4f;color:#fff;padding:.8em 2em;font-family:Arial,sans-serif}
.wrap{display:grid;grid-template-columns:14em 1fr 13em;gap:2em;max-width:70em;margin:auto} nav.toc{position:sticky;top:1em;align-self:start;font-family:Arial,sans-serif;font-size:.9em}
.kicker{font:bold .8em Arial,sans-serif;letter-spacing:.1em;color:#a23}.sub{display:block;font-size:.6em;font-style:italic}
.part{display:block;font:bold .55em Arial,sans-serif;color:#0b7a86;text-transform:uppercase}.sidenote{float:right;clear:right;margin-right:-15em;width:13em;font-size:.8em;color:#555}
table.figure{border-collapse:collapse;margin:1em 0} table.figure caption{caption-side:bottom;text-align:left;font-style:italic;padding-top:.4em} table.figure small{display:block;font-style:normal;color:#666}
.box{background:#e6eef2;padding:1em} .pager{font-family:Arial,sans-serif} .page[hidden]{display:none}
</style></head>
<body><a class="skip" href="#main">Skip to content</a>
<header class="site-head"><strong>{{ siteConfig.title }}</strong> · <a href="#">Visit</a> · <a href="#">Collections</a> · <a href="#">Learning</a></header>
<div class="wrap">{{ content }}</div>
<footer class="site-foot">© Calanque Diving Heritage, Marseille · Opening hours · Accessibility</footer>
</body></html>`);
const P = (t) => `<p>${t}</p>`;
const secs = T.sections;
const secHtml = (sec, i, extra = '') => {
  const [lab, title, blocks] = sec; const id = 'part-' + (i + 1);
  let h = `<section id="${id}" aria-labelledby="${id}-h">\n<h2 id="${id}-h"><span class="part">${lab}</span> ${title}</h2>\n`;
  blocks.forEach((b, k) => {
    if (b[0] === 'p') {
      let t = b[1];
      if (t.startsWith('Divers had carried')) t = t.replace('in the 1920s,', 'in the 1920s,<sup id="sn1-ref">1</sup><span class="sidenote" role="note">1. Le Prieur also invented a flat glass face mask, which many divers copied.</span>');
      h += P(t) + '\n';
      if (t.startsWith('Gagnan’s regulator')) h += '';
    } else {
      h += `<table class="figure"><caption>${b[1]}<small>${b[3]}</small></caption><tr><td><img src="img/aqualung.png" width="480" height="320" alt="Grey placeholder for the photograph of a twin-cylinder breathing set"></td></tr></table>\n`;
    }
  });
  return h + extra + '<p class="top"><a href="#top">Back to top</a></p>\n</section>\n';
};
const md = `---
layout: page
title: ${T.title_lines.join(' – ')}
---

<nav class="toc" aria-label="In this exhibit"><h2>In this exhibit</h2><ol>${secs.map((s, i) => `<li><a href="#part-${i + 1}">${s[1]}</a></li>`).join('')}<li><a href="#box">${T.sidebar[0]}</a></li></ol></nav>

<main id="main"><article>
<p class="kicker">UNDER THE SURFACE · ONLINE EXHIBIT</p>
<h1 id="top">${T.title_lines[0]} <span class="sub">${T.title_lines[1]}</span></h1>
<div class="page" id="page-1">
<p class="lede">${T.intro}</p>

${secHtml(secs[0], 0)}
${secHtml(secs[1], 1)}
<p class="pager">Page 1 of 2 · <a href="#page-2">Continue to page 2 →</a></p>
</div>
<div class="page" id="page-2">
<p class="pager"><a href="#page-1">← Back to page 1</a> · Page 2 of 2</p>
<blockquote><p>“For the first time we could hang in the water like a fish, with nothing to drag us back to the boat.”</p><footer>— recalled by a member of the Bandol team, 1950s</footer></blockquote>
${secHtml(secs[2], 2)}
<dl class="dates"><dt>1926</dt><dd>Le Prieur shows his constant-flow set in Paris</dd><dt>1943</dt><dd>First sea dives with the demand regulator</dd><dt>1956</dt><dd>The Silent World is released</dd></dl>
<aside class="box" id="box" aria-labelledby="box-h"><h3 id="box-h">${T.sidebar[0]}</h3><p>${T.sidebar[1]}</p></aside>
</div>
</article></main>
`;
mk('srcs/exhibit.md', md);
mk('srcs/img/aqualung.png', fs.readFileSync('img/aqualung.png'));
execFileSync(path.resolve('node_modules/.bin/hikaru'), ['build'], { cwd: S, stdio: 'inherit' });
fs.copyFileSync(path.join(S, 'docs/exhibit.html'), '../aqualung_1943.html');
fs.mkdirSync('../img', { recursive: true }); fs.copyFileSync('img/aqualung.png', '../img/aqualung.png');
console.log('html ok');
