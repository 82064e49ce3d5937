# -*- coding: utf-8 -*-
"""HTML page with pagegen 4.1.0 (Python static site generator): writes build/site/ (site.conf, my theme
`cocoa` with Mako templates, content/index.html with header lines and a raw-HTML body), runs `pgn -g`
and copies build/site/build/index.html up."""
import os, shutil, subprocess, html
from texts import DOCS

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SITE = os.path.join(HERE, "site")
NAME = "tetteh_quarshie_cocoa_1879"
E = html.escape

CONF = """[site]
theme=cocoa
base_url=https://akuapem-cocoa-story.example
enabled_plugins=mako_templates, pgn_markdown, minify
hook_page_render=pgn_markdown, mako_templates, minify
directory_index=index

[mako_templates]
default_template=pages
"""

BASE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${page.headers['title']} | Akuapem Cocoa Story</title>
<meta name="Generator" content="Pagegen">
<style>
body{margin:0;font-family:Georgia,serif;color:#2b1a10;background:#fbf7f0}
.skip{position:absolute;left:-9999px}.skip:focus{left:1rem}
.site-head{display:flex;justify-content:space-between;padding:.6rem 2rem;background:#3b2314;color:#fff}
.site-head a{color:#fff}
.lang a{margin-left:.6rem}
.layout{display:flex;flex-direction:column;max-width:46rem;margin:0 auto;padding:1rem}
.layout .timeline{order:9}
.layout .panels{order:1}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.kicker{text-transform:uppercase;letter-spacing:.15em;color:#9e2a1a;font-size:.8rem}
h1 .sub{display:block;font-size:1.2rem;font-style:italic;font-weight:normal}
.num{display:inline-block;background:#9e2a1a;color:#fff;padding:.1rem .5rem;margin:0}
.dateline{color:#7a5a3a;font-size:.85rem;margin:.1rem 0 .8rem}
figure{margin:1rem 0;background:#eee}
figcaption{font-size:.85rem}
figcaption small{display:block;color:#7a5a3a}
blockquote{font-size:1.4rem;color:#9e2a1a;border-left:4px solid #9e2a1a;padding-left:1rem}
.box{background:#efe4d2;padding:.8rem 1rem}
.top{font-size:.8rem}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site-head">
  <a href="/">Akuapem Cocoa Story</a>
  <nav aria-label="Site"><a href="/visit">Visit</a> <a href="/collections">Collections</a> <a href="/learn">Learn</a></nav>
  <nav class="lang" aria-label="Language"><a href="/" aria-current="true">English</a><a href="/tw/">Twi</a><a href="/fr/">Français</a></nav>
</header>
<main id="main">
${page.out}
</main>
<footer class="site-foot"><p>Akuapem Cocoa Story is a community museum project. Text and images may not be reused without permission.</p>
<p>&copy; 2027 Akuapem Heritage Trust · <a href="/privacy">Privacy</a></p></footer>
</body>
</html>
"""

PAGES = """<%inherit file="base.mako"/>
${page.out}
"""

def body(sec):
    return [b for b in sec["blocks"] if b["kind"] == "paragraph"]

def cap(sec):
    c = [b for b in sec["blocks"] if b["kind"] == "caption"]
    return c[0] if c else None

def content():
    d = DOCS[NAME]; S = d["sections"]
    h = []
    h.append('<div class="layout">')
    # not gold: a timeline placed first in the DOM but shown after the panels by CSS order
    h.append('<aside class="timeline" aria-label="Key dates"><h2>Key dates</h2><ol>'
             '<li><time>1842</time> Tetteh Quarshie born at Osu</li><li><time>1879</time> returns from Fernando Po with cacao pods</li>'
             '<li><time>1890</time> Aburi botanical garden opens</li><li><time>1892</time> dies at Accra</li>'
             '<li><time>1911</time> Gold Coast leads the world in cocoa exports</li></ol></aside>')
    h.append('<div class="panels">')
    h.append('<p class="kicker">%s</p>' % E(d["kicker"]))
    h.append('<h1>%s <span class="sub">%s</span></h1>' % (E(d["title_lines"][0]), E(d["title_lines"][1])))
    h.append('<section aria-labelledby="intro-h"><h2 id="intro-h" class="vh">Introduction</h2><p class="lead">%s</p></section>'
             % E(body(S[0])[0]["text"]))
    datelines = {"1": "Osu and Fernando Po, 1842–1879", "2": "Mampong, Akuapem, 1879–1900", "3": "The Gold Coast, 1890–1936"}
    for s in S[1:4]:
        sid = "panel-%s" % s["label"]
        h.append('<article id="%s" aria-labelledby="%s-h">' % (sid, sid))
        h.append('<header><p class="num">%s</p><h2 id="%s-h">%s</h2><p class="dateline">%s</p></header>'
                 % (s["label"], sid, E(s["title"]), datelines[s["label"]]))
        ps = body(s)
        for k, p in enumerate(ps):
            t = E(p["text"])
            if s["label"] == "1" and k == 1:
                t = t.replace("Bioko,", 'Bioko,<sup><a href="#n1" id="r1">1</a></sup>')
            h.append("<p>%s</p>" % t)
            c = cap(s)
            if c and k == 1:
                # figcaption BEFORE the picture; caption and credit separated by <br>
                h.append('<figure><figcaption>%s<br><small class="credit">%s</small></figcaption>'
                         '<img src="img/cacao_pods.png" width="640" height="420" alt="" loading="lazy"></figure>'
                         % (E(c["text"]), E(c["credit"])))
        if s["label"] == "2":
            h.append('<blockquote><p>“Every farm you see on these hills began with somebody’s seed.”</p>'
                     '<footer>— Akuapem farmer, recorded 1998</footer></blockquote>')
        h.append('<p class="top"><a href="#main">Back to top ↑</a></p></article>')
    sb = S[4]
    h.append('<aside class="box" aria-labelledby="box-h"><h3 id="box-h">%s</h3><p>%s</p></aside>'
             % (E(sb["title"]), E(body(sb)[0]["text"])))
    h.append('<section class="notes" aria-label="Notes"><ol><li id="n1">Bioko is part of Equatorial Guinea; '
             'it was a Spanish colony until 1968. <a href="#r1">↩</a></li></ol></section>')
    h.append('<template id="teaser"><p>Coming soon: the cocoa farmers’ hold-up of 1937.</p></template>')
    h.append('</div></div>')
    return "\n\n".join(h)

def build():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    os.makedirs(os.path.join(SITE, "content"))
    os.makedirs(os.path.join(SITE, "themes", "cocoa", "templates"))
    os.makedirs(os.path.join(SITE, "themes", "cocoa", "assets"))
    open(os.path.join(SITE, "site.conf"), "w").write(CONF)
    open(os.path.join(SITE, "themes", "cocoa", "templates", "base.mako"), "w").write(BASE)
    open(os.path.join(SITE, "themes", "cocoa", "templates", "pages.mako"), "w").write(PAGES)
    d = DOCS[NAME]
    with open(os.path.join(SITE, "content", "index.html"), "w", encoding="utf-8") as fh:
        fh.write("Title: %s\nDescription: An online exhibition about the first cocoa farm on the Gold Coast\n\n" % d["title"])
        fh.write(content() + "\n")
    pgn = os.path.join(HERE, "venv", "bin", "pgn")
    subprocess.run([pgn, "-g"], cwd=SITE, check=True)
    shutil.copy(os.path.join(SITE, "build", "index.html"), os.path.join(OUT, NAME + ".html"))
    print("wrote", NAME + ".html")

if __name__ == "__main__":
    build()
