"""Builds the Birdseye page with urubu 1.4.1 (PyPI): writes a tiny urubu project under
build/site/, runs `python -m urubu build`, then deploys the one page and its picture."""
import os, re, shutil, subprocess, sys
from PIL import Image
from content import EX, OUT, HERE

name = "birdseye_frozen_food_1930"
ex = EX[name]
site = os.path.join(HERE, "site")
if os.path.isdir(site):
    shutil.rmtree(site)
for d in ("_layouts", "galleries", "img", "fr"):
    os.makedirs(os.path.join(site, d))
Image.new("RGB", (640, 420), (185, 185, 185)).save(os.path.join(site, "img", "peas_packet.png"))

open(os.path.join(site, "_site.yml"), "w").write(
    "brand: Kettering Pantry Museum\n"
    "reflinks:\n"
    "  visit: {url: 'https://example.org/visit', title: 'Plan your visit'}\n")

CSS = """
body{font-family:Georgia,serif;margin:0;color:#222;background:#fbfaf6}
.topbar{display:flex;justify-content:space-between;align-items:center;padding:.6rem 2rem;background:#12385c;color:#fff}
.topbar a{color:#fff;margin-right:1rem;text-decoration:none}
.lang a{margin:0 .25rem;font-size:.85rem}
.crumbs{padding:.4rem 2rem;font-size:.8rem}
main{max-width:46rem;margin:0 auto;padding:1rem 2rem 3rem;position:relative}
.kicker{text-transform:uppercase;letter-spacing:.15em;color:#12385c;font:700 .75rem sans-serif}
h1{font-size:2.6rem;margin:.2rem 0 0}
.subtitle{font-size:1.4rem;font-style:italic;margin:.2rem 0 1.2rem}
.lede{font-size:1.2rem}
h2 .case-no{display:block;font:700 .8rem sans-serif;letter-spacing:.12em;text-transform:uppercase;color:#b0442b}
.sidenote{float:right;clear:right;margin-right:-16rem;width:13rem;font-size:.8rem;color:#555}
.margin-toggle{display:none}
.sidenote-number{counter-increment:sidenote}
.sidenote-number:after{content:counter(sidenote);font-size:.7rem;vertical-align:super}
figure{margin:1.5rem 0}
figcaption{font:.9rem sans-serif;margin-bottom:.4rem}
figcaption small{display:block;color:#666}
.print-only{display:none}
@media print{.print-only{display:block}.screen-only,.topbar,.lang,.tabs,footer{display:none}}
.tabs input{display:none}
.tabs label{display:inline-block;padding:.3rem .8rem;border:1px solid #ccc;cursor:pointer}
.tabs .panel{display:none;border:1px solid #ccc;padding:.6rem 1rem}
#tab-time:checked ~ .p-time,#tab-shop:checked ~ .p-shop{display:block}
aside.more{background:#e9f0f6;padding:1rem 1.4rem;margin-top:2rem}
footer{background:#eee;padding:1rem 2rem;font-size:.8rem}
"""

LAYOUT = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ this.title }} | {{ site.brand }}</title>
<meta name="description" content="{{ this.description }}">
<style>{{ this.css }}</style>
</head>
<body>
<header class="topbar">
  <nav aria-label="Site"><a href="/">{{ site.brand }}</a><a href="/galleries/">Galleries</a><a href="{{ site.reflinks.visit.url }}">{{ site.reflinks.visit.title }}</a></nav>
  <div class="lang" role="navigation" aria-label="Language"><a href="#" aria-current="true">English</a><a href="/fr/{{ this.id.split('/')[-1] }}.html" hreflang="fr" lang="fr">Fran\u00e7ais</a><a href="#" hreflang="de" lang="de">Deutsch</a></div>
</header>
<nav class="crumbs" aria-label="Breadcrumb">{% for b in this.breadcrumbs %}<a href="{{ b.url }}">{{ b.title }}</a> / {% endfor %}<span>{{ this.title }}</span></nav>
<main id="content">
{{ this.body }}
</main>
<footer>
<p>{{ site.brand }} \u00b7 14 Cold Store Lane \u00b7 Open Tuesday to Sunday, 10.00\u201317.00</p>
<p><a href="#content">Back to top</a></p>
</footer>
</body>
</html>
"""
open(os.path.join(site, "_layouts", "exhibit.html"), "w", encoding="utf-8").write(LAYOUT)
open(os.path.join(site, "_layouts", "plain.html"), "w", encoding="utf-8").write(
    "<!DOCTYPE html><html><head><meta charset='utf-8'><title>{{ this.title }}</title></head><body>{{ this.body }}</body></html>")
open(os.path.join(site, "index.md"), "w").write("---\ntitle: Home\nlayout: plain\norder: title\n---\nWelcome.\n")
open(os.path.join(site, "galleries", "index.md"), "w").write("---\ntitle: Galleries\nlayout: plain\norder: title\n---\nAll galleries.\n")
open(os.path.join(site, "fr", "index.md"), "w").write("---\ntitle: Fran\u00e7ais\nlayout: plain\norder: title\n---\nBient\u00f4t.\n")

S = ex["sections"]
cap = S[1]["caption"]


def case(sec, body):
    n = sec["label"].split()[-1]
    return (f'<section class="case" id="case-{n}" aria-label="{sec["label"]}: {sec["title"]}" markdown="1">\n'
            f'<h2><span class="case-no">{sec["label"]}</span> {sec["title"]}</h2>\n\n{body}\n</section>\n')


p11 = S[0]["paras"][0]
cut = p11.index("ice.") + len("ice.")
sidenote = ('<label for="sn-1" class="margin-toggle sidenote-number"></label>'
            '<input type="checkbox" id="sn-1" class="margin-toggle"/>'
            f'<span class="sidenote">{ex["extra"]["sidenote"]}</span>')
case1 = f'<p>{p11[:cut]}{sidenote} {p11[cut + 1:]}</p>\n\n{S[0]["paras"][1]}\n'
fig = (f'<figure class="packet" aria-describedby="cap-2">\n'
       f'<figcaption id="cap-2" class="screen-only"><strong>{cap["position"]}:</strong> {cap["text"]} <small>{cap["credit"]}</small></figcaption>\n'
       f'<img src="/img/peas_packet.png" alt="" width="640" height="420">\n'
       f'<p class="print-only caption-print">{cap["position"]}: {cap["text"]} ({cap["credit"]})</p>\n'
       f'</figure>\n')
case2 = f'{S[1]["paras"][0]}\n\n{fig}\n{S[1]["paras"][1]}\n'
case3 = "\n\n".join(S[2]["paras"]) + "\n"
tabs = """<div class="tabs" role="tablist" aria-label="More about frozen food">
<input type="radio" name="t" id="tab-time" checked><label for="tab-time" role="tab">Timeline</label>
<input type="radio" name="t" id="tab-shop" ><label for="tab-shop" role="tab">In the shop</label>
<div class="panel p-time" role="tabpanel"><ol class="timeline">
<li><time>1912</time> First winter in Labrador</li>
<li><time>1924</time> Company founded to freeze fish</li>
<li><time>1929</time> Patents sold for about $22 million</li>
<li><time>1930</time> Springfield test begins on 6 March</li>
</ol></div>
<div class="panel p-shop" role="tabpanel"><p>Try the replica freezer cabinet beside the case: lift the lid to hear a shop assistant of 1930 explain the new packets.</p></div>
</div>
"""
sb = ex["sidebar"]
aside = f'<aside class="more" aria-labelledby="more-h" markdown="1">\n<h2 id="more-h">{sb["title"]}</h2>\n\n' + "\n\n".join(sb["paras"]) + "\n</aside>\n"
md = ("---\n"
      f"title: {ex['title_lines'][0]}\n"
      "layout: exhibit\n"
      f"description: {ex['intro'][:120]}\n"
      "css: |\n" + "".join("  " + l + "\n" for l in CSS.strip().splitlines()) +
      "---\n"
      f'<p class="kicker">{ex["extra"]["kicker"]}</p>\n'
      f'<header class="exhibit-head">\n<h1>{ex["title_lines"][0]}</h1>\n<p class="subtitle">{ex["title_lines"][1]}</p>\n</header>\n\n'
      f'<p class="lede">{ex["intro"]}</p>\n\n'
      + case(S[0], case1) + "\n" + case(S[1], case2) + "\n" + case(S[2], case3) + "\n" + tabs + "\n" + aside)
open(os.path.join(site, "galleries", name + ".md"), "w", encoding="utf-8").write(md)
subprocess.run([sys.executable, "-m", "urubu", "build"], cwd=site, check=True)
html = open(os.path.join(site, "_build", "galleries", name + ".html"), encoding="utf-8").read()
html = html.replace('src="/img/peas_packet.png"', 'src="img/peas_packet.png"')
with open(os.path.join(OUT, name + ".html"), "w", encoding="utf-8") as f:
    f.write(html)
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
shutil.copy(os.path.join(site, "img", "peas_packet.png"), os.path.join(OUT, "img", "peas_packet.png"))
print("wrote", name)
