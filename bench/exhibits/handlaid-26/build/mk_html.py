"""fa_cup_final_1872.html: a museum 'story' page with a sticky header, breadcrumb, share buttons and related links."""
import os
import struct
import zlib
from html import escape

import content as C

D = C.FA_CUP
OUT = os.path.join(os.path.dirname(__file__), "..")


def grey_png(path, w, h, g=190):
    raw = b"".join(b"\x00" + bytes([g]) * w for _ in range(h))
    def chunk(tag, data):
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data) & 0xFFFFFFFF)
    png = (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0))
           + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))
    open(path, "wb").write(png)


def e(s):
    return escape(s, quote=True)


def share(where):
    return f"""<div class="share share-{where}" aria-label="Share this story">
  <span class="share-label">Share</span>
  <a class="share-btn" href="#" data-network="facebook">Facebook</a>
  <a class="share-btn" href="#" data-network="x">X</a>
  <a class="share-btn" href="#" data-network="whatsapp">WhatsApp</a>
  <a class="share-btn" href="mailto:?subject=The%20First%20Cup%20Final">Email</a>
  <button class="share-btn copy" type="button">Copy link</button>
</div>"""


def figure(fig, img, cls):
    pos = f"<strong>{e(fig['position'])}:</strong> " if fig["position"] else ""
    return f"""<figure class="{cls}">
  <img src="img/{img}" alt="Grey placeholder picture" width="640" height="420">
  <figcaption>{pos}{e(fig['text'])} <span class="credit">{e(fig['credit'])}</span></figcaption>
</figure>"""


def section(i, sec, extra_between=None, extra_after=""):
    paras = [f"<p>{e(C.gold_text(p))}</p>" for p in sec["paras"]]
    if extra_between:
        paras.insert(1, extra_between)
    body = "\n  ".join(paras)
    return f"""<section class="story-part" id="part-{i + 1}">
  <h2><span class="part-no">{e(sec['label'])}</span> {e(sec['title'])}</h2>
  {body}
</section>
{extra_after}"""


def main():
    os.makedirs(os.path.join(OUT, "img"), exist_ok=True)
    for name, w, h in [("fa_hero.png", 1200, 500), ("fa_oval_match.png", 640, 420), ("fa_trophy.png", 640, 420),
                       ("rel_1.png", 320, 200), ("rel_2.png", 320, 200), ("rel_3.png", 320, 200)]:
        grey_png(os.path.join(OUT, "img", name), w, h)
    s = D["sections"]
    sidebar = f"""<aside class="sidebar" aria-labelledby="sb-title">
  <h3 id="sb-title">{e(D['sidebar_title'])}</h3>
  <p>{e(D['sidebar'])}</p>
</aside>"""
    pull = f'<blockquote class="pull"><p>{e(D["pull"])}</p></blockquote>'
    parts = [
        section(0, s[0]),
        section(1, s[1], extra_between=figure(D["figure_mid"], "fa_oval_match.png", "fig-left"), extra_after=sidebar),
        section(2, s[2], extra_after=pull),
        section(3, s[3]).replace("</section>", figure(D["figure_end"], "fa_trophy.png", "fig-wide") + "\n</section>"),
    ]
    h1 = "<br>".join(e(x) for x in D["h1_lines"])
    html = f"""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>{e(D['doc_title'])}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{e(D['intro'])}">
<meta property="og:title" content="The First Cup Final">
<meta property="og:type" content="article">
<style>
body {{ margin: 0; font-family: Georgia, serif; color: #1d1d1d; }}
.site-header {{ position: sticky; top: 0; z-index: 10; background: #0d2a4a; color: #fff; display: flex; gap: 2rem; align-items: center; padding: .6rem 1.5rem; }}
.site-header a {{ color: #fff; text-decoration: none; font-family: Arial, sans-serif; font-size: .9rem; }}
.logo {{ font-weight: bold; font-size: 1.1rem; }}
.breadcrumb ol {{ list-style: none; display: flex; gap: .4rem; padding: .5rem 1.5rem; margin: 0; font: .8rem Arial, sans-serif; }}
.breadcrumb li + li::before {{ content: "›"; margin-right: .4rem; }}
article {{ max-width: 42rem; margin: 0 auto; padding: 1rem; }}
.kicker {{ font: bold .75rem Arial, sans-serif; letter-spacing: .12em; color: #a3261b; }}
.standfirst {{ font-size: 1.25rem; font-style: italic; }}
.meta {{ font: .8rem Arial, sans-serif; color: #666; }}
.share {{ display: flex; gap: .5rem; font: .8rem Arial, sans-serif; margin: 1rem 0; }}
.part-no {{ display: block; font: bold .75rem Arial, sans-serif; text-transform: uppercase; color: #a3261b; }}
figure img {{ width: 100%; height: auto; background: #bbb; }}
.fig-left {{ float: left; width: 45%; margin: 0 1rem .5rem 0; }}
figcaption {{ font: .85rem Arial, sans-serif; }}
.credit {{ display: block; color: #666; font-size: .75rem; }}
.sidebar {{ background: #eef2f6; border-left: 4px solid #0d2a4a; padding: .5rem 1rem; clear: both; }}
.pull {{ font-size: 1.5rem; font-style: italic; color: #a3261b; border-top: 2px solid; border-bottom: 2px solid; margin: 1.5rem 0; }}
.related {{ background: #f4f4f4; padding: 1rem 1.5rem; }}
.related ul {{ display: grid; grid-template-columns: repeat(3, 1fr); gap: 1rem; list-style: none; padding: 0; }}
.site-footer {{ background: #0d2a4a; color: #ddd; padding: 1.5rem; font: .85rem Arial, sans-serif; }}
</style>
<script type="application/ld+json">{{"@context": "https://schema.org", "@type": "Article", "headline": "The First Cup Final", "author": {{"@type": "Organization", "name": "{e(D['site'])}"}}, "datePublished": "2022-03-16"}}</script>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/">{e(D['site'])}</a>
  <nav aria-label="Main">
    <a href="/visit">Visit</a> <a href="/whats-on">What’s on</a> <a href="/collections">Collections</a>
    <a href="/stories">Stories</a> <a href="/learning">Learning</a> <a href="/shop">Shop</a> <a href="/support">Support us</a>
  </nav>
  <form role="search" action="/search"><label for="q">Search</label> <input id="q" name="q" type="search"></form>
  <a class="cta" href="/tickets">Book tickets</a>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb">
  <ol><li><a href="/">Home</a></li><li><a href="/stories">Stories</a></li><li><a href="/stories/football">Football</a></li><li aria-current="page">The First Cup Final</li></ol>
</nav>
<main id="main">
<article>
<header class="story-head">
  <p class="kicker">{e(D['kicker'])}</p>
  <h1>{h1}</h1>
  <p class="standfirst">{e(D['intro'])}</p>
  <p class="meta">By the Football Gallery team · 6 minute read · Published 16 March 2022</p>
  {share("top")}
  <img class="hero" src="img/fa_hero.png" alt="" width="1200" height="500">
</header>
{chr(10).join(parts)}
<p class="tags">Tagged: <a href="/stories/tag/football">Football</a>, <a href="/stories/tag/victorian">Victorian London</a>, <a href="/stories/tag/trophies">Trophies</a></p>
{share("bottom")}
</article>
</main>
<section class="related" aria-labelledby="rel-title">
  <h2 id="rel-title">Related stories</h2>
  <ul>
    <li><a href="/stories/first-international"><img src="img/rel_1.png" alt=""><h3>Scotland v England, 1872</h3><p>The first international match ended in a goalless draw in Glasgow.</p></a></li>
    <li><a href="/stories/oval-cricket"><img src="img/rel_2.png" alt=""><h3>Cricket at the Oval</h3><p>How a market garden became one of the world’s great grounds.</p></a></li>
    <li><a href="/stories/womens-football-1921"><img src="img/rel_3.png" alt=""><h3>Banned in 1921</h3><p>Why the association shut women’s teams out of its grounds for fifty years.</p></a></li>
  </ul>
  <p><a href="/stories">See all stories</a></p>
</section>
<footer class="site-footer">
  <p>{e(D['site'])}, 14 Harleyford Mews, London SE11 (made-up address)</p>
  <p>Open Tuesday to Sunday, 10:00–17:00. Free entry; donations welcome.</p>
  <ul><li><a href="/accessibility">Accessibility</a></li><li><a href="/privacy">Privacy</a></li><li><a href="/contact">Contact us</a></li><li><a href="/press">Press</a></li></ul>
  <p>© 2026 Kennington Sporting History Trust. Registered charity no. 1188888.</p>
  <a href="#main">Back to top</a>
</footer>
<script>document.querySelectorAll('.copy').forEach(b => b.addEventListener('click', () => navigator.clipboard.writeText(location.href)));</script>
</body>
</html>
"""
    open(os.path.join(OUT, "fa_cup_final_1872.html"), "w", encoding="utf-8").write(html)


if __name__ == "__main__":
    main()
