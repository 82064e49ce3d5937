"""Writes the page data for the SvelteKit site, builds it (vite build + adapter-static prerender) and deploys
out/index.html as iguanodon_1825.html with its stylesheet in css/ and picture in img/."""
import json, os, shutil, subprocess, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from content import EX, OUT

HERE = os.path.dirname(os.path.abspath(__file__))
SITE = os.path.join(HERE, "site")


def main():
    e = dict(EX["iguanodon_1825"])
    e["pull"] = "“He had a tooth, a spike and the nerve to imagine the rest.”"
    e["sources"] = [
        "Mantell, G. A. (1825). Notice on the Iguanodon, a newly discovered fossil reptile. Philosophical Transactions of the Royal Society.",
        "Museum archive file WMNH/AR/14: correspondence on the Tilgate casts, 1961–1974.",
    ]
    with open(os.path.join(SITE, "src", "lib", "exhibit.json"), "w", encoding="utf-8") as f:
        json.dump(e, f, ensure_ascii=False, indent=1)
    shutil.copy(os.path.join(HERE, "grey.png"), os.path.join(SITE, "static", "img", "iguanodon_tooth.png"))
    if not os.path.isdir(os.path.join(SITE, "node_modules")):
        subprocess.run(["npm", "ci", "--no-audit", "--no-fund"], cwd=SITE, check=True)
    subprocess.run(["nice", "-n", "10", "npx", "vite", "build"], cwd=SITE, check=True)
    shutil.copy(os.path.join(SITE, "out", "index.html"), os.path.join(OUT, "iguanodon_1825.html"))
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    os.makedirs(os.path.join(OUT, "css"), exist_ok=True)
    shutil.copy(os.path.join(SITE, "out", "img", "iguanodon_tooth.png"), os.path.join(OUT, "img", "iguanodon_tooth.png"))
    shutil.copy(os.path.join(SITE, "out", "css", "site.css"), os.path.join(OUT, "css", "site.css"))


if __name__ == "__main__":
    main()
