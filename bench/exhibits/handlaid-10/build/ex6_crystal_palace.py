"""Exhibit 6: museum web page export ("Save page as… complete"), HTML. Topic: the Crystal Palace and the Great
Exhibition of 1851. Chapters are <details>/<summary> accordions (one of them closed), cookie dialog with its own h2,
visually hidden h2, hidden French intro, <template>, soft hyphens and &nbsp;, credit placed before the caption in the
source (CSS column-reverse shows it under the caption), <dl> timeline."""
import html, os
from common import *

NAME = "crystal_palace"
TITLE = "A Palace of Glass: The Great Exhibition of 1851"
INTRO = ("For five and a half months in 1851 an enormous glass building in Hyde Park held the products of the whole "
         "industrial world. More than six million people came to see it.")
INTRO_FR = ("Pendant cinq mois et demi, en 1851, un immense bâtiment de verre à Hyde Park abrita les produits du monde "
            "industriel tout entier.")
SHY = {"prefabricated": "pre&shy;fab&shy;ri&shy;cated", "manufacturers": "man&shy;u&shy;fac&shy;tur&shy;ers",
       "extraordinary": "ex&shy;tra&shy;or&shy;di&shy;nary"}
NBSP = ["1 May", "15 October", "30 November"]

CHAPS = [
    ("Chapter 1", "A Gardener’s Design", True, [
        "The idea of a great international exhibition was promoted by Prince Albert and the civil servant Henry "
        "Cole. When none of the 245 designs sent to the building committee proved practical, Joseph Paxton, head "
        "gardener to the Duke of Devonshire, offered a plan based on the glasshouses he had built at Chatsworth.",
        "His building was made of prefabricated parts of iron, wood and glass that could be produced in factories "
        "and bolted together on site. About three hundred thousand panes of glass covered a structure more than "
        "five hundred metres long, and it was finished in less than six months.",
    ], ("The transept of the Crystal Palace, built high enough to enclose three old elm trees.",
        "© Exhibition Road Museum, Cole Bequest", None)),
    ("Chapter 2", "Six Million Visitors", True, [
        "Queen Victoria opened the exhibition on 1 May 1851. At first tickets were expensive, but from the end of "
        "May most days cost only one shilling, and railway companies ran cheap excursion trains from all over "
        "Britain.",
        "By the time the doors closed on 15 October, more than six million visits had been counted, at a time when "
        "the population of Britain was about twenty-one million. For many visitors it was their first trip to "
        "London.",
    ], None),
    ("Chapter 3", "Wonders of Industry", False, [
        "Around fourteen thousand exhibitors showed everything from steam hammers and printing presses to silks, "
        "furniture and surgical instruments. Half of the floor space went to Britain and its empire; the other half "
        "to manufacturers from abroad.",
        "Crowds queued to see the Koh-i-Noor diamond, and an American locksmith caused a sensation by picking a lock "
        "that was said to be unpickable. Visitors could also pay a penny to use the first public flushing toilets, an "
        "extraordinary novelty at the time.",
    ], ("A visitor’s ticket for the shilling days, printed in blue on card.",
        "Courtesy of the Hollowell Family Papers", "Left")),
    ("Chapter 4", "From Hyde Park to Sydenham", True, [
        "The exhibition made a profit of about 186,000 pounds. It was used to buy land in South Kensington, where "
        "museums and colleges were later built.",
        "The glass building itself was taken down and rebuilt on a hill at Sydenham, in south London, where it "
        "remained a place of entertainment for more than eighty years until it was destroyed by fire on 30 November "
        "1936.",
    ], None),
]
TL_TITLE = "Timeline"
TIMELINE = [
    ("1850", "Paxton’s design is accepted in July."),
    ("1851", "The Great Exhibition opens in Hyde Park on 1 May."),
    ("1854", "The rebuilt Crystal Palace opens at Sydenham."),
    ("1936", "Fire destroys the building."),
]


def mk(s):
    """HTML for a body string: escape, soft hyphens in some long words, &nbsp; in dates."""
    h = html.escape(s, quote=False)
    for w, r in SHY.items():
        h = h.replace(w, r)
    for d in NBSP:
        h = h.replace(d, d.replace(" ", "&nbsp;"))
    return h


def build():
    out = []
    a = out.append
    a(f"""<!DOCTYPE html>
<!-- saved from url=(0071)https://www.exhibitionroadmuseum.example/stories/great-exhibition-1851 -->
<html lang="en"><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{html.escape(TITLE)} – Stories – Exhibition Road Museum</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="./great-exhibition-1851_files/site.css">
<style>
.visually-hidden{{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}}
.hero{{background:#1f2a44;color:#fff;padding:3rem 2rem}} .hero h1{{font:700 2.6rem/1.1 Georgia,serif;margin:0}}
.chapter summary{{cursor:pointer;list-style:none}} .chapter-num{{display:block;font:600 .8rem sans-serif;
letter-spacing:.12em;text-transform:uppercase;color:#b0552a}}
figure figcaption{{display:flex;flex-direction:column-reverse}} .credit{{font-size:.75rem;color:#666}}
.cookie{{position:fixed;bottom:0;left:0;right:0;background:#222;color:#eee;padding:1rem}}
</style></head>
<body class="page-story">
<div class="cookie" role="dialog" aria-labelledby="cookie-h"><h2 id="cookie-h">We use cookies</h2>
<p>We use cookies to understand how visitors use our website. <button type="button">Accept all</button>
<button type="button">Manage settings</button></p></div>
<header class="site-header"><a class="logo" href="/">Exhibition Road Museum</a>
<nav class="site-nav" aria-label="Main"><ul><li><a href="/visit">Visit</a></li><li><a href="/whats-on">What’s on</a></li>
<li><a href="/collections">Collections</a></li><li><a href="/stories" aria-current="page">Stories</a></li>
<li><a href="/learn">Learn</a></li><li><a href="/shop">Shop</a></li></ul></nav>
<form class="search" role="search" action="/search"><label for="q">Search the collection</label><input id="q" name="q"></form></header>
<main id="main">
<h2 class="visually-hidden">Story</h2>
<article class="story">
<header class="hero" style="background-image:url(./great-exhibition-1851_files/hero.jpg)">
<p class="hero__tag"><a href="/stories?topic=victorian-london">Victorian London</a></p>
<h1>{html.escape(TITLE)}</h1>
<p class="hero__standfirst">{mk(INTRO)}</p>
<div class="lang-fr" lang="fr" hidden><p>{html.escape(INTRO_FR)}</p></div>
<p class="hero__byline">Written by the Exhibition Road Museum curatorial team · Reading time 5 minutes</p>
</header>
<noscript><p class="notice">Some features of this page need JavaScript.</p></noscript>
<div class="story__body">
""")
    for lab, title, opened, paras, fig in CHAPS:
        a(f'<details class="chapter"{" open" if opened else ""} id="{lab.lower().replace(" ", "-")}">')
        a(f'<summary><span class="chapter-num">{lab}</span><h2>{html.escape(title)}</h2></summary>')
        for p in paras:
            a(f"<p>{mk(p)}</p>")
        if fig:
            pos = f"<b>{fig[2]}:</b> " if fig[2] else ""
            a('<figure class="story__figure"><picture>'
              '<source srcset="./great-exhibition-1851_files/grey.webp" type="image/webp">'
              '<img src="./img/grey.png" alt="" loading="lazy" width="800" height="520"></picture>'
              f'<figcaption><span class="credit">{html.escape(fig[1])}</span>'
              f'<span class="caption">{pos}{html.escape(fig[0])}</span></figcaption></figure>')
        a("</details>")
    a(f'<section class="timeline" aria-labelledby="tl"><h2 id="tl">{TL_TITLE}</h2><dl>')
    for y, t in TIMELINE:
        a(f"<dt>{y}</dt><dd>{mk(t)}</dd>")
    a("</dl></section>")
    a("""<template id="share-tpl"><div class="share"><p>Share this story</p><button>Copy link</button></div></template>
</div>
<footer class="story__footer"><p>Topics: <a href="/stories?topic=design">Design</a>, <a href="/stories?topic=engineering">Engineering</a></p>
<p><a href="/stories">← All stories</a></p></footer>
</article>
</main>
<footer class="site-footer"><p>Exhibition Road Museum · Open daily 10.00–17.30 · Free entry</p>
<p>© 2026 Exhibition Road Museum. Registered charity no. 1180000.</p></footer>
<script src="./great-exhibition-1851_files/site.js"></script>
</body></html>
""")
    open(f"{OUT}/{NAME}.html", "w", encoding="utf-8").write("\n".join(out))
    os.makedirs(f"{OUT}/img", exist_ok=True)
    grey_png(f"{OUT}/img/grey.png")


def grey_png(path, w=400, h=260, v=0xb8):
    import struct, zlib
    raw = b"".join(b"\x00" + bytes([v]) * w for _ in range(h))
    def chunk(t, d):
        return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
    open(path, "wb").write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)) +
                           chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b""))


build()
sections = [S(None, TITLE, [P(INTRO)])]
for lab, title, opened, paras, fig in CHAPS:
    b = [P(p) for p in paras]
    if fig:
        b.append(C(fig[0], fig[1], fig[2]))
    sections.append(S(lab, title, b))
sections.append(S(None, TL_TITLE, [P(f"{y} {t}") for y, t in TIMELINE]))
write_gold(NAME, TITLE, [], sections)
