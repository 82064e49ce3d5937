// HTML page of set 64: Assemble 0.24.3 (Handlebars layouts, partials and data; front matter).
// This script writes build/site/src/ from texts.json, runs an assemble build, and copies the page up.
const fs = require('fs');
const path = require('path');
const assemble = require('assemble');

const HERE = __dirname;
const OUT = path.dirname(HERE);
const SITE = path.join(HERE, 'site');
const T = JSON.parse(fs.readFileSync(path.join(HERE, 'texts.json'), 'utf8'));
const NAME = 'kelmscott_chaucer_1896';
const ex = T[NAME];

function w(rel, s) {
  const p = path.join(SITE, 'src', rel);
  fs.mkdirSync(path.dirname(p), { recursive: true });
  fs.writeFileSync(p, s);
}

// ---- data -----------------------------------------------------------------
const secs = ex.sections.map((s, i) => {
  const paras = s.paras.map((p, k) => ({ text: p, note: (i === 0 && k === 1) ? 'Germany' : null }));
  return {
    id: 'part-' + (i + 1), label: s.label, title: s.title, date: s.date,
    first: paras.slice(0, 1), rest: paras.slice(1),
    caption: s.caption || null,
    hidden_heading: false,
  };
});
const data = {
  site: { name: 'Ravelston Museum of the Book', nav: ['Visit', 'Exhibitions', 'Collections', 'Learn', 'Shop'] },
  kicker: ex.kicker,
  title1: ex.title_lines[0],
  title2: ex.title_lines[1],
  intro: ex.intro,
  page1: secs.slice(0, 2),
  page2: secs.slice(2),
  quote: ex.quote, quote_by: ex.quote_by,
  sidebar: ex.sidebar,
  notes: ex.notes,
  timeline: ex.timeline.map(([y, t]) => ({ year: y, text: t })),
};
w('data/exhibit.json', JSON.stringify(data, null, 1));

// ---- layout and partials --------------------------------------------------
w('layouts/exhibit.html', `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{title1}} – {{site.name}}</title>
<style>
body{font:17px/1.6 Georgia,serif;margin:0;color:#222}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.site-header,.site-footer{background:#2b2a26;color:#eee;padding:.8rem 2rem;font-family:Arial,sans-serif;font-size:.85rem}
.site-header a,.site-footer a{color:#eee}
.site-header ul{display:inline;list-style:none;padding:0}.site-header li{display:inline;margin-left:1rem}
.lang{float:right}.crumbs{font:13px Arial,sans-serif;padding:.5rem 2rem;color:#666}
main{max-width:44rem;margin:0 auto;padding:1rem 2rem}
.kicker{font:bold 12px Arial,sans-serif;letter-spacing:.12em;text-transform:uppercase;color:#8a2b1d}
hgroup h1{margin:.2rem 0 0;font-size:2.6rem}hgroup p{margin:0 0 1rem;font-style:italic;font-size:1.3rem;color:#8a2b1d}
.lede{font-size:1.2rem}
h2 .label{display:block;font:bold 12px Arial,sans-serif;letter-spacing:.1em;text-transform:uppercase;color:#8a2b1d}
.date{font:13px Arial,sans-serif;color:#777;margin-top:-.6rem}
.top{font:12px Arial,sans-serif;text-align:right}
.pager{border-top:1px solid #ccc;border-bottom:1px solid #ccc;font:13px Arial,sans-serif;padding:.4rem 0;display:flex;justify-content:space-between}
.cont{font:italic 13px Arial,sans-serif;color:#666}
figure{margin:1.5rem 0}figure img{width:100%;height:auto;display:block}
figcaption{font:14px/1.4 Arial,sans-serif;color:#444;margin-top:.4rem}
blockquote.pull{font-size:1.5rem;font-style:italic;color:#8a2b1d;border-left:4px solid #8a2b1d;margin:2rem 0;padding-left:1rem}
blockquote.pull footer{font:13px Arial,sans-serif;color:#555;font-style:normal}
.sidebar{background:#f1ece0;padding:1rem 1.4rem;margin:2rem 0}
.timeline{font:14px Arial,sans-serif}.notes{font-size:.85rem}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
</style>
</head>
<body id="top">
<a class="skip" href="#content">Skip to content</a>
{{> site-header }}
<p class="crumbs"><a href="/">Home</a> › <a href="/exhibitions/">Exhibitions</a> › <a href="/exhibitions/private-press/">Private Press Books</a> › Kelmscott Chaucer</p>
<main id="content">
{% body %}
</main>
{{> site-footer }}
</body>
</html>
`);

w('partials/site-header.html', `<header class="site-header">
<strong>{{site.name}}</strong>
<nav aria-label="Main"><ul>{{#each site.nav}}<li><a href="/{{this}}/">{{this}}</a></li>{{/each}}</ul></nav>
{{> lang-switch }}
</header>
`);
w('partials/lang-switch.html', `<div class="lang" role="navigation" aria-label="Language"><a href="#" aria-current="true">English</a> · <a href="/de/" lang="de">Deutsch</a> · <a href="/fr/" lang="fr">Français</a></div>
`);
w('partials/part.html', `<section id="{{id}}" aria-labelledby="{{id}}-h">
<header>
<h2 id="{{id}}-h"><span class="label">{{label}}</span> {{title}}</h2>
<p class="date">{{date}}</p>
</header>
{{#each first}}<p>{{text}}</p>
{{/each}}{{#if caption}}<figure>
<img src="img/kelmscott_opening.png" width="900" height="560" alt="Two facing pages with a wide decorated border and a woodcut picture">
<figcaption>{{caption.text}}<br>{{caption.credit}}</figcaption>
</figure>
{{/if}}{{#each rest}}<p>{{{notemark text note}}}</p>
{{/each}}<p class="top"><a href="#top">Back to top ↑</a></p>
</section>
`);
w('partials/pager.html', `<nav class="pager" aria-label="Article pages"><span>Page {{n}} of 2</span>{{#if next}}<a href="#page-2">Next page: {{next}} →</a>{{else}}<a href="#page-1">← Previous page</a>{{/if}}</nav>
`);
w('partials/site-footer.html', `<footer class="site-footer">
<p>{{site.name}} · 14 Ravelston Terrace · Open Tuesday to Sunday, 10–5</p>
<p><a href="#top">Back to top</a> · <a href="/privacy/">Privacy</a> · <a href="/access/">Accessibility</a></p>
</footer>
`);

// ---- the page -------------------------------------------------------------
w('pages/' + NAME + '.html', `---
layout: exhibit
---
<article>
<p class="kicker">{{kicker}}</p>
<hgroup>
<h1>{{title1}}</h1>
<p>{{title2}}</p>
</hgroup>
<p class="lede">{{intro}}</p>
<h2 class="visually-hidden">Exhibition text</h2>
<div class="page" id="page-1">
{{> pager n=1 next="Part Three"}}
{{#with page1.[0]}}{{> part }}{{/with}}
<blockquote class="pull"><p>{{quote}}</p><footer>{{quote_by}}</footer></blockquote>
{{#with page1.[1]}}{{> part }}{{/with}}
<p class="cont">Continued on page 2 →</p>
</div>
<div class="page" id="page-2">
{{> pager n=2}}
<p class="cont">← Continued from page 1</p>
{{#each page2}}{{> part }}{{/each}}
<aside class="sidebar" aria-labelledby="sb-h">
<h2 id="sb-h">{{sidebar.title}}</h2>
{{#each sidebar.paras}}<p>{{this}}</p>
{{/each}}</aside>
<aside aria-label="Key dates">
<h3>Key dates</h3>
<ol class="timeline">{{#each timeline}}<li><time>{{year}}</time> {{text}}</li>{{/each}}</ol>
</aside>
<section class="notes" aria-label="Notes">
<h3>Note</h3>
<ol>{{#each notes}}<li id="note-{{@index}}">{{this}}</li>{{/each}}</ol>
</section>
</div>
</article>
`);

// ---- build ------------------------------------------------------------------
fs.mkdirSync(path.join(SITE, 'src', 'img'), { recursive: true });
fs.copyFileSync(path.join(HERE, 'img', 'grey_900x560.png'), path.join(SITE, 'src', 'img', 'kelmscott_opening.png'));
const app = assemble({ cwd: SITE });
app.engine('html', require('engine-handlebars'));
app.helper('notemark', function (text, note) {
  const e = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  if (!note) return e(text);
  return e(text).replace(note, note + '<sup><a href="#note-0" id="ref-0">1</a></sup>');
});
app.data(path.join(SITE, 'src', 'data', '*.json'));
app.data(data);
app.layouts(path.join(SITE, 'src', 'layouts', '*.html'));
app.partials(path.join(SITE, 'src', 'partials', '*.html'));
app.task('default', function () {
  return app.src(path.join(SITE, 'src', 'pages', '*.html'))
    .pipe(app.renderFile())
    .pipe(app.dest(path.join(SITE, 'dist')));
});
app.build('default', function (err) {
  if (err) { console.error(err); process.exit(1); }
  fs.copyFileSync(path.join(SITE, 'dist', NAME + '.html'), path.join(OUT, NAME + '.html'));
  fs.mkdirSync(path.join(OUT, 'img'), { recursive: true });
  fs.copyFileSync(path.join(SITE, 'src', 'img', 'kelmscott_opening.png'), path.join(OUT, 'img', 'kelmscott_opening.png'));
  console.log('wrote', NAME + '.html');
});
