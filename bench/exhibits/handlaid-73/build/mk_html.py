"""Al-Idrisi HTML page: an Ark 7.7.0 site (my own theme 'vellum', Ibis template) built with `ark build`."""
import os, sys, shutil, subprocess, html
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from texts import DOCS
from png import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SITE = os.path.join(HERE, "ark_site")
E = html.escape
d = DOCS["tabula_rogeriana_1154"]
NAME = "tabula_rogeriana_1154"

shutil.rmtree(SITE, ignore_errors=True)
for sub in ("src", "inc", "lib/vellum/templates", "lib/vellum/resources", "res/img"):
    os.makedirs(os.path.join(SITE, sub), exist_ok=True)
open(os.path.join(SITE, "site.py"), "w").write(
    'theme = "vellum"\ntitle = "Hallam Museum of Maps"\ntagline = "Online exhibitions"\nextension = ".html"\n')
open(os.path.join(SITE, "res/img/round_map.png"), "wb").write(grey_png(320, 320))

TEMPLATE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="Ark 7.7.0">
<title>{$ node.meta.title $} — {$ site.title $}</title>
<link rel="stylesheet" href="@root/style.css">
</head>
<body>
<a class="skip" href="#main">Skip to content</a>
<header class="site">
  <p class="brand"><a href="@root/">{$ site.title $}</a> <span>{$ site.tagline $}</span></p>
  <nav aria-label="Main"><ul><li><a href="@root/">Exhibitions</a></li><li><a href="@root/">Collection</a></li><li><a href="@root/">Visit</a></li><li><a href="@root/">Learn</a></li></ul></nav>
  <p class="lang">Read in: <a href="#" lang="ar">العربية</a> · <a href="#" lang="it">Italiano</a> · <strong>English</strong></p>
</header>
<nav class="crumbs" aria-label="Breadcrumb"><a href="@root/">Home</a> › <a href="@root/">Online exhibitions</a> › {$ node.meta.title $}</nav>
<main id="main">
{{ node.html }}
</main>
<footer class="site">
  <p>© Hallam Museum of Maps. Images are placeholders. <a href="@root/">Accessibility</a> · <a href="@root/">Privacy</a></p>
</footer>
</body>
</html>
"""
open(os.path.join(SITE, "lib/vellum/templates/node.ibis"), "w").write(TEMPLATE)
open(os.path.join(SITE, "lib/vellum/resources/style.css"), "w").write("""
body{font:17px/1.6 Georgia,serif;margin:0;color:#222;background:#fbf8f1}
header.site,footer.site,.crumbs{padding:.6rem 2rem;font-family:Arial,sans-serif;font-size:14px}
header.site{background:#2c2416;color:#eee}header.site a{color:#f3d9a4}
nav ul{list-style:none;display:flex;gap:1.2rem;padding:0}
main{max-width:46rem;margin:0 auto;padding:1rem 2rem}
.kicker{text-transform:uppercase;letter-spacing:.12em;color:#8a5a1e;font:600 13px Arial,sans-serif}
h1 .sub{display:block;font-size:60%;font-style:italic;font-weight:normal}
.lead{font-size:1.2em}
dl.leaves dt{font:700 1.4rem Georgia,serif;margin-top:2rem}
dl.leaves dt .leaf{display:block;font:600 12px Arial,sans-serif;text-transform:uppercase;letter-spacing:.1em;color:#8a5a1e}
dl.leaves dd{margin:0}
table.figure caption{caption-side:bottom;text-align:left;font-size:14px;padding-top:.4rem}
table.figure small{display:block;color:#666}
blockquote.epigraph{font-size:1.5rem;font-style:italic;border-left:4px solid #8a5a1e;margin:2rem 0;padding-left:1rem}
aside.sidebar{background:#efe3c6;padding:1rem 1.4rem;margin-top:2rem}
.top{font:13px Arial,sans-serif}
.skip{position:absolute;left:-999px}
""")

def paras(ps):
    return "\n".join(f"<p>{E(x)}</p>" for x in ps)

body = []
body.append(f'<p class="kicker">{E(d["kicker"])}</p>')
body.append(f'<h1 id="top">{E(d["title_lines"][0])}<br><span class="sub">{E(d["title_lines"][1])}</span></h1>')
body.append(f'<p class="lead">{E(d["intro"])}</p>')
body.append(f'<blockquote class="epigraph"><p>{E(d["quote"][0])}</p><footer>{E(d["quote"][1])}</footer></blockquote>')
body.append('<dl class="leaves">')
for i, (label, title, ps, cap) in enumerate(d["sections"]):
    body.append(f'<dt id="leaf-{i+1}"><span class="leaf">{E(label)}</span> {E(title)}</dt>')
    inner = []
    if cap:
        inner.append(paras(ps[:2]))
        inner.append('<table class="figure" role="presentation">'
                     f'<caption>{E(cap[1])} <small>{E(cap[2])}</small></caption>'
                     '<tr><td><img src="@root/img/round_map.png" width="320" height="320" '
                     'alt="Grey placeholder for the round world map"></td></tr></table>')
        inner.append(paras(ps[2:]))
    else:
        inner.append(paras(ps))
    inner.append('<p class="top"><a href="#top">Back to top ↑</a></p>')
    body.append("<dd>\n" + "\n".join(inner) + "\n</dd>")
body.append("</dl>")
st, sp = d["sidebar"]
body.append(f'<aside class="sidebar" aria-labelledby="side-h"><h2 id="side-h">{E(st)}</h2>\n{paras(sp)}</aside>')
md = "---\ntitle: The Book of Roger\n---\n\n" + "\n\n".join(body) + "\n"
open(os.path.join(SITE, "src", "index.md"), "w", encoding="utf-8").write(md)

subprocess.run([os.path.join(HERE, "venv", "bin", "ark"), "build"], cwd=SITE, check=True)
page = open(os.path.join(SITE, "out", "index.html"), encoding="utf-8").read()
page = page.replace('src="img/', 'src="img/')
open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8").write(page)
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
shutil.copy(os.path.join(SITE, "res/img/round_map.png"), os.path.join(OUT, "img", "round_map.png"))
print("html written")
