// universal_declaration_1948.html: a Harp 0.50 project (EJS layout, partials, _data.json) written from
// texts.json into build/site/, compiled with `harp site site-www`, and the page copied up unchanged.
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const HERE = __dirname;
const OUT = path.dirname(HERE);
const name = 'universal_declaration_1948';
const d = JSON.parse(fs.readFileSync(path.join(HERE, 'texts.json'), 'utf8'))[name];
const SITE = path.join(HERE, 'site');
const WWW = path.join(HERE, 'site-www');
fs.rmSync(SITE, { recursive: true, force: true });
fs.rmSync(WWW, { recursive: true, force: true });
fs.mkdirSync(path.join(SITE, '_partials'), { recursive: true });
fs.mkdirSync(path.join(SITE, 'css'), { recursive: true });

const w = (p, s) => fs.writeFileSync(path.join(SITE, p), s);

// data: rooms split over two "pages" of one HTML file
const rooms = d.sections.map((s, i) => ({
  id: 'room-' + (i + 1), label: s.label, title: s.title,
  dates: ['1946–1947', '1948', '1950–1976'][i],
  paras: s.paras.map((p) => p.replace(/\^(\d+)/, '<sup class="nref"><a href="#note-$1" id="ref-$1">$1</a></sup>')),
  caption: s.caption || null,
}));
rooms[1].paras[0] = rooms[1].paras[0].replace('Saudi Arabia.', 'Saudi Arabia.<sup class="nref"><a href="#note-1" id="ref-1">1</a></sup>');
w('_data.json', JSON.stringify({
  [name]: {
    title: d.title_lines[0], subtitle: d.title_lines[1], intro: d.intro,
    page1: rooms.slice(0, 2), page2: rooms.slice(2), sidebar: d.sidebar, timeline: d.timeline, note: d.note,
    quote: 'The declaration was written in committee rooms, but it was meant to be read aloud in kitchens and classrooms.',
    quote_by: 'Dr Amara Welsh, Keeper of Modern Law, Tavistock Hall',
  },
}, null, 2));

w('_layout.ejs', `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title><%= title %> · Tavistock Hall Online</title>
<link rel="stylesheet" href="css/main.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
  <p class="brand">Tavistock Hall <span>Museum of Rights</span></p>
  <nav aria-label="Site"><ul><li><a href="#">Visit</a></li><li><a href="#">Exhibitions</a></li><li><a href="#">Collections</a></li><li><a href="#">Learn</a></li></ul></nav>
  <nav class="lang" aria-label="Language"><a href="#" aria-current="true">English</a> <a href="#" lang="fr">Français</a> <a href="#" lang="es">Español</a> <a href="#" lang="ar">العربية</a></nav>
</header>
<nav class="crumbs" aria-label="Breadcrumb"><a href="#">Home</a> › <a href="#">Online exhibitions</a> › <span>Human rights</span></nav>
<%- yield %>
<footer class="site"><p>© Tavistock Hall Museum of Rights. Images are shown for study only.</p><p><a href="#">Accessibility</a> · <a href="#">Privacy</a> · <a href="#">Contact</a></p></footer>
</body>
</html>
`);

w('_partials/_room.ejs', `<article class="room" id="<%= room.id %>" aria-labelledby="<%= room.id %>-h">
  <header class="room-head">
    <span class="room-no"><%= room.label %></span>
    <h2 id="<%= room.id %>-h"><%= room.title %></h2>
    <p class="dates"><%= room.dates %></p>
  </header>
<% room.paras.forEach(function (p, i) { %>  <p><%- p %></p>
<% if (room.caption && i === 0) { %>  <figure class="plate">
    <figcaption><%= room.caption.text %> <cite><%= room.caption.credit %></cite></figcaption>
    <img src="img/chaillot_1948.png" width="600" height="350" alt="">
  </figure>
<% } %><% }) %></article>
`);

w(name + '.ejs', `<main id="main" class="exhibition">
  <div class="intro">
    <p class="kicker">Online exhibition · Law and liberty</p>
    <h1><%= title %><br><span class="sub"><%= subtitle %></span></h1>
    <p class="lede"><%= intro %></p>
  </div>
  <section class="key-dates" aria-label="Key dates">
    <h2 class="small">Key dates</h2>
    <ol><% timeline.forEach(function (t) { %><li><b><%= t[0] %></b> <%= t[1] %></li><% }) %></ol>
  </section>
  <div class="pages">
    <div class="page" id="page-1">
<% page1.forEach(function (room, i) { %><%- partial("_partials/_room", { room: room }) %>
<% if (i === 0) { %>      <blockquote class="big"><p><%= quote %></p><footer>— <%= quote_by %></footer></blockquote>
<% } %><% }) %>      <p class="pager"><span>Page 1 of 2</span> <a href="#page-2">Next page →</a></p>
    </div>
    <div class="page" id="page-2">
<% page2.forEach(function (room) { %><%- partial("_partials/_room", { room: room }) %>
<% }) %>      <aside class="sidebar" aria-labelledby="sb-h">
        <h2 id="sb-h"><%= sidebar.title %></h2>
<% sidebar.paras.forEach(function (p) { %>        <p><%= p %></p>
<% }) %>      </aside>
      <section class="notes" aria-label="Notes"><h2 class="small">Notes</h2><ol><li id="note-1"><%= note %> <a href="#ref-1">↩</a></li></ol></section>
      <p class="pager"><a href="#page-1">← Previous page</a> <span>Page 2 of 2</span></p>
    </div>
  </div>
</main>
`);

w('css/main.css', `body{font:17px/1.55 Georgia,serif;margin:0;color:#222}
.skip{position:absolute;left:-999px}.skip:focus{left:8px}
header.site,footer.site{background:#1c2436;color:#fff;padding:12px 24px}
.exhibition{display:grid;grid-template-columns:1fr;grid-template-areas:"intro" "pages" "dates";max-width:760px;margin:auto;padding:0 20px}
.intro{grid-area:intro}.pages{grid-area:pages}.key-dates{grid-area:dates;border-top:1px solid #ccc}
.page:not(:target){display:none}.page:first-child:not(:has(~ .page:target)){display:block}
.room-head{display:flex;flex-direction:column}.room-no{font:700 13px/1 Arial,sans-serif;text-transform:uppercase;color:#a33}
.dates{font:14px Arial,sans-serif;color:#666;margin:0}
figure.plate{display:flex;flex-direction:column-reverse;margin:1.5em 0}
figure.plate cite{display:block;font-size:13px;color:#666;font-style:normal}
blockquote.big p{font-size:26px;font-style:italic}
.sidebar{background:#f1ebe0;padding:12px 18px}.small{font:700 14px Arial,sans-serif;text-transform:uppercase}
`);

const harp = path.join(HERE, 'node_modules', 'harp', 'bin', 'harp');
execFileSync(process.execPath, [harp, SITE, WWW], { stdio: 'inherit' });
fs.copyFileSync(path.join(WWW, name + '.html'), path.join(OUT, name + '.html'));
console.log('wrote', name + '.html');
