"""chadwick_sanitary_report_1842.html: a blag 2.3.3 site (PyPI `blag`, venthur's blog-aware static site
generator; Python-Markdown with meta, fenced_code, codehilite, smarty).  This script writes build/site/
(config.ini, content/NAME.md with metadata, templates/*.html, static/style.css), runs `blag build` and copies
the article page up unchanged, with its picture into img/."""
import os, shutil, subprocess
from content import EX, EXTRA
from mk_docx import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SITE = os.path.join(HERE, "site")
NAME = "chadwick_sanitary_report_1842"

BASE = """<!DOCTYPE html>
<html lang="en-GB">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1.0">
  <meta name="description" content="{{ description or site.description }}">
  <link rel="stylesheet" href="style.css">
  <title>{% block title %}{% endblock %} | {{ site.title }}</title>
</head>
<body id="top">
  <a class="skip" href="#main">Skip to content</a>
  <header class="site">
    <p class="logo"><a href="index.html">{{ site.title }}</a></p>
    <nav aria-label="Main">
      <ul>
        <li><a href="index.html">Visit</a></li>
        <li><a href="archive.html">Exhibitions</a></li>
        <li><a href="tags/index.html">Collections</a></li>
        <li><a href="learning.html">Learning</a></li>
      </ul>
    </nav>
    <nav class="lang" aria-label="Language">
      <ul>
        <li><a href="{{ '' }}chadwick_sanitary_report_1842.html" hreflang="en" aria-current="true">English</a></li>
        <li><a href="cy/chadwick_sanitary_report_1842.html" hreflang="cy" lang="cy">Cymraeg</a></li>
        <li><a href="fr/chadwick_sanitary_report_1842.html" hreflang="fr" lang="fr">Français</a></li>
      </ul>
    </nav>
  </header>
  <main id="main">
  {% block content %}{% endblock %}
  </main>
  <footer class="site">
    <p>{{ site.title }} · 2 Conduit Street, Carrow · Open Wednesday to Sunday, 10.00–16.30</p>
    <p><a href="#top">Back to top</a> · <a href="access.html">Access</a> · <a href="privacy.html">Privacy</a></p>
  </footer>
</body>
</html>
"""

ARTICLE = """{% extends "base.html" %}
{% block title %}{{ title }}{% endblock %}
{% block content %}
<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="index.html">Home</a></li><li><a href="archive.html">Online exhibitions</a></li><li>{{ short }}</li></ol></nav>
<article class="exhibit">
  <p class="kicker">{{ kicker }}</p>
  <h1>{{ title }}<br><small>{{ subtitle }}</small></h1>
  <p class="dateline">Published <time datetime="{{ date.date() }}">{{ date.strftime('%-d %B %Y') }}</time>{% if tags %} · {% for t in tags %}<a href="tags/{{ t }}.html">{{ t }}</a>{% if not loop.last %}, {% endif %}{% endfor %}{% endif %}</p>
{{ content }}
</article>
{% endblock %}
"""

PAGE = """{% extends "base.html" %}
{% block title %}{{ title }}{% endblock %}
{% block content %}{{ content }}{% endblock %}
"""
LIST = """{% extends "base.html" %}
{% block title %}List{% endblock %}
{% block content %}<ul>{% for entry in archive %}<li><a href="{{ entry.dst }}">{{ entry.title }}</a></li>{% endfor %}</ul>{% endblock %}
"""
TAGS = """{% extends "base.html" %}
{% block title %}Tags{% endblock %}
{% block content %}<ul>{% for tag, count in tags %}<li>{{ tag }} ({{ count }})</li>{% endfor %}</ul>{% endblock %}
"""

CSS = """body{font-family:Georgia,serif;max-width:46rem;margin:0 auto;padding:0 1rem;color:#222}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem}
header.site ul,footer.site ul{list-style:none;display:flex;gap:1rem;padding:0}
.lang{font-size:.8rem}.crumbs ol{list-style:none;display:flex;gap:.5rem;padding:0;font-size:.8rem}
.kicker{font:bold .8rem Arial,sans-serif;letter-spacing:.08em;text-transform:uppercase;color:#7a3b12}
h1 small{display:block;font-style:italic;font-weight:normal;font-size:60%}
.dateline{font-size:.8rem;color:#666}.lede{font-size:1.25rem}
h2 .label{display:block;font:bold .75rem Arial,sans-serif;text-transform:uppercase;color:#7a3b12}
figure{margin:1.5rem 0}figcaption{font:.85rem Arial,sans-serif}figcaption .credit{color:#666;font-size:.75rem}
blockquote.pull{font-size:1.5rem;font-style:italic;border-left:4px solid #7a3b12;padding-left:1rem}
blockquote.pull footer{font:normal .8rem Arial,sans-serif}
aside.sidebar{background:#f3ead8;padding:1rem}aside.timeline{font-size:.85rem;border-top:1px solid #ccc}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.totop{font-size:.75rem;text-align:right}.notes{font-size:.8rem}
"""


def md():
    e, x = EX[NAME], EXTRA[NAME]
    s = e["sections"]
    L = ["title: " + e["title_lines"][0], "subtitle: " + e["title_lines"][1], "short: Chadwick’s Report",
         "kicker: " + x["kicker"], "date: 2025-03-14 10:00", "tags: public health, sanitation",
         "description: An online exhibition about Edwin Chadwick and the sanitary report of 1842."]
    L = ["\n".join(L)]
    L.append('<p class="lede">' + e["intro"] + "</p>")
    L.append('<h2 class="visually-hidden" id="story">The story</h2>')
    for k, sec in enumerate(s):
        sid = sec["label"].split()[-1].lower()
        L.append('<h2 id="%s"><span class="label">%s</span> %s</h2>' % (sid, sec["label"], sec["title"]))
        for j, p in enumerate(sec["paras"]):
            if k == 1 and j == 1:
                p = p.replace("at fifteen,", 'at fifteen,<sup class="note-ref"><a href="#note-1" id="ref-1">*</a></sup>')
            L.append(p)
            if k == 2 and j == 0:
                c = sec["caption"]
                L.append('<figure class="object">\n<img src="img/drainpipe_1850.png" alt="Section of stoneware drainpipe" width="640" height="400" loading="lazy">\n'
                         '<figcaption><strong>%s:</strong> %s<br><span class="credit">%s</span></figcaption>\n</figure>'
                         % (c["position"], c["text"], c["credit"]))
        L.append('<p class="totop"><a href="#top">Back to top ↑</a></p>')
        if k == 1:
            L.append('<blockquote class="pull">\n<p>%s</p>\n<footer>%s</footer>\n</blockquote>' % (x["quote"], x["quote_by"]))
    sb = e["sidebar"]
    L.append('<aside class="sidebar" aria-labelledby="sb">\n<h2 id="sb">%s</h2>\n%s\n</aside>' % (
        sb["title"], "\n".join("<p>%s</p>" % p for p in sb["paras"])))
    L.append('<aside class="timeline" aria-label="Timeline">\n<h3>Timeline</h3>\n<ol>\n%s\n</ol>\n</aside>' % "\n".join(
        '<li><time datetime="%s">%s</time> %s</li>' % (a, a, b) for a, b in x["timeline"]))
    L.append('<section class="notes" aria-label="Notes">\n<ol>\n<li id="note-1">%s <a href="#ref-1" aria-label="Back to text">↩</a></li>\n</ol>\n</section>' % x["note"])
    return "\n\n".join(L) + "\n"


def main():
    if os.path.exists(SITE):
        shutil.rmtree(SITE)
    for sub in ("content/img", "templates", "static"):
        os.makedirs(os.path.join(SITE, sub))
    with open(os.path.join(SITE, "config.ini"), "w") as f:
        f.write("[main]\nbase_url = https://carrow-museum.example/\ntitle = Carrow Museum of Public Health\n"
                "description = Online exhibitions\nauthor = Carrow Museum\n")
    for n, t in (("base.html", BASE), ("article.html", ARTICLE), ("page.html", PAGE), ("index.html", LIST),
                 ("archive.html", LIST), ("tag.html", LIST), ("tags.html", TAGS)):
        with open(os.path.join(SITE, "templates", n), "w", encoding="utf-8") as f:
            f.write(t)
    with open(os.path.join(SITE, "static", "style.css"), "w") as f:
        f.write(CSS)
    grey_png(os.path.join(SITE, "content", "img", "drainpipe_1850.png"), 640, 400)
    with open(os.path.join(SITE, "content", NAME + ".md"), "w", encoding="utf-8") as f:
        f.write(md())
    subprocess.run([os.path.join(HERE, "venv", "bin", "blag"), "build"], cwd=SITE, check=True)
    shutil.copy(os.path.join(SITE, "build", NAME + ".html"), os.path.join(OUT, NAME + ".html"))
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    shutil.copy(os.path.join(SITE, "build", "img", "drainpipe_1850.png"), os.path.join(OUT, "img", "drainpipe_1850.png"))
    print("built", NAME)


if __name__ == "__main__":
    main()
