# -*- coding: utf-8 -*-
"""ramanujan_letter_1913.html with Flamingo 1.12 (PyPI; Pengutronix's pelican-inspired static site generator).
Writes build/site/ (settings.py, theme/templates, content/NAME.html with YAML meta) and runs `flamingo build`;
the page is copied up unchanged, the grey PNG goes to img/."""
import html, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import EX

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME = "ramanujan_letter_1913"
SITE = os.path.join(HERE, "site")
e = EX[NAME]; x = e["extra"]
h = html.escape

if os.path.exists(SITE):
    shutil.rmtree(SITE)
os.makedirs(os.path.join(SITE, "theme", "templates", "partials"))
os.makedirs(os.path.join(SITE, "content"))

open(os.path.join(SITE, "settings.py"), "w").write('''CONTENT_ROOT = "content"
OUTPUT_ROOT = "output"
THEME_PATHS = ["theme"]
DEFAULT_TEMPLATE = "exhibit.html"
PLUGINS = []
SITE_NAME = "Museum of Number, Cheltham"
''')

T = os.path.join(SITE, "theme", "templates")
open(os.path.join(T, "exhibit.html"), "w").write('''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ content.title }} · {{ context.settings.SITE_NAME }}</title>
<style>
body{font-family:Georgia,serif;margin:0;color:#222;line-height:1.5}
.skip{position:absolute;left:-999px}.skip:focus{left:1em}
header.site,footer.site{background:#20324f;color:#fff;padding:.6em 1.5em}
header.site a,footer.site a{color:#fff}
nav.langs{float:right;font-size:.85em}
main{max-width:46em;margin:0 auto;padding:1em 1.5em}
.kicker{text-transform:uppercase;letter-spacing:.1em;color:#a0341c;font:bold .8em sans-serif}
h1 .sub{display:block;font-style:italic;font-weight:normal;font-size:.6em}
.lede{font-size:1.2em}
[role=tablist] button{font:inherit;padding:.3em .8em}
h2 .label{display:block;font:bold .75em sans-serif;color:#a0341c;text-transform:uppercase}
figure{margin:1em 0;display:flex;gap:1em}figure img{width:45%}
.credit{font-family:monospace;color:#555}
blockquote.pull{font-size:1.3em;font-style:italic;border-left:4px solid #a0341c;padding-left:1em}
aside.sidebar{background:#f3efe6;padding:1em}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
</style>
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
{% include "partials/site-header.html" %}
<main id="main">
{{ content.content_body }}
</main>
{% include "partials/site-footer.html" %}
<template id="share-card">
  <p class="share-title">{{ content.title }}</p>
  <p class="share-text">{{ content.share }}</p>
</template>
<script>
document.querySelectorAll('[role=tab]').forEach(function(b){b.addEventListener('click',function(){
 document.querySelectorAll('[role=tabpanel]').forEach(function(p){p.hidden=(p.id!==b.getAttribute('aria-controls'));});
 document.querySelectorAll('[role=tab]').forEach(function(t){t.setAttribute('aria-selected',t===b);});});});
</script>
</body>
</html>
''')
open(os.path.join(T, "partials", "site-header.html"), "w").write('''<header class="site">
  <nav class="langs" aria-label="Language"><a href="#" lang="en" aria-current="true">English</a> · <a href="#" lang="ta">தமிழ்</a> · <a href="#" lang="hi">हिन्दी</a></nav>
  <a href="/" class="brand">{{ context.settings.SITE_NAME }}</a>
  <nav aria-label="Main"><a href="/visit/">Visit</a> · <a href="/exhibitions/">Exhibitions</a> · <a href="/online/">Online</a> · <a href="/learn/">Learn</a></nav>
</header>
''')
open(os.path.join(T, "partials", "site-footer.html"), "w").write('''<footer class="site">
  <p>{{ context.settings.SITE_NAME }} · 4 Abacus Row, Cheltham · Open daily 10:00 to 17:00</p>
  <p><a href="#main">Back to top</a> · <a href="/privacy/">Privacy</a> · <a href="/accessibility/">Accessibility</a></p>
</footer>
''')

# ------------------------------------------------------------------ content file (YAML meta, two blank lines, HTML)
secs = e["sections"]
b = []
b.append('<p class="kicker">%s</p>' % h(x["kicker"]))
b.append('<h1>%s<br><span class="sub">%s</span></h1>' % (h(e["title"][0]), h(e["title"][1])))
b.append('<p class="lede">%s</p>' % h(e["intro"]))
b.append('<h2 class="visually-hidden">The story in three notebooks</h2>')
b.append('<div role="tablist" aria-label="Notebooks">')
for i, s in enumerate(secs):
    b.append('  <button role="tab" id="tab-%d" aria-controls="panel-%d" aria-selected="%s">%s</button>' % (
        i + 1, i + 1, "true" if i == 0 else "false", h(s["label"])))
b.append('</div>')
for i, s in enumerate(secs):
    hid = "" if i == 0 else " hidden"
    b.append('<section role="tabpanel" id="panel-%d" aria-labelledby="tab-%d"%s>' % (i + 1, i + 1, hid))
    b.append('  <h2><span class="label">%s</span> %s</h2>' % (h(s["label"]), h(s["title"])))
    for j, p in enumerate(s["paras"]):
        t = h(p)
        if i == 1 and j == 0:
            t = t.replace("John Littlewood.", 'John Littlewood.<sup><a href="#note-1" id="ref-1">*</a></sup>')
        b.append('  <p>%s</p>' % t)
        if "caption" in s and j == 0:
            c = s["caption"]
            b.append('  <figure>')
            b.append('    <img src="img/%s_slate.png" alt="" width="480" height="300">' % NAME)
            b.append('    <figcaption><details open><summary>About this object</summary>'
                     '<p><strong>%s:</strong> %s</p><p><small class="credit">%s</small></p></details></figcaption>' % (
                         h(c["position"]), h(c["text"]), h(c["credit"])))
            b.append('  </figure>')
    b.append('</section>')
b.append('<blockquote class="pull"><p>‘He could remember the idiosyncrasies of numbers in an almost uncanny way.’</p>'
         '<footer>Nalini Raghavan, guest curator</footer></blockquote>')
b.append('<aside class="sidebar" aria-labelledby="sb"><h2 id="sb">%s</h2>%s</aside>' % (
    h(e["sidebar"]["title"]), "".join("<p>%s</p>" % h(p) for p in e["sidebar"]["paras"])))
b.append('<aside class="timeline" aria-label="Key dates"><h3>Key dates</h3><ol>')
for yr, ev in x["timeline"]:
    b.append('  <li><time>%s</time> %s</li>' % (yr, h(ev)))
b.append('</ol></aside>')
b.append('<section class="notes" aria-label="Notes"><ol><li id="note-1">%s <a href="#ref-1">↩</a></li></ol></section>' % h(x["note"]))

meta = '''title: "%s"
template: exhibit.html
output: %s.html
raw_html: true
share: "%s"
''' % (" ".join(e["title"]), NAME, e["intro"].replace('"', '\\"'))
open(os.path.join(SITE, "content", NAME + ".html"), "w", encoding="utf-8").write(meta + "\n\n\n" + "\n".join(b) + "\n")

subprocess.run([os.path.join(os.path.dirname(sys.executable), "flamingo"), "build", "-s", "settings.py"],
               cwd=SITE, check=True)
shutil.copy(os.path.join(SITE, "output", NAME + ".html"), os.path.join(OUT, NAME + ".html"))
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
shutil.copy(os.path.join(HERE, "grey.png"), os.path.join(OUT, "img", NAME + "_slate.png"))
print("wrote", NAME + ".html")
