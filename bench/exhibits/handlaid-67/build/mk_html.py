# -*- coding: utf-8 -*-
"""Writes a Logya site (site.yaml, Jinja templates, one content document whose YAML header carries the
exhibit data) into build/site/, runs `logya generate`, and copies the page up unchanged."""
import os, sys, shutil, subprocess, yaml
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import EX

B = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(B)
SITE = os.path.join(B, "site")
e = EX["carolina_indigo_1744"]
shutil.rmtree(SITE, ignore_errors=True)
for d in ("content", "templates", "static/img"):
    os.makedirs(os.path.join(SITE, d), exist_ok=True)
shutil.copy(os.path.join(OUT, "img", "indigo_cake.png"), os.path.join(SITE, "static/img/indigo_cake.png"))

open(os.path.join(SITE, "site.yaml"), "w").write("""site:
    base_url: https://example.invalid
    author: Tollmarsh Museum of Colour
    name: Tollmarsh Museum of Colour
    languages: [['en', 'English'], ['fr', 'Français'], ['es', 'Español']]
collections: {}
extensions:
    markdown: ['attr_list']
""")

BASE = r"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ title }} · {{ name }}</title>
<style>
body{font-family:Georgia,serif;margin:0;color:#1d1d28;line-height:1.55}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.site-head{background:#14224a;color:#fff;padding:.6rem 1.2rem;display:flex;justify-content:space-between}
.site-head a{color:#fff}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
main{max-width:46rem;margin:0 auto;padding:1rem 13rem 2rem 1rem;position:relative}
.kicker{text-transform:uppercase;letter-spacing:.08em;font:600 .8rem sans-serif;color:#2b4ea0}
h1 .line2{display:block;font-size:.55em;font-style:italic;font-weight:normal}
.lede{font-size:1.2rem}
.part{font:700 .8rem sans-serif;color:#2b4ea0;margin:2rem 0 0}
.sidenote{float:right;clear:right;margin-right:-13rem;width:11rem;font-size:.8rem}
input.margin-toggle{display:none}
figure{margin:1.5rem 0}figure img{width:100%;height:auto}
figcaption cite{display:block;font-size:.8rem;font-style:normal;color:#555}
.page{border-top:3px double #14224a;padding-top:.5rem}
.pager{font:.85rem sans-serif;text-align:right}
.cont{font:italic .8rem sans-serif;color:#555}
aside.box{background:#e8edf7;padding:.8rem 1rem;margin-top:2rem}
footer{background:#eee;padding:1rem;font-size:.8rem}
</style>
</head>
<body>
<a class="skip" href="#content">Skip to content</a>
<header class="site-head">
  <a href="/">{{ name }}</a>
  <nav aria-label="Language"><ul class="langs">{% for code, lname in languages %}<li><a href="/{{ code }}/carolina-indigo/" hreflang="{{ code }}" lang="{{ code }}">{{ lname }}</a></li>{% endfor %}</ul></nav>
</header>
<nav aria-label="Breadcrumb" class="crumbs"><a href="/">Home</a> › <a href="/exhibitions/">Online exhibitions</a> › {{ crumb }}</nav>
{% block content %}{% endblock %}
<footer><p>© {{ name }}. Texts may be quoted for study. <a href="/contact/">Contact</a></p></footer>
</body>
</html>
"""

EXHIBIT = r"""{% extends "base.html" %}
{% macro section(s) %}
<section id="{{ s.id }}" aria-labelledby="{{ s.id }}-h">
  <p class="part">{{ s.label }}</p>
  <h2 id="{{ s.id }}-h">{{ s.title }}</h2>
  {% for p in s.paras %}{% if p is mapping %}<p>{{ p["split"] }}</p>{% else %}<p>{{ p }}</p>{% endif %}
  {% if loop.index == s.figure_after %}<figure>
    <figcaption>{{ s.caption.text }} <cite>{{ s.caption.credit }}</cite></figcaption>
    <img src="img/indigo_cake.png" alt="" width="800" height="520">
  </figure>{% endif %}
  {% endfor %}
</section>
{% endmacro %}
{% block content %}
<main id="content">
<article>
  <p class="kicker">{{ kicker }}</p>
  <h1>{{ title_lines[0] }} <span class="line2">{{ title_lines[1] }}</span></h1>
  {{ body }}
  <h2 class="visually-hidden">The exhibition</h2>
  <div class="page" id="page-1">
    <p class="pager">Page 1 of 2</p>
    {% for s in sections[:2] %}{{ section(s) }}{% endfor %}
    <p class="cont"><a href="#page-2">Continued on page 2 →</a></p>
  </div>
  <div class="page" id="page-2">
    <p class="pager"><a href="#page-1">← Page 1</a> · Page 2 of 2</p>
    <p class="cont">Continued from page 1</p>
    <p>{{ carry }}</p>
    {% for s in sections[2:] %}{{ section(s) }}{% endfor %}
    <section class="dates" aria-label="Key dates">
      <h3>Key dates</h3>
      <ol>{% for y, t in timeline %}<li><b>{{ y }}</b> {{ t }}</li>{% endfor %}</ol>
    </section>
    <aside class="box" aria-labelledby="box-h">
      <h2 id="box-h">{{ sidebar.title }}</h2>
      {% for p in sidebar.paras %}<p>{{ p }}</p>{% endfor %}
    </aside>
  </div>
</article>
</main>
{% endblock %}
"""
open(os.path.join(SITE, "templates", "base.html"), "w").write(BASE)
open(os.path.join(SITE, "templates", "exhibit.html"), "w").write(EXHIBIT)

secs = []
for i, s in enumerate(e["sections"]):
    d = {"id": "part-%d" % (i + 1), "label": s["label"], "title": s["title"], "paras": list(s["paras"])}
    if "caption" in s:
        d["caption"] = s["caption"]; d["figure_after"] = 1
    secs.append(d)
# Part 1: a Tufte-style sidenote inside the second paragraph
p = secs[0]["paras"][2]
mark = "in plain and practical terms."
secs[0]["paras"][2] = p.replace(mark, mark + '<label for="sn-1" class="margin-toggle sidenote-number"><sup>1</sup></label>'
                                '<input type="checkbox" id="sn-1" class="margin-toggle"><span class="sidenote">'
                                + e["note"] + '</span>')
# Part 2's last paragraph is cut by the page break: first half ends page 1, the rest opens page 2
last = secs[1]["paras"][-1]
cut = last.index("For the enslaved this meant longer hours and") + len("For the enslaved this meant longer hours and")
secs[1]["paras"][-1] = {"split": last[:cut]}
carry = last[cut + 1:]
header = {"title": " ".join(e["title_lines"]), "url": "/carolina_indigo_1744.html", "template": "exhibit.html",
          "crumb": "The Blue Crop", "kicker": e["kicker"], "title_lines": e["title_lines"], "sections": secs,
          "carry": carry, "timeline": [list(t) for t in e["timeline"]], "sidebar": e["sidebar"]}
doc = "---\n" + yaml.safe_dump(header, allow_unicode=True, sort_keys=False, width=10000) + "---\n" + \
      '<p class="lede">' + e["intro"] + "</p>\n"
open(os.path.join(SITE, "content", "carolina_indigo_1744.html"), "w").write(doc)
logya = os.path.join(os.path.dirname(sys.executable), "logya")
subprocess.run([logya, "generate", "-d", SITE], check=True, stdout=subprocess.DEVNULL)
shutil.copy(os.path.join(SITE, "public", "carolina_indigo_1744.html"), os.path.join(OUT, "carolina_indigo_1744.html"))
print("html written")
