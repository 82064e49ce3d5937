"""Exhibit 6: the voyage of HMS Beagle - a museum 'online exhibition' HTML page, pictures in img/."""
import html, os
from content import BEAGLE as EX, OUT, write_gold
from common import grey_png

NAME = "beagle_voyage"
IMGS = {"hero": ("beagle_hero.png", 960, 400), 0: ("beagle_microscope.png", 400, 300), 2: ("beagle_mockingbirds.png", 400, 280),
        "card1": ("card_endurance.png", 240, 160), "card2": ("card_cook.png", 240, 160)}
for f, w, h in IMGS.values():
    grey_png(os.path.join(OUT, "img", f), w, h)
E = html.escape


def text(t):
    t = E(t, quote=False)
    t = t.replace("HMS Beagle", "<abbr title=\"His Majesty’s Ship\">HMS</abbr>&nbsp;<i>Beagle</i>")
    t = t.replace("The Beagle", "The <i>Beagle</i>").replace("the Beagle", "the <i>Beagle</i>")
    t = t.replace("On the Origin of Species", "<cite>On the Origin of Species</cite>")
    return t


def fig(c, img, cls):
    pos = "<strong class=\"pos\">%s:</strong> " % c["position"] if c["position"] else ""
    return ('<figure class="%s">\n  <img src="img/%s" alt="" width="400" loading="lazy">\n  <figcaption>%s%s\n'
            '    <small class="credit">%s</small></figcaption>\n</figure>\n' % (cls, img, pos, E(c["text"], quote=False), E(c["credit"], quote=False)))


parts = []
A = parts.append
A("""<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Five Years Round the World – Online exhibitions – Marlowe Museum of Science</title>
<meta name="description" content="Online exhibition: the voyage of HMS Beagle, 1831–1836.">
<style>
body{margin:0;font:17px/1.6 Georgia,serif;color:#1d1d1b;background:#fbfaf7}
.skip{position:absolute;left:-999px}.skip:focus{left:8px;top:8px;background:#fff}
.site-header{display:flex;justify-content:space-between;align-items:center;padding:14px 32px;background:#0f3b4c;color:#fff;font-family:Helvetica,Arial,sans-serif}
.site-header a{color:#fff;text-decoration:none;margin-left:18px;font-size:14px}
.breadcrumb{font:13px Helvetica,Arial,sans-serif;padding:10px 32px;color:#555}
.wrap{display:grid;grid-template-columns:minmax(0,1fr) 280px;gap:48px;max-width:1120px;margin:0 auto;padding:0 32px}
.hero h1{font-size:44px;line-height:1.1;margin:6px 0 12px}.eyebrow{font:bold 12px Helvetica,Arial,sans-serif;letter-spacing:.12em;text-transform:uppercase;color:#0f6f7c}
.standfirst{font-size:21px;font-style:italic}
.leg{display:block;font:bold 13px Helvetica,Arial,sans-serif;text-transform:uppercase;color:#0f6f7c;letter-spacing:.1em}
h2{font-size:28px;margin:0 0 10px}
figure{margin:18px 0}figure img{max-width:100%;height:auto;background:#bbb}
figure.right{float:right;width:45%;margin:6px 0 12px 24px}figure.left{float:left;width:45%;margin:6px 24px 12px 0}
figcaption{font:14px/1.4 Helvetica,Arial,sans-serif}.credit{display:block;color:#666;font-size:12px}
aside.quote{border-left:4px solid #0f6f7c;padding-left:18px;font-size:22px;font-style:italic;clear:both}
.sidebar section{background:#eef3f4;padding:16px;margin-bottom:20px;font:15px/1.5 Helvetica,Arial,sans-serif}
.cookie{position:fixed;bottom:0;left:0;right:0;background:#222;color:#fff;padding:16px 32px;font:14px Helvetica,Arial,sans-serif}
.site-footer{background:#1d1d1b;color:#ddd;padding:32px;font:14px Helvetica,Arial,sans-serif;margin-top:60px}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"Five Years Round the World","publisher":{"@type":"Museum","name":"Marlowe Museum of Science"}}</script>
</head>
<body>
<a class="skip" href="#main">Skip to main content</a>
<header class="site-header">
  <a class="logo" href="/">Marlowe Museum of Science</a>
  <nav aria-label="Main"><a href="/visit">Visit</a><a href="/whats-on">What’s on</a><a href="/collection">Collection</a><a href="/online">Online exhibitions</a><a href="/shop">Shop</a><a href="/donate">Donate</a></nav>
</header>
<nav class="breadcrumb" aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/online">Online exhibitions</a> › Five Years Round the World</nav>
<div class="wrap">
<main id="main">
<article>
<header class="hero">
""")
A('  <p class="eyebrow">%s</p>\n' % E(EX["eyebrow"]))
A("  <h1>%s<br>\n  %s</h1>\n" % (E(EX["title_lines"][0]), E(EX["title_lines"][1])))
A('  <p class="standfirst">%s</p>\n' % text(EX["intro"]))
A('  <p class="meta">Published 14 March 2026 · 6 minute read</p>\n  <img class="hero-img" src="img/beagle_hero.png" alt="">\n</header>\n')
for i, s in enumerate(EX["sections"]):
    A('<section class="leg-section" id="leg-%d">\n<header><span class="leg">%s</span>\n<h2>%s</h2></header>\n' % (i + 1, s["label"], E(s["title"])))
    for k, p in enumerate(s["paras"]):
        if i == 0 and k == 1:
            A(fig(s["captions"][0], IMGS[0][0], "right"))  # figure placed between the two paragraphs, floated
        if i == 2 and k == 0:
            A(fig(s["captions"][0], IMGS[2][0], "left"))  # figure written before the first paragraph
        A("<p>%s</p>\n" % text(p))
        if i == 1 and k == 1:
            A('<p class="editor-note" hidden>EDITOR: check the depth of the Punta Alta beds with the curator.</p>\n')
    if i == 1:
        A('<aside class="quote"><p>“There is grandeur in this view of life.”</p><p class="who">Charles Darwin, 1859</p></aside>\n')
    A("</section>\n")
A("""<footer class="article-footer">
  <p>Topics: <a href="/topics/natural-history">Natural history</a>, <a href="/topics/voyages">Voyages</a></p>
  <p class="share">Share: <a href="#">Email</a> <a href="#">Facebook</a> <a href="#">Bluesky</a></p>
</footer>
</article>
</main>
<div class="sidebar">
  <section><h2>See it in the museum</h2><p>The microscope and the mockingbird skins are on show in the Voyages Gallery, level 2, until 30 August 2026.</p></section>
  <section><h2>For schools</h2><p>Book a free session on adaptation for Key Stage 2 and 3.</p></section>
</div>
</div>
<section class="related"><h2>More online exhibitions</h2>
  <a class="card" href="/online/endurance"><img src="img/card_endurance.png" alt=""><span>Trapped in the Ice</span></a>
  <a class="card" href="/online/cook"><img src="img/card_cook.png" alt=""><span>Charting the Pacific</span></a>
</section>
<footer class="site-footer">
  <p>Marlowe Museum of Science · 4 Quayside, Bristol · Open daily 10.00–17.00</p>
  <form><label for="nl">Sign up to our newsletter</label> <input id="nl" type="email"> <button>Sign up</button></form>
  <p>© 2026 Marlowe Museum of Science. Registered charity 1099123.</p>
</footer>
<div class="cookie" role="dialog" aria-label="Cookies"><p>We use cookies to understand how our website is used. <a href="/cookies">Cookie policy</a></p><button>Accept all</button> <button>Reject non-essential</button></div>
<script>document.querySelectorAll('.cookie button').forEach(b=>b.addEventListener('click',()=>b.closest('.cookie').remove()));</script>
</body>
</html>
""")
open(os.path.join(OUT, NAME + ".html"), "w", encoding="utf-8").write("".join(parts))
write_gold(NAME, EX, [])
