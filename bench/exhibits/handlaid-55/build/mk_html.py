"""VuePress 2 page (default theme, Vite bundler) for the Vivaldi exhibit. Writes build/site/docs/, runs
`vuepress build`, copies the rendered page up and the picture to img/."""
import os, shutil, subprocess, re
from content import EX
from mk_docx import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
SITE = os.path.join(HERE, "site")
NAME = "vivaldi_four_seasons_1725"

CONFIG = """import { defaultTheme } from '@vuepress/theme-default'
import { viteBundler } from '@vuepress/bundler-vite'
import { defineUserConfig } from 'vuepress'

export default defineUserConfig({
  lang: 'en-GB',
  title: 'Calder Hall of Music',
  description: 'Online companion to the Baroque Gallery',
  bundler: viteBundler(),
  theme: defaultTheme({
    navbar: [
      { text: 'Visit', link: '/' },
      { text: 'Galleries', children: [{ text: 'Baroque Gallery', link: '/vivaldi.html' }] },
      { text: 'Collections', link: '/' },
    ],
    sidebar: 'heading',
    sidebarDepth: 2,
    contributors: false,
    lastUpdated: false,
    editLink: false,
    prev: false,
    next: false,
  }),
})
"""

STYLE = """.kicker { text-transform: uppercase; letter-spacing: .08em; font-size: .8rem; color: #7a4b12; }
h1 .sub { display: block; font-size: .6em; font-style: italic; font-weight: 400; }
.lede { font-size: 1.15rem; }
.vp-badge { display: block; width: max-content; margin-bottom: .3rem; }
.sidenote { float: right; clear: right; width: 12rem; margin-right: -14rem; font-size: .8rem; color: #555; }
.sn-mark { color: #7a4b12; }
figure.exhibit { float: left; width: 14rem; margin: 0 1.2rem .5rem 0; }
figure.exhibit img { width: 100%; }
.figure-caption { float: left; clear: left; width: 14rem; margin: 0 1.2rem 1rem 0; font-size: .85rem; }
.figure-caption .credit { display: block; font-style: italic; color: #666; }
blockquote.pull { font-size: 1.4rem; border-left-color: #7a4b12; font-style: italic; }
.lang-switch { font-size: .8rem; }
@media (max-width: 1100px) { .sidenote { float: none; display: block; width: auto; margin: .3rem 0; } }
"""


def page():
    e = EX[NAME]
    s = e["sections"]
    sn = e["sidenotes"]
    L = ["---", f"title: {e['title_lines'][0]}", "---", "",
         '<p class="lang-switch">English · <a href="#" lang="it">Italiano</a> · <a href="#" lang="de">Deutsch</a></p>',
         "", f'<p class="kicker">{e["kicker"]}</p>', "",
         f'# {e["title_lines"][0]} <br><span class="sub">{e["title_lines"][1]}</span>', "",
         f'<p class="lede">{e["intro"]}</p>', ""]
    for i, sec in enumerate(s):
        L.append(f'## <Badge type="tip" text="{sec["label"]}" /> {sec["title"]}')
        L.append("")
        for k, p in enumerate(sec["paras"]):
            if i == 1 and k == 0:
                p = p.replace("perhaps written by Vivaldi himself,",
                              'perhaps written by Vivaldi himself,<sup class="sn-mark">1</sup>'
                              f'<span class="sidenote"><sup>1</sup> {sn[0]}</span>')
            if i == 2 and k == 1:
                p = p.replace("national library in Turin.",
                              'national library in Turin.<sup class="sn-mark">2</sup>'
                              f'<span class="sidenote"><sup>2</sup> {sn[1]}</span>')
            L.append(p)
            L.append("")
            if sec.get("caption") and k == 0:
                c = sec["caption"]
                L.append('<figure class="exhibit"><img src="/img/vivaldi_opus8.png" '
                         'alt="Grey placeholder for the title page" width="480" height="300"></figure>')
                L.append(f'<div class="figure-caption"><strong>{c["position"]}:</strong> {c["text"]} '
                         f'<span class="credit">{c["credit"]}</span></div>')
                L.append("")
        if i == 1:
            sb = e["sidebar"]
            L.append(f"::: tip {sb['title']}")
            L.extend(sb["paras"])
            L.append(":::")
            L.append("")
            L.append(f'<blockquote class="pull" aria-hidden="true"><p>{e["pull_quote"]}</p></blockquote>')
            L.append("")
    L.append('<h2 class="visually-hidden" id="timeline">Timeline</h2>')
    L.append("")
    L.append('<ol class="timeline">')
    for a, b in e["timeline"]:
        L.append(f'<li><time datetime="{a}">{a}</time> {b}</li>')
    L.append("</ol>")
    L.append("")
    L.append('<p class="page-foot">Calder Hall of Music · Baroque Gallery · Online label text, revised edition</p>')
    return "\n".join(L) + "\n"


if __name__ == "__main__":
    docs = os.path.join(SITE, "docs")
    os.makedirs(os.path.join(docs, ".vuepress", "public", "img"), exist_ok=True)
    os.makedirs(os.path.join(docs, ".vuepress", "styles"), exist_ok=True)
    open(os.path.join(docs, ".vuepress", "config.js"), "w").write(CONFIG)
    open(os.path.join(docs, ".vuepress", "styles", "index.scss"), "w").write(STYLE)
    open(os.path.join(docs, "README.md"), "w").write("# Calder Hall of Music\n\nOnline companion to our galleries.\n")
    open(os.path.join(docs, "vivaldi.md"), "w", encoding="utf-8").write(page())
    grey_png(os.path.join(docs, ".vuepress", "public", "img", "vivaldi_opus8.png"))
    if not os.path.isdir(os.path.join(SITE, "node_modules")):
        subprocess.run(["npm", "ci"], cwd=SITE, check=True)
    subprocess.run(["npx", "vuepress", "build", "docs", "--clean-cache", "--clean-temp"], cwd=SITE, check=True)
    dist = os.path.join(docs, ".vuepress", "dist")
    html = open(os.path.join(dist, "vivaldi.html"), encoding="utf-8").read()
    html = html.replace('src="/img/vivaldi_opus8.png"', 'src="img/vivaldi_opus8.png"')
    open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8").write(html)
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    shutil.copy(os.path.join(dist, "img", "vivaldi_opus8.png"), os.path.join(OUT, "img", "vivaldi_opus8.png"))
