"""proms_1895.html, built by Render Engine (render_engine + render-engine-markdown / markdown2)."""
import os
import shutil

import content as K

SITE = os.path.join(K.HERE, "site")
R = K.R


def md():
    cap, pos, credit = R["cap"]
    return f"""---
title: {K.R_TITLE[0]}
subtitle: {K.R_TITLE[1]}
slug: proms_1895
---
<aside class="sidebar" aria-labelledby="last-night" markdown="1">
<h2 id="last-night">The Last Night</h2>

{R["side"]}
</aside>

<div class="panels">
<proms-panel id="p1">
<span slot="label">Part 1</span>
<h2 slot="title">A Manager’s Idea</h2>

<p>{R["1a"]}</p>

<p>{R["1b"].replace("concert pitch,", 'concert pitch,<sup class="fn"><a href="#note-1" id="ref-1">1</a></sup>')}</p>
</proms-panel>

<blockquote class="pull"><p>“A shilling bought a place on the floor and a whole evening of music.”</p></blockquote>

<proms-panel id="p2">
<span slot="label">Part 2</span>
<h2 slot="title">The First Season</h2>

<p>{R["2a"]}</p>

<p>{R["2b"]}</p>
</proms-panel>

<proms-panel id="p3">
<span slot="label">Part 3</span>
<h2 slot="title">From Queen’s Hall to the Albert Hall</h2>

<p>{R["3a"]}</p>

<figure class="object">
<figcaption><strong>{pos}:</strong> {cap}</figcaption>
<img src="/img/proms_baton.png" alt="Conductor’s baton (grey placeholder)" width="480" height="300" loading="lazy">
<small class="credit">{credit}</small>
</figure>

<p>{R["3b"]}</p>
</proms-panel>
</div>

<section class="season" aria-label="Season at a glance">
<h3>The season at a glance</h3>
<table>
<tr><th scope="row">First night</th><td>10 August 1895</td></tr>
<tr><th scope="row">Hall</th><td>Queen’s Hall, Langham Place</td></tr>
<tr><th scope="row">Promenade</th><td>one shilling</td></tr>
<tr><th scope="row">Season ticket</th><td>one guinea</td></tr>
</table>
<ol class="timeline">
<li><time>1895</time> First season at the Queen’s Hall</li>
<li><time>1927</time> The BBC takes over</li>
<li><time>1941</time> The hall is bombed; the Proms move</li>
<li><time>1944</time> Wood’s last season</li>
</ol>
</section>

<section class="notes" aria-label="Notes">
<ol>
<li id="note-1">The lower pitch, with A at 439 vibrations a second, was later adopted across Britain. <a href="#ref-1">Back</a></li>
</ol>
</section>
"""


TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }}: {{ subtitle }} | Langham Hall of Music</title>
<style>
body { font-family: Georgia, serif; margin: 0; color: #1d1a16; }
.site-nav, .crumbs, footer { font-family: Helvetica, Arial, sans-serif; font-size: .85rem; }
.site-nav { background: #2a2140; padding: .6rem 1.5rem; }
.site-nav a { color: #fff; margin-right: 1rem; }
main { display: flex; flex-direction: column; max-width: 46rem; margin: 0 auto; padding: 1rem; }
main > header { order: 0; }
main > .panels { order: 1; }
main > .season { order: 2; }
main > .sidebar { order: 3; background: #efe6d2; padding: 1rem; }
main > .notes { order: 4; font-size: .8rem; }
.kicker { text-transform: uppercase; letter-spacing: .12em; color: #8a2b2b; font: bold .8rem Helvetica, sans-serif; }
.subtitle { font-size: 1.4rem; margin-top: -.6rem; }
.lede { font-size: 1.2rem; }
blockquote.pull { font-size: 1.5rem; color: #8a2b2b; border-left: 4px solid #8a2b2b; margin: 1.5rem 0; padding-left: 1rem; }
figure.object img { background: #aaa; width: 100%; height: auto; }
small.credit { display: block; color: #666; }
</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<nav class="site-nav" aria-label="Site"><a href="/">Home</a><a href="/visit/">Visit</a><a href="/galleries/">Galleries</a><a href="/learn/">Learn</a></nav>
<nav class="crumbs" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/galleries/">Galleries</a> › <a href="/galleries/concert-life/">Concert Life</a> › {{ title }}</nav>
<main id="main">
<header>
<p class="kicker">Concert Life · Room 4</p>
<h1>{{ title }}</h1>
<p class="subtitle">{{ subtitle }}</p>
<p class="lede">{{ lede }}</p>
</header>
{{ content }}
</main>
<template id="proms-panel-template">
<style>:host { display: block; margin: 2rem 0; } .label { font: bold .8rem Helvetica, sans-serif; color: #8a2b2b; text-transform: uppercase; }</style>
<div class="label"><slot name="label">Part</slot></div>
<slot name="title"><h2>Untitled panel</h2></slot>
<slot></slot>
</template>
<script>
customElements.define("proms-panel", class extends HTMLElement {
  constructor() {
    super();
    const t = document.getElementById("proms-panel-template");
    this.attachShadow({ mode: "open" }).appendChild(t.content.cloneNode(true));
  }
});
</script>
<footer>
<p>Langham Hall of Music, 14 Cavendish Row, London W1 · Open daily 10.00–17.30</p>
<p><a href="#main">Back to top</a> · <a href="/access/">Access</a> · <a href="/privacy/">Privacy</a></p>
</footer>
</body>
</html>
"""


def main():
    from render_engine import Page, Site
    from render_engine_markdown import MarkdownPageParser
    for d in ("templates", "content", "static/img"):
        os.makedirs(os.path.join(SITE, d), exist_ok=True)
    with open(os.path.join(SITE, "templates", "exhibit.html"), "w") as f:
        f.write(TEMPLATE)
    with open(os.path.join(SITE, "content", "proms_1895.md"), "w") as f:
        f.write(md())
    from PIL import Image
    Image.new("RGB", (480, 300), (170, 170, 170)).save(os.path.join(SITE, "static", "img", "proms_baton.png"))
    out = os.path.join(SITE, "output")
    shutil.rmtree(out, ignore_errors=True)
    os.chdir(SITE)
    app = Site(output_path="output", template_path="templates", static_paths={"static"})
    app.site_vars.update({"SITE_TITLE": "Langham Hall of Music", "SITE_URL": "https://example.invalid/"})

    @app.page
    class Proms(Page):
        content_path = "content/proms_1895.md"
        template = "exhibit.html"
        Parser = MarkdownPageParser
        parser_extras = {"markdown_extras": ["markdown-in-html", "header-ids"]}
        template_vars = {"lede": R["intro"]}

    app.render()
    found = [os.path.join(r, f) for r, _, fs in os.walk(out) for f in fs if f.endswith(".html")]
    print(found)
    src = [f for f in found if "proms" in f][0]
    shutil.copy(src, os.path.join(K.OUT, "proms_1895.html"))
    os.makedirs(os.path.join(K.OUT, "img"), exist_ok=True)
    shutil.copy(os.path.join(SITE, "static", "img", "proms_baton.png"), os.path.join(K.OUT, "img", "proms_baton.png"))
    # the page refers to /img/...; shipped beside it as img/
    p = os.path.join(K.OUT, "proms_1895.html")
    s = open(p, encoding="utf-8").read().replace('src="/img/', 'src="img/')
    open(p, "w", encoding="utf-8").write(s)


if __name__ == "__main__":
    main()
