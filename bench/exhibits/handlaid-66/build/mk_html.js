// jiaozi_paper_money_1024.html: a Sergey site (build/site/) with partials, named slots and Markdown imports.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const HERE = __dirname;
const OUT = path.dirname(HERE);
const SITE = path.join(HERE, 'site');
const T = JSON.parse(fs.readFileSync(path.join(HERE, 'texts.json'), 'utf8'));
const e = T.jiaozi_paper_money_1024;
const NAME = 'jiaozi_paper_money_1024';

fs.rmSync(SITE, { recursive: true, force: true });
fs.mkdirSync(path.join(SITE, '_imports'), { recursive: true });
fs.mkdirSync(path.join(SITE, 'img'), { recursive: true });
fs.copyFileSync(path.join(HERE, 'img', 'jiaozi_block.png'), path.join(SITE, 'img', 'jiaozi_block.png'));
const w = (f, s) => fs.writeFileSync(path.join(SITE, f), s);

w('_imports/head.html', `<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><sergey-slot name="title" /></title>
<link rel="stylesheet" href="assets/exhibit.css">
<style>
  .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
  .layout{display:flex;flex-direction:column}
  .layout > aside.sidebar{order:3}
  .layout > .chapters{order:1}
  .layout > .dates{order:2}
  [role=tabpanel][hidden]{display:none}
  .print-only{display:none}
  @media print{.print-only{display:block}.screen-only{display:none}[role=tabpanel][hidden]{display:block}
    .tabs,.site-nav,.lang{display:none}}
  h2 .label{display:block;font-size:.7em;letter-spacing:.12em;text-transform:uppercase;color:#8b1e1e}
  .kicker{text-transform:uppercase;letter-spacing:.1em;font-size:.8em}
  figure{margin:1.5em 0}
  .cap small{display:block;font-size:.8em;color:#555}
</style>`);

w('_imports/site-header.html', `<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <p class="brand">Museum of Exchange and Credit, Norwell</p>
  <nav class="site-nav" aria-label="Main">
    <ul>
      <li><sergey-link to="/">Home</sergey-link></li>
      <li><sergey-link to="/${NAME}.html">Exhibitions</sergey-link></li>
      <li><sergey-link to="/visit.html">Visit</sergey-link></li>
    </ul>
  </nav>
  <ul class="lang" aria-label="Language">
    <li><a href="#" aria-current="true" lang="en">English</a></li>
    <li><a href="#" lang="zh">中文</a></li>
    <li><a href="#" lang="fr">Français</a></li>
  </ul>
</header>`);

w('_imports/site-footer.html', `<footer class="site-footer">
  <p>Museum of Exchange and Credit, 4 Tallow Lane, Norwell. Open daily except Mondays.</p>
  <p>Text and images may not be reused without permission.</p>
</footer>`);

w('_imports/back.html', `<p class="back"><a href="#top">Back to top ↑</a></p>`);

const [c1, c2, c3] = e.sections;
const cap = c2.caption;
const md = (paras) => paras.join('\n\n') + '\n';
w('_imports/chapter-1.md', md(c1.paras));
w('_imports/chapter-2a.md', md([c2.paras[0]]));
w('_imports/chapter-2b.md', md([c2.paras[1]]));
// chapter 3: note mark glued to "Marco Polo" in the second paragraph
w('_imports/chapter-3.md', md([c3.paras[0], c3.paras[1].replace('Marco Polo described', 'Marco Polo<sup><a href="#n1" id="r1">1</a></sup> described'), c3.paras[2]]));
w('_imports/sidebar.md', `## ${e.sidebar.title}\n\n${e.sidebar.paras[0]}\n`);

w('_imports/chapter.html', `<section role="tabpanel" id="<sergey-slot name="id" />" aria-labelledby="tab-<sergey-slot name="id" />" <sergey-slot name="hidden" />>
  <h2><span class="label"><sergey-slot name="label" /></span> <sergey-slot name="title" /></h2>
  <sergey-slot />
  <sergey-import src="back" />
</section>`);

const page = `<!DOCTYPE html>
<html lang="en">
<head>
  <sergey-import src="head">
    <sergey-template name="title">${e.title_lines[0]} | Museum of Exchange and Credit</sergey-template>
  </sergey-import>
</head>
<body id="top">
  <sergey-import src="site-header" />
  <nav class="crumbs" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/${NAME}.html">Exhibitions</a> › Money in China</nav>
  <main id="main">
    <article class="exhibit">
      <p class="kicker">${e.kicker}</p>
      <h1>${e.title_lines[0]}<br><small>${e.title_lines[1]}</small></h1>
      <p class="lede">${e.intro}</p>
      <h2 class="visually-hidden">The exhibition in three chapters</h2>
      <div class="layout">
        <aside class="sidebar" aria-label="Sidebar">
          <sergey-import src="sidebar" as="markdown" />
        </aside>
        <div class="chapters">
          <div class="tabs" role="tablist" aria-label="Chapters">
            <button role="tab" id="tab-ch1" aria-controls="ch1" aria-selected="true">1 · ${c1.title}</button>
            <button role="tab" id="tab-ch2" aria-controls="ch2" aria-selected="false" tabindex="-1">2 · ${c2.title}</button>
            <button role="tab" id="tab-ch3" aria-controls="ch3" aria-selected="false" tabindex="-1">3 · ${c3.title}</button>
          </div>
          <sergey-import src="chapter">
            <sergey-template name="id">ch1</sergey-template>
            <sergey-template name="hidden"></sergey-template>
            <sergey-template name="label">${c1.label}</sergey-template>
            <sergey-template name="title">${c1.title}</sergey-template>
            <sergey-import src="chapter-1" as="markdown" />
          </sergey-import>
          <sergey-import src="chapter">
            <sergey-template name="id">ch2</sergey-template>
            <sergey-template name="hidden">hidden</sergey-template>
            <sergey-template name="label">${c2.label}</sergey-template>
            <sergey-template name="title">${c2.title}</sergey-template>
            <sergey-import src="chapter-2a" as="markdown" />
            <figure class="object">
              <img src="img/jiaozi_block.png" alt="" width="450" height="300" loading="lazy">
            </figure>
            <div class="cap screen-only">${cap.text} <small>${cap.credit}</small></div>
            <div class="cap print-only" aria-hidden="true">${cap.text} <small>${cap.credit}</small></div>
            <sergey-import src="chapter-2b" as="markdown" />
          </sergey-import>
          <sergey-import src="chapter">
            <sergey-template name="id">ch3</sergey-template>
            <sergey-template name="hidden">hidden</sergey-template>
            <sergey-template name="label">${c3.label}</sergey-template>
            <sergey-template name="title">${c3.title}</sergey-template>
            <sergey-import src="chapter-3" as="markdown" />
          </sergey-import>
        </div>
        <section class="dates" aria-labelledby="dates-h">
          <h2 id="dates-h">Key dates</h2>
          <ol>
            <li><time>c. 995</time> Private deposit receipts circulate in Chengdu</li>
            <li><time>1005</time> Sixteen merchant houses licensed to issue notes</li>
            <li><time>1023</time> Jiaozi Bureau set up</li>
            <li><time>1024</time> First official notes issued</li>
            <li><time>1260s</time> Yuan paper money across the empire</li>
          </ol>
        </section>
      </div>
      <section class="notes" aria-label="Notes">
        <ol><li id="n1">His account of the Great Khan’s money fills a chapter of his book. <a href="#r1">↩</a></li></ol>
      </section>
      <script>
        document.querySelectorAll('[role=tab]').forEach(function (t) {
          t.addEventListener('click', function () {
            document.querySelectorAll('[role=tab]').forEach(function (u) {
              u.setAttribute('aria-selected', String(u === t));
              document.getElementById(u.getAttribute('aria-controls')).hidden = (u !== t);
            });
          });
        });
      </script>
    </article>
  </main>
  <sergey-import src="site-footer" />
</body>
</html>
`;
w(`${NAME}.html`, page);
fs.mkdirSync(path.join(SITE, 'assets'), { recursive: true });
w('assets/exhibit.css', 'body{font-family:Georgia,serif;max-width:46em;margin:auto;padding:1em}\n');

execFileSync('node', [path.join(HERE, 'node_modules', 'sergey', 'index.js'), '--root=./site/'], { cwd: HERE, stdio: 'inherit' });
let built = path.join(SITE, 'public', `${NAME}.html`);
if (!fs.existsSync(built)) built = path.join(SITE, 'public', NAME, 'index.html');
fs.copyFileSync(built, path.join(OUT, `${NAME}.html`));
fs.mkdirSync(path.join(OUT, 'img'), { recursive: true });
fs.copyFileSync(path.join(HERE, 'img', 'jiaozi_block.png'), path.join(OUT, 'img', 'jiaozi_block.png'));
console.log('html from', path.relative(HERE, built));
