"""Write the SvelteKit project data + run `vite build` (adapter-static prerender) and copy the page up."""
import json, os, re, shutil, subprocess, struct, zlib
from content import EX
from mk_docx import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
APP = os.path.join(HERE, "svelte")
NAME = "mauretania_1907"

e = EX[NAME]
data = dict(kicker=e["kicker"], title_lines=e["title_lines"], intro=e["intro"], sections=e["sections"],
            sidebar=e["sidebar"], quote=e["quote"], timeline=e["timeline"],
            museum="Riverside Hall of Ships", note="Figures for the 1909 crossing are from Cunard’s published log.")
os.makedirs(os.path.join(APP, "src/lib"), exist_ok=True)
with open(os.path.join(APP, "src/lib/exhibit.json"), "w", encoding="utf-8") as f:
    json.dump(data, f, ensure_ascii=False, indent=1)
os.makedirs(os.path.join(APP, "static/img"), exist_ok=True)
with open(os.path.join(APP, "static/img/half-model.png"), "wb") as f:
    f.write(grey_png(160, 90))
if not os.path.isdir(os.path.join(APP, "node_modules")):
    subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=APP, check=True)
subprocess.run(["npx", "vite", "build"], cwd=APP, check=True, stdout=subprocess.DEVNULL)
html = open(os.path.join(APP, "build/index.html"), encoding="utf-8").read()
# deploy step: ship the page's stylesheets in css/ and point only those hrefs at them
os.makedirs(os.path.join(OUT, "css"), exist_ok=True)
for href in re.findall(r'href="\./(_app/immutable/assets/[^"]+\.css)"', html):
    shutil.copy(os.path.join(APP, "build", href), os.path.join(OUT, "css", os.path.basename(href)))
    html = html.replace("./" + href, "css/" + os.path.basename(href))
with open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8") as f:
    f.write(html)
os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
shutil.copy(os.path.join(APP, "static/img/half-model.png"), os.path.join(OUT, "img/half-model.png"))
print("built", NAME + ".html")
