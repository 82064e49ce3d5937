"""ben_nevis_observatory_1883: HTML page built by MkDocs (readthedocs theme) from Markdown written here."""
import os, re, shutil, subprocess, html
from content import NEVIS as C
from lib import gold, write_gold
from png import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..")
SRC = os.path.join(HERE, "mkdocs_src")
if os.path.exists(SRC):
    shutil.rmtree(SRC)
os.makedirs(os.path.join(SRC, "docs", "img"))
os.makedirs(os.path.join(SRC, "docs", "visit"))
grey_png(os.path.join(SRC, "docs", "img", "observatory_winter.png"), 640, 400)
grey_png(os.path.join(SRC, "docs", "img", "logo.png"), 120, 40, 150)

open(os.path.join(SRC, "mkdocs.yml"), "w").write("""site_name: Lochaber Weather Heritage Collection
site_description: Online exhibitions of the Lochaber Weather Heritage Collection
copyright: Text © Lochaber Weather Heritage Collection
use_directory_urls: false
theme:
  name: readthedocs
  navigation_depth: 3
  logo: img/logo.png
nav:
  - Home: index.md
  - Online exhibitions:
      - Weather on the Summit: ben_nevis_observatory_1883.md
      - Rain Gauges of Glen Nevis: rain_gauges.md
  - Visit us:
      - Opening times: visit/opening.md
markdown_extensions:
  - footnotes
  - admonition
  - attr_list
  - md_in_html
  - tables
  - toc:
      permalink: "¶"
""")
open(os.path.join(SRC, "docs", "index.md"), "w").write("# Lochaber Weather Heritage Collection\n\nOnline exhibitions about weather records in the West Highlands.\n")
open(os.path.join(SRC, "docs", "rain_gauges.md"), "w").write("# Rain Gauges of Glen Nevis\n\nThis exhibition is being prepared.\n")
open(os.path.join(SRC, "docs", "visit", "opening.md"), "w").write("# Opening times\n\nThe reading room is open on Tuesdays and Thursdays.\n")

def md_marks(t):
    return re.sub(r"\^(\d+)\^", r"[^\1]", t)

m = []
m.append(f'<p class="kicker">{C["kicker"]}</p>\n')
m.append(f'# {C["title"]}\n')
m.append(f'<p class="standfirst">{html.escape(C["intro"], quote=False)}</p>\n')
m.append('<p class="byline">By the collection’s volunteer research group · 9 minute read</p>\n')
for label, title, blocks in C["sections"][:-1]:
    m.append(f"## {label}. {title}\n")
    for b in blocks:
        if b[0] == "p":
            m.append(md_marks(b[1]) + "\n")
        else:
            m.append('<figure class="exhibit-figure">\n  <img src="img/observatory_winter.png" alt="A stone building half buried in snow" width="640" height="400">\n'
                     f'  <figcaption><strong>{b[1]}:</strong> {html.escape(b[2], quote=False)} <small>{html.escape(b[3], quote=False)}</small></figcaption>\n</figure>\n')
    if label == "3":
        m.append('<table class="readings">\n<caption>One winter day on the summit, 1890</caption>\n'
                 '<thead><tr><th scope="col">Hour</th><th scope="col">Temperature</th><th scope="col">Wind</th><th scope="col">Sky</th></tr></thead>\n<tbody>\n'
                 '<tr><th scope="row">09:00</th><td>-6 °C</td><td>NW gale</td><td>Fog</td></tr>\n'
                 '<tr><th scope="row">15:00</th><td>-4 °C</td><td>NW strong</td><td>Snow showers</td></tr>\n'
                 '<tr><th scope="row">21:00</th><td>-8 °C</td><td>N hurricane</td><td>Fog, drifting snow</td></tr>\n</tbody>\n</table>\n')
side = C["sections"][-1]
m.append(f'!!! note "{side[1]}"\n    {side[2][0][1]}\n')
for n in sorted(C["notes"]):
    m.append(f"[^{n}]: {C['notes'][n]}\n")
open(os.path.join(SRC, "docs", "ben_nevis_observatory_1883.md"), "w", encoding="utf-8").write("\n".join(m))

subprocess.run([os.path.join(HERE, "venv", "bin", "mkdocs"), "build", "-q", "-f", os.path.join(SRC, "mkdocs.yml"),
                "-d", os.path.join(SRC, "site")], check=True)
shutil.copy(os.path.join(SRC, "site", "ben_nevis_observatory_1883.html"), os.path.join(OUT, C["name"] + ".html"))
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
for f in ("observatory_winter.png", "logo.png"):
    shutil.copy(os.path.join(SRC, "docs", "img", f), os.path.join(OUT, "img", f))
write_gold(os.path.join(OUT, C["name"] + ".json"), gold([C["title"]], C["intro"], C["sections"], []))
