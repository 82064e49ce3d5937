"""mount_st_helens_1980.html: a Next.js (pages router, getStaticProps) static export, built from build/next/."""
import glob
import json
import os
import re
import shutil
import subprocess

from content import EXHIBITS, clean

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
NAME = "mount_st_helens_1980"
SITE = os.path.join(HERE, "next")


def main():
    e = EXHIBITS[NAME]
    secs = []
    split = None
    for s in e["sections"]:
        paras = []
        for t in s["paras"]:
            if "{PAGE2}" in t:
                a, b = t.split("{PAGE2}")
                split = [clean(a), clean(b)]
            else:
                paras.append(clean(t))
        secs.append(dict(label=s["label"], title=s["title"], paras=paras, caption=s.get("caption")))
    data = dict(kicker=e["kicker"], title_lines=e["title_lines"], intro=e["intro"], sections=secs, split=split,
                sidebar=e["sidebar"],
                timeline=[["20 March", "An earthquake of magnitude 4.2 wakes the volcano"],
                          ["27 March", "Steam explosions open a summit crater"],
                          ["30 April", "The north-face bulge is measured growing daily"],
                          ["18 May, 8.32 a.m.", "Landslide, lateral blast and ash column"],
                          ["1982", "A national volcanic monument is created"]])
    os.makedirs(os.path.join(SITE, "data"), exist_ok=True)
    with open(os.path.join(SITE, "data", "exhibit.json"), "w", encoding="utf-8") as f:
        json.dump(data, f, ensure_ascii=False, indent=1)
    os.makedirs(os.path.join(SITE, "public", "img"), exist_ok=True)
    shutil.copy(os.path.join(HERE, "grey.png"), os.path.join(SITE, "public", "img", "grey.png"))
    if not os.path.isdir(os.path.join(SITE, "node_modules")):
        subprocess.run(["nice", "-n", "10", "npm", "ci", "--no-audit", "--no-fund"], cwd=SITE, check=True)
    env = dict(os.environ, NEXT_TELEMETRY_DISABLED="1")
    subprocess.run(["nice", "-n", "10", "npx", "next", "build"], cwd=SITE, check=True, env=env)
    html = open(os.path.join(SITE, "out", "index.html"), encoding="utf-8").read()
    # deploy: stylesheet to css/, picture to img/; only those href/src attributes are rewritten
    os.makedirs(os.path.join(OUT, "css"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    for css in glob.glob(os.path.join(SITE, "out", "_next", "static", "**", "*.css"), recursive=True):
        base = os.path.basename(css)
        shutil.copy(css, os.path.join(OUT, "css", base))
        html = re.sub(r"/_next/static/[a-z]+/" + re.escape(base), "css/" + base, html)
    shutil.copy(os.path.join(HERE, "grey.png"), os.path.join(OUT, "img", "grey.png"))
    with open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8") as f:
        f.write(html)
    print("wrote", NAME + ".html")


if __name__ == "__main__":
    main()
