# -*- coding: utf-8 -*-
"""Writes the Engrave site source (build/site/src), builds it with Engrave's build API, copies the page up."""
import os, sys, shutil, html
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from texts import DOCS
from engrave.core.build import run
from engrave.util.dataclass import BuildConfig

d = DOCS["sainte_chapelle_glass_1248"]
SRC, DEST = os.path.join(HERE, "site", "src"), os.path.join(HERE, "site", "out")
shutil.rmtree(os.path.join(HERE, "site"), ignore_errors=True)
os.makedirs(os.path.join(SRC, "img"))
shutil.copy(os.path.join(HERE, "img", "grey.png"), os.path.join(SRC, "img", "glass_panel.png"))
e = html.escape

layout = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{% block title %}{% endblock %} · Musée des Verrières Claires</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{font-family:Georgia,serif;margin:0;color:#222}
.skip{position:absolute;left:-999px}.skip:focus{left:1em}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
header.site{display:flex;justify-content:space-between;padding:.5em 1em;background:#1d2a4d;color:#fff}
header.site a{color:#fff}
main.rail{display:flex;overflow-x:auto;scroll-snap-type:x mandatory;gap:2em;padding:1em}
main.rail>article,main.rail>aside{flex:0 0 32em;scroll-snap-align:start}
figure img{width:100%;background:#ccc}
.print-only{display:none}
@media print{.print-only{display:block}.screen-only{display:none}main.rail{display:block}}
aside.box{background:#f0ead8;padding:1em}
.kicker{text-transform:uppercase;letter-spacing:.12em;color:#a21}
h1 .sub{display:block;font-size:.55em;font-style:italic}
</style>
</head>
<body>
<a class="skip" href="#content">Skip to the panels</a>
<header class="site">
  <a href="/">Musée des Verrières Claires</a>
  <nav aria-label="Language"><a href="#" aria-current="true">EN</a> · <a href="#" lang="fr">Français</a> · <a href="#" lang="de">Deutsch</a></nav>
</header>
{% block body %}{% endblock %}
<footer class="site"><p>Musée des Verrières Claires · Quai des Lunetiers · Open Tuesday to Sunday</p>
<p><small>Exhibition pages built with Engrave. © 2024.</small></p></footer>
</body>
</html>
"""
open(os.path.join(SRC, "_layout.html"), "w", encoding="utf-8").write(layout)

arts = []
for si, (label, title, paras, cap) in enumerate(d["sections"]):
    a = ['<article id="panel-%d" aria-labelledby="h-%d">' % (si + 1, si + 1),
         '  <header><p class="panel-no">%s</p><h2 id="h-%d">%s</h2></header>' % (e(label), si + 1, e(title))]
    for pi, p in enumerate(paras):
        a.append("  <p>%s</p>" % e(p))
        if cap and pi == 1:
            a.append('  <figure>\n    <figcaption class="screen-only">%s<br><small>%s</small></figcaption>\n'
                     '    <img src="img/glass_panel.png" alt="" width="480" height="320" loading="lazy">\n'
                     '    <p class="print-only">%s <small>%s</small></p>\n  </figure>'
                     % (e(cap[0]), e(cap[2]), e(cap[0]), e(cap[2])))
    if si == 1:
        a.append('  <blockquote><p>“Here the light itself was made holy.”</p><footer>— from a nineteenth-century guidebook</footer></blockquote>')
    a.append('  <p class="top"><a href="#content">Back to top ↑</a></p>')
    a.append("</article>")
    arts.append("\n".join(a))
st, sps = d["sidebar"]
side = '<aside class="box" aria-labelledby="h-side">\n  <h3 id="h-side">%s</h3>\n%s\n</aside>' % (
    e(st), "\n".join("  <p>%s</p>" % e(p) for p in sps))
gloss = ('<section aria-label="Words on this page" class="gloss"><h3>Words on this page</h3><dl>'
         '<dt>Came</dt><dd>A grooved strip of lead that holds pieces of glass together.</dd>'
         '<dt>Grisaille</dt><dd>Grey-brown paint fused onto glass in the kiln.</dd>'
         '<dt>Rose</dt><dd>A round window divided like the petals of a flower.</dd></dl></section>')
page = """{%% extends "_layout.html" %%}
{%% block title %%}%s{%% endblock %%}
{%% block body %%}
<div class="intro" id="content">
  <p class="kicker">Gallery of Light · Room 2</p>
  <h1>%s <span class="sub">%s</span></h1>
  <p class="lede">%s</p>
</div>
<h2 class="vh">Exhibition panels</h2>
<main class="rail">
%s
%s
</main>
%s
{%% endblock %%}
""" % (e(d["title_lines"][0]), e(d["title_lines"][0]), e(d["title_lines"][1]), e(d["intro"]),
       "\n".join(arts), side, gloss)
open(os.path.join(SRC, "index.html"), "w", encoding="utf-8").write(page)
run(BuildConfig(dir_src=SRC, dir_dest=DEST, copy=[r"img/.*"]))
OUT = os.path.dirname(HERE)
shutil.copy(os.path.join(DEST, "index.html"), os.path.join(OUT, "sainte_chapelle_glass_1248.html"))
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
shutil.copy(os.path.join(DEST, "img", "glass_panel.png"), os.path.join(OUT, "img", "glass_panel.png"))
