# -*- coding: utf-8 -*-
"""Galileo: an HTML page in the shape a static-site generator theme writes (skip link, cookie banner, breadcrumb,
figure/figcaption with the credit in <small>, related-articles aside, footer sitemap). Written by this script."""
import html, json, os, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import GALILEO as D, gold_for
from png import grey_png

OUT = os.path.join(os.path.dirname(__file__), "..")
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
grey_png(os.path.join(OUT, "img", "galileo_telescope.png"), 640, 360)
grey_png(os.path.join(OUT, "img", "poc_logo.png"), 48, 48, shade=120)
e = html.escape

parts = []
for s in D["sections"]:
    sec = ['<section class="chapter" id="ch-%s">' % s["label"],
           '  <h2><span class="chapter-num">%s</span> %s</h2>' % (s["label"], e(s["title"]))]
    for i, p in enumerate(s["paras"]):
        sec.append("  <p>%s</p>" % e(p))
        if i == 0 and s.get("caption"):
            c = s["caption"]
            sec.append('  <figure class="wp-block-image">\n'
                       '    <img src="img/galileo_telescope.png" width="640" height="360" loading="lazy"\n'
                       '         alt="Grey placeholder for a photograph of a replica telescope">\n'
                       '    <figcaption><strong>%s:</strong> %s <small>%s</small></figcaption>\n'
                       '  </figure>' % (c["pos"], e(c["text"]), e(c["credit"])))
        if i == 0 and s["label"] == "2":
            sec.append('  <blockquote class="pullquote" aria-hidden="true"><p>%s</p></blockquote>' % e(D["pullquote"]))
    if s["label"] == "3":
        sb = D["sidebar"]
        sec.append('  <aside class="callout">\n    <h3>%s</h3>\n%s\n  </aside>'
                   % (e(sb["title"]), "\n".join("    <p>%s</p>" % e(p) for p in sb["paras"])))
    sec.append("</section>")
    parts.append("\n".join(sec))

page = '''<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Four New Stars – %(site)s</title>
<meta name="description" content="%(desc)s">
<meta name="generator" content="Hugo 0.139.0">
<link rel="canonical" href="/stories/galileo-moons-1610/">
<style>
body{font-family:Georgia,serif;margin:0;color:#222;line-height:1.55}
.skip-link{position:absolute;left:-999px}.skip-link:focus{left:8px;top:8px}
.cookie-banner{background:#1d2733;color:#fff;padding:12px 20px;font:14px/1.4 sans-serif}
.site-header{display:flex;gap:24px;align-items:center;padding:12px 20px;border-bottom:1px solid #ccc;font-family:sans-serif}
.breadcrumb ol{list-style:none;display:flex;gap:6px;padding:0 20px;font:13px sans-serif}
.breadcrumb li+li:before{content:"›";margin-right:6px}
main{display:grid;grid-template-columns:minmax(0,680px) 260px;gap:40px;padding:0 20px;max-width:1000px}
.post-meta{font:13px sans-serif;color:#666}
.lead{font-size:1.2em;font-style:italic}
.chapter-num{display:inline-block;background:#233b6e;color:#fff;border-radius:50%%;width:1.6em;text-align:center}
figure{margin:1.5em 0}figure img{width:100%%;height:auto;background:#bbb}
figcaption{font:14px sans-serif}figcaption small{display:block;color:#666}
.pullquote{font-size:1.5em;border-top:2px solid #233b6e;border-bottom:2px solid #233b6e;margin:1em 0;padding:.5em 0}
.callout{background:#eef2f8;padding:12px 18px;border-left:4px solid #233b6e}
.related{font-family:sans-serif;font-size:14px}
.site-footer{background:#f2f2f2;margin-top:40px;padding:20px;font:13px sans-serif;display:flex;gap:40px}
</style>
</head>
<body>
<a class="skip-link" href="#main">Skip to main content</a>
<div class="cookie-banner" role="dialog" aria-label="Cookie consent">
  <p>We use cookies to count visits and remember your preferences. You can accept them or choose which ones to allow.</p>
  <button type="button">Accept all</button> <button type="button">Manage cookies</button>
</div>
<header class="site-header">
  <a class="logo" href="/"><img src="img/poc_logo.png" width="48" height="48" alt="%(site)s logo"> %(site)s</a>
  <nav aria-label="Main">
    <ul><li><a href="/visit/">Visit</a></li><li><a href="/collections/">Collections</a></li>
    <li><a href="/stories/" aria-current="page">Stories</a></li><li><a href="/learn/">Learn</a></li></ul>
  </nav>
  <form role="search" action="/search/"><label for="q">Search</label> <input id="q" name="q" type="search"></form>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/stories/">Stories</a></li><li><a href="/stories/astronomy/">Astronomy</a></li>
  <li aria-current="page">Four New Stars</li></ol>
</nav>
<main id="main">
<article class="post">
  <header class="post-header">
    <p class="post-meta">Online exhibition · <time datetime="2026-01-07">7 January 2026</time> · 6 min read</p>
    <h1>%(title)s</h1>
    <p class="lead">%(lead)s</p>
  </header>
%(body)s
  <footer class="post-footer">
    <p class="share">Share: <a href="#">Email</a> · <a href="#">Copy link</a></p>
    <p class="tags">Tags: <a href="/tags/astronomy/">astronomy</a>, <a href="/tags/instruments/">instruments</a></p>
  </footer>
</article>
<aside class="related" aria-labelledby="rel-h">
  <h2 id="rel-h">Related articles</h2>
  <ul>
    <li><a href="/stories/transit-of-mercury/">Watching Mercury cross the Sun</a></li>
    <li><a href="/stories/lens-grinders/">The lens grinders of Venice</a></li>
    <li><a href="/stories/star-atlases/">Printed star atlases before 1700</a></li>
  </ul>
</aside>
</main>
<footer class="site-footer">
  <div><h2>Visit</h2><ul><li><a href="/visit/hours/">Opening hours</a></li><li><a href="/visit/access/">Access</a></li></ul></div>
  <div><h2>Collections</h2><ul><li><a href="/collections/instruments/">Instruments</a></li><li><a href="/collections/archive/">Archive</a></li></ul></div>
  <div><h2>About</h2><ul><li><a href="/about/">About us</a></li><li><a href="/privacy/">Privacy</a></li><li><a href="/sitemap/">Sitemap</a></li></ul></div>
  <p>© 2026 %(site)s. Registered charity 1123581.</p>
</footer>
</body>
</html>
''' % {"site": e(D["site"]), "desc": e(D["standfirst"]), "title": e(D["title"]), "lead": e(D["standfirst"]),
       "body": "\n".join(parts)}
open(os.path.join(OUT, D["name"] + ".html"), "w", encoding="utf-8").write(page)
gold = gold_for(D, title=D["title"], running=[])
json.dump(gold, open(os.path.join(OUT, D["name"] + ".json"), "w", encoding="utf-8"), ensure_ascii=False, indent=2)
