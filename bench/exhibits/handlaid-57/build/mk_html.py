"""Writes the Docusaurus 3 site sources (build/site/) for fallingwater_1937 from texts.py, builds it, and
deploys the page: the HTML to OUTDIR/fallingwater_1937.html, the picture to OUTDIR/img/."""
import os, shutil, subprocess, sys, re
from PIL import Image
from texts import FALLINGWATER as F, ptext
here = os.path.dirname(os.path.abspath(__file__))
site = os.path.join(here, "site")
out = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(here)
os.makedirs(os.path.join(site, "docs"), exist_ok=True)
os.makedirs(os.path.join(site, "static", "img"), exist_ok=True)
os.makedirs(os.path.join(site, "src", "css"), exist_ok=True)
Image.new("RGB", (640, 800), (200, 200, 200)).save(os.path.join(site, "static", "img", "terrace.png"))

open(os.path.join(site, "docusaurus.config.js"), "w").write("""// @ts-check
module.exports = {
  title: 'Hollin Centre for Architecture',
  tagline: 'Online galleries',
  url: 'https://example.org',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  favicon: undefined,
  i18n: { defaultLocale: 'en', locales: ['en'] },
  presets: [
    ['classic', {
      docs: { routeBasePath: 'galleries', sidebarPath: require.resolve('./sidebars.js') },
      blog: false,
      theme: { customCss: require.resolve('./src/css/custom.css') },
    }],
  ],
  themeConfig: {
    navbar: {
      title: 'Hollin Centre for Architecture',
      items: [
        { type: 'docSidebar', sidebarId: 'rooms', position: 'left', label: 'Galleries' },
        { href: '#visit', label: 'Visit', position: 'right' },
      ],
    },
    footer: {
      style: 'dark',
      copyright: 'Hollin Centre for Architecture · Registered charity 0000000',
    },
    colorMode: { defaultMode: 'light', disableSwitch: true },
  },
};
""")
open(os.path.join(site, "sidebars.js"), "w").write("""module.exports = {
  rooms: ['intro', 'fallingwater'],
};
""")
open(os.path.join(site, "docs", "intro.md"), "w").write("""---
id: intro
title: Galleries
---
Rooms of the online galleries.
""")
open(os.path.join(site, "src", "css", "custom.css"), "w").write("""
.kicker { text-transform: uppercase; letter-spacing: .12em; color: #a3261b; font-weight: 700; font-size: .8rem; }
.lang-switch { font-size: .8rem; text-align: right; }
h1 .subtitle { display: block; font-size: 1.4rem; font-style: italic; font-weight: 400; color: #a3261b; }
.lede { font-size: 1.2rem; }
.part-no { display: block; font-size: .8rem; text-transform: uppercase; letter-spacing: .1em; color: #a3261b; }
figure.float-right { float: right; width: 40%; margin: 0 0 1rem 1.5rem; }
figure.float-right img { width: 100%; background: #c8c8c8; }
figure figcaption { font-size: .85rem; }
figure small.credit { display: block; font-style: italic; color: #555; }
blockquote.pullquote { font-size: 1.4rem; font-style: italic; border-left: 4px solid #a3261b; clear: both; }
.reorder { display: flex; flex-direction: column; }
.reorder > aside.sidebar { order: 2; background: #efe8d8; padding: 1rem 1.25rem; }
.reorder > section.part-c { order: 1; }
""")

sA, sB, sC = F["sections"]
def h2(s, anchor):
    return f'## <span className="part-no">{s["label"]}</span> {s["title"]} {{#{anchor}}}'

capB = sB["caption"]
b2 = sB["paras"][1]
c_p2 = sC["paras"][1].replace("public since 1964,", "public since 1964,[^1]")
mdx = f"""---
id: fallingwater
title: "A House Over the Falls | Rooms"
sidebar_label: Fallingwater, 1937
hide_title: true
description: {F["intro"].split(".")[0]}.
---
import Tabs from '@theme/Tabs';
import TabItem from '@theme/TabItem';

<p className="lang-switch">English · <a href="#de">Deutsch</a> · <a href="#ja">日本語</a></p>

<p className="kicker">Room 5 · Houses of the Twentieth Century</p>

# {F["title_lines"][0]}<br/><span className="subtitle">{F["title_lines"][1]}</span>

<p className="lede">{F["intro"]}</p>

{h2(sA, "part-a")}

{sA["paras"][0]}

{sA["paras"][1]}

<Tabs>
  <TabItem value="timeline" label="Timeline" default>
    1934 first visit · 1935 design drawn · 1936 building begins · 1937 family moves in · 1939 guest house · 1963 gift to the trust
  </TabItem>
  <TabItem value="materials" label="Materials">
    Local sandstone from a quarry on the estate, reinforced concrete painted ochre, steel window frames painted red.
  </TabItem>
</Tabs>

{h2(sB, "part-b")}

{sB["paras"][0]}

<p>{b2[0]}</p>
<figure className="float-right">
  <img src="/img/terrace.png" alt="Grey placeholder for a photograph of the main terrace" width="640" height="800" />
  <figcaption><strong>{capB["position"]}:</strong> {capB["text"]} <small className="credit">{capB["credit"]}</small></figcaption>
</figure>
<p className="continued">{b2[1]}</p>

<blockquote className="pullquote">{F["quote"]}</blockquote>

:::tip[Plan your visit]

The house stands about two hours by car from the city. Tours are timed and must be booked ahead.

:::

<div className="reorder">
<aside className="sidebar" aria-labelledby="why-rock">
<h2 id="why-rock">{F["sidebar"]["title"]}</h2>
<p>{F["sidebar"]["paras"][0]}</p>
</aside>
<section className="part-c">

{h2(sC, "part-c")}

{sC["paras"][0]}

{c_p2}

</section>
</div>

[^1]: Tours were first run by the trust’s own staff; today the house is looked after by a conservancy.
"""
open(os.path.join(site, "docs", "fallingwater.mdx"), "w").write(mdx)
r = subprocess.run(["nice", "npx", "docusaurus", "build"], cwd=site)
r.check_returncode()
src = os.path.join(site, "build", "galleries", "fallingwater", "index.html")
html = open(src, encoding="utf-8").read()
html = html.replace('src="/img/terrace.png"', 'src="img/terrace.png"')
os.makedirs(os.path.join(out, "css"), exist_ok=True)
for href in re.findall(r'<link rel="stylesheet" href="(/assets/css/[^"]+\.css)"', html):
    shutil.copy(os.path.join(site, "build", href.lstrip("/")), os.path.join(out, "css", os.path.basename(href)))
    html = html.replace(f'href="{href}"', f'href="css/{os.path.basename(href)}"')
open(os.path.join(out, "fallingwater_1937.html"), "w", encoding="utf-8").write(html)
os.makedirs(os.path.join(out, "img"), exist_ok=True)
shutil.copy(os.path.join(site, "static", "img", "terrace.png"), os.path.join(out, "img", "terrace.png"))
print("wrote", os.path.join(out, "fallingwater_1937.html"))
