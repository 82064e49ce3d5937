# -*- coding: utf-8 -*-
"""atomic_clock_1955.html with Blurry 0.26.0 (PyPI, Mistune-based static site
generator).  Writes build/site/ (blurry.toml, templates/*.jinja, content/*.md),
runs `blurry build` there and copies the page up; the picture goes to img/."""
import os, re, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(__file__))
import texts

B = os.path.dirname(os.path.abspath(__file__))
TOP = os.path.join(B, "..")
SITE = os.path.join(B, "site")
d = texts.ESSEN


def q(t):
    t = t.replace("'", "\u2019")
    t = re.sub(r'"([^"]*)"', "\u201c\\1\u201d", t)
    return t.replace("&", "&amp;")


if os.path.exists(SITE):
    shutil.rmtree(SITE)
for sub in ("templates", "content"):
    os.makedirs(os.path.join(SITE, sub))

open(os.path.join(SITE, "blurry.toml"), "w").write('''[blurry]
domain = "teddington-trust.example.org"
markdown_file_jinja_template_extension = ".jinja"

[blurry.schema_data.sourceOrganization]
name = "Teddington Science Trust"
url = "https://teddington-trust.example.org"
''')

open(os.path.join(SITE, "templates", "base.jinja"), "w").write('''<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <title>{% block title %}{% endblock %} | {{ sourceOrganization.name }}</title>
    <meta name="description" content="{% block description %}{% endblock %}">
    <link rel="canonical" href="{{ url }}">
    {{ open_graph_tags|safe }}
    {{ schema_type_tag|safe }}
    <style>
      body { font: 17px/1.55 Georgia, serif; margin: 0; color: #1b1b1b; }
      .skip { position: absolute; left: -9999px; }
      .skip:focus { left: 1rem; top: 1rem; }
      .site-head, .site-foot { background: #12263f; color: #fff; padding: .8rem 2rem; font-family: Helvetica, Arial, sans-serif; }
      .site-head a, .site-foot a { color: #fff; }
      .site-head nav ul { list-style: none; display: flex; gap: 1.4rem; margin: 0; padding: 0; }
      main { max-width: 50rem; margin: 0 auto; padding: 1rem 2rem 3rem; }
      .kicker { font: bold 13px Helvetica, Arial, sans-serif; letter-spacing: .12em; text-transform: uppercase; color: #a3281a; }
      h1 { font-size: 2.6rem; line-height: 1.1; margin: .2rem 0 1rem; }
      h1 .sub { display: block; font-size: 1.4rem; font-weight: normal; font-style: italic; }
      .intro { font-size: 1.2rem; }
      .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      [role=tablist] { display: flex; gap: .3rem; border-bottom: 2px solid #12263f; margin-top: 2rem; }
      [role=tab] { font: 14px Helvetica, Arial, sans-serif; border: 0; padding: .6rem 1rem; background: #e6e9ef; cursor: pointer; }
      [role=tab][aria-selected=true] { background: #12263f; color: #fff; }
      [role=tabpanel] { padding-top: .5rem; }
      .label { font: bold 13px Helvetica, Arial, sans-serif; color: #a3281a; margin-bottom: 0; }
      h2 { margin-top: .2rem; }
      figure { margin: 1.5rem 0; }
      figure img { width: 100%; height: auto; background: #ccc; }
      figcaption { font: 14px/1.4 Helvetica, Arial, sans-serif; margin-bottom: .5rem; }
      figcaption cite { display: block; font-style: normal; font-size: 12px; color: #555; }
      blockquote.pull { font-size: 1.6rem; font-style: italic; color: #a3281a; border-left: 4px solid #a3281a; margin: 1.5rem 0; padding-left: 1rem; }
      ol.timeline { font: 14px Helvetica, Arial, sans-serif; border-left: 3px solid #12263f; list-style: none; padding-left: 1rem; }
      ol.timeline b { display: inline-block; width: 3.5rem; }
      details.factbox { background: #f3ecdc; padding: .8rem 1.2rem; margin-top: 2rem; }
      details.factbox summary { font: bold 1.1rem Helvetica, Arial, sans-serif; cursor: pointer; }
      .notes { font-size: 13px; border-top: 1px solid #999; margin-top: 2rem; }
    </style>
  </head>
  <body>
    <a class="skip" href="#content">Skip to content</a>
    <header class="site-head">
      <strong>{{ sourceOrganization.name }}</strong>
      <nav aria-label="Site"><ul><li><a href="/">Home</a></li><li><a href="/visit/">Visit</a></li><li><a href="/exhibitions/">Exhibitions</a></li><li><a href="/learning/">Learning</a></li></ul></nav>
    </header>
    <main id="content" class="container">
      {% block body %}{% endblock %}
    </main>
    <footer class="site-foot">
      <p>{{ sourceOrganization.name }}, Bushy Lane, Teddington. Open Tuesday to Sunday, 10:00 to 17:00.</p>
      <p>&copy; 2026 {{ sourceOrganization.name }}. Page built with Blurry.</p>
    </footer>
    <script>
      document.querySelectorAll('[role=tab]').forEach(function (tab) {
        tab.addEventListener('click', function () {
          document.querySelectorAll('[role=tab]').forEach(function (t) { t.setAttribute('aria-selected', 'false'); });
          document.querySelectorAll('[role=tabpanel]').forEach(function (p) { p.hidden = true; });
          tab.setAttribute('aria-selected', 'true');
          document.getElementById(tab.getAttribute('aria-controls')).hidden = false;
        });
      });
    </script>
  </body>
</html>
''')

open(os.path.join(SITE, "templates", "Article.jinja"), "w").write('''{% extends "base.jinja" %}
{% block title %}{{ headline }}{% endblock %}
{% block description %}{{ abstract }}{% endblock %}
{% block body %}
<article class="exhibit">
{{ body|safe }}
</article>
{% endblock %}
''')

S = d["sections"]
c = d["caption"]
md = []
md.append('''+++
"@type" = "Article"
headline = "The Second, Redefined"
name = "The Second, Redefined"
abstract = "An online exhibition about Louis Essen and Jack Parry's caesium clock of 1955."
datePublished = 2026-03-14
+++
''')
md.append('<header class="exhibit-head">\n<p class="kicker">Online exhibition \u00b7 Time and Measurement</p>\n'
          '<h1>%s<br><span class="sub">%s</span></h1>\n</header>\n' % (q(d["title_lines"][0]), q(d["title_lines"][1])))
md.append('<p class="intro">%s<sup><a href="#note-1" id="ref-1">1</a></sup></p>\n' % q(d["intro"]))
md.append('<h2 class="visually-hidden">Exhibition chapters</h2>\n<div role="tablist" aria-label="Chapters">\n' + "\n".join(
    '<button role="tab" id="tab-%d" aria-controls="panel-%d" aria-selected="%s">%d. %s</button>' % (
        i + 1, i + 1, "true" if i == 0 else "false", i + 1, q(s["title"])) for i, s in enumerate(S)) + "\n</div>\n")
for i, s in enumerate(S):
    parts = ['<section role="tabpanel" id="panel-%d" aria-labelledby="tab-%d"%s>' % (i + 1, i + 1, "" if i == 0 else " hidden"),
             '<p class="label">%s</p>' % q(s["label"]), '<h2>%s</h2>' % q(s["title"])]
    for k, t in enumerate(s["paras"]):
        parts.append("<p>%s</p>" % q(t))
        if i == 1 and k == 0:
            parts.append('<figure>\n<figcaption>%s <cite>%s</cite></figcaption>\n'
                         '<img src="img/caesium_beam.png" alt="" width="640" height="400">\n</figure>' % (q(c["text"]), q(c["credit"])))
            parts.append('<blockquote class="pull"><p>%s</p></blockquote>' % q(d["pullquote"]))
    if i == 2:
        parts.append('<ol class="timeline" aria-label="Timeline">' + "".join(
            "<li><b>%s</b> %s</li>" % (y, q(e)) for y, e in d["timeline"]) + "</ol>")
    parts.append("</section>")
    md.append("\n".join(parts) + "\n")
sb = d["sidebar"]
md.append('<details class="factbox">\n<summary>%s</summary>\n%s\n</details>\n' % (q(sb["title"]), "\n".join("<p>%s</p>" % q(t) for t in sb["paras"])))
md.append('<div class="notes"><ol><li id="note-1">The laboratory was the National Physical Laboratory, whose clocks '
          'are now cared for by the Trust. <a href="#ref-1">\u21a9</a></li></ol></div>\n')
open(os.path.join(SITE, "content", "index.md"), "w").write("\n".join(md))

env = dict(os.environ)
subprocess.run([os.path.join(B, "venv", "bin", "blurry"), "build"], cwd=SITE, check=True, env=env, capture_output=True)
html = open(os.path.join(SITE, "dist", "index.html"), encoding="utf-8").read()
open(os.path.join(TOP, d["name"] + ".html"), "w", encoding="utf-8").write(html)
os.makedirs(os.path.join(TOP, "img"), exist_ok=True)
shutil.copy(os.path.join(B, "grey.png"), os.path.join(TOP, "img", "caesium_beam.png"))
print("made", d["name"] + ".html")
