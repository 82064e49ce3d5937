"""Exhibit 6: black_sunday -- HTML page in the shape of a static-site-generator blog article (Eleventy-like theme):
site header + nav, article header with kicker/meta, lead, TOC nav, numbered <section>s with the number in a span
inside the h2, <figure>/<figcaption> with <cite> credit, a pull-quote <aside>, a 'Plan your visit' aside,
kramdown-style footnotes, previous/next nav, footer."""
import os, html, shutil
from content import DUST as D, write_gold

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
e = html.escape
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
shutil.copy(os.path.join(HERE, "img", "grey_a.png"), os.path.join(OUT, "img", "dust_1.png"))
shutil.copy(os.path.join(HERE, "img", "grey_c.png"), os.path.join(OUT, "img", "dust_2.png"))

def slug(t):
    return "".join(c if c.isalnum() else "-" for c in t.lower()).strip("-")

secs = D["sections"]
toc = "\n".join('      <li><a href="#%s">%s</a></li>' % (slug(s["title"]), e(s["title"])) for s in secs)
body = []
imgno = [0]
for s in secs:
    out = ['    <section id="%s" class="exhibit-section">' % slug(s["title"]),
           '      <h2><span class="section-number">%s</span> %s <a class="anchor" href="#%s" aria-hidden="true">#</a></h2>'
           % (e(s["label"]), e(s["title"]), slug(s["title"]))]
    ps = [b for b in s["blocks"] if b["kind"] == "paragraph"]
    caps = [b for b in s["blocks"] if b["kind"] == "caption"]
    for i, b in enumerate(ps):
        t = e(b["text"])
        if s["label"] == "3" and i == 0:
            t += '<sup id="fnref:1"><a href="#fn:1" class="footnote" role="doc-noteref">1</a></sup>'
        out.append("      <p>%s</p>" % t)
        if s["label"] == "2" and i == 0:
            out.append('      <aside class="pullquote" aria-hidden="true"><p>%s</p></aside>' % e(D["pullquote"]))
    for c in caps:
        imgno[0] += 1
        out.append('      <figure class="wide">\n        <img src="img/dust_%d.png" alt="" width="900" height="540" loading="lazy">\n'
                   '        <figcaption>%s <cite>%s</cite></figcaption>\n      </figure>' % (imgno[0], e(c["text"]), e(c["credit"])))
    out.append("    </section>")
    body.append("\n".join(out))

page = """<!DOCTYPE html>
<html lang="en-US">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="generator" content="Eleventy v2.0.1">
  <title>%(title)s | Prairie Stories | High Plains Heritage Center</title>
  <meta name="description" content="%(lead)s">
  <link rel="stylesheet" href="/css/theme.css">
  <link rel="alternate" type="application/rss+xml" href="/feed.xml" title="Prairie Stories">
  <style>
    body { font-family: Georgia, serif; max-width: 46rem; margin: 0 auto; padding: 0 1rem; line-height: 1.6; color: #2b2118; }
    .site-header { display: flex; justify-content: space-between; border-bottom: 1px solid #d9c9a8; padding: .8rem 0; }
    .site-header nav a { margin-left: 1rem; font-family: sans-serif; font-size: .9rem; }
    .kicker { text-transform: uppercase; letter-spacing: .1em; font: bold .8rem sans-serif; color: #9a5b1c; }
    .post-meta { font: .85rem sans-serif; color: #6b5a48; }
    .lead { font-size: 1.2rem; font-style: italic; }
    .toc { background: #f6efe2; padding: .5rem 1rem; font-family: sans-serif; font-size: .9rem; }
    .section-number { display: inline-block; width: 1.6em; height: 1.6em; line-height: 1.6em; text-align: center; border-radius: 50%%; background: #9a5b1c; color: #fff; font-family: sans-serif; font-size: .9em; margin-right: .3em; }
    .anchor { visibility: hidden; text-decoration: none; } h2:hover .anchor { visibility: visible; }
    figure { margin: 1.5rem 0; } figure img { width: 100%%; height: auto; background: #bbb; }
    figcaption { font: .85rem/1.4 sans-serif; color: #4a3b2c; } figcaption cite { display: block; font-style: italic; color: #7a6a58; }
    .pullquote { float: right; width: 40%%; margin: 0 0 1rem 1.5rem; border-top: 3px solid #9a5b1c; font-size: 1.3rem; font-style: italic; }
    .visit { border: 1px solid #d9c9a8; padding: .5rem 1rem; font-family: sans-serif; font-size: .9rem; }
    .footnotes { font-size: .85rem; border-top: 1px solid #d9c9a8; margin-top: 2rem; }
    .post-nav { display: flex; justify-content: space-between; font-family: sans-serif; font-size: .9rem; margin: 2rem 0; }
    .site-footer { border-top: 1px solid #d9c9a8; font: .8rem sans-serif; color: #6b5a48; padding: 1rem 0 2rem; }
  </style>
</head>
<body>
  <header class="site-header">
    <a class="site-title" href="/">High Plains Heritage Center</a>
    <nav aria-label="Main">
      <a href="/visit/">Visit</a><a href="/exhibitions/">Exhibitions</a><a href="/stories/" aria-current="page">Stories</a><a href="/learn/">Learn</a><a href="/support/">Support</a>
    </nav>
  </header>
  <main id="content">
  <article class="post h-entry">
    <header class="post-header">
      <p class="kicker"><a href="/stories/tags/prairie-stories/">%(kicker)s</a></p>
      <h1 class="p-name">%(title)s</h1>
      <p class="post-meta">Posted <time class="dt-published" datetime="2024-04-14">April 14, 2024</time> by the Collections Team · 4 min read</p>
    </header>
    <p class="lead">%(lead)s</p>
    <nav class="toc" aria-label="On this page">
      <p><strong>On this page</strong></p>
      <ol>
%(toc)s
      </ol>
    </nav>
%(body)s
    <aside class="visit">
      <h3>See it in the gallery</h3>
      <p>The storm diary and the family photographs shown here are on display in the Dust and Wind gallery until the end of October. Admission is free on the second Sunday of each month.</p>
    </aside>
    <section class="footnotes" role="doc-endnotes">
      <ol>
        <li id="fn:1"><p>%(fn1)s <a href="#fnref:1" class="reversefootnote" role="doc-backlink">&#8617;</a></p></li>
      </ol>
    </section>
    <footer class="post-footer">
      <p class="tags">Tagged: <a href="/stories/tags/1930s/">1930s</a>, <a href="/stories/tags/farming/">farming</a>, <a href="/stories/tags/weather/">weather</a></p>
    </footer>
  </article>
  <nav class="post-nav" aria-label="More stories">
    <a rel="prev" href="/stories/sod-houses/">&larr; Walls of Earth: Sod Houses on the Frontier</a>
    <a rel="next" href="/stories/wheat-harvest-crews/">Following the Harvest &rarr;</a>
  </nav>
  </main>
  <footer class="site-footer">
    <p>High Plains Heritage Center · 400 Cimarron Avenue · Open Tuesday to Sunday, 10 am to 5 pm</p>
    <p>&copy; 2024 High Plains Heritage Center. Built with Eleventy. <a href="/feed.xml">RSS</a></p>
  </footer>
  <script src="/js/anchors.js" defer></script>
</body>
</html>
""" % dict(title=e(D["title"]), lead=e(D["lead"]), kicker=e(D["kicker"]), toc=toc, body="\n".join(body), fn1=e(D["footnotes"][0]))
with open(os.path.join(HERE, "black_sunday.html"), "w", encoding="utf-8") as f:
    f.write(page)
shutil.copy(os.path.join(HERE, "black_sunday.html"), os.path.join(OUT, "black_sunday.html"))
sections = [{"label": None, "title": D["title"], "blocks": [{"kind": "paragraph", "text": D["lead"]}]}] + secs
write_gold(os.path.join(OUT, "black_sunday.json"), D["title"], [], sections)
print("ok")
