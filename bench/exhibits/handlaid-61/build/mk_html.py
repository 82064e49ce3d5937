"""golden_gate_bridge_1937.html built by pyssg (Python-Markdown with extra/meta/smarty/toc) from a Markdown
file and a Jinja template written here."""
import os, shutil, subprocess
from PIL import Image
from content import EX, OUT

NAME = "golden_gate_bridge_1937"
HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")

TEMPLATE = """<!DOCTYPE html>
<html lang="{{page.lang}}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{page.title}} | {{config['title']}}</title>
<style>
body{font-family:Georgia,serif;margin:0;color:#222;background:#fbfaf7}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.site-nav{background:#7a1f12;color:#fff;padding:.6em 2em}.site-nav a{color:#fff;margin-right:1.2em}
.crumbs{font:13px sans-serif;padding:.5em 2em;color:#666}
main{max-width:46em;margin:0 auto;padding:1em 2em}
.kicker{font:bold 12px sans-serif;letter-spacing:.12em;color:#c0392b;text-transform:uppercase}
h1{font-size:2.6em;margin:.1em 0 0}.subtitle{font-size:1.5em;font-style:italic;margin:.1em 0 1em}
.lede{font-size:1.25em}
.panel header .label{font:bold 12px sans-serif;color:#c0392b;margin:0}
.panel header .dateline{font:13px sans-serif;color:#777;margin:0 0 .6em}
.headerlink{color:#bbb;text-decoration:none;margin-left:.3em;font-size:.7em}
.visually-hidden{position:absolute!important;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
figure{margin:1.5em 0}figure img{max-width:100%}figcaption small{display:block;font:11px monospace;color:#555}
.print-only{display:none}
@media print{.print-only{display:inline}.screen-only{display:none}.site-nav,.crumbs{display:none}}
blockquote.pull{font-size:1.5em;font-style:italic;border-left:4px solid #c0392b;margin:1.5em 0;padding-left:1em}
aside.sidebar{background:#efe9dc;padding:1em 1.5em}
aside.dates{font:14px sans-serif;border-top:1px solid #ccc;margin-top:2em}
.footnote{font-size:.85em;border-top:1px solid #ccc;margin-top:2em}
footer{font:13px sans-serif;background:#333;color:#eee;padding:1.5em 2em}
</style>
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<nav class="site-nav" aria-label="Site">
<a href="index.html">Bay Area Bridge Archive</a><a href="visit.html">Visit</a><a href="collections.html">Collections</a><a href="learn.html">Learn</a>
</nav>
<nav class="crumbs" aria-label="Breadcrumb"><a href="index.html">Home</a> › <a href="exhibitions.html">Online exhibitions</a> › {{page.title}}</nav>
<main id="content">
<article>
<p class="kicker">{{page.meta['kicker'][0]}}</p>
<h1>{{page.title}}</h1>
<p class="subtitle">{{page.meta['subtitle'][0]}}</p>
{{page.content}}
</article>
</main>
<footer>
<p>Bay Area Bridge Archive · 14 Presidio Yard, San Francisco · Open Wednesday to Sunday</p>
<p><a href="#content">Back to top</a> · <a href="privacy.html">Privacy</a></p>
</footer>
</body>
</html>
"""


def build_md():
    ex = EX[NAME]; S = ex["sections"]
    L = ["title: " + ex["title_lines"][0], "author: Bay Area Bridge Archive",
         "summary: An online exhibition about the building of the Golden Gate Bridge.",
         "lang: en", "subtitle: " + ex["title_lines"][1], "kicker: Online exhibition · Bridges of the Bay",
         "tags: bridges", "", S[0]["blocks"][0]["text"], "{: .lede }", ""]
    dates = {"Chapter 1": "1916–1930 · The idea", "Chapter 2": "1933–1937 · Construction",
             "Chapter 3": "1937 · Opening day"}
    for i, sec in enumerate(S[1:4], 1):
        L.append('<section class="panel" id="chapter-%d" markdown="1">' % i)
        L.append('<header markdown="1">')
        L.append('<p class="label">%s</p>' % sec["label"])
        L.append("")
        if i == 3:
            L.append("# %s {: .visually-hidden }" % sec["title"])
        else:
            L.append("# %s" % sec["title"])
        L.append("")
        L.append('<p class="dateline">%s</p>' % dates[sec["label"]])
        L.append("</header>")
        L.append("")
        paras = [b for b in sec["blocks"] if b["kind"] == "paragraph"]
        caps = [b for b in sec["blocks"] if b["kind"] == "caption"]
        for j, b in enumerate(paras):
            t = b["text"]
            if i == 1 and j == 1:
                t = t.replace("dismissed and", "dismissed[^ellis] and")
            L.append(t)
            L.append("")
            if i == 2 and j == 0:
                c = caps[0]
                L.append('<figure markdown="0">')
                L.append('<img src="img/golden_gate_cable.png" alt="" width="640" height="400">')
                L.append('<figcaption><span class="screen-only">%s</span><span class="print-only" aria-hidden="true">%s</span> '
                         '<small class="credit">%s</small></figcaption>' % (c["text"], c["text"], c["credit"]))
                L.append("</figure>")
                L.append("")
        L.append("</section>")
        L.append("")
        if i == 1:
            L.append('<blockquote class="pull" markdown="1">')
            L.append("A bridge that engineers had called impossible became the city’s signature.")
            L.append("</blockquote>")
            L.append("")
    sb = S[4]
    L.append('<aside class="sidebar" markdown="1">')
    L.append("# " + sb["title"])
    L.append("")
    L.append(sb["blocks"][0]["text"])
    L.append("</aside>")
    L.append("")
    L.append('<aside class="dates" aria-label="Key dates" markdown="1">')
    L.append("**Key dates**")
    L.append("")
    for k, (y, e) in enumerate([("1921", "Strauss submits his first design"), ("1930", "Bond issue approved"),
                               ("1933", "Construction begins"), ("1937", "Bridge opens, 27 and 28 May")], 1):
        L.append("%d. %s: %s" % (k, y, e))
    L.append("</aside>")
    L.append("")
    L.append("[^ellis]: Ellis was named on a plaque at the bridge only in 2007.")
    L.append("")
    return "\n".join(L)


def main():
    if os.path.isdir(SITE):
        shutil.rmtree(SITE)
    for d in ("src", "plt", "dst"):
        os.makedirs(os.path.join(SITE, d))
    with open(os.path.join(SITE, "plt", "page.html"), "w", encoding="utf-8") as f:
        f.write(TEMPLATE)
    with open(os.path.join(SITE, "src", NAME + ".md"), "w", encoding="utf-8") as f:
        f.write(build_md())
    cfg = """%%YAML 1.2
---
title: "Bay Area Bridge Archive"
path:
  src: "%s/src"
  dst: "%s/dst"
  plt: "%s/plt"
  db: "%s/.files"
url:
  main: "https://example.org/exhibitions"
fmt:
  date: "%%Y-%%m-%%d"
dirs:
  /:
    cfg:
      plt: "page.html"
      tags: False
      index: False
      rss: False
      sitemap: False
...
""" % (SITE, SITE, SITE, SITE)
    with open(os.path.join(SITE, "config.yaml"), "w") as f:
        f.write(cfg)
    pyssg = os.path.join(os.path.dirname(os.path.realpath(__import__("sys").executable)), "pyssg")
    exe = os.path.join(HERE, "venv", "bin", "pyssg")
    subprocess.run([exe, "-c", os.path.join(SITE, "config.yaml"), "-b"], check=True)
    shutil.copy(os.path.join(SITE, "dst", NAME + ".html"), os.path.join(OUT, NAME + ".html"))
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    Image.new("RGB", (640, 400), (184, 184, 184)).save(os.path.join(OUT, "img", "golden_gate_cable.png"))
    print("html written")


if __name__ == "__main__":
    main()
