# -*- coding: utf-8 -*-
"""Writes a Cuttlebelle project in build/site/ (content/index/index.yml + one Markdown partial per
room, React layouts in code/, CSS and a grey PNG in assets/), runs Cuttlebelle, and copies
site/index.html to ../mechelen_carillon_school_1922.html (assets path rewritten to img/)."""
import json, os, shutil, subprocess
from texts import EX
from mk_docx_template import grey_png

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
SITE = os.path.join(HERE, "site")
NAME = "mechelen_carillon_school_1922"
E = EX[NAME]
CAP_SECTION = 0

if os.path.exists(SITE):
    shutil.rmtree(SITE)
for d in ("content/index", "code", "assets"):
    os.makedirs(os.path.join(SITE, d))

with open(os.path.join(SITE, "package.json"), "w") as f:
    json.dump({"name": "mechelen-exhibit", "version": "1.0.0", "private": True,
               "cuttlebelle": {"site": {"doctype": "<!DOCTYPE html>", "markdownRenderer": ""}}}, f, indent=1)

rooms = []
for i, s in enumerate(E["sections"]):
    fm = {"layout": "room", "label": s["label"], "heading": s["title"], "anchor": f"room-{i+1}"}
    paras = list(s["paras"])
    if i == CAP_SECTION:
        fm["figure"] = {"src": "assets/denyn_keyboard.png", "caption": E["caption"]["text"],
                        "credit": E["caption"]["credit"], "after": 1}
    if i == 1:
        fm["quote"] = {"text": E["quote"][0], "by": E["quote"][1]}
    fm["paras"] = paras
    # YAML is a superset of JSON: front matter written as JSON
    md = "---\n" + json.dumps(fm, ensure_ascii=False, indent=1) + "\n---\n"
    fn = f"room{i+1}.md"
    with open(os.path.join(SITE, "content/index", fn), "w", encoding="utf-8") as f:
        f.write(md)
    rooms.append(fn)

sb = E["sidebar"]
with open(os.path.join(SITE, "content/index", "factbox.md"), "w", encoding="utf-8") as f:
    f.write("---\n" + json.dumps({"layout": "factbox", "heading": sb["title"]}, ensure_ascii=False) + "\n---\n\n"
            + "\n\n".join(sb["paras"]) + "\n")

page = {"layout": "page", "title": " ".join(E["title_lines"]), "kicker": E["kicker"],
        "h1": E["title_lines"][0], "h1sub": E["title_lines"][1], "lede": E["intro"],
        "dates": [{"y": y, "t": t} for y, t in E["key_dates"]],
        "rooms": rooms, "factbox": "factbox.md"}
with open(os.path.join(SITE, "content/index", "index.yml"), "w", encoding="utf-8") as f:
    json.dump(page, f, ensure_ascii=False, indent=1)

PAGE_JS = r'''import React from "react";

export default ({ title, kicker, h1, h1sub, lede, dates, rooms, factbox }) => (
	<html lang="en">
	<head>
		<meta charSet="utf-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1" />
		<title>{ title } | Harrowgate Museum of Sound</title>
		<link rel="stylesheet" href="assets/style.css" />
	</head>
	<body id="top">
		<a className="skip" href="#rooms">Skip to the exhibition</a>
		<header className="site">
			<p className="brand">Harrowgate Museum of Sound</p>
			<nav aria-label="Language"><ul className="lang">
				<li><a href="#top" aria-current="true">English</a></li>
				<li><a href="#top" lang="nl">Nederlands</a></li>
				<li><a href="#top" lang="fr">Français</a></li>
			</ul></nav>
		</header>
		<div className="hero">
			<p className="kicker">{ kicker }</p>
			<h1>{ h1 } <span className="sub">{ h1sub }</span></h1>
			<p className="lede">{ lede }</p>
		</div>
		<section className="dates" aria-labelledby="dates-h">
			<h2 id="dates-h" className="vh">Key dates</h2>
			<ol>{ dates.map( ( d ) => <li key={ d.y }><time>{ d.y }</time> { d.t }</li> ) }</ol>
		</section>
		<main id="rooms">
			<h2 className="vh">The exhibition in three rooms</h2>
			{ rooms }
			{ factbox }
			<template id="fact-alt">
				<aside className="fact"><h3>Did you know?</h3>
				<p>The heaviest bell in the Mechelen tower weighs almost nine tonnes and is called Salvator.</p></aside>
			</template>
		</main>
		<footer className="site-foot">
			<p>Harrowgate Museum of Sound, 4 Tenter Lane, Harrowgate. Online exhibition text © 2024.</p>
			<p><a href="#top">Back to top ↑</a></p>
		</footer>
	</body>
	</html>
);
'''

ROOM_JS = r'''import React from "react";

const P = ( { t } ) => <p>{ t }</p>;

export default ({ label, heading, anchor, paras, figure, quote }) => {
	const out = [];
	paras.forEach( ( t, i ) => {
		out.push( <P key={ "p" + i } t={ t } /> );
		if( figure && i + 1 === figure.after ) {
			out.push(
				<figure key="fig" className="pic">
					<img src={ figure.src } alt="" width="480" height="320" loading="lazy" />
					<figcaption>{ figure.caption } <span className="credit">{ figure.credit }</span></figcaption>
				</figure>
			);
		}
		if( quote && i === 0 ) {
			out.push(
				<blockquote key="q" className="voice"><p>{ quote.text }</p><footer>{ quote.by }</footer></blockquote>
			);
		}
	});
	return (
		<details open className="room" id={ anchor }>
			<summary><span className="num">{ label }</span> <h2>{ heading }</h2></summary>
			<div className="room-body">{ out }</div>
		</details>
	);
};
'''

FACT_JS = r'''import React from "react";

export default ({ _body, heading }) => (
	<aside className="fact" aria-label="Fact box">
		<h3>{ heading }</h3>
		<div className="fact-body">{ _body }</div>
	</aside>
);
'''

CSS = """body{font:17px/1.55 Georgia,serif;margin:0;color:#222;background:#faf8f4}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px}
.site{display:flex;justify-content:space-between;padding:8px 24px;background:#23313f;color:#fff}
.lang{display:flex;gap:12px;list-style:none;margin:0;padding:0}.lang a{color:#cde}
.hero{max-width:46rem;margin:2rem auto;padding:0 1rem}.kicker{text-transform:uppercase;letter-spacing:.12em;color:#8a3b12;font-size:.8rem}
h1 .sub{display:block;font-size:.55em;font-style:italic;font-weight:normal}
.lede{font-size:1.2rem}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
.dates ol{display:flex;gap:1rem;list-style:none;max-width:46rem;margin:0 auto;padding:0 1rem;font-size:.85rem}
main{max-width:46rem;margin:0 auto;padding:0 1rem}
details.room{border-top:3px solid #8a3b12;margin:1.5rem 0}
summary{cursor:pointer;list-style:none}summary h2{display:inline;font-size:1.4rem}
.num{display:inline-block;background:#8a3b12;color:#fff;padding:0 .4rem;margin-right:.5rem;font:bold .8rem sans-serif;text-transform:uppercase}
figure.pic{margin:1rem 0}figure.pic img{background:#bbb;display:block;width:100%;height:auto}
figcaption{font-size:.85rem}figcaption .credit{display:block;color:#666;font-size:.75rem}
blockquote.voice{font-size:1.3rem;font-style:italic;border-left:4px solid #8a3b12;padding-left:1rem}
blockquote.voice footer{font-size:.85rem;font-style:normal}
aside.fact{background:#e9e1d3;padding:1rem;margin:2rem 0}
.site-foot{background:#23313f;color:#ccd;padding:1rem 24px;margin-top:2rem}.site-foot a{color:#fff}
"""

for fn, txt in (("code/page.js", PAGE_JS), ("code/room.js", ROOM_JS), ("code/factbox.js", FACT_JS),
                ("assets/style.css", CSS)):
    with open(os.path.join(SITE, fn), "w", encoding="utf-8") as f:
        f.write(txt)
with open(os.path.join(SITE, "assets/denyn_keyboard.png"), "wb") as f:
    f.write(grey_png(480, 320))

cli = os.path.join(HERE, "node", "node_modules", "cuttlebelle", "dist", "index.js")
r = subprocess.run(["node", cli], cwd=SITE, capture_output=True, text=True)
print(r.stdout[-1500:], r.stderr[-1500:])
html = open(os.path.join(SITE, "site", "index.html"), encoding="utf-8").read()
html = html.replace('src="assets/denyn_keyboard.png"', 'src="img/denyn_keyboard.png"')
html = html.replace('href="assets/style.css"', 'href="img/style.css"')
with open(os.path.join(ROOT, NAME + ".html"), "w", encoding="utf-8") as f:
    f.write(html)
os.makedirs(os.path.join(ROOT, "img"), exist_ok=True)
shutil.copy(os.path.join(SITE, "assets/denyn_keyboard.png"), os.path.join(ROOT, "img/denyn_keyboard.png"))
shutil.copy(os.path.join(SITE, "assets/style.css"), os.path.join(ROOT, "img/style.css"))
print("html written", len(html))
