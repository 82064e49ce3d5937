"""Writes ../olympic_marathon_1908.html (semantic article/aside/figure, captions before the images) and its gold."""
import struct
import zlib
from html import escape
from content import MARATHON, gold_text
import gold

ex = MARATHON
OUT = gold.OUT


def png(path, w, h, grey=190):
    raw = b"".join(b"\x00" + bytes([grey]) * w for _ in range(h))

    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xFFFFFFFF)
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
                + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


png(OUT + "img/marathon_hero.png", 960, 360, 170)
png(OUT + "img/marathon_stand.png", 720, 420, 185)
png(OUT + "img/marathon_programme.png", 480, 640, 200)
png(OUT + "img/thumb_a.png", 160, 120, 205)
png(OUT + "img/thumb_b.png", 160, 120, 205)

e = lambda s: escape(s, quote=False)


def figure(c, img, cls):
    pos = f'<b class="fig-pos">{e(c["position"])}:</b> ' if c["position"] else ""
    return (f'<figure class="{cls}">\n  <figcaption>{pos}{e(c["text"])} <cite class="credit">{e(c["credit"])}'
            f'</cite></figcaption>\n  <img src="img/{img}" alt="" width="720" height="420" loading="lazy">\n</figure>')


secs = []
for i, s in enumerate(ex["sections"]):
    body = "\n".join(f"  <p>{e(gold_text(p))}</p>" for p in s["paras"])
    fig = ""
    if s.get("caption"):
        fig = "\n  " + figure(s["caption"], "marathon_stand.png" if i == 1 else "marathon_programme.png",
                              "fig-wide" if i == 1 else "fig-narrow").replace("\n", "\n  ")
    secs.append(f'<section class="stage" id="stage-{i + 1}">\n  <hgroup>\n    <p class="stage-no">{e(s["label"])}</p>\n'
                f'    <h2>{e(s["title"])}</h2>\n  </hgroup>\n{body}{fig}\n</section>')
    if i == 0:
        secs.append(f'<aside class="pullquote" role="presentation">\n  <p>{e(ex["pullquote"])}</p>\n</aside>')
    if i == 1:
        sb = ex["sidebar"]
        secs.append(f'<aside class="sidebar" aria-labelledby="sb-h">\n  <h3 id="sb-h">{e(sb["title"])}</h3>\n'
                    + "\n".join(f"  <p>{e(p)}</p>" for p in sb["paras"]) + "\n</aside>")

html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Carried Over the Line – Stories from the Archive – {e(ex["site"])}</title>
<meta name="description" content="{escape(ex["intro"])}">
<meta property="og:title" content="Carried Over the Line">
<link rel="canonical" href="https://www.example.org/stories/carried-over-the-line">
<style>
  body {{ font-family: Georgia, 'Liberation Serif', serif; margin: 0; color: #222; }}
  .site-header, .site-footer {{ font-family: Arial, sans-serif; background: #14324b; color: #fff; padding: 1rem 2rem; }}
  .site-header nav a, .site-footer a {{ color: #fff; margin-right: 1rem; }}
  main {{ max-width: 46rem; margin: 0 auto; padding: 1rem; }}
  .crumbs {{ font: 0.8rem Arial, sans-serif; }}
  .crumbs ol {{ list-style: none; padding: 0; display: flex; gap: .5rem; }}
  .standfirst {{ font-size: 1.25rem; font-style: italic; }}
  .stage-no {{ font: bold .8rem Arial, sans-serif; letter-spacing: .1em; color: #a33; margin: 2rem 0 0; }}
  hgroup h2 {{ margin-top: .2rem; }}
  figure {{ margin: 1.5rem 0; }}
  figcaption {{ font: .85rem Arial, sans-serif; margin-bottom: .4rem; }}
  figcaption cite {{ display: block; font-style: normal; color: #666; font-size: .75rem; }}
  figure img {{ width: 100%; height: auto; background: #bbb; }}
  .fig-narrow {{ max-width: 18rem; }}
  .pullquote {{ font-size: 1.6rem; color: #a33; border-top: 2px solid; border-bottom: 2px solid; margin: 2rem 0; }}
  .sidebar {{ background: #f1ece2; padding: 1rem 1.5rem; border-left: 6px solid #a33; font-family: Arial, sans-serif; }}
  .visually-hidden {{ position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }}
</style>
</head>
<body>
<a class="visually-hidden" href="#story">Skip to main content</a>
<header class="site-header">
  <p class="logo"><a href="/">{e(ex["site"])}</a></p>
  <nav aria-label="Main">
    <a href="/visit">Visit</a> <a href="/whats-on">What’s on</a> <a href="/collections">Collections</a>
    <a href="/stories">Stories</a> <a href="/schools">Schools</a> <a href="/support">Support us</a>
  </nav>
  <form role="search" action="/search"><label class="visually-hidden" for="q">Search</label><input id="q" name="q" placeholder="Search the collection"><button>Search</button></form>
</header>
<main id="story">
<nav class="crumbs" aria-label="Breadcrumb"><ol><li><a href="/">Home</a></li><li><a href="/stories">Stories</a></li><li aria-current="page">Carried Over the Line</li></ol></nav>
<article>
<header>
  <p class="kicker">STORIES FROM THE ARCHIVE · ATHLETICS</p>
  <h1>{e(ex["title_lines"][0])}<br>{e(ex["title_lines"][1])}</h1>
  <p class="standfirst">{e(ex["intro"])}</p>
  <p class="meta">By the collections team · <time datetime="2024-07-24">24 July 2024</time> · 5 minute read</p>
  <figure class="hero">
    <img src="img/marathon_hero.png" alt="" width="960" height="360">
  </figure>
</header>
{chr(10).join(secs)}
<footer class="story-footer">
  <p>Tags: <a href="/tags/olympics">Olympics</a>, <a href="/tags/london-1908">London 1908</a>, <a href="/tags/running">Running</a></p>
  <p>Share: <a href="#">Email</a> · <a href="#">Copy link</a></p>
</footer>
</article>
<section class="related" aria-labelledby="rel-h">
  <h2 id="rel-h">You might also like</h2>
  <article class="card"><img src="img/thumb_a.png" alt=""><h3><a href="/stories/tug-of-war">Policemen at the Tug of War</a></h3><p>How the City of London force pulled its way to gold.</p></article>
  <article class="card"><img src="img/thumb_b.png" alt=""><h3><a href="/stories/white-city">Building the White City</a></h3><p>Palaces of plaster for the Franco-British Exhibition.</p></article>
</section>
</main>
<footer class="site-footer">
  <p>{e(ex["site"])} · Wood Lane Arches, London · Open daily 10:00–17:00</p>
  <p><a href="/accessibility">Accessibility</a> <a href="/privacy">Privacy</a> <a href="#story">Back to top</a></p>
  <p>Registered charity no. 1000000 (example)</p>
</footer>
</body>
</html>
"""
with open(OUT + ex["name"] + ".html", "w", encoding="utf-8") as f:
    f.write(html)
gold.write(ex, gold.build(ex, []))
print("wrote html")
