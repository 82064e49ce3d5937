// HTML page through sitedown 5.1.3: writes build/site/ (layout.html + one Markdown page with raw HTML blocks),
// runs the sitedown CLI into build/site-www and copies the page up unchanged.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const D = JSON.parse(fs.readFileSync(path.join(__dirname, 'texts.json'), 'utf8')).dujiangyan_irrigation_256;
const site = path.join(__dirname, 'site');
fs.rmSync(site, { recursive: true, force: true });
fs.mkdirSync(path.join(site, 'assets'), { recursive: true });
fs.copyFileSync(path.join(__dirname, '..', 'img', 'dujiangyan_baskets.png'), path.join(site, 'assets', 'dujiangyan_baskets.png'));

const layout = `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title></title>
<style>
body{font-family:Georgia,serif;margin:0;color:#222;background:#fbf8f1}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
header.site{display:flex;justify-content:space-between;padding:10px 24px;background:#23402f;color:#fff}
header.site a{color:#fff;margin-right:14px}
.lang button{background:none;border:1px solid #fff;color:#fff}
main.markdown-body{max-width:860px;margin:0 auto;padding:20px;display:flex;flex-direction:column}
main.markdown-body > *{order:0}
main.markdown-body > aside.sidebar{order:10;background:#efe6cf;padding:12px 18px}
main.markdown-body > section.footnotes{order:20;font-size:.8em}
.kicker{text-transform:uppercase;letter-spacing:.15em;color:#8a5a2b}
h1 span{display:block;font-size:.55em;font-weight:normal}
.station{font:bold .8em sans-serif;color:#8a5a2b;margin-bottom:0}
figure{margin:1em 0}figcaption small{color:#666}
.print-only{display:none}
@media print{.print-only{display:block}.screen-only{display:none}}
blockquote.big{font-size:1.5em;border-left:4px solid #8a5a2b;margin:1em 0;padding-left:1em}
.top{font-size:.8em}
footer.site{padding:16px 24px;background:#eee;font-size:.8em}
</style>
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header class="site"><nav aria-label="Site"><a href="/">Home</a><a href="/visit">Visit</a><a href="/exhibitions">Exhibitions</a><a href="/learn">Learn</a></nav>
<div class="lang" role="group" aria-label="Language"><button lang="en" aria-pressed="true">English</button> <button lang="zh">中文</button></div></header>
<main id="content" class="markdown-body"></main>
<footer class="site">Tamsworth Museum of Water and Land · 14 Mill Lane · Open Tuesday to Sunday · © 2024</footer>
</body>
</html>
`;
fs.writeFileSync(path.join(site, 'layout.html'), layout);

const S = D.sections;
const cap = S[1].caption;
const back = '<p class="top"><a href="#content">Back to top ↑</a></p>';
const station = (s, inner) => `<section id="s${s.label.slice(-1)}" aria-labelledby="h${s.label.slice(-1)}">

<p class="station">${s.label}</p>

<h2 id="h${s.label.slice(-1)}">${s.title}</h2>

${inner}

${back}

</section>`;

const md = [
  `<p class="kicker">${D.kicker}</p>`,
  '',
  `<h1>${D.title_lines[0]}<br><span>${D.title_lines[1]}</span></h1>`,
  '',
  D.intro.replace('hectares of farmland.', 'hectares of farmland.[^1]'),
  '',
  station(S[0], S[0].paras.join('\n\n')),
  '',
  `<blockquote class="big"><p>${D.quote[0]}</p><p class="attrib">${D.quote[1]}</p></blockquote>`,
  '',
  station(S[1], [S[1].paras[0], '',
    `<figure><img src="assets/dujiangyan_baskets.png" alt="" width="480" height="300"><figcaption class="screen-only">${cap.text}<br><small>${cap.credit}</small></figcaption></figure>`,
    '', `<p class="print-only">${cap.text} ${cap.credit}</p>`, '',
    S[1].paras.slice(1).join('\n\n')].join('\n')),
  '',
  `<aside class="sidebar" aria-label="Sidebar">

<h3>${D.sidebar.title}</h3>

${D.sidebar.paras.join('\n\n')}

</aside>`,
  '',
  'Key terms',
  ': **Fish Mouth** the dividing head of the artificial island',
  ': **Flying Sand Weir** the spillway back to the outer river',
  ': **Bottle Neck** the rock cut that leads water onto the plain',
  '',
  station(S[2], S[2].paras.join('\n\n')),
  '',
  `[^1]: ${D.notes[0]}`,
  '',
].join('\n');
fs.writeFileSync(path.join(site, 'dujiangyan_irrigation_256.md'), md);

const out = path.join(__dirname, 'site-www');
fs.rmSync(out, { recursive: true, force: true });
execFileSync(path.join(__dirname, 'node_modules', '.bin', 'sitedown'),
  [site, '-b', out, '-l', path.join(site, 'layout.html'), '--pretty', 'false', '-a', path.join(site, 'assets'), '-s'], { stdio: 'inherit' });
const found = [];
(function walk(d) { for (const f of fs.readdirSync(d)) { const p = path.join(d, f); if (fs.statSync(p).isDirectory()) walk(p); else found.push(p); } })(out);
console.log(found.map(f => path.relative(out, f)).join('\n'));
const page = found.find(f => f.endsWith('.html') && f.includes('dujiangyan'));
let html = fs.readFileSync(page, 'utf8').replace(/assets\/dujiangyan_baskets\.png/g, 'img/dujiangyan_baskets.png');
fs.writeFileSync(path.join(__dirname, '..', 'dujiangyan_irrigation_256.html'), html);
