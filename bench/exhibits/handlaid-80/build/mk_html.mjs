// HTML page built by mikel-press (static site generator on the mikel template engine).
// Writes site/src (layout, data, page, asset), runs press(), copies the page up.
import press from 'mikel-press';
import mikel from 'mikel';
import { createCanvas } from '@napi-rs/canvas';
import fs from 'fs';
import path from 'path';
import { EXHIBITS } from './texts.mjs';

const name = 'dday_forecast_1944', ex = EXHIBITS[name];
const SRC = path.resolve('site/src'), OUT = path.resolve('site/www');
fs.rmSync('site', { recursive: true, force: true });
for (const d of ['layouts', 'data', 'partials', 'assets']) fs.mkdirSync(path.join(SRC, d), { recursive: true });
const esc = s => s; // mikel escapes variables itself

// grey picture stand-in
const c = createCanvas(480, 300); const g = c.getContext('2d'); g.fillStyle = '#b8b8b8'; g.fillRect(0, 0, 480, 300);
fs.writeFileSync(path.join(SRC, 'assets/blacksod_form.png'), c.toBuffer('image/png'));

// data file: the panels
const parts = ex.sections.map((s, i) => ({
  n: i + 1, label: s.label, title: s.title, id: 'part-' + (i + 1),
  paras: s.paras.map(esc),
  fig: s.caption ? { text: esc(s.caption.text), credit: esc(s.caption.credit) } : null,
  quote: i === 1,
  timeline: i === 1,
}));
fs.writeFileSync(path.join(SRC, 'data/exhibit.json'), JSON.stringify({ intro: esc(ex.intro), parts, sidebar: { title: ex.sidebar.title, paras: ex.sidebar.paras.map(esc) } }, null, 1));

fs.writeFileSync(path.join(SRC, 'layouts/exhibit.html'), `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{page.attributes.title}} · {{site.museum}}</title>
<style>
body{margin:0;font:17px/1.55 Georgia,serif;color:#1b1b1b;background:#f6f4ef}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
header.site{display:flex;justify-content:space-between;align-items:center;padding:10px 24px;background:#1d3557;color:#fff;font:14px system-ui,sans-serif}
header.site a{color:#fff}
.lang{list-style:none;display:flex;gap:10px;margin:0;padding:0}
.hero{max-width:900px;margin:0 auto;padding:28px 24px 8px}
.kicker{font:600 13px system-ui,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:#a4161a}
h1{font:700 40px/1.1 system-ui,sans-serif;margin:.2em 0}
h1 .sub{display:block;font:italic 400 22px Georgia,serif;margin-top:.3em}
.lede{font-size:20px}
main.scroller{display:flex;gap:24px;overflow-x:auto;scroll-snap-type:x mandatory;padding:16px 24px 32px}
main.scroller>article,main.scroller>aside{flex:0 0 min(520px,86vw);scroll-snap-align:start;background:#fff;padding:18px 22px;border-top:6px solid #1d3557}
article header .num{font:700 13px system-ui,sans-serif;color:#a4161a;text-transform:uppercase;margin:0}
article header h2{margin:.1em 0 .5em;font:700 24px system-ui,sans-serif}
figure{margin:1em 0}figcaption{font:italic 14px/1.4 system-ui,sans-serif;margin-bottom:6px}
figcaption small{display:block;font-style:normal;color:#666}
img{max-width:100%;height:auto;display:block}
.print-only{display:none}
@media print{.print-only{display:block}figure figcaption{display:none}main.scroller{display:block} }
blockquote{font-size:21px;font-style:italic;color:#a4161a;margin:1em 0}
blockquote footer{font:13px system-ui,sans-serif;color:#555;font-style:normal}
ol.timeline{font:14px system-ui,sans-serif;border-left:3px solid #a4161a;padding-left:28px}
aside.box{background:#efe7da}
footer.site{padding:16px 24px;font:13px system-ui,sans-serif;color:#555}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to the exhibition</a>
<header class="site">
<a href="/">{{site.museum}}</a>
<nav aria-label="Language"><ul class="lang"><li><a href="#" aria-current="true">English</a></li><li><a href="#" lang="fr">Français</a></li><li><a href="#" lang="ga">Gaeilge</a></li></ul></nav>
</header>
{{!@content}}
<footer class="site"><p>© {{site.museum}}. Online exhibition “Watching the Weather”, room 6 of 8.</p><p><a href="#top">Back to top</a></p></footer>
</body>
</html>
`);

fs.writeFileSync(path.join(SRC, 'exhibit.html'), `---
{"title": "${ex.titleLines[0]}", "layout": "exhibit.html"}
---
<div class="hero" id="top">
<p class="kicker">Online exhibition · Forecasting</p>
<h1>${ex.titleLines[0]} <span class="sub">${ex.titleLines[1]}</span></h1>
<p class="lede">{{site.data.exhibit.intro}}</p>
<p class="hint" aria-hidden="true">Scroll sideways to move between the panels →</p>
</div>
<h2 class="visually-hidden">The exhibition panels</h2>
<main id="main" class="scroller">
{{#each site.data.exhibit.parts}}
<article id="{{id}}" aria-labelledby="{{id}}-h">
<header><p class="num">{{label}}</p><h2 id="{{id}}-h">{{title}}</h2></header>
{{#each paras}}<p>{{this}}</p>
{{/each}}
{{#if fig}}<figure>
<figcaption>{{fig.text}} <small>{{fig.credit}}</small></figcaption>
<img src="/img/blacksod_form.png" alt="" width="480" height="300" loading="lazy">
</figure>
<p class="print-only" aria-hidden="true">{{fig.text}} {{fig.credit}}</p>
{{/if}}
{{#if timeline}}<h3 class="visually-hidden">Key dates</h3>
<ol class="timeline">
<li><time datetime="1944-06-03">3 June, evening</time>: first warning of strong winds for the 5th</li>
<li><time datetime="1944-06-04">4 June, early morning</time>: landings put back one day</li>
<li><time datetime="1944-06-04">4 June, evening</time>: a gap behind the cold front is forecast</li>
<li><time datetime="1944-06-06">6 June, dawn</time>: the assault begins</li>
</ol>
{{/if}}
{{#if quote}}<blockquote><p>“Nobody in that room could change the weather. All they could do was read it better than the other side.”</p><footer>— Comment in the visitors’ book, 2014</footer></blockquote>
{{/if}}
</article>
{{/each}}
<aside class="box" aria-labelledby="box-h">
<h3 id="box-h">{{site.data.exhibit.sidebar.title}}</h3>
{{#each site.data.exhibit.sidebar.paras}}<p>{{this}}</p>{{/each}}
</aside>
</main>
`);

press({
  source: SRC, destination: OUT,
  template: mikel.create({}),
  museum: 'Alderbrook Museum of Weather',
  plugins: [
    press.LayoutsPlugin(), press.DataPlugin(), press.PartialsPlugin(),
    press.AssetsPlugin({ folder: './assets', basePath: 'img' }),
    press.FrontmatterPlugin(), press.ContentPagePlugin(),
  ],
});
const html = fs.readFileSync(path.join(OUT, 'exhibit.html'), 'utf8');
fs.writeFileSync(`../${name}.html`, html.replace(/src="\/img\//g, 'src="img/'));
fs.mkdirSync('../img', { recursive: true });
fs.copyFileSync(path.join(SRC, 'assets/blacksod_form.png'), '../img/blacksod_form.png');
console.log('html written');
