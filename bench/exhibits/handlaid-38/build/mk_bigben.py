# -*- coding: utf-8 -*-
"""big_ben_1859: an online-exhibition page built by Jekyll (Debian jekyll 4.3.1, kramdown) from a
Markdown source with kramdown attribute lists, footnotes and a {:toc} table of contents, and my own
layouts (hero image, sticky contents aside, fact cards, related-objects strip)."""
import os, re, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
from content import BIGBEN as D, write_gold
from png import grey

B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.abspath(os.path.join(B, ".."))
S = os.path.join(B, "jekyll_src")
if os.path.exists(S):
    shutil.rmtree(S)
for d in ["_layouts", "_includes", "assets", "img", "exhibitions"]:
    os.makedirs(os.path.join(S, d), exist_ok=True)
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
imgs = {"big_ben_hero.png": (1200, 420), "big_ben_bell_1858.png": (800, 500),
        "big_ben_rel_escapement.png": (300, 220), "big_ben_rel_penny.png": (300, 220),
        "big_ben_rel_hammer.png": (300, 220)}
for n, (w, h) in imgs.items():
    grey(os.path.join(S, "img", n), w, h)

open(os.path.join(S, "_config.yml"), "w").write("""title: Westminster Horological Society
description: Clocks, bells and the keeping of time
markdown: kramdown
kramdown:
  input: GFM
  auto_ids: true
  footnote_backlink: "&#8617;"
exclude: [README.md]
""")
open(os.path.join(S, "_includes", "header.html"), "w").write("""<a class="skip" href="#main">Skip to content</a>
<header class="site-header">
  <a class="brand" href="/"><img src="img/logo.svg" alt="Westminster Horological Society" width="40" height="40"> {{ site.title }}</a>
  <nav aria-label="Main"><ul><li><a href="/visit/">Visit</a></li><li><a href="/exhibitions/">Exhibitions</a></li><li><a href="/collection/">Collection</a></li><li><a href="/support/">Support us</a></li></ul></nav>
</header>
""")
open(os.path.join(S, "_layouts", "default.html"), "w").write("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ page.title }} | {{ site.title }}</title>
<meta name="description" content="{{ page.standfirst }}">
<meta name="generator" content="Jekyll v{{ jekyll.version }}">
<link rel="stylesheet" href="assets/site.css">
</head>
<body>
{% include header.html %}
{{ content }}
<footer class="site-footer"><p>&copy; Westminster Horological Society. Registered charity no. 1099999.</p>
<p><a href="/privacy/">Privacy</a> · <a href="/access/">Accessibility</a></p></footer>
</body>
</html>
""")
open(os.path.join(S, "_layouts", "exhibition.html"), "w").write("""---
layout: default
---
<div class="hero" style="background-image:url('{{ page.hero }}')">
  <div class="hero-text">
    <p class="kicker">{{ page.kicker }}</p>
    <h1>{{ page.title_line1 }} <span class="subtitle">{{ page.title_line2 }}</span></h1>
  </div>
  <p class="hero-credit">Hero image: the clock tower from Parliament Square</p>
</div>
<div class="wrap">
  <aside class="toc-aside" aria-label="On this page">
    <p class="toc-title">On this page</p>
    {{ page.toc_html }}
  </aside>
  <main id="main">
    <article class="exhibition">
      <p class="standfirst">{{ page.standfirst }}</p>
      <p class="byline">By the curatorial team · <time datetime="{{ page.date | date: '%Y-%m-%d' }}">{{ page.date | date: '%-d %B %Y' }}</time> · 6 min read</p>
      <section class="cards" aria-label="At a glance">
        {% for c in page.cards %}<div class="card"><p class="card-num">{{ c.num }}</p><p class="card-text">{{ c.text }}</p></div>
        {% endfor %}
      </section>
      {{ content }}
    </article>
    <section class="related" aria-labelledby="related-h">
      <h2 id="related-h">Related objects</h2>
      <ul>{% for r in page.related %}
        <li><a href="{{ r.url }}"><img src="{{ r.img }}" alt=""><span class="rel-title">{{ r.title }}</span> <span class="rel-no">{{ r.acc }}</span></a></li>{% endfor %}
      </ul>
    </section>
  </main>
</div>
""")
open(os.path.join(S, "assets", "site.css"), "w").write("""body{font-family:Georgia,serif;margin:0;color:#222}
.skip{position:absolute;left:-999px}.skip:focus{left:8px}
.hero{background-size:cover;min-height:360px;position:relative;color:#fff}
.hero-text{position:absolute;bottom:40px;left:40px}.kicker{text-transform:uppercase;letter-spacing:.15em}
.subtitle{display:block;font-size:.6em;font-style:italic}
.wrap{display:grid;grid-template-columns:220px 1fr;gap:40px;max-width:1100px;margin:auto}
.toc-aside{position:sticky;top:20px;align-self:start}
.cards{display:flex;gap:16px}.card{border:1px solid #ccc;padding:12px}
.part{display:block;font-size:.7em;color:#8a1c1c;text-transform:uppercase}
figure small{display:block;font-style:italic}
.sidebar{background:#f4efe4;border-left:4px solid #8a1c1c;padding:12px 18px}
.related ul{display:flex;gap:16px;list-style:none;padding:0}
""")
open(os.path.join(S, "index.md"), "w").write("---\nlayout: default\ntitle: Home\n---\n\n# Welcome\n\nA small society for the history of public clocks.\n")

label_ids = {}
def md_para(t):
    return re.sub(r"\[(\d)\]", r"[^\1]", t)

front = ["---", "layout: exhibition", f'title: "{D["title"][0]} {D["title"][1]}"',
         f'title_line1: "{D["title"][0]}"', f'title_line2: "{D["title"][1]}"', f'kicker: "{D["kicker"]}"',
         f'standfirst: "{D["intro"]}"', "hero: img/big_ben_hero.png", "date: 2024-03-11",
         "permalink: /big_ben_1859.html", "cards:",
         '  - {num: "13.7 tonnes", text: "weight of the great bell"}',
         '  - {num: "96 metres", text: "height of the tower"}',
         '  - {num: "7 metres", text: "across each clock dial"}',
         "related:",
         '  - {title: "Model of the gravity escapement", acc: "WHS 1987.4", img: img/big_ben_rel_escapement.png, url: /collection/whs-1987-4/}',
         '  - {title: "Tray of pre-decimal pennies", acc: "WHS 2003.12", img: img/big_ben_rel_penny.png, url: /collection/whs-2003-12/}',
         '  - {title: "Hammer head from the quarter bells", acc: "WHS 1960.1", img: img/big_ben_rel_hammer.png, url: /collection/whs-1960-1/}',
         "---", ""]
M = []
for label, title, paras, cap in D["sections"]:
    slug = label.lower().replace(" ", "-")
    M.append(f'## <span class="part">{label}</span> {title}')
    M.append("{: #" + slug + "}")
    M.append("")
    for k, p in enumerate(paras):
        M.append(md_para(p))
        M.append("")
        if cap and k == 0:
            M.append('<figure class="wide">')
            M.append('  <img src="img/big_ben_bell_1858.png" alt="A crowd watches a bell on a horse-drawn wagon" width="800" height="500" loading="lazy">')
            M.append(f'  <figcaption><strong>{cap[0]}:</strong> {cap[1]} <small>{cap[2]}</small></figcaption>')
            M.append('</figure>')
            M.append("")
    if label == "Part Three":
        M.append('<aside class="sidebar" markdown="1">')
        M.append("")
        M.append(f"### {D['sidebar'][0]}")
        M.append("{: .sidebar-title}")
        M.append("")
        M.append(D["sidebar"][1])
        M.append("")
        M.append("</aside>")
        M.append("")
for i, n in enumerate(D["notes"], 1):
    M.append(f"[^{i}]: {n}")

# contents list for the sticky aside (the layout prints it; kramdown's {:toc} needs to sit in the body)
toc = "<ul>" + "".join(f'<li><a href="#{l.lower().replace(" ", "-")}">{l}: {t}</a></li>'
                        for l, t, _, _ in D["sections"]) + "</ul>"
front.insert(-2, "toc_html: '" + toc.replace("'", "''") + "'")
open(os.path.join(S, "exhibitions", "big-ben.md"), "w", encoding="utf-8").write("\n".join(front) + "\n".join(M) + "\n")
open(os.path.join(S, "img", "logo.svg"), "w").write('<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#8a1c1c"/></svg>')

site = os.path.join(B, "jekyll_site")
r = subprocess.run(["jekyll", "build", "-q", "-s", S, "-d", site], capture_output=True, text=True)
print(r.stdout[-2000:], r.stderr[-2000:])
shutil.copy(os.path.join(site, "big_ben_1859.html"), os.path.join(OUT, "big_ben_1859.html"))
for n in list(imgs) + ["logo.svg"]:
    shutil.copy(os.path.join(S, "img", n), os.path.join(OUT, "img", n))
write_gold(D, [], OUT)
